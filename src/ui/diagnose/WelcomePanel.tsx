import { EXAMPLES } from '../../state/knowledge';
import { loadDiagnoseInput } from '../../state/loadInput';

/** First visit: what to paste, and one-click examples of common failures. */
export function WelcomePanel() {
  return (
    <section className="panel results-panel welcome" aria-label="Diagnosis">
      <h2>Paste a failing response</h2>
      <p>
        Triage reads <code>curl -i</code> and <code>curl -v</code> output, raw responses copied from browser
        devtools, HAR exports and bare JSON bodies. It tells you what the status means, whether and when to
        retry, what the headers say and what error the body carries. Open or drop a file (.har, .json, .http,
        .txt) on the editor, too. Everything happens in this tab: nothing is uploaded.
      </p>
      <h3>Or try an example</h3>
      <ul className="example-list">
        {EXAMPLES.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => loadDiagnoseInput(e.text, 'Example')}
            >
              {e.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
