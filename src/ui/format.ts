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
