import { sideLabel, useCompareStore, type CompareSideId } from '../../state/compareStore';
import { useDiagnoseStore } from '../../state/diagnoseStore';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';

const LETTER: Record<CompareSideId, string> = { a: 'A', b: 'B' };

/** One side of the comparison: a name the user chooses and the pasted response. */
export function CompareInputPanel({ side }: { side: CompareSideId }) {
  const input = useCompareStore((s) => s[side].input);
  const name = useCompareStore((s) => s[side].name);
  const setInput = useCompareStore((s) => s.setInput);
  const setName = useCompareStore((s) => s.setName);
  const letter = LETTER[side];

  const openInDiagnose = () => {
    useDiagnoseStore.getState().setInput(input);
    window.location.hash = '#/';
  };

  return (
    <section className={`panel compare-input compare-input-${side}`} aria-label={`Side ${letter}`}>
      <div className="toolbar">
        <span className="side-letter" aria-hidden="true">
          {letter}
        </span>
        <input
          className="side-name"
          aria-label={`Name of side ${letter}`}
          value={name}
          placeholder={letter}
          maxLength={60}
          onChange={(event) => setName(side, event.target.value)}
        />
        <button
          type="button"
          onClick={openInDiagnose}
          disabled={input.trim() === ''}
          title={`Diagnose ${sideLabel(side, name)} on its own`}
        >
          Open in Diagnose
        </button>
      </div>
      <div className="editor-frame">
        <LazyCodeEditor
          value={input}
          onChange={(next) => setInput(side, next)}
          language="plaintext"
          label={`Response ${letter}`}
          placeholder={`Paste response ${letter}: curl -i or -v output, a raw response, a HAR file or a JSON body`}
        />
      </div>
    </section>
  );
}
