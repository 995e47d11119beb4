/** Valid objects of each kind the rules check, as plain JSON; tests mutate copies of them. */
import { validateManifest, Violation } from '../../lib/rules';

export const app = () => ({
  name: 'app',
  image: 'registry.example.com/shop/web:1.0',
  ports: [{ name: 'http', containerPort: 8080 }],
  env: [{ name: 'MODE', value: 'prod' }],
  volumeMounts: [{ name: 'data', mountPath: '/data' }],
  resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
  readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
});

export const podSpec = () => ({ containers: [app()] as any[], volumes: [{ name: 'data', emptyDir: {} }] as any[] });

export const template = () => ({ metadata: { labels: { app: 'web' } as any }, spec: podSpec() as any });

export const deployment = (): any => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' } },
  spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: template() },
});

export const statefulSet = (): any => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'db' },
  spec: { serviceName: 'db', selector: { matchLabels: { app: 'web' } }, template: template() },
});

export const daemonSet = (): any => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'agent' },
  spec: { selector: { matchLabels: { app: 'web' } }, template: template() },
});

export const job = (): any => {
  const t = template();
  t.spec.restartPolicy = 'Never';
  return { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'migrate' }, spec: { backoffLimit: 1, template: t } };
};

export const cronJob = (): any => ({
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: { name: 'report' },
  spec: { schedule: '0 3 * * *', jobTemplate: { spec: job().spec } },
});

export const pod = (): any => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-0' }, spec: podSpec() });

export const service = (): any => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web' },
  spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
});

export const configMap = (): any => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'web-config' },
  data: { 'app.yaml': 'a: 1' },
});

export const secret = (): any => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'web-secret' }, data: { password: 'c2VjcmV0' } });

export const pdb = (): any => ({
  apiVersion: 'policy/v1',
  kind: 'PodDisruptionBudget',
  metadata: { name: 'web' },
  spec: { minAvailable: 1, selector: { matchLabels: { app: 'web' } } },
});

/** A helper container (a sidecar the set rules tell from the app), with `extra` fields. */
export const helper = (extra: Record<string, unknown> = {}) => ({ name: 'helper', image: 'helper:1.0', ...extra });

/** A copy of `object` changed by `mutate`. */
export function mutated<T>(object: T, mutate: (copy: any) => void): T {
  const copy = structuredClone(object);
  mutate(copy);
  return copy;
}

/** `[code, field]` of each violation, the part tests pin exactly. */
export function found(object: unknown): [string, string][] {
  return validateManifest(object).map((v: Violation) => [v.code, v.field]);
}

/** The single violation `object` has, failing otherwise. */
export function single(object: unknown): Violation {
  const violations = validateManifest(object);
  if (violations.length !== 1) throw new Error(`expected one violation, got ${JSON.stringify(violations, null, 2)}`);
  return violations[0];
}
