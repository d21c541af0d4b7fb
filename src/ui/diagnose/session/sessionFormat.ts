import { formatDuration } from '../../../state/knowledge';

/** Presentation of session numbers: short, fixed-width-friendly text. */

const pad = (n: number) => String(n).padStart(2, '0');

/** Start relative to the session's first request: "+250 ms", "+12.5 s", "+4:05", "+2:04:05", "+117 d". */
export function formatOffset(ms: number | undefined): string {
  if (ms === undefined) return '';
  if (ms < 1000) return `+${Math.round(ms)} ms`;
  if (ms < 60_000) return `+${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.floor(ms / 1000);
  if (seconds < 3600) return `+${Math.floor(seconds / 60)}:${pad(seconds % 60)}`;
  if (seconds < 86_400)
    return `+${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return `+${Math.floor(seconds / 86_400)} d`;
}

/** How long something took: "<1 ms", "250 ms", "1.25 s", then minutes, hours and days. */
export function formatElapsed(ms: number | undefined): string {
  if (ms === undefined) return '';
  if (ms < 1) return '<1 ms';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  return formatDuration(ms / 1000);
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
