// @ts-nocheck
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { Controller, ControllerKind } from '../core/controller';
import { fail } from '../core/errors';
import { PodIdentity } from '../core/identity';
import { checkProps, PropNames } from '../core/props';

/** What happens to running-but-unready pods when the budget is evaluated for an eviction. */
export enum UnhealthyPodEvictionPolicy {
  /**
   * Unready pods may always be evicted: a crash-looping pod never blocks a node drain.
   * Beta (enabled by default) in Kubernetes 1.27 and 1.28.
   */
  ALWAYS_ALLOW = 'AlwaysAllow',
  /** Unready pods may be evicted only while the budget is otherwise met (the Kubernetes default). */
  IF_HEALTHY_BUDGET = 'IfHealthyBudget',
}

/** Which bound a {@link DisruptionBudget} sets. */
export enum DisruptionBudgetBound {
  /** At least this many pods stay available. */
  MIN_AVAILABLE = 'minAvailable',
  /** At most this many pods may be unavailable. */
  MAX_UNAVAILABLE = 'maxUnavailable',
  /** No budget. */
  NONE = 'none',
}

/** Options shared by every {@link DisruptionBudget}. */
export interface DisruptionBudgetOptions {
  /**
   * Eviction of running pods that are not ready.
   * @default UnhealthyPodEvictionPolicy.ALWAYS_ALLOW
   */
  readonly unhealthyPodEvictionPolicy?: UnhealthyPodEvictionPolicy;
}

/** The prop names of {@link DisruptionBudgetOptions}, checked at run time (see `checkProps`). */
export const DISRUPTION_BUDGET_OPTIONS_NAMES: PropNames<DisruptionBudgetOptions> = { unhealthyPodEvictionPolicy: true };

/**
 * A PodDisruptionBudget (policy/v1) for a replicated workload: how many of its pods voluntary
 * disruptions (node drains, cluster upgrades, autoscaler scale-downs) may take at once.
 * Involuntary disruptions (a node failing) are not covered by any budget.
 */
export class DisruptionBudget {
  /** At least `count` pods stay available during voluntary disruptions. */
  public static minAvailable(count: number, options: DisruptionBudgetOptions = {}): DisruptionBudget {
    return new DisruptionBudget(DisruptionBudgetBound.MIN_AVAILABLE, count, false, options);
  }

  /** At least `percent`% of the replicas (rounded up) stay available. */
  public static minAvailablePercent(percent: number, options: DisruptionBudgetOptions = {}): DisruptionBudget {
    return new DisruptionBudget(DisruptionBudgetBound.MIN_AVAILABLE, percent, true, options);
  }

  /** At most `count` pods may be unavailable at once because of voluntary disruptions. */
  public static maxUnavailable(count: number, options: DisruptionBudgetOptions = {}): DisruptionBudget {
    return new DisruptionBudget(DisruptionBudgetBound.MAX_UNAVAILABLE, count, false, options);
  }

  /** At most `percent`% of the replicas (rounded up) may be unavailable at once. */
  public static maxUnavailablePercent(percent: number, options: DisruptionBudgetOptions = {}): DisruptionBudget {
    return new DisruptionBudget(DisruptionBudgetBound.MAX_UNAVAILABLE, percent, true, options);
  }

  /** No budget: voluntary disruptions may take every pod at once. */
  public static none(): DisruptionBudget {
    return new DisruptionBudget(DisruptionBudgetBound.NONE, 0, false, {});
  }

  private constructor(
    /** Which bound the budget sets, or `none`. */
    public readonly bound: DisruptionBudgetBound,
    /** The bound's number: a count, or a percentage when `isPercent`. */
    public readonly amount: number,
    /** Whether `amount` is a percentage of the replicas. */
    public readonly isPercent: boolean,
    /** Further options. */
    public readonly options: DisruptionBudgetOptions,
  ) {
    checkProps('DisruptionBudget', 'the options', options, DISRUPTION_BUDGET_OPTIONS_NAMES);
  }

  /** The value as the PodDisruptionBudget writes it: `"2"` or `"50%"`. */
  public get value(): string {
    return this.isPercent ? `${this.amount}%` : String(this.amount);
  }

  /** Whether this is {@link DisruptionBudget.none}. */
  public get isNone(): boolean {
    return this.bound === DisruptionBudgetBound.NONE;
  }

  /**
   * Checks the value's form: a non-negative whole number, or a whole percentage from 0 to 100.
   * @returns a description of the problem, or `undefined`
   */
  public formProblem(): string | undefined {
    const max = this.isPercent ? 100 : Number.MAX_SAFE_INTEGER;
    if (Number.isInteger(this.amount) && this.amount >= 0 && this.amount <= max) {
      return undefined;
    }
    return this.isPercent
      ? `${this.bound} ${this.amount}% is not a whole percentage from 0 to 100`
      : `${this.bound} ${this.amount} is not a non-negative whole number`;
  }

  /**
   * How many pods of `replicas` voluntary disruptions may take at once under this budget,
   * rounding percentages up as the disruption controller does.
   */
  public allowedDisruptions(replicas: number): number {
    if (this.isNone) {
      return replicas;
    }
    const scaled = this.isPercent ? Math.ceil((this.amount * replicas) / 100) : this.amount;
    return this.bound === DisruptionBudgetBound.MIN_AVAILABLE ? Math.max(0, replicas - scaled) : Math.min(replicas, scaled);
  }

  /**
   * The spec fields of the budget (without the selector).
   * @internal
   */
  public _toSpecFields(): Record<string, unknown> {
    return {
      [this.bound]: this.isPercent ? this.value : this.amount,
      unhealthyPodEvictionPolicy: this.options.unhealthyPodEvictionPolicy ?? UnhealthyPodEvictionPolicy.ALWAYS_ALLOW,
    };
  }
}

/**
 * The PodDisruptionBudget of a replicated workload: the requested one, or `maxUnavailable: 1`
 * from two replicas up. Refuses a budget on a controller it cannot protect and one that allows
 * no voluntary eviction at all (every node drain would hang on it).
 */
export function createDisruptionBudget(
  scope: Construct,
  identity: PodIdentity,
  controller: Controller,
  requested: DisruptionBudget | undefined,
): ApiObject | undefined {
  const { kind, replicas } = controller;
  if (!controller.isReplicated) {
    if (requested && !requested.isNone) {
      fail(
        scope,
        'pdb-unsupported-controller',
        `a PodDisruptionBudget was asked for a ${kind}, which it cannot protect` +
          (kind === ControllerKind.DAEMON_SET ? ' (drains skip DaemonSet pods)' : ' (its pods are not a replicated set)'),
        'drop `disruptionBudget`, or use a Deployment or StatefulSet',
      );
    }
    return undefined;
  }
  const budget = requested ?? (replicas! >= 2 ? DisruptionBudget.maxUnavailable(1) : undefined);
  if (!budget || budget.isNone) {
    return undefined;
  }
  const form = budget.formProblem();
  if (form) {
    fail(scope, 'invalid-pdb', form, 'use a whole number such as 1, or a percentage from 1 to 100');
  }
  // Scaled to zero there is nothing to evict, so no budget can block a drain.
  if (replicas! > 0 && budget.allowedDisruptions(replicas!) < 1) {
    fail(
      scope,
      'pdb-blocks-eviction',
      `the PodDisruptionBudget ${budget.bound}: ${budget.value} with ${replicas} replicas allows no voluntary eviction, so every node drain blocks`,
      budget.bound === DisruptionBudgetBound.MIN_AVAILABLE
        ? `lower minAvailable below ${replicas}, raise replicas above ${budget.isPercent ? 'what the percentage keeps' : budget.amount}, or use maxUnavailable: 1`
        : 'use maxUnavailable of at least 1',
    );
  }
  return new ApiObject(scope, 'DisruptionBudget', {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: identity.name, labels: identity.labels },
    spec: { ...budget._toSpecFields(), selector: { matchLabels: identity.selectorLabels } },
  });
}
