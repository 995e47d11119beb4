import * as kplus from 'cdk8s-plus-28';
import { ApiObject, Duration, JsonPatch, Lazy, Size } from 'cdk8s';
import { Construct } from 'constructs';
import { DisruptionBudget, DisruptionBudgetBound } from '../policies/disruption-budget';
import { PodDefaults } from '../policies/defaults';
import { computeQosClass, ContainerSizing, explainQos, QosClass, QosContainer, QosPreset } from '../policies/qos';
import { ContainerResources, parseResources, ParsedResources, toKplusResources } from '../policies/resources';
import { imagePin, SECURE_CONTAINER_DEFAULTS, SecurityLevel, SecurityProfile, securityViolations } from '../policies/security';
import { PodAnnotations } from './annotations';
import { ContainerRole, ContainerSpec, isInitContainer, isRunning, mountsReadOnlyByDefault, VolumeMountSpec } from './container';
import { Controller, ControllerKind } from './controller';
import { fail, PodPatternError, PodPatternValidationError, problem, warn } from './errors';
import { isDns1035Label, requireDnsLabel, requireEnvName, requireLabelValue } from './names';

/** An emptyDir volume the pod's containers share. */
export interface SharedVolumeProps {
  /** Volume name, a DNS-1123 label unique in the pod. */
  readonly name: string;
  /**
   * Storage medium.
   * @default kplus.EmptyDirMedium.DEFAULT (the node's disk)
   */
  readonly medium?: kplus.EmptyDirMedium;
  /**
   * Most the volume may hold before the pod is evicted.
   * @default - no limit
   */
  readonly sizeLimit?: Size;
}

/** A toleration of a node taint. */
export interface TolerationSpec {
  /** Taint key. */
  readonly key: string;
  /**
   * Taint value to match; without it, any taint with the key is tolerated.
   * @default - any value (operator Exists)
   */
  readonly value?: string;
  /**
   * Taint effect to tolerate.
   * @default - every effect
   */
  readonly effect?: kplus.TaintEffect;
  /**
   * For `NO_EXECUTE` taints, how long the pod stays bound after the taint appears.
   * @default - forever
   */
  readonly evictAfter?: Duration;
}

/** Where the pod may run. Node affinity and pod (anti-)affinity are on {@link AppPod.scheduling}. */
export interface SchedulingProps {
  /**
   * Node labels a node must carry.
   * @default - any node
   */
  readonly nodeSelector?: Record<string, string>;
  /**
   * Taints the pod tolerates.
   * @default - none
   */
  readonly tolerations?: TolerationSpec[];
  /**
   * Spread replicas across nodes and zones.
   * @default false
   */
  readonly spread?: boolean;
}

/** A Service in front of the pods. */
export interface AppServiceProps {
  /**
   * Service type.
   * @default kplus.ServiceType.CLUSTER_IP
   */
  readonly type?: kplus.ServiceType;
  /**
   * Service ports; each targets the app container's port of the same number unless stated.
   * @default - one per app container port
   */
  readonly ports?: kplus.ServicePort[];
}

/** Properties of an {@link AppPod}. */
export interface AppPodProps {
  /**
   * The app's name: the controller's, Service's and budget's `metadata.name` and the
   * `app.kubernetes.io/name` label. A DNS-1123 label.
   * @default - the construct id in kebab case (`NodeAgent` becomes `node-agent`)
   */
  readonly name?: string;
  /**
   * `app.kubernetes.io/instance`: tells apart several installs of one app.
   * @default - the name
   */
  readonly instance?: string;
  /**
   * `app.kubernetes.io/component`, e.g. `backend`.
   * @default - no component label
   */
  readonly component?: string;
  /**
   * `app.kubernetes.io/part-of`: the larger application this belongs to.
   * @default - no part-of label
   */
  readonly partOf?: string;
  /**
   * Further labels on every object and pod (never on selectors).
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /** The app container. */
  readonly app: ContainerSpec;
  /**
   * The object that owns the pods.
   * @default Controller.deployment()
   */
  readonly controller?: Controller;
  /**
   * The QoS class every pod must have, with the sizes that give its containers resources.
   * @default - the scope's {@link PodDefaults}; without them, containers get only what they state
   */
  readonly qos?: QosPreset;
  /**
   * PodDisruptionBudget for Deployments and StatefulSets.
   * @default - `maxUnavailable: 1` with 2 or more replicas; none with fewer
   */
  readonly disruptionBudget?: DisruptionBudget;
  /**
   * emptyDir volumes the containers share.
   * @default - none
   */
  readonly sharedVolumes?: SharedVolumeProps[];
  /**
   * Other volumes (ConfigMaps, Secrets, PVCs), mountable by name.
   * @default - none
   */
  readonly volumes?: kplus.Volume[];
  /**
   * Node selection and tolerations.
   * @default - any node, no tolerations
   */
  readonly scheduling?: SchedulingProps;
  /**
   * Pod security context.
   * @default - runAsNonRoot, fsGroupChangePolicy Always
   */
  readonly security?: kplus.PodSecurityContextProps;
  /**
   * The Pod Security Standard the pod's containers are held to.
   * @default SecurityProfile.RESTRICTED
   */
  readonly securityProfile?: SecurityProfile;
  /**
   * DNS policy, hostname and subdomain.
   * @default - policy ClusterFirst, hostname the pod name
   */
  readonly dns?: kplus.PodDnsProps;
  /**
   * Let containers see and signal each other's processes. Network, IPC and UTS namespaces are
   * always shared in a pod; the PID namespace is not, unless this is set.
   * @default false
   */
  readonly shareProcessNamespace?: boolean;
  /**
   * A Service in front of the pods.
   * @default - none (a StatefulSet always gets its headless Service)
   */
  readonly service?: AppServiceProps;
  /**
   * Service account of the pods.
   * @default - the namespace's default account, with its token not mounted
   */
  readonly serviceAccount?: kplus.IServiceAccount;
  /**
   * Mount the service account token into the pods.
   * @default false
   */
  readonly automountServiceAccountToken?: boolean;
  /**
   * Time between SIGTERM and SIGKILL when a pod stops.
   * @default Duration.seconds(30)
   */
  readonly terminationGracePeriod?: Duration;
  /**
   * Annotations on the controller object (and the Service and budget do not get them).
   * @default - none
   */
  readonly annotations?: Record<string, string>;
  /**
   * Annotations on the pod template (or a bare Pod).
   * @default - only the library's own
   */
  readonly podAnnotations?: Record<string, string>;
  /**
   * Patterns that add helpers, init steps and wiring to the pod, applied in order.
   * @default - none
   */
  readonly extensions?: IPodExtension[];
}

/**
 * Something that adds containers, volumes and wiring to an {@link AppPod}: a sidecar, an
 * ambassador, an adapter, an init step. Patterns compose by being applied to the same pod.
 */
export interface IPodExtension {
  /** Adds the extension to `pod`. */
  extend(pod: AppPod): void;
}

/** A container a webhook adds to the pod at admission (e.g. a mesh proxy). */
export interface InjectedContainerSpec {
  /** The name the webhook gives it. */
  readonly name: string;
  /** Its resources, as the webhook will set them. */
  readonly resources: ContainerResources;
  /** Ports it listens on in the pod's network namespace. */
  readonly ports: number[];
}

/** What must be true of a dependency before the app starts. */
export enum DependencyCondition {
  /** It has started: a native sidecar (Kubernetes 1.28 behind the SidecarContainers gate). */
  START = 'START',
  /** Its startup probe has passed: a native sidecar with a startup probe. */
  HEALTHY = 'HEALTHY',
  /**
   * It ran to completion with exit code 0: an init container. Kubernetes has no "completed
   * with any exit code" (ECS's COMPLETE): a failed init container is retried.
   */
  SUCCESS = 'SUCCESS',
}

/** A helper the app starts after, and the condition it must reach first. */
export interface ContainerDependency {
  /** The helper. */
  readonly container: ContainerSpec;
  /** What must be true of it before the app starts. */
  readonly condition: DependencyCondition;
}

/** A container of the pod as the pod keeps track of it. */
export interface PodContainer {
  /** Container name. */
  readonly name: string;
  /** Role in the pod. */
  readonly role: ContainerRole;
  /** The cdk8s-plus container (to add env, ports or mounts after the fact). */
  readonly container: kplus.Container;
  /** Parsed resources. */
  readonly resources: ParsedResources;
}

/**
 * The core of every pattern: one app container, behind a controller (a Deployment by default),
 * with the helpers, init steps, shared volumes and pod-level policy that patterns add to it.
 *
 * It checks as it builds (names, ports in the shared network namespace, mounts, quantities,
 * the disruption budget) and, once the tree is complete, computes the pod's QoS class the way
 * the kubelet does, fails synth when it differs from the preset's, and records it in the
 * `pod-patterns.io/qos-class` pod annotation.
 */
export class AppPod extends Construct {
  /** The app's name. */
  public readonly name: string;
  /** The controller kind and replicas. */
  public readonly controller: Controller;
  /** The cdk8s-plus object that renders the pod (a Deployment, StatefulSet, ..., or Pod). */
  public readonly workload: kplus.AbstractPod;
  /** Labels the controller, Service and budget select pods by: name and instance only. */
  public readonly selectorLabels: Record<string, string>;
  /** Labels on every object and pod template. */
  public readonly labels: Record<string, string>;
  /** The app container. */
  public readonly appContainer: kplus.Container;
  /** The app container as specified, for patterns that derive containers from it. */
  public readonly appSpec: ContainerSpec;
  /** The QoS preset in force, if any. */
  public readonly qos?: QosPreset;
  /** The Service in front of the pods, if asked for. */
  public readonly service?: kplus.Service;
  /** A StatefulSet's headless Service. */
  public readonly headlessService?: kplus.Service;
  /** The PodDisruptionBudget, if there is one. */
  public readonly podDisruptionBudget?: ApiObject;
  /** The properties the pod was created with (patterns that build a sibling pod reuse them). */
  public readonly props: AppPodProps;

  private readonly records: PodContainer[] = [];
  private readonly volumes = new Map<string, kplus.Volume>();
  private readonly ports = new Map<string, string>();
  private readonly injected: QosContainer[] = [];
  private qosCache?: { count: number; qosClass: QosClass };
  private readonly annotations = new Map<string, string>();
  private readonly securityProfile: SecurityProfile;
  private readonly securityExceptions: Array<{ container: string; profile: SecurityProfile }> = [];

  constructor(scope: Construct, id: string, props: AppPodProps) {
    super(scope, id);
    this.props = props;
    this.name = props.name ?? kebabCase(id);
    requireDnsLabel(this, 'app name', this.name);
    this.controller = props.controller ?? Controller.deployment();
    this.checkNameFitsController(props);
    this.qos = props.qos ?? PodDefaults.of(this).qos;
    const replicas = this.controller.replicas;
    if (replicas !== undefined && !(Number.isInteger(replicas) && replicas >= 0)) {
      fail(this, 'invalid-replicas', `replicas ${replicas} is not a non-negative whole number`, 'use for example 2');
    }

    const instance = props.instance ?? this.name;
    requireLabelValue(this, 'app.kubernetes.io/instance', instance);
    this.selectorLabels = { 'app.kubernetes.io/name': this.name, 'app.kubernetes.io/instance': instance };
    this.labels = {
      ...props.labels,
      ...this.selectorLabels,
      ...(props.component ? { 'app.kubernetes.io/component': props.component } : {}),
      ...(props.partOf ? { 'app.kubernetes.io/part-of': props.partOf } : {}),
      'app.kubernetes.io/managed-by': 'cdk8s',
    };
    for (const [key, value] of Object.entries(this.labels)) {
      requireLabelValue(this, key, value);
    }
    this.checkDns(props.dns);

    if (this.controller.kind === ControllerKind.STATEFUL_SET) {
      this.headlessService = this.createHeadlessService(props.app);
    }
    for (const [key, value] of Object.entries(props.podAnnotations ?? {})) {
      this.annotations.set(key, value);
    }
    this.securityProfile = props.securityProfile ?? SecurityProfile.RESTRICTED;
    this.checkPodSecurity(props.security);
    const podException = this.describeSecurityExceptions();
    const podAnnotations: Record<string, string> = {
      ...props.podAnnotations,
      [PodAnnotations.QOS_CLASS]: Lazy.any({ produce: () => this.qosClass.name }) as unknown as string,
      [PodAnnotations.SECURITY_PROFILE]: this.securityProfile.level,
      ...(podException ? { [PodAnnotations.SECURITY_EXCEPTIONS]: podException } : {}),
    };
    if (this.controller.barePodReason !== undefined) {
      podAnnotations[PodAnnotations.ALLOW_BARE_POD] = 'true';
      podAnnotations[PodAnnotations.BARE_POD_REASON] = this.controller.barePodReason;
    }
    this.workload = this.controller._build(this, 'Workload', {
      metadata: { name: this.name, labels: this.labels, annotations: props.annotations },
      podMetadata: { labels: this.labels, annotations: podAnnotations },
      selectorLabels: this.selectorLabels,
      service: this.headlessService,
      securityContext: { ensureNonRoot: true, ...props.security },
      dns: props.dns,
      serviceAccount: props.serviceAccount,
      automountServiceAccountToken: props.automountServiceAccountToken ?? false,
      terminationGracePeriod: props.terminationGracePeriod,
    });
    this.applyScheduling(props.scheduling);
    if (this.securityProfile.level === SecurityLevel.PLATFORM_DEFAULTS) {
      ApiObject.of(this.workload).addJsonPatch(JsonPatch.remove(`${this.controller.podSpecPointer}/securityContext`));
    }
    if (props.shareProcessNamespace) {
      ApiObject.of(this.workload).addJsonPatch(JsonPatch.add(`${this.controller.podSpecPointer}/shareProcessNamespace`, true));
    }

    for (const volume of props.sharedVolumes ?? []) {
      this.addSharedVolume(volume);
    }
    for (const volume of props.volumes ?? []) {
      this.addVolume(volume);
    }
    this.appSpec = { name: 'app', ...props.app };
    this.appContainer = this.addContainer(this.appSpec, ContainerRole.APP);

    if (props.service) {
      this.service = this.createService(props.service);
    }
    this.podDisruptionBudget = this.createDisruptionBudget(props.disruptionBudget);

    for (const extension of props.extensions ?? []) {
      this.addExtension(extension);
    }
    this.node.addValidation({ validate: () => this.validateFinishedPod() });
  }

  /** Every container of the pod, in the order added. */
  public get containers(): PodContainer[] {
    return [...this.records];
  }

  /** The pod's QoS class as Kubernetes will compute it from the containers added so far. */
  public get qosClass(): QosClass {
    // Asked twice per synth (validation and the annotation); containers are only ever added.
    const count = this.records.length + this.injected.length;
    if (this.qosCache?.count !== count) {
      this.qosCache = { count, qosClass: computeQosClass([...this.records, ...this.injected]) };
    }
    return this.qosCache.qosClass;
  }

  /** Names of the pod's volumes. */
  public get volumeNames(): string[] {
    return [...this.volumes.keys()];
  }

  /** The pod's volumes. */
  public get podVolumes(): kplus.Volume[] {
    return [...this.volumes.values()];
  }

  /** Whether the pod declares a volume named `name`. */
  public hasVolume(name: string): boolean {
    return this.volumes.has(name);
  }

  /** The container named `name`, if any. */
  public findContainer(name: string): PodContainer | undefined {
    return this.records.find((r) => r.name === name);
  }

  /** Adds an annotation to the pod template (or bare Pod). */
  public addPodAnnotation(key: string, value: string): void {
    this.annotations.set(key, value);
    this.workload.podMetadata.addAnnotation(key, value);
  }

  /** The pod template's annotation `key`, if set. */
  public podAnnotation(key: string): string | undefined {
    return this.annotations.get(key);
  }

  /** Adds a label to the pod template (never to selectors). */
  public addPodLabel(key: string, value: string): void {
    requireLabelValue(this, key, value);
    this.workload.podMetadata.addLabel(key, value);
  }

  /**
   * Declares a container that an admission webhook will add to the pod (a service mesh proxy):
   * it is not rendered, but its ports are claimed in the pod's network namespace and its
   * resources count toward the pod's QoS class, as they will in the cluster.
   */
  public declareInjectedContainer(spec: InjectedContainerSpec): void {
    this.requireFreeContainerName(spec.name);
    this.claimPorts(spec.name, { image: '', ports: spec.ports.map((number) => ({ number })) });
    const resources = parseResources(this, spec.name, spec.resources);
    this.injected.push({ name: spec.name, resources });
  }

  /**
   * Adds a helper the app waits for before it starts, stating what must be true of it, in the
   * spirit of ECS container dependencies. Dependencies are met in the order they are added.
   */
  public addStartDependency(dependency: ContainerDependency): kplus.Container {
    const { container, condition } = dependency;
    if (condition === DependencyCondition.HEALTHY && !container.startup) {
      fail(
        this,
        'healthy-without-probe',
        `dependency "${container.name}" must be HEALTHY before the app starts, but has no startup probe to tell`,
        'give it a startup probe, or use DependencyCondition.START',
      );
    }
    return this.addContainer(container, condition === DependencyCondition.SUCCESS ? ContainerRole.INIT : ContainerRole.NATIVE_SIDECAR);
  }

  /**
   * Fails unless `name` is a DNS-1123 label no container of the pod (added or to be injected)
   * has: container names are unique across containers and init containers.
   */
  public requireFreeContainerName(name: string): void {
    requireDnsLabel(this, 'container name', name);
    if (this.findContainer(name) || this.injected.some((c) => c.name === name)) {
      fail(
        this,
        'duplicate-container-name',
        `two containers are named "${name}" (container names are unique across containers and init containers)`,
        `rename one of them, e.g. "${name}-2"`,
      );
    }
  }

  /** Applies a pattern to this pod. */
  public addExtension(extension: IPodExtension): void {
    extension.extend(this);
  }

  /** Declares an emptyDir volume the containers can share. */
  public addSharedVolume(props: SharedVolumeProps): kplus.Volume {
    requireDnsLabel(this, 'volume name', props.name);
    this.requireFreeVolumeName(props.name);
    const volume = kplus.Volume.fromEmptyDir(this, `Volume-${props.name}`, props.name, {
      medium: props.medium,
      sizeLimit: props.sizeLimit,
    });
    this.addVolume(volume);
    return volume;
  }

  /** Declares any cdk8s-plus volume (ConfigMap, Secret, PVC, ...), mountable by its name. */
  public addVolume(volume: kplus.Volume): void {
    requireDnsLabel(this, 'volume name', volume.name);
    this.requireFreeVolumeName(volume.name);
    this.checkVolumeType(volume);
    this.volumes.set(volume.name, volume);
    this.workload.addVolume(volume);
  }

  private checkVolumeType(volume: kplus.Volume): void {
    // cdk8s-plus-28 keeps a volume's source private; its rendered form tells the type.
    const rendered = (volume as unknown as { _toKube(): Record<string, unknown> })._toKube();
    if (rendered.hostPath && this.securityProfile.level !== SecurityLevel.PLATFORM_DEFAULTS) {
      fail(
        this,
        'security-profile',
        `volume "${volume.name}" is a hostPath, which the ${this.securityProfile.level} Pod Security Standard forbids: it exposes the node's filesystem`,
        "use an emptyDir, ConfigMap, Secret or PVC, or opt out with securityProfile: SecurityProfile.platformDefaults('why')",
      );
    }
  }

  private requireFreeVolumeName(name: string): void {
    if (this.volumes.has(name)) {
      fail(this, 'duplicate-volume', `two volumes are named "${name}"`, 'give each volume of the pod its own name');
    }
  }

  /**
   * Adds a container in a role. Its resources are what it states, else what the pod's QoS
   * preset gives its role, so no cdk8s-plus default resources ever reach the output.
   */
  public addContainer(spec: ContainerSpec, role: ContainerRole = ContainerRole.HELPER): kplus.Container {
    const name = spec.name;
    if (name === undefined) {
      fail(
        this,
        'missing-container-name',
        `a ${role} container with image "${spec.image}" has no name`,
        'give it a name such as "log-shipper"',
      );
    }
    this.requireFreeContainerName(name);
    this.checkImage(name, spec);
    const profile = spec.securityProfile ?? this.securityProfile;
    const securityContext = { ...SECURE_CONTAINER_DEFAULTS, ...spec.securityContext };
    const violations = securityViolations(securityContext, profile.level);
    if (violations.length) {
      fail(
        this,
        'security-profile',
        `container "${name}" is held to the ${profile.level} Pod Security Standard but ${violations.join('; ')}`,
        "drop those settings, or opt out with securityProfile: SecurityProfile.baseline('why') on the container or pod",
      );
    }
    if (profile.level !== SecurityLevel.RESTRICTED && !profile.reason?.trim()) {
      fail(
        this,
        'security-profile-reason',
        `container "${name}" opts out of the restricted Pod Security Standard without a reason`,
        "say why, e.g. SecurityProfile.baseline('vendor image must run as root')",
      );
    }
    if (spec.env || spec.envValues) {
      for (const variable of [...Object.keys(spec.env ?? {}), ...Object.keys(spec.envValues ?? {})]) {
        requireEnvName(this, name, variable);
      }
    }
    const writableMounts = (spec.writablePaths ?? []).map((path) => this.writableMount(name, path));
    const resources = parseResources(this, name, this.resourcesFor(name, spec, role));
    if (isRunning(role)) {
      this.claimPorts(name, spec);
    } else if (spec.ports?.length) {
      fail(
        this,
        'init-container-port',
        `init step "${name}" declares ports, but it runs before the app and is gone when the app starts`,
        'drop the ports, or make it a native sidecar (ContainerRole.NATIVE_SIDECAR)',
      );
    }
    if (role === ContainerRole.INIT && (spec.liveness || spec.readiness || spec.startup || spec.lifecycle)) {
      fail(
        this,
        'init-container-probe',
        `init step "${name}" has probes or lifecycle hooks, which the API server rejects on init containers`,
        'drop them, or make it a native sidecar (ContainerRole.NATIVE_SIDECAR)',
      );
    }
    const kplusProps: kplus.ContainerProps = {
      name,
      image: spec.image,
      command: spec.command,
      args: spec.args,
      workingDir: spec.workingDir,
      ports: spec.ports?.map((p) => ({ number: p.number, name: p.name, protocol: p.protocol })),
      envVariables: spec.env || spec.envValues ? envVariables(spec) : undefined,
      envFrom: spec.envFrom,
      resources: toKplusResources(resources),
      liveness: spec.liveness,
      readiness: spec.readiness,
      startup: spec.startup,
      lifecycle: spec.lifecycle,
      volumeMounts: this.resolveMounts(name, [...(spec.volumeMounts ?? []), ...writableMounts], mountsReadOnlyByDefault(role)),
      securityContext,
      imagePullPolicy: spec.imagePullPolicy,
      restartPolicy: role === ContainerRole.NATIVE_SIDECAR ? kplus.ContainerRestartPolicy.ALWAYS : undefined,
    };
    const container = isInitContainer(role) ? this.workload.addInitContainer(kplusProps) : this.workload.addContainer(kplusProps);
    this.records.push({ name, role, container, resources });
    if (profile.level !== SecurityLevel.RESTRICTED) {
      this.securityExceptions.push({ container: name, profile });
      this.recordSecurityExceptions();
    }
    if (profile.level === SecurityLevel.PLATFORM_DEFAULTS) {
      const list = isInitContainer(role) ? 'initContainers' : 'containers';
      const index = (isInitContainer(role) ? this.workload.initContainers : this.workload.containers).length - 1;
      ApiObject.of(this.workload).addJsonPatch(JsonPatch.remove(`${this.controller.podSpecPointer}/${list}/${index}/securityContext`));
    }
    return container;
  }

  /** Mounts one of the pod's volumes into a container added earlier. */
  public addMount(containerName: string, mount: VolumeMountSpec): void {
    const record = this.findContainer(containerName);
    if (!record) {
      fail(
        this,
        'unknown-container',
        `no container is named "${containerName}"`,
        `mount into one of ${this.records.map((r) => `"${r.name}"`).join(', ')}`,
      );
    }
    const existing = record.container.mounts.map((m) => m.path);
    const [resolved] = this.resolveMounts(containerName, [mount], mountsReadOnlyByDefault(record.role), existing);
    record.container.mount(resolved.path, resolved.volume, { readOnly: resolved.readOnly, subPath: resolved.subPath });
  }

  private resourcesFor(name: string, spec: ContainerSpec, role: ContainerRole) {
    if (spec.resources) {
      return spec.resources;
    }
    const sizing = role === ContainerRole.APP ? ContainerSizing.APP : ContainerSizing.HELPER;
    if (this.qos) {
      return this.qos.resourcesFor(sizing, spec.size);
    }
    if (spec.size) {
      fail(
        this,
        'size-without-qos',
        `container "${name}" asks for size "${spec.size.name}" but the pod has no QoS preset to size it in`,
        'set `qos` on the pod (or PodDefaults on its chart), or give the container explicit `resources`',
      );
    }
    return {};
  }

  private checkImage(container: string, spec: ContainerSpec): void {
    const image = spec.image;
    if (!image || /\s/.test(image)) {
      fail(
        this,
        'invalid-image',
        `container "${container}" has image "${image}", which is not an image reference`,
        'write it as repository:tag or repository@sha256:digest, e.g. "myapp:1.0"',
      );
    }
    const pin = imagePin(image);
    if ((pin === 'latest' || pin === 'untagged') && !spec.allowLatestTag) {
      fail(
        this,
        'unpinned-image',
        `container "${container}" has image "${image}", ${pin === 'latest' ? 'tagged latest' : 'without a tag (so latest)'}, which changes under the same name: nodes may run different code and rollbacks roll back nothing`,
        `pin a version ("${image.replace(/:latest$/, '')}:1.2.3") or a digest ("@sha256:..."), or set allowLatestTag: true`,
      );
    }
  }

  private writableMount(container: string, path: string): VolumeMountSpec {
    if (!path.startsWith('/')) {
      fail(
        this,
        'invalid-mount-path',
        `container "${container}" asks for writable path "${path}", which is not absolute`,
        `use "/${path}"`,
      );
    }
    const slug =
      path
        .replace(/[^a-z0-9]+/gi, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase() || 'root';
    const volume = `${container}-${slug}`.slice(0, 63).replace(/-+$/, '');
    this.addSharedVolume({ name: volume });
    return { volume, path, readOnly: false };
  }

  private checkPodSecurity(security: kplus.PodSecurityContextProps | undefined): void {
    if (this.securityProfile.level !== SecurityLevel.RESTRICTED) {
      if (!this.securityProfile.reason?.trim()) {
        fail(
          this,
          'security-profile-reason',
          'the pod opts out of the restricted Pod Security Standard without a reason',
          "say why, e.g. SecurityProfile.platformDefaults('GKE Autopilot sets its own')",
        );
      }
      return;
    }
    const problems = [
      ...(security?.ensureNonRoot === false ? ['runAsNonRoot: false'] : []),
      ...(security?.user === 0 ? ['runAsUser: 0 (root)'] : []),
    ];
    if (problems.length) {
      fail(
        this,
        'security-profile',
        `the pod is held to the restricted Pod Security Standard but its security context sets ${problems.join('; ')}`,
        "drop those settings, or opt out with securityProfile: SecurityProfile.baseline('why')",
      );
    }
  }

  /** The weakest Pod Security Standard level any container of the pod is held to. */
  public get weakestSecurityLevel(): SecurityLevel {
    const levels = [this.securityProfile, ...this.securityExceptions.map((e) => e.profile)].map((p) => p.level);
    for (const level of [SecurityLevel.PLATFORM_DEFAULTS, SecurityLevel.BASELINE]) {
      if (levels.includes(level)) return level;
    }
    return SecurityLevel.RESTRICTED;
  }

  private recordSecurityExceptions(): void {
    this.workload.podMetadata.addAnnotation(PodAnnotations.SECURITY_PROFILE, this.weakestSecurityLevel);
    this.workload.podMetadata.addAnnotation(PodAnnotations.SECURITY_EXCEPTIONS, this.describeSecurityExceptions()!);
  }

  private describeSecurityExceptions(): string | undefined {
    const exceptions = this.securityExceptions.filter((e) => e.profile !== this.securityProfile);
    const parts = [
      ...(this.securityProfile.level !== SecurityLevel.RESTRICTED
        ? [`pod: ${this.securityProfile.level} (${this.securityProfile.reason})`]
        : []),
      ...exceptions.map((e) => `${e.container}: ${e.profile.level} (${e.profile.reason})`),
    ];
    return parts.length ? parts.join('; ') : undefined;
  }

  private claimPorts(container: string, spec: ContainerSpec): void {
    const own = new Set<string>();
    for (const port of spec.ports ?? []) {
      if (!(Number.isInteger(port.number) && port.number >= 1 && port.number <= 65535)) {
        fail(
          this,
          'invalid-port',
          `container "${container}" declares port ${port.number}, outside 1-65535`,
          'use a port number from 1 to 65535',
        );
      }
      if (port.name !== undefined && !isPortName(port.name)) {
        fail(
          this,
          'invalid-port-name',
          `container "${container}" names a port "${port.name}", which is not an IANA service name`,
          'use at most 15 lowercase letters, digits and single "-", with at least one letter, e.g. "http"',
        );
      }
      const key = `${port.number}/${port.protocol ?? kplus.Protocol.TCP}`;
      const holder = this.ports.get(key) ?? (own.has(key) ? container : undefined);
      if (holder) {
        fail(
          this,
          'port-collision',
          `containers "${holder}" and "${container}" both listen on ${key}, but every container of a pod shares one network namespace`,
          `give "${container}" another port`,
        );
      }
      own.add(key);
    }
    for (const key of own) {
      this.ports.set(key, container);
    }
  }

  private resolveMounts(
    container: string,
    mounts: VolumeMountSpec[],
    readOnlyByDefault: boolean,
    taken: string[] = [],
  ): kplus.VolumeMount[] {
    const paths = new Set(taken);
    return mounts.map((mount) => {
      const volume = this.volumes.get(mount.volume);
      if (!volume) {
        const declared = [...this.volumes.keys()];
        fail(
          this,
          'undeclared-volume',
          `container "${container}" mounts volume "${mount.volume}", which the pod does not declare`,
          declared.length
            ? `declare it in sharedVolumes or volumes, or mount one of ${declared.map((v) => `"${v}"`).join(', ')}`
            : 'declare it in sharedVolumes (emptyDir) or volumes',
        );
      }
      if (!mount.path.startsWith('/')) {
        fail(
          this,
          'invalid-mount-path',
          `container "${container}" mounts "${mount.volume}" at "${mount.path}", which is not an absolute path`,
          `use an absolute path such as "/${mount.path.replace(/^\.?\/*/, '')}"`,
        );
      }
      if (paths.has(mount.path)) {
        fail(
          this,
          'duplicate-mount-path',
          `container "${container}" mounts two volumes at "${mount.path}"`,
          'give each mount its own path',
        );
      }
      paths.add(mount.path);
      return { volume, path: mount.path, readOnly: mount.readOnly ?? readOnlyByDefault, subPath: mount.subPath };
    });
  }

  private checkDns(dns: kplus.PodDnsProps | undefined): void {
    if (dns?.hostname !== undefined) {
      requireDnsLabel(this, 'hostname', dns.hostname);
    }
    if (dns?.subdomain !== undefined) {
      requireDnsLabel(this, 'subdomain', dns.subdomain);
    }
  }

  private applyScheduling(scheduling: SchedulingProps | undefined): void {
    if (!scheduling) {
      return;
    }
    if (scheduling.nodeSelector && Object.keys(scheduling.nodeSelector).length > 0) {
      for (const [key, value] of Object.entries(scheduling.nodeSelector)) {
        requireLabelValue(this, key, value);
      }
      ApiObject.of(this.workload).addJsonPatch(
        JsonPatch.add(`${this.controller.podSpecPointer}/nodeSelector`, sortedRecord(scheduling.nodeSelector)),
      );
    }
    for (const toleration of scheduling.tolerations ?? []) {
      if (toleration.evictAfter && toleration.effect !== kplus.TaintEffect.NO_EXECUTE) {
        fail(
          this,
          'invalid-toleration',
          `toleration of "${toleration.key}" sets evictAfter, which only a NoExecute taint can use`,
          'set effect: TaintEffect.NO_EXECUTE, or drop evictAfter',
        );
      }
      const options = { effect: toleration.effect, evictAfter: toleration.evictAfter };
      this.scheduling.tolerate(
        kplus.Node.tainted(
          toleration.value === undefined
            ? kplus.NodeTaintQuery.exists(toleration.key, options)
            : kplus.NodeTaintQuery.is(toleration.key, toleration.value, options),
        ),
      );
    }
    if (scheduling.spread) {
      const workload = this.workload as kplus.Workload;
      if (!(workload instanceof kplus.Workload)) {
        fail(this, 'spread-bare-pod', 'spread needs replicas, and a bare Pod has none', 'drop `spread` or use a Deployment');
      }
      workload.scheduling.spread({ topology: kplus.Topology.HOSTNAME });
      workload.scheduling.spread({ topology: kplus.Topology.ZONE });
    }
  }

  /** Node affinity, pod affinity and anti-affinity, as cdk8s-plus-28 offers them. */
  public get scheduling(): kplus.PodScheduling {
    // Every controller's object (Workload or bare Pod) has scheduling; AbstractPod does not declare it.
    return (this.workload as kplus.Pod | kplus.Workload).scheduling;
  }

  private checkNameFitsController(props: AppPodProps): void {
    const kind = this.controller.kind;
    // A CronJob's name is suffixed for its Jobs, a StatefulSet's for its revision-hash label: both need 11 spare characters.
    if ((kind === ControllerKind.CRON_JOB || kind === ControllerKind.STATEFUL_SET) && this.name.length > 52) {
      fail(
        this,
        'invalid-name',
        `${kind} name "${this.name}" has ${this.name.length} characters; Kubernetes needs at most 52 for a ${kind}`,
        `use a shorter name, e.g. "${this.name.slice(0, 52).replace(/-+$/, '')}"`,
      );
    }
    // Services take RFC 1035 labels, which start with a letter.
    if ((props.service || kind === ControllerKind.STATEFUL_SET) && !isDns1035Label(this.name)) {
      fail(
        this,
        'invalid-name',
        `app name "${this.name}" names a Service, and Service names must start with a letter`,
        `use a name such as "app-${this.name}"`,
      );
    }
  }

  private selectPods(service: kplus.Service): void {
    for (const [key, value] of Object.entries(this.selectorLabels)) {
      service.selectLabel(key, value);
    }
  }

  private createHeadlessService(app: ContainerSpec): kplus.Service {
    const ports = app.ports ?? [];
    if (ports.length === 0) {
      fail(
        this,
        'statefulset-without-port',
        'a StatefulSet needs a headless Service, and a Service needs a port, but the app declares none',
        'give the app container a port',
      );
    }
    const service = new kplus.Service(this, 'HeadlessService', {
      metadata: { name: `${this.name}-headless`, labels: this.labels },
      clusterIP: 'None',
      ports: ports.map((p) => ({ port: p.number, targetPort: p.number, name: p.name, protocol: p.protocol })),
    });
    this.selectPods(service);
    return service;
  }

  private createService(props: AppServiceProps): kplus.Service {
    const appPorts = this.appContainer.ports;
    const ports = props.ports ?? appPorts.map((p) => ({ port: p.number, targetPort: p.number, name: p.name, protocol: p.protocol }));
    if (ports.length === 0) {
      fail(
        this,
        'service-without-port',
        'a Service was asked for, but the app declares no port and the Service none',
        'give the app container a port or the Service `ports`',
      );
    }
    for (const port of ports) {
      const target = port.targetPort ?? port.port;
      if (!appPorts.some((p) => p.number === target)) {
        fail(
          this,
          'service-target-port',
          `Service port ${port.port} targets port ${target}, which the app container does not declare`,
          `target one of ${appPorts.map((p) => p.number).join(', ') || "the app's ports (it has none)"}`,
        );
      }
    }
    const service = new kplus.Service(this, 'Service', {
      metadata: { name: this.name, labels: this.labels },
      type: props.type,
      ports,
    });
    this.selectPods(service);
    return service;
  }

  private createDisruptionBudget(requested: DisruptionBudget | undefined): ApiObject | undefined {
    const { kind, replicas } = this.controller;
    if (!this.controller.isReplicated) {
      if (requested && !requested.isNone) {
        fail(
          this,
          'pdb-unsupported-controller',
          `a PodDisruptionBudget was asked for a ${kind}, which it cannot protect` +
            (kind === ControllerKind.DAEMON_SET ? ' (drains skip DaemonSet pods)' : ' (its pods are not a replicated set)'),
          'drop `disruptionBudget`, or use a Deployment or StatefulSet',
        );
      }
      return undefined;
    }
    const budget = requested ?? (replicas! >= 2 ? DisruptionBudget.maxUnavailable(1) : undefined);
    if (!budget || budget.isNone) {
      return undefined;
    }
    const form = budget.formProblem();
    if (form) {
      fail(this, 'invalid-pdb', form, 'use a whole number such as 1, or a percentage from 1 to 100');
    }
    // Scaled to zero there is nothing to evict, so no budget can block a drain.
    if (replicas! > 0 && budget.allowedDisruptions(replicas!) < 1) {
      fail(
        this,
        'pdb-blocks-eviction',
        `the PodDisruptionBudget ${budget.bound}: ${budget.value} with ${replicas} replicas allows no voluntary eviction, so every node drain blocks`,
        budget.bound === DisruptionBudgetBound.MIN_AVAILABLE
          ? `lower minAvailable below ${replicas}, raise replicas above ${budget.isPercent ? 'what the percentage keeps' : budget.amount}, or use maxUnavailable: 1`
          : 'use maxUnavailable of at least 1',
      );
    }
    return new ApiObject(this, 'DisruptionBudget', {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: this.name, labels: this.labels },
      spec: { ...budget._toSpecFields(), selector: { matchLabels: this.selectorLabels } },
    });
  }

  private checkServicePortNames(): PodPatternError[] {
    return [this.service, this.headlessService].flatMap((service) => {
      const ports = service?.ports ?? [];
      const unnamed = ports.filter((p) => !p.name);
      if (ports.length < 2 || unnamed.length === 0) {
        return [];
      }
      return [
        problem(
          this,
          'service-port-name',
          `Service "${service!.name}" has ${ports.length} ports and ${unnamed.map((p) => p.port).join(', ')} have no name; the API server requires a name on every port of a multi-port Service`,
          "name the app container's ports (e.g. { number: 8080, name: 'http' }), or give the Service named `ports`",
        ),
      ];
    });
  }

  private checkPrometheusPort(): PodPatternError[] {
    const port = this.podAnnotation(PodAnnotations.PROMETHEUS_PORT);
    if (port === undefined) {
      return [];
    }
    const declared = [...this.workload.containers, ...this.workload.initContainers].flatMap((c) => c.ports.map((p) => p.number));
    if (declared.includes(Number(port))) {
      return [];
    }
    return [
      problem(
        this,
        'scrape-port-not-exposed',
        `the pod annotation ${PodAnnotations.PROMETHEUS_PORT}: "${port}" points at a port no container declares, so Prometheus scrapes nothing`,
        declared.length
          ? `point it at one of ${declared.join(', ')}, or declare the port on the container that serves metrics`
          : 'declare the port on the container that serves metrics',
      ),
    ];
  }

  private validateFinishedPod(): string[] {
    const problems: PodPatternError[] = [];
    // Every container added through the pod is in the workload, so equal counts mean none escaped.
    const rendered = [...this.workload.containers, ...this.workload.initContainers];
    if (rendered.length !== this.records.length) {
      const known = new Set(this.records.map((r) => r.container));
      for (const container of rendered.filter((c) => !known.has(c))) {
        problems.push(
          problem(
            this,
            'unmanaged-container',
            `container "${container.name}" was added to the cdk8s-plus workload directly, so it escaped the pod's checks and got cdk8s-plus's default resources`,
            'add it with AppPod.addContainer',
          ),
        );
      }
    }
    if (this.qos && this.qos.qosClass !== this.qosClass) {
      const reasons = explainQos([...this.records, ...this.injected], this.qos.qosClass);
      problems.push(
        problem(
          this,
          'qos-mismatch',
          `the pod asks for QoS class ${this.qos.qosClass.name} but Kubernetes will class it ${this.qosClass.name}` +
            (reasons.length ? `: ${reasons.join('; ')}` : ''),
          this.qos.qosClass === QosClass.GUARANTEED
            ? 'drop the explicit resources of those containers so the preset sizes them, or give them equal CPU and memory requests and limits'
            : this.qos.qosClass === QosClass.BEST_EFFORT
              ? 'drop the resources of those containers, or choose a Burstable preset'
              : 'give one container a request below its limit, or choose QosPreset.guaranteed',
        ),
      );
    }
    if (this.controller.kind === ControllerKind.POD) {
      warn(
        this,
        `"${this.name}" is a bare Pod (reason: ${this.controller.barePodReason}); ` +
          'nothing recreates it when its node fails or it is evicted, and no PodDisruptionBudget protects it. ' +
          'Use Controller.deployment() in production.',
      );
    }
    problems.push(...this.checkPrometheusPort(), ...this.checkServicePortNames());
    if (problems.length) {
      throw new PodPatternValidationError(problems);
    }
    return [];
  }
}

function envVariables(spec: ContainerSpec): Record<string, kplus.EnvValue> {
  const variables: Record<string, kplus.EnvValue> = {};
  for (const [name, value] of Object.entries(spec.env ?? {})) {
    variables[name] = kplus.EnvValue.fromValue(value);
  }
  return { ...variables, ...spec.envValues };
}

function kebabCase(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

function isPortName(name: string): boolean {
  return name.length <= 15 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name) && /[a-z]/.test(name) && !name.includes('--');
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
