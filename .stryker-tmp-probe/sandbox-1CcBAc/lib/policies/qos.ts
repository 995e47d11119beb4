// @ts-nocheck
import { PodPatternError } from '../core/errors';
import { Quantity } from '../core/quantity';
import { ContainerResources, ParsedResources } from './resources';
import { checkProps, PropNames } from '../core/props';

/**
 * A pod's Quality of Service class: what Kubernetes uses to decide which pods to evict first
 * when a node runs short of memory (BestEffort first, then Burstable, Guaranteed last).
 */
export class QosClass {
  /** Every container, init containers included, has CPU and memory limits equal to its requests. */
  public static readonly GUARANTEED = new QosClass('Guaranteed', 3);
  /** At least one request or limit, but not Guaranteed. */
  public static readonly BURSTABLE = new QosClass('Burstable', 2);
  /** No container has any CPU or memory request or limit: evicted first. */
  public static readonly BEST_EFFORT = new QosClass('BestEffort', 1);

  private constructor(
    /** The class as Kubernetes writes it in `status.qosClass`. */
    public readonly name: string,
    /** Higher survives longer under node memory pressure. */
    public readonly evictionRank: number,
  ) {}

  /** The class's name. */
  public toString(): string {
    return this.name;
  }
}

/**
 * One rung of the size ladder: a CPU and memory amount a preset turns into requests and limits.
 *
 * | size     | cpu  | memory |
 * |----------|------|--------|
 * | nano     | 50m  | 64Mi   |
 * | micro    | 100m | 128Mi  |
 * | small    | 250m | 256Mi  |
 * | medium   | 500m | 512Mi  |
 * | large    | 1    | 1Gi    |
 * | xlarge   | 2    | 2Gi    |
 * | 2xlarge  | 4    | 4Gi    |
 */
export class ResourceSize {
  /** 50m CPU, 64Mi memory: log shippers, small proxies. */
  public static readonly NANO = new ResourceSize('nano', 50, 64);
  /** 100m CPU, 128Mi memory. */
  public static readonly MICRO = new ResourceSize('micro', 100, 128);
  /** 250m CPU, 256Mi memory. */
  public static readonly SMALL = new ResourceSize('small', 250, 256);
  /** 500m CPU, 512Mi memory. */
  public static readonly MEDIUM = new ResourceSize('medium', 500, 512);
  /** 1 CPU, 1Gi memory. */
  public static readonly LARGE = new ResourceSize('large', 1000, 1024);
  /** 2 CPU, 2Gi memory. */
  public static readonly XLARGE = new ResourceSize('xlarge', 2000, 2048);
  /** 4 CPU, 4Gi memory. */
  public static readonly XXLARGE = new ResourceSize('2xlarge', 4000, 4096);

  /** Every rung, smallest first. */
  public static readonly LADDER: ResourceSize[] = [
    ResourceSize.NANO,
    ResourceSize.MICRO,
    ResourceSize.SMALL,
    ResourceSize.MEDIUM,
    ResourceSize.LARGE,
    ResourceSize.XLARGE,
    ResourceSize.XXLARGE,
  ];

  /** A size off the ladder, in millicores and mebibytes. */
  public static custom(name: string, cpuMillis: number, memoryMebibytes: number): ResourceSize {
    if (!(Number.isInteger(cpuMillis) && cpuMillis > 0 && Number.isInteger(memoryMebibytes) && memoryMebibytes > 0)) {
      throw new PodPatternError(
        'invalid-size',
        `ResourceSize.custom("${name}")`,
        `cpuMillis ${cpuMillis} and memoryMebibytes ${memoryMebibytes} must be positive whole numbers`,
        'pass for example (250, 256)',
      );
    }
    return new ResourceSize(name, cpuMillis, memoryMebibytes);
  }

  private constructor(
    /** The rung's name. */
    public readonly name: string,
    /** CPU in millicores. */
    public readonly cpuMillis: number,
    /** Memory in mebibytes. */
    public readonly memoryMebibytes: number,
  ) {}

  /** CPU as a quantity (`250m`, `1`). */
  public cpu(multiplier = 1): string {
    const millis = this.cpuMillis * multiplier;
    return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`;
  }

  /** Memory as a quantity (`256Mi`, `1Gi`). */
  public memory(multiplier = 1): string {
    const mebibytes = this.memoryMebibytes * multiplier;
    return mebibytes % 1024 === 0 ? `${mebibytes / 1024}Gi` : `${mebibytes}Mi`;
  }
}

/** Options of {@link QosPreset.guaranteed}. */
export interface GuaranteedOptions {
  /** Requests and limits of the pod's app containers. */
  readonly size: ResourceSize;
  /**
   * Requests and limits of helper and init containers (sidecars, proxies, init steps).
   * @default ResourceSize.NANO
   */
  readonly helperSize?: ResourceSize;
}

/** The prop names of {@link GuaranteedOptions}, checked at run time (see `checkProps`). */
export const GUARANTEED_OPTIONS_NAMES: PropNames<GuaranteedOptions> = { size: true, helperSize: true };

/** Options of {@link QosPreset.burstable}. */
export interface BurstableOptions {
  /** Requests of the pod's app containers; limits are `limitFactor` times this. */
  readonly size: ResourceSize;
  /**
   * Requests of helper and init containers.
   * @default ResourceSize.NANO
   */
  readonly helperSize?: ResourceSize;
  /**
   * Limits as a multiple of requests: at least 2 with CPU limits (1 would make the pod
   * Guaranteed), at least 1 without.
   * @default 2
   */
  readonly limitFactor?: number;
  /**
   * Whether to set CPU limits. Without them a container may use idle CPU on the node instead
   * of being throttled at its limit (cdk8s-plus issue #1752); memory limits stay.
   * @default true
   */
  readonly cpuLimit?: boolean;
}

/** The prop names of {@link BurstableOptions}, checked at run time (see `checkProps`). */
export const BURSTABLE_OPTIONS_NAMES: PropNames<BurstableOptions> = { size: true, helperSize: true, limitFactor: true, cpuLimit: true };

/** Which containers of a pod a preset is sizing. */
export enum ContainerSizing {
  /** The app's own containers: the preset's `size`. */
  APP = 'app',
  /** Helpers and init steps: the preset's `helperSize`. */
  HELPER = 'helper',
}

/**
 * A QoS class to hold a pod to, with the sizes that give every container resources to match.
 *
 * The preset applies to every container of the pod, sidecars and init containers included, and
 * the pod's computed class is checked against it at synth.
 */
export class QosPreset {
  /** Requests equal limits in every container: evicted last, never throttled below its size. */
  public static guaranteed(options: GuaranteedOptions): QosPreset {
    checkProps('QosPreset.guaranteed', 'the options', options, GUARANTEED_OPTIONS_NAMES);
    const helper = options.helperSize ?? ResourceSize.NANO;
    return QosPreset.shared(
      ['guaranteed', options.size, helper],
      () =>
        new QosPreset(QosClass.GUARANTEED, options.size, helper, (sizing, override) => {
          const size = override ?? (sizing === ContainerSizing.APP ? options.size : helper);
          return {
            cpu: { request: size.cpu(), limit: size.cpu() },
            memory: { request: size.memory(), limit: size.memory() },
          };
        }),
    );
  }

  /** Requests at the size, limits above them: may burst into idle node capacity. */
  public static burstable(options: BurstableOptions): QosPreset {
    checkProps('QosPreset.burstable', 'the options', options, BURSTABLE_OPTIONS_NAMES);
    const helper = options.helperSize ?? ResourceSize.NANO;
    const factor = options.limitFactor ?? 2;
    const cpuLimit = options.cpuLimit ?? true;
    // With CPU limits, a factor of 1 makes every limit equal its request: that pod is Guaranteed.
    if (!(Number.isInteger(factor) && factor >= (cpuLimit ? 2 : 1))) {
      throw new PodPatternError(
        'invalid-preset',
        'QosPreset.burstable',
        `limitFactor ${factor} is not a whole number of at least ${cpuLimit ? 2 : 1}${cpuLimit && factor === 1 ? ' (with CPU limits, 1 makes the pod Guaranteed)' : ''}`,
        'use 2 (limits twice the requests) or more, or QosPreset.guaranteed',
      );
    }
    return QosPreset.shared(
      ['burstable', options.size, helper, factor, cpuLimit],
      () =>
        new QosPreset(QosClass.BURSTABLE, options.size, helper, (sizing, override) => {
          const size = override ?? (sizing === ContainerSizing.APP ? options.size : helper);
          return {
            cpu: { request: size.cpu(), limit: cpuLimit ? size.cpu(factor) : undefined },
            memory: { request: size.memory(), limit: size.memory(factor) },
          };
        }),
    );
  }

  /** No requests or limits anywhere: first to be evicted. For batch work that may be lost. */
  public static bestEffort(): QosPreset {
    return QosPreset.shared(['best-effort'], () => new QosPreset(QosClass.BEST_EFFORT, undefined, undefined, () => ({})));
  }

  // Presets are immutable: equal options give the same instance, so its sized resources (and
  // their parsed forms) are shared by every pod that asks for them.
  private static readonly instances = new Map<string, QosPreset>();

  private static shared(options: Array<string | number | boolean | ResourceSize>, create: () => QosPreset): QosPreset {
    const key = options.map((o) => (o instanceof ResourceSize ? `${o.name}:${o.cpuMillis}:${o.memoryMebibytes}` : String(o))).join('/');
    let preset = QosPreset.instances.get(key);
    if (!preset) {
      preset = create();
      QosPreset.instances.set(key, preset);
    }
    return preset;
  }

  private constructor(
    /** The class every pod with this preset must have. */
    public readonly qosClass: QosClass,
    /** Size of app containers (none for BestEffort). */
    public readonly appSize: ResourceSize | undefined,
    /** Size of helpers and init steps (none for BestEffort). */
    public readonly helperSize: ResourceSize | undefined,
    private readonly sizer: (sizing: ContainerSizing, override?: ResourceSize) => ContainerResources,
  ) {}

  // Every container of a size gets the same (immutable) resources object, which lets the pods
  // share its parsed form too.
  private readonly sized = new Map<string, ContainerResources>();

  /** Resources the preset gives a container; `size` overrides the preset's own size for it. */
  public resourcesFor(sizing: ContainerSizing, size?: ResourceSize): ContainerResources {
    const key = `${sizing}/${size?.name ?? ''}/${size?.cpuMillis ?? ''}/${size?.memoryMebibytes ?? ''}`;
    let resources = this.sized.get(key);
    if (!resources) {
      resources = this.sizer(sizing, size);
      this.sized.set(key, resources);
    }
    return resources;
  }
}

/** A container as the QoS computation sees it. */
export interface QosContainer {
  /** Container name, for messages. */
  readonly name: string;
  /** Its CPU and memory. */
  readonly resources: ParsedResources;
}

/**
 * The QoS class Kubernetes gives a pod with these containers (init containers included), the way
 * the kubelet computes it: absent requests default to limits; Guaranteed needs CPU and memory
 * limits on every container and requests equal to limits; BestEffort has none at all.
 */
export function computeQosClass(containers: readonly QosContainer[]): QosClass {
  let anyAmount = false;
  let guaranteed = true;
  for (const { resources } of containers) {
    for (const amounts of [resources.cpu, resources.memory]) {
      const limit = positive(amounts.limit);
      const request = effectiveRequest(amounts);
      if (request || limit) {
        anyAmount = true;
      }
      if (!limit || !request || request.compare(limit) !== 0) {
        guaranteed = false;
      }
    }
  }
  if (!anyAmount) {
    return QosClass.BEST_EFFORT;
  }
  return guaranteed ? QosClass.GUARANTEED : QosClass.BURSTABLE;
}

/** Why a pod with these containers is not of class `wanted`, one line per container and resource. */
export function explainQos(containers: readonly QosContainer[], wanted: QosClass): string[] {
  const reasons: string[] = [];
  for (const { name, resources } of containers) {
    for (const [resource, amounts] of [
      ['cpu', resources.cpu],
      ['memory', resources.memory],
    ] as const) {
      const limit = positive(amounts.limit);
      const request = effectiveRequest(amounts);
      if (wanted === QosClass.GUARANTEED) {
        if (!limit) {
          reasons.push(`container "${name}" has no ${resource} limit`);
        } else if (!request || request.compare(limit) !== 0) {
          reasons.push(`container "${name}" has ${resource} request ${amounts.request?.text ?? '0'} below its limit ${limit.text}`);
        }
      } else if (wanted === QosClass.BEST_EFFORT && (request || limit)) {
        reasons.push(`container "${name}" sets a ${resource} ${limit ? 'limit' : 'request'}`);
      }
    }
  }
  return reasons;
}

/**
 * The request the API server stores: an absent request defaults to the limit, but an explicit
 * zero stays zero (and, being zero, does not count).
 */
function effectiveRequest(amounts: ParsedResources['cpu']): Quantity | undefined {
  return amounts.request ? positive(amounts.request) : positive(amounts.limit);
}

function positive(quantity: Quantity | undefined): Quantity | undefined {
  return quantity && !quantity.isZero ? quantity : undefined;
}
