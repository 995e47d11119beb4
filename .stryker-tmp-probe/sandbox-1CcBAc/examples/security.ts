// @ts-nocheck
import { Chart, ChartProps } from 'cdk8s';
import { Construct } from 'constructs';
import { AppPod, QosPreset, ResourceSize, SecurityProfile } from '../lib';

/**
 * Secure defaults and the explicit ways out of them. Every container starts from the Pod
 * Security Standards restricted profile with a read-only root filesystem; `Api` writes only
 * to `/tmp` and its cache, through emptyDirs. `LegacyReports` runs a vendor image that must
 * run as root (baseline, with the reason on the pod), in a user namespace of its own so that its
 * root is not the node's (needs the UserNamespacesSupport gate on 1.28); `AutopilotApp` writes no security
 * context at all for a platform that sets its own.
 */
export class SecurityChart extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    const qos = QosPreset.guaranteed({ size: ResourceSize.SMALL });
    new AppPod(this, 'Api', {
      app: { image: 'api:3.2.0', ports: [{ number: 8080, name: 'http' }], writablePaths: ['/tmp', '/var/cache/api'] },
      qos,
    });
    new AppPod(this, 'LegacyReports', {
      app: {
        image: 'vendor/reports:7.1',
        securityContext: { ensureNonRoot: false, user: 0, readOnlyRootFilesystem: false },
        securityProfile: SecurityProfile.baseline('vendor image writes to /opt as root; ticket OPS-1234 tracks a rootless build'),
      },
      userNamespace: true,
      qos,
    });
    new AppPod(this, 'AutopilotApp', {
      app: { image: 'api:3.2.0', ports: [{ number: 8080, name: 'http' }] },
      securityProfile: SecurityProfile.platformDefaults('GKE Autopilot applies and polices its own security context'),
      qos,
    });
  }
}
