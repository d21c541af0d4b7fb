import { useDiagnoseStore } from '../../state/diagnoseStore';
import { loadDiagnoseInput } from '../../state/loadInput';
import { EditorFrame } from '../editor/EditorFrame';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';
import { FileDropZone } from '../files/FileDropZone';
import { FileMessages } from '../files/FileMessages';
import { OpenFileButton } from '../files/OpenFileButton';
import { useFileOpener } from '../files/useFileOpener';
import { StorageLine } from '../history/StorageLine';
import { ExamplesMenu } from './ExamplesMenu';

export function InputPanel({ language }: { language: 'json' | 'plaintext' }) {
  const input = useDiagnoseStore((s) => s.input);
  const setInput = useDiagnoseStore((s) => s.setInput);
  const clear = useDiagnoseStore((s) => s.clear);
  const opener = useFileOpener(([file]) => file && loadDiagnoseInput(file.text, file.name));
  return (
    <FileDropZone
      opener={opener}
      label="Response to diagnose"
      caption="Drop the file to diagnose it"
      className="panel input-panel"
    >
      <div className="toolbar">
        <h1>Diagnose</h1>
        <OpenFileButton opener={opener} />
        <ExamplesMenu onPick={(text) => loadDiagnoseInput(text, 'Example')} />
        <button type="button" onClick={clear} disabled={input === ''}>
          Clear
        </button>
      </div>
      <FileMessages opener={opener} />
      <EditorFrame>
        <LazyCodeEditor
          value={input}
          onChange={setInput}
          language={language}
          label="Response input"
          placeholder="Paste curl -i or curl -v output, a raw response, a HAR file or a JSON body — or drop a file here"
        />
      </EditorFrame>
      <StorageLine screen="diagnose" empty={input.trim() === ''} />
    </FileDropZone>
  );
}
