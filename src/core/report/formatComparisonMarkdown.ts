import { BODY_COMPARISON_LABELS } from '../body/bodyKinds';
import { maskSecrets } from '../http/maskSecrets';
import { countOf } from '../text/countOf';
import type { BodyChange, ResponseDiff } from '../types';
import {
  bodyCountText,
  changeLabel,
  changePlaces,
  clipValue,
  headerCountText,
  REPORT_MAX_CHANGES,
  sideTitle,
  statusLine,
  type SideNames,
} from './comparisonParts';
import { firstOf, REPORT_MAX_HEADERS } from './reportLimits';
import { escapeMarkdownInline, inlineCode, markdownTable } from './markdown';

const value = (text: string | undefined): string => (text === undefined ? '' : inlineCode(clipValue(text)));

function bodyRow(change: BodyChange): string[] {
  const places = changePlaces(change);
  const where = `${inlineCode(changeLabel(change))}${places ? ` (${escapeMarkdownInline(places)})` : ''}`;
  return [change.change, where, value(change.a), value(change.b)];
}

/**
 * The comparison as Markdown for a ticket or a pull request: summary, status, the headers that differ
 * and the body changes as tables. Credentials are masked as in the plain-text report, and every piece
 * of the responses is escaped or in code spans, so it can never break the tables or become a link.
 */
export function formatComparisonMarkdown(comparison: ResponseDiff, names: SideNames): string {
  const diff = maskSecrets(comparison);
  const side = (s: 'a' | 'b'): string => escapeMarkdownInline(sideTitle(names, s));
  const parts = [
    `## Comparison: ${side('a')} vs ${side('b')}`,
    `**Summary:** ${escapeMarkdownInline(diff.summary)}`,
    `**Status:** ${escapeMarkdownInline(statusLine(diff.status))}`,
  ];

  const headers = diff.headers.filter((h) => h.change !== 'unchanged' && !h.ignored);
  const ignored = diff.headers.filter((h) => h.change !== 'unchanged' && h.ignored).length;
  parts.push(`### Headers: ${headerCountText(headers.length, ignored)}`);
  if (headers.length > 0) {
    const listed = firstOf(headers, REPORT_MAX_HEADERS);
    const rows = listed.shown.map((h) => [inlineCode(h.name), value(h.a), value(h.b), h.change]);
    parts.push(markdownTable(['Header', names.a, names.b, 'Change'], rows, { rawColumns: [0, 1, 2] }));
    if (listed.omitted > 0) parts.push(`… and ${listed.omitted} more headers.`);
  }

  const changes = diff.body.changes;
  parts.push(`### Body (${BODY_COMPARISON_LABELS[diff.body.kind]}): ${bodyCountText(changes.length)}`);
  if (diff.body.note) parts.push(escapeMarkdownInline(diff.body.note));
  if (changes.length > 0) {
    const rows = changes.slice(0, REPORT_MAX_CHANGES).map(bodyRow);
    parts.push(markdownTable(['Change', 'Path', names.a, names.b], rows, { rawColumns: [1, 2, 3] }));
  }
  if (changes.length > REPORT_MAX_CHANGES)
    parts.push(`… and ${countOf(changes.length - REPORT_MAX_CHANGES, 'more change')}.`);
  return `${parts.join('\n\n')}\n`;
}
