// @ts-nocheck
import { Chart, ChartProps } from 'cdk8s';
import { Construct } from 'constructs';
import { MeshPod, QosPreset, ResourceSize } from '../lib';

/**
 * The seed's Istio sidecar for mTLS: the pod asks Istio's webhook for its proxy (sized from the
 * Guaranteed preset so the pod stays Guaranteed) and a PeerAuthentication makes mTLS STRICT.
 */
export class ServiceMeshChart extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    new MeshPod(this, 'Checkout', {
      app: { image: 'myapp:1.0', ports: [{ number: 8080, name: 'http' }] },
      mesh: { strictMtls: true },
      qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }),
      service: {},
    });
  }
}
