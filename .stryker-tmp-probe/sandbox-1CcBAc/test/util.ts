// @ts-nocheck
import { Chart, Testing } from 'cdk8s';
import { PodPatternError } from '../lib/errors';
import { IConstruct } from 'constructs';

/** A fresh chart in a fresh app, for one test. */
export function newChart(id = 'test'): Chart {
  return new Chart(Testing.app(), id);
}

/** Every problem one synth reported, each rebuilt as the error it stands for. */
export class ValidationFailure extends Error {
  constructor(public readonly errors: PodPatternError[]) {
    super(errors.map((e) => e.message).join('\n'));
  }
}

/**
 * Synthesizes `chart` the way `cdk8s synth` does: validations of the whole tree first (where the
 * QoS and finished-pod checks run), then rendering. Every message a validation returns must have
 * the library's form (`<what>. Fix: <how> [<code>]`); they are thrown together.
 */
export function synth(chart: Chart): any[] {
  validateTree(chart.node.root);
  return Testing.synth(chart);
}

const VALIDATION_MESSAGE = /^(.+)\. Fix: (.+) \[([a-z-]+)\]$/s;

function validateTree(root: IConstruct): void {
  const errors: PodPatternError[] = [];
  for (const construct of root.node.findAll()) {
    for (const message of construct.node.validate()) {
      const match = VALIDATION_MESSAGE.exec(message);
      if (!match) {
        throw new Error(`${construct.node.path}: a validation message without what, fix and code: ${message}`);
      }
      errors.push(new PodPatternError(match[3], construct.node.path, match[1], match[2]));
    }
  }
  if (errors.length) {
    throw new ValidationFailure(errors);
  }
}

/** The objects of `kind` in `manifests`. */
export function ofKind(manifests: any[], kind: string): any[] {
  return manifests.filter((m) => m.kind === kind);
}

/** The one object of `kind`. */
export function only(manifests: any[], kind: string): any {
  const found = ofKind(manifests, kind);
  if (found.length !== 1) {
    throw new Error(`expected one ${kind}, found ${found.length}`);
  }
  return found[0];
}

/** The pod spec inside any workload object (or a bare Pod). */
export function podSpecOf(object: any): any {
  switch (object.kind) {
    case 'Pod':
      return object.spec;
    case 'CronJob':
      return object.spec.jobTemplate.spec.template.spec;
    default:
      return object.spec.template.spec;
  }
}

/** The pod template metadata inside any workload object (or a bare Pod's metadata). */
export function podMetadataOf(object: any): any {
  switch (object.kind) {
    case 'Pod':
      return object.metadata;
    case 'CronJob':
      return object.spec.jobTemplate.spec.template.metadata;
    default:
      return object.spec.template.metadata;
  }
}

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod'];

/** Resources Istio's injector gives its proxy and istio-init unless the pod's annotations say otherwise. */
const ISTIO_DEFAULTS = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' } };

/**
 * The containers of a workload's pods as the cluster will run them: the manifest's containers
 * and init containers, plus the Istio proxy and istio-init when the pod asks for injection,
 * sized as the injector sizes them from the `sidecar.istio.io/proxy*` annotations.
 */
export function podContainersWithInjected(object: any): Array<{ requests?: any; limits?: any }> {
  const spec = podSpecOf(object);
  const metadata = podMetadataOf(object);
  const containers = [...spec.containers, ...(spec.initContainers ?? [])].map((c: any) => c.resources ?? {});
  if (metadata.labels?.['sidecar.istio.io/inject'] === 'true') {
    const a = metadata.annotations ?? {};
    const sized = a['sidecar.istio.io/proxyCPU'] || a['sidecar.istio.io/proxyMemory'];
    const proxy = sized
      ? {
          requests: { cpu: a['sidecar.istio.io/proxyCPU'], memory: a['sidecar.istio.io/proxyMemory'] },
          limits: { cpu: a['sidecar.istio.io/proxyCPULimit'], memory: a['sidecar.istio.io/proxyMemoryLimit'] },
        }
      : ISTIO_DEFAULTS;
    const defined = (r: Record<string, string | undefined>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined));
    const resources = { requests: defined(proxy.requests), limits: defined(proxy.limits) };
    containers.push(resources, resources);
  }
  return containers;
}

/** The warnings printed so far in this test (test/setup.ts silences and records console.warn). */
export function warningsSaid(): string[] {
  return jest.mocked(console.warn).mock.calls.map(([text]) => String(text));
}

/** Runs `fn` and returns the first PodPatternError it throws, directly or among a synth's problems. */
export function errorOf(fn: () => unknown): PodPatternError {
  const errors = errorsOf(fn);
  return errors[0];
}

/** What the PodPatternError `fn` throws says (construct path, problem and fix), without its code. */
export function refusalOf(fn: () => unknown): string {
  return errorOf(fn).message.replace(/ \[[a-z-]+\]$/, '');
}

/** Runs `fn` and returns every PodPatternError it throws (one, or all of a synth's problems). */
export function errorsOf(fn: () => unknown): PodPatternError[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof PodPatternError) return [error];
    if (error instanceof ValidationFailure) return error.errors;
    throw error;
  }
  throw new Error('expected a PodPatternError, nothing was thrown');
}
