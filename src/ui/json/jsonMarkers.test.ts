import { describe, expect, it } from 'vitest';
import { checkJson } from '../../core';
import { jsonMarkers } from './jsonMarkers';

describe('jsonMarkers', () => {
  it('puts the error squiggle at the core position, and marks where an unclosed bracket opened', () => {
    const check = checkJson('{"a": [1, 2');
    if (check.ok) throw new Error('expected invalid JSON');
    const markers = jsonMarkers(check);
    expect(markers[0]).toMatchObject({
      line: check.error.line,
      column: check.error.column,
      severity: 'error',
    });
    if (check.error.related)
      expect(markers[1]).toMatchObject({ line: check.error.related.line, severity: 'info' });
  });

  it('spans a duplicate key and an imprecise number', () => {
    const markers = jsonMarkers(checkJson('{"ab": 1, "ab": 12345678901234567890}'));
    expect(markers.map((m) => [m.severity, m.endColumn! - m.column])).toEqual([
      ['warning', 4],
      ['warning', 20],
    ]);
  });

  it('has nothing to mark before the first check', () => {
    expect(jsonMarkers(undefined)).toEqual([]);
  });
});
