import type { StatusRecord } from '../statusRecord';
import { clientErrors } from './clientErrors';
import { informational } from './informational';
import { redirection } from './redirection';
import { serverErrors } from './serverErrors';
import { success } from './success';
import { vendor } from './vendor';

/** Every catalogue record, registered and vendor alike, sorted by code. */
export const allRecords: readonly StatusRecord[] = [
  ...informational,
  ...success,
  ...redirection,
  ...clientErrors,
  ...serverErrors,
  ...vendor,
].sort((a, b) => a.code - b.code);

/** Lookup by code; built once because describeStatus runs for every diagnosed response. */
export const recordByCode: ReadonlyMap<number, StatusRecord> = new Map(
  allRecords.map((record) => [record.code, record]),
);
