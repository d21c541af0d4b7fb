import { BODY_COMPARISON_LABELS } from '../body/bodyKinds';
import { firstOf, REPORT_MAX_HEADERS } from './reportLimits';
import { maskSecrets } from '../http/maskSecrets';
import type { BodyChange, HeaderDiff, ResponseDiff } from '../types';
import {
  bodyCountText,
  changeLabel,
  changePlaces,
  clipValue as clip,
  headerCountText,
  REPORT_MAX_CHANGES,
  sideTitle,
  statusLine,
  type SideNames,
} from './comparisonParts';

export { REPORT_MAX_CHANGES, REPORT_MAX_VALUE_CHARS, type SideNames } from './comparisonParts';

const HEADER_MARK: Record<HeaderDiff['change'], string> = {
  added: '+',
  removed: '-',
  changed: '~',
  unchanged: ' ',
};
const BODY_MARK: Record<BodyChange['change'], string> = {
  added: '+',
  removed: '-',
  changed: '~',
  moved: '>',
};

function headerLine(h: HeaderDiff, names: SideNames): string {
  const show = (value: string | undefined): string => clip(value ?? '');
  const mark = HEADER_MARK[h.change];
  if (h.change === 'added') return `  ${mark} ${h.name}: ${show(h.b)} (only in ${names.b})`;
  if (h.change === 'removed') return `  ${mark} ${h.name}: ${show(h.a)} (only in ${names.a})`;
  return `  ${mark} ${h.name}: ${show(h.a)} → ${show(h.b)}`;
}

function bodyLine(c: BodyChange): string {
  const path = changeLabel(c);
  const show = (value: string | undefined): string => clip(value ?? '');
  const mark = BODY_MARK[c.change];
  const from = c.aPath ?? c.from;
  if (c.change === 'moved') {
    return `  ${mark} ${path} moved${from !== undefined ? ` from ${from}` : ''}${c.bPath !== undefined ? ` to ${c.bPath}` : ''}`;
  }
  const places = changePlaces(c);
  const where = places ? ` (${places})` : '';
  if (c.change === 'added') return `  ${mark} ${path}: ${show(c.b)}${where}`;
  if (c.change === 'removed') return `  ${mark} ${path}: ${show(c.a)}${where}`;
  return `  ${mark} ${path}: ${show(c.a)} → ${show(c.b)}${where}`;
}

/**
 * A plain-text account of a comparison to paste into a ticket or chat. Credentials are masked: the
 * values of Authorization, Cookie, API-key and similar headers, and secret-looking body members.
 */
export function formatComparisonReport(comparison: ResponseDiff, names: SideNames): string {
  const diff = maskSecrets(comparison);
  const lines = [
    `Comparison: ${sideTitle(names, 'a')} vs ${sideTitle(names, 'b')}`,
    `Summary: ${diff.summary}`,
    '',
    `Status: ${statusLine(diff.status)}`,
  ];

  const headers = diff.headers.filter((h) => h.change !== 'unchanged' && !h.ignored);
  const ignored = diff.headers.filter((h) => h.change !== 'unchanged' && h.ignored).length;
  lines.push('', `Headers: ${headerCountText(headers.length, ignored)}`);
  const listed = firstOf(headers, REPORT_MAX_HEADERS);
  for (const h of listed.shown) lines.push(headerLine(h, names));
  if (listed.omitted > 0) lines.push(`  … and ${listed.omitted} more`);

  const changes = diff.body.changes;
  lines.push('', `Body (${BODY_COMPARISON_LABELS[diff.body.kind]}): ${bodyCountText(changes.length)}`);
  if (diff.body.note) lines.push(`  ${diff.body.note}`);
  for (const c of changes.slice(0, REPORT_MAX_CHANGES)) lines.push(bodyLine(c));
  if (changes.length > REPORT_MAX_CHANGES)
    lines.push(`  … and ${(changes.length - REPORT_MAX_CHANGES).toLocaleString('en-US')} more`);
  return lines.join('\n') + '\n';
}
