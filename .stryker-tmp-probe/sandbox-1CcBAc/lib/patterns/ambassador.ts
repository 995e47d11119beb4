// @ts-nocheck
import * as kplus from 'cdk8s-plus-28';
import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { APP_POD_PROPS_NAMES, AppPod, AppPodProps } from '../core/app-pod';
import { IPodExtension } from '../core/extensions';
import { ContainerRole } from '../core/container';
import { fail, PodPatternError } from '../core/errors';
import { hasControlCharacter, isHost, isIpv6, isLoopbackHost, requireEnvName } from '../core/names';
import { ContainerResources } from '../policies/resources';
import { ResourceSize } from '../policies/qos';
import { checkProps, PropNames } from '../core/props';

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

/** The prop names of {@link AmbassadorProxy}, checked at run time (see `checkProps`). */
export const AMBASSADOR_PROXY_NAMES: PropNames<AmbassadorProxy> = {
  image: true,
  command: true,
  args: true,
  readiness: true,
  liveness: true,
};

/** Properties of an {@link Ambassador}. */
export interface AmbassadorProps {
  /**
   * What the remote is, a DNS-1123 label (`db`, `cache`): the container is `<name>-ambassador`
   * and the app's variables start with its upper-case form (`DB_HOST`).
   */
  readonly name: string;
  /**
   * Remote endpoint the ambassador forwards to, as `host:port`: a DNS name in any case
   * (`db.example.com:3306`), an IPv4 address (`10.0.0.5:3306`), or an IPv6 address in brackets
   * (`[fd00::1]:5432`, for dual-stack clusters). It must not be the ambassador's own listen
   * address (a loopback host on `localPort`) nor lead back to it through other ambassadors of the
   * pod: each connection would make socat connect to itself again.
   * @default - none, only with a `proxy` of your own that its arguments address (the Cloud SQL
   * proxy takes an instance connection name); then `localPort` is required
   */
  readonly upstream?: string;
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
   * Most connections the socat forwarder carries at once (socat's `max-children`: one process
   * per connection). Further connections wait in the listen queue until one closes. The bound
   * keeps a loop the pod cannot see at synth (a DNS name that resolves to the pod itself) or a
   * flood of connections from turning the forwarder into a fork bomb. Only for the default
   * forwarder; a proxy of your own sets its own limits.
   * @default 100 (PostgreSQL's default `max_connections`; each connection costs the forwarder one small process)
   */
  readonly maxConnections?: number;
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

/** The prop names of {@link AmbassadorProps}, checked at run time (see `checkProps`). */
export const AMBASSADOR_PROPS_NAMES: PropNames<AmbassadorProps> = {
  name: true,
  upstream: true,
  localPort: true,
  envPrefix: true,
  proxy: true,
  maxConnections: true,
  resources: true,
  size: true,
  nativeSidecar: true,
};

/**
 * A proxy in the app's pod that carries its connections to a remote service: the app talks to
 * `127.0.0.1:<localPort>` and never names the remote host; moving the database is a change to
 * the ambassador, not to the app. The default forwarder is socat, listening on the pod's
 * loopback only, so nothing outside the pod can use it.
 */
export class Ambassador implements IPodExtension {
  /** The forwarder image of the default ambassador: socat on Alpine, small and single-purpose. */
  public static readonly DEFAULT_IMAGE = 'alpine/socat:1.8.0.3';

  /** Connections the default forwarder carries at once unless {@link AmbassadorProps.maxConnections} says otherwise. */
  public static readonly DEFAULT_MAX_CONNECTIONS = 100;

  /** The most {@link AmbassadorProps.maxConnections} may be: each connection is a process of the forwarder. */
  public static readonly MAX_CONNECTIONS_LIMIT = 4096;

  /**
   * The socat command line that forwards `127.0.0.1:localPort` to `host:port`, one child process
   * per connection and at most `maxConnections` of them. `host` is a DNS name, an IPv4 address or
   * a bare IPv6 address (written in brackets for socat). Every value is checked before it reaches
   * the command line, since socat reads `:` and `,` in an address as separators of its own.
   */
  public static forwarderCommand(
    localPort: number,
    host: string,
    port: number,
    maxConnections: number = Ambassador.DEFAULT_MAX_CONNECTIONS,
  ): string[] {
    const where = 'Ambassador.forwarderCommand';
    requirePort(where, 'local port', localPort);
    requirePort(where, 'upstream port', port);
    if (!isHost(host)) {
      throw new PodPatternError(
        'ambassador-upstream',
        where,
        `host ${JSON.stringify(host)} is neither a DNS name nor an IP address`,
        'pass a host such as "db.example.com", "10.0.0.5" or "fd00::1"',
      );
    }
    if (!isConnectionBound(maxConnections)) {
      throw new PodPatternError(
        'ambassador-max-connections',
        where,
        `maxConnections ${maxConnections} is not a whole number from 1 to ${Ambassador.MAX_CONNECTIONS_LIMIT}`,
        `pass for example ${Ambassador.DEFAULT_MAX_CONNECTIONS}`,
      );
    }
    const address = isIpv6(host) ? `[${host}]` : host;
    return ['socat', `TCP-LISTEN:${localPort},bind=127.0.0.1,fork,reuseaddr,max-children=${maxConnections}`, `TCP:${address}:${port}`];
  }

  /**
   * A probe command that succeeds while something listens on `127.0.0.1:port`, read from the
   * kernel's table of the pod's TCP sockets (`/proc/net/tcp`, state `0A` is LISTEN). It opens no
   * connection: a connection to the forwarder would make it open one to the upstream too, so
   * every probe would leave a half-finished handshake in the database's log.
   */
  public static probeCommand(port: number): string[] {
    requirePort('Ambassador.probeCommand', 'port', port);
    const hex = port.toString(16).toUpperCase().padStart(4, '0');
    return ['sh', '-c', `grep -q ' 0100007F:${hex} 00000000:0000 0A ' /proc/net/tcp`];
  }

  constructor(
    /** What the ambassador forwards. */
    public readonly props: AmbassadorProps,
  ) {}

  // Where this ambassador listens and forwards to, once applied: ambassadors added later to the
  // same pod follow it to tell a loop through several of them.
  private forward?: Forward;

  /** The container name of this ambassador. */
  public get containerName(): string {
    return `${this.props.name}-ambassador`;
  }

  /** Adds the proxy to `pod` and gives the app its address. */
  public extend(pod: AppPod): void {
    checkProps(pod, `ambassador "${this.props.name}"`, this.props, AMBASSADOR_PROPS_NAMES);
    checkProps(pod, `the proxy of ambassador "${this.props.name}"`, this.props.proxy, AMBASSADOR_PROXY_NAMES);
    const upstream = this.upstreamOf(pod);
    const localPort = this.props.localPort ?? upstream?.port;
    const prefix = this.props.envPrefix ?? this.props.name.toUpperCase().replace(/-/g, '_');
    if (localPort === undefined || !(Number.isInteger(localPort) && localPort >= 1 && localPort <= 65535)) {
      fail(
        pod,
        'ambassador-local-port',
        localPort === undefined
          ? `ambassador "${this.props.name}" has neither an upstream nor a localPort, so the app has no port to connect to`
          : `ambassador "${this.props.name}" has localPort ${localPort}, outside 1-65535`,
        'use a free port of the pod from 1024 to 65535, e.g. 15432',
      );
    }
    if (upstream) {
      this.checkNoLoop(pod, upstream.host, upstream.port, localPort);
    }
    const maxConnections = this.props.maxConnections ?? Ambassador.DEFAULT_MAX_CONNECTIONS;
    if (this.props.proxy && this.props.maxConnections !== undefined) {
      fail(
        pod,
        'ambassador-max-connections',
        `ambassador "${this.props.name}" sets maxConnections, which only the default socat forwarder reads, but it runs a proxy of its own`,
        "drop maxConnections and set the limit in the proxy's own configuration",
      );
    }
    if (!isConnectionBound(maxConnections)) {
      fail(
        pod,
        'ambassador-max-connections',
        `ambassador "${this.props.name}" has maxConnections ${maxConnections}, not a whole number from 1 to ${Ambassador.MAX_CONNECTIONS_LIMIT}`,
        `use for example ${Ambassador.DEFAULT_MAX_CONNECTIONS}`,
      );
    }
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
    // Without a proxy of its own there is an upstream (upstreamOf refused its absence).
    const forwarder = proxy ? [] : Ambassador.forwarderCommand(localPort, upstream!.host, upstream!.port, maxConnections);
    pod.addContainer(
      {
        name: this.containerName,
        image: proxy?.image ?? Ambassador.DEFAULT_IMAGE,
        command: proxy ? proxy.command : forwarder.slice(0, 1),
        args: proxy ? proxy.args : forwarder.slice(1),
        ports: [{ number: localPort }],
        resources: this.props.resources,
        size: this.props.size,
        readiness: proxy ? proxy.readiness : probe(3),
        liveness: proxy ? proxy.liveness : probe(6),
        // A native sidecar with a startup probe holds the next init step until it passes: a
        // migration or wait-for behind it finds socat listening, not starting.
        startup:
          !proxy && this.props.nativeSidecar
            ? kplus.Probe.fromCommand(Ambassador.probeCommand(localPort), { periodSeconds: Duration.seconds(1), failureThreshold: 30 })
            : undefined,
        // Alpine's socat image runs as root unless told otherwise.
        securityContext: proxy ? undefined : { user: 65534, group: 65534 },
      },
      this.props.nativeSidecar ? ContainerRole.NATIVE_SIDECAR : ContainerRole.HELPER,
    );
    this.forward = upstream && { name: this.props.name, localPort, host: upstream.host, port: upstream.port };

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

  /** The upstream's host and port; none for a proxy of your own that its arguments address. */
  private upstreamOf(pod: Construct): { host: string; port: number } | undefined {
    if (this.props.upstream === undefined) {
      if (!this.props.proxy) {
        fail(
          pod,
          'ambassador-upstream',
          `ambassador "${this.props.name}" has no upstream, and the default socat forwarder needs one`,
          'write upstream as host:port, e.g. "db.example.com:3306", or bring a proxy of your own that knows where to go',
        );
      }
      return undefined;
    }
    return this.parseUpstream(pod, this.props.upstream);
  }

  private parseUpstream(pod: Construct, upstream: string): { host: string; port: number } {
    const quoted = JSON.stringify(upstream);
    if (hasControlCharacter(upstream)) {
      fail(
        pod,
        'ambassador-upstream',
        `ambassador "${this.props.name}" has upstream ${quoted}, which holds a control character`,
        'write it as host:port, e.g. "db.example.com:3306"',
      );
    }
    // "[v6]:port" is the only form in which an IPv6 address and a port can be told apart.
    const match = /^\[([^\]]*)\]:(\d*)$/.exec(upstream) ?? /^([^:\s[\]]*):(\d*)$/.exec(upstream);
    const host = match?.[1] ?? '';
    const port = Number(match?.[2] || NaN);
    if (!match && upstream.split(':').length > 2) {
      fail(
        pod,
        'ambassador-upstream',
        `ambassador "${this.props.name}" has upstream ${quoted}: an IPv6 address without brackets, whose port cannot be told from its last group`,
        'write the address in brackets and the port after them, e.g. "[fd00::1]:5432"',
      );
    }
    if (!match || !host || !match[2]) {
      fail(
        pod,
        'ambassador-upstream',
        `ambassador "${this.props.name}" has upstream ${quoted}, which ${match && !host ? 'lacks a host' : match || !upstream.includes(':') ? 'lacks a port' : 'is not host:port'}`,
        'write it as host:port, e.g. "db.example.com:3306"',
      );
    }
    const bracketed = upstream.startsWith('[');
    if (bracketed ? !isIpv6(host) : !isHost(host)) {
      fail(
        pod,
        'ambassador-upstream',
        bracketed
          ? `ambassador "${this.props.name}" has upstream host ${JSON.stringify(host)} in brackets, which is not an IPv6 address`
          : `ambassador "${this.props.name}" has upstream host ${JSON.stringify(host)}, which is neither a DNS name nor an IPv4 address`,
        bracketed ? 'put only an IPv6 address in brackets, e.g. "[fd00::1]:5432"' : 'use a host name such as "db.example.com"',
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

  /**
   * Refuses an upstream that comes back to this ambassador, directly (a loopback host on its own
   * port) or through other ambassadors of the pod (A forwards to B's local port, B to A's).
   * socat would then connect to itself for every connection; `max-children` bounds the damage
   * of loops no one can see at synth, this refuses the ones the pod can see.
   */
  private checkNoLoop(pod: AppPod, host: string, port: number, localPort: number): void {
    // The pod's other ambassadors, applied before this one.
    const others = pod.extensions.flatMap((e) => (e instanceof Ambassador && e.forward ? [e.forward] : []));
    const chain = [this.props.name];
    let next: Forward | undefined = { name: this.props.name, localPort, host, port };
    while (next && isLoopbackHost(next.host)) {
      if (next.port === localPort) {
        fail(
          pod,
          'ambassador-loop',
          chain.length === 1
            ? `ambassador "${this.props.name}" forwards to ${host}:${port}, its own listen address: every connection would make socat connect to itself again`
            : `ambassadors ${chain.map((n) => `"${n}"`).join(' -> ')} forward in a circle back to port ${localPort}: every connection would make socat connect to itself again`,
          'point upstream at the remote service\'s address, e.g. "db.example.com:5432"',
        );
      }
      const target: number = next.port;
      next = others.find((f) => f.localPort === target && !chain.includes(f.name));
      if (next) chain.push(next.name);
    }
  }
}

/** Where an ambassador listens and where it forwards to. */
interface Forward {
  readonly name: string;
  readonly localPort: number;
  readonly host: string;
  readonly port: number;
}

function isConnectionBound(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= Ambassador.MAX_CONNECTIONS_LIMIT;
}

function requirePort(where: string, what: string, port: number): void {
  if (!(Number.isInteger(port) && port >= 1 && port <= 65535)) {
    throw new PodPatternError('invalid-port', where, `${what} ${port} is outside 1-65535`, 'pass a port number from 1 to 65535');
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
    checkProps(`${scope.node.path}/${id}`, 'the pod', props, { ...APP_POD_PROPS_NAMES, ambassadors: true });
    const { ambassadors, ...rest } = props;
    super(scope, id, { ...rest, extensions: [...(ambassadors ?? []), ...(rest.extensions ?? [])] });
  }
}
