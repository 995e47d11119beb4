/**
 * What the log shipper refuses to write into fluent.conf, one class of value at a time, with the
 * exact reason. The properties in fluentd-config.test.ts show that whatever is accepted stays one
 * value of one section; these pin which check refuses what (found untested by the mutation run:
 * with one check gone, a later one or the mount rules still refused the value, so the
 * properties passed).
 */
// @ts-nocheck

import { filePatternRefusal, logPathRefusal, matchBodyRefusal } from '../../lib/patterns/fluentd';

const what = (refusal: { what: string } | undefined) => refusal?.what;

test.each([
  ['/var/log/app\n', 'which holds a control character'],
  ['var/log/app', 'which is not an absolute directory path without a trailing "/"'],
  ['/', 'which is not an absolute directory path without a trailing "/"'],
  ['/var/log/app/', 'which is not an absolute directory path without a trailing "/"'],
  [' /var/log', 'which is not an absolute directory path without a trailing "/"'],
  ['/var//log', 'which has an empty, "." or ".." segment'],
  ['/var/./log', 'which has an empty, "." or ".." segment'],
  ['/var/../etc', 'which has an empty, "." or ".." segment'],
  ['/var/log/a,/etc', `whose "," Fluentd's tail input would read as a separator between two paths, not as part of a directory name`],
  ['/var/log/*', `whose "*" Fluentd's tail input would read as a pattern, not as part of a directory name`],
  ['/var/log/%Y', `whose "%" Fluentd's tail input would read as a pattern, not as part of a directory name`],
  ['/var/log ', 'which starts or ends with a space that Fluentd strips'],
])('logPath %j is refused: %s', (logPath, reason) => {
  expect(what(logPathRefusal(logPath))).toBe(`has logPath ${JSON.stringify(logPath)}, ${reason}`);
});

test.each(['/var/log/app', '/var/log/my app', '/data/.hidden/logs', '/a'])('logPath %j is accepted', (logPath) => {
  expect(logPathRefusal(logPath)).toBeUndefined();
});

test.each([
  ['*.log\r', 'which holds a control character'],
  ['', 'which is empty or starts or ends with a space that Fluentd strips'],
  ['   ', 'which is empty or starts or ends with a space that Fluentd strips'],
  [' *.log', 'which is empty or starts or ends with a space that Fluentd strips'],
  ['*.log ', 'which is empty or starts or ends with a space that Fluentd strips'],
  ['/etc/*', 'which is absolute or has an empty, "." or ".." segment: it must select files under logPath'],
  ['a//*.log', 'which is absolute or has an empty, "." or ".." segment: it must select files under logPath'],
  ['./*.log', 'which is absolute or has an empty, "." or ".." segment: it must select files under logPath'],
  ['../*.log', 'which is absolute or has an empty, "." or ".." segment: it must select files under logPath'],
  ['a/', 'which is absolute or has an empty, "." or ".." segment: it must select files under logPath'],
  ['*.log,/etc/*', `whose "," Fluentd's tail input reads as a separator between two paths`],
  // The first of them is named.
  ['*.{log,txt}', 'whose "{" is not a pattern the tail input reads the same way everywhere'],
  ['*.{log}', 'whose "{" is not a pattern the tail input reads the same way everywhere'],
  ['a\\*.log', 'whose "\\" is not a pattern the tail input reads the same way everywhere'],
])('filePattern %j is refused: %s', (filePattern, reason) => {
  expect(what(filePatternRefusal(filePattern))).toBe(`has filePattern ${JSON.stringify(filePattern)}, ${reason}`);
});

test.each(['*.log', 'app-*.log', 'nginx/access.log', '%Y-%m-%d.log', 'a b.log'])('filePattern %j is accepted', (filePattern) => {
  expect(filePatternRefusal(filePattern)).toBeUndefined();
});

const line = (n: number, text: string) => `line ${n} of the output (${JSON.stringify(text)})`;

test.each([
  ['@type stdout\r', 'has an output holding a control character other than tab and newline'],
  ['@type http\nendpoint "#{ENV["URL"]}"', 'has an output with "#{", which Fluentd runs as Ruby code when it reads a double-quoted value'],
  ['@type forward\n</match>', `has ${line(2, '</match>')} closing a section the output did not open`],
  ['@type forward\n<server>\n</buffer>', `has ${line(3, '</buffer>')} closing a section the output did not open`],
  ['@type copy\n<source>', `has ${line(2, '<source>')} opening <source>, a top-level section that cannot stand inside <match>`],
  ['@type copy\n<Label @x>', `has ${line(2, '<Label @x>')} opening <Label>, a top-level section that cannot stand inside <match>`],
  ...['match', 'filter', 'system', 'worker'].map((section): [string, string] => [
    `@type copy\n<${section} x>`,
    `has ${line(2, `<${section} x>`)} opening <${section}>, a top-level section that cannot stand inside <match>`,
  ]),
  ['@type forward\n<server', `has ${line(2, '<server')}, which is not a section tag "<name argument>" or "</name>"`],
  ['@type forward\n= x', `has ${line(2, '= x')}, which is not "name value"`],
  [
    '@type forward\n@flush now',
    `has ${line(2, '@flush now')}, a parameter with the "@" prefix Fluentd reserves for its own (refused in <match>)`,
  ],
  ['@type forward\n@include /etc/x.conf', `has ${line(2, '@include /etc/x.conf')} including another file`],
  ['@type forward\n<server>\ninclude /etc/x.conf\n</server>', `has ${line(3, 'include /etc/x.conf')} including another file`],
  [
    '@type forward\nhost "logs',
    `has ${line(2, 'host "logs')}, whose value does not close its quote on its line, so Fluentd would read the next lines into it`,
  ],
  ["@type forward\nhost 'logs' x", `has ${line(2, "host 'logs' x")}, whose value has text after its closing quote`],
  ['@type forward\nhost "logs\\', `has ${line(2, 'host "logs\\')}, whose value ends in "\\", which continues it on the next line`],
  ['@type forward\nhost "lo\\gs"', `has ${line(2, 'host "lo\\gs"')}, whose value has the escape "\\g", which Fluentd refuses`],
  ['@type forward\ntags ["a", "b"] x', `has ${line(2, 'tags ["a", "b"] x')}, whose value has text after its JSON`],
  [
    '@type forward\ntags ["#a"]',
    `has ${line(2, 'tags ["#a"]')}, whose value has a "#" inside JSON, where Fluentd may take the rest of the line for a comment and read on`,
  ],
  [
    '@type forward\ntags {"a": 1',
    `has ${line(2, 'tags {"a": 1')}, whose value is JSON that does not close on its line, so Fluentd would read the next lines into it`,
  ],
  ['@type "exec"', `has ${line(1, '@type "exec"')}: an output that runs commands, which a log shipper has no business running`],
  [
    '@type exec_filter # runs',
    `has ${line(1, '@type exec_filter # runs')}: an output that runs commands, which a log shipper has no business running`,
  ],
  ['@type forward\n<server>', 'has an output whose <server> is never closed'],
  // A tag is the whole line (a comment aside): text after it, or before it, makes it no tag.
  ['@type forward\n<buffer>\n</buffer> x', `has ${line(3, '</buffer> x')}, which is not a section tag "<name argument>" or "</name>"`],
  ['@type forward\n<buffer> x\n</buffer>', `has ${line(2, '<buffer> x')}, which is not a section tag "<name argument>" or "</name>"`],
  ['@type forward\nkey <buffer>\n</buffer>', `has ${line(3, '</buffer>')} closing a section the output did not open`],
  // Two spaces before a quoted value: the value is still what is inside the quotes.
  ['@type  "exec"', `has ${line(1, '@type  "exec"')}: an output that runs commands, which a log shipper has no business running`],
  ["@type\t'exec'", `has ${line(1, "@type\t'exec'")}: an output that runs commands, which a log shipper has no business running`],
  ['host logs.example.com', 'has an output without "@type", which Fluentd needs to start'],
  ['<store>\n@type stdout\n</store>', 'has an output without "@type", which Fluentd needs to start'],
])('output %j is refused', (body, expected) => {
  expect(what(matchBodyRefusal(body))).toBe(expected);
});

test.each([
  '@type stdout',
  '@type forward\n<server>\n  host logs.example.com # the collector\n  port 24224\n</server>\n<buffer tag>\n  flush_interval 5s\n</buffer>',
  '@type http\nendpoint \'https://logs.example.com/in?a=1\\\'s\'\nheaders {"X": "1"} # json',
  '@type forward\nhost "logs\\t\\"q\\""\n# a comment line\n\n@id out_1\n@log_level warn',
  "@type forward\nhost 'ex\\ec'",
  '@type relabel\n@label @archive',
  // Spaces inside a closing tag and a comment after it; a parameter without a value.
  '@type forward\n<buffer>\nflush_at_shutdown\n</buffer  >   # done',
  '@type forward\n<server>\n</server> #x',
  // "@" names are refused only directly in <match>; a plugin reads its own sections.
  '@type forward\n<buffer>\n@custom x\n</buffer>',
  // A command plugin's name is refused only as the output's @type.
  '@type forward\ntag exec',
  // In single quotes a backslash stays unless it escapes a quote or a backslash: this is "exe\c".
  "@type 'exe\\c'",
  // In single quotes "\\" is one backslash, and the quote after it closes the value.
  "@type forward\nhost 'a\\\\'",
  // A parameter whose value is "</buffer>" closes nothing.
  '@type forward\n<buffer>\nkey </buffer>\n</buffer>',
])('output %j is accepted', (body) => {
  expect(matchBodyRefusal(body)).toBeUndefined();
});
