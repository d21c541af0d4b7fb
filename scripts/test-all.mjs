#!/usr/bin/env node
// Runs every check and test, then prints one closing line "N passed, N failed" counting all of them:
// each static check (types, lint, format, build) counts as one test; vitest counts its own tests.
// The static checks are the package.json scripts themselves (`npm run lint`, ...), so the two agree.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { E2E_VITEST_ARGS, reportMissingChromium } from './e2eSuite.mjs';
import { findChromiumPath } from './findChromiumPath.mjs';

const bin = (name) => `./node_modules/.bin/${name}`;
const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${title}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return child.status === 0;
}

/** Counts one check as one test. */
function count(title, ok) {
  if (ok) results.passed++;
  else {
    results.failed++;
    failures.push(title);
  }
}

/**
 * Runs commands at the same time, each with its output kept, then prints each output whole, in the
 * order given, and returns whether each succeeded. For the short static checks, which neither read
 * nor write what another writes, and do not time anything.
 */
async function runTogether(jobs) {
  const done = jobs.map(
    ({ title, command, args }) =>
      new Promise((resolve) => {
        const started = Date.now();
        const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        const output = [];
        child.stdout.on('data', (chunk) => output.push(chunk));
        child.stderr.on('data', (chunk) => output.push(chunk));
        child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
        child.on('close', (code) =>
          resolve({ title, command, args, ok: code === 0, output, seconds: (Date.now() - started) / 1000 }),
        );
      }),
  );
  const outcomes = await Promise.all(done);
  for (const { title, command, args, output, seconds } of outcomes) {
    console.log(`\n=== ${title}: ${command} ${args.join(' ')}  (${seconds.toFixed(1)} s)`);
    process.stdout.write(Buffer.concat(output));
  }
  return outcomes.map((outcome) => outcome.ok);
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

/** A static check or the build as a job of runTogether: a package.json script. */
const job = (title, [command, args]) => ({ title, command, args });

// The static checks and the build together (each is short and some are single-threaded: together
// they fill both cores); then the unit tests, and last the e2e tests alone on a quiet machine.
const staticJobs = [
  job('type-check', npmScript('typecheck')),
  job('lint', npmScript('lint')),
  job('format', npmScript('format:check')),
  job('production build', npmScript('build')),
];
const staticOutcomes = await runTogether(staticJobs);
staticJobs.forEach(({ title }, i) => count(title, staticOutcomes[i]));
const built = staticOutcomes[3];
vitest('unit and component tests', []);

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
