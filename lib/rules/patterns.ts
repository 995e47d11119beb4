/**
 * Rules over a set of manifests, for the pod patterns: what a PodDisruptionBudget or a Service
 * selects among the pods the set runs, whether a budget lets a node drain, and the mistakes of
 * multi-container pods that Kubernetes accepts (a helper without resources, a port taken by an
 * injected proxy, a shared volume two running containers can write, a bare Pod, an unpinned
 * image, a QoS class below what was asked). Plain objects in, violations out.
 */
import { parseImageReference } from './image';
import { injectedContainers } from './injection';
import { asArray, asInteger, asObject, asString, isSet, JsonObject, q, read } from './json';
import { labelSelectorMatches } from './metadata';
import { isPercent } from './names';
import { QosClassName } from './qos';
import { explainQosClass, QOS_RANK } from './qos-reasons';
import { report, Severity, Violation, ViolationCode } from './violation';

/**
 * The codes of the rules over a manifest set, beside {@link ViolationCode}: they judge manifests
 * written without the library's constructs, whose own checks refuse these mistakes as they build.
 */
export enum ManifestSetCode {
  /** A PodDisruptionBudget that allows no voluntary eviction with every pod healthy: node drains hang. */
  PDB_BLOCKS_EVICTION = 'pdb-blocks-eviction',
  /** A PodDisruptionBudget that selects no pod of the manifests checked. */
  PDB_SELECTS_NOTHING = 'pdb-selects-nothing',
  /** A Service whose selector selects no pod of the manifests checked. */
  SERVICE_SELECTS_NOTHING = 'service-selects-nothing',
  /** A helper container (not the pod's app) with neither requests nor limits. */
  HELPER_WITHOUT_RESOURCES = 'helper-without-resources',
  /** A Pod without a controller: nothing recreates it when its node fails or it is evicted. */
  BARE_POD = 'bare-pod',
  /** An image without a tag or digest, or tagged `latest`: what runs changes without the manifest changing. */
  UNPINNED_IMAGE = 'unpinned-image',
  /** A volume that two containers running at the same time can both write. */
  SHARED_VOLUME_WRITABLE = 'shared-volume-writable',
}

/** An object of the set that runs pods, with the template they are made from. */
export interface PodSource {
  /** Its position in the list of objects given. */
  readonly index: number;
  /** Its kind: `Deployment`, `StatefulSet`, `DaemonSet`, `ReplicaSet`, `Job`, `CronJob` or `Pod`. */
  readonly kind: string;
  /** `metadata.name`. */
  readonly name: string;
  /** `metadata.namespace`, or `""` when not written (the namespace it is applied to). */
  readonly namespace: string;
  /** The pod template, `{ metadata, spec }` (a bare Pod's own metadata and spec). */
  readonly template: JsonObject;
  /** Path of the template in the object: `spec.template`; `""` for a bare Pod. */
  readonly field: string;
  /** How many pods it runs when healthy, or `undefined` where the manifest cannot tell (DaemonSet, Job, CronJob). */
  readonly replicas: number | undefined;
  /** Whether its controller has a scale subresource, which budgets with percentages or maxUnavailable need. */
  readonly scalable: boolean;
  /**
   * A StatefulSet's `volumeClaimTemplates`: each pod gets a volume of each, named like it.
   * @default - none
   */
  readonly volumeClaims?: readonly JsonObject[];
}

const EMPTY: JsonObject = Object.freeze({});

/**
 * The pods an object runs, or `undefined` when it runs none. Replicas default to 1 as the API
 * server defaults them (SetDefaults_Deployment, SetDefaults_StatefulSet, SetDefaults_ReplicaSet).
 */
export function podSourceOf(object: unknown, index = 0): PodSource | undefined {
  const o = asObject(object);
  const kind = asString(read(o, 'kind'));
  if (!o || !kind) return undefined;
  const metadata = asObject(read(o, 'metadata')) ?? EMPTY;
  const spec = asObject(read(o, 'spec')) ?? EMPTY;
  const base = { index, kind, name: asString(metadata.name) ?? '', namespace: asString(metadata.namespace) ?? '' };
  const template = (value: unknown) => asObject(value) ?? EMPTY;
  switch (kind) {
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
      return {
        ...base,
        template: template(spec.template),
        field: 'spec.template',
        replicas: asInteger(spec.replicas) ?? 1,
        scalable: true,
        ...(kind === 'StatefulSet'
          ? {
              volumeClaims: asArray(spec.volumeClaimTemplates).flatMap((c): JsonObject[] => {
                const claim = asObject(c);
                return claim ? [claim] : [];
              }),
            }
          : {}),
      };
    case 'DaemonSet':
    case 'Job':
      return { ...base, template: template(spec.template), field: 'spec.template', replicas: undefined, scalable: false };
    case 'CronJob':
      return {
        ...base,
        template: template(read(asObject(read(asObject(spec.jobTemplate), 'spec')), 'template')),
        field: 'spec.jobTemplate.spec.template',
        replicas: undefined,
        scalable: false,
      };
    case 'Pod':
      return { ...base, template: { metadata, spec }, field: '', replicas: 1, scalable: false };
    default:
      return undefined;
  }
}

/** The labels of the pods a source runs. */
export function podLabels(source: PodSource): JsonObject {
  return asObject(read(asObject(source.template.metadata), 'labels')) ?? EMPTY;
}

/**
 * The pod sources of a set, indexed so that a selector finds its candidates by one of its
 * labels instead of testing every pod of the set: checks stay linear in the size of the set.
 */
export class PodIndex {
  /** Every source, in the order of the objects. */
  public readonly sources: readonly PodSource[];
  private readonly byNamespace = new Map<string, PodSource[]>();
  private readonly byLabel = new Map<string, PodSource[]>();

  constructor(objects: readonly unknown[]) {
    const sources: PodSource[] = [];
    for (let i = 0; i < objects.length; i++) {
      const source = podSourceOf(objects[i], i);
      if (!source) continue;
      sources.push(source);
      push(this.byNamespace, source.namespace, source);
      const labels = podLabels(source);
      for (const key in labels) push(this.byLabel, labelKey(source.namespace, key, labels[key]), source);
    }
    this.sources = sources;
  }

  /** The sources in `namespace` whose pods `selector` (a LabelSelector) selects. */
  public selectedBy(selector: unknown, namespace: string): PodSource[] {
    return this.candidates(asObject(read(asObject(selector), 'matchLabels')), namespace).filter((s) =>
      labelSelectorMatches(selector, podLabels(s)),
    );
  }

  /** The sources in `namespace` whose pods a Service's `spec.selector` (a plain label map) selects. */
  public selectedByMap(selector: JsonObject, namespace: string): PodSource[] {
    return this.candidates(selector, namespace).filter((s) => labelSelectorMatches({ matchLabels: selector }, podLabels(s)));
  }

  private candidates(matchLabels: JsonObject | undefined, namespace: string): readonly PodSource[] {
    for (const key in matchLabels ?? EMPTY) return this.byLabel.get(labelKey(namespace, key, matchLabels![key])) ?? [];
    return this.byNamespace.get(namespace) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function labelKey(namespace: string, key: string, value: unknown): string {
  return `${namespace}\u0000${key}\u0000${String(value)}`;
}

/** What a PodDisruptionBudget does to a node drain, with every selected pod healthy. */
export interface BudgetEffect {
  /** The pods it counts: the sources it selects. */
  readonly selected: readonly PodSource[];
  /** The healthy pods expected, when the manifests tell. */
  readonly expectedPods?: number;
  /** How many pods a drain may evict at full strength, when the manifests tell. */
  readonly allowedDisruptions?: number;
  /** Whether it allows no eviction at all: a drain of a node running one of its pods hangs. */
  readonly blocksDrain: boolean;
  /** The arithmetic, in words. */
  readonly explanation: string;
}

type Bound = { readonly count?: number; readonly percent?: number };

function bound(value: unknown): Bound | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return { count: value };
  if (typeof value === 'string' && isPercent(value)) return { percent: Number(value.slice(0, -1)) };
  return undefined;
}

/**
 * How a budget constrains evictions of the pods it selects, as the disruption controller
 * computes `disruptionsAllowed` with every pod healthy (`getExpectedPodCount` and
 * `updatePdbStatus`, pkg/controller/disruption/disruption.go): the expected count is the
 * controllers' replicas; percentages are scaled against it and rounded up
 * (`GetScaledValueFromIntOrPercent(..., true)`); maxUnavailable and percentages need
 * controllers with a scale, and without one the controller computes nothing and allows no
 * eviction.
 */
export function disruptionBudgetEffect(pdb: unknown, selected: readonly PodSource[]): BudgetEffect {
  const spec = asObject(read(asObject(pdb), 'spec')) ?? EMPTY;
  const min = isSet(spec.minAvailable) ? bound(spec.minAvailable) : undefined;
  const max = isSet(spec.maxUnavailable) ? bound(spec.maxUnavailable) : undefined;
  const what = selected.map((s) => `${s.kind} ${s.name}`).join(', ');
  if (selected.length === 0) {
    return { selected, blocksDrain: false, explanation: 'it selects no pod of these manifests, so it protects nothing' };
  }
  if (!min && !max) {
    return { selected, blocksDrain: false, explanation: 'it sets no valid minAvailable or maxUnavailable' };
  }
  const unscalable = selected.filter((s) => !s.scalable);
  if ((max || min?.percent !== undefined) && unscalable.length > 0) {
    return {
      selected,
      blocksDrain: true,
      allowedDisruptions: 0,
      explanation: `maxUnavailable and percentages need controllers with a scale, and ${unscalable.map((s) => `${s.kind} ${s.name}`).join(', ')} has none: the disruption controller computes no allowance and every eviction is refused`,
    };
  }
  if (selected.some((s) => s.replicas === undefined)) {
    const allowed = `${min!.count} of its pods must stay available`;
    return {
      selected,
      blocksDrain: false,
      explanation: `${allowed}; how many pods ${what} runs depends on the cluster (nodes, parallelism)`,
    };
  }
  const expected = selected.reduce((sum, s) => sum + (s.replicas ?? 0), 0);
  let allowed: number;
  let arithmetic: string;
  if (max?.count !== undefined) {
    allowed = Math.min(max.count, expected);
    arithmetic = `maxUnavailable ${max.count} of ${expected} pods`;
  } else if (max?.percent !== undefined) {
    allowed = Math.min(Math.ceil((max.percent * expected) / 100), expected);
    arithmetic = `maxUnavailable ${max.percent}% of ${expected} pods, rounded up`;
  } else if (min?.count !== undefined) {
    allowed = Math.max(0, expected - min.count);
    arithmetic = `${expected} pods minus minAvailable ${min.count}`;
  } else {
    const needed = Math.ceil((min!.percent! * expected) / 100);
    allowed = Math.max(0, expected - needed);
    arithmetic = `${expected} pods minus minAvailable ${min!.percent}% (${needed}, rounded up)`;
  }
  if (expected === 0) {
    return { selected, expectedPods: 0, allowedDisruptions: 0, blocksDrain: false, explanation: `${what} runs no pod (0 replicas)` };
  }
  return {
    selected,
    expectedPods: expected,
    allowedDisruptions: allowed,
    blocksDrain: allowed <= 0,
    explanation:
      allowed <= 0
        ? `${arithmetic} allows no eviction: a drain of any node running one of these pods waits forever`
        : `${arithmetic}: a drain may evict ${allowed} pod${allowed === 1 ? '' : 's'} at a time at full strength`,
  };
}

/** Options of {@link validateManifestSet}. */
export interface ManifestSetOptions {
  /** The least QoS class every pod must have; a pod below it is reported. */
  readonly minimumQosClass?: QosClassName;
}

/** The annotation that marks a bare Pod as deliberate (`pod-patterns.io/allow-bare-pod: "true"`). */
export const ALLOW_BARE_POD_ANNOTATION = 'pod-patterns.io/allow-bare-pod';

/** The annotation `kubectl` reads for a pod's default container (`kubectl logs`, `exec`, `debug`). */
export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';

/**
 * The index of the pod's app among `spec.containers`: the container named by the
 * `kubectl.kubernetes.io/default-container` annotation, else the first, as kubectl chooses.
 */
export function appContainerIndex(template: unknown): number {
  const t = asObject(template);
  const named = asString(read(asObject(read(asObject(read(t, 'metadata')), 'annotations')), DEFAULT_CONTAINER_ANNOTATION));
  if (named === undefined) return 0;
  const index = asArray(read(asObject(read(t, 'spec')), 'containers')).findIndex((c) => asObject(c)?.name === named);
  return index < 0 ? 0 : index;
}

// Volume sources the kubelet always mounts read-only (pkg/volume: configmap, secret,
// downwardapi, projected, and their atomic writer).
const READ_ONLY_SOURCES = ['configMap', 'secret', 'downwardAPI', 'projected'];

/**
 * The pattern rules and the cross-object rules over a whole set of manifests (as `cdk8s synth`,
 * `helm template` or `kubectl` read them), per object: `result[i]` holds the violations of
 * `objects[i]`. Run {@link validateManifest} on each object for Kubernetes' own rules.
 */
export function validateManifestSet(objects: readonly unknown[], options: ManifestSetOptions = {}): Violation[][] {
  const out: Violation[][] = objects.map(() => []);
  const pods = new PodIndex(objects);
  for (const source of pods.sources) checkPod(out[source.index], source, options);
  for (let i = 0; i < objects.length; i++) {
    const o = asObject(objects[i]);
    const kind = read(o, 'kind');
    if (kind === 'PodDisruptionBudget') checkBudget(out[i], o!, pods);
    else if (kind === 'Service') checkServiceSelection(out[i], o!, pods);
  }
  return out;
}

const RULE_PDB = 'disruption.getExpectedPodCount and updatePdbStatus (pkg/controller/disruption/disruption.go)';

function checkBudget(out: Violation[], pdb: JsonObject, pods: PodIndex): void {
  const spec = asObject(read(pdb, 'spec')) ?? EMPTY;
  // A null selector selects nothing; validateManifest reports it.
  if (!isSet(spec.selector)) return;
  const namespace = asString(read(asObject(read(pdb, 'metadata')), 'namespace')) ?? '';
  const selected = pods.selectedBy(spec.selector, namespace);
  if (selected.length === 0) {
    report(
      out,
      ManifestSetCode.PDB_SELECTS_NOTHING,
      'spec.selector',
      `the PodDisruptionBudget selects no pod of these manifests${namespace ? ` in namespace ${q(namespace)}` : ''}, so it protects nothing`,
      "make its selector match the pod template's labels (the workload's spec.selector, in the same namespace)",
      `${RULE_PDB}; policy/v1 LabelSelector`,
      Severity.WARNING,
    );
    return;
  }
  const effect = disruptionBudgetEffect(pdb, selected);
  if (effect.blocksDrain) {
    report(
      out,
      ManifestSetCode.PDB_BLOCKS_EVICTION,
      isSet(spec.maxUnavailable) ? 'spec.maxUnavailable' : 'spec.minAvailable',
      `the PodDisruptionBudget blocks every voluntary eviction of ${effect.selected.map((s) => `${s.kind} ${s.name}`).join(', ')}: ${effect.explanation}`,
      effect.expectedPods !== undefined
        ? `allow at least one eviction: minAvailable below ${effect.expectedPods}, maxUnavailable 1 or more, or more replicas`
        : 'use minAvailable with a number of pods, or select only Deployments, ReplicaSets and StatefulSets',
      RULE_PDB,
    );
  }
}

function checkServiceSelection(out: Violation[], service: JsonObject, pods: PodIndex): void {
  const selector = asObject(read(asObject(read(service, 'spec')), 'selector'));
  // A Service without a selector has endpoints managed by someone else.
  if (!selector || Object.keys(selector).length === 0) return;
  const namespace = asString(read(asObject(read(service, 'metadata')), 'namespace')) ?? '';
  if (pods.selectedByMap(selector, namespace).length > 0) return;
  report(
    out,
    ManifestSetCode.SERVICE_SELECTS_NOTHING,
    'spec.selector',
    `the Service selects no pod of these manifests${namespace ? ` in namespace ${q(namespace)}` : ''}: it has no endpoints and its clients get "connection refused"`,
    "make spec.selector a subset of the pod template's labels, in the same namespace",
    'endpoints controller (pkg/controller/endpoint/endpoints_controller.go): endpoints are the selected pods',
    Severity.WARNING,
  );
}

/** One container of a pod as the pattern rules see it. */
interface Placed {
  readonly container: JsonObject;
  readonly path: string;
  readonly label: string;
  /** Whether it runs beside the app (a regular container or a native sidecar), not before it. */
  readonly concurrent: boolean;
  readonly app: boolean;
}

function placed(source: PodSource): Placed[] {
  const spec = asObject(source.template.spec) ?? EMPTY;
  const prefix = source.field ? `${source.field}.spec` : 'spec';
  const app = appContainerIndex(source.template);
  const list: Placed[] = [];
  asArray(spec.initContainers).forEach((value, i) => {
    const container = asObject(value) ?? EMPTY;
    const native = read(container, 'restartPolicy') === 'Always';
    const name = q(asString(container.name) ?? `#${i + 1}`);
    list.push({
      container,
      path: `${prefix}.initContainers[${i}]`,
      label: native ? `native sidecar ${name}` : `init container ${name}`,
      concurrent: native,
      app: false,
    });
  });
  asArray(spec.containers).forEach((value, i) => {
    const container = asObject(value) ?? EMPTY;
    const name = q(asString(container.name) ?? `#${i + 1}`);
    list.push({ container, path: `${prefix}.containers[${i}]`, label: `container ${name}`, concurrent: true, app: i === app });
  });
  return list;
}

function checkPod(out: Violation[], source: PodSource, options: ManifestSetOptions): void {
  const containers = placed(source);
  const metadata = asObject(source.template.metadata);
  const spec = asObject(source.template.spec) ?? EMPTY;
  if (source.kind === 'Pod') checkBarePod(out, metadata);
  for (const c of containers) {
    checkImage(out, c);
    if (!c.app) checkHelperResources(out, c);
  }
  checkInjectedPorts(out, containers, metadata);
  checkSharedVolumes(out, containers, spec);
  if (options.minimumQosClass) checkQos(out, source, options.minimumQosClass);
}

function checkBarePod(out: Violation[], metadata: JsonObject | undefined): void {
  if (asArray(read(metadata, 'ownerReferences')).length > 0) return;
  if (read(asObject(read(metadata, 'annotations')), ALLOW_BARE_POD_ANNOTATION) === 'true') return;
  report(
    out,
    ManifestSetCode.BARE_POD,
    'kind',
    'a bare Pod: nothing recreates it when its node fails, it is evicted or deleted, nothing rolls out a new version, and no budget keeps a drain from taking it',
    `run it under a Deployment (or a Job if it runs to completion); if a bare Pod is deliberate, annotate it ${ALLOW_BARE_POD_ANNOTATION}: "true"`,
    'pod lifecycle: a Pod is never rescheduled (kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle)',
    Severity.WARNING,
  );
}

function checkImage(out: Violation[], c: Placed): void {
  const image = asString(read(c.container, 'image'));
  if (!image) return;
  const parsed = parseImageReference(image);
  // An image that does not parse is validateManifest's invalid-image.
  if (!parsed.ok || parsed.reference.digest) return;
  const tag = parsed.reference.tag;
  if (tag !== undefined && tag !== 'latest') return;
  report(
    out,
    ManifestSetCode.UNPINNED_IMAGE,
    `${c.path}.image`,
    `${c.label} runs ${q(image)}, ${tag ? 'tagged latest' : 'without a tag (so :latest)'}: each node pulls whatever the tag points at when the pod starts, so replicas can run different code and a rollback does not roll back`,
    `pin a version tag or a digest, e.g. ${q(`${image.replace(/:latest$/, '')}:1.2.3`)} or ${q(`${image.replace(/:latest$/, '')}@sha256:…`)}`,
    'image pull (pkg/kubelet/images): a tag is resolved at pull time; imagePullPolicy defaults to Always for :latest',
    Severity.WARNING,
  );
}

function checkHelperResources(out: Violation[], c: Placed): void {
  const resources = asObject(read(c.container, 'resources'));
  const limits = asObject(read(resources, 'limits'));
  const requests = asObject(read(resources, 'requests'));
  if ((limits && Object.keys(limits).length > 0) || (requests && Object.keys(requests).length > 0)) return;
  report(
    out,
    ManifestSetCode.HELPER_WITHOUT_RESOURCES,
    `${c.path}.resources`,
    `${c.label} is a helper with neither requests nor limits: the scheduler reserves nothing for it, it may use the whole node, and it makes the pod Burstable (or BestEffort)`,
    `give ${c.label} cpu and memory requests and limits (limits equal to requests keep a Guaranteed pod Guaranteed)`,
    'qos.ComputePodQOS (pkg/apis/core/helper/qos); scheduler NodeResourcesFit counts requests only',
    Severity.WARNING,
  );
}

function checkInjectedPorts(out: Violation[], containers: readonly Placed[], metadata: JsonObject | undefined): void {
  const proxy = injectedContainers(metadata).find((c) => !c.init);
  if (!proxy) return;
  const taken = new Set(proxy.ports);
  for (const c of containers) {
    if (!c.concurrent) continue;
    asArray(read(c.container, 'ports')).forEach((value, i) => {
      const port = asObject(value);
      const number = asInteger(read(port, 'containerPort'));
      if (number === undefined || !taken.has(number) || (asString(read(port, 'protocol')) ?? 'TCP') !== 'TCP') return;
      report(
        out,
        ViolationCode.PORT_COLLISION,
        `${c.path}.ports[${i}].containerPort`,
        `${c.label} listens on ${number}/TCP, which the injected ${q(proxy.name)} listens on too (Istio takes ${proxy.ports.join(', ')}); the second to bind fails with "address already in use"`,
        // Istio's ports are all between 15000 and 15090: 100 above is a port, and none of them.
        `move ${c.label} to a port outside Istio's (e.g. ${number + 100})`,
        "Istio's injection template (istio-proxy ports) in the pod's one network namespace",
      );
    });
  }
}

function checkSharedVolumes(out: Violation[], containers: readonly Placed[], spec: JsonObject): void {
  const readOnlySource = new Set<string>();
  for (const value of asArray(spec.volumes)) {
    const volume = asObject(value);
    const name = asString(read(volume, 'name'));
    if (name && READ_ONLY_SOURCES.some((key) => isSet(read(volume, key)))) readOnlySource.add(name);
  }
  // The first writer of each volume among the containers that run together; the app first.
  const writers = new Map<string, Placed>();
  const ordered = [...containers.filter((c) => c.app), ...containers.filter((c) => !c.app)];
  for (const c of ordered) {
    if (!c.concurrent) continue;
    asArray(read(c.container, 'volumeMounts')).forEach((value, index) => {
      const mount = asObject(value);
      const name = asString(read(mount, 'name'));
      if (!name || readOnlySource.has(name) || read(mount, 'readOnly') === true) return;
      const first = writers.get(name);
      if (!first) {
        writers.set(name, c);
        return;
      }
      if (first === c) return;
      report(
        out,
        ManifestSetCode.SHARED_VOLUME_WRITABLE,
        `${c.path}.volumeMounts[${index}].readOnly`,
        `${c.label} mounts volume ${q(name)} writable, and so does ${first.label}, which runs at the same time: a helper that only reads the files can still change or delete them`,
        `if ${c.label} only reads ${q(name)}, mount it with readOnly: true`,
        'VolumeMount.ReadOnly (staging/src/k8s.io/api/core/v1/types.go): mounts are read-write unless set',
        Severity.WARNING,
      );
    });
  }
}

function checkQos(out: Violation[], source: PodSource, minimum: QosClassName): void {
  const explained = explainQosClass(source.template.spec, injectedContainers(source.template.metadata));
  if (QOS_RANK[explained.qosClass] >= QOS_RANK[minimum]) return;
  report(
    out,
    ViolationCode.QOS_MISMATCH,
    source.field ? `${source.field}.spec` : 'spec',
    `the pod's QoS class is ${explained.qosClass}, below the ${minimum} expected: ${explained.reasons.join('; ')}`,
    minimum === 'Guaranteed'
      ? 'give every container (init and injected ones included) cpu and memory limits equal to its requests'
      : 'give at least one container a cpu or memory request',
    'qos.ComputePodQOS (pkg/apis/core/helper/qos)',
  );
}
