/**
 * Whatever synth accepts is valid Kubernetes: random props over the whole surface (names, labels,
 * annotations, images, ports, env, mounts, probes, resources, scheduling, controllers and their
 * options, Services, patterns), with values on both sides of every edge. Each case either fails
 * with a PodPatternError that names the construct path, or gives YAML that the test oracle (an
 * independent transcription of Kubernetes 1.28's validation, in test/oracle) and the Kubernetes
 * schema both accept. A crash, or YAML the oracle refuses, fails the test.
 *
 * `PROPS_SURFACE_DUMP=<folder>` writes the accepted cases' YAML there, to run other checkers on.
 * Replay a failure with `FC_SEED=<seed> npx jest test/props-surface.test.ts`.
 */
// @ts-nocheck

import * as fs from 'fs';
import * as path from 'path';
import { Duration, Yaml } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import * as fc from 'fast-check';
import {
  Adapter,
  Ambassador,
  AppPod,
  AppPodProps,
  ContainerSpec,
  Controller,
  IPodExtension,
  Migration,
  MigrationMode,
  QosPreset,
  ResourceSize,
  Sidecar,
  WaitFor,
} from '../lib';
import { PodPatternError } from '../lib/errors';
import { validateAgainstSchema } from './k8s-schema';
import { oracleFindingsAll } from './oracle';
import { newChart, synth, ValidationFailure } from './util';

const RUNS = Number(process.env.FC_RUNS ?? 150);
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const DUMP = process.env.PROPS_SURFACE_DUMP;

/** Mostly a value Kubernetes accepts, sometimes one just past an edge: most cases then reach synth. */
const edge = <T>(valid: T[], invalid: T[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 30 }, { arbitrary: fc.constantFrom(...invalid), weight: 1 });
const oneOf = <T>(...values: T[]) => fc.constantFrom(...values);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const names = edge(
  ['web', 'a', 'my-app', 'app9', 'x'.repeat(52)],
  ['x'.repeat(53), 'x'.repeat(64), 'My_App', '9gag', '-web', 'web.v2', 'web-'],
);
const labelValues = edge(['shop', 'a.b_c-d', '', 'x'.repeat(63)], ['x'.repeat(64), 'my shop', '-x', 'x-', 'ünï']);
const labelKeys = edge(['team', 'example.com/team', 'Team_1', 'a.b/c'], ['a/b/c', '/x', 'x/', 'bad key', `${'x'.repeat(64)}`]);
const annotationKeys = edge(['note', 'example.com/note', 'Example.COM/Note'], ['bad key', 'a/b/c', '/x', `${'x'.repeat(64)}`]);
const annotationValues = edge(['anything goes: "quoted" \n multi-line', ''], ['x'.repeat(300 * 1024)]);
const images = edge(
  [
    'myapp:1.0',
    'registry.example.com:5000/team/app:1.2.3',
    'REGISTRY.example.com/app:1.0',
    `app@sha256:${'a'.repeat(64)}`,
    `app:1.0@sha256:${'b'.repeat(64)}`,
    `app:${'t'.repeat(128)}`,
  ],
  ['MyApp:1.0', 'app:', `app:${'t'.repeat(129)}`, 'app@sha256:abc', 'app:1.0!', 'a//b:1', '_app:1', 'my app:1.0'],
);
const portNumbers = edge([1, 80, 8080, 65535], [0, -1, 65536, 8080.5]);
const extraPortNumbers = edge([1, 80, 9090, 65535], [0, -1, 65536, 8080.5]);
const portNames = edge([undefined, 'http', 'metrics-2', 'a'.repeat(15)], ['a'.repeat(16), 'HTTP', 'h--p', '1234', '-http', 'http_x']);
const envNames = edge(['MODE', 'my.var', '_X', 'a-b'], ['1ST', 'MY VAR', 'A=B', '']);
const configNames = edge(['settings', 'settings.v1'], ['Settings', 'bad_name', '']);
const configKeys = edge(['key', 'app.conf', '.hidden', 'a_b-c'], ['..', '.', 'a/b', 'bad key', '', '..x']);
const mountPaths = edge(['/data', '/srv/data', '/x'], ['/data/', '/a/./b', '/a/../b', 'relative', '']);
const subPaths = edge([undefined, 'sub', 'a/b', 'a..b'], ['/abs', '../up', 'a/../b']);
/** A request and a limit that fit each other, or one past an edge (zero, negative, not a quantity, too fine, inverted). */
const amounts = (request: string, limit: string, invalid: Array<[string | undefined, string | undefined]>) =>
  edge<[string | undefined, string | undefined]>(
    [
      [undefined, undefined],
      [request, undefined],
      [undefined, limit],
      [request, limit],
      [limit, limit],
    ],
    invalid,
  ).map(([req, lim]) => ({ request: req, limit: lim }));
const cpuAmounts = amounts('100m', '1', [
  [undefined, '0'],
  ['-1', undefined],
  ['1.5 cores', undefined],
  ['0.0001', undefined],
  ['2', '1'],
]);
const memoryAmounts = amounts('256Mi', '1Gi', [
  [undefined, '0'],
  ['500M', undefined],
  ['2Gi', '1Gi'],
  ['1Ki', undefined],
]);
const hosts = edge(['db', 'db.example.com', 'DB.Example.com', '10.0.0.1', 'fd00::1'], ['db;rm -rf /', 'db\nx', '', 'db..x']);
const paths = edge(['/var/log/app', '/logs'], ['relative', '/a b', '/x\nnewline', '/x/../y']);
const schedules = edge(
  ['*/15 * * * *', '0 3 * * *', '@hourly', '@daily', '@every 1h30m', '0 3 * * MON-FRI', '0 0 1 JAN *'],
  ['0 3 * *', '61 * * * *', 'TZ=UTC 0 3 * * *', '@often', '* * * * * *'],
);
const timeZones = edge([undefined, 'Europe/Berlin', 'UTC', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires'], ['Mars/Olympus', 'Local', '']);
const seconds = edge([0, 1, 30], [-1, 2.5]);
const durations = edge([Duration.seconds(1), Duration.seconds(30)], [Duration.millis(1500), Duration.seconds(0)]);

const probeArb = maybe(
  fc.record({
    kind: oneOf('http', 'tcp', 'command'),
    port: portNumbers,
    successThreshold: edge([undefined, 1], [2, 0]),
    timeout: maybe(durations),
  }),
);
type ProbeCase = typeof probeArb extends fc.Arbitrary<infer T> ? T : never;

function probeOf(p: ProbeCase): kplus.Probe | undefined {
  if (!p) return undefined;
  const options = { successThreshold: p.successThreshold, timeoutSeconds: p.timeout };
  switch (p.kind) {
    case 'http':
      return kplus.Probe.fromHttpGet('/ready', { port: p.port, ...options });
    case 'tcp':
      return kplus.Probe.fromTcpSocket({ port: p.port, ...options });
    default:
      return kplus.Probe.fromCommand(['true'], options);
  }
}

const containerArb = fc.record({
  image: images,
  // Beside port 8080 (which Services target), ports of distinct numbers and names: a collision
  // or a repeated name is a refusal the other tests own, and would only drown the edges here.
  ports: fc.uniqueArray(fc.record({ number: extraPortNumbers, name: portNames }), {
    maxLength: 2,
    selector: (p) => `${p.number}/${p.name ?? p.number}`,
  }),
  env: fc.dictionary(envNames, fc.string({ maxLength: 8 }), { maxKeys: 2 }),
  ref: maybe(fc.record({ variable: edge(['REF', 'ref.var'], ['1REF', '']), name: configNames, key: configKeys, secret: fc.boolean() })),
  mounts: fc.uniqueArray(fc.record({ path: mountPaths, subPath: subPaths, readOnly: maybe(fc.boolean()) }), {
    maxLength: 3,
    selector: (m) => m.path.replace(/\/+$/, ''),
  }),
  cpu: cpuAmounts,
  memory: memoryAmounts,
  liveness: probeArb,
  readiness: probeArb,
  startup: probeArb,
});
type ContainerCase = typeof containerArb extends fc.Arbitrary<infer T> ? T : never;

function appOf(c: ContainerCase): ContainerSpec {
  const scope = newChart();
  return {
    image: c.image,
    ports: [{ number: 8080, name: 'main' }, ...c.ports.filter((p) => p.number !== 8080 && p.name !== 'main')],
    env: c.env,
    envValues: c.ref
      ? {
          [c.ref.variable]: c.ref.secret
            ? kplus.EnvValue.fromSecretValue({ secret: kplus.Secret.fromSecretName(scope, 'S', c.ref.name), key: c.ref.key })
            : kplus.EnvValue.fromConfigMap(kplus.ConfigMap.fromConfigMapName(scope, 'C', c.ref.name), c.ref.key),
        }
      : undefined,
    volumeMounts: c.mounts.map((m) => ({ volume: 'data', path: m.path, subPath: m.subPath, readOnly: m.readOnly })),
    resources: { cpu: c.cpu, memory: c.memory },
    liveness: probeOf(c.liveness),
    readiness: probeOf(c.readiness),
    startup: probeOf(c.startup),
  };
}

const controllerArb = fc.oneof(
  fc.record({ kind: fc.constant('deployment' as const), replicas: edge([0, 1, 3], [-1, 2.5]) }),
  fc.record({ kind: fc.constant('statefulset' as const), replicas: oneOf(1, 3, 0) }),
  fc.record({ kind: fc.constant('daemonset' as const), minReadySeconds: seconds }),
  fc.record({
    kind: fc.constant('job' as const),
    backoffLimit: maybe(seconds),
    activeDeadline: maybe(durations),
    restartPolicy: edge([undefined, kplus.RestartPolicy.NEVER, kplus.RestartPolicy.ON_FAILURE], [kplus.RestartPolicy.ALWAYS]),
  }),
  fc.record({ kind: fc.constant('cronjob' as const), schedule: schedules, timeZone: timeZones, backoffLimit: maybe(seconds) }),
);
type ControllerCase = typeof controllerArb extends fc.Arbitrary<infer T> ? T : never;

function controllerOf(c: ControllerCase): Controller {
  switch (c.kind) {
    case 'deployment':
      return Controller.deployment({ replicas: c.replicas });
    case 'statefulset':
      return Controller.statefulSet({ replicas: c.replicas });
    case 'daemonset':
      return Controller.daemonSet({ minReadySeconds: c.minReadySeconds });
    case 'job':
      return Controller.job({ backoffLimit: c.backoffLimit, activeDeadline: c.activeDeadline, restartPolicy: c.restartPolicy });
    case 'cronjob':
      return Controller.cronJob({ schedule: c.schedule, timeZone: c.timeZone, backoffLimit: c.backoffLimit });
  }
}

const extensionArb = fc.oneof(
  fc.record({
    kind: fc.constant('log-shipper' as const),
    logPath: paths,
    filePattern: edge(['*.log', 'app-*.log'], ['a\nb', '*.log </source>']),
  }),
  fc.record({
    kind: fc.constant('ambassador' as const),
    host: hosts,
    port: edge([5432], [0, 70000]),
    localPort: maybe(edge([15432], [80, 0])),
  }),
  fc.record({ kind: fc.constant('wait-for' as const), host: hosts, port: edge([5432], [0]) }),
  fc.record({
    kind: fc.constant('adapter' as const),
    statusPort: edge([8080], [0, 70000]),
    metricsPort: edge([9113], [0]),
    statusPath: edge([undefined, '/stub_status'], ['stub', '/a b']),
  }),
  fc.record({ kind: fc.constant('migration' as const), mode: oneOf(MigrationMode.INIT_CONTAINER, MigrationMode.JOB) }),
);
type ExtensionCase = typeof extensionArb extends fc.Arbitrary<infer T> ? T : never;

function extensionOf(e: ExtensionCase): IPodExtension {
  switch (e.kind) {
    case 'log-shipper':
      return Sidecar.logShipper({ logPath: e.logPath, filePattern: e.filePattern });
    case 'ambassador': {
      const host = e.host.includes(':') ? `[${e.host}]` : e.host;
      return new Ambassador({ name: 'db', upstream: `${host}:${e.port}`, localPort: e.localPort });
    }
    case 'wait-for':
      return WaitFor.tcp({ name: 'db', host: e.host, port: e.port });
    case 'adapter':
      return Adapter.nginxExporter({ statusPort: e.statusPort, metricsPort: e.metricsPort, statusPath: e.statusPath });
    case 'migration':
      return new Migration({ args: ['--migrate'], mode: e.mode, concurrencySafe: true });
  }
}

const caseArb = fc.record({
  name: maybe(names),
  partOf: maybe(labelValues),
  labels: fc.dictionary(labelKeys, labelValues, { maxKeys: 1 }),
  annotations: fc.dictionary(annotationKeys, annotationValues, { maxKeys: 1 }),
  podAnnotations: fc.dictionary(annotationKeys, annotationValues, { maxKeys: 1 }),
  app: containerArb,
  controller: controllerArb,
  qos: oneOf(undefined, 'guaranteed', 'burstable', 'best-effort'),
  nodeSelector: fc.dictionary(labelKeys, labelValues, { maxKeys: 1 }),
  tolerations: fc.array(fc.record({ key: labelKeys, value: maybe(labelValues) }), { maxLength: 1 }),
  hostname: maybe(edge(['myapp'], ['MyApp', 'my_app'])),
  service: maybe(fc.array(fc.record({ port: portNumbers, name: edge(['http', 'web-2'], [undefined, 'HTTP', 'a--b']) }), { maxLength: 2 })),
  grace: maybe(durations),
  // One of each kind at most: two of a kind collide in name and port, which other tests own.
  extensions: fc.uniqueArray(extensionArb, { maxLength: 3, selector: (e) => e.kind }),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function propsOf(p: Case): AppPodProps {
  return {
    name: p.name,
    partOf: p.partOf,
    labels: p.labels,
    annotations: p.annotations,
    podAnnotations: p.podAnnotations,
    // A preset sizes every container; resources of the app's own would only break its class.
    app: { ...appOf(p.app), ...(p.qos === undefined ? {} : { resources: undefined }) },
    controller: controllerOf(p.controller),
    qos:
      p.qos === 'guaranteed'
        ? QosPreset.guaranteed({ size: ResourceSize.SMALL })
        : p.qos === 'burstable'
          ? QosPreset.burstable({ size: ResourceSize.SMALL })
          : p.qos === 'best-effort'
            ? QosPreset.bestEffort()
            : undefined,
    sharedVolumes: [{ name: 'data' }],
    scheduling: { nodeSelector: p.nodeSelector, tolerations: p.tolerations },
    dns: p.hostname === undefined ? undefined : { hostname: p.hostname },
    service:
      p.service === undefined ? undefined : { ports: p.service.length ? p.service.map((s) => ({ ...s, targetPort: 8080 })) : undefined },
    terminationGracePeriod: p.grace,
    extensions: p.extensions.map(extensionOf),
  };
}

test('whatever synth accepts, the oracle and the schema accept; whatever it refuses, it refuses with code and path', () => {
  let accepted = 0;
  let refused = 0;
  const codes = new Map<string, number>();
  fc.assert(
    fc.property(caseArb, (c) => {
      const chart = newChart();
      let manifests: any[];
      try {
        new AppPod(chart, 'Web', propsOf(c));
        manifests = synth(chart);
      } catch (error) {
        const errors = error instanceof ValidationFailure ? error.errors : [error];
        for (const e of errors) {
          expect(e).toBeInstanceOf(PodPatternError);
          expect((e as PodPatternError).path).toMatch(/^test\/Web/);
          expect((e as PodPatternError).message).toMatch(/\. Fix: .+ \[[a-z-]+\]$/s);
          codes.set((e as PodPatternError).code, (codes.get((e as PodPatternError).code) ?? 0) + 1);
        }
        refused++;
        if (process.env.PROPS_SURFACE_DEBUG) process.stderr.write(`${String((error as Error).message).slice(0, 300)}\n`);
        return;
      }
      accepted++;
      expect(oracleFindingsAll(manifests).map((f) => `${f.rule} ${f.path}: ${f.message}`)).toEqual([]);
      for (const object of manifests) {
        if (!object.apiVersion.startsWith('monitoring.coreos.com') && !object.apiVersion.startsWith('security.istio.io')) {
          validateAgainstSchema(object);
        }
      }
      if (DUMP) {
        fs.mkdirSync(DUMP, { recursive: true });
        Yaml.save(path.join(DUMP, `case-${accepted}.yaml`), manifests);
      }
    }),
    { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
  );
  // The generator must reach both sides: a property that only ever refuses (or accepts) proves little.
  expect(accepted).toBeGreaterThan(RUNS / 10);
  expect(refused).toBeGreaterThan(RUNS / 10);
  expect(codes.size).toBeGreaterThan(5);
});
