/**
 * A Mermaid flowchart of one pod: init containers in their order, native sidecars, the app and
 * its helpers; shared volumes with read-write and read-only edges; `localhost` connections
 * between containers; and the edges to the outside (remote hosts, Services, Prometheus).
 */
// @ts-nocheck

import { LifecycleRole } from '../rules';
import { ContainerPart, ExplainedContainer, WorkloadExplanation } from './model';

// Mermaid reads `"` as the end of a label and `#...;` as an entity: both are written as
// entities, and so are the angle brackets of anything that is not a line break we put in.
function text(value: string): string {
  return value.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

function lines(...parts: Array<string | undefined>): string {
  return parts
    .filter((p): p is string => p !== undefined && p !== '')
    .map(text)
    .join('<br/>');
}

function roleLine(c: ExplainedContainer): string {
  if (c.injected) return c.role === LifecycleRole.INIT ? 'injected init step' : 'injected proxy';
  if (c.role === LifecycleRole.NATIVE_SIDECAR)
    return `native sidecar${c.part === ContainerPart.HELPER ? '' : ` · ${c.part}`}, keeps running`;
  return c.part === ContainerPart.APP ? 'the app' : c.part;
}

function portsLine(c: ExplainedContainer): string | undefined {
  if (c.ports.length === 0) return undefined;
  const shown = c.ports.slice(0, 4).map((p) => `:${p.number}${p.name ? ` ${p.name}` : ''}${p.protocol === 'TCP' ? '' : `/${p.protocol}`}`);
  return `listens ${shown.join(', ')}${c.ports.length > 4 ? ` +${c.ports.length - 4}` : ''}`;
}

const CLASSES = [
  'classDef app fill:#dbeafe,stroke:#1d4ed8,stroke-width:2px,color:#0f172a',
  'classDef helper fill:#ecfdf5,stroke:#047857,color:#0f172a',
  'classDef init fill:#fef9c3,stroke:#a16207,color:#0f172a',
  'classDef injected fill:#f1f5f9,stroke:#64748b,stroke-dasharray:4 3,color:#0f172a',
  'classDef volume fill:#fff7ed,stroke:#c2410c,color:#0f172a',
  'classDef outside fill:#f5f3ff,stroke:#6d28d9,color:#0f172a',
];

function classOf(c: ExplainedContainer): string {
  if (c.injected) return 'injected';
  if (c.part === ContainerPart.APP) return 'app';
  if (c.role === LifecycleRole.INIT) return 'init';
  return 'helper';
}

/** The Mermaid source (a `flowchart`) of the workload's pod. */
export function podDiagram(workload: WorkloadExplanation): string {
  const out: string[] = ['flowchart LR'];
  const id = new Map<string, string>();
  workload.containers.forEach((c, i) => id.set(c.name, `c${i}`));
  const node = (c: ExplainedContainer, order?: number) =>
    `${id.get(c.name)}["${lines(`${order !== undefined ? `${order}. ` : ''}${c.name}`, roleLine(c), c.injected ? undefined : c.image, portsLine(c))}"]`;

  const pods = workload.replicas === undefined ? 'a pod' : `one of ${workload.replicas} pod${workload.replicas === 1 ? '' : 's'}`;
  out.push(`  subgraph pod["${lines(`${workload.kind} ${workload.name}: ${pods}`)}"]`);
  out.push('    direction LR');
  const init = workload.containers.filter((c) => c.role !== LifecycleRole.REGULAR);
  const regular = workload.containers.filter((c) => c.role === LifecycleRole.REGULAR);
  if (init.length > 0) {
    out.push(`    subgraph init["${lines('init containers, one after another')}"]`);
    out.push('      direction TB');
    init.forEach((c, i) => out.push(`      ${node(c, i + 1)}`));
    for (let i = 1; i < init.length; i++) out.push(`      ${id.get(init[i - 1].name)} --> ${id.get(init[i].name)}`);
    out.push('    end');
  }
  out.push(`    subgraph run["${lines(init.length > 0 ? 'then the containers, started together' : 'containers, started together')}"]`);
  out.push('      direction TB');
  for (const c of regular) out.push(`      ${node(c)}`);
  out.push('    end');
  if (init.length > 0) out.push(`    ${id.get(init[init.length - 1].name)} -->|"${text('all init steps done')}"| run`);
  workload.volumes.forEach((v, i) => out.push(`    v${i}[("${lines(v.name, v.source)}")]`));
  out.push('  end');

  const edges: string[] = [];
  // Volumes: writers point at the volume with a thick edge, readers are pointed at with a dotted one.
  const volumeId = new Map(workload.volumes.map((v, i) => [v.name, `v${i}`]));
  const readOnlySource = new Set(
    workload.volumes.filter((v) => /^(configMap|secret|downwardAPI|projected)\b/.test(v.source)).map((v) => v.name),
  );
  for (const c of workload.containers) {
    for (const m of c.mounts) {
      const v = volumeId.get(m.volume);
      if (!v) continue;
      if (m.readOnly || readOnlySource.has(m.volume)) edges.push(`  ${v} -.->|"${text(`ro ${m.path}`)}"| ${id.get(c.name)}`);
      else edges.push(`  ${id.get(c.name)} ==>|"${text(`rw ${m.path}`)}"| ${v}`);
    }
  }
  // localhost: the connecting container points at the one listening.
  for (const c of workload.containers) {
    for (const t of c.localhostTargets) {
      if (t.listener && t.listener !== c.name)
        edges.push(`  ${id.get(c.name)} -->|"${text(`localhost:${t.port}`)}"| ${id.get(t.listener)}`);
    }
  }
  // The outside: remote hosts, Services, Prometheus.
  const remotes = [...new Set(workload.containers.flatMap((c) => c.remotes))];
  remotes.forEach((r, i) => out.push(`  r${i}{{"${lines(r, 'outside the pod')}"}}`));
  for (const c of workload.containers) {
    for (const r of c.remotes) edges.push(`  ${id.get(c.name)} -->|"${text('TCP')}"| r${remotes.indexOf(r)}`);
  }
  workload.services.forEach((s, i) => {
    out.push(`  s${i}[/"${lines(`Service ${s.name}`)}"/]`);
    for (const p of s.ports) {
      if (p.container) edges.push(`  s${i} -->|"${text(`:${p.port} to ${p.target}`)}"| ${id.get(p.container)}`);
    }
  });
  if (workload.scrapes.length > 0) {
    out.push(`  prom(["${lines('Prometheus')}"])`);
    for (const s of workload.scrapes) {
      if (s.container) edges.push(`  prom -.->|"${text(`scrapes :${s.port}${s.path}`)}"| ${id.get(s.container)}`);
    }
  }
  out.push(...edges);

  out.push(...CLASSES.map((c) => `  ${c}`));
  const byClass = new Map<string, string[]>();
  for (const c of workload.containers) byClass.set(classOf(c), [...(byClass.get(classOf(c)) ?? []), id.get(c.name)!]);
  byClass.set('volume', [...volumeId.values()]);
  byClass.set('outside', [
    ...remotes.map((_, i) => `r${i}`),
    ...workload.services.map((_, i) => `s${i}`),
    ...(workload.scrapes.length ? ['prom'] : []),
  ]);
  for (const [name, ids] of byClass) if (ids.length > 0) out.push(`  class ${ids.join(',')} ${name}`);
  return out.join('\n');
}
