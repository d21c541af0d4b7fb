import { getHeaderValues } from '../http/headers';
import type { Finding } from '../types';
import type { DiagnoseContext } from './diagnoseContext';
import { formatDuration, formatInstant } from './formatDuration';
import { parseRetryAfter } from './parseRetryAfter';

const FORM_WORDS = {
  'delay-seconds': 'a number of seconds',
  'decimal-seconds': 'a fractional number of seconds',
  'imf-fixdate': 'an HTTP date',
  rfc850: 'an HTTP date in the obsolete RFC 850 form',
  asctime: 'an HTTP date in the obsolete asctime form',
} as const;

const REFERENCE_WORDS = {
  'date-header': "the response's Date header",
  recorded: 'the start the recording gives, as the response has no Date header',
  now: 'now, as the response has no Date header',
} as const;

/**
 * Retry-After turned into an exact wait and a moment. Dates are measured from the response's Date
 * header when present, because the server computed them on its own clock.
 */
export function findRetryAfter(ctx: DiagnoseContext): Finding[] {
  const values = getHeaderValues(ctx.response.headers, 'retry-after');
  const value = values[0];
  if (value === undefined) return [];
  const parsed = parseRetryAfter(value, ctx.reference);
  if (!parsed) {
    return [
      {
        id: 'retry-after',
        severity: 'warning',
        title: 'Retry-After cannot be used',
        detail: `"${value.trim()}" is neither a whole number of seconds nor an HTTP date, so clients will ignore it. Fall back to exponential backoff.`,
        data: { value, valid: false },
      },
    ];
  }
  const { waitSeconds, retryAt, form, passed } = parsed;
  const from = REFERENCE_WORDS[ctx.referenceSource];
  const wait = formatDuration(waitSeconds);
  const at = formatInstant(retryAt, ctx.reference);
  const parts = [`The server gives ${FORM_WORDS[form]}.`];
  if (form === 'delay-seconds' || form === 'decimal-seconds') {
    parts.push(`Wait at least ${wait} after receiving the response: about ${at}, counted from ${from}.`);
  } else if (passed) {
    parts.push(
      `That moment (${at}) was already past according to ${from}: you may retry now, still with backoff.`,
    );
  } else {
    parts.push(`Measured from ${from}, that is a wait of ${wait}, until ${at}.`);
  }
  if (form === 'decimal-seconds')
    parts.push('Fractions are not allowed by RFC 9110, so strict clients ignore this value.');
  if (form === 'rfc850' || form === 'asctime')
    parts.push(
      'RFC 9110 §5.6.7 says senders MUST use the IMF-fixdate form (recipients must still accept this one); some clients only read IMF-fixdate.',
    );
  if (ctx.response.status >= 300 && ctx.response.status < 400) {
    parts.push('On a redirect it asks you to wait before following the Location.');
  }
  if (values.length > 1 && values.some((v) => v.trim() !== value.trim())) {
    parts.push(
      `The header appears ${values.length} times with different values; the first one is used here.`,
    );
  }
  return [
    {
      id: 'retry-after',
      severity: form === 'decimal-seconds' ? 'warning' : 'info',
      title: passed ? 'Retry-After has already passed' : `Retry after ${wait}`,
      detail: parts.join(' '),
      data: {
        waitSeconds,
        retryAt: retryAt.toISOString(),
        form,
        passed,
        relativeTo: ctx.referenceSource,
        value,
      },
    },
  ];
}
