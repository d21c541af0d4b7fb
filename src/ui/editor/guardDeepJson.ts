import type * as Monaco from 'monaco-editor/editor';
import { nestsDeeperThan } from '../../state/documentNavigation';

/**
 * Monaco's JSON worker parses recursively: it overflows its stack (an uncaught error on the console)
 * from about 1,000 levels of nesting, and its results fail to reach the page from a few hundred.
 * Deeper documents get a language of their own without the worker and without brackets (bracket
 * colouring of 100,000 nested brackets freezes the tab for seconds even in plain text). Triage's own
 * check reads any depth and reports the nesting itself.
 */
export const MONACO_MAX_JSON_DEPTH = 256;
/** Typing changes the depth one bracket at a time: it is checked once typing pauses. */
const TYPING_CHECK_DELAY_MS = 300;
/** An edit inserting at least this much (a paste) is checked at once, before the worker sees it. */
const LARGE_EDIT_CHARS = 1000;

/** The language of JSON too deep for Monaco: plain text, no bracket matching or colouring. */
export const DEEP_JSON_LANGUAGE = 'json-too-deep';

/** Keeps every JSON model too deep for Monaco's JSON worker out of it, and back once it is not. */
export function guardDeepJson(monaco: typeof Monaco): void {
  monaco.languages.register({ id: DEEP_JSON_LANGUAGE });
  monaco.languages.setLanguageConfiguration(DEEP_JSON_LANGUAGE, { brackets: [], colorizedBracketPairs: [] });
  monaco.editor.onDidCreateModel((model) => {
    let requested = model.getLanguageId();
    let switching = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      timer = undefined;
      if (model.isDisposed()) return;
      const tooDeep = requested === 'json' && nestsDeeperThan(model.getValue(), MONACO_MAX_JSON_DEPTH);
      const language = tooDeep ? DEEP_JSON_LANGUAGE : requested;
      if (model.getLanguageId() === language) return;
      switching = true;
      monaco.editor.setModelLanguage(model, language);
      switching = false;
    };
    model.onDidChangeLanguage(() => {
      if (switching) return;
      requested = model.getLanguageId();
      check();
    });
    model.onDidChangeContent((event) => {
      if (requested !== 'json') return;
      const inserted = event.changes.reduce((sum, change) => sum + change.text.length, 0);
      if (inserted >= LARGE_EDIT_CHARS || event.isFlush) {
        if (timer !== undefined) clearTimeout(timer);
        check();
      } else timer ??= setTimeout(check, TYPING_CHECK_DELAY_MS);
    });
    model.onWillDispose(() => {
      if (timer !== undefined) clearTimeout(timer);
    });
    check();
  });
}
