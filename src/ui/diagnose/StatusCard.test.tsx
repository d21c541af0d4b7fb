// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeStatus } from '../../state/knowledge';
import { StatusCard } from './StatusCard';

afterEach(cleanup);

const card = (code: number, reason: string) =>
  render(
    <StatusCard
      status={describeStatus(code)}
      response={{ httpVersion: 'HTTP/1.1', status: code, reason, headers: [], body: '' }}
      verdict={{ verdict: 'never', reason: 'x' }}
    />,
  );

describe('StatusCard: the sent reason phrase against the name (QA report 1, item 16)', () => {
  it.each([
    [404, 'Nope', /the registered name is “Not Found”/],
    [299, 'Whatever', /299 has no registered name; only its class is certain/],
    [999, 'Request denied', /999 is not a valid HTTP status, so it has no name/],
  ])('%i “%s”', (code, reason, words) => {
    card(code, reason);
    const line = screen.getByText(/The server sent the reason phrase/);
    expect(line.textContent).toMatch(words);
    expect(line.textContent).not.toMatch(/registered name is “(?:Unknown|Invalid)/);
  });
});
