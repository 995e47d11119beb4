/**
 * The catalogue of inputs the library rejects: each row is a test (bad-inputs.test.ts) and a row
 * of docs/errors.md (written by `npm run docs`). Every row builds in a fresh chart `test` an app
 * `Web`, so every message starts with the path `test/Web`.
 */
// @ts-nocheck

import { Chart, Duration, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import {
  Adapter,
  Ambassador,
  AppPod,
  AppPodProps,
  Controller,
  ContainerRole,
  DependencyCondition,
  DisruptionBudget,
  IstioSidecar,
  MetricsMonitor,
  Migration,
  MigrationMode,
  QosPreset,
  ResourceSize,
  SecurityProfile,
  Sidecar,
  WaitFor,
} from '../lib';
import { PodPatternError } from '../lib/errors';
import { errorOf as firstErrorOf, newChart, synth } from './util';

/** One rejected input. */
export interface BadInput {
  /** The error code it gives. */
  readonly code: string;
  /** The input, in words. */
  readonly input: string;
  /** Builds (and where needed synthesizes) the input; must throw. */
  readonly build: () => void;
}

const app = { image: 'myapp:1.0', ports: [{ number: 8080, name: 'http' }] };

function pod(props: Partial<AppPodProps> = {}, chart: Chart = newChart()): AppPod {
  return new AppPod(chart, 'Web', { app, ...props });
}

function synthPod(props: Partial<AppPodProps>, change: (p: AppPod) => void = () => undefined): void {
  const chart = newChart();
  change(pod(props, chart));
  synth(chart);
}

export const BAD_INPUTS: BadInput[] = [
  // Names
  { code: 'invalid-name', input: 'app name not a DNS-1123 label (`My_App`)', build: () => pod({ name: 'My_App' }) },
  {
    code: 'invalid-name',
    input: 'container name not a DNS-1123 label',
    build: () => pod().addContainer({ name: 'Log.Shipper', image: 'x:1' }),
  },
  { code: 'invalid-name', input: 'volume name not a DNS-1123 label', build: () => pod({ sharedVolumes: [{ name: 'Data' }] }) },
  { code: 'invalid-name', input: 'hostname not a DNS-1123 label', build: () => pod({ dns: { hostname: 'my_host' } }) },
  { code: 'invalid-label', input: 'label value with a space (`partOf: "my shop"`)', build: () => pod({ partOf: 'my shop' }) },
  { code: 'invalid-label', input: 'label key with a space', build: () => pod({ labels: { 'bad key': 'v' } }) },
  { code: 'invalid-name', input: 'Service name starting with a digit', build: () => pod({ name: '9gag', service: {} }) },
  {
    code: 'invalid-name',
    input: 'CronJob name longer than 52 characters',
    build: () => pod({ name: 'c'.repeat(53), controller: Controller.cronJob({ schedule: '0 3 * * *' }) }),
  },
  {
    code: 'invalid-env-name',
    input: 'environment variable starting with a digit',
    build: () => pod({ app: { ...app, env: { '1ST_RUN': 'yes' } } }),
  },
  {
    code: 'duplicate-container-name',
    input: 'two containers with one name',
    build: () => pod().addContainer({ name: 'app', image: 'x:1' }),
  },
  { code: 'missing-container-name', input: 'helper without a name', build: () => pod().addContainer({ image: 'x:1' }) },
  // Images
  { code: 'invalid-image', input: 'image with a space', build: () => pod({ app: { image: 'my app:1.0' } }) },
  { code: 'unpinned-image', input: 'image tagged `latest`', build: () => pod({ app: { image: 'myapp:latest' } }) },
  { code: 'unpinned-image', input: 'image without a tag', build: () => pod({ app: { image: 'registry.example.com:5000/myapp' } }) },
  // Quantities
  {
    code: 'invalid-quantity',
    input: 'CPU not a quantity (`1 core`)',
    build: () => pod({ app: { ...app, resources: { cpu: { request: '1 core' } } } }),
  },
  {
    code: 'invalid-quantity',
    input: 'memory in an unknown unit (`512MB`)',
    build: () => pod({ app: { ...app, resources: { memory: { limit: '512MB' } } } }),
  },
  { code: 'invalid-quantity', input: 'negative memory', build: () => pod({ app: { ...app, resources: { memory: { limit: '-1Gi' } } } }) },
  {
    code: 'invalid-quantity',
    input: 'CPU finer than 1m (`0.0001`)',
    build: () => pod({ app: { ...app, resources: { cpu: { request: '0.0001' } } } }),
  },
  {
    code: 'invalid-quantity',
    input: 'memory not a whole number of MiB (`500M`)',
    build: () => pod({ app: { ...app, resources: { memory: { request: '500M' } } } }),
  },
  {
    code: 'request-above-limit',
    input: 'CPU request above its limit',
    build: () => pod({ app: { ...app, resources: { cpu: { request: '2', limit: '1' } } } }),
  },
  { code: 'invalid-size', input: 'custom size of zero CPU', build: () => ResourceSize.custom('tiny', 0, 64) },
  {
    code: 'invalid-preset',
    input: 'Burstable limitFactor below 1',
    build: () => QosPreset.burstable({ size: ResourceSize.SMALL, limitFactor: 0.5 }),
  },
  {
    code: 'invalid-preset',
    input: 'Burstable limitFactor 1 with CPU limits (that is Guaranteed)',
    build: () => QosPreset.burstable({ size: ResourceSize.SMALL, limitFactor: 1 }),
  },
  {
    code: 'invalid-quantity',
    input: 'quantity with an absurd exponent (`1e5000000000`)',
    build: () => pod({ app: { ...app, resources: { cpu: { request: '1e5000000000' } } } }),
  },
  {
    code: 'size-without-qos',
    input: 'container size without a QoS preset',
    build: () => pod({ app: { ...app, size: ResourceSize.SMALL } }),
  },
  // Ports
  {
    code: 'port-collision',
    input: 'two containers on one port',
    build: () => pod().addContainer({ name: 'proxy', image: 'envoy:1.0', ports: [{ number: 8080 }] }),
  },
  {
    code: 'port-collision',
    input: 'native sidecar on the app port',
    build: () => pod().addContainer({ name: 'side', image: 'x:1', ports: [{ number: 8080 }] }, ContainerRole.NATIVE_SIDECAR),
  },
  {
    code: 'port-collision',
    input: 'ambassador on the app port',
    build: () => pod({ extensions: [new Ambassador({ name: 'db', upstream: 'db:8080' })] }),
  },
  {
    code: 'port-collision',
    input: 'adapter on the app port',
    build: () => pod({ extensions: [Adapter.nginxExporter({ metricsPort: 8080 })] }),
  },
  {
    code: 'port-collision',
    input: 'app on a port of the injected Istio proxy',
    build: () => pod({ app: { image: 'a:1', ports: [{ number: 15090 }] }, extensions: [new IstioSidecar()] }),
  },
  { code: 'invalid-port', input: 'port outside 1-65535', build: () => pod({ app: { image: 'a:1', ports: [{ number: 70000 }] } }) },
  {
    code: 'invalid-port-name',
    input: 'port name not an IANA service name',
    build: () => pod({ app: { image: 'a:1', ports: [{ number: 80, name: 'HTTP_PORT' }] } }),
  },
  {
    code: 'init-container-port',
    input: 'port on an init step',
    build: () => pod().addContainer({ name: 'init', image: 'x:1', ports: [{ number: 9 }] }, ContainerRole.INIT),
  },
  // Probes
  {
    code: 'init-container-probe',
    input: 'probe on an init step',
    build: () => pod().addContainer({ name: 'init', image: 'x:1', readiness: kplus.Probe.fromCommand(['true']) }, ContainerRole.INIT),
  },
  {
    code: 'healthy-without-probe',
    input: 'HEALTHY dependency without a startup probe',
    build: () => pod().addStartDependency({ condition: DependencyCondition.HEALTHY, container: { name: 'p', image: 'p:1' } }),
  },
  // Volumes
  {
    code: 'undeclared-volume',
    input: 'mount of an undeclared volume',
    build: () => pod({ app: { ...app, volumeMounts: [{ volume: 'data', path: '/data' }] } }),
  },
  {
    code: 'invalid-mount-path',
    input: 'relative mount path',
    build: () => pod({ sharedVolumes: [{ name: 'd' }], app: { ...app, volumeMounts: [{ volume: 'd', path: 'data' }] } }),
  },
  {
    code: 'duplicate-mount-path',
    input: 'two mounts at one path',
    build: () =>
      pod({
        sharedVolumes: [{ name: 'a' }, { name: 'b' }],
        app: {
          ...app,
          volumeMounts: [
            { volume: 'a', path: '/x' },
            { volume: 'b', path: '/x' },
          ],
        },
      }),
  },
  { code: 'duplicate-volume', input: 'two volumes with one name', build: () => pod({ sharedVolumes: [{ name: 'a' }, { name: 'a' }] }) },
  {
    code: 'unknown-container',
    input: 'mount into a container the pod lacks',
    build: () => pod({ sharedVolumes: [{ name: 'a' }] }).addMount('nope', { volume: 'a', path: '/a' }),
  },
  // QoS
  {
    code: 'qos-mismatch',
    input: 'Guaranteed preset, sidecar with request below limit',
    build: () =>
      synthPod({ qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }) }, (p) =>
        p.addContainer({
          name: 'proxy',
          image: 'proxy:1.0',
          resources: { cpu: { request: '100m', limit: '200m' }, memory: { limit: '64Mi' } },
        }),
      ),
  },
  {
    code: 'qos-mismatch',
    input: 'Guaranteed preset, sidecar without limits',
    build: () =>
      synthPod({ qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }) }, (p) =>
        p.addContainer({ name: 'agent', image: 'agent:1.0', resources: { cpu: { request: '10m' } } }),
      ),
  },
  {
    code: 'qos-mismatch',
    input: 'BestEffort preset, a container with a request',
    build: () =>
      synthPod({ qos: QosPreset.bestEffort() }, (p) =>
        p.addContainer({ name: 'agent', image: 'agent:1.0', resources: { memory: { request: '10Mi' } } }),
      ),
  },
  {
    code: 'unmanaged-container',
    input: 'container added to the cdk8s-plus workload directly',
    build: () => synthPod({}, (p) => p.workload.addContainer({ name: 'sneaky', image: 'x:1' })),
  },
  // Disruption budgets
  {
    code: 'pdb-blocks-eviction',
    input: 'minAvailable 2 on 2 replicas',
    build: () => pod({ controller: Controller.deployment({ replicas: 2 }), disruptionBudget: DisruptionBudget.minAvailable(2) }),
  },
  {
    code: 'pdb-blocks-eviction',
    input: 'minAvailable 100%',
    build: () => pod({ controller: Controller.deployment({ replicas: 5 }), disruptionBudget: DisruptionBudget.minAvailablePercent(100) }),
  },
  {
    code: 'pdb-blocks-eviction',
    input: 'maxUnavailable 0',
    build: () => pod({ controller: Controller.deployment({ replicas: 4 }), disruptionBudget: DisruptionBudget.maxUnavailable(0) }),
  },
  {
    code: 'pdb-unsupported-controller',
    input: 'budget on a DaemonSet',
    build: () => pod({ controller: Controller.daemonSet(), disruptionBudget: DisruptionBudget.maxUnavailable(1) }),
  },
  {
    code: 'pdb-unsupported-controller',
    input: 'budget on a Job',
    build: () => pod({ controller: Controller.job(), disruptionBudget: DisruptionBudget.maxUnavailable(1) }),
  },
  {
    code: 'invalid-pdb',
    input: 'percentage above 100',
    build: () => pod({ controller: Controller.deployment({ replicas: 3 }), disruptionBudget: DisruptionBudget.maxUnavailablePercent(120) }),
  },
  // Controllers
  { code: 'invalid-replicas', input: 'negative replicas', build: () => pod({ controller: Controller.deployment({ replicas: -1 }) }) },
  {
    code: 'invalid-schedule',
    input: 'cron schedule of four fields',
    build: () => synthPod({ controller: Controller.cronJob({ schedule: '0 3 * *' }) }),
  },
  {
    code: 'invalid-schedule',
    input: 'cron minute 61',
    build: () => synthPod({ controller: Controller.cronJob({ schedule: '61 * * * *' }) }),
  },
  {
    code: 'invalid-schedule',
    input: 'a time zone inside the schedule (`TZ=UTC 0 3 * * *`)',
    build: () => synthPod({ controller: Controller.cronJob({ schedule: 'TZ=UTC 0 3 * * *' }) }),
  },
  {
    code: 'invalid-time-zone',
    input: 'CronJob timeZone that is not an IANA zone',
    build: () => synthPod({ controller: Controller.cronJob({ schedule: '0 3 * * *', timeZone: 'Mars/Olympus' }) }),
  },
  { code: 'invalid-job', input: 'Job backoffLimit -1', build: () => synthPod({ controller: Controller.job({ backoffLimit: -1 }) }) },
  { code: 'invalid-job', input: 'Job backoffLimit 2.5', build: () => synthPod({ controller: Controller.job({ backoffLimit: 2.5 }) }) },
  {
    code: 'invalid-job',
    input: 'Job activeDeadline of 0 (the Job fails at once)',
    build: () => synthPod({ controller: Controller.job({ activeDeadline: Duration.seconds(0) }) }),
  },
  {
    code: 'invalid-restart-policy',
    input: 'Job pod with restart policy Always',
    build: () => synthPod({ controller: Controller.job({ restartPolicy: kplus.RestartPolicy.ALWAYS }) }),
  },
  {
    code: 'invalid-workload',
    input: 'DaemonSet minReadySeconds -1',
    build: () => synthPod({ controller: Controller.daemonSet({ minReadySeconds: -1 }) }),
  },
  {
    code: 'invalid-schedule',
    input: 'CronJob starting deadline below 10 s',
    build: () => pod({ controller: Controller.cronJob({ schedule: '0 3 * * *', startingDeadline: Duration.seconds(5) }) }),
  },
  {
    code: 'invalid-toleration',
    input: 'toleration with evictAfter on a NoSchedule taint',
    build: () =>
      pod({ scheduling: { tolerations: [{ key: 'spot', effect: kplus.TaintEffect.NO_SCHEDULE, evictAfter: Duration.minutes(1) }] } }),
  },
  { code: 'bare-pod-reason', input: 'bare Pod without a reason', build: () => pod({ controller: Controller.barePod({ reason: ' ' }) }) },
  {
    code: 'spread-bare-pod',
    input: 'spread on a bare Pod',
    build: () => pod({ controller: Controller.barePod({ reason: 'x' }), scheduling: { spread: true } }),
  },
  {
    code: 'statefulset-without-port',
    input: 'StatefulSet app without a port',
    build: () => pod({ app: { image: 'a:1' }, controller: Controller.statefulSet() }),
  },
  {
    code: 'invalid-name',
    input: 'StatefulSet claim named `Data`',
    build: () => pod({ controller: Controller.statefulSet({ volumeClaims: [{ name: 'Data', storage: Size.gibibytes(1) }] }) }),
  },
  {
    code: 'invalid-quantity',
    input: 'StatefulSet claim of no storage',
    build: () => pod({ controller: Controller.statefulSet({ volumeClaims: [{ name: 'data', storage: Size.gibibytes(0) }] }) }),
  },
  {
    code: 'duplicate-volume',
    input: 'StatefulSet claim named like a shared volume',
    build: () =>
      pod({
        sharedVolumes: [{ name: 'data' }],
        controller: Controller.statefulSet({ volumeClaims: [{ name: 'data', storage: Size.gibibytes(1) }] }),
      }),
  },
  {
    code: 'migration-claim',
    input: 'migration Job that mounts a StatefulSet claim',
    build: () =>
      pod({
        app: { ...app, volumeMounts: [{ volume: 'data', path: '/data' }] },
        controller: Controller.statefulSet({ volumeClaims: [{ name: 'data', storage: Size.gibibytes(1) }] }),
        extensions: [new Migration({ mode: MigrationMode.JOB, command: ['migrate'] })],
      }),
  },
  // Services
  { code: 'service-without-port', input: 'Service for an app without a port', build: () => pod({ app: { image: 'a:1' }, service: {} }) },
  {
    code: 'service-target-port',
    input: 'Service targeting a port the app lacks',
    build: () => pod({ service: { ports: [{ port: 80, targetPort: 9999 }] } }),
  },
  {
    code: 'service-port-name',
    input: 'multi-port Service with an unnamed port',
    build: () =>
      synthPod({
        app: { image: 'a:1', ports: [{ number: 8080 }] },
        service: {},
        extensions: [Adapter.nginxExporter({ monitor: MetricsMonitor.SERVICE_MONITOR })],
      }),
  },
  // Ambassadors
  {
    code: 'ambassador-upstream',
    input: 'ambassador upstream without a port',
    build: () => pod({ extensions: [new Ambassador({ name: 'db', upstream: 'db.example.com' })] }),
  },
  {
    code: 'ambassador-upstream',
    input: 'ambassador upstream without a host',
    build: () => pod({ extensions: [new Ambassador({ name: 'db', upstream: ':3306' })] }),
  },
  {
    code: 'ambassador-upstream',
    input: 'ambassador upstream port out of range',
    build: () => pod({ extensions: [new Ambassador({ name: 'db', upstream: 'db:99999' })] }),
  },
  {
    code: 'ambassador-privileged-port',
    input: 'ambassador local port below 1024',
    build: () => pod({ extensions: [new Ambassador({ name: 'web', upstream: 'web:80' })] }),
  },
  {
    code: 'env-conflict',
    input: 'ambassador variable the app already has',
    build: () => pod({ app: { ...app, env: { DB_HOST: 'x' } }, extensions: [new Ambassador({ name: 'db', upstream: 'db:5432' })] }),
  },
  {
    code: 'ambassador-upstream',
    input: 'IPv6 upstream without brackets (`fd00::1:5432`)',
    build: () => pod({ extensions: [new Ambassador({ name: 'db', upstream: 'fd00::1:5432' })] }),
  },
  {
    code: 'ambassador-upstream',
    input: 'a host name in brackets (`[db.example.com]:5432`)',
    build: () => pod({ extensions: [new Ambassador({ name: 'db', upstream: '[db.example.com]:5432' })] }),
  },
  {
    code: 'ambassador-loop',
    input: "upstream is the ambassador's own listen address (`localhost:5432`)",
    build: () => pod({ extensions: [new Ambassador({ name: 'db', upstream: 'localhost:5432' })] }),
  },
  {
    code: 'ambassador-loop',
    input: 'two ambassadors forwarding to each other',
    build: () =>
      pod({
        extensions: [
          new Ambassador({ name: 'a', upstream: 'localhost:6001', localPort: 6000 }),
          new Ambassador({ name: 'b', upstream: '127.0.0.1:6000', localPort: 6001 }),
        ],
      }),
  },
  {
    code: 'ambassador-max-connections',
    input: 'maxConnections 0',
    build: () => pod({ extensions: [new Ambassador({ name: 'db', upstream: 'db:5432', maxConnections: 0 })] }),
  },
  {
    code: 'ambassador-max-connections',
    input: 'maxConnections with a proxy of your own (which would ignore it)',
    build: () =>
      pod({ extensions: [new Ambassador({ name: 'db', upstream: 'db:5432', maxConnections: 5, proxy: { image: 'envoy:1.0' } })] }),
  },
  {
    code: 'ambassador-local-port',
    input: 'ambassador localPort 70000',
    build: () => pod({ extensions: [new Ambassador({ name: 'db', upstream: 'db:5432', localPort: 70000 })] }),
  },
  // Log shipper: values that land in fluent.conf
  {
    code: 'invalid-log-path',
    input: 'a newline in filePattern that would open a new directive',
    build: () => pod({ extensions: [Sidecar.logShipper({ filePattern: '*.log\n</source>' })] }),
  },
  {
    code: 'invalid-log-path',
    input: 'a comma in filePattern (Fluentd splits paths there)',
    build: () => pod({ extensions: [Sidecar.logShipper({ filePattern: '*.log,/etc/*' })] }),
  },
  {
    code: 'invalid-log-path',
    input: 'filePattern walking up with `..`',
    build: () => pod({ extensions: [Sidecar.logShipper({ filePattern: '../../etc/passwd' })] }),
  },
  {
    code: 'invalid-log-path',
    input: 'a glob in logPath',
    build: () => pod({ extensions: [Sidecar.logShipper({ logPath: '/var/log/*' })] }),
  },
  {
    code: 'invalid-log-output',
    input: 'output that closes `<match>` and opens a `<source>`',
    build: () =>
      pod({ extensions: [Sidecar.logShipper({ output: '@type stdout\n</match>\n<source>\n@type exec\n</source>\n<match x>' })] }),
  },
  {
    code: 'invalid-log-output',
    input: 'output of `@type exec` (runs a command)',
    build: () => pod({ extensions: [Sidecar.logShipper({ output: '@type exec\ncommand touch /tmp/pwned' })] }),
  },
  {
    code: 'invalid-log-output',
    input: 'output embedding Ruby (`#{...}`)',
    build: () => pod({ extensions: [Sidecar.logShipper({ output: '@type stdout\ntag "#{`id`}"' })] }),
  },
  {
    code: 'invalid-log-output',
    input: 'output without `@type`',
    build: () => pod({ extensions: [Sidecar.logShipper({ output: '<buffer>\n</buffer>' })] }),
  },
  {
    code: 'ambassador-upstream',
    input: 'no upstream for the default socat forwarder',
    build: () => pod({ extensions: [new Ambassador({ name: 'db', localPort: 15432 })] }),
  },
  {
    code: 'ambassador-local-port',
    input: 'a proxy of your own with neither upstream nor localPort',
    build: () => pod({ extensions: [new Ambassador({ name: 'db', proxy: { image: 'proxy:1.0' } })] }),
  },
  {
    code: 'invalid-name',
    input: 'an image pull secret name that no Secret can have',
    build: () => pod({ imagePullSecrets: ['Registry Credentials'] }),
  },
  // Adapters
  {
    code: 'scrape-port-not-exposed',
    input: '`prometheus.io/port` at a port no container declares',
    build: () => synthPod({ podAnnotations: { 'prometheus.io/port': '9999' } }),
  },
  {
    code: 'duplicate-scrape-annotations',
    input: 'two adapters both writing the scrape annotations',
    build: () =>
      pod({
        extensions: [
          Adapter.nginxExporter(),
          new Adapter({ name: 'other', image: 'x:1', metricsPort: 9200, metricsPortName: 'metrics-2' }),
        ],
      }),
  },
  {
    code: 'metrics-without-service',
    input: 'ServiceMonitor without a Service',
    build: () => pod({ extensions: [Adapter.nginxExporter({ monitor: MetricsMonitor.SERVICE_MONITOR })] }),
  },
  {
    code: 'invalid-metrics-path',
    input: 'relative metrics path',
    build: () => pod({ extensions: [new Adapter({ name: 'a', image: 'x:1', metricsPort: 9200, metricsPath: 'metrics' })] }),
  },
  {
    code: 'invalid-metrics-path',
    input: 'stub_status path with a space',
    build: () => pod({ extensions: [Adapter.nginxExporter({ statusPath: '/stub status' })] }),
  },
  {
    code: 'invalid-adapter-port',
    input: 'adapter statusPort 0',
    build: () => pod({ extensions: [Adapter.nginxExporter({ statusPort: 0 })] }),
  },
  {
    code: 'invalid-adapter-port',
    input: 'adapter metricsPort 70000',
    build: () => pod({ extensions: [Adapter.nginxExporter({ metricsPort: 70000 })] }),
  },
  {
    code: 'adapter-port-name',
    input: 'adapter metrics port named like an app port',
    build: () => pod({ extensions: [new Adapter({ name: 'a', image: 'x:1', metricsPort: 9200, metricsPortName: 'http' })] }),
  },
  {
    code: 'adapter-port-name',
    input: 'two adapters with the same metrics port name (a monitor would match both)',
    build: () =>
      pod({
        extensions: [Adapter.nginxExporter(), new Adapter({ name: 'other', image: 'x:1', metricsPort: 9200, scrapeAnnotations: false })],
      }),
  },
  {
    code: 'adapter-status-port',
    input: 'NGINX exporter scraping a port no container declares',
    build: () => pod({ extensions: [Adapter.nginxExporter({ statusPort: 8081 })] }),
  },
  {
    code: 'shared-volume-path',
    input: 'two log shippers on the logs volume with different paths',
    build: () => pod({ extensions: [Sidecar.logShipper(), Sidecar.logShipper({ name: 'audit-shipper', logPath: '/var/log/audit' })] }),
  },
  // Init steps and migrations
  {
    code: 'invalid-wait-for',
    input: 'wait-for host with a space',
    build: () => pod({ extensions: [WaitFor.tcp({ name: 'db', host: 'db host', port: 5432 })] }),
  },
  {
    code: 'invalid-wait-for',
    input: 'wait-for port 0',
    build: () => pod({ extensions: [WaitFor.tcp({ name: 'db', host: 'db', port: 0 })] }),
  },
  {
    code: 'invalid-wait-for',
    input: 'wait-for timeout of 1.5 s',
    build: () => pod({ extensions: [WaitFor.tcp({ name: 'db', host: 'db', port: 5432, timeout: Duration.millis(1500) })] }),
  },
  {
    code: 'invalid-wait-for',
    input: 'wait-for host with shell syntax (`x; touch /tmp/pwned`)',
    build: () => pod({ extensions: [WaitFor.tcp({ name: 'db', host: 'x; touch /tmp/pwned', port: 5432 })] }),
  },
  {
    code: 'invalid-wait-for',
    input: 'wait-for IPv6 host in brackets (write it bare)',
    build: () => pod({ extensions: [WaitFor.tcp({ name: 'db', host: '[fd00::1]', port: 5432 })] }),
  },
  {
    code: 'migration-image-drift',
    input: 'migration image differs from the app without a reason',
    build: () => pod({ extensions: [new Migration({ args: ['--migrate'], image: 'other:1.0' })] }),
  },
  { code: 'migration-command', input: 'migration without command or args', build: () => pod({ extensions: [new Migration({})] }) },
  {
    code: 'duplicate-migration',
    input: 'two migration Jobs for one app',
    build: () =>
      pod({
        extensions: [new Migration({ args: ['--a'], mode: MigrationMode.JOB }), new Migration({ args: ['--b'], mode: MigrationMode.JOB })],
      }),
  },
  // Security
  {
    code: 'security-profile',
    input: 'container runs as root under the restricted profile',
    build: () => pod({ app: { ...app, securityContext: { ensureNonRoot: false, user: 0 } } }),
  },
  {
    code: 'security-profile',
    input: 'privileged container, even under baseline',
    build: () =>
      pod({ app: { ...app, securityContext: { privileged: true }, securityProfile: SecurityProfile.baseline('needs devices') } }),
  },
  {
    code: 'security-profile',
    input: 'capability beyond NET_BIND_SERVICE under restricted',
    build: () =>
      pod({ app: { ...app, securityContext: { capabilities: { add: [kplus.Capability.CHOWN], drop: [kplus.Capability.ALL] } } } }),
  },
  {
    code: 'security-profile',
    input: 'seccomp Unconfined, even under baseline',
    build: () =>
      pod({
        app: {
          ...app,
          securityContext: { seccompProfile: { type: kplus.SeccompProfileType.UNCONFINED } },
          securityProfile: SecurityProfile.baseline('legacy'),
        },
      }),
  },
  {
    code: 'security-profile',
    input: 'hostPath volume',
    build: () => {
      const chart = newChart();
      pod({ volumes: [kplus.Volume.fromHostPath(chart, 'Host', 'host', { path: '/var/run' })] }, chart);
    },
  },
  {
    code: 'security-profile',
    input: 'pod security context with runAsNonRoot false',
    build: () => pod({ security: { ensureNonRoot: false } }),
  },
  {
    code: 'security-profile-reason',
    input: 'opting out of restricted without a reason',
    build: () => pod({ securityProfile: SecurityProfile.baseline('') }),
  },
  {
    code: 'security-profile-reason',
    input: 'a reason made only of invisible characters (a zero-width space)',
    build: () => pod({ securityProfile: SecurityProfile.baseline('\u200b \u2060') }),
  },
  {
    code: 'bare-pod-reason',
    input: 'bare Pod whose reason is a zero-width space',
    build: () => pod({ controller: Controller.barePod({ reason: '\u200b' }) }),
  },
  {
    code: 'invalid-quantity',
    input: 'a memory limit of 0 (the kubelet reads it as no limit)',
    build: () => pod({ app: { ...app, resources: { memory: { limit: '0' } } } }),
  },
  // Kubernetes' rules over what is written
  { code: 'invalid-image', input: 'uppercase repository (`MyApp:1.0`)', build: () => synthPod({ app: { ...app, image: 'MyApp:1.0' } }) },
  { code: 'invalid-image', input: 'empty tag (`myapp:`)', build: () => synthPod({ app: { ...app, image: 'myapp:' } }) },
  {
    code: 'invalid-image',
    input: 'a sha256 digest of the wrong length',
    build: () => synthPod({ app: { ...app, image: 'myapp@sha256:abc123' } }),
  },
  {
    code: 'invalid-image',
    input: 'a tag over 128 characters',
    build: () => synthPod({ app: { ...app, image: `myapp:${'v'.repeat(129)}` } }),
  },
  { code: 'invalid-image', input: 'an illegal character in the tag', build: () => synthPod({ app: { ...app, image: 'myapp:1.0!' } }) },
  {
    code: 'invalid-env-ref',
    input: 'a Secret key that is not a valid key',
    build: () =>
      synthPod({
        app: {
          ...app,
          envValues: {
            PASSWORD: kplus.EnvValue.fromSecretValue({ secret: kplus.Secret.fromSecretName(newChart(), 'S', 'db'), key: 'pass word' }),
          },
        },
      }),
  },
  {
    code: 'invalid-env-ref',
    input: 'a ConfigMap name that is not a DNS subdomain',
    build: () =>
      synthPod({
        app: {
          ...app,
          envValues: { MODE: kplus.EnvValue.fromConfigMap(kplus.ConfigMap.fromConfigMapName(newChart(), 'C', 'My_Config'), 'mode') },
        },
      }),
  },
  {
    code: 'invalid-sub-path',
    input: 'an absolute subPath',
    build: () =>
      synthPod({ sharedVolumes: [{ name: 'data' }], app: { ...app, volumeMounts: [{ volume: 'data', path: '/data', subPath: '/etc' }] } }),
  },
  {
    code: 'invalid-sub-path',
    input: 'a subPath that walks up with `..`',
    build: () =>
      synthPod({ sharedVolumes: [{ name: 'data' }], app: { ...app, volumeMounts: [{ volume: 'data', path: '/data', subPath: '../x' }] } }),
  },
  {
    code: 'invalid-mount-path',
    input: 'a mount path with a `..` element',
    build: () => synthPod({ sharedVolumes: [{ name: 'data' }], app: { ...app, volumeMounts: [{ volume: 'data', path: '/srv/../etc' }] } }),
  },
  {
    code: 'duplicate-mount-path',
    input: 'two mount paths equal once cleaned (`/x` and `/x/`)',
    build: () =>
      synthPod({
        sharedVolumes: [{ name: 'a' }, { name: 'b' }],
        app: {
          ...app,
          volumeMounts: [
            { volume: 'a', path: '/x' },
            { volume: 'b', path: '/x/' },
          ],
        },
      }),
  },
  {
    code: 'invalid-config-key',
    input: 'a sidecar config file name that is not a valid key',
    build: () =>
      synthPod({}, (web) =>
        web.addExtension(
          new Sidecar({ name: 'agent', image: 'agent:1.0', config: { volume: 'cfg', path: '/etc/agent', files: { 'agent conf': 'x' } } }),
        ),
      ),
  },
  {
    code: 'invalid-probe',
    input: 'liveness successThreshold 2 (must be 1)',
    build: () => synthPod({ app: { ...app, liveness: kplus.Probe.fromTcpSocket({ port: 8080, successThreshold: 2 }) } }),
  },
  {
    code: 'invalid-probe',
    input: 'probe port 70000',
    build: () => synthPod({ app: { ...app, readiness: kplus.Probe.fromHttpGet('/ready', { port: 70000 }) } }),
  },
  {
    code: 'invalid-service-port',
    input: 'Service port 0',
    build: () => synthPod({ service: { ports: [{ port: 0, targetPort: 8080 }] } }),
  },
  { code: 'invalid-annotation', input: 'annotation key with a space', build: () => synthPod({ annotations: { 'bad key': 'x' } }) },
  {
    code: 'invalid-annotation',
    input: 'pod annotations over 256 KiB in total',
    build: () => synthPod({ podAnnotations: { 'example.com/blob': 'x'.repeat(256 * 1024) } }),
  },
  {
    code: 'invalid-toleration',
    input: 'toleration key that is not a qualified name',
    build: () => synthPod({ scheduling: { tolerations: [{ key: 'bad key' }] } }),
  },
  // Durations cdk8s-plus would crash on when it writes them
  {
    code: 'invalid-probe',
    input: 'probe timeout of 1.5 seconds',
    build: () =>
      pod({ app: { ...app, readiness: kplus.Probe.fromHttpGet('/ready', { port: 8080, timeoutSeconds: Duration.millis(1500) }) } }),
  },
  {
    code: 'invalid-termination-grace',
    input: 'termination grace period of 2.5 seconds',
    build: () => pod({ terminationGracePeriod: Duration.millis(2500) }),
  },
  // How Kubernetes runs the pod (the lifecycle model)
  {
    code: 'job-never-completes',
    input: 'a classic log shipper in a Job (it never exits, so neither does the Job)',
    build: () => synthPod({ controller: Controller.job(), extensions: [Sidecar.logShipper()] }),
  },
  {
    code: 'job-never-completes',
    input: 'a CronJob in the mesh (the injected proxy never exits)',
    build: () => synthPod({ controller: Controller.cronJob({ schedule: '0 3 * * *' }), extensions: [new IstioSidecar()] }),
  },
  {
    code: 'mesh-init-traffic',
    input: 'an init-container migration in the mesh (no proxy answers yet)',
    build: () => synthPod({ extensions: [new IstioSidecar(), new Migration({ args: ['--migrate'], concurrencySafe: true })] }),
  },
  {
    code: 'mesh-init-traffic',
    input: 'a native ambassador in the mesh',
    build: () => synthPod({ extensions: [new IstioSidecar(), new Ambassador({ name: 'db', upstream: 'db:5432', nativeSidecar: true })] }),
  },
  {
    code: 'wait-for-localhost',
    input: 'waiting on localhost for a classic ambassador, which starts after the init steps',
    build: () =>
      pod({
        extensions: [new Ambassador({ name: 'db', upstream: 'db:5432' }), WaitFor.tcp({ name: 'db', host: '127.0.0.1', port: 5432 })],
      }),
  },
  {
    code: 'wait-for-localhost',
    input: 'waiting on localhost where nothing of the pod listens',
    build: () => pod({ extensions: [WaitFor.tcp({ name: 'cache', host: 'localhost', port: 6379 })] }),
  },
  // Typos that a transpiler without type-checking lets through
  {
    code: 'unknown-prop',
    input: 'a misspelt pod prop (`sevice`)',
    build: () => pod({ sevice: {} } as Partial<AppPodProps>),
  },
  {
    code: 'unknown-prop',
    input: 'a misspelt container prop (`imagePullPolice`)',
    build: () => pod({ app: { ...app, imagePullPolice: 'Always' } as AppPodProps['app'] }),
  },
  {
    code: 'unknown-prop',
    input: 'a misspelt ambassador prop (`localport`)',
    build: () => pod({ extensions: [new Ambassador({ name: 'db', upstream: 'db:5432', localport: 15432 } as never)] }),
  },
  // Composition
  {
    code: 'extension-order',
    input: 'an ambassador added after the migration copied the app container',
    build: () => {
      const web = pod({ extensions: [new Migration({ args: ['--migrate'], concurrencySafe: true })] });
      web.addExtension(new Ambassador({ name: 'db', upstream: 'db:5432' }));
    },
  },
  {
    code: 'duplicate-env',
    input: 'one variable both in env and envValues (one would be dropped)',
    build: () => pod({ app: { ...app, env: { MODE: 'a' }, envValues: { MODE: kplus.EnvValue.fromValue('b') } } }),
  },
  {
    code: 'duplicate-port-name',
    input: 'one port name twice in a container',
    build: () =>
      pod({
        app: {
          image: 'myapp:1.0',
          ports: [
            { number: 8080, name: 'http' },
            { number: 8081, name: 'http' },
          ],
        },
      }),
  },
];

/** What a row gives when run: the error it throws. */
/** The first problem `row` gives (thrown at construction, or among those a synth reports). */
export function errorOf(row: BadInput): PodPatternError {
  return firstErrorOf(row.build);
}

/** The catalogue as Markdown, with each row's actual message. */
export function renderCatalogue(): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = BAD_INPUTS.map((row) => {
    const error = errorOf(row);
    const [what, fix] = error.message.replace(/ \[[a-z-]+\]$/, '').split('. Fix: ');
    return `| \`${row.code}\` | ${escape(row.input)} | ${escape(what)} | ${escape(fix ?? '')} |`;
  });
  return [
    '# Rejected inputs',
    '',
    'Every input below fails `cdk8s synth` with a `PodPatternError` whose message says what is wrong,',
    'where (the construct path, here `test/Web`) and how to fix it, and ends with the error code.',
    'Each row is a test (`test/bad-inputs.test.ts`); this file is written by `npm run docs` from the',
    'same rows, with the messages the library gives today.',
    '',
    `${BAD_INPUTS.length} cases, ${new Set(BAD_INPUTS.map((r) => r.code)).size} error codes.`,
    '',
    '| code | input | message | fix |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
