import type { Exchange } from '../types';

/** For an exchange without a response (status 0): why, as far as the recording says. */
export function noResponseOf(exchange: Exchange): { cause: string; message: string } | undefined {
  if (exchange.response.status !== 0) return undefined;
  const message = exchange.recorded?.error ?? '';
  return { cause: message === '' ? 'unknown' : 'other', message };
}
