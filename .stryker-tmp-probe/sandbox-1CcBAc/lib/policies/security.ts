// @ts-nocheck
import * as kplus from 'cdk8s-plus-28';

/** The Pod Security Standards level a profile holds containers to. */
export enum SecurityLevel {
  /** PSS "restricted": hardened, the default. */
  RESTRICTED = 'restricted',
  /** PSS "baseline": prevents known privilege escalations, allows root and added capabilities. */
  BASELINE = 'baseline',
  /** No security context written: the platform or the image decides. */
  PLATFORM_DEFAULTS = 'platform-defaults',
  /**
   * PSS "privileged": only for a container a webhook injects that needs more than baseline
   * allows (Istio's istio-init, without Istio's CNI, adds NET_ADMIN and NET_RAW). The library
   * writes no such container itself.
   */
  PRIVILEGED = 'privileged',
}

/**
 * Which Pod Security Standard a pod or container is held to
 * (https://kubernetes.io/docs/concepts/security/pod-security-standards/).
 *
 * Every container starts from the restricted profile's settings: `runAsNonRoot`,
 * `allowPrivilegeEscalation: false`, all capabilities dropped, seccomp `RuntimeDefault`, plus a
 * read-only root filesystem. Relaxing a setting the restricted profile requires fails synth
 * unless the pod or container opts out here, with a reason that is recorded on the pod.
 */
export class SecurityProfile {
  /** The restricted profile (the default). */
  public static readonly RESTRICTED = new SecurityProfile(SecurityLevel.RESTRICTED, undefined);

  /**
   * The baseline profile: allows running as root, privilege escalation and the baseline
   * capabilities (`CHOWN`, `SETUID`, ...), for images that must run as root. Costs: a container
   * escape starts as root, and namespaces that enforce `restricted` reject the pod.
   */
  public static baseline(reason: string): SecurityProfile {
    return new SecurityProfile(SecurityLevel.BASELINE, reason);
  }

  /**
   * Write no security context at all, for platforms that set or police their own (GKE Autopilot
   * rejects some explicit settings; cdk8s-plus issue #2611) or images that must decide. Costs:
   * the pod runs with whatever the runtime defaults to, often root with default capabilities.
   * On one container it drops only that container's settings: the pod's own (`runAsNonRoot`)
   * still apply to it, so an image that must run as root needs this on the pod, or
   * `baseline` with `ensureNonRoot: false` on the container.
   */
  public static platformDefaults(reason: string): SecurityProfile {
    return new SecurityProfile(SecurityLevel.PLATFORM_DEFAULTS, reason);
  }

  private constructor(
    /** The level. */
    public readonly level: SecurityLevel,
    /** Why a weaker level than restricted is needed. */
    public readonly reason: string | undefined,
  ) {}
}

/** Capabilities the baseline profile allows containers to add. */
export const BASELINE_CAPABILITIES = [
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
];

/** The settings every container starts from: the restricted profile's, and a read-only root. */
export const SECURE_CONTAINER_DEFAULTS: kplus.ContainerSecurityContextProps = {
  ensureNonRoot: true,
  privileged: false,
  readOnlyRootFilesystem: true,
  allowPrivilegeEscalation: false,
  capabilities: { drop: [kplus.Capability.ALL] },
  seccompProfile: { type: kplus.SeccompProfileType.RUNTIME_DEFAULT },
};

/**
 * What in a container's security settings the profile of `level` forbids, one line each
 * (empty when it complies). The rules are the Pod Security Standards' container rules.
 */
export function securityViolations(settings: kplus.ContainerSecurityContextProps, level: SecurityLevel): string[] {
  if (level === SecurityLevel.PLATFORM_DEFAULTS) {
    return [];
  }
  const problems: string[] = [];
  const added = (settings.capabilities?.add ?? []).map(String);
  if (settings.privileged) {
    problems.push('privileged: true (forbidden by baseline and restricted)');
  }
  const baselineExtra = added.filter((c) => !BASELINE_CAPABILITIES.includes(c));
  if (baselineExtra.length) {
    problems.push(`adds capabilities ${baselineExtra.join(', ')} (beyond what baseline allows)`);
  }
  if (level === SecurityLevel.BASELINE && settings.seccompProfile?.type === kplus.SeccompProfileType.UNCONFINED) {
    problems.push('seccomp profile is Unconfined (forbidden by baseline and restricted)');
  }
  if (level === SecurityLevel.RESTRICTED) {
    if (settings.ensureNonRoot === false) problems.push('runAsNonRoot: false');
    if (settings.user === 0) problems.push('runAsUser: 0 (root)');
    if (settings.allowPrivilegeEscalation !== false) problems.push('allowPrivilegeEscalation is not false');
    const restrictedExtra = added.filter((c) => c !== 'NET_BIND_SERVICE' && BASELINE_CAPABILITIES.includes(c));
    if (restrictedExtra.length) problems.push(`adds capabilities ${restrictedExtra.join(', ')} (restricted allows only NET_BIND_SERVICE)`);
    if (!(settings.capabilities?.drop ?? []).map(String).includes('ALL')) problems.push('does not drop ALL capabilities');
    const seccomp = settings.seccompProfile?.type;
    if (seccomp !== kplus.SeccompProfileType.RUNTIME_DEFAULT && seccomp !== kplus.SeccompProfileType.LOCALHOST) {
      problems.push(`seccomp profile is ${seccomp ?? 'unset'}, not RuntimeDefault or Localhost`);
    }
  }
  return problems;
}

/** Whether an image reference pins a version: a tag other than `latest`, or a digest. */
export function imagePin(image: string): 'digest' | 'tag' | 'latest' | 'untagged' {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) {
    return 'digest';
  }
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  if (colon < 0) {
    return 'untagged';
  }
  return lastSegment.slice(colon + 1) === 'latest' ? 'latest' : 'tag';
}
