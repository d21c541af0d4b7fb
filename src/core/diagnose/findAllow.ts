import { getHeader } from '../http/headers';
import type { Finding } from '../types';
import type { DiagnoseContext } from './diagnoseContext';

/**
 * Allow's methods as listed, each once (method names are case-sensitive, so they are kept as
 * written): a repeated header cannot turn into a list longer than the methods it names.
 */
export function parseAllow(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((m) => m.trim())
        .filter((m) => m !== ''),
    ),
  ];
}

/** Allow turned into the list of methods to use, compared with the method that was refused. */
export function findAllow(ctx: DiagnoseContext): Finding[] {
  const value = getHeader(ctx.response.headers, 'allow');
  if (value === undefined) return [];
  const methods = parseAllow(value);
  const { status } = ctx.response;
  const method = ctx.request?.method;
  const parts: string[] = [];
  if (methods.length === 0) {
    parts.push(
      status === 405
        ? 'Allow is empty: the resource accepts no method at all right now, which usually means it is disabled by configuration.'
        : 'Allow is empty: the resource accepts no method at all right now.',
    );
  } else if (status === 405) {
    parts.push(
      `This URL accepts ${methods.join(', ')}${method ? `, not ${method}` : ''}. Check the API documentation for the right method, or the URL: a similar path may accept ${method ?? 'it'}.`,
    );
    if (method && methods.includes(method)) {
      parts.push(
        `Oddly, ${method} is listed: the route may differ (a trailing slash, a version prefix) or a proxy rejected it.`,
      );
    }
  } else {
    parts.push(`This URL accepts ${methods.join(', ')}.`);
  }
  return [
    {
      id: 'allow',
      severity: status === 405 ? 'warning' : 'info',
      title: methods.length === 0 ? 'No methods allowed' : `Allowed methods: ${methods.join(', ')}`,
      detail: parts.join(' '),
      data: { methods },
    },
  ];
}
