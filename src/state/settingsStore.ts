import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** 'system' follows the operating system's light or dark preference, live. */
export type ThemePreference = 'system' | 'light' | 'dark';

interface SettingsState {
  theme: ThemePreference;
  /** False: no paste is written anywhere (inputs and history); inputs then do not survive a reload. */
  keepPastes: boolean;
}

interface SettingsActions {
  setTheme: (theme: ThemePreference) => void;
  setKeepPastes: (keepPastes: boolean) => void;
}

export const initialSettings: SettingsState = { theme: 'system', keepPastes: true };

/**
 * The user's settings. They hold no pasted text, so they stay in localStorage (read synchronously,
 * before the first render: no flash of the wrong theme) and survive "Forget all".
 */
export const useSettingsStore = create<SettingsState & SettingsActions>()(
  persist(
    (set) => ({
      ...initialSettings,
      setTheme: (theme) => set({ theme }),
      setKeepPastes: (keepPastes) => set({ keepPastes }),
    }),
    {
      name: 'triage.settings',
      storage: createJSONStorage(() => localStorage),
      version: 1,
      merge: (persisted, current) => ({ ...current, ...(persisted as Partial<SettingsState>) }),
    },
  ),
);

/** Whether pastes may be written to the browser's storage now. */
export const keepsPastes = (): boolean => useSettingsStore.getState().keepPastes;
