// npm run bench: speed figures for the JSON core, navigation in big documents and the response
// comparison, one run each, then the budgets of issue 10 with PASS or MISS. Figures, not assertions:
// speed goals live here, never in timed tests.
import { benchBudgets } from './bench-budgets';
import { benchDiff } from './bench-diff';
import { benchJson } from './bench-json';
import { benchNavigation } from './bench-navigation';
import { benchSession } from './bench-session';

await benchJson();
await benchNavigation();
await benchDiff();
await benchSession();
await benchBudgets();
