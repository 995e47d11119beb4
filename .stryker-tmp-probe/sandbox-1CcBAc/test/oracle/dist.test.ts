// @ts-nocheck
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';
import { oracleFindingsAll } from '.';

const DIST = join(__dirname, '..', '..', 'dist');
const files = readdirSync(DIST).filter((file) => file.endsWith('.yaml'));
const manifests = (file: string) =>
  parseAllDocuments(readFileSync(join(DIST, file), 'utf8'))
    .map((document) => document.toJSON())
    .filter((object) => object !== null);

const print = (lines: string[]) => {
  // test/setup.ts silences console.warn for every test; this report is meant to be read.
  jest.mocked(console.warn).mockRestore();
  if (lines.length > 0) console.warn(lines.join('\n'));
};

test('there are synthesized examples to judge', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)('dist/%s', (file) => {
  test('passes the oracle', () => {
    const findings = oracleFindingsAll(manifests(file));
    print(findings.map((f) => `dist/${file}: [${f.rule}] ${f.path}: ${f.message}`));
    expect(findings).toEqual([]);
  });

  test('on a 1.28 cluster with default feature gates (native sidecars off)', () => {
    // Informational: Kubernetes 1.28 ships SidecarContainers as an alpha gate, off by default.
    // Without it the API server drops restartPolicy from init containers; a sidecar with probes
    // is then refused, one without them blocks the pod's start. Only init containers are affected.
    const findings = oracleFindingsAll(manifests(file), { sidecarContainers: false });
    print(findings.map((f) => `dist/${file} (SidecarContainers off): [${f.rule}] ${f.path}`));
    expect(findings.every((f) => f.path.includes('.initContainers['))).toBe(true);
  });
});

// The examples pass; these show the oracle reads their shapes and would notice a broken one.
describe('the oracle notices a broken example', () => {
  const all = files.map((file) => ({ file, objects: manifests(file) }));
  const templates = (o: any) => (o.kind === 'CronJob' ? o.spec.jobTemplate.spec.template : o.kind === 'Pod' ? o : o.spec?.template);
  const withTemplate = all.flatMap(({ file, objects }) =>
    objects.flatMap((o, i) => (templates(o)?.spec ? [[`${file} ${o.kind} ${o.metadata.name}`, objects, i] as const] : [])),
  );

  test.each(withTemplate)('a wrong QoS annotation or image in %s', (_, objects: any, i: any) => {
    const copy = structuredClone(objects);
    const template = templates(copy[i]);
    const annotations = template.metadata.annotations;
    annotations['pod-patterns.io/qos-class'] = annotations['pod-patterns.io/qos-class'] === 'BestEffort' ? 'Guaranteed' : 'BestEffort';
    template.spec.containers[0].image = template.spec.containers[0].image.toUpperCase();
    expect(oracleFindingsAll(copy).map((f) => f.rule)).toEqual(
      expect.arrayContaining(['pod/qos-annotation-mismatch', 'pod/invalid-image']),
    );
  });

  const selecting = all.flatMap(({ file, objects }) =>
    objects
      .map((o, i) => [`${file} ${o.kind} ${o.metadata.name}`, objects, i] as const)
      .filter(([, , i]) => ['Service', 'PodDisruptionBudget'].includes(objects[i].kind)),
  );
  test.each(selecting)('a selector that misses in %s', (_, objects: any, i: any) => {
    const copy = structuredClone(objects);
    const selector = copy[i].kind === 'Service' ? copy[i].spec.selector : copy[i].spec.selector.matchLabels;
    selector['app.kubernetes.io/name'] = 'nothing';
    expect(oracleFindingsAll(copy).map((f) => f.rule)).toContain(
      copy[i].kind === 'Service' ? 'service/selects-nothing' : 'pdb/selects-nothing',
    );
  });
});
