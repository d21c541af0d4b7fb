import { BODY_COMPARISON_LABELS } from '../body/bodyKinds';
import type { ResponseDiff } from '../types';
import type { DiffCounts } from './diff.types';
import { countOf } from '../text/countOf';
import { statusWord } from './sideStatus';

/** A diff with or without its summary, and with or without the ignored-body count. */
export type SummarizableDiff = Omit<ResponseDiff, 'summary'> & { body: { ignored?: number } };

/** Counts of what differs, for the UI. Ignored headers count only when their values differ. */
export function summarizeDiff(diff: SummarizableDiff): DiffCounts {
  const headers = { added: 0, removed: 0, changed: 0, unchanged: 0, ignored: 0 };
  for (const header of diff.headers) {
    if (header.change === 'unchanged') headers.unchanged++;
    else if (header.ignored) headers.ignored++;
    else headers[header.change]++;
  }
  const body = {
    kind: diff.body.kind,
    label: BODY_COMPARISON_LABELS[diff.body.kind],
    added: 0,
    removed: 0,
    changed: 0,
    moved: 0,
    ignored: diff.body.ignored ?? 0,
  };
  for (const change of diff.body.changes) body[change.change]++;
  const identical =
    !diff.status.changed &&
    headers.added + headers.removed + headers.changed === 0 &&
    diff.body.changes.length === 0;
  return { identical, status: { ...diff.status }, headers, body };
}

/**
 * One line for the comparison header, e.g.
 * "status differs: 200 vs 500 · 3 headers differ, 2 ignored · 4 body changes, 12 items moved".
 */
export function formatSummary(counts: DiffCounts): string {
  const { headers, body } = counts;
  const ignoredParts = [
    headers.ignored > 0 ? countOf(headers.ignored, 'ignored header', 'ignored headers') : '',
    body.ignored > 0 ? countOf(body.ignored, 'ignored body path', 'ignored body paths') : '',
  ].filter(Boolean);
  if (counts.identical) {
    return ignoredParts.length === 0 ? 'identical' : `identical apart from ${ignoredParts.join(' and ')}`;
  }

  const parts: string[] = [];
  if (counts.status.changed)
    parts.push(`status differs: ${statusWord(counts.status, 'a')} vs ${statusWord(counts.status, 'b')}`);

  const headerCount = headers.added + headers.removed + headers.changed;
  if (headerCount > 0) {
    const ignored = headers.ignored > 0 ? `, ${headers.ignored.toLocaleString('en-US')} ignored` : '';
    parts.push(`${countOf(headerCount, 'header differs', 'headers differ')}${ignored}`);
  } else if (headers.ignored > 0) {
    parts.push(countOf(headers.ignored, 'ignored header', 'ignored headers'));
  }

  const edits = body.added + body.removed + body.changed;
  const bodyParts: string[] = [];
  if (edits > 0) {
    bodyParts.push(
      body.kind === 'text'
        ? countOf(edits, 'line differs', 'lines differ')
        : countOf(edits, 'body change', 'body changes'),
    );
  }
  if (body.moved > 0) bodyParts.push(`${countOf(body.moved, 'item', 'items')} moved`);
  if (body.ignored > 0) {
    bodyParts.push(
      bodyParts.length > 0
        ? `${body.ignored.toLocaleString('en-US')} ignored`
        : countOf(body.ignored, 'ignored body path', 'ignored body paths'),
    );
  }
  if (bodyParts.length > 0) parts.push(bodyParts.join(', '));
  return parts.join(' · ');
}
