import {
  analyzeInput,
  analyzeSession,
  checkJson,
  compareInputs,
  findMatches,
  formatJson,
  jsonPathAt,
  jsonStructure,
  lineStarts,
  minifyJson,
  parseInput,
  resolveGoTo,
  resolvePath,
  sanitizeHar,
  suggestRepair,
  titleOfComparison,
  titleOfJson,
  titleOfResponseInput,
} from '../core';
import type { TaskRequest, TaskResults, TaskType } from './protocol';

/**
 * Runs one task with the core. The same function serves the worker and the main-thread fallback.
 * Long tasks (comparisons) report their progress, from 0 to 1, to `onProgress`.
 */
export function runTask<T extends TaskType>(
  request: Extract<TaskRequest, { type: T }>,
  onProgress?: (done: number) => void,
): TaskResults[T];
export function runTask(request: TaskRequest, onProgress?: (done: number) => void): TaskResults[TaskType] {
  switch (request.type) {
    case 'analyze':
      return analyzeInput(request.text, { selectedIndex: request.selectedIndex });
    case 'checkJson':
      return checkJson(request.text);
    case 'formatJson':
      return formatJson(request.text, request.options);
    case 'minifyJson':
      return minifyJson(request.text);
    case 'suggestRepair':
      return suggestRepair(request.text);
    case 'compare':
      return compareInputs(request.a, request.b, request.options, onProgress);
    case 'jsonStructure':
      return jsonStructure(request.text);
    case 'findMatches':
      return findMatches(request.text, request.query);
    case 'lineStarts':
      return lineStarts(request.text);
    case 'jsonPathAt':
      return jsonPathAt(request.text, request.structure, Math.min(request.offset, request.text.length));
    case 'goTo':
      return resolveGoTo(request.text, request.input, request.structure, request.starts);
    case 'goToPath':
      return resolvePath(request.text, request.structure, request.segments);
    case 'historyTitle':
      return historyTitle(request);
    case 'analyzeSession':
      return analyzeSession(parseInput(request.text));
    case 'sanitizeHar':
      return sanitizeHar(request.text, request.options);
  }
}

function historyTitle({ screen, texts, names }: Extract<TaskRequest, { type: 'historyTitle' }>): string {
  const [first = '', second = ''] = texts;
  if (screen === 'json') return titleOfJson(first);
  if (screen === 'compare') return titleOfComparison(first, second, names ?? { a: 'A', b: 'B' });
  return titleOfResponseInput(first);
}
