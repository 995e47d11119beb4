// @ts-nocheck
import { unknownFields, validateAgainstSchema } from './k8s-schema';

const deployment = () => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', labels: { app: 'web' } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          {
            name: 'app',
            image: 'myapp:1.0',
            ports: [{ containerPort: 8080 }],
            resources: { limits: { cpu: '1', memory: '512Mi' }, requests: { cpu: 1, memory: '256Mi' } },
            readinessProbe: { httpGet: { path: '/', port: 'http' } },
          },
        ],
        initContainers: [{ name: 'side', image: 'side:1', restartPolicy: 'Always' }],
      },
    },
  },
});

test('a valid Deployment passes, Quantity and IntOrString fields included', () => {
  expect(unknownFields(deployment())).toEqual([]);
  expect(() => validateAgainstSchema(deployment())).not.toThrow();
});

test('a misspelled field is reported with its path', () => {
  const object: any = deployment();
  object.spec.template.spec.containers[0].imagePullPolicyy = 'Always';
  object.spec.template.spec.nodeSelecter = { disktype: 'ssd' };
  expect(unknownFields(object)).toEqual(['spec.template.spec.containers[0].imagePullPolicyy', 'spec.template.spec.nodeSelecter']);
  expect(() => validateAgainstSchema(object)).toThrow(/does not know: spec.template.spec.containers\[0\].imagePullPolicyy/);
});

test('a field added after 1.28 is unknown (sleep lifecycle action, 1.29)', () => {
  const object: any = deployment();
  object.spec.template.spec.containers[0].lifecycle = { preStop: { sleep: { seconds: 5 } } };
  expect(unknownFields(object)).toEqual(['spec.template.spec.containers[0].lifecycle.preStop.sleep']);
});

test('a wrong type fails the schema', () => {
  const object: any = deployment();
  object.spec.replicas = 'two';
  expect(() => validateAgainstSchema(object)).toThrow(/Deployment\/web is not valid/);
});

test('fields whose generated prop is spelled differently are known', () => {
  const object: any = deployment();
  object.spec.template.spec.setHostnameAsFQDN = false;
  object.spec.template.spec.hostIPC = false;
  expect(unknownFields(object)).toEqual([]);
});

test("custom resources validate against their operators' schemas", () => {
  const podMonitor = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PodMonitor',
    metadata: { name: 'web' },
    spec: { selector: { matchLabels: { app: 'web' } }, podMetricsEndpoints: [{ port: 'metrics', path: '/metrics' }] },
  };
  expect(() => validateAgainstSchema(podMonitor)).not.toThrow();
  expect(() => validateAgainstSchema({ ...podMonitor, spec: { ...podMonitor.spec, podMetricsEndpoints: 'metrics' } })).toThrow(/not valid/);
  const peer = {
    apiVersion: 'security.istio.io/v1beta1',
    kind: 'PeerAuthentication',
    metadata: { name: 'web' },
    spec: { selector: { matchLabels: { app: 'web' } }, mtls: { mode: 'STRICT' } },
  };
  expect(() => validateAgainstSchema(peer)).not.toThrow();
  expect(() => validateAgainstSchema({ ...peer, spec: { mtls: { mode: 'SOMETIMES' } } })).toThrow(/not valid/);
});
