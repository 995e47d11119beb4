/**
 * The adapter's command line, run for real: Debian's nginx serves `stub_status` on the loopback
 * (a config of its own in a temporary folder, an unprivileged port), Debian's
 * prometheus-nginx-exporter (same `--flag=value` arguments as the image the adapter runs) starts
 * with exactly the arguments the library emits, and its metrics endpoint reports `nginx_up 1`.
 * `.ci/run` installs both. Then the values that would make a broken URL or a clashing port are
 * refused at synth.
 */
// @ts-nocheck

import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { Adapter, AdapterProps, AppPod, NginxExporterOptions } from '../../lib';
import { errorOf, newChart, only, podMetadataOf, podSpecOf, synth } from '../util';
import { describeWithTools } from './tools';

const NGINX = '/usr/sbin/nginx';
const EXPORTER = '/usr/bin/prometheus-nginx-exporter';

const describeRun = describeWithTools([NGINX, EXPORTER], 'nginx prometheus-nginx-exporter');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function get(port: number, urlPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: urlPath, timeout: 2000 }, (response) => {
      let body = '';
      response.on('data', (d) => {
        body += d;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.on('timeout', () => request.destroy(new Error('timeout')));
  });
}

async function waitFor<T>(attempt: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The adapter container the library synthesizes for these options, as it appears in the YAML. */
function exporterContainer(options: NginxExporterOptions): { container: any; annotations: Record<string, string> } {
  const chart = newChart();
  new AppPod(chart, 'Web', {
    app: { image: 'nginx:1.25', ports: [{ number: options.statusPort ?? 8080, name: 'http' }] },
    extensions: [Adapter.nginxExporter(options)],
  });
  const deployment = only(synth(chart), 'Deployment');
  const container = podSpecOf(deployment).containers.find((c: any) => c.name === 'metrics-adapter');
  return { container, annotations: podMetadataOf(deployment).annotations };
}

describeRun('the NGINX exporter adapter against real nginx', () => {
  const processes: ChildProcess[] = [];
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-exporter-'));
  });
  afterEach(() => {
    processes.splice(0).forEach((p) => p.kill('SIGKILL'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the emitted arguments scrape stub_status on the loopback and serve nginx_up 1', async () => {
    const statusPort = await freePort();
    const metricsPort = await freePort();
    const statusPath = '/nginx_status';
    const temp = (name: string) => path.join(dir, name);
    fs.writeFileSync(
      temp('nginx.conf'),
      [
        // One process, no privilege drop, every file in the temporary folder.
        'daemon off;',
        'master_process off;',
        `pid ${temp('nginx.pid')};`,
        `error_log ${temp('error.log')};`,
        'events { worker_connections 16; }',
        'http {',
        '  access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${temp(t)};`),
        `  server { listen 127.0.0.1:${statusPort}; location = ${statusPath} { stub_status; } }`,
        '}',
      ].join('\n'),
    );
    processes.push(spawn(NGINX, ['-p', dir, '-c', temp('nginx.conf'), '-e', temp('error.log')], { stdio: 'ignore' }));
    const status = await waitFor(async () => {
      const response = await get(statusPort, statusPath);
      return response.status === 200 ? response.body : undefined;
    });
    expect(status).toMatch(/^Active connections: \d+/);

    const { container, annotations } = exporterContainer({ statusPort, statusPath, metricsPort });
    expect(container.args).toEqual([
      `--nginx.scrape-uri=http://127.0.0.1:${statusPort}${statusPath}`,
      `--web.listen-address=:${metricsPort}`,
      '--web.telemetry-path=/metrics',
    ]);
    // No environment: the exporter reads defaults from variables such as SCRAPE_URI.
    processes.push(spawn(EXPORTER, container.args, { env: {}, stdio: 'ignore' }));
    const metrics = await waitFor(async () => {
      const response = await get(metricsPort, annotations['prometheus.io/path']);
      return response.status === 200 ? response.body : undefined;
    });
    expect(metrics).toMatch(/^nginx_up 1$/m);
    expect(metrics).toMatch(/^nginx_connections_accepted \d+$/m);
    // The probes and annotations point where the exporter serves.
    expect(annotations['prometheus.io/port']).toBe(String(metricsPort));
    expect(container.readinessProbe.httpGet).toMatchObject({ path: '/metrics', port: metricsPort });
  }, 30_000);
});

describe('adapter checks at synth', () => {
  const pod = (extensions: Adapter[], appPorts = [{ number: 8080, name: 'http' }]) =>
    new AppPod(newChart(), 'Web', { app: { image: 'nginx:1.25', ports: appPorts }, extensions });
  const custom = (props: Partial<AdapterProps>) => new Adapter({ name: 'converter', image: 'converter:1.0', metricsPort: 9200, ...props });

  test.each([
    ['a relative status path', { statusPath: 'stub_status' }, /is not an absolute path/],
    ['a status path with a space', { statusPath: '/stub status' }, /characters a URL path cannot carry/],
    ['a status path with a query', { statusPath: '/stub_status?x=1' }, /characters a URL path cannot carry/],
    ['a status path with a fragment', { statusPath: '/stub_status#top' }, /characters a URL path cannot carry/],
    ['a status path with a newline', { statusPath: '/stub_status\n--web.listen-address=:80' }, /control character/],
    ['a status path starting with //', { statusPath: '//evil.example.com/x' }, /reads as a host/],
    ['a broken percent escape', { statusPath: '/stub%zz' }, /characters a URL path cannot carry/],
  ])('%s is refused: the scrape URL would be broken', (_, options, what) => {
    const error = errorOf(() => pod([Adapter.nginxExporter(options)]));
    expect(error.code).toBe('invalid-metrics-path');
    expect(error.message).toMatch(/^test\/Web: adapter "metrics-adapter" has stub_status path /);
    expect(error.message).toMatch(what);
  });

  test.each([
    ['a relative metrics path', { metricsPath: 'metrics' }],
    ['a metrics path with a space', { metricsPath: '/my metrics' }],
    ['a metrics path with a quote', { metricsPath: '/metrics"' }],
  ])('%s is refused', (_, props) => {
    expect(errorOf(() => pod([custom(props)])).code).toBe('invalid-metrics-path');
  });

  test('URL-safe paths are kept as written', () => {
    const { container } = exporterContainer({ statusPath: '/status/nginx;v=1/%7Euser' });
    expect(container.args[0]).toBe('--nginx.scrape-uri=http://127.0.0.1:8080/status/nginx;v=1/%7Euser');
  });

  test.each([
    ['statusPort 0', { statusPort: 0 }, /stub_status port 0/],
    ['statusPort 70000', { statusPort: 70000 }, /stub_status port 70000/],
    ['statusPort 80.5', { statusPort: 80.5 }, /stub_status port 80.5/],
    ['metricsPort 0', { metricsPort: 0 }, /metricsPort 0/],
    ['metricsPort 65536', { metricsPort: 65536 }, /metricsPort 65536/],
  ])('%s is refused', (_, options, what) => {
    const error = errorOf(() => pod([Adapter.nginxExporter(options)]));
    expect(error.code).toBe('invalid-adapter-port');
    expect(error.message).toMatch(what);
  });

  test("a metrics port named like one of the app's ports is refused", () => {
    const error = errorOf(() => pod([custom({ metricsPortName: 'http' })]));
    expect(error.code).toBe('adapter-port-name');
    expect(error.message).toContain(
      'adapter "converter" names its metrics port "http", but container "app" already has a port of that name',
    );
    expect(errorOf(() => pod([Adapter.nginxExporter()], [{ number: 8080, name: 'metrics' }])).code).toBe('adapter-port-name');
  });

  test("a metrics port named like one of the adapter's own ports is refused", () => {
    expect(errorOf(() => pod([custom({ ports: [{ number: 9300, name: 'metrics' }] })])).code).toBe('adapter-port-name');
  });
});
