/**
 * Container resource requests and limits: validateResourceRequirements and
 * ValidateResourceQuantityValue (pkg/apis/core/validation, 1.28), quantities parsed as
 * `resource.ParseQuantity` does (staging/src/k8s.io/apimachinery/pkg/api/resource).
 */
import { Quantity } from '../core/quantity';
import { asObject, describeJson, read } from './json';
import { Item, report, Severity, Violation, ViolationCode } from './violation';

const RULE_REQUIREMENTS = 'validation.validateResourceRequirements (pkg/apis/core/validation)';
const RULE_QUANTITY = 'resource.ParseQuantity (staging/src/k8s.io/apimachinery/pkg/api/resource)';
const RULE_VALUE = 'validation.ValidateResourceQuantityValue (pkg/apis/core/validation)';

const ONE = Quantity.parse('1')!;
const ZERO = Quantity.parse('0')!;
// Quantity.parse returns one object per distinct text, so this caches per distinct quantity.
const WHOLE = new WeakMap<Quantity, boolean>();

function isWhole(quantity: Quantity): boolean {
  let whole = WHOLE.get(quantity);
  if (whole === undefined) {
    whole = quantity.wholeMultipleOf(ONE) !== undefined;
    WHOLE.set(quantity, whole);
  }
  return whole;
}

/** What Go's `strings.TrimSpace` trims: `unicode.IsSpace`, which is not JavaScript's `trim` (no U+FEFF, but U+0085). */
const GO_SPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

/**
 * A quantity as `Quantity.UnmarshalJSON` (staging/src/k8s.io/apimachinery/pkg/api/resource)
 * reads it from JSON: a string or a number, white space around it trimmed; `null` as zero (a
 * request of null is there, and 0: it is not defaulted from the limit). `undefined` when it does
 * not parse.
 * @internal
 */
export function quantityOf(value: unknown): Quantity | undefined {
  if (typeof value === 'string') return Quantity.parse(value.replace(GO_SPACE, ''));
  if (typeof value === 'number') return Quantity.parse(String(value));
  return value === null ? ZERO : undefined;
}

/** `helper.IsNativeResource`: unprefixed, or in the kubernetes.io domain. */
function isNativeResource(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

/** `helper.IsOvercommitAllowed`: native and not huge pages. */
function isOvercommitAllowed(name: string): boolean {
  return isNativeResource(name) && !name.startsWith('hugepages-');
}

/**
 * Checks `resources.requests` and `resources.limits` of a container:
 * - every quantity parses and is not negative (the API server refuses the object otherwise);
 * - extended resources (`example.com/gpu`) are whole numbers, and their request equals their limit;
 * - a request is not above its limit;
 * - a cpu or memory limit is not 0. The API server accepts 0, but the kubelet then sets no
 *   limit at all: `MilliCPUToQuota` (pkg/kubelet/cm/helpers_linux.go) returns no CFS quota for
 *   0, `calculateLinuxResources` (pkg/kubelet/kuberuntime/kuberuntime_container_linux.go) sets a
 *   memory limit only when it is not 0, and `ComputePodQOS` ignores zero quantities. A limit of
 *   0 silently means "unlimited";
 * - memory and ephemeral-storage are whole bytes (a warning, as the API server gives one:
 *   pkg/api/pod/warnings.go).
 * @internal
 */
export function checkResources(out: Violation[], resources: unknown, container: Item): void {
  const requirements = asObject(resources);
  if (!requirements) return;
  const limits = asObject(read(requirements, 'limits'));
  const requests = asObject(read(requirements, 'requests'));
  if (limits) {
    for (const name in limits) {
      const limit = checkQuantity(out, limits[name], name, container, 'limit');
      if (limit && (name === 'cpu' || name === 'memory') && limit.isZero) {
        report(
          out,
          ViolationCode.INVALID_QUANTITY,
          quantityPath(container, 'limit', name),
          `${container.label} has a ${name} limit of ${limit.text}, which the kubelet treats as no limit at all`,
          `set a positive ${name} limit, or remove it to run without one`,
          name === 'cpu'
            ? 'cm.MilliCPUToQuota (pkg/kubelet/cm/helpers_linux.go)'
            : 'kuberuntime.calculateLinuxResources (pkg/kubelet/kuberuntime)',
        );
      }
    }
  }
  if (!requests) return;
  for (const name in requests) {
    const request = checkQuantity(out, requests[name], name, container, 'request');
    if (!request) continue;
    const rawLimit = read(limits, name);
    const limit = quantityOf(rawLimit);
    if (limit !== undefined) {
      // Quantity.parse returns one object per text: a request written as its limit compares equal without arithmetic.
      const order = request === limit ? 0 : request.compare(limit);
      if (!isOvercommitAllowed(name) && order !== 0) {
        report(
          out,
          ViolationCode.INVALID_QUANTITY,
          quantityPath(container, 'request', name),
          `${container.label} requests ${request.text} of ${name} but limits it to ${limit.text}; ${name} cannot be overcommitted, so request and limit must be equal`,
          `set the request to ${limit.text}, or leave it out (it defaults to the limit)`,
          RULE_REQUIREMENTS,
        );
      } else if (order > 0) {
        report(
          out,
          ViolationCode.REQUEST_ABOVE_LIMIT,
          quantityPath(container, 'request', name),
          `${container.label} requests ${request.text} of ${name}, more than its limit of ${limit.text}`,
          `lower the request to at most ${limit.text}, or raise the limit to at least ${request.text}`,
          RULE_REQUIREMENTS,
        );
      }
    } else if (!isOvercommitAllowed(name) && rawLimit === undefined) {
      report(
        out,
        ViolationCode.INVALID_QUANTITY,
        `${container.path}.resources.limits`,
        `${container.label} requests ${request.text} of ${name} without a limit; ${name} cannot be overcommitted`,
        `add limits.${name}: ${JSON.stringify(request.text)}`,
        RULE_REQUIREMENTS,
      );
    }
  }
}

/** The path of a container's limit or request: `spec.containers[0].resources.limits[cpu]`. */
function quantityPath(container: Item, kind: 'limit' | 'request', name: string): string {
  return `${container.path}.resources.${kind === 'limit' ? 'limits' : 'requests'}[${name}]`;
}

/** Parses one request or limit and reports what ValidateResourceQuantityValue and the warnings refuse; `undefined` when it does not parse. */
function checkQuantity(out: Violation[], raw: unknown, name: string, container: Item, kind: 'limit' | 'request'): Quantity | undefined {
  const quantity = quantityOf(raw);
  if (quantity === undefined) {
    report(
      out,
      ViolationCode.INVALID_QUANTITY,
      quantityPath(container, kind, name),
      `${container.label} has ${name} ${kind} ${typeof raw === 'string' ? JSON.stringify(raw) : describeJson(raw)}, which is not a quantity`,
      'write a number with an optional suffix: "500m", "1.5", "256Mi", "1Gi" (K is written k, and only binary suffixes end in i)',
      RULE_QUANTITY,
    );
    return undefined;
  }
  if (quantity.isNegative) {
    report(
      out,
      ViolationCode.INVALID_QUANTITY,
      quantityPath(container, kind, name),
      `${container.label} has a negative ${name} ${kind} (${quantity.text})`,
      `use a quantity of 0 or more`,
      RULE_VALUE,
    );
  } else if (!isNativeResource(name) && !isWhole(quantity)) {
    report(
      out,
      ViolationCode.INVALID_QUANTITY,
      quantityPath(container, kind, name),
      `${container.label} has ${name} ${kind} ${quantity.text}; extended resources are counted in whole units`,
      'use a whole number',
      RULE_VALUE,
    );
  } else if ((name === 'memory' || name === 'ephemeral-storage') && !isWhole(quantity)) {
    report(
      out,
      ViolationCode.INVALID_QUANTITY,
      quantityPath(container, kind, name),
      `${container.label} has ${name} ${kind} ${quantity.text}, a fractional number of bytes`,
      'use whole bytes: a plain number or a suffix such as "128Mi" (the m suffix means thousandths, not mega)',
      'pod.warningsForPodSpecAndMeta (pkg/api/pod/warnings.go)',
      Severity.WARNING,
    );
  }
  return quantity;
}
