import { describe, expect, it } from 'vitest';
import { continuesOnNextLine, splitShellCommand } from './splitShellCommand';

describe('splitShellCommand', () => {
  it.each([
    ['curl -v https://a.io', [['curl', '-v', 'https://a.io']]],
    [
      `curl -H 'Authorization: Bearer x' -d '{"a": 1}' u`,
      [['curl', '-H', 'Authorization: Bearer x', '-d', '{"a": 1}', 'u']],
    ],
    ['curl -H "X-A: \\"q\\" \\$HOME" u', [['curl', '-H', 'X-A: "q" $HOME', 'u']]],
    ["curl -d'status=on'  http://h/x", [['curl', '-dstatus=on', 'http://h/x']]],
    ['curl http://h/x?a=1\\&b=2', [['curl', 'http://h/x?a=1&b=2']]],
    ["curl $'a\\tb' u", [['curl', 'a\tb', 'u']]],
    ['curl -v \\\n  -H "A: 1" \\\n  https://a.io', [['curl', '-v', '-H', 'A: 1', 'https://a.io']]],
    ['curl -v `\n  https://a.io', [['curl', '-v', 'https://a.io']]],
    [
      'curl u | jq .',
      [
        ['curl', 'u'],
        ['jq', '.'],
      ],
    ],
    [
      'cd x && curl u; echo done',
      [
        ['cd', 'x'],
        ['curl', 'u'],
        ['echo', 'done'],
      ],
    ],
    ['curl u 2>&1 | head', [['curl', 'u', '2>&1'], ['head']]],
    ['curl "unterminated', [['curl', 'unterminated']]],
    ['curl ""', [['curl', '']]],
  ])('%j', (command, segments) => {
    expect(splitShellCommand(command)).toEqual(segments);
  });
});

describe('continuesOnNextLine', () => {
  it.each([
    ['curl -v \\', true],
    ['curl -d \'{"a":', true],
    ['curl -H "X: 1', true],
    ['curl -v `', true],
    ['curl -v ^', true],
    ['curl u |', true],
    ['curl u &&', true],
    ['curl u', false],
    ["curl -H 'it''s' u", false],
    ['curl -d "a\\"b" u', false],
  ])('%j → %s', (command, expected) => {
    expect(continuesOnNextLine(command)).toBe(expected);
  });
});
