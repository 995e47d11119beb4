/**
 * The mesh pattern at its edges: what each option writes and what it leaves out, the ProxyConfig
 * merge, the explicit proxy container and the warnings the pattern prints at synth (found
 * untested by the mutation run: tests covered each option switched on, not off).
 */
// @ts-nocheck

import { AppPod, AppPodProps, IstioSidecar, IstioSidecarProps, PodAnnotations, Sidecar } from '../lib';
import { newChart, ofKind, only, podMetadataOf, podSpecOf, synth, warningsSaid } from './util';

function mesh(mesh: IstioSidecarProps, props: Partial<AppPodProps> = {}, extra: Sidecar[] = []): { manifests: any[]; warnings: string[] } {
  const chart = newChart();
  new AppPod(chart, 'Web', {
    app: { image: 'myapp:1.0', ports: [{ number: 8080, name: 'http' }] },
    ...props,
    extensions: [new IstioSidecar(mesh), ...extra],
  });
  const manifests = synth(chart);
  const warnings = warningsSaid();
  return { manifests, warnings };
}

const proxyConfig = (manifests: any[]) => podMetadataOf(only(manifests, 'Deployment')).annotations?.['proxy.istio.io/config'];

describe('ProxyConfig: holdApplicationUntilProxyStarts', () => {
  test.each<[string, string | undefined, string]>([
    ['no annotation', undefined, '{"holdApplicationUntilProxyStarts":true}'],
    ['a blank one', '  \n', '{"holdApplicationUntilProxyStarts":true}'],
    ['JSON settings', '{"concurrency":2}', '{"concurrency":2,"holdApplicationUntilProxyStarts":true}'],
    ['JSON that says otherwise', '{"holdApplicationUntilProxyStarts":false}', '{"holdApplicationUntilProxyStarts":false}'],
    ['YAML settings with trailing blank lines', 'concurrency: 2\n\n', 'concurrency: 2\nholdApplicationUntilProxyStarts: true'],
    [
      'YAML that says otherwise',
      'concurrency: 2\nholdApplicationUntilProxyStarts : false',
      'concurrency: 2\nholdApplicationUntilProxyStarts : false',
    ],
    [
      'YAML naming it only inside another key',
      'proxyMetadata:\n  x_holdApplicationUntilProxyStarts: "1"',
      'proxyMetadata:\n  x_holdApplicationUntilProxyStarts: "1"\nholdApplicationUntilProxyStarts: true',
    ],
    ['a JSON list (not settings)', '[1]', '[1]\nholdApplicationUntilProxyStarts: true'],
  ])('with %s, the pod says %j', (_, existing, expected) => {
    const podAnnotations = existing === undefined ? undefined : { 'proxy.istio.io/config': existing };
    expect(proxyConfig(mesh({}, { podAnnotations }).manifests)).toBe(expected);
  });

  test('holdApplicationUntilProxyStarts: false writes no ProxyConfig and leaves a user one as it is', () => {
    expect(proxyConfig(mesh({ holdApplicationUntilProxyStarts: false }).manifests)).toBeUndefined();
    expect(
      proxyConfig(
        mesh({ holdApplicationUntilProxyStarts: false }, { podAnnotations: { 'proxy.istio.io/config': 'concurrency: 2' } }).manifests,
      ),
    ).toBe('concurrency: 2');
  });
});

describe('mTLS', () => {
  test('strictMtls writes a STRICT PeerAuthentication over the pods of the app; without it there is none', () => {
    expect(ofKind(mesh({}).manifests, 'PeerAuthentication')).toEqual([]);
    const [peer] = ofKind(mesh({ strictMtls: true }).manifests, 'PeerAuthentication');
    expect(peer.spec).toEqual({
      selector: { matchLabels: { 'app.kubernetes.io/instance': 'web', 'app.kubernetes.io/name': 'web' } },
      mtls: { mode: 'STRICT' },
    });
    expect(peer.metadata.name).toBe('web');
  });
});

describe('the explicit proxy', () => {
  test('is a helper container with the proxy ports, readiness on /healthz/ready, its writable envoy volume in memory, as user 1337', () => {
    const { manifests, warnings } = mesh({ explicitProxy: true });
    const spec = podSpecOf(only(manifests, 'Deployment'));
    const proxy = spec.containers.find((c: any) => c.name === 'istio-proxy');
    expect(proxy.ports).toEqual([
      { containerPort: 15090, name: 'http-envoy-prom' },
      { containerPort: 15021, name: 'health' },
    ]);
    expect(proxy.readinessProbe.httpGet).toMatchObject({ path: '/healthz/ready', port: 15021 });
    expect(proxy.volumeMounts).toEqual([{ name: 'istio-envoy', mountPath: '/etc/istio/proxy', readOnly: false }]);
    expect(proxy.securityContext).toMatchObject({ runAsUser: 1337, runAsGroup: 1337 });
    expect(proxy.args).toEqual(['proxy', 'sidecar']);
    expect(spec.volumes).toEqual([{ name: 'istio-envoy', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }]);
    expect(podMetadataOf(only(manifests, 'Deployment')).labels['sidecar.istio.io/inject']).toBeUndefined();
    expect(warnings).toContainEqual(
      "warning: test/Web: writes an explicit istio-proxy container: without the injection webhook nothing redirects the pod's traffic through it and it has no mesh identity until configured by other means. Prefer injection",
    );
  });

  test('reuses an istio-envoy volume the pod already declares', () => {
    const spec = podSpecOf(only(mesh({ explicitProxy: true }, { sharedVolumes: [{ name: 'istio-envoy' }] }).manifests, 'Deployment'));
    expect(spec.volumes).toEqual([{ name: 'istio-envoy', emptyDir: {} }]);
  });
});

describe('warnings at synth', () => {
  test('a native sidecar in a mesh pod outlives the proxy at shutdown', () => {
    const { warnings } = mesh({}, {}, [new Sidecar({ name: 'shipper', image: 'fluent:1.0', nativeSidecar: true })]);
    expect(warnings).toContainEqual(
      'warning: test/Web: native sidecar "shipper" stops after the regular containers, istio-proxy among them: whatever it sends out while the pod stops (a log shipper\'s last flush) finds no proxy. ' +
        'Keep its output inside the pod or on stdout, or make it a classic sidecar in a mesh pod',
    );
  });

  test('a classic sidecar in a mesh pod brings no such warning', () => {
    const { warnings } = mesh({}, {}, [new Sidecar({ name: 'shipper', image: 'fluent:1.0' })]);
    expect(warnings.filter((w) => w.includes('stops after the regular containers'))).toEqual([]);
  });

  test.each([
    ['tcp', false],
    ['http', false],
    ['grpc-api', false],
    ['http2', false],
    ['web', true],
    ['httpx', true],
  ])('a Service port named %s: warned that Istio reads it as opaque TCP: %s', (name, warned) => {
    const { warnings } = mesh({}, { app: { image: 'myapp:1.0', ports: [{ number: 8080, name }] }, service: {} });
    expect(warnings.filter((w) => w.includes('Istio picks a port'))).toEqual(
      warned
        ? [
            `warning: test/Web: Service port 8080 is named "${name}": Istio picks a port's protocol from a name like "http" or "grpc-api", and treats other ports as opaque TCP. Name the app container's port accordingly`,
          ]
        : [],
    );
  });
});

test('the security exceptions of a mesh pod name the injected init container unless Istio CNI is in use', () => {
  const exceptions = (cni: boolean) =>
    podMetadataOf(only(mesh({ cni }).manifests, 'Deployment')).annotations[PodAnnotations.SECURITY_EXCEPTIONS];
  expect(exceptions(false)).toContain('istio-init (injected): privileged');
  expect(exceptions(true)).toBeUndefined();
});
