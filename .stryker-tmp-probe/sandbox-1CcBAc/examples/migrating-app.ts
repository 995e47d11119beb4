// @ts-nocheck
import { Chart, ChartProps, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { Controller, MigratingApp, Migration, MigrationMode, QosPreset, ResourceSize, WaitFor } from '../lib';

/**
 * The seed's init containers: wait until the database accepts connections, then migrate with
 * the app's own image, then start the app. `Billing` runs the migration as an init container
 * (one replica); `Ledger`, with three replicas, runs it once per version as a Job before the
 * rollout (Argo CD PreSync / Helm pre-upgrade hook).
 */
export class MigratingAppChart extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    const qos = QosPreset.guaranteed({ size: ResourceSize.SMALL });
    new MigratingApp(this, 'Billing', {
      app: {
        image: 'myapp:1.0',
        command: ['java', '-jar', 'app.jar'],
        ports: [{ number: 8080, name: 'http' }],
        env: { DB_URL: 'jdbc:postgresql://db:5432/billing' },
      },
      controller: Controller.deployment({ replicas: 1 }),
      waitFor: [
        WaitFor.tcp({ name: 'db', host: 'db', port: 5432, timeout: Duration.minutes(5) }),
        WaitFor.tcp({ name: 'cache', host: 'cache', port: 6379, timeout: Duration.minutes(2) }),
      ],
      migration: new Migration({ command: ['java', '-jar', 'app.jar', '--migrate'] }),
      qos,
    });
    new MigratingApp(this, 'Ledger', {
      app: {
        image: 'ledger:4.2.0',
        ports: [{ number: 8080, name: 'http' }],
        env: { DB_URL: 'jdbc:postgresql://db:5432/ledger' },
      },
      controller: Controller.deployment({ replicas: 3 }),
      waitFor: [WaitFor.tcp({ name: 'db', host: 'db', port: 5432 })],
      migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
      qos,
    });
  }
}
