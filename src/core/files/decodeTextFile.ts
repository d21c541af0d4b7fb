/**
 * Turns the bytes of a file the user opened into text, or says plainly why it is not text. Files are
 * read as what they are: UTF-8 (with or without a byte order mark), UTF-16 (Windows PowerShell's
 * `curl > out.txt` writes UTF-16LE), and, when the bytes are not valid UTF-8, Windows-1252 (an old
 * Latin-1 log), which says so. Archives, images and other binary files are refused by name.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedTextFile =
  { ok: true; text: string; encoding: TextEncodingName; note?: string } | { ok: false; message: string };

/** Bytes looked at to tell text from binary: enough for any header block, cheap for 50 MB files. */
export const SNIFF_BYTES = 64 * 1024;
/** Share of control characters (other than tab, line breaks, form feed and escape) that means binary. */
const MAX_CONTROL_SHARE = 0.02;

const SIGNATURES: readonly { bytes: readonly number[]; kind: string; hint?: string }[] = [
  {
    bytes: [0x1f, 0x8b],
    kind: 'a gzip-compressed file',
    hint: 'Decompress it first (gunzip) and open the result.',
  },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive', hint: 'Extract the file you want and open it.' },
  {
    bytes: [0x28, 0xb5, 0x2f, 0xfd],
    kind: 'a zstd-compressed file',
    hint: 'Decompress it first and open the result.',
  },
  {
    bytes: [0x42, 0x5a, 0x68],
    kind: 'a bzip2-compressed file',
    hint: 'Decompress it first and open the result.',
  },
  {
    bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
    kind: 'an xz-compressed file',
    hint: 'Decompress it first and open the result.',
  },
  {
    bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
    kind: 'a 7-Zip archive',
    hint: 'Extract the file you want and open it.',
  },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'a program (ELF)' },
  { bytes: [0x4d, 0x5a], kind: 'a Windows program' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], kind: 'an SQLite database' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

const WHAT_OPENS = 'Triage opens text: HAR exports, JSON, .http files and curl or wget output.';

function refuse(name: string, what: string, hint?: string): DecodedTextFile {
  return { ok: false, message: `“${name}” is ${what}, not text. ${hint ?? WHAT_OPENS}` };
}

/** UTF-16 without a byte order mark: ASCII-heavy text has a zero in every other byte. */
function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return undefined;
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) zeroEven++;
    if (sample[i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd >= pairs * 0.9 && zeroEven === 0) return 'utf-16le';
  if (zeroEven >= pairs * 0.9 && zeroOdd === 0) return 'utf-16be';
  return undefined;
}

function looksBinary(sample: Uint8Array): boolean {
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tab, LF, VT, FF, CR and ESC (colours in terminal output) are text.
    if (byte < 0x20 && !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b) controls++;
    else if (byte === 0x7f) controls++;
  }
  return controls > sample.length * MAX_CONTROL_SHARE;
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, fatal = false): string {
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

/** The file's text, or why it cannot be shown as text. `name` is used in messages only. */
export function decodeTextFile(bytes: Uint8Array, name: string): DecodedTextFile {
  if (bytes.length === 0) return { ok: false, message: `“${name}” is empty.` };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { ok: true, text: decode(bytes, 'utf-8'), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe]))
    return { ok: true, text: decode(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { ok: true, text: decode(bytes, 'utf-16be'), encoding: 'utf-16be' };
  const known = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (known) return refuse(name, known.kind, known.hint);
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { ok: true, text: decode(bytes, utf16), encoding: utf16 };
  if (looksBinary(sample)) return refuse(name, 'a binary file');
  try {
    return { ok: true, text: decode(bytes, 'utf-8', true), encoding: 'utf-8' };
  } catch {
    return {
      ok: true,
      text: decode(bytes, 'windows-1252'),
      encoding: 'windows-1252',
      note: `“${name}” is not valid UTF-8: it was read as Windows-1252 (Latin-1).`,
    };
  }
}
