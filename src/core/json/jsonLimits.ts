/**
 * Size limits of the JSON module, named so the UI can quote them and tests can reach them.
 */

/**
 * The longest text formatJson/minifyJson produce, in UTF-16 code units. JavaScript strings stop a
 * little above 2^29 units and the output buffer takes two bytes per unit, so this keeps a browser tab
 * well clear of both; deep nesting with indentation grows quadratically and hits it first.
 */
export const MAX_OUTPUT_LENGTH = 200_000_000;

/**
 * Formatting may make a document at most this many times longer (or MIN_FORMAT_BUDGET long, whichever
 * is more). Everyday JSON grows 1.5 to 3 times; only indentation of pathological nesting grows with
 * the square of the depth (a 19 kB text of 9,500 nested `[` would become 180 M characters), and that is
 * refused with a clear message before the output is written.
 */
export const MAX_FORMAT_GROWTH = 32;
/** The formatted length any document may reach, however short it is: a tall but readable document. */
export const MIN_FORMAT_BUDGET = 4_000_000;

/** The longest formatted text formatJson writes for an input of `inputLength` characters. */
export function formattedLengthLimit(inputLength: number): number {
  return Math.min(MAX_OUTPUT_LENGTH, Math.max(MIN_FORMAT_BUDGET, inputLength * MAX_FORMAT_GROWTH));
}

/** At most this many warnings of each kind are listed; the rest are counted in one summary warning. */
export const MAX_WARNINGS_PER_KIND = 100;

/**
 * Objects with up to this many keys find duplicates by comparing hashes with every earlier key (no
 * allocation); larger objects switch to a Map of decoded keys, so detection stays linear.
 */
export const SMALL_OBJECT_KEYS = 32;

/** The widest indentation formatJson accepts, as JSON.stringify does; wider requests are clamped. */
export const MAX_INDENT = 10;

/**
 * Nesting deeper than this gets a warning: parsers with a depth limit reject it (.NET's System.Text.Json
 * stops at 64 levels by default, Ruby's JSON at 100, serde_json at 128, PHP's json_decode at 512).
 */
export const NESTING_WARNING_DEPTH = 64;
