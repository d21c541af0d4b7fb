import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precacheServiceWorker } from './scripts/serviceWorkerPlugin.ts';
import { domTestFiles } from './scripts/domTestFiles.ts';
import { SlowTestsFirst } from './scripts/slowTestsFirst.ts';

/**
 * The Content-Security-Policy lives in index.html. The dev server needs a websocket back to itself
 * for hot reload ('self'); the production build forbids every connection ('none').
 */
function strictConnectSrcInBuild(): Plugin {
  return {
    name: 'triage-strict-connect-src',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes("connect-src 'self'")) throw new Error('index.html lost its connect-src directive');
      return html.replace("connect-src 'self'", "connect-src 'none'");
    },
  };
}

const DOM_TEST_FILES = domTestFiles();

export default defineConfig({
  plugins: [react(), strictConnectSrcInBuild(), precacheServiceWorker()],
  // Relative asset URLs: the build works from any folder or file server, and nothing points elsewhere.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // No inline data: URIs for scripts; fonts and images may be inlined (allowed by the CSP).
    assetsInlineLimit: 0,
    rolldownOptions: {
      // The core's modules only define things: importing one of its exports through the barrel
      // (src/core/index.ts) must not drag the whole core into the first-paint chunks.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]core[\\/]/.test(id) },
    },
  },
  worker: { format: 'es' },
  test: {
    environment: 'node',
    testTimeout: 20000,
    // A worker per core: vitest's default (cores - 1) runs the tests one file at a time on 2 cores.
    maxWorkers: availableParallelism(),
    // Worker threads, not processes: a file's own thread starts faster than a process (the app
    // project: 130 s of CPU in forks, 117 s in threads, 196 s against 154 s of wall time on 2 cores).
    pool: 'threads',
    sequence: { sequencer: SlowTestsFirst },
    projects: [
      {
        // The core is pure functions over strings: its test files share one module graph per worker
        // (no re-import of the core for each of its ~160 files), which cut their CPU time from 124 s to 24 s (user+sys, 160 files).
        extends: true,
        test: {
          name: 'core',
          include: ['src/core/**/*.test.ts'],
          setupFiles: ['src/test/propertySetup.ts'],
          isolate: false,
        },
      },
      {
        // Components and state in a DOM (happy-dom): each file in its own module graph (stores, rendered
        // trees, storage).
        extends: true,
        test: {
          name: 'app',
          include: DOM_TEST_FILES,
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        // The rest of the app's tests, pure functions and worker lanes driven by fakes, share a module
        // graph per worker as the core's do: 19 files in 11.7 s isolated, 4.1 s shared.
        extends: true,
        test: {
          name: 'app-node',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          exclude: ['src/core/**', ...DOM_TEST_FILES],
          setupFiles: ['src/test/setup.ts'],
          isolate: false,
        },
      },
    ],
  },
});
