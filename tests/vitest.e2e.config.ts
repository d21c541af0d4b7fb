import { defineConfig } from 'vitest/config';

/** End-to-end tests: the production build (dist/) served on 127.0.0.1, driven in real Chromium. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    environment: 'node',
    // One file at a time (the browser tests must not compete for the 2 cores), all in one worker that
    // keeps its modules (playwright-core, the helpers) from file to file: no new process per file.
    fileParallelism: false,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
