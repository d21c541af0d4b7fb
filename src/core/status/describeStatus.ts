import type { StatusInfo } from '../types';
import { allRecords, recordByCode } from './catalogue/allRecords';
import { noResponseStatus } from './noResponseStatus';
import { toStatusInfo } from './toStatusInfo';
import { unknownStatus } from './unknownStatus';

export { searchStatuses } from './searchStatuses';
export { describeClass } from './classGuidance';
export type { ClassGuidance } from './classGuidance';

/**
 * Everything the catalogue knows about a status code. Never throws: codes without a record fall back
 * to their class, and numbers that cannot be status codes come back with category 'invalid'; 0 is
 * "No response", as HAR files and browsers record a request that got none.
 */
export function describeStatus(code: number): StatusInfo {
  if (code === 0) return noResponseStatus();
  const record = recordByCode.get(code);
  return record === undefined ? unknownStatus(code) : toStatusInfo(record);
}

/** Every record in the catalogue (registered and vendor codes), sorted by code. */
export function listStatuses(): StatusInfo[] {
  return allRecords.map(toStatusInfo);
}
