import { describe, expect, it } from 'vitest';
import { programOf, readCommandLine } from './readCommandLine';

describe('readCommandLine', () => {
  it.each([
    ['$ curl -v https://x.io', '$', 'curl -v https://x.io', 'curl'],
    [' $ curl -I --http2 https://nghttp2.org', '$', 'curl -I --http2 https://nghttp2.org', 'curl'],
    ['% curl -i https://x.io', '%', 'curl -i https://x.io', 'curl'],
    ['# curl -v www.google.com', '#', 'curl -v www.google.com', 'curl'],
    ['/ #  curl -s "https://a.io"', '/ #', 'curl -s "https://a.io"', 'curl'],
    [
      'ubuntu@ip-172-31-82-241:~$ curl http://localhost:8080',
      'ubuntu@ip-172-31-82-241:~$',
      'curl http://localhost:8080',
      'curl',
    ],
    [
      'hanh@hanh-Satellite-L310 ~ $ wget -O - http://a.io/x.sh | sudo sh',
      'hanh@hanh-Satellite-L310 ~ $',
      'wget -O - http://a.io/x.sh | sudo sh',
      'wget',
    ],
    [
      "michi@mbmif ~/coding/icinga2 (master *=) $ curl -k -s -u foo:bar 'https://localhost:5665/v1'",
      'michi@mbmif ~/coding/icinga2 (master *=) $',
      "curl -k -s -u foo:bar 'https://localhost:5665/v1'",
      'curl',
    ],
    ['[root@host-c7 ~]# wget https://a.io/x.tgz', '[root@host-c7 ~]#', 'wget https://a.io/x.tgz', 'wget'],
    ['[$] http --verify=no https://localhost:443', '[$]', 'http --verify=no https://localhost:443', 'http'],
    [
      '➜  myapp git:(main) ✗ curl -i localhost:3000',
      '➜  myapp git:(main) ✗',
      'curl -i localhost:3000',
      'curl',
    ],
    [
      '❯❯❯ curl --cacert ca.pem https://www.erlang.org/',
      '❯❯❯',
      'curl --cacert ca.pem https://www.erlang.org/',
      'curl',
    ],
    ['PS C:\\Users\\Lenovo\\Desktop> node', 'PS C:\\Users\\Lenovo\\Desktop>', 'node', 'node'],
    ['C:\\work> curl.exe -i https://a.io', 'C:\\work>', 'curl.exe -i https://a.io', 'curl'],
    [
      '🥕 carrot 🗂 ~/git/pellet $ http -v localhost:8082/v1/hello',
      '🥕 carrot 🗂 ~/git/pellet $',
      'http -v localhost:8082/v1/hello',
      'http',
    ],
    ['$ sudo curl -X POST https://a.io', '$', 'sudo curl -X POST https://a.io', 'curl'],
    [
      '$ ./curl -v --http2 -g "203.0.113.10:10000/hello/"',
      '$',
      './curl -v --http2 -g "203.0.113.10:10000/hello/"',
      'curl',
    ],
    ['$ git clone git@github.com:a/b.git', '$', 'git clone git@github.com:a/b.git', 'git'],
    ['ubuntu@box:~$ ./hello.js', 'ubuntu@box:~$', './hello.js', './hello.js'],
    // No prompt at all: a bare client command.
    ['curl -v -k -L http://localhost:5678/', '', 'curl -v -k -L http://localhost:5678/', 'curl'],
    [
      "curl -i -X GET 'http://localhost:7896/iot/d?k=1' -H 'accept: text/plain'",
      '',
      "curl -i -X GET 'http://localhost:7896/iot/d?k=1' -H 'accept: text/plain'",
      'curl',
    ],
    [
      'http --ignore-netrc pie.dev/basic-auth/httpie/test',
      '',
      'http --ignore-netrc pie.dev/basic-auth/httpie/test',
      'http',
    ],
    ['wget "http://localhost/droppy/?$/yug"', '', 'wget "http://localhost/droppy/?$/yug"', 'wget'],
  ])('%j', (line, prompt, command, program) => {
    expect(readCommandLine(line)).toEqual({ prompt, command, program });
  });

  it.each([
    [
      "curl -vvvv -XGET 'http://localhost:8892/i'                                        14:21:06",
      "curl -vvvv -XGET 'http://localhost:8892/i'",
    ],
    [
      ' $ curl -L https://drwg.ru                                                     1,011s',
      'curl -L https://drwg.ru',
    ],
  ])('drops a right-aligned prompt (clock, timer): %j', (line, command) => {
    expect(readCommandLine(line)?.command).toBe(command);
  });

  it.each([
    ['>>> requests.get("https://a.io")', 'the Python REPL is not a shell prompt'],
    ['> await fetch("https://a.io")', 'the Node REPL'],
    ['> GET / HTTP/1.1', "curl's request line"],
    ['< HTTP/1.1 200 OK', "curl's response line"],
    ['  % Total    % Received % Xferd  Average Speed   Time', "curl's progress meter"],
    ['# Installation notes', 'a Markdown heading'],
    ['$ 5.00 charged to your card', 'a price'],
    ['curl failed to verify the legitimacy of the server and therefore could not', "curl's own explanation"],
    ['http error while fetching', 'prose that starts with "http"'],
    ['[INFO] Starting server', 'a log line'],
    ['HTTP/1.1 200 OK', 'a status line'],
    ['{"error": "x"}', 'a body'],
  ])('%j is not a command line (%s)', (line) => {
    expect(readCommandLine(line)).toBeUndefined();
  });
});

describe('programOf', () => {
  it.each([
    ['curl -v x', 'curl'],
    ['sudo -E curl x', 'curl'],
    ['FOO=1 BAR=2 wget x', 'wget'],
    ['/usr/local/bin/curl x', 'curl'],
    ['curl.exe -i x', 'curl'],
    ['time http :3000', 'http'],
    ['\\curl x', 'curl'],
  ])('%j runs %s', (command, program) => {
    expect(programOf(command)).toBe(program);
  });
});
