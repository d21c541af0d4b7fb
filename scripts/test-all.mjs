#!/usr/bin/env node
// Runs every check and test, then prints one closing line "N passed, N failed" counting all of them:
// each static check (types, lint, format, build) counts as one test; vitest counts its own tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromiumPath } from './findChromiumPath.mjs';

const bin = (name) => `./node_modules/.bin/${name}`;
const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return child.status === 0;
}

function check(title, command, args) {
  if (run(title, command, args)) results.passed++;
  else {
    results.failed++;
    failures.push(title);
  }
}

function vitest(title, args) {
  mkdirSync('tests/output', { recursive: true });
  const report = `tests/output/${title.replace(/\W+/g, '-')}.json`;
  rmSync(report, { force: true });
  const ok = run(title, bin('vitest'), [
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    results.failed++;
    failures.push(`${title} (no report: the runner itself failed)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  results.passed += json.numPassedTests;
  results.failed += json.numFailedTests;
  results.skipped += json.numPendingTests + json.numTodoTests;
  if (json.numFailedTests > 0 || !ok) failures.push(title);
  // A suite that failed to load (syntax error, failing hook) fails the run even with no failed test.
  if (json.numFailedTests === 0 && !ok) results.failed++;
}

check('type-check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
check('lint', bin('oxlint'), ['-c', '.oxlintrc.json', '--deny-warnings', 'src', 'tests', 'scripts']);
check('format', bin('prettier'), [
  '--check',
  'src/**/*.{ts,tsx,css}',
  'tests/**/*.ts',
  'scripts/**/*.{ts,mjs}',
  'vite.config.ts',
]);
vitest('unit and component tests', []);
const built = run('production build', bin('vite'), ['build']);
if (built) results.passed++;
else {
  results.failed++;
  failures.push('production build');
}

const chromium = findChromiumPath();
if (!chromium) {
  const banner = '*'.repeat(78);
  console.error(
    `\n${banner}\n* NO CHROMIUM FOUND: the end-to-end tests cannot run.\n* Looked at CHROME_PATH, /usr/bin/chromium and google-chrome.\n* Install it with:  apt-get update && apt-get install -y chromium\n${banner}\n`,
  );
  if (process.env.CI === 'true') {
    results.failed++;
    failures.push('end-to-end tests (no Chromium under CI)');
  } else results.skipped++;
} else if (!built) {
  results.failed++;
  failures.push('end-to-end tests (no build to test)');
} else {
  vitest('end-to-end tests', ['--config', 'tests/vitest.e2e.config.ts']);
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(
  `\n${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`,
);
process.exit(results.failed === 0 ? 0 : 1);
