/**
 * The pattern pods and their helpers at the edges the mutation run found untested: unknown props
 * named with the construct that has them, helpers without names, the adapter's ports and URL
 * paths (what is refused and the cleaned path it suggests), its scrape annotations switched off.
 */
// @ts-nocheck

import {
  Adapter,
  AdapterPod,
  AmbassadorPod,
  AppPod,
  AppPodProps,
  MeshPod,
  MigratingApp,
  PodAnnotations,
  Sidecar,
  SidecarPod,
} from '../lib';
import { newChart, only, podMetadataOf, podSpecOf, refusalOf, synth } from './util';

const APP = { image: 'myapp:1.0', ports: [{ number: 8080 }] };

test.each([
  ['SidecarPod', (props: any) => new SidecarPod(newChart(), 'Web', props)],
  ['AmbassadorPod', (props: any) => new AmbassadorPod(newChart(), 'Web', props)],
  ['AdapterPod', (props: any) => new AdapterPod(newChart(), 'Web', props)],
  ['MeshPod', (props: any) => new MeshPod(newChart(), 'Web', props)],
  ['MigratingApp', (props: any) => new MigratingApp(newChart(), 'Web', props)],
])('%s names an unknown prop with its path', (_, make) => {
  expect(refusalOf(() => make({ app: APP, sidecar: [] }))).toMatch(/^test\/Web: the pod has no prop "sidecar"\. Fix: /);
});

test.each([
  ['Adapter.nginxExporter', () => Adapter.nginxExporter({ statusPorts: 80 } as any), 'write "statusPort", the prop it has closest to that'],
  ['Sidecar.logShipper', () => Sidecar.logShipper({ logPaths: '/var/log' } as any), 'write "logPath", the prop it has closest to that'],
])('%s names an unknown option', (where, make, fix) => {
  expect(refusalOf(make)).toMatch(new RegExp(`^${where.replace('.', '\\.')}: the options has no prop "[a-zA-Z]+"\\. Fix: ${fix}$`));
});

test.each([
  ['a sidecar', () => new SidecarPod(newChart(), 'Web', { app: APP, sidecars: [new Sidecar({ image: 'helper:1.0' } as any)] })],
  [
    'an adapter',
    () => new AdapterPod(newChart(), 'Web', { app: APP, adapters: [new Adapter({ image: 'exporter:1.0', metricsPort: 9100 } as any)] }),
  ],
])('%s without a name is refused', (what, make) => {
  expect(refusalOf(make)).toBe(
    `test/Web: ${what} with image "${what === 'a sidecar' ? 'helper:1.0' : 'exporter:1.0'}" has no name. Fix: give it a name such as "log-shipper"`,
  );
});

describe('adapter', () => {
  const adapter = (props: Partial<ConstructorParameters<typeof Adapter>[0]>, pod: Partial<AppPodProps> = {}) => {
    const chart = newChart();
    new AdapterPod(chart, 'Web', {
      app: APP,
      ...pod,
      adapters: [new Adapter({ name: 'exporter', image: 'exporter:1.0', metricsPort: 9100, ...props })],
    });
    return synth(chart);
  };

  test.each([
    [0, 'metricsPort 0'],
    [65536, 'metricsPort 65536'],
  ])('metricsPort %d is refused', (metricsPort, what) => {
    expect(refusalOf(() => adapter({ metricsPort }))).toBe(
      `test/Web: adapter "exporter" has ${what}, outside 1-65535. Fix: use a port number from 1 to 65535, e.g. 9113`,
    );
  });

  test('metricsPort 1 and 65535 are accepted', () => {
    expect(podSpecOf(only(adapter({ metricsPort: 65535 }), 'Deployment')).containers[1].ports[0].containerPort).toBe(65535);
    expect(podSpecOf(only(adapter({ metricsPort: 1 }), 'Deployment')).containers[1].ports[0].containerPort).toBe(1);
  });

  test.each([
    ['metrics', 'is not an absolute path', '/metrics'],
    ['//metrics', 'starts with "//", which a URL reads as a host', '/metrics'],
    ['/met\nrics', 'holds a control character', '/met-rics'],
    ['/my metrics/ page ', 'holds characters a URL path cannot carry unescaped (spaces, "?", "#", quotes, ...)', '/my-metrics/page'],
    ['/metrics?format=prometheus', 'holds characters a URL path cannot carry unescaped (spaces, "?", "#", quotes, ...)', '/metrics'],
    ['/a#b\nc', 'holds a control character', '/a'],
    ['/"x"', 'holds characters a URL path cannot carry unescaped (spaces, "?", "#", quotes, ...)', '/%22x%22'],
    ['?', 'is not an absolute path', '/metrics'],
    ['/%zz', 'holds characters a URL path cannot carry unescaped (spaces, "?", "#", quotes, ...)', '/%25zz'],
    // Refused as a whole, not by its last segment; runs of spaces become one dash.
    ['/a b/c', 'holds characters a URL path cannot carry unescaped (spaces, "?", "#", quotes, ...)', '/a-b/c'],
    ['/a%2', 'holds characters a URL path cannot carry unescaped (spaces, "?", "#", quotes, ...)', '/a%252'],
    ['/my  metrics', 'holds characters a URL path cannot carry unescaped (spaces, "?", "#", quotes, ...)', '/my-metrics'],
  ])('metrics path %j is refused (%s), with %s as the fix', (metricsPath, why, cleaned) => {
    expect(refusalOf(() => adapter({ metricsPath }))).toBe(
      `test/Web: adapter "exporter" has metrics path ${JSON.stringify(metricsPath)}, which ${why}. Fix: use an absolute path of letters, digits and "-._~/", e.g. "${cleaned}"`,
    );
  });

  test.each(['/metrics', '/a/b-c_d.e~f', "/x!$&'()*+,;=:@", '/%41%7e', '/a%20b'])('metrics path %j is accepted', (metricsPath) => {
    expect(() => adapter({ metricsPath })).not.toThrow();
  });

  test('scrape annotations are written by default and not with scrapeAnnotations: false', () => {
    const annotations = (scrapeAnnotations?: boolean) =>
      podMetadataOf(only(adapter({ scrapeAnnotations }), 'Deployment')).annotations ?? {};
    expect(annotations()[PodAnnotations.PROMETHEUS_PORT]).toBe('9100');
    expect(annotations(false)[PodAnnotations.PROMETHEUS_PORT]).toBeUndefined();
  });

  test('a metrics port name another container has is refused, with a name to use instead', () => {
    expect(
      refusalOf(() => adapter({ metricsPortName: 'http' }, { app: { image: 'myapp:1.0', ports: [{ number: 8080, name: 'http' }] } })),
    ).toBe(
      'test/Web: adapter "exporter" names its metrics port "http", but container "app" already has a port of that name. Fix: give the adapter another metricsPortName, e.g. "metrics-2"',
    );
    expect(refusalOf(() => adapter({ ports: [{ number: 9200, name: 'metrics' }] }))).toBe(
      'test/Web: adapter "exporter" names its metrics port "metrics", but container "exporter" already has a port of that name. Fix: give the adapter another metricsPortName, e.g. "metrics-2"',
    );
  });

  test('the nginx exporter refuses a status port nothing listens on, naming the app ports', () => {
    const build = (app: any) => () => new AdapterPod(newChart(), 'Web', { app, adapters: [Adapter.nginxExporter({ statusPort: 8081 })] });
    expect(refusalOf(build({ image: 'nginx:1.25', ports: [{ number: 8080 }, { number: 8443 }] }))).toBe(
      'test/Web: adapter "metrics-adapter" reads stub_status on port 8081, which no container of the pod declares: it would scrape a port nothing listens on. ' +
        "Fix: set statusPort to the app's stub_status port (the app declares 8080, 8443), or declare that port on the app container",
    );
    expect(refusalOf(build({ image: 'nginx:1.25' }))).toBe(
      'test/Web: adapter "metrics-adapter" reads stub_status on port 8081, which no container of the pod declares: it would scrape a port nothing listens on. ' +
        "Fix: set statusPort to the app's stub_status port, or declare that port on the app container",
    );
    const clash = { image: 'nginx:1.25', ports: [{ number: 8080 }, { number: 9000, name: 'metrics' }] };
    expect(refusalOf(() => new AdapterPod(newChart(), 'Web', { app: clash, adapters: [Adapter.nginxExporter()] }))).toBe(
      'test/Web: adapter "metrics-adapter" names its metrics port "metrics", but container "app" already has a port of that name. Fix: give the adapter another metricsPortName, e.g. "adapter-metrics"',
    );
  });
});

test('a sidecar configuration file set is written in name order', () => {
  const chart = newChart();
  new SidecarPod(chart, 'Web', {
    app: APP,
    sidecars: [
      new Sidecar({
        name: 'proxy',
        image: 'proxy:1.0',
        config: { volume: 'conf', path: '/etc/proxy', files: { 'z.conf': 'z', 'a.conf': 'a', 'm.conf': 'm' } },
      }),
    ],
  });
  expect(Object.keys(only(synth(chart), 'ConfigMap').data)).toEqual(['a.conf', 'm.conf', 'z.conf']);
});

test('an AppPod with a log shipper mounts the shared log volume into the app at the log path', () => {
  const chart = newChart();
  new AppPod(chart, 'Web', { app: APP, extensions: [Sidecar.logShipper({ logPath: '/var/log/app' })] });
  const spec = podSpecOf(only(synth(chart), 'Deployment'));
  expect(spec.containers[0].volumeMounts).toContainEqual(expect.objectContaining({ mountPath: '/var/log/app', readOnly: false }));
});

describe('log shippers', () => {
  test('equal options give the same log shipper', () => {
    expect(Sidecar.logShipper({ logPath: '/var/log/x' })).toBe(Sidecar.logShipper({ logPath: '/var/log/x' }));
    expect(Sidecar.logShipper({ logPath: '/var/log/x' })).not.toBe(Sidecar.logShipper({ logPath: '/var/log/y' }));
  });

  test('two shippers of the same logs (two outputs) share the volume, mounted once in the app', () => {
    const chart = newChart();
    new AppPod(chart, 'Web', {
      app: APP,
      extensions: [Sidecar.logShipper(), Sidecar.logShipper({ name: 'archive', output: '@type stdout' })],
    });
    const spec = podSpecOf(only(synth(chart), 'Deployment'));
    expect(spec.containers.map((c: any) => c.name)).toEqual(['app', 'log-shipper', 'archive']);
    expect(spec.containers[0].volumeMounts.filter((m: any) => m.mountPath === '/var/log/app')).toHaveLength(1);
  });
});
