/**
 * Kubernetes 1.28's own validation rules as pure functions over plain Kubernetes objects (as
 * parsed from JSON or YAML), each transcribed from the Go function it cites. No knowledge of
 * constructs: plain objects in, plain violations out.
 */
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
export { validatePodSpec } from './pod';
export { podQosClass, QOS_ANNOTATION, type QosClassName } from './qos';
export { isTimeZone } from './time-zone';
export { Severity, type Violation, ViolationCode } from './violation';

type KindCheck = (out: Violation[], object: JsonObject) => void;

/** What each `apiVersion` and `kind` is checked with, beyond its metadata. */
const KINDS: ReadonlyMap<string, KindCheck> = new Map<string, KindCheck>([
  ['v1/Pod', checkPod],
  ['v1/Service', checkService],
  ['v1/ConfigMap', checkConfigMap],
  ['v1/Secret', checkSecret],
  ['apps/v1/Deployment', checkDeployment],
  ['apps/v1/ReplicaSet', checkReplicaSet],
  ['apps/v1/StatefulSet', checkStatefulSet],
  ['apps/v1/DaemonSet', checkDaemonSet],
  ['batch/v1/Job', checkJob],
  ['batch/v1/CronJob', checkCronJob],
  ['policy/v1/PodDisruptionBudget', checkDisruptionBudget],
]);

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
  KINDS.get(`${apiVersion}/${kind}`)?.(out, manifest);
  return out;
}
