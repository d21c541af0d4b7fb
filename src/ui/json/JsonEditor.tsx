import { useMemo } from 'react';
import type { JsonCheckResult } from '../../core';
import { useJsonStore } from '../../state/jsonStore';
import { loadJsonInput } from '../../state/loadInput';
import { EditorFrame } from '../editor/EditorFrame';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';
import { FileDropZone } from '../files/FileDropZone';
import { FileMessages } from '../files/FileMessages';
import { useFileOpener } from '../files/useFileOpener';
import { StorageLine } from '../history/StorageLine';
import { jsonMarkers } from './jsonMarkers';
import { JsonToolbar } from './JsonToolbar';

export const JSON_EDITOR_LABEL = 'JSON input';

/** The editable JSON with its toolbar; squiggles at the positions the check reported. */
export function JsonEditor({ check }: { check: JsonCheckResult | undefined }) {
  const input = useJsonStore((s) => s.input);
  const setInput = useJsonStore((s) => s.setInput);
  const reveal = useJsonStore((s) => s.reveal);
  const markers = useMemo(() => jsonMarkers(check), [check]);
  const opener = useFileOpener(([file]) => file && loadJsonInput(file.text, file.name));
  return (
    <FileDropZone
      opener={opener}
      label="JSON to check"
      caption="Drop the file to check it"
      className="panel input-panel json-editor-panel"
    >
      <JsonToolbar opener={opener} />
      <FileMessages opener={opener} />
      <EditorFrame>
        <LazyCodeEditor
          value={input}
          onChange={setInput}
          language="json"
          label={JSON_EDITOR_LABEL}
          markers={markers}
          reveal={reveal}
          placeholder="Paste a request body or any JSON — or drop a .json file here"
        />
      </EditorFrame>
      <StorageLine screen="json" empty={input.trim() === ''} />
    </FileDropZone>
  );
}
