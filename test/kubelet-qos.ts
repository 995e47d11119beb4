import { Quantity } from '../lib/core/quantity';

/** Requests and limits of one container, as written in a manifest. */
export interface ManifestResources {
  readonly requests?: Record<string, string | number>;
  readonly limits?: Record<string, string | number>;
}

/**
 * An independent transcription of the kubelet's GetPodQOS (pkg/apis/core/helper/qos), run on
 * containers as written in a manifest after the API server's defaulting (an absent request takes
 * its limit): sums of positive CPU and memory requests and limits over all containers, init
 * containers included; Guaranteed only if every container has both limits and the summed
 * requests equal the summed limits.
 */
export function kubeletQos(containers: readonly ManifestResources[]): string {
  const requests = new Map<string, bigint>();
  const limits = new Map<string, bigint>();
  let guaranteed = true;
  const nano = (value: string | number) => BigInt(Quantity.parse(String(value))!.wholeMultipleOf(Quantity.parse('1n')!)!);
  for (const c of containers) {
    const found = new Set<string>();
    for (const resource of ['cpu', 'memory']) {
      const limit = c.limits?.[resource];
      const request = c.requests?.[resource] ?? limit;
      if (request !== undefined && nano(request) > 0n) requests.set(resource, (requests.get(resource) ?? 0n) + nano(request));
      if (limit !== undefined && nano(limit) > 0n) {
        found.add(resource);
        limits.set(resource, (limits.get(resource) ?? 0n) + nano(limit));
      }
    }
    if (!(found.has('cpu') && found.has('memory'))) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, request] of requests) {
      if (limits.get(name) !== request) guaranteed = false;
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}
