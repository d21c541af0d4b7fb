import type { StatusInfo } from '../types';
import { categoryOf } from './categoryOf';
import type { StatusRecord } from './statusRecord';

/** Turns a stored record into a fresh StatusInfo, so no caller can mutate the shared catalogue. */
export function toStatusInfo(record: StatusRecord): StatusInfo {
  return {
    code: record.code,
    name: record.name,
    category: categoryOf(record.code),
    registered: record.registered,
    known: true,
    ...(record.vendor === undefined ? {} : { vendor: record.vendor }),
    formerNames: [...record.formerNames],
    frequency: record.frequency,
    summary: record.summary,
    description: record.description,
    whenYouSeeIt: [...record.whenYouSeeIt],
    causes: [...record.causes],
    handling: [...record.handling],
    retry: { ...record.retry },
    notes: [...record.notes],
    confusedWith: record.confusedWith.map((entry) => ({ ...entry })),
    ...(record.spec === undefined ? {} : { spec: { ...record.spec } }),
  };
}
