/**
 * Probes and lifecycle hooks: validateLivenessProbe, validateReadinessProbe,
 * validateStartupProbe, validateProbe, validateHandler and validateLifecycle
 * (pkg/apis/core/validation, 1.28), on objects as written before the API server's defaulting
 * (a 0 or absent period, timeout or threshold takes its default, pkg/apis/core/v1/defaults.go).
 */
import { asArray, asObject, describeJson, isSet, JsonObject, read } from './json';
import { isHttpHeaderName, isIanaServiceName, isValidPortNumber } from './names';
import { Item, report, Violation, ViolationCode } from './violation';

/** The three probes a container can carry. @internal */
export type ProbeKind = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

const RULE_PROBE = 'validation.validateProbe (pkg/apis/core/validation)';
const RULE_HANDLER = 'validation.validateHandler (pkg/apis/core/validation)';
const RULE_LIFECYCLE = 'validation.validateLifecycle (pkg/apis/core/validation)';
const RULE_NAMED_PORT =
  'probe.ResolveContainerPort (pkg/probe/util.go) and lifecycle.resolvePort (pkg/kubelet/lifecycle/handlers.go): an unknown port name fails on every run';

const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket'] as const;
const TIMINGS = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const;
const HOOKS = ['postStart', 'preStop'] as const;

/** A probe or lifecycle hook of a container, as violations name it; the strings are built only when a rule reports. */
class Handler {
  /**
   * @param container the container it belongs to
   * @param field its field in the container: `livenessProbe`, `lifecycle.preStop`
   * @param noun what messages call it: `livenessProbe`, `preStop hook`
   */
  constructor(
    private readonly container: Item,
    private readonly field: string,
    private readonly noun: string,
  ) {}

  /** Its path: `spec.containers[0].livenessProbe`. */
  get path(): string {
    return `${this.container.path}.${this.field}`;
  }

  /** How messages name it: `container "app" livenessProbe`. */
  get label(): string {
    return `${this.container.label} ${this.noun}`;
  }
}

/**
 * Checks one probe: exactly one handler (exec with a command, httpGet or tcpSocket on a port
 * number or IANA name, grpc on a port number), non-negative timings and thresholds,
 * `successThreshold` 1 for liveness and startup probes, no `terminationGracePeriodSeconds` on
 * readiness probes and a positive one elsewhere. A port name must also be one of the
 * container's port names: the API server accepts any IANA name, but the kubelet cannot resolve
 * an unknown one and the probe fails on every run (a liveness probe then restarts the container
 * forever).
 * @internal
 */
export function checkProbe(out: Violation[], value: unknown, item: Item, kind: ProbeKind, container: JsonObject): void {
  const probe = asObject(value);
  const at = new Handler(item, kind, kind);
  if (!probe) {
    report(
      out,
      ViolationCode.INVALID_PROBE,
      at.path,
      `${at.label} is ${describeJson(value)}, not an object`,
      'write the probe as an object with one handler',
      RULE_PROBE,
    );
    return;
  }
  checkHandler(out, probe, at, PROBE_HANDLERS, ViolationCode.INVALID_PROBE, RULE_PROBE, container);
  for (const timing of TIMINGS) {
    const v = probe[timing];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      report(
        out,
        ViolationCode.INVALID_PROBE,
        `${at.path}.${timing}`,
        `${at.label} has ${timing} ${describeJson(v)}; it must be a whole number of 0 or more`,
        `set ${timing} to a whole number (0 or absent takes the default)`,
        'validation.ValidateNonnegativeField (pkg/apis/core/validation)',
      );
    }
  }
  const success = probe.successThreshold;
  if (kind !== 'readinessProbe' && typeof success === 'number' && success !== 0 && success !== 1) {
    report(
      out,
      ViolationCode.INVALID_PROBE,
      `${at.path}.successThreshold`,
      `${at.label} has successThreshold ${success}; ${kind === 'livenessProbe' ? 'liveness' : 'startup'} probes require 1`,
      'set successThreshold to 1 or remove it',
      kind === 'livenessProbe'
        ? 'validation.validateLivenessProbe (pkg/apis/core/validation)'
        : 'validation.validateStartupProbe (pkg/apis/core/validation)',
    );
  }
  const grace = probe.terminationGracePeriodSeconds;
  if (grace !== undefined && grace !== null) {
    if (kind === 'readinessProbe') {
      report(
        out,
        ViolationCode.INVALID_PROBE,
        `${at.path}.terminationGracePeriodSeconds`,
        `${at.label} sets terminationGracePeriodSeconds, which readiness probes may not set (a failed readiness probe kills nothing)`,
        'remove terminationGracePeriodSeconds from the readiness probe',
        'validation.validateReadinessProbe (pkg/apis/core/validation)',
      );
    } else if (typeof grace !== 'number' || !Number.isInteger(grace) || grace <= 0) {
      report(
        out,
        ViolationCode.INVALID_PROBE,
        `${at.path}.terminationGracePeriodSeconds`,
        `${at.label} has terminationGracePeriodSeconds ${describeJson(grace)}; it must be a whole number above 0`,
        'set it to 1 or more, or remove it to use the pod grace period',
        RULE_PROBE,
      );
    }
  }
}

/**
 * Checks `lifecycle.postStart` and `lifecycle.preStop`: exactly one of exec, httpGet or
 * tcpSocket each, on a port the container has (see {@link checkProbe}). (The `sleep` handler arrived in 1.29; a 1.28 API server drops it as an
 * unknown field, leaving a hook without a handler.)
 * @internal
 */
export function checkLifecycle(out: Violation[], value: unknown, item: Item, container: JsonObject): void {
  const lifecycle = asObject(value);
  if (!lifecycle) return;
  for (const hook of HOOKS) {
    const handler = lifecycle[hook];
    if (handler === undefined || handler === null) continue;
    const object = asObject(handler) ?? {};
    checkHandler(
      out,
      object,
      new Handler(item, `lifecycle.${hook}`, `${hook} hook`),
      LIFECYCLE_HANDLERS,
      ViolationCode.INVALID_LIFECYCLE,
      RULE_LIFECYCLE,
      container,
    );
  }
}

function checkHandler(
  out: Violation[],
  handler: JsonObject,
  at: Handler,
  kinds: readonly string[],
  code: ViolationCode,
  rule: string,
  container: JsonObject,
): void {
  let found: string | undefined;
  for (const kind of kinds) {
    const value = handler[kind];
    if (value === undefined || value === null) continue;
    if (found !== undefined) {
      report(
        out,
        code,
        `${at.path}.${kind}`,
        `${at.label} has both ${found} and ${kind}`,
        `keep one handler: ${found} or ${kind}`,
        RULE_HANDLER,
      );
      continue;
    }
    found = kind;
    const action = asObject(value) ?? {};
    if (kind === 'exec') {
      if (asArray(action.command).length === 0) {
        report(
          out,
          code,
          `${at.path}.${kind}.command`,
          `${at.label} runs exec without a command`,
          'set command, e.g. ["cat", "/tmp/healthy"]',
          'validation.validateExecAction (pkg/apis/core/validation)',
        );
      }
    } else if (kind === 'grpc') {
      const port = action.port;
      if (typeof port !== 'number' || !isValidPortNumber(port)) {
        report(
          out,
          code,
          `${at.path}.${kind}.port`,
          !isSet(port)
            ? `${at.label} calls gRPC without a port`
            : `${at.label} calls gRPC on port ${describeJson(port)}; a gRPC probe needs a port number from 1 to 65535`,
          'set port to the gRPC server port number (names are not accepted for gRPC)',
          'validation.validateGRPCAction (pkg/apis/core/validation)',
        );
      }
    } else {
      checkPortNumOrName(out, action.port, at, kind, code, container);
      if (kind === 'httpGet') checkHttpGet(out, action, at, code);
    }
  }
  if (found === undefined) {
    report(
      out,
      code,
      at.path,
      `${at.label} has no handler${
        handler.sleep !== undefined
          ? ' (the sleep handler needs Kubernetes 1.29)'
          : handler.grpc !== undefined && !kinds.includes('grpc')
            ? ' (grpc is a probe handler, not a lifecycle hook handler)'
            : ''
      }`,
      `set one of ${kinds.join(', ')}`,
      rule,
    );
  }
}

function checkHttpGet(out: Violation[], action: JsonObject, at: Handler, code: ViolationCode): void {
  const scheme = action.scheme;
  if (scheme !== undefined && scheme !== null && scheme !== 'HTTP' && scheme !== 'HTTPS') {
    report(
      out,
      code,
      `${at.path}.httpGet.scheme`,
      `${at.label} uses scheme ${describeJson(scheme)}`,
      'use "HTTP" or "HTTPS" (uppercase)',
      'validation.validateHTTPGetAction (pkg/apis/core/validation)',
    );
  }
  const headers = asArray(action.httpHeaders);
  for (let i = 0; i < headers.length; i++) {
    const name = asObject(headers[i])?.name;
    if (typeof name !== 'string' || !isHttpHeaderName(name)) {
      report(
        out,
        code,
        `${at.path}.httpGet.httpHeaders[${i}].name`,
        `${at.label} sends header ${describeJson(name)}, which is not an HTTP header name (letters, digits and "-")`,
        'use a header name such as "X-Probe"',
        'validation.validateHTTPGetAction (pkg/apis/core/validation)',
      );
    }
  }
}

/** `ValidatePortNumOrName`, and the kubelet's resolution of a port name against the container's ports. */
function checkPortNumOrName(out: Violation[], port: unknown, at: Handler, kind: string, code: ViolationCode, container: JsonObject): void {
  if (typeof port === 'number') {
    if (!isValidPortNumber(port)) {
      report(
        out,
        code,
        `${at.path}.${kind}.port`,
        `${at.label} targets port ${port}, which is not a port number from 1 to 65535`,
        'use a port number from 1 to 65535 or a named container port',
        'validation.ValidatePortNumOrName (pkg/apis/core/validation)',
      );
    }
    return;
  }
  if (typeof port !== 'string' || !isIanaServiceName(port)) {
    report(
      out,
      code,
      `${at.path}.${kind}.port`,
      port === undefined
        ? `${at.label} has no port`
        : `${at.label} targets port ${describeJson(port)}, which is neither a port number nor an IANA service name`,
      'use a port number (1-65535) or the name of one of the container ports',
      'validation.ValidatePortNumOrName (pkg/apis/core/validation)',
    );
    return;
  }
  const ports = asArray(container.ports);
  for (let i = 0; i < ports.length; i++) {
    if (read(asObject(ports[i]), 'name') === port) return;
  }
  const names: string[] = [];
  for (let i = 0; i < ports.length; i++) {
    const name = read(asObject(ports[i]), 'name');
    if (typeof name === 'string' && name !== '') names.push(JSON.stringify(name));
  }
  report(
    out,
    code,
    `${at.path}.${kind}.port`,
    `${at.label} targets port ${JSON.stringify(port)}, which no port of the container is named; the kubelet cannot resolve it and the probe fails every time`,
    names.length > 0
      ? `use one of the container's port names (${names.join(', ')}) or a port number`
      : `name a container port ${JSON.stringify(port)}, or use a port number`,
    RULE_NAMED_PORT,
  );
}
