/**
 * Name and key formats of Kubernetes 1.28, transcribed from
 * `staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go` (IsDNS1123Label,
 * IsDNS1123Subdomain, IsDNS1035Label, IsQualifiedName, IsValidLabelValue, IsValidPortName,
 * IsEnvVarName, IsConfigMapKey, IsValidPercent).
 *
 * The Go code matches regular expressions; this file scans characters instead, so a misreading
 * of a pattern here and in the library's own rules is less likely to be the same misreading.
 * Each function returns the problems it finds (empty when the value is valid), worded like Go's.
 */
// @ts-nocheck


const isLower = (c: string) => c >= 'a' && c <= 'z';
const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const isDigit = (c: string) => c >= '0' && c <= '9';
const isLowerAlnum = (c: string) => isLower(c) || isDigit(c);
const isAlnum = (c: string) => isLower(c) || isUpper(c) || isDigit(c);

/** True when every character of `text` satisfies `test`. */
function all(text: string, test: (c: string) => boolean): boolean {
  for (const c of text) if (!test(c)) return false;
  return true;
}

/** `first`, then any of `middle`, then `last` (a single character satisfies both ends). */
function framed(text: string, ends: (c: string) => boolean, middle: (c: string) => boolean): boolean {
  if (text.length === 0) return false;
  return ends(text[0]) && ends(text[text.length - 1]) && all(text.slice(1, -1), middle);
}

const maxLen = (n: number) => `must be no more than ${n} characters`;

/** IsDNS1123Label: lowercase RFC 1123 label, at most 63 characters. */
export function dns1123Label(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 63) errors.push(maxLen(63));
  if (!framed(value, isLowerAlnum, (c) => isLowerAlnum(c) || c === '-')) {
    errors.push(
      subdomainShaped(value)
        ? 'must not contain dots'
        : "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
    );
  }
  return errors;
}

/** Dot-separated labels; labels inside a subdomain have no length limit of their own in Go's pattern. */
function subdomainShaped(value: string): boolean {
  return value.split('.').every((label) => framed(label, isLowerAlnum, (c) => isLowerAlnum(c) || c === '-'));
}

/** IsDNS1123Subdomain: dot-separated RFC 1123 labels, at most 253 characters in all. */
export function dns1123Subdomain(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 253) errors.push(maxLen(253));
  if (!subdomainShaped(value)) {
    errors.push(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
    );
  }
  return errors;
}

/** IsDNS1035Label: like a DNS-1123 label but starting with a letter (Service names). */
export function dns1035Label(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 63) errors.push(maxLen(63));
  const ok =
    value.length > 0 &&
    isLower(value[0]) &&
    isLowerAlnum(value[value.length - 1]) &&
    all(value.slice(1), (c) => isLowerAlnum(c) || c === '-');
  if (!ok) {
    errors.push(
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
    );
  }
  return errors;
}

const qualifiedNamePart = (name: string) => framed(name, isAlnum, (c) => isAlnum(c) || c === '-' || c === '_' || c === '.');

/** IsQualifiedName: `[prefix/]name`, prefix a DNS subdomain, name ≤ 63 of `[-A-Za-z0-9_.]` framed by alphanumerics. */
export function qualifiedName(value: string): string[] {
  const errors: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = parts[0];
  } else if (parts.length === 2) {
    name = parts[1];
    if (parts[0].length === 0) errors.push('prefix part must be non-empty');
    else errors.push(...dns1123Subdomain(parts[0]).map((m) => `prefix part ${m}`));
  } else {
    return ["a qualified name must consist of alphanumeric characters, '-', '_' or '.', with an optional DNS subdomain prefix and '/'"];
  }
  if (name.length === 0) errors.push('name part must be non-empty');
  else if (name.length > 63) errors.push(`name part ${maxLen(63)}`);
  if (!qualifiedNamePart(name)) {
    errors.push(
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
    );
  }
  return errors;
}

/** IsValidLabelValue: empty, or ≤ 63 characters shaped like a qualified name's name part. */
export function labelValue(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 63) errors.push(maxLen(63));
  if (value.length > 0 && !qualifiedNamePart(value)) {
    errors.push(
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
    );
  }
  return errors;
}

/** IsValidPortName (IANA_SVC_NAME): 1-15 of `[-a-z0-9]`, at least one letter, no `--`, no hyphen at either end. */
export function ianaServiceName(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 15) errors.push(maxLen(15));
  if (value.length === 0 || !all(value, (c) => isLowerAlnum(c) || c === '-')) {
    errors.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  }
  if (!Array.from(value).some(isLower)) errors.push('must contain at least one letter (a-z)');
  if (value.includes('--')) errors.push('must not contain consecutive hyphens');
  if (value.startsWith('-') || value.endsWith('-')) errors.push('must not begin or end with a hyphen');
  return errors;
}

/** hasChDirPrefix: names that a file system would read as `.` or `..`. */
function chDirPrefix(value: string): string[] {
  if (value === '.') return ["must not be '.'"];
  if (value === '..') return ["must not be '..'"];
  if (value.startsWith('..')) return ["must not start with '..'"];
  return [];
}

/**
 * IsEnvVarName as of Kubernetes 1.28: `[-._a-zA-Z][-._a-zA-Z0-9]*`, not `.`, `..` or `..*`.
 * (1.30 relaxed this to any printable ASCII but `=`; 1.28 API servers still refuse those.)
 */
export function envVarName(value: string): string[] {
  const errors: string[] = [];
  const head = (c: string) => isLower(c) || isUpper(c) || c === '-' || c === '.' || c === '_';
  if (value.length === 0 || !head(value[0]) || !all(value.slice(1), (c) => head(c) || isDigit(c))) {
    errors.push(
      "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit",
    );
  }
  return [...errors, ...chDirPrefix(value)];
}

/** IsConfigMapKey: ≤ 253 of `[-._a-zA-Z0-9]`, not `.`, `..` or `..*`. */
export function configKey(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 253) errors.push(maxLen(253));
  if (value.length === 0 || !all(value, (c) => isAlnum(c) || c === '-' || c === '.' || c === '_')) {
    errors.push("a valid config key must consist of alphanumeric characters, '-', '_' or '.'");
  }
  return [...errors, ...chDirPrefix(value)];
}

/** IsValidPercent: digits followed by one `%`. Returns the number, or undefined when malformed. */
export function percent(value: string): number | undefined {
  if (value.length < 2 || !value.endsWith('%') || !all(value.slice(0, -1), isDigit)) return undefined;
  return Number(value.slice(0, -1));
}

/** IsValidPortNum: 1 to 65535 inclusive. */
export function portNumber(value: unknown): string[] {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535
    ? []
    : ['must be between 1 and 65535, inclusive'];
}
