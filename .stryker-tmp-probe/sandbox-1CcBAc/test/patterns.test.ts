// @ts-nocheck
import { App, Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import {
  Adapter,
  AdapterPod,
  Ambassador,
  AmbassadorPod,
  AppPod,
  AppPodProps,
  Controller,
  ContainerRole,
  DependencyCondition,
  IstioSidecar,
  MeshPod,
  MetricsMonitor,
  MigratingApp,
  Migration,
  MigrationMode,
  PodAnnotations,
  QosPreset,
  ResourceSize,
  SecurityProfile,
  Sidecar,
  WaitFor,
} from '../lib';
import { newChart, ofKind, only, podMetadataOf, podSpecOf, synth, errorOf, errorsOf } from './util';

let warnings: jest.SpyInstance;
beforeEach(() => {
  warnings = jest.spyOn(console, 'warn');
});

const app = { image: 'myapp:1.0', ports: [{ number: 8080, name: 'http' }] };

function build(props: Partial<AppPodProps> = {}) {
  const chart = newChart();
  const pod = new AppPod(chart, 'Web', { app, ...props });
  return { chart, pod, manifests: () => synth(chart) };
}

describe('AmbassadorPod', () => {
  test('the app reaches the remote through localhost; the proxy forwards to it', () => {
    const chart = newChart();
    new AmbassadorPod(chart, 'Web', { app, ambassadors: [new Ambassador({ name: 'db', upstream: 'db.example.com:3306' })] });
    const [appContainer, proxy] = podSpecOf(only(synth(chart), 'Deployment')).containers;
    expect(appContainer.env).toEqual([
      { name: 'DB_HOST', value: '127.0.0.1' },
      { name: 'DB_PORT', value: '3306' },
      { name: 'DB_ADDRESS', value: '127.0.0.1:3306' },
    ]);
    expect(JSON.stringify(appContainer)).not.toContain('db.example.com');
    expect(proxy).toMatchObject({
      name: 'db-ambassador',
      image: 'alpine/socat:1.8.0.3',
      command: ['socat'],
      args: ['TCP-LISTEN:3306,bind=127.0.0.1,fork,reuseaddr,max-children=100', 'TCP:db.example.com:3306'],
      ports: [{ containerPort: 3306 }],
    });
    // 3306 is 0CEA: the probe reads the listening socket from the kernel, it does not connect.
    expect(proxy.readinessProbe.exec.command).toEqual(['sh', '-c', "grep -q ' 0100007F:0CEA 00000000:0000 0A ' /proc/net/tcp"]);
    expect(proxy.startupProbe).toBeUndefined();
    expect(proxy.livenessProbe.exec.command).toEqual(proxy.readinessProbe.exec.command);
    expect(proxy.securityContext).toMatchObject({
      runAsNonRoot: true,
      runAsUser: 65534,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
  });

  test('several ambassadors on distinct local ports, each counted for QoS', () => {
    const chart = newChart();
    new AmbassadorPod(chart, 'Web', {
      app,
      ambassadors: [
        new Ambassador({ name: 'db', upstream: 'db:5432' }),
        new Ambassador({ name: 'cache', upstream: 'redis:6379', localPort: 16379 }),
      ],
      qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }),
    });
    const deployment = only(synth(chart), 'Deployment');
    const containers = podSpecOf(deployment).containers;
    expect(containers.map((c: any) => c.name)).toEqual(['app', 'db-ambassador', 'cache-ambassador']);
    expect(containers[2].args).toEqual(['TCP-LISTEN:16379,bind=127.0.0.1,fork,reuseaddr,max-children=100', 'TCP:redis:6379']);
    expect(containers[2].resources.limits).toEqual({ cpu: '50m', memory: '64Mi' });
    expect(podMetadataOf(deployment).annotations[PodAnnotations.QOS_CLASS]).toBe('Guaranteed');
  });

  test('bring your own proxy image and arguments', () => {
    const chart = newChart();
    new AmbassadorPod(chart, 'Web', {
      app,
      ambassadors: [
        new Ambassador({
          name: 'db',
          upstream: 'db:5432',
          proxy: {
            image: 'envoyproxy/envoy:v1.28.0',
            args: ['-c', '/etc/envoy/envoy.yaml'],
            readiness: kplus.Probe.fromTcpSocket({ port: 5432 }),
          },
        }),
      ],
    });
    const proxy = podSpecOf(only(synth(chart), 'Deployment')).containers[1];
    expect(proxy).toMatchObject({ image: 'envoyproxy/envoy:v1.28.0', args: ['-c', '/etc/envoy/envoy.yaml'] });
    expect(proxy.command).toBeUndefined();
  });
});

describe('AdapterPod', () => {
  test('the adapter exposes a named metrics port and the scrape annotations point at it, not the app', () => {
    const chart = newChart();
    new AdapterPod(chart, 'Web', { app, adapters: [Adapter.nginxExporter({ statusPort: 8080 })] });
    const deployment = only(synth(chart), 'Deployment');
    const adapter = podSpecOf(deployment).containers[1];
    expect(adapter).toMatchObject({
      name: 'metrics-adapter',
      image: 'nginx/nginx-prometheus-exporter:1.1.0',
      ports: [{ containerPort: 9113, name: 'metrics' }],
    });
    expect(adapter.args).toContain('--nginx.scrape-uri=http://127.0.0.1:8080/stub_status');
    expect(podMetadataOf(deployment).annotations).toMatchObject({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': '9113',
      'prometheus.io/path': '/metrics',
    });
  });

  test('a PodMonitor selects the pods and scrapes the adapter port by name', () => {
    const chart = newChart();
    new AdapterPod(chart, 'Web', { app, adapters: [Adapter.nginxExporter({ monitor: MetricsMonitor.POD_MONITOR })] });
    const monitor = only(synth(chart), 'PodMonitor');
    expect(monitor.apiVersion).toBe('monitoring.coreos.com/v1');
    expect(monitor.spec).toEqual({
      selector: { matchLabels: { 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/instance': 'web' } },
      podMetricsEndpoints: [{ port: 'metrics', path: '/metrics' }],
    });
  });

  test('a ServiceMonitor puts the metrics port on the Service', () => {
    const chart = newChart();
    new AdapterPod(chart, 'Web', { app, service: {}, adapters: [Adapter.nginxExporter({ monitor: MetricsMonitor.SERVICE_MONITOR })] });
    const all = synth(chart);
    expect(only(all, 'Service').spec.ports).toContainEqual({ name: 'metrics', port: 9113, targetPort: 9113 });
    expect(only(all, 'ServiceMonitor').spec.endpoints).toEqual([{ port: 'metrics', path: '/metrics' }]);
  });

  test('bring your own adapter', () => {
    const chart = newChart();
    new AdapterPod(chart, 'Web', {
      app,
      adapters: [
        new Adapter({
          name: 'json-exporter',
          image: 'quay.io/prometheuscommunity/json-exporter:v0.6.0',
          metricsPort: 7979,
          metricsPath: '/probe',
        }),
      ],
    });
    const deployment = only(synth(chart), 'Deployment');
    expect(podSpecOf(deployment).containers[1].ports).toEqual([{ containerPort: 7979, name: 'metrics' }]);
    expect(podMetadataOf(deployment).annotations['prometheus.io/path']).toBe('/probe');
  });
});

describe('MigratingApp', () => {
  const props = {
    app: {
      ...app,
      command: ['java', '-jar', 'app.jar'],
      env: { DB_URL: 'jdbc:postgresql://db:5432/app' },
      volumeMounts: [{ volume: 'cfg', path: '/etc/app' }],
    },
    sharedVolumes: [{ name: 'cfg' }],
    controller: Controller.deployment({ replicas: 1 }),
  };

  test("waits for dependencies in order, then migrates with the app's image, env and mounts", () => {
    const chart = newChart();
    new MigratingApp(chart, 'Web', {
      ...props,
      waitFor: [WaitFor.tcp({ name: 'db', host: 'db', port: 5432 }), WaitFor.tcp({ name: 'cache', host: 'cache', port: 6379 })],
      migration: new Migration({ command: ['java', '-jar', 'app.jar', '--migrate'] }),
    });
    const spec = podSpecOf(only(synth(chart), 'Deployment'));
    expect(spec.initContainers.map((c: any) => c.name)).toEqual(['wait-for-db', 'wait-for-cache', 'migrate']);
    const [waitForDb, , migrate] = spec.initContainers;
    expect(waitForDb.image).toBe('busybox:1.36');
    expect(waitForDb.command.slice(0, 2)).toEqual(['sh', '-c']);
    expect(waitForDb.command[2]).toContain('waiting up to 300s for db:5432 (db)');
    expect(migrate).toMatchObject({
      image: 'myapp:1.0',
      command: ['java', '-jar', 'app.jar', '--migrate'],
      env: [{ name: 'DB_URL', value: 'jdbc:postgresql://db:5432/app' }],
      volumeMounts: [{ name: 'cfg', mountPath: '/etc/app', readOnly: false }],
    });
    expect(migrate.ports).toBeUndefined();
    expect(migrate.readinessProbe).toBeUndefined();
  });

  test('the migration follows the app image: changing the app image changes the migration', () => {
    const chart = newChart();
    new MigratingApp(chart, 'Web', {
      ...props,
      app: { ...props.app, image: 'myapp:2.0' },
      migration: new Migration({ args: ['--migrate'] }),
    });
    expect(podSpecOf(only(synth(chart), 'Deployment')).initContainers[0].image).toBe('myapp:2.0');
  });

  test('an init-container migration on a replicated workload warns, unless declared concurrency-safe', () => {
    new MigratingApp(newChart(), 'Web', {
      ...props,
      controller: Controller.deployment({ replicas: 3 }),
      migration: new Migration({ args: ['--migrate'] }),
    });
    expect(warnings).toHaveBeenCalledWith(
      expect.stringMatching(/^warning: test\/Web: the migration runs as an init container of a Deployment of 3 replicas/),
    );
    warnings.mockClear();
    new MigratingApp(newChart(), 'Web', {
      ...props,
      controller: Controller.deployment({ replicas: 3 }),
      migration: new Migration({ args: ['--migrate'], concurrencySafe: true }),
    });
    expect(warnings).not.toHaveBeenCalled();
  });

  test("JOB mode runs the migration once per version in a hooked Job, with the app's image and volumes", () => {
    const chart = newChart();
    new MigratingApp(chart, 'Web', {
      ...props,
      controller: Controller.deployment({ replicas: 3 }),
      migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
      qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }),
    });
    const all = synth(chart);
    expect(warnings).not.toHaveBeenCalled();
    expect(podSpecOf(only(all, 'Deployment')).initContainers).toBeUndefined();
    const job = only(all, 'Job');
    expect(job.metadata.name).toMatch(/^web-migrate-[0-9a-f]{8}$/);
    expect(job.metadata.annotations).toMatchObject({ 'argocd.argoproj.io/hook': 'PreSync', 'helm.sh/hook': 'pre-install,pre-upgrade' });
    const spec = podSpecOf(job);
    expect(spec.restartPolicy).toBe('Never');
    expect(spec.containers[0]).toMatchObject({ name: 'migrate', image: 'myapp:1.0', args: ['--migrate'] });
    expect(spec.volumes).toEqual([{ name: 'cfg', emptyDir: {} }]);
    expect(podMetadataOf(job).annotations[PodAnnotations.QOS_CLASS]).toBe('Guaranteed');
  });

  test('the migration Job waits for the same dependencies as the app, in the same order', () => {
    const chart = newChart();
    new MigratingApp(chart, 'Web', {
      ...props,
      controller: Controller.deployment({ replicas: 3 }),
      waitFor: [WaitFor.tcp({ name: 'db', host: 'db', port: 5432 }), WaitFor.tcp({ name: 'cache', host: 'cache', port: 6379 })],
      migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
    });
    const all = synth(chart);
    const names = (object: any) => podSpecOf(object).initContainers.map((c: any) => c.name);
    expect(names(only(all, 'Job'))).toEqual(['wait-for-db', 'wait-for-cache']);
    expect(names(only(all, 'Job'))).toEqual(names(only(all, 'Deployment')));
    expect(podSpecOf(only(all, 'Job')).initContainers[0].command).toEqual(podSpecOf(only(all, 'Deployment')).initContainers[0].command);
  });

  test('the Job name changes with the image, so every version migrates once', () => {
    const jobName = (image: string) => {
      const chart = newChart();
      new MigratingApp(chart, 'Web', {
        ...props,
        app: { ...props.app, image },
        migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
      });
      return only(synth(chart), 'Job').metadata.name;
    };
    expect(jobName('myapp:1.0')).toBe(jobName('myapp:1.0'));
    expect(jobName('myapp:1.0')).not.toBe(jobName('myapp:1.1'));
  });

  test('a migration through a classic ambassador warns that it is not running yet', () => {
    new MigratingApp(newChart(), 'Web', {
      ...props,
      extensions: [new Ambassador({ name: 'db', upstream: 'db.example.com:5432' })],
      migration: new Migration({ args: ['--migrate'] }),
    });
    expect(warnings).toHaveBeenCalledWith(expect.stringContaining('runs before classic sidecars ("db-ambassador") start'));
  });

  test('start dependencies map to Kubernetes: SUCCESS an init container, START and HEALTHY native sidecars', () => {
    const { pod, manifests } = build();
    pod.addStartDependency({ condition: DependencyCondition.SUCCESS, container: { name: 'setup', image: 'setup:1' } });
    pod.addStartDependency({ condition: DependencyCondition.START, container: { name: 'proxy', image: 'proxy:1' } });
    pod.addStartDependency({
      condition: DependencyCondition.HEALTHY,
      container: { name: 'vault-agent', image: 'vault:1.15.0', startup: kplus.Probe.fromCommand(['test', '-f', '/vault/token']) },
    });
    const init = podSpecOf(only(manifests(), 'Deployment')).initContainers;
    expect(init.map((c: any) => [c.name, c.restartPolicy])).toEqual([
      ['setup', undefined],
      ['proxy', 'Always'],
      ['vault-agent', 'Always'],
    ]);
    expect(init[2].startupProbe).toBeDefined();
  });

  test("the migration keeps the app's security opt-outs, and a migration Job the pod's identity, security and placement", () => {
    const chart = newChart();
    const account = new kplus.ServiceAccount(chart, 'Account', { metadata: { name: 'migrator' } });
    new MigratingApp(chart, 'Web', {
      app: {
        image: 'vendor/app:latest',
        allowLatestTag: true,
        securityContext: { ensureNonRoot: false, user: 0 },
        securityProfile: SecurityProfile.baseline('vendor image runs as root'),
      },
      serviceAccount: account,
      security: { fsGroup: 2000 },
      scheduling: { nodeSelector: { pool: 'batch' } },
      migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
    });
    const job = only(synth(chart), 'Job');
    const spec = podSpecOf(job);
    expect(spec.containers[0].securityContext).toMatchObject({ runAsNonRoot: false, runAsUser: 0 });
    expect(spec).toMatchObject({ serviceAccountName: 'migrator', nodeSelector: { pool: 'batch' }, securityContext: { fsGroup: 2000 } });
  });

  test('the migration Job is renamed whenever its pod template changes, environment included', () => {
    const jobName = (value: string) => {
      const chart = newChart();
      new MigratingApp(chart, 'Web', {
        ...props,
        app: { ...props.app, env: { MODE: value } },
        migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
      });
      return only(synth(chart), 'Job').metadata.name;
    };
    expect(jobName('a')).not.toBe(jobName('b'));
  });

  test('a migration image may differ when the user says why', () => {
    const { manifests } = build({
      extensions: [
        new Migration({ args: ['--migrate'], image: 'myapp-migrations:1.0', imageOverrideReason: 'migrations ship separately' }),
      ],
    });
    expect(podSpecOf(only(manifests(), 'Deployment')).initContainers[0].image).toBe('myapp-migrations:1.0');
  });
});

describe('service mesh', () => {
  test('asks the Istio webhook for the sidecar, sized from the QoS preset so Guaranteed holds', () => {
    const chart = newChart();
    new MeshPod(chart, 'Web', { app, qos: QosPreset.guaranteed({ size: ResourceSize.SMALL, helperSize: ResourceSize.MICRO }) });
    const deployment = only(synth(chart), 'Deployment');
    const metadata = podMetadataOf(deployment);
    expect(metadata.labels['sidecar.istio.io/inject']).toBe('true');
    expect(metadata.annotations).toMatchObject({
      'sidecar.istio.io/proxyCPU': '100m',
      'sidecar.istio.io/proxyCPULimit': '100m',
      'sidecar.istio.io/proxyMemory': '128Mi',
      'sidecar.istio.io/proxyMemoryLimit': '128Mi',
      'proxy.istio.io/config': '{"holdApplicationUntilProxyStarts":true}',
      [PodAnnotations.QOS_CLASS]: 'Guaranteed',
    });
    expect(podSpecOf(deployment).containers.map((c: any) => c.name)).toEqual(['app']);
  });

  test("without a preset the injected proxy has Istio's default resources, and the class says so", () => {
    const chart = newChart();
    new MeshPod(chart, 'Web', { app });
    expect(podMetadataOf(only(synth(chart), 'Deployment')).annotations[PodAnnotations.QOS_CLASS]).toBe('Burstable');
  });

  test('strict mTLS through a PeerAuthentication selecting the pods', () => {
    const chart = newChart();
    new MeshPod(chart, 'Web', { app, mesh: { strictMtls: true } });
    const peer = only(synth(chart), 'PeerAuthentication');
    expect(peer.apiVersion).toBe('security.istio.io/v1beta1');
    expect(peer.spec).toEqual({
      selector: { matchLabels: { 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/instance': 'web' } },
      mtls: { mode: 'STRICT' },
    });
  });

  test('an app port that the injected proxy uses fails synth', () => {
    expect(errorOf(() => build({ app: { image: 'a:1', ports: [{ number: 15090 }] }, extensions: [new IstioSidecar()] })).code).toBe(
      'port-collision',
    );
  });

  test('the explicit istio-proxy container is an opt-in, with a warning', () => {
    const { manifests } = build({
      extensions: [new IstioSidecar({ explicitProxy: true })],
      qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }),
    });
    const spec = podSpecOf(only(manifests(), 'Deployment'));
    expect(spec.containers[1]).toMatchObject({ name: 'istio-proxy', image: 'istio/proxyv2:1.20.0', args: ['proxy', 'sidecar'] });
    expect(warnings).toHaveBeenCalledWith(expect.stringContaining('explicit istio-proxy container'));
  });

  test('the explicit proxy takes its proxySize from the preset ladder', () => {
    const { manifests } = build({
      extensions: [new IstioSidecar({ explicitProxy: true, proxySize: ResourceSize.LARGE })],
      qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }),
    });
    expect(podSpecOf(only(manifests(), 'Deployment')).containers[1].resources.limits).toEqual({ cpu: '1', memory: '1024Mi' });
  });

  test('unnamed Service ports warn: Istio picks the protocol from the name', () => {
    build({ app: { image: 'a:1', ports: [{ number: 8080 }] }, service: {}, extensions: [new IstioSidecar()] });
    expect(warnings).toHaveBeenCalledWith(expect.stringContaining('Service port 8080 is named ""'));
  });
});

describe('composition', () => {
  test('sidecar, ambassador, adapter, wait-for, migration in one pod; QoS holds with every helper', () => {
    const chart = newChart();
    new MigratingApp(chart, 'Shop', {
      app,
      controller: Controller.deployment({ replicas: 3 }),
      qos: QosPreset.guaranteed({ size: ResourceSize.MEDIUM }),
      waitFor: [WaitFor.tcp({ name: 'db', host: 'db', port: 5432 })],
      extensions: [new Ambassador({ name: 'db', upstream: 'db:5432', nativeSidecar: true }), Sidecar.logShipper(), Adapter.nginxExporter()],
      migration: new Migration({ args: ['--migrate'], concurrencySafe: true }),
    });
    const all = synth(chart);
    const deployment = only(all, 'Deployment');
    const spec = podSpecOf(deployment);
    // Helpers first (a native sidecar is up before the init steps that may use it), then wait-for steps, then the migration.
    expect(spec.initContainers.map((c: any) => c.name)).toEqual(['db-ambassador', 'wait-for-db', 'migrate']);
    expect(spec.containers.map((c: any) => c.name)).toEqual(['app', 'log-shipper', 'metrics-adapter']);
    for (const c of [...spec.containers, ...spec.initContainers]) {
      expect(c.resources.requests).toEqual(c.resources.limits);
    }
    expect(podMetadataOf(deployment).annotations[PodAnnotations.QOS_CLASS]).toBe('Guaranteed');
    expect(ofKind(all, 'PodDisruptionBudget')).toHaveLength(1);
  });

  test('a helper added with its own resources still breaks the class, and synth says which', () => {
    const chart = newChart();
    const pod = new MigratingApp(chart, 'Shop', {
      app,
      qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }),
      extensions: [Sidecar.logShipper()],
    });
    pod.addContainer({ name: 'debug-agent', image: 'agent:1.0', resources: { cpu: { request: '10m' } } }, ContainerRole.HELPER);
    expect(errorOf(() => synth(chart)).message).toContain('container "debug-agent" has no cpu limit');
  });
});

describe('order of extensions', () => {
  const ambassador = () => new Ambassador({ name: 'db', upstream: 'db.example.com:5432', nativeSidecar: true });
  const migration = () => new Migration({ args: ['--migrate'], concurrencySafe: true });
  const wait = () => WaitFor.tcp({ name: 'db', host: 'db.example.com', port: 5432 });

  test('every order of the same extensions gives the same YAML and the same warnings', () => {
    const orders = [
      [ambassador(), wait(), migration(), Sidecar.logShipper()],
      [migration(), wait(), Sidecar.logShipper(), ambassador()],
      [wait(), migration(), ambassador(), Sidecar.logShipper()],
    ];
    const outputs = orders.map((extensions) => {
      warnings.mockClear();
      const chart = newChart();
      new AppPod(chart, 'Web', { app: { ...app, env: { DB_URL: 'postgres://db.example.com:5432/x' } }, extensions });
      return { yaml: JSON.stringify(synth(chart)), warned: warnings.mock.calls.map(([m]) => String(m)).sort() };
    });
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
  });

  test('a migration listed before an ambassador still gets the variables the ambassador gives the app', () => {
    const { manifests } = build({ extensions: [migration(), ambassador()] });
    const spec = podSpecOf(only(manifests(), 'Deployment'));
    const migrate = spec.initContainers.find((c: any) => c.name === 'migrate');
    expect(migrate.env.map((e: any) => e.name)).toEqual(expect.arrayContaining(['DB_HOST', 'DB_PORT', 'DB_ADDRESS']));
    expect(spec.initContainers.map((c: any) => c.name)).toEqual(['db-ambassador', 'migrate']);
  });

  test('an extension added after a migration copied the app is refused; before it, it is applied at once', () => {
    const { pod } = build({ extensions: [migration()] });
    const error = errorOf(() => pod.addExtension(ambassador()));
    expect(error.code).toBe('extension-order');
    expect(error.message).toContain('Ambassador is added after a derived extension (Migration)');
    const other = build().pod;
    other.addExtension(ambassador());
    other.addExtension(migration());
    expect(other.containers.map((c) => c.name)).toEqual(['app', 'db-ambassador', 'migrate']);
  });
});

describe('reporting', () => {
  test('one synth reports every problem of every pod, each with its code, path and fix', () => {
    const chart = newChart();
    for (const id of ['Web', 'Api']) {
      const pod = new AppPod(chart, id, { app, qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }) });
      pod.addContainer({ name: 'agent', image: 'agent:1.0', resources: { cpu: { request: '10m' } } });
      pod.addPodAnnotation(PodAnnotations.PROMETHEUS_PORT, '9999');
    }
    const errors = errorsOf(() => synth(chart));
    expect(errors.map((e) => `${e.path} ${e.code}`)).toEqual([
      'test/Web qos-mismatch',
      'test/Web scrape-port-not-exposed',
      'test/Api qos-mismatch',
      'test/Api scrape-port-not-exposed',
    ]);
  });

  test('cdk8s synth prints each problem once, after its construct path', () => {
    const chart = newChart();
    new AppPod(chart, 'Web', { app, qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }) }).addContainer({
      name: 'agent',
      image: 'agent:1.0',
      resources: { cpu: { request: '10m' } },
    });
    expect(() => (chart.node.root as App).synthYaml()).toThrow(
      /^Validation failed with the following errors:\n {2}\[test\/Web\] the pod asks for QoS class Guaranteed [^\n]+\. Fix: [^\n]+ \[qos-mismatch\]$/,
    );
  });
});

describe('BestEffort by accident', () => {
  const bestEffortWarnings = () => warnings.mock.calls.map(([m]) => String(m)).filter((m) => m.includes('BestEffort'));

  test('a pod with no preset and no resources is warned about, with the fix', () => {
    build({ app: { image: 'myapp:1.0' } }).manifests();
    expect(bestEffortWarnings()).toEqual([
      expect.stringMatching(
        /^warning: test\/Web: no container of "web" has CPU or memory requests, so the pod is BestEffort.+QosPreset\.bestEffort\(\)/,
      ),
    ]);
  });

  test('an explicit BestEffort preset, or any resources, stays silent', () => {
    build({ qos: QosPreset.bestEffort() }).manifests();
    build({ app: { ...app, resources: { memory: { request: '64Mi', limit: '64Mi' } } } }).manifests();
    expect(bestEffortWarnings()).toEqual([]);
  });
});

describe('the pod as Kubernetes runs it', () => {
  test('in the mesh, a wait-for step runs as the proxy user, which istio-init does not redirect', () => {
    const { manifests } = build({ extensions: [new IstioSidecar(), WaitFor.tcp({ name: 'db', host: 'db', port: 5432 })] });
    const wait = podSpecOf(only(manifests(), 'Deployment')).initContainers[0];
    expect(wait.securityContext).toMatchObject({ runAsUser: 1337, runAsGroup: 1337, runAsNonRoot: true });
    const plain = podSpecOf(only(build({ extensions: [WaitFor.tcp({ name: 'db', host: 'db', port: 5432 })] }).manifests(), 'Deployment'));
    expect(plain.initContainers[0].securityContext.runAsUser).toBe(65534);
  });

  test('a wait-for on localhost is fine behind a native sidecar that listens there', () => {
    const { manifests } = build({
      extensions: [
        WaitFor.tcp({ name: 'db', host: '127.0.0.1', port: 5432 }),
        new Ambassador({ name: 'db', upstream: 'db.example.com:5432', nativeSidecar: true }),
      ],
    });
    expect(podSpecOf(only(manifests(), 'Deployment')).initContainers.map((c: any) => c.name)).toEqual(['db-ambassador', 'wait-for-db']);
  });

  test('a Job with native helpers completes; the same helpers classic are refused', () => {
    const native = build({ controller: Controller.job(), extensions: [Sidecar.logShipper({ nativeSidecar: true })] });
    expect(() => native.manifests()).not.toThrow();
    const classic = build({ controller: Controller.job(), extensions: [Sidecar.logShipper()] });
    const errors = errorsOf(() => classic.manifests());
    expect(errors.map((e) => e.code)).toEqual(['job-never-completes']);
    expect(errors[0].message).toContain('"log-shipper" is a classic sidecar of a Job');
  });

  test('a migration Job stays out of the mesh and carries the pod annotations and grace period of the app', () => {
    const chart = newChart();
    new MigratingApp(chart, 'Web', {
      app: { image: 'myapp:1.0', ports: [{ number: 8080, name: 'http' }] },
      podAnnotations: { 'vault.hashicorp.com/agent-inject': 'true' },
      terminationGracePeriod: Duration.seconds(45),
      extensions: [new IstioSidecar()],
      migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
    });
    const job = only(synth(chart), 'Job');
    expect(podMetadataOf(job).labels['sidecar.istio.io/inject']).toBe('false');
    expect(podMetadataOf(job).annotations['vault.hashicorp.com/agent-inject']).toBe('true');
    expect(podSpecOf(job).terminationGracePeriodSeconds).toBe(45);
  });

  test("the migration Job's name changes when a volume changes under the same name", () => {
    const jobName = (configMap: string) => {
      const chart = newChart();
      const volume = kplus.Volume.fromConfigMap(chart, 'Cfg', kplus.ConfigMap.fromConfigMapName(chart, 'CM', configMap), { name: 'cfg' });
      new MigratingApp(chart, 'Web', {
        app: { image: 'myapp:1.0', volumeMounts: [{ volume: 'cfg', path: '/etc/app' }] },
        volumes: [volume],
        migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
      });
      return only(synth(chart), 'Job').metadata.name;
    };
    expect(jobName('settings-v1')).toBe(jobName('settings-v1'));
    expect(jobName('settings-v1')).not.toBe(jobName('settings-v2'));
  });
});

describe('mesh settings a user already wrote', () => {
  const proxyConfig = (podAnnotations?: Record<string, string>) =>
    podMetadataOf(only(build({ podAnnotations, extensions: [new IstioSidecar()] }).manifests(), 'Deployment')).annotations[
      'proxy.istio.io/config'
    ];

  test('proxy.istio.io/config is merged, not replaced', () => {
    expect(proxyConfig()).toBe('{"holdApplicationUntilProxyStarts":true}');
    expect(JSON.parse(proxyConfig({ 'proxy.istio.io/config': '{"concurrency":2}' }))).toEqual({
      concurrency: 2,
      holdApplicationUntilProxyStarts: true,
    });
    expect(proxyConfig({ 'proxy.istio.io/config': 'concurrency: 2' })).toBe('concurrency: 2\nholdApplicationUntilProxyStarts: true');
    expect(proxyConfig({ 'proxy.istio.io/config': '{"holdApplicationUntilProxyStarts":false}' })).toBe(
      '{"holdApplicationUntilProxyStarts":false}',
    );
  });

  test('the injected proxy is never sized below what Istio asks for itself (100m, 128Mi) unless asked to', () => {
    const annotations = (mesh: ConstructorParameters<typeof IstioSidecar>[0]) =>
      podMetadataOf(
        only(
          build({ qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }), extensions: [new IstioSidecar(mesh)] }).manifests(),
          'Deployment',
        ),
      ).annotations;
    expect(annotations({})).toMatchObject({ 'sidecar.istio.io/proxyCPU': '100m', 'sidecar.istio.io/proxyMemory': '128Mi' });
    expect(annotations({ proxySize: ResourceSize.NANO })).toMatchObject({
      'sidecar.istio.io/proxyCPU': '50m',
      'sidecar.istio.io/proxyMemory': '64Mi',
    });
  });
});

describe('warnings about how the pod runs', () => {
  const said = () => warnings.mock.calls.map(([m]) => String(m));

  test('a Job whose deadline is shorter than its wait-for steps may wait', () => {
    build({
      controller: Controller.cronJob({ schedule: '0 3 * * *', activeDeadline: Duration.minutes(5) }),
      extensions: [
        WaitFor.tcp({ name: 'db', host: 'db', port: 5432 }),
        WaitFor.tcp({ name: 'cache', host: 'cache', port: 6379, timeout: Duration.minutes(1) }),
      ],
    }).manifests();
    expect(said().filter((m) => m.includes('DeadlineExceeded'))).toEqual([
      expect.stringContaining('the wait-for steps up to "db" may wait 300s, but the CronJob\'s activeDeadline is 300s'),
    ]);
  });

  test("a StatefulSet's init-container migration is said to run again on every pod, one after the other", () => {
    build({ controller: Controller.statefulSet({ replicas: 3 }), extensions: [new Migration({ args: ['--migrate'] })] }).manifests();
    expect(said().some((m) => m.includes('one after the other with OrderedReady'))).toBe(true);
  });

  test('in the mesh, a native sidecar outlives the proxy at shutdown, and monitors meet STRICT mTLS', () => {
    build({
      service: {},
      extensions: [
        new IstioSidecar({ strictMtls: true }),
        Sidecar.logShipper({ nativeSidecar: true }),
        Adapter.nginxExporter({ monitor: MetricsMonitor.POD_MONITOR }),
      ],
    }).manifests();
    expect(said()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('native sidecar "log-shipper" stops after the regular containers, istio-proxy among them'),
        expect.stringContaining("PodMonitor scrape the pod's metrics port directly, which STRICT mTLS refuses"),
      ]),
    );
  });

  test('a native ambassador has a startup probe, so the init steps after it find it listening', () => {
    const { manifests } = build({ extensions: [new Ambassador({ name: 'db', upstream: 'db:5432', nativeSidecar: true })] });
    const ambassador = podSpecOf(only(manifests(), 'Deployment')).initContainers[0];
    expect(ambassador.startupProbe).toMatchObject({
      periodSeconds: 1,
      failureThreshold: 30,
      exec: { command: ambassador.readinessProbe.exec.command },
    });
  });
});

describe('what the mesh needs of the pod', () => {
  test("without Istio's CNI the pod is recorded as privileged for istio-init; with it, restricted", () => {
    const annotations = (cni?: boolean) =>
      podMetadataOf(only(build({ extensions: [new IstioSidecar({ cni })] }).manifests(), 'Deployment')).annotations;
    expect(annotations()).toMatchObject({
      'pod-patterns.io/security-profile': 'privileged',
      'pod-patterns.io/security-exceptions': expect.stringContaining('istio-init (injected): privileged (NET_ADMIN and NET_RAW'),
    });
    expect(annotations(true)['pod-patterns.io/security-profile']).toBe('restricted');
    expect(annotations(true)['pod-patterns.io/security-exceptions']).toBeUndefined();
  });
});

describe('the migration Job as a pre-install hook', () => {
  test('it gets only the volumes it mounts, and a ConfigMap of the same app is said to be missing on a first install', () => {
    const chart = newChart();
    const settings = new kplus.ConfigMap(chart, 'Settings', { metadata: { name: 'web-settings' }, data: { mode: 'prod' } });
    new MigratingApp(chart, 'Web', {
      app: { image: 'myapp:1.0', ports: [{ number: 8080, name: 'http' }], volumeMounts: [{ volume: 'settings', path: '/etc/app' }] },
      volumes: [kplus.Volume.fromConfigMap(chart, 'SettingsVolume', settings, { name: 'settings' })],
      extensions: [Sidecar.logShipper()],
      migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
    });
    const job = only(synth(chart), 'Job');
    // The app's own mounts (its settings, the logs it writes), not the log shipper's config or state.
    expect(podSpecOf(job).volumes.map((v: any) => v.name)).toEqual(['settings', 'logs']);
    expect(warnings.mock.calls.map(([m]) => String(m))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('needs ConfigMap web-settings of the same app: on a first install its pod waits for them'),
      ]),
    );
  });
});

describe('a sidecar configuration change rolls the pods', () => {
  const checksum = (output?: string) =>
    podMetadataOf(only(build({ extensions: [Sidecar.logShipper({ output })] }).manifests(), 'Deployment')).annotations[
      'checksum.pod-patterns.io/log-shipper'
    ];

  test('the pod template carries a checksum of the ConfigMap: same config, same checksum; another config, another', () => {
    expect(checksum()).toMatch(/^[0-9a-f]{16}$/);
    expect(checksum()).toBe(checksum('@type stdout'));
    expect(checksum('@type forward\n<server>\nhost logs.example.com\n</server>')).not.toBe(checksum());
  });
});

describe('what existing workloads need', () => {
  test('imagePullSecrets reach every pod, the migration Job included', () => {
    const chart = newChart();
    new MigratingApp(chart, 'Web', {
      app: { image: 'registry.example.com/team/web:1.0' },
      imagePullSecrets: ['registry-credentials'],
      migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
    });
    const all = synth(chart);
    for (const kind of ['Deployment', 'Job']) {
      expect(podSpecOf(only(all, kind)).imagePullSecrets).toEqual([{ name: 'registry-credentials' }]);
    }
  });

  test('a bare Pod can be one-shot', () => {
    const { manifests } = build({
      controller: Controller.barePod({ reason: 'a one-off report', restartPolicy: kplus.RestartPolicy.NEVER }),
    });
    expect(only(manifests(), 'Pod').spec.restartPolicy).toBe('Never');
  });

  test('an ambassador whose proxy its own arguments address needs no upstream (the Cloud SQL proxy)', () => {
    const { manifests } = build({
      extensions: [
        new Ambassador({
          name: 'db',
          localPort: 5432,
          proxy: { image: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.8.0', args: ['--port=5432', 'my-project:europe-west1:orders'] },
        }),
      ],
    });
    const spec = podSpecOf(only(manifests(), 'Deployment'));
    expect(spec.containers[1]).toMatchObject({ name: 'db-ambassador', args: ['--port=5432', 'my-project:europe-west1:orders'] });
    expect(spec.containers[0].env).toEqual(expect.arrayContaining([{ name: 'DB_ADDRESS', value: '127.0.0.1:5432' }]));
  });
});
