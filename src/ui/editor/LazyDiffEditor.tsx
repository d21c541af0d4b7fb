import { lazy, Suspense } from 'react';
import { isTooLargeForMonaco } from './editorLimits';
import { PlainTextEditor } from './PlainTextEditor';
import type { DiffEditorProps } from './diffEditorTypes';

/** The diff editor is part of Monaco's chunk: it loads after the first paint. */
const CodeDiffEditor = lazy(() => import('./CodeDiffEditor'));

/** Both bodies in plain text areas, side by side: while Monaco loads, and for bodies too large for it. */
function PlainDiff({ original, modified, label, height }: DiffEditorProps) {
  return (
    <div className="plain-diff" style={{ height: height ?? '100%' }}>
      <PlainTextEditor value={original} language="plaintext" readOnly label={`${label}: original`} />
      <PlainTextEditor value={modified} language="plaintext" readOnly label={`${label}: modified`} />
    </div>
  );
}

export function LazyDiffEditor(props: DiffEditorProps) {
  if (isTooLargeForMonaco(props.original) || isTooLargeForMonaco(props.modified)) {
    return (
      <>
        <p className="notice">
          These bodies are too large for the highlighted view: they are shown as plain text.
        </p>
        <PlainDiff {...props} />
      </>
    );
  }
  return (
    <Suspense fallback={<PlainDiff {...props} />}>
      <CodeDiffEditor {...props} />
    </Suspense>
  );
}
