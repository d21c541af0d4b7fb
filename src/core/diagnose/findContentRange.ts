import { getHeader, getHeaderValues } from '../http/headers';
import type { Finding } from '../types';
import type { DiagnoseContext } from './diagnoseContext';

export interface ContentRange {
  unit: string;
  /** null for the unsatisfied form `bytes *\/1234`. */
  start: number | null;
  end: number | null;
  /** null when the complete length is unknown (`bytes 0-99/*`). */
  size: number | null;
}

const RANGE = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+) +(?:(\d+)-(\d+)|\*)\/(\d+|\*)$/;

/** Parses Content-Range (RFC 9110 §14.4); undefined when malformed or inconsistent. */
export function parseContentRange(value: string): ContentRange | undefined {
  const m = RANGE.exec(value.trim());
  if (!m) return undefined;
  const [, unit = '', first, last, complete = '*'] = m;
  const size = complete === '*' ? null : Number(complete);
  if (first === undefined || last === undefined) {
    return size === null ? undefined : { unit, start: null, end: null, size };
  }
  const start = Number(first);
  const end = Number(last);
  if (end < start || (size !== null && end >= size)) return undefined;
  return { unit, start, end, size };
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** Content-Range on 206 (which part came back) and 416 (how large the resource really is). */
export function findContentRange(ctx: DiagnoseContext): Finding[] {
  const value = getHeaderValues(ctx.response.headers, 'content-range')[0];
  if (value === undefined) return [];
  const range = parseContentRange(value);
  if (!range) {
    return [
      {
        id: 'content-range',
        severity: 'warning',
        title: 'Content-Range is malformed',
        detail: `"${value.trim()}" does not read as "unit first-last/size" or "unit */size" (with first ≤ last < size), so a client cannot place this part.`,
        data: { value },
      },
    ];
  }
  const { unit, start, end, size } = range;
  const sent = ctx.request ? getHeader(ctx.request.headers, 'range') : undefined;
  const parts: string[] = [];
  if (start === null || end === null) {
    parts.push(
      `The full resource is ${formatCount(size ?? 0)} ${unit}; no part of it matches the range requested${sent ? ` (${sent})` : ''}.`,
    );
    parts.push(
      'Ask for a range inside it, or re-download from the start if the resource changed since the last partial download.',
    );
  } else {
    const length = end - start + 1;
    parts.push(
      `This part holds ${unit} ${formatCount(start)} to ${formatCount(end)} (${formatCount(length)} ${unit}) of ${size === null ? 'a resource of unknown size' : formatCount(size)}.`,
    );
    parts.push(
      size !== null && end + 1 < size
        ? `Append it at offset ${formatCount(start)} and request from ${formatCount(end + 1)} next.`
        : 'It reaches the end of the resource.',
    );
    if (ctx.response.status !== 206 && ctx.response.status !== 416) {
      parts.push(
        `Content-Range is only meaningful on 206 and 416; on a ${ctx.response.status} clients may ignore it.`,
      );
    }
  }
  return [
    {
      id: 'content-range',
      severity: ctx.response.status === 416 ? 'warning' : 'info',
      title:
        start === null
          ? `Range not satisfiable: size is ${formatCount(size ?? 0)} ${unit}`
          : `Partial content: ${unit} ${start}-${end}/${size ?? '*'}`,
      detail: parts.join(' '),
      data: { unit, start, end, size },
    },
  ];
}
