// @ts-nocheck
import * as kplus from 'cdk8s-plus-28';
import { ApiObject, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { PodSecurity } from '../policies/pod-security';
import { computeQosClass, ContainerSizing, explainQos, QosClass, QosContainer, QosPreset } from '../policies/qos';
import {
  CONTAINER_RESOURCES_NAMES,
  ContainerResources,
  parseResources,
  ParsedResources,
  RESOURCE_AMOUNTS_NAMES,
  toKplusResources,
} from '../policies/resources';
import { imagePin, SecurityLevel } from '../policies/security';
import {
  CONTAINER_PORT_SPEC_NAMES,
  CONTAINER_SPEC_NAMES,
  ContainerRole,
  ContainerSpec,
  isInitContainer,
  isRunning,
  mountsReadOnlyByDefault,
  VOLUME_MOUNT_SPEC_NAMES,
  VolumeMountSpec,
} from './container';
import { fail, PodPatternError, problem } from './errors';
import { requireDnsLabel, requireEnvName } from './names';
import { PodPorts } from './ports';
import { PodVolumes } from './volumes';
import { checkProps } from './props';

/** A container a webhook adds to the pod at admission (e.g. a mesh proxy). */
export interface InjectedContainerSpec {
  /** The name the webhook gives it. */
  readonly name: string;
  /** Its resources, as the webhook will set them. */
  readonly resources: ContainerResources;
  /** Ports it listens on in the pod's network namespace. */
  readonly ports: number[];
  /**
   * What it needs beyond the baseline Pod Security Standard, and why (`NET_ADMIN and NET_RAW,
   * to redirect the pod's traffic`): recorded on the pod, which is then privileged.
   * @default - nothing beyond restricted
   */
  readonly privileges?: string;
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

/** What the container registry works with: the pod's other parts. */
export interface PodContainersContext {
  /** The construct errors are reported on. */
  readonly scope: Construct;
  /** The cdk8s-plus object the containers are rendered into. */
  readonly workload: kplus.AbstractPod;
  /** JSON pointer to the pod spec inside the workload. */
  readonly podSpecPointer: string;
  /** The QoS preset that sizes containers without resources of their own. */
  readonly qos?: QosPreset;
  /** The pod's volumes, which mounts refer to. */
  readonly volumes: PodVolumes;
  /** The pod's network namespace. */
  readonly ports: PodPorts;
  /** The pod's security profile. */
  readonly security: PodSecurity;
}

/**
 * The pod's containers: each placed by its role (regular or init container), sized by the QoS
 * preset unless it states its resources, held to the security profile, its ports claimed in the
 * shared network namespace and its mounts resolved against the pod's volumes. Containers a
 * webhook will inject are declared here too, so they count for ports and the QoS class.
 */
export class PodContainers {
  private readonly records: PodContainer[] = [];
  private readonly injected: QosContainer[] = [];
  private qosCache?: { count: number; qosClass: QosClass };

  constructor(private readonly context: PodContainersContext) {}

  /** Every container of the pod, in the order added. */
  public get all(): PodContainer[] {
    return [...this.records];
  }

  /** Names of the containers a webhook will add. */
  public get injectedNames(): string[] {
    return this.injected.map((c) => c.name);
  }

  /** The container named `name`, if any. */
  public find(name: string): PodContainer | undefined {
    return this.records.find((r) => r.name === name);
  }

  /** The pod's QoS class as Kubernetes will compute it, injected containers included. */
  public get qosClass(): QosClass {
    // Asked twice per synth (validation and the annotation); containers are only ever added.
    const count = this.records.length + this.injected.length;
    if (this.qosCache?.count !== count) {
      this.qosCache = { count, qosClass: computeQosClass([...this.records, ...this.injected]) };
    }
    return this.qosCache.qosClass;
  }

  /** Why the pod is not of class `wanted`, one line per container and resource. */
  public explainQos(wanted: QosClass): string[] {
    return explainQos([...this.records, ...this.injected], wanted);
  }

  /** Fails unless `name` is a DNS-1123 label no container of the pod (added or injected) has. */
  public requireFreeName(name: string): void {
    requireDnsLabel(this.context.scope, 'container name', name);
    if (this.find(name) || this.injected.some((c) => c.name === name)) {
      fail(
        this.context.scope,
        'duplicate-container-name',
        `two containers are named "${name}" (container names are unique across containers and init containers)`,
        `rename one of them, e.g. "${name}-2"`,
      );
    }
  }

  /** Declares a container an admission webhook will add: its ports and resources count. */
  public declareInjected(spec: InjectedContainerSpec): void {
    this.requireFreeName(spec.name);
    this.context.ports.claim(
      spec.name,
      spec.ports.map((number) => ({ number })),
    );
    this.injected.push({ name: spec.name, resources: parseResources(this.context.scope, spec.name, spec.resources) });
    if (spec.privileges) {
      this.context.security.recordInjected(spec.name, spec.privileges);
    }
  }

  /** Adds a container in a role; see {@link AppPod.addContainer}. */
  public add(spec: ContainerSpec, role: ContainerRole): kplus.Container {
    const { scope, workload, volumes, ports, security } = this.context;
    checkContainerProps(scope, spec);
    const name = requireContainerName(scope, `a ${role} container`, spec);
    this.requireFreeName(name);
    this.checkImage(name, spec);
    const { securityContext, profile } = security.containerContext(name, spec.securityContext, spec.securityProfile);
    if (spec.env || spec.envValues) {
      this.checkEnv(name, spec);
    }
    const writableMounts = (spec.writablePaths ?? []).map((path) => volumes.writableMount(name, path));
    const resources = parseResources(scope, name, this.resourcesFor(name, spec, role));
    if (isRunning(role)) {
      ports.claim(name, spec.ports ?? []);
    } else if (spec.ports?.length) {
      fail(
        scope,
        'init-container-port',
        `init step "${name}" declares ports, but it runs before the app and is gone when the app starts`,
        'drop the ports, or make it a native sidecar (ContainerRole.NATIVE_SIDECAR)',
      );
    }
    if (role === ContainerRole.INIT && (spec.liveness || spec.readiness || spec.startup || spec.lifecycle)) {
      fail(
        scope,
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
      volumeMounts: volumes.resolveMounts(name, [...(spec.volumeMounts ?? []), ...writableMounts], mountsReadOnlyByDefault(role)),
      securityContext,
      imagePullPolicy: spec.imagePullPolicy ?? defaultPullPolicy(spec.image),
      restartPolicy: role === ContainerRole.NATIVE_SIDECAR ? kplus.ContainerRestartPolicy.ALWAYS : undefined,
    };
    const init = isInitContainer(role);
    const container = init ? workload.addInitContainer(kplusProps) : workload.addContainer(kplusProps);
    this.checkProbesRender(name, container, spec);
    this.records.push({ name, role, container, resources });
    security.recordContainer(name, profile);
    if (profile.level === SecurityLevel.PLATFORM_DEFAULTS) {
      const list = init ? 'initContainers' : 'containers';
      const index = (init ? workload.initContainers : workload.containers).length - 1;
      ApiObject.of(workload).addJsonPatch(JsonPatch.remove(`${this.context.podSpecPointer}/${list}/${index}/securityContext`));
    }
    return container;
  }

  /** Mounts one of the pod's volumes into a container added earlier. */
  public addMount(containerName: string, mount: VolumeMountSpec): void {
    const record = this.find(containerName);
    if (!record) {
      fail(
        this.context.scope,
        'unknown-container',
        `no container is named "${containerName}"`,
        `mount into one of ${this.records.map((r) => `"${r.name}"`).join(', ')}`,
      );
    }
    const existing = record.container.mounts.map((m) => m.path);
    const [resolved] = this.context.volumes.resolveMounts(containerName, [mount], mountsReadOnlyByDefault(record.role), existing);
    record.container.mount(resolved.path, resolved.volume, { readOnly: resolved.readOnly, subPath: resolved.subPath });
  }

  /** Containers that reached the cdk8s-plus workload without going through this registry. */
  public unmanagedProblems(): PodPatternError[] {
    const { workload, scope } = this.context;
    // Every container added here is in the workload, so equal counts mean none escaped.
    const rendered = [...workload.containers, ...workload.initContainers];
    if (rendered.length === this.records.length) {
      return [];
    }
    const known = new Set(this.records.map((r) => r.container));
    return rendered
      .filter((c) => !known.has(c))
      .map((container) =>
        problem(
          scope,
          'unmanaged-container',
          `container "${container.name}" was added to the cdk8s-plus workload directly, so it escaped the pod's checks and got cdk8s-plus's default resources`,
          'add it with AppPod.addContainer',
        ),
      );
  }

  private resourcesFor(name: string, spec: ContainerSpec, role: ContainerRole): ContainerResources {
    if (spec.resources) {
      return spec.resources;
    }
    const qos = this.context.qos;
    const sizing = role === ContainerRole.APP ? ContainerSizing.APP : ContainerSizing.HELPER;
    if (qos) {
      return qos.resourcesFor(sizing, spec.size);
    }
    if (spec.size) {
      fail(
        this.context.scope,
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
        this.context.scope,
        'invalid-image',
        `container "${container}" has image "${image}", which is not an image reference`,
        'write it as repository:tag or repository@sha256:digest, e.g. "myapp:1.0"',
      );
    }
    const pin = imagePin(image);
    if ((pin === 'latest' || pin === 'untagged') && !spec.allowLatestTag) {
      fail(
        this.context.scope,
        'unpinned-image',
        `container "${container}" has image "${image}", ${pin === 'latest' ? 'tagged latest' : 'without a tag (so latest)'}, which changes under the same name: nodes may run different code and rollbacks roll back nothing`,
        `pin a version ("${image.replace(/:latest$/, '')}:1.2.3") or a digest ("@sha256:..."), or set allowLatestTag: true`,
      );
    }
  }

  /**
   * cdk8s-plus turns a probe's durations into whole seconds only when it writes the YAML, and
   * crashes there, without a construct path, on `Duration.millis(1500)`: render the probes now.
   */
  private checkProbesRender(name: string, container: kplus.Container, spec: ContainerSpec): void {
    if (!spec.liveness && !spec.readiness && !spec.startup) {
      return;
    }
    const probes: Array<[string, kplus.Probe | undefined]> = [
      ['liveness', spec.liveness],
      ['readiness', spec.readiness],
      ['startup', spec.startup],
    ];
    for (const [kind, probe] of probes) {
      try {
        (probe as unknown as { _toKube(container: kplus.Container): unknown } | undefined)?._toKube(container);
      } catch (error) {
        fail(
          this.context.scope,
          'invalid-probe',
          `container "${name}" has a ${kind} probe that cannot be written: ${(error as Error).message.replace(/\.$/, '')}`,
          'give its delays, periods and timeouts in whole seconds, e.g. Duration.seconds(2)',
        );
      }
    }
  }

  private checkEnv(container: string, spec: ContainerSpec): void {
    const plain = Object.keys(spec.env ?? {});
    const referenced = Object.keys(spec.envValues ?? {});
    for (const variable of [...plain, ...referenced]) {
      requireEnvName(this.context.scope, container, variable);
    }
    // Both maps become one env list: a name in both would silently lose one of its values.
    const both = referenced.filter((name) => plain.includes(name));
    if (both.length) {
      fail(
        this.context.scope,
        'duplicate-env',
        `container "${container}" sets ${both.map((n) => `"${n}"`).join(', ')} both in env and in envValues, so one of the two values would be silently dropped`,
        'keep each variable in one of env or envValues',
      );
    }
  }
}

function envVariables(spec: ContainerSpec): Record<string, kplus.EnvValue> {
  const variables: Record<string, kplus.EnvValue> = {};
  for (const [name, value] of Object.entries(spec.env ?? {})) {
    variables[name] = kplus.EnvValue.fromValue(value);
  }
  return { ...variables, ...spec.envValues };
}

/** Refuses a prop name a container spec (or one of its parts) does not have. */
function checkContainerProps(scope: Construct, spec: ContainerSpec): void {
  const what = `container "${spec.name ?? spec.image}"`;
  checkProps(scope, what, spec, CONTAINER_SPEC_NAMES);
  for (const port of spec.ports ?? []) checkProps(scope, `a port of ${what}`, port, CONTAINER_PORT_SPEC_NAMES);
  for (const mount of spec.volumeMounts ?? []) checkProps(scope, `a volume mount of ${what}`, mount, VOLUME_MOUNT_SPEC_NAMES);
  if (spec.resources) {
    checkProps(scope, `the resources of ${what}`, spec.resources, CONTAINER_RESOURCES_NAMES);
    checkProps(scope, `the cpu of ${what}`, spec.resources.cpu, RESOURCE_AMOUNTS_NAMES);
    checkProps(scope, `the memory of ${what}`, spec.resources.memory, RESOURCE_AMOUNTS_NAMES);
  }
}

/** The name of a helper container, which, unlike the app's, has no default. */
export function requireContainerName(scope: Construct, what: string, spec: ContainerSpec): string {
  if (!spec.name) {
    fail(scope, 'missing-container-name', `${what} with image "${spec.image}" has no name`, 'give it a name such as "log-shipper"');
  }
  return spec.name;
}

/**
 * What Kubernetes itself defaults a container's pull policy to (`SetDefaults_Container`,
 * pkg/apis/core/v1/defaults.go): `Always` for an image tagged `latest` or untagged, otherwise
 * `IfNotPresent`. cdk8s-plus writes `Always` everywhere, which makes every pod start depend on
 * the registry even for an image pinned to a tag or digest that cannot change.
 */
function defaultPullPolicy(image: string): kplus.ImagePullPolicy {
  const pin = imagePin(image);
  return pin === 'latest' || pin === 'untagged' ? kplus.ImagePullPolicy.ALWAYS : kplus.ImagePullPolicy.IF_NOT_PRESENT;
}
