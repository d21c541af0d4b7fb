// Test setup for the tests outside the core (components, state, workers); core tests need only
// propertySetup.
import { configure } from '@testing-library/dom';
import '@testing-library/jest-dom/vitest';
import { vi } from 'vitest';
import './propertySetup';

// findBy* and waitFor wait up to 10 s for what they expect (testing-library's default is 1 s): the
// tests run in two workers on 2 cores, often beside other builds, where a screen's first render with
// its lazy chunks can take over a second. A passing wait returns as soon as its condition holds.
configure({ asyncUtilTimeout: 10_000 });

// Monaco does not run in a test DOM (happy-dom): component tests get a textarea with the same
// value/onChange contract. The real editor is tested in Chromium (tests/e2e).
vi.mock('@monaco-editor/react', async () => (await import('./MockMonacoEditor')).mockModule);
vi.mock('../ui/editor/monacoSetup', () => ({
  monaco: {
    MarkerSeverity: { Error: 8, Warning: 4, Info: 2, Hint: 1 },
    KeyCode: { Tab: 2, Shift: 4, Ctrl: 5, Alt: 6, Escape: 9, Meta: 57 },
    editor: { setModelMarkers: () => undefined },
  },
}));

// The test DOM runs no module workers: big inputs go through an in-process stand-in, as they go through the
// core worker in the browser (the lane refuses big inputs when no worker can start).
if (typeof window !== 'undefined') {
  const { InProcessWorker } = await import('./InProcessWorker');
  vi.stubGlobal('Worker', InProcessWorker);
}
