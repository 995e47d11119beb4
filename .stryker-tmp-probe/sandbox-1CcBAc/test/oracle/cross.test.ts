// @ts-nocheck
import { oracleFindingsAll } from '.';
import { deployment } from './fixtures';

const web = (replicas: number) => deployment((d) => (d.spec.replicas = replicas));
const budget = (spec: Record<string, unknown>, namespace = 'shop') => ({
  apiVersion: 'policy/v1',
  kind: 'PodDisruptionBudget',
  metadata: { name: 'web', namespace },
  spec: { selector: { matchLabels: { app: 'web' } }, ...spec },
});
const service = (spec: Record<string, unknown> = {}, namespace = 'shop') => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace },
  spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http' }], ...spec },
});
const agent = {
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'agent', namespace: 'shop' },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'agent', image: 'agent:1', ports: [{ containerPort: 9100, name: 'http' }] }] },
    },
  },
};
const rules = (objects: any[]) => oracleFindingsAll(objects).map((f) => f.rule);

describe('pdb/blocks-eviction follows the disruption controller', () => {
  test.each<[string, number, Record<string, unknown>]>([
    ['minAvailable equal to replicas', 2, { minAvailable: 2 }],
    ['minAvailable above replicas', 2, { minAvailable: 5 }],
    ['minAvailable 100%', 3, { minAvailable: '100%' }],
    // ceil(50% × 1) = 1: a percentage rounds up, so one replica cannot be evicted.
    ['minAvailable 50% of one replica', 1, { minAvailable: '50%' }],
    ['minAvailable 99% of three replicas', 3, { minAvailable: '99%' }],
    ['maxUnavailable 0', 3, { maxUnavailable: 0 }],
    ['maxUnavailable 0%', 3, { maxUnavailable: '0%' }],
  ])('flags %s', (_, replicas, spec) => {
    expect(rules([web(replicas), budget(spec)])).toEqual(['pdb/blocks-eviction']);
  });

  test.each<[string, number, Record<string, unknown>]>([
    ['minAvailable one below replicas', 2, { minAvailable: 1 }],
    ['minAvailable 50% of three replicas', 3, { minAvailable: '50%' }],
    ['maxUnavailable 1 of one replica', 1, { maxUnavailable: 1 }],
    // ceil(10% × 3) = 1 pod may go.
    ['maxUnavailable 10% of three replicas', 3, { maxUnavailable: '10%' }],
    ['nothing to evict with zero replicas', 0, { minAvailable: 1 }],
  ])('accepts %s', (_, replicas, spec) => {
    expect(oracleFindingsAll([web(replicas), budget(spec)])).toEqual([]);
  });

  test('replicas of every selected controller add up', () => {
    const canary = deployment((d) => {
      d.metadata.name = 'web-canary';
      d.spec.replicas = 1;
    });
    expect(rules([web(1), canary, budget({ minAvailable: 2 })])).toEqual(['pdb/blocks-eviction']);
    expect(rules([web(2), canary, budget({ minAvailable: 2 })])).toEqual([]);
  });

  test('an absent replicas field means one replica', () => {
    expect(rules([deployment((d) => delete d.spec.replicas), budget({ minAvailable: 1 })])).toEqual(['pdb/blocks-eviction']);
  });
});

describe('pdb/unsupported-controller', () => {
  test('maxUnavailable or a percentage over a DaemonSet allows no eviction', () => {
    expect(rules([agent, budget({ maxUnavailable: 1 })])).toEqual(['pdb/unsupported-controller']);
    expect(rules([agent, budget({ minAvailable: '50%' })])).toEqual(['pdb/unsupported-controller']);
  });
  test('an integer minAvailable works for any controller', () => {
    expect(rules([agent, budget({ minAvailable: 1 })])).toEqual([]);
  });
});

describe('selectors that select nothing', () => {
  test('pdb/selects-nothing', () => {
    expect(rules([web(2), budget({ maxUnavailable: 1, selector: { matchLabels: { app: 'api' } } })])).toEqual(['pdb/selects-nothing']);
    expect(rules([web(2), budget({ maxUnavailable: 1 }, 'other')])).toEqual(['pdb/selects-nothing']);
    // policy/v1: an absent selector selects nothing, an empty one everything in the namespace.
    expect(rules([web(2), budget({ maxUnavailable: 1, selector: undefined })])).toEqual(['pdb/selects-nothing']);
    expect(rules([web(2), budget({ maxUnavailable: 1, selector: {} })])).toEqual([]);
  });
  test('service/selects-nothing', () => {
    expect(rules([web(2), service({ selector: { app: 'web', tier: 'db' } })])).toEqual(['service/selects-nothing']);
    expect(rules([web(2), service({}, 'other')])).toEqual(['service/selects-nothing']);
    expect(rules([web(2), service()])).toEqual([]);
    // Without a selector the endpoints are managed by hand.
    expect(rules([web(2), service({ selector: undefined, ports: [{ port: 80 }] })])).toEqual([]);
  });
});

describe('service/target-port-not-found', () => {
  test('a named targetPort must be a container port of the selected pods', () => {
    expect(rules([web(2), service({ ports: [{ port: 80, targetPort: 'web' }] })])).toEqual(['service/target-port-not-found']);
    expect(rules([web(2), service({ ports: [{ port: 80, targetPort: 'http', protocol: 'UDP' }] })])).toEqual([
      'service/target-port-not-found',
    ]);
    expect(rules([web(2), service({ ports: [{ port: 80, targetPort: 8080 }] })])).toEqual([]);
  });
  test('every selected workload must declare it', () => {
    const other = deployment((d) => {
      d.metadata.name = 'web-old';
      d.spec.template.spec.containers[0].ports[0].name = 'web';
    });
    expect(rules([web(2), other, service()])).toEqual(['service/target-port-not-found']);
    expect(rules([web(2), agent, service()])).toEqual([]);
  });
});

test('oracleFindingsAll includes each object own findings', () => {
  const broken = deployment((d) => (d.spec.replicas = -1));
  expect(rules([broken, service()])).toEqual(['workload/negative-field']);
});
