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
