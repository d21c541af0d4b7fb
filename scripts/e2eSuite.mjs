// The end-to-end suite as both `npm test` (scripts/test-all.mjs) and `npm run test:e2e` run it.

/** vitest arguments that select the e2e suite: the built app served on 127.0.0.1, driven in Chromium. */
export const E2E_VITEST_ARGS = ['--config', 'tests/vitest.e2e.config.ts'];

/** Says, loudly, that the e2e tests cannot run and how to install Chromium. */
export function reportMissingChromium() {
  const banner = '*'.repeat(78);
  console.error(
    `\n${banner}\n* NO CHROMIUM FOUND: the end-to-end tests cannot run.\n* Looked at CHROME_PATH, /usr/bin/chromium and google-chrome.\n* Install it with:  apt-get update && apt-get install -y chromium\n${banner}\n`,
  );
}
