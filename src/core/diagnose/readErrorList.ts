import type { BodyErrorShape, FieldError } from './bodyError.types';
import { codeOf, firstStringIn, isObj, str, type Obj } from './jsonValue';

/** Enough field errors to fix a form; a body listing thousands is summarised by its first ones. */
export const MAX_FIELD_ERRORS = 50;

/** GitHub's validation codes (docs.github.com "Client errors") in words, for items without a message. */
const GITHUB_CODES: Record<string, string> = {
  missing: 'the resource does not exist',
  missing_field: 'is required',
  invalid: 'is not valid',
  already_exists: 'already exists (must be unique)',
  unprocessable: 'is not valid here',
};

/** `/data/attributes/email` → `email`; `#/age` → `age`; `/items/0/name` → `items.0.name`. */
export function pointerToField(pointer: string): string {
  const path = pointer
    .replace(/^#/, '')
    .replace(/^\/data\/attributes(?=\/|$)/, '')
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  return path.length > 0 && path.some((s) => s !== '') ? path.join('.') : pointer;
}

/** GraphQL / FastAPI paths: ["user", 0, "email"] → "user[0].email". */
function pathToField(path: readonly unknown[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

export interface ListItem {
  field?: string;
  message?: string;
  code?: string;
}

export interface ListReading {
  items: ListItem[];
  hints: Set<BodyErrorShape>;
}

function fieldOf(item: Obj, hints: Set<BodyErrorShape>): string | undefined {
  const source = isObj(item['source']) ? item['source'] : undefined;
  if (source) hints.add('json-api');
  if (Array.isArray(item['loc'])) hints.add('fastapi');
  if (item['resource'] !== undefined) hints.add('github');
  const pointer = str(source?.['pointer']) ?? str(item['pointer']);
  return (
    str(item['field']) ??
    str(item['param']) ??
    (typeof item['path'] === 'string' ? str(item['path']) : undefined) ??
    (pointer !== undefined ? pointerToField(pointer) : undefined) ??
    str(source?.['parameter']) ??
    str(source?.['header']) ??
    (Array.isArray(item['path']) && item['path'].length > 0 ? pathToField(item['path']) : undefined) ??
    (Array.isArray(item['loc']) && item['loc'].length > 0 ? pathToField(item['loc']) : undefined) ??
    str(item['name']) ??
    str(item['property']) ??
    str(item['target']) ??
    str(item['location'])
  );
}

function messageOf(item: Obj): string | undefined {
  const constraints = isObj(item['constraints']) ? Object.values(item['constraints']) : [];
  return (
    str(item['message']) ??
    str(item['detail']) ??
    str(item['defaultMessage']) ??
    str(item['msg']) ??
    str(item['description']) ??
    str(item['reason']) ??
    str(item['error']) ??
    firstStringIn(constraints) ??
    str(item['title'])
  );
}

/** Reads an `errors` list in any of its common forms (JSON:API, GitHub, GraphQL, FastAPI, Spring, plain). */
export function readErrorList(list: readonly unknown[]): ListReading {
  const reading: ListReading = { items: [], hints: new Set() };
  for (const item of list.slice(0, MAX_FIELD_ERRORS)) {
    const text = str(item);
    if (text) {
      reading.items.push({ message: text });
      continue;
    }
    if (!isObj(item)) continue;
    const extensions = isObj(item['extensions']) ? item['extensions'] : undefined;
    if (extensions || Array.isArray(item['locations']) || Array.isArray(item['path']))
      reading.hints.add('graphql');
    const code = codeOf(item['code']) ?? str(extensions?.['code']) ?? str(item['type']);
    const field = fieldOf(item, reading.hints);
    const message = messageOf(item) ?? (code ? (GITHUB_CODES[code] ?? code) : undefined);
    reading.items.push({ field, message, code });
  }
  return reading;
}

export function toFieldErrors(items: readonly ListItem[]): FieldError[] {
  return items.flatMap((i) =>
    i.field === undefined ? [] : [{ field: i.field, message: i.message ?? 'is not valid' }],
  );
}

/** Messages not tied to a field; GraphQL paths point into the response, so they stay in the message. */
export function toMessages(items: readonly ListItem[], graphql: boolean): string[] {
  return items.flatMap((i) => {
    if (graphql) return i.message ? [i.field ? `${i.message} (at ${i.field})` : i.message] : [];
    return i.field === undefined && i.message ? [i.message] : [];
  });
}

/** Rails / Laravel / ASP.NET: `{ "email": ["is invalid"], "name": "can't be blank" }`. */
export function readErrorMap(map: Obj): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, value] of Object.entries(map)) {
    const messages = Array.isArray(value)
      ? value.map(str).filter((m): m is string => m !== undefined)
      : [str(value)];
    for (const message of messages) {
      if (message !== undefined && errors.length < MAX_FIELD_ERRORS) errors.push({ field, message });
    }
  }
  return errors;
}
