import * as kplus from 'cdk8s-plus-28';
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { PodAnnotations } from '../core/annotations';
import { AppPod, AppPodProps } from '../core/app-pod';
import { IPodExtension } from '../core/extensions';
import { ContainerSpec } from '../core/container';
import { fail } from '../core/errors';

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
  /** Container name, a DNS-1123 label unique in the pod. */
  readonly name: string;
  /** Port the adapter serves the converted output on. */
  readonly metricsPort: number;
  /**
   * Name of the metrics port (PodMonitors and Services refer to it).
   * @default "metrics"
   */
  readonly metricsPortName?: string;
  /**
   * HTTP path of the converted output.
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
   * Port of the app's `stub_status` endpoint.
   * @default 8080
   */
  readonly statusPort?: number;
  /**
   * Path of the app's `stub_status` endpoint.
   * @default "/stub_status"
   */
  readonly statusPath?: string;
  /**
   * Port the exporter serves Prometheus metrics on.
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
    const metricsPort = options.metricsPort ?? 9113;
    const statusUrl = `http://127.0.0.1:${options.statusPort ?? 8080}${options.statusPath ?? '/stub_status'}`;
    return new Adapter({
      name: 'metrics-adapter',
      image: options.image ?? 'nginx/nginx-prometheus-exporter:1.1.0',
      args: [`--nginx.scrape-uri=${statusUrl}`, `--web.listen-address=:${metricsPort}`, '--web.telemetry-path=/metrics'],
      metricsPort,
      monitor: options.monitor,
      readiness: kplus.Probe.fromHttpGet('/metrics', { port: metricsPort }),
      liveness: kplus.Probe.fromTcpSocket({ port: metricsPort }),
      securityContext: { user: 65534, group: 65534 },
    });
  }

  constructor(
    /** What the adapter is. */
    public readonly props: AdapterProps,
  ) {}

  /** Adds the adapter, its annotations and its monitor to `pod`. */
  public extend(pod: AppPod): void {
    const { metricsPort, metricsPortName, metricsPath, scrapeAnnotations, servicePort, monitor, ...spec } = this.props;
    const portName = metricsPortName ?? 'metrics';
    const path = metricsPath ?? '/metrics';
    if (!path.startsWith('/')) {
      fail(
        pod,
        'invalid-metrics-path',
        `adapter "${spec.name}" serves metrics at "${path}", which is not an absolute path`,
        `use "/${path}"`,
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

/** Properties of an {@link AdapterPod}. */
export interface AdapterPodProps extends AppPodProps {
  /** Containers that convert the app's output. */
  readonly adapters: Adapter[];
}

/** An app with containers that convert its output to standard formats. */
export class AdapterPod extends AppPod {
  constructor(scope: Construct, id: string, props: AdapterPodProps) {
    super(scope, id, { ...props, extensions: [...props.adapters, ...(props.extensions ?? [])] });
  }
}
