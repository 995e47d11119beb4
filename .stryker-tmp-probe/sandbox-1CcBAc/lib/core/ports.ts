// @ts-nocheck
import * as kplus from 'cdk8s-plus-28';
import { IConstruct } from 'constructs';
import { ContainerPortSpec } from './container';
import { fail } from './errors';

/**
 * The ports of the pod's one network namespace: every running container (regular containers,
 * native sidecars, injected proxies) listens in it, so a port/protocol belongs to one container.
 */
export class PodPorts {
  private readonly holders = new Map<string, string>();

  constructor(private readonly scope: IConstruct) {}

  /** Claims `ports` for `container`, refusing a port another container (or the same one) has. */
  public claim(container: string, ports: readonly ContainerPortSpec[]): void {
    const own = new Set<string>();
    const names = new Set<string>();
    for (const port of ports) {
      if (!(Number.isInteger(port.number) && port.number >= 1 && port.number <= 65535)) {
        fail(
          this.scope,
          'invalid-port',
          `container "${container}" declares port ${port.number}, outside 1-65535`,
          'use a port number from 1 to 65535',
        );
      }
      if (port.name !== undefined) {
        if (!isPortName(port.name)) {
          fail(
            this.scope,
            'invalid-port-name',
            `container "${container}" names a port "${port.name}", which is not an IANA service name`,
            'use at most 15 lowercase letters, digits and single "-", with at least one letter, e.g. "http"',
          );
        }
        // cdk8s-plus refuses a second port of one name with a bare error; say where and how instead.
        if (names.has(port.name)) {
          fail(
            this.scope,
            'duplicate-port-name',
            `container "${container}" names two ports "${port.name}"; Services and probes refer to a port by its name`,
            'give each port of the container its own name',
          );
        }
        names.add(port.name);
      }
      const key = `${port.number}/${port.protocol ?? kplus.Protocol.TCP}`;
      const holder = this.holders.get(key) ?? (own.has(key) ? container : undefined);
      if (holder) {
        fail(
          this.scope,
          'port-collision',
          `containers "${holder}" and "${container}" both listen on ${key}, but every container of a pod shares one network namespace`,
          `give "${container}" another port`,
        );
      }
      own.add(key);
    }
    for (const key of own) {
      this.holders.set(key, container);
    }
  }
}

/** Whether `name` is an IANA service name, as Kubernetes requires of port names. */
export function isPortName(name: string): boolean {
  return name.length <= 15 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name) && /[a-z]/.test(name) && !name.includes('--');
}
