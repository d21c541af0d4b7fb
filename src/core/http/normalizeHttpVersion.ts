const HTTP_N = /^http\/(\d(?:\.\d)?)$/;

/**
 * HAR exporters write the protocol in many ways ("http/2.0", "h2", "h3", "HTTP/1.1", "unknown", "").
 * Returns one spelling per protocol: HTTP/1.0, HTTP/1.1, HTTP/2, HTTP/3; '' when unknown; anything
 * unrecognised as written.
 */
export function normalizeHttpVersion(version: string): string {
  const v = version.trim().toLowerCase();
  if (v === '' || v === 'unknown') return '';
  if (v === 'h2' || v === 'h2c' || v === 'http/2' || v === 'http/2.0') return 'HTTP/2';
  if (v === 'h3' || v.startsWith('h3-') || v === 'http/3' || v === 'http/3.0') return 'HTTP/3';
  const match = HTTP_N.exec(v);
  if (match?.[1] !== undefined) return `HTTP/${match[1]}`;
  return version.trim();
}
