// @ts-nocheck
import * as fc from 'fast-check';
import { istioInjectedContainers, oracleQosClass, qosOfContainers } from './qos';
import { parseQuantity } from './quantity';

const res = (requests?: Record<string, string>, limits?: Record<string, string>) => ({ resources: { requests, limits } });
const spec = (...containers: Array<{ resources: any }>) => ({ containers: containers.map((c, i) => ({ name: `c${i}`, ...c })) });

describe('oracleQosClass follows GetPodQOS (cases after qos_test.go)', () => {
  test.each<[string, any, string]>([
    ['no resources', spec({ resources: {} }), 'BestEffort'],
    ['equal requests and limits', spec(res({ cpu: '100m', memory: '100Mi' }, { cpu: '100m', memory: '100Mi' })), 'Guaranteed'],
    ['limits only: SetDefaults_Pod copies them to requests', spec(res(undefined, { cpu: '100m', memory: '100Mi' })), 'Guaranteed'],
    ['equal amounts written differently', spec(res({ cpu: '0.1', memory: '104857600' }, { cpu: '100m', memory: '100Mi' })), 'Guaranteed'],
    ['requests only', spec(res({ cpu: '100m', memory: '100Mi' })), 'Burstable'],
    ['request below limit', spec(res({ cpu: '50m', memory: '100Mi' }, { cpu: '100m', memory: '100Mi' })), 'Burstable'],
    ['memory limit but no CPU limit', spec(res({ cpu: '100m' }, { memory: '100Mi' })), 'Burstable'],
    ['zero quantities are no quantities', spec(res({ cpu: '0', memory: '0' }, { cpu: '0', memory: '0' })), 'BestEffort'],
    ['a zero request under a positive limit', spec(res({ cpu: '0', memory: '100Mi' }, { cpu: '100m', memory: '100Mi' })), 'Burstable'],
    ['extended resources do not count', spec(res({ 'nvidia.com/gpu': '1' }, { 'nvidia.com/gpu': '1' })), 'BestEffort'],
    [
      'extended resources beside a guaranteed container',
      spec(res({ 'cpu': '1', 'memory': '1Gi', 'nvidia.com/gpu': '1' }, { 'cpu': '1', 'memory': '1Gi', 'nvidia.com/gpu': '1' })),
      'Guaranteed',
    ],
    ['ephemeral-storage does not count', spec(res({ 'ephemeral-storage': '1Gi' })), 'BestEffort'],
    ['one guaranteed and one best-effort container', spec(res(undefined, { cpu: '1', memory: '1Gi' }), { resources: {} }), 'Burstable'],
  ])('%s → %s', (_, podSpec, expected) => {
    expect(oracleQosClass(podSpec)).toBe(expected);
  });

  test('init containers count, sidecars and plain init containers alike', () => {
    const guaranteed = res(undefined, { cpu: '1', memory: '1Gi' });
    expect(oracleQosClass({ ...spec(guaranteed), initContainers: [{ name: 'init', ...guaranteed }] })).toBe('Guaranteed');
    expect(oracleQosClass({ ...spec(guaranteed), initContainers: [{ name: 'init', resources: {} }] })).toBe('Burstable');
    expect(oracleQosClass({ ...spec({ resources: {} }), initContainers: [{ name: 'init', ...res({ cpu: '10m' }) }] })).toBe('Burstable');
  });

  test('extra containers (e.g. injected ones) count', () => {
    const guaranteed = res(undefined, { cpu: '1', memory: '1Gi' });
    expect(oracleQosClass(spec(guaranteed), [res({ cpu: '100m' }, { cpu: '2' })])).toBe('Burstable');
  });
});

describe('istioInjectedContainers follows the injection template', () => {
  const inject = { labels: { 'sidecar.istio.io/inject': 'true' } };
  test('no injection without the label', () => {
    expect(istioInjectedContainers({ annotations: { 'sidecar.istio.io/inject': 'true' } })).toEqual([]);
    expect(istioInjectedContainers({ labels: { 'sidecar.istio.io/inject': 'false' } })).toEqual([]);
  });
  test('the chart defaults without annotations: proxy and istio-init are Burstable', () => {
    const injected = istioInjectedContainers(inject);
    expect(injected).toHaveLength(2);
    expect(injected[0].resources).toEqual({ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' } });
  });
  test('any proxy annotation replaces the whole block with the annotated values', () => {
    const [proxy] = istioInjectedContainers({ ...inject, annotations: { 'sidecar.istio.io/proxyCPULimit': '1' } });
    expect(proxy.resources).toEqual({ requests: {}, limits: { cpu: '1' } });
    const guaranteed = istioInjectedContainers({
      ...inject,
      annotations: {
        'sidecar.istio.io/proxyCPU': '50m',
        'sidecar.istio.io/proxyCPULimit': '50m',
        'sidecar.istio.io/proxyMemory': '64Mi',
        'sidecar.istio.io/proxyMemoryLimit': '64Mi',
      },
    });
    expect(oracleQosClass(spec(res(undefined, { cpu: '1', memory: '1Gi' })), guaranteed)).toBe('Guaranteed');
  });
});

describe('qosOfContainers agrees with a per-container reading of the QoS rules', () => {
  // With every request at most its limit (the API server refuses anything else), the summed
  // comparison of GetPodQOS is the same as asking each container: Guaranteed when every container
  // has positive CPU and memory limits that its (defaulted) requests equal; BestEffort when no
  // container has any positive CPU or memory amount.
  const amounts = ['0', '50m', '0.1', '100m', '1', '1000m', '64Mi', '67108864', '1Gi', '1024Mi'];
  const amount = fc.option(fc.constantFrom(...amounts), { nil: undefined });
  const value = (text: string | undefined) => (text === undefined ? undefined : parseQuantity(text)!.value);
  const container = fc
    .record({ cpuRequest: amount, cpuLimit: amount, memoryRequest: amount, memoryLimit: amount })
    .filter((c) => {
      const ok = (request?: string, limit?: string) => request === undefined || limit === undefined || value(request)! <= value(limit)!;
      return ok(c.cpuRequest, c.cpuLimit) && ok(c.memoryRequest, c.memoryLimit);
    })
    .map((c) => {
      const pick = (cpu?: string, memory?: string) =>
        Object.fromEntries(Object.entries({ cpu, memory }).filter(([, v]) => v !== undefined)) as Record<string, string>;
      return { requests: pick(c.cpuRequest, c.memoryRequest), limits: pick(c.cpuLimit, c.memoryLimit) };
    });

  test('on random pods of 1 to 4 containers', () => {
    fc.assert(
      fc.property(fc.array(container, { minLength: 1, maxLength: 4 }), (containers) => {
        const positive = (text?: string) => text !== undefined && value(text)! > 0n;
        const guaranteed = containers.every((c) =>
          ['cpu', 'memory'].every((r) => positive(c.limits[r]) && value(c.requests[r] ?? c.limits[r]) === value(c.limits[r])),
        );
        const bestEffort = containers.every((c) => ['cpu', 'memory'].every((r) => !positive(c.requests[r]) && !positive(c.limits[r])));
        const expected = guaranteed ? 'Guaranteed' : bestEffort ? 'BestEffort' : 'Burstable';
        expect(qosOfContainers(containers)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
