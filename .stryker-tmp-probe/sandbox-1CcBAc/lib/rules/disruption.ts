/**
 * PodDisruptionBudgets: ValidatePodDisruptionBudgetSpec (pkg/apis/policy/validation, 1.28).
 */
// @ts-nocheck

import { asObject, describeJson, JsonObject, read } from './json';
import { checkLabelSelector } from './metadata';
import { isPercent } from './names';
import { report, Violation, ViolationCode } from './violation';

const RULE_PDB = 'validation.ValidatePodDisruptionBudgetSpec (pkg/apis/policy/validation)';
const EVICTION_POLICIES = new Set(['IfHealthyBudget', 'AlwaysAllow']);

/**
 * Checks a PodDisruptionBudget: exactly one of `minAvailable` and `maxUnavailable`, each a
 * whole number of 0 or more or a percentage up to 100%, a valid selector, a known
 * `unhealthyPodEvictionPolicy`. Beyond the API server, which accepts them: a budget with
 * neither bound (the disruption controller's `getExpectedPodCount`,
 * pkg/controller/disruption/disruption.go, then requires no healthy pod at all), and one
 * without a selector (a null selector selects no pod in policy/v1): both protect nothing.
 * @internal
 */
export function checkDisruptionBudget(out: Violation[], object: JsonObject): void {
  const spec = asObject(read(object, 'spec')) ?? {};
  const hasMin = spec.minAvailable !== undefined && spec.minAvailable !== null;
  const hasMax = spec.maxUnavailable !== undefined && spec.maxUnavailable !== null;
  if (hasMin && hasMax) {
    report(
      out,
      ViolationCode.INVALID_PDB,
      'spec',
      'the PodDisruptionBudget sets both minAvailable and maxUnavailable',
      'keep one of them',
      RULE_PDB,
    );
  } else if (!hasMin && !hasMax) {
    report(
      out,
      ViolationCode.INVALID_PDB,
      'spec',
      'the PodDisruptionBudget sets neither minAvailable nor maxUnavailable, so it allows every eviction',
      'set minAvailable (e.g. 1) or maxUnavailable (e.g. "25%")',
      'disruption.getExpectedPodCount (pkg/controller/disruption/disruption.go); accepted by ' + RULE_PDB,
    );
  }
  if (hasMin) checkBound(out, spec.minAvailable, 'spec.minAvailable', 'minAvailable');
  if (hasMax) checkBound(out, spec.maxUnavailable, 'spec.maxUnavailable', 'maxUnavailable');
  if (spec.selector === undefined || spec.selector === null) {
    report(
      out,
      ViolationCode.INVALID_PDB,
      'spec.selector',
      'the PodDisruptionBudget has no selector; in policy/v1 a null selector selects no pod, so the budget protects nothing',
      'select the pods it protects, e.g. matchLabels: { app: <name> }',
      'PodDisruptionBudgetSpec.Selector (staging/src/k8s.io/api/policy/v1/types.go)',
    );
  } else {
    checkLabelSelector(out, spec.selector, 'spec.selector', "in the PodDisruptionBudget's selector");
  }
  const policy = spec.unhealthyPodEvictionPolicy;
  if (policy !== undefined && policy !== null && !(typeof policy === 'string' && EVICTION_POLICIES.has(policy))) {
    report(
      out,
      ViolationCode.INVALID_PDB,
      'spec.unhealthyPodEvictionPolicy',
      `the PodDisruptionBudget's unhealthyPodEvictionPolicy is ${describeJson(policy)}`,
      'use IfHealthyBudget or AlwaysAllow',
      RULE_PDB,
    );
  }
}

/** ValidatePositiveIntOrPercent and IsNotMoreThan100Percent (pkg/apis/apps/validation). */
function checkBound(out: Violation[], value: unknown, field: string, key: string): void {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) {
      report(
        out,
        ViolationCode.INVALID_PDB,
        field,
        `the PodDisruptionBudget's ${key} is ${value}; it must be a whole number of 0 or more, or a percentage`,
        'use e.g. 1 or "50%"',
        'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
      );
    }
    return;
  }
  if (typeof value === 'string' && isPercent(value)) {
    if (Number(value.slice(0, -1)) > 100) {
      report(
        out,
        ViolationCode.INVALID_PDB,
        field,
        `the PodDisruptionBudget's ${key} is ${value}, more than 100%`,
        'use a percentage from 0% to 100%',
        'validation.IsNotMoreThan100Percent (pkg/apis/apps/validation)',
      );
    }
    return;
  }
  report(
    out,
    ViolationCode.INVALID_PDB,
    field,
    `the PodDisruptionBudget's ${key} is ${describeJson(value)}, neither a whole number nor a percentage like "50%"`,
    typeof value === 'string' && /^[0-9]+$/.test(value)
      ? `write the number unquoted (${value}) or as a percentage ("${value}%")`
      : 'use e.g. 1 or "50%"',
    'validation.ValidatePositiveIntOrPercent (pkg/apis/apps/validation)',
  );
}
