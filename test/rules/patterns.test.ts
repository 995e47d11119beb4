import * as fc from 'fast-check';
import { disruptionBudgetEffect, explainQosClass, podSourceOf, validateManifestSet } from '../../lib/rules';
import { oracleFindingsAll } from '../oracle';
import { daemonSet, deployment, job, mutated, pdb, pod, service } from './fixtures';

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
  const helper = (extra: Record<string, unknown> = {}) => ({ name: 'helper', image: 'helper:1.0', ...extra });
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
