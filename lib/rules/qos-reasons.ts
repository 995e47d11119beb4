/**
 * Why a pod has the QoS class {@link podQosClass} computes: the containers and resources that
 * keep it from the class above.
 */
import { InjectedContainer } from './injection';
import { asArray, asObject, asString, JsonObject, read } from './json';
import { podQosClass, QosClassName } from './qos';
import { quantityOf } from './resources';

/** A pod's QoS class and what decides it. */
export interface QosExplanation {
  /** The class, as the kubelet computes it. */
  readonly qosClass: QosClassName;
  /**
   * For Burstable, each container and resource that keeps the pod from Guaranteed
   * (`container "log-shipper" has no cpu limit`); for BestEffort, one line saying that no
   * container requests or limits cpu or memory; empty for Guaranteed.
   */
  readonly reasons: readonly string[];
}

const RESOURCES = ['cpu', 'memory'] as const;

/**
 * The QoS class of a pod spec and the reasons for it, in the terms of `ComputePodQOS`
 * (pkg/apis/core/helper/qos/qos.go): Guaranteed needs a positive cpu and memory limit on every
 * container, init containers and injected ones included, with requests equal to limits (an
 * absent request defaults to its limit, SetDefaults_Pod).
 */
export function explainQosClass(podSpec: unknown, injected: readonly InjectedContainer[] = []): QosExplanation {
  const qosClass = podQosClass(podSpec, injected);
  if (qosClass === 'Guaranteed') return { qosClass, reasons: [] };
  if (qosClass === 'BestEffort') {
    return { qosClass, reasons: ['no container (init containers included) requests or limits cpu or memory'] };
  }
  const spec = asObject(podSpec) ?? {};
  const reasons: string[] = [];
  const add = (noun: string, container: JsonObject | InjectedContainer) => {
    const name = asString(read(container as JsonObject, 'name')) ?? '?';
    const resources = asObject(read(container as JsonObject, 'resources'));
    const limits = asObject(read(resources, 'limits'));
    const requests = asObject(read(resources, 'requests'));
    for (const resource of RESOURCES) {
      const limit = quantityOf(read(limits, resource));
      const rawRequest = read(requests, resource);
      const request = rawRequest === undefined ? limit : quantityOf(rawRequest);
      if (limit === undefined || limit.isZero || limit.isNegative) {
        reasons.push(`${noun} "${name}" has no ${resource} limit`);
      } else if (request === undefined || request.compare(limit) !== 0) {
        reasons.push(`${noun} "${name}" requests ${request?.text ?? String(rawRequest)} ${resource} but limits ${limit.text}`);
      }
    }
  };
  for (const c of asArray(spec.initContainers)) add('init container', asObject(c) ?? {});
  for (const c of asArray(spec.containers)) add('container', asObject(c) ?? {});
  for (const c of injected) add('injected container', c);
  return { qosClass, reasons };
}

/** The order the kubelet evicts pods of each class under node memory pressure, lowest first. */
export const QOS_RANK: Readonly<Record<QosClassName, number>> = { BestEffort: 0, Burstable: 1, Guaranteed: 2 };
