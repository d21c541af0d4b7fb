import type {
  RepairSuggestion,
  CompareOptions,
  FormatOptions,
  JsonCheckResult,
  JsonTextResult,
  ResponseAnalysis,
  ComparedInputs,
  FindQuery,
  FindResult,
  GoToResult,
  JsonPathSegment,
  JsonStructure,
  SanitizeOptions,
  SanitizeResult,
  SessionAnalysis,
} from '../core';
import type { HeldField } from './heldValues';
import type { InputSlice } from './inputSlices';

/**
 * The worker protocol: one discriminated union of requests, each with its result type. Adding a task
 * means adding a member here and a case in runTask; the client and the worker stay unchanged.
 */
export type TaskRequest =
  | { type: 'analyze'; text: string; selectedIndex?: number }
  | { type: 'checkJson'; text: string }
  | { type: 'formatJson'; text: string; options?: FormatOptions }
  | { type: 'minifyJson'; text: string }
  | { type: 'suggestRepair'; text: string }
  | { type: 'compare'; a: string; b: string; options?: CompareOptions }
  | { type: 'jsonStructure'; text: string }
  | { type: 'findMatches'; text: string; query: FindQuery }
  | { type: 'lineStarts'; text: string }
  | { type: 'jsonPathAt'; text: string; structure: JsonStructure; offset: number }
  | { type: 'goTo'; text: string; input: string; structure?: JsonStructure; starts?: Uint32Array }
  | { type: 'goToPath'; text: string; structure: JsonStructure; segments: JsonPathSegment[] }
  | { type: 'historyTitle'; screen: HistoryScreen; texts: string[]; names?: { a: string; b: string } }
  | { type: 'analyzeSession'; text: string }
  | { type: 'sanitizeHar'; text: string; options?: SanitizeOptions };

export interface TaskResults {
  analyze: ResponseAnalysis;
  checkJson: JsonCheckResult;
  formatJson: JsonTextResult;
  minifyJson: JsonTextResult;
  suggestRepair: RepairSuggestion;
  compare: ComparedInputs;
  jsonStructure: JsonStructure;
  findMatches: FindResult;
  lineStarts: Uint32Array;
  jsonPathAt: JsonPathSegment[];
  goTo: GoToResult;
  goToPath: GoToResult;
  historyTitle: string;
  analyzeSession: SessionAnalysis;
  sanitizeHar: SanitizeResult;
}

/** The screens whose pastes are kept in the history. */
export type HistoryScreen = 'diagnose' | 'json' | 'compare';

export type TaskType = TaskRequest['type'];
export type RequestOf<T extends TaskType> = Extract<TaskRequest, { type: T }>;

/**
 * Main thread → worker: a task. Big values the worker keeps for later tasks are listed in `keep`; those
 * it already holds are left out of `request` (undefined there) and listed in `held` (heldValues.ts).
 */
export type TaskMessage = { id: number; request: TaskRequest; keep?: HeldField[]; held?: HeldField[] };

/**
 * Main thread → worker: a part of a long string, or a column of a big structure, that the task `id`,
 * posted after its parts, keeps.
 */
export type PartMessage = {
  id: number;
  part: { key: number; text: string } | { key: number; column: string; array: ArrayBufferView };
};

export type WorkerInbound = TaskMessage | PartMessage;

/** Worker → main thread: any number of progress reports (0 to 1), then the result or the error. */
export type WorkerOutbound =
  | { id: number; type: 'progress'; done: number }
  | {
      id: number;
      type: 'result';
      result: TaskResults[TaskType];
      /** Big strings left out of `result` because they are part of the request (inputSlices.ts). */
      slices?: InputSlice[];
    }
  | {
      id: number;
      type: 'error';
      message: string;
      /** The task named a value the worker does not hold (heldValues.ts): send it again. */
      notHeld?: true;
    };
