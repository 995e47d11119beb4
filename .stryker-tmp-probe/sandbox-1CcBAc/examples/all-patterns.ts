// @ts-nocheck
import { Chart, ChartProps } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import {
  Adapter,
  Ambassador,
  Controller,
  DisruptionBudget,
  MigratingApp,
  Migration,
  QosPreset,
  ResourceSize,
  Sidecar,
  WaitFor,
} from '../lib';

/**
 * Every pattern in one pod: the app, a log sidecar, a database ambassador, a metrics adapter,
 * and wait-for and migration init steps, in a Deployment with a PodDisruptionBudget and a
 * Guaranteed preset that holds with every helper counted.
 *
 * The ambassador is a native sidecar so the migration, an init step, can reach the database
 * through it: native sidecars start before the init steps that follow them.
 */
export class AllPatternsChart extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    new MigratingApp(this, 'Shop', {
      app: {
        image: 'shop:5.4.0',
        ports: [{ number: 8080, name: 'http' }],
        readiness: kplus.Probe.fromHttpGet('/ready', { port: 8080 }),
      },
      controller: Controller.deployment({ replicas: 3 }),
      disruptionBudget: DisruptionBudget.minAvailable(2),
      qos: QosPreset.guaranteed({ size: ResourceSize.MEDIUM, helperSize: ResourceSize.NANO }),
      waitFor: [WaitFor.tcp({ name: 'db', host: 'db.example.com', port: 5432 })],
      extensions: [
        new Ambassador({ name: 'db', upstream: 'db.example.com:5432', nativeSidecar: true }),
        Sidecar.logShipper(),
        Adapter.nginxExporter({ statusPort: 8080 }),
      ],
      migration: new Migration({ args: ['--migrate'], concurrencySafe: true }),
    });
  }
}
