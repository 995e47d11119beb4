// @ts-nocheck
import * as kplus from 'cdk8s-plus-28';
import { ApiObject, Cron, Duration, JsonPatch, Size, SizeRoundingBehavior } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { fail } from './errors';
import { hasVisibleText, requireDnsLabel } from './names';
import { checkProps, PropNames } from './props';

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

/** The prop names of {@link DeploymentOptions}, checked at run time (see `checkProps`). */
export const DEPLOYMENT_OPTIONS_NAMES: PropNames<DeploymentOptions> = { replicas: true, strategy: true, minReady: true };

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
  /**
   * Storage of each pod's own (`volumeClaimTemplates`): every pod gets a claim of each, kept
   * across restarts and reschedules, mounted by the claim's name like any volume.
   * @default - none
   */
  readonly volumeClaims?: VolumeClaimProps[];
  /**
   * What happens to the pods' claims when the StatefulSet is deleted (beta in 1.28, on by
   * default: `StatefulSetAutoDeletePVC`).
   * @default ClaimRetention.RETAIN
   */
  readonly claimsWhenDeleted?: ClaimRetention;
  /**
   * What happens to the claims of the pods a scale-down removes.
   * @default ClaimRetention.RETAIN
   */
  readonly claimsWhenScaled?: ClaimRetention;
}

/** The prop names of {@link VolumeClaimProps}, checked at run time (see `checkProps`). */
export const VOLUME_CLAIM_PROPS_NAMES: PropNames<VolumeClaimProps> = {
  name: true,
  storage: true,
  storageClassName: true,
  accessModes: true,
};

/** Whether a StatefulSet's claims outlive the pods they were made for. */
export enum ClaimRetention {
  /** The claims (and their data) stay. */
  RETAIN = 'Retain',
  /** The claims are deleted with the pods. */
  DELETE = 'Delete',
}

/** Per-pod storage of a StatefulSet: a PersistentVolumeClaim template. */
export interface VolumeClaimProps {
  /**
   * The claim template's name, a DNS-1123 label: containers mount it by this name, and each
   * pod's claim is named `<name>-<pod>`.
   */
  readonly name: string;
  /** Storage each pod's claim asks for, e.g. `Size.gibibytes(10)`. */
  readonly storage: Size;
  /**
   * StorageClass of the claims.
   * @default - the cluster's default StorageClass
   */
  readonly storageClassName?: string;
  /**
   * How the volume may be mounted.
   * @default [kplus.PersistentVolumeAccessMode.READ_WRITE_ONCE]
   */
  readonly accessModes?: kplus.PersistentVolumeAccessMode[];
}

/** The prop names of {@link StatefulSetOptions}, checked at run time (see `checkProps`). */
export const STATEFUL_SET_OPTIONS_NAMES: PropNames<StatefulSetOptions> = {
  replicas: true,
  podManagementPolicy: true,
  volumeClaims: true,
  claimsWhenDeleted: true,
  claimsWhenScaled: true,
};

/** Options of {@link Controller.daemonSet}. */
export interface DaemonSetOptions {
  /**
   * Seconds a new pod must be ready before it counts as available.
   * @default 0
   */
  readonly minReadySeconds?: number;
}

/** The prop names of {@link DaemonSetOptions}, checked at run time (see `checkProps`). */
export const DAEMON_SET_OPTIONS_NAMES: PropNames<DaemonSetOptions> = { minReadySeconds: true };

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

/** The prop names of {@link JobOptions}, checked at run time (see `checkProps`). */
export const JOB_OPTIONS_NAMES: PropNames<JobOptions> = {
  backoffLimit: true,
  activeDeadline: true,
  ttlAfterFinished: true,
  restartPolicy: true,
};

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

/** The prop names of {@link CronJobOptions}, checked at run time (see `checkProps`). */
export const CRON_JOB_OPTIONS_NAMES: PropNames<CronJobOptions> = {
  ...JOB_OPTIONS_NAMES,
  schedule: true,
  timeZone: true,
  concurrencyPolicy: true,
  startingDeadline: true,
};

/** Options of {@link Controller.barePod}. */
export interface BarePodOptions {
  /**
   * Why this pod must not be managed by a controller (recorded on the pod for reviewers).
   */
  readonly reason: string;
  /**
   * What the kubelet does when a container exits: `Never` for a one-shot pod.
   * @default kplus.RestartPolicy.ALWAYS
   */
  readonly restartPolicy?: kplus.RestartPolicy;
}

/** The prop names of {@link BarePodOptions}, checked at run time (see `checkProps`). */
export const BARE_POD_OPTIONS_NAMES: PropNames<BarePodOptions> = { reason: true, restartPolicy: true };

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
    const controller = new Controller(ControllerKind.DEPLOYMENT, replicas, (scope, id, props) => {
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
    controller.checkOptions = (scope) => {
      checkProps(scope, 'the controller options', options, DEPLOYMENT_OPTIONS_NAMES);
      requireWholeSeconds(scope, { minReady: options.minReady });
    };
    return controller;
  }

  /** A StatefulSet with its headless Service `<name>-headless`: stable pod names and DNS. */
  public static statefulSet(options: StatefulSetOptions = {}): Controller {
    const replicas = options.replicas ?? 1;
    const controller = new Controller(
      ControllerKind.STATEFUL_SET,
      replicas,
      (scope, id, props) => {
        const statefulSet = new kplus.StatefulSet(scope, id, {
          ...props,
          select: false,
          replicas,
          service: props.service!,
          podManagementPolicy: options.podManagementPolicy,
        });
        statefulSet.select(kplus.LabelSelector.of({ labels: props.selectorLabels }));
        writeVolumeClaims(statefulSet, options);
        return statefulSet;
      },
      undefined,
      undefined,
      options.volumeClaims ?? [],
    );
    controller.checkOptions = (scope) => {
      checkProps(scope, 'the controller options', options, STATEFUL_SET_OPTIONS_NAMES);
      requireWholeSeconds(scope, {});
      for (const claim of options.volumeClaims ?? []) {
        checkProps(scope, `volume claim "${claim.name}"`, claim, VOLUME_CLAIM_PROPS_NAMES);
        requireDnsLabel(scope, 'volume claim name', claim.name);
        const mebibytes = claim.storage.toMebibytes({ rounding: SizeRoundingBehavior.NONE });
        if (!(mebibytes > 0)) {
          fail(
            scope,
            'invalid-quantity',
            `volume claim "${claim.name}" asks for ${mebibytes} MiB of storage`,
            'ask for a positive size, e.g. Size.gibibytes(10)',
          );
        }
      }
    };
    return controller;
  }

  /** A DaemonSet: one pod on every node it may schedule to. */
  public static daemonSet(options: DaemonSetOptions = {}): Controller {
    const controller = new Controller(ControllerKind.DAEMON_SET, undefined, (scope, id, props) => {
      const daemonSet = new kplus.DaemonSet(scope, id, { ...props, select: false, minReadySeconds: options.minReadySeconds });
      daemonSet.select(kplus.LabelSelector.of({ labels: props.selectorLabels }));
      return daemonSet;
    });
    controller.checkOptions = (scope) => {
      checkProps(scope, 'the controller options', options, DAEMON_SET_OPTIONS_NAMES);
      requireWholeSeconds(scope, {});
    };
    return controller;
  }

  /** A Job: runs the pod to completion. */
  public static job(options: JobOptions = {}): Controller {
    const controller = new Controller(
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
    controller.checkOptions = (scope) => {
      checkProps(scope, 'the controller options', options, JOB_OPTIONS_NAMES);
      requireWholeSeconds(scope, { activeDeadline: options.activeDeadline, ttlAfterFinished: options.ttlAfterFinished });
    };
    return controller;
  }

  /** A CronJob: runs a Job on a schedule. */
  public static cronJob(options: CronJobOptions): Controller {
    const controller = new Controller(
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
    controller.checkOptions = (scope) => {
      checkProps(scope, 'the controller options', options, CRON_JOB_OPTIONS_NAMES);
      requireWholeSeconds(scope, {
        activeDeadline: options.activeDeadline,
        ttlAfterFinished: options.ttlAfterFinished,
        startingDeadline: options.startingDeadline,
      });
    };
    return controller;
  }

  /**
   * A bare Pod, owned by nothing: when its node fails or it is evicted, nobody recreates it, it
   * is not rolled out on change, and no PodDisruptionBudget protects it. Use it only for what
   * truly must not be restarted (a one-off debugging pod, a test fixture). The pod carries the
   * annotations `pod-patterns.io/allow-bare-pod: "true"` and `pod-patterns.io/bare-pod-reason`
   * so reviewers and linters see it was deliberate, and synth prints a warning.
   */
  public static barePod(options: BarePodOptions): Controller {
    const controller = new Controller(
      ControllerKind.POD,
      undefined,
      (scope, id, props) => {
        if (!hasVisibleText(options.reason)) {
          fail(scope, 'bare-pod-reason', 'a bare Pod needs a reason', 'say why no controller may own it, or use Controller.deployment()');
        }
        return new kplus.Pod(scope, id, {
          ...props,
          restartPolicy: options.restartPolicy,
          metadata: {
            ...props.metadata,
            labels: { ...props.metadata.labels, ...props.podMetadata.labels },
            annotations: { ...props.metadata.annotations, ...props.podMetadata.annotations },
          },
        });
      },
      options.reason,
    );
    controller.checkOptions = (scope) => {
      checkProps(scope, 'the controller options', options, BARE_POD_OPTIONS_NAMES);
      requireWholeSeconds(scope, {});
    };
    return controller;
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
    /** A StatefulSet's per-pod storage, mountable by name. */
    public readonly volumeClaims: VolumeClaimProps[] = [],
  ) {}

  // Options are checked when the controller builds its pod, so errors carry the pod's path.
  private checkOptions?: (scope: IConstruct) => void;

  /** Whether a PodDisruptionBudget can protect this controller's pods. */
  public get isReplicated(): boolean {
    return this.kind === ControllerKind.DEPLOYMENT || this.kind === ControllerKind.STATEFUL_SET;
  }

  /** JSON pointer to the pod template's metadata (a bare Pod's own) inside the controller object. */
  public get podMetadataPointer(): string {
    return this.podSpecPointer.replace(/\/spec$/, '/metadata');
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
    this.checkOptions?.(scope);
    return this.factory(scope, id, props);
  }
}

/**
 * Refuses durations Kubernetes takes in whole seconds but that are not (cdk8s-plus would fail
 * writing `Duration.millis(1500)`, without saying where).
 */
function requireWholeSeconds(scope: IConstruct, durations: Record<string, Duration | undefined>): void {
  for (const [what, duration] of Object.entries(durations)) {
    const milliseconds = duration?.toMilliseconds();
    if (milliseconds !== undefined && !(milliseconds >= 0 && milliseconds % 1000 === 0)) {
      fail(
        scope,
        'invalid-duration',
        `the controller's ${what} of ${milliseconds} ms is not a whole, non-negative number of seconds`,
        `use Duration.seconds(${Math.max(0, Math.round(milliseconds / 1000))})`,
      );
    }
  }
}

/** A StatefulSet's volumeClaimTemplates and retention policy, which cdk8s-plus-28 does not write. */
function writeVolumeClaims(statefulSet: kplus.StatefulSet, options: StatefulSetOptions): void {
  const claims = options.volumeClaims ?? [];
  const object = ApiObject.of(statefulSet);
  leaveClaimsOutOfPodSpec(statefulSet, new Set(claims.map((claim) => claim.name)));
  if (claims.length) {
    object.addJsonPatch(
      JsonPatch.add(
        '/spec/volumeClaimTemplates',
        claims.map((claim) => ({
          metadata: { name: claim.name },
          spec: {
            accessModes: claim.accessModes ?? [kplus.PersistentVolumeAccessMode.READ_WRITE_ONCE],
            ...(claim.storageClassName !== undefined ? { storageClassName: claim.storageClassName } : {}),
            // Patches go through the generated StatefulSet's conversion, which reads quantities as Quantity objects.
            resources: { requests: { storage: kplus.k8s.Quantity.fromString(storageQuantity(claim.storage)) } },
          },
        })),
      ),
    );
  }
  if (options.claimsWhenDeleted || options.claimsWhenScaled) {
    object.addJsonPatch(
      JsonPatch.add('/spec/persistentVolumeClaimRetentionPolicy', {
        whenDeleted: options.claimsWhenDeleted ?? ClaimRetention.RETAIN,
        whenScaled: options.claimsWhenScaled ?? ClaimRetention.RETAIN,
      }),
    );
  }
}

/**
 * The pods mount a claim by its name, through a placeholder volume cdk8s-plus knows (see
 * `PodVolumes.addClaim`). The template leaves it out: the StatefulSet controller replaces a pod
 * volume named like a claim anyway (`updateStorage` in pkg/controller/statefulset), and an
 * emptyDir in the YAML would tell a reader the data is scratch.
 */
function leaveClaimsOutOfPodSpec(statefulSet: kplus.StatefulSet, claimNames: ReadonlySet<string>): void {
  if (!claimNames.size) {
    return;
  }
  const rendered = statefulSet as unknown as { _toKube(): { template: { spec: { volumes?: Array<{ name: string }> } } } };
  const toKube = rendered._toKube.bind(statefulSet);
  rendered._toKube = () => {
    const spec = toKube();
    const volumes = spec.template.spec.volumes?.filter((volume) => !claimNames.has(volume.name));
    spec.template.spec.volumes = volumes?.length ? volumes : undefined;
    return spec;
  };
}

/** A size as a Kubernetes quantity, in the largest binary unit it is a whole number of. */
function storageQuantity(size: Size): string {
  const mebibytes = size.toMebibytes({ rounding: SizeRoundingBehavior.NONE });
  return mebibytes % 1024 === 0 ? `${mebibytes / 1024}Gi` : `${mebibytes}Mi`;
}
