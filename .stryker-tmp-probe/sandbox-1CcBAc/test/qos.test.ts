// @ts-nocheck
import * as fc from 'fast-check';
import { Quantity } from '../lib/core/quantity';
import { computeQosClass, ContainerSizing, QosClass, QosContainer, QosPreset, ResourceSize } from '../lib/policies/qos';
import { ContainerResources } from '../lib/policies/resources';
import { kubeletQos, ManifestResources } from './kubelet-qos';
import { nanoValue } from './oracle/quantity';

function toManifest(r: ContainerResources): ManifestResources {
  const pick = (kind: 'request' | 'limit') =>
    Object.fromEntries((['cpu', 'memory'] as const).filter((k) => r[k]?.[kind] !== undefined).map((k) => [k, r[k]![kind]!]));
  return { requests: pick('request'), limits: pick('limit') };
}

// Parsed directly, not through parseResources: the kubelet's rules must hold for quantities the
// library refuses up front too (a zero limit).
function container(name: string, resources: ContainerResources): QosContainer {
  const parse = (text: string | undefined) => (text === undefined ? undefined : Quantity.parse(text)!);
  const amounts = (a: ContainerResources['cpu']) => ({ request: parse(a?.request), limit: parse(a?.limit) });
  return { name, resources: { cpu: amounts(resources.cpu), memory: amounts(resources.memory) } };
}

describe('Quantity', () => {
  test.each([
    ['1', '1000m', 0],
    ['0.5', '500m', 0],
    ['1Gi', '1024Mi', 0],
    ['1G', '1Gi', -1],
    ['1e3', '1k', 0],
    ['.5', '0.5', 0],
    ['100m', '0.1', 0],
    ['2', '1999m', 1],
    ['128974848', '123Mi', 0],
    ['1.5Gi', '1536Mi', 0],
  ])('%s compared with %s is %d', (a, b, expected) => {
    expect(Quantity.parse(a)!.compare(Quantity.parse(b)!)).toBe(expected);
  });

  // Written in whole nanounits at least, where Go's ParseQuantity keeps the exact value (it rounds
  // finer ones up): the oracle's BigInt parser must then order them as the library does.
  const whole = fc.stringMatching(/^(0|[1-9][0-9]{0,3})$/);
  const exactQuantity = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        whole,
        fc.stringMatching(/^[0-9]{0,3}$/),
        fc.constantFrom('', 'm', 'k', 'M', 'G', 'E', 'Ki', 'Mi', 'Gi', 'Ti', 'e3', 'E2', 'e-3', 'e0'),
      )
      .map(([sign, integer, fraction, suffix]) => `${sign}${integer}${fraction ? `.${fraction}` : ''}${suffix}`),
    fc.tuple(whole, fc.constantFrom('n', 'u')).map(([integer, suffix]) => `${integer}${suffix}`),
  );

  test('values and orders quantities as the oracle parser does (test/oracle/quantity.ts)', () => {
    const sign = (n: bigint) => (n < 0n ? -1 : n > 0n ? 1 : 0);
    fc.assert(
      fc.property(exactQuantity, exactQuantity, (a, b) => {
        const [left, right] = [Quantity.parse(a)!, Quantity.parse(b)!];
        const nanos = nanoValue(a)!;
        expect({ a, b, compare: left.compare(right), value: left.compare(Quantity.parse(`${nanos}n`)!), zero: left.isZero }).toEqual({
          a,
          b,
          compare: sign(nanos - nanoValue(b)!),
          value: 0,
          zero: nanos === 0n,
        });
        expect(left.isNegative).toBe(nanos < 0n);
      }),
      { numRuns: 400 },
    );
  });

  test.each(['', 'abc', '1K', '1 Gi', '512MB', '1.2.3', 'Gi', '--1', '1e'])('"%s" is not a quantity', (text) => {
    expect(Quantity.parse(text)).toBeUndefined();
  });
});

describe('computeQosClass follows the kubelet', () => {
  const full = (cpu: string, memory: string): ContainerResources => ({
    cpu: { request: cpu, limit: cpu },
    memory: { request: memory, limit: memory },
  });
  test.each<[string, ContainerResources[], QosClass]>([
    ['no resources anywhere', [{}, {}], QosClass.BEST_EFFORT],
    ['equal requests and limits everywhere', [full('1', '1Gi'), full('100m', '64Mi')], QosClass.GUARANTEED],
    ['limits only: requests default to limits', [{ cpu: { limit: '1' }, memory: { limit: '1Gi' } }], QosClass.GUARANTEED],
    [
      'equal but differently written',
      [{ cpu: { request: '1000m', limit: '1' }, memory: { request: '1024Mi', limit: '1Gi' } }],
      QosClass.GUARANTEED,
    ],
    ['one sidecar without resources', [full('1', '1Gi'), {}], QosClass.BURSTABLE],
    [
      'one request below its limit',
      [full('1', '1Gi'), { cpu: { request: '50m', limit: '100m' }, memory: { request: '64Mi', limit: '64Mi' } }],
      QosClass.BURSTABLE,
    ],
    ['memory limit but no CPU limit', [{ cpu: { request: '1' }, memory: { limit: '1Gi' } }], QosClass.BURSTABLE],
    ['only a CPU request', [{ cpu: { request: '10m' } }], QosClass.BURSTABLE],
    ['zero quantities count as absent', [{ cpu: { request: '0', limit: '0' } }, {}], QosClass.BEST_EFFORT],
  ])('%s', (_, resources, expected) => {
    expect(computeQosClass(resources.map((r, i) => container(`c${i}`, r)))).toBe(expected);
  });

  const amount = (values: string[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
  const cpu = ['0', '50m', '100m', '0.1', '250m', '1', '1000m', '2'];
  const memory = ['0', '64Mi', '67108864', '128Mi', '1Gi', '1024Mi'];
  const resources = fc
    .record({
      cpu: fc.record({ request: amount(cpu), limit: amount(cpu) }),
      memory: fc.record({ request: amount(memory), limit: amount(memory) }),
    })
    // The API server refuses a request above its limit; compared by the oracle's parser, not the library's.
    .filter((r) => [r.cpu, r.memory].every(({ request, limit }) => !(request && limit && nanoValue(request)! > nanoValue(limit)!)));

  // Containers without any amount, often enough that whole pods of them (BestEffort) come up.
  const withEmpty = fc.oneof({ weight: 4, arbitrary: resources }, { weight: 1, arbitrary: fc.constant({ cpu: {}, memory: {} }) });

  test('agrees with the kubelet on random pods of 1 to 5 containers', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.array(withEmpty, { minLength: 1, maxLength: 5 }), (pod) => {
        const expected = kubeletQos(pod.map(toManifest));
        expect(computeQosClass(pod.map((r, i) => container(`c${i}`, r))).name).toBe(expected);
        reached.add(expected);
      }),
      { numRuns: 300 },
    );
    expect([...reached].sort()).toEqual(['BestEffort', 'Burstable', 'Guaranteed']);
  });
});

describe('QoS presets give every rung of the ladder the class they promise', () => {
  test.each(ResourceSize.LADDER.map((s) => [s.name, s]))('%s', (_, size) => {
    const presets: Array<[QosPreset, QosClass]> = [
      [QosPreset.guaranteed({ size }), QosClass.GUARANTEED],
      [QosPreset.burstable({ size }), QosClass.BURSTABLE],
      [QosPreset.burstable({ size, cpuLimit: false }), QosClass.BURSTABLE],
      [QosPreset.bestEffort(), QosClass.BEST_EFFORT],
    ];
    // Judged by the kubelet's rules as test/kubelet-qos.ts transcribes them, not by computeQosClass.
    for (const [preset, expected] of presets) {
      const pod = [preset.resourcesFor(ContainerSizing.APP), preset.resourcesFor(ContainerSizing.HELPER)].map(toManifest);
      expect(kubeletQos(pod)).toBe(expected.name);
    }
  });

  test('the ladder climbs', () => {
    const ladder = ResourceSize.LADDER;
    for (let i = 1; i < ladder.length; i++) {
      expect(ladder[i].cpuMillis).toBeGreaterThan(ladder[i - 1].cpuMillis);
      expect(ladder[i].memoryMebibytes).toBeGreaterThan(ladder[i - 1].memoryMebibytes);
    }
    expect(ladder.map((s) => `${s.name}=${s.cpu()}/${s.memory()}`)).toEqual([
      'nano=50m/64Mi',
      'micro=100m/128Mi',
      'small=250m/256Mi',
      'medium=500m/512Mi',
      'large=1/1Gi',
      'xlarge=2/2Gi',
      '2xlarge=4/4Gi',
    ]);
  });
});
