// @ts-nocheck
import { mapSelectorMatches, selectorMatches } from './meta';
import { percent } from './names';
import { Report, asArray, asObject, at, child, isSet } from './report';

/**
 * Rules that need the whole manifest set: what a Service or PodDisruptionBudget selects, and
 * whether a budget lets a node drain evict anything. The disruption arithmetic follows the
 * disruption controller (`pkg/controller/disruption/disruption.go`, getExpectedPodCount): a
 * percentage is scaled against the controllers' replicas and rounded up, and maxUnavailable or a
 * percentage needs controllers with a scale (Deployment, ReplicaSet, StatefulSet).
 */

/** Pods some object of the set will run. */
interface PodSource {
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly labels: Record<string, unknown>;
  readonly spec: Record<string, any>;
  /** How many pods it runs when healthy, or undefined where the manifest cannot tell (DaemonSets, Jobs). */
  readonly count: number | undefined;
  /** Whether its controller has a scale subresource the disruption controller can read. */
  readonly scalable: boolean;
}

const namespaceOf = (object: any) => String(asObject(asObject(object).metadata).namespace ?? '');

function podSources(objects: readonly unknown[]): PodSource[] {
  const sources: PodSource[] = [];
  for (const raw of objects) {
    const o = asObject(raw);
    const kind = String(o.kind ?? '');
    const name = String(asObject(o.metadata).name ?? '');
    const spec = asObject(o.spec);
    const base = { kind, name, namespace: namespaceOf(o) };
    const fromTemplate = (template: any, count: number | undefined, scalable: boolean) =>
      sources.push({
        ...base,
        labels: asObject(asObject(asObject(template).metadata).labels),
        spec: asObject(asObject(template).spec),
        count,
        scalable,
      });
    switch (kind) {
      case 'Deployment':
      case 'ReplicaSet':
      case 'StatefulSet':
        fromTemplate(spec.template, typeof spec.replicas === 'number' ? spec.replicas : 1, true);
        break;
      case 'DaemonSet':
      case 'Job':
        fromTemplate(spec.template, undefined, false);
        break;
      case 'CronJob':
        fromTemplate(asObject(asObject(spec.jobTemplate).spec).template, undefined, false);
        break;
      case 'Pod':
        sources.push({ ...base, labels: asObject(asObject(o.metadata).labels), spec, count: 1, scalable: false });
        break;
    }
  }
  return sources;
}

const describe = (sources: readonly PodSource[]) => sources.map((s) => `${s.kind} ${s.name}`).join(', ');

/** A budget value as the disruption controller reads it. */
function budget(value: unknown): { int?: number; percent?: number } | undefined {
  if (typeof value === 'number') return { int: value };
  if (typeof value === 'string') {
    const p = percent(value);
    return p === undefined ? undefined : { percent: p };
  }
  return undefined;
}

function checkBudget(pdb: Record<string, any>, sources: readonly PodSource[], report: Report): void {
  const spec = asObject(pdb.spec);
  // policy/v1: an absent selector selects no pods; an empty one selects every pod in the namespace.
  const selected = isSet(spec.selector)
    ? sources.filter((s) => s.namespace === namespaceOf(pdb) && selectorMatches(spec.selector, s.labels))
    : [];
  if (selected.length === 0) {
    report('pdb/selects-nothing', 'spec.selector', 'selects no pod of this manifest set');
    return;
  }
  const min = budget(spec.minAvailable);
  const max = budget(spec.maxUnavailable);
  const needsScale = max !== undefined || min?.percent !== undefined;
  const unscalable = selected.filter((s) => !s.scalable);
  if (needsScale && unscalable.length > 0) {
    report(
      'pdb/unsupported-controller',
      isSet(spec.maxUnavailable) ? 'spec.maxUnavailable' : 'spec.minAvailable',
      `maxUnavailable and percentages need controllers with a scale; ${describe(unscalable)} has none, so the budget allows no eviction`,
    );
    return;
  }
  if (selected.some((s) => s.count === undefined)) return;
  const expected = selected.reduce((sum, s) => sum + (s.count ?? 0), 0);
  if (expected === 0) return;
  let allowed: number | undefined;
  if (max?.int !== undefined) allowed = Math.min(max.int, expected);
  else if (max?.percent !== undefined) allowed = Math.ceil((max.percent * expected) / 100);
  else if (min?.int !== undefined) allowed = expected - min.int;
  else if (min?.percent !== undefined) allowed = expected - Math.ceil((min.percent * expected) / 100);
  if (allowed !== undefined && allowed <= 0) {
    report(
      'pdb/blocks-eviction',
      isSet(spec.maxUnavailable) ? 'spec.maxUnavailable' : 'spec.minAvailable',
      `allows no voluntary eviction of the ${expected} healthy pod(s) of ${describe(selected)}: node drains would hang`,
    );
  }
}

function checkServiceSelection(service: Record<string, any>, sources: readonly PodSource[], report: Report): void {
  const spec = asObject(service.spec);
  // A Service without a selector has its endpoints managed by hand.
  if (Object.keys(asObject(spec.selector)).length === 0) return;
  const selected = sources.filter((s) => s.namespace === namespaceOf(service) && mapSelectorMatches(spec.selector, s.labels));
  if (selected.length === 0) {
    report('service/selects-nothing', 'spec.selector', 'selects no pod of this manifest set');
    return;
  }
  asArray(spec.ports).forEach((raw, i) => {
    const port = asObject(raw);
    if (typeof port.targetPort !== 'string' || port.targetPort === '') return;
    const protocol = port.protocol ?? 'TCP';
    // The endpoints controller (podutil.FindPort, 1.28) looks the name up among regular containers' ports.
    const missing = selected.filter(
      (s) =>
        !asArray(s.spec.containers).some((c) =>
          asArray(asObject(c).ports).some((p) => asObject(p).name === port.targetPort && (asObject(p).protocol ?? 'TCP') === protocol),
        ),
    );
    if (missing.length > 0) {
      report(
        'service/target-port-not-found',
        child(at('spec.ports', i), 'targetPort'),
        `no ${protocol} container port named "${port.targetPort}" in ${describe(missing)}`,
      );
    }
  });
}

/** Findings that need the whole manifest set. */
export function checkManifestSet(objects: readonly unknown[], sink: Report): void {
  const sources = podSources(objects);
  for (const raw of objects) {
    const o = asObject(raw);
    const label = `${o.kind} ${asObject(o.metadata).name}`;
    const report: Report = (rule, path, message) => sink(rule, path, `${label}: ${message}`);
    if (o.kind === 'PodDisruptionBudget') checkBudget(o, sources, report);
    if (o.kind === 'Service') checkServiceSelection(o, sources, report);
  }
}
