import { useMemo } from 'react';
import type { JsonCheckResult } from '../../core';
import { useJsonStore } from '../../state/jsonStore';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';
import { PersistenceNotice } from '../diagnose/PersistenceNotice';
import { jsonMarkers } from './jsonMarkers';
import { JsonToolbar } from './JsonToolbar';

export const JSON_EDITOR_LABEL = 'JSON input';

/** The editable JSON with its toolbar; squiggles at the positions the check reported. */
export function JsonEditor({ check }: { check: JsonCheckResult | undefined }) {
  const input = useJsonStore((s) => s.input);
  const setInput = useJsonStore((s) => s.setInput);
  const reveal = useJsonStore((s) => s.reveal);
  const markers = useMemo(() => jsonMarkers(check), [check]);
  return (
    <section className="panel input-panel json-editor-panel" aria-label="JSON to check">
      <JsonToolbar />
      <div className="editor-frame">
        <LazyCodeEditor
          value={input}
          onChange={setInput}
          language="json"
          label={JSON_EDITOR_LABEL}
          markers={markers}
          reveal={reveal}
          placeholder="Paste a request body or any JSON"
        />
      </div>
      <PersistenceNotice />
    </section>
  );
}
