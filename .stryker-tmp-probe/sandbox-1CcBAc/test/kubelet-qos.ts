// @ts-nocheck
import { qosOfContainers } from './oracle/qos';

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
 * requests equal the summed limits. Quantities are read by the oracle's own parser
 * (test/oracle/quantity.ts), which shares no code with the library.
 */
export function kubeletQos(containers: readonly ManifestResources[]): string {
  return qosOfContainers(containers);
}
