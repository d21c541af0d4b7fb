import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './editorTypes';
import { PlainTextEditor } from './PlainTextEditor';

/** Monaco is about 1 MB gzipped: it loads in its own chunk, after the first paint. */
const CodeEditor = lazy(() => import('./CodeEditor'));

/** Documents longer than this are shown in a plain text area: Monaco slows down on them. */
export const MONACO_MAX_CHARS = 5_000_000;
/** Monaco tokenises line by line; one enormous line (minified JSON) freezes it. */
export const MONACO_MAX_LINE_CHARS = 200_000;

function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > longest) longest = end - start;
    start = end + 1;
  }
  return longest;
}

/** True when the text is too large for Monaco to stay responsive. */
export function isTooLargeForMonaco(text: string): boolean {
  return (
    text.length > MONACO_MAX_CHARS ||
    (text.length > MONACO_MAX_LINE_CHARS && longestLine(text) > MONACO_MAX_LINE_CHARS)
  );
}

export function LazyCodeEditor(props: CodeEditorProps) {
  if (isTooLargeForMonaco(props.value)) return <PlainTextEditor {...props} />;
  return (
    <Suspense fallback={<PlainTextEditor {...props} />}>
      <CodeEditor {...props} />
    </Suspense>
  );
}
