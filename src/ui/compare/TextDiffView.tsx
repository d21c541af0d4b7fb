import type { TextDiffHunk } from '../../core';

/** What changed inside a long string: each changed stretch with a little context around it. */
export function TextDiffView({ hunks }: { hunks: readonly TextDiffHunk[] }) {
  return (
    <span className="text-diff" aria-label="Changes inside the text">
      {hunks.map((hunk, h) => (
        <span
          key={h}
          className="text-diff-hunk"
          title={`At character ${hunk.aStart + 1} of A, ${hunk.bStart + 1} of B`}
        >
          {hunk.aStart > 0 && <span className="muted">…</span>}
          {hunk.pieces.map((piece, p) =>
            piece.kind === 'same' ? (
              <span key={p}>{piece.text}</span>
            ) : piece.kind === 'removed' ? (
              <del key={p}>{piece.text}</del>
            ) : (
              <ins key={p}>{piece.text}</ins>
            ),
          )}
          <span className="muted">…</span>
        </span>
      ))}
    </span>
  );
}
