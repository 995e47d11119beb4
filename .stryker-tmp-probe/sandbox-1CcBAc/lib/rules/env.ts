/**
 * Container environment: `env` and `envFrom`, transcribed from ValidateEnv, validateEnvVarValueFrom,
 * validateConfigMapKeySelector, validateSecretKeySelector and ValidateEnvFrom
 * (pkg/apis/core/validation, 1.28).
 */
// @ts-nocheck

import { asArray, asObject, asString, describeJson, q } from './json';
import { isConfigMapKey, isDns1123Subdomain, isEnvVarName, isQualifiedName, suggestEnvVarName, suggestSubdomain } from './names';
import { Item, report, Violation, ViolationCode } from './violation';

const RULE_ENV = 'validation.ValidateEnv (pkg/apis/core/validation)';
const RULE_VALUE_FROM = 'validation.validateEnvVarValueFrom (pkg/apis/core/validation)';
const RULE_ENV_FROM = 'validation.ValidateEnvFrom (pkg/apis/core/validation)';
const ENV_NAME_RULE = "letters, digits, '_', '-' or '.', not starting with a digit, and not '.' or starting with '..' (Kubernetes 1.28)";

/** validEnvDownwardAPIFieldPathExpressions of 1.28 (status.hostIPs needs the alpha PodHostIPs gate there). */
const ENV_FIELD_PATHS = new Set([
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.podIP',
  'status.podIPs',
]);
const SUBSCRIPTED_FIELD_PATH = /^(metadata\.(?:labels|annotations))\['(.*)'\]$/;
const VALUE_FROM_SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef'];
const RESOURCE_FIELDS = new Set([
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
]);

/**
 * Checks `env`: names (the 1.28 rule), one definition per name, and `valueFrom` sources.
 * A name defined twice is an error here: the API server accepts it and the last definition
 * silently wins (later releases warn, pkg/api/pod/warnings.go), and apply can drop one.
 * @internal
 */
export function checkEnv(out: Violation[], env: unknown, container: Item): void {
  const vars = asArray(env);
  let seen: Map<string, number> | undefined;
  for (let i = 0; i < vars.length; i++) {
    const entry = asObject(vars[i]);
    const name = asString(entry?.name) ?? '';
    if (!isEnvVarName(name)) {
      report(
        out,
        ViolationCode.INVALID_ENV_NAME,
        `${container.path}.env[${i}].name`,
        name === ''
          ? `${container.label} has an environment variable without a name`
          : `${container.label} has environment variable ${JSON.stringify(name)}, whose name is not valid (${ENV_NAME_RULE})`,
        name === '' ? 'give the variable a name, e.g. "APP_MODE"' : `rename it, e.g. ${JSON.stringify(suggestEnvVarName(name))}`,
        RULE_ENV,
      );
    }
    if (vars.length > 1 && name !== '') {
      seen ??= new Map();
      const first = seen.get(name);
      if (first !== undefined) {
        report(
          out,
          ViolationCode.DUPLICATE_ENV,
          `${container.path}.env[${i}].name`,
          `${container.label} defines environment variable ${JSON.stringify(name)} twice (env[${first}] and env[${i}]); the API server keeps both and the last silently wins`,
          'keep one definition',
          'pod.warningsForPodSpecAndMeta (pkg/api/pod/warnings.go): accepted by validation.ValidateEnv (pkg/apis/core/validation)',
        );
      } else {
        seen.set(name, i);
      }
    }
    if (entry?.valueFrom !== undefined && entry.valueFrom !== null)
      checkValueFrom(out, entry.valueFrom, entry.value, { container, index: i, name });
  }
}

/** An environment variable read from elsewhere (`valueFrom`), for messages. */
interface EnvVar {
  readonly container: Item;
  readonly index: number;
  readonly name: string;
}

/** The path of a variable's `valueFrom`: `spec.containers[0].env[2].valueFrom`. */
function valueFromPath(variable: EnvVar): string {
  return `${variable.container.path}.env[${variable.index}].valueFrom`;
}

/** How messages name a variable: `container "app" environment variable "DB_PASSWORD"`. */
function envLabel(variable: EnvVar): string {
  return `${variable.container.label} environment variable ${q(variable.name)}`;
}

function checkValueFrom(out: Violation[], valueFrom: unknown, value: unknown, variable: EnvVar): void {
  const source = asObject(valueFrom) ?? {};
  let sources = 0;
  for (const key of VALUE_FROM_SOURCES) {
    if (source[key] !== undefined && source[key] !== null) sources++;
  }
  if (sources === 0) {
    report(
      out,
      ViolationCode.INVALID_ENV_REF,
      valueFromPath(variable),
      `${envLabel(variable)} has valueFrom without a source`,
      'set one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef',
      RULE_VALUE_FROM,
    );
  } else if (typeof value === 'string' && value !== '') {
    report(
      out,
      ViolationCode.INVALID_ENV_REF,
      valueFromPath(variable),
      `${envLabel(variable)} sets both value and valueFrom`,
      'keep either value or valueFrom',
      RULE_VALUE_FROM,
    );
  } else if (sources > 1) {
    report(
      out,
      ViolationCode.INVALID_ENV_REF,
      valueFromPath(variable),
      `${envLabel(variable)} has several valueFrom sources`,
      'keep one source',
      RULE_VALUE_FROM,
    );
  }
  checkKeyRef(
    out,
    source.configMapKeyRef,
    variable,
    'configMapKeyRef',
    'ConfigMap',
    'validation.validateConfigMapKeySelector (pkg/apis/core/validation)',
  );
  checkKeyRef(
    out,
    source.secretKeyRef,
    variable,
    'secretKeyRef',
    'Secret',
    'validation.validateSecretKeySelector (pkg/apis/core/validation)',
  );
  const fieldRef = asObject(source.fieldRef);
  if (fieldRef) {
    const fieldPath = asString(fieldRef.fieldPath) ?? '';
    const subscripted = SUBSCRIPTED_FIELD_PATH.exec(fieldPath);
    const key = subscripted ? (subscripted[1] === 'metadata.annotations' ? subscripted[2].toLowerCase() : subscripted[2]) : undefined;
    if (subscripted ? !isQualifiedName(key!) : !ENV_FIELD_PATHS.has(fieldPath)) {
      report(
        out,
        ViolationCode.INVALID_ENV_REF,
        `${valueFromPath(variable)}.fieldRef.fieldPath`,
        fieldPath === ''
          ? `${envLabel(variable)} has a fieldRef without a fieldPath`
          : `${envLabel(variable)} reads field ${JSON.stringify(fieldPath)}, which the downward API does not offer to environment variables`,
        `use one of ${[...ENV_FIELD_PATHS].join(', ')}, or metadata.labels['<key>'] / metadata.annotations['<key>']`,
        'validation.validateObjectFieldSelector (pkg/apis/core/validation)',
      );
    }
  }
  const resourceFieldRef = asObject(source.resourceFieldRef);
  if (resourceFieldRef) {
    const resource = asString(resourceFieldRef.resource) ?? '';
    if (!RESOURCE_FIELDS.has(resource) && !resource.startsWith('requests.hugepages-') && !resource.startsWith('limits.hugepages-')) {
      report(
        out,
        ViolationCode.INVALID_ENV_REF,
        `${valueFromPath(variable)}.resourceFieldRef.resource`,
        resource === ''
          ? `${envLabel(variable)} has a resourceFieldRef without a resource`
          : `${envLabel(variable)} reads resource ${JSON.stringify(resource)}, which the downward API does not offer`,
        `use one of ${[...RESOURCE_FIELDS].join(', ')}`,
        'validation.validateContainerResourceFieldSelector (pkg/apis/core/validation)',
      );
    }
  }
}

function checkKeyRef(
  out: Violation[],
  ref: unknown,
  variable: EnvVar,
  key: 'configMapKeyRef' | 'secretKeyRef',
  kind: string,
  rule: string,
): void {
  if (ref === undefined || ref === null) return;
  const selector = asObject(ref) ?? {};
  const name = asString(selector.name) ?? '';
  const selectorKey = asString(selector.key) ?? '';
  if (!isDns1123Subdomain(name)) {
    report(
      out,
      ViolationCode.INVALID_ENV_REF,
      `${valueFromPath(variable)}.${key}.name`,
      name === ''
        ? `${envLabel(variable)} refers to a ${kind} without naming it`
        : `${envLabel(variable)} refers to ${kind} ${JSON.stringify(name)}, which cannot exist: ${kind} names are DNS-1123 subdomains`,
      name === '' ? `set name to the ${kind}'s name` : `use the ${kind}'s real name, e.g. ${JSON.stringify(suggestSubdomain(name))}`,
      rule,
    );
  }
  if (!isConfigMapKey(selectorKey)) {
    report(
      out,
      ViolationCode.INVALID_ENV_REF,
      `${valueFromPath(variable)}.${key}.key`,
      selectorKey === ''
        ? `${envLabel(variable)} refers to ${name === '' ? `a ${kind}` : `${kind} ${JSON.stringify(name)}`} without a key`
        : `${envLabel(variable)} refers to key ${JSON.stringify(selectorKey)} of ${kind} ${JSON.stringify(name)}, which is not a valid ${kind} key (letters, digits, '-', '_' or '.', at most 253, not '.' or starting with '..')`,
      `set key to one of the ${kind}'s data keys`,
      rule,
    );
  }
}

/**
 * Checks `envFrom`: prefixes are environment variable names, and each entry names one
 * ConfigMap or Secret by a DNS-1123 subdomain. The API server checks these names with
 * `prefix=true`, which lets a trailing `-` through although no object can be named so; the
 * container then fails to start (CreateContainerConfigError) unless the reference is optional.
 * @internal
 */
export function checkEnvFrom(out: Violation[], envFrom: unknown, container: Item): void {
  const sources = asArray(envFrom);
  for (let i = 0; i < sources.length; i++) {
    const entry = asObject(sources[i]) ?? {};
    const prefix = entry.prefix;
    if (typeof prefix === 'string' && prefix !== '' && !isEnvVarName(prefix)) {
      report(
        out,
        ViolationCode.INVALID_ENV_REF,
        `${container.path}.envFrom[${i}].prefix`,
        `${container.label} has envFrom prefix ${JSON.stringify(prefix)}, which is not a valid environment variable name (${ENV_NAME_RULE})`,
        `use a prefix such as ${JSON.stringify(suggestEnvVarName(prefix))}`,
        RULE_ENV_FROM,
      );
    }
    const configMapRef = asObject(entry.configMapRef);
    const secretRef = asObject(entry.secretRef);
    if (!configMapRef === !secretRef) {
      report(
        out,
        ViolationCode.INVALID_ENV_REF,
        `${container.path}.envFrom[${i}]`,
        `${container.label} has envFrom entry #${i + 1} with ${configMapRef ? 'both configMapRef and secretRef' : 'neither configMapRef nor secretRef'}`,
        'give each envFrom entry exactly one of configMapRef or secretRef',
        RULE_ENV_FROM,
      );
    }
    for (const [ref, kind, key] of [
      [configMapRef, 'ConfigMap', 'configMapRef'],
      [secretRef, 'Secret', 'secretRef'],
    ] as const) {
      if (!ref) continue;
      const name = ref.name;
      if (typeof name !== 'string' || !isDns1123Subdomain(name)) {
        report(
          out,
          ViolationCode.INVALID_ENV_REF,
          `${container.path}.envFrom[${i}].${key}.name`,
          typeof name === 'string' && name !== ''
            ? `${container.label} loads ${kind} ${JSON.stringify(name)}, which cannot exist: ${kind} names are DNS-1123 subdomains`
            : `${container.label} loads a ${kind} without naming it${name !== undefined && name !== '' ? ` (name is ${describeJson(name)})` : ''}`,
          typeof name === 'string' && name !== ''
            ? `use the ${kind}'s real name, e.g. ${JSON.stringify(suggestSubdomain(name))}`
            : `set name to the ${kind}'s name`,
          `${RULE_ENV_FROM}; ConfigMap and Secret names: validation.NameIsDNSSubdomain (staging/src/k8s.io/apimachinery/pkg/api/validation)`,
        );
      }
    }
  }
}
