import { labelSelectorMatches, Severity, validateManifest, validateObjectMeta, validatePodSpec } from '../../lib/rules';
import { isEmptySelector } from '../../lib/rules/metadata';
import { C, caseTables, T } from './cases';
import {
  app,
  configMap,
  cronJob,
  daemonSet,
  deployment,
  found,
  job,
  mutated,
  pdb,
  pod,
  secret,
  service,
  single,
  statefulSet,
} from './fixtures';

describe('valid objects have no violations', () => {
  test.each([
    ['Deployment', deployment()],
    ['StatefulSet', statefulSet()],
    ['DaemonSet', daemonSet()],
    ['Job', job()],
    ['CronJob', cronJob()],
    ['Pod', pod()],
    ['Service', service()],
    ['ConfigMap', configMap()],
    ['Secret', secret()],
    ['PodDisruptionBudget', pdb()],
    ['an unknown kind', { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec: { anything: true } }],
  ])('%s', (_, object) => expect(validateManifest(object)).toEqual([]));
});

describe.each(caseTables)('%s', (_, cases) => {
  test.each(cases)('%s', (__, object, expected) => expect(found(object)).toEqual(expected));
});

describe('messages name the thing and say how to fix it', () => {
  test('an uppercase image', () => {
    const v = single(mutated(deployment(), (d) => (d.spec.template.spec.containers[0].image = 'Foo:1.0')));
    expect(v).toEqual({
      code: 'invalid-image',
      severity: Severity.ERROR,
      field: `${C}.image`,
      message: expect.stringContaining(
        'container "app" has image "Foo:1.0", which is not a valid image reference (the repository name must be lowercase)',
      ),
      fix: 'write the repository in lowercase, e.g. "foo:1.0"',
      rule: expect.stringContaining('EnsureImageExists'),
    });
  });

  test('a port collision names both containers', () => {
    const v = single(
      mutated(deployment(), (d) =>
        d.spec.template.spec.containers.push({ name: 'proxy', image: 'envoy:1', ports: [{ containerPort: 8080 }] }),
      ),
    );
    expect(v.message).toContain('container "proxy" and container "app" both listen on 8080/TCP');
  });

  test('a limit of 0 says what the kubelet does with it and cites it', () => {
    const v = single(mutated(deployment(), (d) => (d.spec.template.spec.containers[0].resources = { limits: { memory: '0' } })));
    expect(v.message).toContain('no limit at all');
    expect(v.rule).toContain('calculateLinuxResources');
  });

  test('a fractional memory quantity is a warning', () => {
    const v = single(mutated(deployment(), (d) => (d.spec.template.spec.containers[0].resources.requests.memory = '100m')));
    expect([v.code, v.severity, v.field]).toEqual(['invalid-quantity', Severity.WARNING, `${C}.resources.requests[memory]`]);
  });

  test('a native sidecar is only a warning', () => {
    const violations = validateManifest(
      mutated(deployment(), (d) => (d.spec.template.spec.initContainers = [{ name: 'proxy', image: 'envoy:1', restartPolicy: 'Always' }])),
    );
    expect(violations.map((v) => [v.code, v.severity])).toEqual([['sidecar-feature-gate', Severity.WARNING]]);
  });

  test('a TZ in the schedule suggests spec.timeZone', () => {
    expect(single(mutated(cronJob(), (c) => (c.spec.schedule = 'CRON_TZ=Europe/Paris 0 3 * * *'))).fix).toContain(
      'spec.timeZone: "Europe/Paris"',
    );
  });

  test('suggested names are valid: a CronJob name cut at a dash, label and ConfigMap keys with a prefix or nothing usable', () => {
    const fixes = (title: string) =>
      validateManifest(caseTables.flatMap(([, cases]) => cases).find(([t]) => t === title)![1]).map((v) => v.fix);
    expect(fixes('CronJob name of 53 characters cut at a dash')).toEqual([`shorten it to at most 52 characters, e.g. "${'a'.repeat(51)}"`]);
    expect(fixes('label keys with a prefix, or nothing left to suggest')).toEqual([
      'rename the key, e.g. "example-org/app-name"',
      'rename the key, e.g. "key"',
    ]);
    expect(fixes('ConfigMap keys that leave little to suggest')).toEqual(['rename the key, e.g. "a_b"', 'rename the key, e.g. "key"']);
  });

  test.each([
    ['/etc/b', 'etc/b'],
    ['..c', 'c'],
    ['a/../../b', 'a/b'],
    ['./../x', 'x'],
    ['..', 'file'],
    ['../..', 'file'],
    ['/a.b', 'a.b'],
  ])('item path %j suggests %j, inside the volume', (path, inside) => {
    const object = mutated(
      deployment(),
      (d) => (d.spec.template.spec.volumes[0] = { name: 'data', secret: { secretName: 's', items: [{ key: 'k', path }] } }),
    );
    expect(single(object).fix).toBe(`use a path inside the volume, e.g. "${inside}"`);
  });

  test('every violation has a message, a fix and a rule citing a Go function', () => {
    const all = caseTables.flatMap(([, cases]) => cases).flatMap(([, o]) => validateManifest(o));
    expect(all.length).toBeGreaterThan(150);
    for (const v of all) {
      expect(v.message.length).toBeGreaterThan(10);
      expect(v.fix.length).toBeGreaterThan(5);
      expect(v.rule).toMatch(/[A-Za-z]+\.[A-Za-z]+|\(|policy/);
    }
  });
});

describe('building blocks', () => {
  test('validatePodSpec reports under spec unless told otherwise', () => {
    expect(validatePodSpec({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 0 }] }] }).map((v) => v.field)).toEqual([
      'spec.containers[0].ports[0].containerPort',
    ]);
  });

  test('validatePodSpec reports under the given path', () => {
    expect(
      validatePodSpec({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 0 }] }] }, 'template.spec').map((v) => v.field),
    ).toEqual(['template.spec.containers[0].ports[0].containerPort']);
  });

  test('validateObjectMeta applies the kind name rule', () => {
    expect(validateObjectMeta({ name: 'a.b' }, 'Service').map((v) => v.code)).toEqual(['invalid-name']);
    expect(validateObjectMeta({ name: 'a.b' }, 'ConfigMap')).toEqual([]);
    expect(validateObjectMeta({ name: 'A' }, 'ConfigMap').map((v) => v.field)).toEqual(['metadata.name']);
  });

  // metav1.LabelSelectorAsSelector: matchLabels and every expression must hold.
  test.each([
    ['In, value listed', { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] }, { app: 'web' }, true],
    ['In, value not listed', { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] }, { app: 'api' }, false],
    ['In, label absent', { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] }, {}, false],
    ['NotIn, value listed', { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] }, { app: 'web' }, false],
    ['NotIn, label absent', { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] }, {}, true],
    ['Exists', { matchExpressions: [{ key: 'app', operator: 'Exists' }] }, { app: '' }, true],
    ['DoesNotExist', { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, { app: 'web' }, false],
    ['an unknown operator selects nothing', { matchExpressions: [{ key: 'app', operator: 'Has' }] }, { app: 'web' }, false],
    [
      'matchLabels and an expression',
      { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'Exists' }] },
      { app: 'web' },
      false,
    ],
    ['an empty selector selects every pod', {}, { app: 'web' }, true],
    ['an absent selector selects none', undefined, { app: 'web' }, false],
  ])('labelSelectorMatches: %s', (_, selector, labels, matches) => expect(labelSelectorMatches(selector, labels)).toBe(matches));

  test('a selector of empty matchLabels and no expressions is empty', () => {
    expect(isEmptySelector({ matchLabels: {} })).toBe(true);
    expect(isEmptySelector({ matchLabels: {}, matchExpressions: [{ key: 'app', operator: 'Exists' }] })).toBe(false);
    expect(isEmptySelector({ matchLabels: { app: 'web' } })).toBe(false);
  });

  test('a second container named like the first is reported once, on the second', () => {
    expect(
      found(
        mutated(deployment(), (d) => d.spec.template.spec.containers.push({ ...app(), ports: [{ name: 'http', containerPort: 9090 }] })),
      ),
    ).toEqual([['duplicate-container-name', `${T}.containers[1].name`]]);
  });

  test('containers are told apart by how messages name them: a namesake on the same port is only a duplicate name', () => {
    expect(found(mutated(deployment(), (d) => d.spec.template.spec.containers.push(app())))).toEqual([
      ['duplicate-container-name', `${T}.containers[1].name`],
    ]);
  });
});
