/**
 * What a workload's pod is, read from manifests: its containers and their parts in the pod's
 * patterns, what they share, how they start and stop, its QoS class, the budgets and Services
 * over it, and the rules' findings. Reports and diagrams are drawn from this model.
 */
// @ts-nocheck

import {
  appContainerIndex,
  BudgetEffect,
  disruptionBudgetEffect,
  explainQosClass,
  injectedContainers,
  LifecycleRole,
  PodIndex,
  podLabels,
  podLifecycle,
  PodLifecycle,
  PodSource,
  QosExplanation,
  Severity,
  validateManifest,
  validateManifestSet,
  Violation,
} from '../rules';
import { asArray, asObject, asString, isSet, JsonObject } from '../rules/json';
import { labelSelectorMatches } from '../rules/metadata';
import { Manifest } from './load';

/** What a container does in its pod. */
export enum ContainerPart {
  /** The pod's main container (kubectl's default container). */
  APP = 'app',
  /** A helper that listens on `localhost` for the app and forwards to a remote service. */
  AMBASSADOR = 'ambassador',
  /** A helper that reads the app over `localhost` and serves a standard interface (metrics). */
  ADAPTER = 'adapter',
  /** A helper that shares the app's files. */
  SIDECAR = 'sidecar',
  /** Another container running beside the app. */
  HELPER = 'helper',
  /** A step that runs to completion before the containers start. */
  INIT_STEP = 'init step',
  /** A container a webhook adds at admission (Istio's proxy and its init step). */
  INJECTED = 'injected',
}

/** A port a container listens on. */
export interface ExplainedPort {
  readonly number: number;
  readonly name?: string;
  readonly protocol: string;
}

/** A volume mount of a container. */
export interface ExplainedMount {
  readonly volume: string;
  readonly path: string;
  readonly readOnly: boolean;
}

/** A probe of a container. */
export interface ExplainedProbe {
  /** `liveness`, `readiness` or `startup`. */
  readonly kind: string;
  /** What it checks: `GET :8080/ready`, `TCP :9113`, `exec sh -c ...`. */
  readonly check: string;
}

/** One container of the pod, written or injected. */
export interface ExplainedContainer {
  readonly name: string;
  readonly image: string;
  readonly role: LifecycleRole;
  readonly injected: boolean;
  readonly part: ContainerPart;
  readonly ports: readonly ExplainedPort[];
  readonly mounts: readonly ExplainedMount[];
  /** `localhost` ports its command line, arguments or environment name, and who listens there. */
  readonly localhostTargets: ReadonlyArray<{ readonly port: number; readonly listener?: string }>;
  /** Remote `host:port` endpoints its command line, arguments or environment name. */
  readonly remotes: readonly string[];
  readonly probes: readonly ExplainedProbe[];
  /** Whether it states cpu or memory requests or limits. */
  readonly hasResources: boolean;
}

/** A volume of the pod. */
export interface ExplainedVolume {
  readonly name: string;
  /** Its source: `emptyDir`, `configMap shop-config`, `persistentVolumeClaim data`. */
  readonly source: string;
}

/** A Service that selects the pod, with where its ports land. */
export interface ExplainedService {
  readonly name: string;
  readonly ports: ReadonlyArray<{ readonly port: number; readonly target: string; readonly container?: string }>;
}

/** How Prometheus scrapes the pod, when it is told to. */
export interface ExplainedScrape {
  readonly port: string;
  readonly path: string;
  readonly container?: string;
  /** `prometheus.io annotations` or `PodMonitor <name>`. */
  readonly by: string;
}

/** A finding of the rules, on the workload or on an object that points at it. */
export interface ExplainedFinding {
  /** `Deployment web`, `PodDisruptionBudget web`. */
  readonly object: string;
  readonly violation: Violation;
}

/** Everything a report says about one workload. */
export interface WorkloadExplanation {
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly source: string;
  /** `3 replicas`, `one pod per node`, `runs to completion`, ... */
  readonly controller: string;
  readonly replicas?: number;
  readonly containers: readonly ExplainedContainer[];
  readonly volumes: readonly ExplainedVolume[];
  readonly lifecycle: PodLifecycle;
  readonly qos: QosExplanation;
  readonly services: readonly ExplainedService[];
  readonly scrapes: readonly ExplainedScrape[];
  readonly budgets: ReadonlyArray<{ readonly name: string; readonly effect: BudgetEffect }>;
  readonly shareProcessNamespace: boolean;
  readonly hostNamespaces: readonly string[];
  readonly hostname: string;
  readonly findings: readonly ExplainedFinding[];
  /** The `kubectl debug` command that opens a shell beside the app, in its process namespace. */
  readonly debugCommand: string;
}

/** Options for reading workloads. */
export interface ExplainOptions {
  /** The least QoS class every pod must have (see `validateManifestSet`). */
  readonly minimumQosClass?: 'Guaranteed' | 'Burstable' | 'BestEffort';
}

/** The workloads of a set of manifests, explained, and the findings on objects that belong to none. */
export interface ManifestSetExplanation {
  /** Each workload, in the order of the manifests. */
  readonly workloads: readonly WorkloadExplanation[];
  /** Findings on objects that belong to no workload (a budget or Service that selects nothing, a ConfigMap). */
  readonly others: readonly ExplainedFinding[];
}

/**
 * Every workload among the manifests, explained. Each object is checked once: a workload's
 * findings are its own and those of the budgets and Services that select it.
 */
export function explainWorkloads(manifests: readonly Manifest[], options: ExplainOptions = {}): ManifestSetExplanation {
  const objects = manifests.map((m) => m.object);
  const pods = new PodIndex(objects);
  const setFindings = validateManifestSet(objects, options);
  const budgets: Array<{ index: number; selected: readonly PodSource[]; name: string; effect: BudgetEffect }> = [];
  const services: Array<{ index: number; object: JsonObject; selected: readonly PodSource[] }> = [];
  const monitors: JsonObject[] = [];
  objects.forEach((value, index) => {
    const object = obj(value);
    const namespace = str(obj(object.metadata).namespace) ?? '';
    if (object.kind === 'PodDisruptionBudget') {
      const selected = pods.selectedBy(obj(object.spec).selector, namespace);
      budgets.push({ index, selected, name: str(obj(object.metadata).name) ?? '', effect: disruptionBudgetEffect(object, selected) });
    } else if (object.kind === 'Service') {
      const selector = asObject(obj(object.spec).selector);
      services.push({ index, object, selected: selector ? pods.selectedByMap(selector, namespace) : [] });
    } else if (object.kind === 'PodMonitor') {
      monitors.push(object);
    }
  });
  const attached = new Set<number>();
  const findingsOf = (index: number): ExplainedFinding[] => {
    attached.add(index);
    const object = obj(objects[index]);
    const label = `${str(object.kind) ?? '?'} ${str(obj(object.metadata).name) ?? ''}`;
    return [...validateManifest(objects[index]), ...setFindings[index]].map((violation) => ({ object: label, violation }));
  };
  // Budgets and Services are checked once, however many workloads they select.
  const memo = new Map<number, ExplainedFinding[]>();
  const once = (index: number) => memo.get(index) ?? memo.set(index, findingsOf(index)).get(index)!;
  const workloads = pods.sources.map((source) => {
    const theirBudgets = budgets.filter((b) => b.selected.includes(source));
    const theirServices = services.filter((s) => s.selected.includes(source));
    return explainWorkload(source, {
      source: manifests[source.index].source,
      budgets: theirBudgets.map((b) => ({ name: b.name, effect: b.effect })),
      services: theirServices.map((s) => s.object),
      monitors: monitors.filter((m) => monitorSelects(m, source)),
      findings: [...once(source.index), ...theirBudgets.flatMap((b) => once(b.index)), ...theirServices.flatMap((s) => once(s.index))],
    });
  });
  const others = objects.flatMap((_, index) => (attached.has(index) ? [] : findingsOf(index)));
  return { workloads, others };
}

const EMPTY: JsonObject = Object.freeze({});
const obj = (value: unknown): JsonObject => asObject(value) ?? EMPTY;
const str = asString;

function monitorSelects(monitor: JsonObject, source: PodSource): boolean {
  const spec = obj(monitor.spec);
  const namespaces = obj(spec.namespaceSelector);
  const own = str(obj(monitor.metadata).namespace) ?? '';
  const names = asArray(namespaces.matchNames);
  const inNamespace = namespaces.any === true || (names.length > 0 ? names.includes(source.namespace) : own === source.namespace);
  return inNamespace && labelSelectorMatches(spec.selector, podLabels(source));
}

interface Related {
  readonly source: string;
  readonly budgets: ReadonlyArray<{ readonly name: string; readonly effect: BudgetEffect }>;
  readonly services: readonly JsonObject[];
  readonly monitors: readonly JsonObject[];
  readonly findings: readonly ExplainedFinding[];
}

// host:port in a command line, argument or environment value: after a separator or socat's
// TCP: address; a lowercase DNS name (Service names have no dot) or an IPv4 address.
const ENDPOINT =
  /(?:^|[\s=/@,'"(]|TCP[46]?:)(\[::1\]|[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*):(\d{1,5})(?![\d.])/g;
const LOOPBACK = /^(?:localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

function endpoints(container: JsonObject): Array<{ host: string; port: number }> {
  const texts: string[] = [...strings(container.command), ...strings(container.args)];
  for (const env of asArray(container.env)) {
    const value = str(obj(env).value);
    if (value !== undefined) texts.push(value);
  }
  const found: Array<{ host: string; port: number }> = [];
  for (const text of texts) {
    for (const match of text.matchAll(ENDPOINT)) {
      const host = match[1];
      const port = Number(match[2]);
      // A name needs a letter (1.2:3 is a version); an address four numbers (or IPv6 loopback); a port 1-65535.
      if (port < 1 || port > 65535 || !(host === '[::1]' || IPV4.test(host) || /[a-z]/.test(host))) continue;
      found.push({ host, port });
    }
  }
  return found;
}

function strings(value: unknown): string[] {
  return asArray(value).filter((v): v is string => typeof v === 'string');
}

function probeCheck(value: unknown): string {
  const probe = obj(value);
  const http = asObject(probe.httpGet);
  if (http) return `${http.scheme === 'HTTPS' ? 'HTTPS ' : ''}GET :${String(http.port)}${str(http.path) ?? '/'}`;
  const tcp = asObject(probe.tcpSocket);
  if (tcp) return `TCP :${String(tcp.port)}`;
  const grpc = asObject(probe.grpc);
  if (grpc) return `gRPC :${String(grpc.port)}${grpc.service ? ` ${String(grpc.service)}` : ''}`;
  const exec = asObject(probe.exec);
  if (exec) {
    const command = strings(exec.command).join(' ');
    return `exec ${command.length > 60 ? `${command.slice(0, 57)}...` : command}`;
  }
  return 'no handler';
}

function volumeSource(volume: JsonObject): string {
  const key = Object.keys(volume).find((k) => k !== 'name');
  if (!key) return 'emptyDir';
  const value = obj(volume[key]);
  const name = str(value.name) ?? str(value.claimName) ?? str(value.secretName) ?? str(value.path);
  return name !== undefined ? `${key} ${name}` : key;
}

/** A StatefulSet's claim template as the volume each pod gets: `claim per pod, 20Gi`. */
function claimSource(claim: JsonObject): string {
  const storage = str(obj(obj(obj(claim.spec).resources).requests).storage);
  return storage ? `claim per pod, ${storage}` : 'claim per pod';
}

function explainWorkload(source: PodSource, related: Related): WorkloadExplanation {
  const template = source.template;
  const spec = obj(template.spec);
  const lifecycle = podLifecycle(source.kind, template);
  const written = new Map<string, JsonObject>();
  for (const value of [...asArray(spec.initContainers), ...asArray(spec.containers)]) {
    const c = obj(value);
    if (typeof c.name === 'string') written.set(c.name, c);
  }
  const injected = injectedContainers(template.metadata);
  const appName = str(obj(asArray(spec.containers)[appContainerIndex(template)]).name);

  // Who listens on each localhost port once the pod runs: regular containers and native sidecars.
  const listeners = new Map<number, string>();
  for (const step of lifecycle.start) {
    if (step.container.role === LifecycleRole.INIT) continue;
    for (const port of step.container.ports) if (!listeners.has(port)) listeners.set(port, step.container.name);
  }

  const scrapes = scrapesOf(template, related.monitors, written);
  const scraped = new Set(scrapes.map((s) => s.container));
  const containers = lifecycle.start.map((step): ExplainedContainer => {
    const c = step.container;
    const raw = written.get(c.name) ?? EMPTY;
    const found = c.injected ? [] : endpoints(raw);
    const localhostTargets = dedupe(found.filter((e) => LOOPBACK.test(e.host)).map((e) => e.port)).map((port) => ({
      port,
      listener: listeners.get(port),
    }));
    const remotes = dedupe(found.filter((e) => !LOOPBACK.test(e.host)).map((e) => `${e.host}:${e.port}`));
    const mounts = asArray(raw.volumeMounts).map((value): ExplainedMount => {
      const m = obj(value);
      return { volume: str(m.name) ?? '', path: str(m.mountPath) ?? '', readOnly: m.readOnly === true };
    });
    const ports: ExplainedPort[] = c.injected
      ? c.ports.map((number) => ({ number, protocol: 'TCP' }))
      : asArray(raw.ports).map((value) => {
          const p = obj(value);
          return { number: Number(p.containerPort), name: str(p.name), protocol: str(p.protocol) ?? 'TCP' };
        });
    const probes = (['startup', 'liveness', 'readiness'] as const)
      .filter((kind) => isSet(raw[`${kind}Probe`]))
      .map((kind): ExplainedProbe => ({ kind, check: probeCheck(raw[`${kind}Probe`]) }));
    const resources = c.injected ? obj(injected.find((i) => i.name === c.name)?.resources) : obj(raw.resources);
    return {
      name: c.name,
      image: c.injected ? '(added by the mesh webhook)' : (str(raw.image) ?? ''),
      role: c.role,
      injected: c.injected,
      part: ContainerPart.HELPER,
      ports,
      mounts,
      localhostTargets,
      remotes,
      probes,
      hasResources: Object.keys(obj(resources.requests)).length + Object.keys(obj(resources.limits)).length > 0,
    };
  });
  const appMounts = new Set(containers.find((c) => c.name === appName)?.mounts.map((m) => m.volume));
  const served = new Set(containers.flatMap((c) => c.localhostTargets.map((t) => t.listener)));
  const withParts = containers.map((c) => ({ ...c, part: partOf(c, appName, appMounts, served, scraped) }));

  return {
    kind: source.kind,
    name: source.name,
    namespace: source.namespace,
    source: related.source,
    controller: controllerOf(source),
    replicas: source.replicas,
    containers: withParts,
    volumes: [
      ...asArray(spec.volumes).map((v) => ({ name: str(obj(v).name) ?? '', source: volumeSource(obj(v)) })),
      ...(source.volumeClaims ?? []).map((claim) => ({ name: str(obj(claim.metadata).name) ?? '', source: claimSource(claim) })),
    ],
    lifecycle,
    qos: explainQosClass(spec, injected),
    services: related.services.map((s) => serviceOf(s, written, spec)),
    scrapes,
    budgets: related.budgets,
    shareProcessNamespace: spec.shareProcessNamespace === true,
    hostNamespaces: ['hostNetwork', 'hostPID', 'hostIPC'].filter((k) => spec[k] === true),
    hostname: str(spec.hostname) ?? (source.kind === 'Pod' ? source.name : "the pod's name"),
    findings: related.findings,
    debugCommand: debugCommand(source, appName, spec),
  };
}

function dedupe<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function partOf(
  c: ExplainedContainer,
  appName: string | undefined,
  appMounts: ReadonlySet<string>,
  served: ReadonlySet<string | undefined>,
  scraped: ReadonlySet<string | undefined>,
): ContainerPart {
  if (c.injected) return ContainerPart.INJECTED;
  if (c.role === LifecycleRole.INIT) return ContainerPart.INIT_STEP;
  if (c.name === appName) return ContainerPart.APP;
  if (scraped.has(c.name) && c.localhostTargets.some((t) => t.listener !== undefined && t.listener !== c.name))
    return ContainerPart.ADAPTER;
  if (served.has(c.name) && c.remotes.length > 0) return ContainerPart.AMBASSADOR;
  if (c.mounts.some((m) => appMounts.has(m.volume))) return ContainerPart.SIDECAR;
  return ContainerPart.HELPER;
}

function controllerOf(source: PodSource): string {
  switch (source.kind) {
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
      return `${source.kind}, ${source.replicas} replica${source.replicas === 1 ? '' : 's'}`;
    case 'DaemonSet':
      return 'DaemonSet, one pod on each node it selects';
    case 'Job':
      return 'Job, pods run to completion';
    case 'CronJob':
      return 'CronJob, a Job on a schedule, whose pods run to completion';
    default:
      return 'none: a bare Pod, never recreated';
  }
}

function scrapesOf(template: JsonObject, monitors: readonly JsonObject[], written: ReadonlyMap<string, JsonObject>): ExplainedScrape[] {
  const listener = (match: (port: JsonObject) => boolean) =>
    [...written.values()].find((c) => asArray(c.ports).some((p) => match(obj(p))))?.name as string | undefined;
  const scrapes: ExplainedScrape[] = [];
  const annotations = obj(obj(template.metadata).annotations);
  const port = str(annotations['prometheus.io/port']);
  if (annotations['prometheus.io/scrape'] === 'true' && port) {
    scrapes.push({
      port,
      path: str(annotations['prometheus.io/path']) ?? '/metrics',
      container: listener((p) => String(p.containerPort) === port),
      by: 'prometheus.io annotations',
    });
  }
  for (const monitor of monitors) {
    for (const value of asArray(obj(monitor.spec).podMetricsEndpoints)) {
      const endpoint = obj(value);
      const named = String(endpoint.port ?? endpoint.targetPort ?? '');
      scrapes.push({
        port: named,
        path: str(endpoint.path) ?? '/metrics',
        container: listener((p) => p.name === named || String(p.containerPort) === named),
        by: `PodMonitor ${str(obj(monitor.metadata).name) ?? ''}`,
      });
    }
  }
  return scrapes;
}

function serviceOf(service: JsonObject, written: ReadonlyMap<string, JsonObject>, spec: JsonObject): ExplainedService {
  const regular = new Set(asArray(spec.containers).map((c) => obj(c).name));
  const ports = asArray(obj(service.spec).ports).map((value) => {
    const p = obj(value);
    const target = p.targetPort ?? p.port;
    // The endpoints controller resolves a named targetPort among the regular containers (podutil.FindPort).
    const container = [...written.values()].find(
      (c) =>
        regular.has(c.name) &&
        asArray(c.ports).some((cp) => (typeof target === 'string' ? obj(cp).name === target : obj(cp).containerPort === target)),
    )?.name as string | undefined;
    return { port: Number(p.port), target: String(target), container };
  });
  return { name: str(obj(service.metadata).name) ?? '', ports };
}

const DEBUG_IMAGE = 'busybox:1.36';

function debugCommand(source: PodSource, appName: string | undefined, spec: JsonObject): string {
  const namespace = source.namespace ? ` -n ${source.namespace}` : '';
  // kubectl debug picks a running pod of a Deployment, StatefulSet, DaemonSet, ReplicaSet or
  // Job by itself; a CronJob's pods are found by their labels.
  const labels = Object.entries(podLabels(source))
    .filter(([key]) => key !== 'cdk8s.io/metadata.addr')
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(',');
  const target =
    source.kind === 'CronJob'
      ? `$(kubectl get pod${namespace} -l ${labels} -o name | head -n 1)`
      : `${source.kind.toLowerCase()}/${source.name}`;
  // An ephemeral container of a pod that must run as non-root must too: the restricted profile does that.
  const nonRoot = obj(spec.securityContext).runAsNonRoot === true;
  return `kubectl debug -it${namespace} ${target} --image=${DEBUG_IMAGE} --target=${appName ?? '<container>'}${nonRoot ? ' --profile=restricted' : ''} -- sh`;
}

/** Whether a finding stops the object from working (an error), not only a warning. */
export function isError(finding: ExplainedFinding): boolean {
  return finding.violation.severity === Severity.ERROR;
}
