/**
 * The Markdown report of `explain`: one section per workload, each with the pod's diagram and
 * what the YAML does not show.
 */
// @ts-nocheck

import { LifecycleRole, Severity } from '../rules';
import { podDiagram } from './diagram';
import { ContainerPart, ExplainedFinding, WorkloadExplanation } from './model';

const code = (value: string | number) => `\`${String(value).replace(/`/g, "'")}\``;
const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The anchor GitHub gives a heading. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-');
}

function heading(w: WorkloadExplanation): string {
  return `${w.kind} ${w.name}${w.namespace ? ` (${w.namespace})` : ''}`;
}

/** A report over the workloads, with the findings of objects that belong to none. */
export function renderReport(title: string, workloads: readonly WorkloadExplanation[], others: readonly ExplainedFinding[]): string {
  const out: string[] = [`# ${title}`, ''];
  const count = (findings: readonly ExplainedFinding[], severity: Severity) =>
    findings.filter((f) => f.violation.severity === severity).length;
  const all = [...workloads.flatMap((w) => w.findings), ...others];
  out.push(
    `${workloads.length} workload${workloads.length === 1 ? '' : 's'}; the rules found ${count(all, Severity.ERROR)} error${count(all, Severity.ERROR) === 1 ? '' : 's'} and ${count(all, Severity.WARNING)} warning${count(all, Severity.WARNING) === 1 ? '' : 's'}.`,
    '',
  );
  for (const w of workloads) {
    const errors = count(w.findings, Severity.ERROR);
    const warnings = count(w.findings, Severity.WARNING);
    const status =
      errors + warnings === 0
        ? 'no findings'
        : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
    out.push(`- [${heading(w)}](#${anchor(heading(w))}): ${w.qos.qosClass}, ${status}`);
  }
  out.push('');
  for (const w of workloads) out.push(...section(w));
  if (others.length > 0) {
    out.push('## Other objects', '', 'Findings on objects that belong to no workload above.', '');
    out.push(...findingLines(others), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function section(w: WorkloadExplanation): string[] {
  const out: string[] = [`## ${heading(w)}`, ''];
  out.push(`From ${code(w.source)}. Controller: ${w.controller}.`, '');
  out.push('```mermaid', podDiagram(w), '```', '');
  out.push(...containers(w), ...shared(w), ...startStop(w), ...qos(w), ...disruption(w), ...probes(w), ...debug(w));
  out.push('### Findings', '');
  out.push(...(w.findings.length > 0 ? findingLines(w.findings) : ['None: the rules found nothing to fix.']), '');
  return out;
}

function containers(w: WorkloadExplanation): string[] {
  const out = ['### Containers', '', '| container | part | image | listens on | mounts |', '|---|---|---|---|---|'];
  for (const c of w.containers) {
    const role = c.injected
      ? 'injected by the mesh'
      : c.role === LifecycleRole.NATIVE_SIDECAR
        ? `native sidecar${c.part === ContainerPart.HELPER ? '' : ` (${c.part})`}`
        : c.part;
    const ports = c.ports
      .map((p) => `${p.number}${p.protocol === 'TCP' ? '' : `/${p.protocol}`}${p.name ? ` (${p.name})` : ''}`)
      .join(', ');
    const mounts = c.mounts.map((m) => `${m.volume} at ${code(m.path)} ${m.readOnly ? 'ro' : 'rw'}`).join(', ');
    out.push(`| ${code(c.name)} | ${role} | ${cell(c.image)} | ${ports || '-'} | ${cell(mounts) || '-'} |`);
  }
  out.push('');
  return out;
}

function shared(w: WorkloadExplanation): string[] {
  const listening = new Map<number, string>();
  for (const c of w.containers) {
    if (c.role === LifecycleRole.INIT) continue;
    for (const p of c.ports) if (p.protocol === 'TCP' && !listening.has(p.number)) listening.set(p.number, c.name);
  }
  const ports = [...listening].sort((a, b) => a[0] - b[0]).map(([port, name]) => `${port} (${code(name)})`);
  const out = ['### What the containers share', ''];
  out.push(
    `- **Network**: one IP and one set of ports. On \`localhost\`: ${ports.length ? ports.join(', ') : 'no declared port'}. Two containers cannot listen on the same port; each reaches the others on \`localhost\`.`,
    `- **IPC** (System V semaphores, shared memory, POSIX message queues) and **UTS** (hostname ${w.hostname === "the pod's name" ? w.hostname : code(w.hostname)}).`,
    w.shareProcessNamespace
      ? "- **PID**: shared (`shareProcessNamespace: true`): every container sees and can signal the others' processes, and the pause process is PID 1."
      : '- **PID**: not shared. Each container sees only its own processes, and its entrypoint is PID 1 (set `shareProcessNamespace: true` to share).',
  );
  const volumes = w.volumes.map((v) => {
    const users = w.containers.flatMap((c) =>
      c.mounts.filter((m) => m.volume === v.name).map((m) => `${code(c.name)} ${m.readOnly ? 'reads' : 'writes'}`),
    );
    return `${code(v.name)} (${v.source}): ${users.length ? users.join(', ') : 'mounted by no container'}`;
  });
  out.push(`- **Volumes**: ${volumes.length ? volumes.join('; ') : 'none'}.`);
  out.push('- **Not shared**: each container has its own root filesystem (its image), its own resources and limits, its own restarts.');
  if (w.hostNamespaces.length > 0) {
    out.push(
      `- **The node's** namespaces too (${w.hostNamespaces.map(code).join(', ')}): the pod shares them with every process on its node.`,
    );
  }
  out.push('');
  return out;
}

function startStop(w: WorkloadExplanation): string[] {
  const out = ['### Start and stop', ''];
  const init = w.lifecycle.start.filter((s) => s.container.role !== LifecycleRole.REGULAR);
  const regular = w.lifecycle.start.filter((s) => s.container.role === LifecycleRole.REGULAR);
  const listening = (map: ReadonlyMap<number, string>) =>
    map.size === 0
      ? 'nothing listens on `localhost` yet'
      : `${[...map].map(([port, name]) => `${port} (${code(name)})`).join(', ')} listening`;
  init.forEach((s, i) => {
    const c = s.container;
    const what =
      c.role === LifecycleRole.NATIVE_SIDECAR
        ? `starts and keeps running; the next step begins ${c.startupProbe ? 'once its startup probe passes' : 'as soon as it has started'}`
        : 'runs to completion; the next step begins only if it exits 0 (otherwise the kubelet restarts it, or the pod fails)';
    const blocked = s.outboundBlocked
      ? ' Its connections out of the pod fail: the mesh already redirects them to a proxy that is not running yet.'
      : '';
    out.push(`${i + 1}. ${code(c.name)}${c.injected ? ' (injected)' : ''} ${what}; ${listening(s.listening)}.${blocked}`);
  });
  if (regular.length > 0) {
    out.push(
      `${init.length + 1}. Then together: ${regular.map((s) => code(s.container.name)).join(', ')}; ${listening(regular[0].listening)}. None can count on another of them being up: a connection to one may be refused until it listens.`,
    );
  }
  out.push('');
  const groups = w.lifecycle.stop.map((g) => g.map(code).join(', '));
  out.push(
    `Stop: ${groups.join(', then ')}. Each group gets SIGTERM, and SIGKILL when the grace period (\`terminationGracePeriodSeconds\`, 30 s by default) runs out.`,
  );
  if (w.lifecycle.runsToCompletion) {
    const helpers = w.containers.filter((c) => c.role === LifecycleRole.REGULAR && c.part !== ContainerPart.APP && !c.injected);
    out.push(
      '',
      helpers.length > 0
        ? `The pod completes only when every regular container has exited: ${helpers.map((c) => code(c.name)).join(', ')} must exit too, or the Job never completes (make a helper that keeps running a native sidecar).`
        : 'The pod completes when its regular containers have exited; native sidecars are stopped then.',
    );
  }
  out.push('');
  return out;
}

const EVICTION: Record<string, string> = {
  BestEffort:
    'Under node memory pressure the kubelet evicts BestEffort pods first, and the kernel OOM killer picks them first (oom_score_adj 1000).',
  Burstable:
    'Under node memory pressure the kubelet evicts Burstable pods after BestEffort ones, those using most beyond their requests first; the OOM killer ranks them by memory requested against the node.',
  Guaranteed:
    'The kubelet evicts Guaranteed pods last, only when system processes need the memory, and the OOM killer spares them longest (oom_score_adj -997).',
};

function qos(w: WorkloadExplanation): string[] {
  const out = ['### QoS class and eviction', ''];
  out.push(`**${w.qos.qosClass}**, as the kubelet computes it (init and injected containers count).`);
  if (w.qos.reasons.length > 0) out.push('', ...w.qos.reasons.map((r) => `- ${r}`));
  out.push('', EVICTION[w.qos.qosClass], '');
  return out;
}

function disruption(w: WorkloadExplanation): string[] {
  const out = ['### Controller and disruption budget', '', `${w.controller}.`];
  if (w.kind === 'DaemonSet')
    out.push('A drain skips DaemonSet pods (`kubectl drain --ignore-daemonsets`): they stay until the node goes.');
  if (w.kind === 'Pod') out.push('Nothing recreates the pod: a drain deletes it for good (`kubectl drain` refuses without `--force`).');
  if (w.budgets.length === 0 && w.kind !== 'DaemonSet' && w.kind !== 'Pod') {
    out.push(
      `No PodDisruptionBudget selects its pods: a drain evicts every one of them on the node at once${w.replicas !== undefined && w.replicas > 1 ? ', which can take the service down when replicas share a node' : ''}.`,
    );
  }
  for (const b of w.budgets)
    out.push(`PodDisruptionBudget ${code(b.name)}: ${b.effect.explanation}.${b.effect.blocksDrain ? ' **Drains cannot proceed.**' : ''}`);
  out.push('');
  return out;
}

function probes(w: WorkloadExplanation): string[] {
  const out = ['### Probes', ''];
  const probed = w.containers.filter((c) => c.probes.length > 0);
  if (probed.length === 0) {
    out.push('No probes: the pod counts as ready as soon as its containers run, and a hung process is never restarted.', '');
    return out;
  }
  out.push('| container | startup | liveness | readiness |', '|---|---|---|---|');
  for (const c of probed) {
    const of = (kind: string) => cell(c.probes.find((p) => p.kind === kind)?.check ?? '-');
    out.push(`| ${code(c.name)} | ${of('startup')} | ${of('liveness')} | ${of('readiness')} |`);
  }
  const unready = w.containers.filter(
    (c) => c.role === LifecycleRole.REGULAR && !c.injected && !c.probes.some((p) => p.kind === 'readiness'),
  );
  if (unready.length > 0 && w.containers.some((c) => c.probes.some((p) => p.kind === 'readiness'))) {
    out.push(
      '',
      `Without a readiness probe, ${unready.map((c) => code(c.name)).join(', ')} count${unready.length === 1 ? 's' : ''} as ready once running.`,
    );
  }
  out.push('');
  return out;
}

function debug(w: WorkloadExplanation): string[] {
  const app = w.containers.find((c) => c.part === ContainerPart.APP)?.name ?? '';
  const out = ['### Debugging', ''];
  out.push(
    `An ephemeral container with a shell, in ${code(app)}'s process namespace (\`--target\`), so \`ps\` shows its processes and \`/proc/1/root\` is its filesystem:`,
    '',
    '```sh',
    w.debugCommand,
    '```',
  );
  if (w.debugCommand.includes('--profile=restricted')) {
    out.push(
      '',
      'The pod must run as non-root, so the debug container must too: `--profile=restricted` (a recent kubectl) asks for it, and the image must run as a non-root user unless the pod sets `runAsUser`.',
    );
  }
  out.push('');
  return out;
}

function findingLines(findings: readonly ExplainedFinding[]): string[] {
  return findings.map(
    (f) =>
      `- **${f.violation.severity}** ${code(f.violation.code)} in ${f.object}${f.violation.field ? `, ${code(f.violation.field)}` : ''}: ${f.violation.message}. **Fix**: ${f.violation.fix}.`,
  );
}
