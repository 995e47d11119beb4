/**
 * lib/core/ at its edges: the refusals and renderings the mutation run (npm run mutate) found
 * no test for. Each case states what a user sees: the exact problem (construct path and what is
 * wrong) and the fix, or the exact YAML. Many of these inputs would also be refused later by the
 * rules over the rendered objects; these tests pin the construct's own, more precise message.
 */
// @ts-nocheck

import { Duration, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import {
  AppPod,
  AppPodProps,
  ContainerRole,
  Controller,
  IstioSidecar,
  PodAnnotations,
  PodDefaults,
  QosPreset,
  SecurityProfile,
} from '../lib';
import { Quantity } from '../lib/core/quantity';
import { errorOf, newChart, only, podSpecOf, refusalOf, synth } from './util';

function build(props: Partial<AppPodProps>, id = 'Web'): any[] {
  const chart = newChart();
  new AppPod(chart, id, { app: { image: 'myapp:1.0', ports: [{ number: 8080 }] }, ...props });
  return synth(chart);
}

/** What an error says and how to fix it, without its code. */
function refusal(props: Partial<AppPodProps>, id = 'Web'): string {
  return refusalOf(() => build(props, id));
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

// Required anti-affinity (what cdk8s-plus' spread() writes) would leave a fourth replica Pending
// in a three-zone cluster; a spread constraint that may be unsatisfied never does.
test('spread writes one soft topology spread constraint per node and one per zone, over the pods of the app', () => {
  const spec = podSpecOf(only(build({ controller: Controller.deployment({ replicas: 4 }), scheduling: { spread: true } }), 'Deployment'));
  const labelSelector = { matchLabels: { 'app.kubernetes.io/instance': 'web', 'app.kubernetes.io/name': 'web' } };
  expect(spec.topologySpreadConstraints).toEqual([
    { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector },
    { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector },
  ]);
  expect(spec.affinity).toBeUndefined();
  expect(podSpecOf(only(build({}), 'Deployment')).topologySpreadConstraints).toBeUndefined();
});

test('spread follows an adopted selector', () => {
  const spec = podSpecOf(
    only(
      build({ selector: { app: 'reviews' }, labels: { app: 'reviews' }, scheduling: { spread: true } } as Partial<AppPodProps>),
      'Deployment',
    ),
  );
  expect(spec.topologySpreadConstraints.map((c: any) => c.labelSelector)).toEqual([
    { matchLabels: { app: 'reviews' } },
    { matchLabels: { app: 'reviews' } },
  ]);
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

describe('containers, ports and mounts', () => {
  const fix = {
    portName: 'use at most 15 lowercase letters, digits and single "-", with at least one letter, e.g. "http"',
    probe: 'give its delays, periods and timeouts in whole seconds, e.g. Duration.seconds(2)',
  };
  const withApp = (app: Record<string, unknown>, rest: Partial<AppPodProps> = {}): Partial<AppPodProps> => ({
    app: { image: 'myapp:1.0', ...app } as AppPodProps['app'],
    ...rest,
  });

  test.each<[string, Partial<AppPodProps>, string]>([
    ...[0, 65536, 80.5].map((port): [string, Partial<AppPodProps>, string] => [
      `port ${port}`,
      withApp({ ports: [{ number: port }] }),
      `test/Web: container "app" declares port ${port}, outside 1-65535. Fix: use a port number from 1 to 65535`,
    ]),
    ...['http--x', 'abcdefghijklmnop', '8080', 'Http', '-http', 'http-'].map((name): [string, Partial<AppPodProps>, string] => [
      `port name ${name}`,
      withApp({ ports: [{ number: 8080, name }] }),
      `test/Web: container "app" names a port "${name}", which is not an IANA service name. Fix: ${fix.portName}`,
    ]),
    [
      'a mount path starting with ./',
      withApp({ volumeMounts: [{ volume: 'shared', path: './data' }] }, { sharedVolumes: [{ name: 'shared' }] }),
      'test/Web: container "app" mounts "shared" at "./data", which is not an absolute path. Fix: use an absolute path such as "/data"',
    ],
    [
      'a relative mount path',
      withApp({ volumeMounts: [{ volume: 'shared', path: 'data/x' }] }, { sharedVolumes: [{ name: 'shared' }] }),
      'test/Web: container "app" mounts "shared" at "data/x", which is not an absolute path. Fix: use an absolute path such as "/data/x"',
    ],
    [
      'a relative writable path',
      withApp({ writablePaths: ['tmp'] }),
      'test/Web: container "app" asks for writable path "tmp", which is not absolute. Fix: use "/tmp"',
    ],
    [
      'a mount of an undeclared volume, with volumes declared',
      withApp({ volumeMounts: [{ volume: 'c', path: '/c' }] }, { sharedVolumes: [{ name: 'a' }, { name: 'b' }] }),
      'test/Web: container "app" mounts volume "c", which the pod does not declare. Fix: declare it in sharedVolumes or volumes, or mount one of "a", "b"',
    ],
    [
      'a mount of an undeclared volume, with none declared',
      withApp({ volumeMounts: [{ volume: 'c', path: '/c' }] }),
      'test/Web: container "app" mounts volume "c", which the pod does not declare. Fix: declare it in sharedVolumes (emptyDir) or volumes',
    ],
    [
      'an image tagged latest',
      withApp({ image: 'registry/myapp:latest' }),
      'test/Web: container "app" has image "registry/myapp:latest", tagged latest, which changes under the same name: nodes may run different code and rollbacks roll back nothing. Fix: pin a version ("registry/myapp:1.2.3") or a digest ("@sha256:..."), or set allowLatestTag: true',
    ],
    [
      'a readiness probe timeout in milliseconds',
      withApp({ ports: [{ number: 8080 }], readiness: kplus.Probe.fromTcpSocket({ port: 8080, timeoutSeconds: Duration.millis(1500) }) }),
      `test/Web: container "app" has a readiness probe that cannot be written: '1500 millis' cannot be converted into a whole number of seconds. Fix: ${fix.probe}`,
    ],
    [
      'a startup probe period in milliseconds',
      withApp({ ports: [{ number: 8080 }], startup: kplus.Probe.fromTcpSocket({ port: 8080, periodSeconds: Duration.millis(2500) }) }),
      `test/Web: container "app" has a startup probe that cannot be written: '2500 millis' cannot be converted into a whole number of seconds. Fix: ${fix.probe}`,
    ],
    [
      'a liveness probe period in milliseconds',
      withApp({ ports: [{ number: 8080 }], liveness: kplus.Probe.fromTcpSocket({ port: 8080, periodSeconds: Duration.millis(2500) }) }),
      `test/Web: container "app" has a liveness probe that cannot be written: '2500 millis' cannot be converted into a whole number of seconds. Fix: ${fix.probe}`,
    ],
    [
      'variables set in both env and envValues',
      withApp({ env: { A: 'x', B: 'y' }, envValues: { A: kplus.EnvValue.fromValue('z'), B: kplus.EnvValue.fromValue('w') } }),
      'test/Web: container "app" sets "A", "B" both in env and in envValues, so one of the two values would be silently dropped. Fix: keep each variable in one of env or envValues',
    ],
    [
      'an unknown volume mount prop',
      withApp({ volumeMounts: [{ volume: 'shared', path: '/x', readonly: true }] }, { sharedVolumes: [{ name: 'shared' }] }),
      'test/Web: a volume mount of container "app" has no prop "readonly". Fix: write "readOnly", the prop it has closest to that',
    ],
    [
      'an unknown resources prop',
      withApp({ resources: { cpus: {} } }),
      'test/Web: the resources of container "app" has no prop "cpus". Fix: write "cpu", the prop it has closest to that',
    ],
    [
      'an unknown cpu prop',
      withApp({ resources: { cpu: { limits: '1' } } }),
      'test/Web: the cpu of container "app" has no prop "limits". Fix: write "limit", the prop it has closest to that',
    ],
    [
      'an unknown memory prop',
      withApp({ resources: { memory: { requests: '1Mi' } } }),
      'test/Web: the memory of container "app" has no prop "requests". Fix: write "request", the prop it has closest to that',
    ],
  ])('%s is refused with its path, problem and fix', (_, props, expected) => {
    expect(refusal(props)).toBe(expected);
  });

  test('ports 1 and 65535 and port names of 15 characters or with a digit are accepted', () => {
    expect(() =>
      build(
        withApp({
          ports: [
            { number: 1, name: 'abcdefghijklmno' },
            { number: 65535, name: 'h1' },
          ],
        }),
      ),
    ).not.toThrow();
  });

  test('a container name is unique across containers and init containers', () => {
    const twice = (role: ContainerRole) =>
      errorOf(() => {
        const chart = newChart();
        const pod = new AppPod(chart, 'Web', { app: { image: 'myapp:1.0' } });
        pod.addContainer({ name: 'side', image: 'side:1.0' }, role);
        pod.addContainer({ name: 'side', image: 'side:1.0' });
      }).message;
    for (const role of [ContainerRole.INIT, ContainerRole.HELPER]) {
      expect(twice(role)).toBe(
        'test/Web: two containers are named "side" (container names are unique across containers and init containers). Fix: rename one of them, e.g. "side-2" [duplicate-container-name]',
      );
    }
  });

  test('a mount into a container the pod does not have names the ones it has', () => {
    const chart = newChart();
    const pod = new AppPod(chart, 'Web', { app: { image: 'myapp:1.0' } });
    pod.addContainer({ name: 'side', image: 'side:1.0' });
    expect(errorOf(() => pod.addMount('nope', { volume: 'x', path: '/x' })).message).toBe(
      'test/Web: no container is named "nope". Fix: mount into one of "app", "side" [unknown-container]',
    );
  });

  test('writable paths get an emptyDir each, named after the container and the path', () => {
    const spec = podSpecOf(only(build(withApp({ writablePaths: ['/', '/var/Cache//nginx/', `/${'a'.repeat(58)}/b`] })), 'Deployment'));
    const names = ['app-root', 'app-var-cache-nginx', `app-${'a'.repeat(58)}`];
    expect(spec.containers[0].volumeMounts).toEqual([
      { name: names[0], mountPath: '/', readOnly: false },
      { name: names[1], mountPath: '/var/Cache//nginx/', readOnly: false },
      { name: names[2], mountPath: `/${'a'.repeat(58)}/b`, readOnly: false },
    ]);
    expect(spec.volumes).toEqual(names.map((name) => ({ name, emptyDir: {} })));
  });
});

describe('the pod', () => {
  test('automountServiceAccountToken defaults to false and is written as given', () => {
    const token = (props: Partial<AppPodProps>) => podSpecOf(only(build(props), 'Deployment')).automountServiceAccountToken;
    expect([token({}), token({ automountServiceAccountToken: true }), token({ automountServiceAccountToken: false })]).toEqual([
      false,
      true,
      false,
    ]);
  });

  test('only an app with a Service (or a StatefulSet) needs a name that starts with a letter', () => {
    expect(only(build({ name: '1st-web' }), 'Deployment').metadata.name).toBe('1st-web');
  });

  test.each<[string, Partial<AppPodProps>, string]>([
    [
      'service',
      { service: { prots: [] } as any },
      'test/Web: service has no prop "prots". Fix: write "ports", the prop it has closest to that',
    ],
    [
      'a shared volume',
      { sharedVolumes: [{ name: 'x', sizeLimt: '1Gi' } as any] },
      expect.stringMatching(/^test\/Web: a shared volume has no prop "sizeLimt"\. Fix: /) as unknown as string,
    ],
  ])('an unknown prop of the %s names it', (_, props, expected) => {
    expect(refusal(props)).toEqual(expected);
  });

  test('an unknown prop far from every known one lists them all', () => {
    expect(errorOf(() => PodDefaults.set(newChart(), { zzzzzzzz: 1 } as any)).message).toBe(
      'test: PodDefaults has no prop "zzzzzzzz". Fix: use one of qos [unknown-prop]',
    );
  });

  test.each([
    [Duration.seconds(0), 0],
    [Duration.seconds(45), 45],
  ])('a termination grace of %s is written in seconds', (grace, seconds) => {
    expect(podSpecOf(only(build({ terminationGracePeriod: grace }), 'Deployment')).terminationGracePeriodSeconds).toBe(seconds);
  });

  test('a termination grace that is not whole seconds is refused', () => {
    expect(refusal({ terminationGracePeriod: Duration.millis(1500) })).toBe(
      'test/Web: terminationGracePeriod of 1500 ms is not a whole, non-negative number of seconds. Fix: use Duration.seconds(2)',
    );
  });

  test('a BestEffort pod whose containers have resources is told which way out there is', () => {
    expect(refusal({ qos: QosPreset.bestEffort(), app: { image: 'myapp:1.0', resources: { memory: { limit: '64Mi' } } } })).toBe(
      'test/Web: the pod asks for QoS class BestEffort but Kubernetes will class it Burstable: container "app" sets a memory limit. ' +
        'Fix: drop the resources of those containers, or choose a Burstable preset',
    );
  });

  test('a bare Pod warns at synth, once, saying what it gives up', () => {
    const warnings = jest.mocked(console.warn);
    build({ controller: Controller.barePod({ reason: 'one-off shell' }) });
    expect(warnings.mock.calls.map(([text]) => text).filter((text) => String(text).includes('bare Pod'))).toEqual([
      'warning: test/Web: "web" is a bare Pod (reason: one-off shell); nothing recreates it when its node fails or it is evicted, ' +
        'and no PodDisruptionBudget protects it. Use Controller.deployment() in production.',
    ]);
  });

  test('a container name another container has is refused before it is added', () => {
    const pod = new AppPod(newChart(), 'Web', { app: { image: 'myapp:1.0' } });
    expect(() => pod.requireFreeContainerName('side')).not.toThrow();
    expect(errorOf(() => pod.requireFreeContainerName('app')).code).toBe('duplicate-container-name');
  });

  test('errors are PodPatternErrors by name, and every annotation key carries the prefix', () => {
    expect(errorOf(() => build({ name: 'Bad_Name' })).name).toBe('PodPatternError');
    // The library's own keys: all but the prefix and the Prometheus convention it writes too.
    const keys = Object.entries(PodAnnotations).filter(([key]) => key !== 'PREFIX' && key !== 'PROMETHEUS_PORT');
    expect(keys.length).toBeGreaterThan(3);
    for (const [, value] of keys) expect(value).toMatch(new RegExp(`^${PodAnnotations.PREFIX.replace('.', '\\.')}/[a-z-]+$`));
    expect(PodAnnotations.PREFIX).toBe('pod-patterns.io');
  });
});

describe('quantities', () => {
  test.each([
    ['.55', '550m'],
    ['1e30', '1000000000000000000000000000000'],
    ['1e-30', '0.000000000000000000000000000001'],
    ['5e0', '5'],
  ])('%s is the quantity %s', (text, same) => {
    expect(Quantity.parse(text)!.compare(Quantity.parse(same)!)).toBe(0);
  });

  test.each(['1e31', '1e-31'])('%s is refused: Kubernetes quantities do not reach that far', (text) => {
    expect(Quantity.parse(text)).toBeUndefined();
  });
});

describe('container registry', () => {
  test('a container may not take the name of one the mesh will inject', () => {
    const chart = newChart();
    const pod = new AppPod(chart, 'Web', { app: { image: 'myapp:1.0', ports: [{ number: 8080 }] }, extensions: [new IstioSidecar()] });
    expect(errorOf(() => pod.addContainer({ name: 'istio-proxy', image: 'proxy:1.0' })).code).toBe('duplicate-container-name');
  });

  test('platform defaults on an init container drop only its own security context', () => {
    const chart = newChart();
    const pod = new AppPod(chart, 'Web', { app: { image: 'myapp:1.0' } });
    pod.addContainer(
      { name: 'prepare', image: 'prepare:1.0', securityProfile: SecurityProfile.platformDefaults('vendor step') },
      ContainerRole.INIT,
    );
    pod.addContainer({ name: 'check', image: 'check:1.0' }, ContainerRole.INIT);
    const spec = podSpecOf(only(synth(chart), 'Deployment'));
    expect(spec.initContainers.map((c: any) => [c.name, c.securityContext === undefined])).toEqual([
      ['prepare', true],
      ['check', false],
    ]);
    expect(spec.containers[0].securityContext.runAsNonRoot).toBe(true);
  });
});

test("spread lands in the pod template of every controller kind, a CronJob's inside its job template", () => {
  const keys = (spec: any) => spec.topologySpreadConstraints.map((c: any) => c.topologyKey);
  const both = ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'];
  const cron = only(build({ controller: Controller.cronJob({ schedule: '*/5 * * * *' }), scheduling: { spread: true } }), 'CronJob');
  expect(keys(cron.spec.jobTemplate.spec.template.spec)).toEqual(both);
  for (const [controller, kind] of [
    [Controller.daemonSet(), 'DaemonSet'],
    [Controller.job(), 'Job'],
    [Controller.statefulSet({ replicas: 5 }), 'StatefulSet'],
  ] as const) {
    expect(keys(podSpecOf(only(build({ controller, scheduling: { spread: true } }), kind)))).toEqual(both);
  }
});
