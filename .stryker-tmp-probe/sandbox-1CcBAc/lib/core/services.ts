// @ts-nocheck
import * as kplus from 'cdk8s-plus-28';
import { ApiObject, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { ContainerPortSpec } from './container';
import { fail } from './errors';
import { PodIdentity, requireSelectorOfPods } from './identity';
import { PropNames } from './props';

/** A Service in front of the pods. */
export interface AppServiceProps {
  /**
   * Service type (`serviceType`, not `type`: Go reserves that word).
   * @default kplus.ServiceType.CLUSTER_IP
   */
  readonly serviceType?: kplus.ServiceType;
  /**
   * Service ports; each targets the app container's port of the same number unless stated.
   * @default - one per app container port
   */
  readonly ports?: kplus.ServicePort[];
  /**
   * The Service's name, for one that fronts several workloads (`reviews` before `reviews-v1`
   * and `reviews-v2`).
   * @default - the app's name
   */
  readonly name?: string;
  /**
   * Labels the Service selects pods by, when it fronts several workloads of one app (bookinfo's
   * `reviews` selects `app: reviews`, every version). This pod must have them.
   * @default - the pod's selector
   */
  readonly selector?: Record<string, string>;
}

/** The prop names of {@link AppServiceProps}, checked at run time (see `checkProps`). */
export const APP_SERVICE_PROPS_NAMES: PropNames<AppServiceProps> = { serviceType: true, ports: true, name: true, selector: true };

/** The Service in front of the app's pods, targeting only ports the app container declares. */
export function createService(
  scope: Construct,
  identity: PodIdentity,
  props: AppServiceProps,
  appPorts: readonly kplus.ContainerPort[],
): kplus.Service {
  const ports = props.ports ?? appPorts.map((p) => ({ port: p.number, targetPort: p.number, name: p.name, protocol: p.protocol }));
  if (ports.length === 0) {
    fail(
      scope,
      'service-without-port',
      'a Service was asked for, but the app declares no port and the Service none',
      'give the app container a port or the Service `ports`',
    );
  }
  for (const port of ports) {
    const target = port.targetPort ?? port.port;
    if (!appPorts.some((p) => p.number === target)) {
      fail(
        scope,
        'service-target-port',
        `Service port ${port.port} targets port ${target}, which the app container does not declare`,
        `target one of ${appPorts.map((p) => p.number).join(', ') || "the app's ports (it has none)"}`,
      );
    }
  }
  if (props.selector) {
    requireSelectorOfPods(scope, 'the Service selector', props.selector, identity.labels);
  }
  const service = new kplus.Service(scope, 'Service', {
    metadata: { name: props.name ?? identity.name, labels: identity.labels },
    type: props.serviceType,
    ports,
  });
  for (const [key, value] of Object.entries(props.selector ?? identity.selectorLabels)) {
    service.selectLabel(key, value);
  }
  return service;
}

/** A StatefulSet's headless Service `<name>-headless`, which gives each pod its stable DNS name. */
export function createHeadlessService(scope: Construct, identity: PodIdentity, appPorts: readonly ContainerPortSpec[]): kplus.Service {
  if (appPorts.length === 0) {
    fail(
      scope,
      'statefulset-without-port',
      'a StatefulSet needs a headless Service, and a Service needs a port, but the app declares none',
      'give the app container a port',
    );
  }
  const service: kplus.Service = new kplus.Service(scope, 'HeadlessService', {
    metadata: { name: `${identity.name}-headless`, labels: identity.labels },
    clusterIP: 'None',
    ports: appPorts.map((p) => ({ port: p.number, targetPort: p.number, name: p.name, protocol: p.protocol })),
  });
  selectPods(service, identity);
  // The StatefulSet adds its pods' construct-path label to this selector; the pods no longer carry it.
  ApiObject.of(service).addJsonPatch(JsonPatch.remove('/spec/selector/cdk8s.io~1metadata.addr'));
  return service;
}

function selectPods(service: kplus.Service, identity: PodIdentity): void {
  for (const [key, value] of Object.entries(identity.selectorLabels)) {
    service.selectLabel(key, value);
  }
}
