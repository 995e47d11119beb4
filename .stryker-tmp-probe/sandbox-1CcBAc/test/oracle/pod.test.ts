// @ts-nocheck
import { oracleFindings } from '.';
import { container, deployment, rulesOf } from './fixtures';
import { cleanPath } from './paths';

type Change = (d: any, pod: any, app: any) => void;

test('the base fixture is valid', () => {
  expect(oracleFindings(deployment())).toEqual([]);
});

// Each rule: a change the oracle must flag with that rule, and a close change it must accept.
// Values follow pkg/apis/core/validation/validation_test.go where it has a case.
describe.each<[string, Change, Change]>([
  ['pod/containers-required', (_, pod) => (pod.containers = []), (_, pod) => pod.containers.push(container('helper'))],
  ['pod/invalid-container-name', (_, __, app) => (app.name = 'App_1'), (_, __, app) => (app.name = 'app-1')],
  [
    'pod/duplicate-container-name',
    (_, pod) => (pod.initContainers = [container('app')]),
    (_, pod) => (pod.initContainers = [container('setup')]),
  ],
  ['pod/image-required', (_, __, app) => (app.image = ''), (_, __, app) => (app.image = 'registry.example.com:5000/team/web:1.0')],
  ['pod/invalid-image', (_, __, app) => (app.image = 'Web:1.0'), (_, __, app) => (app.image = 'MyRegistry/web:1.0')],
  ['pod/invalid-image', (_, __, app) => (app.image = 'web:1.0 '), (_, __, app) => (app.image = 'web:1.0_rc-1')],
  ['pod/invalid-pull-policy', (_, __, app) => (app.imagePullPolicy = 'Sometimes'), (_, __, app) => (app.imagePullPolicy = 'IfNotPresent')],
  ['pod/invalid-port', (_, __, app) => (app.ports[0].containerPort = 65536), (_, __, app) => (app.ports[0].containerPort = 65535)],
  ['pod/invalid-port', (_, __, app) => (app.ports[0].containerPort = 0), (_, __, app) => (app.ports[0].hostPort = 0)],
  ['pod/invalid-port', (_, __, app) => (app.ports[0].hostPort = 65536), (_, __, app) => (app.ports[0].hostPort = 80)],
  ['pod/invalid-port-name', (_, __, app) => (app.ports[0].name = 'Http'), (_, __, app) => (app.ports[0].name = 'http-alt')],
  [
    'pod/invalid-port-name',
    (_, __, app) => (app.ports[0].name = 'web-frontend-http'),
    (_, __, app) => (app.ports[0].name = 'web-frontend-ht'),
  ],
  ['pod/invalid-port-name', (_, __, app) => (app.ports[0].name = '8080'), (_, __, app) => (app.ports[0].name = '8080a')],
  [
    'pod/duplicate-port-name',
    (_, __, app) => app.ports.push({ containerPort: 9090, name: 'http' }),
    (_, __, app) => app.ports.push({ containerPort: 9090, name: 'metrics' }),
  ],
  ['pod/invalid-protocol', (_, __, app) => (app.ports[0].protocol = 'tcp'), (_, __, app) => (app.ports[0].protocol = 'SCTP')],
  [
    'pod/duplicate-host-port',
    (_, pod, app) => {
      app.ports[0].hostPort = 80;
      pod.containers.push(container('proxy', { ports: [{ containerPort: 9000, hostPort: 80 }] }));
    },
    (_, pod, app) => {
      app.ports[0].hostPort = 80;
      pod.containers.push(container('proxy', { ports: [{ containerPort: 9000, hostPort: 80, protocol: 'UDP' }] }));
    },
  ],
  [
    'pod/port-conflict',
    (_, pod) => (pod.initContainers = [container('proxy', { restartPolicy: 'Always', ports: [{ containerPort: 8080 }] })]),
    // A plain init container has exited before the app starts, so it may reuse the port.
    (_, pod) => (pod.initContainers = [container('setup', { ports: [{ containerPort: 8080 }] })]),
  ],
  [
    'pod/port-conflict',
    (_, pod) => pod.containers.push(container('proxy', { ports: [{ containerPort: 8080 }] })),
    (_, pod) => pod.containers.push(container('proxy', { ports: [{ containerPort: 8080, protocol: 'UDP' }] })),
  ],
  [
    'pod/invalid-env-name',
    (_, __, app) => (app.env = [{ name: '1abc', value: 'x' }]),
    (_, __, app) => (app.env = [{ name: 'a.b-c_1', value: 'x' }]),
  ],
  // IsEnvVarName of 1.28; the relaxed rule of 1.30 would take this name.
  [
    'pod/invalid-env-name',
    (_, __, app) => (app.env = [{ name: 'MY VAR', value: 'x' }]),
    (_, __, app) => (app.env = [{ name: 'MY_VAR', value: 'x' }]),
  ],
  [
    'pod/invalid-env-name',
    (_, __, app) => (app.env = [{ name: '..', value: 'x' }]),
    (_, __, app) => (app.env = [{ name: '.a', value: 'x' }]),
  ],
  [
    'pod/duplicate-env-name',
    (_, __, app) =>
      (app.env = [
        { name: 'MODE', value: 'a' },
        { name: 'MODE', value: 'b' },
      ]),
    (_, __, app) =>
      (app.env = [
        { name: 'MODE', value: 'a' },
        { name: 'mode', value: 'b' },
      ]),
  ],
  [
    'pod/invalid-env-source',
    (_, __, app) => (app.env = [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'Bad_Name', key: 'k' } } }]),
    (_, __, app) => (app.env = [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'config.v1', key: 'k.ey' } } }]),
  ],
  [
    'pod/invalid-env-source',
    (_, __, app) => (app.env = [{ name: 'A', valueFrom: { secretKeyRef: { name: 'creds', key: 'a/b' } } }]),
    (_, __, app) => (app.env = [{ name: 'A', valueFrom: { secretKeyRef: { name: 'creds', key: 'a_b' } } }]),
  ],
  [
    'pod/invalid-env-source',
    (_, __, app) => (app.env = [{ name: 'A', value: 'x', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }]),
    (_, __, app) => (app.env = [{ name: 'A', value: '', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } }]),
  ],
  [
    'pod/invalid-env-source',
    (_, __, app) => (app.env = [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'spec.containers' } } }]),
    (_, __, app) => (app.env = [{ name: 'A', valueFrom: { resourceFieldRef: { resource: 'limits.memory' } } }]),
  ],
  [
    'pod/invalid-env-from',
    (_, __, app) => (app.envFrom = [{ configMapRef: { name: 'cfg' }, secretRef: { name: 'creds' } }]),
    (_, __, app) => (app.envFrom = [{ configMapRef: { name: 'cfg' }, prefix: 'APP_' }, { secretRef: { name: 'creds' } }]),
  ],
  [
    'pod/invalid-env-from',
    (_, __, app) => (app.envFrom = [{ configMapRef: { name: 'cfg' }, prefix: '1_' }]),
    (_, __, app) => (app.envFrom = [{ configMapRef: { name: 'cfg-' } }]),
  ],
  [
    'pod/volume-not-found',
    (_, __, app) => (app.volumeMounts[0].name = 'missing'),
    (_, __, app) => app.volumeMounts.push({ name: 'data', mountPath: '/other' }),
  ],
  [
    'pod/invalid-mount-path',
    (_, __, app) => (app.volumeMounts[0].mountPath = 'data'),
    (_, __, app) => (app.volumeMounts[0].mountPath = '/var/lib/data'),
  ],
  [
    'pod/invalid-mount-path',
    (_, __, app) => (app.volumeMounts[0].mountPath = '/data/../etc'),
    (_, __, app) => (app.volumeMounts[0].mountPath = '/data/..hidden'),
  ],
  ['pod/invalid-mount-path', (_, __, app) => (app.volumeMounts[0].mountPath = ''), (_, __, app) => (app.volumeMounts[0].mountPath = '/')],
  [
    'pod/duplicate-mount-path',
    (_, __, app) => app.volumeMounts.push({ name: 'data', mountPath: '/data/' }),
    (_, __, app) => app.volumeMounts.push({ name: 'data', mountPath: '/data2' }),
  ],
  [
    'pod/duplicate-mount-path',
    (_, __, app) => app.volumeMounts.push({ name: 'data', mountPath: '/x/./../data' }),
    (_, __, app) => app.volumeMounts.push({ name: 'data', mountPath: '/data/sub' }),
  ],
  [
    'pod/invalid-sub-path',
    (_, __, app) => (app.volumeMounts[0].subPath = '/abs'),
    (_, __, app) => (app.volumeMounts[0].subPath = 'sub/dir'),
  ],
  [
    'pod/invalid-sub-path',
    (_, __, app) => (app.volumeMounts[0].subPath = 'a/../../b'),
    (_, __, app) => (app.volumeMounts[0].subPath = 'a/..b'),
  ],
  [
    'pod/invalid-sub-path',
    (_, __, app) => Object.assign(app.volumeMounts[0], { subPath: 'a', subPathExpr: '$(POD_NAME)' }),
    (_, __, app) => Object.assign(app.volumeMounts[0], { subPathExpr: '$(POD_NAME)' }),
  ],
  [
    'pod/invalid-quantity',
    (_, __, app) => (app.resources.limits.cpu = '1 core'),
    (_, __, app) => Object.assign(app.resources.requests, { cpu: '0.1' }),
  ],
  [
    'pod/invalid-quantity',
    (_, __, app) => (app.resources.requests = { cpu: '-100m' }),
    (_, __, app) => (app.resources.requests = { cpu: '100m', memory: '64Mi' }),
  ],
  [
    'pod/invalid-quantity',
    (_, __, app) =>
      Object.assign(app.resources, {
        requests: { ...app.resources.requests, 'example.com/gpu': '500m' },
        limits: { ...app.resources.limits, 'example.com/gpu': '500m' },
      }),
    (_, __, app) =>
      Object.assign(app.resources, {
        requests: { ...app.resources.requests, 'example.com/gpu': '1' },
        limits: { ...app.resources.limits, 'example.com/gpu': '1' },
      }),
  ],
  [
    'pod/invalid-resource-name',
    (_, __, app) => (app.resources.limits.gpu = '1'),
    (_, __, app) => (app.resources.limits['ephemeral-storage'] = '1Gi'),
  ],
  [
    'pod/request-exceeds-limit',
    (_, __, app) => (app.resources.requests.cpu = '200m'),
    (_, __, app) => (app.resources.requests.cpu = app.resources.limits.cpu = '200m'),
  ],
  [
    'pod/request-exceeds-limit',
    (_, __, app) =>
      Object.assign(app.resources, {
        requests: { ...app.resources.requests, 'example.com/gpu': '1' },
        limits: { ...app.resources.limits, 'example.com/gpu': '2' },
      }),
    // An extended resource given as a limit only: requests default to it.
    (_, __, app) => Object.assign(app.resources, { limits: { ...app.resources.limits, 'example.com/gpu': '2' } }),
  ],
  [
    'pod/zero-limit',
    (_, __, app) => (app.resources = { limits: { cpu: '100m', memory: '0' } }),
    (d, __, app) => {
      app.resources = { requests: { cpu: '0', memory: '0' } };
      d.spec.template.metadata.annotations['pod-patterns.io/qos-class'] = 'BestEffort';
    },
  ],
  [
    'pod/invalid-probe',
    (_, __, app) => (app.livenessProbe = { httpGet: { port: 8080 }, successThreshold: 2 }),
    (_, __, app) => (app.readinessProbe = { httpGet: { port: 8080 }, successThreshold: 2 }),
  ],
  [
    'pod/invalid-probe',
    (_, __, app) => (app.startupProbe = { tcpSocket: { port: 8080 }, successThreshold: 3 }),
    (_, __, app) => (app.startupProbe = { tcpSocket: { port: 8080 }, successThreshold: 0 }),
  ],
  [
    'pod/invalid-probe',
    (_, __, app) => (app.livenessProbe = { exec: { command: ['true'] }, tcpSocket: { port: 8080 } }),
    (_, __, app) => (app.livenessProbe = { exec: { command: ['true'] } }),
  ],
  ['pod/invalid-probe', (_, __, app) => (app.livenessProbe = {}), (_, __, app) => (app.livenessProbe = { grpc: { port: 9090 } })],
  [
    'pod/invalid-probe',
    (_, __, app) => (app.livenessProbe = { exec: { command: [] } }),
    (_, __, app) => (app.livenessProbe = { exec: { command: ['cat', '/tmp/ok'] } }),
  ],
  [
    'pod/invalid-probe',
    (_, __, app) => (app.readinessProbe = { httpGet: { port: 70000 } }),
    (_, __, app) => (app.readinessProbe = { httpGet: { port: 'http', path: '/ready' } }),
  ],
  [
    'pod/invalid-probe',
    (_, __, app) => (app.readinessProbe = { httpGet: { port: 8080 }, periodSeconds: -1 }),
    (_, __, app) => (app.readinessProbe = { httpGet: { port: 8080 }, periodSeconds: 0 }),
  ],
  [
    'pod/invalid-probe',
    (_, __, app) => (app.readinessProbe = { httpGet: { port: 8080 }, terminationGracePeriodSeconds: 10 }),
    (_, __, app) => (app.livenessProbe = { httpGet: { port: 8080 }, terminationGracePeriodSeconds: 10 }),
  ],
  [
    'pod/invalid-probe',
    (_, __, app) => (app.lifecycle = { preStop: {} }),
    (_, __, app) => (app.lifecycle = { preStop: { exec: { command: ['sleep', '5'] } } }),
  ],
  [
    'pod/probe-port-not-found',
    (_, __, app) => (app.readinessProbe = { httpGet: { port: 'admin' } }),
    (_, __, app) => (app.readinessProbe = { tcpSocket: { port: 'http' } }),
  ],
  [
    'pod/init-container-lifecycle',
    (_, pod) => (pod.initContainers = [container('setup', { readinessProbe: { exec: { command: ['true'] } } })]),
    (_, pod) => (pod.initContainers = [container('proxy', { restartPolicy: 'Always', readinessProbe: { exec: { command: ['true'] } } })]),
  ],
  [
    'pod/init-container-lifecycle',
    (_, pod) => (pod.initContainers = [container('setup', { lifecycle: { postStart: { exec: { command: ['true'] } } } })]),
    (_, pod) =>
      (pod.initContainers = [container('proxy', { restartPolicy: 'Always', lifecycle: { postStart: { exec: { command: ['true'] } } } })]),
  ],
  [
    'pod/invalid-container-restart-policy',
    (_, __, app) => (app.restartPolicy = 'Always'),
    (_, pod) => (pod.initContainers = [container('proxy', { restartPolicy: 'Always' })]),
  ],
  [
    'pod/invalid-container-restart-policy',
    (_, pod) => (pod.initContainers = [container('setup', { restartPolicy: 'OnFailure' })]),
    (_, pod) => (pod.initContainers = [container('setup')]),
  ],
  [
    'pod/invalid-volume-name',
    (_, pod, app) => (pod.volumes[0].name = app.volumeMounts[0].name = 'Data'),
    (_, pod, app) => (pod.volumes[0].name = app.volumeMounts[0].name = 'data-1'),
  ],
  [
    'pod/duplicate-volume-name',
    (_, pod) => pod.volumes.push({ name: 'data', emptyDir: {} }),
    (_, pod) => pod.volumes.push({ name: 'cache', emptyDir: { medium: 'Memory' } }),
  ],
  [
    'pod/invalid-volume-source',
    (_, pod) => (pod.volumes[0] = { name: 'data' }),
    (_, pod) => (pod.volumes[0] = { name: 'data', persistentVolumeClaim: { claimName: 'data' } }),
  ],
  [
    'pod/invalid-volume-source',
    (_, pod) => (pod.volumes[0] = { name: 'data', emptyDir: {}, configMap: { name: 'c' } }),
    (_, pod) => (pod.volumes[0] = { name: 'data', configMap: { name: 'c' } }),
  ],
  [
    'pod/invalid-volume-source',
    (_, pod) => (pod.volumes[0] = { name: 'data', configMap: { name: 'c', items: [{ key: 'k', path: '../x' }] } }),
    (_, pod) => (pod.volumes[0] = { name: 'data', configMap: { name: 'c', items: [{ key: 'k', path: 'conf/..x' }] } }),
  ],
  [
    'pod/invalid-volume-source',
    (_, pod) => (pod.volumes[0] = { name: 'data', configMap: { name: 'c', items: [{ key: 'k', path: '..x' }] } }),
    (_, pod) => (pod.volumes[0] = { name: 'data', configMap: { name: 'c', items: [{ key: 'k', path: 'x..' }] } }),
  ],
  [
    'pod/invalid-volume-source',
    (_, pod) => (pod.volumes[0] = { name: 'data', secret: { secretName: 's', items: [{ key: 'k', path: '/abs' }] } }),
    (_, pod) => (pod.volumes[0] = { name: 'data', secret: { secretName: 's', items: [{ key: 'k', path: 'rel', mode: 0o400 }] } }),
  ],
  [
    'pod/invalid-volume-source',
    (_, pod) => (pod.volumes[0] = { name: 'data', secret: { secretName: 's', defaultMode: 0o1000 } }),
    (_, pod) => (pod.volumes[0] = { name: 'data', secret: { secretName: 's', defaultMode: 0o777 } }),
  ],
  [
    'pod/invalid-volume-source',
    (_, pod) => (pod.volumes[0] = { name: 'data', secret: { name: 's' } }),
    (_, pod) => (pod.volumes[0] = { name: 'data', secret: { secretName: 's' } }),
  ],
  [
    'pod/invalid-toleration',
    (_, pod) => (pod.tolerations = [{ key: '', operator: 'Equal' }]),
    (_, pod) => (pod.tolerations = [{ operator: 'Exists' }]),
  ],
  [
    'pod/invalid-toleration',
    (_, pod) => (pod.tolerations = [{ key: 'foo', operator: 'Exists', value: 'bar' }]),
    (_, pod) => (pod.tolerations = [{ key: 'foo', operator: 'Exists' }]),
  ],
  [
    'pod/invalid-toleration',
    (_, pod) => (pod.tolerations = [{ key: 'foo', value: 'bar', effect: 'NoSchedule', tolerationSeconds: 30 }]),
    (_, pod) => (pod.tolerations = [{ key: 'foo', value: 'bar', effect: 'NoExecute', tolerationSeconds: 30 }]),
  ],
  [
    'pod/invalid-toleration',
    (_, pod) => (pod.tolerations = [{ key: 'foo', operator: 'Lt', value: '5' }]),
    (_, pod) => (pod.tolerations = [{ key: 'example.com/foo', operator: 'Equal', value: '5' }]),
  ],
  [
    'pod/invalid-toleration',
    (_, pod) => (pod.tolerations = [{ key: 'foo', value: 'bar', effect: 'NoWay' }]),
    (_, pod) => (pod.tolerations = [{ key: 'foo', value: 'bar', effect: 'PreferNoSchedule' }]),
  ],
  [
    'pod/invalid-security-context',
    (_, pod) => (pod.securityContext = { runAsUser: -1 }),
    (_, pod) => (pod.securityContext = { runAsUser: 4294967295, fsGroup: 0 }),
  ],
  [
    'pod/invalid-security-context',
    (_, pod) => (pod.securityContext = { fsGroupChangePolicy: 'Never' }),
    (_, pod) => (pod.securityContext = { fsGroupChangePolicy: 'OnRootMismatch' }),
  ],
  [
    'pod/invalid-security-context',
    (_, __, app) => (app.securityContext = { seccompProfile: { type: 'Localhost' } }),
    (_, __, app) => (app.securityContext = { seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/app.json' } }),
  ],
  [
    'pod/invalid-security-context',
    (_, __, app) => (app.securityContext = { seccompProfile: { type: 'RuntimeDefault', localhostProfile: 'x.json' } }),
    (_, __, app) => (app.securityContext = { seccompProfile: { type: 'RuntimeDefault' } }),
  ],
  [
    'pod/invalid-security-context',
    (_, __, app) => (app.securityContext = { allowPrivilegeEscalation: false, privileged: true }),
    (_, __, app) => (app.securityContext = { allowPrivilegeEscalation: false, privileged: false }),
  ],
  [
    'pod/invalid-security-context',
    (_, __, app) => (app.securityContext = { allowPrivilegeEscalation: false, capabilities: { add: ['CAP_SYS_ADMIN'] } }),
    (_, __, app) => (app.securityContext = { allowPrivilegeEscalation: false, capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] } }),
  ],
  [
    'pod/run-as-root-conflict',
    (_, pod, app) => {
      pod.securityContext = { runAsNonRoot: true };
      app.securityContext = { runAsUser: 0 };
    },
    (_, pod, app) => {
      pod.securityContext = { runAsNonRoot: true, runAsUser: 0 };
      app.securityContext = { runAsUser: 1000 };
    },
  ],
  ['pod/invalid-hostname', (_, pod) => (pod.hostname = 'Host_1'), (_, pod) => (pod.hostname = 'host-1')],
  ['pod/invalid-hostname', (_, pod) => (pod.subdomain = 'a.b'), (_, pod) => (pod.subdomain = 'a-b')],
  ['pod/invalid-restart-policy', (_, pod) => (pod.restartPolicy = 'OnFailure'), (_, pod) => (pod.restartPolicy = 'Always')],
  ['pod/invalid-dns-policy', (_, pod) => (pod.dnsPolicy = 'Cluster'), (_, pod) => (pod.dnsPolicy = 'None')],
  ['pod/invalid-reference-name', (_, pod) => (pod.serviceAccountName = 'Web_SA'), (_, pod) => (pod.serviceAccountName = 'web.sa')],
  [
    'labels/invalid-value',
    (_, pod) => (pod.nodeSelector = { disktype: 'ssd!' }),
    (_, pod) => (pod.nodeSelector = { 'kubernetes.io/os': 'linux' }),
  ],
  ['labels/invalid-key', (_, pod) => (pod.nodeSelector = { 'a/b/c': 'x' }), (_, pod) => (pod.nodeSelector = { 'a.b/c': 'x' })],
  [
    'pod/qos-annotation-mismatch',
    (d) => (d.spec.template.metadata.annotations['pod-patterns.io/qos-class'] = 'Burstable'),
    (d) => delete d.spec.template.metadata.annotations['pod-patterns.io/qos-class'],
  ],
  [
    'pod/qos-annotation-mismatch',
    (_, pod) => pod.containers.push({ name: 'helper', image: 'helper:1' }),
    (d, pod) => {
      pod.containers.push({ name: 'helper', image: 'helper:1' });
      d.spec.template.metadata.annotations['pod-patterns.io/qos-class'] = 'Burstable';
    },
  ],
  [
    'pod/port-conflict',
    (d, pod) => {
      d.spec.template.metadata.labels['sidecar.istio.io/inject'] = 'true';
      d.spec.template.metadata.annotations['pod-patterns.io/qos-class'] = 'Burstable';
      pod.containers[0].ports[0].containerPort = 15090;
    },
    (d, pod) => {
      d.spec.template.metadata.labels['sidecar.istio.io/inject'] = 'true';
      d.spec.template.metadata.annotations['pod-patterns.io/qos-class'] = 'Burstable';
      pod.containers[0].ports[0].containerPort = 15100;
    },
  ],
  [
    'pod/invalid-volume-source',
    (_, pod) => (pod.volumes[0] = { name: 'data', configMap: { name: 'c', items: [{ key: 'conf/app.yaml', path: 'app.yaml' }] } }),
    (_, pod) => (pod.volumes[0] = { name: 'data', configMap: { name: 'c', items: [{ key: 'app.yaml', path: 'conf/app.yaml' }] } }),
  ],
  [
    'pod/qos-annotation-mismatch',
    // Istio's default proxy requests less than its limits, so the pods are Burstable.
    (d) => (d.spec.template.metadata.labels['sidecar.istio.io/inject'] = 'true'),
    (d) => {
      d.spec.template.metadata.labels['sidecar.istio.io/inject'] = 'true';
      d.spec.template.metadata.annotations['pod-patterns.io/qos-class'] = 'Burstable';
    },
  ],
])('%s', (rule, bad, good) => {
  test(`flagged: ${bad.toString().replace(/\s+/g, ' ').slice(0, 110)}`, () => {
    expect(rulesOf(deployment(bad))).toContain(rule);
  });
  test(`accepted: ${good.toString().replace(/\s+/g, ' ').slice(0, 110)}`, () => {
    expect(oracleFindings(deployment(good))).toEqual([]);
  });
});

test('pod/sidecar-feature-gate: only when the cluster runs without native sidecars', () => {
  const d = deployment((_, pod) => (pod.initContainers = [container('proxy', { restartPolicy: 'Always' })]));
  expect(rulesOf(d, { sidecarContainers: false })).toEqual(['pod/sidecar-feature-gate']);
  expect(rulesOf(d)).toEqual([]);
  expect(
    rulesOf(
      deployment((_, pod) => (pod.initContainers = [container('setup')])),
      { sidecarContainers: false },
    ),
  ).toEqual([]);
});

test('pod/user-namespace-*: a user namespace of its own goes without the node namespaces, and needs its gate', () => {
  const own = deployment((_, pod) => (pod.hostUsers = false));
  expect(rulesOf(own)).toEqual([]);
  expect(rulesOf(own, { userNamespaces: false })).toEqual(['pod/user-namespace-feature-gate']);
  for (const field of ['hostNetwork', 'hostPID', 'hostIPC']) {
    expect(rulesOf(deployment((_, pod) => Object.assign(pod, { hostUsers: false, [field]: true })))).toEqual([
      'pod/user-namespace-host-namespace',
    ]);
    expect(rulesOf(deployment((_, pod) => Object.assign(pod, { hostUsers: true, [field]: true })))).toEqual([]);
  }
  expect(rulesOf(deployment((_, pod) => (pod.hostUsers = 'false')))).toEqual(['pod/invalid-host-users']);
});

test('without the gate a sidecar with probes is a plain init container with probes, which the API server refuses', () => {
  const probed = deployment(
    (_, pod) => (pod.initContainers = [container('proxy', { restartPolicy: 'Always', readinessProbe: { exec: { command: ['true'] } } })]),
  );
  expect(rulesOf(probed, { sidecarContainers: false }).sort()).toEqual(['pod/init-container-lifecycle', 'pod/sidecar-feature-gate']);
  expect(rulesOf(probed)).toEqual([]);
});

test('a finding names the object and points at the field', () => {
  const [finding] = oracleFindings(deployment((_, __, app) => (app.image = 'Web')));
  expect(finding).toEqual({
    rule: 'pod/invalid-image',
    path: 'spec.template.spec.containers[0].image',
    message: expect.stringMatching(/^Deployment web: image "Web": the kubelet refuses it with InvalidImageName/),
  });
});

test('a mount of an invalid volume is also not found, as in Go', () => {
  const rules = rulesOf(deployment((_, pod) => (pod.volumes[0].configMap = { name: '' })));
  expect(rules).toEqual(expect.arrayContaining(['pod/invalid-volume-source', 'pod/volume-not-found']));
});

test('cleanPath follows path.Clean', () => {
  expect(['/data/', '/a/./b', '/a/../b', '/../x', 'a//b', '', 'a/..', '../../x'].map(cleanPath)).toEqual([
    '/data',
    '/a/b',
    '/b',
    '/x',
    'a/b',
    '.',
    '.',
    '../../x',
  ]);
});

test('malformed input is reported, not thrown on', () => {
  expect(() => oracleFindings(null)).not.toThrow();
  expect(() => oracleFindings({ kind: 'Deployment', spec: { template: { spec: { containers: 'x', volumes: [null] } } } })).not.toThrow();
});
