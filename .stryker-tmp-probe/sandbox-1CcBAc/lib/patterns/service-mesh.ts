// @ts-nocheck
import * as kplus from 'cdk8s-plus-28';
import { ApiObject, Size } from 'cdk8s';
import { Construct } from 'constructs';
import { APP_POD_PROPS_NAMES, AppPod, AppPodProps } from '../core/app-pod';
import { IPodExtension } from '../core/extensions';
import { ContainerRole } from '../core/container';
import { warn } from '../core/errors';
import { ContainerSizing, ResourceSize } from '../policies/qos';
import { ContainerResources } from '../policies/resources';
import {
  injectedContainers,
  InjectedContainer,
  ISTIO_DEFAULT_PROXY_RESOURCES,
  ISTIO_INJECT_LABEL,
  ISTIO_PROXY_PORTS,
} from '../rules/injection';
import { checkProps, PropNames } from '../core/props';

/** Properties of an {@link IstioSidecar}. */
export interface IstioSidecarProps {
  /**
   * Require mutual TLS for every connection to the pods, through a `PeerAuthentication`
   * (security.istio.io/v1beta1) with mode STRICT selecting them.
   * @default false
   */
  readonly strictMtls?: boolean;
  /**
   * Start the app only once the proxy is ready (`holdApplicationUntilProxyStarts`), so the app's
   * first connections do not fail while the proxy boots.
   * @default true
   */
  readonly holdApplicationUntilProxyStarts?: boolean;
  /**
   * Size of the proxy, passed to the injector through the `sidecar.istio.io/proxyCPU`/
   * `proxyMemory` (and limit) annotations: shaped by the pod's QoS preset (Guaranteed: requests
   * equal limits; Burstable: limits a multiple of requests); with no preset, or one that sizes
   * nothing (BestEffort), the size itself as requests and limits. A proxy always has resources, so
   * a BestEffort pod in the mesh fails its QoS check either way.
   * @default - the preset's helper size; without a preset (or with BestEffort), Istio's defaults
   * (100m/128Mi requests, 2/1Gi limits)
   */
  readonly proxySize?: ResourceSize;
  /**
   * Write an explicit `istio-proxy` container instead of asking the injection webhook for one.
   * Only for clusters without the webhook, and only with care: without injection there is no
   * `istio-init` to redirect traffic through the proxy, no istiod address, token or CA
   * certificate in the pod, so the proxy must be configured by other means.
   * @default false
   */
  readonly explicitProxy?: boolean;
  /**
   * The cluster runs Istio's CNI plugin, which sets up the traffic redirection itself: the
   * injected istio-init then needs no privileges. Without it, istio-init adds NET_ADMIN and
   * NET_RAW, and the pod is recorded as privileged (namespaces enforcing baseline or restricted
   * refuse it).
   * @default false
   */
  readonly cni?: boolean;
  /**
   * Image of the explicit proxy.
   * @default "istio/proxyv2:1.20.0"
   */
  readonly proxyImage?: string;
}

/** The prop names of {@link IstioSidecarProps}, checked at run time (see `checkProps`). */
export const ISTIO_SIDECAR_PROPS_NAMES: PropNames<IstioSidecarProps> = {
  strictMtls: true,
  holdApplicationUntilProxyStarts: true,
  proxySize: true,
  explicitProxy: true,
  cni: true,
  proxyImage: true,
};

/**
 * A pod in an Istio service mesh. By default the pod asks Istio's injection webhook for its
 * sidecar with the `sidecar.istio.io/inject: "true"` label (namespace-wide injection is the
 * `istio-injection=enabled` namespace label instead), sizes the injected proxy from the pod's
 * QoS preset so a Guaranteed pod stays Guaranteed, reserves the proxy's ports and counts its
 * resources in the QoS check.
 */
export class IstioSidecar implements IPodExtension {
  /** The proxy image of the explicit (webhook-less) istio-proxy container. */
  public static readonly DEFAULT_PROXY_IMAGE = 'istio/proxyv2:1.20.0';

  /** Resources Istio gives an injected proxy unless the pod says otherwise (`global.proxy.resources`). */
  public static readonly DEFAULT_PROXY_RESOURCES: ContainerResources = fromManifest(ISTIO_DEFAULT_PROXY_RESOURCES);

  /** Ports the Istio sidecar listens on in the pod's network namespace. */
  public static readonly PROXY_PORTS: number[] = [...ISTIO_PROXY_PORTS];

  constructor(
    /** How the pod joins the mesh. */
    public readonly props: IstioSidecarProps = {},
  ) {}

  /** Adds the mesh wiring to `pod`. */
  public extend(pod: AppPod): void {
    checkProps(pod, 'the mesh', this.props, ISTIO_SIDECAR_PROPS_NAMES);
    const requested = this.requestedResources(pod);

    if (this.props.explicitProxy) {
      // No injector: the container is rendered as asked; with no size asked and no preset, at Istio's defaults.
      this.addExplicitProxy(pod, requested ?? (pod.qos ? undefined : IstioSidecar.DEFAULT_PROXY_RESOURCES));
    } else {
      pod.addPodLabel(ISTIO_INJECT_LABEL, 'true');
      const annotations: Record<string, string | undefined> = {
        'sidecar.istio.io/proxyCPU': requested?.cpu?.request,
        'sidecar.istio.io/proxyCPULimit': requested?.cpu?.limit,
        'sidecar.istio.io/proxyMemory': requested?.memory?.request,
        'sidecar.istio.io/proxyMemoryLimit': requested?.memory?.limit,
      };
      for (const [key, value] of Object.entries(annotations)) {
        if (value !== undefined) pod.addPodAnnotation(key, value);
      }
      // Declared as the injector will add them, read from the label and annotations just written
      // by the same model the checks of the written YAML use, so the QoS class the pod records is
      // the one the kubelet computes once the proxy is in.
      for (const container of injectedContainers({ labels: { [ISTIO_INJECT_LABEL]: 'true' }, annotations })) {
        pod.declareInjectedContainer({
          name: container.name,
          resources: fromManifest(container.resources),
          ports: [...container.ports],
          // Without Istio's CNI plugin, istio-init rewrites the pod's iptables itself.
          privileges:
            container.init && !this.props.cni
              ? "NET_ADMIN and NET_RAW, to redirect the pod's traffic; install Istio CNI to avoid"
              : undefined,
        });
      }
    }
    if (this.props.holdApplicationUntilProxyStarts ?? true) {
      pod.addPodAnnotation(PROXY_CONFIG, withHoldApplication(pod.podAnnotation(PROXY_CONFIG)));
    }
    if (this.props.strictMtls) {
      new ApiObject(pod as Construct, 'PeerAuthentication', {
        apiVersion: 'security.istio.io/v1beta1',
        kind: 'PeerAuthentication',
        metadata: { name: pod.name, labels: pod.labels },
        spec: { selector: { matchLabels: pod.selectorLabels }, mtls: { mode: 'STRICT' } },
      });
    }
    this.checkServicePortNames(pod);
    if (!this.props.explicitProxy) {
      // What other extensions add (in any order) is known only once the pod is finished.
      pod.node.addValidation({ validate: () => this.warnOfFinishedPod(pod) });
    }
  }

  private warnOfFinishedPod(pod: AppPod): string[] {
    for (const native of pod.containers.filter((c) => c.role === ContainerRole.NATIVE_SIDECAR)) {
      warn(
        pod,
        `native sidecar "${native.name}" stops after the regular containers, istio-proxy among them: whatever it sends out while the pod stops (a log shipper's last flush) finds no proxy. ` +
          'Keep its output inside the pod or on stdout, or make it a classic sidecar in a mesh pod',
      );
    }
    const monitors = pod.node.children.filter(
      (c): c is ApiObject => c instanceof ApiObject && (c.kind === 'PodMonitor' || c.kind === 'ServiceMonitor'),
    );
    if (this.props.strictMtls && monitors.length) {
      warn(
        pod,
        `${monitors.map((m) => m.kind).join(' and ')} scrape the pod's metrics port directly, which STRICT mTLS refuses to a Prometheus outside the mesh. ` +
          'Run Prometheus with an Istio sidecar and its certificates, or allow plaintext on that port with a portLevelMtls PERMISSIVE entry',
      );
    }
    return [];
  }

  private addExplicitProxy(pod: AppPod, resources: ContainerResources | undefined): void {
    warn(
      pod,
      "writes an explicit istio-proxy container: without the injection webhook nothing redirects the pod's traffic " +
        'through it and it has no mesh identity until configured by other means. Prefer injection',
    );
    if (!pod.hasVolume('istio-envoy')) {
      pod.addSharedVolume({ name: 'istio-envoy', medium: kplus.EmptyDirMedium.MEMORY, sizeLimit: Size.mebibytes(64) });
    }
    pod.addContainer(
      {
        name: 'istio-proxy',
        image: this.props.proxyImage ?? IstioSidecar.DEFAULT_PROXY_IMAGE,
        args: ['proxy', 'sidecar'],
        ports: [
          { number: 15090, name: 'http-envoy-prom' },
          { number: 15021, name: 'health' },
        ],
        readiness: kplus.Probe.fromHttpGet('/healthz/ready', { port: 15021 }),
        resources,
        volumeMounts: [{ volume: 'istio-envoy', path: '/etc/istio/proxy', readOnly: false }],
        // The proxy image's user; Istio's own template runs it as 1337 too.
        securityContext: { user: 1337, group: 1337 },
      },
      ContainerRole.HELPER,
    );
  }

  /**
   * What the user asks for the proxy: the preset's shape of `proxySize` (or of its helper size);
   * `proxySize` itself as requests and limits where no preset shapes it; nothing if neither says
   * a size, which leaves the proxy to Istio's defaults.
   */
  private requestedResources(pod: AppPod): ContainerResources | undefined {
    // The preset's helper size may be below what Istio itself asks for its proxy (100m, 128Mi),
    // where Envoy runs out of memory under load: never size it below micro unless asked to.
    const helper = pod.qos?.helperSize;
    const size =
      this.props.proxySize ?? (helper && helper.memoryMebibytes < ResourceSize.MICRO.memoryMebibytes ? ResourceSize.MICRO : helper);
    if (!size) {
      return undefined;
    }
    const shaped = pod.qos?.resourcesFor(ContainerSizing.HELPER, size);
    if (shaped && (shaped.cpu || shaped.memory)) {
      return shaped;
    }
    return { cpu: { request: size.cpu(), limit: size.cpu() }, memory: { request: size.memory(), limit: size.memory() } };
  }

  private checkServicePortNames(pod: AppPod): void {
    const protocols = /^(http|http2|https|grpc|grpc-web|tcp|tls|udp|mongo|mysql|redis)(-|$)/;
    for (const port of pod.service?.ports ?? []) {
      if (!port.name || !protocols.test(port.name)) {
        warn(
          pod,
          `Service port ${port.port} is named "${port.name ?? ''}": Istio picks a port's protocol from a name like "http" or "grpc-api", ` +
            "and treats other ports as opaque TCP. Name the app container's port accordingly",
        );
      }
    }
  }
}

/** Properties of a {@link MeshPod}. */
export interface MeshPodProps extends AppPodProps {
  /**
   * How the pod joins the mesh.
   * @default - injected sidecar, no PeerAuthentication
   */
  readonly mesh?: IstioSidecarProps;
}

/** An app in an Istio service mesh. */
export class MeshPod extends AppPod {
  constructor(scope: Construct, id: string, props: MeshPodProps) {
    checkProps(`${scope.node.path}/${id}`, 'the pod', props, { ...APP_POD_PROPS_NAMES, mesh: true });
    const { mesh, ...rest } = props;
    super(scope, id, { ...rest, extensions: [new IstioSidecar(mesh), ...(rest.extensions ?? [])] });
  }
}

/** Manifest `requests`/`limits` as the library's per-resource amounts. */
function fromManifest(resources: InjectedContainer['resources']): ContainerResources {
  const amounts = (resource: 'cpu' | 'memory') => {
    const request = resources.requests[resource];
    const limit = resources.limits[resource];
    return request === undefined && limit === undefined ? {} : { [resource]: { request, limit } };
  };
  return { ...amounts('cpu'), ...amounts('memory') };
}

const PROXY_CONFIG = 'proxy.istio.io/config';

/**
 * The pod's ProxyConfig annotation with `holdApplicationUntilProxyStarts: true` added: a
 * user's own settings stay (the annotation holds YAML, of which JSON is a form).
 */
function withHoldApplication(existing: string | undefined): string {
  if (existing === undefined || existing.trim() === '') {
    return '{"holdApplicationUntilProxyStarts":true}';
  }
  try {
    const parsed: unknown = JSON.parse(existing);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      // A setting the user wrote wins over the default.
      return 'holdApplicationUntilProxyStarts' in parsed ? existing : JSON.stringify({ ...parsed, holdApplicationUntilProxyStarts: true });
    }
  } catch {
    // Not JSON: YAML, which takes one more top-level key on a line of its own.
  }
  return /^holdApplicationUntilProxyStarts\s*:/m.test(existing)
    ? existing
    : `${existing.replace(/\s*$/, '')}\nholdApplicationUntilProxyStarts: true`;
}
