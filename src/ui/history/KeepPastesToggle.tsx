import { useSettingsStore } from '../../state/settingsStore';

/** "Don't keep pastes": nothing is written to this browser; inputs are then gone after a reload. */
export function KeepPastesToggle() {
  const keepPastes = useSettingsStore((s) => s.keepPastes);
  const setKeepPastes = useSettingsStore((s) => s.setKeepPastes);
  return (
    <label className="toggle keep-pastes">
      <input
        type="checkbox"
        checked={!keepPastes}
        onChange={(event) => setKeepPastes(!event.target.checked)}
      />{' '}
      Don't keep pastes (nothing is written to this browser; inputs are gone after a reload)
    </label>
  );
}
