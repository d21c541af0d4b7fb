import { describe, expect, it } from 'vitest';
import { classifyCurlLine, gluedNoteStart } from './classifyCurlLine';

const classify = (line: string) => classifyCurlLine(line, 0, line.length);

describe('classifyCurlLine', () => {
  it.each([
    ['*   Trying 93.184.216.34:443...', 'note'],
    ['* Request completely sent off', 'note'],
    ['*', 'note'],
    ['> GET / HTTP/1.1', 'request'],
    ['>', 'request'],
    ['> ', 'request'],
    ['< HTTP/2 404 ', 'response'],
    ['<', 'response'],
    ['{ [5 bytes data]', 'data-frame'],
    ['} [512 bytes data]', 'data-frame'],
    ['  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current', 'progress'],
    ['                                 Dload  Upload   Total   Spent    Left  Speed', 'progress'],
    ['100  1256  100  1256    0     0   5034      0 --:--:-- --:--:-- --:--:--  5044', 'progress'],
    ['curl: (28) Operation timed out after 5001 milliseconds with 0 bytes received', 'curl-error'],
    ['{"error":"not_found"}', 'other'],
    ['<html><body>Bad Gateway</body></html>', 'other'],
    ['*bold* text', 'other'],
    ['1 2 3 4 5 6 7 8 9', 'other'],
    ['', 'other'],
  ])('%j is %s', (line, kind) => {
    expect(classify(line)).toBe(kind);
  });
});

describe('gluedNoteStart', () => {
  it.each([
    ['{"ok":true}* Connection #0 to host example.com left intact', 11],
    ['done* Closing connection 0', 4],
    ['{"ok":true}', -1],
    ['* Connection #0 to host example.com left intact', -1],
    ['bullet * point', -1],
  ])('%j', (line, index) => {
    expect(gluedNoteStart(line)).toBe(index);
  });
});
