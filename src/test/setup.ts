// Test setup for every unit and component test.
import '@testing-library/jest-dom/vitest';
import fc from 'fast-check';
import { vi } from 'vitest';
import { PROPERTY_SEED, propertyRuns } from './propertyRuns';

// Every property test is seeded and bounded (see propertyRuns): the same cases on every run.
fc.configureGlobal({ seed: PROPERTY_SEED, ...propertyRuns(100) });

// Monaco does not run in jsdom: component tests get a textarea with the same value/onChange contract.
// The real editor is tested in Chromium (tests/e2e).
vi.mock('@monaco-editor/react', async () => (await import('./MockMonacoEditor')).mockModule);
vi.mock('../ui/editor/monacoSetup', () => ({
  monaco: {
    MarkerSeverity: { Error: 8, Warning: 4, Info: 2, Hint: 1 },
    KeyCode: { Tab: 2, Shift: 4, Ctrl: 5, Alt: 6, Escape: 9, Meta: 57 },
    editor: { setModelMarkers: () => undefined },
  },
}));
