// @ts-nocheck
import { nanoValue } from './quantity';

/**
 * The kubelet's QoS class, transcribed from GetPodQOS (ComputePodQOS) of Kubernetes 1.28,
 * `pkg/apis/core/helper/qos/qos.go`, applied to pods as the API server stores them.
 *
 * Defaulting matters: SetDefaults_Pod (`pkg/apis/core/v1/defaults.go`) copies each limit into the
 * container's requests when that request is absent, so a container with limits only is treated as
 * requesting its limits. Pod templates are not defaulted themselves, but the pods created from
 * them are, and QoS is a property of those pods.
 */

/** The kubelet's QoS classes. */
export type QosClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

/** Requests and limits of one container as written in a manifest. */
export interface ContainerResources {
  readonly requests?: Record<string, unknown>;
  readonly limits?: Record<string, unknown>;
}

/** Only CPU and memory decide QoS (supportedQoSComputeResources). */
const QOS_RESOURCES = ['cpu', 'memory'];

/** The container's requests after SetDefaults_Pod: each absent request takes its limit. */
function defaultedRequests(resources: ContainerResources): Record<string, unknown> {
  return { ...(resources.limits ?? {}), ...(resources.requests ?? {}) };
}

/**
 * ComputePodQOS over the given containers (regular and init containers alike; ephemeral
 * containers cannot carry resources). A quantity that does not parse counts as absent: such a pod
 * is refused by the API server anyway.
 */
export function qosOfContainers(containers: readonly ContainerResources[]): QosClass {
  const requests = new Map<string, bigint>();
  const limits = new Map<string, bigint>();
  let guaranteed = true;
  for (const container of containers) {
    const requested = defaultedRequests(container);
    const limitsFound = new Set<string>();
    for (const name of QOS_RESOURCES) {
      const request = nanoValue(requested[name]);
      // Only quantities greater than zero count: a zero (or negative) request is no request.
      if (request !== undefined && request > 0n) requests.set(name, (requests.get(name) ?? 0n) + request);
      const limit = nanoValue(container.limits?.[name]);
      if (limit !== undefined && limit > 0n) {
        limitsFound.add(name);
        limits.set(name, (limits.get(name) ?? 0n) + limit);
      }
    }
    if (!(limitsFound.has('cpu') && limitsFound.has('memory'))) guaranteed = false;
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

const asObject = (value: unknown): Record<string, any> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as any) : {};
const asArray = (value: unknown): any[] => (Array.isArray(value) ? value : []);

/**
 * The QoS class of pods made from `podSpec`, counting `extraContainers` (e.g. containers an
 * admission webhook injects) as well.
 */
export function oracleQosClass(podSpec: any, extraContainers: ReadonlyArray<{ resources?: any }> = []): QosClass {
  const spec = asObject(podSpec);
  const all = [...asArray(spec.containers), ...asArray(spec.initContainers), ...extraContainers];
  return qosOfContainers(all.map((c) => asObject(asObject(c).resources)));
}

/** Istio's default sidecar resources (values.global.proxy.resources of the Istio chart). */
const ISTIO_DEFAULT_RESOURCES = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' } };

/**
 * The containers Istio's injector adds to a pod whose template carries the label
 * `sidecar.istio.io/inject: "true"`: istio-proxy and istio-init, both sized by the injection
 * template's `resources` block. When any of the four `sidecar.istio.io/proxy*` annotations is set,
 * the block holds exactly the annotated values (requests from proxyCPU/proxyMemory, limits from
 * proxyCPULimit/proxyMemoryLimit); otherwise the chart's defaults apply.
 */
export function istioInjectedContainers(templateMetadata: any): Array<{ resources: ContainerResources }> {
  const metadata = asObject(templateMetadata);
  if (asObject(metadata.labels)['sidecar.istio.io/inject'] !== 'true') return [];
  const annotations = asObject(metadata.annotations);
  const read = (key: string) => annotations[`sidecar.istio.io/${key}`];
  const annotated = ['proxyCPU', 'proxyMemory', 'proxyCPULimit', 'proxyMemoryLimit'].some((key) => read(key) !== undefined);
  const pick = (cpu: string, memory: string) =>
    Object.fromEntries(
      [
        ['cpu', read(cpu)],
        ['memory', read(memory)],
      ].filter(([, value]) => value !== undefined),
    );
  const resources = annotated
    ? { requests: pick('proxyCPU', 'proxyMemory'), limits: pick('proxyCPULimit', 'proxyMemoryLimit') }
    : ISTIO_DEFAULT_RESOURCES;
  return [{ resources }, { resources }];
}
