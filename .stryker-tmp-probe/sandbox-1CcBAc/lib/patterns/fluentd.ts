/**
 * Writing values into a Fluentd v1 configuration file so that each stays one value.
 *
 * The rules are those of Fluentd's own parser (`lib/fluent/config/v1_parser.rb`,
 * `literal_parser.rb` and `basic_parser.rb`): a line is a section tag (`<name arg>`,
 * `</name>`), a parameter (`key value`), blank, or a `#` comment; a value in double quotes may
 * run Ruby code (`"#{...}"`, evaluated when the file is read) and may continue on the next line;
 * a value in single quotes knows only the escapes `\'` and `\\` and ends at the line's end; a
 * value starting with `[` or `{` is JSON and goes on over lines until it parses.
 */
// @ts-nocheck


import { hasControlCharacter } from '../core/names';

/** Why a value cannot go into the configuration, and how to fix it. */
export interface ConfigRefusal {
  /** What is wrong, without the construct path. */
  readonly what: string;
  /** How to fix it. */
  readonly fix: string;
}

/**
 * `value` as a Fluentd single-quoted string: the one literal form that runs no code and knows
 * only two escapes, `\'` and `\\`. The caller refuses line breaks, which end the string.
 */
export function fluentdString(value: string): string {
  return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/**
 * Why `logPath` cannot be the directory `in_tail` reads and both containers mount, if it cannot:
 * it must be a clean absolute path, and `in_tail` reads `,` as a separator of several paths and
 * `* ? [ ] { } % \` as glob and time patterns, none of which a directory name should be.
 */
export function logPathRefusal(logPath: string): ConfigRefusal | undefined {
  const quoted = JSON.stringify(logPath);
  const fix = 'use a plain absolute directory such as "/var/log/app"';
  if (hasControlCharacter(logPath)) {
    return { what: `has logPath ${quoted}, which holds a control character`, fix };
  }
  if (!logPath.startsWith('/') || logPath === '/' || logPath.endsWith('/')) {
    return { what: `has logPath ${quoted}, which is not an absolute directory path without a trailing "/"`, fix };
  }
  if (
    logPath
      .split('/')
      .slice(1)
      .some((segment) => segment === '' || segment === '.' || segment === '..')
  ) {
    return { what: `has logPath ${quoted}, which has an empty, "." or ".." segment`, fix };
  }
  const special = /[,*?[\]{}%\\]/.exec(logPath);
  if (special) {
    return {
      what: `has logPath ${quoted}, whose "${special[0]}" Fluentd's tail input would read as ${special[0] === ',' ? 'a separator between two paths' : 'a pattern'}, not as part of a directory name`,
      fix,
    };
  }
  if (logPath !== logPath.trim()) {
    return { what: `has logPath ${quoted}, which starts or ends with a space that Fluentd strips`, fix };
  }
  return undefined;
}

/**
 * Why `filePattern` cannot select files under the log directory, if it cannot: a relative glob
 * (`*`, `?`, `[...]`, and `%Y`-style time patterns, as `in_tail` reads them) that stays below the
 * directory, with no `,` (which `in_tail` splits paths at) and no `{}` or `\`.
 */
export function filePatternRefusal(filePattern: string): ConfigRefusal | undefined {
  const quoted = JSON.stringify(filePattern);
  const fix = 'use a glob relative to logPath, such as "*.log" or "app-*.log"';
  if (hasControlCharacter(filePattern)) {
    return { what: `has filePattern ${quoted}, which holds a control character`, fix };
  }
  if (!filePattern.trim() || filePattern !== filePattern.trim()) {
    return { what: `has filePattern ${quoted}, which is empty or starts or ends with a space that Fluentd strips`, fix };
  }
  if (filePattern.startsWith('/') || filePattern.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return {
      what: `has filePattern ${quoted}, which is absolute or has an empty, "." or ".." segment: it must select files under logPath`,
      fix,
    };
  }
  const special = /[,{}\\]/.exec(filePattern);
  if (special) {
    return {
      what: `has filePattern ${quoted}, whose "${special[0]}" ${special[0] === ',' ? "Fluentd's tail input reads as a separator between two paths" : 'is not a pattern the tail input reads the same way everywhere'}`,
      fix,
    };
  }
  return undefined;
}

// Sections that exist only at the top of a configuration: inside <match> they would be read as
// a new input (<source>, whose `@type exec` runs commands), another route, or system settings.
const TOP_LEVEL_SECTIONS = new Set(['source', 'match', 'filter', 'label', 'system', 'worker']);
// The "@" parameters Fluentd knows; it refuses any other "@" name directly in <match>.
const RESERVED_PARAMETERS = new Set(['@type', '@id', '@label', '@log_level']);
// Output plugins built into Fluentd that run commands with the records.
const COMMAND_PLUGINS = new Set(['exec', 'exec_filter']);

/**
 * Why `body` cannot be the inside of the log shipper's `<match>` section, if it cannot.
 *
 * The body may hold parameters and nested sections (`<buffer>`, `<server>`, `<store>`,
 * `<format>`, ...), one per line, balanced. It may not close the `<match>` or open a top-level
 * section (`<source>`, `<match>`, `<filter>`, `<label>`, `<system>`, `<worker>`), include other
 * files (`@include`), embed Ruby (`"#{...}"`, run when Fluentd reads the file), use an output
 * that runs commands (`@type exec`, `exec_filter`), or let a value run on into the next line (a
 * quoted string or JSON value that does not close on its line, a trailing `\`). It must name
 * its plugin with `@type`, without which Fluentd does not start.
 */
export function matchBodyRefusal(body: string): ConfigRefusal | undefined {
  const fix =
    'write only the output: one parameter or section tag per line, balanced, e.g. "@type forward" and "<server>", "host logs.example.com", "</server>"';
  // Fluentd reads "\r" as a line end too: only "\n" may separate the body's lines.
  if (hasControlCharacter(body, '\t\n')) {
    return { what: 'has an output holding a control character other than tab and newline', fix };
  }
  if (body.includes('#{')) {
    return {
      what: 'has an output with "#{", which Fluentd runs as Ruby code when it reads a double-quoted value',
      fix: 'write the value itself; the log shipper has no environment to read with "#{ENV[...]}"',
    };
  }
  const open: string[] = [];
  let typed = false;
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    const at = `line ${index + 1} of the output (${JSON.stringify(line)})`;
    if (!line || line.startsWith('#')) {
      continue;
    }
    // A tag may be followed by a comment, as Fluentd allows after any line.
    const close = /^<\/([a-zA-Z0-9_]+)[ \t]*>[ \t]*(#.*)?$/.exec(line);
    if (close) {
      if (open.pop() !== close[1]) {
        return { what: `has ${at} closing a section the output did not open`, fix };
      }
      continue;
    }
    const section = /^<([a-zA-Z0-9_]+)(?:[ \t]+[^<>"'#\\]*)?>[ \t]*(#.*)?$/.exec(line);
    if (section) {
      if (TOP_LEVEL_SECTIONS.has(section[1].toLowerCase())) {
        return { what: `has ${at} opening <${section[1]}>, a top-level section that cannot stand inside <match>`, fix };
      }
      open.push(section[1]);
      continue;
    }
    if (line.startsWith('<')) {
      return { what: `has ${at}, which is not a section tag "<name argument>" or "</name>"`, fix };
    }
    const parameter = /^(@?[a-zA-Z0-9_.-]+)(?:[ \t]+(.*))?$/.exec(line);
    if (!parameter) {
      return { what: `has ${at}, which is not "name value"`, fix };
    }
    const [, key, text = ''] = parameter;
    if (key === '@type' && open.length === 0) {
      typed = true;
    }
    if (open.length === 0 && key.startsWith('@') && !RESERVED_PARAMETERS.has(key) && key !== '@include') {
      return { what: `has ${at}, a parameter with the "@" prefix Fluentd reserves for its own (refused in <match>)`, fix };
    }
    if (key === '@include' || key === 'include') {
      return { what: `has ${at} including another file`, fix };
    }
    const value = literalValue(text);
    if (typeof value !== 'string') {
      return { what: `has ${at}, whose value ${value.problem}`, fix };
    }
    if (key === '@type' && COMMAND_PLUGINS.has(value)) {
      return {
        what: `has ${at}: an output that runs commands, which a log shipper has no business running`,
        fix: 'ship with an output plugin such as stdout, forward or http; run commands in a container of your own',
      };
    }
  }
  if (open.length > 0) {
    return { what: `has an output whose <${open[open.length - 1]}> is never closed`, fix };
  }
  if (!typed) {
    return { what: 'has an output without "@type", which Fluentd needs to start', fix };
  }
  return undefined;
}

// What may follow a value on its line: spaces, then a comment.
const LINE_END = /^[ \t]*(#.*)?$/;

/** The value Fluentd reads from `text` (the rest of a parameter line), or why it would not stay on this line. */
function literalValue(text: string): string | { problem: string } {
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    let value = '';
    for (let i = 1; i < text.length; i++) {
      const c = text[i];
      if (c === quote) {
        return LINE_END.test(text.slice(i + 1)) ? value : { problem: 'has text after its closing quote' };
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === undefined) {
          return { problem: 'ends in "\\", which continues it on the next line' };
        }
        if (quote === "'" && next !== "'" && next !== '\\') {
          value += c;
          continue;
        }
        if (quote === '"' && /[a-zA-Z0-9]/.test(next) && !'rntfb0'.includes(next)) {
          return { problem: `has the escape "\\${next}", which Fluentd refuses` };
        }
        value += next;
        i++;
        continue;
      }
      value += c;
    }
    return { problem: 'does not close its quote on its line, so Fluentd would read the next lines into it' };
  }
  if (quote === '[' || quote === '{') {
    // Fluentd reads JSON a character at a time until it parses, past line ends and past a "#"
    // it takes for a comment: here it must parse on its own line, with no "#" before it does.
    for (let end = 1; end <= text.length; end++) {
      if (text[end - 1] === '#') {
        return { problem: 'has a "#" inside JSON, where Fluentd may take the rest of the line for a comment and read on' };
      }
      try {
        JSON.parse(text.slice(0, end));
      } catch {
        continue;
      }
      return LINE_END.test(text.slice(end)) ? text.slice(0, end) : { problem: 'has text after its JSON' };
    }
    return { problem: 'is JSON that does not close on its line, so Fluentd would read the next lines into it' };
  }
  return text.replace(/[ \t]+#.*$/, '').trim();
}
