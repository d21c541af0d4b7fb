import { summarizeDiff } from '../core';
import type { CompareOptions, ComparedInputs } from '../core';
import { useMemo } from 'react';
import { useCompareStore, type CompareOptionsState } from './compareStore';
import { useCoreTask, type TaskControls } from './useCoreTask';

/** Structured counts of a comparison (what differs, what was ignored), derived from the diff. */
export type ComparisonCounts = ReturnType<typeof summarizeDiff>;

export type ComparisonState = TaskControls<ComparedInputs> & { counts: ComparisonCounts | undefined };

/** Non-empty trimmed entries of a list typed one per line (headers also accept commas). */
function listOf(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** The core's comparison options from what the user set on the screen. */
export function comparisonOptions(options: CompareOptionsState): CompareOptions & { sortKeys: boolean } {
  const customKey = options.customArrayKey.trim();
  return {
    ignoreHeaders: listOf(options.ignoreHeaders, /[\n,]/),
    ignorePaths: listOf(options.ignorePaths, /\n/),
    arrayKey: options.arrayKeyMode === 'custom' ? customKey || 'auto' : options.arrayKeyMode,
    ignoreArrayOrder: options.ignoreArrayOrder,
    sortKeys: options.sortKeys,
  };
}

/**
 * The comparison of the two Compare inputs, recomputed (off the main thread when big) whenever an
 * input or an option changes. Nothing runs until both sides hold something.
 */
export function useComparison(): ComparisonState {
  const inputA = useCompareStore((s) => s.a.input);
  const inputB = useCompareStore((s) => s.b.input);
  const options = useCompareStore((s) => s.options);
  const ready = inputA.trim() !== '' && inputB.trim() !== '';
  const task = useCoreTask<'compare'>(
    ready ? { type: 'compare', a: inputA, b: inputB, options: comparisonOptions(options) } : undefined,
    [ready, inputA, inputB, options],
  );
  const counts = useMemo(() => (task.result ? summarizeDiff(task.result.diff) : undefined), [task.result]);
  return { ...task, counts };
}
