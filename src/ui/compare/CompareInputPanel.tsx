import { sideLabel, useCompareStore, type CompareSideId } from '../../state/compareStore';
import { useDiagnoseStore } from '../../state/diagnoseStore';
import { loadCompareFiles } from '../../state/loadInput';
import { EditorFrame } from '../editor/EditorFrame';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';
import { FileDropZone } from '../files/FileDropZone';
import { FileMessages } from '../files/FileMessages';
import { OpenFileButton } from '../files/OpenFileButton';
import { useFileOpener } from '../files/useFileOpener';

const LETTER: Record<CompareSideId, string> = { a: 'A', b: 'B' };

/** One side of the comparison: a name the user chooses and the pasted (or opened, or dropped) response. */
export function CompareInputPanel({ side }: { side: CompareSideId }) {
  const input = useCompareStore((s) => s[side].input);
  const name = useCompareStore((s) => s[side].name);
  const setInput = useCompareStore((s) => s.setInput);
  const setName = useCompareStore((s) => s.setName);
  const letter = LETTER[side];
  // Two files dropped (or chosen) at once fill A and B.
  const opener = useFileOpener((files) => loadCompareFiles(files, side), 2);

  const openInDiagnose = () => {
    useDiagnoseStore.getState().setInput(input);
    window.location.hash = '#/';
  };

  return (
    <FileDropZone
      opener={opener}
      label={`Side ${letter}`}
      caption={`Drop one file for ${letter}, or two for A and B`}
      className={`panel compare-input compare-input-${side}`}
    >
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
        <OpenFileButton opener={opener} label="Open…" />
        <button
          type="button"
          onClick={openInDiagnose}
          disabled={input.trim() === ''}
          title={`Diagnose ${sideLabel(side, name)} on its own`}
        >
          Open in Diagnose
        </button>
      </div>
      <FileMessages opener={opener} />
      <EditorFrame>
        <LazyCodeEditor
          value={input}
          onChange={(next) => setInput(side, next)}
          language="plaintext"
          label={`Response ${letter}`}
          placeholder={`Paste response ${letter}: curl -i or -v output, a raw response, a HAR file or a JSON body — or drop a file`}
        />
      </EditorFrame>
    </FileDropZone>
  );
}
