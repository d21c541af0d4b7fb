import { getHeader } from '../http/headers';
import type { Finding } from '../types';
import type { SessionItem } from './sessionItems';

const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/** The https page a request was made from, when its Referer, Origin or the recording tells. */
function securePage(item: SessionItem, documentOrigin: string | undefined): string | undefined {
  const headers = item.exchange.request?.headers ?? [];
  for (const value of [getHeader(headers, 'referer'), getHeader(headers, 'origin')])
    if (value?.startsWith('https://')) return value;
  return documentOrigin;
}

/**
 * Plain-http requests made by an https page: browsers block active mixed content (scripts, fetch,
 * XHR) and upgrade or flag images; either way it leaks and fails.
 */
export function findMixedContent(items: readonly SessionItem[]): Finding[] {
  const document = items.find(
    (i) => i.exchange.recorded?.resourceType === 'document' && i.url?.protocol === 'https:',
  );
  const documentOrigin = document?.url?.origin;
  const mixed = items.filter(
    (i) =>
      i.url?.protocol === 'http:' &&
      !LOCAL.test(i.url.hostname) &&
      securePage(i, documentOrigin) !== undefined,
  );
  const first = mixed[0];
  if (!first) return [];
  const blocked = mixed.filter((i) => i.status === 0);
  const page = securePage(first, documentOrigin) as string;
  return [
    {
      id: 'mixed-content',
      severity: blocked.length > 0 ? 'error' : 'warning',
      title: `${mixed.length} plain-HTTP request${mixed.length > 1 ? 's' : ''} from an HTTPS page`,
      detail: `The page (${page}) loaded ${mixed
        .map((i) => i.url?.host)
        .filter((h, k, all) => all.indexOf(h) === k)
        .join(
          ', ',
        )} over http://${blocked.length > 0 ? `; ${blocked.length} got no response, as browsers block mixed content for scripts, fetch and XHR` : ''}. Request them over https:// (or protocol-relative URLs); what travels over HTTP can be read and changed on the way.`,
      data: { entries: mixed.map((i) => i.index), page, blocked: blocked.map((i) => i.index) },
    },
  ];
}
