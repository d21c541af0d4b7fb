// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { focusOutside } from './focusOutside';

afterEach(() => {
  document.body.innerHTML = '';
});

function page(): HTMLElement {
  document.body.innerHTML = `
    <button id="before">before</button>
    <button id="disabled-before" disabled>x</button>
    <div id="editor"><textarea id="inside"></textarea><button id="inside-button">in</button></div>
    <a id="no-href">not a link</a>
    <span tabindex="-1" id="skipped">skipped</span>
    <select id="after"><option>a</option></select>
    <button id="last">last</button>`;
  return document.getElementById('editor')!;
}

describe('focusOutside', () => {
  it.each([
    [false, 'after'],
    [true, 'before'],
  ])('backwards=%s focuses #%s, skipping the editor, disabled and untabbable elements', (backwards, id) => {
    const editor = page();
    document.getElementById('inside')!.focus();
    expect(focusOutside(editor, backwards)).toBe(true);
    expect(document.activeElement?.id).toBe(id);
  });

  it('says so when nothing follows', () => {
    document.body.innerHTML = '<div id="editor"><textarea></textarea></div>';
    expect(focusOutside(document.getElementById('editor')!, false)).toBe(false);
  });
});
