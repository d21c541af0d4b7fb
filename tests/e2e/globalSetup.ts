import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromiumPath } from '../../scripts/findChromiumPath.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

/** Serves dist/ on 127.0.0.1 for the whole run and tells the tests where Chromium is. */
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
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
  };
}
