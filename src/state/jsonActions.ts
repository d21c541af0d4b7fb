import { create } from 'zustand';
import type { JsonError, RepairSuggestion } from '../core';
import { CoreLane, SupersededError } from '../workers/coreClient';
import { createCoreWorkerFactory } from '../workers/createCoreWorker';
import { useJsonStore } from './jsonStore';

export type JsonActionName = 'format' | 'minify' | 'repair';

interface JsonActionState {
  /** The button action running now (big documents run in a worker and take a moment). */
  busy: { action: JsonActionName; startedAt: number; size: number } | undefined;
  /** A repair the user asked to see; `original` is the text it was computed from. */
  repair: { original: string; suggestion: RepairSuggestion } | undefined;
  /** Why the last action changed nothing (invalid JSON, already formatted, worker failure). */
  message: { text: string; error?: JsonError } | undefined;
}

const initialState: JsonActionState = { busy: undefined, repair: undefined, message: undefined };

/** Transient state of the JSON screen's buttons; nothing here is persisted. */
export const useJsonActionState = create<JsonActionState>()(() => initialState);

/**
 * One lane for the buttons: a new click supersedes a running action (its result is dropped). Clicks
 * are occasional, so the worker ends with its task instead of idling for the page's lifetime.
 */
const lane = new CoreLane(createCoreWorkerFactory(), { terminateWhenIdle: true });

// A repair or a message is about the text it was computed from: once the user edits, it is out of date.
useJsonStore.subscribe((state, previous) => {
  if (state.input !== previous.input) useJsonActionState.setState({ repair: undefined, message: undefined });
});

function describeFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function run(action: JsonActionName, work: (text: string) => Promise<void>): Promise<void> {
  const text = useJsonStore.getState().input;
  useJsonActionState.setState({
    busy: { action, startedAt: Date.now(), size: text.length },
    message: undefined,
  });
  try {
    await work(text);
    useJsonActionState.setState({ busy: undefined });
  } catch (error) {
    if (error instanceof SupersededError) return;
    useJsonActionState.setState({
      busy: undefined,
      message: { text: `Triage could not ${action} this text: ${describeFailure(error)}` },
    });
  }
}

/** Applies a result only if the user has not edited the text meanwhile: their typing always wins. */
function replaceIfUnchanged(original: string, text: string, label: string, already: string): void {
  const store = useJsonStore.getState();
  if (store.input !== original) return;
  if (text === original) useJsonActionState.setState({ message: { text: already } });
  else store.replaceInput(text, label);
}

function notDone(verb: string, error: JsonError): void {
  useJsonActionState.setState({
    message: { text: `Not ${verb}: the JSON is invalid. Fix the error first.`, error },
  });
}

export const jsonActions = {
  /** Pretty-prints with the chosen indent (and key order), losslessly; only valid JSON is replaced. */
  format: () =>
    run('format', async (text) => {
      const { indent, sortKeys } = useJsonStore.getState();
      const result = await lane.run<'formatJson'>({
        type: 'formatJson',
        text,
        options: { indent, sortKeys },
      });
      if (result.ok) replaceIfUnchanged(text, result.text, 'Format', 'Already formatted this way.');
      else notDone('formatted', result.error);
    }),

  minify: () =>
    run('minify', async (text) => {
      const result = await lane.run<'minifyJson'>({ type: 'minifyJson', text });
      if (result.ok) replaceIfUnchanged(text, result.text, 'Minify', 'Already minified.');
      else notDone('minified', result.error);
    }),

  /** Computes a repair to preview as a diff; it is applied only by acceptRepair. */
  suggestRepair: () =>
    run('repair', async (text) => {
      const suggestion = await lane.run<'suggestRepair'>({ type: 'suggestRepair', text });
      if (useJsonStore.getState().input === text)
        useJsonActionState.setState({ repair: { original: text, suggestion } });
    }),

  acceptRepair: () => {
    const repair = useJsonActionState.getState().repair;
    useJsonActionState.setState({ repair: undefined });
    if (!repair?.suggestion.ok) return;
    replaceIfUnchanged(repair.original, repair.suggestion.text, 'Repair', 'Nothing to repair.');
  },

  dismissRepair: () => useJsonActionState.setState({ repair: undefined }),

  dismissMessage: () => useJsonActionState.setState({ message: undefined }),

  /** Forgets transient state (tests, and Clear). */
  reset: () => {
    lane.dispose();
    useJsonActionState.setState(initialState);
  },
};
