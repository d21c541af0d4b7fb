import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import 'monaco-editor/languages/definitions/html/register';
import 'monaco-editor/languages/definitions/xml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { guardDeepNesting } from './guardDeepNesting';

/**
 * Monaco, bundled: the editor core with JSON (plus HTML/XML highlighting for error pages), workers
 * from our own origin. Imported before the first editor mounts, so @monaco-editor/react never
 * fetches Monaco from a CDN.
 */
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

// Triage validates JSON itself, losslessly and with its own hints; Monaco's validator would
// duplicate (and contradict) those markers, and must never fetch a schema.
jsonDefaults.setDiagnosticsOptions({ validate: false, allowComments: false, enableSchemaRequest: false });
// Features that send the whole document to Monaco's JSON worker on their own, after a delay, are off:
// the worker's parser is recursive and overflows its stack on deep nesting, and a request scheduled
// just before guardDeepNesting switches the model's language still reaches it. Triage has its own
// checks (diagnostics), JSON path bar and outline (document symbols); colours mean nothing here.
// Validation off was not enough: the diagnostics adapter still parsed each JSON model 500 ms after
// an edit, on a timer that outlives a switch of language.
jsonDefaults.setModeConfiguration({
  ...jsonDefaults.modeConfiguration,
  diagnostics: false,
  documentSymbols: false,
  colors: false,
});

guardDeepNesting(monaco);

loader.config({ monaco });

export { monaco };
