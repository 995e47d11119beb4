// @ts-nocheck
import { Chart, ChartProps } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { AppPod, Controller, QosPreset, ResourceSize } from '../lib';

/**
 * Istio's bookinfo `reviews`, brought under the library as it runs today: two versions, each a
 * Deployment whose selector (`app: reviews`, `version: v1`) must stay as it is (a selector is
 * immutable), and one Service `reviews` that selects every version by `app: reviews`. The
 * original writes its emptyDirs and a root-less user by hand; here `writablePaths` and the
 * restricted defaults give the same, and the README lists what differs on purpose.
 */
export class BookinfoReviewsChart extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    const account = new kplus.ServiceAccount(this, 'Account', {
      metadata: { name: 'bookinfo-reviews', labels: { account: 'reviews' } },
      automountToken: false,
    });
    for (const version of ['v1', 'v2']) {
      new AppPod(this, `Reviews-${version}`, {
        name: `reviews-${version}`,
        partOf: 'bookinfo',
        labels: { app: 'reviews', version },
        selector: { app: 'reviews', version },
        controller: Controller.deployment({ replicas: 1 }),
        serviceAccount: account,
        imagePullSecrets: ['registry-credentials'],
        app: {
          name: 'reviews',
          image: `docker.io/istio/examples-bookinfo-reviews-${version}:1.20.1`,
          ports: [{ number: 9080, name: 'http' }],
          env: { LOG_DIR: '/tmp/logs' },
          writablePaths: ['/tmp', '/opt/ibm/wlp/output'],
          securityContext: { user: 1000 },
        },
        qos: QosPreset.burstable({ size: ResourceSize.SMALL }),
        // One Service for every version: only the first declares it.
        service: version === 'v1' ? { name: 'reviews', selector: { app: 'reviews' } } : undefined,
      });
    }
  }
}
