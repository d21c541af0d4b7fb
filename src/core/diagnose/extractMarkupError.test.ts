import { describe, it, expect } from 'vitest';
import {
  extractHtmlError,
  extractTextError,
  extractXmlError,
  htmlMessage,
  readHtmlError,
} from './extractMarkupError';

const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>';

describe('readHtmlError / htmlMessage', () => {
  it.each([
    ['nginx page: identical title and heading', NGINX_502, '502 Bad Gateway'],
    ['different title and heading', '<title>Oops</title><h1>Server exploded</h1>', 'Oops: Server exploded'],
    [
      'heading contains title',
      '<title>Error</title><h1 class="x">Error 503: maintenance</h1>',
      'Error 503: maintenance',
    ],
    ['only a heading with nested tags', '<body><h1>Access <b>denied</b></h1></body>', 'Access denied'],
    ['entities decoded', '<title>Can&#39;t &amp; won&#x27;t</title>', "Can't & won't"],
    [
      'escaped markup never becomes markup',
      '<title>&lt;script&gt;alert(1)&lt;/script&gt; failed</title>',
      'script alert(1) /script failed',
    ],
    ['multi-line title', '<title>\n  Service\n  Unavailable\n</title>', 'Service Unavailable'],
  ])('%s', (_, html, message) => {
    const m = htmlMessage(readHtmlError(html));
    expect(m).toBe(message);
    expect(m).not.toMatch(/[<>]/);
  });

  it('keeps a short first paragraph', () => {
    expect(
      readHtmlError('<h1>Not Found</h1><p>The requested URL was not found on this server.</p>').paragraph,
    ).toBe('The requested URL was not found on this server.');
  });

  it('searches only the start of huge pages', () => {
    expect(readHtmlError(`${' '.repeat(70_000)}<title>late</title>`).title).toBeUndefined();
  });
});

describe('extractHtmlError', () => {
  it('returns plain text and the paragraph as a further message', () => {
    expect(extractHtmlError('<title>404 Not Found</title><p>Nothing here.</p>')).toEqual({
      shape: 'html',
      message: '404 Not Found',
      messages: ['Nothing here.'],
      fieldErrors: [],
    });
  });

  it('nothing from a page without title, heading or paragraph', () => {
    expect(extractHtmlError('<html><body><div>x</div></body></html>')).toBeUndefined();
  });
});

describe('extractXmlError', () => {
  it.each([
    [
      'problem+xml',
      '<?xml version="1.0"?><problem xmlns="urn:ietf:rfc:7807"><type>https://example.com/probs/out-of-credit</type><title>You do not have enough credit.</title><detail>Balance is 30.</detail><status>403</status></problem>',
      true,
      {
        shape: 'problem-xml',
        message: 'Balance is 30.',
        problem: {
          type: 'https://example.com/probs/out-of-credit',
          title: 'You do not have enough credit.',
          detail: 'Balance is 30.',
          status: 403,
        },
      },
    ],
    [
      'S3 error',
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>a.txt</Key></Error>',
      false,
      { shape: 'xml', code: 'NoSuchKey', message: 'The specified key does not exist.' },
    ],
    [
      'SOAP 1.1 fault with namespace prefixes',
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>Invalid account</faultstring></soap:Fault></soap:Body></soap:Envelope>',
      false,
      { shape: 'soap', code: 'soap:Client', message: 'Invalid account' },
    ],
    [
      'CDATA message',
      '<Error><Message><![CDATA[Bad <value>]]></Message></Error>',
      false,
      { message: 'Bad value' },
    ],
  ])('%s', (_, xml, declared, expected) => {
    expect(extractXmlError(xml, declared)).toMatchObject(expected);
  });

  it('nothing from XML without an error element', () => {
    expect(extractXmlError('<items><item>1</item></items>', false)).toBeUndefined();
  });
});

describe('extractTextError', () => {
  it.each([
    [
      'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
      'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
    ],
    ['\n\n  Internal Server Error  \nstack line 1\nstack line 2', 'Internal Server Error'],
  ])('%j', (text, message) => {
    expect(extractTextError(text)?.message).toBe(message);
  });

  it('nothing from blank text', () => {
    expect(extractTextError(' \n ')).toBeUndefined();
  });
});

describe('extractTextError keeps the whole message', () => {
  it.each([
    [
      'GitHub without a User-Agent: every sentence, whatever its length',
      'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.\n',
      'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.',
    ],
    [
      'sentences on separate lines',
      'Access denied.\nYour token has expired.\n\nRequest id: 42',
      'Access denied. Your token has expired.',
    ],
    [
      'a stack trace is not joined',
      'TypeError: x is undefined\n    at main (app.js:1:2)',
      'TypeError: x is undefined',
    ],
  ])('%s', (_, body, message) => {
    expect(extractTextError(body)?.message).toBe(message);
  });
});
