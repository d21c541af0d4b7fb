import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

const SOURCE = 'src/sw/serviceWorker.ts';
const OUTPUT = 'sw.js';
/** The placeholder string literal, in whatever quotes the minifier chose. */
const FILES_PLACEHOLDER = /(['"`])__TRIAGE_PRECACHE_FILES__\1/;
const VERSION_PLACEHOLDER = '__TRIAGE_PRECACHE_VERSION__';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Builds the service worker (src/sw/serviceWorker.ts → dist/sw.js) and, once every file of the build
 * is written (lazy Monaco chunks, worker bundles, fonts, public/ files), writes into it the list of
 * files to precache and a hash of their contents. Hand-written rather than Workbox: the worker is
 * ~80 lines that do one thing, with no run-time caching at all, and the build stays free of Workbox's
 * Babel/Rollup/Terser tool chain (vite-plugin-pwa brings ~300 packages).
 */
export function precacheServiceWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'triage-precache-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: OUTPUT });
    },
    closeBundle() {
      const workerPath = join(outDir, OUTPUT);
      let code: string;
      try {
        code = readFileSync(workerPath, 'utf8');
      } catch {
        return; // A sub-build (a web worker bundle) closes too: only the app's own build has sw.js.
      }
      if (!FILES_PLACEHOLDER.test(code)) return;
      const files = filesUnder(outDir)
        .map((path) => relative(outDir, path).split(sep).join('/'))
        .filter((path) => path !== OUTPUT && !path.endsWith('.map'))
        .sort();
      const hash = createHash('sha256');
      for (const file of files)
        hash
          .update(file)
          .update('\0')
          .update(readFileSync(join(outDir, file)));
      const version = hash.digest('hex').slice(0, 16);
      writeFileSync(
        workerPath,
        code
          .replace(FILES_PLACEHOLDER, JSON.stringify(JSON.stringify(files.map((f) => `./${f}`))))
          .replace(VERSION_PLACEHOLDER, version),
      );
      this.info?.(`service worker precaches ${files.length} files, version ${version}`);
    },
  };
}
