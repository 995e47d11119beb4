/**
 * The stable code of every problem the library reports: on a thrown error (see
 * {@link PodPatternErrors.codeOf}), at the end of every message (`[port-collision]`), and in
 * docs/errors.md, which shows an input that gives each. Codes from Kubernetes' own rules
 * (`lib/rules`) and from the library's checks share this one list.
 */
// @ts-nocheck

export enum ErrorCode {
  /** An adapter metrics port named like another port of the pod. */
  ADAPTER_PORT_NAME = 'adapter-port-name',
  /** An adapter that reads a port no container of the pod declares. */
  ADAPTER_STATUS_PORT = 'adapter-status-port',
  /** An ambassador's local port outside 1-65535. */
  AMBASSADOR_LOCAL_PORT = 'ambassador-local-port',
  /** An ambassador whose upstream comes back to its own listen address. */
  AMBASSADOR_LOOP = 'ambassador-loop',
  /** An ambassador connection bound outside 1-4096, or with a proxy that ignores it. */
  AMBASSADOR_MAX_CONNECTIONS = 'ambassador-max-connections',
  /** An ambassador listening below 1024, which a non-root proxy cannot bind. */
  AMBASSADOR_PRIVILEGED_PORT = 'ambassador-privileged-port',
  /** An ambassador upstream that is not host:port. */
  AMBASSADOR_UPSTREAM = 'ambassador-upstream',
  /** A bare Pod without a reason. */
  BARE_POD_REASON = 'bare-pod-reason',
  /** Two containers (regular or init) share a name. */
  DUPLICATE_CONTAINER_NAME = 'duplicate-container-name',
  /** One environment variable defined twice in a container. */
  DUPLICATE_ENV = 'duplicate-env',
  /** Two migration Jobs for one app. */
  DUPLICATE_MIGRATION = 'duplicate-migration',
  /** Two mounts of one container at the same place. */
  DUPLICATE_MOUNT_PATH = 'duplicate-mount-path',
  /** A port name used twice in one container. */
  DUPLICATE_PORT_NAME = 'duplicate-port-name',
  /** Two adapters both writing the prometheus.io annotations. */
  DUPLICATE_SCRAPE_ANNOTATIONS = 'duplicate-scrape-annotations',
  /** Two volumes share a name. */
  DUPLICATE_VOLUME = 'duplicate-volume',
  /** An ambassador variable the app already has. */
  ENV_CONFLICT = 'env-conflict',
  /** An extension added after a derived one (a migration) copied the app container. */
  EXTENSION_ORDER = 'extension-order',
  /** A HEALTHY start dependency without a startup probe. */
  HEALTHY_WITHOUT_PROBE = 'healthy-without-probe',
  /** Ports on an init step, which is gone when the app runs. */
  INIT_CONTAINER_PORT = 'init-container-port',
  /** Probes or lifecycle hooks on an init container that is not a native sidecar. */
  INIT_CONTAINER_PROBE = 'init-container-probe',
  /** A pod `activeDeadlineSeconds` out of range, or one set where the controller forbids it. */
  INVALID_ACTIVE_DEADLINE = 'invalid-active-deadline',
  /** An adapter port outside 1-65535. */
  INVALID_ADAPTER_PORT = 'invalid-adapter-port',
  /** An annotation key that is not a qualified name, or annotations over 256 KiB. */
  INVALID_ANNOTATION = 'invalid-annotation',
  /** A ConfigMap or Secret key Kubernetes refuses, or data over 1 MiB. */
  INVALID_CONFIG_KEY = 'invalid-config-key',
  /** A ConfigMap or Secret value that does not decode. */
  INVALID_CONFIG_VALUE = 'invalid-config-value',
  /** A duration Kubernetes takes in whole seconds that is not one. */
  INVALID_DURATION = 'invalid-duration',
  /** An environment variable name Kubernetes 1.28 refuses. */
  INVALID_ENV_NAME = 'invalid-env-name',
  /** A `valueFrom` or `envFrom` reference that cannot resolve. */
  INVALID_ENV_REF = 'invalid-env-ref',
  /** An image the kubelet cannot parse: the container fails with `InvalidImageName`. */
  INVALID_IMAGE = 'invalid-image',
  /** A Job or CronJob field out of range. */
  INVALID_JOB = 'invalid-job',
  /** A label key or value (objects, pod templates, selectors, node selectors) Kubernetes refuses. */
  INVALID_LABEL = 'invalid-label',
  /** A postStart or preStop handler Kubernetes refuses. */
  INVALID_LIFECYCLE = 'invalid-lifecycle',
  /** A log shipper output that would not stay one <match> body. */
  INVALID_LOG_OUTPUT = 'invalid-log-output',
  /** A log shipper path or pattern that would not stay one value in fluent.conf. */
  INVALID_LOG_PATH = 'invalid-log-path',
  /** Not an object with `apiVersion`, `kind` and `metadata`. */
  INVALID_MANIFEST = 'invalid-manifest',
  /** A metrics or status path that makes a broken URL. */
  INVALID_METRICS_PATH = 'invalid-metrics-path',
  /** A mount path that is empty, relative or walks up with `..`. */
  INVALID_MOUNT_PATH = 'invalid-mount-path',
  /** An object, container, volume, host or service account name that Kubernetes refuses. */
  INVALID_NAME = 'invalid-name',
  /** A PodDisruptionBudget bound or selector Kubernetes refuses or that protects nothing. */
  INVALID_PDB = 'invalid-pdb',
  /** A port number outside 1-65535, or an unknown protocol. */
  INVALID_PORT = 'invalid-port',
  /** A container port name that is not an IANA service name. */
  INVALID_PORT_NAME = 'invalid-port-name',
  /** A QoS preset with impossible options. */
  INVALID_PRESET = 'invalid-preset',
  /** A liveness, readiness or startup probe Kubernetes refuses or cannot run. */
  INVALID_PROBE = 'invalid-probe',
  /** A resource quantity that does not parse, is negative, or is a limit of zero. */
  INVALID_QUANTITY = 'invalid-quantity',
  /** Replicas that are not a non-negative whole number. */
  INVALID_REPLICAS = 'invalid-replicas',
  /** A pod or container restart policy the API server or the controller refuses. */
  INVALID_RESTART_POLICY = 'invalid-restart-policy',
  /** A CronJob schedule that does not parse, or that carries its own time zone. */
  INVALID_SCHEDULE = 'invalid-schedule',
  /** A Service port, port name or target port Kubernetes refuses. */
  INVALID_SERVICE_PORT = 'invalid-service-port',
  /** A custom resource size that is not positive. */
  INVALID_SIZE = 'invalid-size',
  /** A `subPath`/`subPathExpr` that is absolute, walks up, or is set twice. */
  INVALID_SUB_PATH = 'invalid-sub-path',
  /** A negative termination grace period. */
  INVALID_TERMINATION_GRACE = 'invalid-termination-grace',
  /** A CronJob time zone that is not a known IANA zone. */
  INVALID_TIME_ZONE = 'invalid-time-zone',
  /** A toleration Kubernetes refuses. */
  INVALID_TOLERATION = 'invalid-toleration',
  /** A volume source Kubernetes refuses (items, paths, modes, several sources). */
  INVALID_VOLUME = 'invalid-volume',
  /** A wait-for step with a bad host, port or timing. */
  INVALID_WAIT_FOR = 'invalid-wait-for',
  /** A Deployment, StatefulSet, DaemonSet or ReplicaSet field out of range. */
  INVALID_WORKLOAD = 'invalid-workload',
  /** A Job or CronJob pod with a container that never exits. */
  JOB_NEVER_COMPLETES = 'job-never-completes',
  /** An init step that connects out before the mesh's proxy runs. */
  MESH_INIT_TRAFFIC = 'mesh-init-traffic',
  /** A ServiceMonitor or Service metrics port without a Service. */
  METRICS_WITHOUT_SERVICE = 'metrics-without-service',
  /** A migration Job that mounts a StatefulSet's per-pod claim, which a Job cannot have. */
  MIGRATION_CLAIM = 'migration-claim',
  /** A migration without command or args. */
  MIGRATION_COMMAND = 'migration-command',
  /** A migration image other than the app's, without a reason. */
  MIGRATION_IMAGE_DRIFT = 'migration-image-drift',
  /** A pod without containers. */
  MISSING_CONTAINER = 'missing-container',
  /** A helper container without a name. */
  MISSING_CONTAINER_NAME = 'missing-container-name',
  /** A PodDisruptionBudget that allows no voluntary eviction. */
  PDB_BLOCKS_EVICTION = 'pdb-blocks-eviction',
  /** A PodDisruptionBudget for a controller it cannot protect. */
  PDB_UNSUPPORTED_CONTROLLER = 'pdb-unsupported-controller',
  /** Two running containers listen on the same port and protocol, or two ports claim one host port. */
  PORT_COLLISION = 'port-collision',
  /** The library's QoS annotation disagrees with the class the kubelet will compute. */
  QOS_MISMATCH = 'qos-mismatch',
  /** An object that could not be written. */
  RENDER_FAILED = 'render-failed',
  /** A request above its limit. */
  REQUEST_ABOVE_LIMIT = 'request-above-limit',
  /** A prometheus.io/port annotation at a port no container declares. */
  SCRAPE_PORT_NOT_EXPOSED = 'scrape-port-not-exposed',
  /** A setting the Pod Security Standard in force forbids. */
  SECURITY_PROFILE = 'security-profile',
  /** An opt-out of the restricted profile without a reason. */
  SECURITY_PROFILE_REASON = 'security-profile-reason',
  /** A controller selector that is missing, empty or does not match its pod template. */
  SELECTOR_MISMATCH = 'selector-mismatch',
  /** A port of a multi-port Service without a name. */
  SERVICE_PORT_NAME = 'service-port-name',
  /** A Service port targeting a port the app does not declare. */
  SERVICE_TARGET_PORT = 'service-target-port',
  /** A Service for an app without ports. */
  SERVICE_WITHOUT_PORT = 'service-without-port',
  /** Two sidecars expecting one volume at different paths in the app. */
  SHARED_VOLUME_PATH = 'shared-volume-path',
  /** A native sidecar, which Kubernetes 1.28 runs only with an alpha feature gate. */
  SIDECAR_FEATURE_GATE = 'sidecar-feature-gate',
  /** A container size without a QoS preset to size it in. */
  SIZE_WITHOUT_QOS = 'size-without-qos',
  /** Spread asked of a bare Pod. */
  SPREAD_BARE_POD = 'spread-bare-pod',
  /** A StatefulSet app without a port for its headless Service. */
  STATEFULSET_WITHOUT_PORT = 'statefulset-without-port',
  /** A volume mount that names no volume of the pod. */
  UNDECLARED_VOLUME = 'undeclared-volume',
  /** A pod in its own user namespace, which Kubernetes 1.28 runs only with an alpha feature gate. */
  USER_NAMESPACE_FEATURE_GATE = 'user-namespace-feature-gate',
  /** A pod in its own user namespace that also shares a namespace of the node. */
  USER_NAMESPACE_HOST_NAMESPACE = 'user-namespace-host-namespace',
  /** A mount into a container the pod does not have. */
  UNKNOWN_CONTAINER = 'unknown-container',
  /** A prop name the object does not have (a typo a transpiler let through). */
  UNKNOWN_PROP = 'unknown-prop',
  /** A container added to the cdk8s-plus workload around the library. */
  UNMANAGED_CONTAINER = 'unmanaged-container',
  /** An image without a tag or tagged latest. */
  UNPINNED_IMAGE = 'unpinned-image',
  /** A wait-for on the pod's own address with nothing listening there yet. */
  WAIT_FOR_LOCALHOST = 'wait-for-localhost',
}

/** One problem the library reported, read back from what it threw. */
export interface PodPatternProblem {
  /** The problem's stable code, one of {@link ErrorCode}. */
  readonly code: string;
  /** Construct path of the construct the problem is about. */
  readonly path: string;
  /** What is wrong. */
  readonly what: string;
  /** How to fix it. */
  readonly fix: string;
}

/**
 * Reads the problems out of what a synth threw, for code that wants to branch on them in any
 * language: the library's own error (a check while a construct is built) and the error cdk8s
 * throws with every problem its validations returned. TypeScript can also catch the error class
 * itself, from `cdk8s-pod-patterns/errors`.
 */
export class PodPatternErrors {
  /** The code of the first problem in `thrown`, if it holds any. */
  public static codeOf(thrown: unknown): string | undefined {
    return PodPatternErrors.problemsOf(thrown)[0]?.code;
  }

  /** Every problem in `thrown`, in the order reported; none when it is not the library's. */
  public static problemsOf(thrown: unknown): PodPatternProblem[] {
    if (!(thrown instanceof Error)) {
      return [];
    }
    const own = thrown as Error & { code?: unknown; path?: unknown };
    if (own.name === 'PodPatternError' && typeof own.code === 'string' && typeof own.path === 'string') {
      return [parse(own.path, own.message.slice(own.path.length + 2))].filter((p): p is PodPatternProblem => p !== undefined);
    }
    // cdk8s gathers validation messages as lines of "[<path>] <message>".
    return thrown.message.split('\n').flatMap((line) => {
      const match = /^\s*\[([^\]]+)\] (.*)$/.exec(line);
      const problem = match ? parse(match[1], match[2]) : undefined;
      return problem ? [problem] : [];
    });
  }

  private constructor() {}
}

function parse(path: string, message: string): PodPatternProblem | undefined {
  const match = /^(.+)\. Fix: (.+) \[([a-z-]+)\]$/s.exec(message);
  return match ? { code: match[3], path, what: match[1], fix: match[2] } : undefined;
}
