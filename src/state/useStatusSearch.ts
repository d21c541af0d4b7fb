import { useDeferredValue, useMemo } from 'react';
import { searchStatuses, type StatusInfo } from '../core';

/** The catalogue filtered by a query; deferred so typing stays smooth. */
export function useStatusSearch(query: string): StatusInfo[] {
  const deferred = useDeferredValue(query);
  return useMemo(() => searchStatuses(deferred), [deferred]);
}
