// @ts-nocheck
import { oracleFindings } from '.';
import type { OracleOptions } from '.';

/** A valid Deployment every oracle test starts from; a test changes one thing and looks at the findings. */
export function deployment(change: (d: any, pod: any, app: any) => void = () => undefined): any {
  const d = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' }, annotations: { 'pod-patterns.io/qos-class': 'Guaranteed' } },
        spec: {
          containers: [
            {
              name: 'app',
              image: 'web:1.0',
              ports: [{ containerPort: 8080, name: 'http' }],
              resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
              volumeMounts: [{ name: 'data', mountPath: '/data' }],
            },
          ],
          volumes: [{ name: 'data', emptyDir: {} }],
        },
      },
    },
  };
  change(d, d.spec.template.spec, d.spec.template.spec.containers[0]);
  return d;
}

/** A second container sized like the first, so the pod stays Guaranteed. */
export function container(name: string, extra: Record<string, unknown> = {}): any {
  return { name, image: `${name}:1.0`, resources: { limits: { cpu: '50m', memory: '32Mi' } }, ...extra };
}

/** The rule ids the oracle reports for `object`. */
export function rulesOf(object: any, options: OracleOptions = {}): string[] {
  return oracleFindings(object, options).map((f) => f.rule);
}
