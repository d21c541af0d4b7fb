// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadRunTask } from '../../workers/coreClient';
import { loadDiagnosisResult } from '../diagnose/loadDiagnosisResult';
import { useCompareStore } from '../../state/compareStore';
import { useDiagnoseStore } from '../../state/diagnoseStore';
import { useJsonStore } from '../../state/jsonStore';
import CompareScreen from '../compare/CompareScreen';
import { DiagnoseScreen } from '../diagnose/DiagnoseScreen';
import JsonScreen from '../json/JsonScreen';

const file = (name: string, content: string | Uint8Array<ArrayBuffer>) => new File([content], name);

function drop(target: Element, files: File[]) {
  const dataTransfer = { files, types: ['Files'], dropEffect: 'none' };
  fireEvent.dragEnter(target, { dataTransfer });
  fireEvent.dragOver(target, { dataTransfer });
  fireEvent.drop(target, { dataTransfer });
}

// The core and the diagnosis view load on demand (not part of the first paint): load them once here.
beforeAll(() => Promise.all([loadRunTask(), loadDiagnosisResult()]));

beforeEach(() => {
  localStorage.clear();
  act(() => {
    useDiagnoseStore.getState().clear();
    useJsonStore.setState({ input: '', undo: undefined });
    useCompareStore.getState().setBoth({ input: '', name: 'A' }, { input: '', name: 'B' });
  });
});
afterEach(cleanup);

describe('opening files', () => {
  it('diagnoses a file dropped on the Diagnose input', async () => {
    render(<DiagnoseScreen />);
    drop(screen.getByRole('region', { name: 'Response to diagnose' }), [
      file('outage.http', 'HTTP/1.1 503 Service Unavailable\r\nRetry-After: 120\r\n\r\n'),
    ]);
    await waitFor(() => expect(useDiagnoseStore.getState().input).toMatch(/^HTTP\/1.1 503/));
    expect(await screen.findByRole('article', { name: 'Status' })).toHaveTextContent('Service Unavailable');
  });

  it('refuses a binary file by name and keeps the input', async () => {
    act(() => useDiagnoseStore.getState().setInput('HTTP/1.1 404 Not Found\n\n'));
    render(<DiagnoseScreen />);
    drop(screen.getByRole('region', { name: 'Response to diagnose' }), [
      file('capture.gz', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0])),
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“capture.gz” is a gzip-compressed file, not text.',
    );
    expect(useDiagnoseStore.getState().input).toBe('HTTP/1.1 404 Not Found\n\n');
  });

  it('opens a file chosen with "Open file…" on the JSON screen, with Undo', async () => {
    act(() => useJsonStore.getState().setInput('{"old": true}'));
    render(<JsonScreen />);
    const input = screen.getByLabelText('Open file…', { selector: 'input' });
    fireEvent.change(input, { target: { files: [file('body.json', '{"new": 1}')] } });
    await waitFor(() => expect(useJsonStore.getState().input).toBe('{"new": 1}'));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo open file' }));
    expect(useJsonStore.getState().input).toBe('{"old": true}');
  });

  it('fills A and B from two files dropped on one side of Compare, and one file fills that side', async () => {
    render(<CompareScreen />);
    drop(screen.getByRole('region', { name: 'Side A' }), [
      file('staging.http', 'HTTP/1.1 200 OK\n\n{}'),
      file('prod.http', 'HTTP/1.1 500 Internal Server Error\n\n{}'),
    ]);
    await waitFor(() => expect(useCompareStore.getState().b.input).toMatch(/500/));
    expect(useCompareStore.getState().a).toEqual({ input: 'HTTP/1.1 200 OK\n\n{}', name: 'staging' });
    expect(useCompareStore.getState().b.name).toBe('prod');
    drop(screen.getByRole('region', { name: 'Side B' }), [file('canary.json', '{"x":1}')]);
    await waitFor(() => expect(useCompareStore.getState().b).toEqual({ input: '{"x":1}', name: 'canary' }));
    expect(useCompareStore.getState().a.name).toBe('staging');
  });
});
