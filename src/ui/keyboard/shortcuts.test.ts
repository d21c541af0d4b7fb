import { describe, expect, it } from 'vitest';
import { matchShortcut, SHORTCUTS, shortcutLabel } from './shortcuts';

const key = (
  code: string,
  mods: Partial<Record<'alt' | 'shift' | 'ctrl' | 'meta', boolean>> = {},
  k = '',
) => ({
  code,
  key: k,
  altKey: !!mods.alt,
  shiftKey: !!mods.shift,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
});

describe('matchShortcut', () => {
  it.each([
    [key('KeyF', { alt: true, shift: true }, 'Ï'), 'json', 'format'],
    [key('KeyF', { alt: true, shift: true }), 'diagnose', undefined],
    [key('KeyF', { alt: true }), 'json', undefined],
    [key('KeyD', { alt: true, shift: true }), 'codes', 'go-diagnose'],
    [key('KeyO', { ctrl: true }), 'compare', 'open-file'],
    [key('KeyO', { meta: true }), 'json', 'open-file'],
    [key('KeyO', { ctrl: true, shift: true }), 'json', undefined],
    [key('KeyO', { ctrl: true }), 'codes', undefined],
    [key('Slash', { shift: true }, '?'), 'codes', 'help'],
    [key('Slash', { shift: true, ctrl: true }, '?'), 'codes', undefined],
    [key('KeyX', { alt: true, shift: true }), 'compare', 'swap'],
    [key('KeyR', { alt: true, shift: true }), 'json', undefined],
  ] as const)('%j on %s → %s', (event, route, id) => {
    expect(matchShortcut(event, route)?.id).toBe(id);
  });

  it('gives every shortcut its own keys on every screen', () => {
    const keys = SHORTCUTS.map((s) => `${s.modifiers}:${s.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes the keys for the platform', () => {
    const format = SHORTCUTS.find((s) => s.id === 'format')!;
    expect(shortcutLabel(format, false)).toBe('Alt+Shift+F');
    expect(shortcutLabel(format, true)).toBe('⌥⇧F');
  });
});
