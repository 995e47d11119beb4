/**
 * explain on the examples, on hand-written manifests with known mistakes, and on helm template
 * output; every diagram it draws is parsed by Mermaid's own parser.
 */
// @ts-nocheck

import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ContainerPart, explain, explainManifests, podDiagram, WorkloadExplanation } from '../../lib/explain';
import { renderExplainDocs } from '../../scripts/explain-docs';
import { runCli } from './run-cli';

const ROOT = path.join(__dirname, '..', '..');
const MANIFESTS = path.join(__dirname, 'manifests');
const examples = explain([path.join(ROOT, 'dist')]);
const broken = explain([path.join(MANIFESTS, 'broken.yaml')]);
const helm = explain([path.join(MANIFESTS, 'helm.yaml')]);

/** Mermaid's parser (the `mermaid` package, in a child process: it is an ES module) on each diagram. */
function parseMermaid(diagrams: readonly string[]): Array<{ type?: string; error?: string }> {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'parse-mermaid.mjs')], {
    input: JSON.stringify(diagrams),
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

const byName = (workloads: readonly WorkloadExplanation[], name: string) => workloads.find((w) => w.name === name)!;
const parts = (w: WorkloadExplanation) => w.containers.map((c) => [c.name, c.part]);
const codes = (w: WorkloadExplanation) => w.findings.map((f) => [f.object, f.violation.code]);

test('every diagram of the examples, the broken manifests and the helm output is valid Mermaid', () => {
  const workloads = [...examples.workloads, ...broken.workloads, ...helm.workloads];
  expect(workloads.length).toBeGreaterThan(25);
  const results = parseMermaid(workloads.map(podDiagram));
  expect(results.map((r, i) => [workloads[i].name, r.error ?? r.type])).toEqual(workloads.map((w) => [w.name, 'flowchart-v2']));
}, 30_000);

test('the Mermaid check refuses a broken diagram', () => {
  const [result] = parseMermaid(['flowchart LR\n  a["unclosed --> b']);
  expect(result.error).toContain('Parse error');
}, 30_000);

test('names with quotes, angle brackets and # stay inside their labels', () => {
  const odd = '"a" <b> #c; |d|';
  const object = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: odd },
    spec: {
      containers: [{ name: odd, image: odd, volumeMounts: [{ name: odd, mountPath: odd }] }],
      volumes: [{ name: odd, emptyDir: {} }],
    },
  };
  const diagram = podDiagram(explainManifests([{ object, source: 'odd.yaml', document: 0 }]).workloads[0]);
  expect(parseMermaid([diagram])[0]).toEqual({ type: 'flowchart-v2' });
}, 30_000);

describe('the examples', () => {
  test("controllers: a StatefulSet's claims are its pods' volumes", () => {
    const queue = byName(examples.workloads, 'queue');
    expect(queue.volumes).toEqual([{ name: 'data', source: 'claim per pod, 20Gi' }]);
    expect(queue.containers[0].mounts).toEqual([{ volume: 'data', path: '/var/lib/queue', readOnly: false }]);
  });

  test('all-patterns: the parts each container plays, localhost and the outside', () => {
    const shop = byName(examples.workloads, 'shop');
    expect(parts(shop)).toEqual([
      ['db-ambassador', ContainerPart.AMBASSADOR],
      ['wait-for-db', ContainerPart.INIT_STEP],
      ['migrate', ContainerPart.INIT_STEP],
      ['app', ContainerPart.APP],
      ['log-shipper', ContainerPart.SIDECAR],
      ['metrics-adapter', ContainerPart.ADAPTER],
    ]);
    const app = shop.containers.find((c) => c.name === 'app')!;
    expect(app.localhostTargets).toEqual([{ port: 5432, listener: 'db-ambassador' }]);
    expect(shop.containers[0].remotes).toEqual(['db.example.com:5432']);
    expect(shop.scrapes).toEqual([{ port: '9113', path: '/metrics', container: 'metrics-adapter', by: 'prometheus.io annotations' }]);
    expect(shop.budgets[0].effect).toMatchObject({ expectedPods: 3, allowedDisruptions: 1, blocksDrain: false });
    expect(shop.qos).toEqual({ qosClass: 'Guaranteed', reasons: [] });
    expect(shop.debugCommand).toBe(
      'kubectl debug -it -n all-patterns deployment/shop --image=busybox:1.36 --target=app --profile=restricted -- sh',
    );
    const diagram = podDiagram(shop);
    expect(diagram).toContain('v0 -.->|"ro /var/log/app"| c4');
    expect(diagram).toContain('c3 ==>|"rw /var/log/app"| v0');
    expect(diagram).toContain('prom -.->|"scrapes :9113/metrics"| c5');
  });

  test('the examples have no finding but the warnings of the 1.28 alpha gates they choose (native sidecars, a user namespace)', () => {
    const found = [...examples.workloads.flatMap((w) => w.findings), ...examples.others].map((f) => f.violation.code);
    expect(new Set(found)).toEqual(new Set(['sidecar-feature-gate', 'user-namespace-feature-gate']));
  });

  test('the mesh example counts the injected proxy and its init step', () => {
    const mesh = examples.workloads.find((w) => w.containers.some((c) => c.injected))!;
    expect(mesh.containers.filter((c) => c.injected).map((c) => c.name)).toEqual(['istio-init', 'istio-proxy']);
    expect(mesh.qos.qosClass).toBe('Guaranteed');
  });

  test("docs/explain/ holds each example's report as it is today (run `npm run docs` and commit)", () => {
    const generated = renderExplainDocs();
    expect(fs.readdirSync(path.join(ROOT, 'docs', 'explain')).sort()).toEqual([...generated.keys()].sort());
    for (const [file, markdown] of generated) {
      expect({ file, markdown: fs.readFileSync(path.join(ROOT, 'docs', 'explain', file), 'utf8') }).toEqual({ file, markdown });
    }
  });
});

describe('hand-written manifests with known mistakes', () => {
  test('each workload lists its own findings and those of the budget over it', () => {
    const web = byName(broken.workloads, 'web');
    expect(codes(web)).toEqual([
      ['Deployment web', 'undeclared-volume'],
      ['Deployment web', 'port-collision'],
      ['Deployment web', 'unpinned-image'],
      ['Deployment web', 'helper-without-resources'],
      ['Deployment web', 'shared-volume-writable'],
      ['PodDisruptionBudget web', 'pdb-blocks-eviction'],
    ]);
    expect(web.qos).toEqual({
      qosClass: 'Burstable',
      reasons: ['container "log-shipper" has no cpu limit', 'container "log-shipper" has no memory limit'],
    });
    expect(web.budgets[0].effect.blocksDrain).toBe(true);
    expect(codes(byName(broken.workloads, 'debug'))).toEqual([['Pod debug', 'bare-pod']]);
    expect(broken.others.map((f) => [f.object, f.violation.code])).toEqual([['Service api', 'service-selects-nothing']]);
  });

  test('the report says it in words, with the fixes', () => {
    const md = broken.markdown;
    expect(md).toContain('2 workloads; the rules found 3 errors and 5 warnings.');
    expect(md).toContain('PodDisruptionBudget `web`: 2 pods minus minAvailable 2 allows no eviction');
    expect(md).toContain('**Drains cannot proceed.**');
    expect(md).toContain('- container "log-shipper" has no cpu limit');
    expect(md).toContain('**Fix**: move one of them to another port');
    expect(md).toContain('## Other objects');
    expect(md).toContain('kubectl debug -it -n shop pod/debug --image=busybox:1.36 --target=shell -- sh');
  });
});

describe('helm template output', () => {
  test('documents, comments, empty documents and a List are read as kubectl reads them', () => {
    expect(helm.workloads.map((w) => `${w.kind} ${w.name}`)).toEqual(['Deployment release-shop', 'CronJob release-shop-report']);
    expect(helm.others).toEqual([]);
  });

  test('the mesh, the ambassador, the Service and the scrape of a pod the library did not write', () => {
    const shop = byName(helm.workloads, 'release-shop');
    expect(parts(shop)).toEqual([
      ['istio-init', ContainerPart.INJECTED],
      ['wait-for-redis', ContainerPart.INIT_STEP],
      ['shop', ContainerPart.APP],
      ['redis-ambassador', ContainerPart.AMBASSADOR],
      ['metrics', ContainerPart.HELPER],
      ['istio-proxy', ContainerPart.INJECTED],
    ]);
    expect(shop.lifecycle.start[1].outboundBlocked).toBe(true);
    expect(shop.services).toEqual([{ name: 'release-shop', ports: [{ port: 80, target: 'http', container: 'shop' }] }]);
    expect(shop.scrapes[0]).toMatchObject({ port: '9102', container: 'metrics' });
    expect(shop.shareProcessNamespace).toBe(true);
    expect(shop.qos.qosClass).toBe('Guaranteed');
    expect(shop.budgets[0].effect).toMatchObject({ allowedDisruptions: 1 });
    expect(helm.markdown).toContain('connections out of the pod fail: the mesh already redirects them');
  });

  test("a CronJob's helper that keeps running: the Job never completes", () => {
    const report = byName(helm.workloads, 'release-shop-report');
    expect(report.lifecycle.runsToCompletion).toBe(true);
    expect(helm.markdown).toContain('`uploader` must exit too, or the Job never completes');
    expect(report.debugCommand).toContain('$(kubectl get pod -l app.kubernetes.io/name=shop-report -o name | head -n 1)');
  });
});

describe('the command line', () => {
  const run = runCli;

  test('explain writes the report; --fail-on exits 2 on findings', () => {
    const ok = run('explain', path.join(MANIFESTS, 'helm.yaml'));
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(helm.markdown);
    expect(run('explain', path.join(MANIFESTS, 'broken.yaml'), '--fail-on', 'error').status).toBe(2);
    expect(run('explain', path.join(ROOT, 'dist'), '--fail-on', 'error').status).toBe(0);
    expect(run('explain', path.join(ROOT, 'dist'), '--fail-on', 'warning').status).toBe(2);
  });

  test('errors say what and how to fix', () => {
    expect(run('explain').stderr).toContain('give the YAML files or folders to explain');
    expect(run('explain', 'nowhere/').stderr).toContain('nowhere/: no such file or folder');
    expect(run('explain', 'dist', '--minimum-qos', 'gold').stderr).toContain(
      '--minimum-qos is "gold"; use one of Guaranteed, Burstable, BestEffort',
    );
    expect(run('lint').status).toBe(1);
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'explain-')), 'bad.yaml');
    fs.writeFileSync(bad, 'kind: Pod\nmetadata:\n  name: [unclosed\n');
    expect(run('explain', bad).stderr).toMatch(/bad\.yaml:\d+: not valid YAML/);
  });

  test('npx cdk8s-pod-patterns explain dist/ (the bin, on the build) writes the file', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'explain-')), 'report.md');
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'cdk8s-pod-patterns.js'), 'explain', 'dist/', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^wrote .*report\.md: \d+ workloads, 3 findings\n$/);
    expect(fs.readFileSync(out, 'utf8')).toContain('```mermaid');
  });
});
