import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';

const css = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function palette(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector}`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

const THEMES = { light: palette(':root'), dark: palette(":root[data-theme='dark']") };

/** Text colours and every background each one is drawn on somewhere in styles.css. */
const TEXT_ON: Record<string, readonly string[]> = {
  text: ['bg', 'panel', 'code-bg', 'selected-bg', 'notice-bg', 'added-bg', 'removed-bg', 'changed-bg'],
  muted: ['bg', 'panel', 'code-bg', 'selected-bg', 'notice-bg', 'added-bg', 'removed-bg', 'changed-bg'],
  accent: ['bg', 'panel', 'selected-bg', 'code-bg'],
  informational: ['bg', 'panel'],
  success: ['bg', 'panel', 'code-bg', 'added-bg'],
  redirection: ['bg', 'panel', 'selected-bg'],
  'client-error': ['bg', 'panel', 'code-bg', 'changed-bg'],
  'server-error': ['bg', 'panel', 'code-bg', 'removed-bg'],
  invalid: ['bg', 'panel', 'code-bg'],
  'on-accent': ['accent', 'invalid'],
  'topbar-text': ['topbar-bg', 'topbar-current'],
  'topbar-muted': ['topbar-bg'],
  'topbar-ok': ['topbar-bg'],
};

const pairs = Object.entries(THEMES).flatMap(([theme, colours]) =>
  Object.entries(TEXT_ON).flatMap(([fg, bgs]) => bgs.map((bg) => [theme, fg, bg, colours] as const)),
);

describe('theme palettes', () => {
  it('declare the same properties in light and dark', () => {
    const light = Object.keys(THEMES.light).filter((k) => k !== 'backdrop' && k !== 'shadow');
    expect(Object.keys(THEMES.dark).sort()).toEqual(expect.arrayContaining(light.sort()));
    expect(light.length).toBeGreaterThan(20);
  });

  it.each(pairs)('%s: --%s on --%s meets WCAG AA (4.5:1)', (_theme, fg, bg, colours) => {
    const ratio = contrastRatio(colours[fg]!, colours[bg]!);
    expect(ratio, `${colours[fg]} on ${colours[bg]}`).toBeGreaterThanOrEqual(4.5);
  });

  it('measures contrast as WCAG defines it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
