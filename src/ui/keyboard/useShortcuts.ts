import { useEffect } from 'react';
import { jsonActions } from '../../state/jsonActions';
import type { Route } from '../useHashRoute';
import { matchShortcut, type ShortcutId } from './shortcuts';

const SCREEN_HASH: Partial<Record<ShortcutId, string>> = {
  'go-diagnose': '#/',
  'go-json': '#/json',
  'go-compare': '#/compare',
  'go-codes': '#/codes',
};

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select, [role="textbox"]');
}

/**
 * The control a shortcut stands for, marked `data-shortcut` where it is rendered: the one in the
 * panel that has focus first (Compare has two "Open file" buttons), else the first on the screen.
 */
function shortcutTarget(id: string): HTMLElement | undefined {
  const selector = `[data-shortcut="${id}"]:not([disabled])`;
  const panel = document.activeElement?.closest('section');
  return (
    panel?.querySelector<HTMLElement>(selector) ??
    document.querySelector<HTMLElement>(`main ${selector}`) ??
    undefined
  );
}

/** Focuses the screen's input: the editor (or large-document view), or a marked search box. */
function focusInput(): boolean {
  const input =
    document.querySelector<HTMLElement>('main [data-shortcut="focus-input"]') ??
    document.querySelector<HTMLElement>(
      'main .editor-frame textarea, main .editor-frame [role="textbox"][tabindex="0"]',
    );
  input?.focus();
  return input !== null;
}

function run(id: ShortcutId, openHelp: () => void): boolean {
  const hash = SCREEN_HASH[id];
  if (hash) {
    window.location.hash = hash;
    return true;
  }
  switch (id) {
    case 'help':
      openHelp();
      return true;
    case 'format':
      void jsonActions.format();
      return true;
    case 'minify':
      void jsonActions.minify();
      return true;
    case 'focus-input':
      return focusInput();
    default: {
      const target = shortcutTarget(id);
      target?.click();
      return target !== undefined;
    }
  }
}

/** Listens for the app's shortcuts (before the editors see them), and runs them on the current screen. */
export function useShortcuts(route: Route, openHelp: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const shortcut = matchShortcut(event, route);
      if (!shortcut) return;
      if (shortcut.modifiers === 'none' && isTextField(event.target)) return;
      if (document.querySelector('dialog[open]') && shortcut.id !== 'help') return;
      if (run(shortcut.id, openHelp)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [route, openHelp]);
}
