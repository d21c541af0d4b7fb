import type { Exchange } from '../types';

/**
 * For an exchange without a response (status 0): why, as the parser classified it (the cause) and as
 * the browser wrote it (its error name, `net::ERR_FAILED`), or '' when the recording gives no reason.
 */
export function noResponseOf(exchange: Exchange): { cause: string; message: string } | undefined {
  if (exchange.response.status !== 0) return undefined;
  const transport = exchange.transportError;
  return {
    cause: transport?.cause ?? 'other',
    message: exchange.recorded?.error ?? transport?.code ?? '',
  };
}
