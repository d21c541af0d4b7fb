import { create } from 'zustand';

/**
 * What the screen reader is told: the app's one live region (ui/layout/LiveAnnouncer) reads this.
 * `count` changes on every call, so the same sentence twice is announced twice.
 */
export const useAnnouncer = create<{ message: string; count: number }>()(() => ({ message: '', count: 0 }));

export function announce(message: string): void {
  useAnnouncer.setState((s) => ({ message, count: s.count + 1 }));
}
