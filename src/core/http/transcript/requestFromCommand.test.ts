import { describe, expect, it } from 'vitest';
import type { Header } from '../../types';
import { requestFromCommand } from './requestFromCommand';

const h = (pairs: [string, string][]): Header[] => pairs.map(([name, value]) => ({ name, value }));

describe('requestFromCommand: curl', () => {
  it.each([
    ['curl https://a.io/x', 'GET', 'https://a.io/x', [], ''],
    ['curl a.io/x', 'GET', 'http://a.io/x', [], ''],
    ['curl -X POST https://a.io', 'POST', 'https://a.io', [], ''],
    ['curl -XDELETE https://a.io/1', 'DELETE', 'https://a.io/1', [], ''],
    ['curl --request patch https://a.io', 'PATCH', 'https://a.io', [], ''],
    [
      `curl -d 'a=1' -d 'b=2' https://a.io`,
      'POST',
      'https://a.io',
      [['Content-Type', 'application/x-www-form-urlencoded']],
      'a=1&b=2',
    ],
    [
      `curl -H 'Content-Type: application/json' --data-raw '{"x":1}' https://a.io`,
      'POST',
      'https://a.io',
      [['Content-Type', 'application/json']],
      '{"x":1}',
    ],
    [
      `curl --json '{"x":1}' https://a.io`,
      'POST',
      'https://a.io',
      [
        ['Content-Type', 'application/json'],
        ['Accept', 'application/json'],
      ],
      '{"x":1}',
    ],
    [
      `curl --data-urlencode 'q=a b&c' https://a.io`,
      'POST',
      'https://a.io',
      [['Content-Type', 'application/x-www-form-urlencoded']],
      'q=a%20b%26c',
    ],
    [
      'curl -d @body.json https://a.io',
      'POST',
      'https://a.io',
      [['Content-Type', 'application/x-www-form-urlencoded']],
      '',
    ],
    [
      'curl -F file=@x.png https://a.io',
      'POST',
      'https://a.io',
      [['Content-Type', 'multipart/form-data']],
      '',
    ],
    ['curl -G -d q=1 https://a.io/s', 'GET', 'https://a.io/s?q=1', [], ''],
    ['curl -I https://a.io', 'HEAD', 'https://a.io', [], ''],
    ['curl --head https://a.io', 'HEAD', 'https://a.io', [], ''],
    ['curl -T f.txt https://a.io/up', 'PUT', 'https://a.io/up', [], ''],
    [
      "curl -vvv -X PUT -d'status=on'  http://localhost:8000/lights",
      'PUT',
      'http://localhost:8000/lights',
      [['Content-Type', 'application/x-www-form-urlencoded']],
      'status=on',
    ],
    [
      `curl -sSL -H "Authorization: Bearer t0k" -A my-app/1.0 https://a.io`,
      'GET',
      'https://a.io',
      [
        ['Authorization', 'Bearer t0k'],
        ['User-Agent', 'my-app/1.0'],
      ],
      '',
    ],
    ['curl -u foo:bar https://a.io', 'GET', 'https://a.io', [['Authorization', 'Basic Zm9vOmJhcg==']], ''],
    ['curl --oauth2-bearer t0k https://a.io', 'GET', 'https://a.io', [['Authorization', 'Bearer t0k']], ''],
    ['curl -H "X-Empty;" -H "Accept:" https://a.io', 'GET', 'https://a.io', [['X-Empty', '']], ''],
    [
      'curl -r 0-99 -e https://ref.io -b "a=1" https://a.io',
      'GET',
      'https://a.io',
      [
        ['Range', 'bytes=0-99'],
        ['Referer', 'https://ref.io'],
        ['Cookie', 'a=1'],
      ],
      '',
    ],
    ['curl -o out.html -w "%{http_code}" --connect-timeout 5 https://a.io', 'GET', 'https://a.io', [], ''],
    ['curl --url https://a.io/u', 'GET', 'https://a.io/u', [], ''],
  ] as [string, string, string, [string, string][], string][])(
    '%j',
    (command, method, target, headers, body) => {
      expect(requestFromCommand(command)).toEqual({
        tool: 'curl',
        request: { method, target, httpVersion: '', headers: h(headers), body },
        verifyDisabled: false,
      });
    },
  );

  it('reads the HTTP version it asks for', () => {
    expect(requestFromCommand('curl --http2 https://a.io')?.request.httpVersion).toBe('HTTP/2');
  });

  it('reads the last client in a pipeline, and removes terminal line wrapping from the URL', () => {
    const command =
      'curl -s "https://a.io/c" | jq -c . | xargs -I {x} curl -v -X POST "https://connect\n-ecomm.example.com"';
    expect(requestFromCommand(command)?.request).toMatchObject({
      method: 'POST',
      target: 'https://connect-ecomm.example.com',
    });
  });

  it.each([['curl -v'], ['git clone x'], ['node app.js'], ['echo curl']])(
    'has no request for %j',
    (command) => {
      expect(requestFromCommand(command)).toBeUndefined();
    },
  );
});

describe('requestFromCommand: HTTPie', () => {
  it.each([
    ['http pie.dev/get', 'GET', 'http://pie.dev/get', [], ''],
    ['https pie.dev/get', 'GET', 'https://pie.dev/get', [], ''],
    ['http :3000/users', 'GET', 'http://localhost:3000/users', [], ''],
    ['http -v localhost:8082/v1/hello', 'GET', 'http://localhost:8082/v1/hello', [], ''],
    [
      'http --verbose PUT pie.dev/put hello=world',
      'PUT',
      'http://pie.dev/put',
      [['Content-Type', 'application/json']],
      '{"hello": "world"}',
    ],
    [
      'http pie.dev/post name=Ann age:=30',
      'POST',
      'http://pie.dev/post',
      [['Content-Type', 'application/json']],
      '{"name": "Ann", "age": 30}',
    ],
    [
      'http -f POST pie.dev/post a=1',
      'POST',
      'http://pie.dev/post',
      [['Content-Type', 'application/x-www-form-urlencoded']],
      'a=1',
    ],
    ['http pie.dev/get q==x X-Trace:abc', 'GET', 'http://pie.dev/get?q=x', [['X-Trace', 'abc']], ''],
    ['http -t --verify no get https://url', 'GET', 'https://url', [], ''],
    ['http --verify=no https://localhost:443', 'GET', 'https://localhost:443', [], ''],
    [
      'http -a user:pw pie.dev/basic-auth',
      'GET',
      'http://pie.dev/basic-auth',
      [['Authorization', 'Basic dXNlcjpwdw==']],
      '',
    ],
    [
      'http -A bearer -a t0k pie.dev/bearer',
      'GET',
      'http://pie.dev/bearer',
      [['Authorization', 'Bearer t0k']],
      '',
    ],
  ] as [string, string, string, [string, string][], string][])(
    '%j',
    (command, method, target, headers, body) => {
      expect(requestFromCommand(command)).toEqual({
        tool: 'httpie',
        request: { method, target, httpVersion: '', headers: h(headers), body },
        verifyDisabled: /--verify[= ]no/.test(command),
      });
    },
  );
});

describe('requestFromCommand: wget', () => {
  it.each([
    ['wget https://a.io/x.sh', 'GET', 'https://a.io/x.sh', [], ''],
    ['wget -SO- https://www.google.es', 'GET', 'https://www.google.es', [], ''],
    ['wget -O - http://a.io/i.sh', 'GET', 'http://a.io/i.sh', [], ''],
    [
      "wget --post-data='a=1' https://a.io",
      'POST',
      'https://a.io',
      [['Content-Type', 'application/x-www-form-urlencoded']],
      'a=1',
    ],
    ["wget --method=DELETE --header='X-K: v' https://a.io/1", 'DELETE', 'https://a.io/1', [['X-K', 'v']], ''],
    [
      "wget --header 'Accept: application/json' -U bot/1 https://a.io",
      'GET',
      'https://a.io',
      [
        ['Accept', 'application/json'],
        ['User-Agent', 'bot/1'],
      ],
      '',
    ],
  ] as [string, string, string, [string, string][], string][])(
    '%j',
    (command, method, target, headers, body) => {
      expect(requestFromCommand(command)).toEqual({
        tool: 'wget',
        request: { method, target, httpVersion: '', headers: h(headers), body },
        verifyDisabled: false,
      });
    },
  );
});

describe('certificate verification turned off by the command', () => {
  // QA report 1, item 19: a TLS failure after --verify=no is not about the certificate.
  it.each([
    ['curl -k https://a.io', true],
    ['curl -sk https://a.io', true],
    ['curl -kvL https://a.io', true],
    ['curl --insecure https://a.io', true],
    ['curl -sSL https://a.io', false],
    ['curl -H k https://a.io', false],
    ['http --verify=no https://localhost:443', true],
    ['http -t --verify no get https://url', true],
    ['http --verify=/etc/ca.pem https://a.io', false],
    ['wget --no-check-certificate https://a.io', true],
    ['wget https://a.io', false],
  ])('%s → %s', (command, off) => {
    expect(requestFromCommand(command)?.verifyDisabled).toBe(off);
  });
});
