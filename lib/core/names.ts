import { IConstruct } from 'constructs';
import { fail } from './errors';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

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

/** Fails unless `value` is a valid label value. */
export function requireLabelValue(scope: IConstruct, key: string, value: string): void {
  if (!isLabelValue(value)) {
    fail(
      scope,
      'invalid-label',
      `label ${key}="${value}" is not a valid label value (at most 63 characters of letters, digits, "-", "_", ".", starting and ending with a letter or digit)`,
      `use a value such as "${suggestDnsLabel(value)}"`,
    );
  }
}
