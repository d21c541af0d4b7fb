// npm run bench: speed figures for the JSON core, the response comparison and sessions, one run each.
// Figures, not assertions: speed goals live here, never in timed tests.
import { benchDiff } from './bench-diff';
import { benchJson } from './bench-json';
import { benchSession } from './bench-session';

await benchJson();
await benchDiff();
await benchSession();
