import { decodeBase64 } from '../../http/decodeBase64';
import { maskJsonText } from './maskJsonText';
import { maskParams } from './maskUrl';
import type { RedactionLog } from './redactionLog';
import { REDACTED } from './redactionLog';
import { scrubJwts } from '../../http/secretNames';

const FORM = /^[^\s=&]+=[^\s&]*(?:&[^\s=&]+=[^\s&]*)*$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function encodeBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function maskPlain(text: string, mimeType: string, extra: ReadonlySet<string>, log: RedactionLog): string {
  const trimmed = text.trimStart();
  if (/json/i.test(mimeType) || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const masked = maskJsonText(text, extra, log);
    if (masked !== undefined) return masked;
  }
  const form = /x-www-form-urlencoded/i.test(mimeType) || FORM.test(text);
  const fields = form ? maskParams(text, 'form field', extra, log) : text;
  return scrubJwts(fields, REDACTED, () => log.note('JWT'));
}

/**
 * A request or response body fit to share: JSON members and form fields with secret names masked,
 * JWTs removed. A base64 body is decoded, cleaned and encoded again only when something changed.
 */
export function maskBodyText(
  text: string,
  mimeType: string,
  encoding: string | undefined,
  extra: ReadonlySet<string>,
  log: RedactionLog,
): string {
  if (encoding !== 'base64') return maskPlain(text, mimeType, extra, log);
  const bytes = decodeBase64(text);
  if (!bytes) return text;
  let decoded: string;
  try {
    decoded = utf8.decode(bytes);
  } catch {
    return text; // binary (an image, a font): nothing readable to mask
  }
  const masked = maskPlain(decoded, mimeType, extra, log);
  return masked === decoded ? text : encodeBase64(masked);
}
