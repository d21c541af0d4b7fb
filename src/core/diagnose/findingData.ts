import type { Finding } from '../types';

/** Reading other findings' data in the next steps: typed access to the loose `data` records. */

export type FindingData = Record<string, unknown>;

export function dataOf(findings: readonly Finding[], id: string): FindingData | undefined {
  return findings.find((f) => f.id === id)?.data;
}

export function num(data: FindingData | undefined, key: string): number | undefined {
  const v = data?.[key];
  return typeof v === 'number' ? v : undefined;
}

export function text(data: FindingData | undefined, key: string): string | undefined {
  const v = data?.[key];
  return typeof v === 'string' ? v : undefined;
}

export function isRateLimited(findings: readonly Finding[]): boolean {
  return dataOf(findings, 'rate-limit')?.['exhausted'] === true;
}
