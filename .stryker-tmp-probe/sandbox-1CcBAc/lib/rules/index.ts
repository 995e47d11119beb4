/**
 * Kubernetes 1.28's own validation rules as pure functions over plain Kubernetes objects (as
 * parsed from JSON or YAML), each transcribed from the Go function it cites. No knowledge of
 * constructs: plain objects in, plain violations out.
 */
// @ts-nocheck

import { checkConfigMap, checkSecret } from './config';
import { checkDisruptionBudget } from './disruption';
import { asObject, asString, describeJson, JsonObject, read } from './json';
import { checkObjectMeta } from './metadata';
import { checkService } from './service';
import { report, Violation, ViolationCode } from './violation';
import { checkCronJob, checkDaemonSet, checkDeployment, checkJob, checkPod, checkReplicaSet, checkStatefulSet } from './workloads';

export { parseCronSchedule, type CronParseResult, type CronSchedule } from './cron';
export { parseImageReference, type ImageParseResult, type ImageReference } from './image';
export {
  injectedContainers,
  type InjectedContainer,
  ISTIO_DEFAULT_PROXY_RESOURCES,
  ISTIO_INJECT_LABEL,
  ISTIO_PROXY_PORTS,
  istioProxyResources,
} from './injection';
export { ISTIO_PROXY_UID, type LifecycleContainer, LifecycleRole, podLifecycle, type PodLifecycle, type StartStep } from './lifecycle';
export { labelSelectorMatches, validateObjectMeta } from './metadata';
export { cleanPath } from './mounts';
export {
  isConfigMapKey,
  isDns1035Label,
  isDns1123Label,
  isDns1123Subdomain,
  isEnvVarName,
  isHttpHeaderName,
  isIanaServiceName,
  isLabelValue,
  isPercent,
  isQualifiedName,
  isValidPortNumber,
} from './names';
export {
  ALLOW_BARE_POD_ANNOTATION,
  appContainerIndex,
  type BudgetEffect,
  DEFAULT_CONTAINER_ANNOTATION,
  disruptionBudgetEffect,
  ManifestSetCode,
  type ManifestSetOptions,
  PodIndex,
  podLabels,
  type PodSource,
  podSourceOf,
  validateManifestSet,
} from './patterns';
export { validatePodSpec } from './pod';
export { podQosClass, QOS_ANNOTATION, type QosClassName } from './qos';
export { explainQosClass, QOS_RANK, type QosExplanation } from './qos-reasons';
export { isTimeZone } from './time-zone';
export { Severity, type Violation, ViolationCode } from './violation';

type KindCheck = (out: Violation[], object: JsonObject) => void;

/** What each `kind`, in each `apiVersion`, is checked with beyond its metadata. */
const KINDS: ReadonlyMap<string, ReadonlyMap<string, KindCheck>> = new Map([
  ['Pod', new Map([['v1', checkPod]])],
  ['Service', new Map([['v1', checkService]])],
  ['ConfigMap', new Map([['v1', checkConfigMap]])],
  ['Secret', new Map([['v1', checkSecret]])],
  ['Deployment', new Map([['apps/v1', checkDeployment]])],
  ['ReplicaSet', new Map([['apps/v1', checkReplicaSet]])],
  ['StatefulSet', new Map([['apps/v1', checkStatefulSet]])],
  ['DaemonSet', new Map([['apps/v1', checkDaemonSet]])],
  ['Job', new Map([['batch/v1', checkJob]])],
  ['CronJob', new Map([['batch/v1', checkCronJob]])],
  ['PodDisruptionBudget', new Map([['policy/v1', checkDisruptionBudget]])],
]);

/**
 * The check for an object of `kind` in `apiVersion`. Objects are dispatched on the two joined
 * with `/`, so a kind containing `/` can spell a known one (apiVersion `apps` and kind
 * `v1/Deployment` make `apps/v1/Deployment`): such a kind is looked up by the joined name, any
 * other by kind and then version, without building a string.
 */
function kindCheck(apiVersion: string, kind: string): KindCheck | undefined {
  if (!kind.includes('/')) return KINDS.get(kind)?.get(apiVersion);
  const name = `${apiVersion}/${kind}`;
  for (const [known, versions] of KINDS) {
    for (const [version, check] of versions) {
      if (`${version}/${known}` === name) return check;
    }
  }
  return undefined;
}

/**
 * Every violation of Kubernetes 1.28's rules in one object, dispatched on its `apiVersion`
 * and `kind`: Pod, Service, ConfigMap, Secret (v1), Deployment, ReplicaSet, StatefulSet,
 * DaemonSet (apps/v1), Job, CronJob (batch/v1) and PodDisruptionBudget (policy/v1) are checked
 * in full; any other kind has its metadata checked (names as DNS-1123 subdomains, as for
 * custom resources). An empty list means no rule found a problem.
 */
export function validateManifest(object: unknown): Violation[] {
  const out: Violation[] = [];
  const manifest = asObject(object);
  if (!manifest) {
    report(
      out,
      ViolationCode.INVALID_MANIFEST,
      '',
      `the manifest is ${describeJson(object)}, not an object`,
      'pass one Kubernetes object (apiVersion, kind, metadata, ...)',
      'runtime.Decode (staging/src/k8s.io/apimachinery/pkg/runtime)',
    );
    return out;
  }
  const apiVersion = asString(read(manifest, 'apiVersion'));
  const kind = asString(read(manifest, 'kind'));
  if (!apiVersion || !kind) {
    report(
      out,
      ViolationCode.INVALID_MANIFEST,
      apiVersion ? 'kind' : 'apiVersion',
      `the object has no ${apiVersion ? 'kind' : 'apiVersion'}`,
      'set apiVersion and kind, e.g. apiVersion: apps/v1, kind: Deployment',
      'runtime.Decode (staging/src/k8s.io/apimachinery/pkg/runtime)',
    );
    return out;
  }
  checkObjectMeta(out, read(manifest, 'metadata'), kind, 'metadata');
  kindCheck(apiVersion, kind)?.(out, manifest);
  return out;
}
