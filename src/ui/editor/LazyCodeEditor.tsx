import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './editorTypes';
import { LargeTextView } from './LargeTextView';
import { PlainTextEditor } from './PlainTextEditor';
import { isTooLargeForMonaco } from './editorLimits';
import { EditorNavigator } from './navigation/EditorNavigator';

/** Monaco is about 1 MB gzipped: it loads in its own chunk, after the first paint. */
const CodeEditor = lazy(() => import('./CodeEditor'));

/** Every editor of the app: Monaco, or the large-document view for big texts, with navigation around it. */
export function LazyCodeEditor(props: CodeEditorProps) {
  const large = isTooLargeForMonaco(props.value);
  return (
    <EditorNavigator
      editor={props}
      large={large}
      renderView={(navigation) =>
        large ? (
          <LargeTextView {...props} navigation={navigation} />
        ) : (
          <Suspense fallback={<PlainTextEditor {...props} />}>
            <CodeEditor {...props} navigation={navigation} />
          </Suspense>
        )
      }
    />
  );
}
