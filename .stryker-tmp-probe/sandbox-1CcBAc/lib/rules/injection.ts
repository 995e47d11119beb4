/**
 * Containers an admission webhook adds to a pod, as far as the pod's own metadata tells: what a
 * check of the written YAML must count as the cluster will run it.
 */
// @ts-nocheck

import { asObject, asString, read } from './json';

/** A container a webhook will add, in the manifest form of its resources. */
export interface InjectedContainer {
  /** The name the webhook gives it. */
  readonly name: string;
  /** Whether it is added as an init container. */
  readonly init: boolean;
  /** Its requests and limits, as the webhook writes them. */
  readonly resources: { readonly requests: Record<string, string>; readonly limits: Record<string, string> };
  /** Ports it listens on in the pod's network namespace. */
  readonly ports: readonly number[];
}

/** The label that asks Istio's webhook for its sidecar on one pod. */
export const ISTIO_INJECT_LABEL = 'sidecar.istio.io/inject';

/** Istio's `global.proxy.resources` defaults (manifests/charts/istio-control/istio-discovery/values.yaml). */
export const ISTIO_DEFAULT_PROXY_RESOURCES = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' } };

/** Ports the Istio sidecar listens on in the pod's network namespace. */
export const ISTIO_PROXY_PORTS: readonly number[] = [15000, 15001, 15004, 15006, 15008, 15020, 15021, 15053, 15090];

const ISTIO_SIZE_ANNOTATIONS: ReadonlyArray<[string, 'requests' | 'limits', 'cpu' | 'memory']> = [
  ['sidecar.istio.io/proxyCPU', 'requests', 'cpu'],
  ['sidecar.istio.io/proxyMemory', 'requests', 'memory'],
  ['sidecar.istio.io/proxyCPULimit', 'limits', 'cpu'],
  ['sidecar.istio.io/proxyMemoryLimit', 'limits', 'memory'],
];

/**
 * The resources Istio's injector gives `istio-proxy` (and `istio-init`, which its template sizes
 * the same) from a pod's annotations: when any of `sidecar.istio.io/proxyCPU`, `proxyMemory`,
 * `proxyCPULimit`, `proxyMemoryLimit` is set, exactly those values and nothing else; otherwise
 * the defaults. Transcribed from the `resources` block of Istio's injection template
 * (manifests/charts/istio-control/istio-discovery/files/injection-template.yaml).
 */
export function istioProxyResources(annotations: unknown): InjectedContainer['resources'] {
  const given = asObject(annotations) ?? {};
  const requests: Record<string, string> = {};
  const limits: Record<string, string> = {};
  let annotated = false;
  for (const [key, kind, resource] of ISTIO_SIZE_ANNOTATIONS) {
    const value = asString(read(given, key));
    if (value !== undefined) {
      annotated = true;
      (kind === 'requests' ? requests : limits)[resource] = value;
    }
  }
  return annotated ? { requests, limits } : ISTIO_DEFAULT_PROXY_RESOURCES;
}

/**
 * The containers webhooks will add to a pod with this metadata: Istio's `istio-init` and
 * `istio-proxy` when the pod carries `sidecar.istio.io/inject: "true"`. Injection asked for by
 * a namespace label is not visible in the pod and is not counted.
 */
export function injectedContainers(podMetadata: unknown): InjectedContainer[] {
  const metadata = asObject(podMetadata);
  if (asString(read(asObject(read(metadata, 'labels')), ISTIO_INJECT_LABEL)) !== 'true') {
    return [];
  }
  const resources = istioProxyResources(read(metadata, 'annotations'));
  return [
    { name: 'istio-init', init: true, resources, ports: [] },
    { name: 'istio-proxy', init: false, resources, ports: ISTIO_PROXY_PORTS },
  ];
}
