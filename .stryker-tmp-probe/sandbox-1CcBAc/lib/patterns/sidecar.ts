// @ts-nocheck
import { createHash } from 'crypto';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { APP_POD_PROPS_NAMES, AppPod, AppPodProps } from '../core/app-pod';
import { IPodExtension } from '../core/extensions';
import { SharedVolumeProps } from '../core/volumes';
import { ContainerRole, ContainerSpec, VolumeMountSpec } from '../core/container';
import { requireContainerName } from '../core/containers';
import { fail } from '../core/errors';
import { ConfigRefusal, filePatternRefusal, fluentdString, logPathRefusal, matchBodyRefusal } from './fluentd';
import { checkProps, PropNames } from '../core/props';

/** Files a sidecar reads its configuration from, shipped in a ConfigMap. */
export interface SidecarConfigFiles {
  /** Volume name of the ConfigMap in the pod. */
  readonly volume: string;
  /** Directory the files appear in, read-only. */
  readonly path: string;
  /** File name to content. */
  readonly files: Record<string, string>;
}

/** Properties of a {@link Sidecar}. */
export interface SidecarProps extends ContainerSpec {
  /**
   * Run as a native sidecar: an init container with `restartPolicy: Always`, started before the
   * app and stopped after it, so it never misses the app's first or last lines and does not keep
   * a Job's pod alive. Alpha in Kubernetes 1.28 (feature gate `SidecarContainers`), beta and on by
   * default from 1.29; a 1.28 cluster without the gate drops the field and the pod never starts
   * (or is rejected, if the sidecar has probes or lifecycle hooks).
   * @default false (a classic sidecar: a regular container beside the app)
   */
  readonly nativeSidecar?: boolean;
  /**
   * emptyDir volumes the sidecar needs; each is declared unless the pod already has it.
   * @default - none
   */
  readonly sharedVolumes?: SharedVolumeProps[];
  /**
   * Mounts to add to the app container (for example where it writes the logs this sidecar
   * reads), unless the app already mounts that volume.
   * @default - none
   */
  readonly appMounts?: VolumeMountSpec[];
  /**
   * Configuration files, shipped as a ConfigMap named `<app>-<sidecar>` and mounted read-only.
   * @default - none
   */
  readonly config?: SidecarConfigFiles;
}

/** Options of {@link Sidecar.logShipper}. */
export interface LogShipperOptions {
  /**
   * Fluentd image.
   * @default "fluent/fluentd:v1.16-1"
   */
  readonly image?: string;
  /**
   * Where the app writes its log files; shared through the `logs` emptyDir. A plain absolute
   * directory: no `,` (Fluentd's tail input splits paths there), no glob or time patterns
   * (`* ? [ ] { } %`), no `\`, `.` or `..` segments, or control characters. Other characters are
   * written quoted, so they stay part of the path.
   * @default "/var/log/app"
   */
  readonly logPath?: string;
  /**
   * Which files under `logPath` to ship: a glob relative to it (`*`, `?`, `[...]`, and `%Y`-style
   * time patterns, as Fluentd's tail input reads them), with no `,`, `{}`, `\`, `.` or `..`
   * segments, or control characters.
   * @default "*.log"
   */
  readonly filePattern?: string;
  /**
   * Fluentd `<match>` section body (type and settings) that receives the app's lines, one
   * parameter or section tag per line. It stays inside the `<match>`: nested sections
   * (`<buffer>`, `<server>`, `<store>`, ...) are welcome if balanced, but the body may not close
   * the `<match>`, open a top-level section (`<source>`, `<match>`, `<filter>`, `<label>`,
   * `<system>`, `<worker>`), `@include` files, embed Ruby (`"#{...}"`, which Fluentd runs when it
   * reads the file), let a quoted or JSON value run on past its line, or use the command-running
   * outputs `exec` and `exec_filter`: a log shipper ships, it does not run commands.
   * @default "@type stdout" (the node's log collector picks up the sidecar's output)
   */
  readonly output?: string;
  /**
   * Container name.
   * @default "log-shipper"
   */
  readonly name?: string;
  /**
   * Run as a native sidecar (see {@link SidecarProps.nativeSidecar}).
   * @default false
   */
  readonly nativeSidecar?: boolean;
}

/** The prop names of {@link LogShipperOptions}, checked at run time (see `checkProps`). */
export const LOG_SHIPPER_OPTIONS_NAMES: PropNames<LogShipperOptions> = {
  image: true,
  logPath: true,
  filePattern: true,
  output: true,
  name: true,
  nativeSidecar: true,
};

/**
 * A helper container beside the app in the same pod, sharing its volumes, network (`localhost`)
 * and lifecycle. Mounts of a sidecar are read-only unless stated otherwise: a log agent must
 * not be able to change the app's files.
 */
export class Sidecar implements IPodExtension {
  /** Name of the emptyDir a log shipper and the app share. */
  public static readonly LOGS_VOLUME = 'logs';

  /**
   * The seed's logging sidecar: Fluentd tails the files the app writes to the shared `logs`
   * emptyDir (mounted read-only into Fluentd, writable into the app at the same path) and ships
   * every line to `output`. Fluentd's own position file lives in a second emptyDir, so the root
   * filesystem stays read-only.
   */
  public static logShipper(options: LogShipperOptions = {}): Sidecar {
    checkProps('Sidecar.logShipper', 'the options', options, LOG_SHIPPER_OPTIONS_NAMES);
    // Sidecars are immutable: pods asking for the same log shipper share one (and its config text).
    const key = JSON.stringify(options);
    const shared = LOG_SHIPPERS.get(key);
    if (shared) {
      return shared;
    }
    const shipper = Sidecar.createLogShipper(options);
    LOG_SHIPPERS.set(key, shipper);
    return shipper;
  }

  private static createLogShipper(options: LogShipperOptions): Sidecar {
    const name = options.name ?? 'log-shipper';
    const logPath = options.logPath ?? '/var/log/app';
    const filePattern = options.filePattern ?? '*.log';
    const output = options.output ?? '@type stdout';
    const state = `${name}-state`;
    const pathRefusal = logPathRefusal(logPath) ?? filePatternRefusal(filePattern);
    const outputRefusal = matchBodyRefusal(output);
    const refusal = pathRefusal
      ? { code: 'invalid-log-path', ...pathRefusal }
      : outputRefusal && { code: 'invalid-log-output', ...outputRefusal };
    // Values go in as single-quoted strings, the output only once it is known to stay one
    // section body: nothing spliced in can add a directive to the file.
    const config = refusal
      ? undefined
      : [
          '<source>',
          '  @type tail',
          `  path ${fluentdString(`${logPath}/${filePattern}`)}`,
          '  pos_file /fluentd/log/app.log.pos',
          '  tag app',
          '  read_from_head true',
          '  <parse>',
          '    @type none',
          '  </parse>',
          '</source>',
          '<match app>',
          ...output.split('\n').map((line) => `  ${line.trim()}`),
          '</match>',
          '',
        ].join('\n');
    const shipper = new Sidecar({
      name,
      image: options.image ?? 'fluent/fluentd:v1.16-1',
      nativeSidecar: options.nativeSidecar,
      sharedVolumes: [{ name: Sidecar.LOGS_VOLUME }, { name: state }],
      appMounts: [{ volume: Sidecar.LOGS_VOLUME, path: logPath }],
      volumeMounts: [
        { volume: Sidecar.LOGS_VOLUME, path: logPath, readOnly: true },
        { volume: state, path: '/fluentd/log', readOnly: false },
      ],
      config: config === undefined ? undefined : { volume: `${name}-config`, path: '/fluentd/etc', files: { 'fluent.conf': config } },
      // The image's user is not numeric, so the kubelet cannot verify runAsNonRoot without one.
      securityContext: { user: 1000, group: 1000 },
    });
    // The shipper knows no pod yet; the pod it is added to reports the refusal under its path.
    shipper.refusal = refusal;
    return shipper;
  }

  constructor(
    /** What the sidecar is. */
    public readonly props: SidecarProps,
  ) {}

  // Why a preset built this sidecar without a config (a value that would not stay a value).
  private refusal?: ConfigRefusal & { readonly code: string };

  /** Adds the sidecar, its volumes, its configuration and the app's mounts to `pod`. */
  public extend(pod: AppPod): void {
    const { sharedVolumes, appMounts, config, nativeSidecar, ...container } = this.props;
    const spec = { ...container, name: requireContainerName(pod, 'a sidecar', container) };
    const refusal = this.refusal;
    if (refusal) {
      fail(pod, refusal.code, `log shipper "${spec.name}" ${refusal.what}`, refusal.fix);
    }
    pod.requireFreeContainerName(spec.name);
    for (const volume of sharedVolumes ?? []) {
      if (!pod.hasVolume(volume.name)) {
        pod.addSharedVolume(volume);
      }
    }
    const appName = pod.appContainer.name;
    for (const mount of appMounts ?? []) {
      const existing = pod.appContainer.mounts.find((m) => m.volume.name === mount.volume);
      if (!existing) {
        pod.addMount(appName, { readOnly: false, ...mount });
      } else if (existing.path !== mount.path) {
        // Two log shippers on one volume at different paths: the app writes to one directory,
        // each shipper tails the volume, and the second reads the first's lines again.
        fail(
          pod,
          'shared-volume-path',
          `sidecar "${spec.name}" expects volume "${mount.volume}" at ${mount.path} in the app, but the app already mounts it at ${existing.path} for another sidecar`,
          `use the same path for both (logPath: '${existing.path}'), or give this sidecar a volume of its own`,
        );
      }
    }
    const mounts = [...(spec.volumeMounts ?? [])];
    if (config) {
      const configMap = new kplus.ConfigMap(pod, `${spec.name}-config`, {
        metadata: { name: `${pod.name}-${spec.name}`, labels: pod.labels },
        data: config.files,
      });
      pod.addVolume(kplus.Volume.fromConfigMap(pod as Construct, `${spec.name}-config-volume`, configMap, { name: config.volume }));
      mounts.push({ volume: config.volume, path: config.path, readOnly: true });
      // A changed ConfigMap alone restarts nothing (the sidecar reads its config once): a
      // checksum of it in the pod template makes a change roll the pods, as Helm charts do.
      pod.addPodAnnotation(`checksum.pod-patterns.io/${spec.name}`, configChecksum(config.files));
    }
    pod.addContainer({ ...spec, volumeMounts: mounts }, nativeSidecar ? ContainerRole.NATIVE_SIDECAR : ContainerRole.HELPER);
  }
}

const LOG_SHIPPERS = new Map<string, Sidecar>();

/** Properties of a {@link SidecarPod}. */
export interface SidecarPodProps extends AppPodProps {
  /** Helpers beside the app, e.g. `Sidecar.logShipper()`. */
  readonly sidecars: Sidecar[];
}

/**
 * An app with helper containers beside it (log shippers, proxies) sharing its volumes.
 * A thin layer over {@link AppPod}: every other pattern can still be added to it.
 */
export class SidecarPod extends AppPod {
  constructor(scope: Construct, id: string, props: SidecarPodProps) {
    checkProps(`${scope.node.path}/${id}`, 'the pod', props, { ...APP_POD_PROPS_NAMES, sidecars: true });
    const { sidecars, ...rest } = props;
    super(scope, id, { ...rest, extensions: [...(sidecars ?? []), ...(rest.extensions ?? [])] });
  }
}

// Sidecars built once (a log shipper preset) share their files: hash each set once.
const CHECKSUMS = new WeakMap<Record<string, string>, string>();

/** A short, stable checksum of configuration files (names and contents, in name order). */
function configChecksum(files: Record<string, string>): string {
  const known = CHECKSUMS.get(files);
  if (known) return known;
  const checksum = hashFiles(files);
  CHECKSUMS.set(files, checksum);
  return checksum;
}

function hashFiles(files: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(files).sort()) {
    hash.update(`${name.length}:${name}${files[name].length}:${files[name]}`);
  }
  return hash.digest('hex').slice(0, 16);
}
