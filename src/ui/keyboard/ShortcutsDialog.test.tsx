// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ShortcutsDialog } from './ShortcutsDialog';

afterEach(cleanup);

/** Every key combination the README documents ("Alt+Shift+D/J/C/S" is four of them), on a PC. */
function documentedKeys(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const keys = new Set<string>();
  for (const [written] of readme.matchAll(
    /\b(?:(?:Ctrl|Alt|Shift)\+)+(?:F\d+|[A-Z0-9[\]](?:\/[A-Z0-9])*)(?![a-z])|\bF3\b/g,
  )) {
    const [first, ...others] = written.split('/');
    keys.add(first!);
    for (const other of others) keys.add(first!.slice(0, -1) + other);
  }
  return [...keys];
}

describe('the shortcuts overlay', () => {
  it('lists every key the README documents, the editors’ own included', () => {
    render(<ShortcutsDialog onClose={() => undefined} />);
    const listed = [...screen.getByRole('table').querySelectorAll('kbd')].map((k) => k.textContent);
    const keys = documentedKeys();
    expect(keys).toEqual(
      expect.arrayContaining(['Ctrl+F', 'Ctrl+G', 'F3', 'Shift+F3', 'Ctrl+Shift+[', 'Alt+Shift+J']),
    );
    for (const key of keys) expect(listed, key).toContain(key);
  });
});
