// @ts-nocheck
import { Construct } from 'constructs';
import { Duration, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import {
  AppPod,
  AppPodProps,
  ClaimRetention,
  Controller,
  ContainerRole,
  DisruptionBudget,
  Migration,
  MigrationMode,
  PodDefaults,
  PodAnnotations,
  QosPreset,
  ResourceSize,
  Sidecar,
  SidecarPod,
} from '../lib';
import { kubeletQos } from './kubelet-qos';
import { newChart, only, podContainersWithInjected, podMetadataOf, podSpecOf, synth, errorOf } from './util';

function build(props: Partial<AppPodProps> = {}, id = 'Web') {
  const chart = newChart();
  const pod = new AppPod(chart, id, { app: { image: 'myapp:1.0', ports: [{ number: 8080 }] }, ...props });
  return { chart, pod, manifests: () => synth(chart) };
}

function workloadOf(manifests: any[]): any {
  return manifests.find((m) => ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod'].includes(m.kind));
}

describe('single-container app', () => {
  test('one call gives a Deployment of two replicas around the app container', () => {
    const { manifests } = build();
    const deployment = only(manifests(), 'Deployment');
    expect(deployment.metadata.name).toBe('web');
    expect(deployment.spec.replicas).toBe(2);
    const [container] = podSpecOf(deployment).containers;
    expect(container).toMatchObject({ name: 'app', image: 'myapp:1.0', ports: [{ containerPort: 8080 }] });
  });

  test('the default name is the construct id in kebab case', () => {
    expect(build({}, 'NodeAgent').pod.name).toBe('node-agent');
    expect(build({}, 'API').pod.name).toBe('api');
  });

  test('no cdk8s-plus default resources leak into a container without a preset', () => {
    const { manifests } = build();
    const [container] = podSpecOf(only(manifests(), 'Deployment')).containers;
    expect(container.resources).toBeUndefined();
    expect(container.startupProbe).toBeUndefined();
  });

  test('every container gets the secure defaults', () => {
    const { manifests } = build({ extensions: [Sidecar.logShipper()] });
    const spec = podSpecOf(only(manifests(), 'Deployment'));
    for (const container of spec.containers) {
      expect(container.securityContext).toMatchObject({
        runAsNonRoot: true,
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        privileged: false,
        capabilities: { drop: ['ALL'] },
        seccompProfile: { type: 'RuntimeDefault' },
      });
    }
    expect(spec.securityContext.runAsNonRoot).toBe(true);
    expect(spec.automountServiceAccountToken).toBe(false);
  });
});

describe('labels and selectors', () => {
  test('readable recommended labels; the selector holds only name and instance', () => {
    const { manifests } = build({ component: 'backend', partOf: 'shop', labels: { team: 'payments' } });
    const deployment = only(manifests(), 'Deployment');
    expect(deployment.spec.selector).toEqual({
      matchLabels: { 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/instance': 'web' },
    });
    expect(deployment.spec.template.metadata.labels).toMatchObject({
      'app.kubernetes.io/name': 'web',
      'app.kubernetes.io/instance': 'web',
      'app.kubernetes.io/component': 'backend',
      'app.kubernetes.io/part-of': 'shop',
      'app.kubernetes.io/managed-by': 'cdk8s',
      'team': 'payments',
    });
  });

  test('the Deployment selector does not change when unrelated props change (it is immutable in a live cluster)', () => {
    const selectorOf = (props: Partial<AppPodProps>) => only(build(props).manifests(), 'Deployment').spec.selector;
    const base = selectorOf({});
    expect(selectorOf({ component: 'api', partOf: 'shop', labels: { tier: 'web' } })).toEqual(base);
    expect(selectorOf({ controller: Controller.deployment({ replicas: 5 }) })).toEqual(base);
    expect(selectorOf({ qos: QosPreset.guaranteed({ size: ResourceSize.LARGE }) })).toEqual(base);
    expect(selectorOf({ extensions: [Sidecar.logShipper()], sharedVolumes: [{ name: 'cache' }] })).toEqual(base);
    expect(selectorOf({ app: { image: 'myapp:2.0', ports: [{ number: 9090 }] } })).toEqual(base);
  });

  test('the selector matches the pod template labels for every controller kind', () => {
    for (const controller of [Controller.deployment(), Controller.statefulSet(), Controller.daemonSet()]) {
      const workload = workloadOf(build({ controller }).manifests());
      for (const [key, value] of Object.entries(workload.spec.selector.matchLabels)) {
        expect(workload.spec.template.metadata.labels[key]).toBe(value);
      }
    }
  });

  test('Service and budget select the same pods as the controller', () => {
    const { manifests } = build({ service: {} });
    const all = manifests();
    const selector = only(all, 'Deployment').spec.selector.matchLabels;
    expect(only(all, 'Service').spec.selector).toEqual(selector);
    expect(only(all, 'PodDisruptionBudget').spec.selector.matchLabels).toEqual(selector);
  });
});

describe('controllers', () => {
  test('StatefulSet comes with its headless Service', () => {
    const all = build({ controller: Controller.statefulSet({ replicas: 3 }) }).manifests();
    const statefulSet = only(all, 'StatefulSet');
    const service = only(all, 'Service');
    expect(service.spec.clusterIP).toBe('None');
    expect(statefulSet.spec.serviceName).toBe(service.metadata.name);
    expect(service.spec.ports).toEqual([{ port: 8080, targetPort: 8080 }]);
  });

  test('a StatefulSet gives each pod its own claim, mounted by name and absent from the pod volumes', () => {
    const all = build({
      app: { image: 'db:1.0', ports: [{ number: 5432 }], volumeMounts: [{ volume: 'data', path: '/var/lib/db' }] },
      sharedVolumes: [{ name: 'scratch' }],
      controller: Controller.statefulSet({
        replicas: 3,
        volumeClaims: [{ name: 'data', storage: Size.mebibytes(1536), storageClassName: 'fast' }],
        claimsWhenScaled: ClaimRetention.DELETE,
      }),
    }).manifests();
    const statefulSet = only(all, 'StatefulSet');
    expect(statefulSet.spec.volumeClaimTemplates).toEqual([
      {
        metadata: { name: 'data' },
        spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'fast', resources: { requests: { storage: '1536Mi' } } },
      },
    ]);
    expect(statefulSet.spec.persistentVolumeClaimRetentionPolicy).toEqual({ whenDeleted: 'Retain', whenScaled: 'Delete' });
    const spec = podSpecOf(statefulSet);
    expect(spec.volumes.map((v: any) => v.name)).toEqual(['scratch']);
    expect(spec.containers[0].volumeMounts).toEqual([{ name: 'data', mountPath: '/var/lib/db', readOnly: false }]);
  });

  test('claims are written in whole GiB when they are, and without a retention policy unless asked', () => {
    const statefulSet = only(
      build({ controller: Controller.statefulSet({ volumeClaims: [{ name: 'data', storage: Size.gibibytes(10) }] }) }).manifests(),
      'StatefulSet',
    );
    expect(statefulSet.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('10Gi');
    expect(statefulSet.spec.persistentVolumeClaimRetentionPolicy).toBeUndefined();
    expect(podSpecOf(statefulSet).volumes).toBeUndefined();
  });

  test('Job and CronJob pods do not restart in place by default', () => {
    expect(podSpecOf(only(build({ controller: Controller.job() }).manifests(), 'Job')).restartPolicy).toBe('Never');
    const cron = only(build({ controller: Controller.cronJob({ schedule: '*/5 * * * *' }) }).manifests(), 'CronJob');
    expect(cron.spec.schedule).toBe('*/5 * * * *');
    expect(podSpecOf(cron).restartPolicy).toBe('Never');
  });

  test('a user namespace of its own: hostUsers false on the pod and its migration Job, and a warning of the 1.28 gate', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const all = build({
        userNamespace: true,
        extensions: [new Migration({ mode: MigrationMode.JOB, command: ['migrate'] })],
      }).manifests();
      expect(podSpecOf(only(all, 'Deployment')).hostUsers).toBe(false);
      expect(podSpecOf(only(all, 'Job')).hostUsers).toBe(false);
      const gate = warn.mock.calls.map(([message]) => String(message)).filter((message) => message.includes('UserNamespacesSupport'));
      expect(gate).toHaveLength(2);
      expect(gate[0]).toMatch(/^warning: test\/Web: Deployment "web": the pod asks for a user namespace of its own/);
      expect(podSpecOf(only(build().manifests(), 'Deployment')).hostUsers).toBeUndefined();
    } finally {
      warn.mockRestore();
    }
  });

  test('a bare Pod is an explicit opt-in, recorded on the pod and warned about at synth', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const pod = only(build({ controller: Controller.barePod({ reason: 'debugging' }) }).manifests(), 'Pod');
      expect(pod.metadata.annotations).toMatchObject({
        'pod-patterns.io/allow-bare-pod': 'true',
        'pod-patterns.io/bare-pod-reason': 'debugging',
      });
      const bare = warn.mock.calls.map(([message]) => String(message)).filter((message) => message.includes('bare Pod'));
      expect(bare).toHaveLength(1);
      expect(bare[0]).toMatch(/^warning: test\/Web: "web" is a bare Pod \(reason: debugging\)/);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('pod spec sections', () => {
  test('scheduling, DNS, security context and PID namespace sharing are typed and rendered', () => {
    const { manifests } = build({
      scheduling: {
        nodeSelector: { disktype: 'ssd' },
        tolerations: [{ key: 'dedicated', value: 'gpu', effect: kplus.TaintEffect.NO_SCHEDULE }, { key: 'spot' }],
      },
      dns: { policy: kplus.DnsPolicy.CLUSTER_FIRST, hostname: 'myapp', subdomain: 'default' },
      security: { fsGroup: 2000 },
      shareProcessNamespace: true,
    });
    const spec = podSpecOf(only(manifests(), 'Deployment'));
    expect(spec.nodeSelector).toEqual({ disktype: 'ssd' });
    expect(spec.tolerations).toEqual([
      { key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' },
      { key: 'spot', operator: 'Exists' },
    ]);
    expect(spec).toMatchObject({ dnsPolicy: 'ClusterFirst', hostname: 'myapp', subdomain: 'default', shareProcessNamespace: true });
    expect(spec.securityContext).toMatchObject({ runAsNonRoot: true, fsGroup: 2000 });
  });

  test('PID namespace is not shared unless asked for, as in Kubernetes', () => {
    expect(podSpecOf(only(build().manifests(), 'Deployment')).shareProcessNamespace).toBeUndefined();
  });

  test('nodeSelector reaches the pod spec of a CronJob and of a bare Pod', () => {
    for (const controller of [Controller.cronJob({ schedule: '0 * * * *' }), Controller.barePod({ reason: 'test' })]) {
      const spec = podSpecOf(workloadOf(build({ controller, scheduling: { nodeSelector: { zone: 'a' } } }).manifests()));
      expect(spec.nodeSelector).toEqual({ zone: 'a' });
    }
  });

  test('resources are written as stated', () => {
    const { manifests } = build({
      app: { image: 'myapp:1.0', resources: { cpu: { request: '500m', limit: '1' }, memory: { request: '256Mi', limit: '512Mi' } } },
    });
    const [container] = podSpecOf(only(manifests(), 'Deployment')).containers;
    expect(container.resources).toEqual({ requests: { cpu: '500m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } });
  });
});

describe('sidecars', () => {
  test('the log shipper reads the app logs read-only; the app writes them', () => {
    const chart = newChart();
    new SidecarPod(chart, 'Web', { app: { image: 'myapp:1.0' }, sidecars: [Sidecar.logShipper()] });
    const spec = podSpecOf(only(synth(chart), 'Deployment'));
    const [app, shipper] = spec.containers;
    expect(app.volumeMounts).toEqual([{ name: 'logs', mountPath: '/var/log/app', readOnly: false }]);
    expect(shipper.name).toBe('log-shipper');
    expect(shipper.image).toBe('fluent/fluentd:v1.16-1');
    expect(shipper.volumeMounts.find((m: any) => m.name === 'logs')).toEqual({ name: 'logs', mountPath: '/var/log/app', readOnly: true });
    expect(spec.volumes).toContainEqual({ name: 'logs', emptyDir: {} });
  });

  // A native sidecar is a helper that starts earlier: it reads what the app writes just as a
  // classic one does, so it gets the same read-only default. Init steps and the app write.
  test.each([
    [ContainerRole.HELPER, true],
    [ContainerRole.NATIVE_SIDECAR, true],
    [ContainerRole.INIT, false],
  ])(
    'mounts of a container of role %s default to readOnly: %s; a stated mode wins, whether mounted with the container or later',
    (role, readOnly) => {
      const { pod, manifests } = build({ sharedVolumes: [{ name: 'shared' }, { name: 'later' }] });
      pod.addContainer({ name: 'stated-rw', image: 'x:1.0', volumeMounts: [{ volume: 'shared', path: '/rw', readOnly: false }] }, role);
      pod.addContainer({ name: 'stated-ro', image: 'x:1.0', volumeMounts: [{ volume: 'shared', path: '/ro', readOnly: true }] }, role);
      pod.addContainer({ name: 'unstated', image: 'x:1.0', volumeMounts: [{ volume: 'shared', path: '/in' }] }, role);
      pod.addMount('unstated', { volume: 'later', path: '/later' });
      const spec = podSpecOf(only(manifests(), 'Deployment'));
      const mounts = (name: string) =>
        [...spec.containers, ...(spec.initContainers ?? [])].find((c: any) => c.name === name).volumeMounts.map((m: any) => m.readOnly);
      expect(mounts('stated-rw')).toEqual([false]);
      expect(mounts('stated-ro')).toEqual([true]);
      expect(mounts('unstated')).toEqual([readOnly, readOnly]);
    },
  );

  test('a native Sidecar reads the volumes it mounts without saying so, as a classic one does', () => {
    for (const nativeSidecar of [false, true]) {
      const chart = newChart();
      new SidecarPod(chart, 'Web', {
        app: { image: 'myapp:1.0', volumeMounts: [{ volume: 'shared', path: '/out' }] },
        sharedVolumes: [{ name: 'shared' }],
        sidecars: [new Sidecar({ name: 'reader', image: 'reader:1.0', nativeSidecar, volumeMounts: [{ volume: 'shared', path: '/in' }] })],
      });
      const spec = podSpecOf(only(synth(chart), 'Deployment'));
      const reader = [...spec.containers, ...(spec.initContainers ?? [])].find((c: any) => c.name === 'reader');
      expect({ nativeSidecar, restartPolicy: reader.restartPolicy, mounts: reader.volumeMounts }).toEqual({
        nativeSidecar,
        restartPolicy: nativeSidecar ? 'Always' : undefined,
        mounts: [{ name: 'shared', mountPath: '/in', readOnly: true }],
      });
      expect(spec.containers[0].volumeMounts).toEqual([{ name: 'shared', mountPath: '/out', readOnly: false }]);
    }
  });

  // The sidecar reads its configuration once at start; one that could rewrite it would run on
  // something else than the reviewed ConfigMap after its next restart.
  test('configuration files are mounted read-only from their ConfigMap, into a classic or a native sidecar', () => {
    for (const nativeSidecar of [false, true]) {
      const chart = newChart();
      new SidecarPod(chart, 'Web', {
        app: { image: 'myapp:1.0' },
        sidecars: [
          new Sidecar({
            name: 'proxy',
            image: 'proxy:1.0',
            nativeSidecar,
            config: { volume: 'proxy-config', path: '/etc/proxy', files: { 'proxy.conf': 'listen 9000' } },
          }),
        ],
      });
      const manifests = synth(chart);
      const spec = podSpecOf(only(manifests, 'Deployment'));
      const proxy = [...spec.containers, ...(spec.initContainers ?? [])].find((c: any) => c.name === 'proxy');
      expect({ nativeSidecar, mounts: proxy.volumeMounts }).toEqual({
        nativeSidecar,
        mounts: [{ name: 'proxy-config', mountPath: '/etc/proxy', readOnly: true }],
      });
      expect(spec.volumes).toContainEqual({ name: 'proxy-config', configMap: { name: 'web-proxy' } });
      expect(only(manifests, 'ConfigMap').data).toEqual({ 'proxy.conf': 'listen 9000' });
    }
  });

  test('a native sidecar is an init container with restartPolicy Always', () => {
    const chart = newChart();
    new SidecarPod(chart, 'Web', { app: { image: 'myapp:1.0' }, sidecars: [Sidecar.logShipper({ nativeSidecar: true })] });
    const spec = podSpecOf(only(synth(chart), 'Deployment'));
    expect(spec.containers.map((c: any) => c.name)).toEqual(['app']);
    expect(spec.initContainers).toHaveLength(1);
    expect(spec.initContainers[0]).toMatchObject({ name: 'log-shipper', restartPolicy: 'Always' });
  });

  test('sidecars and other extensions compose in one pod', () => {
    const chart = newChart();
    const pod = new SidecarPod(chart, 'Web', {
      app: { image: 'myapp:1.0' },
      sidecars: [Sidecar.logShipper()],
      extensions: [new Sidecar({ name: 'proxy', image: 'envoyproxy/envoy:v1.28.0', ports: [{ number: 15001 }] })],
    });
    pod.addContainer(
      { name: 'wait-for-db', image: 'busybox:1.36', command: ['sh', '-c', 'until nc -z db 5432; do sleep 2; done'] },
      ContainerRole.INIT,
    );
    const spec = podSpecOf(only(synth(chart), 'Deployment'));
    expect(spec.containers.map((c: any) => c.name)).toEqual(['app', 'log-shipper', 'proxy']);
    expect(spec.initContainers.map((c: any) => c.name)).toEqual(['wait-for-db']);
  });
});

describe('QoS presets', () => {
  test('a Guaranteed preset sizes every container, sidecars and init containers included', () => {
    const { pod, manifests } = build({
      qos: QosPreset.guaranteed({ size: ResourceSize.MEDIUM, helperSize: ResourceSize.MICRO }),
      extensions: [Sidecar.logShipper()],
    });
    pod.addContainer({ name: 'init', image: 'busybox:1.36' }, ContainerRole.INIT);
    const deployment = only(manifests(), 'Deployment');
    const spec = podSpecOf(deployment);
    expect(spec.containers[0].resources).toEqual({ requests: { cpu: '500m', memory: '512Mi' }, limits: { cpu: '500m', memory: '512Mi' } });
    for (const helper of [spec.containers[1], spec.initContainers[0]]) {
      expect(helper.resources).toEqual({ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '100m', memory: '128Mi' } });
    }
    expect(podMetadataOf(deployment).annotations[PodAnnotations.QOS_CLASS]).toBe('Guaranteed');
  });

  test('a Burstable preset may leave CPU limits off', () => {
    const { manifests } = build({ qos: QosPreset.burstable({ size: ResourceSize.SMALL, cpuLimit: false }) });
    const deployment = only(manifests(), 'Deployment');
    expect(podSpecOf(deployment).containers[0].resources).toEqual({
      requests: { cpu: '250m', memory: '256Mi' },
      limits: { memory: '512Mi' },
    });
    expect(podMetadataOf(deployment).annotations[PodAnnotations.QOS_CLASS]).toBe('Burstable');
  });

  test("chart-wide defaults apply to pods that choose nothing; a pod's own preset wins", () => {
    const chart = newChart();
    PodDefaults.set(chart, { qos: QosPreset.guaranteed({ size: ResourceSize.NANO }) });
    new AppPod(chart, 'A', { app: { image: 'a:1' } });
    new AppPod(chart, 'B', { app: { image: 'b:1' }, qos: QosPreset.bestEffort() });
    const [a, b] = synth(chart).filter((m) => m.kind === 'Deployment');
    expect(podSpecOf(a).containers[0].resources.limits).toEqual({ cpu: '50m', memory: '64Mi' });
    expect(podMetadataOf(b).annotations[PodAnnotations.QOS_CLASS]).toBe('BestEffort');
  });

  test('a container may pick another size of the ladder', () => {
    const { manifests } = build({
      qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }),
      app: { image: 'myapp:1.0', size: ResourceSize.XXLARGE },
    });
    expect(podSpecOf(only(manifests(), 'Deployment')).containers[0].resources.limits).toEqual({ cpu: '4', memory: '4096Mi' });
  });

  test('synth fails when a sidecar with its own resources breaks the Guaranteed class, naming container and resource', () => {
    const { pod, chart } = build({ qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }) });
    pod.addContainer({
      name: 'proxy',
      image: 'proxy:1.0',
      resources: { cpu: { request: '100m', limit: '200m' }, memory: { limit: '64Mi' } },
    });
    const error = errorOf(() => synth(chart));
    expect(error.code).toBe('qos-mismatch');
    expect(error.message).toContain('test/Web: the pod asks for QoS class Guaranteed but Kubernetes will class it Burstable');
    expect(error.message).toContain('container "proxy" has cpu request 100m below its limit 200m');
    expect(error.message).not.toContain('memory limit');
    expect(error.message).toMatch(/Fix: /);
  });

  // The kubelet counts init containers, native sidecars among them, for the pod's class: one whose
  // request is below its limit makes the pod Burstable, whatever the regular containers say.
  test.each([ContainerRole.INIT, ContainerRole.NATIVE_SIDECAR])(
    'synth fails when an init container (%s) with a request below its limit breaks Guaranteed',
    (role) => {
      const { pod, chart } = build({ qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }) });
      pod.addContainer(
        { name: 'prepare', image: 'prepare:1.0', resources: { cpu: { request: '100m', limit: '200m' }, memory: { limit: '64Mi' } } },
        role,
      );
      const error = errorOf(() => synth(chart));
      expect(error.code).toBe('qos-mismatch');
      expect(error.message).toContain('test/Web: the pod asks for QoS class Guaranteed but Kubernetes will class it Burstable');
      expect(error.message).toContain('container "prepare" has cpu request 100m below its limit 200m');
    },
  );

  test.each([ContainerRole.INIT, ContainerRole.NATIVE_SIDECAR])(
    'without a preset, an init container (%s) with a request below its limit makes the annotation Burstable, as the kubelet says',
    (role) => {
      const equal = { cpu: { request: '250m', limit: '250m' }, memory: { request: '256Mi', limit: '256Mi' } };
      const { pod, manifests } = build({ app: { image: 'myapp:1.0', resources: equal } });
      pod.addContainer({ name: 'prepare', image: 'prepare:1.0', resources: { ...equal, cpu: { request: '100m', limit: '200m' } } }, role);
      const deployment = only(manifests(), 'Deployment');
      expect(podSpecOf(deployment).initContainers[0].resources.requests.cpu).toBe('100m');
      expect(kubeletQos(podContainersWithInjected(deployment))).toBe('Burstable');
      expect(podMetadataOf(deployment).annotations[PodAnnotations.QOS_CLASS]).toBe('Burstable');
    },
  );

  test('synth fails when a container without limits breaks Guaranteed', () => {
    const { pod, chart } = build({ qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }) });
    pod.addContainer({ name: 'agent', image: 'agent:1.0', resources: { cpu: { request: '10m' } } });
    const error = errorOf(() => synth(chart));
    expect(error.message).toContain('container "agent" has no cpu limit; container "agent" has no memory limit');
  });

  test('synth fails when BestEffort is asked for but a container sets resources', () => {
    const { pod, chart } = build({ qos: QosPreset.bestEffort() });
    pod.addContainer({ name: 'agent', image: 'agent:1.0', resources: { memory: { request: '10Mi' } } });
    expect(errorOf(() => synth(chart)).message).toContain('container "agent" sets a memory request');
  });

  test('synth fails when Burstable is asked for but every container is Guaranteed', () => {
    const { chart } = build({
      qos: QosPreset.burstable({ size: ResourceSize.SMALL }),
      app: { image: 'myapp:1.0', resources: { cpu: { limit: '1' }, memory: { limit: '1Gi' } } },
    });
    const error = errorOf(() => synth(chart));
    expect(error.code).toBe('qos-mismatch');
    expect(error.message).toContain('asks for QoS class Burstable but Kubernetes will class it Guaranteed');
  });
});

describe('PodDisruptionBudget', () => {
  test('defaults to maxUnavailable 1 and AlwaysAllow for two or more replicas', () => {
    const pdb = only(build().manifests(), 'PodDisruptionBudget');
    expect(pdb.apiVersion).toBe('policy/v1');
    expect(pdb.spec).toMatchObject({ maxUnavailable: 1, unhealthyPodEvictionPolicy: 'AlwaysAllow' });
  });

  test('no default budget for a single replica, a DaemonSet or a Job', () => {
    for (const controller of [Controller.deployment({ replicas: 1 }), Controller.daemonSet(), Controller.job()]) {
      expect(
        build({ controller })
          .manifests()
          .filter((m) => m.kind === 'PodDisruptionBudget'),
      ).toEqual([]);
    }
  });

  test('minAvailable 2 of 3 replicas is allowed; percentages are written as such', () => {
    const pdb = only(
      build({ controller: Controller.deployment({ replicas: 3 }), disruptionBudget: DisruptionBudget.minAvailable(2) }).manifests(),
      'PodDisruptionBudget',
    );
    expect(pdb.spec.minAvailable).toBe(2);
    const percent = only(build({ disruptionBudget: DisruptionBudget.maxUnavailablePercent(25) }).manifests(), 'PodDisruptionBudget');
    expect(percent.spec.maxUnavailable).toBe('25%');
  });

  test.each([
    ['minAvailable 2 of 2 replicas', Controller.deployment({ replicas: 2 }), DisruptionBudget.minAvailable(2)],
    ['minAvailable 3 of 2 replicas', Controller.deployment({ replicas: 2 }), DisruptionBudget.minAvailable(3)],
    ['minAvailable 100%', Controller.deployment({ replicas: 5 }), DisruptionBudget.minAvailablePercent(100)],
    ['minAvailable 60% of 2 replicas (rounds up to 2)', Controller.deployment({ replicas: 2 }), DisruptionBudget.minAvailablePercent(60)],
    ['maxUnavailable 0', Controller.deployment({ replicas: 4 }), DisruptionBudget.maxUnavailable(0)],
    ['maxUnavailable 0%', Controller.statefulSet({ replicas: 4 }), DisruptionBudget.maxUnavailablePercent(0)],
    // One replica is where a budget most often blocks every drain: its only pod may never go.
    ['minAvailable 1 of 1 replica', Controller.deployment({ replicas: 1 }), DisruptionBudget.minAvailable(1)],
    ['minAvailable 1 of a StatefulSet of its default 1 replica', Controller.statefulSet(), DisruptionBudget.minAvailable(1)],
    ['maxUnavailable 0 of 1 replica', Controller.deployment({ replicas: 1 }), DisruptionBudget.maxUnavailable(0)],
    ['maxUnavailable 0% of 1 replica', Controller.deployment({ replicas: 1 }), DisruptionBudget.maxUnavailablePercent(0)],
    ['minAvailable 1% of 1 replica (rounds up to 1)', Controller.deployment({ replicas: 1 }), DisruptionBudget.minAvailablePercent(1)],
  ])('a budget that blocks every eviction fails synth: %s', (_, controller, disruptionBudget) => {
    const error = errorOf(() => build({ controller, disruptionBudget }));
    expect(error.code).toBe('pdb-blocks-eviction');
    expect(error.message).toMatch(
      /^test\/Web: the PodDisruptionBudget .* allows no voluntary eviction, so every node drain blocks\. Fix: /,
    );
  });

  test.each([
    ['maxUnavailable 1', DisruptionBudget.maxUnavailable(1)],
    ['maxUnavailable 1% (rounds up to 1)', DisruptionBudget.maxUnavailablePercent(1)],
    ['minAvailable 0', DisruptionBudget.minAvailable(0)],
    ['minAvailable 0%', DisruptionBudget.minAvailablePercent(0)],
  ])('a single replica may carry a budget that lets its pod go: %s', (_, disruptionBudget) => {
    const pdb = only(build({ controller: Controller.deployment({ replicas: 1 }), disruptionBudget }).manifests(), 'PodDisruptionBudget');
    expect(pdb.spec[disruptionBudget.bound]).toBe(disruptionBudget.isPercent ? `${disruptionBudget.amount}%` : disruptionBudget.amount);
  });

  test.each([
    [Controller.daemonSet()],
    [Controller.job()],
    [Controller.cronJob({ schedule: '0 0 * * *' })],
    [Controller.barePod({ reason: 'x' })],
  ])('a budget on a controller it cannot protect fails synth (%#)', (controller) => {
    expect(errorOf(() => build({ controller, disruptionBudget: DisruptionBudget.maxUnavailable(1) })).code).toBe(
      'pdb-unsupported-controller',
    );
  });

  test.each([[DisruptionBudget.minAvailable(-1)], [DisruptionBudget.maxUnavailable(1.5)], [DisruptionBudget.maxUnavailablePercent(120)]])(
    'a malformed budget fails synth (%#)',
    (disruptionBudget) => {
      expect(errorOf(() => build({ controller: Controller.deployment({ replicas: 3 }), disruptionBudget })).code).toBe('invalid-pdb');
    },
  );

  test('DisruptionBudget.none() opts out', () => {
    expect(
      build({ disruptionBudget: DisruptionBudget.none() })
        .manifests()
        .filter((m) => m.kind === 'PodDisruptionBudget'),
    ).toEqual([]);
  });
});

describe('props a transpiler without type-checking lets through', () => {
  test('a misspelt option is refused with the name it probably meant, wherever it is', () => {
    const cases: Array<[() => unknown, string, string]> = [
      [
        () => build({ controller: Controller.deployment({ replica: 3 } as never) }),
        'test/Web',
        'the controller options has no prop "replica". Fix: write "replicas"',
      ],
      [
        () => build({ controller: Controller.job({ activeDeadline: Duration.millis(1500) }) }),
        'test/Web',
        "the controller's activeDeadline of 1500 ms is not a whole, non-negative number of seconds",
      ],
      [
        () => build({ qos: QosPreset.guaranteed({ size: ResourceSize.SMALL, helpersize: ResourceSize.NANO } as never) }),
        'QosPreset.guaranteed',
        'Fix: write "helperSize"',
      ],
      [
        () => build({ app: { image: 'myapp:1.0', ports: [{ number: 8080, nmae: 'http' } as never] } }),
        'test/Web',
        'a port of container "app" has no prop "nmae". Fix: write "name"',
      ],
      [
        () => build({ scheduling: { nodeSelecter: { disktype: 'ssd' } } as never }),
        'test/Web',
        'scheduling has no prop "nodeSelecter". Fix: write "nodeSelector"',
      ],
      [() => build({ terminationGrace: 30 } as never), 'test/Web', 'the pod has no prop "terminationGrace"'],
    ];
    for (const [fn, path, message] of cases) {
      const error = errorOf(fn);
      expect(['unknown-prop', 'invalid-duration']).toContain(error.code);
      expect(error.path).toBe(path);
      expect(error.message).toContain(message);
    }
  });

  test('a pattern pod knows its own props and the core ones', () => {
    const chart = newChart();
    expect(
      () => new SidecarPod(chart, 'Ok', { app: { image: 'myapp:1.0' }, sidecars: [Sidecar.logShipper()], component: 'web' }),
    ).not.toThrow();
    const error = errorOf(() => new SidecarPod(newChart(), 'Web', { app: { image: 'myapp:1.0' }, sidecar: [] } as never));
    expect(error.message).toContain('the pod has no prop "sidecar". Fix: write "sidecars"');
  });
});

describe('pod templates free of construct paths', () => {
  test("no pod carries cdk8s-plus's construct-path label, and moving the construct changes no pod template", () => {
    const templateAt = (wrap: boolean) => {
      const chart = newChart();
      const scope = wrap ? new Construct(chart, 'Moved') : chart;
      new AppPod(scope, 'Web', {
        name: 'web',
        app: { image: 'myapp:1.0', ports: [{ number: 8080 }] },
        controller: Controller.statefulSet(),
      });
      return synth(chart);
    };
    const [here, moved] = [templateAt(false), templateAt(true)];
    expect(JSON.stringify(here)).not.toContain('cdk8s.io/metadata.addr');
    expect(only(moved, 'StatefulSet').spec.template).toEqual(only(here, 'StatefulSet').spec.template);
    expect(only(moved, 'Service').spec.selector).toEqual({ 'app.kubernetes.io/instance': 'web', 'app.kubernetes.io/name': 'web' });
  });

  test('what selects the pods through cdk8s-plus (affinity) uses the stable selector labels', () => {
    const chart = newChart();
    const cache = new AppPod(chart, 'Cache', { app: { image: 'redis:7.2' } });
    const web = new AppPod(chart, 'Web', { app: { image: 'myapp:1.0' } });
    web.scheduling.colocate(cache.workload);
    const affinity = podSpecOf(
      only(
        synth(chart).filter((m) => m.metadata.name === 'web'),
        'Deployment',
      ),
    ).affinity;
    expect(JSON.stringify(affinity)).toContain('"app.kubernetes.io/name":"cache"');
    expect(JSON.stringify(affinity)).not.toContain('metadata.addr');
  });
});

describe('image pull policy', () => {
  test('as Kubernetes defaults it: IfNotPresent for a pinned image, Always for latest; an explicit policy wins', () => {
    const policy = (image: string, imagePullPolicy?: kplus.ImagePullPolicy) =>
      podSpecOf(only(build({ app: { image, allowLatestTag: true, imagePullPolicy } }).manifests(), 'Deployment')).containers[0]
        .imagePullPolicy;
    expect(policy('myapp:1.0')).toBe('IfNotPresent');
    expect(policy(`myapp@sha256:${'a'.repeat(64)}`)).toBe('IfNotPresent');
    expect(policy('myapp:latest')).toBe('Always');
    expect(policy('myapp')).toBe('Always');
    expect(policy('myapp:1.0', kplus.ImagePullPolicy.ALWAYS)).toBe('Always');
  });
});

describe('adopting a workload that exists', () => {
  test('an explicit selector is what controller, budget and Service select by, and no other prop changes it', () => {
    const adopted = (extra: Partial<AppPodProps> = {}) =>
      build({
        labels: { app: 'reviews', version: 'v1' },
        selector: { app: 'reviews', version: 'v1' },
        controller: Controller.deployment({ replicas: 3 }),
        service: {},
        ...extra,
      }).manifests();
    const all = adopted();
    const selector = { app: 'reviews', version: 'v1' };
    expect(only(all, 'Deployment').spec.selector).toEqual({ matchLabels: selector });
    expect(only(all, 'PodDisruptionBudget').spec.selector).toEqual({ matchLabels: selector });
    expect(only(all, 'Service').spec.selector).toEqual(selector);
    const changed = adopted({
      component: 'backend',
      qos: QosPreset.guaranteed({ size: ResourceSize.LARGE }),
      app: { image: 'myapp:2.0', ports: [{ number: 9090 }] },
    });
    expect(only(changed, 'Deployment').spec.selector).toEqual(only(all, 'Deployment').spec.selector);
  });

  test('a selector the pod does not match, or an empty one, is refused', () => {
    const missing = errorOf(() => build({ selector: { app: 'reviews' } }));
    expect(missing.code).toBe('selector-mismatch');
    expect(missing.message).toContain("the selector selects app=reviews, which the pod's labels do not have");
    expect(errorOf(() => build({ selector: {} })).code).toBe('selector-mismatch');
  });

  test('one Service in front of several workloads of one app', () => {
    const chart = newChart();
    for (const version of ['v1', 'v2']) {
      new AppPod(chart, `Reviews-${version}`, {
        labels: { app: 'reviews', version },
        selector: { app: 'reviews', version },
        app: { image: 'reviews:1.0', ports: [{ number: 9080, name: 'http' }] },
        service: version === 'v1' ? { name: 'reviews', selector: { app: 'reviews' } } : undefined,
      });
    }
    const all = synth(chart);
    const service = only(all, 'Service');
    expect(service.metadata.name).toBe('reviews');
    expect(service.spec.selector).toEqual({ app: 'reviews' });
    for (const deployment of all.filter((m) => m.kind === 'Deployment')) {
      expect(deployment.spec.template.metadata.labels).toMatchObject(service.spec.selector);
    }
    const wrong = errorOf(() => build({ service: { selector: { app: 'other' } } }));
    expect(wrong.code).toBe('selector-mismatch');
  });
});
