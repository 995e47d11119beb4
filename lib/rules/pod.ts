/**
 * Pod specs and pod templates: ValidatePodSpec and ValidatePodTemplateSpec
 * (pkg/apis/core/validation, 1.28), run on objects as written, before the API server's defaults.
 */
import { checkContainers } from './container';
import { asArray, asInteger, asObject, asString, describeJson, JsonObject, read } from './json';
import { checkAnnotations, checkLabels } from './metadata';
import { isDns1123Label, isDns1123Subdomain, isLabelValue, isQualifiedName, suggestLabel, suggestSubdomain } from './names';
import { checkQosAnnotation } from './qos';
import { report, Severity, Violation, ViolationCode } from './violation';
import { checkVolumes } from './volumes';

const RULE_POD_SPEC = 'validation.ValidatePodSpec (pkg/apis/core/validation)';
const RULE_TOLERATIONS = 'validation.ValidateTolerations (pkg/apis/core/validation)';
const RESTART_POLICIES = new Set(['Always', 'OnFailure', 'Never']);
const TAINT_EFFECTS = new Set(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);
const MAX_INT32 = 2 ** 31 - 1;
const DNS_LABEL_FIELDS = ['hostname', 'subdomain'];
const DNS_SUBDOMAIN_FIELDS = ['serviceAccountName', 'priorityClassName', 'nodeName'];

/**
 * Checks a pod spec as the API server's `ValidatePodSpec` does (pkg/apis/core/validation),
 * where it matters at synth time: volumes; containers and init containers (names, images,
 * ports, env, mounts, resources, probes); `restartPolicy`; `terminationGracePeriodSeconds`
 * (refused here when negative, which 1.28 accepts with a warning and treats as 1,
 * pkg/api/pod/warnings.go); `activeDeadlineSeconds` from 1 to 2^31-1; `hostname` and
 * `subdomain` DNS-1123 labels; `serviceAccountName`, `priorityClassName` and `nodeName` DNS-1123
 * subdomains; `nodeSelector` labels; tolerations. `field` is the spec's path, e.g.
 * `spec.template.spec`.
 */
export function validatePodSpec(spec: unknown, field = 'spec'): Violation[] {
  const out: Violation[] = [];
  checkPodSpec(out, spec, field);
  return out;
}

/** The namespaces of the node a pod may share, each refused with its own user namespace. */
const HOST_NAMESPACES = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

/** `hostUsers: false`: the pod's own user namespace. */
function checkHostUsers(out: Violation[], spec: JsonObject, field: string): void {
  const hostUsers = spec.hostUsers;
  if (hostUsers === undefined || hostUsers === null || hostUsers === true) return;
  if (hostUsers !== false) {
    report(
      out,
      ViolationCode.INVALID_MANIFEST,
      `${field}.hostUsers`,
      `the pod's hostUsers is ${describeJson(hostUsers)}, not true or false`,
      'use hostUsers: false for a user namespace of its own, or leave it out',
      RULE_POD_SPEC,
    );
    return;
  }
  report(
    out,
    ViolationCode.USER_NAMESPACE_FEATURE_GATE,
    `${field}.hostUsers`,
    "the pod asks for a user namespace of its own (hostUsers: false), which Kubernetes 1.28 honours only with the alpha UserNamespacesSupport feature gate; without it the API server drops the field and the pod runs in the node's user namespace, its root the node's root",
    'enable the UserNamespacesSupport feature gate on the API server and kubelets (nodes need Linux 6.3 or later and a runtime that supports user namespaces: CRI-O 1.25+, containerd 2.0+), or treat the setting as documentation only',
    'pod.dropDisabledFields (pkg/api/pod/util.go, 1.28)',
    Severity.WARNING,
  );
  for (const key of HOST_NAMESPACES) {
    if (spec[key] === true) {
      report(
        out,
        ViolationCode.USER_NAMESPACE_HOST_NAMESPACE,
        `${field}.${key}`,
        `the pod has a user namespace of its own (hostUsers: false) and ${key}: true; Kubernetes refuses a user namespace together with a namespace of the node`,
        `drop ${key}, or run the pod in the node's user namespace`,
        'validation.validateHostUsers (pkg/apis/core/validation)',
      );
    }
  }
}

/** @internal */
export function checkPodSpec(out: Violation[], value: unknown, field: string, claims?: ReadonlySet<string>): JsonObject | undefined {
  const spec = asObject(value);
  if (!spec) {
    report(
      out,
      ViolationCode.MISSING_CONTAINER,
      field,
      `the pod spec is ${describeJson(value)}, not an object`,
      'write a pod spec with at least one container',
      RULE_POD_SPEC,
    );
    return undefined;
  }
  const volumeNames = checkVolumes(out, spec.volumes, field);
  // A StatefulSet's volumeClaimTemplates are volumes of its pods too (the controller adds them).
  for (const claim of claims ?? []) volumeNames.add(claim);
  checkContainers(out, spec, field, volumeNames);

  checkHostUsers(out, spec, field);

  const restartPolicy = spec.restartPolicy;
  if (
    restartPolicy !== undefined &&
    restartPolicy !== null &&
    !(typeof restartPolicy === 'string' && RESTART_POLICIES.has(restartPolicy))
  ) {
    report(
      out,
      ViolationCode.INVALID_RESTART_POLICY,
      `${field}.restartPolicy`,
      `the pod's restartPolicy is ${describeJson(restartPolicy)}, not Always, OnFailure or Never`,
      'use Always, OnFailure or Never',
      'validation.validateRestartPolicy (pkg/apis/core/validation)',
    );
  }
  const grace = spec.terminationGracePeriodSeconds;
  if (grace !== undefined && grace !== null) {
    const seconds = asInteger(grace);
    if (seconds === undefined || seconds < 0) {
      report(
        out,
        ViolationCode.INVALID_TERMINATION_GRACE,
        `${field}.terminationGracePeriodSeconds`,
        seconds === undefined
          ? `the pod's terminationGracePeriodSeconds is ${describeJson(grace)}, not a whole number of seconds`
          : `the pod's terminationGracePeriodSeconds is ${seconds}; Kubernetes 1.28 accepts a negative value with a warning and treats it as 1 second`,
        'use 0 or more seconds (30 is the default)',
        'pod.warningsForPodSpecAndMeta (pkg/api/pod/warnings.go); required by validation.ValidatePodSpec (pkg/apis/core/validation)',
      );
    }
  }
  const deadline = spec.activeDeadlineSeconds;
  if (deadline !== undefined && deadline !== null) {
    const seconds = asInteger(deadline);
    if (seconds === undefined || seconds < 1 || seconds > MAX_INT32) {
      report(
        out,
        ViolationCode.INVALID_ACTIVE_DEADLINE,
        `${field}.activeDeadlineSeconds`,
        `the pod's activeDeadlineSeconds is ${describeJson(deadline)}; it must be from 1 to 2147483647`,
        'use a whole number of seconds of 1 or more, or remove it',
        RULE_POD_SPEC,
      );
    }
  }
  for (const key of DNS_LABEL_FIELDS) {
    const name = spec[key];
    if (name === undefined || name === null || name === '') continue;
    if (typeof name !== 'string' || !isDns1123Label(name)) {
      report(
        out,
        ViolationCode.INVALID_NAME,
        `${field}.${key}`,
        `the pod's ${key} ${describeJson(name)} is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)`,
        `use e.g. ${JSON.stringify(suggestLabel(String(name)))}`,
        RULE_POD_SPEC,
      );
    }
  }
  for (const key of DNS_SUBDOMAIN_FIELDS) {
    const name = spec[key];
    if (name === undefined || name === null || name === '') continue;
    if (typeof name !== 'string' || !isDns1123Subdomain(name)) {
      report(
        out,
        ViolationCode.INVALID_NAME,
        `${field}.${key}`,
        `the pod's ${key} ${describeJson(name)} is not a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", at most 253 characters)`,
        `use e.g. ${JSON.stringify(suggestSubdomain(String(name)))}`,
        RULE_POD_SPEC,
      );
    }
  }
  // Both read absent and null as none.
  checkLabels(out, spec.nodeSelector, `${field}.nodeSelector`, 'in the nodeSelector');
  checkTolerations(out, spec.tolerations, `${field}.tolerations`);
  return spec;
}

/** How messages name a toleration: `toleration #1 ("dedicated")`. */
function tolerationLabel(index: number, key: string): string {
  return `toleration #${index + 1}${key ? ` (${JSON.stringify(key)})` : ''}`;
}

function checkTolerations(out: Violation[], value: unknown, field: string): void {
  const tolerations = asArray(value);
  for (let i = 0; i < tolerations.length; i++) {
    const toleration = asObject(tolerations[i]);
    if (!toleration) {
      report(
        out,
        ViolationCode.INVALID_TOLERATION,
        `${field}[${i}]`,
        `toleration #${i + 1} is ${describeJson(tolerations[i])}, not an object`,
        'write the toleration as { key, operator, value, effect }',
        RULE_TOLERATIONS,
      );
      continue;
    }
    const key = asString(toleration.key) ?? '';
    const operator = toleration.operator ?? '';
    const value = toleration.value ?? '';
    const effect = toleration.effect ?? '';
    if (key !== '' && !isQualifiedName(key)) {
      report(
        out,
        ViolationCode.INVALID_TOLERATION,
        `${field}[${i}].key`,
        `${tolerationLabel(i, key)} has key ${JSON.stringify(key)}, which is not a qualified name (a taint key)`,
        'use the taint key, e.g. "node.kubernetes.io/unreachable"',
        RULE_TOLERATIONS,
      );
    }
    if (key === '' && operator !== 'Exists') {
      report(
        out,
        ViolationCode.INVALID_TOLERATION,
        `${field}[${i}].operator`,
        `${tolerationLabel(i, key)} has no key, which means "every taint", but its operator is ${JSON.stringify(operator || 'Equal')}`,
        'set operator: Exists to tolerate every taint, or give the taint key',
        RULE_TOLERATIONS,
      );
    }
    if (toleration.tolerationSeconds !== undefined && toleration.tolerationSeconds !== null && effect !== 'NoExecute') {
      report(
        out,
        ViolationCode.INVALID_TOLERATION,
        `${field}[${i}].effect`,
        `${tolerationLabel(i, key)} sets tolerationSeconds with effect ${JSON.stringify(effect)}; tolerationSeconds applies only to NoExecute`,
        'set effect: NoExecute, or remove tolerationSeconds',
        RULE_TOLERATIONS,
      );
    }
    if (operator === 'Equal' || operator === '') {
      if (typeof value !== 'string' || !isLabelValue(value)) {
        report(
          out,
          ViolationCode.INVALID_TOLERATION,
          `${field}[${i}].value`,
          `${tolerationLabel(i, key)} has value ${describeJson(value)}, which is not a label value (at most 63 letters, digits, "-", "_" or ".")`,
          'use the taint value exactly as the node has it',
          RULE_TOLERATIONS,
        );
      }
    } else if (operator === 'Exists') {
      if (value !== '') {
        report(
          out,
          ViolationCode.INVALID_TOLERATION,
          `${field}[${i}].value`,
          `${tolerationLabel(i, key)} uses Exists with a value`,
          'remove the value, or use operator: Equal',
          RULE_TOLERATIONS,
        );
      }
    } else {
      report(
        out,
        ViolationCode.INVALID_TOLERATION,
        `${field}[${i}].operator`,
        `${tolerationLabel(i, key)} has operator ${describeJson(operator)}`,
        'use Equal or Exists',
        RULE_TOLERATIONS,
      );
    }
    if (effect !== '' && !(typeof effect === 'string' && TAINT_EFFECTS.has(effect))) {
      report(
        out,
        ViolationCode.INVALID_TOLERATION,
        `${field}[${i}].effect`,
        `${tolerationLabel(i, key)} has effect ${describeJson(effect)}`,
        'use NoSchedule, PreferNoSchedule or NoExecute, or leave it empty for every effect',
        'validation.validateTaintEffect (pkg/apis/core/validation)',
      );
    }
  }
}

/**
 * Checks a pod template: its labels and annotations (ValidatePodTemplateSpec), the library's
 * QoS annotation against the class the kubelet will compute, and its pod spec. Returns the
 * template's labels (for selectors to match) and its spec when the template and spec are objects.
 * @internal
 */
export function checkPodTemplate(
  out: Violation[],
  value: unknown,
  field: string,
  claims?: ReadonlySet<string>,
): { labels: unknown; spec: JsonObject } | undefined {
  const template = asObject(value);
  if (!template) {
    report(
      out,
      ViolationCode.MISSING_CONTAINER,
      field,
      value === undefined ? 'the pod template is missing' : `the pod template is ${describeJson(value)}, not an object`,
      'add a template with metadata.labels and a spec with containers',
      'validation.ValidatePodTemplateSpec (pkg/apis/core/validation)',
    );
    return undefined;
  }
  const metadata = asObject(read(template, 'metadata'));
  const labels = read(metadata, 'labels');
  if (metadata) {
    checkLabels(out, labels, `${field}.metadata.labels`, 'on the pod template');
    checkAnnotations(out, read(metadata, 'annotations'), `${field}.metadata.annotations`, 'on the pod template');
  }
  const spec = checkPodSpec(out, read(template, 'spec'), `${field}.spec`, claims);
  if (!spec) return undefined;
  if (metadata) checkQosAnnotation(out, metadata, spec, `${field}.metadata.annotations`, 'the pod template');
  return { labels, spec };
}
