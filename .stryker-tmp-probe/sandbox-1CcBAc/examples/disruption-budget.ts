// @ts-nocheck
import { Chart, ChartProps } from 'cdk8s';
import { Construct } from 'constructs';
import { AppPod, Controller, DisruptionBudget, QosPreset, ResourceSize } from '../lib';

/**
 * The seed's PodDisruptionBudget, minAvailable 2, on three replicas: a drain may evict one pod
 * at a time. With two replicas the same budget would block every drain, and synth would fail.
 */
export class DisruptionBudgetChart extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    new AppPod(this, 'MyApp', {
      name: 'myapp',
      app: { image: 'myapp:1.0', ports: [{ number: 8080, name: 'http' }] },
      controller: Controller.deployment({ replicas: 3 }),
      disruptionBudget: DisruptionBudget.minAvailable(2),
      qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }),
    });
  }
}
