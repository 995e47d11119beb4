/**
 * `npm run bench`: synth time of N standard workloads (N = 10, 100, 1000, 5000) through this
 * library, hand-written cdk8s-plus-28, raw cdk8s objects and the YAML floor, in one process,
 * interleaved, several repetitions; peak RSS of each variant at N=1000 in a child process of
 * its own; and the process-level time of `npm run synth` on the examples under each runner.
 * Prints a table, writes bench/results.json (or JSON to stdout with --json), and ends with
 * `overhead vs cdk8s-plus-28 at N=1000: X.XXx`. Also times `explain` and the validation plugin on
 * the library's YAML of N=5000 workloads against parsing that YAML alone (`--explain`: only that,
 * written into bench/results.json beside the other figures).
 */
// @ts-nocheck

import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { explainManifests, parseManifests } from '../lib/explain';
import { PluginContext, PodPatternsValidation } from '../lib/validation';
import { finishedObjects, serializeFloor, synthesize, Variant, VARIANTS } from './workloads';

const ROOT = path.join(__dirname, '..');
const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const explainOnly = process.argv.includes('--explain');
const log = (line = '') => (json ? process.stderr : process.stdout).write(`${line}\n`);

interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

function timeOnce(variant: Variant, n: number, floorObjects: any[]): number {
  global.gc?.();
  const start = process.hrtime.bigint();
  if (variant === 'floor') {
    serializeFloor(floorObjects);
  } else {
    synthesize(variant, n);
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The variants must write the same objects: same count, kinds, names and containers. */
function checkEquivalence(n: number): void {
  const shape = (yaml: string) =>
    parseAllDocuments(yaml)
      .map((d) => d.toJSON())
      .map((o: any) => {
        const spec = o.spec?.template?.spec;
        const containers = spec ? [...spec.containers, ...(spec.initContainers ?? [])].map((c: any) => `${c.name}=${c.image}`) : [];
        return `${o.kind}/${o.metadata.name}[${containers.join(',')}]`;
      })
      .sort()
      .join('\n');
  const reference = shape(synthesize('library', n));
  for (const variant of ['cdk8s-plus-28', 'cdk8s-core'] as const) {
    if (shape(synthesize(variant, n)) !== reference) {
      throw new Error(`the ${variant} variant does not write the same objects and containers as the library`);
    }
  }
  if (shape(serializeFloor(finishedObjects(n))) !== reference) {
    throw new Error('the floor does not serialize the same objects as the library');
  }
}

/** Peak RSS of one variant at N, in a child process of its own. */
function peakRss(variant: Variant | 'baseline', n: number): number {
  const result = spawnSync(process.execPath, ['-r', 'sucrase/register/ts', path.join(__dirname, 'variant.ts'), variant, String(n)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`variant ${variant} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!).maxRssMiB;
}

/** Wall time of a command, median of several runs. */
function timeCommand(command: string, args: string[], runs: number, env: NodeJS.ProcessEnv = {}): Stats {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return stats(samples);
}

/**
 * Wall time of a node process that only imports cdk8s-plus-28, against one that imports the
 * compiled library (which imports cdk8s-plus-28 itself), interleaved so load on the machine hits
 * both alike.
 */
function timeImports(runs: number): { cdk8sPlus28: Stats; library: Stats } {
  const plus: number[] = [];
  const library: number[] = [];
  for (let i = 0; i < runs; i++) {
    plus.push(timeCommand(process.execPath, ['-e', "require('cdk8s-plus-28')"], 1).median);
    library.push(timeCommand(process.execPath, ['-e', "require('./build')"], 1).median);
  }
  return { cdk8sPlus28: stats(plus), library: stats(library) };
}

/**
 * What cdk8s-cli gives the plugin, made here (cdk8s-cli's package exports no runtime path to its
 * ValidationContext): its parseManifest is `parseAllDocuments` then `toJS`, as here.
 */
function benchContext(file: string): PluginContext & { violations: number } {
  const context = {
    manifests: [file],
    violations: 0,
    report: { addViolation: () => void context.violations++, submit: () => undefined },
    parseManifest: (manifest: string) => parseAllDocuments(fs.readFileSync(manifest, 'utf8')).map((d) => d.toJS()),
  };
  return context;
}

/**
 * `explain` (text to Markdown) and the validation plugin's check (files to a report, as
 * `cdk8s synth` runs it) on the YAML of N workloads, against parsing that YAML as cdk8s-cli does
 * (`parseAllDocuments`, then `toJS`), interleaved. Both include the parse.
 */
async function measureExplain(n: number, runs: number) {
  const text = synthesize('library', n);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pod-patterns-explain-'));
  const file = path.join(folder, 'workloads.k8s.yaml');
  fs.writeFileSync(file, text);
  const samples: Record<'parse' | 'explain' | 'plugin', number[]> = { parse: [], explain: [], plugin: [] };
  const time = async (action: () => unknown) => {
    global.gc?.();
    const start = process.hrtime.bigint();
    await action();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  let workloads = 0;
  let violations = 0;
  const plugin = new PodPatternsValidation({});
  for (let r = 0; r <= runs; r++) {
    const parse = await time(() => parseAllDocuments(fs.readFileSync(file, 'utf8')).map((d) => d.toJS()));
    const explain = await time(() => (workloads = explainManifests(parseManifests(fs.readFileSync(file, 'utf8'), file)).workloads.length));
    const context = benchContext(file);
    const check = await time(() => plugin.validate(context));
    violations = context.violations;
    // The first round warms up.
    if (r > 0) {
      samples.parse.push(parse);
      samples.explain.push(explain);
      samples.plugin.push(check);
    }
  }
  fs.rmSync(folder, { recursive: true, force: true });
  const parse = stats(samples.parse);
  const explain = stats(samples.explain);
  const plugin_ = stats(samples.plugin);
  return {
    n,
    yamlMiB: Buffer.byteLength(text) / 2 ** 20,
    workloads,
    violations,
    parseMs: parse,
    explainMs: explain,
    pluginMs: plugin_,
    explainOverParse: explain.median / parse.median,
    pluginOverParse: plugin_.median / parse.median,
  };
}

function logExplain(e: Awaited<ReturnType<typeof measureExplain>>): void {
  const num = (ms: number) => ms.toFixed(0);
  log(
    `explain and the validation plugin on the library's YAML of N=${e.n} workloads (${e.yamlMiB.toFixed(1)} MiB, ${e.workloads} workloads explained, ${e.violations} violations), wall ms, median (min-max) of ${e.parseMs.runs}`,
  );
  log(`  parse the YAML (parseAllDocuments + toJS)  ${num(e.parseMs.median)} (${num(e.parseMs.min)}-${num(e.parseMs.max)})`);
  log(`  explain, YAML to Markdown                  ${num(e.explainMs.median)} (${num(e.explainMs.min)}-${num(e.explainMs.max)})`);
  log(`  plugin check, files to report             ${num(e.pluginMs.median)} (${num(e.pluginMs.min)}-${num(e.pluginMs.max)})`);
  log(`  explain / parse ${e.explainOverParse.toFixed(2)}x, plugin / parse ${e.pluginOverParse.toFixed(2)}x (the aim: at most 2x)`);
}

async function main(): Promise<void> {
  if (explainOnly) {
    // Only these figures: they replace those in bench/results.json, the rest stays as it was.
    const explained = await measureExplain(5000, 3);
    logExplain(explained);
    const file = path.join(__dirname, 'results.json');
    const results = { ...JSON.parse(fs.readFileSync(file, 'utf8')), explain: explained };
    fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    log('explain figures written to bench/results.json');
    return;
  }
  const sizes = quick ? [10, 100] : [10, 100, 1000];
  const reps: Record<number, number> = { 10: 15, 100: 9, 1000: 7, 5000: 3 };
  log(`cdk8s-pod-patterns synth benchmark: node ${process.version}, ${os.cpus().length} cpus, ${os.cpus()[0]?.model ?? ''}`);
  checkEquivalence(10);
  log('variants write the same objects and containers: checked at N=10');

  const times: Record<string, Record<number, Stats>> = {};
  const measure = (n: number) => {
    const floorObjects = finishedObjects(n);
    for (const variant of VARIANTS) timeOnce(variant, n, floorObjects); // warm-up
    const samples: Record<string, number[]> = Object.fromEntries(VARIANTS.map((v) => [v, []]));
    for (let r = 0; r < reps[n]; r++) {
      for (const variant of VARIANTS) samples[variant].push(timeOnce(variant, n, floorObjects));
    }
    for (const variant of VARIANTS) (times[variant] ??= {})[n] = stats(samples[variant]);
  };
  for (const n of sizes) measure(n);
  // N=5000 only when one synth of it stays under a minute (estimated linearly from N=1000).
  const with5000 = !quick && Math.max(...VARIANTS.map((v) => times[v][1000].median * 5)) < 60_000;
  if (with5000) {
    measure(5000);
    sizes.push(5000);
  }

  const rssN = quick ? 100 : 1000;
  const rss: Record<string, number> = { baseline: peakRss('baseline', 0) };
  for (const variant of VARIANTS) rss[variant] = peakRss(variant, rssN);

  // Process-level `npm run synth` of the examples under each runner. The examples are compiled
  // to JavaScript once for the precompiled row (its compile time is reported apart).
  // Inside the project, so the compiled files resolve the project's node_modules.
  const compiled = fs.mkdtempSync(path.join(ROOT, '.bench-build-'));
  const compileStart = process.hrtime.bigint();
  execFileSync(
    process.execPath,
    [
      require.resolve('typescript/bin/tsc'),
      '-p',
      'tsconfig.dev.json',
      '--noEmit',
      'false',
      '--outDir',
      compiled,
      '--isolatedModules',
      'false',
    ],
    { cwd: ROOT },
  );
  const compileMs = Number(process.hrtime.bigint() - compileStart) / 1e6;
  const synthOut = fs.mkdtempSync(path.join(os.tmpdir(), 'pod-patterns-synth-'));
  const env = { CDK8S_OUTDIR: synthOut };
  const runRuns = quick ? 2 : 5;
  const tsNode = require.resolve('ts-node/dist/bin.js');
  const runners: Record<string, Stats> = {
    'node (empty script)': timeCommand(process.execPath, ['-e', ''], runRuns),
    'ts-node, type-checking': timeCommand(process.execPath, [tsNode, 'examples/main.ts'], runRuns, env),
    'ts-node --transpile-only': timeCommand(process.execPath, [tsNode, '--transpile-only', 'examples/main.ts'], runRuns, env),
    'sucrase (chosen)': timeCommand(process.execPath, ['-r', 'sucrase/register/ts', 'examples/main.ts'], runRuns, env),
    'precompiled JavaScript': timeCommand(process.execPath, [path.join(compiled, 'examples', 'main.js')], runRuns, env),
    'ts-node, empty script': timeCommand(process.execPath, [tsNode, '-e', ''], runRuns),
    'ts-node --transpile-only, empty script': timeCommand(process.execPath, [tsNode, '--transpile-only', '-e', ''], runRuns),
    'sucrase, empty script': timeCommand(process.execPath, ['-r', 'sucrase/register/ts', '-e', ''], runRuns),
  };
  const imports = timeImports(quick ? 5 : 21);
  const explained = await measureExplain(quick ? 100 : 5000, 3);
  fs.rmSync(compiled, { recursive: true, force: true });
  fs.rmSync(synthOut, { recursive: true, force: true });

  // Report.
  const pad = (text: string, width: number) => text.padEnd(width);
  const num = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
  log();
  log('synth time in ms: median (min-max) of interleaved repetitions');
  log(`${pad('variant', 16)}${sizes.map((n) => pad(`N=${n}`, 24)).join('')}`);
  for (const variant of VARIANTS) {
    log(
      `${pad(variant, 16)}${sizes
        .map((n) => {
          const s = times[variant][n];
          return pad(`${num(s.median)} (${num(s.min)}-${num(s.max)})`, 24);
        })
        .join('')}`,
    );
  }
  const ratio = (a: Variant, b: Variant, n: number) => times[a][n].median / times[b][n].median;
  log();
  log('ratios of medians');
  for (const n of sizes) {
    log(
      `  N=${n}: library/cdk8s-plus-28 ${ratio('library', 'cdk8s-plus-28', n).toFixed(2)}x, cdk8s-plus-28/cdk8s-core ${ratio('cdk8s-plus-28', 'cdk8s-core', n).toFixed(2)}x, cdk8s-plus-28/floor ${ratio('cdk8s-plus-28', 'floor', n).toFixed(2)}x, floor share of cdk8s-plus-28 ${(100 / ratio('cdk8s-plus-28', 'floor', n)).toFixed(0)}%`,
    );
  }
  const growth = (variant: Variant, from: number, to: number) => times[variant][to].median / times[variant][from].median;
  const last = sizes[sizes.length - 1];
  log('growth of the median (linear would be the N ratio)');
  for (const variant of VARIANTS) {
    log(
      `  ${pad(variant, 14)} N=100->1000 ${sizes.includes(1000) ? growth(variant, 100, 1000).toFixed(2) : 'n/a'}x${with5000 ? `, N=1000->5000 ${growth(variant, 1000, 5000).toFixed(2)}x` : ''}`,
    );
  }
  log();
  log(
    `peak RSS in MiB at N=${rssN} (own process each; baseline = the runner loading the modules, no workloads: ${rss.baseline.toFixed(0)})`,
  );
  for (const variant of VARIANTS)
    log(`  ${pad(variant, 14)} ${rss[variant].toFixed(0)} MiB (${(rss[variant] / rss['cdk8s-plus-28']).toFixed(2)}x cdk8s-plus-28)`);
  log();
  log(
    `process-level synth of the examples (${fs.readdirSync(path.join(ROOT, 'examples')).length - 2} charts), wall ms, median (min-max) of ${runRuns}`,
  );
  for (const [runner, s] of Object.entries(runners)) log(`  ${pad(runner, 40)} ${num(s.median)} (${num(s.min)}-${num(s.max)})`);
  log(`  (precompiling examples and library with tsc took ${num(compileMs)} ms, paid once per change)`);
  log();
  log(`import time, wall ms of a node process, median (min-max) of ${imports.library.runs}, interleaved`);
  log(
    `  require('cdk8s-plus-28')                 ${num(imports.cdk8sPlus28.median)} (${num(imports.cdk8sPlus28.min)}-${num(imports.cdk8sPlus28.max)})`,
  );
  log(
    `  require('cdk8s-pod-patterns')            ${num(imports.library.median)} (${num(imports.library.min)}-${num(imports.library.max)})`,
  );
  log(`  library / cdk8s-plus-28                  ${(imports.library.median / imports.cdk8sPlus28.median).toFixed(2)}x`);
  log();
  logExplain(explained);

  const results = {
    machine: { node: process.version, cpus: os.cpus().length, model: os.cpus()[0]?.model },
    sizes,
    timesMs: times,
    ratios: Object.fromEntries(
      sizes.map((n) => [
        n,
        {
          libraryOverCdk8sPlus28: ratio('library', 'cdk8s-plus-28', n),
          cdk8sPlus28OverCore: ratio('cdk8s-plus-28', 'cdk8s-core', n),
          cdk8sPlus28OverFloor: ratio('cdk8s-plus-28', 'floor', n),
        },
      ]),
    ),
    growth: Object.fromEntries(
      VARIANTS.map((v) => [
        v,
        { '100to1000': sizes.includes(1000) ? growth(v, 100, 1000) : null, '1000to5000': with5000 ? growth(v, 1000, 5000) : null },
      ]),
    ),
    peakRssMiB: { n: rssN, ...rss },
    synthRunnersMs: runners,
    importMs: { ...imports, ratio: imports.library.median / imports.cdk8sPlus28.median },
    precompileMs: compileMs,
    explain: explained,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else if (!quick) {
    fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    log();
    log('figures written to bench/results.json');
  }
  const overheadN = sizes.includes(1000) ? 1000 : last;
  log(`overhead vs cdk8s-plus-28 at N=${overheadN}: ${ratio('library', 'cdk8s-plus-28', overheadN).toFixed(2)}x`);
}

void main();
