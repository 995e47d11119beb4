/**
 * Containers and init containers of a pod spec, transcribed from pkg/apis/core/validation
 * (validateContainers, validateInitContainers, validateContainerCommon and what they call) of
 * Kubernetes 1.28, plus the run-time failures of the kubelet that the API server lets through.
 */
import { checkEnv, checkEnvFrom } from './env';
import { parseImageReference } from './image';
import { asArray, asInteger, asObject, asString, describeJson, JsonObject, quoted, read } from './json';
import { isDns1123Label, isIanaServiceName, isValidPortNumber, suggestLabel } from './names';
import { checkLifecycle, checkProbe, ProbeKind } from './probe';
import { checkResources } from './resources';
import { checkVolumeMounts } from './mounts';
import { Item, report, Severity, Violation, ViolationCode } from './violation';

const RULE_CONTAINERS = 'validation.validateContainers (pkg/apis/core/validation)';
const RULE_INIT_CONTAINERS = 'validation.validateInitContainers (pkg/apis/core/validation)';
const RULE_COMMON = 'validation.validateContainerCommon (pkg/apis/core/validation)';
const RULE_PORTS = 'validation.validateContainerPorts (pkg/apis/core/validation)';
const RULE_HOST_PORTS = 'validation.AccumulateUniqueHostPorts (pkg/apis/core/validation)';
const RULE_IMAGE =
  'images.EnsureImageExists (pkg/kubelet/images) via reference.ParseNormalizedNamed (github.com/docker/distribution/reference)';

const PROTOCOLS = new Set(['TCP', 'UDP', 'SCTP']);
const PROBES: readonly ProbeKind[] = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const HANDLERS: readonly string[] = [...PROBES, 'lifecycle'];

/**
 * Checks `containers` and `initContainers` of a pod spec: names, uniqueness across both lists,
 * images, ports and their collisions between containers that run together, env, mounts,
 * resources, probes, lifecycle hooks and restart policies.
 * @internal
 */
export function checkContainers(out: Violation[], spec: JsonObject, field: string, volumeNames: ReadonlySet<string>): void {
  const containers = asArray(spec.containers);
  const initContainers = asArray(spec.initContainers);
  if (containers.length === 0) {
    report(
      out,
      ViolationCode.MISSING_CONTAINER,
      `${field}.containers`,
      spec.containers === undefined
        ? 'the pod has no containers'
        : Array.isArray(spec.containers)
          ? "the pod's containers list is empty"
          : `the pod's containers are ${describeJson(spec.containers)}, not a list`,
      'add at least one container with a name and an image',
      RULE_CONTAINERS,
    );
  }
  // The first container with each name, and with each listening port and host port.
  const names = new Map<string, Item>();
  // Regular containers and native sidecars run at the same time in one network namespace.
  const listeners = new Map<string, Item>();
  const hostPorts = new Map<string, Item>();
  for (let i = 0; i < containers.length; i++) {
    const container = asObject(containers[i]);
    if (!container) {
      report(
        out,
        ViolationCode.INVALID_NAME,
        `${field}.containers[${i}]`,
        `container #${i + 1} is ${describeJson(containers[i])}, not an object`,
        'write the container as an object',
        RULE_CONTAINERS,
      );
      continue;
    }
    const item = new Item(field, 'containers', i, 'container', container.name);
    checkCommon(out, container, item, volumeNames, names, RULE_CONTAINERS);
    checkHandlers(out, container, item);
    if (container.restartPolicy !== undefined && container.restartPolicy !== null) {
      report(
        out,
        ViolationCode.INVALID_RESTART_POLICY,
        `${item.path}.restartPolicy`,
        `${item.label} sets restartPolicy, which only init containers may set`,
        'remove restartPolicy, or move the container to initContainers with restartPolicy: Always to make it a native sidecar',
        RULE_CONTAINERS,
      );
    }
    collectListeners(out, container, item, listeners);
    collectHostPorts(out, container, item, hostPorts);
  }
  for (let i = 0; i < initContainers.length; i++) {
    const container = asObject(initContainers[i]);
    if (!container) {
      report(
        out,
        ViolationCode.INVALID_NAME,
        `${field}.initContainers[${i}]`,
        `init container #${i + 1} is ${describeJson(initContainers[i])}, not an object`,
        'write the init container as an object',
        RULE_INIT_CONTAINERS,
      );
      continue;
    }
    const item = new Item(field, 'initContainers', i, 'init container', container.name);
    checkCommon(out, container, item, volumeNames, names, RULE_INIT_CONTAINERS);
    const sidecar = checkInitRestartPolicy(out, container, item);
    if (sidecar) {
      checkHandlers(out, container, item);
      collectListeners(out, container, item, listeners);
    } else {
      forbidHandlers(out, container, item);
    }
    // Init containers run one at a time: each is checked for host port conflicts on its own.
    collectHostPorts(out, container, item);
  }
}

function checkCommon(
  out: Violation[],
  container: JsonObject,
  item: Item,
  volumeNames: ReadonlySet<string>,
  names: Map<string, Item>,
  uniquenessRule: string,
): void {
  const name = container.name;
  if (typeof name !== 'string' || name === '') {
    report(
      out,
      ViolationCode.INVALID_NAME,
      `${item.path}.name`,
      `${item.label} has no name${name !== undefined && name !== '' ? ` (it is ${describeJson(name)})` : ''}`,
      'give it a DNS-1123 label as name, e.g. "app"',
      RULE_COMMON,
    );
  } else {
    if (!isDns1123Label(name)) {
      report(
        out,
        ViolationCode.INVALID_NAME,
        `${item.path}.name`,
        `${item.label} has a name that is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)`,
        `rename it, e.g. ${JSON.stringify(suggestLabel(name))}`,
        'validation.ValidateDNS1123Label (pkg/apis/core/validation)',
      );
    }
    const first = names.get(name);
    if (first !== undefined) {
      report(
        out,
        ViolationCode.DUPLICATE_CONTAINER_NAME,
        `${item.path}.name`,
        `${item.label} has the same name as ${first.label}; names must be unique across containers and init containers`,
        `rename one of them, e.g. ${JSON.stringify(suggestLabel(`${name}-2`))}`,
        uniquenessRule,
      );
    } else {
      names.set(name, item);
    }
  }
  checkImage(out, container.image, item);
  checkPorts(out, container, item);
  checkEnv(out, container.env, item);
  checkEnvFrom(out, container.envFrom, item);
  checkVolumeMounts(out, container.volumeMounts, item, volumeNames);
  checkResources(out, container.resources, item);
}

function checkImage(out: Violation[], image: unknown, item: Item): void {
  if (typeof image !== 'string' || image === '') {
    report(
      out,
      ViolationCode.INVALID_IMAGE,
      `${item.path}.image`,
      image === undefined || image === '' ? `${item.label} has no image` : `${item.label} has image ${describeJson(image)}, not a string`,
      'set image to a reference such as "registry.example.com/team/app:1.0"',
      RULE_COMMON,
    );
    return;
  }
  const parsed = parseImageReference(image);
  if (!parsed.ok) {
    report(
      out,
      ViolationCode.INVALID_IMAGE,
      `${item.path}.image`,
      `${item.label} has image ${JSON.stringify(image)}, which is not a valid image reference (${parsed.reason}); the kubelet fails the container with InvalidImageName`,
      suggestImageFix(image),
      RULE_IMAGE,
    );
  }
}

function suggestImageFix(image: string): string {
  // `image` does not parse: a variant that does is a different text.
  const trimmed = image.trim();
  if (parseImageReference(trimmed).ok) return `remove the surrounding whitespace: ${JSON.stringify(trimmed)}`;
  const slash = image.indexOf('/');
  const first = slash >= 0 ? image.slice(0, slash) : '';
  const registry = first.includes('.') || first.includes(':') || first === 'localhost' ? image.slice(0, slash + 1) : '';
  const rest = image.slice(registry.length);
  const colon = rest.search(/[:@]/);
  const repository = colon >= 0 ? rest.slice(0, colon) : rest;
  const lowered = registry + repository.toLowerCase() + (colon >= 0 ? rest.slice(colon) : '');
  if (parseImageReference(lowered).ok) {
    return `write the repository in lowercase, e.g. ${JSON.stringify(lowered)}`;
  }
  return 'write it as [registry[:port]/]repository[:tag][@sha256:<64 hex digits>], with a lowercase repository, e.g. "registry.example.com/team/app:1.0"';
}

/** How messages name a container's port: `container "app" port "http"`. */
function portLabel(item: Item, name: unknown, index: number): string {
  return `${item.label} port ${quoted(name, index)}`;
}

function checkPorts(out: Violation[], container: JsonObject, item: Item): void {
  const ports = asArray(container.ports);
  let names: Set<string> | undefined;
  for (let i = 0; i < ports.length; i++) {
    const port = asObject(ports[i]);
    if (!port) {
      report(
        out,
        ViolationCode.INVALID_PORT,
        `${item.path}.ports[${i}]`,
        `${item.label} has port #${i + 1} that is ${describeJson(ports[i])}, not an object`,
        'write the port as { containerPort: 8080 }',
        RULE_PORTS,
      );
      continue;
    }
    const name = read(port, 'name');
    const containerPort = read(port, 'containerPort');
    if (name !== undefined && name !== null && name !== '') {
      if (typeof name !== 'string' || !isIanaServiceName(name)) {
        report(
          out,
          ViolationCode.INVALID_PORT_NAME,
          `${item.path}.ports[${i}].name`,
          `${item.label} has port name ${describeJson(name)}, which is not an IANA service name (at most 15 lowercase letters, digits and "-", at least one letter, no "--", not starting or ending with "-")`,
          `rename it, e.g. ${JSON.stringify(suggestPortName(String(name)))}`,
          RULE_PORTS,
        );
      } else if (names?.has(name)) {
        report(
          out,
          ViolationCode.DUPLICATE_PORT_NAME,
          `${item.path}.ports[${i}].name`,
          `${item.label} names two ports ${JSON.stringify(name)}`,
          'give each port of the container its own name',
          RULE_PORTS,
        );
      } else {
        (names ??= new Set()).add(name);
      }
    }
    if (containerPort === undefined || containerPort === null || containerPort === 0) {
      report(
        out,
        ViolationCode.INVALID_PORT,
        `${item.path}.ports[${i}].containerPort`,
        `${portLabel(item, name, i)} has no containerPort`,
        'set containerPort to the port the process listens on (1-65535)',
        RULE_PORTS,
      );
    } else if (typeof containerPort !== 'number' || !isValidPortNumber(containerPort)) {
      report(
        out,
        ViolationCode.INVALID_PORT,
        `${item.path}.ports[${i}].containerPort`,
        `${portLabel(item, name, i)} has containerPort ${describeJson(containerPort)}, which is not a port number from 1 to 65535`,
        'use an integer from 1 to 65535',
        RULE_PORTS,
      );
    }
    const hostPort = read(port, 'hostPort');
    if (hostPort !== undefined && hostPort !== null && hostPort !== 0 && (typeof hostPort !== 'number' || !isValidPortNumber(hostPort))) {
      report(
        out,
        ViolationCode.INVALID_PORT,
        `${item.path}.ports[${i}].hostPort`,
        `${portLabel(item, name, i)} has hostPort ${describeJson(hostPort)}, which is not a port number from 1 to 65535`,
        'use an integer from 1 to 65535, or remove hostPort',
        RULE_PORTS,
      );
    }
    const protocol = read(port, 'protocol');
    if (protocol !== undefined && protocol !== null && !(typeof protocol === 'string' && PROTOCOLS.has(protocol))) {
      report(
        out,
        ViolationCode.INVALID_PORT,
        `${item.path}.ports[${i}].protocol`,
        `${portLabel(item, name, i)} has protocol ${describeJson(protocol)}, which is not TCP, UDP or SCTP`,
        'use "TCP", "UDP" or "SCTP" (uppercase), or leave it out for TCP',
        RULE_PORTS,
      );
    }
  }
}

function suggestPortName(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 15)
    .replace(/^-|-$/g, '');
  // Runs became one "-" each, so one can end the cut at most.
  return /[a-z]/.test(s) ? s : `p-${s}`.slice(0, 15).replace(/-$/, '');
}

/**
 * Two containers of a pod share its network namespace: the second to bind a port/protocol gets
 * EADDRINUSE and crash-loops. The API server does not check this (1.28 has no rule; later
 * releases only warn, pkg/api/pod/warnings.go).
 */
function collectListeners(out: Violation[], container: JsonObject, item: Item, listeners: Map<string, Item>): void {
  const ports = asArray(container.ports);
  for (let i = 0; i < ports.length; i++) {
    const port = asObject(ports[i]);
    const number = asInteger(read(port, 'containerPort'));
    if (number === undefined || !isValidPortNumber(number)) continue;
    const protocol = asString(read(port, 'protocol')) || 'TCP';
    const key = `${number}/${protocol}`;
    const first = listeners.get(key);
    if (first === undefined) {
      listeners.set(key, item);
    } else if (first.label !== item.label) {
      report(
        out,
        ViolationCode.PORT_COLLISION,
        `${item.path}.ports[${i}].containerPort`,
        `${item.label} and ${first.label} both listen on ${key}; they share the pod's network, so the second to bind fails with "address already in use"`,
        `move one of them to another port (and point its clients at it), e.g. ${number === 65535 ? number - 1 : number + 1}`,
        'shared pod network namespace (pkg/kubelet/kuberuntime, one sandbox per pod); not checked by validation.validateContainerPorts (pkg/apis/core/validation)',
      );
    }
  }
}

/**
 * Host ports claimed twice (protocol, host IP, port), as AccumulateUniqueHostPorts refuses them:
 * against `hostPorts`, those of the containers running beside this one, or within the container
 * alone when not given.
 */
function collectHostPorts(out: Violation[], container: JsonObject, item: Item, hostPorts?: Map<string, Item>): void {
  const ports = asArray(container.ports);
  for (let i = 0; i < ports.length; i++) {
    const port = asObject(ports[i]);
    const hostPort = asInteger(read(port, 'hostPort'));
    if (!hostPort) continue;
    const protocol = asString(read(port, 'protocol')) || 'TCP';
    const hostIP = asString(read(port, 'hostIP')) ?? '';
    const key = `${protocol}/${hostIP}/${hostPort}`;
    hostPorts ??= new Map();
    const first = hostPorts.get(key);
    if (first === undefined) {
      hostPorts.set(key, item);
    } else {
      report(
        out,
        ViolationCode.PORT_COLLISION,
        `${item.path}.ports[${i}].hostPort`,
        `${item.label} claims host port ${hostPort}/${protocol}${hostIP ? ` on ${hostIP}` : ''} already claimed by ${first.label === item.label ? 'another of its ports' : first.label}`,
        'give each port its own hostPort, or drop hostPort and use a Service',
        RULE_HOST_PORTS,
      );
    }
  }
}

/** Returns whether the init container is a native sidecar (`restartPolicy: Always`). */
function checkInitRestartPolicy(out: Violation[], container: JsonObject, item: Item): boolean {
  const policy = container.restartPolicy;
  if (policy === undefined || policy === null) return false;
  if (policy !== 'Always') {
    report(
      out,
      ViolationCode.INVALID_RESTART_POLICY,
      `${item.path}.restartPolicy`,
      `${item.label} has restartPolicy ${describeJson(policy)}; an init container accepts only "Always" (a native sidecar)`,
      'set restartPolicy: Always to run it beside the app, or remove restartPolicy to run it to completion first',
      'validation.validateInitContainerRestartPolicy (pkg/apis/core/validation)',
    );
    return false;
  }
  report(
    out,
    ViolationCode.SIDECAR_FEATURE_GATE,
    `${item.path}.restartPolicy`,
    `${item.label} is a native sidecar (restartPolicy: Always), which Kubernetes 1.28 honours only with the alpha SidecarContainers feature gate; without it the API server drops the field and the pod waits for ${item.label} to exit before starting its containers`,
    'enable the SidecarContainers feature gate on the API server and kubelets (on by default from 1.29), or run the sidecar as a regular container',
    'pod.dropDisabledFields (pkg/api/pod/util.go, 1.28)',
    Severity.WARNING,
  );
  return true;
}

function checkHandlers(out: Violation[], container: JsonObject, item: Item): void {
  for (const kind of PROBES) {
    const probe = container[kind];
    if (probe !== undefined && probe !== null) checkProbe(out, probe, item, kind, container);
  }
  checkLifecycle(out, container.lifecycle, item, container);
}

function forbidHandlers(out: Violation[], container: JsonObject, item: Item): void {
  for (const kind of HANDLERS) {
    if (container[kind] !== undefined && container[kind] !== null) {
      report(
        out,
        ViolationCode.INIT_CONTAINER_PROBE,
        `${item.path}.${kind}`,
        `${item.label} sets ${kind}, which an init container may set only as a native sidecar (restartPolicy: Always)`,
        `remove ${kind}, or make ${item.label} a native sidecar with restartPolicy: Always`,
        RULE_INIT_CONTAINERS,
      );
    }
  }
}
