// @ts-nocheck
import type { Placed } from './containers';
import { descendingPathProblems } from './paths';
import { Report, asArray, asObject, at, child, isSet } from './report';

/**
 * Security contexts, transcribed from `pkg/apis/core/validation/validation.go` of Kubernetes 1.28
 * (validatePodSpecSecurityContext, ValidateSecurityContext, validateSeccompProfileField), plus the
 * kubelet's verifyRunAsNonRoot.
 */

const UINT32_MAX = 0xffffffff;

/** IsValidUserID / IsValidGroupID: 0 to 2^32-1. */
function checkId(value: unknown, path: string, report: Report): void {
  if (isSet(value) && !(typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= UINT32_MAX)) {
    report('pod/invalid-security-context', path, `${value} must be between 0 and ${UINT32_MAX}, inclusive`);
  }
}

/** validateSeccompProfileField: a known type; a localhost profile exactly when the type is Localhost. */
function checkSeccomp(profile: unknown, path: string, report: Report): void {
  if (!isSet(profile)) return;
  const p = asObject(profile);
  if (!['Localhost', 'RuntimeDefault', 'Unconfined'].includes(p.type))
    report(
      'pod/invalid-security-context',
      child(path, 'type'),
      `seccomp type "${p.type ?? ''}" is not Localhost, RuntimeDefault or Unconfined`,
    );
  if (p.type === 'Localhost') {
    if (!p.localhostProfile)
      report('pod/invalid-security-context', child(path, 'localhostProfile'), 'must be set when seccomp type is Localhost');
    else
      for (const problem of descendingPathProblems(String(p.localhostProfile)))
        report('pod/invalid-security-context', child(path, 'localhostProfile'), problem);
  } else if (isSet(p.localhostProfile))
    report('pod/invalid-security-context', child(path, 'localhostProfile'), 'can only be set when seccomp type is Localhost');
}

/**
 * validatePodSpecSecurityContext and ValidateSecurityContext, plus the kubelet's
 * verifyRunAsNonRoot: a container that must run as non-root but is told to run as user 0 never starts.
 */
export function checkSecurityContexts(spec: Record<string, any>, path: string, placed: readonly Placed[], report: Report): void {
  const pod = asObject(spec.securityContext);
  const podPath = child(path, 'securityContext');
  for (const field of ['runAsUser', 'runAsGroup', 'fsGroup']) checkId(pod[field], child(podPath, field), report);
  asArray(pod.supplementalGroups).forEach((id, i) => checkId(id, at(child(podPath, 'supplementalGroups'), i), report));
  if (isSet(pod.fsGroupChangePolicy) && !['OnRootMismatch', 'Always'].includes(pod.fsGroupChangePolicy)) {
    report(
      'pod/invalid-security-context',
      child(podPath, 'fsGroupChangePolicy'),
      `"${pod.fsGroupChangePolicy}" is not OnRootMismatch or Always`,
    );
  }
  checkSeccomp(pod.seccompProfile, child(podPath, 'seccompProfile'), report);
  for (const p of placed) {
    const sc = asObject(p.container.securityContext);
    const where = child(p.path, 'securityContext');
    checkId(sc.runAsUser, child(where, 'runAsUser'), report);
    checkId(sc.runAsGroup, child(where, 'runAsGroup'), report);
    checkSeccomp(sc.seccompProfile, child(where, 'seccompProfile'), report);
    if (sc.allowPrivilegeEscalation === false) {
      if (sc.privileged === true)
        report('pod/invalid-security-context', where, 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true');
      // Go compares the literal string CAP_SYS_ADMIN, not SYS_ADMIN.
      if (asArray(asObject(sc.capabilities).add).includes('CAP_SYS_ADMIN')) {
        report(
          'pod/invalid-security-context',
          where,
          'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN',
        );
      }
    }
    const nonRoot = sc.runAsNonRoot ?? pod.runAsNonRoot;
    const user = sc.runAsUser ?? pod.runAsUser;
    if (nonRoot === true && user === 0)
      report(
        'pod/run-as-root-conflict',
        where,
        `container "${p.container.name}" must run as non-root but runAsUser is 0; the kubelet will not start it`,
      );
  }
}
