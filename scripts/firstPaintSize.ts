/**
 * The JavaScript the first paint waits for: the entry script of the built index.html and every chunk
 * it imports statically, transitively (what the browser must fetch and run before the app renders).
 * Chunks loaded by dynamic import() — Monaco, the core, the other screens — are not counted. Sizes are
 * gzip at level 9, as a static server would send them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget for the first paint's JavaScript, in gzip bytes (issue 10). */
export const FIRST_PAINT_BUDGET_BYTES = 100 * 1024;

export interface FirstPaintChunk {
  /** Path relative to dist/. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface FirstPaintSize {
  chunks: FirstPaintChunk[];
  gzipBytes: number;
}

/** `import ... from "./x.js"` and `import "./x.js"` at statement level; import("./x.js") is not matched. */
const STATIC_IMPORT = /(?:^|[;}\n])\s*import\s*(?:[\w$*{][^;"'()]*?from\s*)?["']([^"']+)["']/g;

/** The first-paint chunk set of the build in `distDir`, biggest first. */
export function measureFirstPaint(distDir = 'dist'): FirstPaintSize {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => join(distDir, match[1] ?? ''));
  if (entries.length === 0) throw new Error(`${distDir}/index.html loads no module script`);
  const seen = new Set<string>();
  const queue = [...entries];
  const chunks: FirstPaintChunk[] = [];
  while (queue.length > 0) {
    const path = queue.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(path);
    chunks.push({
      file: relative(distDir, path),
      bytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
    });
    for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('.')) queue.push(join(dirname(path), specifier));
    }
  }
  chunks.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { chunks, gzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0) };
}
