import { describe, it, expect } from 'vitest';
import { pointerToField, readErrorList, readErrorMap, toFieldErrors, toMessages } from './readErrorList';

describe('pointerToField', () => {
  it.each([
    ['/data/attributes/email', 'email'],
    ['/data/attributes/address/zip', 'address.zip'],
    ['#/age', 'age'],
    ['/items/0/name', 'items.0.name'],
    ['/a~1b', 'a/b'],
    ['/data', 'data'],
    ['', ''],
  ])('%j → %j', (pointer, field) => {
    expect(pointerToField(pointer)).toBe(field);
  });
});

describe('readErrorList', () => {
  it.each([
    ['plain strings', ['too short', 'too long'], [{ message: 'too short' }, { message: 'too long' }]],
    [
      'express-validator',
      [{ type: 'field', msg: 'Invalid value', path: 'email', location: 'body' }],
      [{ field: 'email', message: 'Invalid value', code: 'field' }],
    ],
    [
      'class-validator constraints',
      [{ property: 'age', constraints: { min: 'age must not be less than 18' } }],
      [{ field: 'age', message: 'age must not be less than 18' }],
    ],
    [
      'GitHub code without message',
      [{ resource: 'Repo', field: 'name', code: 'already_exists' }],
      [{ field: 'name', message: 'already exists (must be unique)', code: 'already_exists' }],
    ],
    [
      'JSON:API header source',
      [{ source: { header: 'X-Api-Version' }, title: 'Unsupported' }],
      [{ field: 'X-Api-Version', message: 'Unsupported' }],
    ],
    ['skips non-objects', [null, 42, { message: 'ok' }], [{ message: 'ok' }]],
  ])('%s', (_, list, items) => {
    expect(readErrorList(list).items).toEqual(
      items.map((i) => ({ field: undefined, code: undefined, ...i })),
    );
  });

  it.each([
    [[{ source: { pointer: '/data' } }], 'json-api'],
    [[{ message: 'x', locations: [] }], 'graphql'],
    [[{ loc: ['query', 'q'], msg: 'm' }], 'fastapi'],
    [[{ resource: 'Issue', field: 'f', code: 'invalid' }], 'github'],
  ])('recognises %j as %s', (list, hint) => {
    expect(readErrorList(list).hints.has(hint as never)).toBe(true);
  });

  it('keeps GraphQL paths in the messages and field errors out', () => {
    const items = [{ field: 'user.email', message: 'Not allowed' }, { message: 'Other' }];
    expect(toMessages(items, true)).toEqual(['Not allowed (at user.email)', 'Other']);
    expect(toMessages(items, false)).toEqual(['Other']);
    expect(toFieldErrors(items)).toEqual([{ field: 'user.email', message: 'Not allowed' }]);
  });
});

describe('readErrorMap', () => {
  it('flattens lists and single messages, skipping non-strings', () => {
    expect(readErrorMap({ a: ['x', 1, 'y'], b: 'z', c: null })).toEqual([
      { field: 'a', message: 'x' },
      { field: 'a', message: 'y' },
      { field: 'b', message: 'z' },
    ]);
  });
});
