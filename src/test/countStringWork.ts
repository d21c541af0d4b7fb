/**
 * Counts, deterministically, the characters a function reads through the string primitives the
 * core's scanners use (test support only): `charCodeAt` reads one, `indexOf` reads from its start to
 * what it finds (or to the end), `slice` and `split` copy what they return or read, and a RegExp's
 * `test` or `exec` reads the string from its lastIndex. A step that goes back over what it read (a
 * rescan per occurrence) shows as a count growing faster than the text, on any machine, under any
 * load. Work hidden inside one regex call (backtracking) is not seen: hostile regexes are checked
 * by src/core/hostileInputs.*.test.ts at sizes where a quadratic one outlasts the timeout.
 */
export function countStringWork<R>(run: () => R): { result: R; work: number } {
  const string = String.prototype;
  const regexp = RegExp.prototype;
  const saved = {
    charCodeAt: string.charCodeAt,
    indexOf: string.indexOf,
    slice: string.slice,
    split: string.split,
    test: regexp.test,
    exec: regexp.exec,
  };
  let work = 0;
  string.charCodeAt = function (this: string, at: number) {
    work++;
    return saved.charCodeAt.call(this, at);
  };
  string.indexOf = function (this: string, search: string, from = 0) {
    const found = saved.indexOf.call(this, search, from);
    work += (found < 0 ? this.length : found + search.length) - Math.max(0, Math.min(from, this.length)) + 1;
    return found;
  };
  string.slice = function (this: string, start?: number, end?: number) {
    const part = saved.slice.call(this, start, end);
    work += part.length + 1;
    return part;
  };
  string.split = function (this: string, ...args: Parameters<string['split']>) {
    work += this.length + 1;
    return saved.split.apply(this, args as never) as string[];
  } as typeof string.split;
  regexp.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    work += Math.max(0, String(input).length - from) + 1;
    return saved.exec.call(this, input);
  };
  regexp.test = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    work += Math.max(0, String(input).length - from) + 1;
    return saved.test.call(this, input);
  };
  try {
    return { result: run(), work };
  } finally {
    Object.assign(string, {
      charCodeAt: saved.charCodeAt,
      indexOf: saved.indexOf,
      slice: saved.slice,
      split: saved.split,
    });
    Object.assign(regexp, { test: saved.test, exec: saved.exec });
  }
}
