/**
 * A lossless syntax tree of a JSON document: every node keeps the span of its source text, so a
 * value's text is `source.slice(node.start, node.end)` exactly as written (numbers, escapes, spacing
 * inside strings). String values stay undecoded (decode with the json module's string decoder when
 * needed); keys are decoded. Used by the comparison to match values by their text and skip identical subtrees.
 */
export type JsonNode =
  | { type: 'object'; start: number; end: number; entries: JsonEntry[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string' | 'number' | 'true' | 'false' | 'null'; start: number; end: number };

export interface JsonEntry {
  /** The decoded key. */
  key: string;
  keyStart: number;
  value: JsonNode;
}
