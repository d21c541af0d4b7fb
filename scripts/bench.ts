// npm run bench: speed figures for the JSON core and the response comparison, one run each.
// Figures, not assertions: speed goals live here, never in timed tests.
import { benchDiff } from './bench-diff';
import { benchJson } from './bench-json';

await benchJson();
await benchDiff();
