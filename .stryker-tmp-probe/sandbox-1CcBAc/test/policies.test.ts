/**
 * lib/policies/ at its edges: the cases the mutation run (npm run mutate) found no test for.
 * Each test states the behaviour a user relies on; the expected values come from the Pod
 * Security Standards (test/pod-security-standards.ts), the disruption controller's arithmetic and
 * the documented API, not from the functions under test.
 */
// @ts-nocheck

import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { AppPod, AppPodProps, DisruptionBudget, PodAnnotations, PodDefaults, QosPreset, ResourceSize, SecurityProfile } from '../lib';
import { ContainerSizing } from '../lib/policies/qos';
import { imagePin } from '../lib/policies/security';
import { BASELINE_CAPABILITIES, restrictedViolations } from './pod-security-standards';
import { errorOf, newChart, only, podMetadataOf, podSpecOf, synth } from './util';

/** What an error says, without its fix and code. */
const said = (error: Error) => error.message.slice(0, error.message.indexOf('. Fix: '));

function deployment(props: Partial<AppPodProps> = {}, extra?: (pod: AppPod) => void): any {
  const chart = newChart();
  const pod = new AppPod(chart, 'Web', { app: { image: 'myapp:1.0' }, ...props });
  extra?.(pod);
  return only(synth(chart), 'Deployment');
}

describe('security profiles', () => {
  const baseline = SecurityProfile.baseline('vendor image needs it');

  test.each([...BASELINE_CAPABILITIES])('baseline lets a container add %s, restricted only NET_BIND_SERVICE', (capability) => {
    const securityContext = { capabilities: { add: [capability as kplus.Capability], drop: [kplus.Capability.ALL] } };
    const d = deployment({ app: { image: 'myapp:1.0', securityContext, securityProfile: baseline } });
    expect(podSpecOf(d).containers[0].securityContext.capabilities.add).toEqual([capability]);
    const restricted = () => deployment({ app: { image: 'myapp:1.0', securityContext } });
    if (capability === 'NET_BIND_SERVICE') {
      expect(restrictedViolations(podSpecOf(restricted()))).toEqual([]);
    } else {
      expect(errorOf(restricted).message).toContain(`adds capabilities ${capability} (restricted allows only NET_BIND_SERVICE)`);
    }
  });

  test('baseline refuses a capability beyond its list, saying which', () => {
    const securityContext = { capabilities: { add: [kplus.Capability.SYS_ADMIN, kplus.Capability.CHOWN] } };
    const error = errorOf(() => deployment({ app: { image: 'myapp:1.0', securityContext, securityProfile: baseline } }));
    expect(error.code).toBe('security-profile');
    expect(said(error)).toBe(
      'test/Web: container "app" is held to the baseline Pod Security Standard but adds capabilities SYS_ADMIN (beyond what baseline allows)',
    );
  });

  test('restricted names every broken control of a container, each once', () => {
    const securityContext = {
      capabilities: { add: [kplus.Capability.CHOWN], drop: [kplus.Capability.NET_RAW] },
      seccompProfile: { type: kplus.SeccompProfileType.UNCONFINED },
    };
    const error = errorOf(() => deployment({ app: { image: 'myapp:1.0', securityContext } }));
    expect(said(error)).toBe(
      'test/Web: container "app" is held to the restricted Pod Security Standard but adds capabilities CHOWN (restricted allows only NET_BIND_SERVICE); ' +
        'does not drop ALL capabilities; seccomp profile is Unconfined, not RuntimeDefault or Localhost',
    );
  });

  test('restricted accepts a Localhost seccomp profile, baseline refuses only Unconfined', () => {
    const localhost = { seccompProfile: { type: kplus.SeccompProfileType.LOCALHOST, localhostProfile: 'profiles/app.json' } };
    expect(restrictedViolations(podSpecOf(deployment({ app: { image: 'myapp:1.0', securityContext: localhost } })))).toEqual([]);
    const unconfined = { seccompProfile: { type: kplus.SeccompProfileType.UNCONFINED } };
    expect(
      errorOf(() => deployment({ app: { image: 'myapp:1.0', securityContext: unconfined, securityProfile: baseline } })).message,
    ).toContain('seccomp profile is Unconfined (forbidden by baseline and restricted)');
  });

  test('platform defaults check nothing and write no security context', () => {
    const d = deployment({
      app: {
        image: 'myapp:1.0',
        securityContext: { privileged: true, capabilities: { add: [kplus.Capability.SYS_ADMIN] } },
        securityProfile: SecurityProfile.platformDefaults('the platform polices its own'),
      },
    });
    expect(podSpecOf(d).containers[0].securityContext).toBeUndefined();
  });

  test.each([
    ['an empty reason', ''],
    ['a reason of invisible characters', '\u200b \u200b'],
  ])('a container that opts out with %s is refused', (_, reason) => {
    const error = errorOf(() =>
      deployment({}, (pod) => pod.addContainer({ name: 'agent', image: 'agent:1.0', securityProfile: SecurityProfile.baseline(reason) })),
    );
    expect(error.code).toBe('security-profile-reason');
    expect(said(error)).toBe('test/Web: container "agent" opts out of the restricted Pod Security Standard without a reason');
  });

  test('several capabilities beyond a profile are named together, and the fix for a missing reason is given', () => {
    const add = [kplus.Capability.SYS_ADMIN, kplus.Capability.NET_ADMIN, kplus.Capability.CHOWN, kplus.Capability.KILL];
    const securityContext = { capabilities: { add, drop: [kplus.Capability.ALL] } };
    expect(said(errorOf(() => deployment({ app: { image: 'myapp:1.0', securityContext } })))).toBe(
      'test/Web: container "app" is held to the restricted Pod Security Standard but adds capabilities SYS_ADMIN, NET_ADMIN (beyond what baseline allows); ' +
        'adds capabilities CHOWN, KILL (restricted allows only NET_BIND_SERVICE)',
    );
    const reasonless = errorOf(() =>
      deployment({}, (pod) => pod.addContainer({ name: 'agent', image: 'agent:1.0', securityProfile: SecurityProfile.baseline('') })),
    );
    expect(reasonless.message).toContain("Fix: say why, e.g. SecurityProfile.baseline('vendor image must run as root')");
  });

  test('a seccomp profile set to undefined is unset, which restricted refuses', () => {
    const securityContext = { seccompProfile: undefined };
    expect(said(errorOf(() => deployment({ app: { image: 'myapp:1.0', securityContext } })))).toBe(
      'test/Web: container "app" is held to the restricted Pod Security Standard but seccomp profile is unset, not RuntimeDefault or Localhost',
    );
  });

  test('a restricted pod may not run as root, whatever its containers say', () => {
    const error = errorOf(() => deployment({ security: { user: 0, ensureNonRoot: false } }));
    expect(error.code).toBe('security-profile');
    expect(said(error)).toBe(
      'test/Web: the pod is held to the restricted Pod Security Standard but its security context sets runAsNonRoot: false; runAsUser: 0 (root)',
    );
  });

  test('the exceptions annotation lists every container held to less than the pod, one per entry', () => {
    const d = deployment({}, (pod) => {
      pod.addContainer({ name: 'one', image: 'one:1.0', securityProfile: SecurityProfile.baseline('runs as root') });
      pod.addContainer({ name: 'two', image: 'two:1.0', securityProfile: SecurityProfile.platformDefaults('sets its own') });
      pod.addContainer({ name: 'three', image: 'three:1.0', securityProfile: SecurityProfile.RESTRICTED });
    });
    expect(podMetadataOf(d).annotations[PodAnnotations.SECURITY_EXCEPTIONS]).toBe(
      'one: baseline (runs as root); two: platform-defaults (sets its own)',
    );
  });

  test('a container held to restricted in a baseline pod is no exception: only the pod is listed', () => {
    const d = deployment({ securityProfile: SecurityProfile.baseline('vendor image runs as root') }, (pod) =>
      pod.addContainer({ name: 'strict', image: 'strict:1.0', securityProfile: SecurityProfile.RESTRICTED }),
    );
    expect(podMetadataOf(d).annotations[PodAnnotations.SECURITY_EXCEPTIONS]).toBe('pod: baseline (vendor image runs as root)');
  });

  test('capabilities that add without dropping drop nothing: restricted refuses them', () => {
    const securityContext = { capabilities: { add: [kplus.Capability.NET_BIND_SERVICE] } };
    expect(said(errorOf(() => deployment({ app: { image: 'myapp:1.0', securityContext } })))).toBe(
      'test/Web: container "app" is held to the restricted Pod Security Standard but does not drop ALL capabilities',
    );
  });

  test.each([
    ['myapp@sha256:' + 'a'.repeat(64), 'digest'],
    ['registry.example.com:5000/team/myapp:1.0@sha256:' + '0'.repeat(64), 'digest'],
    // A digest must end the reference: 65 hex digits are no sha256 digest.
    ['myapp@sha256:' + 'a'.repeat(65), 'tag'],
    ['registry.example.com:5000/team/myapp', 'untagged'],
    ['myapp:latest', 'latest'],
    ['myapp:1.0', 'tag'],
  ])('imagePin(%s) is %s', (image, pin) => {
    expect(imagePin(image)).toBe(pin);
  });
});

describe('QoS presets and sizes', () => {
  test.each([
    [0, 128],
    [100, 0],
    [-1, 128],
    [100, -128],
    [1.5, 128],
    [100, 0.5],
  ])('ResourceSize.custom refuses cpuMillis %d, memoryMebibytes %d', (cpu, memory) => {
    const error = errorOf(() => ResourceSize.custom('odd', cpu, memory));
    expect(error.code).toBe('invalid-size');
    expect(said(error)).toBe(`ResourceSize.custom("odd"): cpuMillis ${cpu} and memoryMebibytes ${memory} must be positive whole numbers`);
  });

  test('ResourceSize.custom accepts the smallest size, 1m and 1Mi', () => {
    expect([ResourceSize.custom('tiny', 1, 1).cpu(), ResourceSize.custom('tiny', 1, 1).memory()]).toEqual(['1m', '1Mi']);
  });

  test('equal options give the same preset, and a preset the same resources per sizing; different ones never mix', () => {
    const small = QosPreset.guaranteed({ size: ResourceSize.SMALL });
    expect(QosPreset.guaranteed({ size: ResourceSize.SMALL })).toBe(small);
    expect(small.resourcesFor(ContainerSizing.APP)).toBe(small.resourcesFor(ContainerSizing.APP));
    const large = QosPreset.guaranteed({ size: ResourceSize.LARGE });
    expect(large).not.toBe(small);
    expect(large.resourcesFor(ContainerSizing.APP)).not.toEqual(small.resourcesFor(ContainerSizing.APP));
    expect(QosPreset.burstable({ size: ResourceSize.SMALL })).not.toBe(small);
    expect(QosPreset.bestEffort()).toBe(QosPreset.bestEffort());
    // Two custom sizes of one name still size containers by their own numbers.
    const [a, b, c] = [ResourceSize.custom('team', 100, 128), ResourceSize.custom('team', 200, 128), ResourceSize.custom('team', 100, 256)];
    expect([a, b, c].map((size) => small.resourcesFor(ContainerSizing.APP, size).cpu)).toEqual([
      { request: '100m', limit: '100m' },
      { request: '200m', limit: '200m' },
      { request: '100m', limit: '100m' },
    ]);
    expect(small.resourcesFor(ContainerSizing.APP, c).memory).toEqual({ request: '256Mi', limit: '256Mi' });
    expect(QosPreset.guaranteed({ size: a })).not.toBe(QosPreset.guaranteed({ size: b }));
  });

  test.each([
    ['QosPreset.guaranteed', () => QosPreset.guaranteed({ size: ResourceSize.SMALL, sise: 1 } as any)],
    ['QosPreset.burstable', () => QosPreset.burstable({ size: ResourceSize.SMALL, sise: 1 } as any)],
    ['DisruptionBudget', () => DisruptionBudget.maxUnavailable(1, { sise: 1 } as any)],
  ])('%s names itself when its options have an unknown prop', (where, make) => {
    const error = errorOf(make);
    expect(error.code).toBe('unknown-prop');
    expect(said(error)).toBe(`${where}: the options has no prop "sise"`);
  });

  test('a BestEffort pod with resources is refused with each container and resource that sets one', () => {
    const error = errorOf(() =>
      deployment({ qos: QosPreset.bestEffort() }, (pod) =>
        pod.addContainer({ name: 'agent', image: 'agent:1.0', resources: { cpu: { limit: '100m' }, memory: { request: '64Mi' } } }),
      ),
    );
    expect(error.code).toBe('qos-mismatch');
    expect(error.message).toContain('container "agent" sets a cpu limit');
    expect(error.message).toContain('container "agent" sets a memory request');
  });

  test('a pod asked to be Burstable but Guaranteed is refused with no per-container reason (every container is at its limit)', () => {
    const error = errorOf(() =>
      synth(
        (() => {
          const chart = newChart();
          new AppPod(chart, 'Web', {
            qos: QosPreset.burstable({ size: ResourceSize.SMALL }),
            app: { image: 'myapp:1.0', resources: { cpu: { limit: '1' }, memory: { limit: '1Gi' } } },
          });
          return chart;
        })(),
      ),
    );
    expect(said(error)).toBe('test/Web: the pod asks for QoS class Burstable but Kubernetes will class it Guaranteed');
  });
});

describe('disruption budgets', () => {
  test('none lets every pod go at once', () => {
    expect([1, 3, 10].map((replicas) => DisruptionBudget.none().allowedDisruptions(replicas))).toEqual([1, 3, 10]);
  });
});

describe('pod defaults', () => {
  test('defaults set on the app itself reach pods in every chart', () => {
    const app = new App();
    PodDefaults.set(app, { qos: QosPreset.guaranteed({ size: ResourceSize.NANO }) });
    const chart = new Chart(app, 'test');
    new AppPod(chart, 'Web', { app: { image: 'myapp:1.0' } });
    expect(podSpecOf(only(synth(chart), 'Deployment')).containers[0].resources.limits).toEqual({ cpu: '50m', memory: '64Mi' });
  });

  test('PodDefaults.set names itself when its props have an unknown prop', () => {
    const error = errorOf(() => PodDefaults.set(newChart(), { qoss: 1 } as any));
    expect(said(error)).toBe('test: PodDefaults has no prop "qoss"');
  });
});
