// @ts-nocheck
import { imageReferenceProblem } from './image';
import { subdomainNameProblems } from './meta';
import { configKey, dns1123Label, envVarName, ianaServiceName, portNumber, qualifiedName } from './names';
import { cleanPath, descendingPathProblems, hasBackstep } from './paths';
import { nanoValue } from './quantity';
import { PodContext, Report, asArray, asObject, at, child, isSet } from './report';

/**
 * Containers and init containers, transcribed from `pkg/apis/core/validation/validation.go` of
 * Kubernetes 1.28 (validateContainers, validateInitContainers, validateContainerCommon,
 * validateContainerPorts, ValidateEnv, ValidateEnvFrom, ValidateVolumeMounts,
 * ValidateResourceRequirements, validateProbe, validateHandler, AccumulateUniqueHostPorts), read on
 * manifests before API defaulting, plus what the kubelet and the container runtime refuse later.
 */

/** One container with where it sits and whether it runs alongside the app (regular or sidecar). */
export interface Placed {
  readonly container: Record<string, any>;
  readonly path: string;
  readonly init: boolean;
  /** An init container with `restartPolicy: Always`: a native sidecar. */
  readonly sidecar: boolean;
}

/** validateContainerPorts: IANA names unique in the container, ports 1-65535, a supported protocol. */
function checkContainerPorts(placed: Placed, report: Report): void {
  const names = new Set<string>();
  asArray(placed.container.ports).forEach((raw, i) => {
    const port = asObject(raw);
    const where = at(child(placed.path, 'ports'), i);
    if (isSet(port.name) && port.name !== '') {
      const problems = ianaServiceName(String(port.name));
      for (const problem of problems) report('pod/invalid-port-name', child(where, 'name'), `port name "${port.name}": ${problem}`);
      if (problems.length === 0 && names.has(port.name))
        report('pod/duplicate-port-name', child(where, 'name'), `port name "${port.name}" is used twice in one container`);
      names.add(port.name);
    }
    if (!isSet(port.containerPort) || port.containerPort === 0)
      report('pod/invalid-port', child(where, 'containerPort'), 'containerPort is required');
    else
      for (const problem of portNumber(port.containerPort))
        report('pod/invalid-port', child(where, 'containerPort'), `containerPort ${port.containerPort}: ${problem}`);
    if (isSet(port.hostPort) && port.hostPort !== 0) {
      for (const problem of portNumber(port.hostPort))
        report('pod/invalid-port', child(where, 'hostPort'), `hostPort ${port.hostPort}: ${problem}`);
    }
    const protocol = port.protocol ?? 'TCP';
    if (!['TCP', 'UDP', 'SCTP'].includes(protocol))
      report('pod/invalid-protocol', child(where, 'protocol'), `protocol "${protocol}" is not one of TCP, UDP, SCTP`);
  });
}

/** Downward API field paths an env var may read (validEnvDownwardAPIFieldPathExpressions, 1.28). */
const ENV_FIELD_PATHS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
];
const RESOURCE_FIELD_PATHS = [
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
];

/** validateConfigMapKeySelector / validateSecretKeySelector: a DNS-subdomain name and a config key. */
function checkKeySelector(selector: Record<string, any>, path: string, report: Report): void {
  for (const problem of subdomainNameProblems(String(selector.name ?? ''))) {
    report('pod/invalid-env-source', child(path, 'name'), `name "${selector.name ?? ''}": ${problem}`);
  }
  if (!selector.key) report('pod/invalid-env-source', child(path, 'key'), 'key is required');
  else
    for (const problem of configKey(String(selector.key)))
      report('pod/invalid-env-source', child(path, 'key'), `key "${selector.key}": ${problem}`);
}

/** ValidateEnv and validateEnvVarValueFrom, plus duplicate names (the later definition silently wins). */
function checkEnv(placed: Placed, report: Report): void {
  const seen = new Set<string>();
  asArray(placed.container.env).forEach((raw, i) => {
    const variable = asObject(raw);
    const where = at(child(placed.path, 'env'), i);
    const name = typeof variable.name === 'string' ? variable.name : '';
    if (!name) report('pod/invalid-env-name', child(where, 'name'), 'env var name is required');
    else for (const problem of envVarName(name)) report('pod/invalid-env-name', child(where, 'name'), `env var name "${name}": ${problem}`);
    if (name && seen.has(name)) {
      report(
        'pod/duplicate-env-name',
        child(where, 'name'),
        `env var "${name}" is defined twice; the kubelet keeps only the last definition`,
      );
    }
    seen.add(name);
    if (!isSet(variable.valueFrom)) return;
    const from = asObject(variable.valueFrom);
    const fromPath = child(where, 'valueFrom');
    const sources = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef'].filter((key) => isSet(from[key]));
    if (sources.length === 0)
      report(
        'pod/invalid-env-source',
        fromPath,
        'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
      );
    else if (isSet(variable.value) && variable.value !== '')
      report('pod/invalid-env-source', fromPath, 'may not be specified when `value` is not empty');
    else if (sources.length > 1) report('pod/invalid-env-source', fromPath, 'may not have more than one field specified at a time');
    if (isSet(from.configMapKeyRef)) checkKeySelector(asObject(from.configMapKeyRef), child(fromPath, 'configMapKeyRef'), report);
    if (isSet(from.secretKeyRef)) checkKeySelector(asObject(from.secretKeyRef), child(fromPath, 'secretKeyRef'), report);
    if (isSet(from.fieldRef)) {
      const fieldPath = String(asObject(from.fieldRef).fieldPath ?? '');
      const subscripted = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(fieldPath);
      if (subscripted) {
        const key = subscripted[1] === 'annotations' ? subscripted[2].toLowerCase() : subscripted[2];
        for (const problem of qualifiedName(key)) report('pod/invalid-env-source', child(fromPath, 'fieldRef'), `${fieldPath}: ${problem}`);
      } else if (!ENV_FIELD_PATHS.includes(fieldPath)) {
        report(
          'pod/invalid-env-source',
          child(fromPath, 'fieldRef.fieldPath'),
          `fieldPath "${fieldPath}" is not one the downward API supports for env vars`,
        );
      }
    }
    if (isSet(from.resourceFieldRef)) {
      const resource = String(asObject(from.resourceFieldRef).resource ?? '');
      if (!RESOURCE_FIELD_PATHS.includes(resource) && !/^(requests|limits)\.hugepages-/.test(resource)) {
        report('pod/invalid-env-source', child(fromPath, 'resourceFieldRef.resource'), `resource "${resource}" is not supported`);
      }
    }
  });
  asArray(placed.container.envFrom).forEach((raw, i) => {
    const source = asObject(raw);
    const where = at(child(placed.path, 'envFrom'), i);
    if (isSet(source.prefix) && source.prefix !== '') {
      for (const problem of envVarName(String(source.prefix)))
        report('pod/invalid-env-from', child(where, 'prefix'), `prefix "${source.prefix}": ${problem}`);
    }
    const refs = ['configMapRef', 'secretRef'].filter((key) => isSet(source[key]));
    if (refs.length === 0) report('pod/invalid-env-from', where, 'must specify one of: `configMapRef` or `secretRef`');
    if (refs.length > 1) report('pod/invalid-env-from', where, 'may not have more than one field specified at a time');
    for (const ref of refs) {
      const name = String(asObject(source[ref]).name ?? '');
      if (!name) report('pod/invalid-env-from', child(where, `${ref}.name`), 'name is required');
      // validateConfigMapEnvSource / validateSecretEnvSource pass prefix=true: a trailing dash is tolerated.
      else
        for (const problem of subdomainNameProblems(name, true))
          report('pod/invalid-env-from', child(where, `${ref}.name`), `name "${name}": ${problem}`);
    }
  });
}

/** ValidateVolumeMounts, plus the container runtime's demands on mount paths. */
function checkVolumeMounts(placed: Placed, volumes: ReadonlySet<string>, report: Report): void {
  const cleaned = new Map<string, number>();
  asArray(placed.container.volumeMounts).forEach((raw, i) => {
    const mount = asObject(raw);
    const where = at(child(placed.path, 'volumeMounts'), i);
    if (!mount.name) report('pod/volume-not-found', child(where, 'name'), 'volume name is required');
    else if (!volumes.has(mount.name))
      report('pod/volume-not-found', child(where, 'name'), `volume "${mount.name}" is not declared in the pod's volumes`);
    const mountPath = typeof mount.mountPath === 'string' ? mount.mountPath : '';
    if (!mountPath) {
      report('pod/invalid-mount-path', child(where, 'mountPath'), 'mountPath is required');
    } else {
      // The API server accepts these; the runtime refuses a relative mount destination and one that climbs with '..'.
      if (!mountPath.startsWith('/'))
        report('pod/invalid-mount-path', child(where, 'mountPath'), `mountPath "${mountPath}" must be an absolute path`);
      if (hasBackstep(mountPath))
        report('pod/invalid-mount-path', child(where, 'mountPath'), `mountPath "${mountPath}" must not contain '..'`);
      // Go compares raw strings ("must be unique"); "/data" and "/data/" also collide once the runtime cleans them.
      const clean = cleanPath(mountPath);
      if (cleaned.has(clean)) {
        report(
          'pod/duplicate-mount-path',
          child(where, 'mountPath'),
          `mountPath "${mountPath}" is the same directory as volumeMounts[${cleaned.get(clean)}]`,
        );
      } else cleaned.set(clean, i);
    }
    if (isSet(mount.subPath) && mount.subPath !== '') {
      for (const problem of descendingPathProblems(String(mount.subPath)))
        report('pod/invalid-sub-path', child(where, 'subPath'), `subPath "${mount.subPath}": ${problem}`);
    }
    if (isSet(mount.subPathExpr) && mount.subPathExpr !== '') {
      if (isSet(mount.subPath) && mount.subPath !== '')
        report('pod/invalid-sub-path', child(where, 'subPathExpr'), 'subPathExpr and subPath are mutually exclusive');
      for (const problem of descendingPathProblems(String(mount.subPathExpr)))
        report('pod/invalid-sub-path', child(where, 'subPathExpr'), `subPathExpr "${mount.subPathExpr}": ${problem}`);
    }
  });
}

/** IsNativeResource: no domain, or a kubernetes.io domain. */
const isNativeResource = (name: string) => !name.includes('/') || name.includes('kubernetes.io/');
/** IsOvercommitAllowed: native resources other than huge pages may request less than their limit. */
const overcommitAllowed = (name: string) => isNativeResource(name) && !name.startsWith('hugepages-');

/** validateContainerResourceName: a standard container resource, or a domain-qualified extended resource. */
function resourceNameProblem(name: string): string | undefined {
  if (qualifiedName(name).length > 0) return `"${name}" is not a qualified name`;
  if (!name.includes('/')) {
    return ['cpu', 'memory', 'ephemeral-storage'].includes(name) || name.startsWith('hugepages-')
      ? undefined
      : `"${name}" must be a standard resource for containers`;
  }
  if (!isNativeResource(name) && (name.startsWith('requests.') || qualifiedName(`requests.${name}`).length > 0)) {
    return `"${name}" doesn't follow extended resource name standard`;
  }
  return undefined;
}

/** ValidateResourceRequirements, plus a limit of exactly zero, which the runtime reads as "no limit" for memory. */
function checkResources(placed: Placed, report: Report): void {
  const resources = asObject(placed.container.resources);
  const where = child(placed.path, 'resources');
  const read = (list: 'limits' | 'requests') => {
    const values = new Map<string, bigint>();
    for (const [name, raw] of Object.entries(asObject(resources[list]))) {
      const path = at(child(where, list), name);
      const problem = resourceNameProblem(name);
      if (problem) report('pod/invalid-resource-name', path, problem);
      const value = nanoValue(raw);
      if (value === undefined) {
        report('pod/invalid-quantity', path, `${name} ${list} "${raw}" is not a quantity`);
        continue;
      }
      if (value < 0n) report('pod/invalid-quantity', path, `${name} ${list} ${raw} must be greater than or equal to 0`);
      if (!isNativeResource(name) && value % 1_000_000_000n !== 0n)
        report('pod/invalid-quantity', path, `${name} ${list} ${raw} must be an integer`);
      values.set(name, value);
    }
    return values;
  };
  const limits = read('limits');
  const requests = read('requests');
  for (const [name, limit] of limits) {
    if (limit === 0n && (name === 'cpu' || name === 'memory')) {
      report(
        'pod/zero-limit',
        at(child(where, 'limits'), name),
        `${name} limit of 0 means no limit at all to the runtime, and forces the request to 0`,
      );
    }
  }
  for (const [name, request] of requests) {
    const limit = limits.get(name);
    const path = at(child(where, 'requests'), name);
    if (limit === undefined) {
      if (!overcommitAllowed(name))
        report('pod/request-exceeds-limit', path, `${name}: a limit must be set for a resource that cannot be overcommitted`);
    } else if (!overcommitAllowed(name) && request !== limit) {
      report('pod/request-exceeds-limit', path, `${name} request must be equal to its limit`);
    } else if (request > limit) {
      report(
        'pod/request-exceeds-limit',
        path,
        `${name} request ${asObject(resources.requests)[name]} is more than its limit ${asObject(resources.limits)[name]}`,
      );
    }
  }
}

/** ValidatePortNumOrName: an int in 1-65535 or an IANA service name. Returns the problems. */
function portNumOrNameProblems(port: unknown): string[] {
  if (typeof port === 'string') return ianaServiceName(port);
  return portNumber(port ?? 0);
}

/** validateHandler with the handler kinds of Kubernetes 1.28. */
function checkHandler(handler: Record<string, any>, kinds: readonly string[], placed: Placed, path: string, report: Report): void {
  const present = kinds.filter((kind) => isSet(handler[kind]));
  if (present.length === 0) report('pod/invalid-probe', path, 'must specify a handler type');
  if (present.length > 1) report('pod/invalid-probe', path, `may not specify more than 1 handler type (${present.join(', ')})`);
  if (isSet(handler.exec) && asArray(asObject(handler.exec).command).length === 0)
    report('pod/invalid-probe', child(path, 'exec.command'), 'command is required');
  for (const kind of ['httpGet', 'tcpSocket']) {
    if (!isSet(handler[kind])) continue;
    const action = asObject(handler[kind]);
    for (const problem of portNumOrNameProblems(action.port))
      report('pod/invalid-probe', child(path, `${kind}.port`), `port ${JSON.stringify(action.port)}: ${problem}`);
    // The kubelet resolves a named port among the container's own ports; a missing name fails every probe.
    if (typeof action.port === 'string' && !asArray(placed.container.ports).some((p) => asObject(p).name === action.port)) {
      report(
        'pod/probe-port-not-found',
        child(path, `${kind}.port`),
        `port name "${action.port}" is not declared in the container's ports`,
      );
    }
  }
  if (isSet(handler.httpGet)) {
    const http = asObject(handler.httpGet);
    if (isSet(http.scheme) && !['HTTP', 'HTTPS'].includes(http.scheme))
      report('pod/invalid-probe', child(path, 'httpGet.scheme'), `scheme "${http.scheme}" is not HTTP or HTTPS`);
    asArray(http.httpHeaders).forEach((header, i) => {
      if (!/^[-A-Za-z0-9]+$/.test(String(asObject(header).name ?? '')))
        report(
          'pod/invalid-probe',
          at(child(path, 'httpGet.httpHeaders'), i),
          'header name must consist of alphanumeric characters or "-"',
        );
    });
  }
  if (isSet(handler.grpc)) {
    for (const problem of portNumber(asObject(handler.grpc).port))
      report('pod/invalid-probe', child(path, 'grpc.port'), `port: ${problem}`);
  }
}

/** validateLivenessProbe / validateReadinessProbe / validateStartupProbe. */
function checkProbe(kind: 'livenessProbe' | 'readinessProbe' | 'startupProbe', placed: Placed, report: Report): void {
  if (!isSet(placed.container[kind])) return;
  const probe = asObject(placed.container[kind]);
  const path = child(placed.path, kind);
  checkHandler(probe, ['exec', 'httpGet', 'tcpSocket', 'grpc'], placed, path, report);
  for (const field of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
    if (typeof probe[field] === 'number' && probe[field] < 0)
      report('pod/invalid-probe', child(path, field), `${field} ${probe[field]} must be greater than or equal to 0`);
  }
  if (isSet(probe.terminationGracePeriodSeconds)) {
    if (kind === 'readinessProbe')
      report('pod/invalid-probe', child(path, 'terminationGracePeriodSeconds'), 'must not be set for readinessProbes');
    else if (!(probe.terminationGracePeriodSeconds > 0))
      report('pod/invalid-probe', child(path, 'terminationGracePeriodSeconds'), 'must be greater than 0');
  }
  // SetDefaults_Probe turns an absent or zero successThreshold into 1.
  const success = probe.successThreshold || 1;
  if (kind !== 'readinessProbe' && success !== 1)
    report('pod/invalid-probe', child(path, 'successThreshold'), `${kind} successThreshold must be 1, not ${success}`);
}

/** Checks every container and init container of a pod spec. */
export function checkContainers(spec: Record<string, any>, path: string, volumes: ReadonlySet<string>, context: PodContext): Placed[] {
  const { report } = context;
  const placed: Placed[] = [
    ...asArray(spec.containers).map((c, i) => ({
      container: asObject(c),
      path: at(child(path, 'containers'), i),
      init: false,
      sidecar: false,
    })),
    ...asArray(spec.initContainers).map((c, i) => {
      const container = asObject(c);
      // With the SidecarContainers gate off, the API server drops restartPolicy: no init container is a sidecar.
      const sidecar = context.options.sidecarContainers !== false && container.restartPolicy === 'Always';
      return { container, path: at(child(path, 'initContainers'), i), init: true, sidecar };
    }),
  ];
  if (asArray(spec.containers).length === 0)
    report('pod/containers-required', child(path, 'containers'), 'a pod needs at least one container');
  const names = new Set<string>();
  for (const p of placed) {
    const c = p.container;
    const name = typeof c.name === 'string' ? c.name : '';
    if (!name) report('pod/invalid-container-name', child(p.path, 'name'), 'container name is required');
    else
      for (const problem of dns1123Label(name))
        report('pod/invalid-container-name', child(p.path, 'name'), `container name "${name}": ${problem}`);
    if (name && names.has(name))
      report(
        'pod/duplicate-container-name',
        child(p.path, 'name'),
        `container name "${name}" is used twice among containers and initContainers`,
      );
    names.add(name);

    if (typeof c.image !== 'string' || c.image.length === 0) report('pod/image-required', child(p.path, 'image'), 'image is required');
    else {
      const problem = imageReferenceProblem(c.image);
      if (problem)
        report(
          'pod/invalid-image',
          child(p.path, 'image'),
          `image "${c.image}": the kubelet refuses it with InvalidImageName (${problem})`,
        );
    }
    if (isSet(c.imagePullPolicy) && !['Always', 'IfNotPresent', 'Never'].includes(c.imagePullPolicy)) {
      report(
        'pod/invalid-pull-policy',
        child(p.path, 'imagePullPolicy'),
        `imagePullPolicy "${c.imagePullPolicy}" is not Always, IfNotPresent or Never`,
      );
    }
    if (isSet(c.terminationMessagePolicy) && !['File', 'FallbackToLogsOnError'].includes(c.terminationMessagePolicy)) {
      report(
        'pod/invalid-termination-message-policy',
        child(p.path, 'terminationMessagePolicy'),
        `"${c.terminationMessagePolicy}" is not File or FallbackToLogsOnError`,
      );
    }
    checkContainerPorts(p, report);
    checkEnv(p, report);
    checkVolumeMounts(p, volumes, report);
    checkResources(p, report);

    if (!p.init) {
      if (isSet(c.restartPolicy))
        report(
          'pod/invalid-container-restart-policy',
          child(p.path, 'restartPolicy'),
          'restartPolicy may not be set for non-init containers',
        );
    } else if (isSet(c.restartPolicy) && context.options.sidecarContainers === false) {
      report(
        'pod/sidecar-feature-gate',
        child(p.path, 'restartPolicy'),
        'restartPolicy on an init container needs the SidecarContainers feature gate (alpha, off by default in 1.28): without it the API server drops the field and the container runs as an init container that must exit before the app starts',
      );
    } else if (isSet(c.restartPolicy) && c.restartPolicy !== 'Always') {
      report(
        'pod/invalid-container-restart-policy',
        child(p.path, 'restartPolicy'),
        `init container restartPolicy "${c.restartPolicy}" is not supported; only Always is`,
      );
    }
    if (p.init && !p.sidecar) {
      for (const field of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe']) {
        if (isSet(c[field]))
          report(
            'pod/init-container-lifecycle',
            child(p.path, field),
            `${field} may not be set for init containers without restartPolicy=Always`,
          );
      }
    } else {
      checkProbe('livenessProbe', p, report);
      checkProbe('readinessProbe', p, report);
      checkProbe('startupProbe', p, report);
      const lifecycle = asObject(c.lifecycle);
      for (const hook of ['postStart', 'preStop']) {
        if (isSet(lifecycle[hook]))
          checkHandler(asObject(lifecycle[hook]), ['exec', 'httpGet', 'tcpSocket'], p, child(p.path, `lifecycle.${hook}`), report);
      }
    }
  }
  return placed;
}

/**
 * Ports that collide at run time. AccumulateUniqueHostPorts refuses a hostPort/protocol/hostIP
 * used twice among regular containers (init containers are checked one at a time, as they run one
 * at a time). Containers share one network namespace, so two running containers — regular ones
 * and native sidecars — cannot both listen on the same containerPort and protocol either.
 */
export function checkPortConflicts(placed: readonly Placed[], report: Report): void {
  const hostPorts = new Map<string, string>();
  const containerPorts = new Map<string, string>();
  for (const p of placed) {
    const ownHostPorts = new Set<string>();
    asArray(p.container.ports).forEach((raw, i) => {
      const port = asObject(raw);
      const where = at(child(p.path, 'ports'), i);
      const protocol = port.protocol ?? 'TCP';
      if (isSet(port.hostPort) && port.hostPort !== 0) {
        const key = `${protocol}/${port.hostIP ?? ''}/${port.hostPort}`;
        const clash = p.init ? ownHostPorts.has(key) : hostPorts.has(key);
        if (clash) report('pod/duplicate-host-port', child(where, 'hostPort'), `hostPort ${key} is used twice`);
        ownHostPorts.add(key);
        if (!p.init) hostPorts.set(key, p.container.name);
      }
      if ((!p.init || p.sidecar) && typeof port.containerPort === 'number') {
        const key = `${port.containerPort}/${protocol}`;
        const other = containerPorts.get(key);
        if (other !== undefined && other !== p.container.name) {
          report(
            'pod/port-conflict',
            child(where, 'containerPort'),
            `containers "${other}" and "${p.container.name}" both listen on ${key} in the pod's one network namespace`,
          );
        } else containerPorts.set(key, p.container.name);
      }
    });
  }
}
