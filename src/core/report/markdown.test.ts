import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline, fencedBlock, inlineCode, markdownProse, markdownTable } from './markdown';

describe('escapeMarkdownInline', () => {
  it.each([
    ['plain words', 'plain words'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![img](http://x)', '!\\[img\\](http://x)'],
    ['<script>', '\\<script\\>'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['a - b # c', 'a - b # c'],
    ['(wait 30 s)', '(wait 30 s)'],
    ['a|b', 'a\\|b'],
    ['two\nlines', 'two lines'],
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdownInline(input)).toBe(expected);
  });
});

describe('inlineCode', () => {
  it('uses a fence longer than the backticks inside', () => {
    expect(inlineCode('a `b` c')).toBe('``a `b` c``');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(inlineCode('plain')).toBe('`plain`');
  });
});

describe('fencedBlock', () => {
  it('keeps a body that contains a fence inside the block', () => {
    const block = fencedBlock('before\n```\nafter', 'json');
    expect(block.startsWith('````json\n')).toBe(true);
    expect(block.endsWith('\n````')).toBe(true);
    expect(block).toContain('before\n```\nafter\n');
  });
  it('ends the body with one line break', () => {
    expect(fencedBlock('x\n')).toBe('```\nx\n```');
  });
});

describe('markdownTable', () => {
  it('escapes cells so a pipe in a value cannot add a column', () => {
    const table = markdownTable(['Name', 'Value'], [['X-Test', 'a|b']]);
    expect(table.split('\n')).toEqual(['| Name | Value |', '| --- | --- |', '| X-Test | a\\|b |']);
  });
  it('leaves raw columns alone except for pipes', () => {
    const table = markdownTable(['Name', 'Value'], [['h', inlineCode('a|b')]], { rawColumns: [1] });
    expect(table.split('\n')[2]).toBe('| h | `a\\|b` |');
  });
});

describe('markdownProse (QA report 1, item 24)', () => {
  it.each([
    ['Confirm it: run `ping 1.1.1.1` first', 'Confirm it: run `ping 1.1.1.1` first'],
    ['run `curl -v https://a.io/x_y` or `nc -vz a 443`', 'run `curl -v https://a.io/x_y` or `nc -vz a 443`'],
    ['*bold* then `a*b`', '\\*bold\\* then `a*b`'],
    ['an unbalanced ` stays escaped', 'an unbalanced \\` stays escaped'],
    ['[x](y) `[x](y)`', '\\[x\\](y) `[x](y)`'],
    ['- a list? `x`', '\\- a list? `x`'],
  ])('%j → %j', (input, expected) => {
    expect(markdownProse(input)).toBe(expected);
  });
});
