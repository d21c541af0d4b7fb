import type { ComparedSide, DiffOptions, HttpResponse } from '../types';
import { diffBodiesInDetail, type BodyDetail } from './bodyDiff';
import type { DetailedResponseDiff, DiffRegion } from './diff.types';
import { formatIndexedLines } from './formatIndexedLines';
import { withBody } from './diffResponses';
import { indexJson, type ProgressSink } from './jsonIndex';
import { jsonRegions, MAX_REGION_LINES, type Regions } from './jsonRegions';
import { textRegions } from './textRegions';

export interface CompareOptions extends DiffOptions {
  /** Object members in key order in the side-by-side view (default true). */
  sortKeys?: boolean;
}

/** A comparison with what the side-by-side view shows: the changed regions, never whole documents. */
export interface ResponseComparison {
  diff: DetailedResponseDiff;
  regions: DiffRegion[];
  /** Changes listed but past the last region shown side by side. */
  regionsLeftOut: number;
}

/**
 * diffResponses plus the side-by-side regions, reporting progress (0 to 1) on big bodies: the
 * comparison itself, then the regions. `sides` says what each side is when not a plain response.
 */
export function compareResponses(
  a: HttpResponse,
  b: HttpResponse,
  options: CompareOptions = {},
  onProgress?: ProgressSink,
  sides?: { a: ComparedSide; b: ComparedSide },
): ResponseComparison {
  const { body, detail } = diffBodiesInDetail(
    a,
    b,
    options,
    onProgress && ((done) => onProgress(done * 0.9)),
  );
  const { regions, leftOut } = regionsOf(detail, body.changes, options.sortKeys ?? true);
  onProgress?.(1);
  return { diff: withBody(a, b, options, body, sides), regions, regionsLeftOut: leftOut };
}

function regionsOf(
  detail: BodyDetail,
  changes: DetailedResponseDiff['body']['changes'],
  sortKeys: boolean,
): Regions {
  switch (detail.kind) {
    case 'json':
      return jsonRegions(detail.detail, changes, sortKeys);
    case 'text':
      return textRegions(detail.lines);
    case 'whole': {
      const index = indexJson(detail.text, detail.root);
      const { lines } = formatIndexedLines(index, 0, { sortKeys, maxLines: MAX_REGION_LINES });
      const rows = lines.map((_, k) =>
        detail.side === 'a'
          ? { a: k, b: -1, kind: 'removed' as const }
          : { a: -1, b: k, kind: 'added' as const },
      );
      const region: DiffRegion = {
        title: '(whole body)',
        ...(detail.side === 'a' ? { aPath: '' } : { bPath: '' }),
        changes: [0],
        spans: [[0, Math.max(0, rows.length - 1)]],
        aLines: detail.side === 'a' ? lines : [],
        bLines: detail.side === 'b' ? lines : [],
        rows,
      };
      return { regions: [region], leftOut: 0 };
    }
    case 'none':
      return { regions: [], leftOut: 0 };
  }
}
