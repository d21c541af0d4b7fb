import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { E2E_VITEST_ARGS } from './e2eSuite.mjs';

/**
 * package.json's scripts and scripts/test-all.mjs (what `npm test` runs) must agree: `npm run lint`
 * is the lint `npm test` runs, `npm run test:e2e` the same e2e suite, and no script names a file
 * that is not there (test:e2e once ran tests/run-e2e.mjs, which did not exist).
 */
const ROOT = new URL('../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, ROOT), 'utf8');
const exists = (path: string): boolean => existsSync(new URL(path, ROOT));
const scripts: Record<string, string> = (
  JSON.parse(read('package.json')) as { scripts: Record<string, string> }
).scripts;
const testAll = read('scripts/test-all.mjs');

/** Files a command line runs with node or tsx. */
const filesRun = (command: string): string[] =>
  [...command.matchAll(/\b(?:node|tsx)\s+(\S+\.[cm]?[jt]s)\b/g)].map((m) => m[1] ?? '');

/** Relative modules a script imports. */
const importsOf = (source: string): string[] =>
  [...source.matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)].map((m) => m[1] ?? '');

/** The words of a script after its command, glob quotes removed. */
const argsOf = (command: string): string[] => command.split(/\s+/).map((word) => word.replace(/^"|"$/g, ''));

describe('package.json scripts and npm test', () => {
  it.each(Object.entries(scripts))('%s names only files that exist', (_name, command) => {
    for (const file of filesRun(command)) expect(exists(file), `${command}: ${file}`).toBe(true);
  });

  it('runs its static checks through the package.json scripts, each of which exists', () => {
    const used = [...testAll.matchAll(/npmScript\('([^']+)'\)/g)].map((m) => m[1] ?? '');
    expect(used).toEqual(['typecheck', 'lint', 'format:check', 'build']);
    for (const name of used) expect(scripts[name], name).toBeDefined();
  });

  it('lints and checks the format of the same folders, with warnings denied', () => {
    const lint = argsOf(scripts['lint'] ?? '');
    expect(lint).toContain('--deny-warnings');
    const folders = ['src', 'tests', 'scripts'];
    for (const folder of folders) expect(lint).toContain(folder);
    const checked = argsOf(scripts['format:check'] ?? '').slice(2);
    const written = argsOf(scripts['format'] ?? '').slice(2);
    expect(written).toEqual(checked);
    for (const folder of folders)
      expect(
        checked.some((glob) => glob.startsWith(`${folder}/`)),
        folder,
      ).toBe(true);
  });

  it('runs the unit tests and the e2e suite the way npm test does', () => {
    expect(scripts['test']).toBe('node scripts/test-all.mjs');
    expect(scripts['test:unit']).toBe('vitest run');
    expect(testAll).toContain("vitest('unit and component tests', [])");
    expect(testAll).toContain("vitest('end-to-end tests', E2E_VITEST_ARGS)");
    const [e2eRunner] = filesRun(scripts['test:e2e'] ?? '');
    expect(e2eRunner).toBeDefined();
    const runner = read(e2eRunner ?? '');
    expect(runner).toContain('E2E_VITEST_ARGS');
    expect(runner).toContain('findChromiumPath()');
    expect(exists(E2E_VITEST_ARGS[1] ?? '')).toBe(true);
  });

  it.each(['scripts/test-all.mjs', 'scripts/runE2e.mjs'])('%s imports only modules that exist', (file) => {
    for (const module of importsOf(read(file)))
      expect(exists(new URL(module, new URL(file, ROOT)).pathname.slice(ROOT.pathname.length)), module).toBe(
        true,
      );
  });
});
