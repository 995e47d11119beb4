/** Keys of the pod annotations this library writes and reads. */
// @ts-nocheck

export class PodAnnotations {
  /** Prefix of the library's own annotations. */
  public static readonly PREFIX = 'pod-patterns.io';
  /** The pod's QoS class as Kubernetes will compute it: `Guaranteed`, `Burstable` or `BestEffort`. */
  public static readonly QOS_CLASS = 'pod-patterns.io/qos-class';
  /** `"true"` on a bare Pod: the missing controller is deliberate. */
  public static readonly ALLOW_BARE_POD = 'pod-patterns.io/allow-bare-pod';
  /** Why a bare Pod has no controller. */
  public static readonly BARE_POD_REASON = 'pod-patterns.io/bare-pod-reason';
  /** The weakest Pod Security Standard any container is held to: `restricted`, `baseline` or `platform-defaults`. */
  public static readonly SECURITY_PROFILE = 'pod-patterns.io/security-profile';
  /** The containers held to less than restricted, with the reasons. */
  public static readonly SECURITY_EXCEPTIONS = 'pod-patterns.io/security-exceptions';
  /** The port Prometheus' Kubernetes service discovery scrapes (by convention). */
  public static readonly PROMETHEUS_PORT = 'prometheus.io/port';

  private constructor() {}
}
