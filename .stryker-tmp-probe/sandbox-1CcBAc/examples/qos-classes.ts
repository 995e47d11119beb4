// @ts-nocheck
import { Chart, ChartProps } from 'cdk8s';
import { Construct } from 'constructs';
import { AppPod, Controller, PodDefaults, QosPreset, ResourceSize, Sidecar } from '../lib';

/**
 * One pod of each QoS class. The chart sets a Burstable default once (cdk8s-plus #1988) and
 * leaves CPU limits off (cdk8s-plus #1752); two pods choose their own class.
 */
export class QosClassesChart extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    PodDefaults.set(this, { qos: QosPreset.burstable({ size: ResourceSize.SMALL, cpuLimit: false }) });

    new AppPod(this, 'Payments', {
      app: { image: 'payments:2.3.1', ports: [{ number: 8080, name: 'http' }] },
      qos: QosPreset.guaranteed({ size: ResourceSize.MEDIUM }),
      extensions: [Sidecar.logShipper()],
    });
    new AppPod(this, 'Catalog', {
      app: { image: 'catalog:1.4.0', ports: [{ number: 8080, name: 'http' }] },
    });
    new AppPod(this, 'Reindex', {
      app: { image: 'reindex:0.9.2', args: ['--all'] },
      controller: Controller.job({ backoffLimit: 2 }),
      qos: QosPreset.bestEffort(),
    });
  }
}
