// @ts-nocheck
import { IConstruct } from 'constructs';
import { fail } from './errors';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
// Kubernetes 1.28 (the relaxed rule of 1.30 does not apply): letters, digits, "_", "-", ".", not starting with a digit.
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** Whether `value` is an RFC 1123 DNS label (container, port-less object and volume names). */
export function isDnsLabel(value: string): boolean {
  return value.length <= 63 && DNS_LABEL.test(value);
}

/** Whether `value` is an RFC 1123 DNS subdomain (most object names, hostnames' domains). */
export function isDnsSubdomain(value: string): boolean {
  return value.length <= 253 && DNS_SUBDOMAIN.test(value);
}

/** Whether `value` is a valid label value. */
export function isLabelValue(value: string): boolean {
  return value.length <= 63 && LABEL_VALUE.test(value);
}

/** Whether `value` is a label key: an optional DNS-subdomain prefix and `/`, then a name of at most 63 characters. */
export function isLabelKey(value: string): boolean {
  const slash = value.lastIndexOf('/');
  const prefix = slash >= 0 ? value.slice(0, slash) : undefined;
  const name = value.slice(slash + 1);
  return (prefix === undefined || isDnsSubdomain(prefix)) && name.length <= 63 && LABEL_NAME.test(name);
}

/** Whether `value` is an RFC 1035 DNS label: what Service names must be (they start with a letter). */
export function isDns1035Label(value: string): boolean {
  return value.length <= 63 && DNS_1035_LABEL.test(value);
}

/**
 * Whether `value` can name a remote host: a DNS name (in any case: DNS compares names without
 * case, RFC 4343), an IPv4 address, or an IPv6 address written bare (`fd00::1`, no brackets).
 */
export function isHost(value: string): boolean {
  // ASCII letters only: String#toLowerCase would also fold non-ASCII look-alikes (the Kelvin sign
  // to "k") into a name that passes here but is not the one written into the command line.
  return isDnsSubdomain(value.replace(/[A-Z]/g, (c) => c.toLowerCase())) || isIpv6(value);
}

const IPV4_OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${IPV4_OCTET}(\\.${IPV4_OCTET}){3}$`);

/** Whether `value` is an IPv4 address in dotted-decimal form (no leading zeros, which some resolvers read as octal). */
export function isIpv4(value: string): boolean {
  return IPV4.test(value);
}

/**
 * The eight 16-bit groups of an IPv6 address in one of the text forms of RFC 4291 section 2.2
 * (full, `::`-compressed, or with an IPv4 address as its last 32 bits), or undefined if `value`
 * is none of them. A zone index (`fe80::1%eth0`) is refused: it names an interface of one node.
 */
export function ipv6Groups(value: string): number[] | undefined {
  let text = value;
  const tail: number[] = [];
  const dotted = /(^|:)([0-9.]+)$/.exec(text);
  if (dotted && dotted[2].includes('.')) {
    if (!isIpv4(dotted[2])) return undefined;
    const [a, b, c, d] = dotted[2].split('.').map(Number);
    tail.push(a * 256 + b, c * 256 + d);
    // Keep the separator so "::1.2.3.4" stays "::" plus the two groups above.
    text = text.slice(0, text.length - dotted[2].length);
    if (text.endsWith(':') && !text.endsWith('::')) text = text.slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  const groups = [...head, ...rest];
  if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const count = groups.length + tail.length;
  if (halves.length === 1 ? count !== 8 : count > 7) return undefined;
  const zeros = new Array<number>(8 - count).fill(0);
  const numbers = (list: string[]) => list.map((g) => parseInt(g, 16));
  return [...numbers(head), ...(halves.length === 2 ? zeros : []), ...numbers(rest), ...tail];
}

/** Whether `value` is an IPv6 address written bare (see {@link ipv6Groups}). */
export function isIpv6(value: string): boolean {
  return ipv6Groups(value) !== undefined;
}

/**
 * Whether a connection to `host` stays on the pod's own network namespace: `localhost` and its
 * subdomains (RFC 6761), 127.0.0.0/8, `::1`, IPv4-mapped loopback, and the unspecified addresses
 * `0.0.0.0` and `::`, which Linux connects to the local host.
 */
export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/[A-Z]/g, (c) => c.toLowerCase());
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (isIpv4(name)) return name.startsWith('127.') || name === '0.0.0.0';
  // Only an IPv6 address, which has a colon, can still be a loopback one.
  if (!name.includes(':')) return false;
  const groups = ipv6Groups(name);
  if (!groups) return false;
  const zeroPrefix = (n: number) => groups.slice(0, n).every((g) => g === 0);
  if (zeroPrefix(7) && (groups[7] === 1 || groups[7] === 0)) return true;
  // ::ffff:127.x.y.z and ::ffff:0.0.0.0 reach the IPv4 loopback and unspecified addresses.
  return zeroPrefix(5) && groups[5] === 0xffff && (groups[6] >> 8 === 127 || (groups[6] === 0 && groups[7] === 0));
}

/**
 * Whether `value` holds a control character (C0, DEL, C1) or a Unicode line or paragraph
 * separator, other than those in `allowed`: characters that end a line or a word in the config
 * files and command lines the patterns write, so they can never be part of a value there.
 */
export function hasControlCharacter(value: string, allowed = ''): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    if (control && !allowed.includes(char)) {
      return true;
    }
  }
  return false;
}

/** Suggests a DNS label close to `value`, for error messages. */
export function suggestDnsLabel(value: string): string {
  const cleaned = value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return cleaned || 'app';
}

/**
 * Fails unless `value` is a DNS-1123 label; `what` names the field in the message
 * (e.g. `container name`).
 */
export function requireDnsLabel(scope: IConstruct, what: string, value: string): void {
  if (!isDnsLabel(value)) {
    fail(
      scope,
      'invalid-name',
      `${what} "${value}" is not a DNS-1123 label (at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit)`,
      `use a name such as "${suggestDnsLabel(value)}"`,
    );
  }
}

/** Fails unless `key` is a label key and `value` a label value. */
export function requireLabelValue(scope: IConstruct, key: string, value: string): void {
  if (!isLabelKey(key)) {
    fail(
      scope,
      'invalid-label',
      `label key "${key}" is not a valid label key (an optional DNS subdomain and "/", then at most 63 letters, digits, "-", "_", ".", starting and ending with a letter or digit)`,
      'use a key such as "team" or "example.com/team"',
    );
  }
  if (!isLabelValue(value)) {
    fail(
      scope,
      'invalid-label',
      `label ${key}="${value}" is not a valid label value (at most 63 characters of letters, digits, "-", "_", ".", starting and ending with a letter or digit)`,
      `use a value such as "${suggestDnsLabel(value)}"`,
    );
  }
}

/** Fails unless `name` is a valid environment variable name for Kubernetes 1.28. */
export function requireEnvName(scope: IConstruct, container: string, name: string): void {
  if (!ENV_NAME.test(name)) {
    fail(
      scope,
      'invalid-env-name',
      `container "${container}" has environment variable "${name}", which Kubernetes 1.28 rejects (letters, digits, "_", "-" and "." only, not starting with a digit)`,
      `rename it, e.g. "${name.replace(/^[0-9]+/, '').replace(/[^-._a-zA-Z0-9]/g, '_') || 'VALUE'}"`,
    );
  }
}

/**
 * Whether `text` says something: a letter, digit or symbol beyond white space and invisible
 * format characters (a zero-width space is not a reason).
 */
export function hasVisibleText(text: string | undefined): boolean {
  return text !== undefined && /[^\s\p{Cf}\p{Z}\p{Cc}]/u.test(text);
}
