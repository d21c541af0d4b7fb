import { sideLabel, useCompareStore } from '../../state/compareStore';
import { EXAMPLE_PAIR } from './examplePair';

/** Before both sides hold a response: what to paste, and an example pair to try. */
export function CompareEmptyState() {
  const a = useCompareStore((s) => s.a);
  const b = useCompareStore((s) => s.b);
  const setBoth = useCompareStore((s) => s.setBoth);
  const missing = [
    a.input.trim() === '' ? sideLabel('a', a.name) : '',
    b.input.trim() === '' ? sideLabel('b', b.name) : '',
  ].filter(Boolean);
  const oneSideDone = missing.length === 1;
  return (
    <section className="panel compare-empty welcome" aria-label="Comparison">
      <h2>{oneSideDone ? `Now paste ${missing[0]}` : 'Paste two responses to compare'}</h2>
      <p>
        Put the response that works on one side and the one that fails on the other: the same request against
        staging and production, before and after a deploy, two API versions. Each side takes what Diagnose
        takes: <code>curl -i</code> or <code>curl -v</code> output, a raw response from the browser devtools,
        a HAR file (its last failing entry is used) or a bare JSON body.
      </p>
      <p>
        Triage then shows what differs in the status, the headers (clocks, request ids and other noise set
        aside) and the body, compared structurally: key order never counts, numbers compare exactly as
        written, moved array items are reported as moves. Nothing leaves this tab.
      </p>
      <button type="button" className="primary" onClick={() => setBoth(EXAMPLE_PAIR.a, EXAMPLE_PAIR.b)}>
        Try an example: {EXAMPLE_PAIR.a.name} vs {EXAMPLE_PAIR.b.name}
      </button>
    </section>
  );
}
