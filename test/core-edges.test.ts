/**
 * lib/core/ at its edges: the refusals and renderings the mutation run (npm run mutate) found
 * no test for. Each case states what a user sees: the exact problem (construct path and what is
 * wrong) and the fix, or the exact YAML. Many of these inputs would also be refused later by the
 * rules over the rendered objects; these tests pin the construct's own, more precise message.
 */
import { Duration, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { AppPod, AppPodProps, Controller } from '../lib';
import { errorOf, newChart, only, podSpecOf, synth } from './util';

function build(props: Partial<AppPodProps>, id = 'Web'): any[] {
  const chart = newChart();
  new AppPod(chart, id, { app: { image: 'myapp:1.0', ports: [{ number: 8080 }] }, ...props });
  return synth(chart);
}

/** What an error says and how to fix it, without its code. */
function refusal(props: Partial<AppPodProps>, id = 'Web'): string {
  const { message } = errorOf(() => build(props, id));
  return message.replace(/ \[[a-z-]+\]$/, '');
}

const name52 = 'a'.repeat(52);
const name53 = 'a'.repeat(53);

test.each<[string, Partial<AppPodProps>, string]>([
  [
    'a Deployment minReady that is not whole seconds',
    { controller: Controller.deployment({ minReady: Duration.millis(1500) }) },
    "test/Web: the controller's minReady of 1500 ms is not a whole, non-negative number of seconds. Fix: use Duration.seconds(2)",
  ],
  [
    'a CronJob activeDeadline that is not whole seconds',
    { controller: Controller.cronJob({ schedule: '0 * * * *', activeDeadline: Duration.millis(2400) }) },
    "test/Web: the controller's activeDeadline of 2400 ms is not a whole, non-negative number of seconds. Fix: use Duration.seconds(2)",
  ],
  [
    'a CronJob ttlAfterFinished that is not whole seconds',
    { controller: Controller.cronJob({ schedule: '0 * * * *', ttlAfterFinished: Duration.millis(500) }) },
    "test/Web: the controller's ttlAfterFinished of 500 ms is not a whole, non-negative number of seconds. Fix: use Duration.seconds(1)",
  ],
  [
    'a CronJob startingDeadline that is not whole seconds',
    { controller: Controller.cronJob({ schedule: '0 * * * *', startingDeadline: Duration.millis(60500) }) },
    "test/Web: the controller's startingDeadline of 60500 ms is not a whole, non-negative number of seconds. Fix: use Duration.seconds(61)",
  ],
  ...(
    [
      ['StatefulSet', Controller.statefulSet({ replica: 2 } as any)],
      ['DaemonSet', Controller.daemonSet({ replica: 2 } as any)],
      ['Job', Controller.job({ replica: 2 } as any)],
      ['CronJob', Controller.cronJob({ schedule: '0 * * * *', replica: 2 } as any)],
      ['bare Pod', Controller.barePod({ reason: 'debugging', replica: 2 } as any)],
    ] as const
  ).map(([kind, controller]): [string, Partial<AppPodProps>, string] => [
    `an unknown ${kind} option`,
    { controller },
    expect.stringMatching(/^test\/Web: the controller options has no prop "replica"\. Fix: /) as unknown as string,
  ]),
  [
    'an unknown volume claim prop',
    { controller: Controller.statefulSet({ volumeClaims: [{ name: 'data', storage: Size.gibibytes(1), storageClass: 'ssd' } as any] }) },
    'test/Web: volume claim "data" has no prop "storageClass". Fix: write "storageClassName", the prop it has closest to that',
  ],
  [
    'a StatefulSet name over 52 characters',
    { name: name53, controller: Controller.statefulSet() },
    `test/Web: StatefulSet name "${name53}" has 53 characters; Kubernetes needs at most 52 for a StatefulSet. Fix: use a shorter name, e.g. "${name52}"`,
  ],
  [
    'a CronJob name over 52 characters, cut where it does not end in a hyphen',
    { name: `${'a'.repeat(49)}---bcd`, controller: Controller.cronJob({ schedule: '0 * * * *' }) },
    `test/Web: CronJob name "${'a'.repeat(49)}---bcd" has 55 characters; Kubernetes needs at most 52 for a CronJob. Fix: use a shorter name, e.g. "${'a'.repeat(49)}"`,
  ],
  [
    'a StatefulSet name that starts with a digit (its Service needs an RFC 1035 label)',
    { name: '1st-db', controller: Controller.statefulSet() },
    'test/Web: app name "1st-db" names a Service, and Service names must start with a letter. Fix: use a name such as "app-1st-db"',
  ],
  [
    'a Service for an app whose name starts with a digit',
    { name: '1st-web', service: {} },
    'test/Web: app name "1st-web" names a Service, and Service names must start with a letter. Fix: use a name such as "app-1st-web"',
  ],
  [
    'an empty selector',
    { selector: {} },
    expect.stringMatching(
      /^test\/Web: .* is empty, and would select every pod of the namespace\. Fix: name at least the labels that set this app apart$/,
    ) as unknown as string,
  ],
  [
    'a selector the pod does not match',
    { selector: { tier: 'front' } },
    expect.stringMatching(
      /^test\/Web: .* selects tier=front, which the pod's labels do not have\. Fix: add them to the pod's labels \(labels: \{ 'tier': 'front' \}\), or select by labels the pod has$/,
    ) as unknown as string,
  ],
  [
    'a node selector value that is no label value',
    { scheduling: { nodeSelector: { disk: 'fast ssd' } } },
    expect.stringMatching(/^test\/Web: label disk="fast ssd" is not a valid label value/) as unknown as string,
  ],
  [
    'an unknown toleration prop',
    { scheduling: { tolerations: [{ key: 'gpu', efect: 'NoSchedule' } as any] } },
    'test/Web: a toleration has no prop "efect". Fix: write "effect", the prop it has closest to that',
  ],
  [
    'evictAfter on a toleration that is not NoExecute',
    { scheduling: { tolerations: [{ key: 'gpu', effect: kplus.TaintEffect.NO_SCHEDULE, evictAfter: Duration.minutes(5) }] } },
    'test/Web: toleration of "gpu" sets evictAfter, which only a NoExecute taint can use. Fix: set effect: TaintEffect.NO_EXECUTE, or drop evictAfter',
  ],
  [
    'a DNS subdomain that is no DNS label',
    { dns: { subdomain: 'My_Sub' } },
    expect.stringMatching(
      /^test\/Web: subdomain "My_Sub" is not a DNS-1123 label .*Fix: use a name such as "my-sub"$/,
    ) as unknown as string,
  ],
])('%s is refused with its path, problem and fix', (_, props, expected) => {
  expect(refusal(props)).toEqual(expected);
});

test('names of 52 characters fit a StatefulSet and a CronJob; other controllers take longer ones', () => {
  expect(() => build({ name: name52, controller: Controller.statefulSet() })).not.toThrow();
  expect(() => build({ name: name52, controller: Controller.cronJob({ schedule: '0 * * * *' }) })).not.toThrow();
  expect(() => build({ name: name53 })).not.toThrow();
  expect(() => build({ name: name53, controller: Controller.job() })).not.toThrow();
});

test('a CronJob startingDeadline of exactly 10 seconds is accepted (the CronJob controller checks every 10 s)', () => {
  const cronJob = only(
    build({ controller: Controller.cronJob({ schedule: '0 * * * *', startingDeadline: Duration.seconds(10) }) }),
    'CronJob',
  );
  expect(cronJob.spec.startingDeadlineSeconds).toBe(10);
});

test('a schedule is written with its blanks collapsed, as the CronJob controller reads it', () => {
  const cronJob = only(build({ controller: Controller.cronJob({ schedule: '  */5   *\t* * *  ' }) }), 'CronJob');
  expect(cronJob.spec.schedule).toBe('*/5 * * * *');
});

test('ids become names in kebab case, acronyms kept whole', () => {
  const names = ['NodeAgent', 'HTTPServer', 'MyAPIGateway', 'Web'].map((id) => only(build({}, id), 'Deployment').metadata.name);
  expect(names).toEqual(['node-agent', 'http-server', 'my-api-gateway', 'web']);
});

test('a node selector is written with its keys sorted, an empty one not at all', () => {
  const spec = podSpecOf(only(build({ scheduling: { nodeSelector: { zone: 'a', disk: 'ssd', arch: 'amd64' } } }), 'Deployment'));
  expect(Object.keys(spec.nodeSelector)).toEqual(['arch', 'disk', 'zone']);
  expect(podSpecOf(only(build({ scheduling: { nodeSelector: {} } }), 'Deployment')).nodeSelector).toBeUndefined();
});

test('spread writes one anti-affinity term per node and one per zone, each selecting the pods of the app', () => {
  const spec = podSpecOf(only(build({ controller: Controller.deployment({ replicas: 3 }), scheduling: { spread: true } }), 'Deployment'));
  const terms = spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution;
  expect(terms.map((t: any) => t.topologyKey)).toEqual(['kubernetes.io/hostname', 'topology.kubernetes.io/zone']);
  for (const term of terms)
    expect(term.labelSelector.matchLabels).toEqual({ 'app.kubernetes.io/instance': 'web', 'app.kubernetes.io/name': 'web' });
});

test('a StatefulSet claim is written with the storage class only when one is given, and the default access mode', () => {
  const claims = (volumeClaims: any[]) =>
    only(
      build({
        controller: Controller.statefulSet({ volumeClaims }),
        app: { image: 'db:1.0', ports: [{ number: 5432 }], volumeMounts: [{ volume: 'data', path: '/data' }] },
      }),
      'StatefulSet',
    ).spec.volumeClaimTemplates;
  expect(claims([{ name: 'data', storage: Size.gibibytes(2) }])).toEqual([
    { metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '2Gi' } } } },
  ]);
  expect(claims([{ name: 'data', storage: Size.mebibytes(1536), storageClassName: 'ssd' }])[0].spec).toEqual({
    accessModes: ['ReadWriteOnce'],
    storageClassName: 'ssd',
    resources: { requests: { storage: '1536Mi' } },
  });
});

test('a claim of a fraction of a mebibyte is written exactly, not rounded', () => {
  const statefulSet = only(
    build({
      controller: Controller.statefulSet({ volumeClaims: [{ name: 'data', storage: Size.kibibytes(1536) }] }),
      app: { image: 'db:1.0', ports: [{ number: 5432 }], volumeMounts: [{ volume: 'data', path: '/data' }] },
    }),
    'StatefulSet',
  );
  expect(statefulSet.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('1.5Mi');
});

test('a StatefulSet without claims keeps its pod volumes', () => {
  const spec = podSpecOf(only(build({ controller: Controller.statefulSet(), sharedVolumes: [{ name: 'cache' }] }), 'StatefulSet'));
  expect(spec.volumes).toEqual([{ name: 'cache', emptyDir: {} }]);
});
