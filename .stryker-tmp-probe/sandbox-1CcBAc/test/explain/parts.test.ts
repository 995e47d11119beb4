/**
 * explain, part by part, on small hand-written objects: what the model reads from a pod (parts,
 * endpoints, probes, volumes, Services, scrapes, the debug line), the report's sentences, the
 * diagram's edges, how manifests are read, and the command line's options and messages. The
 * whole-report comparison with docs/explain/ is no guard of these: the examples reach few of them.
 */
// @ts-nocheck

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ContainerPart, explainManifests, manifestFiles, parseManifests, podDiagram, WorkloadExplanation } from '../../lib/explain';
import { isError } from '../../lib/explain/model';
import { Severity } from '../../lib/rules';
import { runCli } from './run-cli';

type Json = Record<string, unknown>;

const LABELS = { app: 'web' };

function workload(kind: string, spec: Json, options: { name?: string; namespace?: string; replicas?: number; template?: Json } = {}): Json {
  const metadata = { name: options.name ?? 'web', ...(options.namespace ? { namespace: options.namespace } : {}) };
  const template = { metadata: { labels: LABELS, ...(options.template ?? {}) }, spec };
  switch (kind) {
    case 'Pod':
      return { apiVersion: 'v1', kind, metadata: { ...metadata, labels: LABELS, ...(options.template ?? {}) }, spec };
    case 'Job':
      return { apiVersion: 'batch/v1', kind, metadata, spec: { template } };
    case 'CronJob':
      return { apiVersion: 'batch/v1', kind, metadata, spec: { schedule: '@hourly', jobTemplate: { spec: { template } } } };
    case 'DaemonSet':
      return { apiVersion: 'apps/v1', kind, metadata, spec: { selector: { matchLabels: LABELS }, template } };
    default:
      return {
        apiVersion: 'apps/v1',
        kind,
        metadata,
        spec: { replicas: options.replicas ?? 2, selector: { matchLabels: LABELS }, template },
      };
  }
}

const explainObjects = (...objects: Json[]) =>
  explainManifests(objects.map((object, document) => ({ object, source: 'test.yaml', document })));
const only = (...objects: Json[]): WorkloadExplanation => explainObjects(...objects).workloads[0];
const container = (name: string, extra: Json = {}): Json => ({ name, image: `registry.example/${name}:1.0`, ...extra });
const partsOf = (w: WorkloadExplanation) => w.containers.map((c) => [c.name, c.part]);
const named = (w: WorkloadExplanation, name: string) => w.containers.find((c) => c.name === name)!;
const section = (markdown: string, title: string) => {
  const start = markdown.indexOf(`### ${title}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = markdown.indexOf('\n### ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
};
const reportOf = (...objects: Json[]) => explainObjects(...objects).markdown;

describe('the model: endpoints in commands, arguments and environment', () => {
  const targets = (c: Json, others: Json[] = []) => {
    const w = only(workload('Deployment', { containers: [c, ...others] }));
    return { local: named(w, c.name as string).localhostTargets, remotes: named(w, c.name as string).remotes };
  };

  test('remote hosts after a separator or a socat TCP address; names, IPv4, ports 1-65535', () => {
    const { remotes } = targets(
      container('app', {
        command: ['socat', 'TCP-LISTEN:6379,fork', 'TCP4:redis.cache:6379'],
        args: ['--upstream=db.example.com:5432', 'http://api.example:443/v1', 'x@mail.example:25', "('quoted.example:1')"],
        env: [
          { name: 'A', value: '10.0.0.1:8080' },
          { name: 'B', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
        ],
      }),
    );
    expect(remotes).toEqual([
      'redis.cache:6379',
      'db.example.com:5432',
      'api.example:443',
      'mail.example:25',
      'quoted.example:1',
      '10.0.0.1:8080',
    ]);
  });

  test('versions, ports out of range, digits glued to the host and uppercase names are no endpoints', () => {
    const { remotes, local } = targets(
      container('app', {
        args: ['--version=1.2:3', 'db:0', 'db:65536', 'db:99999', 'db:5432.5', 'DB.EXAMPLE:80', '1.2.3:4'],
      }),
    );
    expect(remotes).toEqual([]);
    expect(local).toEqual([]);
  });

  test('the edges of the port range and of a name', () => {
    const { remotes } = targets(container('app', { args: ['a:1', 'b-c.d:65535', 'x9:22'] }));
    expect(remotes).toEqual(['a:1', 'b-c.d:65535', 'x9:22']);
  });

  test('localhost, 127.x.y.z and [::1] are localhost targets, once each, with who listens there', () => {
    const { local, remotes } = targets(
      container('app', {
        args: ['localhost:8080', '127.0.0.2:9000', '[::1]:7000', 'localhost:8080', 'localhost:1234'],
      }),
      [
        container('proxy', { ports: [{ containerPort: 8080 }, { containerPort: 9000 }] }),
        container('other', { ports: [{ containerPort: 9000 }] }),
      ],
    );
    expect(local).toEqual([
      { port: 8080, listener: 'proxy' },
      { port: 9000, listener: 'proxy' },
      { port: 7000, listener: undefined },
      { port: 1234, listener: undefined },
    ]);
    expect(remotes).toEqual([]);
  });

  test('an init step listens on nothing once the pod runs; a native sidecar does', () => {
    const w = only(
      workload('Deployment', {
        initContainers: [
          container('step', { ports: [{ containerPort: 8080 }] }),
          container('native', { restartPolicy: 'Always', ports: [{ containerPort: 9000 }] }),
        ],
        containers: [container('app', { args: ['localhost:8080', 'localhost:9000'] })],
      }),
    );
    expect(named(w, 'app').localhostTargets).toEqual([
      { port: 8080, listener: undefined },
      { port: 9000, listener: 'native' },
    ]);
  });
});

describe('the model: the part each container plays', () => {
  test('app, ambassador, adapter, sidecar, helper, init step and injected', () => {
    const w = only(
      workload(
        'Deployment',
        {
          initContainers: [container('migrate')],
          containers: [
            container('app', {
              args: ['--db=localhost:5432'],
              ports: [{ containerPort: 8080, name: 'http' }],
              volumeMounts: [{ name: 'logs', mountPath: '/logs' }],
            }),
            container('ambassador', { ports: [{ containerPort: 5432 }], args: ['db.example:5432'] }),
            container('adapter', { ports: [{ containerPort: 9113 }], args: ['--scrape=http://localhost:8080/status'] }),
            container('shipper', { volumeMounts: [{ name: 'logs', mountPath: '/logs', readOnly: true }] }),
            container('other', { volumeMounts: [{ name: 'cache', mountPath: '/cache' }] }),
          ],
          volumes: [
            { name: 'logs', emptyDir: {} },
            { name: 'cache', emptyDir: {} },
          ],
        },
        {
          template: {
            labels: { ...LABELS, 'sidecar.istio.io/inject': 'true' },
            annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9113' },
          },
        },
      ),
    );
    expect(partsOf(w)).toEqual([
      ['istio-init', ContainerPart.INJECTED],
      ['migrate', ContainerPart.INIT_STEP],
      ['app', ContainerPart.APP],
      ['ambassador', ContainerPart.AMBASSADOR],
      ['adapter', ContainerPart.ADAPTER],
      ['shipper', ContainerPart.SIDECAR],
      ['other', ContainerPart.HELPER],
      ['istio-proxy', ContainerPart.INJECTED],
    ]);
    const proxy = named(w, 'istio-proxy');
    expect(proxy.image).toBe('(added by the mesh webhook)');
    expect(proxy.ports.every((p) => p.protocol === 'TCP' && p.name === undefined)).toBe(true);
    expect(proxy.ports.length).toBeGreaterThan(0);
    expect(proxy.hasResources).toBe(true);
    expect(proxy.localhostTargets).toEqual([]);
  });

  test("the mesh proxy's resources count, sized by annotation or Istio's defaults", () => {
    const w = only(
      workload(
        'Deployment',
        { containers: [container('app')] },
        {
          template: {
            labels: { ...LABELS, 'sidecar.istio.io/inject': 'true' },
            annotations: { 'sidecar.istio.io/proxyCPU': '100m' },
          },
        },
      ),
    );
    expect(named(w, 'istio-proxy').hasResources).toBe(true);
    expect(named(w, 'app').hasResources).toBe(false);
  });

  test('hasResources: requests or limits of cpu or memory, each alone', () => {
    const w = only(
      workload('Deployment', {
        containers: [
          container('none', { resources: {} }),
          container('requests', { resources: { requests: { cpu: '10m' } } }),
          container('limits', { resources: { limits: { memory: '1Mi' } } }),
        ],
      }),
    );
    expect(w.containers.map((c) => [c.name, c.hasResources])).toEqual([
      ['none', false],
      ['requests', true],
      ['limits', true],
    ]);
  });

  test('an adapter must reach another container; a scraped container reaching only itself is a helper', () => {
    const w = only(
      workload(
        'Deployment',
        {
          containers: [
            container('app', { ports: [{ containerPort: 8080 }] }),
            container('self', { ports: [{ containerPort: 9113 }], args: ['localhost:9113', 'localhost:1'] }),
          ],
        },
        { template: { annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9113' } } },
      ),
    );
    expect(partsOf(w)).toEqual([
      ['app', ContainerPart.APP],
      ['self', ContainerPart.HELPER],
    ]);
  });

  test('an ambassador is reached by another container and goes out; either alone makes a helper', () => {
    const w = only(
      workload('Deployment', {
        containers: [
          container('app', { args: ['localhost:5432', 'localhost:6379'] }),
          container('served', { ports: [{ containerPort: 5432 }] }),
          container('remote', { args: ['db.example:5432'] }),
          container('both', { ports: [{ containerPort: 6379 }], args: ['redis.example:6379'] }),
        ],
      }),
    );
    expect(partsOf(w)).toEqual([
      ['app', ContainerPart.APP],
      ['served', ContainerPart.HELPER],
      ['remote', ContainerPart.HELPER],
      ['both', ContainerPart.AMBASSADOR],
    ]);
  });

  test('the app is the container kubectl defaults to, by annotation', () => {
    const w = only(
      workload(
        'Deployment',
        { containers: [container('first'), container('main')] },
        {
          template: { annotations: { 'kubectl.kubernetes.io/default-container': 'main' } },
        },
      ),
    );
    expect(partsOf(w)).toEqual([
      ['first', ContainerPart.HELPER],
      ['main', ContainerPart.APP],
    ]);
    expect(w.debugCommand).toContain('--target=main');
  });
});

describe('the model: ports, mounts, probes and volumes', () => {
  test('ports keep their name and protocol (TCP when unset); mounts are read-only only when set true', () => {
    const w = only(
      workload('Deployment', {
        containers: [
          container('app', {
            ports: [{ containerPort: 53, protocol: 'UDP', name: 'dns' }, { containerPort: 80 }],
            volumeMounts: [
              { name: 'a', mountPath: '/a', readOnly: true },
              { name: 'b', mountPath: '/b', readOnly: false },
              { name: 'c', mountPath: '/c' },
            ],
          }),
        ],
        volumes: [
          { name: 'a', emptyDir: {} },
          { name: 'b', emptyDir: {} },
          { name: 'c', emptyDir: {} },
        ],
      }),
    );
    const app = named(w, 'app');
    expect(app.ports).toEqual([
      { number: 53, name: 'dns', protocol: 'UDP' },
      { number: 80, name: undefined, protocol: 'TCP' },
    ]);
    expect(app.mounts.map((m) => [m.volume, m.path, m.readOnly])).toEqual([
      ['a', '/a', true],
      ['b', '/b', false],
      ['c', '/c', false],
    ]);
  });

  test('each probe in a few words, startup, liveness and readiness in that order', () => {
    const long = ['sh', '-c', 'x'.repeat(60)];
    const exactly60 = ['sh', '-c', 'y'.repeat(54)];
    const w = only(
      workload('Deployment', {
        containers: [
          container('http', {
            readinessProbe: { httpGet: { port: 8080, path: '/ready' } },
            livenessProbe: { httpGet: { port: 'http' } },
            startupProbe: { httpGet: { port: 8443, path: '/up', scheme: 'HTTPS' } },
          }),
          container('other', {
            livenessProbe: { tcpSocket: { port: 9000 } },
            readinessProbe: { grpc: { port: 9090 } },
            startupProbe: { grpc: { port: 9091, service: 'health' } },
          }),
          container('exec', { livenessProbe: { exec: { command: long } }, readinessProbe: { exec: { command: exactly60 } } }),
          container('none', { livenessProbe: { periodSeconds: 5 } }),
        ],
      }),
    );
    expect(named(w, 'http').probes).toEqual([
      { kind: 'startup', check: 'HTTPS GET :8443/up' },
      { kind: 'liveness', check: 'GET :http/' },
      { kind: 'readiness', check: 'GET :8080/ready' },
    ]);
    expect(named(w, 'other').probes).toEqual([
      { kind: 'startup', check: 'gRPC :9091 health' },
      { kind: 'liveness', check: 'TCP :9000' },
      { kind: 'readiness', check: 'gRPC :9090' },
    ]);
    expect(named(w, 'exec').probes).toEqual([
      { kind: 'liveness', check: `exec ${long.join(' ').slice(0, 57)}...` },
      { kind: 'readiness', check: `exec ${exactly60.join(' ')}` },
    ]);
    expect(exactly60.join(' ')).toHaveLength(60);
    expect(named(w, 'none').probes).toEqual([{ kind: 'liveness', check: 'no handler' }]);
  });

  test("each volume's source in words; a StatefulSet's claim templates are volumes too", () => {
    const w = only({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db' },
      spec: {
        replicas: 1,
        serviceName: 'db',
        selector: { matchLabels: LABELS },
        template: {
          metadata: { labels: LABELS },
          spec: {
            containers: [container('db')],
            volumes: [
              { name: 'bare' },
              { name: 'scratch', emptyDir: { medium: 'Memory' } },
              { name: 'config', configMap: { name: 'db-config' } },
              { name: 'secret', secret: { secretName: 'db-secret' } },
              { name: 'claim', persistentVolumeClaim: { claimName: 'shared' } },
              { name: 'host', hostPath: { path: '/var/run' } },
              { name: 'projected', projected: { sources: [] } },
            ],
          },
        },
        volumeClaimTemplates: [
          { metadata: { name: 'data' }, spec: { resources: { requests: { storage: '5Gi' } } } },
          { metadata: { name: 'scratch2' }, spec: {} },
        ],
      },
    });
    expect(w.volumes).toEqual([
      { name: 'bare', source: 'emptyDir' },
      { name: 'scratch', source: 'emptyDir' },
      { name: 'config', source: 'configMap db-config' },
      { name: 'secret', source: 'secret db-secret' },
      { name: 'claim', source: 'persistentVolumeClaim shared' },
      { name: 'host', source: 'hostPath /var/run' },
      { name: 'projected', source: 'projected' },
      { name: 'data', source: 'claim per pod, 5Gi' },
      { name: 'scratch2', source: 'claim per pod' },
    ]);
    expect(w.controller).toBe('StatefulSet, 1 replica');
  });
});

describe('the model: controller, host, debug line', () => {
  test('each controller in words', () => {
    const controller = (kind: string, replicas?: number) =>
      only(workload(kind, { containers: [container('app')] }, { replicas })).controller;
    expect(controller('Deployment', 3)).toBe('Deployment, 3 replicas');
    expect(controller('Deployment', 1)).toBe('Deployment, 1 replica');
    expect(controller('ReplicaSet', 2)).toBe('ReplicaSet, 2 replicas');
    expect(controller('DaemonSet')).toBe('DaemonSet, one pod on each node it selects');
    expect(controller('Job')).toBe('Job, pods run to completion');
    expect(controller('CronJob')).toBe('CronJob, a Job on a schedule, whose pods run to completion');
    expect(controller('Pod')).toBe('none: a bare Pod, never recreated');
  });

  test("the hostname: spec.hostname, a bare Pod's name, or the pod's name", () => {
    expect(only(workload('Deployment', { hostname: 'box', containers: [container('app')] })).hostname).toBe('box');
    expect(only(workload('Pod', { containers: [container('app')] }, { name: 'solo' })).hostname).toBe('solo');
    expect(only(workload('Deployment', { containers: [container('app')] })).hostname).toBe("the pod's name");
  });

  test("the node's namespaces the pod shares, and a shared process namespace only when true", () => {
    const w = only(workload('Deployment', { hostNetwork: true, hostIPC: true, hostPID: false, containers: [container('app')] }));
    expect(w.hostNamespaces).toEqual(['hostNetwork', 'hostIPC']);
    expect(w.shareProcessNamespace).toBe(false);
    expect(only(workload('Deployment', { hostPID: true, shareProcessNamespace: true, containers: [container('app')] }))).toMatchObject({
      hostNamespaces: ['hostPID'],
      shareProcessNamespace: true,
    });
  });

  test('the debug line for each kind, with and without a namespace, restricted when the pod runs as non-root', () => {
    const debug = (kind: string, spec: Json = {}, options = {}) =>
      only(workload(kind, { containers: [container('app')], ...spec }, options)).debugCommand;
    expect(debug('Deployment')).toBe('kubectl debug -it deployment/web --image=busybox:1.36 --target=app -- sh');
    expect(debug('StatefulSet', {}, { namespace: 'ns' })).toBe(
      'kubectl debug -it -n ns statefulset/web --image=busybox:1.36 --target=app -- sh',
    );
    expect(debug('Pod', { securityContext: { runAsNonRoot: true } })).toBe(
      'kubectl debug -it pod/web --image=busybox:1.36 --target=app --profile=restricted -- sh',
    );
    expect(debug('Job', { securityContext: { runAsNonRoot: false } })).toBe(
      'kubectl debug -it job/web --image=busybox:1.36 --target=app -- sh',
    );
    expect(
      debug('CronJob', {}, { namespace: 'ns', template: { labels: { 'app': 'web', 'tier': 'batch', 'cdk8s.io/metadata.addr': 'x' } } }),
    ).toBe(
      'kubectl debug -it -n ns $(kubectl get pod -n ns -l app=web,tier=batch -o name | head -n 1) --image=busybox:1.36 --target=app -- sh',
    );
  });

  test('a pod without containers is explained, with a placeholder for the debug target', () => {
    const w = only(workload('Deployment', { containers: [] }));
    expect(w.containers).toEqual([]);
    expect(w.debugCommand).toBe('kubectl debug -it deployment/web --image=busybox:1.36 --target=<container> -- sh');
  });
});

describe('the model: Services, scrapes, budgets and findings', () => {
  const service = (name: string, ports: Json[], selector: Json | null = LABELS, namespace?: string): Json => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, ...(namespace ? { namespace } : {}) },
    spec: { ...(selector ? { selector } : {}), ports },
  });

  test('a Service port lands on the regular container that declares its target, by number or name', () => {
    const w = only(
      workload('Deployment', {
        initContainers: [container('step', { ports: [{ containerPort: 7000, name: 'init' }] })],
        containers: [
          container('app', { ports: [{ containerPort: 8080, name: 'http' }] }),
          container('metrics', { ports: [{ containerPort: 9090, name: 'metrics' }] }),
        ],
      }),
      service('web', [
        { port: 80, targetPort: 'http' },
        { port: 9090 },
        { port: 81, targetPort: 8080 },
        { port: 7000, targetPort: 'init' },
        { port: 82, targetPort: '8080' },
      ]),
      service('elsewhere', [{ port: 80 }], LABELS, 'other'),
      service('headless', [{ port: 80 }], null),
    );
    expect(w.services).toEqual([
      {
        name: 'web',
        ports: [
          { port: 80, target: 'http', container: 'app' },
          { port: 9090, target: '9090', container: 'metrics' },
          { port: 81, target: '8080', container: 'app' },
          { port: 7000, target: 'init', container: undefined },
          { port: 82, target: '8080', container: undefined },
        ],
      },
    ]);
  });

  test('scrapes by prometheus.io annotations only when scrape is "true" and a port is given; the path defaults to /metrics', () => {
    const scrapes = (annotations: Json) =>
      only(workload('Deployment', { containers: [container('app', { ports: [{ containerPort: 9100 }] })] }, { template: { annotations } }))
        .scrapes;
    expect(scrapes({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9100' })).toEqual([
      { port: '9100', path: '/metrics', container: 'app', by: 'prometheus.io annotations' },
    ]);
    expect(scrapes({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9999', 'prometheus.io/path': '/m' })).toEqual([
      { port: '9999', path: '/m', container: undefined, by: 'prometheus.io annotations' },
    ]);
    expect(scrapes({ 'prometheus.io/scrape': 'false', 'prometheus.io/port': '9100' })).toEqual([]);
    expect(scrapes({ 'prometheus.io/scrape': 'true' })).toEqual([]);
  });

  test('scrapes by PodMonitors that select the pod in its namespace, another one named, or any', () => {
    const monitor = (name: string, namespace: string | undefined, spec: Json): Json => ({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PodMonitor',
      metadata: { name, ...(namespace ? { namespace } : {}) },
      spec,
    });
    const selector = { matchLabels: LABELS };
    const w = only(
      workload(
        'Deployment',
        {
          containers: [
            container('app', {
              ports: [
                { containerPort: 8080, name: 'http' },
                { containerPort: 9100, name: 'metrics' },
              ],
            }),
          ],
        },
        { namespace: 'shop' },
      ),
      monitor('same', 'shop', { selector, podMetricsEndpoints: [{ port: 'metrics' }, { targetPort: 8080, path: '/stats' }, {}] }),
      monitor('named', 'monitoring', { selector, namespaceSelector: { matchNames: ['shop'] }, podMetricsEndpoints: [{ port: 'http' }] }),
      monitor('any', 'monitoring', { selector, namespaceSelector: { any: true }, podMetricsEndpoints: [{ port: '9100' }] }),
      monitor('own-namespace-only', 'monitoring', { selector, podMetricsEndpoints: [{ port: 'metrics' }] }),
      monitor('other-names', 'monitoring', { selector, namespaceSelector: { matchNames: ['web'] }, podMetricsEndpoints: [{ port: 'x' }] }),
      monitor('other-labels', 'shop', { selector: { matchLabels: { app: 'db' } }, podMetricsEndpoints: [{ port: 'x' }] }),
    );
    expect(w.scrapes).toEqual([
      { port: 'metrics', path: '/metrics', container: 'app', by: 'PodMonitor same' },
      { port: '8080', path: '/stats', container: 'app', by: 'PodMonitor same' },
      { port: '', path: '/metrics', container: undefined, by: 'PodMonitor same' },
      { port: 'http', path: '/metrics', container: 'app', by: 'PodMonitor named' },
      { port: '9100', path: '/metrics', container: 'app', by: 'PodMonitor any' },
    ]);
  });

  test('a budget or Service over two workloads is checked once and listed with each; the rest are other objects', () => {
    const budget: Json = {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'all' },
      spec: { minAvailable: 4, selector: { matchLabels: { tier: 'web' } } },
    };
    const labels = (app: string) => ({ template: { labels: { app, tier: 'web' } } });
    const a = workload('Deployment', { containers: [container('app', { image: 'nginx' })] }, { name: 'a', ...labels('a') });
    const b = workload('Deployment', { containers: [container('app')] }, { name: 'b', ...labels('b') });
    (a.spec as Json).selector = { matchLabels: { app: 'a' } };
    (b.spec as Json).selector = { matchLabels: { app: 'b' } };
    const config: Json = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { 'bad key!': 'x' } };
    const result = explainObjects(a, b, budget, config);
    const budgetFindings = (w: WorkloadExplanation) => w.findings.filter((f) => f.object === 'PodDisruptionBudget all');
    const [first, second] = result.workloads.map(budgetFindings);
    expect(first.map((f) => f.violation.code)).toEqual(['pdb-blocks-eviction']);
    // The same finding objects: the budget was checked once.
    expect(second).toHaveLength(1);
    expect(second[0]).toBe(first[0]);
    expect(result.workloads.map((w) => w.budgets.map((b) => [b.name, b.effect.blocksDrain]))).toEqual([[['all', true]], [['all', true]]]);
    expect(new Set(result.others.map((f) => f.object))).toEqual(new Set(['ConfigMap c']));
    const all = [...result.workloads.flatMap((w) => w.findings), ...result.others];
    const errors = all.filter(isError);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.violation.severity === Severity.ERROR)).toBe(true);
    expect(all.filter((f) => !isError(f)).every((f) => f.violation.severity === Severity.WARNING)).toBe(true);
    expect(all.some((f) => !isError(f))).toBe(true);
  });

  test('an object without kind or name is labelled with ? and an empty name', () => {
    const result = explainObjects({ apiVersion: 'v1', metadata: {} });
    expect(result.workloads).toEqual([]);
    expect(result.others.length).toBeGreaterThan(0);
    expect(result.others.every((f) => f.object === '? ')).toBe(true);
  });
});

describe('the report', () => {
  const deployment = (spec: Json, options = {}) => workload('Deployment', spec, options);

  test('the summary counts, in the singular and plural, and the list links each section', () => {
    const one = reportOf(deployment({ containers: [container('app', { image: 'nginx' })] }, { replicas: 1, namespace: 'shop-1' }));
    expect(one).toMatch(/^# What the pods do\n\n1 workload; the rules found 0 errors and 1 warning\.\n\n/);
    expect(one).toContain('- [Deployment web (shop-1)](#deployment-web-shop-1): BestEffort, 0 errors, 1 warning\n');
    expect(one).toContain('\n## Deployment web (shop-1)\n\nFrom `test.yaml`. Controller: Deployment, 1 replica.\n');
    const clean = reportOf(
      deployment({
        containers: [container('app', { resources: { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } } })],
      }),
    );
    expect(clean).toContain('1 workload; the rules found 0 errors and 0 warnings.');
    expect(clean).toContain('- [Deployment web](#deployment-web): Guaranteed, no findings\n');
    expect(clean).toContain('### Findings\n\nNone: the rules found nothing to fix.\n');
    expect(clean).not.toContain('## Other objects');
  });

  test('a finding names its object and field; other objects get their own section', () => {
    const markdown = reportOf(
      deployment(
        { containers: [container('app', { ports: [{ containerPort: 80 }] }), container('b', { ports: [{ containerPort: 80 }] })] },
        { namespace: 'Bad_Namespace' },
      ),
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'lost' }, spec: { selector: { app: 'none' }, ports: [{ port: 80 }] } },
    );
    expect(markdown).toContain('1 workload; the rules found 2 errors and 2 warnings.');
    expect(markdown).toMatch(/- \*\*error\*\* `port-collision` in Deployment web, `[^`]+`: .+\. \*\*Fix\*\*: .+\./);
    expect(markdown).toContain(
      '## Other objects\n\nFindings on objects that belong to no workload above.\n\n- **warning** `service-selects-nothing` in Service lost',
    );
  });

  test('the containers table: roles, ports with protocol and name, mounts, and what a cell cannot hold', () => {
    const markdown = reportOf(
      deployment({
        initContainers: [
          container('native', { restartPolicy: 'Always' }),
          container('native-sidecar', { restartPolicy: 'Always', volumeMounts: [{ name: 'logs', mountPath: '/l', readOnly: true }] }),
        ],
        containers: [
          container('app', {
            image: 'img|with|pipes',
            ports: [{ containerPort: 53, protocol: 'UDP', name: 'dns' }, { containerPort: 8080 }],
            volumeMounts: [{ name: 'logs', mountPath: '/var/`log`' }],
          }),
        ],
        volumes: [{ name: 'logs', emptyDir: {} }],
      }),
    );
    const table = section(markdown, 'Containers');
    expect(table).toContain('| container | part | image | listens on | mounts |\n|---|---|---|---|---|\n');
    expect(table).toContain('| `native` | native sidecar | registry.example/native:1.0 | - | - |');
    expect(table).toContain('| `native-sidecar` | native sidecar (sidecar) | registry.example/native-sidecar:1.0 | - | logs at `/l` ro |');
    expect(table).toContain("| `app` | app | img\\|with\\|pipes | 53/UDP (dns), 8080 | logs at `/var/'log'` rw |");
  });

  test('what the containers share: TCP ports of running containers in order, hostname, PID, volumes, host namespaces', () => {
    const markdown = reportOf(
      deployment({
        hostname: 'box',
        shareProcessNamespace: true,
        hostNetwork: true,
        initContainers: [container('step', { ports: [{ containerPort: 1000 }] })],
        containers: [
          container('app', { ports: [{ containerPort: 9000 }, { containerPort: 53, protocol: 'UDP' }, { containerPort: 80 }] }),
          container('b', { ports: [{ containerPort: 80 }], volumeMounts: [{ name: 'data', mountPath: '/d', readOnly: true }] }),
        ],
        volumes: [
          { name: 'data', emptyDir: {} },
          { name: 'unused', configMap: { name: 'cm' } },
        ],
      }),
    );
    const shared = section(markdown, 'What the containers share');
    expect(shared).toContain('On `localhost`: 80 (`app`), 9000 (`app`). Two containers');
    expect(shared).toContain('**UTS** (hostname `box`)');
    expect(shared).toContain('- **PID**: shared (`shareProcessNamespace: true`)');
    expect(shared).toContain('- **Volumes**: `data` (emptyDir): `b` reads; `unused` (configMap cm): mounted by no container.');
    expect(shared).toContain("- **The node's** namespaces too (`hostNetwork`): the pod shares them with every process on its node.");

    const plain = section(reportOf(deployment({ containers: [container('app')] })), 'What the containers share');
    expect(plain).toContain('On `localhost`: no declared port.');
    expect(plain).toContain("**UTS** (hostname the pod's name)");
    expect(plain).toContain('- **PID**: not shared.');
    expect(plain).toContain('- **Volumes**: none.');
    expect(plain).not.toContain("The node's");
  });

  test('start and stop: init steps, native sidecars with and without a startup probe, then the containers together', () => {
    const markdown = reportOf(
      deployment({
        initContainers: [
          container('wait'),
          container('proxy', { restartPolicy: 'Always', ports: [{ containerPort: 15001 }], startupProbe: { tcpSocket: { port: 15001 } } }),
          container('logs', { restartPolicy: 'Always' }),
        ],
        containers: [container('app', { ports: [{ containerPort: 8080 }] }), container('helper')],
      }),
    );
    const start = section(markdown, 'Start and stop');
    expect(start).toContain(
      '1. `wait` runs to completion; the next step begins only if it exits 0 (otherwise the kubelet restarts it, or the pod fails); nothing listens on `localhost` yet.\n',
    );
    expect(start).toContain(
      '2. `proxy` starts and keeps running; the next step begins once its startup probe passes; nothing listens on `localhost` yet.\n',
    );
    expect(start).toContain(
      '3. `logs` starts and keeps running; the next step begins as soon as it has started; 15001 (`proxy`) listening.\n',
    );
    expect(start).toContain('4. Then together: `app`, `helper`; 15001 (`proxy`) listening. None can count on another');
    expect(start).toMatch(/\nStop: `app`, `helper`, then `logs`, then `proxy`\. Each group gets SIGTERM/);
    expect(start).not.toContain('The pod completes');
  });

  test('a Job: the pod completes when its regular containers exit, and a helper that keeps running blocks it', () => {
    const done = section(reportOf(workload('Job', { restartPolicy: 'Never', containers: [container('app')] })), 'Start and stop');
    expect(done).toContain('The pod completes when its regular containers have exited; native sidecars are stopped then.');
    const stuck = section(
      reportOf(workload('Job', { restartPolicy: 'Never', containers: [container('app'), container('a'), container('b')] })),
      'Start and stop',
    );
    expect(stuck).toContain('`a`, `b` must exit too, or the Job never completes');
    expect(stuck).toMatch(/^### Start and stop\n\n1\. Then together: `app`, `a`, `b`; nothing listens on `localhost` yet\./);
  });

  test('an injected init step is marked in the start order', () => {
    const start = section(
      reportOf(deployment({ containers: [container('app')] }, { template: { labels: { ...LABELS, 'sidecar.istio.io/inject': 'true' } } })),
      'Start and stop',
    );
    expect(start).toContain('1. `istio-init` (injected) runs to completion');
  });

  test('the QoS class with its reasons and the eviction order of each class', () => {
    const qos = (containers: Json[]) => section(reportOf(deployment({ containers })), 'QoS class and eviction');
    const guaranteed = qos([container('app', { resources: { limits: { cpu: '1', memory: '1Gi' } } })]);
    expect(guaranteed).toBe(
      '### QoS class and eviction\n\n**Guaranteed**, as the kubelet computes it (init and injected containers count).\n\nThe kubelet evicts Guaranteed pods last, only when system processes need the memory, and the OOM killer spares them longest (oom_score_adj -997).\n',
    );
    const burstable = qos([container('app', { resources: { requests: { cpu: '1' } } })]);
    expect(burstable).toContain('**Burstable**');
    expect(burstable).toContain('\n- container "app" has no cpu limit\n');
    expect(burstable).toContain('evicts Burstable pods after BestEffort ones');
    const bestEffort = qos([container('app')]);
    expect(bestEffort).toContain('\n- no container (init containers included) requests or limits cpu or memory\n');
    expect(bestEffort).toContain('evicts BestEffort pods first');
  });

  test('the controller and the budget: drains, DaemonSets, bare Pods, no budget', () => {
    const disruption = (object: Json, ...more: Json[]) => section(reportOf(object, ...more), 'Controller and disruption budget');
    expect(disruption(deployment({ containers: [container('app')] }, { replicas: 3 }))).toBe(
      '### Controller and disruption budget\n\nDeployment, 3 replicas.\nNo PodDisruptionBudget selects its pods: a drain evicts every one of them on the node at once, which can take the service down when replicas share a node.\n',
    );
    expect(disruption(deployment({ containers: [container('app')] }, { replicas: 1 }))).toContain(
      'a drain evicts every one of them on the node at once.\n',
    );
    const daemon = disruption(workload('DaemonSet', { containers: [container('app')] }));
    expect(daemon).toContain('A drain skips DaemonSet pods (`kubectl drain --ignore-daemonsets`): they stay until the node goes.');
    expect(daemon).not.toContain('No PodDisruptionBudget');
    const pod = disruption(workload('Pod', { containers: [container('app')] }));
    expect(pod).toContain('Nothing recreates the pod: a drain deletes it for good (`kubectl drain` refuses without `--force`).');
    expect(pod).not.toContain('No PodDisruptionBudget');
    const budget = (spec: Json): Json => ({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'web' },
      spec: { selector: { matchLabels: LABELS }, ...spec },
    });
    const allows = disruption(deployment({ containers: [container('app')] }, { replicas: 3 }), budget({ maxUnavailable: 1 }));
    expect(allows).toMatch(/PodDisruptionBudget `web`: [^\n]+\.\n/);
    expect(allows).not.toContain('Drains cannot proceed');
    expect(allows).not.toContain('No PodDisruptionBudget');
    const blocks = disruption(deployment({ containers: [container('app')] }, { replicas: 2 }), budget({ minAvailable: 2 }));
    expect(blocks).toContain('. **Drains cannot proceed.**');
  });

  test('probes: none, a table, and who counts as ready without a readiness probe', () => {
    const probes = (containers: Json[]) => section(reportOf(deployment({ containers })), 'Probes');
    expect(probes([container('app')])).toBe(
      '### Probes\n\nNo probes: the pod counts as ready as soon as its containers run, and a hung process is never restarted.\n',
    );
    const one = probes([
      container('app', { readinessProbe: { tcpSocket: { port: 80 } } }),
      container('b', { livenessProbe: { exec: { command: ['a|b'] } } }),
    ]);
    expect(one).toContain(
      '| container | startup | liveness | readiness |\n|---|---|---|---|\n| `app` | - | - | TCP :80 |\n| `b` | - | exec a\\|b | - |\n',
    );
    expect(one).toContain('Without a readiness probe, `b` counts as ready once running.');
    const two = probes([container('app', { readinessProbe: { tcpSocket: { port: 80 } } }), container('b'), container('c')]);
    expect(two).toContain('Without a readiness probe, `b`, `c` count as ready once running.');
    const noReadiness = probes([container('app', { livenessProbe: { tcpSocket: { port: 80 } } }), container('b')]);
    expect(noReadiness).not.toContain('Without a readiness probe');
  });

  test('debugging: the command, and what restricted asks of the image', () => {
    const plain = section(reportOf(deployment({ containers: [container('app')] })), 'Debugging');
    expect(plain).toBe(
      "### Debugging\n\nAn ephemeral container with a shell, in `app`'s process namespace (`--target`), so `ps` shows its processes and `/proc/1/root` is its filesystem:\n\n```sh\nkubectl debug -it deployment/web --image=busybox:1.36 --target=app -- sh\n```\n",
    );
    const restricted = section(
      reportOf(deployment({ securityContext: { runAsNonRoot: true }, containers: [container('app')] })),
      'Debugging',
    );
    expect(restricted).toContain('\n\nThe pod must run as non-root, so the debug container must too: `--profile=restricted`');
  });

  test('the report ends with one newline', () => {
    const markdown = reportOf(deployment({ containers: [container('app')] }));
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown.endsWith('\n\n')).toBe(false);
  });
});

describe('the diagram', () => {
  test('init steps in order, then the containers; volumes, localhost, the outside, Services and Prometheus', () => {
    const w = only(
      workload(
        'Deployment',
        {
          initContainers: [container('one'), container('two')],
          containers: [
            container('app', {
              args: ['localhost:5432'],
              ports: [
                { containerPort: 8080, name: 'http' },
                { containerPort: 53, protocol: 'UDP' },
                { containerPort: 1 },
                { containerPort: 2 },
                { containerPort: 3 },
              ],
              volumeMounts: [
                { name: 'logs', mountPath: '/logs' },
                { name: 'config', mountPath: '/etc/app' },
              ],
            }),
            container('proxy', { ports: [{ containerPort: 5432 }], args: ['db.example:5432'] }),
            container('shipper', {
              args: ['db.example:5432'],
              volumeMounts: [
                { name: 'logs', mountPath: '/logs', readOnly: true },
                { name: 'missing', mountPath: '/m' },
              ],
            }),
          ],
          volumes: [
            { name: 'logs', emptyDir: {} },
            { name: 'config', configMap: { name: 'cm' } },
          ],
        },
        {
          replicas: 1,
          template: { annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '8080', 'prometheus.io/path': '/m' } },
        },
      ),
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'web' },
        spec: {
          selector: LABELS,
          ports: [
            { port: 80, targetPort: 'http' },
            { port: 81, targetPort: 'none' },
          ],
        },
      },
    );
    const diagram = podDiagram(w);
    const lines = diagram.split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(lines).toContain('  subgraph pod["Deployment web: one of 1 pod"]');
    expect(lines).toContain('    subgraph init["init containers, one after another"]');
    expect(lines).toContain('      c0["1. one<br/>init step<br/>registry.example/one:1.0"]');
    expect(lines).toContain('      c1["2. two<br/>init step<br/>registry.example/two:1.0"]');
    expect(lines).toContain('      c0 --> c1');
    expect(lines).toContain('    subgraph run["then the containers, started together"]');
    expect(lines).toContain('      c2["app<br/>the app<br/>registry.example/app:1.0<br/>listens :8080 http, :53/UDP, :1, :2 +1"]');
    expect(lines).toContain('      c3["proxy<br/>ambassador<br/>registry.example/proxy:1.0<br/>listens :5432"]');
    expect(lines).toContain('    c1 -->|"all init steps done"| run');
    expect(lines).toContain('    v0[("logs<br/>emptyDir")]');
    expect(lines).toContain('    v1[("config<br/>configMap cm")]');
    expect(lines).toContain('  c2 ==>|"rw /logs"| v0');
    expect(lines).toContain('  v1 -.->|"ro /etc/app"| c2');
    expect(lines).toContain('  v0 -.->|"ro /logs"| c4');
    expect(diagram).not.toContain('rw /m"');
    expect(diagram).not.toContain('ro /m"');
    expect(lines).toContain('  c2 -->|"localhost:5432"| c3');
    expect(lines).toContain('  r0{{"db.example:5432<br/>outside the pod"}}');
    expect(lines.filter((l) => l.startsWith('  r'))).toHaveLength(1);
    expect(lines).toContain('  c3 -->|"TCP"| r0');
    expect(lines).toContain('  c4 -->|"TCP"| r0');
    expect(lines).toContain('  s0[/"Service web"/]');
    expect(lines).toContain('  s0 -->|":80 to http"| c2');
    expect(diagram).not.toContain(':81 to');
    expect(lines).toContain('  prom(["Prometheus"])');
    expect(lines).toContain('  prom -.->|"scrapes :8080/m"| c2');
    expect(lines).toContain('  class c0,c1 init');
    expect(lines).toContain('  class c2 app');
    expect(lines).toContain('  class c3,c4 helper');
    expect(lines).toContain('  class v0,v1 volume');
    expect(lines).toContain('  class r0,s0,prom outside');
    expect(lines.filter((l) => l.startsWith('  classDef '))).toHaveLength(6);
  });

  test('no init steps, no volumes, nothing outside: no such nodes or classes; a scrape of no container draws no edge', () => {
    const w = only(
      workload(
        'DaemonSet',
        { containers: [container('app')] },
        { template: { annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '1' } } },
      ),
    );
    const diagram = podDiagram(w);
    expect(diagram).toContain('  subgraph pod["DaemonSet web: a pod"]');
    expect(diagram).toContain('    subgraph run["containers, started together"]');
    expect(diagram).not.toContain('subgraph init');
    expect(diagram).not.toContain('all init steps done');
    expect(diagram).not.toContain('volume\n');
    expect(diagram).not.toMatch(/class [^\n]* volume/);
    expect(diagram).toContain('  class prom outside');
    expect(diagram).not.toContain('prom -.->');
    expect(diagram).toContain('      c0["app<br/>the app<br/>registry.example/app:1.0"]');
  });

  test('native sidecars keep running; injected containers show no image; a pod of many replicas', () => {
    const w = only(
      workload(
        'Deployment',
        {
          initContainers: [
            container('native', { restartPolicy: 'Always' }),
            container('logs', { restartPolicy: 'Always', volumeMounts: [{ name: 'v', mountPath: '/v', readOnly: true }] }),
          ],
          containers: [container('app', { volumeMounts: [{ name: 'v', mountPath: '/v' }] })],
          volumes: [{ name: 'v', emptyDir: {} }],
        },
        { replicas: 3, template: { labels: { ...LABELS, 'sidecar.istio.io/inject': 'true' } } },
      ),
    );
    const diagram = podDiagram(w);
    expect(diagram).toContain('one of 3 pods"]');
    expect(diagram).toContain('c0["1. istio-init<br/>injected init step"]');
    expect(diagram).toContain('c1["2. native<br/>native sidecar, keeps running<br/>registry.example/native:1.0"]');
    expect(diagram).toContain('c2["3. logs<br/>native sidecar · sidecar, keeps running<br/>registry.example/logs:1.0"]');
    expect(diagram).toMatch(/c4\["istio-proxy<br\/>injected proxy<br\/>listens /);
    expect(diagram).toContain('  class c0,c4 injected');
    expect(diagram).toContain('  class c1,c2 helper');
  });
});

describe('reading manifests', () => {
  test('documents in order, empty ones skipped, Lists give their items, a kind without items stays an object', () => {
    const text = [
      'kind: A',
      '---',
      '# only a comment',
      '---',
      'kind: List',
      'items: [{kind: B}, {kind: C}]',
      '---',
      'kind: DeploymentList',
      'items: [{kind: D}]',
      '---',
      'kind: List',
      'items: {}',
      '---',
      'kind: Thing',
      'items: []',
      '---',
      'kind: [X]',
      'items: [{kind: E}]',
      '',
    ].join('\n');
    expect(parseManifests(text, 'f.yaml')).toEqual([
      { object: { kind: 'A' }, source: 'f.yaml', document: 0 },
      { object: { kind: 'B' }, source: 'f.yaml', document: 2 },
      { object: { kind: 'C' }, source: 'f.yaml', document: 2 },
      { object: { kind: 'D' }, source: 'f.yaml', document: 3 },
      { object: { kind: 'List', items: {} }, source: 'f.yaml', document: 4 },
      { object: { kind: 'Thing', items: [] }, source: 'f.yaml', document: 5 },
      { object: { kind: ['X'], items: [{ kind: 'E' }] }, source: 'f.yaml', document: 6 },
    ]);
    expect(parseManifests('{"kind": "J"}', 'j.json')).toEqual([{ object: { kind: 'J' }, source: 'j.json', document: 0 }]);
    expect(parseManifests('', 'empty.yaml')).toEqual([]);
  });

  test('a YAML error names the file and line, with the first line of the parser message', () => {
    expect(() => parseManifests('kind: A\n---\nkind: B\nmetadata:\n  name: [unclosed\n', 'bad.yaml')).toThrow(
      /^bad\.yaml:6: not valid YAML \([^\n]+\); fix the document or leave the file out$/,
    );
  });

  test('a folder gives its YAML and JSON files and those of its subfolders in name order; a file given is read whatever its name', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'explain-files-'));
    for (const file of ['b.yaml', 'a.YML', 'c.json', 'notes.txt', 'yaml', 'sub/z.yaml', 'sub/a.yml']) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), 'kind: X\n');
    }
    expect(manifestFiles([root]).map((f) => path.relative(root, f))).toEqual([
      'a.YML',
      'b.yaml',
      'c.json',
      path.join('sub', 'a.yml'),
      path.join('sub', 'z.yaml'),
    ]);
    expect(manifestFiles([path.join(root, 'notes.txt'), path.join(root, 'sub')]).map((f) => path.relative(root, f))).toEqual([
      'notes.txt',
      path.join('sub', 'a.yml'),
      path.join('sub', 'z.yaml'),
    ]);
    expect(() => manifestFiles([path.join(root, 'nowhere')])).toThrow(
      `${path.join(root, 'nowhere')}: no such file or folder; give the YAML files or the folder synth wrote (e.g. dist/)`,
    );
  });
});

describe('the command line', () => {
  const run = runCli;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explain-cli-'));
  const write = (name: string, objects: Json[]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, objects.map((o) => JSON.stringify(o)).join('\n---\n'));
    return file;
  };
  const guaranteed = { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } };
  const clean = write('clean.yaml', [workload('Deployment', { containers: [container('app', { resources: guaranteed })] })]);
  const burstable = write('burstable.yaml', [
    workload('Deployment', { containers: [container('app', { resources: { requests: { cpu: '1', memory: '1Gi' } } })] }),
  ]);
  const warningOnly = write('warning.yaml', [
    workload('Deployment', { containers: [container('app', { image: 'nginx', resources: guaranteed })] }),
  ]);
  const usage = /\nusage: cdk8s-pod-patterns explain <file or folder>\.\.\. \[--out report\.md\] \[--title TEXT\]\n/;

  test('--help and -h print the usage on standard output', () => {
    for (const flag of ['--help', '-h']) {
      const result = run(flag);
      expect(result).toMatchObject({ status: 0, stderr: '' });
      expect(result.stdout).toMatch(/^usage: cdk8s-pod-patterns explain /);
      expect(result.stdout).toContain('  --fail-on LEVEL     exit 2 when a finding is an error (or, with warning, any finding)\n');
      expect(result.stdout.endsWith('any finding)\n')).toBe(true);
    }
  });

  test('no command, or another one: exit 1 with the usage', () => {
    const none = run();
    expect(none).toMatchObject({ status: 1, stdout: '' });
    expect(none.stderr).toMatch(/^no command given\nusage: /);
    const other = run('lint', clean);
    expect(other).toMatchObject({ status: 1, stdout: '' });
    expect(other.stderr).toMatch(/^unknown command "lint"\nusage: /);
  });

  test('each bad option is named, with the usage, exit 1', () => {
    const error = (...args: string[]) => {
      const result = run('explain', ...args);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(usage);
      return result.stderr.split('\n')[0];
    };
    expect(error(clean, '--out')).toBe('cdk8s-pod-patterns explain: --out needs a value');
    expect(error(clean, '--title')).toBe('cdk8s-pod-patterns explain: --title needs a value');
    expect(error(clean, '--minimum-qos')).toBe('cdk8s-pod-patterns explain: --minimum-qos needs a value');
    expect(error(clean, '--fail-on', 'fatal')).toBe('cdk8s-pod-patterns explain: --fail-on is "fatal"; use error or warning');
    expect(error(clean, '--verbose')).toBe('cdk8s-pod-patterns explain: unknown option --verbose');
    expect(error()).toBe('cdk8s-pod-patterns explain: give the YAML files or folders to explain (e.g. dist/)');
  });

  test('a path that cannot be read: exit 1, the reason without the usage', () => {
    const result = run('explain', path.join(dir, 'nowhere'));
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: `cdk8s-pod-patterns explain: ${path.join(dir, 'nowhere')}: no such file or folder; give the YAML files or the folder synth wrote (e.g. dist/)\n`,
    });
  });

  test('--title, --out and the count written to standard error', () => {
    const out = path.join(dir, 'report.md');
    const result = run('explain', clean, burstable, '--title', 'Shop pods', '--out', out);
    expect(result).toEqual({ status: 0, stdout: '', stderr: `wrote ${out}: 2 workloads, 0 findings\n` });
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^# Shop pods\n\n2 workloads; /);
    const printed = run('explain', clean);
    expect(printed).toMatchObject({ status: 0, stderr: '' });
    expect(printed.stdout).toMatch(/^# What the pods do\n/);
  });

  test('--minimum-qos reports pods below the class; --fail-on decides the exit code', () => {
    expect(run('explain', burstable, '--minimum-qos', 'Burstable', '--fail-on', 'warning').status).toBe(0);
    const below = run('explain', burstable, '--minimum-qos', 'Guaranteed', '--out', path.join(dir, 'q.md'));
    expect(below).toMatchObject({ status: 0, stderr: `wrote ${path.join(dir, 'q.md')}: 1 workloads, 1 findings\n` });
    expect(run('explain', burstable, '--minimum-qos', 'Guaranteed', '--fail-on', 'error').status).toBe(2);
    expect(run('explain', burstable, '--minimum-qos', 'BestEffort', '--fail-on', 'error').status).toBe(0);
    expect(run('explain', warningOnly, '--fail-on', 'error').status).toBe(0);
    expect(run('explain', warningOnly, '--fail-on', 'warning').status).toBe(2);
    expect(run('explain', warningOnly).status).toBe(0);
  });
});

describe('second pass: what the mutation run of lib/explain/ found unchecked', () => {
  test('Mermaid entities for #, ", < and >; no empty line for a part a container lacks', () => {
    const w = only(workload('Deployment', { containers: [{ name: 'a#b"c<d>e' }] }));
    const diagram = podDiagram(w);
    expect(diagram).toContain('c0["a#35;b#quot;c#lt;d#gt;e<br/>the app"]');
  });

  test('four ports are all shown, with no count of more', () => {
    const ports = [1, 2, 3, 4].map((containerPort) => ({ containerPort }));
    expect(podDiagram(only(workload('Deployment', { containers: [container('app', { ports })] })))).toContain('listens :1, :2, :3, :4"]');
  });

  test('a claim named like a read-only source is still written through; localhost with no listener or to itself draws no edge', () => {
    const w = only(
      workload('Deployment', {
        containers: [
          container('app', {
            args: ['localhost:1234', 'localhost:8080'],
            ports: [{ containerPort: 8080 }],
            volumeMounts: [{ name: 'data', mountPath: '/data' }],
          }),
        ],
        volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'secret' } }],
      }),
    );
    const diagram = podDiagram(w);
    expect(diagram).toContain('c0 ==>|"rw /data"| v0');
    expect(diagram).not.toContain('localhost:');
  });

  test("hosts: only the pod's own loopback names are localhost; dotted numbers only as four", () => {
    const w = only(
      workload('Deployment', {
        containers: [
          container('app', {
            args: ['db-localhost:80', 'localhost.example:81', '127.10.20.30:82', '10.200.30.40:83', '1.2.3.45:84', '1.2.3.4.5:85', 5432],
          }),
        ],
      }),
    );
    expect(named(w, 'app').localhostTargets.map((t) => t.port)).toEqual([82]);
    expect(named(w, 'app').remotes).toEqual(['db-localhost:80', 'localhost.example:81', '10.200.30.40:83', '1.2.3.45:84']);
  });

  test('an adapter reaches another container on one of its localhost targets, not necessarily all', () => {
    const w = only(
      workload(
        'Deployment',
        {
          containers: [
            container('app', { ports: [{ containerPort: 8080 }] }),
            container('exporter', { ports: [{ containerPort: 9113 }], args: ['localhost:8080', 'localhost:9999'] }),
          ],
        },
        { template: { annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9113' } } },
      ),
    );
    expect(named(w, 'exporter').part).toBe(ContainerPart.ADAPTER);
  });

  test('objects without names, images or mount paths are explained with empty names', () => {
    const result = explainObjects(
      {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name: 'db' },
        spec: {
          replicas: 1,
          selector: { matchLabels: LABELS },
          template: {
            metadata: { labels: LABELS },
            spec: { containers: [{ name: 'db', volumeMounts: [{}] }], volumes: [{ emptyDir: {} }] },
          },
          volumeClaimTemplates: [{ spec: {} }],
        },
      },
      {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: {},
        spec: { maxUnavailable: 1, selector: { matchLabels: LABELS } },
      },
      { apiVersion: 'v1', kind: 'Service', metadata: {}, spec: { selector: LABELS, ports: [{ port: 80 }] } },
      {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'PodMonitor',
        metadata: {},
        spec: { selector: { matchLabels: LABELS }, podMetricsEndpoints: [{ port: 'metrics' }] },
      },
    );
    const w = result.workloads[0];
    expect(w.containers[0]).toMatchObject({ image: '', mounts: [{ volume: '', path: '', readOnly: false }] });
    expect(w.volumes).toEqual([
      { name: '', source: 'emptyDir' },
      { name: '', source: 'claim per pod' },
    ]);
    expect(w.budgets.map((b) => b.name)).toEqual(['']);
    expect(w.services.map((s) => s.name)).toEqual(['']);
    expect(w.scrapes.map((s) => s.by)).toEqual(['PodMonitor ']);
  });

  test('a report cell keeps to one line', () => {
    const probes = section(
      reportOf(workload('Deployment', { containers: [container('app', { livenessProbe: { exec: { command: ['sh', '-c', 'a\nb'] } } })] })),
      'Probes',
    );
    expect(probes).toContain('| `app` | - | exec sh -c a b | - |');
  });

  test('the counts in the singular, equal counts of errors and warnings, and the other objects last', () => {
    const guaranteed = { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } };
    const oneError = reportOf(
      workload('Deployment', { containers: [container('app', { resources: guaranteed })] }, { namespace: 'Bad_Namespace' }),
    );
    expect(oneError).toContain('1 workload; the rules found 1 error and 0 warnings.');
    const both = reportOf(
      workload(
        'Deployment',
        { containers: [container('app', { image: 'nginx', resources: guaranteed })] },
        { name: 'one', namespace: 'Bad_1' },
      ),
      workload(
        'Deployment',
        {
          containers: [
            container('app', { image: 'nginx', resources: guaranteed, ports: [{ containerPort: 80 }] }),
            container('b', { image: 'b', resources: guaranteed, ports: [{ containerPort: 80 }] }),
          ],
        },
        { name: 'two', namespace: 'Bad_2' },
      ),
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'lost' }, spec: { selector: { app: 'none' }, ports: [{ port: 80 }] } },
    );
    expect(both).toContain('(#deployment-one-bad_1): Guaranteed, 1 error, 1 warning\n');
    expect(both).toContain('(#deployment-two-bad_2): Guaranteed, 2 errors, 2 warnings\n');
    expect(both).toMatch(
      /## Other objects\n\nFindings on objects that belong to no workload above\.\n\n- \*\*warning\*\* `service-selects-nothing` in Service lost[^\n]*\n$/,
    );
  });

  test("several of the node's namespaces, and several ports listening when a step starts, are listed with commas", () => {
    const markdown = reportOf(
      workload('Deployment', {
        hostNetwork: true,
        hostIPC: true,
        initContainers: [
          container('a', { restartPolicy: 'Always', ports: [{ containerPort: 1000 }, { containerPort: 2000 }] }),
          container('b', { restartPolicy: 'Always' }),
        ],
        containers: [container('app')],
      }),
    );
    expect(markdown).toContain("- **The node's** namespaces too (`hostNetwork`, `hostIPC`)");
    expect(markdown).toContain(
      '2. `b` starts and keeps running; the next step begins as soon as it has started; 1000 (`a`), 2000 (`a`) listening.',
    );
  });

  test('a pod with no app container: the debug section names none', () => {
    expect(reportOf(workload('Deployment', { containers: [] }))).toContain(
      "An ephemeral container with a shell, in ``'s process namespace",
    );
  });

  test('a manifest folder leaves out files that only contain .yaml in their name; a YAML error quotes the parser', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'explain-files-'));
    fs.writeFileSync(path.join(root, 'a.yaml'), 'kind: X\n');
    fs.writeFileSync(path.join(root, 'a.yaml.bak'), 'kind: X\n');
    expect(manifestFiles([root]).map((f) => path.basename(f))).toEqual(['a.yaml']);
    expect(() => parseManifests('kind: A\nmetadata:\n  name: [unclosed\n', 'bad.yaml')).toThrow(
      'not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
  });
});
