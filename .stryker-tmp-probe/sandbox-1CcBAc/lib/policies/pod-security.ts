// @ts-nocheck
import * as kplus from 'cdk8s-plus-28';
import { IConstruct } from 'constructs';
import { PodAnnotations } from '../core/annotations';
import { fail } from '../core/errors';
import { hasVisibleText } from '../core/names';
import { SECURE_CONTAINER_DEFAULTS, SecurityLevel, SecurityProfile, securityViolations } from './security';

/**
 * The Pod Security Standard a pod and each of its containers is held to: checks every security
 * context against it, and records on the pod template the weakest profile and the reasons for
 * every exception, so reviewers see what was relaxed and why.
 */
export class PodSecurity {
  private readonly exceptions: Array<{ container: string; profile: SecurityProfile }> = [];
  private readonly injected: Array<{ container: string; needs: string }> = [];
  private onChange?: (annotations: Record<string, string>) => void;

  constructor(
    private readonly scope: IConstruct,
    /** The pod's own profile. */
    public readonly profile: SecurityProfile,
    security: kplus.PodSecurityContextProps | undefined,
  ) {
    this.checkPod(security);
  }

  /** Whether the pod writes no security context of its own. */
  public get isPlatformDefaults(): boolean {
    return this.profile.level === SecurityLevel.PLATFORM_DEFAULTS;
  }

  /** The level that forbids hostPath volumes for this pod, if one does. */
  public get hostPathForbiddenBy(): string | undefined {
    return this.isPlatformDefaults ? undefined : this.profile.level;
  }

  /** The annotations that record the pod's profile and exceptions. */
  public get annotations(): Record<string, string> {
    const exceptions = this.describeExceptions();
    if (!exceptions) {
      // No exception at all: restricted throughout, as most pods are.
      return RESTRICTED_ANNOTATIONS;
    }
    return { [PodAnnotations.SECURITY_PROFILE]: this.weakestLevel, [PodAnnotations.SECURITY_EXCEPTIONS]: exceptions };
  }

  /** Calls `listener` with the annotations whenever a container adds an exception. */
  public onExceptionsChange(listener: (annotations: Record<string, string>) => void): void {
    this.onChange = listener;
  }

  /** The weakest Pod Security Standard level any container of the pod is held to. */
  public get weakestLevel(): SecurityLevel {
    if (this.injected.length) {
      return SecurityLevel.PRIVILEGED;
    }
    const levels = [this.profile, ...this.exceptions.map((e) => e.profile)].map((p) => p.level);
    for (const level of [SecurityLevel.PLATFORM_DEFAULTS, SecurityLevel.BASELINE]) {
      if (levels.includes(level)) return level;
    }
    return SecurityLevel.RESTRICTED;
  }

  /**
   * The security context of a container (the secure defaults with its own changes) and the
   * profile it is held to, refusing what that profile forbids.
   */
  public containerContext(
    container: string,
    settings: kplus.ContainerSecurityContextProps | undefined,
    own: SecurityProfile | undefined,
  ): { securityContext: kplus.ContainerSecurityContextProps; profile: SecurityProfile } {
    const profile = own ?? this.profile;
    const { securityContext, violations } = checkedContext(settings, profile.level);
    if (violations.length) {
      fail(
        this.scope,
        'security-profile',
        `container "${container}" is held to the ${profile.level} Pod Security Standard but ${violations.join('; ')}`,
        "drop those settings, or opt out with securityProfile: SecurityProfile.baseline('why') on the container or pod",
      );
    }
    if (profile.level !== SecurityLevel.RESTRICTED && !hasVisibleText(profile.reason)) {
      fail(
        this.scope,
        'security-profile-reason',
        `container "${container}" opts out of the restricted Pod Security Standard without a reason`,
        "say why, e.g. SecurityProfile.baseline('vendor image must run as root')",
      );
    }
    return { securityContext, profile };
  }

  /**
   * Records that a webhook will inject `container` needing privileges beyond baseline (`needs`
   * says which and why): namespaces that enforce baseline or restricted will refuse the pod.
   */
  public recordInjected(container: string, needs: string): void {
    this.injected.push({ container, needs });
    this.onChange?.(this.annotations);
  }

  /** Records that `container` is held to `profile`, when it is weaker than restricted. */
  public recordContainer(container: string, profile: SecurityProfile): void {
    if (profile.level !== SecurityLevel.RESTRICTED) {
      this.exceptions.push({ container, profile });
      this.onChange?.(this.annotations);
    }
  }

  private checkPod(security: kplus.PodSecurityContextProps | undefined): void {
    if (this.profile.level !== SecurityLevel.RESTRICTED) {
      if (!hasVisibleText(this.profile.reason)) {
        fail(
          this.scope,
          'security-profile-reason',
          'the pod opts out of the restricted Pod Security Standard without a reason',
          "say why, e.g. SecurityProfile.platformDefaults('GKE Autopilot sets its own')",
        );
      }
      return;
    }
    const problems = [
      ...(security?.ensureNonRoot === false ? ['runAsNonRoot: false'] : []),
      ...(security?.user === 0 ? ['runAsUser: 0 (root)'] : []),
    ];
    if (problems.length) {
      fail(
        this.scope,
        'security-profile',
        `the pod is held to the restricted Pod Security Standard but its security context sets ${problems.join('; ')}`,
        "drop those settings, or opt out with securityProfile: SecurityProfile.baseline('why')",
      );
    }
  }

  private describeExceptions(): string | undefined {
    const exceptions = this.exceptions.filter((e) => e.profile !== this.profile);
    const parts = [
      ...(this.profile.level !== SecurityLevel.RESTRICTED ? [`pod: ${this.profile.level} (${this.profile.reason})`] : []),
      ...exceptions.map((e) => `${e.container}: ${e.profile.level} (${e.profile.reason})`),
      ...this.injected.map((e) => `${e.container} (injected): ${SecurityLevel.PRIVILEGED} (${e.needs})`),
    ];
    return parts.length ? parts.join('; ') : undefined;
  }
}

const RESTRICTED_ANNOTATIONS: Readonly<Record<string, string>> = Object.freeze({
  [PodAnnotations.SECURITY_PROFILE]: SecurityLevel.RESTRICTED,
});

// Containers of many pods share their settings (every log shipper, every wait-for step): merge
// and check each settings object once per level. The merged object is only read downstream.
const CHECKED = new WeakMap<object, Map<SecurityLevel, { securityContext: kplus.ContainerSecurityContextProps; violations: string[] }>>();
const DEFAULTS_KEY = {};

function checkedContext(
  settings: kplus.ContainerSecurityContextProps | undefined,
  level: SecurityLevel,
): { securityContext: kplus.ContainerSecurityContextProps; violations: string[] } {
  const key = settings ?? DEFAULTS_KEY;
  let byLevel = CHECKED.get(key);
  if (!byLevel) {
    byLevel = new Map();
    CHECKED.set(key, byLevel);
  }
  let checked = byLevel.get(level);
  if (!checked) {
    const securityContext = { ...SECURE_CONTAINER_DEFAULTS, ...settings };
    checked = { securityContext, violations: securityViolations(securityContext, level) };
    byLevel.set(level, checked);
  }
  return checked;
}
