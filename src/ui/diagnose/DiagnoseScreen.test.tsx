// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDiagnoseStore } from '../../state/diagnoseStore';
import { loadRunTask } from '../../workers/coreClient';
import { loadDiagnosisResult } from './loadDiagnosisResult';
import { DiagnoseScreen } from './DiagnoseScreen';

async function paste(text: string) {
  const [editor] = await screen.findAllByLabelText('Response input');
  fireEvent.change(editor!, { target: { value: text } });
}

// The first diagnosis also renders the diagnosis view for the first time: slow on a loaded machine.
const statusCard = () => screen.findByRole('article', { name: 'Status' }, { timeout: 10_000 });

// The core and the diagnosis view load on demand (not part of the first paint): load them once here.
beforeAll(() => Promise.all([loadRunTask(), loadDiagnosisResult()]));

beforeEach(() => {
  localStorage.clear();
  act(() => useDiagnoseStore.getState().clear());
});
afterEach(cleanup);

describe('DiagnoseScreen', () => {
  it('welcomes a first visit with examples, and an example loads and diagnoses', async () => {
    render(<DiagnoseScreen />);
    expect(screen.getByRole('heading', { name: 'Paste a failing response' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /429 Too Many Requests/ }));
    const card = await statusCard();
    expect(within(card).getByText('429')).toBeInTheDocument();
    expect(within(card).getByText('Too Many Requests')).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Backoff schedule' })).toBeInTheDocument();
  });

  it.each([
    ['HTTP/1.1 405 Method Not Allowed\r\n\r\n', 'missing-header'],
    ['HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\n', 'auth-challenge'],
    ['HTTP/1.1 503 Service Unavailable\nRetry-After: 120\n\n', 'retry-after'],
    ['HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"a": 1,}', 'body-invalid-json'],
  ])('shows the finding for %j', async (text, id) => {
    const { container } = render(<DiagnoseScreen />);
    await paste(text);
    await waitFor(() => expect(container.querySelector(`[data-finding="${id}"]`)).not.toBeNull());
  });

  it('turns next-step actions into links: the core names the action, the screen the route', async () => {
    render(<DiagnoseScreen />);
    await paste('HTTP/1.1 400 Bad Request\n\n');
    const guidance = await screen.findByRole('region', { name: 'Guidance' });
    expect(within(guidance).getByRole('link', { name: 'Open the JSON validator' })).toHaveAttribute(
      'href',
      '#/json',
    );
    expect(within(guidance).getByRole('link', { name: 'Open Compare' })).toHaveAttribute('href', '#/compare');
    expect(guidance.textContent).not.toMatch(/\(#\//);
  });

  it('lists repeated headers separately, in order, with meanings', async () => {
    render(<DiagnoseScreen />);
    await paste('HTTP/1.1 200 OK\nSet-Cookie: a=1\nRetry-After: 5\nSet-Cookie: b=2\n\n');
    const table = await screen.findByRole('region', { name: 'Response headers' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('a=1'),
      expect.stringContaining('5'),
      expect.stringContaining('b=2'),
    ]);
    expect(rows[1]!.textContent).toMatch(/wait/i);
  });

  it('keeps the input in storage so it survives a reload, and Clear empties it', async () => {
    render(<DiagnoseScreen />);
    await paste('HTTP/1.1 404 Not Found\n\n');
    await statusCard();
    await waitFor(() => expect(localStorage.getItem('triage.diagnose')).toContain('404 Not Found'));
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(useDiagnoseStore.getState().input).toBe('');
    expect(screen.getByRole('heading', { name: 'Paste a failing response' })).toBeInTheDocument();
  });

  it('renders hostile input as text and never links javascript:', async () => {
    const { container } = render(<DiagnoseScreen />);
    await paste(
      'HTTP/1.1 302 Found\nLocation: javascript:alert(1)\nX-Evil: <img src=x onerror=alert(2)>\n\n',
    );
    await statusCard();
    expect(await screen.findByText('<img src=x onerror=alert(2)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('lists a redirect chain as a session and diagnoses the hop the user picks', async () => {
    render(<DiagnoseScreen />);
    await paste(
      'HTTP/1.1 301 Moved Permanently\nLocation: https://a.example/x\n\nHTTP/1.1 200 OK\nContent-Length: 0\n\n',
    );
    const table = await screen.findByRole('table', { name: 'Session entries' });
    expect(within(await statusCard()).getByText('200')).toBeInTheDocument();
    fireEvent.click(within(table).getByText('301'));
    await waitFor(async () => expect(within(await statusCard()).getByText('301')).toBeInTheDocument());
  });

  it('shows the claims of a bearer JWT and that it had expired', async () => {
    const part = (v: unknown) => btoa(JSON.stringify(v)).replace(/=+$/, '');
    const jwt = `${part({ alg: 'HS256' })}.${part({ sub: 'user-9', exp: 1774346220 })}.c2ln`;
    const { container } = render(<DiagnoseScreen />);
    await paste(
      `GET /me HTTP/1.1\nHost: api.example\nAuthorization: Bearer ${jwt}\n\nHTTP/1.1 401 Unauthorized\nDate: Tue, 24 Mar 2026 10:00:00 GMT\n\n`,
    );
    await waitFor(() => expect(container.querySelector('[data-finding="token-expired"]')).not.toBeNull());
    const list = container.querySelector('[aria-label="Token claims"]');
    expect(list?.textContent).toContain('user-9');
    expect(list?.textContent).toContain('2026-03-24T09:57:00.000Z');
  });

  it('says what it expected when the input is not a response', async () => {
    render(<DiagnoseScreen />);
    await paste('HTTP/1.1 abc\n');
    expect(await screen.findByText(/Not recognised|Body only/)).toBeInTheDocument();
  });
});

describe('DiagnoseScreen report', () => {
  it.each([
    [
      'Copy report',
      'Copied as Markdown (credentials masked)',
      /^## 401 Unauthorized\n/,
      '| `Set-Cookie` | `•••` |',
    ],
    ['Plain text', 'Copied as plain text (credentials masked)', /^401 Unauthorized/, 'Set-Cookie: •••'],
  ])('%s copies the diagnosis with credentials masked', async (button, copied, start, masked) => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<DiagnoseScreen />);
    await paste('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer\nSet-Cookie: sid=secret123\n\n');
    fireEvent.click(await screen.findByRole('button', { name: button }));
    expect(await screen.findByText(copied)).toBeInTheDocument();
    const text = writeText.mock.calls[0]![0];
    expect(text).toMatch(start);
    expect(text).toContain(masked);
    expect(text).not.toContain('secret123');
  });
});

describe('DiagnoseScreen input highlighting', () => {
  it.each([
    ['{"error": "nope"}', 'json'],
    ['{"log": {"version": "1.2", "entries": []}}', 'json'],
    ['HTTP/1.1 404 Not Found\n\n{"error": "nope"}', 'plaintext'],
  ])('highlights %j as %s', async (text, language) => {
    render(<DiagnoseScreen />);
    await paste(text);
    await waitFor(async () => {
      const editor = (await screen.findAllByLabelText('Response input')).at(-1)!;
      expect(editor).toHaveAttribute('data-language', language);
    });
  });

  it("leads the status card with the verdict for this response, not the status code's rule", async () => {
    render(<DiagnoseScreen />);
    await paste(
      'HTTP/2 403\nretry-after: 60\ncontent-type: application/json\n\n{"message":"You have exceeded a secondary rate limit."}',
    );
    const card = await statusCard();
    const verdict = within(card).getByLabelText('Verdict');
    expect(verdict).toHaveTextContent(/^Retry with backoff after 1 min\. This 403 is about pace/);
    expect(within(card).queryByText(/Do not retry/)).toBeNull();
    expect(screen.getByRole('region', { name: 'Guidance' })).not.toHaveTextContent(/Do not retry/);
  });

  it('shows a pasted curl failure as No response: cause, what curl said, culprits, checks, verdict and the command', async () => {
    render(<DiagnoseScreen />);
    await paste(
      'user@box:~$ curl -v https://api.example.com/v1/users\ncurl: (6) Could not resolve host: api.example.com\n',
    );
    const card = await screen.findByRole('article', { name: 'No response' });
    expect(
      within(card).getByRole('heading', { name: 'The host name could not be resolved' }),
    ).toBeInTheDocument();
    expect(card).toHaveTextContent('curl said (6): Could not resolve host: api.example.com');
    expect(within(card).getByRole('heading', { name: 'Likely culprits' })).toBeInTheDocument();
    expect(within(card).getByText('nslookup api.example.com')).toBeInTheDocument();
    expect(within(card).getByLabelText('Verdict')).toHaveTextContent(
      /^Retry only after fixing the request\./,
    );
    expect(
      screen.getByText('curl -v https://api.example.com/v1/users', { selector: '.command-line code' }),
    ).toBeInTheDocument();
    expect(screen.getByText('No response (the request failed before any answer)')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Status' })).toBeNull();
  });
});
