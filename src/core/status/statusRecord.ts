import type { SpecReference, StatusInfo } from '../types';

/**
 * One catalogue entry as stored in the data files. The category and `known` flag are derived from the
 * code when a record is served, so the data cannot contradict itself; arrays are readonly so callers
 * only ever get copies.
 */
export interface StatusRecord {
  readonly code: number;
  readonly name: string;
  readonly registered: boolean;
  readonly vendor?: string;
  readonly formerNames: readonly string[];
  readonly frequency: StatusInfo['frequency'];
  readonly summary: string;
  readonly description: string;
  readonly whenYouSeeIt: readonly string[];
  readonly causes: readonly string[];
  readonly handling: readonly string[];
  readonly retry: Readonly<StatusInfo['retry']>;
  readonly notes: readonly string[];
  readonly confusedWith: readonly Readonly<StatusInfo['confusedWith'][number]>[];
  readonly spec?: Readonly<SpecReference>;
}
