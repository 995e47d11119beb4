// @ts-nocheck
import { Chart, ChartProps } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { Adapter, AdapterPod, MetricsMonitor, QosPreset, ResourceSize } from '../lib';

/**
 * The seed's adapter: NGINX reports in its own stub_status format; the NGINX Prometheus exporter
 * in the same pod reads it over localhost and serves Prometheus metrics on 9113, where the
 * prometheus.io annotations and a PodMonitor point.
 */
export class AdapterChart extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    new AdapterPod(this, 'Frontend', {
      app: {
        image: 'nginxinc/nginx-unprivileged:1.25.3',
        ports: [{ number: 8080, name: 'http' }],
        readiness: kplus.Probe.fromHttpGet('/', { port: 8080 }),
        volumeMounts: [{ volume: 'nginx-tmp', path: '/tmp' }],
      },
      sharedVolumes: [{ name: 'nginx-tmp' }],
      adapters: [Adapter.nginxExporter({ statusPort: 8080, statusPath: '/stub_status', monitor: MetricsMonitor.POD_MONITOR })],
      qos: QosPreset.burstable({ size: ResourceSize.SMALL }),
      service: {},
    });
  }
}
