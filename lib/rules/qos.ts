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
 * API server's defaulting does (SetDefaults_Pod, pkg/apis/core/v1/defaults.go); a request of
 * null is there, and 0, as Go decodes it. Quantities that do not parse count as absent. `injected` are containers a webhook adds (see
 * {@link injectedContainers}), counted as the kubelet will once they are in.
 */
export function podQosClass(podSpec: unknown, injected: readonly InjectedContainer[] = []): QosClassName {
  const spec = asObject(podSpec) ?? {};
  const cpu = new Totals();
  const memory = new Totals();
  // Whether every container has a positive cpu and memory limit.
  let guaranteed = addContainers(asArray(spec.containers), cpu, memory);
  guaranteed = addContainers(asArray(spec.initContainers), cpu, memory) && guaranteed;
  guaranteed = addContainers(injected, cpu, memory) && guaranteed;
  if (!cpu.requested && !cpu.limited && !memory.requested && !memory.limited) return 'BestEffort';
  // With every container limited, summed requests must exist and equal summed limits for both.
  return guaranteed && cpu.requested && memory.requested && cpu.excess === 0n && memory.excess === 0n ? 'Guaranteed' : 'Burstable';
}

/** What a pod's containers request and limit of one resource, as ComputePodQOS sums them. */
class Totals {
  /** Whether a container requests a positive quantity. */
  requested = false;
  /** Whether a container limits it to a positive quantity. */
  limited = false;
  /** The positive limits summed, minus the positive requests summed, in nanounits. */
  excess = 0n;
}

/** Adds the containers' cpu and memory; returns whether each has a positive limit of both. */
function addContainers(containers: readonly unknown[], cpu: Totals, memory: Totals): boolean {
  let limited = true;
  for (let i = 0; i < containers.length; i++) {
    const resources = asObject(asObject(containers[i])?.resources);
    const limits = asObject(read(resources, 'limits'));
    const requests = asObject(read(resources, 'requests'));
    const cpuLimited = add(cpu, limits, requests, 'cpu');
    const memoryLimited = add(memory, limits, requests, 'memory');
    limited = limited && cpuLimited && memoryLimited;
  }
  return limited;
}

/** Adds one container's request and limit of `name`; returns whether the limit is positive. */
function add(totals: Totals, limits: JsonObject | undefined, requests: JsonObject | undefined, name: string): boolean {
  const limit = limits && quantityOf(read(limits, name));
  const rawRequest = read(requests, name);
  const request = rawRequest !== undefined ? quantityOf(rawRequest) : limit;
  const requested = request !== undefined && isPositive(request);
  const limited = limit !== undefined && isPositive(limit);
  totals.requested ||= requested;
  totals.limited ||= limited;
  // A request written as its limit (or taken from it) parses to the same quantity and adds as
  // much to both sums, which most pods' requests do.
  if (request !== limit) {
    if (requested) totals.excess -= nanos(request);
    if (limited) totals.excess += nanos(limit);
  }
  return limited;
}

function isPositive(quantity: Quantity): boolean {
  return !quantity.isZero && !quantity.isNegative;
}

/**
 * Where the library wrote its QoS annotation on a pod template, checks it against
 * {@link podQosClass}: a mismatch means the library's bookkeeping and the kubelet disagree.
 * `owner` names what carries the annotation in messages: `the pod template`, `the Pod`.
 * @internal
 */
export function checkQosAnnotation(out: Violation[], metadata: unknown, spec: JsonObject, field: string, owner: string): void {
  const written = read(asObject(read(asObject(metadata), 'annotations')), QOS_ANNOTATION);
  if (written === undefined) return;
  const computed = podQosClass(spec, injectedContainers(metadata));
  if (written !== computed) {
    report(
      out,
      ViolationCode.QOS_MISMATCH,
      `${field}[${QOS_ANNOTATION}]`,
      `${owner} is annotated QoS class ${JSON.stringify(written)}, but the kubelet will compute ${computed} from its containers' requests and limits (those a webhook injects included)`,
      written !== 'Guaranteed'
        ? `annotate ${JSON.stringify(computed)}, or change requests and limits to match ${JSON.stringify(written)}`
        : 'for Guaranteed, give every container (init containers included) cpu and memory limits equal to its requests',
      'qos.ComputePodQOS (pkg/apis/core/helper/qos)',
    );
  }
}
