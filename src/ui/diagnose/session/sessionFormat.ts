/** Presentation of session numbers: short, fixed-width-friendly text. */

export function formatOffset(ms: number | undefined): string {
  if (ms === undefined) return '';
  if (ms < 1000) return `+${Math.round(ms)} ms`;
  if (ms < 60_000) return `+${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `+${minutes}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;
}

export function formatElapsed(ms: number | undefined): string {
  if (ms === undefined) return '';
  if (ms < 1) return '<1 ms';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "1, 2, 3" or "1–40 (40 entries)" for long runs: entry numbers as people count them (1-based). */
export function formatEntryList(entries: readonly number[], max = 6): string {
  const numbers = entries.map((e) => e + 1);
  if (numbers.length <= max) return numbers.join(', ');
  return `${numbers.slice(0, max).join(', ')} and ${numbers.length - max} more`;
}
