import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS } from '../../scripts/chromiumArgs.mjs';
import { findChromiumPath } from '../../scripts/findChromiumPath.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the one Chromium of the run listens: every test file connects, none launches its own. */
    browserEndpoint: string;
  }
}

/**
 * Serves dist/ on 127.0.0.1 and starts one headless Chromium for the whole run; the tests connect to
 * it (each test gets its own fresh context, so nothing is shared between tests but the process).
 */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromiumPath();
  if (!chromiumPath) {
    throw new Error(
      `\n\n*** No Chromium found (CHROME_PATH, /usr/bin/chromium, google-chrome). ***\n*** Install it: apt-get update && apt-get install -y chromium ***\n`,
    );
  }
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before the e2e tests.');
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browserServer = await chromium.launchServer({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    host: '127.0.0.1',
  });
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('browserEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await server.close();
  };
}
