// @ts-nocheck
import * as kplus from 'cdk8s-plus-28';
import { Size } from 'cdk8s';
import { Construct } from 'constructs';
import { VolumeMountSpec } from './container';
import { fail } from './errors';
import { requireDnsLabel } from './names';
import { PropNames } from './props';

/** An emptyDir volume the pod's containers share. */
export interface SharedVolumeProps {
  /** Volume name, a DNS-1123 label unique in the pod. */
  readonly name: string;
  /**
   * Storage medium.
   * @default kplus.EmptyDirMedium.DEFAULT (the node's disk)
   */
  readonly medium?: kplus.EmptyDirMedium;
  /**
   * Most the volume may hold before the pod is evicted.
   * @default - no limit
   */
  readonly sizeLimit?: Size;
}

/** The prop names of {@link SharedVolumeProps}, checked at run time (see `checkProps`). */
export const SHARED_VOLUME_PROPS_NAMES: PropNames<SharedVolumeProps> = { name: true, medium: true, sizeLimit: true };

/**
 * The pod's volumes, by name, and the mounts that refer to them: a mount names a volume the pod
 * declares, or the pod fails to start.
 */
export class PodVolumes {
  private readonly volumes = new Map<string, kplus.Volume>();
  private readonly claims = new Set<string>();

  constructor(
    private readonly scope: Construct,
    private readonly workload: kplus.AbstractPod,
    /** The security level that forbids hostPath volumes, if one does (all but platform-defaults). */
    private readonly hostPathForbiddenBy: () => string | undefined,
  ) {}

  /** Names of the pod's volumes. */
  public get names(): string[] {
    return [...this.volumes.keys()];
  }

  /** The pod's volumes. */
  public get all(): kplus.Volume[] {
    return [...this.volumes.values()];
  }

  /** Whether the pod declares a volume named `name`. */
  public has(name: string): boolean {
    return this.volumes.has(name);
  }

  /**
   * Declares a StatefulSet's volume claim template, mountable by its name. cdk8s-plus only mounts
   * volumes it knows, so the claim is known as a placeholder the controller leaves out of the pod
   * spec (the StatefulSet controller gives each pod the claim under that name).
   */
  public addClaim(name: string): void {
    this.add(kplus.Volume.fromEmptyDir(this.scope, `Claim-${name}`, name));
    this.claims.add(name);
  }

  /** Whether `name` is a StatefulSet's volume claim template rather than a pod volume. */
  public isClaim(name: string): boolean {
    return this.claims.has(name);
  }

  /** Declares an emptyDir volume. */
  public addShared(props: SharedVolumeProps): kplus.Volume {
    requireDnsLabel(this.scope, 'volume name', props.name);
    this.requireFreeName(props.name);
    const volume = kplus.Volume.fromEmptyDir(this.scope, `Volume-${props.name}`, props.name, {
      medium: props.medium,
      sizeLimit: props.sizeLimit,
    });
    this.add(volume);
    return volume;
  }

  /** Declares any cdk8s-plus volume. */
  public add(volume: kplus.Volume): void {
    requireDnsLabel(this.scope, 'volume name', volume.name);
    this.requireFreeName(volume.name);
    this.checkType(volume);
    this.volumes.set(volume.name, volume);
    this.workload.addVolume(volume);
  }

  /**
   * An emptyDir of the container's own mounted writable at `path`, for a container whose root
   * filesystem is read-only: `/tmp` of `app` becomes volume `app-tmp`.
   */
  public writableMount(container: string, path: string): VolumeMountSpec {
    if (!path.startsWith('/')) {
      fail(
        this.scope,
        'invalid-mount-path',
        `container "${container}" asks for writable path "${path}", which is not absolute`,
        `use "/${path}"`,
      );
    }
    const slug =
      path
        .replace(/[^a-z0-9]+/gi, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase() || 'root';
    const volume = `${container}-${slug}`.slice(0, 63).replace(/-+$/, '');
    this.addShared({ name: volume });
    return { volume, path, readOnly: false };
  }

  /**
   * The cdk8s-plus mounts of a container: every volume declared, every path absolute and used
   * once in the container (`taken` holds the paths it mounts already).
   */
  public resolveMounts(
    container: string,
    mounts: VolumeMountSpec[],
    readOnlyByDefault: boolean,
    taken: string[] = [],
  ): kplus.VolumeMount[] {
    const paths = new Set(taken);
    return mounts.map((mount) => {
      const volume = this.volumes.get(mount.volume);
      if (!volume) {
        const declared = this.names;
        fail(
          this.scope,
          'undeclared-volume',
          `container "${container}" mounts volume "${mount.volume}", which the pod does not declare`,
          declared.length
            ? `declare it in sharedVolumes or volumes, or mount one of ${declared.map((v) => `"${v}"`).join(', ')}`
            : 'declare it in sharedVolumes (emptyDir) or volumes',
        );
      }
      if (!mount.path.startsWith('/')) {
        fail(
          this.scope,
          'invalid-mount-path',
          `container "${container}" mounts "${mount.volume}" at "${mount.path}", which is not an absolute path`,
          `use an absolute path such as "/${mount.path.replace(/^\.?\/*/, '')}"`,
        );
      }
      if (paths.has(mount.path)) {
        fail(
          this.scope,
          'duplicate-mount-path',
          `container "${container}" mounts two volumes at "${mount.path}"`,
          'give each mount its own path',
        );
      }
      paths.add(mount.path);
      return { volume, path: mount.path, readOnly: mount.readOnly ?? readOnlyByDefault, subPath: mount.subPath };
    });
  }

  private checkType(volume: kplus.Volume): void {
    // cdk8s-plus-28 keeps a volume's source private; its rendered form tells the type.
    const rendered = (volume as unknown as { _toKube(): Record<string, unknown> })._toKube();
    const forbiddenBy = this.hostPathForbiddenBy();
    if (rendered.hostPath && forbiddenBy) {
      fail(
        this.scope,
        'security-profile',
        `volume "${volume.name}" is a hostPath, which the ${forbiddenBy} Pod Security Standard forbids: it exposes the node's filesystem`,
        "use an emptyDir, ConfigMap, Secret or PVC, or opt out with securityProfile: SecurityProfile.platformDefaults('why')",
      );
    }
  }

  private requireFreeName(name: string): void {
    if (this.volumes.has(name)) {
      fail(this.scope, 'duplicate-volume', `two volumes are named "${name}"`, 'give each volume of the pod its own name');
    }
  }
}
