// @ts-nocheck
import * as kplus from 'cdk8s-plus-28';
import { AppPod, AppPodProps, ContainerRole, PodAnnotations, SecurityProfile } from '../lib';
import { imagePin } from '../lib/policies/security';
import { restrictedViolations } from './pod-security-standards';
import { errorOf, newChart, only, podMetadataOf, podSpecOf, synth } from './util';

function deployment(props: Partial<AppPodProps> = {}, extra?: (pod: AppPod) => void): any {
  const chart = newChart();
  const pod = new AppPod(chart, 'Web', { app: { image: 'myapp:1.0' }, ...props });
  extra?.(pod);
  return only(synth(chart), 'Deployment');
}

test('by default every container, init containers included, meets the restricted profile', () => {
  const d = deployment({}, (pod) => {
    pod.addContainer({ name: 'init', image: 'busybox:1.36' }, ContainerRole.INIT);
    pod.addContainer({ name: 'native', image: 'side:1.0' }, ContainerRole.NATIVE_SIDECAR);
    pod.addContainer({ name: 'helper', image: 'side:1.0' });
  });
  expect(restrictedViolations(podSpecOf(d))).toEqual([]);
  expect(podMetadataOf(d).annotations[PodAnnotations.SECURITY_PROFILE]).toBe('restricted');
  expect(podMetadataOf(d).annotations[PodAnnotations.SECURITY_EXCEPTIONS]).toBeUndefined();
});

test('the independent restricted check does catch what it should', () => {
  const spec = podSpecOf(deployment());
  spec.containers[0].securityContext.allowPrivilegeEscalation = true;
  spec.containers[0].securityContext.capabilities = { add: ['SYS_ADMIN'] };
  spec.volumes = [{ name: 'host', hostPath: { path: '/' } }];
  expect(restrictedViolations(spec)).toEqual([
    'volume host: type hostPath',
    'container app: adds SYS_ADMIN (not baseline)',
    'container app: allowPrivilegeEscalation not false',
    'container app: does not drop ALL',
    'container app: adds SYS_ADMIN (restricted allows NET_BIND_SERVICE only)',
  ]);
});

// An explicit `true` is what the restricted profile exists to refuse: setuid binaries and file
// capabilities would give the process more than its parent had.
test.each([ContainerRole.APP, ContainerRole.HELPER, ContainerRole.INIT, ContainerRole.NATIVE_SIDECAR])(
  'restricted refuses allowPrivilegeEscalation: true on a container of role %s',
  (role) => {
    const escalating = { name: 'escalating', image: 'x:1.0', securityContext: { allowPrivilegeEscalation: true } };
    const error = errorOf(() =>
      role === ContainerRole.APP ? deployment({ app: escalating }) : deployment({}, (pod) => pod.addContainer(escalating, role)),
    );
    expect(error.code).toBe('security-profile');
    expect(error.message).toContain(
      'container "escalating" is held to the restricted Pod Security Standard but allowPrivilegeEscalation is not false',
    );
  },
);

test('a container held to restricted in a baseline pod may not escalate either', () => {
  const error = errorOf(() =>
    deployment({ securityProfile: SecurityProfile.baseline('vendor image runs as root') }, (pod) =>
      pod.addContainer({
        name: 'strict',
        image: 'x:1.0',
        securityContext: { allowPrivilegeEscalation: true },
        securityProfile: SecurityProfile.RESTRICTED,
      }),
    ),
  );
  expect(error.message).toContain(
    'container "strict" is held to the restricted Pod Security Standard but allowPrivilegeEscalation is not false',
  );
});

test('baseline allows allowPrivilegeEscalation: true, and writes it', () => {
  const d = deployment({
    app: {
      image: 'vendor:7.1',
      securityContext: { allowPrivilegeEscalation: true },
      securityProfile: SecurityProfile.baseline('vendor image uses sudo'),
    },
  });
  expect(podSpecOf(d).containers[0].securityContext.allowPrivilegeEscalation).toBe(true);
  expect(restrictedViolations(podSpecOf(d))).toEqual(['container app: allowPrivilegeEscalation not false']);
});

test('NET_BIND_SERVICE may be added under restricted', () => {
  const d = deployment({
    app: {
      image: 'myapp:1.0',
      securityContext: { capabilities: { add: [kplus.Capability.NET_BIND_SERVICE], drop: [kplus.Capability.ALL] } },
    },
  });
  expect(restrictedViolations(podSpecOf(d))).toEqual([]);
});

test('a container opts out to baseline with a reason recorded on the pod', () => {
  const d = deployment({
    app: {
      image: 'vendor:7.1',
      securityContext: { ensureNonRoot: false, user: 0 },
      securityProfile: SecurityProfile.baseline('vendor image runs as root'),
    },
  });
  expect(podSpecOf(d).containers[0].securityContext).toMatchObject({ runAsNonRoot: false, runAsUser: 0 });
  expect(podMetadataOf(d).annotations).toMatchObject({
    [PodAnnotations.SECURITY_PROFILE]: 'baseline',
    [PodAnnotations.SECURITY_EXCEPTIONS]: 'app: baseline (vendor image runs as root)',
  });
});

test('platform defaults write no security context at all, for the pod or one container', () => {
  const pod = deployment({ securityProfile: SecurityProfile.platformDefaults('GKE Autopilot') }, (p) =>
    p.addContainer({ name: 'helper', image: 'h:1.0' }),
  );
  const spec = podSpecOf(pod);
  expect(spec.securityContext).toBeUndefined();
  expect(spec.containers.map((c: any) => c.securityContext)).toEqual([undefined, undefined]);
  expect(podMetadataOf(pod).annotations[PodAnnotations.SECURITY_EXCEPTIONS]).toBe('pod: platform-defaults (GKE Autopilot)');

  const one = deployment({}, (p) =>
    p.addContainer({ name: 'helper', image: 'h:1.0', securityProfile: SecurityProfile.platformDefaults('image decides') }),
  );
  expect(podSpecOf(one).containers[0].securityContext).toBeDefined();
  expect(podSpecOf(one).containers[1].securityContext).toBeUndefined();
  expect(podSpecOf(one).securityContext.runAsNonRoot).toBe(true);
});

test('writable paths get emptyDirs of their own; the root filesystem stays read-only', () => {
  const spec = podSpecOf(deployment({ app: { image: 'myapp:1.0', writablePaths: ['/tmp', '/var/cache/app'] } }));
  expect(spec.containers[0].securityContext.readOnlyRootFilesystem).toBe(true);
  expect(spec.containers[0].volumeMounts).toEqual([
    { name: 'app-tmp', mountPath: '/tmp', readOnly: false },
    { name: 'app-var-cache-app', mountPath: '/var/cache/app', readOnly: false },
  ]);
  expect(spec.volumes).toEqual([
    { name: 'app-tmp', emptyDir: {} },
    { name: 'app-var-cache-app', emptyDir: {} },
  ]);
});

test.each([
  ['myapp:1.0', 'tag'],
  ['myapp', 'untagged'],
  ['myapp:latest', 'latest'],
  ['registry:5000/team/myapp', 'untagged'],
  ['registry:5000/team/myapp:2.1', 'tag'],
  [`myapp@sha256:${'a'.repeat(64)}`, 'digest'],
  [`myapp:1.0@sha256:${'b'.repeat(64)}`, 'digest'],
])('image %s is %s', (image, pin) => {
  expect(imagePin(image)).toBe(pin);
});

test('an unpinned image is accepted only with allowLatestTag', () => {
  expect(podSpecOf(deployment({ app: { image: 'myapp:latest', allowLatestTag: true } })).containers[0].image).toBe('myapp:latest');
  expect(() => deployment({ app: { image: 'myapp' } })).toThrow(/\[unpinned-image\]/);
});
