import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './editorTypes';
import { LargeTextView } from './LargeTextView';
import { PlainTextEditor } from './PlainTextEditor';
import { isTooLargeForMonaco } from './editorLimits';

/** Monaco is about 1 MB gzipped: it loads in its own chunk, after the first paint. */
const CodeEditor = lazy(() => import('./CodeEditor'));

export function LazyCodeEditor(props: CodeEditorProps) {
  if (isTooLargeForMonaco(props.value)) return <LargeTextView {...props} />;
  return (
    <Suspense fallback={<PlainTextEditor {...props} />}>
      <CodeEditor {...props} />
    </Suspense>
  );
}
