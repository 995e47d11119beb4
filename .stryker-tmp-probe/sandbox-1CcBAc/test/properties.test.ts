/**
 * Property-based tests over random combinations of every pattern and policy (fast-check).
 * On failure fast-check prints the seed and path of the smallest failing case; replay it with
 * `FC_SEED=<seed> npx jest test/properties.test.ts`. `FC_RUNS` changes the number of cases.
 */
// @ts-nocheck

import { Yaml } from 'cdk8s';
import * as fc from 'fast-check';
import * as kplus from 'cdk8s-plus-28';
import {
  Adapter,
  Ambassador,
  AppPod,
  AppPodProps,
  Controller,
  ContainerRole,
  DisruptionBudget,
  IstioSidecar,
  MetricsMonitor,
  Migration,
  MigrationMode,
  PodAnnotations,
  QosPreset,
  ResourceSize,
  Sidecar,
  WaitFor,
} from '../lib';
import { PodPatternError } from '../lib/errors';
import { validateAgainstSchema } from './k8s-schema';
import { kubeletQos } from './kubelet-qos';
import { dns1123Label, dns1123Subdomain, labelValue } from './oracle/names';
import { restrictedViolations } from './pod-security-standards';
import { newChart, only, podContainersWithInjected, podMetadataOf, podSpecOf, synth, ValidationFailure, WORKLOAD_KINDS } from './util';

const RUNS = Number(process.env.FC_RUNS ?? 120);
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const params = { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) };

type ControllerKindName = 'deployment' | 'statefulset' | 'daemonset' | 'job' | 'cronjob';
type Budget = {
  bound: 'default' | 'none' | 'minAvailable' | 'minAvailablePercent' | 'maxUnavailable' | 'maxUnavailablePercent';
  amount: number;
};

interface Config {
  controller: ControllerKindName;
  replicas: number;
  qos: 'guaranteed' | 'burstable' | 'burstable-no-cpu-limit' | 'best-effort' | 'none';
  size: number;
  helperSize: number;
  budget: Budget;
  logShipper: 'none' | 'classic' | 'native';
  reader: boolean;
  ambassadors: number;
  nativeAmbassadors: boolean;
  adapter: 'none' | 'annotations' | 'pod-monitor' | 'service-monitor';
  waitFor: number;
  migration: 'none' | 'init' | 'job';
  mesh: 'none' | 'injected' | 'strict-mtls';
  service: boolean;
  nodeSelector: boolean;
  tolerations: number;
  fsGroup: boolean;
  shareProcessNamespace: boolean;
  writableTmp: boolean;
  extra: ExtraContainer | null;
}

/**
 * One more container the user adds: a role, resources of its own or the preset's, and a mount of
 * the shared volume with its mode stated or left to the role's default.
 */
interface ExtraContainer {
  role: 'init' | 'native' | 'helper';
  resources: 'preset' | 'equal' | 'below-limit';
  mount: 'unstated' | 'read-only' | 'writable';
}

/** Off the ladder, so that they are the container's own and not a preset's. */
const OWN_RESOURCES = {
  'equal': { cpu: { request: '150m', limit: '150m' }, memory: { request: '96Mi', limit: '96Mi' } },
  'below-limit': { cpu: { request: '100m', limit: '200m' }, memory: { request: '64Mi', limit: '128Mi' } },
};
type RoleName = ExtraContainer['role'] | 'app';
const ROLES: Record<RoleName, ContainerRole> = {
  app: ContainerRole.APP,
  init: ContainerRole.INIT,
  native: ContainerRole.NATIVE_SIDECAR,
  helper: ContainerRole.HELPER,
};
/** Kubernetes mounts read-write unless told; the library's documented default per role, written out. */
const READ_ONLY_BY_DEFAULT: Record<RoleName, boolean> = { app: false, init: false, native: true, helper: true };

/**
 * The ports Istio's injected proxy listens on, from Istio's "Ports used by Istio"
 * (istio.io/latest/docs/ops/deployment/application-requirements): written here, not taken from
 * the library, which must avoid them.
 */
const ISTIO_PROXY_PORTS = [15000, 15001, 15004, 15006, 15008, 15020, 15021, 15053, 15090];

const ladder = ResourceSize.LADDER;

/** Pods the disruption controller may evict at once (its own rounding: percentages round up). */
function allowedDisruptions(budget: Budget, replicas: number): number {
  const scaled = budget.bound.endsWith('Percent') ? Math.ceil((budget.amount * replicas) / 100) : budget.amount;
  return budget.bound.startsWith('min') ? replicas - scaled : scaled;
}

const configArb: fc.Arbitrary<Config> = fc
  .record({
    controller: fc.constantFrom<ControllerKindName>('deployment', 'statefulset', 'daemonset', 'job', 'cronjob'),
    replicas: fc.integer({ min: 0, max: 6 }),
    qos: fc.constantFrom<Config['qos']>('guaranteed', 'burstable', 'burstable-no-cpu-limit', 'best-effort', 'none'),
    size: fc.integer({ min: 0, max: ladder.length - 1 }),
    helperSize: fc.integer({ min: 0, max: ladder.length - 1 }),
    budget: fc.record({
      bound: fc.constantFrom<Budget['bound']>(
        'default',
        'none',
        'minAvailable',
        'minAvailablePercent',
        'maxUnavailable',
        'maxUnavailablePercent',
      ),
      amount: fc.integer({ min: 0, max: 100 }),
    }),
    logShipper: fc.constantFrom<Config['logShipper']>('none', 'classic', 'native'),
    reader: fc.boolean(),
    ambassadors: fc.integer({ min: 0, max: 2 }),
    nativeAmbassadors: fc.boolean(),
    adapter: fc.constantFrom<Config['adapter']>('none', 'annotations', 'pod-monitor', 'service-monitor'),
    waitFor: fc.integer({ min: 0, max: 2 }),
    migration: fc.constantFrom<Config['migration']>('none', 'init', 'job'),
    mesh: fc.constantFrom<Config['mesh']>('none', 'injected', 'strict-mtls'),
    service: fc.boolean(),
    nodeSelector: fc.boolean(),
    tolerations: fc.integer({ min: 0, max: 2 }),
    fsGroup: fc.boolean(),
    shareProcessNamespace: fc.boolean(),
    writableTmp: fc.boolean(),
    extra: fc.option(
      fc.record({
        role: fc.constantFrom<ExtraContainer['role']>('init', 'native', 'helper'),
        resources: fc.constantFrom<ExtraContainer['resources']>('preset', 'equal', 'below-limit'),
        mount: fc.constantFrom<ExtraContainer['mount']>('unstated', 'read-only', 'writable'),
      }),
      { nil: null },
    ),
  })
  .map((c) => {
    const replicated = c.controller === 'deployment' || c.controller === 'statefulset';
    const replicas = c.controller === 'statefulset' ? Math.max(1, c.replicas) : c.replicas;
    let budget = c.budget;
    if (!replicated || budget.bound === 'default' || budget.bound === 'none') {
      budget = { bound: replicated ? budget.bound : 'default', amount: 0 };
    } else {
      // Keep only budgets that let at least one pod go: the valid ones.
      const amount = budget.bound.endsWith('Percent') ? Math.max(1, budget.amount) : budget.amount % (replicas + 2);
      budget = { bound: budget.bound, amount };
      if (replicas > 0 && allowedDisruptions(budget, replicas) < 1) budget = { bound: 'maxUnavailable', amount: 1 };
    }
    // A BestEffort pod cannot carry Istio's proxy, which always has requests: an invalid input.
    // A batch pod completes only when every regular container exits: its helpers are native and
    // it stays out of the mesh (the proxy never exits). In the mesh, init steps that connect out
    // (native ambassadors, init-container migrations) find no proxy yet. Those are refusals the
    // targeted tests own; here the valid neighbours are kept.
    const batch = c.controller === 'job' || c.controller === 'cronjob';
    const mesh = c.qos === 'best-effort' || batch ? 'none' : c.mesh;
    const inMesh = mesh !== 'none';
    // Own resources are valid where they keep the class asked for: none at all in a BestEffort
    // pod, limits equal to requests in a Guaranteed one. A classic helper would keep a Job from
    // completing, and a plain init step finds no proxy in the mesh.
    const extra: ExtraContainer | null = c.extra && {
      role: c.extra.role === 'helper' && batch ? 'native' : c.extra.role === 'init' && inMesh ? 'native' : c.extra.role,
      resources:
        c.qos === 'best-effort' ? 'preset' : c.qos === 'guaranteed' && c.extra.resources === 'below-limit' ? 'equal' : c.extra.resources,
      mount: c.extra.mount,
    };
    return {
      ...c,
      replicas,
      budget,
      mesh,
      logShipper: batch && c.logShipper === 'classic' ? 'native' : c.logShipper,
      reader: c.reader && !batch,
      adapter: batch ? 'none' : c.adapter,
      nativeAmbassadors: batch || (c.nativeAmbassadors && !inMesh),
      migration: inMesh && c.migration === 'init' ? 'job' : c.migration,
      service: c.service || (!batch && c.adapter === 'service-monitor'),
      extra,
    };
  });

function controllerOf(c: Config): Controller {
  switch (c.controller) {
    case 'deployment':
      return Controller.deployment({ replicas: c.replicas });
    case 'statefulset':
      return Controller.statefulSet({ replicas: c.replicas });
    case 'daemonset':
      return Controller.daemonSet();
    case 'job':
      return Controller.job();
    case 'cronjob':
      return Controller.cronJob({ schedule: '*/15 * * * *' });
  }
}

function qosOf(c: Config): QosPreset | undefined {
  const size = ladder[c.size];
  const helperSize = ladder[c.helperSize];
  switch (c.qos) {
    case 'guaranteed':
      return QosPreset.guaranteed({ size, helperSize });
    case 'burstable':
      return QosPreset.burstable({ size, helperSize });
    case 'burstable-no-cpu-limit':
      return QosPreset.burstable({ size, helperSize, cpuLimit: false });
    case 'best-effort':
      return QosPreset.bestEffort();
    case 'none':
      return undefined;
  }
}

function budgetOf(b: Budget): DisruptionBudget | undefined {
  switch (b.bound) {
    case 'default':
      return undefined;
    case 'none':
      return DisruptionBudget.none();
    case 'minAvailable':
      return DisruptionBudget.minAvailable(b.amount);
    case 'minAvailablePercent':
      return DisruptionBudget.minAvailablePercent(b.amount);
    case 'maxUnavailable':
      return DisruptionBudget.maxUnavailable(b.amount);
    case 'maxUnavailablePercent':
      return DisruptionBudget.maxUnavailablePercent(b.amount);
  }
}

/** The library calls a user would write for `c`. */
function propsOf(c: Config): AppPodProps {
  const extensions = [
    ...Array.from({ length: c.waitFor }, (_, i) => WaitFor.tcp({ name: `dep${i}`, host: `dep${i}.example.com`, port: 5432 + i })),
    ...Array.from(
      { length: c.ambassadors },
      (_, i) =>
        new Ambassador({
          name: `remote${i}`,
          upstream: `remote${i}.example.com:${6000 + i}`,
          localPort: 16000 + i,
          nativeSidecar: c.nativeAmbassadors,
        }),
    ),
    ...(c.logShipper === 'none' ? [] : [Sidecar.logShipper({ nativeSidecar: c.logShipper === 'native' })]),
    ...(c.reader
      ? [
          new Sidecar({
            name: 'reader',
            image: 'reader:1.0',
            ports: [{ number: 9000 }],
            volumeMounts: [{ volume: 'shared', path: '/shared' }],
          }),
        ]
      : []),
    ...(c.adapter === 'none'
      ? []
      : [
          Adapter.nginxExporter({
            monitor:
              c.adapter === 'pod-monitor'
                ? MetricsMonitor.POD_MONITOR
                : c.adapter === 'service-monitor'
                  ? MetricsMonitor.SERVICE_MONITOR
                  : MetricsMonitor.NONE,
          }),
        ]),
    ...(c.mesh === 'none' ? [] : [new IstioSidecar({ strictMtls: c.mesh === 'strict-mtls' })]),
    ...(c.migration === 'none'
      ? []
      : [
          new Migration({
            args: ['--migrate'],
            mode: c.migration === 'job' ? MigrationMode.JOB : MigrationMode.INIT_CONTAINER,
            concurrencySafe: true,
          }),
        ]),
  ];
  return {
    app: {
      image: 'myapp:1.0',
      ports: [{ number: 8080, name: 'http' }],
      volumeMounts: [{ volume: 'shared', path: '/var/shared' }],
      writablePaths: c.writableTmp ? ['/tmp'] : undefined,
    },
    sharedVolumes: [{ name: 'shared' }],
    controller: controllerOf(c),
    qos: qosOf(c),
    disruptionBudget: budgetOf(c.budget),
    service: c.service ? {} : undefined,
    scheduling: {
      nodeSelector: c.nodeSelector ? { disktype: 'ssd' } : undefined,
      tolerations: Array.from({ length: c.tolerations }, (_, i) => ({
        key: `dedicated${i}`,
        value: 'gpu',
        effect: kplus.TaintEffect.NO_SCHEDULE,
      })),
    },
    security: c.fsGroup ? { fsGroup: 2000 } : undefined,
    shareProcessNamespace: c.shareProcessNamespace,
    extensions,
  };
}

function synthConfig(c: Config, change?: (pod: AppPod) => void): any[] {
  const chart = newChart();
  const pod = new AppPod(chart, 'Web', propsOf(c));
  if (c.extra) {
    const { role, resources, mount } = c.extra;
    pod.addContainer(
      {
        name: 'extra',
        image: 'extra:1.0',
        resources: resources === 'preset' ? undefined : OWN_RESOURCES[resources],
        volumeMounts: [{ volume: 'shared', path: '/extra', readOnly: mount === 'unstated' ? undefined : mount === 'read-only' }],
      },
      ROLES[role],
    );
  }
  change?.(pod);
  return synth(chart);
}

const workloadsOf = (manifests: any[]) => manifests.filter((m) => WORKLOAD_KINDS.includes(m.kind));
const subset = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).every(([k, v]) => labels?.[k] === v);

describe('valid combinations', () => {
  test('synthesize to valid, deterministic Kubernetes 1.28 objects that keep every promise', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        const manifests = synthConfig(c);
        const expectedQos = qosOf(c)?.qosClass.name;
        const app = workloadsOf(manifests).find((w) => w.metadata.name === 'web')!;
        const appLabels = podMetadataOf(app).labels;

        // Names and labels judged by the oracle's transcription of Kubernetes' validation, not the library's.
        for (const object of manifests) {
          validateAgainstSchema(object);
          expect(dns1123Subdomain(object.metadata.name)).toEqual([]);
          for (const [key, value] of Object.entries(object.metadata.labels ?? {})) {
            expect({ key, problems: labelValue(value as string) }).toEqual({ key, problems: [] });
          }
        }

        for (const workload of workloadsOf(manifests)) {
          const spec = podSpecOf(workload);
          const metadata = podMetadataOf(workload);
          // The QoS class the kubelet will compute, the one recorded, and the one asked for agree.
          const computed = kubeletQos(podContainersWithInjected(workload));
          expect(metadata.annotations[PodAnnotations.QOS_CLASS]).toBe(computed);
          if (expectedQos) expect(computed).toBe(expectedQos);
          // No two running containers share a port; the injected proxy's ports count too.
          const ports = [...spec.containers, ...(spec.initContainers ?? []).filter((i: any) => i.restartPolicy === 'Always')].flatMap(
            (ct: any) => (ct.ports ?? []).map((p: any) => `${p.containerPort}/${p.protocol ?? 'TCP'}`),
          );
          if (metadata.labels['sidecar.istio.io/inject'] === 'true') ports.push(...ISTIO_PROXY_PORTS.map((p) => `${p}/TCP`));
          expect(new Set(ports).size).toBe(ports.length);
          for (const ct of [...spec.containers, ...(spec.initContainers ?? [])]) expect(dns1123Label(ct.name)).toEqual([]);
          // Controllers select their own pods.
          if (workload.spec.selector) expect(subset(workload.spec.selector.matchLabels, metadata.labels)).toBe(true);
          // Every written container meets the restricted Pod Security Standard; the pod says
          // privileged only for Istio's injected istio-init (no CNI here), and names it.
          const injected = metadata.labels['sidecar.istio.io/inject'] === 'true';
          expect(metadata.annotations[PodAnnotations.SECURITY_PROFILE]).toBe(injected ? 'privileged' : 'restricted');
          if (injected)
            expect(metadata.annotations['pod-patterns.io/security-exceptions']).toMatch(
              /^istio-init \(injected\): privileged \(NET_ADMIN and NET_RAW/,
            );
          expect(restrictedViolations(spec)).toEqual([]);
        }

        // Services, budgets and monitors select the app's pods; a ServiceMonitor selects the Service.
        for (const object of manifests) {
          const selector =
            object.kind === 'Service'
              ? object.spec.selector
              : ['PodDisruptionBudget', 'PodMonitor', 'PeerAuthentication'].includes(object.kind)
                ? object.spec.selector.matchLabels
                : undefined;
          if (selector) expect(subset(selector, appLabels)).toBe(true);
          if (object.kind === 'ServiceMonitor') {
            const service = manifests.find((m) => m.kind === 'Service' && !m.spec.clusterIP);
            expect(subset(object.spec.selector.matchLabels, service.metadata.labels)).toBe(true);
          }
          // A budget never blocks every voluntary eviction.
          if (object.kind === 'PodDisruptionBudget' && app.spec.replicas > 0) {
            const [bound, value] = Object.entries(object.spec).find(([k]) => k === 'minAvailable' || k === 'maxUnavailable')!;
            const percent = typeof value === 'string';
            const budget = {
              bound: `${bound}${percent ? 'Percent' : ''}`,
              amount: percent ? Number((value as string).slice(0, -1)) : value,
            } as Budget;
            expect(allowedDisruptions(budget, app.spec.replicas)).toBeGreaterThanOrEqual(1);
          }
        }

        // Read-only where declared: helpers read the shared volumes, the app writes them.
        const spec = podSpecOf(app);
        const all = [...spec.containers, ...(spec.initContainers ?? [])];
        const mount = (container: string, volume: string) =>
          all.find((x: any) => x.name === container)?.volumeMounts?.find((m: any) => m.name === volume);
        if (c.logShipper !== 'none') {
          expect(mount('log-shipper', 'logs').readOnly).toBe(true);
          expect(mount('app', 'logs').readOnly).toBe(false);
        }
        if (c.reader) expect(mount('reader', 'shared').readOnly).toBe(true);
        expect(mount('app', 'shared').readOnly).toBe(false);
        if (c.extra) {
          const stated = { 'unstated': undefined, 'read-only': true, 'writable': false }[c.extra.mount];
          expect(mount('extra', 'shared').readOnly).toBe(stated ?? READ_ONLY_BY_DEFAULT[c.extra.role]);
        }

        // Deterministic: the same program gives byte-identical YAML.
        expect(Yaml.stringify(...synthConfig(c))).toBe(Yaml.stringify(...manifests));
      }),
      params,
    );
  });

  test('adding a helper changes no selector and no object name (safe upgrades)', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        const before = synthConfig(c);
        // A batch pod's helpers are native (a classic one would keep the Job from completing).
        const role = c.controller === 'job' || c.controller === 'cronjob' ? ContainerRole.NATIVE_SIDECAR : ContainerRole.HELPER;
        const after = synthConfig(c, (pod) =>
          pod.addContainer({ name: 'extra-helper', image: 'helper:1.0', ports: [{ number: 9999 }] }, role),
        );
        const key = (m: any) => `${m.kind}/${m.metadata.name}`;
        expect(after.map(key)).toEqual(before.map(key));
        const selectors = (ms: any[]) => ms.map((m) => JSON.stringify(m.spec?.selector ?? null));
        expect(selectors(after)).toEqual(selectors(before));
      }),
      { ...params, numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

/** One way to break a valid configuration, and the error code it must give. */
const MUTATIONS: Array<[string, (pod: AppPod, c: Config) => void]> = [
  ['duplicate-container-name', (pod) => pod.addContainer({ name: 'app', image: 'x:1.0' })],
  ['port-collision', (pod) => pod.addContainer({ name: 'clash', image: 'x:1.0', ports: [{ number: 8080 }] })],
  ['invalid-quantity', (pod) => pod.addContainer({ name: 'bad', image: 'x:1.0', resources: { cpu: { request: '1.5 cores' } } })],
  [
    'request-above-limit',
    (pod) => pod.addContainer({ name: 'bad', image: 'x:1.0', resources: { memory: { request: '2Gi', limit: '1Gi' } } }),
  ],
  ['undeclared-volume', (pod) => pod.addContainer({ name: 'bad', image: 'x:1.0', volumeMounts: [{ volume: 'missing', path: '/m' }] })],
  ['unpinned-image', (pod) => pod.addContainer({ name: 'bad', image: 'x:latest' })],
  ['invalid-name', (pod) => pod.addContainer({ name: 'Bad_Name', image: 'x:1.0' })],
  ['ambassador-upstream', (pod) => pod.addExtension(new Ambassador({ name: 'broken', upstream: 'no-port.example.com' }))],
  ['invalid-wait-for', (pod) => pod.addExtension(WaitFor.tcp({ name: 'broken', host: 'db', port: 70000 }))],
  ['migration-image-drift', (pod) => pod.addExtension(new Migration({ args: ['--m'], image: 'other:2.0' }))],
  ['security-profile', (pod) => pod.addContainer({ name: 'root', image: 'x:1.0', securityContext: { ensureNonRoot: false } })],
  // Whatever the role: the kubelet counts init containers and native sidecars for the class too.
  ...[ContainerRole.HELPER, ContainerRole.INIT, ContainerRole.NATIVE_SIDECAR].map((role): [string, (pod: AppPod, c: Config) => void] => [
    'qos-mismatch',
    (pod, c) =>
      pod.addContainer(
        {
          name: 'off-preset',
          image: 'x:1.0',
          resources:
            c.qos === 'best-effort'
              ? { cpu: { request: '10m' } }
              : c.qos === 'guaranteed'
                ? { cpu: { request: '10m', limit: '20m' } }
                : { cpu: { limit: '1' }, memory: { limit: '1Gi' } },
        },
        role,
      ),
  ]),
];

describe('invalid inputs', () => {
  test('fail synth with an error naming the construct path, never with a crash or YAML', () => {
    fc.assert(
      fc.property(configArb, fc.integer({ min: 0, max: MUTATIONS.length - 1 }), (c, m) => {
        const [code, mutate] = MUTATIONS[m];
        // A QoS mismatch needs a preset that the extra container can break: Burstable needs every other container Guaranteed.
        fc.pre(code !== 'qos-mismatch' || c.qos === 'guaranteed' || c.qos === 'best-effort');
        // Once a migration has copied the app container, a later helper or wait-for is refused for its order (extension-order).
        fc.pre(!['ambassador-upstream', 'invalid-wait-for'].includes(code) || c.migration === 'none');
        let manifests: any[] | undefined;
        let error: unknown;
        try {
          manifests = synthConfig(c, (pod) => mutate(pod, c));
        } catch (e) {
          error = e;
        }
        expect(manifests).toBeUndefined();
        const first = error instanceof ValidationFailure ? error.errors[0] : error;
        expect(first).toBeInstanceOf(PodPatternError);
        expect((first as PodPatternError).code).toBe(code);
        expect((first as Error).message).toMatch(/^test\/Web: .+\. Fix: .+ \[[a-z-]+\]$/s);
      }),
      params,
    );
  });

  test('a BestEffort pod in the mesh is refused: the injected proxy always has requests', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        let error: unknown;
        try {
          synthConfig({ ...c, qos: 'best-effort', mesh: 'injected' });
        } catch (e) {
          error = e;
        }
        const first = error instanceof ValidationFailure ? error.errors[0] : error;
        expect((first as PodPatternError).code).toBe('qos-mismatch');
        expect((first as Error).message).toContain('container "istio-proxy"');
      }),
      { ...params, numRuns: Math.ceil(RUNS / 6) },
    );
  });

  test('random text in a name, image, quantity, port, volume or label gives a clear error or valid YAML', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        'app',
        'my-app',
        'x'.repeat(64),
        'A',
        '-a',
        'a-',
        'a.b',
        '1',
        '0.5',
        '512Mi',
        '1e3',
        '1.5Gi',
        'myapp:1.0',
        'r/a@sha256:x',
        '',
      ),
    );
    const field = fc.constantFrom('name', 'image', 'cpu', 'memory', 'volume', 'partOf', 'hostname', 'containerName', 'portName');
    let valid = 0;
    let refused = 0;
    fc.assert(
      fc.property(field, text, fc.integer({ min: -10, max: 70000 }), (which, value, port) => {
        const fuzz = (key: string, fallback: string) => (which === key ? value : fallback);
        let manifests: any[] | undefined;
        let error: unknown;
        try {
          const chart = newChart();
          const pod = new AppPod(chart, 'Web', {
            name: fuzz('name', 'web'),
            partOf: fuzz('partOf', 'shop'),
            dns: { hostname: fuzz('hostname', 'web') },
            app: {
              image: fuzz('image', 'myapp:1.0'),
              ports: [{ number: which === 'portName' ? 8080 : port, name: fuzz('portName', 'http') }],
              resources: { cpu: { request: fuzz('cpu', '250m') }, memory: { limit: fuzz('memory', '256Mi') } },
              volumeMounts: [{ volume: fuzz('volume', 'data'), path: '/data' }],
            },
            sharedVolumes: [{ name: fuzz('volume', 'data') }],
          });
          pod.addContainer({ name: fuzz('containerName', 'helper'), image: 'helper:1.0' });
          manifests = synth(chart);
        } catch (e) {
          error = e;
        }
        if (error !== undefined) {
          const first = error instanceof ValidationFailure ? error.errors[0] : error;
          expect(first).toBeInstanceOf(PodPatternError);
          expect((first as Error).message.startsWith('test/Web: ')).toBe(true);
          refused++;
          return;
        }
        valid++;
        for (const object of manifests!) {
          validateAgainstSchema(object);
          expect(dns1123Subdomain(object.metadata.name)).toEqual([]);
          for (const value of Object.values(object.metadata.labels ?? {})) expect(labelValue(value as string)).toEqual([]);
          if (WORKLOAD_KINDS.includes(object.kind)) {
            const spec = podSpecOf(object);
            for (const ct of spec.containers) expect(dns1123Label(ct.name)).toEqual([]);
            if (spec.hostname) expect(dns1123Label(spec.hostname)).toEqual([]);
          }
        }
      }),
      { ...params, numRuns: RUNS * 2 },
    );
    // Both outcomes must have been exercised for the property to mean anything.
    expect(valid).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});

/** A plain pod, for properties that vary one thing. */
const PLAIN: Config = {
  controller: 'deployment',
  replicas: 2,
  qos: 'burstable',
  size: 0,
  helperSize: 0,
  budget: { bound: 'default', amount: 0 },
  logShipper: 'none',
  reader: false,
  ambassadors: 0,
  nativeAmbassadors: false,
  adapter: 'none',
  waitFor: 0,
  migration: 'none',
  mesh: 'none',
  service: false,
  nodeSelector: false,
  tolerations: 0,
  fsGroup: false,
  shareProcessNamespace: false,
  writableTmp: false,
  extra: null,
};

/** How a refused or accepted case came out, counted so that a property proves it met each outcome. */
const tally = () => {
  const counts = new Map<string, number>();
  return {
    add: (outcome: string) => counts.set(outcome, (counts.get(outcome) ?? 0) + 1),
    reached: () => [...counts.keys()].sort(),
  };
};

/** The first PodPatternError of a synth (or of the construction before it), or undefined. */
function firstError(build: () => unknown): PodPatternError | undefined {
  try {
    build();
  } catch (error) {
    const first = error instanceof ValidationFailure ? error.errors[0] : error;
    expect(first).toBeInstanceOf(PodPatternError);
    return first as PodPatternError;
  }
  return undefined;
}

describe('edges: inputs on both sides of what the library must refuse', () => {
  test('a budget is refused exactly when it is malformed or lets no pod go, one replica included', () => {
    const outcomes = tally();
    fc.assert(
      fc.property(
        fc.constantFrom<ControllerKindName>('deployment', 'statefulset'),
        // One replica is where a budget most easily blocks every drain: weighted towards it.
        fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 5 })),
        fc.constantFrom<Budget['bound']>('minAvailable', 'minAvailablePercent', 'maxUnavailable', 'maxUnavailablePercent'),
        fc.oneof(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 100 }), fc.constantFrom(-1, 1.5, 101)),
        (controller, replicas, bound, amount) => {
          const budget = { bound, amount };
          const percent = bound.endsWith('Percent');
          let manifests: any[] = [];
          const error = firstError(() => (manifests = synthConfig({ ...PLAIN, controller, replicas, budget })));
          // The disruption controller's arithmetic (allowedDisruptions above), written apart from the library's.
          const malformed = !Number.isInteger(amount) || amount < 0 || (percent && amount > 100);
          const blocks = !malformed && replicas > 0 && allowedDisruptions(budget, replicas) < 1;
          const expected = malformed ? 'invalid-pdb' : blocks ? 'pdb-blocks-eviction' : undefined;
          expect({ replicas, bound, amount, code: error?.code }).toEqual({ replicas, bound, amount, code: expected });
          if (!expected) {
            const spec = only(manifests, 'PodDisruptionBudget').spec;
            expect(spec[bound.replace('Percent', '')]).toBe(percent ? `${amount}%` : amount);
          }
          outcomes.add(expected ? `${expected}${replicas === 1 ? ' (1 replica)' : ''}` : 'accepted');
        },
      ),
      { ...params, numRuns: RUNS * 2 },
    );
    expect(outcomes.reached()).toEqual([
      'accepted',
      'invalid-pdb',
      'invalid-pdb (1 replica)',
      'pdb-blocks-eviction',
      'pdb-blocks-eviction (1 replica)',
    ]);
  });

  test('a container is refused exactly when its security settings break the restricted profile, whatever its role', () => {
    const outcomes = tally();
    const capability = fc.constantFrom('NET_BIND_SERVICE', 'CHOWN', 'SYS_ADMIN', 'NET_RAW');
    const settingsArb = fc.record(
      {
        allowPrivilegeEscalation: fc.boolean(),
        privileged: fc.boolean(),
        ensureNonRoot: fc.boolean(),
        user: fc.constantFrom(0, 1000),
        capabilities: fc.record(
          { add: fc.uniqueArray(capability, { maxLength: 2 }), drop: fc.constantFrom([], ['ALL']) },
          { noNullPrototype: true },
        ),
      },
      // Settings as a user writes them: plain objects (cdk8s cannot serialize one without a prototype).
      { requiredKeys: [], noNullPrototype: true },
    );
    const roleArb = fc.constantFrom(ContainerRole.APP, ContainerRole.HELPER, ContainerRole.INIT, ContainerRole.NATIVE_SIDECAR);
    fc.assert(
      fc.property(roleArb, settingsArb, (role, settings) => {
        const container = { name: 'subject', image: 'subject:1.0', securityContext: settings as kplus.ContainerSecurityContextProps };
        let manifests: any[] = [];
        const error = firstError(() => {
          const chart = newChart();
          const pod = new AppPod(chart, 'Web', { app: role === ContainerRole.APP ? container : { image: 'myapp:1.0' } });
          if (role !== ContainerRole.APP) pod.addContainer(container, role);
          manifests = synth(chart);
        });
        // What the container would run with: the documented secure defaults, the user's settings
        // over them, judged by the Pod Security Standards as test/pod-security-standards.ts writes them.
        const wouldRun = {
          runAsNonRoot: settings.ensureNonRoot ?? true,
          allowPrivilegeEscalation: settings.allowPrivilegeEscalation ?? false,
          privileged: settings.privileged ?? false,
          capabilities: settings.capabilities ?? { drop: ['ALL'] },
          seccompProfile: { type: 'RuntimeDefault' },
          ...(settings.user === undefined ? {} : { runAsUser: settings.user }),
        };
        const broken = restrictedViolations({ containers: [{ name: 'subject', securityContext: wouldRun }] });
        expect({ settings, code: error?.code }).toEqual({ settings, code: broken.length ? 'security-profile' : undefined });
        if (error) {
          expect(error.message).toContain('container "subject" is held to the restricted Pod Security Standard but ');
          for (const problem of broken) outcomes.add(problem.replace(/^container subject: /, '').replace(/ \(.*\)$/, ''));
        } else {
          const workload = only(manifests, 'Deployment');
          expect(restrictedViolations(podSpecOf(workload))).toEqual([]);
          expect(podMetadataOf(workload).annotations[PodAnnotations.SECURITY_PROFILE]).toBe('restricted');
          outcomes.add('accepted');
        }
      }),
      { ...params, numRuns: RUNS * 2 },
    );
    // Each way of breaking the profile was met, and settings it allows were too.
    expect(outcomes.reached()).toEqual(
      expect.arrayContaining([
        'accepted',
        'allowPrivilegeEscalation not false',
        'privileged',
        'adds SYS_ADMIN',
        'adds CHOWN',
        'runAsUser 0',
        'runAsNonRoot not true',
        'does not drop ALL',
      ]),
    );
  });

  test('every role mounts read-only exactly when it says so, or, saying nothing, when it is a helper or native sidecar', () => {
    const outcomes = tally();
    fc.assert(
      fc.property(
        fc.constantFrom<RoleName>('app', 'init', 'helper', 'native'),
        fc.constantFrom(undefined, true, false),
        fc.constantFrom('with the container', 'addMount', 'Sidecar'),
        (role, readOnly, how) => {
          // Only helpers and native sidecars come as a Sidecar; the others get the mount with the container.
          const via = how === 'Sidecar' && role !== 'helper' && role !== 'native' ? 'with the container' : how;
          const mount = { volume: 'shared', path: '/shared', readOnly };
          const subject = role === 'app' ? 'app' : 'subject';
          const chart = newChart();
          const pod = new AppPod(chart, 'Web', {
            app: { image: 'myapp:1.0', volumeMounts: role === 'app' && via !== 'addMount' ? [mount] : undefined },
            sharedVolumes: [{ name: 'shared' }],
            extensions:
              via === 'Sidecar'
                ? [new Sidecar({ name: subject, image: 'x:1.0', nativeSidecar: role === 'native', volumeMounts: [mount] })]
                : [],
          });
          if (role !== 'app' && via !== 'Sidecar') {
            pod.addContainer({ name: subject, image: 'x:1.0', volumeMounts: via === 'addMount' ? [] : [mount] }, ROLES[role]);
          }
          if (via === 'addMount') pod.addMount(subject, mount);
          const spec = podSpecOf(only(synth(chart), 'Deployment'));
          const written = [...spec.containers, ...(spec.initContainers ?? [])].find((c: any) => c.name === subject).volumeMounts;
          expect(written).toEqual([{ name: 'shared', mountPath: '/shared', readOnly: readOnly ?? READ_ONLY_BY_DEFAULT[role] }]);
          outcomes.add(`${role} ${readOnly ?? 'unstated'}`);
        },
      ),
      { ...params, numRuns: RUNS },
    );
    // Every role was met with each stated mode and without one.
    expect(outcomes.reached()).toHaveLength(12);
  });
});
