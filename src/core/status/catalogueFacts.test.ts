/**
 * Facts of the catalogue checked against their sources (RFC 9110, RFC 9111, RFC 7231, nginx). Each
 * test names the section it follows; each failed before the catalogue was corrected.
 */
import { describe, expect, it } from 'vitest';
import { describeClass, describeStatus } from './describeStatus';

const text = (code: number): string => {
  const s = describeStatus(code);
  return [s.summary, s.description, ...s.causes, ...s.handling, s.retry.explanation, ...s.notes].join(' ');
};

describe('catalogue facts', () => {
  it.each([
    [421, /new connection/],
    [425, /after the (?:TLS )?handshake/],
  ])(
    '%i: the request was not processed, so the Retry answer is yes, as the row says (RFC 9110 §15.5.20, RFC 8470 §5.2; QA report 1, item 12)',
    (code, how) => {
      const s = describeStatus(code);
      expect(s.retry.verdict).toBe('with-backoff');
      expect(s.retry.explanation).toMatch(how);
      // No handling line may tell the reader the retry is someone else's business.
      expect(s.handling.join(' ')).not.toMatch(
        /\((?:browsers|clients) do this (?:automatically|by themselves)\)/,
      );
    },
  );

  it('a POST answered 421 may be repeated on a new connection: it was not processed', async () => {
    const { diagnose } = await import('../diagnose/diagnose');
    const { makeExchange, TEST_NOW } = await import('../diagnose/testExchange');
    const d = diagnose(makeExchange({ status: 421, request: { method: 'POST' } }), { now: TEST_NOW });
    expect(d.verdict.verdict).toBe('with-backoff');
  });

  it('418: RFC 9110 §15.5.19 reserves it for now; it may be re-assigned if 4xx codes run out', () => {
    expect(text(418)).not.toMatch(/never get a real meaning|can never/);
    expect(text(418)).toMatch(/re-assign/);
    expect(describeStatus(418).spec?.label).toBe('RFC 9110 §15.5.19');
  });

  it('410: RFC 9110 §15.5.11 says "likely to be permanent", and servers need not keep the mark', () => {
    expect(text(410)).toMatch(/likely to be permanent/);
    expect(text(410)).toMatch(/need not keep/);
    expect(text(410)).not.toMatch(/will not come back|gone for good|removal is final/);
  });

  it.each([494, 495, 496, 497])(
    'nginx %i is answered and logged as 400 (ngx_http_special_response.c sets err_status to 400)',
    (code) => {
      const info = text(code);
      expect(info).toMatch(/logs? (?:it as )?400|access log (?:shows|records) 400/);
      expect(info).not.toMatch(/nginx (?:logs|records) 49\d/);
    },
  );

  it('unknown codes: RFC 9111 §3 lets a cache store any final status with explicit freshness (the "do not cache" rule was RFC 7231 §6)', () => {
    const info = describeStatus(477).description;
    expect(info).not.toMatch(/and not to cache it/);
    expect(info).toMatch(/explicit freshness/);
    expect(info).toMatch(/RFC 7231/);
  });

  it('417: RFC 9110 §10.1.1 says a server MAY answer 417 to an unknown expectation', () => {
    expect(text(417)).toMatch(/MAY answer 417/);
    expect(text(417)).not.toMatch(/should get a 417/);
  });

  it('unknown 1xx: RFC 9110 §15.2 says a user agent MAY ignore them (and must be able to parse them)', () => {
    const guidance = describeClass('informational').handling.join(' ');
    expect(guidance).toMatch(/may be ignored/);
    expect(guidance).not.toMatch(/as RFC 9110 tells clients to/);
    expect(text(104)).toMatch(/MAY/);
  });

  it('403: RFC 9110 §15.5.4 lets the client repeat it with new or different credentials', () => {
    const info = describeStatus(403);
    expect(info.retry.verdict).toBe('after-fix');
    expect(text(403)).toMatch(/MAY repeat it with new or different ones|other credentials/);
    expect(text(403)).not.toMatch(/will always get the same answer/);
    expect(describeClass('client-error').exceptions.join(' ')).toMatch(/403 only with other credentials/);
  });

  it('503: RFC 9110 §15.6.4 gives no guarantee that the request was not processed', () => {
    expect(text(503)).not.toMatch(/has not been processed|says the request was not acted on/);
    expect(text(503)).toMatch(/no guarantee|does not promise/);
  });

  it('408: RFC 9110 §15.5.9: the server did not receive a complete request; the client MAY repeat it', () => {
    expect(text(408)).toMatch(/did not receive the complete request/);
    expect(text(408)).toMatch(/MAY repeat it/);
  });

  it('301 and 302: RFC 9110 §15.4.2-3 let only a POST become a GET', () => {
    expect(describeClass('redirection').exceptions.join(' ')).toMatch(
      /301 and 302 let clients turn a POST into a GET/,
    );
    expect(text(301)).not.toMatch(/PUT|DELETE|PATCH/);
  });
});
