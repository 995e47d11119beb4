/** A finding of the oracle: rule id (k8s-check style, e.g. 'pod/invalid-image'), JSON path, text. */
// @ts-nocheck

export interface OracleFinding {
  readonly rule: string;
  readonly path: string;
  readonly message: string;
}

/** Records one finding: the rule it breaks, where (a JSON path inside the object), and why. */
export type Report = (rule: string, path: string, message: string) => void;

/** Switches for behaviour that depends on how the cluster is configured. */
export interface OracleOptions {
  /**
   * Whether the SidecarContainers feature gate is on. In Kubernetes 1.28 it is alpha and off by
   * default; with it off the API server drops `restartPolicy` from init containers, so a native
   * sidecar silently becomes an init container that must exit before the app starts.
   * @default true - the cluster runs native sidecars
   */
  readonly sidecarContainers?: boolean;
  /**
   * Whether the UserNamespacesSupport feature gate is on (alpha, off by default in 1.28). With it
   * off the API server drops `hostUsers`, so a pod meant to have its own user namespace runs in
   * the node's.
   * @default true - the cluster honours hostUsers
   */
  readonly userNamespaces?: boolean;
}

/** What the pod-spec checks need to know about where the spec sits. */
export interface PodContext {
  readonly report: Report;
  readonly options: OracleOptions;
  /** Volumes the pods get from elsewhere: a StatefulSet's volumeClaimTemplates. */
  readonly extraVolumes?: readonly string[];
}

/** A plain object, or an empty one for anything else, so checks can read malformed input without throwing. */
export function asObject(value: unknown): Record<string, any> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, any>) : {};
}

/** An array, or an empty one for anything else. */
export function asArray(value: unknown): any[] {
  return Array.isArray(value) ? value : [];
}

/** Whether `value` was written at all (YAML null counts as absent, as in Go's decoding). */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** Appends `.child` to a JSON path. */
export function child(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

/** Appends `[index]` or `[key]` to a JSON path. */
export function at(path: string, key: number | string): string {
  return `${path}[${key}]`;
}
