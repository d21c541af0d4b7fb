/**
 * Size limits of input parsing. They keep every step linear and the problem list readable, whatever is
 * pasted (a 50 MB body, a megabyte of NUL bytes, a single 20 MB line).
 */

/** Problems listed one by one; beyond this a single line says how many more there were. */
export const MAX_PROBLEMS = 50;

/**
 * Header lines read before an empty line must appear. Real responses carry far fewer (servers refuse
 * more than about a hundred); beyond this the rest of the paste is body text that lacked the empty line.
 */
export const MAX_HEADER_LINES = 1000;

/** A line longer than this is never taken for a status line, so huge one-line bodies are not copied. */
export const MAX_STATUS_LINE_LENGTH = 2048;

/** A chunk-size line longer than this (extensions included) is not a chunk-size line. */
export const MAX_CHUNK_LINE_LENGTH = 4096;

/** More hex digits than this cannot be a real chunk size (and would lose precision). */
export const MAX_CHUNK_SIZE_DIGITS = 12;

/**
 * How far into the body of a redirect or auth hop without Content-Length the next status line is looked
 * for: curl -iL prints hops with no or short bodies, so a status line further down is body text.
 */
export const SHORT_HOP_BODY_LIMIT = 4096;

/** How much of the input is read to tell binary data, HAR files and curl -v output apart. */
export const SNIFF_LENGTH = 8192;

/** Share of control or replacement characters above which the input is treated as binary. */
export const BINARY_CHARACTER_RATIO = 0.1;

/** Curl progress-meter lines are short; longer lines are never dropped as progress output. */
export const MAX_PROGRESS_LINE_LENGTH = 200;

/** Curl's `{ [5 bytes data]` notes are short; a longer line starting with a brace is body text. */
export const MAX_DATA_FRAME_LENGTH = 40;

/** Request lines are short; a longer line is never one (and is not split into words). */
export const MAX_REQUEST_LINE_LENGTH = 16384;
