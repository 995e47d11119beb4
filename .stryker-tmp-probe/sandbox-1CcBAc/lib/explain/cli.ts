/**
 * The package's command line: `cdk8s-pod-patterns explain <files or folders...>`.
 */
// @ts-nocheck

import * as fs from 'fs';
import { Severity } from '../rules';
import { explain } from './index';

const USAGE = `usage: cdk8s-pod-patterns explain <file or folder>... [--out report.md] [--title TEXT]
                                  [--minimum-qos Guaranteed|Burstable|BestEffort] [--fail-on error|warning]

Writes a Markdown report of every workload in the Kubernetes YAML (cdk8s synth output, helm
template output, any manifests): a Mermaid diagram of each pod, what its containers share, their
start and stop order, its QoS class and eviction, its disruption budget, probes, a kubectl debug
line, and the rules' findings with their fixes.

  --out FILE          write the report to FILE instead of standard output
  --title TEXT        the report's title
  --minimum-qos CLASS report every pod whose QoS class is below CLASS
  --fail-on LEVEL     exit 2 when a finding is an error (or, with warning, any finding)`;

const QOS = ['Guaranteed', 'Burstable', 'BestEffort'] as const;

/**
 * Runs the command line with `args` (without `node` and the script) and returns the exit code:
 * 0, 1 for a usage or read error, 2 for findings at `--fail-on`.
 */
export function main(args: readonly string[], stdout: (text: string) => void, stderr: (text: string) => void): number {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h') {
    stdout(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'explain') {
    stderr(`${command === undefined ? 'no command given' : `unknown command "${command}"`}\n${USAGE}\n`);
    return 1;
  }
  const paths: string[] = [];
  const options: { out?: string; title?: string; minimumQosClass?: (typeof QOS)[number]; failOn?: Severity } = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    try {
      if (arg === '--out') options.out = value();
      else if (arg === '--title') options.title = value();
      else if (arg === '--minimum-qos') {
        const qos = value();
        if (!(QOS as readonly string[]).includes(qos)) throw new Error(`--minimum-qos is "${qos}"; use one of ${QOS.join(', ')}`);
        options.minimumQosClass = qos as (typeof QOS)[number];
      } else if (arg === '--fail-on') {
        const level = value();
        if (level !== 'error' && level !== 'warning') throw new Error(`--fail-on is "${level}"; use error or warning`);
        options.failOn = level === 'error' ? Severity.ERROR : Severity.WARNING;
      } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
      else paths.push(arg);
    } catch (error) {
      stderr(`cdk8s-pod-patterns explain: ${(error as Error).message}\n${USAGE}\n`);
      return 1;
    }
  }
  if (paths.length === 0) {
    stderr(`cdk8s-pod-patterns explain: give the YAML files or folders to explain (e.g. dist/)\n${USAGE}\n`);
    return 1;
  }
  let result: ReturnType<typeof explain>;
  try {
    result = explain(paths, options);
  } catch (error) {
    stderr(`cdk8s-pod-patterns explain: ${(error as Error).message}\n`);
    return 1;
  }
  if (options.out) fs.writeFileSync(options.out, result.markdown);
  else stdout(result.markdown);
  const findings = [...result.workloads.flatMap((w) => w.findings), ...result.others];
  const failing = findings.filter(
    (f) => options.failOn === Severity.WARNING || (options.failOn && f.violation.severity === Severity.ERROR),
  );
  if (options.out) stderr(`wrote ${options.out}: ${result.workloads.length} workloads, ${findings.length} findings\n`);
  return failing.length > 0 ? 2 : 0;
}
