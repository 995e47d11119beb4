// @ts-nocheck
import * as kplus from 'cdk8s-plus-28';
import { ApiObject, Duration, JsonPatch, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { createDisruptionBudget, DisruptionBudget } from '../policies/disruption-budget';
import { PodDefaults } from '../policies/defaults';
import { PodSecurity } from '../policies/pod-security';
import { QosClass, QosPreset } from '../policies/qos';
import { SecurityLevel, SecurityProfile } from '../policies/security';
import { PodAnnotations } from './annotations';
import { ContainerRole, ContainerSpec, VolumeMountSpec } from './container';
import { InjectedContainerSpec, PodContainer, PodContainers } from './containers';
import { Controller, ControllerKind } from './controller';
import { fail, PodPatternError, problem, validationMessage, warn } from './errors';
import { ExtensionPhase, inPhaseOrder, IPodExtension } from './extensions';
import { PodIdentity } from './identity';
import { isDnsSubdomain, requireLabelValue, suggestDnsLabel } from './names';
import { lifecycleProblems } from './lifecycle-checks';
import { checkRenderedObjects, currentSynthPass, renderedInThisPass } from './rendered-check';
import { PodPorts } from './ports';
import { applyScheduling, checkDns, SCHEDULING_PROPS_NAMES, SchedulingProps } from './scheduling';
import { APP_SERVICE_PROPS_NAMES, AppServiceProps, createHeadlessService, createService } from './services';
import { PodVolumes, SHARED_VOLUME_PROPS_NAMES, SharedVolumeProps } from './volumes';
import { checkProps, PropNames } from './props';

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
  /**
   * The selector of the controller, Services and budget, for adopting a workload that exists
   * (a Deployment's selector is immutable: an existing `app: reviews` must stay). Every label it
   * names must be on the pod (put them in `labels`). It changes with nothing else.
   * @default - `app.kubernetes.io/name` and `app.kubernetes.io/instance`
   */
  readonly selector?: Record<string, string>;
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
   * Run the pod in a user namespace of its own (`hostUsers: false`): a container's root, and its
   * capabilities, count only inside the pod, and map to an unprivileged user of the node. It
   * adds to the security profile and changes none of its rules (in 1.28 the Pod Security
   * Standards treat such a pod as any other). Kubernetes 1.28 honours it only with the alpha
   * `UserNamespacesSupport` feature gate (synth warns), on nodes with Linux 6.3 or later and a
   * runtime that supports it; without the gate the API server drops the field.
   * @default false - the node's user namespace
   */
  readonly userNamespace?: boolean;
  /**
   * A Service in front of the pods.
   * @default - none (a StatefulSet always gets its headless Service)
   */
  readonly service?: AppServiceProps;
  /**
   * Secrets with the credentials of private registries the pod's images come from, by name:
   * `imagePullSecrets` of the pod, used for every container (and for a migration Job's).
   * @default - none
   */
  readonly imagePullSecrets?: string[];
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

/** The prop names of {@link AppPodProps}, checked at run time (see `checkProps`). */
export const APP_POD_PROPS_NAMES: PropNames<AppPodProps> = {
  name: true,
  instance: true,
  component: true,
  partOf: true,
  labels: true,
  selector: true,
  app: true,
  controller: true,
  qos: true,
  disruptionBudget: true,
  sharedVolumes: true,
  volumes: true,
  scheduling: true,
  security: true,
  securityProfile: true,
  dns: true,
  shareProcessNamespace: true,
  userNamespace: true,
  service: true,
  serviceAccount: true,
  imagePullSecrets: true,
  automountServiceAccountToken: true,
  terminationGracePeriod: true,
  annotations: true,
  podAnnotations: true,
  extensions: true,
};

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

/**
 * The core of every pattern: one app container, behind a controller (a Deployment by default),
 * with the helpers, init steps, shared volumes and pod-level policy that patterns add to it.
 *
 * It coordinates parts that each own one concern: the identity (name, labels, selector), the
 * containers, the network namespace's ports, the volumes, the security profile, the Services
 * and the disruption budget. Once the tree is complete it computes the pod's QoS class the way
 * the kubelet does, reports every problem it finds (a class that differs from the preset's
 * among them) and records the class in the `pod-patterns.io/qos-class` pod annotation.
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

  private readonly identity: PodIdentity;
  private readonly security: PodSecurity;
  private readonly volumes: PodVolumes;
  private readonly registry: PodContainers;
  private readonly annotations = new Map<string, string>();
  private derivedApplied?: string;
  private readonly applied: IPodExtension[] = [];
  private lastValidation?: { readonly pass: object; readonly messages: string[] };

  constructor(scope: Construct, id: string, props: AppPodProps) {
    super(scope, id);
    checkProps(this, 'the pod', props, APP_POD_PROPS_NAMES);
    checkProps(this, 'scheduling', props.scheduling, SCHEDULING_PROPS_NAMES);
    checkProps(this, 'service', props.service, APP_SERVICE_PROPS_NAMES);
    for (const volume of props.sharedVolumes ?? []) checkProps(this, 'a shared volume', volume, SHARED_VOLUME_PROPS_NAMES);
    this.props = props;
    this.controller = props.controller ?? Controller.deployment();
    this.identity = new PodIdentity(this, id, props, this.controller, props.service !== undefined);
    this.name = this.identity.name;
    this.selectorLabels = this.identity.selectorLabels;
    this.labels = this.identity.labels;
    this.qos = props.qos ?? PodDefaults.of(this).qos;
    const replicas = this.controller.replicas;
    if (replicas !== undefined && !(Number.isInteger(replicas) && replicas >= 0)) {
      fail(this, 'invalid-replicas', `replicas ${replicas} is not a non-negative whole number`, 'use for example 2');
    }
    checkDns(this, props.dns);
    checkTerminationGrace(this, props.terminationGracePeriod);
    if (this.controller.kind === ControllerKind.STATEFUL_SET) {
      this.headlessService = createHeadlessService(this, this.identity, props.app.ports ?? []);
    }
    this.security = new PodSecurity(this, props.securityProfile ?? SecurityProfile.RESTRICTED, props.security);
    this.workload = this.controller._build(this, 'Workload', {
      metadata: { name: this.name, labels: this.labels, annotations: props.annotations },
      podMetadata: { labels: this.labels, annotations: this.initialPodAnnotations(props) },
      selectorLabels: this.selectorLabels,
      service: this.headlessService,
      securityContext: { ensureNonRoot: true, ...props.security },
      dns: props.dns,
      serviceAccount: props.serviceAccount,
      automountServiceAccountToken: props.automountServiceAccountToken ?? false,
      terminationGracePeriod: props.terminationGracePeriod,
    });
    this.security.onExceptionsChange((annotations) => {
      for (const [key, value] of Object.entries(annotations)) {
        this.workload.podMetadata.addAnnotation(key, value);
      }
    });
    const podSpec = this.controller.podSpecPointer;
    detachFromConstructPath(this.workload, this.selectorLabels, this.controller.podMetadataPointer);
    applyScheduling(this, this.workload, podSpec, props.scheduling, this.selectorLabels);
    if (this.security.isPlatformDefaults) {
      ApiObject.of(this.workload).addJsonPatch(JsonPatch.remove(`${podSpec}/securityContext`));
    }
    if (props.imagePullSecrets?.length) {
      for (const secret of props.imagePullSecrets) {
        if (!isDnsSubdomain(secret)) {
          fail(
            this,
            'invalid-name',
            `image pull secret "${secret}" cannot name a Secret: Secret names are DNS-1123 subdomains`,
            `use the Secret's real name, e.g. "${suggestDnsLabel(secret)}"`,
          );
        }
      }
      ApiObject.of(this.workload).addJsonPatch(
        JsonPatch.add(
          `${podSpec}/imagePullSecrets`,
          props.imagePullSecrets.map((name) => ({ name })),
        ),
      );
    }
    if (props.shareProcessNamespace) {
      ApiObject.of(this.workload).addJsonPatch(JsonPatch.add(`${podSpec}/shareProcessNamespace`, true));
    }
    if (props.userNamespace) {
      ApiObject.of(this.workload).addJsonPatch(JsonPatch.add(`${podSpec}/hostUsers`, false));
    }

    this.volumes = new PodVolumes(this, this.workload, () => this.security.hostPathForbiddenBy);
    this.registry = new PodContainers({
      scope: this,
      workload: this.workload,
      podSpecPointer: podSpec,
      qos: this.qos,
      volumes: this.volumes,
      ports: new PodPorts(this),
      security: this.security,
    });
    for (const claim of this.controller.volumeClaims) {
      this.volumes.addClaim(claim.name);
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
      this.service = createService(this, this.identity, props.service, this.appContainer.ports);
    }
    this.podDisruptionBudget = createDisruptionBudget(this, this.identity, this.controller, props.disruptionBudget);

    for (const extension of inPhaseOrder(props.extensions ?? [])) {
      this.addExtension(extension);
    }
    this.node.addValidation({ validate: () => this.validationMessages() });
  }

  /** The extensions applied to the pod, in the order applied. */
  public get extensions(): IPodExtension[] {
    return [...this.applied];
  }

  /** Names of the containers admission webhooks are declared to add (a mesh proxy). */
  public get injectedContainerNames(): string[] {
    return this.registry.injectedNames;
  }

  /** Every container of the pod, in the order added. */
  public get containers(): PodContainer[] {
    return this.registry.all;
  }

  /** The pod's QoS class as Kubernetes will compute it from the containers added so far. */
  public get qosClass(): QosClass {
    return this.registry.qosClass;
  }

  /** Names of the pod's volumes. */
  public get volumeNames(): string[] {
    return this.volumes.names;
  }

  /** The pod's volumes. */
  public get podVolumes(): kplus.Volume[] {
    return this.volumes.all;
  }

  /** Whether the pod declares a volume named `name`. */
  public hasVolume(name: string): boolean {
    return this.volumes.has(name);
  }

  /** Whether `name` is one of a StatefulSet's per-pod volume claims, not a pod volume. */
  public isVolumeClaim(name: string): boolean {
    return this.volumes.isClaim(name);
  }

  /** The container named `name`, if any. */
  public findContainer(name: string): PodContainer | undefined {
    return this.registry.find(name);
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
    this.registry.declareInjected(spec);
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
    this.registry.requireFreeName(name);
  }

  /**
   * Applies a pattern to this pod. Extensions given in `extensions` are applied phase by phase
   * (see {@link ExtensionPhase}), whatever their order there. One added here later is applied at
   * once, after the others; it is refused once a derived extension (a migration) was applied,
   * since what that one copied from the pod would miss it.
   */
  public addExtension(extension: IPodExtension): void {
    if (this.derivedApplied && extension.phase !== ExtensionPhase.DERIVED) {
      fail(
        this,
        'extension-order',
        `${extension.constructor.name} is added after a derived extension (${this.derivedApplied}) copied the finished app container, so that copy would miss what it adds`,
        'pass it in the `extensions` prop (the pod applies derived extensions last), or add it before the derived one',
      );
    }
    if (extension.phase === ExtensionPhase.DERIVED) {
      this.derivedApplied = extension.constructor.name;
    }
    extension.extend(this);
    this.applied.push(extension);
  }

  /** Declares an emptyDir volume the containers can share. */
  public addSharedVolume(props: SharedVolumeProps): kplus.Volume {
    return this.volumes.addShared(props);
  }

  /** Declares any cdk8s-plus volume (ConfigMap, Secret, PVC, ...), mountable by its name. */
  public addVolume(volume: kplus.Volume): void {
    this.volumes.add(volume);
  }

  /**
   * Adds a container in a role. Its resources are what it states, else what the pod's QoS
   * preset gives its role, so no cdk8s-plus default resources ever reach the output.
   */
  public addContainer(spec: ContainerSpec, role: ContainerRole = ContainerRole.HELPER): kplus.Container {
    return this.registry.add(spec, role);
  }

  /** Mounts one of the pod's volumes into a container added earlier. */
  public addMount(containerName: string, mount: VolumeMountSpec): void {
    this.registry.addMount(containerName, mount);
  }

  /** Node affinity, pod affinity and anti-affinity, as cdk8s-plus-28 offers them. */
  public get scheduling(): kplus.PodScheduling {
    // Every controller's object (Workload or bare Pod) has scheduling; AbstractPod does not declare it.
    return (this.workload as kplus.Pod | kplus.Workload).scheduling;
  }

  /** The weakest Pod Security Standard level any container of the pod is held to. */
  public get weakestSecurityLevel(): SecurityLevel {
    return this.security.weakestLevel;
  }

  private initialPodAnnotations(props: AppPodProps): Record<string, string> {
    for (const [key, value] of Object.entries(props.podAnnotations ?? {})) {
      this.annotations.set(key, value);
    }
    const annotations: Record<string, string> = {
      ...props.podAnnotations,
      [PodAnnotations.QOS_CLASS]: Lazy.any({ produce: () => this.qosClass.name }) as unknown as string,
      ...this.security.annotations,
    };
    if (this.controller.barePodReason !== undefined) {
      annotations[PodAnnotations.ALLOW_BARE_POD] = 'true';
      annotations[PodAnnotations.BARE_POD_REASON] = this.controller.barePodReason;
    }
    return annotations;
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

  private checkQos(): PodPatternError[] {
    const computed = this.qosClass;
    if (!this.qos) {
      if (computed === QosClass.BEST_EFFORT) {
        warn(
          this,
          `no container of "${this.name}" has CPU or memory requests, so the pod is BestEffort: the first to be evicted when its node runs short of memory. ` +
            'Give it a preset (`qos: QosPreset.burstable({ size: ResourceSize.SMALL })`, or PodDefaults.set(chart, { qos }) for every pod of a chart), ' +
            'or say so with `qos: QosPreset.bestEffort()`',
        );
      }
      return [];
    }
    if (this.qos.qosClass === computed) {
      return [];
    }
    const reasons = this.registry.explainQos(this.qos.qosClass);
    return [
      problem(
        this,
        'qos-mismatch',
        `the pod asks for QoS class ${this.qos.qosClass.name} but Kubernetes will class it ${computed.name}` +
          (reasons.length ? `: ${reasons.join('; ')}` : ''),
        this.qos.qosClass === QosClass.GUARANTEED
          ? 'drop the explicit resources of those containers so the preset sizes them, or give them equal CPU and memory requests and limits'
          : this.qos.qosClass === QosClass.BEST_EFFORT
            ? 'drop the resources of those containers, or choose a Burstable preset'
            : 'give one container a request below its limit, or choose QosPreset.guaranteed',
      ),
    ];
  }

  /**
   * cdk8s validates twice per synth (`App.synth`, then each chart's `toJson`), with nothing
   * changed in between: the second pass, in the same tick, gets the first one's answer.
   */
  private validationMessages(): string[] {
    const pass = currentSynthPass();
    if (this.lastValidation?.pass !== pass) {
      this.lastValidation = { pass, messages: this.validateFinishedPod().map(validationMessage) };
    }
    return this.lastValidation.messages;
  }

  /** Every problem of the finished pod, reported together so one synth shows them all. */
  private validateFinishedPod(): PodPatternError[] {
    if (this.controller.kind === ControllerKind.POD) {
      warn(
        this,
        `"${this.name}" is a bare Pod (reason: ${this.controller.barePodReason}); ` +
          'nothing recreates it when its node fails or it is evicted, and no PodDisruptionBudget protects it. ' +
          'Use Controller.deployment() in production.',
      );
    }
    const intent = [...this.registry.unmanagedProblems(), ...this.checkQos(), ...this.checkPrometheusPort()];
    // What will be written, checked with Kubernetes' rules. They judge the QoS annotation against
    // the rendered containers, which the pod's own sizing model agrees with: a preset the pod
    // cannot meet is the intent's qos-mismatch above, not theirs.
    const rendered = checkRenderedObjects(this, (c) => c instanceof AppPod);
    const written = renderedInThisPass(ApiObject.of(this.workload));
    const lifecycle =
      written === undefined
        ? []
        : lifecycleProblems(this, this.controller.kind, this.controller._podTemplateOf(written), this.registry.all);
    return [...intent, ...rendered, ...lifecycle];
  }
}

function checkTerminationGrace(scope: Construct, grace: Duration | undefined): void {
  const milliseconds = grace?.toMilliseconds();
  // cdk8s-plus would crash writing a fraction of a second; the API server refuses a negative grace.
  if (milliseconds !== undefined && !(milliseconds >= 0 && milliseconds % 1000 === 0)) {
    fail(
      scope,
      'invalid-termination-grace',
      `terminationGracePeriod of ${milliseconds} ms is not a whole, non-negative number of seconds`,
      `use Duration.seconds(${Math.max(0, Math.round(milliseconds / 1000))})`,
    );
  }
}

/**
 * cdk8s-plus labels every pod with `cdk8s.io/metadata.addr`, a hash of the construct path, and
 * selects pods by it (Services, affinity, network policies): moving the construct in the tree
 * would change every pod template and roll every pod. The pods lose that label, and what
 * selects them through cdk8s-plus selects by the app's stable selector labels instead.
 */
function detachFromConstructPath(workload: kplus.AbstractPod, selectorLabels: Record<string, string>, podMetadataPointer: string): void {
  ApiObject.of(workload).addJsonPatch(JsonPatch.remove(`${podMetadataPointer}/labels/${ADDRESS_LABEL.replace('/', '~1')}`));
  const select = workload as unknown as { toPodSelectorConfig(): kplus.PodSelectorConfig };
  const namespace = workload.metadata.namespace;
  select.toPodSelectorConfig = () => ({
    labelSelector: kplus.LabelSelector.of({ labels: selectorLabels }),
    namespaces: namespace ? { names: [namespace] } : undefined,
  });
}

const ADDRESS_LABEL = 'cdk8s.io/metadata.addr';
