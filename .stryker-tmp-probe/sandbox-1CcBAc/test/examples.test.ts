// @ts-nocheck
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Yaml } from 'cdk8s';
import { addExamples, EXAMPLES } from '../examples/app';
import { PodAnnotations } from '../lib';
import { validateAgainstSchema } from './k8s-schema';
import { kubeletQos } from './kubelet-qos';
import { restrictedViolations } from './pod-security-standards';
import { podContainersWithInjected, podMetadataOf, podSpecOf, WORKLOAD_KINDS } from './util';

const DIST = path.join(__dirname, '..', 'dist');

function synthExamples(): Record<string, string> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'pod-patterns-examples-'));
  try {
    const app = new App({ outdir });
    addExamples(app);
    app.synth();
    return Object.fromEntries(
      fs
        .readdirSync(outdir)
        .sort()
        .map((f) => [f, fs.readFileSync(path.join(outdir, f), 'utf8')]),
    );
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
  expect(Object.keys(files)).toEqual(
    Object.keys(EXAMPLES)
      .map((id) => `${id}.k8s.yaml`)
      .sort(),
  );
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

  test('every pod template records the QoS class the kubelet will compute', () => {
    for (const object of load().filter((o: any) => WORKLOAD_KINDS.includes(o.kind))) {
      const metadata = podMetadataOf(object);
      expect(metadata.annotations[PodAnnotations.QOS_CLASS]).toBe(kubeletQos(podContainersWithInjected(object)));
    }
  });

  test('every pod meets the restricted Pod Security Standard, or says why not', () => {
    for (const object of load().filter((o: any) => WORKLOAD_KINDS.includes(o.kind))) {
      const annotations = podMetadataOf(object).annotations;
      if (annotations[PodAnnotations.SECURITY_PROFILE] === 'restricted') {
        expect({ pod: object.metadata.name, violations: restrictedViolations(podSpecOf(object)) }).toEqual({
          pod: object.metadata.name,
          violations: [],
        });
      } else {
        expect(annotations[PodAnnotations.SECURITY_EXCEPTIONS]).toMatch(/\(.+\)/);
      }
    }
  });
});
