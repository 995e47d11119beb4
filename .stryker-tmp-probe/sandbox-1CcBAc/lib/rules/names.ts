/**
 * Kubernetes' name formats, transcribed from k8s.io/apimachinery/pkg/util/validation (1.28).
 * Lengths are checked before patterns so that long input never reaches a backtracking regex.
 */
// @ts-nocheck


const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const CONFIG_MAP_KEY = /^[-._a-zA-Z0-9]+$/;
const ENV_VAR_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const PORT_NAME_CHARSET = /^[-a-z0-9]+$/;
const PORT_NAME_LETTER = /[a-z]/;
const PERCENT = /^[0-9]+%$/;
const HTTP_HEADER_NAME = /^[-A-Za-z0-9]+$/;

/** DNS1123LabelMaxLength. */
const DNS1123_LABEL_MAX = 63;
/** DNS1123SubdomainMaxLength. */
const DNS1123_SUBDOMAIN_MAX = 253;

/** How many accepted strings each predicate keeps: about the distinct names of a thousand workloads. */
const ACCEPTED_LIMIT = 4096;

/**
 * Strings a predicate accepted. Synthesis checks the same label keys, label values, names, paths
 * and zones on every object it renders, so a set lookup stands in for the regexes on all but the
 * first. Only acceptances are kept (a refused string is reported, which costs far more than its
 * test), and the set is emptied when full and keeps no string longer than a subdomain, so
 * arbitrary input cannot grow it without bound.
 * @internal
 */
export class Accepted {
  private readonly strings = new Set<string>();

  constructor(private readonly test: (value: string) => boolean) {}

  has(value: string): boolean {
    if (this.strings.has(value)) return true;
    if (!this.test(value)) return false;
    if (value.length <= DNS1123_SUBDOMAIN_MAX) {
      if (this.strings.size >= ACCEPTED_LIMIT) this.strings.clear();
      this.strings.add(value);
    }
    return true;
  }
}

const DNS1123_LABELS = new Accepted((value) => value.length <= DNS1123_LABEL_MAX && DNS1123_LABEL.test(value));

/**
 * An RFC 1123 label: lowercase letters, digits and `-`, starting and ending with a letter or
 * digit, at most 63 characters. Container, volume and port-less names, namespaces, hostnames.
 * Transcribes `validation.IsDNS1123Label` (staging/src/k8s.io/apimachinery/pkg/util/validation).
 */
export function isDns1123Label(value: string): boolean {
  return DNS1123_LABELS.has(value);
}

const DNS1123_SUBDOMAINS = new Accepted((value) => value.length <= DNS1123_SUBDOMAIN_MAX && DNS1123_SUBDOMAIN.test(value));

/**
 * An RFC 1123 subdomain: dot-separated labels, at most 253 characters. Most object names.
 * Transcribes `validation.IsDNS1123Subdomain` (staging/src/k8s.io/apimachinery/pkg/util/validation).
 */
export function isDns1123Subdomain(value: string): boolean {
  return DNS1123_SUBDOMAINS.has(value);
}

const DNS1035_LABELS = new Accepted((value) => value.length <= DNS1123_LABEL_MAX && DNS1035_LABEL.test(value));

/**
 * An RFC 1035 label: like an RFC 1123 label but starting with a letter. Service names.
 * Transcribes `validation.IsDNS1035Label` (staging/src/k8s.io/apimachinery/pkg/util/validation).
 */
export function isDns1035Label(value: string): boolean {
  return DNS1035_LABELS.has(value);
}

const QUALIFIED_NAMES = new Accepted((value) => {
  const slash = value.indexOf('/');
  let name = value;
  if (slash >= 0) {
    if (value.indexOf('/', slash + 1) >= 0) return false;
    const prefix = value.slice(0, slash);
    if (prefix === '' || !isDns1123Subdomain(prefix)) return false;
    name = value.slice(slash + 1);
  }
  return name.length > 0 && name.length <= 63 && QUALIFIED_NAME_PART.test(name);
});

/**
 * A qualified name (label key, annotation key, toleration key): an optional DNS-1123 subdomain
 * prefix and `/`, then a name of at most 63 alphanumerics, `-`, `_` or `.`, starting and ending
 * alphanumeric. Transcribes `validation.IsQualifiedName` (staging/src/k8s.io/apimachinery/pkg/util/validation;
 * in later releases `content.IsLabelKey`).
 */
export function isQualifiedName(value: string): boolean {
  return QUALIFIED_NAMES.has(value);
}

const LABEL_VALUES = new Accepted((value) => value === '' || (value.length <= 63 && QUALIFIED_NAME_PART.test(value)));

/**
 * A label value: empty, or at most 63 alphanumerics, `-`, `_` or `.`, starting and ending
 * alphanumeric. Transcribes `validation.IsValidLabelValue` (staging/src/k8s.io/apimachinery/pkg/util/validation).
 */
export function isLabelValue(value: string): boolean {
  return LABEL_VALUES.has(value);
}

/** The `hasChDirPrefix` part of IsConfigMapKey and IsEnvVarName: `.`, `..` and names starting with `..`. */
function hasChDirPrefix(value: string): boolean {
  return value === '.' || value.startsWith('..');
}

const CONFIG_MAP_KEYS = new Accepted(
  (value) => value.length <= DNS1123_SUBDOMAIN_MAX && CONFIG_MAP_KEY.test(value) && !hasChDirPrefix(value),
);

/**
 * A ConfigMap or Secret key: at most 253 alphanumerics, `-`, `_` or `.`, and not `.`, `..` or
 * anything starting with `..`. Transcribes `validation.IsConfigMapKey` (staging/src/k8s.io/apimachinery/pkg/util/validation).
 */
export function isConfigMapKey(value: string): boolean {
  return CONFIG_MAP_KEYS.has(value);
}

const ENV_VAR_NAMES = new Accepted((value) => ENV_VAR_NAME.test(value) && !hasChDirPrefix(value));

/**
 * An environment variable name as Kubernetes 1.28 accepts it: letters, digits, `_`, `-` and `.`,
 * not starting with a digit, and not `.`, `..` or anything starting with `..`.
 * Transcribes `validation.IsEnvVarName` (staging/src/k8s.io/apimachinery/pkg/util/validation).
 * Kubernetes 1.30 added `IsRelaxedEnvVarName` (any printable ASCII but `=`) behind the
 * RelaxedEnvironmentVariableValidation gate; 1.28 knows only this stricter rule.
 */
export function isEnvVarName(value: string): boolean {
  return ENV_VAR_NAMES.has(value);
}

const IANA_SERVICE_NAMES = new Accepted(
  (value) =>
    value.length <= 15 &&
    PORT_NAME_CHARSET.test(value) &&
    PORT_NAME_LETTER.test(value) &&
    !value.includes('--') &&
    value[0] !== '-' &&
    value[value.length - 1] !== '-',
);

/**
 * An IANA service name (RFC 6335), as container port names must be: at most 15 characters of
 * `[-a-z0-9]`, at least one letter, no `--`, not starting or ending with `-`.
 * Transcribes `validation.IsValidPortName` (staging/src/k8s.io/apimachinery/pkg/util/validation).
 */
export function isIanaServiceName(value: string): boolean {
  return IANA_SERVICE_NAMES.has(value);
}

/**
 * A port number: an integer from 1 to 65535. Transcribes `validation.IsValidPortNum`
 * (staging/src/k8s.io/apimachinery/pkg/util/validation); a non-integer JSON number cannot even
 * decode into the int32 port fields.
 */
export function isValidPortNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 65535;
}

/**
 * A percentage string, digits then `%` (`25%`). Transcribes `validation.IsValidPercent`
 * (staging/src/k8s.io/apimachinery/pkg/util/validation).
 */
export function isPercent(value: string): boolean {
  return PERCENT.test(value);
}

/**
 * An HTTP header name as Go's HTTP library accepts it: letters, digits and `-`.
 * Transcribes `validation.IsHTTPHeaderName` (staging/src/k8s.io/apimachinery/pkg/util/validation).
 */
export function isHttpHeaderName(value: string): boolean {
  return HTTP_HEADER_NAME.test(value);
}

/**
 * `value` with a trailing `-` masked, as `NameIsDNSSubdomain(name, prefix=true)` checks
 * generateName prefixes (staging/src/k8s.io/apimachinery/pkg/api/validation/generic.go, maskTrailingDash).
 * @internal
 */
export function maskTrailingDash(value: string): string {
  return value.length > 1 && value.endsWith('-') ? value.slice(0, -1) + 'a' : value;
}

/**
 * A DNS-1123 label close to `value`, for fix suggestions: lowercase, other characters turned
 * to `-`, trimmed to start and end alphanumeric, at most `max` characters.
 * @internal
 */
export function suggestLabel(value: string, max = DNS1123_LABEL_MAX, startWithLetter = false): string {
  let s = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
  if (startWithLetter && /^[0-9]/.test(s)) s = `x${s}`.slice(0, max).replace(/-+$/, '');
  return s || 'name';
}

/**
 * A DNS-1123 subdomain close to `value`, for fix suggestions.
 * @internal
 */
export function suggestSubdomain(value: string, max = DNS1123_SUBDOMAIN_MAX): string {
  const labels = value
    .toLowerCase()
    .split('.')
    .map((label) => label.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter((label) => label !== '');
  const joined = labels
    .join('.')
    .slice(0, max)
    .replace(/[-.]+$/, '');
  return joined || 'name';
}

/**
 * An environment variable name close to `value`, for fix suggestions.
 * @internal
 */
export function suggestEnvVarName(value: string): string {
  const s = value.replace(/[^-._a-zA-Z0-9]+/g, '_').replace(/^\.+/, '');
  return /^[0-9]/.test(s) || s === '' ? `_${s}` : s;
}
