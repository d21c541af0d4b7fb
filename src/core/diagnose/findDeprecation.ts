import { getHeader, getHeaderValues } from '../http/headers';
import type { Finding } from '../types';
import type { DiagnoseContext } from './diagnoseContext';
import { formatDuration } from './formatDuration';
import { parseHttpDate } from './parseHttpDate';
import { readSfItem, sfDate } from '../http/structuredFields';

export interface DeprecationValue {
  /** When the resource is or was deprecated; absent for the legacy `true`. */
  date?: Date;
  form: 'structured-date' | 'legacy-true' | 'legacy-http-date';
}

/** RFC 9745 `@<epoch seconds>`; also the drafts' `true` and HTTP-date forms still in the wild. */
export function parseDeprecation(value: string, referenceYear: number): DeprecationValue | undefined {
  const text = value.trim();
  if (text.toLowerCase() === 'true') return { form: 'legacy-true' };
  const date = sfDate(readSfItem([text])?.[0]);
  if (date) return { date, form: 'structured-date' };
  const http = parseHttpDate(text, referenceYear);
  return http && { date: http.date, form: 'legacy-http-date' };
}

/** `Link: <https://…>; rel="deprecation"` (or "sunset"): where the provider explains the change. */
export function findLinkByRel(linkHeader: string | undefined, rel: string): string | undefined {
  if (!linkHeader) return undefined;
  // Each `<` is tried only while a `>` follows it somewhere, so every try matches: a search of
  // `/<([^>]*)>/g` tries every `<` of a long run with no `>` after it, each to the end (quadratic).
  const lastClose = linkHeader.lastIndexOf('>');
  const re = /<([^>]*)>([^,<]*)/y;
  for (
    let open = linkHeader.indexOf('<');
    open !== -1 && open < lastClose;
    open = linkHeader.indexOf('<', re.lastIndex)
  ) {
    re.lastIndex = open;
    const m = re.exec(linkHeader);
    if (!m) break;
    const params = m[2] ?? '';
    const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params);
    const list = (rels?.[1] ?? rels?.[2] ?? '').toLowerCase().split(/\s+/);
    if (list.includes(rel) && /^https?:\/\//i.test(m[1] ?? '')) return m[1];
  }
  return undefined;
}

function when(date: Date, reference: Date): { passed: boolean; words: string } {
  const delta = (date.getTime() - reference.getTime()) / 1000;
  const day = date.toISOString().slice(0, 10);
  return delta <= 0
    ? { passed: true, words: `since ${day} (${formatDuration(-delta)} ago)` }
    : { passed: false, words: `on ${day} (in ${formatDuration(delta)})` };
}

/** Deprecation (RFC 9745) and Sunset (RFC 8594): the endpoint works today but is going away. */
export function findDeprecation(ctx: DiagnoseContext): Finding[] {
  const { headers } = ctx.response;
  const findings: Finding[] = [];
  const link = getHeader(headers, 'link');
  const deprecationValue = getHeaderValues(headers, 'deprecation')[0];
  if (deprecationValue !== undefined) {
    const parsed = parseDeprecation(deprecationValue, ctx.reference.getUTCFullYear());
    const docs = findLinkByRel(link, 'deprecation');
    if (!parsed) {
      findings.push({
        id: 'deprecation',
        severity: 'warning',
        title: 'Deprecation header is unreadable',
        detail: `"${deprecationValue.trim()}" is not a date like @1688169599 (RFC 9745); the API still signals the endpoint is deprecated.`,
        data: { value: deprecationValue, ...(docs && { link: docs }) },
      });
    } else {
      const timing = parsed.date ? when(parsed.date, ctx.reference) : undefined;
      const parts = [
        timing
          ? timing.passed
            ? `This endpoint is deprecated ${timing.words}: it still answers but should no longer be used.`
            : `This endpoint will be deprecated ${timing.words}.`
          : 'This endpoint is deprecated: it still answers but should no longer be used.',
      ];
      if (parsed.form !== 'structured-date')
        parts.push(
          'The value uses a pre-RFC 9745 draft form; the standard is a structured date such as @1688169599.',
        );
      parts.push(docs ? `Migration notes: ${docs}.` : 'Look for the replacement in the API changelog.');
      findings.push({
        id: 'deprecation',
        severity: 'warning',
        title: timing && !timing.passed ? 'Endpoint scheduled for deprecation' : 'Endpoint deprecated',
        detail: parts.join(' '),
        data: {
          deprecated: timing ? timing.passed : true,
          form: parsed.form,
          ...(parsed.date && { date: parsed.date.toISOString() }),
          ...(docs && { link: docs }),
        },
      });
    }
  }
  const sunsetValue = getHeaderValues(headers, 'sunset')[0];
  if (sunsetValue !== undefined) {
    const parsed = parseHttpDate(sunsetValue, ctx.reference.getUTCFullYear());
    const docs = findLinkByRel(link, 'sunset');
    if (!parsed) {
      findings.push({
        id: 'sunset',
        severity: 'warning',
        title: 'Sunset header is unreadable',
        detail: `"${sunsetValue.trim()}" is not an HTTP date (RFC 8594), but the API announces this endpoint will stop working.`,
        data: { value: sunsetValue, ...(docs && { link: docs }) },
      });
    } else {
      const timing = when(parsed.date, ctx.reference);
      findings.push({
        id: 'sunset',
        severity: 'warning',
        title: timing.passed ? 'Sunset date has passed' : 'Endpoint will stop working',
        detail: `${
          timing.passed
            ? `The endpoint was due to stop responding ${timing.words}; expect it to disappear (404 or 410) at any time.`
            : `The endpoint is scheduled to stop responding ${timing.words}. Migrate before then.`
        }${docs ? ` Details: ${docs}.` : ''}`,
        data: { date: parsed.date.toISOString(), passed: timing.passed, ...(docs && { link: docs }) },
      });
    }
  }
  return findings;
}
