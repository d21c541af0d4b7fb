import type { JsonWarning } from '../types';
import { classifyNumberChange, type NumberChange } from './numberTextChanges';
import { MAX_WARNINGS_PER_KIND, NESTING_WARNING_DEPTH } from './jsonLimits';
import { locateOffsets, type LineColumn } from './locateOffsets';

type PendingWarning =
  | { kind: 'duplicate-key'; offset: number; key: string; firstOffset: number }
  | { kind: 'number-precision'; offset: number; text: string; parsedAs: string; change: NumberChange }
  | { kind: 'lone-surrogate'; offset: number; unit: number; escaped: boolean }
  | { kind: 'bom'; offset: number }
  | { kind: 'deep-nesting'; offset: number; depth: number };

type CountedKind = PendingWarning['kind'];

/**
 * Gathers warnings by offset while the scanner runs and turns them into positioned, worded warnings at
 * the end, so lines and columns are computed once, in one sweep, and only when there is something to say.
 * Each kind is capped at MAX_WARNINGS_PER_KIND so one noisy kind cannot hide the others.
 */
export class WarningCollector {
  private pending: PendingWarning[] = [];
  private counts = new Map<CountedKind, { total: number; firstOmitted: number }>();

  /** Forgets everything collected, so one collector can serve many scans. */
  reset(): void {
    this.pending = [];
    this.counts.clear();
  }

  duplicateKey(key: string, offset: number, firstOffset: number): void {
    if (this.admit('duplicate-key', offset))
      this.pending.push({ kind: 'duplicate-key', offset, key, firstOffset });
  }

  /** The number token at [start, end), which JSON.parse changes; classified only when it is listed. */
  numberChange(source: string, start: number, end: number): void {
    if (this.admit('number-precision', start)) this.listNumberChange(source, start, end);
  }

  private listNumberChange(source: string, start: number, end: number): void {
    const text = source.slice(start, end);
    const parsedAs = String(Number(text));
    this.pending.push({
      kind: 'number-precision',
      offset: start,
      text,
      parsedAs,
      change: classifyNumberChange(text, parsedAs),
    });
  }

  /** `offset` is either a raw surrogate code unit or the backslash of a `\u` escape. */
  loneSurrogate(source: string, offset: number): void {
    if (!this.admit('lone-surrogate', offset)) return;
    const escaped = source.charCodeAt(offset) === 0x5c;
    const unit = escaped
      ? Number.parseInt(source.slice(offset + 2, offset + 6), 16)
      : source.charCodeAt(offset);
    this.pending.push({ kind: 'lone-surrogate', offset, unit, escaped });
  }

  bom(): void {
    if (this.admit('bom', 0)) this.pending.push({ kind: 'bom', offset: 0 });
  }

  /** The deepest nesting of the document and the bracket reaching it; warns past NESTING_WARNING_DEPTH. */
  nesting(depth: number, offset: number): void {
    if (depth <= NESTING_WARNING_DEPTH || !this.admit('deep-nesting', offset)) return;
    // In text order with the rest: it goes before the first warning after it.
    const at = this.pending.findIndex((w) => w.offset > offset);
    this.pending.splice(at < 0 ? this.pending.length : at, 0, { kind: 'deep-nesting', offset, depth });
  }

  /** The warnings in text order, followed by one summary per kind that went over the cap. */
  finish(source: string): JsonWarning[] {
    const overflowing = [...this.counts].filter(([, count]) => count.total > MAX_WARNINGS_PER_KIND);
    const offsets: number[] = [];
    for (const warning of this.pending) {
      offsets.push(warning.offset);
      if (warning.kind === 'duplicate-key') offsets.push(warning.firstOffset);
    }
    for (const [, count] of overflowing) offsets.push(count.firstOmitted);
    const positions = locateOffsets(source, offsets);
    let next = 0;
    const take = (): LineColumn => positions[next++] ?? { line: 1, column: 1 };

    const warnings: JsonWarning[] = this.pending.map((warning) => describe(warning, take));
    for (const [kind, count] of overflowing) {
      const omitted = count.total - MAX_WARNINGS_PER_KIND;
      const [one, many] = KIND_NAMES[kind];
      warnings.push({
        kind: 'warnings-truncated',
        of: kind,
        omitted,
        ...take(),
        message: `…and ${omitted.toLocaleString('en-US')} more ${omitted === 1 ? one : many} (only the first ${MAX_WARNINGS_PER_KIND} are listed).`,
      });
    }
    return warnings;
  }

  private admit(kind: CountedKind, offset: number): boolean {
    let count = this.counts.get(kind);
    if (count === undefined) {
      count = { total: 0, firstOmitted: -1 };
      this.counts.set(kind, count);
    }
    count.total++;
    if (count.total <= MAX_WARNINGS_PER_KIND) return true;
    if (count.firstOmitted < 0) count.firstOmitted = offset;
    return false;
  }
}

/** How the summary of an overflowing kind names one and several of its warnings. */
const KIND_NAMES: Record<CountedKind, [string, string]> = {
  'duplicate-key': ['duplicate key', 'duplicate keys'],
  'number-precision': ['number that JSON.parse changes', 'numbers that JSON.parse changes'],
  'lone-surrogate': ['unpaired surrogate', 'unpaired surrogates'],
  bom: ['byte order mark', 'byte order marks'],
  'deep-nesting': ['deep nesting', 'deep nestings'],
};

function describe(warning: PendingWarning, take: () => LineColumn): JsonWarning {
  const at = take();
  switch (warning.kind) {
    case 'duplicate-key': {
      const first = take();
      return {
        kind: 'duplicate-key',
        key: warning.key,
        ...at,
        firstLine: first.line,
        firstColumn: first.column,
        message:
          `The key ${JSON.stringify(warning.key)} appears again in the same object (first at line ` +
          `${first.line}, column ${first.column}). JSON.parse keeps only the last value; other parsers may keep the first.`,
      };
    }
    case 'number-precision':
      return {
        kind: 'number-precision',
        text: warning.text,
        parsedAs: warning.parsedAs,
        change: warning.change,
        ...at,
        message: numberMessage(warning.text, warning.parsedAs, warning.change),
      };
    case 'lone-surrogate': {
      const unit = `U+${warning.unit.toString(16).toUpperCase().padStart(4, '0')}`;
      return {
        kind: 'lone-surrogate',
        ...at,
        message:
          `Unpaired surrogate ${unit}${warning.escaped ? ' (written as a \\u escape)' : ''}: half of a UTF-16 pair, ` +
          'not a character. JSON.parse accepts it, but UTF-8 encoders and many parsers replace or reject it.',
      };
    }
    case 'deep-nesting':
      return {
        kind: 'deep-nesting',
        depth: warning.depth,
        ...at,
        message:
          `Brackets nest ${warning.depth.toLocaleString('en-US')} levels deep here. Valid JSON, but parsers with a depth limit ` +
          `reject it: .NET's System.Text.Json stops at 64 levels by default, Ruby's JSON at 100, serde_json at 128, PHP's json_decode at 512.`,
      };
    case 'bom':
      return {
        kind: 'bom',
        ...at,
        message:
          'The text starts with a byte order mark (U+FEFF). JSON senders must not add one (RFC 8259 §8.1); ' +
          'it was ignored here, but JSON.parse and some other parsers reject it.',
      };
  }
}

function numberMessage(text: string, parsedAs: string, change: NumberChange): string {
  switch (change) {
    case 'precision':
      return (
        `JSON.parse reads ${text} as ${parsedAs}: a JavaScript number keeps about 15-17 significant digits, ` +
        'so the rest are lost. Send such values (64-bit ids, exact decimals) as strings.'
      );
    case 'overflow':
      return `${text} is too large for a JavaScript number: JSON.parse reads it as ${parsedAs}, and JSON.stringify writes that as null.`;
    case 'underflow':
      return `${text} is too small for a JavaScript number: JSON.parse reads it as 0.`;
    case 'notation':
      return `JSON.parse keeps the value of ${text} but writes it back as ${parsedAs}: the form as written is lost on a round trip.`;
  }
}
