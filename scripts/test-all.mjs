#!/usr/bin/env node
// Runs every check and test, then prints one closing line "N passed, N failed" counting all of them:
// each static check (types, lint, format, build) counts as one test; vitest counts its own tests.
// The static checks are the package.json scripts themselves (`npm run lint`, ...), so the two agree.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
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

const reportOf = (title) => `tests/output/${title.replace(/\W+/g, '-')}.json`;
const vitestArgs = (title, args) => [
  'run',
  ...args,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportOf(title)}`,
];

/** Adds a vitest run's counts from its JSON report; `ok` is whether the runner exited cleanly. */
function countVitest(title, ok) {
  const report = reportOf(title);
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

function prepareReport(title) {
  mkdirSync('tests/output', { recursive: true });
  rmSync(reportOf(title), { force: true });
}

function vitest(title, args) {
  prepareReport(title);
  countVitest(title, run(title, bin('vitest'), vitestArgs(title, args)));
}

/**
 * Starts a vitest run in the background, its output in a log file (printed when it ends), so the
 * CPU-bound unit tests share the two cores with the build and the browser tests, which mostly wait on
 * Chromium. Returns a promise of whether it exited cleanly.
 */
function vitestInBackground(title, args) {
  prepareReport(title);
  const log = `tests/output/${title.replace(/\W+/g, '-')}.log`;
  const fd = openSync(log, 'w');
  console.log(`\n=== ${title} (in the background; output follows when it ends): vitest ${args.join(' ')}`);
  const child = spawn(bin('vitest'), vitestArgs(title, args), { stdio: ['ignore', fd, fd] });
  closeSync(fd);
  return new Promise((resolve) => {
    child.on('error', () => resolve({ ok: false, log }));
    child.on('exit', (code) => resolve({ ok: code === 0, log }));
  });
}

/** Runs a package.json script: the checks here are exactly what `npm run <script>` does. */
const npmScript = (script) => ['npm', ['run', '--silent', script]];

// The unit tests start first, in the background: the static checks, the build and the browser tests
// run meanwhile (about 5 minutes on two cores instead of 7.5 one after the other).
const unitTests = vitestInBackground('unit and component tests', []);
check('type-check', ...npmScript('typecheck'));
check('lint', ...npmScript('lint'));
check('format', ...npmScript('format:check'));
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

const unit = await unitTests;
console.log(`\n=== unit and component tests (output of the background run)`);
console.log(readFileSync(unit.log, 'utf8'));
countVitest('unit and component tests', unit.ok);

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(
  `\n${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`,
);
process.exit(results.failed === 0 ? 0 : 1);
