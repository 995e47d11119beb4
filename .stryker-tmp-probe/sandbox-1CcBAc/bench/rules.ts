/**
 * `node -r sucrase/register/ts bench/rules.ts`: median microseconds `validateManifest` takes
 * per object for a typical Deployment (3 containers with ports, env, mounts, probes and
 * resources), Service, PodDisruptionBudget, ConfigMap and CronJob. Each object is validated in
 * batches after a warm-up; the median of the batch means is printed. These objects are literals,
 * which share hidden classes; the objects cdk8s renders have one each and read differently (see
 * `read` in lib/rules/json.ts), so a change to how rules read objects is measured on rendered
 * ones too.
 */
// @ts-nocheck

import { validateManifest } from '../lib/rules';

const container = (name: string, image: string, port: number) => ({
  name,
  image,
  ports: [{ name: `${name}-port`.slice(0, 15), containerPort: port, protocol: 'TCP' }],
  env: [
    { name: 'APP_MODE', value: 'production' },
    { name: 'LOG_LEVEL', value: 'info' },
    { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'password' } } },
  ],
  volumeMounts: [
    { name: 'config', mountPath: `/etc/${name}`, readOnly: true },
    { name: 'tmp', mountPath: '/tmp' },
  ],
  resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '250m', memory: '256Mi' } },
  livenessProbe: { httpGet: { path: '/healthz', port: `${name}-port`.slice(0, 15) }, periodSeconds: 10 },
  readinessProbe: { tcpSocket: { port }, initialDelaySeconds: 2 },
  securityContext: { runAsNonRoot: true, readOnlyRootFilesystem: true },
});

const OBJECTS: Record<string, unknown> = {
  Deployment: {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop', labels: { 'app.kubernetes.io/name': 'web' } },
    spec: {
      replicas: 3,
      selector: { matchLabels: { 'app.kubernetes.io/name': 'web' } },
      template: {
        metadata: { labels: { 'app.kubernetes.io/name': 'web' }, annotations: { 'pod-patterns.io/qos-class': 'Guaranteed' } },
        spec: {
          containers: [
            container('app', 'registry.example.com/shop/web:1.4.2', 8080),
            container('proxy', 'envoyproxy/envoy:v1.28.0', 9901),
            container('logs', 'fluent/fluent-bit@sha256:' + 'ab'.repeat(32), 2020),
          ],
          volumes: [
            { name: 'config', configMap: { name: 'web-config', items: [{ key: 'app.yaml', path: 'app.yaml' }] } },
            { name: 'tmp', emptyDir: {} },
          ],
          tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'web', effect: 'NoSchedule' }],
        },
      },
    },
  },
  Service: {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web', labels: { 'app.kubernetes.io/name': 'web' } },
    spec: {
      selector: { 'app.kubernetes.io/name': 'web' },
      ports: [
        { name: 'http', port: 80, targetPort: 'app-port' },
        { name: 'admin', port: 9901, targetPort: 9901 },
      ],
    },
  },
  PodDisruptionBudget: {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'web' },
    spec: { minAvailable: '50%', selector: { matchLabels: { 'app.kubernetes.io/name': 'web' } } },
  },
  ConfigMap: {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'web-config' },
    data: { 'app.yaml': 'listen: 8080\nlog: info\n'.repeat(20), 'feature.flags': 'a=1,b=0' },
  },
  CronJob: {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'nightly-report' },
    spec: {
      schedule: '30 2 * * 1-5',
      timeZone: 'Europe/Paris',
      jobTemplate: {
        spec: {
          backoffLimit: 2,
          template: {
            spec: {
              restartPolicy: 'Never',
              containers: [
                { name: 'report', image: 'registry.example.com/shop/report:2.0', resources: { limits: { cpu: '1', memory: '1Gi' } } },
              ],
            },
          },
        },
      },
    },
  },
};

function medianMicros(object: unknown): number {
  const batch = 2000;
  for (let i = 0; i < batch * 5; i++) validateManifest(object);
  const means: number[] = [];
  for (let run = 0; run < 31; run++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) validateManifest(object);
    means.push(Number(process.hrtime.bigint() - start) / 1000 / batch);
  }
  means.sort((a, b) => a - b);
  return means[Math.floor(means.length / 2)];
}

for (const [kind, object] of Object.entries(OBJECTS)) {
  const violations = validateManifest(object);
  if (violations.length > 0) {
    throw new Error(`${kind} should be valid: ${JSON.stringify(violations, null, 2)}`);
  }
  process.stdout.write(`${kind.padEnd(20)} ${medianMicros(object).toFixed(2).padStart(7)} µs\n`);
}
