/**
 * An independent test oracle for the manifests this library synthesizes: a separate
 * transcription of Kubernetes 1.28's validation rules and of the kubelet's QoS algorithm, written
 * from Kubernetes' Go source and sharing no code with `lib/`. Tests assert that whatever the
 * library emits passes it.
 *
 * Rule ids and the Go code each follows (API server = refused on create; kubelet/runtime = the pod
 * fails later; silent = accepted but means something else; project = a rule of this project):
 *
 * | rule | follows |
 * | --- | --- |
 * | meta/name-required, meta/invalid-name | ValidateObjectMetaAccessor with NameIsDNSSubdomain; NameIsDNS1035Label for Services; NameIsDNSLabel for Namespaces and (since 1.27) StatefulSets |
 * | meta/invalid-namespace | ValidateNamespaceName (DNS-1123 label) |
 * | labels/invalid-key, labels/invalid-value | ValidateLabels (IsQualifiedName, IsValidLabelValue): object, template and selector labels, nodeSelector, Service selector |
 * | annotations/invalid-key, annotations/too-large | ValidateAnnotations (lower-cased qualified names; TotalAnnotationSizeLimitB = 256 KiB) |
 * | selector/invalid-requirement | ValidateLabelSelectorRequirement |
 * | selector/required, selector/empty, selector/template-mismatch | ValidateDeploymentSpec, ValidateStatefulSetSpec, ValidateDaemonSetSpec, ValidateJobSpec: "`selector` does not match template `labels`" |
 * | pod/containers-required | validateContainers |
 * | pod/invalid-container-name, pod/duplicate-container-name | validateContainerCommon (DNS-1123 label); names unique across containers and initContainers |
 * | pod/image-required | validateContainerCommon |
 * | pod/invalid-image | kubelet: applyDefaultImageTag → reference.ParseNormalizedNamed (docker/distribution v2.8), InvalidImageName |
 * | pod/invalid-pull-policy, pod/invalid-termination-message-policy, pod/invalid-dns-policy | validatePullPolicy, validateContainerCommon, validateDNSPolicy |
 * | pod/invalid-port, pod/invalid-port-name, pod/duplicate-port-name, pod/invalid-protocol | validateContainerPorts (IsValidPortNum, IsValidPortName) |
 * | pod/duplicate-host-port | AccumulateUniqueHostPorts / checkHostPortConflicts |
 * | pod/port-conflict | runtime: two running containers (regular, or init with restartPolicy Always, or Istio's injected proxy on its own ports) bind one containerPort/protocol in the pod's shared network namespace |
 * | pod/invalid-env-name | ValidateEnv with IsEnvVarName as of 1.28 (relaxed only in 1.30) |
 * | pod/duplicate-env-name | silent: the kubelet keeps the last definition (1.29+ API servers warn) |
 * | pod/invalid-env-source | validateEnvVarValueFrom, validateConfigMapKeySelector, validateSecretKeySelector, validateObjectFieldSelector |
 * | pod/invalid-env-from | ValidateEnvFrom, validateConfigMapEnvSource, validateSecretEnvSource |
 * | pod/volume-not-found | ValidateVolumeMounts (IsMatchedVolume; StatefulSet volumeClaimTemplates count as volumes) |
 * | pod/invalid-mount-path | ValidateVolumeMounts (required); runtime: destination must be absolute and must not climb with `..` |
 * | pod/duplicate-mount-path | ValidateVolumeMounts ("must be unique", raw strings); runtime: equal once cleaned (path.Clean) |
 * | pod/invalid-sub-path | ValidateVolumeMounts → validateLocalDescendingPath; subPath and subPathExpr exclusive |
 * | pod/invalid-quantity, pod/invalid-resource-name, pod/request-exceeds-limit | ValidateResourceRequirements, validateContainerResourceName, ValidateResourceQuantityValue, ParseQuantity |
 * | pod/zero-limit | silent: a limit of exactly 0 is no limit to the runtime and forces the request to 0 |
 * | pod/invalid-probe | validateProbe, validateLivenessProbe/validateStartupProbe (successThreshold 1), validateHandler, ValidatePortNumOrName |
 * | pod/probe-port-not-found | kubelet: a named probe port is looked up in the container's ports (findPortByName) |
 * | pod/init-container-lifecycle | validateInitContainers: lifecycle and probes only on init containers with restartPolicy Always |
 * | pod/invalid-container-restart-policy | validateContainers (forbidden on regular containers), validateInitContainerRestartPolicy (Always only) |
 * | pod/sidecar-feature-gate | silent, only with `{ sidecarContainers: false }`: dropDisabledFields drops init-container restartPolicy when the 1.28 alpha gate is off |
 * | pod/invalid-volume-name, pod/duplicate-volume-name, pod/invalid-volume-source | ValidateVolumes, validateVolumeSource, validateConfigMapVolumeSource, validateSecretVolumeSource, validateKeyToPath, ValidateLocalNonReservedPath; kubelet: an item key that is not a config key can never be mounted |
 * | pod/invalid-toleration | ValidateTolerations |
 * | pod/user-namespace-host-namespace | validateHostUsers: hostUsers false forbids hostNetwork, hostPID, hostIPC |
 * | pod/user-namespace-feature-gate | silent, only with `{ userNamespaces: false }`: dropDisabledFields drops hostUsers when the 1.28 alpha gate is off |
 * | pod/invalid-host-users | schema: hostUsers is a boolean |
 * | pod/invalid-security-context | validatePodSpecSecurityContext, ValidateSecurityContext (IDs 0..2^32-1, seccomp profile, privileged/CAP_SYS_ADMIN with allowPrivilegeEscalation false) |
 * | pod/run-as-root-conflict | kubelet: verifyRunAsNonRoot refuses runAsNonRoot with runAsUser 0 |
 * | pod/invalid-hostname | ValidatePodSpec: hostname and subdomain are DNS-1123 labels |
 * | pod/invalid-active-deadline, pod/invalid-reference-name | ValidatePodSpec (activeDeadlineSeconds 1..MaxInt32; serviceAccountName, priorityClassName) |
 * | pod/invalid-restart-policy | validateRestartPolicy; Always only under Deployments, ReplicaSets, StatefulSets, DaemonSets; OnFailure or Never under Jobs (the default Always is refused) |
 * | pod/qos-annotation-mismatch | project: `pod-patterns.io/qos-class` must equal GetPodQOS, counting Istio's injected proxy and istio-init |
 * | workload/negative-field, workload/invalid-strategy, workload/invalid-progress-deadline, workload/template-active-deadline | ValidateDeploymentSpec, ValidateDeploymentStrategy, ValidateRollingUpdateDeployment, ValidateStatefulSetSpec, ValidateDaemonSetSpec, ValidatePodTemplateSpecForReplicaSet |
 * | job/negative-field, job/invalid-completion-mode | validateJobSpec |
 * | job/invalid-active-deadline | validateJobSpec accepts 0; a Job with activeDeadlineSeconds 0 fails at once, so the oracle asks for ≥ 1 |
 * | job/selector-not-generated | validateGeneratedSelector: without manualSelector the selector must match the generated controller-uid |
 * | job/name-too-long | generateSelector puts the name into the pods' job-name labels (≤ 63) |
 * | statefulset/name-too-long | statefulset controller: pods are labelled controller-revision-hash=<name>-<hash>, which must stay within 63 characters |
 * | statefulset/invalid-service-name | statefulset controller: serviceName becomes each pod's spec.subdomain, a DNS-1123 label |
 * | cronjob/invalid-schedule | validateScheduleFormat → robfig/cron v3 ParseStandard |
 * | cronjob/tz-in-schedule | validateScheduleFormat on create: no "TZ" in the schedule |
 * | cronjob/invalid-time-zone | validateTimeZone (Node's Intl stands in for Go's tzdata) |
 * | cronjob/name-too-long | ValidateCronJobCreate: ≤ 52 characters |
 * | cronjob/invalid-concurrency-policy, cronjob/negative-field, cronjob/template-selector | validateCronJobSpec, ValidateJobTemplateSpec |
 * | service/invalid-type, service/ports-required, service/port-name-required, service/invalid-port-name, service/duplicate-port-name, service/invalid-port, service/invalid-protocol, service/duplicate-port, service/invalid-target-port | ValidateService, validateServicePort (port names are DNS-1123 labels) |
 * | configmap/invalid-key, configmap/duplicate-key, configmap/too-large, secret/invalid-key, secret/too-large | ValidateConfigMap, ValidateSecret (IsConfigMapKey; MaxSecretSize = 1 MiB) |
 * | pdb/invalid-budget, pdb/invalid-eviction-policy | ValidatePodDisruptionBudgetSpec; "exactly one of" is a project rule |
 * | pdb/selects-nothing, service/selects-nothing | project: within one manifest set, a selector must select some pod |
 * | pdb/blocks-eviction | disruption controller: no disruption allowed with every pod healthy (minAvailable ≥ pods, 100%, maxUnavailable 0) |
 * | pdb/unsupported-controller | disruption controller: maxUnavailable and percentages need a scalable controller |
 * | service/target-port-not-found | endpoints controller (podutil.FindPort): a named targetPort must name a container port of the selected pods |
 */
// @ts-nocheck

import { checkManifestSet } from './cross';
import { checkObject } from './objects';
import type { OracleFinding, OracleOptions } from './report';

export type { OracleFinding, OracleOptions } from './report';
export { oracleQosClass } from './qos';
export type { QosClass } from './qos';
export { parseQuantity } from './quantity';
export type { ParsedQuantity } from './quantity';

/** Every finding for one Kubernetes object (parsed YAML). */
export function oracleFindings(object: any, options: OracleOptions = {}): OracleFinding[] {
  const findings: OracleFinding[] = [];
  checkObject(object, options, (rule, path, message) => findings.push({ rule, path, message }));
  return findings;
}

/** Every finding for a manifest set: each object's own, plus the rules that relate objects to each other. */
export function oracleFindingsAll(objects: any[], options: OracleOptions = {}): OracleFinding[] {
  const findings = objects.flatMap((object) => oracleFindings(object, options));
  checkManifestSet(objects, (rule, path, message) => findings.push({ rule, path, message }));
  return findings;
}
