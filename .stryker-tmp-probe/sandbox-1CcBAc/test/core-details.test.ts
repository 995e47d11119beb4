/**
 * lib/core/, second pass: behaviours the mutation run of lib/core/ still found unguarded after
 * core-edges.test.ts (a suggestion in a fix, the order of a rendered map, a tie between two typo
 * candidates, the parse of an aggregated error). The name and address edges it found are in
 * names.test.ts.
 */
// @ts-nocheck

import { ApiObject, Duration, JsonPatch, Lazy, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import {
  AppPod,
  AppPodProps,
  ContainerRole,
  Controller,
  IstioSidecar,
  MigratingApp,
  Migration,
  PodAnnotations,
  QosPreset,
  ResourceSize,
  PodPatternErrors,
  Sidecar,
  SidecarPod,
  WaitFor,
} from '../lib';
import { PodPatternError } from '../lib/errors';
import { errorsOf, newChart, only, podSpecOf, refusalOf, synth, warningsSaid } from './util';

function build(props: Partial<AppPodProps>, id = 'Web'): any[] {
  const chart = newChart();
  new AppPod(chart, id, { app: { image: 'myapp:1.0', ports: [{ number: 8080 }] }, ...props });
  return synth(chart);
}
const refusal = (props: Partial<AppPodProps>, id = 'Web') => refusalOf(() => build(props, id));

describe('names and addresses', () => {
  test.each([
    ['1st var!', 'st_var_'],
    ['a1 b', 'a1_b'],
    ['12x', 'x'],
    ['99', 'VALUE'],
  ])('an environment variable named %j: the fix suggests %j', (name, suggestion) => {
    expect(refusal({ app: { image: 'myapp:1.0', env: { [name]: 'x' } } })).toContain(`Fix: rename it, e.g. "${suggestion}"`);
  });

  test('a one-letter port name is a valid IANA service name', () => {
    const spec = podSpecOf(only(build({ app: { image: 'myapp:1.0', ports: [{ number: 8080, name: 'h' }] } }), 'Deployment'));
    expect(spec.containers[0].ports).toEqual([{ containerPort: 8080, name: 'h' }]);
  });

  test('a CronJob name over 52 characters: the suggestion keeps its inner dashes and drops the trailing ones', () => {
    const name = `my-${'a'.repeat(48)}-rest`;
    expect(refusal({ name, controller: Controller.cronJob({ schedule: '@daily' }) })).toBe(
      `test/Web: CronJob name "${name}" has ${name.length} characters; Kubernetes needs at most 52 for a CronJob. Fix: use a shorter name, e.g. "my-${'a'.repeat(48)}"`,
    );
  });
});

describe('props, selectors and Services', () => {
  test('an unknown prop with no close name lists the props there are', () => {
    expect(refusal({ scheduling: { zzzzzzzzzzzz: 1 } as any })).toBe(
      'test/Web: scheduling has no prop "zzzzzzzzzzzz". Fix: use one of nodeSelector, tolerations, spread',
    );
  });

  test('between two props at the same distance the first listed is suggested', () => {
    // "dos" is one edit from both "qos" and "dns"; AppPodProps lists qos first.
    expect(refusal({ dos: {} } as any)).toBe('test/Web: the pod has no prop "dos". Fix: write "qos", the prop it has closest to that');
  });

  test('a selector the pod labels do not match: what is missing and how to add it', () => {
    expect(refusal({ service: { selector: { app: 'other', tier: 'web' } } })).toBe(
      "test/Web: the Service selector selects app=other, tier=web, which the pod's labels do not have. Fix: add them to the pod's labels (labels: { 'app': 'other', 'tier': 'web' }), or select by labels the pod has",
    );
  });

  test('a Service port may target any port of the app, not only its first', () => {
    const manifests = build({
      app: { image: 'myapp:1.0', ports: [{ number: 8080 }, { number: 9090, name: 'metrics' }] },
      service: { ports: [{ port: 90, targetPort: 9090 }] },
    });
    expect(only(manifests, 'Service').spec.ports).toEqual([{ port: 90, targetPort: 9090 }]);
  });

  test("a Service port that targets nothing: the app's ports, or that it has none", () => {
    expect(refusal({ service: { ports: [{ port: 80, targetPort: 9999 }] } })).toBe(
      'test/Web: Service port 80 targets port 9999, which the app container does not declare. Fix: target one of 8080',
    );
    expect(refusal({ app: { image: 'myapp:1.0' }, service: { ports: [{ port: 80, targetPort: 9999 }] } })).toBe(
      "test/Web: Service port 80 targets port 9999, which the app container does not declare. Fix: target one of the app's ports (it has none)",
    );
  });

  test('the scrape port annotation with no declared port anywhere: declare it', () => {
    expect(refusal({ app: { image: 'myapp:1.0' }, podAnnotations: { [PodAnnotations.PROMETHEUS_PORT]: '9100' } })).toContain(
      'Prometheus scrapes nothing. Fix: declare the port on the container that serves metrics',
    );
    expect(refusal({ podAnnotations: { [PodAnnotations.PROMETHEUS_PORT]: '9100' } })).toContain(
      'Fix: point it at one of 8080, or declare the port on the container that serves metrics',
    );
  });
});

describe('scheduling and volumes', () => {
  test('a NoSchedule toleration without evictAfter is accepted', () => {
    const spec = podSpecOf(
      only(build({ scheduling: { tolerations: [{ key: 'gpu', value: 'yes', effect: kplus.TaintEffect.NO_SCHEDULE }] } }), 'Deployment'),
    );
    expect(spec.tolerations).toEqual([{ key: 'gpu', operator: 'Equal', value: 'yes', effect: 'NoSchedule' }]);
  });

  test('node selector and spread labels are written in key order, whatever order they were given in', () => {
    const deployment = only(
      build({
        labels: { zeta: 'z', alpha: 'a' },
        scheduling: { nodeSelector: { 'z.example/pool': 'b', 'a.example/pool': 'a', 'm.example/pool': 'c' }, spread: true },
      }),
      'Deployment',
    );
    const spec = podSpecOf(deployment);
    expect(Object.keys(spec.nodeSelector)).toEqual(['a.example/pool', 'm.example/pool', 'z.example/pool']);
    const keys = Object.keys(spec.topologySpreadConstraints[0].labelSelector.matchLabels);
    expect(keys).toEqual([...keys].sort());
    expect(keys.length).toBeGreaterThan(1);
  });

  test('a shared emptyDir keeps its medium and size limit', () => {
    const spec = podSpecOf(
      only(build({ sharedVolumes: [{ name: 'cache', medium: kplus.EmptyDirMedium.MEMORY, sizeLimit: Size.mebibytes(64) }] }), 'Deployment'),
    );
    expect(spec.volumes).toEqual([{ name: 'cache', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }]);
  });

  test('a cdk8s-plus volume with an invalid name is refused as a volume name', () => {
    const chart = newChart();
    const volume = kplus.Volume.fromEmptyDir(chart, 'V', 'Bad_Name');
    expect(refusalOf(() => new AppPod(chart, 'Web', { app: { image: 'myapp:1.0' }, volumes: [volume] }))).toMatch(
      /^test\/Web: volume name "Bad_Name" /,
    );
  });

  test('a writable path whose volume name is cut at 63 characters loses the dashes at the cut', () => {
    // "app-" and 58 letters make 62 characters; the cut at 63 falls inside "--".
    const path = `/${'a'.repeat(58)}/-/b`;
    const spec = podSpecOf(only(build({ app: { image: 'myapp:1.0', writablePaths: [path] } }), 'Deployment'));
    expect(spec.volumes.map((v: any) => v.name)).toEqual([`app-${'a'.repeat(58)}`]);
  });

  test('a relative mount path: the fix makes it absolute without its leading ./ and slashes', () => {
    expect(
      refusal({ sharedVolumes: [{ name: 'data' }], app: { image: 'myapp:1.0', volumeMounts: [{ volume: 'data', path: './/data' }] } }),
    ).toContain('Fix: use an absolute path such as "/data"');
  });
});

describe('probes and durations', () => {
  test("a probe's fractional seconds: the message is cdk8s's, dots inside it kept, the final one dropped", () => {
    const message = refusal({
      app: {
        image: 'myapp:1.0',
        ports: [{ number: 8080 }],
        liveness: kplus.Probe.fromTcpSocket({ timeoutSeconds: Duration.seconds(1.5) }),
      },
    });
    expect(message).toMatch(/^test\/Web: container "app" has a liveness probe that cannot be written: .*1\.5.*[^.]\. Fix: /);
    expect(message).not.toMatch(/\.\. Fix/);
  });
});

describe('lifecycle in a mesh', () => {
  const meshJob = (kind: 'job' | 'cron') => {
    const chart = newChart();
    new AppPod(chart, 'Web', {
      app: { image: 'myapp:1.0' },
      controller: kind === 'job' ? Controller.job() : Controller.cronJob({ schedule: '@daily' }),
      extensions: [new IstioSidecar()],
    });
    return refusalOf(() => synth(chart));
  };

  test('a Job in the mesh never completes; only a CronJob is told about skipped runs', () => {
    expect(meshJob('job')).toContain(
      'the Job\'s pod gets the mesh\'s "istio-proxy" injected as a regular container, which never exits, and a Job completes only when every regular container has exited: the Job would run for ever. Fix: ',
    );
    expect(meshJob('cron')).toContain(
      'the CronJob\'s pod gets the mesh\'s "istio-proxy" injected as a regular container, which never exits, and a Job completes only when every regular container has exited: the Job would run for ever (and with concurrencyPolicy Forbid, skip every later run). Fix: ',
    );
  });

  test('a native sidecar that listens on no port opens no connection before the proxy: accepted in a mesh', () => {
    const chart = newChart();
    new SidecarPod(chart, 'Web', {
      app: { image: 'myapp:1.0', ports: [{ number: 8080 }] },
      sharedVolumes: [{ name: 'logs' }],
      sidecars: [
        new Sidecar({ name: 'shipper', image: 'shipper:1.0', nativeSidecar: true, volumeMounts: [{ volume: 'logs', path: '/logs' }] }),
      ],
      extensions: [new IstioSidecar()],
    });
    expect(() => synth(chart)).not.toThrow();
  });

  test("an init step of the user's in a mesh: the fix is the proxy user, not a migration Job", () => {
    const chart = newChart();
    const pod = new AppPod(chart, 'Web', { app: { image: 'myapp:1.0', ports: [{ number: 8080 }] }, extensions: [new IstioSidecar()] });
    pod.addContainer({ name: 'fetch', image: 'fetch:1.0' }, ContainerRole.INIT);
    const message = refusalOf(() => synth(chart));
    expect(message).toContain('"fetch" runs before the mesh\'s proxy starts');
    expect(message).toContain('Fix: run the step as the proxy user (securityContext user 1337), which istio-init exempts');
  });

  test('a wait-for step in a mesh runs as the proxy user, which istio-init exempts: accepted', () => {
    const chart = newChart();
    new AppPod(chart, 'Web', {
      app: { image: 'myapp:1.0', ports: [{ number: 8080 }] },
      extensions: [new IstioSidecar(), WaitFor.tcp({ name: 'db', host: 'db.example', port: 5432 })],
    });
    expect(() => synth(chart)).not.toThrow();
  });

  test('an init migration in a mesh: the fix is a migration Job', () => {
    const chart = newChart();
    new MigratingApp(chart, 'Web', {
      app: { image: 'myapp:1.0', ports: [{ number: 8080 }] },
      migration: new Migration({ args: ['--migrate'], concurrencySafe: true }),
      extensions: [new IstioSidecar()],
    });
    expect(refusalOf(() => synth(chart))).toContain('Fix: run the migration as a Job (MigrationMode.JOB), which is kept out of the mesh');
  });
});

describe('PodPatternErrors reads problems from the error and from cdk8s aggregated messages', () => {
  test('one error: its code, path, what and fix', () => {
    const error = new PodPatternError('invalid-name', 'test/Web', 'the name is bad', 'use a good one');
    expect(PodPatternErrors.problemsOf(error)).toEqual([
      { code: 'invalid-name', path: 'test/Web', what: 'the name is bad', fix: 'use a good one' },
    ]);
  });

  test("cdk8s's validation message: one problem a line, other lines and malformed ones skipped", () => {
    const error = new Error(
      [
        'Validation failed with the following errors:',
        '  [test/Web] the name is bad. Fix: use a good one [invalid-name]',
        '  [test/Db] port 0. Fix: use 1-65535 [invalid-port]',
        'prefix [test/X] not at the start. Fix: x [invalid-port]',
        '  [test/Y] trailing text. Fix: y [invalid-port] and more',
        '  [test/Z] no fix at all',
      ].join('\n'),
    );
    expect(PodPatternErrors.problemsOf(error)).toEqual([
      { code: 'invalid-name', path: 'test/Web', what: 'the name is bad', fix: 'use a good one' },
      { code: 'invalid-port', path: 'test/Db', what: 'port 0', fix: 'use 1-65535' },
    ]);
    expect(PodPatternErrors.codeOf(error)).toBe('invalid-name');
  });

  test("an error only named like the library's, without code and path, is read by its lines", () => {
    const error = Object.assign(new Error('[test/A] a. Fix: b [invalid-name]'), { name: 'PodPatternError' });
    expect(PodPatternErrors.problemsOf(error)).toEqual([{ code: 'invalid-name', path: 'test/A', what: 'a', fix: 'b' }]);
    expect(PodPatternErrors.problemsOf('not an error')).toEqual([]);
    expect(PodPatternErrors.codeOf(new Error('plain'))).toBeUndefined();
  });
});

describe('QoS, validation passes, controllers and extension order', () => {
  test('each QoS mismatch gets the fix of the class asked for, and is reported once', () => {
    const problems = (props: Partial<AppPodProps>, add?: (pod: AppPod) => void) => {
      const chart = newChart();
      const pod = new AppPod(chart, 'Web', { app: { image: 'myapp:1.0', ports: [{ number: 8080 }] }, ...props });
      add?.(pod);
      return errorsOf(() => synth(chart)).map((e) => [e.code, e.message.replace(/^.*Fix: /s, '')]);
    };
    expect(
      problems({
        qos: QosPreset.burstable({ size: ResourceSize.SMALL }),
        app: { image: 'myapp:1.0', resources: { cpu: { limit: '1' }, memory: { limit: '1Gi' } } },
      }),
    ).toEqual([['qos-mismatch', 'give one container a request below its limit, or choose QosPreset.guaranteed [qos-mismatch]']]);
    expect(
      problems({ qos: QosPreset.bestEffort() }, (pod) =>
        pod.addContainer({ name: 'agent', image: 'agent:1.0', resources: { memory: { request: '10Mi' } } }),
      ),
    ).toEqual([['qos-mismatch', 'drop the resources of those containers, or choose a Burstable preset [qos-mismatch]']]);
    expect(
      problems({ qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }) }, (pod) =>
        pod.addContainer({ name: 'agent', image: 'agent:1.0', resources: { cpu: { request: '10m' } } }),
      ),
    ).toEqual([
      [
        'qos-mismatch',
        'drop the explicit resources of those containers so the preset sizes them, or give them equal CPU and memory requests and limits [qos-mismatch]',
      ],
    ]);
  });

  test("the pod's validation run by hand, before any synth, finds nothing in a valid pod", () => {
    const chart = newChart();
    const pod = new AppPod(chart, 'Web', {
      app: { image: 'myapp:1.0', ports: [{ number: 8080 }] },
      qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }),
    });
    expect(pod.node.validate()).toEqual([]);
  });

  test('a StatefulSet without volume claims writes no claim templates', () => {
    const statefulSet = only(build({ controller: Controller.statefulSet() }), 'StatefulSet');
    expect(statefulSet.spec).not.toHaveProperty('volumeClaimTemplates');
    expect(statefulSet.spec).not.toHaveProperty('persistentVolumeClaimRetentionPolicy');
  });

  test("a bare Pod's init steps are checked against the mesh like a controller's", () => {
    const chart = newChart();
    const pod = new AppPod(chart, 'Web', {
      app: { image: 'myapp:1.0', ports: [{ number: 8080 }] },
      controller: Controller.barePod({ reason: 'a one-off debugging pod' }),
      extensions: [new IstioSidecar()],
    });
    pod.addContainer({ name: 'fetch', image: 'fetch:1.0' }, ContainerRole.INIT);
    expect(errorsOf(() => synth(chart)).map((e) => e.code)).toEqual(['mesh-init-traffic']);
  });

  test('extensions are applied by phase, and in the order given within a phase', () => {
    const chart = newChart();
    new AppPod(chart, 'Web', {
      app: { image: 'myapp:1.0', ports: [{ number: 8080 }] },
      extensions: [
        WaitFor.tcp({ name: 'first', host: 'a.example', port: 1 }),
        new Sidecar({ name: 'helper', image: 'helper:1.0' }),
        WaitFor.tcp({ name: 'second', host: 'b.example', port: 2 }),
        WaitFor.tcp({ name: 'third', host: 'c.example', port: 3 }),
      ],
    });
    const spec = podSpecOf(only(synth(chart), 'Deployment'));
    expect(spec.initContainers.map((c: any) => c.name)).toEqual(['wait-for-first', 'wait-for-second', 'wait-for-third']);
    expect(spec.containers.map((c: any) => c.name)).toEqual(['app', 'helper']);
  });
});

test('a JSON patch that cannot apply is reported with the object and a fix, not as a stack trace', () => {
  const chart = newChart();
  const pod = new AppPod(chart, 'Web', { app: { image: 'myapp:1.0', ports: [{ number: 8080 }] } });
  ApiObject.of(pod.workload).addJsonPatch(JsonPatch.replace('/spec/nothing/here', 1));
  expect(refusalOf(() => synth(chart))).toBe(
    'test/Web: Deployment "web" could not be written: ' +
      "Failed serializing construct at path 'test/Web/Workload/Resource' with name 'web': TypeError: Cannot read properties of undefined (reading 'here'). " +
      'Fix: correct the value the message names; if it names none, report it with the props that led here',
  );
});

test('a pod without resources or a preset is warned BestEffort, with both ways to size it and the way to say so', () => {
  build({});
  expect(warningsSaid()).toContain(
    'warning: test/Web: no container of "web" has CPU or memory requests, so the pod is BestEffort: the first to be evicted when its node runs short of memory. ' +
      'Give it a preset (`qos: QosPreset.burstable({ size: ResourceSize.SMALL })`, or PodDefaults.set(chart, { qos }) for every pod of a chart), ' +
      'or say so with `qos: QosPreset.bestEffort()`',
  );
});

describe('third pass', () => {
  test('the scrape port fix lists every declared port', () => {
    expect(
      refusal({
        app: { image: 'myapp:1.0', ports: [{ number: 8080 }, { number: 8443 }] },
        podAnnotations: { [PodAnnotations.PROMETHEUS_PORT]: '9100' },
      }),
    ).toContain('Fix: point it at one of 8080, 8443, or declare the port on the container that serves metrics');
  });

  test('a Service port that targets nothing: the fix lists every app port', () => {
    expect(
      refusal({
        app: { image: 'myapp:1.0', ports: [{ number: 8080 }, { number: 8443 }] },
        service: { ports: [{ port: 80, targetPort: 9 }] },
      }),
    ).toContain('Fix: target one of 8080, 8443');
  });

  test('a NoExecute toleration may set evictAfter, written as tolerationSeconds', () => {
    const spec = podSpecOf(
      only(
        build({
          scheduling: {
            tolerations: [
              { key: 'node.kubernetes.io/unreachable', effect: kplus.TaintEffect.NO_EXECUTE, evictAfter: Duration.seconds(30) },
            ],
          },
        }),
        'Deployment',
      ),
    );
    expect(spec.tolerations).toEqual([
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 },
    ]);
  });

  test("a value that cannot be rendered: cdk8s's message with its inner dots, without the final one", () => {
    const chart = newChart();
    new AppPod(chart, 'Web', {
      app: { image: 'myapp:1.0', ports: [{ number: 8080 }] },
      podAnnotations: {
        note: Lazy.any({
          produce: () => {
            throw new Error('v1.2 of the value is broken.');
          },
        }) as unknown as string,
      },
    });
    expect(refusalOf(() => synth(chart))).toBe(
      'test/Web: Deployment "web" could not be written: ' +
        "Failed serializing construct at path 'test/Web/Workload/Resource' with name 'web': Error: v1.2 of the value is broken. " +
        'Fix: correct the value the message names; if it names none, report it with the props that led here',
    );
  });

  test('a synth after a change, in a later tick, renders and checks the pod afresh', async () => {
    const chart = newChart();
    const pod = new AppPod(chart, 'Web', { app: { image: 'myapp:1.0', ports: [{ number: 8080 }] } });
    expect(podSpecOf(only(synth(chart), 'Deployment')).containers).toHaveLength(1);
    await Promise.resolve();
    pod.addPodAnnotation(PodAnnotations.PROMETHEUS_PORT, '9100');
    expect(errorsOf(() => synth(chart)).map((e) => e.code)).toEqual(['scrape-port-not-exposed']);
  });
});
