import type { Route } from '../useHashRoute';

export type ShortcutId =
  | 'help'
  | 'go-diagnose'
  | 'go-json'
  | 'go-compare'
  | 'go-codes'
  | 'focus-input'
  | 'open-file'
  | 'history'
  | 'copy-report'
  | 'format'
  | 'minify'
  | 'swap';

export interface Shortcut {
  id: ShortcutId;
  description: string;
  /** The key as `KeyboardEvent.code` (layout-independent) or, for `?`, as `key`. */
  code: string;
  modifiers: 'alt-shift' | 'ctrl' | 'none';
  /** Screens where it does something; undefined: everywhere. */
  screens?: readonly Route[];
}

/**
 * The keyboard shortcuts. Alt+Shift+letter works inside the editors too and clashes with neither the
 * browsers' nor Monaco's own keys (Format is Alt+Shift+F, as in VS Code); `?` works outside text fields.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'help', description: 'Show these shortcuts', code: '?', modifiers: 'none' },
  { id: 'go-diagnose', description: 'Go to Diagnose', code: 'KeyD', modifiers: 'alt-shift' },
  { id: 'go-json', description: 'Go to JSON', code: 'KeyJ', modifiers: 'alt-shift' },
  { id: 'go-compare', description: 'Go to Compare', code: 'KeyC', modifiers: 'alt-shift' },
  { id: 'go-codes', description: 'Go to Status codes', code: 'KeyS', modifiers: 'alt-shift' },
  {
    id: 'focus-input',
    description: 'Focus the input (the search box on Status codes)',
    code: 'KeyI',
    modifiers: 'alt-shift',
  },
  {
    id: 'open-file',
    description: 'Open a file',
    code: 'KeyO',
    modifiers: 'ctrl',
    screens: ['diagnose', 'json', 'compare'],
  },
  {
    id: 'history',
    description: 'Show the history of this screen',
    code: 'KeyH',
    modifiers: 'alt-shift',
    screens: ['diagnose', 'json', 'compare'],
  },
  {
    id: 'copy-report',
    description: 'Copy the report (Markdown)',
    code: 'KeyR',
    modifiers: 'alt-shift',
    screens: ['diagnose', 'compare'],
  },
  { id: 'format', description: 'Format the JSON', code: 'KeyF', modifiers: 'alt-shift', screens: ['json'] },
  { id: 'minify', description: 'Minify the JSON', code: 'KeyM', modifiers: 'alt-shift', screens: ['json'] },
  { id: 'swap', description: 'Swap A and B', code: 'KeyX', modifiers: 'alt-shift', screens: ['compare'] },
];

/** Keys that the editors handle themselves (Monaco and the large-document view), for the `?` overlay. */
export interface EditorKeys {
  /** Alternatives (or a pair such as next / previous), as written on a PC and on a Mac. */
  pc: readonly string[];
  mac: readonly string[];
  description: string;
}

export const EDITOR_KEYS: readonly EditorKeys[] = [
  { pc: ['Ctrl+F'], mac: ['⌘F'], description: 'Find: text or regular expression, with a count of matches' },
  {
    pc: ['F3', 'Shift+F3'],
    mac: ['F3', '⇧F3'],
    description: 'Next / previous match (Enter / Shift+Enter in the find box)',
  },
  {
    pc: ['Ctrl+G'],
    mac: ['⌘G'],
    description: 'Go to a line (120:8), a JSON Pointer (/data/3) or a path (data[3])',
  },
  {
    pc: ['Ctrl+Shift+[', 'Ctrl+Shift+]'],
    mac: ['⌘⌥[', '⌘⌥]'],
    description: 'Fold / unfold the block at the cursor',
  },
];

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>;

function modifiersMatch(event: KeyLike, modifiers: Shortcut['modifiers']): boolean {
  switch (modifiers) {
    case 'alt-shift':
      return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey;
    case 'ctrl':
      return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    case 'none':
      return !event.altKey && !event.ctrlKey && !event.metaKey;
  }
}

/** The shortcut this key press means on this screen, if any. */
export function matchShortcut(event: KeyLike, route: Route): Shortcut | undefined {
  return SHORTCUTS.find(
    (s) =>
      (s.modifiers === 'none' ? event.key === s.code : event.code === s.code) &&
      modifiersMatch(event, s.modifiers) &&
      (!s.screens || s.screens.includes(route)),
  );
}

/** How to write a shortcut's keys for this platform: "Alt+Shift+F", or "⌥⇧F" on a Mac. */
export function shortcutLabel(shortcut: Shortcut, mac: boolean): string {
  const key = shortcut.code.replace(/^Key/, '');
  if (shortcut.modifiers === 'alt-shift') return mac ? `⌥⇧${key}` : `Alt+Shift+${key}`;
  if (shortcut.modifiers === 'ctrl') return mac ? `⌘${key}` : `Ctrl+${key}`;
  return key;
}
