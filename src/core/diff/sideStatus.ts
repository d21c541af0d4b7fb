import { describeStatus } from '../status/describeStatus';
import type { ComparedSide, ResponseDiff } from '../types';

type StatusDiff = ResponseDiff['status'];
type Side = 'a' | 'b';

/**
 * The status part of a comparison. Two sides without a status differ when they are not the same
 * kind of thing: a request that got no response is not a bare body, though both have status 0.
 */
export function diffStatus(a: number, b: number, sides?: { a: ComparedSide; b: ComparedSide }): StatusDiff {
  const changed = a !== b || (sides !== undefined && sides.a.form !== sides.b.form);
  return sides ? { a, b, changed, sides } : { a, b, changed };
}

function formOf(status: StatusDiff, side: Side): ComparedSide['form'] {
  return status.sides?.[side].form ?? (status[side] === 0 ? 'no-response' : 'response');
}

/** A side's status in a word or two, for a summary line: "503", "no response", "no status line". */
export function statusWord(status: StatusDiff, side: Side): string {
  switch (formOf(status, side)) {
    case 'response':
      return String(status[side]);
    case 'no-response':
      return 'no response';
    case 'body-only':
      return 'no status line';
  }
}

/**
 * A side's status in full, for the status card and the reports: "503 Service Unavailable",
 * "no response (net::ERR_INTERNET_DISCONNECTED)", "no status line (a bare JSON body)".
 */
export function statusText(status: StatusDiff, side: Side): string {
  if (formOf(status, side) === 'response') return `${status[side]} ${describeStatus(status[side]).name}`;
  const detail = status.sides?.[side].detail;
  return detail ? `${statusWord(status, side)} (${detail})` : statusWord(status, side);
}
