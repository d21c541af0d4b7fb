/**
 * Where one JSON value sits in its source: `source.slice(start, end)` is its text exactly as written.
 * JsonNode has this shape too, so code that only needs spans accepts either a parsed tree or the
 * children read lazily by readJsonChildren.
 */
export interface JsonSpan {
  start: number;
  end: number;
}
