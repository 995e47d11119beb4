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

/** Whether `value` can name a remote host: a DNS name or an IPv4 address. */
export function isHost(value: string): boolean {
  return isDnsSubdomain(value) || /^\d{1,3}(\.\d{1,3}){3}$/.test(value);
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
