// @ts-nocheck
import { oracleFindings } from '.';
import { deployment, rulesOf } from './fixtures';

type Change = (o: any) => void;

function build(base: () => any, change: Change): any {
  const object = base();
  change(object);
  return object;
}

const podSpec = (restartPolicy?: string) => ({
  ...(restartPolicy ? { restartPolicy } : {}),
  containers: [{ name: 'app', image: 'app:1.0' }],
});

const statefulSet = () => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'queue' },
  spec: {
    replicas: 3,
    serviceName: 'queue',
    selector: { matchLabels: { app: 'queue' } },
    template: {
      metadata: { labels: { app: 'queue' } },
      spec: { containers: [{ name: 'app', image: 'queue:1', volumeMounts: [{ name: 'data', mountPath: '/data' }] }] },
    },
    volumeClaimTemplates: [
      { metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } },
    ],
  },
});

const daemonSet = () => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'agent' },
  spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: podSpec() } },
});

const job = () => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'migrate' },
  spec: { backoffLimit: 1, template: { metadata: { labels: { app: 'migrate' } }, spec: podSpec('Never') } },
});

const cronJob = () => ({
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: { name: 'report' },
  spec: { schedule: '0 3 * * *', timeZone: 'Etc/UTC', jobTemplate: { spec: { template: { spec: podSpec('OnFailure') } } } },
});

const service = () => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web' },
  spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
});

const configMap = () => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'config' }, data: { 'app.yaml': 'a: 1' } });
const secret = () => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'creds' },
  data: { password: Buffer.from('hunter2').toString('base64') },
});
const pdb = () => ({
  apiVersion: 'policy/v1',
  kind: 'PodDisruptionBudget',
  metadata: { name: 'web' },
  spec: { maxUnavailable: 1, selector: { matchLabels: { app: 'web' } } },
});
const pod = () => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'debug', labels: { app: 'debug' } }, spec: podSpec() });

test.each([deployment, statefulSet, daemonSet, job, cronJob, service, configMap, secret, pdb, pod])('the %p fixture is valid', (base) => {
  expect(oracleFindings(base())).toEqual([]);
});

describe.each<[string, () => any, Change, Change]>([
  [
    'meta/name-required',
    deployment,
    (o) => delete o.metadata.name,
    (o) => (o.metadata = { generateName: 'web-', labels: o.metadata.labels }),
  ],
  ['meta/invalid-name', deployment, (o) => (o.metadata.name = 'Web'), (o) => (o.metadata.name = '1web.v2')],
  // Service names are DNS-1035 labels: a leading digit or a dot is refused where a Deployment takes it.
  ['meta/invalid-name', service, (o) => (o.metadata.name = '1web'), (o) => (o.metadata.name = 'web1')],
  ['meta/invalid-name', service, (o) => (o.metadata.name = 'web.v2'), (o) => (o.metadata.name = 'web-v2')],
  [
    'meta/invalid-name',
    configMap,
    (o) => (o.metadata.name = `${'a'.repeat(250)}.abcd`),
    (o) => (o.metadata.name = `${'a'.repeat(100)}.${'b'.repeat(100)}`),
  ],
  ['meta/invalid-namespace', deployment, (o) => (o.metadata.namespace = 'shop.eu'), (o) => (o.metadata.namespace = 'shop-eu')],
  [
    'labels/invalid-key',
    deployment,
    (o) => (o.metadata.labels['example.com/bad key'] = 'x'),
    (o) => (o.metadata.labels['example.com/Good_Key'] = 'x'),
  ],
  ['labels/invalid-value', deployment, (o) => (o.metadata.labels.version = '-1.0'), (o) => (o.metadata.labels.version = '1.0')],
  ['labels/invalid-value', deployment, (o) => (o.metadata.labels.version = 1), (o) => (o.metadata.labels.version = '')],
  [
    'labels/invalid-value',
    deployment,
    (o) => (o.spec.template.metadata.labels.tier = 'x'.repeat(64)),
    (o) => (o.spec.template.metadata.labels.tier = 'x'.repeat(63)),
  ],
  // Annotation keys are checked lower-cased, so capitals in the prefix pass.
  [
    'annotations/invalid-key',
    deployment,
    (o) => (o.metadata.annotations = { 'a/b/c': 'x' }),
    (o) => (o.metadata.annotations = { 'Example.COM/Key': 'x' }),
  ],
  [
    'annotations/invalid-key',
    deployment,
    (o) => (o.spec.template.metadata.annotations['bad key'] = 'x'),
    (o) => (o.spec.template.metadata.annotations['good-key'] = ''),
  ],
  [
    'annotations/too-large',
    deployment,
    (o) => (o.metadata.annotations = { big: 'x'.repeat(256 * 1024 - 2) }),
    (o) => (o.metadata.annotations = { big: 'x'.repeat(256 * 1024 - 3) }),
  ],
  [
    'selector/template-mismatch',
    deployment,
    (o) => (o.spec.selector.matchLabels.app = 'api'),
    (o) => (o.spec.template.metadata.labels.extra = 'yes'),
  ],
  [
    'selector/template-mismatch',
    deployment,
    (o) => (o.spec.selector = { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] }),
    (o) => (o.spec.selector = { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] }),
  ],
  [
    'selector/empty',
    deployment,
    (o) => (o.spec.selector = {}),
    (o) => (o.spec.selector = { matchExpressions: [{ key: 'app', operator: 'Exists' }] }),
  ],
  ['selector/required', daemonSet, (o) => delete o.spec.selector, (o) => (o.spec.selector.matchLabels = { app: 'agent' })],
  [
    'selector/invalid-requirement',
    deployment,
    (o) => (o.spec.selector.matchExpressions = [{ key: 'app', operator: 'In', values: [] }]),
    (o) => (o.spec.selector.matchExpressions = [{ key: 'app', operator: 'In', values: ['web'] }]),
  ],
  [
    'selector/invalid-requirement',
    deployment,
    (o) => (o.spec.selector.matchExpressions = [{ key: 'tier', operator: 'DoesNotExist', values: ['x'] }]),
    (o) => (o.spec.selector.matchExpressions = [{ key: 'tier', operator: 'DoesNotExist' }]),
  ],
  [
    'selector/invalid-requirement',
    deployment,
    (o) => (o.spec.selector.matchExpressions = [{ key: 'tier', operator: 'Equals', values: ['x'] }]),
    (o) => (o.spec.selector.matchExpressions = [{ key: 'tier', operator: 'NotIn', values: ['x'] }]),
  ],
  ['workload/negative-field', deployment, (o) => (o.spec.replicas = -1), (o) => (o.spec.replicas = 0)],
  ['workload/negative-field', deployment, (o) => (o.spec.revisionHistoryLimit = -1), (o) => (o.spec.revisionHistoryLimit = 0)],
  [
    'workload/invalid-strategy',
    deployment,
    (o) => (o.spec.strategy = { rollingUpdate: { maxSurge: 0, maxUnavailable: '0%' } }),
    (o) => (o.spec.strategy = { rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } }),
  ],
  [
    'workload/invalid-strategy',
    deployment,
    (o) => (o.spec.strategy = { rollingUpdate: { maxUnavailable: '110%' } }),
    (o) => (o.spec.strategy = { rollingUpdate: { maxUnavailable: '100%', maxSurge: '200%' } }),
  ],
  [
    'workload/invalid-strategy',
    deployment,
    (o) => (o.spec.strategy = { type: 'Recreate', rollingUpdate: {} }),
    (o) => (o.spec.strategy = { type: 'Recreate' }),
  ],
  [
    'workload/invalid-strategy',
    deployment,
    (o) => (o.spec.strategy = { rollingUpdate: { maxSurge: '25' } }),
    (o) => (o.spec.strategy = { rollingUpdate: { maxSurge: 25 } }),
  ],
  ['workload/invalid-progress-deadline', deployment, (o) => (o.spec.minReadySeconds = 600), (o) => (o.spec.minReadySeconds = 599)],
  [
    'workload/template-active-deadline',
    deployment,
    (o) => (o.spec.template.spec.activeDeadlineSeconds = 60),
    (o) => (o.spec.template.spec.terminationGracePeriodSeconds = 60),
  ],
  [
    'workload/invalid-strategy',
    statefulSet,
    (o) => (o.spec.podManagementPolicy = 'Random'),
    (o) => (o.spec.podManagementPolicy = 'Parallel'),
  ],
  [
    'workload/invalid-strategy',
    statefulSet,
    (o) => (o.spec.updateStrategy = { type: 'OnDelete', rollingUpdate: { partition: 1 } }),
    (o) => (o.spec.updateStrategy = { type: 'OnDelete' }),
  ],
  [
    'workload/negative-field',
    statefulSet,
    (o) => (o.spec.updateStrategy = { rollingUpdate: { partition: -1 } }),
    (o) => (o.spec.updateStrategy = { rollingUpdate: { partition: 2 } }),
  ],
  ['meta/invalid-name', statefulSet, (o) => (o.metadata.name = 'queue.v2'), (o) => (o.metadata.name = 'queue-v2')],
  ['statefulset/name-too-long', statefulSet, (o) => (o.metadata.name = 'q'.repeat(53)), (o) => (o.metadata.name = 'q'.repeat(52))],
  ['statefulset/invalid-service-name', statefulSet, (o) => (o.spec.serviceName = 'queue.headless'), (o) => (o.spec.serviceName = '')],
  // volumeClaimTemplates give the StatefulSet's pods their volumes.
  [
    'pod/volume-not-found',
    statefulSet,
    (o) => (o.spec.volumeClaimTemplates[0].metadata.name = 'state'),
    (o) => (o.spec.template.spec.volumes = [{ name: 'cache', emptyDir: {} }]),
  ],
  [
    'pod/invalid-restart-policy',
    statefulSet,
    (o) => (o.spec.template.spec.restartPolicy = 'Never'),
    (o) => (o.spec.template.spec.restartPolicy = 'Always'),
  ],
  [
    'pod/invalid-restart-policy',
    daemonSet,
    (o) => (o.spec.template.spec.restartPolicy = 'OnFailure'),
    (o) => delete o.spec.template.spec.restartPolicy,
  ],
  [
    'workload/invalid-strategy',
    daemonSet,
    (o) => (o.spec.updateStrategy = { rollingUpdate: { maxUnavailable: 0 } }),
    (o) => (o.spec.updateStrategy = { rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } }),
  ],
  [
    'workload/invalid-strategy',
    daemonSet,
    (o) => (o.spec.updateStrategy = { rollingUpdate: { maxSurge: 1 } }),
    (o) => (o.spec.updateStrategy = { rollingUpdate: { maxUnavailable: '10%' } }),
  ],
  [
    'workload/invalid-strategy',
    daemonSet,
    (o) => (o.spec.updateStrategy = { rollingUpdate: { maxUnavailable: 0, maxSurge: '101%' } }),
    (o) => (o.spec.updateStrategy = { type: 'OnDelete' }),
  ],
  // SetDefaults_PodSpec would make an absent restartPolicy Always, which no Job accepts.
  [
    'pod/invalid-restart-policy',
    job,
    (o) => delete o.spec.template.spec.restartPolicy,
    (o) => (o.spec.template.spec.restartPolicy = 'OnFailure'),
  ],
  [
    'pod/invalid-restart-policy',
    cronJob,
    (o) => (o.spec.jobTemplate.spec.template.spec.restartPolicy = 'Always'),
    (o) => (o.spec.jobTemplate.spec.template.spec.restartPolicy = 'Never'),
  ],
  ['job/negative-field', job, (o) => (o.spec.backoffLimit = -1), (o) => (o.spec.backoffLimit = 0)],
  [
    'job/negative-field',
    job,
    (o) => (o.spec.ttlSecondsAfterFinished = -1),
    (o) => Object.assign(o.spec, { ttlSecondsAfterFinished: 0, parallelism: 0, completions: 0 }),
  ],
  ['job/invalid-active-deadline', job, (o) => (o.spec.activeDeadlineSeconds = 0), (o) => (o.spec.activeDeadlineSeconds = 1)],
  [
    'job/invalid-completion-mode',
    job,
    (o) => (o.spec.completionMode = 'Indexed'),
    (o) => Object.assign(o.spec, { completionMode: 'Indexed', completions: 3 }),
  ],
  [
    'job/selector-not-generated',
    job,
    (o) => (o.spec.selector = { matchLabels: { app: 'migrate' } }),
    (o) => Object.assign(o.spec, { manualSelector: true, selector: { matchLabels: { app: 'migrate' } } }),
  ],
  [
    'selector/template-mismatch',
    job,
    (o) => Object.assign(o.spec, { manualSelector: true, selector: { matchLabels: { app: 'other' } } }),
    (o) => (o.spec.manualSelector = false),
  ],
  ['job/name-too-long', job, (o) => (o.metadata.name = 'j'.repeat(64)), (o) => (o.metadata.name = 'j'.repeat(63))],
  ['cronjob/name-too-long', cronJob, (o) => (o.metadata.name = 'c'.repeat(53)), (o) => (o.metadata.name = 'c'.repeat(52))],
  ['cronjob/invalid-schedule', cronJob, (o) => (o.spec.schedule = '0 3 * * 7'), (o) => (o.spec.schedule = '0 3 * * SUN')],
  ['cronjob/invalid-schedule', cronJob, (o) => delete o.spec.schedule, (o) => (o.spec.schedule = '@every 90m')],
  [
    'cronjob/tz-in-schedule',
    cronJob,
    (o) => (o.spec.schedule = 'TZ=UTC 0 3 * * *'),
    (o) => Object.assign(o.spec, { schedule: '0 3 * * *', timeZone: 'UTC' }),
  ],
  [
    'cronjob/tz-in-schedule',
    cronJob,
    (o) => (o.spec.schedule = 'CRON_TZ=Europe/Paris 0 3 * * *'),
    (o) => (o.spec.timeZone = 'Europe/Paris'),
  ],
  ['cronjob/invalid-time-zone', cronJob, (o) => (o.spec.timeZone = 'Local'), (o) => delete o.spec.timeZone],
  ['cronjob/invalid-time-zone', cronJob, (o) => (o.spec.timeZone = ''), (o) => (o.spec.timeZone = 'America/New_York')],
  ['cronjob/invalid-time-zone', cronJob, (o) => (o.spec.timeZone = 'Continent/Zone'), (o) => (o.spec.timeZone = 'Asia/Kolkata')],
  [
    'cronjob/invalid-concurrency-policy',
    cronJob,
    (o) => (o.spec.concurrencyPolicy = 'Sometimes'),
    (o) => (o.spec.concurrencyPolicy = 'Replace'),
  ],
  ['cronjob/negative-field', cronJob, (o) => (o.spec.startingDeadlineSeconds = -1), (o) => (o.spec.successfulJobsHistoryLimit = 0)],
  [
    'cronjob/template-selector',
    cronJob,
    (o) => (o.spec.jobTemplate.spec.selector = { matchLabels: { a: 'b' } }),
    (o) => (o.spec.jobTemplate.spec.manualSelector = false),
  ],
  [
    'job/invalid-active-deadline',
    cronJob,
    (o) => (o.spec.jobTemplate.spec.activeDeadlineSeconds = 0),
    (o) => (o.spec.jobTemplate.spec.activeDeadlineSeconds = 3600),
  ],
  // Service port names are DNS-1123 labels: longer than 15 characters and all digits are fine, unlike container ports.
  ['service/invalid-port-name', service, (o) => (o.spec.ports[0].name = 'HTTP'), (o) => (o.spec.ports[0].name = 'http-frontend-port')],
  ['service/invalid-port-name', service, (o) => (o.spec.ports[0].name = 'web_http'), (o) => (o.spec.ports[0].name = '8080')],
  ['service/port-name-required', service, (o) => o.spec.ports.push({ port: 443 }), (o) => o.spec.ports.push({ port: 443, name: 'https' })],
  [
    'service/duplicate-port-name',
    service,
    (o) => o.spec.ports.push({ port: 443, name: 'http' }),
    (o) => o.spec.ports.push({ port: 80, protocol: 'UDP', name: 'http-udp' }),
  ],
  [
    'service/duplicate-port',
    service,
    (o) => o.spec.ports.push({ port: 80, name: 'other' }),
    (o) => o.spec.ports.push({ port: 81, name: 'other' }),
  ],
  ['service/invalid-port', service, (o) => (o.spec.ports[0].port = 0), (o) => (o.spec.ports[0].port = 65535)],
  [
    'service/invalid-port',
    service,
    (o) => (o.spec.ports[0].nodePort = 30080),
    (o) => Object.assign(o.spec, { type: 'NodePort', ports: [{ ...o.spec.ports[0], nodePort: 30080 }] }),
  ],
  // targetPort 0 is defaulted to port; a named targetPort is an IANA_SVC_NAME.
  ['service/invalid-target-port', service, (o) => (o.spec.ports[0].targetPort = 'Http'), (o) => (o.spec.ports[0].targetPort = 0)],
  ['service/invalid-target-port', service, (o) => (o.spec.ports[0].targetPort = 70000), (o) => (o.spec.ports[0].targetPort = 8080)],
  ['service/invalid-protocol', service, (o) => (o.spec.ports[0].protocol = 'HTTP'), (o) => (o.spec.ports[0].protocol = 'UDP')],
  ['service/ports-required', service, (o) => (o.spec.ports = []), (o) => Object.assign(o.spec, { ports: [], clusterIP: 'None' })],
  ['service/invalid-type', service, (o) => (o.spec.type = 'Internal'), (o) => (o.spec.type = 'LoadBalancer')],
  ['labels/invalid-value', service, (o) => (o.spec.selector.app = 'web!'), (o) => (o.spec.selector = {})],
  ['configmap/invalid-key', configMap, (o) => (o.data['conf/app.yaml'] = ''), (o) => (o.data['.hidden'] = '')],
  ['configmap/duplicate-key', configMap, (o) => (o.binaryData = { 'app.yaml': 'AA==' }), (o) => (o.binaryData = { 'app.bin': 'AA==' })],
  [
    'configmap/too-large',
    configMap,
    (o) => (o.data = { a: 'x'.repeat(1024 * 1024), b: 'y' }),
    (o) => (o.data = { a: 'x'.repeat(1024 * 1024 - 1), b: 'y' }),
  ],
  ['secret/invalid-key', secret, (o) => (o.stringData = { 'a b': 'x' }), (o) => (o.stringData = { a_b: 'x' })],
  [
    'secret/too-large',
    secret,
    (o) => (o.data = { a: Buffer.alloc(1024 * 1024 + 1).toString('base64') }),
    (o) => (o.data = { a: Buffer.alloc(1024 * 1024).toString('base64') }),
  ],
  [
    'pdb/invalid-budget',
    pdb,
    (o) => (o.spec.minAvailable = 1),
    (o) => Object.assign(o.spec, { minAvailable: 1, maxUnavailable: undefined }),
  ],
  ['pdb/invalid-budget', pdb, (o) => delete o.spec.maxUnavailable, (o) => (o.spec.maxUnavailable = 0)],
  ['pdb/invalid-budget', pdb, (o) => (o.spec.maxUnavailable = '110%'), (o) => (o.spec.maxUnavailable = '100%')],
  ['pdb/invalid-budget', pdb, (o) => (o.spec.maxUnavailable = -1), (o) => (o.spec.maxUnavailable = '0%')],
  ['pdb/invalid-budget', pdb, (o) => (o.spec.maxUnavailable = '1.5%'), (o) => (o.spec.maxUnavailable = '15%')],
  [
    'pdb/invalid-eviction-policy',
    pdb,
    (o) => (o.spec.unhealthyPodEvictionPolicy = 'Always'),
    (o) => (o.spec.unhealthyPodEvictionPolicy = 'IfHealthyBudget'),
  ],
  [
    'selector/invalid-requirement',
    pdb,
    (o) => (o.spec.selector = { matchExpressions: [{ key: '', operator: 'Exists' }] }),
    (o) => (o.spec.selector = {}),
  ],
  [
    'pod/invalid-image',
    pod,
    (o) => (o.spec.containers[0].image = 'app@sha256:abc'),
    (o) => (o.spec.containers[0].image = `app@sha256:${'0'.repeat(64)}`),
  ],
  ['pod/invalid-restart-policy', pod, (o) => (o.spec.restartPolicy = 'Sometimes'), (o) => (o.spec.restartPolicy = 'OnFailure')],
  [
    'pod/qos-annotation-mismatch',
    pod,
    (o) => (o.metadata.annotations = { 'pod-patterns.io/qos-class': 'Guaranteed' }),
    (o) => (o.metadata.annotations = { 'pod-patterns.io/qos-class': 'BestEffort' }),
  ],
  ['labels/invalid-value', pod, (o) => (o.metadata.labels.app = 'debug-'), (o) => (o.metadata.labels.app = 'debug-1')],
])('%s', (rule, base, bad, good) => {
  test(`flagged on ${base.name}: ${bad.toString().replace(/\s+/g, ' ').slice(0, 100)}`, () => {
    expect(rulesOf(build(base, bad))).toContain(rule);
  });
  test(`accepted on ${base.name}: ${good.toString().replace(/\s+/g, ' ').slice(0, 100)}`, () => {
    expect(oracleFindings(build(base, good))).toEqual([]);
  });
});

test('objects of other kinds get their metadata checked', () => {
  const monitor = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PodMonitor',
    metadata: { name: 'Web', labels: { 'a b': 'c' } },
    spec: {},
  };
  expect(rulesOf(monitor).sort()).toEqual(['labels/invalid-key', 'meta/invalid-name']);
});
