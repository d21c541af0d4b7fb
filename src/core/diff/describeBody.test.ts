import { describe, it, expect } from 'vitest';
import { describeBody } from './describeBody';

describe('describeBody', () => {
  it.each([
    ['', 'empty'],
    ['  \n', 'empty'],
    ['<!DOCTYPE html><html><body>502</body></html>', 'HTML page'],
    ['<html>\n<head><title>Error</title></head>', 'HTML page'],
    ['\n<center><h1>502 Bad Gateway</h1></center><title>x</title>', 'HTML page'],
    ['<?xml version="1.0"?><Error/>', 'XML or other markup'],
    ['{"a":', 'JSON that does not parse'],
    ['Internal Server Error', 'plain text'],
  ])('%j is %s', (text, expected) => {
    expect(describeBody(text)).toBe(expected);
  });
});
