// @ts-nocheck
import * as kplus from 'cdk8s-plus-28';
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { PodAnnotations } from '../core/annotations';
import { APP_POD_PROPS_NAMES, AppPod, AppPodProps } from '../core/app-pod';
import { IPodExtension } from '../core/extensions';
import { ContainerSpec } from '../core/container';
import { requireContainerName } from '../core/containers';
import { fail } from '../core/errors';
import { hasControlCharacter } from '../core/names';
import { checkProps, PropNames } from '../core/props';

/** How prometheus-operator should find the adapter's metrics, if at all. */
export enum MetricsMonitor {
  /** No prometheus-operator object; the `prometheus.io/*` pod annotations only. */
  NONE = 'none',
  /** A `PodMonitor` (monitoring.coreos.com/v1) selecting the pods by their selector labels. */
  POD_MONITOR = 'PodMonitor',
  /** A `ServiceMonitor` (monitoring.coreos.com/v1); the metrics port is added to the pod's Service. */
  SERVICE_MONITOR = 'ServiceMonitor',
}

/** Properties of an {@link Adapter}. */
export interface AdapterProps extends ContainerSpec {
  /** Port the adapter serves the converted output on, from 1 to 65535. */
  readonly metricsPort: number;
  /**
   * Name of the metrics port (PodMonitors and Services refer to it); no other container of the
   * pod may use it, or a name would stand for two ports.
   * @default "metrics"
   */
  readonly metricsPortName?: string;
  /**
   * HTTP path of the converted output: absolute, without query, fragment, spaces or other
   * characters a URL path cannot hold unescaped (RFC 3986 `pchar`; `%XX` escapes allowed).
   * @default "/metrics"
   */
  readonly metricsPath?: string;
  /**
   * Write the conventional `prometheus.io/scrape`, `prometheus.io/port` and `prometheus.io/path`
   * pod annotations, pointing at the adapter (not the app).
   * @default true
   */
  readonly scrapeAnnotations?: boolean;
  /**
   * Also serve the metrics port on the pod's Service (which must exist).
   * @default - only with MetricsMonitor.SERVICE_MONITOR
   */
  readonly servicePort?: boolean;
  /**
   * A prometheus-operator object for the metrics.
   * @default MetricsMonitor.NONE
   */
  readonly monitor?: MetricsMonitor;
}

/** Options of {@link Adapter.nginxExporter}. */
export interface NginxExporterOptions {
  /**
   * Port of the app's `stub_status` endpoint, from 1 to 65535.
   * @default 8080
   */
  readonly statusPort?: number;
  /**
   * Path of the app's `stub_status` endpoint, absolute and URL-safe like {@link AdapterProps.metricsPath}.
   * @default "/stub_status"
   */
  readonly statusPath?: string;
  /**
   * Port the exporter serves Prometheus metrics on, from 1 to 65535.
   * @default 9113
   */
  readonly metricsPort?: number;
  /**
   * Exporter image.
   * @default "nginx/nginx-prometheus-exporter:1.1.0"
   */
  readonly image?: string;
  /**
   * A prometheus-operator object for the metrics.
   * @default MetricsMonitor.NONE
   */
  readonly monitor?: MetricsMonitor;
}

/** The prop names of {@link NginxExporterOptions}, checked at run time (see `checkProps`). */
export const NGINX_EXPORTER_OPTIONS_NAMES: PropNames<NginxExporterOptions> = {
  statusPort: true,
  statusPath: true,
  metricsPort: true,
  image: true,
  monitor: true,
};

/**
 * A container that turns the app's output into a standard an external system reads: the seed's
 * custom format to Prometheus. The adapter reads the app over `localhost` and serves the
 * converted form on its own port, which the scrape annotations and monitors point at.
 */
export class Adapter implements IPodExtension {
  /**
   * NGINX's `stub_status` page (a custom text format) as Prometheus metrics, through the NGINX
   * Prometheus exporter scraping the app over localhost.
   */
  public static nginxExporter(options: NginxExporterOptions = {}): Adapter {
    checkProps('Adapter.nginxExporter', 'the options', options, NGINX_EXPORTER_OPTIONS_NAMES);
    const metricsPort = options.metricsPort ?? 9113;
    const statusPort = options.statusPort ?? 8080;
    const statusPath = options.statusPath ?? '/stub_status';
    const adapter = new Adapter({
      name: 'metrics-adapter',
      image: options.image ?? 'nginx/nginx-prometheus-exporter:1.1.0',
      args: [
        `--nginx.scrape-uri=http://127.0.0.1:${statusPort}${statusPath}`,
        `--web.listen-address=:${metricsPort}`,
        '--web.telemetry-path=/metrics',
      ],
      metricsPort,
      monitor: options.monitor,
      readiness: kplus.Probe.fromHttpGet('/metrics', { port: metricsPort }),
      liveness: kplus.Probe.fromTcpSocket({ port: metricsPort }),
      securityContext: { user: 65534, group: 65534 },
    });
    // Checked when added to a pod, so the error names it; nothing is emitted before.
    adapter.source = { port: statusPort, path: statusPath, what: 'stub_status' };
    return adapter;
  }

  constructor(
    /** What the adapter is. */
    public readonly props: AdapterProps,
  ) {}

  // What a preset adapter reads from the app (its URL), checked when the adapter joins a pod.
  private source?: AdapterSource;

  /** Adds the adapter, its annotations and its monitor to `pod`. */
  public extend(pod: AppPod): void {
    const { metricsPort, metricsPortName, metricsPath, scrapeAnnotations, servicePort, monitor, ...container } = this.props;
    const spec = { ...container, name: requireContainerName(pod, 'an adapter', container) };
    const portName = metricsPortName ?? 'metrics';
    const path = metricsPath ?? '/metrics';
    const source = this.source;
    checkPort(pod, spec.name, 'metricsPort', metricsPort, 9113);
    checkUrlPath(pod, spec.name, 'metrics path', path);
    if (source) {
      checkPort(pod, spec.name, `${source.what} port`, source.port, 8080);
      checkUrlPath(pod, spec.name, `${source.what} path`, source.path);
    }
    if (source && !pod.containers.some((c) => c.container.ports.some((p) => p.number === source.port))) {
      fail(
        pod,
        'adapter-status-port',
        `adapter "${spec.name}" reads ${source.what} on port ${source.port}, which no container of the pod declares: it would scrape a port nothing listens on`,
        `set statusPort to the app's ${source.what} port${pod.appSpec.ports?.length ? ` (the app declares ${pod.appSpec.ports.map((p) => p.number).join(', ')})` : ''}, or declare that port on the app container`,
      );
    }
    // Services and monitors find a port by its name, across the pod's containers: the metrics
    // port must not take a name another container's port (another adapter's) already has.
    const holder = (spec.ports ?? []).some((p) => p.name === portName)
      ? spec.name
      : pod.containers.find((c) => c.container.ports.some((p) => p.name === portName))?.name;
    if (holder) {
      fail(
        pod,
        'adapter-port-name',
        `adapter "${spec.name}" names its metrics port "${portName}", but container "${holder}" already has a port of that name`,
        `give the adapter another metricsPortName, e.g. "${spec.name === 'metrics-adapter' ? 'adapter-metrics' : 'metrics-2'}"`,
      );
    }
    pod.addContainer({ ...spec, ports: [{ number: metricsPort, name: portName }, ...(spec.ports ?? [])] });

    if (scrapeAnnotations ?? true) {
      const existing = pod.podAnnotation(PodAnnotations.PROMETHEUS_PORT);
      if (existing !== undefined) {
        fail(
          pod,
          'duplicate-scrape-annotations',
          `adapter "${spec.name}" would point ${PodAnnotations.PROMETHEUS_PORT} at ${metricsPort}, but it already points at ${existing}; the annotations name one port per pod`,
          'set scrapeAnnotations: false on all adapters but one and use a PodMonitor for the others',
        );
      }
      pod.addPodAnnotation('prometheus.io/scrape', 'true');
      pod.addPodAnnotation(PodAnnotations.PROMETHEUS_PORT, String(metricsPort));
      pod.addPodAnnotation('prometheus.io/path', path);
    }

    const kind = monitor ?? MetricsMonitor.NONE;
    if (servicePort || kind === MetricsMonitor.SERVICE_MONITOR) {
      if (!pod.service) {
        fail(
          pod,
          'metrics-without-service',
          `adapter "${spec.name}" needs the pod's Service for its metrics port, but the pod has none`,
          'set `service` on the pod, or use MetricsMonitor.POD_MONITOR',
        );
      }
      pod.service.bind(metricsPort, { name: portName, targetPort: metricsPort });
    }
    if (kind !== MetricsMonitor.NONE) {
      const endpoint = { port: portName, path };
      new ApiObject(pod as Construct, `${spec.name}-${kind}`, {
        apiVersion: 'monitoring.coreos.com/v1',
        kind,
        metadata: { name: `${pod.name}-${spec.name}`, labels: pod.labels },
        spec: {
          selector: { matchLabels: pod.selectorLabels },
          ...(kind === MetricsMonitor.POD_MONITOR ? { podMetricsEndpoints: [endpoint] } : { endpoints: [endpoint] }),
        },
      });
    }
  }
}

/** What an adapter reads from the app, for the checks that run when it is added to a pod. */
interface AdapterSource {
  readonly port: number;
  readonly path: string;
  readonly what: string;
}

function checkPort(pod: AppPod, adapter: string, what: string, port: number, example: number): void {
  if (!(Number.isInteger(port) && port >= 1 && port <= 65535)) {
    fail(
      pod,
      'invalid-adapter-port',
      `adapter "${adapter}" has ${what} ${port}, outside 1-65535`,
      `use a port number from 1 to 65535, e.g. ${example}`,
    );
  }
}

// RFC 3986 section 3.3: a path-absolute is "/" and segments of pchar (unreserved, sub-delims,
// ":", "@", or a %XX escape). Anything else (space, "?", "#", quotes, control characters) either
// ends the path in a URL or makes no URL at all.
const URL_PATH = /^(\/([A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)+$/;

function checkUrlPath(pod: AppPod, adapter: string, what: string, path: string): void {
  if (!path.startsWith('/') || path.startsWith('//') || !URL_PATH.test(path)) {
    const cleaned =
      '/' +
      path
        .replace(/[?#].*$/s, '')
        .split('/')
        .map((segment) => encodeURIComponent(segment.trim().replace(/\s+/g, '-')))
        .filter(Boolean)
        .join('/');
    fail(
      pod,
      'invalid-metrics-path',
      `adapter "${adapter}" has ${what} ${JSON.stringify(path)}, which ${
        !path.startsWith('/')
          ? 'is not an absolute path'
          : path.startsWith('//')
            ? 'starts with "//", which a URL reads as a host'
            : hasControlCharacter(path)
              ? 'holds a control character'
              : 'holds characters a URL path cannot carry unescaped (spaces, "?", "#", quotes, ...)'
      }`,
      `use an absolute path of letters, digits and "-._~/", e.g. "${cleaned === '/' ? '/metrics' : cleaned}"`,
    );
  }
}

/** Properties of an {@link AdapterPod}. */
export interface AdapterPodProps extends AppPodProps {
  /** Containers that convert the app's output. */
  readonly adapters: Adapter[];
}

/** An app with containers that convert its output to standard formats. */
export class AdapterPod extends AppPod {
  constructor(scope: Construct, id: string, props: AdapterPodProps) {
    checkProps(`${scope.node.path}/${id}`, 'the pod', props, { ...APP_POD_PROPS_NAMES, adapters: true });
    const { adapters, ...rest } = props;
    super(scope, id, { ...rest, extensions: [...(adapters ?? []), ...(rest.extensions ?? [])] });
  }
}
