// @ts-nocheck
import * as kplus from 'cdk8s-plus-28';
import { ApiObject, Duration, JsonPatch } from 'cdk8s';
import { IConstruct } from 'constructs';
import { fail } from './errors';
import { requireDnsLabel, requireLabelValue } from './names';
import { checkProps, PropNames } from './props';

/** A toleration of a node taint. */
export interface TolerationSpec {
  /** Taint key. */
  readonly key: string;
  /**
   * Taint value to match; without it, any taint with the key is tolerated.
   * @default - any value (operator Exists)
   */
  readonly value?: string;
  /**
   * Taint effect to tolerate.
   * @default - every effect
   */
  readonly effect?: kplus.TaintEffect;
  /**
   * For `NO_EXECUTE` taints, how long the pod stays bound after the taint appears.
   * @default - forever
   */
  readonly evictAfter?: Duration;
}

/** The prop names of {@link TolerationSpec}, checked at run time (see `checkProps`). */
export const TOLERATION_SPEC_NAMES: PropNames<TolerationSpec> = { key: true, value: true, effect: true, evictAfter: true };

/** Where the pod may run. Node affinity and pod (anti-)affinity are on {@link AppPod.scheduling}. */
export interface SchedulingProps {
  /**
   * Node labels a node must carry.
   * @default - any node
   */
  readonly nodeSelector?: Record<string, string>;
  /**
   * Taints the pod tolerates.
   * @default - none
   */
  readonly tolerations?: TolerationSpec[];
  /**
   * Spread replicas across nodes and zones as evenly as the cluster allows: a topology spread
   * constraint per node and per zone (`maxSkew: 1`, `whenUnsatisfiable: ScheduleAnyway`). A
   * preference, never a condition: with more replicas than nodes or zones, or nodes without a
   * zone label, every pod still schedules.
   * @default false
   */
  readonly spread?: boolean;
}

/** The prop names of {@link SchedulingProps}, checked at run time (see `checkProps`). */
export const SCHEDULING_PROPS_NAMES: PropNames<SchedulingProps> = { nodeSelector: true, tolerations: true, spread: true };

/** Writes the pod's node selector, tolerations and spread onto its workload. */
export function applyScheduling(
  scope: IConstruct,
  workload: kplus.AbstractPod,
  podSpecPointer: string,
  scheduling: SchedulingProps | undefined,
  selectorLabels: Record<string, string>,
): void {
  if (!scheduling) {
    return;
  }
  if (scheduling.nodeSelector && Object.keys(scheduling.nodeSelector).length > 0) {
    for (const [key, value] of Object.entries(scheduling.nodeSelector)) {
      requireLabelValue(scope, key, value);
    }
    ApiObject.of(workload).addJsonPatch(JsonPatch.add(`${podSpecPointer}/nodeSelector`, sortedRecord(scheduling.nodeSelector)));
  }
  for (const toleration of scheduling.tolerations ?? []) {
    checkProps(scope, 'a toleration', toleration, TOLERATION_SPEC_NAMES);
    if (toleration.evictAfter && toleration.effect !== kplus.TaintEffect.NO_EXECUTE) {
      fail(
        scope,
        'invalid-toleration',
        `toleration of "${toleration.key}" sets evictAfter, which only a NoExecute taint can use`,
        'set effect: TaintEffect.NO_EXECUTE, or drop evictAfter',
      );
    }
    const options = { effect: toleration.effect, evictAfter: toleration.evictAfter };
    (workload as kplus.Pod | kplus.Workload).scheduling.tolerate(
      kplus.Node.tainted(
        toleration.value === undefined
          ? kplus.NodeTaintQuery.exists(toleration.key, options)
          : kplus.NodeTaintQuery.is(toleration.key, toleration.value, options),
      ),
    );
  }
  if (scheduling.spread) {
    if (!(workload instanceof kplus.Workload)) {
      fail(scope, 'spread-bare-pod', 'spread needs replicas, and a bare Pod has none', 'drop `spread` or use a Deployment');
    }
    // Not cdk8s-plus' spread(): it writes required pod anti-affinity, which allows one pod per
    // node and per zone, so a fourth replica in a three-zone cluster stays Pending.
    ApiObject.of(workload).addJsonPatch(
      JsonPatch.add(
        `${podSpecPointer}/topologySpreadConstraints`,
        [kplus.Topology.HOSTNAME, kplus.Topology.ZONE].map((topology) => ({
          maxSkew: 1,
          topologyKey: topology.key,
          whenUnsatisfiable: 'ScheduleAnyway',
          labelSelector: { matchLabels: sortedRecord(selectorLabels) },
        })),
      ),
    );
  }
}

/** Refuses a hostname or subdomain that is not a DNS label. */
export function checkDns(scope: IConstruct, dns: kplus.PodDnsProps | undefined): void {
  if (dns?.hostname !== undefined) {
    requireDnsLabel(scope, 'hostname', dns.hostname);
  }
  if (dns?.subdomain !== undefined) {
    requireDnsLabel(scope, 'subdomain', dns.subdomain);
  }
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  // An object's keys are unique: no two compare equal.
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
