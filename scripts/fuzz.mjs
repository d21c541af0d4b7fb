#!/usr/bin/env node
// The property tests (*.property.test.ts and the other fast-check properties) with many more runs
// from a fresh seed, printed first so a failure can be replayed:
//   npm run fuzz                       ×20 runs, random seed
//   FUZZ=100 npm run fuzz              ×100 runs
//   FUZZ_SEED=123456 npm run fuzz      replays a seed (same FUZZ factor as the failing run)
// Extra arguments go to vitest (a file filter, -t "name").
import { spawnSync } from 'node:child_process';

const factor = process.env.FUZZ ?? '20';
const seed = process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31);
console.log(`fuzz: runs ×${factor}, seed ${seed}  (replay: FUZZ=${factor} FUZZ_SEED=${seed} npm run fuzz)`);
const filters = process.argv.length > 2 ? process.argv.slice(2) : ['property', 'maskCommand.test'];
const child = spawnSync('./node_modules/.bin/vitest', ['run', '--testTimeout=0', ...filters], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ: factor, FUZZ_SEED: seed },
});
if (child.status !== 0)
  console.log(`\nfuzz failed: replay with FUZZ=${factor} FUZZ_SEED=${seed} npm run fuzz`);
process.exit(child.status ?? 1);
