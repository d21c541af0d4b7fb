import { beforeEach, describe, expect, it } from 'vitest';
import { formatJson } from '../core';
import { jsonActions, useJsonActionState } from './jsonActions';
import { useJsonStore } from './jsonStore';

const store = () => useJsonStore.getState();

beforeEach(() => {
  useJsonStore.setState({ input: '', indent: 2, sortKeys: false, reveal: undefined, undo: undefined });
  jsonActions.reset();
});

describe('jsonActions', () => {
  it('formats with the chosen settings and offers an undo while the text is unchanged', async () => {
    store().setInput('{"b":1,"a":2}');
    store().setSortKeys(true);
    await jsonActions.format();
    const formatted = formatJson('{"b":1,"a":2}', { indent: 2, sortKeys: true });
    expect(formatted.ok && store().input === formatted.text).toBe(true);
    expect(store().undo?.label).toBe('Format');
    store().undoReplace();
    expect(store().input).toBe('{"b":1,"a":2}');
  });

  it('drops a result when the user edited the text meanwhile: their typing wins', async () => {
    store().setInput('[1,2]');
    const running = jsonActions.format();
    store().setInput('[1,2,3]');
    await running;
    expect(store().input).toBe('[1,2,3]');
  });

  it('says so when there is nothing to change, and when the JSON is invalid', async () => {
    store().setInput('[]');
    await jsonActions.minify();
    expect(useJsonActionState.getState().message?.text).toMatch(/Already minified/);
    store().setInput('[1,]');
    expect(useJsonActionState.getState().message).toBeUndefined();
    await jsonActions.format();
    expect(useJsonActionState.getState().message?.error?.line).toBe(1);
    expect(store().input).toBe('[1,]');
  });

  it('keeps a repair for review and applies it only on accept', async () => {
    store().setInput('{"a":1,}');
    await jsonActions.suggestRepair();
    const repair = useJsonActionState.getState().repair;
    expect(repair?.original).toBe('{"a":1,}');
    expect(store().input).toBe('{"a":1,}');
    jsonActions.acceptRepair();
    expect(repair?.suggestion.ok && store().input === repair.suggestion.text).toBe(true);
    expect(useJsonActionState.getState().repair).toBeUndefined();
  });

  it('never undoes over newer edits', () => {
    store().setInput('x');
    store().clear();
    store().setInput('typed after clearing');
    store().undoReplace();
    expect(store().input).toBe('typed after clearing');
  });
});
