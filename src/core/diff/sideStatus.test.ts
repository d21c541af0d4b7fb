import { describe, expect, it } from 'vitest';
import type { ComparedSide } from '../types';
import { diffStatus, statusText, statusWord } from './sideStatus';

const response: ComparedSide = { form: 'response' };
const noResponse: ComparedSide = { form: 'no-response', detail: 'net::ERR_FAILED' };
const bareJson: ComparedSide = { form: 'body-only', detail: 'a bare JSON body' };

describe('the status of compared sides', () => {
  it.each<[string, number, number, { a: ComparedSide; b: ComparedSide } | undefined, boolean]>([
    ['two statuses', 200, 503, { a: response, b: response }, true],
    ['the same status', 200, 200, { a: response, b: response }, false],
    ['no response against a bare body', 0, 0, { a: noResponse, b: bareJson }, true],
    ['two bare bodies', 0, 0, { a: bareJson, b: bareJson }, false],
    ['two requests without response', 0, 0, { a: noResponse, b: { form: 'no-response' } }, false],
    ['status 0 from a caller that does not say what the sides are', 0, 0, undefined, false],
  ])('%s', (_, a, b, sides, changed) => {
    expect(diffStatus(a, b, sides).changed).toBe(changed);
  });

  it.each<[ComparedSide | undefined, number, string, string]>([
    [response, 503, '503', '503 Service Unavailable'],
    [undefined, 404, '404', '404 Not Found'],
    [noResponse, 0, 'no response', 'no response (net::ERR_FAILED)'],
    [undefined, 0, 'no response', 'no response'],
    [bareJson, 0, 'no status line', 'no status line (a bare JSON body)'],
  ])('%o with status %i reads "%s", in full "%s"', (side, code, word, text) => {
    const status = diffStatus(code, 200, side && { a: side, b: response });
    expect(statusWord(status, 'a')).toBe(word);
    expect(statusText(status, 'a')).toBe(text);
  });
});
