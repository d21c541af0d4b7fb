/** The three HTTP-date forms of RFC 9110 §5.6.7; senders must use the first, recipients accept all. */
export type HttpDateForm = 'imf-fixdate' | 'rfc850' | 'asctime';

export interface ParsedHttpDate {
  date: Date;
  form: HttpDateForm;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * RFC 9110 asks recipients to read a two-digit year that lands more than this many years in the future
 * as the most recent past year with the same last two digits.
 */
const TWO_DIGIT_YEAR_HORIZON = 50;

const IMF_FIXDATE = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
const RFC850_DATE = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
const ASCTIME_DATE = /^[a-z]{3} ([a-z]{3}) ( \d|\d{2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/i;

function build(
  year: number,
  monthName: string,
  day: string,
  h: string,
  m: string,
  s: string,
): Date | undefined {
  const month = MONTHS.indexOf(monthName.toLowerCase());
  if (month < 0) return undefined;
  const [dd, hh, mm, ss] = [Number(day), Number(h), Number(m), Number(s)];
  // Leap seconds (60) are allowed by the grammar; Date has no room for them, so they fold into :59.
  if (hh > 23 || mm > 59 || ss > 60) return undefined;
  const date = new Date(Date.UTC(year, month, dd, hh, mm, Math.min(ss, 59)));
  // Date.UTC rolls 31 Feb over into March; a real calendar day survives the round trip.
  if (date.getUTCDate() !== dd || date.getUTCMonth() !== month) return undefined;
  // Date.UTC maps years 0-99 onto 1900-1999; the four-digit forms must mean what they say.
  date.setUTCFullYear(year, month, dd);
  return date;
}

function fullYear(twoDigits: number, referenceYear: number): number {
  let year = Math.floor(referenceYear / 100) * 100 + twoDigits;
  if (year > referenceYear + TWO_DIGIT_YEAR_HORIZON) year -= 100;
  return year;
}

/**
 * Parses an HTTP-date in any of its three forms. Month and day names are matched case-insensitively
 * (a lenient reading of real-world servers); the weekday is not checked against the date.
 * `referenceYear` decides the century of RFC 850's two-digit years.
 */
export function parseHttpDate(
  value: string,
  referenceYear: number = new Date().getUTCFullYear(),
): ParsedHttpDate | undefined {
  const text = value.trim().replace(/\s+/g, ' ');
  let m = IMF_FIXDATE.exec(text);
  if (m) {
    const [, day = '', mon = '', year = '', h = '', min = '', s = ''] = m;
    const date = build(Number(year), mon, day, h, min, s);
    return date && { date, form: 'imf-fixdate' };
  }
  m = RFC850_DATE.exec(text);
  if (m) {
    const [, day = '', mon = '', yy = '', h = '', min = '', s = ''] = m;
    const date = build(fullYear(Number(yy), referenceYear), mon, day, h, min, s);
    return date && { date, form: 'rfc850' };
  }
  // asctime pads a one-digit day with a space ("Nov  6"); accept it unpadded too.
  m = ASCTIME_DATE.exec(text.replace(/ (\d) /, '  $1 '));
  if (m) {
    const [, mon = '', day = '', h = '', min = '', s = '', year = ''] = m;
    const date = build(Number(year), mon, day.trim(), h, min, s);
    return date && { date, form: 'asctime' };
  }
  return undefined;
}
