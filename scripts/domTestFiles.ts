import { readdirSync, readFileSync } from 'node:fs';

/** The comment that makes vitest run a test file in a DOM (happy-dom) instead of plain node. */
const DOM_ENVIRONMENT = '@vitest-environment happy-dom';

/**
 * The app's test files (outside src/core) that run in a DOM, as paths from the project root. vitest
 * runs them each in its own module graph (stores, rendered trees and storage must not leak from one
 * file into the next); the others, pure functions and worker lanes driven by fakes, share one.
 */
export function domTestFiles(): string[] {
  return ['src', 'scripts']
    .flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((path) => `${folder}/${path}`),
    )
    .filter(
      (path) =>
        /\.test\.tsx?$/.test(path) &&
        !path.startsWith('src/core/') &&
        readFileSync(path, 'utf8').includes(DOM_ENVIRONMENT),
    )
    .sort();
}
