// @ts-nocheck
import * as kplus from 'cdk8s-plus-28';
import { ContainerResources } from '../policies/resources';
import { ResourceSize } from '../policies/qos';
import { SecurityProfile } from '../policies/security';
import { PropNames } from './props';

/** What a container is to its pod; decides its start order, its size and its mount defaults. */
export enum ContainerRole {
  /** The app itself: a regular container, sized by the preset's `size`, mounts writable. */
  APP = 'app',
  /**
   * A classic helper (sidecar, ambassador, adapter): a regular container started beside the app,
   * sized by the preset's `helperSize`, mounts read-only unless stated otherwise.
   */
  HELPER = 'helper',
  /**
   * An init step: runs to completion, in order, before any regular container starts; sized by
   * `helperSize`, mounts writable.
   */
  INIT = 'init',
  /**
   * A native sidecar: an init container with `restartPolicy: Always`, started before the app and
   * kept running beside it, stopped after it. Alpha in Kubernetes 1.28 behind the
   * `SidecarContainers` feature gate (beta and on by default from 1.29): on a 1.28 cluster
   * without the gate the API server drops the field, and the pod never leaves `Init` (or, if the
   * container has probes or lifecycle hooks, is rejected).
   */
  NATIVE_SIDECAR = 'native-sidecar',
}

/** Whether a container of this role runs beside the app (and so shares its ports). */
export function isRunning(role: ContainerRole): boolean {
  return role !== ContainerRole.INIT;
}

/** Whether mounts of a container of this role are read-only unless stated: helpers usually only read. */
export function mountsReadOnlyByDefault(role: ContainerRole): boolean {
  return role === ContainerRole.HELPER || role === ContainerRole.NATIVE_SIDECAR;
}

/** Whether the pod spec lists a container of this role under `initContainers`. */
export function isInitContainer(role: ContainerRole): boolean {
  return role === ContainerRole.INIT || role === ContainerRole.NATIVE_SIDECAR;
}

/** A port a container listens on. Every container of a pod shares one network namespace. */
export interface ContainerPortSpec {
  /** Port number, 1 to 65535. */
  readonly number: number;
  /**
   * Name (an IANA service name: at most 15 lowercase letters, digits and `-`); Services and
   * probes can refer to it.
   * @default - unnamed
   */
  readonly name?: string;
  /**
   * Protocol.
   * @default kplus.Protocol.TCP
   */
  readonly protocol?: kplus.Protocol;
}

/** The prop names of {@link ContainerPortSpec}, checked at run time (see `checkProps`). */
export const CONTAINER_PORT_SPEC_NAMES: PropNames<ContainerPortSpec> = { number: true, name: true, protocol: true };

/** A mount of one of the pod's volumes, by volume name. */
export interface VolumeMountSpec {
  /** Name of a volume the pod declares (`sharedVolumes`, `volumes` or `addSharedVolume`). */
  readonly volume: string;
  /** Absolute path inside the container. */
  readonly path: string;
  /**
   * Mount read-only.
   * @default - false for app containers and init steps; true for helpers and native sidecars,
   * which usually only read what the app writes
   */
  readonly readOnly?: boolean;
  /**
   * Mount only this sub-path of the volume.
   * @default - the whole volume
   */
  readonly subPath?: string;
}

/** The prop names of {@link VolumeMountSpec}, checked at run time (see `checkProps`). */
export const VOLUME_MOUNT_SPEC_NAMES: PropNames<VolumeMountSpec> = { volume: true, path: true, readOnly: true, subPath: true };

/** A container of a pod, described once and placed by the pod and its patterns. */
export interface ContainerSpec {
  /**
   * Container name, a DNS-1123 label unique in the pod.
   * @default - "app" for the app container; patterns name their helpers
   */
  readonly name?: string;
  /** Image reference with a tag or digest, e.g. `myapp:1.0`. */
  readonly image: string;
  /**
   * Entrypoint.
   * @default - the image's ENTRYPOINT
   */
  readonly command?: string[];
  /**
   * Arguments to the entrypoint.
   * @default - the image's CMD
   */
  readonly args?: string[];
  /**
   * Working directory.
   * @default - the image's WORKDIR
   */
  readonly workingDir?: string;
  /**
   * Ports the container listens on.
   * @default - none
   */
  readonly ports?: ContainerPortSpec[];
  /**
   * Plain environment variables.
   * @default - none
   */
  readonly env?: Record<string, string>;
  /**
   * Environment variables from ConfigMaps, Secrets, fields or resources.
   * @default - none
   */
  readonly envValues?: Record<string, kplus.EnvValue>;
  /**
   * Whole ConfigMaps or Secrets as environment variables.
   * @default - none
   */
  readonly envFrom?: kplus.EnvFrom[];
  /**
   * CPU and memory requests and limits, exactly as written here.
   * @default - from the pod's QoS preset (or its chart's {@link PodDefaults}); none without one
   */
  readonly resources?: ContainerResources;
  /**
   * A size of the ladder for this container, in the pod's QoS class.
   * @default - the preset's size for the container's role
   */
  readonly size?: ResourceSize;
  /**
   * Liveness probe: the kubelet restarts the container when it fails.
   * @default - none
   */
  readonly liveness?: kplus.Probe;
  /**
   * Readiness probe: the pod receives Service traffic only while it succeeds.
   * @default - none
   */
  readonly readiness?: kplus.Probe;
  /**
   * Startup probe: holds off liveness and readiness until it succeeds once.
   * @default - none
   */
  readonly startup?: kplus.Probe;
  /**
   * Lifecycle hooks (postStart, preStop).
   * @default - none
   */
  readonly lifecycle?: kplus.ContainerLifecycle;
  /**
   * Mounts of the pod's volumes.
   * @default - none
   */
  readonly volumeMounts?: VolumeMountSpec[];
  /**
   * Changes to the container's secure defaults (non-root, read-only root filesystem, no
   * privilege escalation, all capabilities dropped, RuntimeDefault seccomp profile).
   * @default - the secure defaults unchanged
   */
  readonly securityContext?: kplus.ContainerSecurityContextProps;
  /**
   * The Pod Security Standard this container is held to; a weaker one than restricted needs a
   * reason, recorded on the pod.
   * @default - the pod's profile
   */
  readonly securityProfile?: SecurityProfile;
  /**
   * Paths the container may write although its root filesystem is read-only: each gets an
   * emptyDir volume of its own (`/tmp` becomes volume `<container>-tmp`).
   * @default - none
   */
  readonly writablePaths?: string[];
  /**
   * Accept an image without a tag or tagged `latest`. Such an image changes under the same
   * reference: two nodes may run different code, and a rollback rolls back nothing.
   * @default false
   */
  readonly allowLatestTag?: boolean;
  /**
   * When the kubelet pulls the image.
   * @default - as Kubernetes defaults it: `IfNotPresent` for an image pinned to a tag or digest,
   * `Always` for one tagged `latest` or untagged
   */
  readonly imagePullPolicy?: kplus.ImagePullPolicy;
}

/** The prop names of {@link ContainerSpec}, checked at run time (see `checkProps`). */
export const CONTAINER_SPEC_NAMES: PropNames<ContainerSpec> = {
  name: true,
  image: true,
  command: true,
  args: true,
  workingDir: true,
  ports: true,
  env: true,
  envValues: true,
  envFrom: true,
  resources: true,
  size: true,
  liveness: true,
  readiness: true,
  startup: true,
  lifecycle: true,
  volumeMounts: true,
  securityContext: true,
  securityProfile: true,
  writablePaths: true,
  allowLatestTag: true,
  imagePullPolicy: true,
};
