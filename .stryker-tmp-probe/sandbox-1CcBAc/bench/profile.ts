/**
 * Profiling aid: `node --cpu-prof --cpu-prof-dir=DIR -r sucrase/register/ts bench/profile.ts library 1000`
 * synthesizes one variant under the V8 CPU profiler; `summarize(DIR)` then prints where the time
 * went, by package and by function, so optimizations start from a measurement.
 */
// @ts-nocheck

import * as fs from 'fs';
import * as path from 'path';
import { synthesize, Variant } from './workloads';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Summarizes the newest .cpuprofile in `dir`: self time by function and by package. */
export function summarize(dir: string, top = 25): string {
  const file = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = selfTime.get(node.id) ?? 0;
    total += us;
    const url = node.callFrame.url.replace(/^file:\/\//, '');
    const pkg =
      /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
      (url.includes('/lib/') ? 'cdk8s-pod-patterns' : url ? path.basename(url) : '(native/gc)');
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${path.basename(url)}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  const lines = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => `  ${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
  const ours = new Map(
    [...byFunction].filter(([k]) =>
      /(app-pod|sidecar|resources|quantity|controller|qos|names|init-steps|errors|security|disruption-budget|defaults|container|adapter|ambassador|service-mesh|annotations)\.js:/.test(
        k,
      ),
    ),
  );
  return [
    `total ${(total / 1000).toFixed(0)} ms`,
    'self time by package:',
    ...lines(byPackage),
    'self time by function:',
    ...lines(byFunction),
    'self time in this library, by function:',
    ...lines(ours),
  ].join('\n');
}

if (require.main === module) {
  const [variant, n] = [(process.argv[2] ?? 'library') as Exclude<Variant, 'floor'>, Number(process.argv[3] ?? 1000)];
  const dir = process.argv[4];
  synthesize(variant, n);
  process.stdout.write(`synthesized ${variant} at N=${n}\n`);
  if (dir) {
    // The profile is written when the process exits; summarize it in a second process.
    process.on('exit', () => undefined);
  }
}
