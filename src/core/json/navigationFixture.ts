import { formatJson } from './formatJson';

/**
 * A small API-like document as the scanner's formatter writes it (the text the Diagnose body view and
 * the JSON screen show), for the navigation tests. Its 0-based lines:
 *
 *    0 {                      7       ]                 14   ],
 *    1   "data": [            8     },                  15   "meta": {
 *    2     {                  9     {                   16     "a/b": "x",
 *    3       "id": 1,        10       "id": 2,          17     "~t": true
 *    4       "items": [      11       "items": [],      18   },
 *    5         10,           12       "name": "b"       19   "empty": {}
 *    6         20            13     }                   20 }
 */
export const NAVIGATION_SOURCE =
  '{"data":[{"id":1,"items":[10,20]},{"id":2,"items":[],"name":"b"}],"meta":{"a/b":"x","~t":true},"empty":{}}';

function formatted(): string {
  const result = formatJson(NAVIGATION_SOURCE, { indent: 2 });
  if (!result.ok) throw new Error('the fixture must be valid JSON');
  return result.text;
}

export const NAVIGATION_DOC = formatted();

/** Offset of the first character that is not whitespace on 0-based `line` of `text`. */
export function firstTokenOfLine(text: string, line: number): number {
  let offset = 0;
  for (let i = 0; i < line; i++) offset = text.indexOf('\n', offset) + 1;
  while (text[offset] === ' ') offset++;
  return offset;
}
