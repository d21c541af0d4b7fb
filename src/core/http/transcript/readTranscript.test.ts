import { describe, expect, it } from 'vitest';
import { readTranscript } from './readTranscript';

describe('readTranscript', () => {
  it('finds the command and where its output starts', () => {
    const text = '$ curl -i https://a.io\nHTTP/1.1 200 OK\n\n';
    expect(readTranscript(text)).toMatchObject({
      command: 'curl -i https://a.io',
      program: 'curl',
      commandLine: 1,
      outputStart: text.indexOf('HTTP'),
      outputLine: 2,
      outputEnd: text.length,
    });
  });

  it('takes the last HTTP client command, after other commands and their output', () => {
    const text = [
      'ubuntu@box:~$ ./hello.js',
      'Server running at http://localhost:8080/',
      'ubuntu@box:~$ curl http://localhost:8080',
      'curl: (7) Failed to connect to localhost port 8080: Connection refused',
    ].join('\n');
    expect(readTranscript(text)).toMatchObject({
      command: 'curl http://localhost:8080',
      commandLine: 3,
      outputLine: 4,
    });
  });

  it('takes the last command of any kind when none runs an HTTP client', () => {
    const text = 'PS C:\\Users\\me> node\nWelcome to Node.js v20.11.1.\n> await fetch("https://a.io")\n';
    expect(readTranscript(text)).toMatchObject({ command: 'node', program: 'node', outputLine: 2 });
  });

  it('joins continuation lines (backslash, open quotes) into the command', () => {
    const text = '$ curl -X POST \\\n  -d \'{\n  "a": 1\n}\' https://a.io\nHTTP/1.1 201 Created\n\n';
    const t = readTranscript(text);
    expect(t?.command).toBe('curl -X POST \\\n  -d \'{\n  "a": 1\n}\' https://a.io');
    expect(t?.outputLine).toBe(5);
  });

  it('leaves out a last line that is only the next prompt', () => {
    const text = '$ curl https://a.io\n{"ok":true}\n$ ';
    const t = readTranscript(text);
    expect(text.slice(t?.outputStart, t?.outputEnd)).toBe('{"ok":true}\n');
  });

  it('stops looking once the output shows HTTP: prompt-like lines below are body text', () => {
    const text = 'HTTP/1.1 200 OK\nContent-Type: text/plain\n\n$ curl https://other.io\n';
    expect(readTranscript(text)).toBeUndefined();
  });

  it.each([
    ['HTTP/1.1 404 Not Found\n\n'],
    ['{"error":"x"}'],
    ['* Trying 1.2.3.4...\n> GET / HTTP/1.1\n'],
    [''],
  ])('has no command in %j', (text) => {
    expect(readTranscript(text)).toBeUndefined();
  });
});
