// @ts-nocheck
import { Chart, ChartProps, Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { AppPod } from '../lib';

/**
 * The seed's tour of a pod spec: scheduling (nodeSelector, toleration), resources, probes,
 * volume mounts, security context and DNS, all typed.
 */
export class PodSpecSectionsChart extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    new AppPod(this, 'MyApp', {
      name: 'myapp',
      app: {
        image: 'myapp:1.0',
        ports: [{ number: 8080, name: 'http' }],
        resources: {
          cpu: { request: '500m', limit: '1' },
          memory: { request: '256Mi', limit: '512Mi' },
        },
        liveness: kplus.Probe.fromHttpGet('/healthz', { port: 8080, periodSeconds: Duration.seconds(10) }),
        readiness: kplus.Probe.fromHttpGet('/ready', { port: 8080, periodSeconds: Duration.seconds(5) }),
        volumeMounts: [{ volume: 'cache', path: '/var/cache/myapp' }],
      },
      sharedVolumes: [{ name: 'cache' }],
      scheduling: {
        nodeSelector: { disktype: 'ssd' },
        tolerations: [{ key: 'dedicated', value: 'gpu', effect: kplus.TaintEffect.NO_SCHEDULE }],
      },
      security: { ensureNonRoot: true, fsGroup: 2000 },
      dns: { policy: kplus.DnsPolicy.CLUSTER_FIRST, hostname: 'myapp', subdomain: 'default' },
    });
  }
}
