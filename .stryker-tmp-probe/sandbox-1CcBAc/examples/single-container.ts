// @ts-nocheck
import { Chart, ChartProps } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { AppPod, QosPreset, ResourceSize } from '../lib';

/**
 * The 90% case: one container, behind a Deployment (two replicas and, with them, a
 * PodDisruptionBudget of maxUnavailable 1), with a Service in front.
 */
export class SingleContainerChart extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    new AppPod(this, 'MyApp', {
      name: 'myapp',
      app: {
        image: 'myapp:1.0',
        ports: [{ number: 8080, name: 'http' }],
        readiness: kplus.Probe.fromHttpGet('/ready', { port: 8080 }),
        liveness: kplus.Probe.fromHttpGet('/healthz', { port: 8080 }),
      },
      qos: QosPreset.burstable({ size: ResourceSize.SMALL }),
      service: {},
    });
  }
}
