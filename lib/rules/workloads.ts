/**
 * Controllers and bare pods: Deployment, ReplicaSet, StatefulSet and DaemonSet
 * (pkg/apis/apps/validation), Job and CronJob (pkg/apis/batch/validation), Pod
 * (pkg/apis/core/validation), as of Kubernetes 1.28, on objects before the API server's
 * defaulting (defaults are applied where a rule depends on them).
 */
import { parseCronSchedule } from './cron';
import { asArray, asInteger, asObject, asString, describeJson, isSet, JsonObject, read } from './json';
import { checkAnnotations, checkLabels, checkLabelSelector, isEmptySelector, labelSelectorMatches } from './metadata';
import { isDns1123Label, isPercent, suggestLabel } from './names';
import { checkPodSpec, checkPodTemplate } from './pod';
import { checkQosAnnotation } from './qos';
import { isTimeZone } from './time-zone';
import { report, Violation, ViolationCode } from './violation';

const RULE_NON_NEGATIVE = 'validation.ValidateNonnegativeField (pkg/apis/core/validation)';
const RULE_RS_TEMPLATE = 'validation.ValidatePodTemplateSpecForReplicaSet (pkg/apis/apps/validation)';
const RULE_JOB_SPEC = 'validation.validateJobSpec (pkg/apis/batch/validation)';
const RULE_CRON_SPEC = 'validation.validateCronJobSpec (pkg/apis/batch/validation)';

/** maxParallelismForIndexedJob. */
const MAX_INDEXED_PARALLELISM = 100000;
/** The defaults apps/v1 fills in (pkg/apis/apps/v1/defaults.go). */
const DEPLOYMENT_PROGRESS_DEADLINE_DEFAULT = 600;

/** Reports a field that must be a whole number of 0 or more, when it is set. */
function checkNonNegative(
  out: Violation[],
  spec: JsonObject,
  key: string,
  field: string,
  owner: string,
  code: ViolationCode,
  rule = RULE_NON_NEGATIVE,
): void {
  const value = spec[key];
  if (value === undefined || value === null) return;
  const n = asInteger(value);
  if (n === undefined || n < 0) {
    report(
      out,
      code,
      `${field}.${key}`,
      `the ${owner}'s ${key} is ${describeJson(value)}; it must be a whole number of 0 or more`,
      `set ${key} to 0 or more, or remove it`,
      rule,
    );
  }
}

/**
 * The selector of a Deployment, ReplicaSet or StatefulSet (required, syntactically valid, not
 * empty) and whether it matches the labels of `template`: not asked when the template is not
 * a pod template (already reported), which has no labels to match.
 */
function checkSelector(
  out: Violation[],
  spec: JsonObject,
  field: string,
  kind: string,
  rule: string,
  required: boolean,
  template: { labels: unknown } | undefined,
): void {
  const selector = asObject(spec.selector);
  if (!selector) {
    report(
      out,
      ViolationCode.SELECTOR_MISMATCH,
      `${field}.selector`,
      `the ${kind} has no selector${spec.selector !== undefined ? ` (it is ${describeJson(spec.selector)})` : ''}`,
      'set spec.selector.matchLabels to labels of the pod template, e.g. { app: <name> }',
      required
        ? rule
        : `metav1.LabelSelectorAsSelector (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1): a missing selector matches nothing, ${rule}`,
    );
    return;
  }
  checkLabelSelector(out, selector, `${field}.selector`, `in the ${kind}'s selector`);
  if (isEmptySelector(selector)) {
    report(
      out,
      ViolationCode.SELECTOR_MISMATCH,
      `${field}.selector`,
      `the ${kind}'s selector is empty; it would select every pod in the namespace`,
      'select the pod template by its labels, e.g. matchLabels: { app: <name> }',
      rule,
    );
  } else if (template && !labelSelectorMatches(selector, template.labels)) {
    const matchLabels = asObject(selector.matchLabels) ?? {};
    report(
      out,
      ViolationCode.SELECTOR_MISMATCH,
      `${field}.template.metadata.labels`,
      `the ${kind}'s selector does not match its pod template's labels, so the ${kind} would never own the pods it creates`,
      labelSelectorMatches({ matchLabels }, template.labels)
        ? "change the template's labels or spec.selector.matchExpressions until the labels satisfy every expression"
        : `add the selector's labels to spec.template.metadata.labels (${JSON.stringify(matchLabels)})`,
      rule,
    );
  }
}

/** A template's restartPolicy for controllers that keep pods running: only Always (the default). */
function checkAlwaysRestart(out: Violation[], podSpec: JsonObject, field: string, kind: string, rule: string): void {
  const policy = podSpec.restartPolicy;
  if (policy !== undefined && policy !== null && policy !== 'Always') {
    report(
      out,
      ViolationCode.INVALID_RESTART_POLICY,
      `${field}.restartPolicy`,
      `the ${kind}'s pod template has restartPolicy ${describeJson(policy)}; a ${kind} keeps its pods running and accepts only Always`,
      'remove restartPolicy (it defaults to Always), or use a Job for pods that run to completion',
      rule,
    );
  }
  if (podSpec.activeDeadlineSeconds !== undefined && podSpec.activeDeadlineSeconds !== null) {
    report(
      out,
      ViolationCode.INVALID_ACTIVE_DEADLINE,
      `${field}.activeDeadlineSeconds`,
      `the ${kind}'s pod template sets activeDeadlineSeconds, which a ${kind} does not support`,
      'remove activeDeadlineSeconds from the pod template',
      rule,
    );
  }
}

/**
 * An int-or-percent value: a whole number of 0 or more, or `N%` (at most 100% when `capped`).
 * Returns its number, or `undefined` when it is reported (so that no second finding reads it).
 */
function intOrPercent(
  out: Violation[],
  value: unknown,
  field: string,
  what: string,
  code: ViolationCode,
  rule: string,
  capped: boolean,
): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) {
      report(out, code, field, `${what} is ${value}; it must be a whole number of 0 or more, or a percentage`, 'use e.g. 1 or "25%"', rule);
      return undefined;
    }
    return value;
  }
  if (typeof value === 'string' && isPercent(value)) {
    const percent = Number(value.slice(0, -1));
    if (capped && percent > 100) {
      report(
        out,
        code,
        field,
        `${what} is ${value}, more than 100%`,
        'use a percentage from 0% to 100%',
        'validation.IsNotMoreThan100Percent (pkg/apis/apps/validation)',
      );
    }
    return percent;
  }
  report(
    out,
    code,
    field,
    `${what} is ${describeJson(value)}, neither a whole number nor a percentage like "25%"`,
    typeof value === 'string' && /^[0-9]+$/.test(value)
      ? `write the number unquoted (${value}) or as a percentage ("${value}%")`
      : 'use e.g. 1 or "25%"',
    'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
  );
  return undefined;
}

/** Deployment: ValidateDeploymentSpec (pkg/apis/apps/validation). @internal */
export function checkDeployment(out: Violation[], object: JsonObject): void {
  const spec = asObject(read(object, 'spec')) ?? {};
  const rule = 'validation.ValidateDeploymentSpec (pkg/apis/apps/validation)';
  checkNonNegative(out, spec, 'replicas', 'spec', 'Deployment', ViolationCode.INVALID_WORKLOAD);
  const pod = checkPodTemplate(out, spec.template, 'spec.template');
  checkSelector(out, spec, 'spec', 'Deployment', rule, true, pod);
  if (pod) checkAlwaysRestart(out, pod.spec, 'spec.template.spec', 'Deployment', RULE_RS_TEMPLATE);
  const strategy = asObject(spec.strategy) ?? {};
  const type = read(strategy, 'type') ?? 'RollingUpdate';
  const rollingUpdate = read(strategy, 'rollingUpdate');
  if (type === 'Recreate') {
    if (rollingUpdate !== undefined && rollingUpdate !== null) {
      report(
        out,
        ViolationCode.INVALID_WORKLOAD,
        'spec.strategy.rollingUpdate',
        'the Deployment sets rollingUpdate with strategy Recreate',
        'remove rollingUpdate, or use type RollingUpdate',
        'validation.ValidateDeploymentStrategy (pkg/apis/apps/validation)',
      );
    }
  } else if (type === 'RollingUpdate') {
    const rolling = asObject(rollingUpdate) ?? {};
    const ruleRolling = 'validation.ValidateRollingUpdateDeployment (pkg/apis/apps/validation)';
    const unavailable = intOrPercent(
      out,
      read(rolling, 'maxUnavailable') ?? '25%',
      'spec.strategy.rollingUpdate.maxUnavailable',
      "the Deployment's maxUnavailable",
      ViolationCode.INVALID_WORKLOAD,
      ruleRolling,
      true,
    );
    const surge = intOrPercent(
      out,
      read(rolling, 'maxSurge') ?? '25%',
      'spec.strategy.rollingUpdate.maxSurge',
      "the Deployment's maxSurge",
      ViolationCode.INVALID_WORKLOAD,
      ruleRolling,
      false,
    );
    if (unavailable === 0 && surge === 0) {
      report(
        out,
        ViolationCode.INVALID_WORKLOAD,
        'spec.strategy.rollingUpdate.maxUnavailable',
        "the Deployment's maxUnavailable and maxSurge are both 0 (absent ones default to 25%), so a rollout could never proceed",
        'allow at least one: e.g. maxSurge: 1',
        ruleRolling,
      );
    }
  } else {
    report(
      out,
      ViolationCode.INVALID_WORKLOAD,
      'spec.strategy.type',
      `the Deployment's strategy type is ${describeJson(type)}`,
      'use RollingUpdate or Recreate',
      'validation.ValidateDeploymentStrategy (pkg/apis/apps/validation)',
    );
  }
  checkNonNegative(out, spec, 'minReadySeconds', 'spec', 'Deployment', ViolationCode.INVALID_WORKLOAD);
  checkNonNegative(out, spec, 'revisionHistoryLimit', 'spec', 'Deployment', ViolationCode.INVALID_WORKLOAD);
  checkNonNegative(out, spec, 'progressDeadlineSeconds', 'spec', 'Deployment', ViolationCode.INVALID_WORKLOAD);
  const minReady = asInteger(spec.minReadySeconds) ?? 0;
  const progress =
    spec.progressDeadlineSeconds === undefined || spec.progressDeadlineSeconds === null
      ? DEPLOYMENT_PROGRESS_DEADLINE_DEFAULT
      : asInteger(spec.progressDeadlineSeconds);
  if (progress !== undefined && progress <= minReady) {
    report(
      out,
      ViolationCode.INVALID_WORKLOAD,
      spec.progressDeadlineSeconds === undefined ? 'spec.minReadySeconds' : 'spec.progressDeadlineSeconds',
      `the Deployment's progressDeadlineSeconds (${progress}${spec.progressDeadlineSeconds === undefined ? ', the default' : ''}) is not greater than minReadySeconds (${minReady})`,
      `set progressDeadlineSeconds above ${minReady}, e.g. ${minReady + DEPLOYMENT_PROGRESS_DEADLINE_DEFAULT}`,
      rule,
    );
  }
}

/** ReplicaSet: ValidateReplicaSetSpec (pkg/apis/apps/validation). @internal */
export function checkReplicaSet(out: Violation[], object: JsonObject): void {
  const spec = asObject(read(object, 'spec')) ?? {};
  checkNonNegative(out, spec, 'replicas', 'spec', 'ReplicaSet', ViolationCode.INVALID_WORKLOAD);
  checkNonNegative(out, spec, 'minReadySeconds', 'spec', 'ReplicaSet', ViolationCode.INVALID_WORKLOAD);
  const pod = checkPodTemplate(out, spec.template, 'spec.template');
  checkSelector(out, spec, 'spec', 'ReplicaSet', 'validation.ValidateReplicaSetSpec (pkg/apis/apps/validation)', true, pod);
  if (pod) checkAlwaysRestart(out, pod.spec, 'spec.template.spec', 'ReplicaSet', RULE_RS_TEMPLATE);
}

/**
 * StatefulSet: ValidateStatefulSetSpec (pkg/apis/apps/validation). Beyond the API server, which
 * checks only the template's labels and annotations for a StatefulSet: the pod spec (the
 * controller's pod creations are refused otherwise), `serviceName` as a DNS-1123 label (it
 * becomes the pods' subdomain) and `revisionHistoryLimit` of 0 or more.
 * @internal
 */
export function checkStatefulSet(out: Violation[], object: JsonObject): void {
  const spec = asObject(read(object, 'spec')) ?? {};
  const rule = 'validation.ValidateStatefulSetSpec (pkg/apis/apps/validation)';
  checkNonNegative(out, spec, 'replicas', 'spec', 'StatefulSet', ViolationCode.INVALID_WORKLOAD);
  checkNonNegative(out, spec, 'minReadySeconds', 'spec', 'StatefulSet', ViolationCode.INVALID_WORKLOAD);
  checkNonNegative(
    out,
    spec,
    'revisionHistoryLimit',
    'spec',
    'StatefulSet',
    ViolationCode.INVALID_WORKLOAD,
    'stateful.truncateHistory (pkg/controller/statefulset), not checked by ValidateStatefulSetSpec',
  );
  // The pods are validated when they are created, after the controller has given them a volume
  // per claim template (updateStorage, pkg/controller/statefulset): mounts may name a claim.
  const claims = new Set<string>(
    asArray(spec.volumeClaimTemplates).flatMap((claim: unknown) => {
      const name = asString(asObject(asObject(claim)?.metadata)?.name);
      return name ? [name] : [];
    }),
  );
  const pod = checkPodTemplate(out, spec.template, 'spec.template', claims);
  checkSelector(out, spec, 'spec', 'StatefulSet', rule, true, pod);
  if (pod) checkAlwaysRestart(out, pod.spec, 'spec.template.spec', 'StatefulSet', rule);
  const policy = spec.podManagementPolicy;
  if (policy !== undefined && policy !== null && policy !== 'OrderedReady' && policy !== 'Parallel') {
    report(
      out,
      ViolationCode.INVALID_WORKLOAD,
      'spec.podManagementPolicy',
      `the StatefulSet's podManagementPolicy is ${describeJson(policy)}`,
      'use OrderedReady or Parallel',
      rule,
    );
  }
  const strategy = asObject(spec.updateStrategy) ?? {};
  const type = read(strategy, 'type') ?? 'RollingUpdate';
  const rolling = asObject(read(strategy, 'rollingUpdate'));
  if (type === 'OnDelete' && rolling) {
    report(
      out,
      ViolationCode.INVALID_WORKLOAD,
      'spec.updateStrategy.rollingUpdate',
      'the StatefulSet sets rollingUpdate with updateStrategy OnDelete',
      'remove rollingUpdate, or use type RollingUpdate',
      rule,
    );
  } else if (type !== 'OnDelete' && type !== 'RollingUpdate') {
    report(
      out,
      ViolationCode.INVALID_WORKLOAD,
      'spec.updateStrategy.type',
      `the StatefulSet's updateStrategy type is ${describeJson(type)}`,
      'use RollingUpdate or OnDelete',
      rule,
    );
  } else if (rolling) {
    checkNonNegative(
      out,
      rolling,
      'partition',
      'spec.updateStrategy.rollingUpdate',
      'StatefulSet',
      ViolationCode.INVALID_WORKLOAD,
      'validation.validateRollingUpdateStatefulSet (pkg/apis/apps/validation)',
    );
  }
  const serviceName = spec.serviceName;
  if (
    serviceName !== undefined &&
    serviceName !== null &&
    serviceName !== '' &&
    (typeof serviceName !== 'string' || !isDns1123Label(serviceName))
  ) {
    report(
      out,
      ViolationCode.INVALID_NAME,
      'spec.serviceName',
      `the StatefulSet's serviceName ${describeJson(serviceName)} is not a DNS-1123 label; it becomes each pod's subdomain, so the controller cannot create the pods`,
      `use the name of the headless Service, e.g. ${JSON.stringify(suggestLabel(String(serviceName)))}`,
      'validation.ValidatePodSpec (pkg/apis/core/validation), subdomain of the pods the StatefulSet controller creates',
    );
  }
}

/** DaemonSet: ValidateDaemonSetSpec (pkg/apis/apps/validation). @internal */
export function checkDaemonSet(out: Violation[], object: JsonObject): void {
  const spec = asObject(read(object, 'spec')) ?? {};
  const rule = 'validation.ValidateDaemonSetSpec (pkg/apis/apps/validation)';
  const pod = checkPodTemplate(out, spec.template, 'spec.template');
  checkSelector(out, spec, 'spec', 'DaemonSet', rule, false, pod);
  if (pod) checkAlwaysRestart(out, pod.spec, 'spec.template.spec', 'DaemonSet', rule);
  checkNonNegative(out, spec, 'minReadySeconds', 'spec', 'DaemonSet', ViolationCode.INVALID_WORKLOAD);
  checkNonNegative(out, spec, 'revisionHistoryLimit', 'spec', 'DaemonSet', ViolationCode.INVALID_WORKLOAD);
  const strategy = asObject(spec.updateStrategy) ?? {};
  const type = read(strategy, 'type') ?? 'RollingUpdate';
  if (type === 'RollingUpdate') {
    // apps/v1 defaults: maxUnavailable 1, maxSurge 0.
    const rolling = asObject(read(strategy, 'rollingUpdate'));
    const maxUnavailable = read(rolling, 'maxUnavailable');
    const maxSurge = read(rolling, 'maxSurge');
    const ruleRolling = 'validation.ValidateRollingUpdateDaemonSet (pkg/apis/apps/validation)';
    const unavailable = intOrPercent(
      out,
      maxUnavailable ?? 1,
      'spec.updateStrategy.rollingUpdate.maxUnavailable',
      "the DaemonSet's maxUnavailable",
      ViolationCode.INVALID_WORKLOAD,
      ruleRolling,
      true,
    );
    const surge = intOrPercent(
      out,
      maxSurge ?? 0,
      'spec.updateStrategy.rollingUpdate.maxSurge',
      "the DaemonSet's maxSurge",
      ViolationCode.INVALID_WORKLOAD,
      ruleRolling,
      true,
    );
    if (unavailable !== undefined && surge !== undefined && (unavailable === 0) === (surge === 0)) {
      report(
        out,
        ViolationCode.INVALID_WORKLOAD,
        'spec.updateStrategy.rollingUpdate',
        unavailable === 0
          ? "the DaemonSet's maxUnavailable and maxSurge are both 0, so a rollout could never proceed"
          : `the DaemonSet's maxUnavailable (${maxUnavailable ?? '1, the default'}) and maxSurge (${maxSurge ?? 0}) are both non-zero; exactly one may be`,
        unavailable === 0 ? 'set maxUnavailable: 1 (or maxSurge: 1)' : 'with maxSurge, set maxUnavailable: 0 explicitly',
        ruleRolling,
      );
    }
  } else if (type !== 'OnDelete') {
    report(
      out,
      ViolationCode.INVALID_WORKLOAD,
      'spec.updateStrategy.type',
      `the DaemonSet's updateStrategy type is ${describeJson(type)}`,
      'use RollingUpdate or OnDelete',
      'validation.ValidateDaemonSetUpdateStrategy (pkg/apis/apps/validation)',
    );
  }
}

/**
 * A Job spec (validateJobSpec, pkg/apis/batch/validation), at `field`. `activeDeadlineSeconds`
 * of 0 is refused here although 1.28 accepts it (ValidateNonnegativeField): the Job
 * controller's `pastActiveDeadline` (pkg/controller/job/job_controller.go) then fails the Job
 * with DeadlineExceeded at its first sync. Returns the pod template's labels when the template
 * and its spec are objects.
 */
function checkJobSpec(out: Violation[], spec: JsonObject, field: string, owner: string): { labels: unknown } | undefined {
  for (const key of ['parallelism', 'completions', 'backoffLimit', 'ttlSecondsAfterFinished', 'activeDeadlineSeconds']) {
    checkNonNegative(out, spec, key, field, owner, ViolationCode.INVALID_JOB, RULE_JOB_SPEC);
  }
  if (asInteger(spec.activeDeadlineSeconds) === 0) {
    report(
      out,
      ViolationCode.INVALID_JOB,
      `${field}.activeDeadlineSeconds`,
      `the ${owner}'s activeDeadlineSeconds is 0, so the Job fails with DeadlineExceeded as soon as it starts`,
      'set a deadline of 1 second or more, or remove it',
      'job.pastActiveDeadline (pkg/controller/job/job_controller.go); 0 is accepted by validation.validateJobSpec (pkg/apis/batch/validation)',
    );
  }
  const mode = spec.completionMode;
  if (mode !== undefined && mode !== null && mode !== 'NonIndexed' && mode !== 'Indexed') {
    report(
      out,
      ViolationCode.INVALID_JOB,
      `${field}.completionMode`,
      `the ${owner}'s completionMode is ${describeJson(mode)}`,
      'use NonIndexed or Indexed',
      RULE_JOB_SPEC,
    );
  }
  if (mode === 'Indexed') {
    if (spec.completions === undefined || spec.completions === null) {
      report(
        out,
        ViolationCode.INVALID_JOB,
        `${field}.completions`,
        `the ${owner} is Indexed but sets no completions`,
        'set completions to the number of indexes',
        RULE_JOB_SPEC,
      );
    }
    const parallelism = asInteger(spec.parallelism);
    if (parallelism !== undefined && parallelism > MAX_INDEXED_PARALLELISM) {
      report(
        out,
        ViolationCode.INVALID_JOB,
        `${field}.parallelism`,
        `the ${owner} is Indexed with parallelism ${parallelism}, above ${MAX_INDEXED_PARALLELISM}`,
        `use at most ${MAX_INDEXED_PARALLELISM}`,
        RULE_JOB_SPEC,
      );
    }
  }
  const pod = checkPodTemplate(out, spec.template, `${field}.template`);
  if (!pod) return undefined;
  const policy = pod.spec.restartPolicy;
  const path = `${field}.template.spec.restartPolicy`;
  if (policy !== 'OnFailure' && policy !== 'Never') {
    report(
      out,
      ViolationCode.INVALID_RESTART_POLICY,
      path,
      policy === undefined || policy === null
        ? `the ${owner}'s pod template has no restartPolicy, which defaults to Always; a Job's pods must run to completion`
        : `the ${owner}'s pod template has restartPolicy ${describeJson(policy)}; a Job accepts only OnFailure or Never`,
      'set restartPolicy: Never (the Job retries with new pods) or OnFailure (the kubelet restarts the container)',
      RULE_JOB_SPEC,
    );
  } else if (spec.podFailurePolicy !== undefined && spec.podFailurePolicy !== null && policy !== 'Never') {
    report(
      out,
      ViolationCode.INVALID_RESTART_POLICY,
      path,
      `the ${owner} has a podFailurePolicy, which requires restartPolicy Never`,
      'set restartPolicy: Never',
      RULE_JOB_SPEC,
    );
  }
  return pod;
}

/** Job: ValidateJob (pkg/apis/batch/validation). @internal */
export function checkJob(out: Violation[], object: JsonObject): void {
  const spec = asObject(read(object, 'spec')) ?? {};
  const pod = checkJobSpec(out, spec, 'spec', 'Job');
  if (spec.manualSelector === true) {
    checkSelector(out, spec, 'spec', 'Job', 'validation.ValidateJobSpec (pkg/apis/batch/validation)', true, pod);
  } else if (spec.selector !== undefined && spec.selector !== null) {
    report(
      out,
      ViolationCode.INVALID_JOB,
      'spec.selector',
      'the Job sets a selector without manualSelector: true; the API server generates the selector and refuses one it did not generate',
      'remove spec.selector, or set manualSelector: true and make sure no other Job selects the same pods',
      'validation.ValidateGeneratedSelector (pkg/apis/batch/validation)',
    );
  }
  const name = asString(read(asObject(read(object, 'metadata')), 'name'));
  const completions = asInteger(spec.completions);
  if (spec.completionMode === 'Indexed' && name && completions !== undefined && completions > 0) {
    const hostname = `${name}-${completions - 1}`;
    if (!isDns1123Label(hostname)) {
      report(
        out,
        ViolationCode.INVALID_NAME,
        'metadata.name',
        `the Indexed Job's last pod hostname would be ${JSON.stringify(hostname)}, which is not a DNS-1123 label (at most 63 characters, no dots)`,
        `shorten the Job name to at most ${Math.max(1, 63 - 1 - String(completions - 1).length)} characters without dots`,
        'validation.ValidateJob (pkg/apis/batch/validation)',
      );
    }
  }
}

/** CronJob: ValidateCronJobCreate and validateCronJobSpec (pkg/apis/batch/validation). @internal */
export function checkCronJob(out: Violation[], object: JsonObject): void {
  const spec = asObject(read(object, 'spec')) ?? {};
  const schedule = spec.schedule;
  const timeZone = spec.timeZone;
  if (typeof schedule !== 'string' || schedule === '') {
    report(
      out,
      ViolationCode.INVALID_SCHEDULE,
      'spec.schedule',
      !isSet(schedule) || schedule === ''
        ? 'the CronJob has no schedule'
        : `the CronJob's schedule is ${describeJson(schedule)}, not a string`,
      'set a schedule such as "0 3 * * *" (minute hour day-of-month month day-of-week) or "@daily"',
      RULE_CRON_SPEC,
    );
  } else {
    const parsed = parseCronSchedule(schedule);
    if (!parsed.ok) {
      report(
        out,
        ViolationCode.INVALID_SCHEDULE,
        'spec.schedule',
        `the CronJob's schedule ${JSON.stringify(schedule)} does not parse: ${parsed.reason}`,
        'write five fields (minute hour day-of-month month day-of-week), e.g. "*/15 * * * *", or a descriptor such as "@hourly" or "@every 90m"',
        'cron.ParseStandard (github.com/robfig/cron/v3) via validation.validateScheduleFormat (pkg/apis/batch/validation)',
      );
    }
    if (schedule.includes('TZ')) {
      const zone = /^(?:CRON_)?TZ=(\S*)/.exec(schedule)?.[1];
      report(
        out,
        ViolationCode.INVALID_SCHEDULE,
        'spec.schedule',
        `the CronJob's schedule ${JSON.stringify(schedule)} carries a time zone (TZ or CRON_TZ), which the API server refuses on create`,
        zone
          ? `move the zone to spec.timeZone: ${JSON.stringify(zone)}, and keep only the fields in schedule`
          : 'remove TZ=/CRON_TZ= from schedule and set spec.timeZone',
        'validation.validateScheduleFormat (pkg/apis/batch/validation)',
      );
    }
  }
  if (timeZone !== undefined && timeZone !== null) {
    if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
      report(
        out,
        ViolationCode.INVALID_TIME_ZONE,
        'spec.timeZone',
        timeZone === ''
          ? "the CronJob's timeZone is an empty string"
          : typeof timeZone === 'string' && timeZone.toLowerCase() === 'local'
            ? `the CronJob's timeZone is ${JSON.stringify(timeZone)}; it must name an explicit zone, not the controller's local one`
            : `the CronJob's timeZone ${describeJson(timeZone)} is not a known IANA time zone`,
        'use an IANA zone name with its exact case, e.g. "Europe/Paris" or "Etc/UTC", or remove timeZone for the controller\'s zone',
        'validation.validateTimeZone (pkg/apis/batch/validation), time.LoadLocation',
      );
    }
  }
  const concurrency = spec.concurrencyPolicy;
  if (
    concurrency !== undefined &&
    concurrency !== null &&
    concurrency !== 'Allow' &&
    concurrency !== 'Forbid' &&
    concurrency !== 'Replace'
  ) {
    report(
      out,
      ViolationCode.INVALID_JOB,
      'spec.concurrencyPolicy',
      `the CronJob's concurrencyPolicy is ${describeJson(concurrency)}`,
      'use Allow, Forbid or Replace',
      'validation.validateConcurrencyPolicy (pkg/apis/batch/validation)',
    );
  }
  for (const key of ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit']) {
    checkNonNegative(out, spec, key, 'spec', 'CronJob', ViolationCode.INVALID_JOB, RULE_CRON_SPEC);
  }
  const jobTemplate = asObject(spec.jobTemplate);
  if (!jobTemplate) {
    report(
      out,
      ViolationCode.MISSING_CONTAINER,
      'spec.jobTemplate',
      'the CronJob has no jobTemplate',
      'add a jobTemplate with a pod template',
      RULE_CRON_SPEC,
    );
    return;
  }
  const jobMetadata = asObject(read(jobTemplate, 'metadata'));
  if (jobMetadata) {
    // Copied onto every Job the controller creates, which the API server then refuses.
    checkLabels(out, read(jobMetadata, 'labels'), 'spec.jobTemplate.metadata.labels', 'on the job template');
    checkAnnotations(out, read(jobMetadata, 'annotations'), 'spec.jobTemplate.metadata.annotations', 'on the job template');
  }
  const jobSpec = asObject(read(jobTemplate, 'spec')) ?? {};
  checkJobSpec(out, jobSpec, 'spec.jobTemplate.spec', 'CronJob');
  if (jobSpec.selector !== undefined && jobSpec.selector !== null) {
    report(
      out,
      ViolationCode.INVALID_JOB,
      'spec.jobTemplate.spec.selector',
      "the CronJob's job template sets a selector, which is always generated",
      'remove the selector',
      'validation.ValidateJobTemplateSpec (pkg/apis/batch/validation)',
    );
  }
  if (jobSpec.manualSelector === true) {
    report(
      out,
      ViolationCode.INVALID_JOB,
      'spec.jobTemplate.spec.manualSelector',
      "the CronJob's job template sets manualSelector: true, which is not supported",
      'remove manualSelector',
      'validation.ValidateJobTemplateSpec (pkg/apis/batch/validation)',
    );
  }
}

/** Pod: validatePodMetadataAndSpec (pkg/apis/core/validation), with the library's QoS annotation. @internal */
export function checkPod(out: Violation[], object: JsonObject): void {
  const spec = checkPodSpec(out, read(object, 'spec'), 'spec');
  if (spec) checkQosAnnotation(out, read(object, 'metadata'), spec, 'metadata.annotations', 'the Pod');
}
