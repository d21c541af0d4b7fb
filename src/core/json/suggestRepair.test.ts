import { describe, expect, it } from 'vitest';
import { checkJson } from './checkJson';
import { suggestRepair } from './suggestRepair';

describe('suggestRepair', () => {
  it.each([
    ['single quotes and unquoted keys', "{'a': 1, b: 'x'}", '{"a": 1, "b": "x"}'],
    ['trailing comma', '[1, 2,]', '[1, 2]'],
    ['Python literals', '{"t": True, "n": None}', '{"t": true, "n": null}'],
    ['missing commas', '[1 2 3]', '[1, 2, 3]'],
    ['comments', '{"a": 1 // one\n}', '{"a": 1 \n}'],
    ['truncated text', '{"a": [1, 2', '{"a": [1, 2]}'],
  ])('repairs %s', (_name, input, expected) => {
    const result = suggestRepair(input);
    expect(result).toMatchObject({ ok: true, text: expected });
    if (result.ok) {
      expect(checkJson(result.text).ok).toBe(true);
      expect(result.changes.length).toBeGreaterThan(0);
    }
  });

  it('keeps big and precise numbers exactly as written', () => {
    const result = suggestRepair("{'id': 12345678901234567890, 'price': 1.10, 'e': 1E+400,}");
    expect(result.ok && result.text).toBe('{"id": 12345678901234567890, "price": 1.10, "e": 1E+400}');
  });

  it('describes the changed lines with before and after', () => {
    const result = suggestRepair('{\n  \'a\': 1,\n  "b": 2,\n}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.changes[0]).toMatch(/^Line 2: `.*'a'.*` → `.*"a".*`$/);
    expect(result.changes.some((c) => c.startsWith('Line 3:'))).toBe(true);
  });

  it.each([
    [
      'a change at the end of a long line',
      '{"description": "The quick brown fox jumps over", "count": 12345678, "enabled": True,}',
      'Line 1: `…"enabled": True,}` → `…"enabled": true}`',
    ],
    [
      'context reaching into a key',
      '{\n  "items": [1, 2, 3,],\n  "b": 1\n}',
      'Line 2: `"items": [1, 2, 3,],` → `"items": [1, 2, 3],`',
    ],
    [
      'context reaching into a long string',
      `[${'"abcdefghijklmnopqrstuvwxyz",'.repeat(5)}]`,
      'Line 1: `…"abcdefghijklmnopqrstuvwxyz",]` → `…"abcdefghijklmnopqrstuvwxyz"]`',
    ],
    [
      'a comment in the middle of a line',
      '{"a": 1, "b": [1,2,3] /* note */, "c": 2}',
      'Line 1: `…"b": [1,2,3] /* note */, "c": 2}` → `…"b": [1,2,3] , "c": 2}`',
    ],
  ])('cuts the preview of %s at token boundaries, with an ellipsis', (_, input, change) => {
    const result = suggestRepair(input);
    expect(result.ok && result.changes).toEqual([change]);
  });

  it('cuts a single token too long to show at a space, with an ellipsis', () => {
    const words = 'lorem ipsum dolor sit amet '.repeat(6).trim();
    const result = suggestRepair(`{'text': '${words}'}`);
    expect(result.ok && result.changes).toEqual([
      'Line 1: `…\'text\': \'lorem ipsum dolor sit amet lorem ipsum dolor sit…` → `…"text": "lorem ipsum dolor sit amet lorem ipsum dolor sit…`',
    ]);
  });

  it('does not suggest anything for valid JSON', () => {
    const result = suggestRepair('{"a": 1}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('already valid');
  });

  it('says why when no repair is found', () => {
    const result = suggestRepair('');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
  });
});
