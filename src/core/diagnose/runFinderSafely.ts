import type { Finding } from '../types';

/**
 * Runs one finder so that a throw on some unforeseen input cannot take the whole analysis down (the
 * UI runs it on every keystroke of a paste): its absence is reported as a `diagnosis-incomplete`
 * finding instead. `what` names what was read ("this response", "this recording").
 */
export function runFinderSafely<A>(finder: (input: A) => Finding[], input: A, what: string): Finding[] {
  try {
    return finder(input);
  } catch (error) {
    return [
      {
        id: 'diagnosis-incomplete',
        severity: 'info',
        title: 'Part of the diagnosis failed',
        detail: `One check (${finder.name}) could not read ${what}, so its findings are missing: ${error instanceof Error ? error.message : String(error)}`,
        data: { check: finder.name },
      },
    ];
  }
}
