import { countOf } from '../text/countOf';
import type { JsonWarning } from '../types';

export type ListedWarningKind = Exclude<JsonWarning['kind'], 'warnings-truncated'>;

/** The warnings of one kind: how many the document has, the ones listed, and a title saying so. */
export interface JsonWarningGroup {
  kind: ListedWarningKind;
  /** Listed plus left out past the listing limit. */
  total: number;
  listed: JsonWarning[];
  /** "145,300 numbers that JSON.parse would change". */
  title: string;
}

/** Groups in this order: what changes the data first, then what other parsers reject. */
const ORDER: readonly ListedWarningKind[] = [
  'duplicate-key',
  'number-precision',
  'lone-surrogate',
  'deep-nesting',
  'bom',
];

/**
 * The check's warnings by kind with their true counts: a kind past the listing limit carries its
 * left-out count in a 'warnings-truncated' warning, which this folds back into its group.
 */
export function groupJsonWarnings(warnings: readonly JsonWarning[]): JsonWarningGroup[] {
  const groups = new Map<ListedWarningKind, JsonWarningGroup>();
  const groupOf = (kind: ListedWarningKind): JsonWarningGroup => {
    let group = groups.get(kind);
    if (!group) {
      group = { kind, total: 0, listed: [], title: '' };
      groups.set(kind, group);
    }
    return group;
  };
  for (const warning of warnings) {
    if (warning.kind === 'warnings-truncated') groupOf(warning.of).total += warning.omitted;
    else {
      const group = groupOf(warning.kind);
      group.listed.push(warning);
      group.total++;
    }
  }
  return ORDER.flatMap((kind) => {
    const group = groups.get(kind);
    return group ? [{ ...group, title: titleOf(group) }] : [];
  });
}

function titleOf(group: JsonWarningGroup): string {
  const n = group.total;
  switch (group.kind) {
    case 'duplicate-key':
      return countOf(n, 'duplicate key');
    case 'number-precision':
      return `${countOf(n, 'number')} that JSON.parse would change`;
    case 'lone-surrogate':
      return countOf(n, 'unpaired surrogate');
    case 'deep-nesting': {
      const first = group.listed[0];
      const depth = first?.kind === 'deep-nesting' ? first.depth : 0;
      return `Nesting ${depth.toLocaleString('en-US')} levels deep`;
    }
    case 'bom':
      return 'A byte order mark at the start';
  }
}

/** "145,300 warnings (100 listed)", "2 warnings", or '' when there are none. */
export function describeWarningCount(warnings: readonly JsonWarning[]): string {
  let total = 0;
  let listed = 0;
  for (const warning of warnings) {
    if (warning.kind === 'warnings-truncated') total += warning.omitted;
    else {
      total++;
      listed++;
    }
  }
  if (total === 0) return '';
  const count = countOf(total, 'warning');
  return listed < total ? `${count} (${listed.toLocaleString('en-US')} listed)` : count;
}
