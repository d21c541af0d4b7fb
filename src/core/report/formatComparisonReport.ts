import { firstOf, REPORT_MAX_HEADERS } from './reportLimits';
import { countOf } from '../text/countOf';
import { maskSecrets } from '../http/maskSecrets';
import type { BodyChange, HeaderDiff, ResponseDiff } from '../types';
import {
  changeLabel,
  changePlaces,
  clipValue as clip,
  REPORT_MAX_CHANGES,
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
export function formatComparisonReport(
  comparison: ResponseDiff,
  names: SideNames,
  statusNames?: SideNames,
): string {
  const diff = maskSecrets(comparison);
  const lines = [`Comparison: ${names.a} (A) vs ${names.b} (B)`, `Summary: ${diff.summary}`, ''];
  const status = (side: 'a' | 'b'): string =>
    `${diff.status[side]}${statusNames?.[side] ? ` ${statusNames[side]}` : ''}`;
  lines.push(`Status: ${status('a')} → ${status('b')}${diff.status.changed ? '' : ' (same)'}`);

  const headers = diff.headers.filter((h) => h.change !== 'unchanged' && !h.ignored);
  const ignored = diff.headers.filter((h) => h.change !== 'unchanged' && h.ignored).length;
  lines.push(
    '',
    `Headers: ${headers.length === 0 ? 'no differences' : `${headers.length} ${headers.length === 1 ? 'differs' : 'differ'}`}${ignored > 0 ? ` (${ignored} ignored)` : ''}`,
  );
  const listed = firstOf(headers, REPORT_MAX_HEADERS);
  for (const h of listed.shown) lines.push(headerLine(h, names));
  if (listed.omitted > 0) lines.push(`  … and ${listed.omitted} more`);

  const changes = diff.body.changes;
  lines.push(
    '',
    `Body (${diff.body.kind}): ${changes.length === 0 ? 'no differences' : countOf(changes.length, 'change')}`,
  );
  if (diff.body.note) lines.push(`  ${diff.body.note}`);
  for (const c of changes.slice(0, REPORT_MAX_CHANGES)) lines.push(bodyLine(c));
  if (changes.length > REPORT_MAX_CHANGES) lines.push(`  … and ${changes.length - REPORT_MAX_CHANGES} more`);
  return lines.join('\n') + '\n';
}
