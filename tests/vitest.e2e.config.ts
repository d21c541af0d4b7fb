import { defineConfig } from 'vitest/config';

/** End-to-end tests: the production build (dist/) served on 127.0.0.1, driven in real Chromium. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    environment: 'node',
    // Two files at a time, each in a worker that keeps its modules (playwright-core, the helpers) from
    // file to file, all driving the one shared Chromium: most of a browser test is waiting on the page,
    // and no test asserts a duration (figures are logged; speed goals live in npm run bench).
    maxWorkers: 2,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
