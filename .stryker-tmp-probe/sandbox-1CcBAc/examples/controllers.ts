// @ts-nocheck
import { Chart, ChartProps, Duration, Size } from 'cdk8s';
import { Construct } from 'constructs';
import { AppPod, ClaimRetention, Controller, QosPreset, ResourceSize, Sidecar } from '../lib';

/** One workload per controller kind, from the seed's table, and the explicit bare-Pod opt-in. */
export class ControllersChart extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    const qos = QosPreset.guaranteed({ size: ResourceSize.SMALL });

    new AppPod(this, 'Api', {
      app: { image: 'api:3.2.0', ports: [{ number: 8080, name: 'http' }] },
      controller: Controller.deployment({ replicas: 3 }),
      qos,
      service: {},
    });
    new AppPod(this, 'Queue', {
      app: {
        image: 'queue:1.8.0',
        ports: [{ number: 5672, name: 'amqp' }],
        volumeMounts: [{ volume: 'data', path: '/var/lib/queue' }],
      },
      // Each broker keeps its own queue across restarts and reschedules: a claim per pod, not an emptyDir.
      controller: Controller.statefulSet({
        replicas: 3,
        volumeClaims: [{ name: 'data', storage: Size.gibibytes(20) }],
        claimsWhenScaled: ClaimRetention.RETAIN,
      }),
      qos,
    });
    new AppPod(this, 'NodeAgent', {
      app: { image: 'node-agent:0.4.1', ports: [{ number: 9100, name: 'metrics' }] },
      controller: Controller.daemonSet(),
      qos,
    });
    new AppPod(this, 'Migrate', {
      app: { image: 'api:3.2.0', args: ['--migrate'] },
      controller: Controller.job({ backoffLimit: 1, ttlAfterFinished: Duration.hours(1) }),
      qos,
      extensions: [Sidecar.logShipper({ nativeSidecar: true })],
    });
    new AppPod(this, 'Report', {
      app: { image: 'report:1.1.0' },
      controller: Controller.cronJob({ schedule: '0 3 * * *', timeZone: 'Etc/UTC' }),
      qos,
    });
    new AppPod(this, 'Debug', {
      app: { image: 'busybox:1.36', command: ['sleep', '3600'] },
      controller: Controller.barePod({ reason: 'one-off debugging shell, deleted after use' }),
      qos,
    });
  }
}
