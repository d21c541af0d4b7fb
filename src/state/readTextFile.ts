import { decodeTextFile } from '../core';
/** Files larger than this are refused before reading: the tab would hold several copies of the text. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export type OpenedFile =
  { ok: true; name: string; text: string; note?: string } | { ok: false; name: string; message: string };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** Reads a file the user chose or dropped, locally (nothing is uploaded), as text or a clear refusal. */
export async function readTextFile(file: File): Promise<OpenedFile> {
  const name = file.name || 'The file';
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      name,
      message: `“${name}” is ${megabytes(file.size)}: Triage opens files up to ${megabytes(MAX_FILE_BYTES)}.`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, name, message: `“${name}” could not be read (${reason}). Was it moved or deleted?` };
  }
  const decoded = decodeTextFile(bytes, name);
  if (!decoded.ok) return { ok: false, name, message: decoded.message };
  return { ok: true, name, text: decoded.text, ...(decoded.note && { note: decoded.note }) };
}
