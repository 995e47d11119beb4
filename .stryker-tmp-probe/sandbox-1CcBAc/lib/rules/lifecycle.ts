/**
 * How Kubernetes starts, connects and stops the containers of one pod, computed from the pod
 * template as written plus what webhooks are declared to inject (see {@link injectedContainers}):
 * plain objects in, a plain model out, for checks and for reports that draw it.
 *
 * What it transcribes:
 * - init containers run one at a time, in order, each after the previous one exited 0; a native
 *   sidecar (an init container with `restartPolicy: Always`) is started and the next init step
 *   begins once it runs (or, with a startup probe, once that passed), and it keeps running
 *   (kubelet `computeInitContainerActions`, pkg/kubelet/kuberuntime/kuberuntime_container.go);
 * - regular containers start after every init container, all together (`SyncPod`);
 * - on termination, regular containers stop together, then native sidecars in reverse order
 *   (KEP-753, `killPodWithSyncResult`);
 * - a Job's pod completes once every regular container has exited (`PodSucceeded` when all
 *   containers terminated, pkg/kubelet/status/generate.go); native sidecars are stopped then;
 * - Istio's injector puts `istio-init` first among the init containers (it redirects every
 *   outbound connection of the pod to port 15001) and `istio-proxy` among the regular
 *   containers, so nothing answers those redirected connections until the regular containers
 *   start; a process running as the proxy's user (1337) is exempt from the redirection.
 */
// @ts-nocheck

import { injectedContainers } from './injection';
import { asArray, asObject, asString, JsonObject } from './json';

/** How a container takes part in its pod's life. */
export enum LifecycleRole {
  /** Runs to completion, in order, before the regular containers. */
  INIT = 'init',
  /** An init container with `restartPolicy: Always`: started in order and kept running. */
  NATIVE_SIDECAR = 'native-sidecar',
  /** Started with the others once every init container is done. */
  REGULAR = 'regular',
}

/** One container as the lifecycle sees it. */
export interface LifecycleContainer {
  /** Container name. */
  readonly name: string;
  /** Its role in the start and stop sequences. */
  readonly role: LifecycleRole;
  /** Whether a webhook adds it at admission (not written in the template). */
  readonly injected: boolean;
  /** TCP ports it listens on, in the pod's one network namespace. */
  readonly ports: readonly number[];
  /** Whether it has a startup probe (a native sidecar then holds the next init step until it passes). */
  readonly startupProbe: boolean;
  /** Whether it runs as the mesh proxy's user, which the mesh's traffic redirection exempts. */
  readonly meshExempt: boolean;
}

/** One container starting, and the pod as that container finds it. */
export interface StartStep {
  /** The container that starts. */
  readonly container: LifecycleContainer;
  /** Ports that already listen on `localhost` when it starts, and the container listening on each. */
  readonly listening: ReadonlyMap<number, string>;
  /**
   * Whether its outbound connections are redirected to a mesh proxy that is not running yet:
   * any connection it opens (other than to `localhost`) then fails.
   */
  readonly outboundBlocked: boolean;
}

/** The model of one pod's start and stop. */
export interface PodLifecycle {
  /** Every container as it starts: init containers in order, then the regular ones together. */
  readonly start: readonly StartStep[];
  /** Groups of containers stopped together, in order. */
  readonly stop: ReadonlyArray<readonly string[]>;
  /** Whether the pod is run to completion (Job, CronJob, or `restartPolicy` other than Always). */
  readonly runsToCompletion: boolean;
  /** The mesh proxy the pod gets injected, if any. */
  readonly meshProxy?: string;
}

/** The user Istio's proxy runs as; istio-init does not redirect its traffic. */
export const ISTIO_PROXY_UID = 1337;

/**
 * The start and stop sequences of a pod with this template (`{ metadata, spec }`), owned by a
 * controller of `kind` (`Deployment`, `Job`, ...; a bare `Pod` passes its own metadata and spec).
 */
export function podLifecycle(kind: string, template: unknown): PodLifecycle {
  const object = asObject(template) ?? {};
  const spec = asObject(object.spec) ?? {};
  const injected = injectedContainers(object.metadata);
  const podUser = asObject(spec.securityContext)?.runAsUser;
  const written = (list: unknown, init: boolean) =>
    asArray(list).flatMap((value) => {
      const container = asObject(value);
      return container ? [describe(container, init, podUser)] : [];
    });
  const injectedInit = injected.filter((c) => c.init);
  const injectedRegular = injected.filter((c) => !c.init);
  const asInjected = (c: (typeof injected)[number], role: LifecycleRole): LifecycleContainer => ({
    name: c.name,
    role,
    injected: true,
    ports: c.ports,
    startupProbe: false,
    meshExempt: true,
  });
  const init = [...injectedInit.map((c) => asInjected(c, LifecycleRole.INIT)), ...written(spec.initContainers, true)];
  const regular = [...written(spec.containers, false), ...injectedRegular.map((c) => asInjected(c, LifecycleRole.REGULAR))];
  const meshProxy = injectedRegular[0]?.name;

  const start: StartStep[] = [];
  const listening = new Map<number, string>();
  for (const container of init) {
    // The proxy is a regular container: while init containers run, nothing answers the redirect.
    start.push({ container, listening: new Map(listening), outboundBlocked: meshProxy !== undefined && !container.meshExempt });
    if (container.role === LifecycleRole.NATIVE_SIDECAR) {
      for (const port of container.ports) if (!listening.has(port)) listening.set(port, container.name);
    }
  }
  // The regular containers start together: none can count on another being up.
  const beforeRegular = new Map(listening);
  for (const container of regular) {
    start.push({ container, listening: beforeRegular, outboundBlocked: false });
  }
  const natives = init.filter((c) => c.role === LifecycleRole.NATIVE_SIDECAR).map((c) => c.name);
  const stop: string[][] = [regular.map((c) => c.name), ...natives.reverse().map((name) => [name])];
  const restartPolicy = asString(spec.restartPolicy);
  const runsToCompletion = kind === 'Job' || kind === 'CronJob' || (restartPolicy !== undefined && restartPolicy !== 'Always');
  return { start, stop: stop.filter((group) => group.length > 0), runsToCompletion, meshProxy };
}

function describe(container: JsonObject, init: boolean, podUser: unknown): LifecycleContainer {
  const native = init && asString(container.restartPolicy) === 'Always';
  const ports = asArray(container.ports).flatMap((value) => {
    const port = asObject(value);
    const number = port?.containerPort;
    const protocol = asString(port?.protocol) ?? 'TCP';
    return typeof number === 'number' && protocol === 'TCP' ? [number] : [];
  });
  const user = asObject(container.securityContext)?.runAsUser ?? podUser;
  return {
    name: asString(container.name) ?? '',
    role: init ? (native ? LifecycleRole.NATIVE_SIDECAR : LifecycleRole.INIT) : LifecycleRole.REGULAR,
    injected: false,
    ports,
    startupProbe: asObject(container.startupProbe) !== undefined,
    meshExempt: user === ISTIO_PROXY_UID,
  };
}
