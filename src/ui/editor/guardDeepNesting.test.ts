import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEEP_NESTING_LANGUAGE,
  guardDeepNesting,
  MONACO_MAX_NESTING,
  type GuardedMonaco,
} from './guardDeepNesting';

type Listener<T> = (event: T) => void;
type ContentEvent = { changes: { text: string }[]; isFlush: boolean };

/** A stand-in for a Monaco text model: a value, a language, and the events the guard listens to. */
class StandInModel {
  readonly languageEvents: Listener<void>[] = [];
  readonly contentEvents: Listener<ContentEvent>[] = [];
  /** The language the model had while each content event was delivered, as Monaco's bracket tree sees it. */
  readonly languageAfterEachEdit: string[] = [];
  value: string;
  language: string;
  constructor(value: string, language: string) {
    this.value = value;
    this.language = language;
  }
  getValue = () => this.value;
  getLanguageId = () => this.language;
  isDisposed = () => false;
  onDidChangeLanguage = (listener: Listener<void>) => this.languageEvents.push(listener);
  onDidChangeContent = (listener: Listener<ContentEvent>) => this.contentEvents.push(listener);
  onWillDispose = () => undefined;
  setLanguage(language: string) {
    this.language = language;
    for (const listener of this.languageEvents) listener();
  }
  /** Replaces the text as a paste or a new value does, then lets the editor draw (reads brackets). */
  edit(text: string, isFlush = false) {
    this.value = text;
    for (const listener of this.contentEvents) listener({ changes: [{ text }], isFlush });
    this.languageAfterEachEdit.push(this.language);
  }
}

function standInMonaco() {
  let onCreate: ((model: StandInModel) => void) | undefined;
  const monaco = {
    languages: { register: vi.fn(), setLanguageConfiguration: vi.fn() },
    editor: {
      onDidCreateModel: (listener: (model: StandInModel) => void) => (onCreate = listener),
      setModelLanguage: (model: StandInModel, language: string) => model.setLanguage(language),
    },
  } as unknown as GuardedMonaco;
  guardDeepNesting(monaco);
  return {
    createModel(value: string, language: string) {
      const model = new StandInModel(value, language);
      onCreate?.(model);
      return model;
    },
  };
}

const deepBrackets = '['.repeat(100_000);

describe('guardDeepNesting', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each(['plaintext', 'json', 'html'])(
    'takes a deep paste in %s out of the bracket machinery at once',
    (language) => {
      const model = standInMonaco().createModel('', language);
      model.edit('{'.repeat(100_000));
      expect(model.languageAfterEachEdit).toEqual([DEEP_NESTING_LANGUAGE]);
      model.edit('HTTP/1.1 200 OK', true);
      expect(model.language).toBe(language);
    },
  );

  it('creates a model with deep text in the language without brackets', () => {
    expect(standInMonaco().createModel('('.repeat(100_000), 'plaintext').language).toBe(
      DEEP_NESTING_LANGUAGE,
    );
  });

  it('keeps a deep model out when the screen asks for another language, and honours it once shallow', () => {
    const model = standInMonaco().createModel(deepBrackets, 'plaintext');
    model.setLanguage('json');
    expect(model.language).toBe(DEEP_NESTING_LANGUAGE);
    model.edit('{}', true);
    expect(model.language).toBe('json');
  });

  it('checks typing once it pauses', () => {
    const model = standInMonaco().createModel('['.repeat(MONACO_MAX_NESTING), 'plaintext');
    model.edit(model.value + '[');
    expect(model.language).toBe('plaintext');
    vi.runAllTimers();
    expect(model.language).toBe(DEEP_NESTING_LANGUAGE);
  });
});
