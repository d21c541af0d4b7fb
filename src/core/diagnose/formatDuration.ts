const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Sub-second and fractional waits (Discord's 0.25 s) keep this many decimals, so they stay exact. */
const MAX_DECIMALS = 3;

/** The two units a duration of this many whole seconds is written in: the largest, and the next. */
function unitsFor(whole: number): [number, string, number, string] {
  if (whole < HOUR) return [MINUTE, 'min', 1, 's'];
  if (whole < DAY) return [HOUR, 'h', MINUTE, 'min'];
  return [DAY, 'd', HOUR, 'h'];
}

/**
 * A wait in words a developer reads at a glance: "30 s", "2 min 5 s", "1 h 30 min", "3 d 4 h".
 * Only the two largest units are kept, the smaller one rounded, and rounding carries across unit
 * boundaries: 59.9996 s is "1 min", 1 h 59 min 40 s is "2 h". Below a minute, up to 3 decimals stay.
 */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, totalSeconds);
  if (!Number.isFinite(s)) return 'an unlimited time';
  const exact = Number(s.toFixed(MAX_DECIMALS));
  if (exact < MINUTE) return `${exact} s`;
  let rounded = Math.round(s);
  // Rounding to the smaller unit can carry into a larger range (59 min 59 s → 1 h): round again there.
  for (let pass = 0; pass < 2; pass++) {
    const [, , small] = unitsFor(rounded);
    rounded = Math.round(rounded / small) * small;
  }
  const [big, bigName, small, smallName] = unitsFor(rounded);
  const first = Math.floor(rounded / big);
  const second = Math.round((rounded % big) / small);
  return second > 0 ? `${first} ${bigName} ${second} ${smallName}` : `${first} ${bigName}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A moment in UTC: just the time of day when it falls on the same UTC day as `reference`,
 * otherwise with its date, so "at 12:00:30 UTC" never hides that the reset is tomorrow.
 */
export function formatInstant(date: Date, reference: Date): string {
  if (Number.isNaN(date.getTime()) || Number.isNaN(reference.getTime())) return 'an unknown time';
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC`;
  const sameDay = date.toISOString().slice(0, 10) === reference.toISOString().slice(0, 10);
  return sameDay ? time : `${date.toISOString().slice(0, 10)} ${time}`;
}
