import { useResolvedTheme } from '../theme/useResolvedTheme';

/** Monaco's built-in theme matching the app's: every editor follows the light/dark switch live. */
export function useMonacoTheme(): 'vs' | 'vs-dark' {
  return useResolvedTheme() === 'dark' ? 'vs-dark' : 'vs';
}
