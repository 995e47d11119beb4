// @ts-nocheck
import { Chart, ChartProps } from 'cdk8s';
import { Construct } from 'constructs';
import { Ambassador, AmbassadorPod, QosPreset, ResourceSize } from '../lib';

/**
 * The seed's ambassador: the app talks to localhost:3306 and a socat proxy in the pod forwards to
 * db.example.com:3306; a second ambassador does the same for a cache. The app reads DB_HOST,
 * DB_PORT, DB_ADDRESS (and CACHE_*) and never names a remote host.
 */
export class AmbassadorChart extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    new AmbassadorPod(this, 'Orders', {
      app: { image: 'orders:2.0.1', ports: [{ number: 8080, name: 'http' }] },
      ambassadors: [
        new Ambassador({ name: 'db', upstream: 'db.example.com:3306' }),
        new Ambassador({ name: 'cache', upstream: 'redis.example.com:6379' }),
      ],
      qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }),
    });
  }
}
