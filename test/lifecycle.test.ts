/**
 * The lifecycle model (lib/rules/lifecycle.ts) against a second, simpler transcription of how the
 * kubelet starts and stops a pod's containers, written here without the model's code; and the
 * library's verdicts on random compositions against what that transcription says the cluster
 * would do with them.
 */
import * as fc from 'fast-check';
import { Adapter, Ambassador, AppPod, Controller, IPodExtension, IstioSidecar, Migration, MigrationMode, Sidecar, WaitFor } from '../lib';
import { PodPatternError } from '../lib/errors';
import { LifecycleRole, podLifecycle } from '../lib/rules';
import { newChart, podMetadataOf, podSpecOf, synth, ValidationFailure, WORKLOAD_KINDS } from './util';

const RUNS = Number(process.env.FC_RUNS ?? 120);
const params = { numRuns: RUNS, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) };

/**
 * The kubelet's order, as its documentation states it: istio-init (when Istio injects) first,
 * then the written init containers one by one; a native sidecar (restartPolicy Always) keeps
 * listening from its start on; the regular containers (and istio-proxy) start last, together.
 * Until istio-proxy runs, every connection out of a process that is not uid 1337 is lost.
 */
function expectedStart(template: any): Array<{ name: string; listening: [number, string][]; blocked: boolean; startupProbe: boolean }> {
  const injected = template.metadata?.labels?.['sidecar.istio.io/inject'] === 'true';
  const podUser = template.spec.securityContext?.runAsUser;
  const steps: Array<{ name: string; listening: [number, string][]; blocked: boolean; startupProbe: boolean }> = [];
  // Each port with the container that opened it first: a later one on the same port cannot bind it.
  const open: [number, string][] = [];
  const now = () => [...open].sort((a, b) => a[0] - b[0]);
  if (injected) steps.push({ name: 'istio-init', listening: [], blocked: false, startupProbe: false });
  for (const c of template.spec.initContainers ?? []) {
    const user = c.securityContext?.runAsUser ?? podUser;
    steps.push({ name: c.name, listening: now(), blocked: injected && user !== 1337, startupProbe: c.startupProbe !== undefined });
    if (c.restartPolicy === 'Always') {
      for (const p of c.ports ?? []) {
        if ((p.protocol ?? 'TCP') === 'TCP' && !open.some(([port]) => port === p.containerPort)) open.push([p.containerPort, c.name]);
      }
    }
  }
  for (const c of template.spec.containers) steps.push({ name: c.name, listening: now(), blocked: false, startupProbe: false });
  if (injected) steps.push({ name: 'istio-proxy', listening: now(), blocked: false, startupProbe: false });
  return steps;
}

const templateArb = fc
  .record({
    inject: fc.boolean(),
    init: fc.array(
      fc.record({
        native: fc.boolean(),
        port: fc.option(fc.integer({ min: 1000, max: 1003 }), { nil: undefined }),
        protocol: fc.constantFrom(undefined, 'TCP', 'UDP'),
        proxyUser: fc.boolean(),
        startupProbe: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    regular: fc.integer({ min: 0, max: 3 }),
    kind: fc.constantFrom('Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod'),
    restartPolicy: fc.constantFrom(undefined, 'Always', 'OnFailure', 'Never'),
  })
  .map((t) => ({
    kind: t.kind,
    template: {
      metadata: { labels: t.inject ? { 'sidecar.istio.io/inject': 'true' } : {} },
      spec: {
        initContainers: t.init.map((c, i) => ({
          name: `init-${i}`,
          ...(c.native ? { restartPolicy: 'Always' } : {}),
          ...(c.port ? { ports: [{ containerPort: c.port, ...(c.protocol ? { protocol: c.protocol } : {}) }] } : {}),
          ...(c.proxyUser ? { securityContext: { runAsUser: 1337 } } : {}),
          ...(c.startupProbe ? { startupProbe: { tcpSocket: { port: c.port ?? 1000 } } } : {}),
        })),
        containers: Array.from({ length: t.regular }, (_, i) => ({ name: `c-${i}` })),
        ...(t.restartPolicy ? { restartPolicy: t.restartPolicy } : {}),
      },
    },
  }));

describe('the lifecycle model', () => {
  test('agrees with the kubelet transcription on the start order, what listens, and what is cut off', () => {
    fc.assert(
      fc.property(templateArb, ({ kind, template }) => {
        const model = podLifecycle(kind, template);
        expect(
          model.start.map((s) => ({
            name: s.container.name,
            listening: [...s.listening].sort((a, b) => a[0] - b[0]),
            blocked: s.outboundBlocked,
            startupProbe: s.container.startupProbe,
          })),
        ).toEqual(expectedStart(template));
        // Regular containers stop together first (istio-proxy among them); native sidecars after
        // them, the last started first. A pod of no regular containers has no first group.
        const natives = template.spec.initContainers.filter((c: any) => c.restartPolicy === 'Always').map((c: any) => c.name);
        const regular = [
          ...template.spec.containers.map((c: any) => c.name),
          ...(template.metadata.labels['sidecar.istio.io/inject'] ? ['istio-proxy'] : []),
        ];
        expect(model.stop).toEqual([...(regular.length > 0 ? [regular] : []), ...natives.reverse().map((n: string) => [n])]);
        // Jobs run to completion; so does a bare pod whose restartPolicy is not Always.
        const restartPolicy = template.spec.restartPolicy;
        expect(model.runsToCompletion).toBe(
          kind === 'Job' || kind === 'CronJob' || (restartPolicy !== undefined && restartPolicy !== 'Always'),
        );
      }),
      params,
    );
  });

  test('the injected proxy stops with the regular containers and counts as one', () => {
    const model = podLifecycle('Deployment', {
      metadata: { labels: { 'sidecar.istio.io/inject': 'true' } },
      spec: { containers: [{ name: 'app' }], initContainers: [{ name: 'shipper', restartPolicy: 'Always' }] },
    });
    expect(model.stop).toEqual([['app', 'istio-proxy'], ['shipper']]);
    expect(model.meshProxy).toBe('istio-proxy');
    expect(model.start.find((s) => s.container.name === 'istio-proxy')?.container.role).toBe(LifecycleRole.REGULAR);
  });

  test('a container without a name reads as one named ""', () => {
    const model = podLifecycle('Deployment', { spec: { containers: [{ image: 'app:1' }] } });
    expect(model.start.map((s) => s.container.name)).toEqual(['']);
  });
});

type Controllers = 'deployment' | 'statefulset' | 'daemonset' | 'job' | 'cronjob';
const compositionArb = fc.record({
  controller: fc.constantFrom<Controllers>('deployment', 'statefulset', 'daemonset', 'job', 'cronjob'),
  mesh: fc.boolean(),
  logShipper: fc.constantFrom('none', 'classic', 'native'),
  ambassador: fc.constantFrom('none', 'classic', 'native'),
  adapter: fc.boolean(),
  waitFor: fc.boolean(),
  migration: fc.constantFrom('none', 'init', 'job'),
});

function controllerOf(kind: Controllers): Controller {
  switch (kind) {
    case 'deployment':
      return Controller.deployment({ replicas: 1 });
    case 'statefulset':
      return Controller.statefulSet();
    case 'daemonset':
      return Controller.daemonSet();
    case 'job':
      return Controller.job();
    case 'cronjob':
      return Controller.cronJob({ schedule: '0 3 * * *' });
  }
}

describe("the library's verdicts on compositions", () => {
  test('refused exactly when the cluster could not run the pod: a Job that never completes, or init steps cut off by the mesh', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(compositionArb, (c) => {
        const extensions: IPodExtension[] = [
          ...(c.mesh ? [new IstioSidecar()] : []),
          ...(c.logShipper === 'none' ? [] : [Sidecar.logShipper({ nativeSidecar: c.logShipper === 'native' })]),
          ...(c.ambassador === 'none'
            ? []
            : [new Ambassador({ name: 'db', upstream: 'db.example.com:5432', nativeSidecar: c.ambassador === 'native' })]),
          ...(c.adapter ? [Adapter.nginxExporter()] : []),
          ...(c.waitFor ? [WaitFor.tcp({ name: 'db', host: 'db.example.com', port: 5432 })] : []),
          ...(c.migration === 'none'
            ? []
            : [
                new Migration({
                  args: ['--migrate'],
                  concurrencySafe: true,
                  mode: c.migration === 'job' ? MigrationMode.JOB : MigrationMode.INIT_CONTAINER,
                }),
              ]),
        ];
        const chart = newChart();
        let manifests: any[] | undefined;
        let codes: string[] = [];
        try {
          new AppPod(chart, 'Web', {
            app: { image: 'myapp:1.0', ports: [{ number: 8080, name: 'http' }] },
            controller: controllerOf(c.controller),
            extensions,
          });
          manifests = synth(chart);
        } catch (error) {
          if (!(error instanceof ValidationFailure || error instanceof PodPatternError)) throw error;
          codes = error instanceof ValidationFailure ? error.errors.map((e) => e.code) : [error.code];
        }
        // What the transcription says of the written pod, independent of the library's roles:
        // classic helpers are the regular containers other than the app.
        const batch = c.controller === 'job' || c.controller === 'cronjob';
        const classicHelpers = (c.logShipper === 'classic' ? 1 : 0) + (c.ambassador === 'classic' ? 1 : 0) + (c.adapter ? 1 : 0);
        const neverCompletes = batch && (classicHelpers > 0 || c.mesh);
        const cutOff = c.mesh && (c.migration === 'init' || c.ambassador === 'native');
        expect(codes.includes('job-never-completes')).toBe(neverCompletes);
        expect(codes.includes('mesh-init-traffic')).toBe(cutOff);
        for (const code of codes) reached.add(code);
        if (manifests) {
          reached.add('accepted');
          const workload = manifests.find((m) => WORKLOAD_KINDS.includes(m.kind));
          const start = expectedStart({ metadata: podMetadataOf(workload), spec: podSpecOf(workload) });
          // No init step of an accepted pod that connects out is cut off by the mesh (wait-for runs
          // as the proxy user); the log shipper writes to stdout and opens no connection.
          expect(start.filter((s) => s.blocked && s.name !== 'log-shipper')).toEqual([]);
        }
      }),
      params,
    );
    // Both refusals and acceptance came up: a property that only ever accepts proves nothing of the refusals.
    expect([...reached].filter((r) => ['accepted', 'job-never-completes', 'mesh-init-traffic'].includes(r)).sort()).toEqual([
      'accepted',
      'job-never-completes',
      'mesh-init-traffic',
    ]);
  });
});
