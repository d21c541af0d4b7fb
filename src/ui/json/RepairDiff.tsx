import { lazy, Suspense } from 'react';
import { isTooLargeForMonaco } from '../editor/editorLimits';

/** Monaco's diff view, in Monaco's lazy-loaded chunk (the same one the Compare screen uses). */
const CodeDiffEditor = lazy(() => import('../editor/CodeDiffEditor'));

/** Shown while Monaco loads, and for documents too big for a diff view: the repaired text only. */
function RepairedText({ text }: { text: string }) {
  return (
    <pre className="repair-plain" aria-label="Repaired text">
      {text}
    </pre>
  );
}

/** The repair as a diff against the current text; big documents get the repaired text only. */
export function RepairDiff({ original, modified }: { original: string; modified: string }) {
  if (isTooLargeForMonaco(original) || isTooLargeForMonaco(modified)) {
    return (
      <>
        <p className="muted">This document is too large to show as a diff; the changes are listed above.</p>
        <RepairedText text={modified.slice(0, 100_000)} />
      </>
    );
  }
  return (
    <Suspense fallback={<RepairedText text={modified} />}>
      {/* Always two columns: the preview text says "Left: your text. Right: the repaired text." */}
      <CodeDiffEditor
        original={original}
        modified={modified}
        language="json"
        label="Repair diff"
        inlineWhenNarrow={false}
        overviewRuler={false}
        originalLabel="Current text"
        modifiedLabel="Repaired text"
      />
    </Suspense>
  );
}
