import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Same search as tests/e2e/findChromium.ts, for plain node scripts: CHROME_PATH, /usr/bin/chromium, google-chrome. */
export function findChromiumPath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(path)) return path;
  for (const name of ['google-chrome', 'google-chrome-stable', 'chromium']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}
