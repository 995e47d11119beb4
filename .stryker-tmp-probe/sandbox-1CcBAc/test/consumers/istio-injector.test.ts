/**
 * The mesh pattern's annotations, read the way Istio's sidecar injector reads them: its
 * `resources` template (manifests/charts/istio-control/istio-discovery/files/injection-template.yaml)
 * gives istio-init and istio-proxy the annotated `sidecar.istio.io/proxyCPU`, `proxyMemory`,
 * `proxyCPULimit` and `proxyMemoryLimit` when any of the four is set, and only those; otherwise
 * `global.proxy.resources` (100m/128Mi requests, 2/1Gi limits). The pod's recorded QoS class must
 * be the one the kubelet computes once both are injected, for every preset and proxy size.
 */
// @ts-nocheck

import { ApiObject } from 'cdk8s';
import { AppPod, IstioSidecar, PodAnnotations, QosPreset, ResourceSize } from '../../lib';
import { istioProxyResources } from '../../lib/rules';
import { kubeletQos, ManifestResources } from '../kubelet-qos';
import { nanoValue } from '../oracle/quantity';
import { errorOf, newChart, podMetadataOf, podSpecOf, synth } from '../util';

const GLOBAL_PROXY_RESOURCES = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2000m', memory: '1024Mi' } };

/** The template's `resources` block, for the pod's annotations. */
function injectorResources(annotations: Record<string, string>): ManifestResources {
  const key = (name: string) => `sidecar.istio.io/${name}`;
  const isset = (name: string) => key(name) in annotations;
  if (!['proxyCPU', 'proxyMemory', 'proxyCPULimit', 'proxyMemoryLimit'].some(isset)) {
    return GLOBAL_PROXY_RESOURCES;
  }
  const pick = (cpu: string, memory: string) =>
    Object.fromEntries([
      ...(isset(cpu) ? [['cpu', annotations[key(cpu)]]] : []),
      ...(isset(memory) ? [['memory', annotations[key(memory)]]] : []),
    ]);
  return {
    ...(isset('proxyCPU') || isset('proxyMemory') ? { requests: pick('proxyCPU', 'proxyMemory') } : {}),
    ...(isset('proxyCPULimit') || isset('proxyMemoryLimit') ? { limits: pick('proxyCPULimit', 'proxyMemoryLimit') } : {}),
  };
}

const app = { image: 'myapp:1.0', ports: [{ number: 8080, name: 'http' }] };
const presets: Array<[string, QosPreset | undefined]> = [
  ['no preset', undefined],
  ['BestEffort', QosPreset.bestEffort()],
  ['Guaranteed', QosPreset.guaranteed({ size: ResourceSize.SMALL, helperSize: ResourceSize.MICRO })],
  ['Burstable', QosPreset.burstable({ size: ResourceSize.SMALL })],
  ['Burstable without CPU limits', QosPreset.burstable({ size: ResourceSize.SMALL, cpuLimit: false })],
];
const sizes: Array<[string, ResourceSize | undefined]> = [
  ['no proxySize', undefined],
  ['proxySize LARGE', ResourceSize.LARGE],
];
const cases = presets.flatMap(([presetName, qos]) =>
  sizes.map(([sizeName, proxySize]) => [`${presetName}, ${sizeName}`, qos, proxySize] as const),
);

/** The pod's workload as rendered, without the QoS validation (which refuses a BestEffort mesh pod). */
function render(qos: QosPreset | undefined, proxySize: ResourceSize | undefined) {
  const chart = newChart();
  const pod = new AppPod(chart, 'Web', { app, qos, extensions: [new IstioSidecar({ proxySize })] });
  const deployment = ApiObject.of(pod.workload).toJson();
  return { chart, metadata: podMetadataOf(deployment), spec: podSpecOf(deployment) };
}

describe('the injected proxy as Istio sizes it', () => {
  test.each(cases)('%s: the recorded QoS class is the kubelet’s once the proxy is injected', (_, qos, proxySize) => {
    const { metadata, spec } = render(qos, proxySize);
    const proxy = injectorResources(metadata.annotations ?? {});
    const rendered = [...spec.containers, ...(spec.initContainers ?? [])].map((c: any) => c.resources ?? {});
    expect(metadata.annotations[PodAnnotations.QOS_CLASS]).toBe(kubeletQos([...rendered, proxy, proxy]));
  });

  test.each(cases.filter(([, , size]) => size))('%s: the annotations carry the size asked for', (_, qos, proxySize) => {
    const { metadata } = render(qos, proxySize);
    // The size's own numbers, read back through the oracle's quantity parser.
    const { cpu, memory } = injectorResources(metadata.annotations).requests!;
    expect([nanoValue(cpu), nanoValue(memory)]).toEqual([
      BigInt(proxySize!.cpuMillis) * 1_000_000n,
      BigInt(proxySize!.memoryMebibytes) * 2n ** 20n * 1_000_000_000n,
    ]);
  });

  test('BestEffort with an explicit proxySize: the proxy gets that size, so synth refuses the BestEffort class', () => {
    const { chart, metadata } = render(QosPreset.bestEffort(), ResourceSize.NANO);
    expect(injectorResources(metadata.annotations)).toEqual({
      requests: { cpu: '50m', memory: '64Mi' },
      limits: { cpu: '50m', memory: '64Mi' },
    });
    // The app has no resources (BestEffort sizes nothing), the proxy has: Burstable.
    expect(metadata.annotations[PodAnnotations.QOS_CLASS]).toBe('Burstable');
    const error = errorOf(() => synth(chart));
    expect(error.code).toBe('qos-mismatch');
    expect(error.message).toContain('asks for QoS class BestEffort but Kubernetes will class it Burstable');
    expect(error.message).toContain('container "istio-proxy"');
  });

  test('the rules read the annotations as the template does', () => {
    for (const annotations of <Array<Record<string, string>>>[
      {},
      { 'sidecar.istio.io/proxyCPU': '200m' },
      { 'sidecar.istio.io/proxyMemoryLimit': '256Mi' },
      { 'sidecar.istio.io/proxyCPU': '200m', 'sidecar.istio.io/proxyCPULimit': '1', 'sidecar.istio.io/proxyMemory': '1Gi' },
    ]) {
      const library = istioProxyResources(annotations);
      const template = injectorResources(annotations);
      expect(kubeletQos([library])).toBe(kubeletQos([template]));
      expect(Object.keys(library.requests).sort()).toEqual(Object.keys(template.requests ?? {}).sort());
      expect(Object.keys(library.limits).sort()).toEqual(Object.keys(template.limits ?? {}).sort());
    }
  });
});
