// @ts-nocheck
import { Chart, ChartProps } from 'cdk8s';
import { Construct } from 'constructs';
import { QosPreset, ResourceSize, Sidecar, SidecarPod } from '../lib';

/**
 * The seed's logging sidecar: the app writes /var/log/app on the `logs` emptyDir, Fluentd reads
 * the same volume read-only and ships the lines. The Guaranteed preset sizes the sidecar too.
 */
export class LoggingSidecarChart extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    new SidecarPod(this, 'Web', {
      app: { image: 'myapp:1.0', ports: [{ number: 8080, name: 'http' }] },
      sidecars: [Sidecar.logShipper()],
      qos: QosPreset.guaranteed({ size: ResourceSize.SMALL, helperSize: ResourceSize.NANO }),
    });
  }
}
