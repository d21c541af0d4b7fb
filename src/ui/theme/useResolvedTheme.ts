import { useEffect, useSyncExternalStore } from 'react';
import { useSettingsStore, type ThemePreference } from '../../state/settingsStore';

export type ResolvedTheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemQuery(): MediaQueryList | undefined {
  return typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(DARK_QUERY) : undefined;
}

function subscribeToSystem(onChange: () => void): () => void {
  const query = systemQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const systemIsDark = (): boolean => systemQuery()?.matches ?? false;

/** The theme to show for a preference, given whether the system asks for dark. */
export function resolveTheme(preference: ThemePreference, systemDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

/** Sets the theme on the document: the CSS custom properties and the browser's own controls follow. */
export function applyTheme(theme: ResolvedTheme): void {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

/** Applies the saved preference at once, before React renders (no flash of the wrong theme). */
export function applyInitialTheme(): void {
  applyTheme(resolveTheme(useSettingsStore.getState().theme, systemIsDark()));
}

/** The theme shown now: the user's choice, or the system's while they follow it (live). */
export function useResolvedTheme(): ResolvedTheme {
  const preference = useSettingsStore((s) => s.theme);
  const systemDark = useSyncExternalStore(subscribeToSystem, systemIsDark, () => false);
  return resolveTheme(preference, systemDark);
}

/** Keeps the document's theme in step with the user's choice and the system's (App calls it). */
export function useThemeOnDocument(): void {
  const theme = useResolvedTheme();
  useEffect(() => applyTheme(theme), [theme]);
}
