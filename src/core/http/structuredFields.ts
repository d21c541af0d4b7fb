import {
  DisplayString,
  parseDictionary,
  parseItem,
  parseList,
  Token,
  type BareItem,
  type Dictionary,
  type InnerList,
  type Item,
  type List,
} from 'structured-headers';

/**
 * Structured Field Values (RFC 9651) read with the `structured-headers` package: RateLimit,
 * RateLimit-Policy, the early drafts' RateLimit-Limit/-Remaining/-Reset and Deprecation. Field lines
 * of one name are combined first (RFC 9651 §4.2), and, as the RFC says, a field that does not parse
 * is ignored whole (undefined) rather than guessed at.
 */
export type { BareItem, Dictionary, InnerList, Item, List };

function combined(lines: readonly string[]): string {
  return lines.join(', ');
}

function parsed<T>(parse: (text: string) => T, lines: readonly string[]): T | undefined {
  if (lines.length === 0) return undefined;
  try {
    return parse(combined(lines));
  } catch {
    return undefined;
  }
}

export const readSfList = (lines: readonly string[]): List | undefined => parsed(parseList, lines);
export const readSfDictionary = (lines: readonly string[]): Dictionary | undefined =>
  parsed(parseDictionary, lines);
export const readSfItem = (lines: readonly string[]): Item | undefined => parsed(parseItem, lines);

/** A list or dictionary member that is an inner list rather than an item. */
export function isInnerList(member: Item | InnerList): member is InnerList {
  return Array.isArray(member[0]);
}

/** The member as an item, or undefined for an inner list. */
export function itemOf(member: Item | InnerList | undefined): Item | undefined {
  return member === undefined || isInnerList(member) ? undefined : member;
}

/** An integer or decimal. */
export function sfNumber(value: BareItem | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** A string, token or display string, as text. */
export function sfText(value: BareItem | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof Token || value instanceof DisplayString) return value.toString();
  return undefined;
}

/** A date (`@1688169599`) that a JavaScript Date can hold. */
export function sfDate(value: BareItem | undefined): Date | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;
}
