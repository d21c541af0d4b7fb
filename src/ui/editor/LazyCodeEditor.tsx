import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './editorTypes';
import { PlainTextEditor } from './PlainTextEditor';
import { isTooLargeForMonaco } from './editorLimits';
import { EditorNavigator } from './navigation/EditorNavigator';

/** Monaco is about 1 MB gzipped: it loads in its own chunk, after the first paint. */
const CodeEditor = lazy(() => import('./CodeEditor'));
/** The view for texts too large for Monaco: only big documents need it, so not the first paint. */
const LargeTextView = lazy(() => import('./LargeTextView').then((m) => ({ default: m.LargeTextView })));

/** Every editor of the app: Monaco, or the large-document view for big texts, with navigation around it. */
export function LazyCodeEditor(props: CodeEditorProps) {
  const large = isTooLargeForMonaco(props.value);
  return (
    <EditorNavigator
      editor={props}
      large={large}
      renderView={(navigation) =>
        large ? (
          // Never a textarea fallback here: a textarea holding megabytes would freeze the page.
          <Suspense fallback={<div className="editor-loading">Loading the large-text view…</div>}>
            <LargeTextView {...props} navigation={navigation} />
          </Suspense>
        ) : (
          <Suspense fallback={<PlainTextEditor {...props} />}>
            <CodeEditor {...props} navigation={navigation} />
          </Suspense>
        )
      }
    />
  );
}
