// @ts-nocheck
import { quoted } from './json';

/** How bad a violation is. */
export enum Severity {
  /** The API server refuses the object, or it misbehaves at run time. */
  ERROR = 'error',
  /** Kubernetes accepts the object and only warns; the result is probably not what was meant. */
  WARNING = 'warning',
}

/** The stable codes violations carry; tools and tests match on these strings. */
export enum ViolationCode {
  /** Not an object with `apiVersion`, `kind` and `metadata`. */
  INVALID_MANIFEST = 'invalid-manifest',
  /** An object, container, volume, host or service account name that Kubernetes refuses. */
  INVALID_NAME = 'invalid-name',
  /** A label key or value (objects, pod templates, selectors, node selectors) Kubernetes refuses. */
  INVALID_LABEL = 'invalid-label',
  /** An annotation key that is not a qualified name, or annotations over 256 KiB. */
  INVALID_ANNOTATION = 'invalid-annotation',
  /** Two containers (regular or init) share a name. */
  DUPLICATE_CONTAINER_NAME = 'duplicate-container-name',
  /** A pod without containers. */
  MISSING_CONTAINER = 'missing-container',
  /** An image the kubelet cannot parse: the container fails with `InvalidImageName`. */
  INVALID_IMAGE = 'invalid-image',
  /** A port number outside 1-65535, or an unknown protocol. */
  INVALID_PORT = 'invalid-port',
  /** A container port name that is not an IANA service name. */
  INVALID_PORT_NAME = 'invalid-port-name',
  /** A port name used twice in one container. */
  DUPLICATE_PORT_NAME = 'duplicate-port-name',
  /** Two running containers listen on the same port and protocol, or two ports claim one host port. */
  PORT_COLLISION = 'port-collision',
  /** An environment variable name Kubernetes 1.28 refuses. */
  INVALID_ENV_NAME = 'invalid-env-name',
  /** One environment variable defined twice in a container. */
  DUPLICATE_ENV = 'duplicate-env',
  /** A `valueFrom` or `envFrom` reference that cannot resolve. */
  INVALID_ENV_REF = 'invalid-env-ref',
  /** A volume mount that names no volume of the pod. */
  UNDECLARED_VOLUME = 'undeclared-volume',
  /** A mount path that is empty, relative or walks up with `..`. */
  INVALID_MOUNT_PATH = 'invalid-mount-path',
  /** Two mounts of one container at the same place. */
  DUPLICATE_MOUNT_PATH = 'duplicate-mount-path',
  /** A `subPath`/`subPathExpr` that is absolute, walks up, or is set twice. */
  INVALID_SUB_PATH = 'invalid-sub-path',
  /** A resource quantity that does not parse, is negative, or is a limit of zero. */
  INVALID_QUANTITY = 'invalid-quantity',
  /** A request above its limit. */
  REQUEST_ABOVE_LIMIT = 'request-above-limit',
  /** A liveness, readiness or startup probe Kubernetes refuses or cannot run. */
  INVALID_PROBE = 'invalid-probe',
  /** A postStart or preStop handler Kubernetes refuses. */
  INVALID_LIFECYCLE = 'invalid-lifecycle',
  /** Probes or lifecycle hooks on an init container that is not a native sidecar. */
  INIT_CONTAINER_PROBE = 'init-container-probe',
  /** A pod or container restart policy the API server or the controller refuses. */
  INVALID_RESTART_POLICY = 'invalid-restart-policy',
  /** A native sidecar, which Kubernetes 1.28 runs only with an alpha feature gate. */
  SIDECAR_FEATURE_GATE = 'sidecar-feature-gate',
  /** A pod in its own user namespace, which Kubernetes 1.28 runs only with an alpha feature gate. */
  USER_NAMESPACE_FEATURE_GATE = 'user-namespace-feature-gate',
  /** A pod in its own user namespace that also shares a namespace of the node. */
  USER_NAMESPACE_HOST_NAMESPACE = 'user-namespace-host-namespace',
  /** Two volumes share a name. */
  DUPLICATE_VOLUME = 'duplicate-volume',
  /** A volume source Kubernetes refuses (items, paths, modes, several sources). */
  INVALID_VOLUME = 'invalid-volume',
  /** A toleration Kubernetes refuses. */
  INVALID_TOLERATION = 'invalid-toleration',
  /** A negative termination grace period. */
  INVALID_TERMINATION_GRACE = 'invalid-termination-grace',
  /** A pod `activeDeadlineSeconds` out of range, or one set where the controller forbids it. */
  INVALID_ACTIVE_DEADLINE = 'invalid-active-deadline',
  /** A controller selector that is missing, empty or does not match its pod template. */
  SELECTOR_MISMATCH = 'selector-mismatch',
  /** A Deployment, StatefulSet, DaemonSet or ReplicaSet field out of range. */
  INVALID_WORKLOAD = 'invalid-workload',
  /** A Job or CronJob field out of range. */
  INVALID_JOB = 'invalid-job',
  /** A CronJob schedule that does not parse, or that carries its own time zone. */
  INVALID_SCHEDULE = 'invalid-schedule',
  /** A CronJob time zone that is not a known IANA zone. */
  INVALID_TIME_ZONE = 'invalid-time-zone',
  /** A port of a multi-port Service without a name. */
  SERVICE_PORT_NAME = 'service-port-name',
  /** A Service port, port name or target port Kubernetes refuses. */
  INVALID_SERVICE_PORT = 'invalid-service-port',
  /** A ConfigMap or Secret key Kubernetes refuses, or data over 1 MiB. */
  INVALID_CONFIG_KEY = 'invalid-config-key',
  /** A ConfigMap or Secret value that does not decode. */
  INVALID_CONFIG_VALUE = 'invalid-config-value',
  /** A PodDisruptionBudget bound or selector Kubernetes refuses or that protects nothing. */
  INVALID_PDB = 'invalid-pdb',
  /** The library's QoS annotation disagrees with the class the kubelet will compute. */
  QOS_MISMATCH = 'qos-mismatch',
}

/** One way an object breaks a rule. */
export interface Violation {
  /** Stable error code, one of {@link ViolationCode}. */
  readonly code: string;
  /** Whether Kubernetes refuses (or breaks on) the object, or only warns. */
  readonly severity: Severity;
  /** JSON path in the object, as Kubernetes prints it: `spec.template.spec.containers[0].image`. */
  readonly field: string;
  /** What is wrong, naming the container, port, volume or key. */
  readonly message: string;
  /** How to fix it, concretely. */
  readonly fix: string;
  /** The Go function the rule transcribes, with its package. */
  readonly rule: string;
}

/**
 * Appends a violation to `out` (its code one of {@link ViolationCode} or, for the rules over a
 * manifest set, `ManifestSetCode`). Checks call this only when a rule fails, so messages are built
 * only then.
 * @internal
 */
export function report(
  out: Violation[],
  code: string,
  field: string,
  message: string,
  fix: string,
  rule: string,
  severity: Severity = Severity.ERROR,
): void {
  out.push({ code, severity, field, message, fix, rule });
}

/**
 * An item of a list in a checked object (a container, a volume), as violations name it. Rules
 * run over every item of every object synthesis renders and rarely report, so the item's path
 * and label are built only when a report asks for them.
 * @internal
 */
export class Item {
  /**
   * @param parent path of the object holding the list: `spec.template.spec`
   * @param list the list's field: `containers`
   * @param index the item's position in the list
   * @param noun what messages call the list's items: `init container`
   * @param name the item's `name`, as written
   */
  constructor(
    private readonly parent: string,
    private readonly list: string,
    private readonly index: number,
    private readonly noun: string,
    private readonly name: unknown,
  ) {}

  /** Its path: `spec.template.spec.containers[0]`. */
  get path(): string {
    return `${this.parent}.${this.list}[${this.index}]`;
  }

  /** How messages name it: `container "app"`, or `volume #2` when it has no name. */
  get label(): string {
    return `${this.noun} ${quoted(this.name, this.index)}`;
  }
}
