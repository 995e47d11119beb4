// @ts-nocheck
import { cronScheduleProblem, timeZoneProblem } from './cron';
import { checkLabelSelector, checkLabels, checkObjectMeta, selectorMatches, subdomainNameProblems } from './meta';
import { configKey, dns1035Label, dns1123Label, ianaServiceName, labelValue, percent, portNumber } from './names';
import { checkPodTemplate } from './pod';
import { OracleOptions, PodContext, Report, asArray, asObject, at, child, isSet } from './report';

/**
 * Per-kind validation of Kubernetes 1.28 objects, transcribed from
 * `pkg/apis/apps/validation/validation.go` (ValidateDeploymentSpec, ValidateDeploymentStrategy,
 * ValidateRollingUpdateDeployment, ValidatePodTemplateSpecForReplicaSet, ValidateStatefulSetSpec,
 * ValidateDaemonSetSpec, ValidatePositiveIntOrPercent, IsNotMoreThan100Percent),
 * `pkg/apis/batch/validation/validation.go` (ValidateJob, validateJobSpec, validateGeneratedSelector,
 * ValidateCronJobCreate, validateCronJobSpec, validateScheduleFormat, validateTimeZone,
 * ValidateJobTemplateSpec), `pkg/apis/policy/validation/validation.go`
 * (ValidatePodDisruptionBudgetSpec) and `pkg/apis/core/validation/validation.go` (ValidateService,
 * validateServicePort, ValidateConfigMap, ValidateSecret).
 */

const nonNegative = (value: unknown) => !isSet(value) || (typeof value === 'number' && value >= 0);

function checkNonNegative(spec: Record<string, any>, fields: readonly string[], path: string, rule: string, report: Report): void {
  for (const field of fields) {
    if (!nonNegative(spec[field])) report(rule, child(path, field), `${field} ${spec[field]} must be greater than or equal to 0`);
  }
}

/**
 * ValidatePositiveIntOrPercent and IsNotMoreThan100Percent. Returns the percentage or integer
 * read, or undefined when malformed (and reported).
 */
function checkIntOrPercent(
  value: unknown,
  path: string,
  rule: string,
  report: Report,
  atMost100 = true,
): { int?: number; percent?: number } | undefined {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) {
      report(rule, path, `${value} must be greater than or equal to 0`);
      return undefined;
    }
    return { int: value };
  }
  if (typeof value === 'string') {
    const p = percent(value);
    if (p === undefined) {
      report(rule, path, `"${value}": a valid percent string must be a numeric string followed by an ending '%'`);
      return undefined;
    }
    if (atMost100 && p > 100) report(rule, path, `"${value}" must not be greater than 100%`);
    return { percent: p };
  }
  report(rule, path, `${JSON.stringify(value)} must be an integer or percentage (e.g '5%')`);
  return undefined;
}

const isZero = (v: { int?: number; percent?: number } | undefined) => v !== undefined && (v.int === 0 || v.percent === 0);

/**
 * The selector of a Deployment, ReplicaSet, StatefulSet or DaemonSet: required, valid, not empty,
 * and matching the template's labels.
 */
function checkControllerSelector(spec: Record<string, any>, kind: string, report: Report): void {
  if (!isSet(spec.selector)) {
    report('selector/required', 'spec.selector', `a ${kind} needs a selector`);
    return;
  }
  checkLabelSelector(spec.selector, 'spec.selector', report);
  const selector = asObject(spec.selector);
  if (Object.keys(asObject(selector.matchLabels)).length + asArray(selector.matchExpressions).length === 0) {
    report('selector/empty', 'spec.selector', `empty selector is invalid for ${kind.toLowerCase()}`);
  } else if (!selectorMatches(selector, asObject(asObject(spec.template).metadata).labels)) {
    report('selector/template-mismatch', 'spec.template.metadata.labels', '`selector` does not match template `labels`');
  }
}

/** Templates of long-running controllers: restartPolicy Always (the default) and no activeDeadlineSeconds. */
function checkLongRunningTemplate(spec: Record<string, any>, kind: string, report: Report): void {
  const podSpec = asObject(asObject(spec.template).spec);
  const restartPolicy = podSpec.restartPolicy ?? 'Always';
  if (restartPolicy !== 'Always') {
    report(
      'pod/invalid-restart-policy',
      'spec.template.spec.restartPolicy',
      `a ${kind} template's restartPolicy must be Always, not ${restartPolicy}`,
    );
  }
  if (isSet(podSpec.activeDeadlineSeconds)) {
    report(
      'workload/template-active-deadline',
      'spec.template.spec.activeDeadlineSeconds',
      `activeDeadlineSeconds is not supported in a ${kind} template`,
    );
  }
}

function checkTemplate(spec: Record<string, any>, context: PodContext, path = 'spec.template'): void {
  const template = asObject(spec.template);
  checkPodTemplate(template.metadata, template.spec, path, context);
}

/** ValidateDeploymentSpec (with the RollingUpdate defaults of 25% / 25%). */
function checkDeployment(spec: Record<string, any>, context: PodContext): void {
  const { report } = context;
  checkNonNegative(
    spec,
    ['replicas', 'minReadySeconds', 'revisionHistoryLimit', 'progressDeadlineSeconds'],
    'spec',
    'workload/negative-field',
    report,
  );
  checkControllerSelector(spec, 'Deployment', report);
  checkTemplate(spec, context);
  checkLongRunningTemplate(spec, 'Deployment', report);
  const strategy = asObject(spec.strategy);
  const type = strategy.type ?? 'RollingUpdate';
  if (type === 'Recreate') {
    if (isSet(strategy.rollingUpdate))
      report('workload/invalid-strategy', 'spec.strategy.rollingUpdate', 'may not be specified when strategy `type` is Recreate');
  } else if (type === 'RollingUpdate') {
    const rolling = asObject(strategy.rollingUpdate);
    const unavailable = checkIntOrPercent(
      rolling.maxUnavailable ?? '25%',
      'spec.strategy.rollingUpdate.maxUnavailable',
      'workload/invalid-strategy',
      report,
    );
    // ValidateRollingUpdateDeployment caps maxUnavailable at 100%, not maxSurge.
    const surge = checkIntOrPercent(
      rolling.maxSurge ?? '25%',
      'spec.strategy.rollingUpdate.maxSurge',
      'workload/invalid-strategy',
      report,
      false,
    );
    if (isZero(unavailable) && isZero(surge))
      report('workload/invalid-strategy', 'spec.strategy.rollingUpdate.maxUnavailable', 'may not be 0 when `maxSurge` is 0');
  } else report('workload/invalid-strategy', 'spec.strategy.type', `strategy type "${type}" is not Recreate or RollingUpdate`);
  const minReady = spec.minReadySeconds ?? 0;
  const deadline = spec.progressDeadlineSeconds ?? 600;
  if (typeof deadline === 'number' && typeof minReady === 'number' && deadline <= minReady) {
    report(
      'workload/invalid-progress-deadline',
      'spec.progressDeadlineSeconds',
      `progressDeadlineSeconds ${deadline} must be greater than minReadySeconds ${minReady}`,
    );
  }
}

/**
 * ValidateStatefulSetSpec. Go validates only the template's labels and annotations here; its pod
 * spec is validated when the controller creates each pod, so the oracle checks it now, with the
 * volumeClaimTemplates as volumes the mounts may use.
 */
function checkStatefulSet(statefulSet: Record<string, any>, context: PodContext): void {
  const { report } = context;
  const spec = asObject(statefulSet.spec);
  const name = String(asObject(statefulSet.metadata).name ?? '');
  // The controller labels each pod controller-revision-hash=<name>-<10-character hash>, a label value of at most 63.
  if (name.length > 52)
    report(
      'statefulset/name-too-long',
      'metadata.name',
      `StatefulSet name "${name}" is longer than 52 characters: its pods' controller-revision-hash label would exceed 63 and no pod could be created`,
    );
  // The controller copies serviceName into each pod's spec.subdomain, a DNS-1123 label.
  if (typeof spec.serviceName === 'string' && spec.serviceName !== '') {
    for (const problem of dns1123Label(spec.serviceName))
      report(
        'statefulset/invalid-service-name',
        'spec.serviceName',
        `serviceName "${spec.serviceName}" becomes the pods' subdomain: ${problem}`,
      );
  }
  checkNonNegative(spec, ['replicas', 'minReadySeconds', 'revisionHistoryLimit'], 'spec', 'workload/negative-field', report);
  const policy = spec.podManagementPolicy ?? 'OrderedReady';
  if (!['OrderedReady', 'Parallel'].includes(policy))
    report('workload/invalid-strategy', 'spec.podManagementPolicy', `podManagementPolicy "${policy}" must be 'OrderedReady' or 'Parallel'`);
  const strategy = asObject(spec.updateStrategy);
  const type = strategy.type ?? 'RollingUpdate';
  if (type === 'OnDelete') {
    if (isSet(strategy.rollingUpdate))
      report('workload/invalid-strategy', 'spec.updateStrategy.rollingUpdate', "only allowed for updateStrategy 'RollingUpdate'");
  } else if (type === 'RollingUpdate') {
    checkNonNegative(
      asObject(strategy.rollingUpdate),
      ['partition'],
      'spec.updateStrategy.rollingUpdate',
      'workload/negative-field',
      report,
    );
  } else report('workload/invalid-strategy', 'spec.updateStrategy.type', `updateStrategy "${type}" must be 'RollingUpdate' or 'OnDelete'`);
  checkControllerSelector(spec, 'StatefulSet', report);
  const claims = asArray(spec.volumeClaimTemplates).map((claim) => String(asObject(asObject(claim).metadata).name ?? ''));
  checkTemplate(spec, { ...context, extraVolumes: claims });
  checkLongRunningTemplate(spec, 'StatefulSet', report);
}

/** ValidateDaemonSetSpec and ValidateRollingUpdateDaemonSet (defaults: maxUnavailable 1, maxSurge 0). */
function checkDaemonSet(spec: Record<string, any>, context: PodContext): void {
  const { report } = context;
  checkNonNegative(spec, ['minReadySeconds', 'revisionHistoryLimit'], 'spec', 'workload/negative-field', report);
  checkControllerSelector(spec, 'DaemonSet', report);
  checkTemplate(spec, context);
  checkLongRunningTemplate(spec, 'DaemonSet', report);
  const strategy = asObject(spec.updateStrategy);
  const type = strategy.type ?? 'RollingUpdate';
  if (type === 'RollingUpdate') {
    const rolling = asObject(strategy.rollingUpdate);
    const unavailable = checkIntOrPercent(
      rolling.maxUnavailable ?? 1,
      'spec.updateStrategy.rollingUpdate.maxUnavailable',
      'workload/invalid-strategy',
      report,
    );
    const surge = checkIntOrPercent(
      rolling.maxSurge ?? 0,
      'spec.updateStrategy.rollingUpdate.maxSurge',
      'workload/invalid-strategy',
      report,
    );
    // ValidateRollingUpdateDaemonSet: exactly one of the two must be non-zero.
    const zeroUnavailable = unavailable === undefined || isZero(unavailable);
    const zeroSurge = surge === undefined || isZero(surge);
    if (zeroUnavailable && zeroSurge)
      report('workload/invalid-strategy', 'spec.updateStrategy.rollingUpdate.maxUnavailable', 'cannot be 0 when maxSurge is 0');
    if (!zeroUnavailable && !zeroSurge)
      report('workload/invalid-strategy', 'spec.updateStrategy.rollingUpdate.maxSurge', 'may not be set when maxUnavailable is non-zero');
  } else if (type !== 'OnDelete')
    report('workload/invalid-strategy', 'spec.updateStrategy.type', `updateStrategy "${type}" must be 'RollingUpdate' or 'OnDelete'`);
}

/** validateJobSpec, shared by Jobs and CronJob job templates. `path` locates the JobSpec. */
function checkJobSpec(spec: Record<string, any>, path: string, context: PodContext): void {
  const { report } = context;
  checkNonNegative(spec, ['parallelism', 'completions', 'backoffLimit', 'ttlSecondsAfterFinished'], path, 'job/negative-field', report);
  // Go checks only that activeDeadlineSeconds is not negative; a deadline of 0 makes every run fail at once.
  if (isSet(spec.activeDeadlineSeconds) && !(typeof spec.activeDeadlineSeconds === 'number' && spec.activeDeadlineSeconds >= 1)) {
    report(
      'job/invalid-active-deadline',
      child(path, 'activeDeadlineSeconds'),
      `activeDeadlineSeconds ${spec.activeDeadlineSeconds} must be at least 1`,
    );
  }
  if (isSet(spec.completionMode)) {
    if (!['NonIndexed', 'Indexed'].includes(spec.completionMode))
      report(
        'job/invalid-completion-mode',
        child(path, 'completionMode'),
        `completionMode "${spec.completionMode}" is not NonIndexed or Indexed`,
      );
    if (spec.completionMode === 'Indexed' && !isSet(spec.completions))
      report('job/invalid-completion-mode', child(path, 'completions'), 'completions is required when completion mode is Indexed');
  }
  checkTemplate(spec, context, child(path, 'template'));
  // SetDefaults_PodSpec makes an absent restartPolicy Always, which no Job accepts.
  const restartPolicy = asObject(asObject(spec.template).spec).restartPolicy ?? 'Always';
  if (restartPolicy !== 'OnFailure' && restartPolicy !== 'Never') {
    report(
      'pod/invalid-restart-policy',
      child(path, 'template.spec.restartPolicy'),
      `a Job template's restartPolicy must be OnFailure or Never, not ${restartPolicy}`,
    );
  }
}

/** ValidateJob: the spec, and the selector the API server generates unless manualSelector is true. */
function checkJob(job: Record<string, any>, context: PodContext): void {
  const { report } = context;
  const spec = asObject(job.spec);
  checkJobSpec(spec, 'spec', context);
  const name = String(asObject(job.metadata).name ?? '');
  // generateSelector puts the Job's name in the pods' job-name labels, which must be valid label values.
  for (const problem of labelValue(name))
    report('job/name-too-long', 'metadata.name', `Job name "${name}" becomes the pods' job-name label: ${problem}`);
  if (spec.manualSelector === true) {
    if (!isSet(spec.selector)) report('selector/required', 'spec.selector', 'a Job with manualSelector needs a selector');
    checkLabelSelector(spec.selector, 'spec.selector', report);
    if (isSet(spec.selector) && !selectorMatches(spec.selector, asObject(asObject(spec.template).metadata).labels)) {
      report('selector/template-mismatch', 'spec.template.metadata.labels', '`selector` does not match template `labels`');
    }
  } else if (isSet(spec.selector)) {
    report(
      'job/selector-not-generated',
      'spec.selector',
      'a selector without manualSelector: true does not match the controller-uid label the API server generates',
    );
  }
}

/** ValidateCronJobCreate and validateCronJobSpec. */
function checkCronJob(cronJob: Record<string, any>, context: PodContext): void {
  const { report } = context;
  const spec = asObject(cronJob.spec);
  const name = String(asObject(cronJob.metadata).name ?? '');
  // The controller appends an 11-character suffix to make each Job's name, which must stay within 63.
  if (name.length > 52) report('cronjob/name-too-long', 'metadata.name', `CronJob name "${name}" must be no more than 52 characters`);
  if (typeof spec.schedule !== 'string' || spec.schedule.length === 0)
    report('cronjob/invalid-schedule', 'spec.schedule', 'schedule is required');
  else {
    const problem = cronScheduleProblem(spec.schedule);
    if (problem) report('cronjob/invalid-schedule', 'spec.schedule', `schedule "${spec.schedule}": ${problem}`);
    if (spec.schedule.includes('TZ'))
      report('cronjob/tz-in-schedule', 'spec.schedule', 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead');
  }
  if (isSet(spec.timeZone)) {
    const problem = timeZoneProblem(String(spec.timeZone));
    if (problem) report('cronjob/invalid-time-zone', 'spec.timeZone', `timeZone "${spec.timeZone}": ${problem}`);
  }
  const policy = spec.concurrencyPolicy ?? 'Allow';
  if (!['Allow', 'Forbid', 'Replace'].includes(policy))
    report('cronjob/invalid-concurrency-policy', 'spec.concurrencyPolicy', `concurrencyPolicy "${policy}" is not Allow, Forbid or Replace`);
  checkNonNegative(
    spec,
    ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit'],
    'spec',
    'cronjob/negative-field',
    report,
  );
  const jobSpec = asObject(asObject(spec.jobTemplate).spec);
  checkJobSpec(jobSpec, 'spec.jobTemplate.spec', context);
  if (isSet(jobSpec.selector)) report('cronjob/template-selector', 'spec.jobTemplate.spec.selector', '`selector` will be auto-generated');
  if (jobSpec.manualSelector === true)
    report('cronjob/template-selector', 'spec.jobTemplate.spec.manualSelector', 'manualSelector must be unset or false in a job template');
}

/** ValidateService and validateServicePort (after SetDefaults_Service: protocol TCP, targetPort = port). */
function checkService(service: Record<string, any>, report: Report): void {
  const spec = asObject(service.spec);
  const type = spec.type ?? 'ClusterIP';
  if (!['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].includes(type))
    report('service/invalid-type', 'spec.type', `type "${type}" is not supported`);
  const ports = asArray(spec.ports);
  const headless = spec.clusterIP === 'None';
  if (ports.length === 0 && !headless && type !== 'ExternalName')
    report('service/ports-required', 'spec.ports', 'a Service needs at least one port');
  const names = new Set<string>();
  const numbers = new Set<string>();
  ports.forEach((raw, i) => {
    const port = asObject(raw);
    const where = at('spec.ports', i);
    const name = typeof port.name === 'string' ? port.name : '';
    if (ports.length > 1 && !name)
      report('service/port-name-required', child(where, 'name'), 'every port of a multi-port Service needs a name');
    else if (name) {
      // Service port names are DNS-1123 labels, not IANA_SVC_NAMEs like container ports.
      for (const problem of dns1123Label(name))
        report('service/invalid-port-name', child(where, 'name'), `port name "${name}": ${problem}`);
      if (names.has(name)) report('service/duplicate-port-name', child(where, 'name'), `port name "${name}" is used twice`);
      names.add(name);
    }
    for (const problem of portNumber(port.port)) report('service/invalid-port', child(where, 'port'), `port ${port.port}: ${problem}`);
    const protocol = port.protocol ?? 'TCP';
    if (!['TCP', 'UDP', 'SCTP'].includes(protocol))
      report('service/invalid-protocol', child(where, 'protocol'), `protocol "${protocol}" is not one of TCP, UDP, SCTP`);
    const key = `${port.port}/${protocol}`;
    if (numbers.has(key)) report('service/duplicate-port', where, `port ${key} is declared twice`);
    numbers.add(key);
    const target = port.targetPort;
    if (isSet(target) && target !== 0 && target !== '') {
      const problems = typeof target === 'string' ? ianaServiceName(target) : portNumber(target);
      for (const problem of problems)
        report('service/invalid-target-port', child(where, 'targetPort'), `targetPort ${JSON.stringify(target)}: ${problem}`);
    }
    if (isSet(port.nodePort) && port.nodePort !== 0) {
      if (type === 'ClusterIP' || type === 'ExternalName')
        report('service/invalid-port', child(where, 'nodePort'), `nodePort may not be used when type is '${type}'`);
      else
        for (const problem of portNumber(port.nodePort))
          report('service/invalid-port', child(where, 'nodePort'), `nodePort ${port.nodePort}: ${problem}`);
    }
  });
  checkLabels(spec.selector, 'spec.selector', report);
}

/** MaxSecretSize, also the ConfigMap limit: 1 MiB of values. */
const DATA_SIZE_LIMIT = 1024 * 1024;

/** ValidateConfigMap and ValidateSecret: config keys, no key in both maps, values ≤ 1 MiB in all. */
function checkDataObject(object: Record<string, any>, rulePrefix: 'configmap' | 'secret', report: Report): void {
  const maps: Array<[string, (value: unknown) => number]> =
    rulePrefix === 'configmap'
      ? [
          ['data', (v) => Buffer.byteLength(String(v ?? ''))],
          ['binaryData', (v) => Buffer.from(String(v ?? ''), 'base64').length],
        ]
      : [
          ['data', (v) => Buffer.from(String(v ?? ''), 'base64').length],
          ['stringData', (v) => Buffer.byteLength(String(v ?? ''))],
        ];
  let size = 0;
  const seen = new Map<string, string>();
  for (const [field, measure] of maps) {
    for (const [key, value] of Object.entries(asObject(object[field]))) {
      for (const problem of configKey(key)) report(`${rulePrefix}/invalid-key`, at(field, key), `key "${key}": ${problem}`);
      // A Secret's stringData is merged over data; a ConfigMap may not hold one key in both maps.
      if (rulePrefix === 'configmap' && seen.has(key))
        report('configmap/duplicate-key', at(field, key), `key "${key}" is also in ${seen.get(key)}`);
      seen.set(key, field);
      size += measure(value);
    }
  }
  if (size > DATA_SIZE_LIMIT) report(`${rulePrefix}/too-large`, '', `values total ${size} bytes, more than ${DATA_SIZE_LIMIT}`);
}

/** ValidatePodDisruptionBudgetSpec (policy/v1). */
function checkPodDisruptionBudget(pdb: Record<string, any>, report: Report): void {
  const spec = asObject(pdb.spec);
  const hasMin = isSet(spec.minAvailable);
  const hasMax = isSet(spec.maxUnavailable);
  if (hasMin && hasMax) report('pdb/invalid-budget', 'spec', 'minAvailable and maxUnavailable cannot be both set');
  // The API accepts a budget with neither, which protects nothing; the project asks for exactly one.
  if (!hasMin && !hasMax) report('pdb/invalid-budget', 'spec', 'exactly one of minAvailable and maxUnavailable must be set');
  if (hasMin) checkIntOrPercent(spec.minAvailable, 'spec.minAvailable', 'pdb/invalid-budget', report);
  if (hasMax) checkIntOrPercent(spec.maxUnavailable, 'spec.maxUnavailable', 'pdb/invalid-budget', report);
  checkLabelSelector(spec.selector, 'spec.selector', report);
  if (isSet(spec.unhealthyPodEvictionPolicy) && !['IfHealthyBudget', 'AlwaysAllow'].includes(spec.unhealthyPodEvictionPolicy)) {
    report(
      'pdb/invalid-eviction-policy',
      'spec.unhealthyPodEvictionPolicy',
      `"${spec.unhealthyPodEvictionPolicy}" is not IfHealthyBudget or AlwaysAllow`,
    );
  }
}

/** The name rule of each kind: Services are DNS-1035 labels, Namespaces and StatefulSets DNS-1123 labels, the rest DNS-1123 subdomains. */
function nameRule(kind: string): (name: string) => string[] {
  if (kind === 'Service') return dns1035Label;
  // ValidateStatefulSetName has been NameIsDNSLabel since 1.27: the name becomes each pod's hostname.
  if (kind === 'Namespace' || kind === 'StatefulSet') return dns1123Label;
  return (name) => subdomainNameProblems(name);
}

/**
 * Every single-object finding for one Kubernetes object (parsed YAML). Paths are relative to the
 * object; messages start with its kind and name.
 */
export function checkObject(object: unknown, options: OracleOptions, sink: Report): void {
  const o = asObject(object);
  const kind = String(o.kind ?? '');
  const name = String(asObject(o.metadata).name ?? '');
  const report: Report = (rule, path, message) => sink(rule, path, `${kind} ${name}: ${message}`);
  const context: PodContext = { report, options };
  checkObjectMeta(o.metadata, nameRule(kind), report);
  const spec = asObject(o.spec);
  switch (kind) {
    case 'Pod':
      checkPodTemplate(o.metadata, o.spec, '', context, 'metadata');
      break;
    case 'Deployment':
      checkDeployment(spec, context);
      break;
    case 'ReplicaSet':
      checkNonNegative(spec, ['replicas', 'minReadySeconds'], 'spec', 'workload/negative-field', report);
      checkControllerSelector(spec, 'ReplicaSet', report);
      checkTemplate(spec, context);
      checkLongRunningTemplate(spec, 'ReplicaSet', report);
      break;
    case 'StatefulSet':
      checkStatefulSet(o, context);
      break;
    case 'DaemonSet':
      checkDaemonSet(spec, context);
      break;
    case 'Job':
      checkJob(o, context);
      break;
    case 'CronJob':
      checkCronJob(o, context);
      break;
    case 'Service':
      checkService(o, report);
      break;
    case 'ConfigMap':
      checkDataObject(o, 'configmap', report);
      break;
    case 'Secret':
      checkDataObject(o, 'secret', report);
      break;
    case 'PodDisruptionBudget':
      checkPodDisruptionBudget(o, report);
      break;
  }
}
