import { useDiagnoseStore } from '../../state/diagnoseStore';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';
import { ExamplesMenu } from './ExamplesMenu';
import { PersistenceNotice } from './PersistenceNotice';

export function InputPanel({ language }: { language: 'json' | 'plaintext' }) {
  const input = useDiagnoseStore((s) => s.input);
  const setInput = useDiagnoseStore((s) => s.setInput);
  const clear = useDiagnoseStore((s) => s.clear);
  return (
    <section className="panel input-panel" aria-label="Response to diagnose">
      <div className="toolbar">
        <h2>Paste a response</h2>
        <ExamplesMenu onPick={setInput} />
        <button type="button" onClick={clear} disabled={input === ''}>
          Clear
        </button>
      </div>
      <div className="editor-frame">
        <LazyCodeEditor
          value={input}
          onChange={setInput}
          language={language}
          label="Response input"
          placeholder="Paste curl -i or curl -v output, a raw response, a HAR file or a JSON body"
        />
      </div>
      <PersistenceNotice />
    </section>
  );
}
