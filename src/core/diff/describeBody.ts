/** Characters looked at to recognise what a non-JSON body is; the telling part is always at the start. */
const SNIFF_LENGTH = 1024;

/**
 * A short name for what a body that is not JSON looks like, for notes such as "A is JSON, B is not
 * (HTML page)". An error page from a proxy or framework is the usual reason one side is not JSON.
 */
export function describeBody(text: string): string {
  const head = text.slice(0, SNIFF_LENGTH).trimStart().toLowerCase();
  if (head === '') return 'empty';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|title)[\s>]/.test(head)) {
    return 'HTML page';
  }
  if (head.startsWith('<')) return 'XML or other markup';
  if (head.startsWith('{') || head.startsWith('[') || head.startsWith('"')) return 'JSON that does not parse';
  return 'plain text';
}
