/**
 * Services: ValidateService and validateServicePort (pkg/apis/core/validation, 1.28).
 */
import { asArray, asObject, asString, describeJson, isSet, JsonObject, quoted, read } from './json';
import { checkLabels } from './metadata';
import { isDns1123Label, isDns1123Subdomain, isIanaServiceName, isQualifiedName, isValidPortNumber, suggestLabel } from './names';
import { report, Violation, ViolationCode } from './violation';

const RULE_SERVICE = 'validation.ValidateService (pkg/apis/core/validation)';
const RULE_PORT = 'validation.validateServicePort (pkg/apis/core/validation)';
const TYPES = new Set(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
const PROTOCOLS = new Set(['TCP', 'UDP', 'SCTP']);

/**
 * Checks a Service: ports required unless headless or ExternalName; each port a number from 1
 * to 65535 with a known protocol; a name on every port when there are several, names unique
 * and DNS-1123 labels (Service port names are labels, not IANA service names as container port
 * names are); `targetPort` a port number or IANA service name; no (port, protocol) twice; no
 * `nodePort` on a ClusterIP Service; the selector's labels; an ExternalName's DNS name.
 * @internal
 */
export function checkService(out: Violation[], object: JsonObject): void {
  const spec = asObject(read(object, 'spec')) ?? {};
  const type = spec.type ?? 'ClusterIP';
  if (!(typeof type === 'string' && TYPES.has(type))) {
    report(
      out,
      ViolationCode.INVALID_SERVICE_PORT,
      'spec.type',
      `the Service's type is ${describeJson(type)}`,
      'use ClusterIP, NodePort, LoadBalancer or ExternalName',
      RULE_SERVICE,
    );
  }
  const headless = spec.clusterIP === 'None' || asArray(spec.clusterIPs)[0] === 'None';
  const ports = asArray(spec.ports);
  if (ports.length === 0 && !headless && type !== 'ExternalName') {
    report(
      out,
      ViolationCode.INVALID_SERVICE_PORT,
      'spec.ports',
      'the Service has no ports',
      'add a port, e.g. { name: "http", port: 80, targetPort: "http" }, or make it headless with clusterIP: None',
      RULE_SERVICE,
    );
  }
  let names: Set<string> | undefined;
  let seen: Set<string> | undefined;
  for (let i = 0; i < ports.length; i++) {
    const port = asObject(ports[i]) ?? {};
    const name = port.name;
    if (name === undefined || name === null || name === '') {
      if (ports.length > 1) {
        report(
          out,
          ViolationCode.SERVICE_PORT_NAME,
          `spec.ports[${i}].name`,
          `${portLabel(name, i)} has no name; a Service with several ports must name each`,
          `name it, e.g. ${JSON.stringify(suggestPortName(port))}`,
          RULE_PORT,
        );
      }
    } else if (typeof name !== 'string' || !isDns1123Label(name)) {
      report(
        out,
        ViolationCode.INVALID_SERVICE_PORT,
        `spec.ports[${i}].name`,
        `Service port name ${describeJson(name)} is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit)`,
        `rename it, e.g. ${JSON.stringify(suggestLabel(String(name)))}`,
        RULE_PORT,
      );
    } else if (names?.has(name)) {
      report(
        out,
        ViolationCode.INVALID_SERVICE_PORT,
        `spec.ports[${i}].name`,
        `two Service ports are named ${JSON.stringify(name)}`,
        'give each port its own name',
        RULE_PORT,
      );
    } else {
      (names ??= new Set()).add(name);
    }
    const number = port.port;
    if (typeof number !== 'number' || !isValidPortNumber(number)) {
      report(
        out,
        ViolationCode.INVALID_SERVICE_PORT,
        `spec.ports[${i}].port`,
        !isSet(number)
          ? `${portLabel(name, i)} has no port number`
          : `${portLabel(name, i)} has port ${describeJson(number)}, which is not a port number from 1 to 65535`,
        'set port to the number clients connect to (1-65535)',
        RULE_PORT,
      );
    }
    const protocol = port.protocol ?? 'TCP';
    if (!(typeof protocol === 'string' && PROTOCOLS.has(protocol))) {
      report(
        out,
        ViolationCode.INVALID_SERVICE_PORT,
        `spec.ports[${i}].protocol`,
        `${portLabel(name, i)} has protocol ${describeJson(protocol)}`,
        'use "TCP", "UDP" or "SCTP", or leave it out for TCP',
        RULE_PORT,
      );
    }
    const target = port.targetPort;
    // 0, "" and absent all default to the port (SetDefaults_Service, pkg/apis/core/v1/defaults.go).
    if (target !== undefined && target !== null && target !== 0 && target !== '') {
      if (typeof target === 'number' ? !isValidPortNumber(target) : typeof target !== 'string' || !isIanaServiceName(target)) {
        report(
          out,
          ViolationCode.INVALID_SERVICE_PORT,
          `spec.ports[${i}].targetPort`,
          `${portLabel(name, i)} has targetPort ${describeJson(target)}, neither a port number from 1 to 65535 nor an IANA service name`,
          typeof target === 'string' && /^[0-9]+$/.test(target)
            ? `write the number unquoted: ${target}`
            : 'use the container port number, or the name of a container port (at most 15 lowercase letters, digits and "-")',
          'validation.ValidatePortNumOrName (pkg/apis/core/validation)',
        );
      }
    }
    const appProtocol = port.appProtocol;
    if (appProtocol !== undefined && appProtocol !== null && (typeof appProtocol !== 'string' || !isQualifiedName(appProtocol))) {
      report(
        out,
        ViolationCode.INVALID_SERVICE_PORT,
        `spec.ports[${i}].appProtocol`,
        `${portLabel(name, i)} has appProtocol ${describeJson(appProtocol)}, which is not a qualified name`,
        'use e.g. "http", "kubernetes.io/h2c"',
        RULE_PORT,
      );
    }
    if (port.nodePort !== undefined && port.nodePort !== null && port.nodePort !== 0 && type === 'ClusterIP') {
      report(
        out,
        ViolationCode.INVALID_SERVICE_PORT,
        `spec.ports[${i}].nodePort`,
        `${portLabel(name, i)} sets nodePort on a ClusterIP Service`,
        'remove nodePort, or set type: NodePort',
        RULE_SERVICE,
      );
    }
    if (typeof number === 'number') {
      const key = `${number}/${protocol}`;
      if (seen?.has(key)) {
        report(
          out,
          ViolationCode.INVALID_SERVICE_PORT,
          `spec.ports[${i}]`,
          `the Service exposes ${key} twice`,
          'keep one entry per port and protocol',
          RULE_SERVICE,
        );
      }
      (seen ??= new Set()).add(key);
    }
  }
  checkLabels(out, spec.selector, 'spec.selector', "in the Service's selector");
  if (type === 'ExternalName') {
    const externalName = (asString(spec.externalName) ?? '').replace(/\.$/, '');
    if (!isDns1123Subdomain(externalName)) {
      report(
        out,
        ViolationCode.INVALID_SERVICE_PORT,
        'spec.externalName',
        externalName === ''
          ? 'the ExternalName Service has no externalName'
          : `the Service's externalName ${JSON.stringify(externalName)} is not a DNS name`,
        'set externalName to a lowercase DNS name such as "db.example.com"',
        RULE_SERVICE,
      );
    }
  }
}

/** How messages name a port: `Service port "http"`, or `Service port #2` without a name. */
function portLabel(name: unknown, index: number): string {
  return `Service port ${quoted(name, index)}`;
}

function suggestPortName(port: JsonObject): string {
  const number = port.port;
  if (number === 80 || number === 8080) return 'http';
  if (number === 443 || number === 8443) return 'https';
  return typeof number === 'number' ? `port-${number}` : 'port';
}
