/**
 * The validation plugin run in process, against a context that stands in for cdk8s-cli's (which
 * test/validation.test.ts runs for real, in a child process the mutation run cannot see into):
 * what it reports for each finding, how ignore, failOn and minimumQosClass change the verdict,
 * Lists and empty documents, and its property checks word for word.
 */
// @ts-nocheck

import { PluginContext, PodPatternsValidation } from '../lib/validation';

const container = (name: string, image: string, port: number) => ({
  name,
  image,
  ports: [{ containerPort: port }],
  resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
});
const deployment = (name: string, containers: unknown[]) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: { replicas: 2, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers } } },
});
const good = deployment('good', [container('app', 'myapp:1.0', 8080)]);
const unpinned = deployment('unpinned', [container('app', 'myapp', 8080)]);
const collision = deployment('clash', [container('app', 'myapp:1.0', 8080), container('side', 'side:1.0', 8080)]);

async function run(properties: unknown, files: Record<string, unknown[]>) {
  const violations: any[] = [];
  let submitted: { status: string; metadata?: Record<string, string> } | undefined;
  const context: PluginContext = {
    manifests: Object.keys(files),
    parseManifest: (file) => files[file],
    report: {
      addViolation: (v) => violations.push(v),
      submit: (status, metadata) => (submitted = { status, metadata: metadata as Record<string, string> }),
    },
  };
  await new PodPatternsValidation(properties).validate(context);
  return { violations, submitted: submitted! };
}

test('a clean set succeeds, counting every object, Lists item by item and no empty document', async () => {
  const { violations, submitted } = await run(
    {},
    {
      'a.yaml': [good, null, undefined],
      'b.yaml': [{ apiVersion: 'v1', kind: 'List', items: [good, good] }],
      'c.yaml': [{ apiVersion: 'apps/v1', kind: 'DeploymentList', items: [good] }],
    },
  );
  expect(violations).toEqual([]);
  expect(submitted).toEqual({
    status: 'success',
    metadata: {
      'Rules': 'Kubernetes 1.28 validation and multi-container pod patterns',
      'Objects checked': '4',
      'Errors': '0',
      'Warnings': '0',
    },
  });
});

test('an error fails; each finding names its object, field, rule and fix, and the file it is in', async () => {
  const { violations, submitted } = await run({}, { 'a.yaml': [collision] });
  expect(submitted.status).toBe('failure');
  expect(submitted.metadata).toMatchObject({ 'Objects checked': '1', 'Errors': '1', 'Warnings': '0' });
  expect(violations).toHaveLength(1);
  const [v] = violations;
  expect(v.ruleName).toBe('[error] port-collision');
  expect(v.recommendation).toMatch(/^Deployment clash: .+ \(rule: .+\)$/);
  expect(v.fix).toEqual(expect.any(String));
  expect(v.violatingResources).toEqual([
    { resourceName: 'clash', locations: ['spec.template.spec.containers[1].ports[0].containerPort'], manifestPath: 'a.yaml' },
  ]);
});

test('a warning is reported but fails only with failOn: warning', async () => {
  const lenient = await run({}, { 'a.yaml': [unpinned] });
  expect(lenient.violations.map((v) => v.ruleName)).toEqual(['[warning] unpinned-image']);
  expect(lenient.submitted.status).toBe('success');
  expect(lenient.submitted.metadata).toMatchObject({ Errors: '0', Warnings: '1' });
  expect((await run({ failOn: 'warning' }, { 'a.yaml': [unpinned] })).submitted.status).toBe('failure');
  expect((await run({ failOn: 'error' }, { 'a.yaml': [unpinned] })).submitted.status).toBe('success');
});

test('ignored codes are neither reported nor counted, and the report says which were ignored', async () => {
  const { violations, submitted } = await run(
    { ignore: ['port-collision', 'unpinned-image'], failOn: 'warning' },
    { 'a.yaml': [collision, unpinned] },
  );
  expect(violations).toEqual([]);
  expect(submitted).toEqual({
    status: 'success',
    metadata: expect.objectContaining({ Errors: '0', Warnings: '0', Ignored: 'port-collision, unpinned-image' }),
  });
});

test('minimumQosClass reaches the rules over the set', async () => {
  const bestEffort = deployment('lean', [{ name: 'app', image: 'myapp:1.0' }]);
  const { violations } = await run({ minimumQosClass: 'Burstable' }, { 'a.yaml': [bestEffort] });
  expect(violations.map((v) => v.ruleName)).toContain('[error] qos-mismatch');
  expect((await run({}, { 'a.yaml': [bestEffort] })).violations.map((v) => v.ruleName)).not.toContain('[error] qos-mismatch');
});

const WHERE = 'cdk8s.yaml, validations entry of PodPatternsValidation, properties';

test.each<[unknown, string]>([
  [[], 'expected a map of ignore, failOn and minimumQosClass, got []'],
  [null, 'expected a map of ignore, failOn and minimumQosClass, got null'],
  ['x', 'expected a map of ignore, failOn and minimumQosClass, got "x"'],
  [{ failon: 'warning' }, 'unknown property "failon"; use ignore, failOn, minimumQosClass'],
  [{ ignore: 'x' }, 'ignore must be a list of violation codes, e.g. [sidecar-feature-gate]'],
  [{ ignore: [1] }, 'ignore must be a list of violation codes, e.g. [sidecar-feature-gate]'],
  [{ failOn: 'never' }, 'failOn is "never"; use error or warning'],
  [{ minimumQosClass: 'gold' }, 'minimumQosClass is "gold"; use Guaranteed, Burstable, BestEffort'],
])('properties %j are refused', (properties, message) => {
  expect(() => new PodPatternsValidation(properties)).toThrow(`${WHERE}: ${message}`);
});

test('valid properties are accepted', () => {
  for (const minimumQosClass of ['Guaranteed', 'Burstable', 'BestEffort']) {
    expect(() => new PodPatternsValidation({ ignore: [], failOn: 'error', minimumQosClass })).not.toThrow();
  }
  expect(() => new PodPatternsValidation()).not.toThrow();
});

test('an object without kind or name is reported as "object" with an empty resource name', async () => {
  const { violations } = await run({}, { 'a.yaml': [{ apiVersion: 'v1', metadata: {} }] });
  expect(violations).toHaveLength(1);
  expect(violations[0].ruleName).toBe('[error] invalid-manifest');
  expect(violations[0].recommendation).toMatch(/^object : .+ \(rule: .+\)$/);
  expect(violations[0].violatingResources).toEqual([{ resourceName: '', locations: ['kind'], manifestPath: 'a.yaml' }]);
});

test('only a kind ending in List with an items array is a List: other objects with items count as one', async () => {
  const { submitted } = await run(
    {},
    {
      'a.yaml': [
        { apiVersion: 'v1', kind: 'Thing', metadata: { name: 'thing' }, items: [good, good] },
        { apiVersion: 'v1', kind: ['List'], metadata: { name: 'odd' }, items: [good] },
      ],
    },
  );
  expect(submitted.metadata).toMatchObject({ 'Objects checked': '2' });
});
