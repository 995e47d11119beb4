/**
 * One standard workload, N times, written four ways: with this library, by hand with
 * cdk8s-plus-28, as raw cdk8s `Kube*` objects, and (the floor) as finished JSON that only needs
 * serializing. Each workload is a Deployment of two replicas with the app container, a Fluentd
 * log sidecar reading a shared emptyDir read-only, a wait-for init step, a Service, a
 * PodDisruptionBudget (maxUnavailable 1) and Guaranteed resources everywhere.
 */
// @ts-nocheck

import { ApiObject, App, Chart, Size, Yaml } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import * as k8s from 'cdk8s-plus-28/lib/imports/k8s';
// The library as users run it: compiled by `npm run build` (which `npm run bench` runs first),
// not transpiled on the fly like the benchmark itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { AppPod, QosPreset, ResourceSize, Sidecar, WaitFor }: typeof import('../lib') = require('../build');

/** A way to write the N workloads. */
export type Variant = 'library' | 'cdk8s-plus-28' | 'cdk8s-core' | 'floor';

export const VARIANTS: Variant[] = ['library', 'cdk8s-plus-28', 'cdk8s-core', 'floor'];

const WAIT_FOR_DB = [
  'deadline=$(( $(date +%s) + 300 ))',
  "echo 'wait-for: waiting up to 300s for db:5432 (db) to accept TCP connections'",
  "until nc -z -w 2 'db' 5432 2>/dev/null || nc -w 2 'db' 5432 </dev/null 2>/dev/null; do",
  '  if [ "$(date +%s)" -gt "$deadline" ]; then',
  "    echo 'wait-for: gave up on db:5432 (db) after 300s' >&2",
  '    exit 1',
  '  fi',
  '  sleep 2',
  'done',
  "echo 'wait-for: db:5432 (db) accepts connections'",
].join('\n');

const FLUENT_CONF = [
  '<source>',
  '  @type tail',
  "  path '/var/log/app/*.log'",
  '  pos_file /fluentd/log/app.log.pos',
  '  tag app',
  '  read_from_head true',
  '  <parse>',
  '    @type none',
  '  </parse>',
  '</source>',
  '<match app>',
  '  @type stdout',
  '</match>',
  '',
].join('\n');

const labelsOf = (name: string) => ({
  'app.kubernetes.io/name': name,
  'app.kubernetes.io/instance': name,
  'app.kubernetes.io/managed-by': 'cdk8s',
});
const selectorOf = (name: string) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': name });
const POD_ANNOTATIONS = {
  'checksum.pod-patterns.io/log-shipper': '8d89e50b6b57a1bf',
  'pod-patterns.io/qos-class': 'Guaranteed',
  'pod-patterns.io/security-profile': 'restricted',
};

function addLibrary(chart: Chart, i: number): void {
  new AppPod(chart, `App${i}`, {
    name: `app-${i}`,
    app: { image: 'myapp:1.0', ports: [{ number: 8080, name: 'http' }] },
    qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }),
    service: {},
    extensions: [WaitFor.tcp({ name: 'db', host: 'db', port: 5432 }), Sidecar.logShipper()],
  });
}

function plusSecurity(user?: number): kplus.ContainerSecurityContextProps {
  return {
    ensureNonRoot: true,
    privileged: false,
    readOnlyRootFilesystem: true,
    allowPrivilegeEscalation: false,
    capabilities: { drop: [kplus.Capability.ALL] },
    seccompProfile: { type: kplus.SeccompProfileType.RUNTIME_DEFAULT },
    user,
    group: user,
  };
}

function plusResources(cpuMillis: number, memoryMebibytes: number): kplus.ContainerResources {
  return {
    cpu: { request: kplus.Cpu.millis(cpuMillis), limit: kplus.Cpu.millis(cpuMillis) },
    memory: { request: Size.mebibytes(memoryMebibytes), limit: Size.mebibytes(memoryMebibytes) },
  };
}

function addPlus(chart: Chart, i: number): void {
  const name = `app-${i}`;
  const deployment = new kplus.Deployment(chart, `App${i}`, {
    metadata: { name, labels: labelsOf(name) },
    podMetadata: { labels: labelsOf(name), annotations: POD_ANNOTATIONS },
    select: false,
    replicas: 2,
    securityContext: { ensureNonRoot: true },
  });
  deployment.select(kplus.LabelSelector.of({ labels: selectorOf(name) }));
  const logs = kplus.Volume.fromEmptyDir(chart, `App${i}Logs`, 'logs');
  const state = kplus.Volume.fromEmptyDir(chart, `App${i}State`, 'log-shipper-state');
  const configMap = new kplus.ConfigMap(chart, `App${i}FluentConf`, {
    metadata: { name: `${name}-log-shipper`, labels: labelsOf(name) },
    data: { 'fluent.conf': FLUENT_CONF },
  });
  const config = kplus.Volume.fromConfigMap(chart, `App${i}ConfigVolume`, configMap, { name: 'log-shipper-config' });
  deployment.addContainer({
    name: 'app',
    image: 'myapp:1.0',
    imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
    ports: [{ number: 8080, name: 'http' }],
    resources: plusResources(250, 256),
    securityContext: plusSecurity(),
    volumeMounts: [{ volume: logs, path: '/var/log/app', readOnly: false }],
  });
  deployment.addContainer({
    name: 'log-shipper',
    image: 'fluent/fluentd:v1.16-1',
    imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
    resources: plusResources(50, 64),
    securityContext: plusSecurity(1000),
    volumeMounts: [
      { volume: logs, path: '/var/log/app', readOnly: true },
      { volume: state, path: '/fluentd/log', readOnly: false },
      { volume: config, path: '/fluentd/etc', readOnly: true },
    ],
  });
  deployment.addInitContainer({
    name: 'wait-for-db',
    image: 'busybox:1.36',
    imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
    command: ['sh', '-c', WAIT_FOR_DB],
    resources: plusResources(50, 64),
    securityContext: plusSecurity(65534),
  });
  const service = new kplus.Service(chart, `App${i}Service`, {
    metadata: { name, labels: labelsOf(name) },
    ports: [{ port: 8080, targetPort: 8080, name: 'http' }],
  });
  for (const [key, value] of Object.entries(selectorOf(name))) service.selectLabel(key, value);
  new ApiObject(chart, `App${i}Budget`, {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name, labels: labelsOf(name) },
    spec: { maxUnavailable: 1, unhealthyPodEvictionPolicy: 'AlwaysAllow', selector: { matchLabels: selectorOf(name) } },
  });
}

function coreContainer(name: string, image: string, cpu: string, memory: string, user?: number): k8s.Container {
  const quantity = k8s.Quantity.fromString;
  return {
    name,
    image,
    imagePullPolicy: 'IfNotPresent',
    resources: {
      limits: { cpu: quantity(cpu), memory: quantity(memory) },
      requests: { cpu: quantity(cpu), memory: quantity(memory) },
    },
    securityContext: {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      privileged: false,
      readOnlyRootFilesystem: true,
      runAsGroup: user,
      runAsNonRoot: true,
      runAsUser: user,
      seccompProfile: { type: 'RuntimeDefault' },
    },
  };
}

function addCore(chart: Chart, i: number): void {
  const name = `app-${i}`;
  new k8s.KubeDeployment(chart, `App${i}`, {
    metadata: { name, labels: labelsOf(name) },
    spec: {
      minReadySeconds: 0,
      progressDeadlineSeconds: 600,
      replicas: 2,
      selector: { matchLabels: selectorOf(name) },
      strategy: {
        type: 'RollingUpdate',
        rollingUpdate: { maxSurge: k8s.IntOrString.fromString('25%'), maxUnavailable: k8s.IntOrString.fromString('25%') },
      },
      template: {
        metadata: { labels: labelsOf(name), annotations: POD_ANNOTATIONS },
        spec: {
          automountServiceAccountToken: false,
          containers: [
            {
              ...coreContainer('app', 'myapp:1.0', '250m', '256Mi'),
              ports: [{ containerPort: 8080, name: 'http' }],
              volumeMounts: [{ mountPath: '/var/log/app', name: 'logs', readOnly: false }],
            },
            {
              ...coreContainer('log-shipper', 'fluent/fluentd:v1.16-1', '50m', '64Mi', 1000),
              volumeMounts: [
                { mountPath: '/var/log/app', name: 'logs', readOnly: true },
                { mountPath: '/fluentd/log', name: 'log-shipper-state', readOnly: false },
                { mountPath: '/fluentd/etc', name: 'log-shipper-config', readOnly: true },
              ],
            },
          ],
          initContainers: [{ ...coreContainer('wait-for-db', 'busybox:1.36', '50m', '64Mi', 65534), command: ['sh', '-c', WAIT_FOR_DB] }],
          dnsPolicy: 'ClusterFirst',
          hostNetwork: false,
          restartPolicy: 'Always',
          securityContext: { fsGroupChangePolicy: 'Always', runAsNonRoot: true },
          setHostnameAsFqdn: false,
          terminationGracePeriodSeconds: 30,
          volumes: [
            { name: 'logs', emptyDir: {} },
            { name: 'log-shipper-state', emptyDir: {} },
            { name: 'log-shipper-config', configMap: { name: `${name}-log-shipper` } },
          ],
        },
      },
    },
  });
  new k8s.KubeService(chart, `App${i}Service`, {
    metadata: { name, labels: labelsOf(name) },
    spec: {
      externalIPs: [],
      ports: [{ name: 'http', port: 8080, targetPort: k8s.IntOrString.fromNumber(8080) }],
      selector: selectorOf(name),
      type: 'ClusterIP',
    },
  });
  new k8s.KubePodDisruptionBudget(chart, `App${i}Budget`, {
    metadata: { name, labels: labelsOf(name) },
    spec: {
      maxUnavailable: k8s.IntOrString.fromNumber(1),
      unhealthyPodEvictionPolicy: 'AlwaysAllow',
      selector: { matchLabels: selectorOf(name) },
    },
  });
  new k8s.KubeConfigMap(chart, `App${i}FluentConf`, {
    metadata: { name: `${name}-log-shipper`, labels: labelsOf(name) },
    data: { 'fluent.conf': FLUENT_CONF },
    immutable: false,
  });
}

const BUILDERS: Record<Exclude<Variant, 'floor'>, (chart: Chart, i: number) => void> = {
  'library': addLibrary,
  'cdk8s-plus-28': addPlus,
  'cdk8s-core': addCore,
};

/** Builds the N workloads of `variant` in a fresh app. */
export function build(variant: Exclude<Variant, 'floor'>, n: number): App {
  const app = new App({ outdir: '/dev/null' });
  const chart = new Chart(app, 'bench');
  const add = BUILDERS[variant];
  for (let i = 0; i < n; i++) add(chart, i);
  return app;
}

/** Builds the N workloads of `variant` in a fresh app and synthesizes them to YAML in memory. */
export function synthesize(variant: Exclude<Variant, 'floor'>, n: number): string {
  return build(variant, n).synthYaml();
}

/** The finished objects of N workloads, for the floor: what is left is serializing them. */
export function finishedObjects(n: number): any[] {
  const app = new App({ outdir: '/dev/null' });
  const chart = new Chart(app, 'bench');
  for (let i = 0; i < n; i++) addCore(chart, i);
  return chart.toJson();
}

/** The floor: the same objects serialized by the YAML library alone. */
export function serializeFloor(objects: any[]): string {
  return Yaml.stringify(...objects);
}
