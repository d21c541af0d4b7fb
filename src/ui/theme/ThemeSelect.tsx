import { useSettingsStore, type ThemePreference } from '../../state/settingsStore';

const OPTIONS: readonly { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System theme' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The theme choice, remembered in this browser; "System theme" follows the OS setting live. */
export function ThemeSelect() {
  const theme = useSettingsStore((s) => s.theme);
  const setTheme = useSettingsStore((s) => s.setTheme);
  return (
    <select
      className="theme-select"
      aria-label="Colour theme"
      value={theme}
      onChange={(event) => setTheme(event.target.value as ThemePreference)}
    >
      {OPTIONS.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
