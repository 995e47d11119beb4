// @ts-nocheck
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { LifecycleRole, podLifecycle } from '../lib/rules';

const ROOT = path.join(__dirname, '..');
const WORKLOADS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod'];

/** The README's markers around the generated section. */
export const LIFECYCLE_MARKERS = ['<!-- start-order:begin (npm run docs) -->', '<!-- start-order:end -->'] as const;

function templateOf(object: any): unknown {
  switch (object.kind) {
    case 'Pod':
      return { metadata: object.metadata, spec: object.spec };
    case 'CronJob':
      return object.spec.jobTemplate.spec.template;
    default:
      return object.spec.template;
  }
}

/**
 * The start and stop order of every workload of the examples (`dist/`), as the lifecycle model
 * computes it from the YAML: what the README shows is what the checks reason about.
 */
export function renderStartOrder(): string {
  const rows: string[] = [];
  for (const file of fs.readdirSync(path.join(ROOT, 'dist')).sort()) {
    const objects = parseAllDocuments(fs.readFileSync(path.join(ROOT, 'dist', file), 'utf8')).map((d) => d.toJSON());
    for (const object of objects.filter((o: any) => WORKLOADS.includes(o?.kind))) {
      const model = podLifecycle(object.kind, templateOf(object));
      const init = model.start.filter((s) => s.container.role !== LifecycleRole.REGULAR);
      const describe = (s: (typeof model.start)[number]) => {
        const role = s.container.role === LifecycleRole.NATIVE_SIDECAR ? ' (native, keeps running)' : '';
        const injected = s.container.injected ? ' (injected)' : '';
        const listening = s.listening.size
          ? `, finds ${[...s.listening].map(([port, name]) => `${port} (${name})`).join(', ')} listening`
          : '';
        return `${s.container.name}${role}${injected}${listening}`;
      };
      const regular = model.start.filter((s) => s.container.role === LifecycleRole.REGULAR).map((s) => s.container.name);
      rows.push(
        `| \`${file.replace(/\.k8s\.yaml$/, '')}\` | ${object.kind} \`${object.metadata.name}\` | ${init.map(describe).join(' → ') || '-'} | ${regular.join(', ')} | ${model.stop.map((g) => g.join(', ')).join(' → ')} | ${model.runsToCompletion ? 'yes' : 'no'} |`,
      );
    }
  }
  return [
    LIFECYCLE_MARKERS[0],
    '| example | workload | init steps, in order | then together | stop order | runs to completion |',
    '|---|---|---|---|---|---|',
    ...rows,
    LIFECYCLE_MARKERS[1],
  ].join('\n');
}

/** The README with its start-order section rewritten from the examples. */
export function readmeWithStartOrder(readme: string): string {
  const [begin, end] = LIFECYCLE_MARKERS;
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`README.md lacks the markers ${begin} and ${end}`);
  return readme.slice(0, from) + renderStartOrder() + readme.slice(to + end.length);
}
