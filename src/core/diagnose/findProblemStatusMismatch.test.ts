import { describe, it, expect } from 'vitest';
import { findProblemStatusMismatch } from './findProblemStatusMismatch';
import { makeContext } from './testExchange';

const problem = (status: number, body: unknown) =>
  makeContext({
    status,
    headers: [['Content-Type', 'application/problem+json']],
    body: JSON.stringify(body),
  });

describe('findProblemStatusMismatch', () => {
  it.each([
    [502, 500],
    [400, 422],
  ])('HTTP %d but problem %d', (http, member) => {
    const [f] = findProblemStatusMismatch(problem(http, { title: 'x', status: member }));
    expect(f).toMatchObject({
      id: 'problem-status-mismatch',
      severity: 'warning',
      data: { problemStatus: member, responseStatus: http },
    });
  });

  it.each([
    ['matching status', problem(404, { title: 'Not Found', status: 404 })],
    ['no status member', problem(404, { title: 'Not Found' })],
    ['a string status member', problem(404, { title: 'Not Found', status: '500' })],
  ])('nothing for %s', (_, ctx) => {
    expect(findProblemStatusMismatch(ctx)).toEqual([]);
  });
});
