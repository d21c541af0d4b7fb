import type * as Monaco from 'monaco-editor/editor';
import { nestsTooDeepForMonaco } from './monacoBracketNesting';

/**
 * Monaco's bracket-pair tree (bracket matching, colouring) takes about half a second to parse
 * 100,000 nested brackets, in any language, plain text included; its JSON worker parses recursively
 * and overflows its stack (an uncaught error on the console) from about 1,000 levels of JSON nesting,
 * its results failing to reach the page from a few hundred. A model nesting deeper than this gets a
 * language of its own, without brackets or worker; Triage's own check reads any depth and reports it.
 */
export const MONACO_MAX_NESTING = 256;
/** Typing changes the depth one bracket at a time: it is checked once typing pauses. */
const TYPING_CHECK_DELAY_MS = 300;
/** An edit inserting at least this much (a paste) is checked at once, before Monaco reads it. */
const LARGE_EDIT_CHARS = 1000;

/** The language of text nested too deep for Monaco: plain text, no bracket matching or colouring. */
export const DEEP_NESTING_LANGUAGE = 'nested-too-deep';

/** The slice of Monaco the guard uses (a test drives it with a stand-in). */
export type GuardedMonaco = {
  languages: Pick<typeof Monaco.languages, 'register' | 'setLanguageConfiguration'>;
  editor: Pick<typeof Monaco.editor, 'onDidCreateModel' | 'setModelLanguage'>;
};

/**
 * Keeps every model nesting too deep for Monaco out of its bracket machinery and JSON worker, and
 * gives it back its language once it does not. Monaco's bracket tree only queues an edit and parses it
 * when the editor next draws; a paste, a new value or an undo is checked in the content-change event
 * that Monaco fires synchronously, so the deep text is never parsed in the language that has brackets.
 */
export function guardDeepNesting(monaco: GuardedMonaco): void {
  monaco.languages.register({ id: DEEP_NESTING_LANGUAGE });
  monaco.languages.setLanguageConfiguration(DEEP_NESTING_LANGUAGE, {
    brackets: [],
    colorizedBracketPairs: [],
  });
  monaco.editor.onDidCreateModel((model) => {
    let requested = model.getLanguageId();
    let switching = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (model.isDisposed()) return;
      const tooDeep = nestsTooDeepForMonaco(model.getValue(), requested, MONACO_MAX_NESTING);
      const language = tooDeep ? DEEP_NESTING_LANGUAGE : requested;
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
      const inserted = event.changes.reduce((sum, change) => sum + change.text.length, 0);
      if (inserted >= LARGE_EDIT_CHARS || event.isFlush) check();
      else timer ??= setTimeout(check, TYPING_CHECK_DELAY_MS);
    });
    model.onWillDispose(() => {
      if (timer !== undefined) clearTimeout(timer);
    });
    check();
  });
}
