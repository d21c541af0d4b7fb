import { describe, expect, it } from 'vitest';
import { checkChunkExtensions } from './checkChunkExtensions';

describe('checkChunkExtensions', () => {
  it.each([
    [';name'],
    [';a=b;c=d'],
    [' ; a = "quoted; with \\" escape" ;b'],
    [';ilovew3;somuchlove=aretheseparametersfor'],
  ])('accepts %j', (s) => {
    expect(checkChunkExtensions(s)).toBeUndefined();
  });

  it.each([
    [';', 'empty'],
    [';a=', 'no value'],
    [';a="abc', 'never closed'],
    [';a b', 'does not start'],
  ])('rejects %j', (s, text) => {
    expect(checkChunkExtensions(s)).toContain(text);
  });
});
