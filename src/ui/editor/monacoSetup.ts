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
// With validation off, Monaco still parses every JSON model in its worker 500 ms after each edit, and
// the timer outlives a switch of language: a paste nesting too deep (see guardDeepNesting) could
// still reach that recursive parser and overflow its stack. Its diagnostics are not wanted at all.
jsonDefaults.setModeConfiguration({ ...jsonDefaults.modeConfiguration, diagnostics: false });

guardDeepNesting(monaco);

loader.config({ monaco });

export { monaco };
