import type { NextStep, StepAction } from '../types';

/** A next step of the given kind. */
export function step(id: string, text: string, action?: StepAction): NextStep {
  return action ? { id, text, action } : { id, text };
}

/** The catalogue's generic handling as steps (`status-handling-1`, …). */
export function handlingSteps(handling: readonly string[]): NextStep[] {
  return handling.map((text, i) => step(`status-handling-${i + 1}`, text));
}
