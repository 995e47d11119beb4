import * as fc from 'fast-check';
import { podQosClass, QOS_ANNOTATION } from '../../lib/rules';
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
