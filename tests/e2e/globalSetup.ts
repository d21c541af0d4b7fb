import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS } from '../../scripts/chromiumArgs.mjs';
import { findChromiumPath } from '../../scripts/findChromiumPath.mjs';
import { serveBuild } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the one Chromium of the run listens: every test file connects, none launches its own. */
    browserEndpoint: string;
  }
}

/**
 * Serves dist/ on 127.0.0.1 (tests/e2e/staticServer.ts) and starts one headless Chromium for the
 * whole run; the tests connect to it (each test gets a new page on a clean origin: see browser.ts).
 */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromiumPath();
  if (!chromiumPath) {
    throw new Error(
      `\n\n*** No Chromium found (CHROME_PATH, /usr/bin/chromium, google-chrome). ***\n*** Install it: apt-get update && apt-get install -y chromium ***\n`,
    );
  }
  const build = new URL('../../dist', import.meta.url).pathname;
  if (!existsSync(`${build}/index.html`))
    throw new Error('dist/ is missing: run `npm run build` before the e2e tests.');
  const server = await serveBuild(build);
  const browserServer = await chromium.launchServer({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    host: '127.0.0.1',
  });
  project.provide('baseUrl', server.url);
  project.provide('browserEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await server.close();
  };
}
