import { describe, expect, it } from 'vitest';
import { parseHeaderLines } from './parseHeaderLines';
import { ProblemList } from './ProblemList';

function parse(texts: string[]) {
  const problems = new ProblemList();
  const result = parseHeaderLines(
    texts.map((text, i) => ({ text, line: i + 2 })),
    problems,
  );
  return { ...result, problems: problems.toArray() };
}

describe('parseHeaderLines', () => {
  it.each([
    [['Content-Type: application/json'], [['Content-Type', 'application/json']]],
    [['x-request-id:\t abc \t'], [['x-request-id', 'abc']]],
    [['Pragma: '], [['Pragma', '']]],
    [
      ['Set-Cookie: a=1', 'set-cookie: b=2', 'SET-COOKIE: c=3'],
      [
        ['Set-Cookie', 'a=1'],
        ['set-cookie', 'b=2'],
        ['SET-COOKIE', 'c=3'],
      ],
    ],
    [['Link: <a>;', '  rel=next,', '\t<b>; rel=last'], [['Link', '<a>; rel=next, <b>; rel=last']]],
    [['X-Empty:', '  later'], [['X-Empty', 'later']]],
    [['Location: http://example.com:8080/x'], [['Location', 'http://example.com:8080/x']]],
    [[':authority: example.com'], [[':authority', 'example.com']]],
  ])('%j', (lines, expected) => {
    expect(parse(lines).headers.map((h) => [h.name, h.value])).toEqual(expected);
  });

  it.each([
    [['just text'], 'no colon', 2],
    [['A: 1', 'en-US Content-Type: text/xml'], 'contains a space', 3],
    [[': nameless'], 'no name', 2],
  ])('skips %j with a warning on its line', (lines, text, line) => {
    const result = parse(lines);
    expect(result.headers).toHaveLength(lines.length - 1);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', line, message: expect.stringContaining(text) }),
    ]);
  });

  it.each([
    [['Content-Type : text/plain'], 'Whitespace between'],
    [['X-Bad"Name: 1'], 'characters HTTP does not allow'],
    [['A: 1', ' folded'], 'obsolete line folding'],
  ])('keeps %j but warns', (lines, text) => {
    const result = parse(lines);
    expect(result.headers.length).toBeGreaterThan(0);
    expect(result.problems[0]?.message).toContain(text);
  });

  it('remembers the line of each header', () => {
    expect(parse(['A: 1', ' more', 'B: 2']).lines).toEqual([2, 4]);
  });
});
