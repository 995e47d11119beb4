import * as kplus from 'cdk8s-plus-28';
import { ApiObject, Cron, Duration, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { fail } from './errors';
import { hasVisibleText } from './names';

/** The kind of object that owns a pod. */
export enum ControllerKind {
  /** Stateless, replicated, rolled out gradually. */
  DEPLOYMENT = 'Deployment',
  /** Replicated with stable identities (per-replica volume claims are not offered yet). */
  STATEFUL_SET = 'StatefulSet',
  /** One pod per node. */
  DAEMON_SET = 'DaemonSet',
  /** Runs pods to completion. */
  JOB = 'Job',
  /** Runs a Job on a schedule. */
  CRON_JOB = 'CronJob',
  /** A pod nothing recreates: a red flag in production. */
  POD = 'Pod',
}

/** Options of {@link Controller.deployment}. */
export interface DeploymentOptions {
  /**
   * Number of pods.
   * @default 2
   */
  readonly replicas?: number;
  /**
   * How pods are replaced on a rollout.
   * @default - rolling update, 25% surge and 25% unavailable
   */
  readonly strategy?: kplus.DeploymentStrategy;
  /**
   * How long a new pod must be ready before it counts as available.
   * @default Duration.seconds(0)
   */
  readonly minReady?: Duration;
}

/** Options of {@link Controller.statefulSet}. */
export interface StatefulSetOptions {
  /**
   * Number of pods.
   * @default 1
   */
  readonly replicas?: number;
  /**
   * Whether pods start and stop one at a time, in order, or all at once.
   * @default kplus.PodManagementPolicy.ORDERED_READY
   */
  readonly podManagementPolicy?: kplus.PodManagementPolicy;
}

/** Options of {@link Controller.daemonSet}. */
export interface DaemonSetOptions {
  /**
   * Seconds a new pod must be ready before it counts as available.
   * @default 0
   */
  readonly minReadySeconds?: number;
}

/** Options of {@link Controller.job}. */
export interface JobOptions {
  /**
   * Retries before the Job is marked failed.
   * @default 6 (the Kubernetes default)
   */
  readonly backoffLimit?: number;
  /**
   * How long the Job may run before it is stopped.
   * @default - no deadline
   */
  readonly activeDeadline?: Duration;
  /**
   * How long a finished Job is kept before it is deleted.
   * @default - kept until deleted
   */
  readonly ttlAfterFinished?: Duration;
  /**
   * Whether a failed pod is replaced (`Never`) or its containers restarted in place (`OnFailure`).
   * @default kplus.RestartPolicy.NEVER
   */
  readonly restartPolicy?: kplus.RestartPolicy;
}

/** Options of {@link Controller.cronJob}. */
export interface CronJobOptions extends JobOptions {
  /**
   * When to run, as the CronJob controller reads it (robfig/cron's standard parser): five fields,
   * minute hour day-of-month month day-of-week (`0 3 * * *`, `30 9-17 * * MON-FRI`), or a
   * descriptor (`@hourly`, `@daily`, `@weekly`, `@monthly`, `@yearly`, `@every 1h30m`). A time
   * zone goes in `timeZone`, not in the schedule.
   */
  readonly schedule: string;
  /**
   * IANA time zone of the schedule, e.g. `Europe/Berlin`.
   * @default - the kube-controller-manager's time zone
   */
  readonly timeZone?: string;
  /**
   * What to do when a run is due while the previous one still runs.
   * @default kplus.ConcurrencyPolicy.FORBID
   */
  readonly concurrencyPolicy?: kplus.ConcurrencyPolicy;
  /**
   * How late a run may still start (after a controller-manager restart, say) before it is
   * skipped. At least 10 seconds: the CronJob controller looks every 10 seconds.
   * @default Duration.minutes(5)
   */
  readonly startingDeadline?: Duration;
}

/** Options of {@link Controller.barePod}. */
export interface BarePodOptions {
  /**
   * Why this pod must not be managed by a controller (recorded on the pod for reviewers).
   */
  readonly reason: string;
}

/**
 * What a controller needs from the pod it wraps.
 * @internal
 */
export interface ControllerBuildProps extends kplus.AbstractPodProps {
  /** Metadata of the controller object (and of a bare pod). */
  readonly metadata: { name: string; labels: Record<string, string>; annotations?: Record<string, string> };
  /** Metadata of the pod template. */
  readonly podMetadata: { labels: Record<string, string>; annotations?: Record<string, string> };
  /** Labels the controller selects its pods by. */
  readonly selectorLabels: Record<string, string>;
  /** Headless Service of a StatefulSet. */
  readonly service?: kplus.Service;
}

/**
 * The object that owns the pod and recreates it when it dies: a Deployment by default.
 * In production a pod belongs behind a controller; {@link Controller.barePod} exists for the
 * rare exception and says so in the output.
 */
export class Controller {
  /** A Deployment: stateless replicas, rolling updates. */
  public static deployment(options: DeploymentOptions = {}): Controller {
    const replicas = options.replicas ?? 2;
    return new Controller(ControllerKind.DEPLOYMENT, replicas, (scope, id, props) => {
      const deployment = new kplus.Deployment(scope, id, {
        ...props,
        select: false,
        replicas,
        strategy: options.strategy,
        minReady: options.minReady,
      });
      deployment.select(kplus.LabelSelector.of({ labels: props.selectorLabels }));
      return deployment;
    });
  }

  /** A StatefulSet with its headless Service `<name>-headless`: stable pod names and DNS. */
  public static statefulSet(options: StatefulSetOptions = {}): Controller {
    const replicas = options.replicas ?? 1;
    return new Controller(ControllerKind.STATEFUL_SET, replicas, (scope, id, props) => {
      const statefulSet = new kplus.StatefulSet(scope, id, {
        ...props,
        select: false,
        replicas,
        service: props.service!,
        podManagementPolicy: options.podManagementPolicy,
      });
      statefulSet.select(kplus.LabelSelector.of({ labels: props.selectorLabels }));
      return statefulSet;
    });
  }

  /** A DaemonSet: one pod on every node it may schedule to. */
  public static daemonSet(options: DaemonSetOptions = {}): Controller {
    return new Controller(ControllerKind.DAEMON_SET, undefined, (scope, id, props) => {
      const daemonSet = new kplus.DaemonSet(scope, id, { ...props, select: false, minReadySeconds: options.minReadySeconds });
      daemonSet.select(kplus.LabelSelector.of({ labels: props.selectorLabels }));
      return daemonSet;
    });
  }

  /** A Job: runs the pod to completion. */
  public static job(options: JobOptions = {}): Controller {
    return new Controller(
      ControllerKind.JOB,
      undefined,
      (scope, id, props) =>
        new kplus.Job(scope, id, {
          ...props,
          restartPolicy: options.restartPolicy ?? kplus.RestartPolicy.NEVER,
          backoffLimit: options.backoffLimit,
          activeDeadline: options.activeDeadline,
          ttlAfterFinished: options.ttlAfterFinished,
        }),
      undefined,
      options.activeDeadline,
    );
  }

  /** A CronJob: runs a Job on a schedule. */
  public static cronJob(options: CronJobOptions): Controller {
    return new Controller(
      ControllerKind.CRON_JOB,
      undefined,
      (scope, id, props) => {
        const startingDeadline = options.startingDeadline ?? Duration.minutes(5);
        if (startingDeadline.toSeconds() < 10) {
          fail(
            scope,
            'invalid-schedule',
            `startingDeadline ${startingDeadline.toSeconds()}s is below 10 s, the CronJob controller's period, so runs could be skipped`,
            'use at least Duration.seconds(10)',
          );
        }
        const cronJob = new kplus.CronJob(scope, id, {
          ...props,
          // cdk8s' Cron knows five fields only; the schedule is written as given (descriptors such
          // as @daily included) and checked with the rest of the CronJob when it is written.
          schedule: Cron.schedule({}),
          timeZone: options.timeZone,
          concurrencyPolicy: options.concurrencyPolicy,
          startingDeadline,
          restartPolicy: options.restartPolicy ?? kplus.RestartPolicy.NEVER,
          backoffLimit: options.backoffLimit,
          activeDeadline: options.activeDeadline,
          ttlAfterFinished: options.ttlAfterFinished,
        });
        ApiObject.of(cronJob).addJsonPatch(JsonPatch.replace('/spec/schedule', options.schedule.trim().replace(/\s+/g, ' ')));
        return cronJob;
      },
      undefined,
      options.activeDeadline,
    );
  }

  /**
   * A bare Pod, owned by nothing: when its node fails or it is evicted, nobody recreates it, it
   * is not rolled out on change, and no PodDisruptionBudget protects it. Use it only for what
   * truly must not be restarted (a one-off debugging pod, a test fixture). The pod carries the
   * annotations `pod-patterns.io/allow-bare-pod: "true"` and `pod-patterns.io/bare-pod-reason`
   * so reviewers and linters see it was deliberate, and synth prints a warning.
   */
  public static barePod(options: BarePodOptions): Controller {
    return new Controller(
      ControllerKind.POD,
      undefined,
      (scope, id, props) => {
        if (!hasVisibleText(options.reason)) {
          fail(scope, 'bare-pod-reason', 'a bare Pod needs a reason', 'say why no controller may own it, or use Controller.deployment()');
        }
        return new kplus.Pod(scope, id, {
          ...props,
          metadata: {
            ...props.metadata,
            labels: { ...props.metadata.labels, ...props.podMetadata.labels },
            annotations: { ...props.metadata.annotations, ...props.podMetadata.annotations },
          },
        });
      },
      options.reason,
    );
  }

  private constructor(
    /** The kind of the owning object. */
    public readonly kind: ControllerKind,
    /** Number of pods, for replicated controllers. */
    public readonly replicas: number | undefined,
    private readonly factory: (scope: Construct, id: string, props: ControllerBuildProps) => kplus.AbstractPod,
    /** Why a bare pod was chosen, for {@link Controller.barePod}. */
    public readonly barePodReason?: string,
    /** How long a Job (or each Job of a CronJob) may run, if limited. */
    public readonly activeDeadline?: Duration,
  ) {}

  /** Whether a PodDisruptionBudget can protect this controller's pods. */
  public get isReplicated(): boolean {
    return this.kind === ControllerKind.DEPLOYMENT || this.kind === ControllerKind.STATEFUL_SET;
  }

  /** JSON pointer to the pod spec inside the controller object. */
  public get podSpecPointer(): string {
    switch (this.kind) {
      case ControllerKind.POD:
        return '/spec';
      case ControllerKind.CRON_JOB:
        return '/spec/jobTemplate/spec/template/spec';
      default:
        return '/spec/template/spec';
    }
  }

  /**
   * The pod template (`{ metadata, spec }`) inside the controller object as written (a bare
   * Pod is its own template).
   * @internal
   */
  public _podTemplateOf(object: unknown): unknown {
    const json = object as { metadata?: unknown; spec?: { template?: unknown; jobTemplate?: { spec?: { template?: unknown } } } };
    switch (this.kind) {
      case ControllerKind.POD:
        return { metadata: json.metadata, spec: json.spec };
      case ControllerKind.CRON_JOB:
        return json.spec?.jobTemplate?.spec?.template;
      default:
        return json.spec?.template;
    }
  }

  /**
   * Builds the controller with its pod in `scope`.
   * @internal
   */
  public _build(scope: Construct, id: string, props: ControllerBuildProps): kplus.AbstractPod {
    return this.factory(scope, id, props);
  }
}
