import { diff_match_patch } from '@dmsnell/diff-match-patch';
import { create } from 'jsondiffpatch';
import BaseFormatter from 'jsondiffpatch/formatters/base';
import type { TextDiffHunk } from '../types';

/** Strings shorter than this on either side are shown whole (jsondiffpatch's own threshold). */
export const MIN_TEXT_DIFF_LENGTH = 60;
/**
 * Strings are diffed inside only where they differ: past their common start and end, neither side's
 * differing middle may be longer than this (else the values are shown as they are). diff-match-patch
 * overruns its own time limit on long middles with edits everywhere (160 k characters: 5 s), so this
 * bounds one diff whatever the strings' length; a one-character change in a 1 MB string is found.
 */
export const MAX_TEXT_DIFF_SPAN = 10_000;
/** Unchanged characters kept on each side of the middle for diff-match-patch's context and clean-up. */
const WINDOW_MARGIN = 64;
/** Seconds one string diff may take before diff-match-patch settles for a coarser answer. */
const DIFF_TIMEOUT_SECONDS = 0.2;
/** Characters of unchanged text kept around each change. */
const CONTEXT_CHARS = 16;

/** A UTF-16 code unit of a surrogate pair standing alone: diff-match-patch mis-pairs them. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** diff-match-patch as jsondiffpatch drives it, with a short time limit and a little more context. */
class BoundedDiffMatchPatch extends diff_match_patch {
  constructor() {
    super();
    this.Diff_Timeout = DIFF_TIMEOUT_SECONDS;
    this.Patch_Margin = CONTEXT_CHARS;
  }
}

const differ = create({
  textDiff: { diffMatchPatch: BoundedDiffMatchPatch, minLength: MIN_TEXT_DIFF_LENGTH },
});

/** jsondiffpatch's reader of its text-diff deltas (a method that needs no formatter state). */
const parseTextDiff = (patch: string) => BaseFormatter.prototype.parseTextDiff.call(null, patch);

/** `@@ -start,length +start,length @@`: where a hunk starts on each side (0-based). */
function hunkStarts(header: string): { aStart: number; bStart: number } {
  const match = /-(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))?/.exec(header);
  const start = (from: string | undefined, length: string | undefined): number => {
    const value = Number(from ?? 0);
    return length === '0' ? value : value - 1;
  };
  return { aStart: start(match?.[1], match?.[2]), bStart: start(match?.[3], match?.[4]) };
}

function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function commonSuffixLength(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let n = 0;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** `text.slice(start, end)` widened so that it never cuts a surrogate pair in two. */
function sliceWhole(text: string, start: number, end: number): { from: number; text: string } {
  const from = start > 0 && isLowSurrogate(text.charCodeAt(start)) ? start - 1 : start;
  const to = end < text.length && isHighSurrogate(text.charCodeAt(end - 1)) ? end + 1 : end;
  return { from, text: text.slice(from, to) };
}

/**
 * What changed inside a long string, character by character (jsondiffpatch's text diff, which is
 * diff-match-patch with semantic clean-up): the changed stretches with a little context. Undefined for
 * short strings (shown whole), strings whose differing middle is longer than MAX_TEXT_DIFF_SPAN, and
 * strings with lone surrogates (which diff-match-patch pairs up wrongly). Only the middle and a margin
 * around it are handed to diff-match-patch.
 */
export function diffText(a: string, b: string): TextDiffHunk[] | undefined {
  if (a === b || a.length < MIN_TEXT_DIFF_LENGTH || b.length < MIN_TEXT_DIFF_LENGTH) return undefined;
  const prefix = commonPrefixLength(a, b);
  const suffix = commonSuffixLength(a, b, prefix);
  if (a.length - prefix - suffix > MAX_TEXT_DIFF_SPAN || b.length - prefix - suffix > MAX_TEXT_DIFF_SPAN)
    return undefined;
  const start = Math.max(0, prefix - WINDOW_MARGIN);
  const windowA = sliceWhole(a, start, Math.min(a.length, a.length - suffix + WINDOW_MARGIN));
  const windowB = sliceWhole(b, start, Math.min(b.length, b.length - suffix + WINDOW_MARGIN));
  if (windowA.from !== windowB.from) return undefined; // a pair cut on one side only: not worth a guess
  const hunks = diffWindow(windowA.text, windowB.text);
  return hunks?.map((h) => ({ ...h, aStart: h.aStart + windowA.from, bStart: h.bStart + windowB.from }));
}

/** diffText on the window around the differing middle, positions within the window. */
function diffWindow(a: string, b: string): TextDiffHunk[] | undefined {
  if (LONE_SURROGATE.test(a) || LONE_SURROGATE.test(b)) return undefined;
  try {
    const delta: unknown = differ.diff(a, b);
    if (!Array.isArray(delta) || delta[2] !== 2 || typeof delta[0] !== 'string') return undefined;
    const patch = delta[0];
    const headers = patch.split('\n').filter((line) => line.startsWith('@@ '));
    // diff-match-patch numbers each hunk in the text as the hunks before it left it: in B's terms.
    let shift = 0;
    return parseTextDiff(patch).map((hunk, k) => {
      const pieces = hunk.pieces.map((piece) => ({
        kind:
          piece.type === 'added'
            ? ('added' as const)
            : piece.type === 'deleted'
              ? ('removed' as const)
              : ('same' as const),
        text: decodeURI(piece.text),
      }));
      const starts = hunkStarts(headers[k] ?? '');
      const result = { aStart: starts.aStart - shift, bStart: starts.bStart, pieces };
      for (const piece of pieces) {
        if (piece.kind === 'added') shift += piece.text.length;
        else if (piece.kind === 'removed') shift -= piece.text.length;
      }
      return result;
    });
  } catch {
    // A patch text that does not decode: show the values whole rather than a wrong diff.
    return undefined;
  }
}
