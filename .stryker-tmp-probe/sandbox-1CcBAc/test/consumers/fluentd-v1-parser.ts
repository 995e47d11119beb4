/**
 * A structural parser of Fluentd's v1 configuration format, transcribed rule by rule from
 * Fluentd 1.16's Ruby parser (`lib/fluent/config/basic_parser.rb`, `literal_parser.rb`,
 * `v1_parser.rb`) so the tests can read `fluent.conf` the way Fluentd reads it, with none of the
 * library's code. Two stand-ins: Ruby's `JSON.parse` is JavaScript's, and embedded Ruby code
 * (`"#{...}"`, which Fluentd evaluates) is recorded instead of run, up to its first `}`.
 * Ruby's `.` matches any character but `\n`, so it is written `[^\n]` here.
 */
// @ts-nocheck


/** A section of the configuration (`<source>`, `<match app>`), or the root. */
export interface FluentElement {
  readonly name: string;
  readonly arg: string;
  readonly attrs: Record<string, string>;
  readonly elements: FluentElement[];
}

/** What Fluentd would make of a configuration file. */
export interface FluentConfig {
  readonly root: FluentElement;
  /** Ruby code Fluentd would evaluate while reading the file (`"#{...}"`). */
  readonly evaluatedCode: string[];
  /** Files or URLs Fluentd would read into the configuration (`@include`). */
  readonly includes: string[];
}

const END = '(?![\\s\\S])'; // Ruby's \z
const LINE_END = `(?:[ \\t]*(?:#[^\\n]*)?(?:${END}|[\\r\\n]))+`;
const SPACING = `(?:[ \\t\\r\\n]|${END}|#[^\\n]*?(?:${END}|[\\r\\n]))+`;
const ZERO_OR_MORE_SPACING = `(?:[ \\t\\r\\n]|${END}|#[^\\n]*?(?:${END}|[\\r\\n]))*`;
const SPACING_WITHOUT_COMMENT = `(?:[ \\t\\r\\n]|${END})+`;
const LINE_END_WITHOUT_SPACING_AND_COMMENT = `(?:${END}|[\\r\\n])`;
const ELEMENT_NAME = '[a-zA-Z0-9_]+';
const ELEM_SYMBOLS = ['match', 'source', 'filter', 'system'];
const RESERVED_PARAMS = ['@type', '@id', '@label', '@log_level'];

/** Thrown where Fluentd raises `ConfigParseError`: the file would not load. */
export class FluentParseError extends Error {}

/** Parses `text` as Fluentd's `V1Parser.parse` does. */
export function parseFluentConfig(text: string): FluentConfig {
  return new V1Parser(text).parse();
}

class V1Parser {
  private pos = 0;
  private matched: string | null = null;
  private readonly evaluatedCode: string[] = [];
  private readonly includes: string[] = [];

  constructor(private readonly text: string) {}

  public parse(): FluentConfig {
    const { attrs, elements } = this.parseElement(true, undefined);
    this.spacing();
    if (!this.eof()) this.error('expected EOF');
    return { root: { name: 'ROOT', arg: '', attrs, elements }, evaluatedCode: this.evaluatedCode, includes: this.includes };
  }

  // StringScanner: skip/scan/check at the current position, remembering the last match.
  private match(pattern: string, advance: boolean): string | null {
    const re = new RegExp(pattern, 'y');
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) {
      this.matched = null;
      return null;
    }
    this.matched = m[0];
    if (advance) this.pos += m[0].length;
    return m[0];
  }
  private skip(pattern: string): boolean {
    return this.match(pattern, true) !== null;
  }
  private scan(pattern: string): string | null {
    return this.match(pattern, true);
  }
  private check(pattern: string): string | null {
    return this.match(pattern, false);
  }
  private eof(): boolean {
    return this.pos >= this.text.length;
  }
  private spacing(): boolean {
    return this.skip(SPACING);
  }
  private lineEnd(): boolean {
    return this.skip(LINE_END);
  }
  private error(message: string): never {
    throw new FluentParseError(`${message} at offset ${this.pos}`);
  }

  private parseElement(root: boolean, elementName: string | undefined): { attrs: Record<string, string>; elements: FluentElement[] } {
    const attrs: Record<string, string> = {};
    const elements: FluentElement[] = [];
    for (;;) {
      this.spacing();
      if (this.eof()) {
        if (root) break;
        this.error(`expected end tag '</${elementName}>' but got end of file`);
      }
      if (this.skip('<\\/')) {
        const name = this.scan(ELEMENT_NAME);
        this.spacing();
        if (!this.skip('>')) this.error('expected character in tag name');
        if (!this.lineEnd()) this.error('expected end of line after end tag');
        if (name !== elementName) this.error('unmatched end tag');
        break;
      } else if (this.skip('<')) {
        const name = this.scan(ELEMENT_NAME) ?? '';
        this.spacing();
        const arg = this.scanString(`(?:${ZERO_OR_MORE_SPACING}>)`);
        this.spacing();
        if (!this.skip('>')) this.error("expected '>'");
        if (!this.lineEnd()) this.error('expected end of line after tag');
        const inner = this.parseElement(false, name);
        elements.push({ name, arg: arg ?? '', ...inner });
      } else if (root && this.skip(`(?:@include|include)${SPACING}`)) {
        this.parseInclude();
      } else {
        const key = this.scanString(SPACING) ?? '';
        this.skip(SPACING_WITHOUT_COMMENT);
        if ((this.matched ?? '').includes('\n') || this.eof()) {
          attrs[key] = '';
        } else if (key === '@include') {
          this.parseInclude();
        } else {
          if (!RESERVED_PARAMS.includes(key) && key.startsWith('@') && (root || ELEM_SYMBOLS.includes(elementName!))) {
            this.error(`'@' is the system reserved prefix: ${key}`);
          }
          const value = this.parseLiteral();
          if (!this.lineEnd()) this.error('expected end of line');
          attrs[key] = value ?? '';
        }
      }
    }
    return { attrs, elements };
  }

  private parseInclude(): void {
    this.includes.push(this.scanString(LINE_END) ?? '');
    this.lineEnd();
  }

  private parseLiteral(): string | null {
    this.skip(SPACING_WITHOUT_COMMENT);
    if (this.skip('\\[')) return this.scanJson(true);
    if (this.skip('\\{')) return this.scanJson(false);
    return this.scanString(LINE_END);
  }

  private scanString(boundary: string): string | null {
    if (this.skip('"')) return this.scanDoubleQuoted();
    if (this.skip("'")) return this.scanSingleQuoted();
    return this.scanNonquoted(boundary);
  }

  private scanDoubleQuoted(): string {
    let value = '';
    for (;;) {
      let s: string | null;
      if (this.skip('"')) {
        return value;
      } else if (this.check(`[^"]${LINE_END_WITHOUT_SPACING_AND_COMMENT}`) !== null) {
        // A line break inside double quotes continues the string; a "\" before it is dropped.
        const kept = this.check(`[^\\\\]${LINE_END_WITHOUT_SPACING_AND_COMMENT}`);
        if (kept !== null) value += kept;
        this.skip(`[^"]${LINE_END_WITHOUT_SPACING_AND_COMMENT}`);
      } else if ((s = this.scan('\\\\[^\\n]')) !== null) {
        value += escapeChar(s[1], (m) => this.error(m));
      } else if (this.skip('#\\{')) {
        const code = this.scan('[^}]*') ?? '';
        this.skip('\\}');
        this.evaluatedCode.push(code);
        value += `<evaluated: ${code}>`;
      } else if ((s = this.scan('[^\\n]')) !== null) {
        value += s;
      } else {
        this.error('unexpected end of file in a double quoted string');
      }
    }
  }

  private scanSingleQuoted(): string {
    let value = '';
    for (;;) {
      let s: string | null;
      if (this.skip("'")) return value;
      else if (this.skip("\\\\'")) value += "'";
      else if (this.skip('\\\\\\\\')) value += '\\';
      else if ((s = this.scan('[^\\n]')) !== null) value += s;
      else this.error('unexpected end of file in a single quoted string');
    }
  }

  private scanNonquoted(boundary: string): string | null {
    let value = '';
    let s: string | null;
    for (;;) {
      if (this.skip('#')) value += '#';
      else if ((s = this.scan(`(?!${boundary})[^\\n]`)) !== null) value += s;
      else break;
    }
    return value === '' ? null : value;
  }

  private scanJson(isArray: boolean): string {
    let buffer = isArray ? '[' : '{';
    let line = '';
    let result: unknown;
    const tryParse = (candidate: string) => {
      try {
        return { value: JSON.parse(candidate) as unknown };
      } catch {
        return undefined;
      }
    };
    while (result === undefined) {
      if (this.eof()) break;
      const char = this.text[this.pos++];
      if (char === '#') {
        const closed = tryParse(buffer + line.trimEnd().replace(/,$/, '') + (isArray ? ']' : '}'));
        if (closed) {
          // The rest of the line is a comment; the JSON goes on on the next line.
          while (!this.eof() && this.text[this.pos++] !== '\n');
          buffer += line + '\n';
          line = '';
        } else {
          line += char;
        }
        continue;
      }
      if (char === '\n') {
        buffer += line + '\n';
        line = '';
        continue;
      }
      line += char;
      const parsed = tryParse(buffer + line);
      if (parsed && parsed.value !== null && parsed.value !== false) result = parsed.value;
    }
    if (result === undefined) this.error(`got incomplete JSON ${isArray ? 'array' : 'hash'} configuration`);
    return JSON.stringify(result);
  }
}

function escapeChar(c: string, error: (message: string) => never): string {
  switch (c) {
    case 'r':
      return '\r';
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'f':
      return '\f';
    case 'b':
      return '\b';
    case '0':
      return '\0';
    default:
      if (/[a-zA-Z0-9]/.test(c)) error(`unexpected back-slash escape character '${c}'`);
      return c;
  }
}

/** Every element of the tree under `element` (itself excluded), depth first. */
export function descendants(element: FluentElement): FluentElement[] {
  return element.elements.flatMap((e) => [e, ...descendants(e)]);
}
