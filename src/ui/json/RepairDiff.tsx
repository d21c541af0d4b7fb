import { lazy, Suspense } from 'react';
import { isTooLargeForMonaco } from '../editor/LazyCodeEditor';

const RepairDiffEditor = lazy(() => import('./RepairDiffEditor'));

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
      <RepairDiffEditor original={original} modified={modified} />
    </Suspense>
  );
}
