/**
 * The lifecycle model (lib/rules/lifecycle.ts) against a second, simpler transcription of how the
 * kubelet starts and stops a pod's containers, written here without the model's code; and the
 * library's verdicts on random compositions against what that transcription says the cluster
 * would do with them.
 */
// @ts-nocheck

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
function expectedStart(template: any): Array<{ name: string; listening: number[]; blocked: boolean }> {
  const injected = template.metadata?.labels?.['sidecar.istio.io/inject'] === 'true';
  const podUser = template.spec.securityContext?.runAsUser;
  const steps: Array<{ name: string; listening: number[]; blocked: boolean }> = [];
  const open: number[] = [];
  if (injected) steps.push({ name: 'istio-init', listening: [], blocked: false });
  for (const c of template.spec.initContainers ?? []) {
    const user = c.securityContext?.runAsUser ?? podUser;
    steps.push({ name: c.name, listening: [...open].sort(), blocked: injected && user !== 1337 });
    if (c.restartPolicy === 'Always') {
      for (const p of c.ports ?? []) if ((p.protocol ?? 'TCP') === 'TCP' && !open.includes(p.containerPort)) open.push(p.containerPort);
    }
  }
  for (const c of template.spec.containers) steps.push({ name: c.name, listening: [...open].sort(), blocked: false });
  if (injected) steps.push({ name: 'istio-proxy', listening: [...open].sort(), blocked: false });
  return steps;
}

const templateArb = fc
  .record({
    inject: fc.boolean(),
    init: fc.array(
      fc.record({
        native: fc.boolean(),
        port: fc.option(fc.integer({ min: 1000, max: 1010 }), { nil: undefined }),
        proxyUser: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    regular: fc.integer({ min: 1, max: 3 }),
    kind: fc.constantFrom('Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'),
  })
  .map((t) => ({
    kind: t.kind,
    template: {
      metadata: { labels: t.inject ? { 'sidecar.istio.io/inject': 'true' } : {} },
      spec: {
        initContainers: t.init.map((c, i) => ({
          name: `init-${i}`,
          ...(c.native ? { restartPolicy: 'Always' } : {}),
          ...(c.port ? { ports: [{ containerPort: c.port }] } : {}),
          ...(c.proxyUser ? { securityContext: { runAsUser: 1337 } } : {}),
        })),
        containers: Array.from({ length: t.regular }, (_, i) => ({ name: `c-${i}` })),
      },
    },
  }));

describe('the lifecycle model', () => {
  test('agrees with the kubelet transcription on the start order, what listens, and what is cut off', () => {
    fc.assert(
      fc.property(templateArb, ({ kind, template }) => {
        const model = podLifecycle(kind, template);
        expect(
          model.start.map((s) => ({ name: s.container.name, listening: [...s.listening.keys()].sort(), blocked: s.outboundBlocked })),
        ).toEqual(expectedStart(template));
        // Regular containers stop together first; native sidecars after them, the last started first.
        const natives = template.spec.initContainers.filter((c: any) => c.restartPolicy === 'Always').map((c: any) => c.name);
        expect(model.stop.slice(1)).toEqual(natives.reverse().map((n: string) => [n]));
        expect(model.runsToCompletion).toBe(kind === 'Job' || kind === 'CronJob');
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
