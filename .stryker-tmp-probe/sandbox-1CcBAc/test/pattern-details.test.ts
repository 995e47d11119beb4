/**
 * The patterns, second pass: behaviours the mutation run of lib/patterns/ still found unguarded
 * after pattern-edges.test.ts: port range ends, anchored address and path forms, the wait-for
 * deadline warning said once with the right sum, the migration's inherited environment, its
 * Job's name and hook-order warning, the mesh's proxy sizing and its warnings.
 */
// @ts-nocheck

import { Chart, Duration, Size, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import {
  Adapter,
  AdapterPod,
  Ambassador,
  AppPod,
  AmbassadorPod,
  AppPodProps,
  Controller,
  IPodExtension,
  IstioSidecar,
  IstioSidecarProps,
  MetricsMonitor,
  MigratingApp,
  Migration,
  MigrationMode,
  PodAnnotations,
  QosPreset,
  ResourceSize,
  Sidecar,
  SidecarPod,
  WaitFor,
} from '../lib';
import { newChart, ofKind, only, podMetadataOf, podSpecOf, refusalOf, synth, warningsSaid } from './util';

const APP = { image: 'myapp:1.0', ports: [{ number: 8080, name: 'http' }] };
const warnings = warningsSaid;

function pod(props: Partial<AppPodProps>, extensions: IPodExtension[] = []): any[] {
  const chart = newChart();
  new AppPod(chart, 'Web', { app: APP, ...props, extensions: [...extensions, ...(props.extensions ?? [])] });
  return synth(chart);
}
const spec = (manifests: any[], kind = 'Deployment') => podSpecOf(only(manifests, kind));

describe('adapter', () => {
  const adapter = (props: Partial<ConstructorParameters<typeof Adapter>[0]>) =>
    pod({}, [new Adapter({ name: 'exporter', image: 'exporter:1.0', metricsPort: 9100, ...props })]);

  test('an adapter may declare more ports than its metrics port', () => {
    const containers = spec(adapter({ ports: [{ number: 9200, name: 'admin' }] })).containers;
    expect(containers[1].ports).toEqual([
      { containerPort: 9100, name: 'metrics' },
      { containerPort: 9200, name: 'admin' },
    ]);
  });
});

describe('ambassador', () => {
  const ambassador = (props: Partial<ConstructorParameters<typeof Ambassador>[0]>) =>
    pod({}, [new Ambassador({ name: 'db', upstream: 'db.example:5432', ...props })]);

  test('local port 1 is in range but privileged; 65535 and upstream ports 1 and 65535 are accepted', () => {
    expect(refusalOf(() => ambassador({ localPort: 1 }))).toMatch(/^test\/Web: ambassador "db" would listen on port 1, below 1024, /);
    expect(spec(ambassador({ localPort: 65535 })).containers[1].ports).toEqual([{ containerPort: 65535 }]);
    for (const port of [1, 65535]) {
      expect(spec(ambassador({ upstream: `db.example:${port}`, localPort: 5432 })).containers[1].args).toContain(`TCP:db.example:${port}`);
    }
  });

  test("the app's variables take the ambassador's name in upper case, dashes as underscores", () => {
    const env = spec(pod({}, [new Ambassador({ name: 'db-proxy', upstream: 'db.example:5432' })])).containers[0].env;
    expect(env.map((e: any) => e.name)).toEqual(['DB_PROXY_HOST', 'DB_PROXY_PORT', 'DB_PROXY_ADDRESS']);
  });

  test("an unknown prop of the ambassador's proxy is named with the ambassador", () => {
    expect(refusalOf(() => ambassador({ upstream: undefined, localPort: 5432, proxy: { image: 'envoy:1.0', imag: 'x' } as any }))).toBe(
      'test/Web: the proxy of ambassador "db" has no prop "imag". Fix: write "image", the prop it has closest to that',
    );
  });
});

describe('wait-for', () => {
  const script = (manifests: any[]) => spec(manifests).initContainers[0].command.join(' ');

  test('an IPv6 host is written in brackets where the script says what it waits for', () => {
    expect(script(pod({}, [WaitFor.tcp({ name: 'db', host: 'fd00::1', port: 5432 })]))).toContain('[fd00::1]:5432 (db)');
  });

  test('ports 1 and 65535 are accepted', () => {
    expect(script(pod({}, [WaitFor.tcp({ name: 'db', host: 'db', port: 1 })]))).toContain('db:1 (db)');
    expect(script(pod({}, [WaitFor.tcp({ name: 'db', host: 'db', port: 65535 })]))).toContain('db:65535 (db)');
  });

  test('a wait-for name that is no DNS label is refused as one', () => {
    expect(refusalOf(() => pod({}, [WaitFor.tcp({ name: 'DB', host: 'db', port: 5432 })]))).toMatch(/^test\/Web: wait-for name "DB" /);
  });

  test("the deadline warning is said once, by the step that takes the waits past a Job's activeDeadline, with their sum", () => {
    pod({ controller: Controller.job({ activeDeadline: Duration.seconds(500) }) }, [
      WaitFor.tcp({ name: 'a', host: 'a', port: 1, timeout: Duration.seconds(200) }),
      WaitFor.tcp({ name: 'b', host: 'b', port: 1, timeout: Duration.seconds(200) }),
      WaitFor.tcp({ name: 'c', host: 'c', port: 1, timeout: Duration.seconds(200) }),
      WaitFor.tcp({ name: 'd', host: 'd', port: 1, timeout: Duration.seconds(200) }),
    ]);
    expect(warnings().filter((w) => w.includes('activeDeadline'))).toEqual([
      expect.stringContaining(
        `the wait-for steps up to "c" may wait 600s, but the Job's activeDeadline is 500s: the run would end as DeadlineExceeded before the wait gives up and says what it waited for. Give the wait-for steps shorter timeouts, or the Job a longer deadline`,
      ),
    ]);
  });
});

describe('migration', () => {
  const migrating = (migration: Migration, props: Partial<AppPodProps> = {}, id = 'Web') => {
    const chart = newChart();
    new MigratingApp(chart, id, { app: APP, migration, ...props });
    return synth(chart);
  };

  test("an unknown prop of the migration is named as the migration's", () => {
    expect(refusalOf(() => migrating(new Migration({ args: ['--migrate'], concurentSafe: true } as any)))).toBe(
      'test/Web: the migration has no prop "concurentSafe". Fix: write "concurrencySafe", the prop it has closest to that',
    );
  });

  test('the migration inherits plain values and references from the app as they are', () => {
    const chart = newChart();
    const secret = new kplus.Secret(chart, 'Db', { metadata: { name: 'db' } });
    new MigratingApp(chart, 'Web', {
      app: {
        ...APP,
        env: { PLAIN: 'value' },
        envValues: { PASSWORD: kplus.EnvValue.fromSecretValue({ secret, key: 'password' }) },
      },
      migration: new Migration({ args: ['--migrate'], concurrencySafe: true }),
    });
    const migrate = spec(synth(chart)).initContainers.find((c: any) => c.name === 'migrate');
    expect(migrate.env).toEqual([
      { name: 'PLAIN', value: 'value' },
      { name: 'PASSWORD', valueFrom: { secretKeyRef: { key: 'password', name: 'db' } } },
    ]);
  });

  test('a classic helper the app reaches on one of its ports: the migration is told it is not running yet', () => {
    migrating(new Migration({ args: ['--migrate'], concurrencySafe: true }), {
      app: { ...APP, env: { DB_ADDRESS: 'localhost:5432' } },
      extensions: [new Sidecar({ name: 'db-proxy', image: 'proxy:1.0', ports: [{ number: 9000 }, { number: 5432 }] })],
    });
    expect(warnings()).toContainEqual(
      expect.stringContaining(
        'the migration inherits DB_ADDRESS=localhost:5432 from the app, but runs before classic sidecars ("db-proxy") start. Make that helper a native sidecar, or give the migration a direct address',
      ),
    );
  });

  test("a Job migration that needs the app's ConfigMap, Secret and ServiceAccount is told they come after the hook", () => {
    const chart = newChart();
    const config = new kplus.ConfigMap(chart, 'Config', { metadata: { name: 'web-config' } });
    const secret = new kplus.Secret(chart, 'Secret', { metadata: { name: 'web-secret' } });
    const serviceAccount = new kplus.ServiceAccount(chart, 'Account', { metadata: { name: 'web' } });
    new MigratingApp(chart, 'Web', {
      app: {
        ...APP,
        volumeMounts: [
          { volume: 'config', path: '/etc/web' },
          { volume: 'secret', path: '/etc/secret' },
        ],
      },
      volumes: [
        kplus.Volume.fromConfigMap(chart, 'ConfigVolume', config, { name: 'config' }),
        kplus.Volume.fromSecret(chart, 'SecretVolume', secret, { name: 'secret' }),
      ],
      serviceAccount,
      migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
    });
    synth(chart);
    expect(warnings()).toContainEqual(
      expect.stringContaining(
        'the migration Job runs as a pre-install hook, before the rest of the app exists, and needs ConfigMap web-config, Secret web-secret, ServiceAccount web of the same app: on a first install its pod waits for them. Create them before the app (another chart or a sync wave), or give the migration what it needs without them',
      ),
    );
  });

  test("the migration Job's name keeps to 63 characters and changes with the pod's scheduling", () => {
    const name = 'a'.repeat(63);
    const jobName = (props: Partial<AppPodProps>) =>
      only(migrating(new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }), { name, ...props }), 'Job').metadata.name;
    const plain = jobName({});
    expect(plain).toMatch(new RegExp(`^${'a'.repeat(45)}-migrate-[0-9a-f]{8}$`));
    expect(jobName({ scheduling: { nodeSelector: { pool: 'db' } } })).not.toBe(plain);
    expect(jobName({})).toBe(plain);
  });
});

describe('mesh', () => {
  test("the proxy ports are those of Istio's port table: admin, outbound, debug, inbound, HBONE, merged metrics, health, DNS, Envoy metrics", () => {
    expect(IstioSidecar.PROXY_PORTS).toEqual([15000, 15001, 15004, 15006, 15008, 15020, 15021, 15053, 15090]);
  });

  test("without a preset or a proxy size the proxy keeps Istio's defaults: no size annotations", () => {
    expect(proxyAnnotationsOf(mesh({}))).toEqual({});
  });

  test('a Burstable preset shapes the proxy as a helper: requests of its size, limits a factor above', () => {
    expect(proxyAnnotationsOf(mesh({ proxySize: ResourceSize.SMALL }, { qos: QosPreset.burstable({ size: ResourceSize.SMALL }) }))).toEqual(
      {
        'sidecar.istio.io/proxyCPU': '250m',
        'sidecar.istio.io/proxyCPULimit': '500m',
        'sidecar.istio.io/proxyMemory': '256Mi',
        'sidecar.istio.io/proxyMemoryLimit': '512Mi',
      },
    );
  });

  test("an unknown mesh prop is named as the mesh's", () => {
    expect(refusalOf(() => mesh({ strictMTLS: true } as any))).toBe(
      'test/Web: the mesh has no prop "strictMTLS". Fix: write "strictMtls", the prop it has closest to that',
    );
  });

  test.each([
    [MetricsMonitor.POD_MONITOR, 'PodMonitor'],
    [MetricsMonitor.SERVICE_MONITOR, 'ServiceMonitor'],
  ])('strict mTLS with a %s: Prometheus outside the mesh is refused, said at synth', (monitor, kind) => {
    mesh(
      { strictMtls: true },
      { service: {}, extensions: [new Adapter({ name: 'exporter', image: 'exporter:1.0', metricsPort: 9100, monitor })] },
    );
    expect(warnings()).toContainEqual(
      expect.stringContaining(
        `${kind} scrape the pod's metrics port directly, which STRICT mTLS refuses to a Prometheus outside the mesh. Run Prometheus with an Istio sidecar and its certificates, or allow plaintext on that port with a portLevelMtls PERMISSIVE entry`,
      ),
    );
  });

  test('no warning about monitors without strict mTLS, or without a monitor', () => {
    mesh(
      {},
      {
        service: {},
        extensions: [new Adapter({ name: 'exporter', image: 'exporter:1.0', metricsPort: 9100, monitor: MetricsMonitor.POD_MONITOR })],
      },
    );
    mesh({ strictMtls: true }, { service: {} });
    expect(warnings().filter((w) => w.includes('STRICT mTLS'))).toEqual([]);
  });

  test('a Service port named with a protocol only after a prefix is treated as opaque TCP: said at synth', () => {
    mesh({}, { app: { image: 'myapp:1.0', ports: [{ number: 8080, name: 'web-http' }] }, service: {} });
    expect(warnings()).toContainEqual(expect.stringContaining('Service port 8080 is named "web-http": Istio picks a port\'s protocol'));
  });

  test('a ProxyConfig that sets holdApplicationUntilProxyStarts with no space before its colon is left as it is', () => {
    const manifests = mesh({}, { podAnnotations: { 'proxy.istio.io/config': 'holdApplicationUntilProxyStarts: false' } });
    expect(podMetadataOf(only(manifests, 'Deployment')).annotations['proxy.istio.io/config']).toBe(
      'holdApplicationUntilProxyStarts: false',
    );
  });
});

describe('sidecar', () => {
  test('the configuration checksum does not depend on the order the files are given in', () => {
    const checksum = (files: Record<string, string>) => {
      const chart = newChart();
      new SidecarPod(chart, 'Web', {
        app: APP,
        sidecars: [new Sidecar({ name: 'proxy', image: 'proxy:1.0', config: { volume: 'conf', path: '/etc/proxy', files } })],
      });
      return podMetadataOf(only(synth(chart), 'Deployment')).annotations;
    };
    const sorted = checksum({ 'a.conf': 'a', 'b.conf': 'b' });
    expect(Object.keys(sorted).some((key) => key.includes('checksum'))).toBe(true);
    expect(checksum({ 'b.conf': 'b', 'a.conf': 'a' })).toEqual(sorted);
    expect(checksum({ 'a.conf': 'a', 'b.conf': 'c' })).not.toEqual(sorted);
  });
});

test('ambassador, adapter and sidecar pods pass their helpers as extensions, after any given', () => {
  const chart = newChart();
  const order: string[] = [];
  const mark = (name: string): IPodExtension => ({ extend: () => void order.push(name) });
  new AdapterPod(chart, 'Web', {
    app: APP,
    adapters: [new Adapter({ name: 'exporter', image: 'exporter:1.0', metricsPort: 9100 })],
    extensions: [mark('given')],
  });
  expect(order).toEqual(['given']);
  expect(spec(synth(chart)).containers.map((c: any) => c.name)).toEqual(['app', 'exporter']);
  expect(ofKind(synth(chart), 'Deployment')).toHaveLength(1);
  expect(PodAnnotations.PROMETHEUS_PORT).toBe('prometheus.io/port');
});

test.each([
  ['SidecarPod', (props: any) => new SidecarPod(newChart(), 'Web', props)],
  ['AmbassadorPod', (props: any) => new AmbassadorPod(newChart(), 'Web', props)],
  ['AdapterPod', (props: any) => new AdapterPod(newChart(), 'Web', props)],
])('a %s given no helpers (JavaScript, no type check) is the app alone', (_, make) => {
  const pod: AppPod = make({ app: APP });
  expect(spec(synth(Chart.of(pod))).containers.map((c: any) => c.name)).toEqual(['app']);
});

test('what selects the pods through cdk8s-plus selects them by the app labels, in the namespace of the app', () => {
  const chart = newChart();
  const pod = new AppPod(chart, 'Web', { app: APP, labels: { tier: 'web' } });
  const config = pod.workload.toPodSelectorConfig();
  expect(config.labelSelector._toKube()).toEqual({ matchLabels: only(synth(chart), 'Deployment').spec.selector.matchLabels });
  expect(config.namespaces).toBeUndefined();
  const namespaced = new AppPod(new Chart(Testing.app(), 'shop', { namespace: 'shop' }), 'Web', { app: APP });
  expect(namespaced.workload.toPodSelectorConfig().namespaces).toEqual({ names: ['shop'] });
});

test('a Job migration under an account, a ConfigMap or a Secret that exist already (imported by name) is not told to wait for them', () => {
  const chart = newChart();
  const config = kplus.ConfigMap.fromConfigMapName(chart, 'Config', 'shared-config');
  new MigratingApp(chart, 'Web', {
    app: { ...APP, volumeMounts: [{ volume: 'config', path: '/etc/web' }] },
    volumes: [kplus.Volume.fromConfigMap(chart, 'ConfigVolume', config, { name: 'config' })],
    serviceAccount: kplus.ServiceAccount.fromServiceAccountName(chart, 'Account', 'shared'),
    migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
  });
  synth(chart);
  expect(warnings().filter((w) => w.includes('pre-install hook'))).toEqual([]);
});

test('an explicit proxy is no injected one: no warning about what stops after it or about monitors under mTLS', () => {
  const chart = newChart();
  new AppPod(chart, 'Web', {
    app: APP,
    service: {},
    sharedVolumes: [{ name: 'logs' }],
    extensions: [
      new IstioSidecar({ explicitProxy: true, strictMtls: true }),
      new Sidecar({ name: 'shipper', image: 'shipper:1.0', nativeSidecar: true, volumeMounts: [{ volume: 'logs', path: '/logs' }] }),
      new Adapter({ name: 'exporter', image: 'exporter:1.0', metricsPort: 9100, monitor: MetricsMonitor.POD_MONITOR }),
    ],
  });
  synth(chart);
  expect(warnings().filter((w) => w.includes('stops after the regular containers') || w.includes('STRICT mTLS'))).toEqual([]);
});

test("a Job migration that mounts a StatefulSet's claim: which claim, and why a Job has none", () => {
  const build = () =>
    new MigratingApp(newChart(), 'Web', {
      app: { ...APP, volumeMounts: [{ volume: 'data', path: '/data' }] },
      controller: Controller.statefulSet({ volumeClaims: [{ name: 'data', storage: Size.gibibytes(1) }] }),
      migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
    });
  expect(refusalOf(build)).toBe(
    'test/Web: the migration Job mounts "data", a volume claim of each StatefulSet pod, which a Job does not have. ' +
      'Fix: run the migration as an init step of the pods (MigrationMode.INIT_CONTAINER), or keep its files off the claim',
  );
});

describe('third pass', () => {
  test('every classic helper the migration cannot reach is named', () => {
    pod({ app: { ...APP, env: { DB: 'localhost:5432', CACHE: 'localhost:6379' } } }, [
      new Sidecar({ name: 'db-proxy', image: 'proxy:1.0', ports: [{ number: 5432 }] }),
      new Sidecar({ name: 'cache-proxy', image: 'proxy:1.0', ports: [{ number: 6379 }] }),
      new Migration({ args: ['--migrate'], concurrencySafe: true }),
    ]);
    expect(warnings()).toContainEqual(expect.stringContaining('runs before classic sidecars ("db-proxy", "cache-proxy") start'));
  });

  test('every StatefulSet claim a Job migration mounts is named', () => {
    const build = () =>
      new MigratingApp(newChart(), 'Web', {
        app: {
          ...APP,
          volumeMounts: [
            { volume: 'data', path: '/data' },
            { volume: 'logs', path: '/logs' },
          ],
        },
        controller: Controller.statefulSet({
          volumeClaims: [
            { name: 'data', storage: Size.gibibytes(1) },
            { name: 'logs', storage: Size.gibibytes(1) },
          ],
        }),
        migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
      });
    expect(refusalOf(build)).toContain('the migration Job mounts "data", "logs", a volume claim of each StatefulSet pod');
  });

  test("the migration Job's name changes with the Secret its environment comes from", () => {
    const jobName = (secretId: string) => {
      const chart = newChart();
      const secret = new kplus.Secret(chart, secretId);
      new MigratingApp(chart, 'Web', {
        app: { ...APP, envFrom: [kplus.Env.fromSecret(secret)] },
        migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
      });
      return only(synth(chart), 'Job').metadata.name;
    };
    expect(jobName('Db')).not.toBe(jobName('Cache'));
  });

  test("a preset's helper size at or above micro sizes the injected proxy as it is", () => {
    expect(
      proxyAnnotationsOf(mesh({}, { qos: QosPreset.guaranteed({ size: ResourceSize.MEDIUM, helperSize: ResourceSize.SMALL }) })),
    ).toEqual({
      'sidecar.istio.io/proxyCPU': '250m',
      'sidecar.istio.io/proxyCPULimit': '250m',
      'sidecar.istio.io/proxyMemory': '256Mi',
      'sidecar.istio.io/proxyMemoryLimit': '256Mi',
    });
  });
});

function mesh(props: IstioSidecarProps, podProps: Partial<AppPodProps> = {}): any[] {
  const chart = newChart();
  new AppPod(chart, 'Web', { app: APP, ...podProps, extensions: [new IstioSidecar(props), ...(podProps.extensions ?? [])] });
  return synth(chart);
}

function proxyAnnotationsOf(manifests: any[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(podMetadataOf(only(manifests, 'Deployment')).annotations ?? {}).filter(([key]) =>
      key.startsWith('sidecar.istio.io/proxy'),
    ),
  ) as Record<string, string>;
}

test('strict mTLS with both kinds of monitor names both', () => {
  const chart = newChart();
  new AppPod(chart, 'Web', {
    app: APP,
    service: {},
    extensions: [
      new IstioSidecar({ strictMtls: true }),
      new Adapter({ name: 'exporter', image: 'exporter:1.0', metricsPort: 9100, monitor: MetricsMonitor.POD_MONITOR }),
      new Adapter({
        name: 'other',
        image: 'other:1.0',
        metricsPort: 9200,
        metricsPortName: 'other',
        scrapeAnnotations: false,
        monitor: MetricsMonitor.SERVICE_MONITOR,
      }),
    ],
  });
  synth(chart);
  expect(warnings()).toContainEqual(expect.stringContaining("PodMonitor and ServiceMonitor scrape the pod's metrics port directly"));
});
