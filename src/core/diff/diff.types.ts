import type { ResponseDiff } from '../types';

/**
 * The body part of a comparison with the count the summary needs. Added by this module (types.ts
 * stays as designed): a ResponseDiff from elsewhere simply lacks it.
 */
export type BodyDiff = ResponseDiff['body'] & {
  /** Differences set aside by options.ignorePaths (each ignored subtree that differs counts once). */
  ignored: number;
};

/** What diffResponses returns: a ResponseDiff whose body also counts ignored differences. */
export type DetailedResponseDiff = ResponseDiff & { body: BodyDiff };

/** Structured counts for the UI (badges, tab titles); summarizeDiff derives them from a diff. */
export interface DiffCounts {
  /** Nothing differs apart from what was ignored. */
  identical: boolean;
  status: { a: number; b: number; changed: boolean };
  headers: { added: number; removed: number; changed: number; unchanged: number; ignored: number };
  body: {
    kind: ResponseDiff['body']['kind'];
    added: number;
    removed: number;
    changed: number;
    moved: number;
    ignored: number;
  };
}
