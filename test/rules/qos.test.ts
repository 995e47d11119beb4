import * as fc from 'fast-check';
import { explainQosClass, injectedContainers, istioProxyResources, podQosClass, QOS_ANNOTATION } from '../../lib/rules';
import { kubeletQos } from '../kubelet-qos';
import { deployment, found, mutated } from './fixtures';

const c = (resources?: object) => ({ name: 'c', image: 'x', ...(resources && { resources }) });

// Cases after TestComputePodQOS (pkg/apis/core/helper/qos/qos_test.go), on plain JSON.
describe('podQosClass', () => {
  test.each([
    ['no resources', { containers: [c()] }, 'BestEffort'],
    [
      'zero requests and limits count as none',
      { containers: [c({ requests: { cpu: '0', memory: '0' }, limits: { cpu: '0' } })] },
      'BestEffort',
    ],
    ['requests only', { containers: [c({ requests: { cpu: '100m' } })] }, 'Burstable'],
    ['limits only: requests default to them', { containers: [c({ limits: { cpu: '1', memory: '1Gi' } })] }, 'Guaranteed'],
    [
      'equal in other units',
      { containers: [c({ requests: { cpu: '1000m', memory: '1073741824' }, limits: { cpu: 1, memory: '1Gi' } })] },
      'Guaranteed',
    ],
    ['cpu limit missing', { containers: [c({ requests: { cpu: '1', memory: '1Gi' }, limits: { memory: '1Gi' } })] }, 'Burstable'],
    ['other resources do not count', { containers: [c({ limits: { 'cpu': '1', 'memory': '1Gi', 'example.com/gpu': 1 } })] }, 'Guaranteed'],
    [
      'an init container without limits breaks Guaranteed',
      { containers: [c({ limits: { cpu: '1', memory: '1Gi' } })], initContainers: [c({ requests: { cpu: '10m' } })] },
      'Burstable',
    ],
    [
      'init containers count, summed',
      { containers: [c({ limits: { cpu: '1', memory: '1Gi' } })], initContainers: [c({ limits: { cpu: '500m', memory: '512Mi' } })] },
      'Guaranteed',
    ],
    [
      'sums are compared, not containers (request above limit in one, below in another)',
      {
        containers: [
          c({ requests: { cpu: '2', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }),
          c({ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '2', memory: '1Gi' } }),
        ],
      },
      'Guaranteed',
    ],
    [
      'memory beyond 2^53 nanounits stays exact',
      { containers: [c({ requests: { cpu: '1', memory: '64Gi' }, limits: { cpu: '1', memory: '68719476737' } })] },
      'Burstable',
    ],
    [
      // Summed in nanounits, each of these is beyond 2^53 and would round: the sums are exact.
      'sums beyond 2^53 nanounits compared exactly',
      {
        containers: [
          c({ requests: { cpu: '1', memory: '1000000000000001' }, limits: { cpu: '1', memory: '1000000000000000' } }),
          c({ requests: { cpu: '1', memory: '999999999999999' }, limits: { cpu: '1', memory: '1000000000000000' } }),
        ],
      },
      'Guaranteed',
    ],
    [
      'a container with a cpu limit only, beside one with both',
      { containers: [c({ limits: { cpu: '1' } }), c({ limits: { cpu: '1', memory: '1Gi' } })] },
      'Burstable',
    ],
    [
      'a container with a memory limit only, beside one with both',
      { containers: [c({ limits: { memory: '1Gi' } }), c({ limits: { cpu: '1', memory: '1Gi' } })] },
      'Burstable',
    ],
    ['a container without resources, beside one with both', { containers: [c(), c({ limits: { cpu: '1', memory: '1Gi' } })] }, 'Burstable'],
    [
      'a limit with a request of 0: limited, not requested, still not BestEffort',
      { containers: [c({ requests: { cpu: '0' }, limits: { cpu: '1' } })] },
      'Burstable',
    ],
    [
      'a request of null is there, and 0: it does not take the limit',
      { containers: [c({ requests: { cpu: null }, limits: { cpu: '1', memory: '1Gi' } })] },
      'Burstable',
    ],
  ])('%s', (_, spec, expected) => expect(podQosClass(spec)).toBe(expected));

  const millis = fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined });
  const resources = fc.record({ cpuRequest: millis, cpuLimit: millis, memoryRequest: millis, memoryLimit: millis }).map((r) => ({
    requests: {
      ...(r.cpuRequest !== undefined && { cpu: `${r.cpuRequest}m` }),
      ...(r.memoryRequest !== undefined && { memory: `${r.memoryRequest}Mi` }),
    },
    limits: {
      ...(r.cpuLimit !== undefined && { cpu: `${r.cpuLimit}m` }),
      ...(r.memoryLimit !== undefined && { memory: `${r.memoryLimit}Mi` }),
    },
  }));

  test('agrees with the independent transcription in test/kubelet-qos.ts', () => {
    fc.assert(
      fc.property(fc.array(resources, { minLength: 1, maxLength: 3 }), fc.array(resources, { maxLength: 2 }), (containers, inits) => {
        const spec = { containers: containers.map((r) => c(r)), initContainers: inits.map((r) => c(r)) };
        expect(podQosClass(spec)).toBe(kubeletQos([...containers, ...inits]));
      }),
    );
  });
});

describe('the QoS annotation on a pod template', () => {
  test('matching the computed class', () => {
    expect(found(mutated(deployment(), (d) => (d.spec.template.metadata.annotations = { [QOS_ANNOTATION]: 'Burstable' })))).toEqual([]);
  });

  test('disagreeing with it', () => {
    expect(found(mutated(deployment(), (d) => (d.spec.template.metadata.annotations = { [QOS_ANNOTATION]: 'Guaranteed' })))).toEqual([
      ['qos-mismatch', `spec.template.metadata.annotations[${QOS_ANNOTATION}]`],
    ]);
  });

  test('on a bare pod', () => {
    const bare = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', annotations: { [QOS_ANNOTATION]: 'Guaranteed' } },
      spec: { containers: [c()] },
    };
    expect(found(bare)).toEqual([['qos-mismatch', `metadata.annotations[${QOS_ANNOTATION}]`]]);
  });
});

describe('explainQosClass: the reason for each container and resource', () => {
  const named = (name: unknown, resources?: object) => ({ name, ...(resources && { resources }) });
  test('each way a container keeps a pod from Guaranteed, in the order init, regular, injected', () => {
    const spec = {
      initContainers: [named('wait', { limits: { cpu: '0', memory: '-1' } }), 'x'],
      containers: [
        named('app', { requests: { cpu: 'lots' }, limits: { cpu: '1', memory: '1Gi' } }),
        named(undefined, { requests: { memory: '1Gi' }, limits: { cpu: '1', memory: '2Gi' } }),
        named('ok', { limits: { cpu: '1', memory: '1Gi' } }),
      ],
    };
    const injected = [{ name: 'istio-proxy', init: false, ports: [], resources: { requests: { cpu: '1', memory: '1Gi' }, limits: {} } }];
    expect(explainQosClass(spec, injected)).toEqual({
      qosClass: 'Burstable',
      reasons: [
        'init container "wait" has no cpu limit',
        'init container "wait" has no memory limit',
        'init container "?" has no cpu limit',
        'init container "?" has no memory limit',
        'container "app" requests lots cpu but limits 1',
        'container "?" requests 1Gi memory but limits 2Gi',
        'injected container "istio-proxy" has no cpu limit',
        'injected container "istio-proxy" has no memory limit',
      ],
    });
  });

  test('a request equal to its limit in other units, or absent, gives no reason', () => {
    const spec = {
      containers: [named('app', { requests: { cpu: '1000m' }, limits: { cpu: '1', memory: '1Gi' } }), named('log')],
    };
    expect(explainQosClass(spec).reasons).toEqual(['container "log" has no cpu limit', 'container "log" has no memory limit']);
  });

  test('a request of null is there, and 0 (Quantity.UnmarshalJSON): it does not take the limit', () => {
    const spec = { containers: [named('app', { requests: { cpu: '1', memory: null }, limits: { cpu: '1', memory: '1Gi' } })] };
    expect(explainQosClass(spec)).toEqual({ qosClass: 'Burstable', reasons: ['container "app" requests 0 memory but limits 1Gi'] });
  });

  test('a Guaranteed pod has no reasons, even when only its sums agree (requests above limits, which the API server refuses)', () => {
    const spec = {
      containers: [
        named('a', { requests: { cpu: '2', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }),
        named('b', { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '2', memory: '1Gi' } }),
      ],
    };
    expect(explainQosClass(spec)).toEqual({ qosClass: 'Guaranteed', reasons: [] });
  });

  test('a spec that is not an object is BestEffort', () => {
    expect(explainQosClass('spec')).toEqual({ qosClass: 'BestEffort', reasons: [expect.stringContaining('no container')] });
  });
});

describe('the containers Istio injects', () => {
  test('only when the pod is labelled for injection, sized by the annotations or by default', () => {
    expect(injectedContainers({ labels: { 'sidecar.istio.io/inject': 'false' } })).toEqual([]);
    expect(injectedContainers({ labels: { 'sidecar.istio.io/inject': true } })).toEqual([]);
    expect(injectedContainers(undefined)).toEqual([]);
    const defaults = injectedContainers({ labels: { 'sidecar.istio.io/inject': 'true' } });
    expect(defaults.map((c) => [c.name, c.init, c.ports.length])).toEqual([
      ['istio-init', true, 0],
      ['istio-proxy', false, 9],
    ]);
    expect(defaults[1].resources).toEqual({ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' } });
  });

  test.each([
    [{}, { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' } }],
    [{ 'sidecar.istio.io/proxyCPU': '50m' }, { requests: { cpu: '50m' }, limits: {} }],
    [
      { 'sidecar.istio.io/proxyMemory': '64Mi', 'sidecar.istio.io/proxyMemoryLimit': '64Mi' },
      { requests: { memory: '64Mi' }, limits: { memory: '64Mi' } },
    ],
    [
      { 'sidecar.istio.io/proxyCPULimit': '1', 'sidecar.istio.io/proxyCPU': 5 },
      { requests: {}, limits: { cpu: '1' } },
    ],
  ])('annotations %j size the proxy %j', (annotations, resources) => expect(istioProxyResources(annotations)).toEqual(resources));
});
