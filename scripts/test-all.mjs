#!/usr/bin/env node
// Runs every check and test, then prints one closing line "N passed, N failed" counting all of them:
// each static check (types, lint, format, build) counts as one test; vitest counts its own tests.
// The static checks are the package.json scripts themselves (`npm run lint`, ...), so the two agree.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { E2E_VITEST_ARGS, reportMissingChromium } from './e2eSuite.mjs';
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

/** Runs a package.json script: the checks here are exactly what `npm run <script>` does. */
const npmScript = (script) => ['npm', ['run', '--silent', script]];

check('type-check', ...npmScript('typecheck'));
check('lint', ...npmScript('lint'));
check('format', ...npmScript('format:check'));
vitest('unit and component tests', []);
const built = run('production build', ...npmScript('build'));
if (built) results.passed++;
else {
  results.failed++;
  failures.push('production build');
}

const chromium = findChromiumPath();
if (!chromium) {
  reportMissingChromium();
  if (process.env.CI === 'true') {
    results.failed++;
    failures.push('end-to-end tests (no Chromium under CI)');
  } else results.skipped++;
} else if (!built) {
  results.failed++;
  failures.push('end-to-end tests (no build to test)');
} else {
  vitest('end-to-end tests', E2E_VITEST_ARGS);
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(
  `\n${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`,
);
process.exit(results.failed === 0 ? 0 : 1);
