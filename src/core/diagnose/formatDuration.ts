const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Sub-second and fractional waits (Discord's 0.25 s) keep this many decimals, so they stay exact. */
const MAX_DECIMALS = 3;

function seconds(value: number): string {
  return `${Number(value.toFixed(MAX_DECIMALS))} s`;
}

/**
 * A wait in words a developer reads at a glance: "30 s", "2 min 5 s", "1 h 30 min", "3 d 4 h".
 * Only the two largest units are kept: past a minute, sub-second precision is noise.
 */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, totalSeconds);
  if (s < MINUTE) return seconds(s);
  const whole = Math.round(s);
  const parts: [number, string][] =
    whole < HOUR
      ? [
          [Math.floor(whole / MINUTE), 'min'],
          [whole % MINUTE, 's'],
        ]
      : whole < DAY
        ? [
            [Math.floor(whole / HOUR), 'h'],
            [Math.floor((whole % HOUR) / MINUTE), 'min'],
          ]
        : [
            [Math.floor(whole / DAY), 'd'],
            [Math.floor((whole % DAY) / HOUR), 'h'],
          ];
  return parts
    .filter(([n], i) => i === 0 || n > 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(' ');
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
