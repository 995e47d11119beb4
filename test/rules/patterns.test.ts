import * as fc from 'fast-check';
import {
  appContainerIndex,
  disruptionBudgetEffect,
  explainQosClass,
  PodIndex,
  podLabels,
  podSourceOf,
  validateManifestSet,
} from '../../lib/rules';
import { oracleFindingsAll } from '../oracle';
import { cronJob, daemonSet, deployment, helper, job, mutated, pdb, pod, service, statefulSet } from './fixtures';

/** `[object index, code, field]` of every set-level violation. */
const codes = (objects: unknown[], options = {}) =>
  validateManifestSet(objects, options).flatMap((violations, i) => violations.map((v) => [i, v.code, v.field]));

const withReplicas = (n: number) => mutated(deployment(), (d) => (d.spec.replicas = n));
const budget = (spec: Record<string, unknown>) =>
  mutated(pdb(), (p) => ((p.metadata.namespace = 'shop'), (p.spec = { selector: p.spec.selector, ...spec })));

describe('disruption budgets over the set', () => {
  test.each([
    ['minAvailable equal to the replicas', 2, { minAvailable: 2 }, 0],
    ['minAvailable below the replicas', 3, { minAvailable: 2 }, 1],
    ['minAvailable 100%', 3, { minAvailable: '100%' }, 0],
    ['minAvailable 50% of 3 rounds up to 2', 3, { minAvailable: '50%' }, 1],
    ['maxUnavailable 0', 3, { maxUnavailable: 0 }, 0],
    ['maxUnavailable 25% of 3 rounds up to 1', 3, { maxUnavailable: '25%' }, 1],
    ['maxUnavailable above the replicas', 2, { maxUnavailable: 5 }, 2],
  ])('%s', (_, replicas, spec, allowed) => {
    const selected = [podSourceOf(withReplicas(replicas))!];
    const effect = disruptionBudgetEffect(budget(spec), selected);
    expect(effect.allowedDisruptions).toBe(allowed);
    expect(effect.blocksDrain).toBe(allowed === 0);
    expect(codes([withReplicas(replicas), budget(spec)])).toEqual(allowed === 0 ? [[1, 'pdb-blocks-eviction', expect.any(String)]] : []);
  });

  test('maxUnavailable over a DaemonSet: the controller computes nothing, so no eviction is allowed', () => {
    const ds = mutated(daemonSet(), (d) => (d.metadata.namespace = 'shop'));
    expect(codes([ds, budget({ maxUnavailable: 1 })])).toEqual([[1, 'pdb-blocks-eviction', 'spec.maxUnavailable']]);
  });

  test('a budget over another namespace, or other labels, selects nothing', () => {
    const other = mutated(budget({ minAvailable: 1 }), (p) => (p.metadata.namespace = 'other'));
    const labels = mutated(budget({ minAvailable: 1 }), (p) => (p.spec.selector = { matchLabels: { app: 'api' } }));
    expect(codes([deployment(), other, labels])).toEqual([
      [1, 'pdb-selects-nothing', 'spec.selector'],
      [2, 'pdb-selects-nothing', 'spec.selector'],
    ]);
  });

  test('a budget counts the replicas of every workload it selects', () => {
    const second = mutated(withReplicas(1), (d) => (d.metadata.name = 'web-canary'));
    expect(disruptionBudgetEffect(budget({ minAvailable: 2 }), [podSourceOf(withReplicas(1))!, podSourceOf(second)!]).blocksDrain).toBe(
      true,
    );
    expect(codes([withReplicas(2), second, budget({ minAvailable: 2 })])).toEqual([]);
  });

  // The oracle (test/oracle/cross.ts) transcribes the disruption controller on its own.
  test('agrees with the oracle on whether a budget blocks drains or selects nothing', () => {
    const reached = new Set<string>();
    const bound = fc.oneof(
      fc.nat({ max: 6 }),
      fc.nat({ max: 100 }).map((n) => `${n}%`),
    );
    fc.assert(
      fc.property(fc.nat({ max: 5 }), fc.boolean(), bound, fc.boolean(), (replicas, useMin, value, sameLabels) => {
        const workload = withReplicas(replicas);
        const b = mutated(budget(useMin ? { minAvailable: value } : { maxUnavailable: value }), (p) => {
          if (!sameLabels) p.spec.selector = { matchLabels: { app: 'other' } };
        });
        const ours = codes([workload, b]).map(([, code]) => code);
        const oracle = oracleFindingsAll([workload, b])
          .map((f) => f.rule)
          .filter((r) => r === 'pdb/blocks-eviction' || r === 'pdb/selects-nothing')
          .map((r) => (r === 'pdb/blocks-eviction' ? 'pdb-blocks-eviction' : 'pdb-selects-nothing'));
        expect(ours).toEqual(oracle);
        reached.add(ours.join() || 'fine');
      }),
      { numRuns: 300 },
    );
    // Agreement on every verdict, each of which came up.
    expect([...reached].sort()).toEqual(['fine', 'pdb-blocks-eviction', 'pdb-selects-nothing']);
  });
});

test('a Service that selects no pod of the set', () => {
  const svc = mutated(service(), (s) => (s.metadata.namespace = 'shop'));
  expect(codes([deployment(), svc])).toEqual([]);
  expect(codes([deployment(), mutated(svc, (s) => (s.spec.selector = { app: 'api' }))])).toEqual([
    [1, 'service-selects-nothing', 'spec.selector'],
  ]);
  expect(codes([deployment(), mutated(svc, (s) => delete s.spec.selector)])).toEqual([]);
});

describe('pod patterns', () => {
  const C = 'spec.template.spec.containers';
  const sized = { resources: { requests: { cpu: '50m', memory: '64Mi' } } };

  test('a helper without requests or limits; the app is not a helper', () => {
    const d = mutated(deployment(), (x) => x.spec.template.spec.containers.push(helper()));
    expect(codes([d])).toEqual([[0, 'helper-without-resources', `${C}[1].resources`]]);
    expect(codes([mutated(d, (x) => Object.assign(x.spec.template.spec.containers[1], sized))])).toEqual([]);
    // kubectl's default container is the app, wherever it stands.
    const named = mutated(d, (x) => {
      delete x.spec.template.spec.containers[0].resources;
      Object.assign(x.spec.template.spec.containers[1], sized);
      x.spec.template.metadata.annotations = { 'kubectl.kubernetes.io/default-container': 'helper' };
    });
    expect(codes([named])).toEqual([[0, 'helper-without-resources', `${C}[0].resources`]]);
  });

  test('unpinned images: no tag, or latest; a digest pins', () => {
    const image = (value: string) => codes([mutated(deployment(), (x) => (x.spec.template.spec.containers[0].image = value))]);
    expect(image('nginx')).toEqual([[0, 'unpinned-image', `${C}[0].image`]]);
    expect(image('nginx:latest')).toEqual([[0, 'unpinned-image', `${C}[0].image`]]);
    expect(image('nginx:1.25')).toEqual([]);
    expect(image(`nginx@sha256:${'a'.repeat(64)}`)).toEqual([]);
  });

  test('a bare Pod, unless annotated as deliberate or owned', () => {
    expect(codes([pod()])).toEqual([[0, 'bare-pod', 'kind']]);
    expect(codes([mutated(pod(), (p) => (p.metadata.annotations = { 'pod-patterns.io/allow-bare-pod': 'true' }))])).toEqual([]);
    expect(codes([mutated(pod(), (p) => (p.metadata.ownerReferences = [{ kind: 'ReplicaSet', name: 'web-1' }]))])).toEqual([]);
  });

  test('a volume two running containers write; init containers and read-only sources do not count', () => {
    const mount = (readOnly?: boolean) => ({ volumeMounts: [{ name: 'data', mountPath: '/data', ...(readOnly ? { readOnly } : {}) }] });
    const d = mutated(deployment(), (x) => x.spec.template.spec.containers.push(helper({ ...sized, ...mount() })));
    expect(codes([d])).toEqual([[0, 'shared-volume-writable', `${C}[1].volumeMounts[0].readOnly`]]);
    expect(codes([mutated(d, (x) => (x.spec.template.spec.containers[1].volumeMounts[0].readOnly = true))])).toEqual([]);
    const init = mutated(deployment(), (x) => (x.spec.template.spec.initContainers = [helper({ ...sized, ...mount() })]));
    expect(codes([init])).toEqual([]);
    const native = mutated(init, (x) => (x.spec.template.spec.initContainers[0].restartPolicy = 'Always'));
    expect(codes([native])).toEqual([[0, 'shared-volume-writable', 'spec.template.spec.initContainers[0].volumeMounts[0].readOnly']]);
    const configMap = mutated(d, (x) => (x.spec.template.spec.volumes[0] = { name: 'data', configMap: { name: 'c' } }));
    expect(codes([configMap])).toEqual([]);
  });

  test('a port the injected Istio proxy listens on', () => {
    const d = mutated(deployment(), (x) => {
      x.spec.template.metadata.labels['sidecar.istio.io/inject'] = 'true';
      x.spec.template.spec.containers[0].ports = [{ containerPort: 15090 }];
    });
    expect(codes([d])).toEqual([[0, 'port-collision', `${C}[0].ports[0].containerPort`]]);
  });

  test('a QoS class below the minimum asked for, with the container that makes it', () => {
    expect(codes([deployment()], { minimumQosClass: 'Burstable' })).toEqual([]);
    const [[violation]] = validateManifestSet([deployment()], { minimumQosClass: 'Guaranteed' });
    expect(violation.code).toBe('qos-mismatch');
    expect(violation.message).toContain('container "app" requests 100m cpu but limits 500m');
    expect(codes([job()], { minimumQosClass: 'Guaranteed' })).toEqual([[0, 'qos-mismatch', 'spec.template.spec']]);
  });
});

describe('explainQosClass', () => {
  test('names what keeps a pod from Guaranteed, init and injected containers included', () => {
    const spec = {
      initContainers: [{ name: 'wait', resources: { limits: { cpu: '50m', memory: '64Mi' } } }],
      containers: [
        { name: 'app', resources: { limits: { cpu: '1', memory: '1Gi' } } },
        { name: 'log', resources: { requests: { cpu: '50m' } } },
      ],
    };
    expect(explainQosClass(spec)).toEqual({
      qosClass: 'Burstable',
      reasons: ['container "log" has no cpu limit', 'container "log" has no memory limit'],
    });
    expect(explainQosClass({ containers: [{ name: 'app' }] })).toEqual({
      qosClass: 'BestEffort',
      reasons: [expect.stringContaining('no container')],
    });
    const guaranteed = { containers: [{ name: 'app', resources: { limits: { cpu: '1', memory: '1Gi' } } }] };
    expect(explainQosClass(guaranteed)).toEqual({ qosClass: 'Guaranteed', reasons: [] });
    const proxy = [
      { name: 'istio-proxy', init: false, ports: [], resources: { requests: { cpu: '100m' }, limits: { cpu: '2', memory: '1Gi' } } },
    ];
    expect(explainQosClass(guaranteed, proxy).reasons).toEqual(['injected container "istio-proxy" requests 100m cpu but limits 2']);
  });
});

describe('the pods each kind runs (podSourceOf)', () => {
  test.each([
    ['Deployment', deployment(), { kind: 'Deployment', field: 'spec.template', replicas: 2, scalable: true }],
    [
      'ReplicaSet without replicas (defaults to 1)',
      mutated(deployment(), (d) => ((d.kind = 'ReplicaSet'), delete d.spec.replicas)),
      { kind: 'ReplicaSet', replicas: 1, scalable: true },
    ],
    ['DaemonSet', daemonSet(), { kind: 'DaemonSet', field: 'spec.template', replicas: undefined, scalable: false }],
    ['Job', job(), { kind: 'Job', field: 'spec.template', replicas: undefined, scalable: false }],
    ['CronJob', cronJob(), { kind: 'CronJob', field: 'spec.jobTemplate.spec.template', replicas: undefined, scalable: false }],
    ['Pod', pod(), { kind: 'Pod', field: '', replicas: 1, scalable: false, name: 'web-0', namespace: '' }],
  ])('%s', (_, object, expected) => expect(podSourceOf(object, 3)).toMatchObject({ index: 3, ...expected }));

  test("a CronJob template is its job template's pod template, a Pod its own metadata and spec", () => {
    expect(podLabels(podSourceOf(cronJob())!)).toEqual({ app: 'web' });
    const bare = pod();
    expect(podSourceOf(bare)!.template).toEqual({ metadata: bare.metadata, spec: bare.spec });
    expect(podSourceOf(mutated(cronJob(), (c) => delete c.spec.jobTemplate))!.template).toEqual({});
  });

  test('a StatefulSet carries its claim templates, objects only', () => {
    const set = mutated(statefulSet(), (s) => (s.spec.volumeClaimTemplates = [{ metadata: { name: 'data' } }, 'logs']));
    expect(podSourceOf(set)!.volumeClaims).toEqual([{ metadata: { name: 'data' } }]);
    expect(podSourceOf(statefulSet())!.volumeClaims).toEqual([]);
    expect(podSourceOf(deployment())!.volumeClaims).toBeUndefined();
  });

  test.each([
    ['a Service', service()],
    ['no kind', { metadata: { name: 'x' } }],
    ['not an object', 'kind: Deployment'],
  ])('%s runs no pod', (_, object) => expect(podSourceOf(object)).toBeUndefined());

  test('names and templates missing read as empty', () => {
    const source = podSourceOf({ kind: 'Deployment', spec: { replicas: 'two' } })!;
    expect(source).toMatchObject({ name: '', namespace: '', template: {}, replicas: 1 });
    expect(podLabels(source)).toEqual({});
  });
});

describe('PodIndex', () => {
  const api = mutated(deployment(), (d) => ((d.metadata.name = 'api'), (d.spec.template.metadata.labels = { app: 'api', tier: 'back' })));
  const other = mutated(api, (d) => (d.metadata.namespace = 'other'));
  const index = new PodIndex([deployment(), service(), api, other]);

  test('keeps the sources in order, with their positions', () => {
    expect(index.sources.map((s) => [s.index, s.name, s.namespace])).toEqual([
      [0, 'web', 'shop'],
      [2, 'api', 'shop'],
      [3, 'api', 'other'],
    ]);
  });

  test('selects by labels and expressions, in one namespace', () => {
    const names = (sources: readonly { name: string; namespace: string }[]) => sources.map((s) => `${s.namespace}/${s.name}`);
    expect(names(index.selectedBy({ matchLabels: { app: 'api' } }, 'shop'))).toEqual(['shop/api']);
    expect(names(index.selectedBy({ matchLabels: { app: 'api', tier: 'front' } }, 'shop'))).toEqual([]);
    expect(names(index.selectedBy({ matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, 'shop'))).toEqual(['shop/api']);
    expect(names(index.selectedBy({ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, 'shop'))).toEqual(['shop/web']);
    expect(names(index.selectedBy({ matchLabels: { app: 'api' } }, 'other'))).toEqual(['other/api']);
    expect(names(index.selectedBy({ matchLabels: { app: 'api' } }, 'none'))).toEqual([]);
    expect(names(index.selectedBy({ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, 'none'))).toEqual([]);
    expect(names(index.selectedByMap({ app: 'api', tier: 'back' }, 'shop'))).toEqual(['shop/api']);
    expect(names(index.selectedByMap({ tier: 'back', app: 'web' }, 'shop'))).toEqual([]);
  });

  test('a label value is matched as written, not as its text', () => {
    const numbered = mutated(deployment(), (d) => (d.spec.template.metadata.labels = { version: '2' }));
    expect(new PodIndex([numbered]).selectedByMap({ version: '2' }, 'shop')).toHaveLength(1);
  });
});

describe('disruptionBudgetEffect, branch by branch', () => {
  const source = (object: unknown) => podSourceOf(object)!;
  const effect = (spec: Record<string, unknown>, ...objects: unknown[]) =>
    disruptionBudgetEffect({ spec: { selector: { matchLabels: { app: 'web' } }, ...spec } }, objects.map(source));

  test('controllers without a scale are named one after the other, in the explanation and the finding', () => {
    const seed = mutated(job(), (j) => (j.metadata.name = 'seed'));
    expect(effect({ minAvailable: '50%' }, job(), seed).explanation).toBe(
      'maxUnavailable and percentages need controllers with a scale, and Job migrate, Job seed has none: the disruption controller computes no allowance and every eviction is refused',
    );
    const second = mutated(daemonSet(), (d) => (d.metadata.name = 'agent-2'));
    const budget = mutated(pdb(), (p) => (p.spec = { maxUnavailable: 1, selector: p.spec.selector }));
    const messages = validateManifestSet([budget, daemonSet(), second])
      .flat()
      .map((v) => v.message);
    expect(messages).toContainEqual(expect.stringContaining('every voluntary eviction of DaemonSet agent, DaemonSet agent-2: '));
  });

  test.each([
    ['no pod selected', {}, [], { blocksDrain: false, explanation: 'it selects no pod of these manifests, so it protects nothing' }],
    [
      'no valid bound',
      { minAvailable: -1, maxUnavailable: '1' },
      [deployment()],
      { blocksDrain: false, explanation: 'it sets no valid minAvailable or maxUnavailable' },
    ],
    [
      'a percentage over a Job',
      { minAvailable: '50%' },
      [job()],
      {
        blocksDrain: true,
        allowedDisruptions: 0,
        explanation:
          'maxUnavailable and percentages need controllers with a scale, and Job migrate has none: the disruption controller computes no allowance and every eviction is refused',
      },
    ],
    [
      'a count over a DaemonSet',
      { minAvailable: 1 },
      [daemonSet()],
      {
        blocksDrain: false,
        explanation: '1 of its pods must stay available; how many pods DaemonSet agent runs depends on the cluster (nodes, parallelism)',
      },
    ],
    [
      'maxUnavailable above the replicas',
      { maxUnavailable: 5 },
      [deployment()],
      {
        expectedPods: 2,
        allowedDisruptions: 2,
        blocksDrain: false,
        explanation: 'maxUnavailable 5 of 2 pods: a drain may evict 2 pods at a time at full strength',
      },
    ],
    [
      'maxUnavailable 34% of 3, rounded up',
      { maxUnavailable: '34%' },
      [mutated(deployment(), (d) => (d.spec.replicas = 3))],
      {
        expectedPods: 3,
        allowedDisruptions: 2,
        blocksDrain: false,
        explanation: 'maxUnavailable 34% of 3 pods, rounded up: a drain may evict 2 pods at a time at full strength',
      },
    ],
    [
      'maxUnavailable 100% of 2',
      { maxUnavailable: '100%' },
      [deployment()],
      { expectedPods: 2, allowedDisruptions: 2, blocksDrain: false },
    ],
    [
      'minAvailable 1 of 2',
      { minAvailable: 1 },
      [deployment()],
      {
        expectedPods: 2,
        allowedDisruptions: 1,
        blocksDrain: false,
        explanation: '2 pods minus minAvailable 1: a drain may evict 1 pod at a time at full strength',
      },
    ],
    [
      'minAvailable above the replicas',
      { minAvailable: 5 },
      [deployment()],
      {
        expectedPods: 2,
        allowedDisruptions: 0,
        blocksDrain: true,
        explanation: '2 pods minus minAvailable 5 allows no eviction: a drain of any node running one of these pods waits forever',
      },
    ],
    [
      'minAvailable 40% of 2 StatefulSet and Deployment pods',
      { minAvailable: '40%' },
      [deployment(), mutated(statefulSet(), (s) => (s.spec.replicas = 3))],
      {
        expectedPods: 5,
        allowedDisruptions: 3,
        blocksDrain: false,
        explanation: '5 pods minus minAvailable 40% (2, rounded up): a drain may evict 3 pods at a time at full strength',
      },
    ],
    [
      'no replicas at all',
      { minAvailable: 1 },
      [mutated(deployment(), (d) => (d.spec.replicas = 0))],
      { expectedPods: 0, allowedDisruptions: 0, blocksDrain: false, explanation: 'Deployment web runs no pod (0 replicas)' },
    ],
  ])('%s', (_, spec, objects, expected) => expect(effect(spec, ...objects)).toMatchObject(expected));
});

describe('appContainerIndex', () => {
  const template = (annotation?: string) => ({
    metadata: annotation === undefined ? {} : { annotations: { 'kubectl.kubernetes.io/default-container': annotation } },
    spec: { containers: [{ name: 'proxy' }, 'x', { name: 'app' }] },
  });
  test.each([
    ['no annotation: the first', undefined, 0],
    ['the container named', 'app', 2],
    ['a name no container has: the first', 'web', 0],
  ])('%s', (_, annotation, index) => expect(appContainerIndex(template(annotation))).toBe(index));
  test('no template at all', () => expect(appContainerIndex(undefined)).toBe(0));
});

describe('set rules at their edges', () => {
  const C = 'spec.template.spec';
  const sized = { resources: { requests: { cpu: '50m', memory: '64Mi' } } };
  const withSpec = (change: (spec: any) => void) => mutated(deployment(), (d) => change(d.spec.template.spec));

  test('containers without a name are named by their place', () => {
    const d = withSpec((s) => {
      s.initContainers = [{ image: 'busybox', ...sized }];
      s.containers.push({ image: 'nginx', ...sized });
    });
    expect(validateManifestSet([d])[0].map((v) => [v.field, v.message.slice(0, 40)])).toEqual([
      [`${C}.initContainers[0].image`, 'init container "#1" runs "busybox", with'],
      [`${C}.containers[1].image`, 'container "#2" runs "nginx", without a t'],
    ]);
  });

  test('an init container without resources is a helper too; the app is not', () => {
    const d = withSpec((s) => (s.initContainers = [{ name: 'wait', image: 'busybox:1.36' }]));
    expect(validateManifestSet([d])[0].map((v) => [v.field, v.message.slice(0, 30)])).toEqual([
      [`${C}.initContainers[0].resources`, 'init container "wait" is a hel'],
    ]);
  });

  test('a helper with limits only, or requests only, has resources; empty maps are none', () => {
    const withHelper = (resources: object) => withSpec((s) => s.containers.push({ name: 'h', image: 'h:1', resources }));
    expect(codes([withHelper({ limits: { cpu: '1' } })])).toEqual([]);
    expect(codes([withHelper({ requests: { cpu: '1' } })])).toEqual([]);
    expect(codes([withHelper({ limits: {}, requests: {} })])).toEqual([[0, 'helper-without-resources', `${C}.containers[1].resources`]]);
    expect(codes([withHelper({ limits: {}, requests: { memory: '1Mi' } })])).toEqual([]);
  });

  test('a bare Pod reports under spec, and its QoS too', () => {
    const bare = mutated(pod(), (p) => {
      p.metadata.annotations = { 'pod-patterns.io/allow-bare-pod': 'true' };
      p.spec.containers[0].image = 'nginx:latest';
    });
    expect(codes([bare], { minimumQosClass: 'Guaranteed' })).toEqual([
      [0, 'unpinned-image', 'spec.containers[0].image'],
      [0, 'qos-mismatch', 'spec'],
    ]);
  });

  test('volumes every source mounts read-only are not shared writable', () => {
    for (const source of [
      { secret: { secretName: 's' } },
      { downwardAPI: { items: [] } },
      { projected: { sources: [] } },
      { configMap: { name: 'c' } },
    ]) {
      const d = withSpec((s) => {
        s.volumes = [{ name: 'data', ...source }];
        s.containers.push({ name: 'h', image: 'h:1', ...sized, volumeMounts: [{ name: 'data', mountPath: '/data' }] });
      });
      expect(codes([d])).toEqual([]);
    }
  });

  test('the app is the first writer, wherever it stands; one container mounting twice is not two', () => {
    const d = mutated(deployment(), (x) => {
      x.spec.template.metadata.annotations = { 'kubectl.kubernetes.io/default-container': 'app' };
      const mount = { name: 'data', mountPath: '/data' };
      x.spec.template.spec.containers.unshift({ name: 'h', image: 'h:1', ...sized, volumeMounts: [mount] });
      x.spec.template.spec.containers[1].volumeMounts = [mount, { name: 'data', mountPath: '/again' }];
    });
    expect(codes([d])).toEqual([[0, 'shared-volume-writable', `${C}.containers[0].volumeMounts[0].readOnly`]]);
  });

  test("Istio's ports: only containers that run beside the proxy, only over TCP", () => {
    const meshed = (change: (spec: any) => void) =>
      mutated(deployment(), (d) => {
        d.spec.template.metadata.labels['sidecar.istio.io/inject'] = 'true';
        change(d.spec.template.spec);
      });
    const init = meshed((s) => (s.initContainers = [{ name: 'w', image: 'w:1', ...sized, ports: [{ containerPort: 15090 }] }]));
    expect(codes([init])).toEqual([]);
    expect(codes([meshed((s) => (s.containers[0].ports = [{ containerPort: 15090, protocol: 'UDP' }]))])).toEqual([]);
    expect(codes([meshed((s) => (s.containers[0].ports = [{ containerPort: 15000, protocol: 'TCP' }]))])).toEqual([
      [0, 'port-collision', `${C}.containers[0].ports[0].containerPort`],
    ]);
  });

  test('a budget without a selector is left to validateManifest; a Service with an empty selector selects by hand', () => {
    const noSelector = mutated(pdb(), (p) => ((p.metadata.namespace = 'empty'), delete p.spec.selector));
    expect(codes([deployment(), noSelector])).toEqual([]);
    const manual = mutated(service(), (s) => ((s.metadata.namespace = 'empty'), (s.spec.selector = {})));
    expect(codes([deployment(), manual])).toEqual([]);
  });

  test('a count over a Deployment and a DaemonSet depends on the cluster', () => {
    const ds = mutated(daemonSet(), (d) => (d.metadata.namespace = 'shop'));
    const effect = disruptionBudgetEffect({ spec: { minAvailable: 1 } }, [podSourceOf(deployment())!, podSourceOf(ds)!]);
    expect(effect).toMatchObject({
      blocksDrain: false,
      explanation:
        '1 of its pods must stay available; how many pods Deployment web, DaemonSet agent runs depends on the cluster (nodes, parallelism)',
    });
  });
});
