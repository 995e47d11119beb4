import * as kplus from 'cdk8s-plus-28';
import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { AppPod, AppPodProps } from '../core/app-pod';
import { IPodExtension } from '../core/extensions';
import { ContainerRole } from '../core/container';
import { fail } from '../core/errors';
import { isHost, requireEnvName } from '../core/names';
import { ContainerResources } from '../policies/resources';
import { ResourceSize } from '../policies/qos';

/** A proxy image and command line of your own, for an ambassador. */
export interface AmbassadorProxy {
  /** Image of the proxy (for example envoy or haproxy). */
  readonly image: string;
  /**
   * Entrypoint.
   * @default - the image's
   */
  readonly command?: string[];
  /**
   * Arguments.
   * @default - the image's
   */
  readonly args?: string[];
  /**
   * Readiness probe.
   * @default - none
   */
  readonly readiness?: kplus.Probe;
  /**
   * Liveness probe.
   * @default - none
   */
  readonly liveness?: kplus.Probe;
}

/** Properties of an {@link Ambassador}. */
export interface AmbassadorProps {
  /**
   * What the remote is, a DNS-1123 label (`db`, `cache`): the container is `<name>-ambassador`
   * and the app's variables start with its upper-case form (`DB_HOST`).
   */
  readonly name: string;
  /** Remote endpoint the ambassador forwards to, as `host:port` (`db.example.com:3306`). */
  readonly upstream: string;
  /**
   * Local port the app connects to on `localhost`.
   * @default - the upstream's port
   */
  readonly localPort?: number;
  /**
   * Prefix of the environment variables that tell the app where to connect:
   * `<prefix>_HOST` (`127.0.0.1`), `<prefix>_PORT` and `<prefix>_ADDRESS` (`127.0.0.1:<port>`).
   * @default - the name in upper case, `-` as `_`
   */
  readonly envPrefix?: string;
  /**
   * A proxy of your own instead of the socat forwarder.
   * @default - socat (`alpine/socat`) forwarding TCP from 127.0.0.1:localPort to the upstream
   */
  readonly proxy?: AmbassadorProxy;
  /**
   * Resources of the proxy.
   * @default - the pod's QoS preset, at its helper size
   */
  readonly resources?: ContainerResources;
  /**
   * Size of the proxy in the pod's QoS preset.
   * @default - the preset's helper size
   */
  readonly size?: ResourceSize;
  /**
   * Run as a native sidecar, so the proxy is up before init steps that use it (a migration
   * reaching the database through it) and outlives the app. Alpha in Kubernetes 1.28 behind the
   * `SidecarContainers` feature gate, on by default from 1.29.
   * @default false
   */
  readonly nativeSidecar?: boolean;
}

/**
 * A proxy in the app's pod that carries its connections to a remote service: the app talks to
 * `127.0.0.1:<localPort>` and never names the remote host; moving the database is a change to
 * the ambassador, not to the app. The default forwarder is socat, listening on the pod's
 * loopback only, so nothing outside the pod can use it.
 */
export class Ambassador implements IPodExtension {
  /** The forwarder image of the default ambassador: socat on Alpine, small and single-purpose. */
  public static readonly DEFAULT_IMAGE = 'alpine/socat:1.8.0.3';

  /** The socat command line that forwards `127.0.0.1:localPort` to `host:port`. */
  public static forwarderCommand(localPort: number, host: string, port: number): string[] {
    return ['socat', `TCP-LISTEN:${localPort},bind=127.0.0.1,fork,reuseaddr`, `TCP:${host}:${port}`];
  }

  /** A probe command that succeeds once something accepts connections on `127.0.0.1:port`. */
  public static probeCommand(port: number): string[] {
    return ['socat', '-u', 'OPEN:/dev/null', `TCP:127.0.0.1:${port},connect-timeout=2`];
  }

  constructor(
    /** What the ambassador forwards. */
    public readonly props: AmbassadorProps,
  ) {}

  /** The container name of this ambassador. */
  public get containerName(): string {
    return `${this.props.name}-ambassador`;
  }

  /** Adds the proxy to `pod` and gives the app its address. */
  public extend(pod: AppPod): void {
    const { host, port } = this.parseUpstream(pod);
    const localPort = this.props.localPort ?? port;
    const prefix = this.props.envPrefix ?? this.props.name.toUpperCase().replace(/-/g, '_');
    if (!this.props.proxy && localPort < 1024) {
      fail(
        pod,
        'ambassador-privileged-port',
        `ambassador "${this.props.name}" would listen on port ${localPort}, below 1024, which a non-root container cannot bind`,
        'set localPort to 1024 or above (the app reads it from the environment anyway)',
      );
    }
    const probe = (failureThreshold: number) =>
      kplus.Probe.fromCommand(Ambassador.probeCommand(localPort), {
        periodSeconds: Duration.seconds(10),
        failureThreshold,
      });
    const proxy = this.props.proxy;
    pod.addContainer(
      {
        name: this.containerName,
        image: proxy?.image ?? Ambassador.DEFAULT_IMAGE,
        command: proxy ? proxy.command : Ambassador.forwarderCommand(localPort, host, port).slice(0, 1),
        args: proxy ? proxy.args : Ambassador.forwarderCommand(localPort, host, port).slice(1),
        ports: [{ number: localPort }],
        resources: this.props.resources,
        size: this.props.size,
        readiness: proxy ? proxy.readiness : probe(3),
        liveness: proxy ? proxy.liveness : probe(6),
        // Alpine's socat image runs as root unless told otherwise.
        securityContext: proxy ? undefined : { user: 65534, group: 65534 },
      },
      this.props.nativeSidecar ? ContainerRole.NATIVE_SIDECAR : ContainerRole.HELPER,
    );

    const env = pod.appContainer.env;
    requireEnvName(pod, pod.appContainer.name, `${prefix}_HOST`);
    const variables = { HOST: '127.0.0.1', PORT: String(localPort), ADDRESS: `127.0.0.1:${localPort}` };
    for (const [suffix, value] of Object.entries(variables)) {
      const name = `${prefix}_${suffix}`;
      if (name in env.variables) {
        fail(
          pod,
          'env-conflict',
          `ambassador "${this.props.name}" would set ${name} on the app, which already has it`,
          'give the ambassador another envPrefix',
        );
      }
      env.addVariable(name, kplus.EnvValue.fromValue(value));
    }
  }

  private parseUpstream(pod: Construct): { host: string; port: number } {
    const match = /^([^:\s]*):(\d*)$/.exec(this.props.upstream);
    const host = match?.[1] ?? '';
    const port = Number(match?.[2] || NaN);
    if (!match || !host || !match[2]) {
      fail(
        pod,
        'ambassador-upstream',
        `ambassador "${this.props.name}" has upstream "${this.props.upstream}", which lacks a ${!host ? 'host' : 'port'}`,
        'write it as host:port, e.g. "db.example.com:3306"',
      );
    }
    if (!isHost(host)) {
      fail(
        pod,
        'ambassador-upstream',
        `ambassador "${this.props.name}" has upstream host "${host}", which is neither a DNS name nor an IPv4 address`,
        'use a host name such as "db.example.com"',
      );
    }
    if (!(Number.isInteger(port) && port >= 1 && port <= 65535)) {
      fail(
        pod,
        'ambassador-upstream',
        `ambassador "${this.props.name}" has upstream port ${match[2]}, outside 1-65535`,
        "use the remote service's port, e.g. 3306",
      );
    }
    return { host, port };
  }
}

/** Properties of an {@link AmbassadorPod}. */
export interface AmbassadorPodProps extends AppPodProps {
  /** Proxies to remote services, each on its own local port. */
  readonly ambassadors: Ambassador[];
}

/** An app whose connections to remote services go through proxies in its pod. */
export class AmbassadorPod extends AppPod {
  constructor(scope: Construct, id: string, props: AmbassadorPodProps) {
    super(scope, id, { ...props, extensions: [...props.ambassadors, ...(props.extensions ?? [])] });
  }
}
