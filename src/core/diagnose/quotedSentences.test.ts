import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { makeExchange, type ExchangeSpec } from './testExchange';

/** A quoted sentence that ends with its own full stop must not get a second one after the quote. */
const DOUBLE_STOP = /[.!?]["”']?\.(?!\.)/;

const JSON_TYPE: [string, string] = ['Content-Type', 'application/json'];

describe('quoted messages in findings and next steps', () => {
  it.each<[string, ExchangeSpec]>([
    [
      'an auth challenge whose description is a sentence',
      {
        status: 401,
        headers: [
          ['WWW-Authenticate', 'Bearer error="invalid_token", error_description="The access token expired."'],
        ],
      },
    ],
    [
      'an error message that is a sentence',
      { status: 429, headers: [JSON_TYPE], body: '{"message": "Slow down."}' },
    ],
    [
      'an error message that asks',
      { status: 400, headers: [JSON_TYPE], body: '{"error": "Did you mean PUT?"}' },
    ],
    [
      'field errors that are sentences',
      {
        status: 422,
        headers: [JSON_TYPE],
        body: '{"message": "Invalid input.", "errors": [{"field": "email", "message": "Email is invalid."}, {"field": "name", "message": "Name is required."}]}',
      },
    ],
  ])('%s: no ".” ." in any text', (_, spec) => {
    const { findings, nextSteps } = diagnose(makeExchange(spec));
    const texts = [...findings.flatMap((f) => [f.title, f.detail]), ...nextSteps.map((s) => s.text)];
    expect(texts.filter((t) => DOUBLE_STOP.test(t))).toEqual([]);
    // The quoted text itself is still there.
    expect(texts.join(' ')).toMatch(/expired\.|Slow down\.|PUT\?|required\./);
  });
});
