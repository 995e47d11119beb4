import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Yaml } from 'cdk8s';
import { addExamples, EXAMPLES } from '../examples/app';
import { QOS_CLASS_ANNOTATION } from '../lib';
import { computeQosClass } from '../lib/policies/qos';
import { parseResources } from '../lib/policies/resources';
import { validateAgainstSchema } from './k8s-schema';
import { podMetadataOf, podSpecOf, WORKLOAD_KINDS } from './util';

const DIST = path.join(__dirname, '..', 'dist');

function synthExamples(): Record<string, string> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'pod-patterns-examples-'));
  try {
    const app = new App({ outdir });
    addExamples(app);
    app.synth();
    return Object.fromEntries(fs.readdirSync(outdir).sort().map((f) => [f, fs.readFileSync(path.join(outdir, f), 'utf8')]));
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

let files: Record<string, string>;
beforeAll(() => {
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  files = synthExamples();
});

test('one YAML file per example chart', () => {
  expect(Object.keys(files)).toEqual(Object.keys(EXAMPLES).map((id) => `${id}.k8s.yaml`).sort());
});

test('the committed dist/ is what the examples synthesize today (run `npm run synth` and commit)', () => {
  const committed = fs.readdirSync(DIST).sort();
  expect(committed).toEqual(Object.keys(files));
  for (const [file, yaml] of Object.entries(files)) {
    expect({ file, yaml: fs.readFileSync(path.join(DIST, file), 'utf8') }).toEqual({ file, yaml });
  }
});

test('synthesis is deterministic: a second synth is byte-identical', () => {
  expect(synthExamples()).toEqual(files);
});

describe.each(Object.keys(EXAMPLES))('example %s', (id) => {
  const load = () => Yaml.load(path.join(DIST, `${id}.k8s.yaml`));

  test('matches its reviewed snapshot', () => {
    expect(files[`${id}.k8s.yaml`]).toMatchSnapshot();
  });

  test('every object validates against the Kubernetes schema', () => {
    for (const object of load()) {
      validateAgainstSchema(object);
    }
  });

  test('every pod template records the QoS class Kubernetes will compute', () => {
    for (const object of load().filter((o: any) => WORKLOAD_KINDS.includes(o.kind))) {
      const spec = podSpecOf(object);
      const containers = [...spec.containers, ...(spec.initContainers ?? [])].map((c: any) => ({
        name: c.name,
        resources: parseResources({ node: { path: c.name } } as any, c.name, {
          cpu: { request: c.resources?.requests?.cpu?.toString(), limit: c.resources?.limits?.cpu?.toString() },
          memory: { request: c.resources?.requests?.memory, limit: c.resources?.limits?.memory },
        }),
      }));
      expect(podMetadataOf(object).annotations[QOS_CLASS_ANNOTATION]).toBe(computeQosClass(containers).name);
    }
  });
});
