#!/usr/bin/env node
// `npm run test:e2e`: builds the app and runs the end-to-end suite in Chromium exactly as `npm test`
// does (same Chromium lookup, same vitest config). Extra arguments go to vitest (a file, -t "name").
import { spawnSync } from 'node:child_process';
import { E2E_VITEST_ARGS, reportMissingChromium } from './e2eSuite.mjs';
import { findChromiumPath } from './findChromiumPath.mjs';

if (!findChromiumPath()) {
  reportMissingChromium();
  process.exit(1);
}
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;
if (!run('npm', ['run', '--silent', 'build'])) process.exit(1);
process.exit(
  run('./node_modules/.bin/vitest', ['run', ...E2E_VITEST_ARGS, ...process.argv.slice(2)]) ? 0 : 1,
);
