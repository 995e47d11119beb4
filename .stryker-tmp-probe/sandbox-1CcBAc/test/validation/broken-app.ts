// @ts-nocheck
// A small cdk8s app with known mistakes, written without the library's constructs, for the
// validation plugin's test (test/validation.test.ts runs `cdk8s synth` on it).
import { ApiObject, App, Chart } from 'cdk8s';

const app = new App();
const chart = new Chart(app, 'shop', { namespace: 'shop' });
const labels = { app: 'web' };
const sized = (cpu: string, memory: string) => ({ requests: { cpu, memory }, limits: { cpu, memory } });

new ApiObject(chart, 'Web', {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: {
    replicas: 2,
    selector: { matchLabels: labels },
    template: {
      metadata: { labels },
      spec: {
        containers: [
          {
            name: 'app',
            image: 'nginx',
            ports: [{ containerPort: 8080 }],
            resources: sized('250m', '256Mi'),
            volumeMounts: [{ name: 'logs', mountPath: '/var/log/nginx' }],
          },
          { name: 'proxy', image: 'envoyproxy/envoy:v1.28.0', ports: [{ containerPort: 8080 }], resources: sized('100m', '128Mi') },
          { name: 'log-shipper', image: 'fluent/fluent-bit:2.2.0', volumeMounts: [{ name: 'logs', mountPath: '/logs' }] },
        ],
        volumes: [{ name: 'logs', emptyDir: {} }],
      },
    },
  },
});
new ApiObject(chart, 'Budget', {
  apiVersion: 'policy/v1',
  kind: 'PodDisruptionBudget',
  metadata: { name: 'web-budget' },
  spec: { minAvailable: 2, selector: { matchLabels: labels } },
});
app.synth();
