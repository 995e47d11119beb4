// @ts-nocheck
import { checkContainers, checkPortConflicts } from './containers';
import { checkAnnotations, checkLabels, subdomainNameProblems } from './meta';
import { dns1123Label, labelValue, qualifiedName } from './names';
import { istioInjectedContainers, oracleQosClass } from './qos';
import { PodContext, Report, asArray, asObject, at, child, isSet } from './report';
import { checkSecurityContexts } from './security';
import { checkVolumes } from './volumes';

/**
 * Pod specs and pod templates, transcribed from `pkg/apis/core/validation/validation.go` of
 * Kubernetes 1.28 (ValidatePodTemplateSpec, ValidatePodSpec, ValidateTolerations); volumes,
 * containers and security contexts have files of their own. Manifests are read before API
 * defaulting: a field the API server would default is checked with its default value.
 *
 * A few rules go beyond what the API server refuses, because the kubelet or the container
 * runtime would fail the pod later, or the pod would silently mean something else; their
 * messages say so.
 */

/** ValidateTolerations. */
function checkTolerations(tolerations: unknown, path: string, report: Report): void {
  asArray(tolerations).forEach((raw, i) => {
    const t = asObject(raw);
    const where = at(path, i);
    const key = typeof t.key === 'string' ? t.key : '';
    const operator = t.operator ?? '';
    if (key) for (const problem of qualifiedName(key)) report('pod/invalid-toleration', child(where, 'key'), `key "${key}": ${problem}`);
    if (!key && operator !== 'Exists')
      report(
        'pod/invalid-toleration',
        child(where, 'operator'),
        'operator must be Exists when `key` is empty, which means "match all values and all keys"',
      );
    if (isSet(t.tolerationSeconds) && t.effect !== 'NoExecute')
      report('pod/invalid-toleration', child(where, 'effect'), "effect must be 'NoExecute' when `tolerationSeconds` is set");
    if (operator === '' || operator === 'Equal') {
      for (const problem of labelValue(String(t.value ?? '')))
        report('pod/invalid-toleration', child(where, 'value'), `value "${t.value}": ${problem}`);
    } else if (operator === 'Exists') {
      if (isSet(t.value) && t.value !== '')
        report('pod/invalid-toleration', child(where, 'value'), "value must be empty when `operator` is 'Exists'");
    } else report('pod/invalid-toleration', child(where, 'operator'), `operator "${operator}" is not Equal or Exists`);
    if (isSet(t.effect) && t.effect !== '' && !['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(t.effect)) {
      report('pod/invalid-toleration', child(where, 'effect'), `effect "${t.effect}" is not NoSchedule, PreferNoSchedule or NoExecute`);
    }
  });
}

/** ValidatePodSpec. `path` locates the spec inside its object, e.g. `spec.template.spec`. */
export function checkPodSpec(podSpec: unknown, path: string, context: PodContext): void {
  const { report } = context;
  const spec = asObject(podSpec);
  const volumes = checkVolumes(spec.volumes, child(path, 'volumes'), report);
  for (const name of context.extraVolumes ?? []) volumes.add(name);
  const placed = checkContainers(spec, path, volumes, context);
  checkPortConflicts(placed, report);
  checkSecurityContexts(spec, path, placed, report);

  const restartPolicy = spec.restartPolicy ?? 'Always';
  if (!['Always', 'OnFailure', 'Never'].includes(restartPolicy))
    report(
      'pod/invalid-restart-policy',
      child(path, 'restartPolicy'),
      `restartPolicy "${restartPolicy}" is not Always, OnFailure or Never`,
    );
  if (isSet(spec.dnsPolicy) && !['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'].includes(spec.dnsPolicy)) {
    report('pod/invalid-dns-policy', child(path, 'dnsPolicy'), `dnsPolicy "${spec.dnsPolicy}" is not supported`);
  }
  checkLabels(spec.nodeSelector, child(path, 'nodeSelector'), report);
  for (const field of ['hostname', 'subdomain']) {
    if (typeof spec[field] === 'string' && spec[field] !== '') {
      for (const problem of dns1123Label(spec[field]))
        report('pod/invalid-hostname', child(path, field), `${field} "${spec[field]}": ${problem}`);
    }
  }
  checkTolerations(spec.tolerations, child(path, 'tolerations'), report);
  if (spec.hostUsers === false) {
    if (context.options.userNamespaces === false) {
      report(
        'pod/user-namespace-feature-gate',
        child(path, 'hostUsers'),
        'hostUsers needs the UserNamespacesSupport feature gate (alpha, off by default in 1.28): without it the API server drops the field and the pod shares the node user namespace',
      );
    } else {
      // validateHostUsers: a user namespace cannot go with the node's network, PID or IPC namespace.
      for (const field of ['hostNetwork', 'hostPID', 'hostIPC']) {
        if (spec[field] === true)
          report('pod/user-namespace-host-namespace', child(path, field), `${field} is forbidden when hostUsers is false`);
      }
    }
  } else if (isSet(spec.hostUsers) && typeof spec.hostUsers !== 'boolean') {
    report('pod/invalid-host-users', child(path, 'hostUsers'), `hostUsers ${JSON.stringify(spec.hostUsers)} is not a boolean`);
  }
  if (isSet(spec.activeDeadlineSeconds) && !(spec.activeDeadlineSeconds >= 1 && spec.activeDeadlineSeconds <= 2147483647)) {
    report(
      'pod/invalid-active-deadline',
      child(path, 'activeDeadlineSeconds'),
      'activeDeadlineSeconds must be between 1 and 2147483647, inclusive',
    );
  }
  for (const field of ['serviceAccountName', 'priorityClassName']) {
    if (typeof spec[field] === 'string' && spec[field] !== '') {
      for (const problem of subdomainNameProblems(spec[field]))
        report('pod/invalid-reference-name', child(path, field), `${field} "${spec[field]}": ${problem}`);
    }
  }
}

/** Ports Istio's proxy listens on inside every injected pod (Istio's "Ports used by Istio"). */
const ISTIO_PROXY_PORTS = [15000, 15001, 15004, 15006, 15008, 15020, 15021, 15053, 15090];

/** The injected istio-proxy shares the pod's network namespace: an app port among its ports collides at run time. */
function checkIstioPorts(podSpec: unknown, path: string, context: PodContext): void {
  const spec = asObject(podSpec);
  const running = [
    ...asArray(spec.containers).map((c, i) => [asObject(c), at(child(path, 'containers'), i)] as const),
    ...asArray(spec.initContainers)
      .map((c, i) => [asObject(c), at(child(path, 'initContainers'), i)] as const)
      .filter(([c]) => c.restartPolicy === 'Always' && context.options.sidecarContainers !== false),
  ];
  for (const [c, where] of running) {
    asArray(c.ports).forEach((raw, i) => {
      const port = asObject(raw);
      if (ISTIO_PROXY_PORTS.includes(port.containerPort) && (port.protocol ?? 'TCP') === 'TCP') {
        context.report(
          'pod/port-conflict',
          child(at(child(where, 'ports'), i), 'containerPort'),
          `container "${c.name}" listens on ${port.containerPort}/TCP, which the injected istio-proxy uses`,
        );
      }
    });
  }
}

/** The annotation in which the library records the QoS class it computed for a pod template. */
export const QOS_ANNOTATION = 'pod-patterns.io/qos-class';

/**
 * ValidatePodTemplateSpec: template labels and annotations, then the spec; and, where the
 * template carries the library's QoS annotation, whether the kubelet would agree with it.
 * `path` locates the template (e.g. `spec.template`); a bare Pod passes its own metadata and spec
 * with an empty path.
 */
export function checkPodTemplate(
  metadata: unknown,
  spec: unknown,
  path: string,
  context: PodContext,
  metadataPath = child(path, 'metadata'),
): void {
  const m = asObject(metadata);
  if (path !== '') {
    checkLabels(m.labels, child(metadataPath, 'labels'), context.report);
    checkAnnotations(m.annotations, child(metadataPath, 'annotations'), context.report);
  }
  checkPodSpec(spec, child(path, 'spec'), context);
  const injected = istioInjectedContainers(m);
  if (injected.length > 0) checkIstioPorts(spec, child(path, 'spec'), context);
  const claimed = asObject(m.annotations)[QOS_ANNOTATION];
  if (claimed !== undefined) {
    const actual = oracleQosClass(spec, injected);
    if (claimed !== actual) {
      context.report(
        'pod/qos-annotation-mismatch',
        at(child(metadataPath, 'annotations'), QOS_ANNOTATION),
        `annotated ${claimed}, but the kubelet will class these pods ${actual}`,
      );
    }
  }
}
