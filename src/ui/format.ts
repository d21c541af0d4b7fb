import { countOf } from '../state/knowledge';

/** Presentation helpers: turn core data into short human text. No knowledge lives here. */

export function formatSize(chars: number): string {
  if (chars < 1000) return countOf(chars, 'character');
  if (chars < 1_000_000) return `${(chars / 1000).toFixed(1)} k characters`;
  return `${(chars / 1_000_000).toFixed(1)} M characters`;
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`;
}

/** When something happened, as people say it: "just now", "5 min ago", "yesterday 14:03", a date. */
export function formatWhen(time: number, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - time) / 1000));
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  const date = new Date(time);
  const clock = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const today = new Date(now);
  const startOfToday = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  if (time >= startOfToday) return `today ${clock}`;
  if (time >= startOfToday - 86_400_000) return `yesterday ${clock}`;
  return `${date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })} ${clock}`;
}
