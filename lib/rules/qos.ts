/**
 * The pod QoS class the kubelet computes: `ComputePodQOS` (pkg/apis/core/helper/qos/qos.go,
 * the branch without pod-level resources, which 1.28 does not have).
 */
import { PodAnnotations } from '../core/annotations';
import { Quantity } from '../core/quantity';
import { injectedContainers, InjectedContainer } from './injection';
import { asArray, asObject, JsonObject, read } from './json';
import { quantityOf } from './resources';
import { report, Violation, ViolationCode } from './violation';

/** A pod's QoS class as Kubernetes writes it in `status.qosClass`. */
export type QosClassName = 'Guaranteed' | 'Burstable' | 'BestEffort';

/** The pod annotation the library writes the expected QoS class into (`pod-patterns.io/qos-class`). */
export const QOS_ANNOTATION = PodAnnotations.QOS_CLASS;

const COMPUTE_RESOURCES = ['cpu', 'memory'] as const;
const NANO = Quantity.parse('1n')!;
const ONE = Quantity.parse('1')!;

// Quantity.parse returns one object per distinct text, so this caches per distinct quantity.
const NANOS = new WeakMap<Quantity, bigint>();

/**
 * The quantity in nanounits: exact below 2^53 nanounits, or 2^53 whole units (memory up to
 * 8 PiB); beyond that rounded. A fraction of a nanounit, which Go rounds up, counts as 0 here.
 */
function nanos(quantity: Quantity): bigint {
  let value = NANOS.get(quantity);
  if (value === undefined) {
    const inNanos = quantity.wholeMultipleOf(NANO);
    const inUnits = inNanos !== undefined && Number.isSafeInteger(inNanos) ? undefined : quantity.wholeMultipleOf(ONE);
    value = inUnits !== undefined && Number.isSafeInteger(inUnits) ? BigInt(inUnits) * 1_000_000_000n : BigInt(Math.round(inNanos ?? 0));
    NANOS.set(quantity, value);
  }
  return value;
}

/**
 * The QoS class of a pod spec given as plain JSON, as `ComputePodQOS` computes it
 * (pkg/apis/core/helper/qos/qos.go): over containers and init containers, the positive cpu and
 * memory requests and limits are summed; no request or limit at all is BestEffort; Guaranteed
 * needs a positive cpu and memory limit on every container and summed requests equal to summed
 * limits; anything else is Burstable. An absent request is taken from its limit first, as the
 * API server's defaulting does (SetDefaults_Pod, pkg/apis/core/v1/defaults.go). Quantities that
 * do not parse count as absent. `injected` are containers a webhook adds (see
 * {@link injectedContainers}), counted as the kubelet will once they are in.
 */
export function podQosClass(podSpec: unknown, injected: readonly InjectedContainer[] = []): QosClassName {
  const spec = asObject(podSpec) ?? {};
  const requests = new Map<string, bigint>();
  const limits = new Map<string, bigint>();
  let guaranteed = true;
  const lists = [asArray(spec.containers), asArray(spec.initContainers), injected];
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const resources = asObject(asObject(list[i])?.resources);
      const containerLimits = asObject(read(resources, 'limits'));
      const containerRequests = asObject(read(resources, 'requests'));
      let limitsFound = 0;
      for (const name of COMPUTE_RESOURCES) {
        const limit = containerLimits && quantityOf(read(containerLimits, name));
        const rawRequest = read(containerRequests, name);
        const request = rawRequest !== undefined && rawRequest !== null ? quantityOf(rawRequest) : limit;
        if (request && isPositive(request)) add(requests, name, request);
        if (limit && isPositive(limit)) {
          limitsFound++;
          add(limits, name, limit);
        }
      }
      if (limitsFound < COMPUTE_RESOURCES.length) guaranteed = false;
    }
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, request] of requests) {
      if (limits.get(name) !== request) {
        guaranteed = false;
        break;
      }
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}

function isPositive(quantity: Quantity): boolean {
  return !quantity.isZero && !quantity.isNegative;
}

function add(sums: Map<string, bigint>, name: string, quantity: Quantity): void {
  sums.set(name, (sums.get(name) ?? 0n) + nanos(quantity));
}

/**
 * Where the library wrote its QoS annotation on a pod template, checks it against
 * {@link podQosClass}: a mismatch means the library's bookkeeping and the kubelet disagree.
 * @internal
 */
export function checkQosAnnotation(out: Violation[], metadata: unknown, spec: JsonObject, field: string): void {
  const written = read(asObject(read(asObject(metadata), 'annotations')), QOS_ANNOTATION);
  if (written === undefined) return;
  const computed = podQosClass(spec, injectedContainers(metadata));
  if (written !== computed) {
    report(
      out,
      ViolationCode.QOS_MISMATCH,
      `${field}[${QOS_ANNOTATION}]`,
      `the pod template is annotated QoS class ${JSON.stringify(written)}, but the kubelet will compute ${computed} from its containers' requests and limits (those a webhook injects included)`,
      computed === 'Guaranteed' || written !== 'Guaranteed'
        ? `annotate ${JSON.stringify(computed)}, or change requests and limits to match ${JSON.stringify(written)}`
        : 'for Guaranteed, give every container (init containers included) cpu and memory limits equal to its requests',
      'qos.ComputePodQOS (pkg/apis/core/helper/qos)',
    );
  }
}
