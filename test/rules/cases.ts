/**
 * Objects that break Kubernetes' rules, one table per part of the rules, each row with the
 * violations (code and field) it must have: manifest.test.ts checks those, wording.test.ts the
 * words of the findings.
 */
import { configMap, cronJob, daemonSet, deployment, job, mutated, pdb, pod, secret, service, statefulSet } from './fixtures';

export const T = 'spec.template.spec';
export const C = `${T}.containers[0]`;

export type Case = [string, unknown, [string, string][]];

export const metadataCases: Case[] = [
  ['name not a subdomain', mutated(deployment(), (d) => (d.metadata.name = 'Web_App')), [['invalid-name', 'metadata.name']]],
  ['no name', mutated(deployment(), (d) => delete d.metadata.name), [['invalid-name', 'metadata.name']]],
  ['generateName accepts a trailing dash', mutated(deployment(), (d) => (delete d.metadata.name, (d.metadata.generateName = 'web-'))), []],
  ['Service name must be a DNS-1035 label', mutated(service(), (s) => (s.metadata.name = '1web')), [['invalid-name', 'metadata.name']]],
  [
    'StatefulSet name must be a DNS-1123 label (no dots)',
    mutated(statefulSet(), (s) => (s.metadata.name = 'db.primary')),
    [['invalid-name', 'metadata.name']],
  ],
  ['Deployment name may have dots', mutated(deployment(), (d) => (d.metadata.name = 'web.v2')), []],
  ['CronJob name of 53 characters', mutated(cronJob(), (c) => (c.metadata.name = 'a'.repeat(53))), [['invalid-name', 'metadata.name']]],
  ['CronJob name of 52 characters', mutated(cronJob(), (c) => (c.metadata.name = 'a'.repeat(52))), []],
  ['namespace not a label', mutated(deployment(), (d) => (d.metadata.namespace = 'Prod')), [['invalid-name', 'metadata.namespace']]],
  ['label key', mutated(deployment(), (d) => (d.metadata.labels['app name'] = 'x')), [['invalid-label', 'metadata.labels[app name]']]],
  ['label value', mutated(deployment(), (d) => (d.metadata.labels.tier = 'front end')), [['invalid-label', 'metadata.labels[tier]']]],
  [
    'label value of 64 characters',
    mutated(deployment(), (d) => (d.metadata.labels.tier = 'a'.repeat(64))),
    [['invalid-label', 'metadata.labels[tier]']],
  ],
  [
    'label value that YAML read as a number',
    mutated(deployment(), (d) => (d.metadata.labels.version = 2)),
    [['invalid-label', 'metadata.labels[version]']],
  ],
  ['annotation keys are checked lower-cased', mutated(deployment(), (d) => (d.metadata.annotations = { 'Example.COM/Owner': 'me' })), []],
  [
    'annotation key',
    mutated(deployment(), (d) => (d.metadata.annotations = { 'owner team': 'me' })),
    [['invalid-annotation', 'metadata.annotations[owner team]']],
  ],
  [
    'annotations over 256 KiB in UTF-8 bytes although under in characters',
    mutated(deployment(), (d) => (d.metadata.annotations = { a: 'é'.repeat(131072) })),
    [['invalid-annotation', 'metadata.annotations']],
  ],
  ['annotations of exactly 256 KiB', mutated(deployment(), (d) => (d.metadata.annotations = { a: 'x'.repeat(262143) })), []],
  [
    'pod template label',
    mutated(deployment(), (d) => (d.spec.template.metadata.labels['-bad'] = 'web')),
    [['invalid-label', 'spec.template.metadata.labels[-bad]']],
  ],
  [
    'nodeSelector value',
    mutated(deployment(), (d) => (d.spec.template.spec.nodeSelector = { disk: 'fast ssd' })),
    [['invalid-label', `${T}.nodeSelector[disk]`]],
  ],
  [
    'selector expression operator',
    mutated(deployment(), (d) => (d.spec.selector.matchExpressions = [{ key: 'tier', operator: 'Equals', values: ['a'] }])),
    [
      ['invalid-label', 'spec.selector.matchExpressions[0].operator'],
      ['selector-mismatch', 'spec.template.metadata.labels'],
    ],
  ],
  [
    'selector expression value',
    mutated(deployment(), (d) => (d.spec.selector.matchExpressions = [{ key: 'app', operator: 'In', values: ['web', 'a b'] }])),
    [['invalid-label', 'spec.selector.matchExpressions[0].values[1]']],
  ],
  [
    'nulls in metadata read as absent: namespace, labels, annotations, a selector operator',
    mutated(deployment(), (d) => {
      Object.assign(d.metadata, { namespace: null, labels: null, annotations: null });
      d.spec.selector.matchExpressions = [{ key: 'app', operator: null }];
    }),
    [
      ['invalid-label', 'spec.selector.matchExpressions[0].operator'],
      ['selector-mismatch', 'spec.template.metadata.labels'],
    ],
  ],
  [
    'label and annotation values undefined in a map',
    mutated(deployment(), (d) => ((d.metadata.labels.tier = undefined), (d.metadata.annotations = { owner: undefined }))),
    [
      ['invalid-label', 'metadata.labels[tier]'],
      ['invalid-annotation', 'metadata.annotations[owner]'],
    ],
  ],
  [
    'generateName that is not a subdomain even with its dash',
    mutated(deployment(), (d) => (delete d.metadata.name, (d.metadata.generateName = 'Web_'))),
    [['invalid-name', 'metadata.generateName']],
  ],
  [
    'Service generateName starting with a digit',
    mutated(service(), (s) => (delete s.metadata.name, (s.metadata.generateName = '1web-'))),
    [['invalid-name', 'metadata.generateName']],
  ],
  ['name that is a number', mutated(deployment(), (d) => (d.metadata.name = 5)), [['invalid-name', 'metadata.name']]],
  ['metadata that is not an object', mutated(deployment(), (d) => (d.metadata = 'web')), [['invalid-name', 'metadata.name']]],
  [
    'CronJob name of 53 characters cut at a dash',
    mutated(cronJob(), (c) => (c.metadata.name = `${'a'.repeat(51)}-b`)),
    [['invalid-name', 'metadata.name']],
  ],
  [
    'Namespace with a namespace',
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', namespace: 'default' } },
    [['invalid-name', 'metadata.namespace']],
  ],
  [
    'Namespace name with a dot',
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop.eu' } },
    [['invalid-name', 'metadata.name']],
  ],
  ['namespace that is a number', mutated(deployment(), (d) => (d.metadata.namespace = 5)), [['invalid-name', 'metadata.namespace']]],
  ['namespace empty', mutated(deployment(), (d) => (d.metadata.namespace = '')), []],
  ['labels that are not a map', mutated(deployment(), (d) => (d.metadata.labels = 'app=web')), [['invalid-label', 'metadata.labels']]],
  ['label value null', mutated(deployment(), (d) => (d.metadata.labels.tier = null)), [['invalid-label', 'metadata.labels[tier]']]],
  ['label value empty', mutated(deployment(), (d) => (d.metadata.labels.tier = '')), []],
  [
    'label keys with a prefix, or nothing left to suggest',
    mutated(deployment(), (d) => Object.assign(d.metadata.labels, { 'Example_Org/app name': 'x', '---': 'y' })),
    [
      ['invalid-label', 'metadata.labels[Example_Org/app name]'],
      ['invalid-label', 'metadata.labels[---]'],
    ],
  ],
  [
    'annotations that are not a map',
    mutated(deployment(), (d) => (d.metadata.annotations = ['owner'])),
    [['invalid-annotation', 'metadata.annotations']],
  ],
  [
    'annotation values that are not strings',
    mutated(deployment(), (d) => (d.metadata.annotations = { replicas: 3, config: { a: 1 }, none: null })),
    [
      ['invalid-annotation', 'metadata.annotations[replicas]'],
      ['invalid-annotation', 'metadata.annotations[config]'],
      ['invalid-annotation', 'metadata.annotations[none]'],
    ],
  ],
  [
    'annotations over 256 KiB, values that are not strings left out of the count',
    mutated(deployment(), (d) => (d.metadata.annotations = { a: 'x'.repeat(262143), b: 7 })),
    [['invalid-annotation', 'metadata.annotations[b]']],
  ],
  [
    'selector expressions: key, In without values, Exists with values, a value that is a number',
    mutated(deployment(), (d) => {
      d.spec.selector.matchExpressions = [
        { key: 'bad key', operator: 'Exists' },
        { key: 'app', operator: 'In', values: [] },
        { key: 'app', operator: 'Exists', values: ['web'] },
        { key: 'app', operator: 'NotIn', values: [5] },
      ];
    }),
    [
      ['invalid-label', 'spec.selector.matchExpressions[0].key'],
      ['invalid-label', 'spec.selector.matchExpressions[1].values'],
      ['invalid-label', 'spec.selector.matchExpressions[2].values'],
      ['invalid-label', 'spec.selector.matchExpressions[3].values[0]'],
      ['selector-mismatch', 'spec.template.metadata.labels'],
    ],
  ],
  [
    'selector expression that is not an object',
    mutated(deployment(), (d) => (d.spec.selector.matchExpressions = ['app'])),
    [
      ['invalid-label', 'spec.selector.matchExpressions[0].key'],
      ['invalid-label', 'spec.selector.matchExpressions[0].operator'],
      ['selector-mismatch', 'spec.template.metadata.labels'],
    ],
  ],
  [
    'selector NotIn other values, DoesNotExist of an absent key',
    mutated(deployment(), (d) => {
      d.spec.selector.matchExpressions = [
        { key: 'app', operator: 'NotIn', values: ['api'] },
        { key: 'canary', operator: 'DoesNotExist' },
      ];
    }),
    [],
  ],
  [
    'selector NotIn the template value',
    mutated(deployment(), (d) => (d.spec.selector.matchExpressions = [{ key: 'app', operator: 'NotIn', values: ['web'] }])),
    [['selector-mismatch', 'spec.template.metadata.labels']],
  ],
  [
    'selector Exists of an absent key',
    mutated(deployment(), (d) => (d.spec.selector.matchExpressions = [{ key: 'canary', operator: 'Exists' }])),
    [['selector-mismatch', 'spec.template.metadata.labels']],
  ],
  [
    'selector DoesNotExist of a present key',
    mutated(deployment(), (d) => (d.spec.selector.matchExpressions = [{ key: 'app', operator: 'DoesNotExist' }])),
    [['selector-mismatch', 'spec.template.metadata.labels']],
  ],
  [
    'selector In a value the template lacks',
    mutated(deployment(), (d) => (d.spec.selector.matchExpressions = [{ key: 'tier', operator: 'In', values: ['web'] }])),
    [['selector-mismatch', 'spec.template.metadata.labels']],
  ],
  [
    'selector of expressions only, matchLabels empty',
    mutated(deployment(), (d) => (d.spec.selector = { matchLabels: {}, matchExpressions: [{ key: 'app', operator: 'Exists' }] })),
    [],
  ],
];

/** A deployment whose container mounts `mounts`. */
const withMounts = (mounts: unknown[]) => mutated(deployment(), (d) => (d.spec.template.spec.containers[0].volumeMounts = mounts));

/** A deployment whose container's environment is `env`. */
const withEnv = (env: unknown[]) => mutated(deployment(), (d) => (d.spec.template.spec.containers[0].env = env));

export const containerCases: Case[] = [
  ['container name', mutated(deployment(), (d) => (d.spec.template.spec.containers[0].name = 'App')), [['invalid-name', `${C}.name`]]],
  [
    'container name reused by an init container',
    mutated(deployment(), (d) => (d.spec.template.spec.initContainers = [{ name: 'app', image: 'busybox' }])),
    [['duplicate-container-name', `${T}.initContainers[0].name`]],
  ],
  [
    'image with uppercase repository',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].image = 'Foo:1.0')),
    [['invalid-image', `${C}.image`]],
  ],
  ['image missing', mutated(deployment(), (d) => delete d.spec.template.spec.containers[0].image), [['invalid-image', `${C}.image`]]],
  [
    'image with uppercase registry host',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].image = 'Registry.Example.com/web:1')),
    [],
  ],
  [
    'containerPort 0',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].ports[0].containerPort = 0)),
    [['invalid-port', `${C}.ports[0].containerPort`]],
  ],
  [
    'containerPort 65536',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].ports[0].containerPort = 65536)),
    [['invalid-port', `${C}.ports[0].containerPort`]],
  ],
  [
    'containerPort as a string',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].ports[0].containerPort = '8080')),
    [['invalid-port', `${C}.ports[0].containerPort`]],
  ],
  [
    'protocol in lowercase',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].ports[0].protocol = 'tcp')),
    [['invalid-port', `${C}.ports[0].protocol`]],
  ],
  [
    'port name not an IANA service name (and so the probe cannot name it)',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].ports[0].name = 'HTTP')),
    [
      ['invalid-port-name', `${C}.ports[0].name`],
      ['invalid-probe', `${C}.readinessProbe.httpGet.port`],
    ],
  ],
  [
    'port name twice in a container',
    mutated(deployment(), (d) => d.spec.template.spec.containers[0].ports.push({ name: 'http', containerPort: 8081 })),
    [['duplicate-port-name', `${C}.ports[1].name`]],
  ],
  [
    'two containers on one port',
    mutated(deployment(), (d) =>
      d.spec.template.spec.containers.push({ name: 'proxy', image: 'envoy:1', ports: [{ containerPort: 8080 }] }),
    ),
    [['port-collision', `${T}.containers[1].ports[0].containerPort`]],
  ],
  [
    'same number, other protocol',
    mutated(deployment(), (d) =>
      d.spec.template.spec.containers.push({ name: 'dns', image: 'dns:1', ports: [{ containerPort: 8080, protocol: 'UDP' }] }),
    ),
    [],
  ],
  [
    'a native sidecar on the app port (and the 1.28 feature gate warning)',
    mutated(
      deployment(),
      (d) =>
        (d.spec.template.spec.initContainers = [
          { name: 'proxy', image: 'envoy:1', restartPolicy: 'Always', ports: [{ containerPort: 8080 }] },
        ]),
    ),
    [
      ['sidecar-feature-gate', `${T}.initContainers[0].restartPolicy`],
      ['port-collision', `${T}.initContainers[0].ports[0].containerPort`],
    ],
  ],
  [
    'an init container that runs before the app may reuse its port',
    mutated(
      deployment(),
      (d) => (d.spec.template.spec.initContainers = [{ name: 'warm', image: 'busybox', ports: [{ containerPort: 8080 }] }]),
    ),
    [],
  ],
  [
    'host port claimed twice',
    mutated(deployment(), (d) => {
      d.spec.template.spec.containers[0].ports = [
        { containerPort: 8080, hostPort: 80 },
        { containerPort: 8081, hostPort: 80 },
      ];
      delete d.spec.template.spec.containers[0].readinessProbe;
    }),
    [['port-collision', `${C}.ports[1].hostPort`]],
  ],
  [
    'host port and address claimed by two containers',
    mutated(deployment(), (d) => {
      d.spec.template.spec.containers[0].ports = [{ containerPort: 8080, hostPort: 80, hostIP: '10.0.0.1', protocol: 'UDP' }];
      d.spec.template.spec.containers.push({
        name: 'proxy',
        image: 'envoy:1',
        ports: [{ containerPort: 8081, hostPort: 80, hostIP: '10.0.0.1', protocol: 'UDP' }],
      });
      delete d.spec.template.spec.containers[0].readinessProbe;
    }),
    [['port-collision', `${T}.containers[1].ports[0].hostPort`]],
  ],
  [
    'one host port on two addresses',
    mutated(deployment(), (d) => {
      d.spec.template.spec.containers[0].ports = [
        { containerPort: 8080, hostPort: 80, hostIP: '10.0.0.1' },
        { containerPort: 8081, hostPort: 80, hostIP: '10.0.0.2' },
      ];
      delete d.spec.template.spec.containers[0].readinessProbe;
    }),
    [],
  ],
  [
    'env name starting with a digit',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].env[0].name = '1MODE')),
    [['invalid-env-name', `${C}.env[0].name`]],
  ],
  [
    'env name with a colon (allowed only from 1.30)',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].env[0].name = 'a:b')),
    [['invalid-env-name', `${C}.env[0].name`]],
  ],
  [
    'env defined twice',
    mutated(deployment(), (d) => d.spec.template.spec.containers[0].env.push({ name: 'MODE', value: 'dev' })),
    [['duplicate-env', `${C}.env[1].name`]],
  ],
  [
    'configMapKeyRef name and key',
    mutated(deployment(), (d) =>
      d.spec.template.spec.containers[0].env.push({ name: 'X', valueFrom: { configMapKeyRef: { name: 'Bad_Name', key: 'a key' } } }),
    ),
    [
      ['invalid-env-ref', `${C}.env[1].valueFrom.configMapKeyRef.name`],
      ['invalid-env-ref', `${C}.env[1].valueFrom.configMapKeyRef.key`],
    ],
  ],
  [
    'valueFrom and value',
    mutated(deployment(), (d) =>
      d.spec.template.spec.containers[0].env.push({ name: 'X', value: 'a', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }),
    ),
    [['invalid-env-ref', `${C}.env[1].valueFrom`]],
  ],
  [
    'fieldRef path the downward API does not offer',
    mutated(deployment(), (d) =>
      d.spec.template.spec.containers[0].env.push({ name: 'X', valueFrom: { fieldRef: { fieldPath: 'spec.hostname' } } }),
    ),
    [['invalid-env-ref', `${C}.env[1].valueFrom.fieldRef.fieldPath`]],
  ],
  [
    'envFrom prefix and a name with a trailing dash',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].envFrom = [{ prefix: '1_', configMapRef: { name: 'cfg-' } }])),
    [
      ['invalid-env-ref', `${C}.envFrom[0].prefix`],
      ['invalid-env-ref', `${C}.envFrom[0].configMapRef.name`],
    ],
  ],
  [
    'env entries without a name, or not objects: no duplicate reported',
    withEnv([{ value: 'a' }, 'X=1']),
    [
      ['invalid-env-name', `${C}.env[0].name`],
      ['invalid-env-name', `${C}.env[1].name`],
    ],
  ],
  [
    'env names with "-", "." and digits',
    withEnv([
      { name: 'a-b.c1', value: 'x' },
      { name: '_2', value: 'y' },
    ]),
    [],
  ],
  [
    'valueFrom without a source, or with two',
    withEnv([
      { name: 'A', valueFrom: {} },
      { name: 'B', valueFrom: { configMapKeyRef: { name: 'c', key: 'k' }, secretKeyRef: { name: 's', key: 'k' } } },
      { name: 'C', valueFrom: 'config' },
    ]),
    [
      ['invalid-env-ref', `${C}.env[0].valueFrom`],
      ['invalid-env-ref', `${C}.env[1].valueFrom`],
      ['invalid-env-ref', `${C}.env[2].valueFrom`],
    ],
  ],
  [
    'valueFrom with an empty value, or null',
    withEnv([
      { name: 'A', value: '', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
      { name: 'B', value: 'b', valueFrom: null },
    ]),
    [],
  ],
  [
    'secretKeyRef without name or key',
    withEnv([{ name: 'A', valueFrom: { secretKeyRef: {} } }]),
    [
      ['invalid-env-ref', `${C}.env[0].valueFrom.secretKeyRef.name`],
      ['invalid-env-ref', `${C}.env[0].valueFrom.secretKeyRef.key`],
    ],
  ],
  [
    'configMapKeyRef without a key',
    withEnv([{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cfg', key: '' } } }]),
    [['invalid-env-ref', `${C}.env[0].valueFrom.configMapKeyRef.key`]],
  ],
  [
    'downward API field paths anchored at both ends',
    withEnv([
      { name: 'A', valueFrom: { fieldRef: { fieldPath: "xmetadata.labels['app']" } } },
      { name: 'B', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']x" } } },
    ]),
    [
      ['invalid-env-ref', `${C}.env[0].valueFrom.fieldRef.fieldPath`],
      ['invalid-env-ref', `${C}.env[1].valueFrom.fieldRef.fieldPath`],
    ],
  ],
  [
    'valueFrom sources that are null are none',
    withEnv([{ name: 'A', valueFrom: { configMapKeyRef: null, secretKeyRef: null, fieldRef: { fieldPath: 'metadata.name' } } }]),
    [],
  ],
  [
    'downward API fields offered to variables',
    withEnv([
      { name: 'A', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
      { name: 'B', valueFrom: { fieldRef: { fieldPath: "metadata.annotations['Example.com/Owner']" } } },
      { name: 'C', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
      { name: 'D', valueFrom: { resourceFieldRef: { resource: 'limits.cpu' } } },
      { name: 'E', valueFrom: { resourceFieldRef: { resource: 'requests.hugepages-2Mi' } } },
      { name: 'F', valueFrom: { resourceFieldRef: { resource: 'limits.hugepages-1Gi' } } },
    ]),
    [],
  ],
  [
    'downward API fields not offered',
    withEnv([
      { name: 'A', valueFrom: { fieldRef: { fieldPath: "metadata.labels['bad key']" } } },
      { name: 'B', valueFrom: { fieldRef: {} } },
      { name: 'C', valueFrom: { resourceFieldRef: { resource: 'limits.gpu' } } },
      { name: 'D', valueFrom: { resourceFieldRef: {} } },
    ]),
    [
      ['invalid-env-ref', `${C}.env[0].valueFrom.fieldRef.fieldPath`],
      ['invalid-env-ref', `${C}.env[1].valueFrom.fieldRef.fieldPath`],
      ['invalid-env-ref', `${C}.env[2].valueFrom.resourceFieldRef.resource`],
      ['invalid-env-ref', `${C}.env[3].valueFrom.resourceFieldRef.resource`],
    ],
  ],
  [
    'envFrom entries with both references, neither, nameless ones',
    mutated(deployment(), (d) => {
      d.spec.template.spec.containers[0].envFrom = [
        { configMapRef: { name: 'c' }, secretRef: { name: 's' } },
        { prefix: '' },
        { secretRef: {} },
        { configMapRef: { name: 5 } },
        { secretRef: { name: '' } },
        'cfg',
      ];
    }),
    [
      ['invalid-env-ref', `${C}.envFrom[0]`],
      ['invalid-env-ref', `${C}.envFrom[1]`],
      ['invalid-env-ref', `${C}.envFrom[2].secretRef.name`],
      ['invalid-env-ref', `${C}.envFrom[3].configMapRef.name`],
      ['invalid-env-ref', `${C}.envFrom[4].secretRef.name`],
      ['invalid-env-ref', `${C}.envFrom[5]`],
    ],
  ],
  [
    'envFrom with a prefix and a Secret',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].envFrom = [{ prefix: 'DB_', secretRef: { name: 'db' } }])),
    [],
  ],
  [
    'nulls in a container read as absent: port name, hostPort, protocol, restartPolicy, lifecycle, probes',
    mutated(deployment(), (d) => {
      const container = d.spec.template.spec.containers[0];
      container.ports = [{ name: null, containerPort: 8080, hostPort: null, protocol: null }];
      Object.assign(container, { restartPolicy: null, lifecycle: null, livenessProbe: null, readinessProbe: null });
      d.spec.template.spec.initContainers = [{ name: 'init', image: 'busybox:1.36', restartPolicy: null }];
    }),
    [],
  ],
  [
    'containerPort null is missing',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].ports = [{ name: 'http', containerPort: null }])),
    [['invalid-port', `${C}.ports[0].containerPort`]],
  ],
  [
    'more images and their fixes: no registry, only spaces, spaces around a bad one, registry ports',
    mutated(deployment(), (d) => {
      const containers = d.spec.template.spec.containers;
      containers[0].image = 'Foo';
      containers.push(
        { name: 'b', image: '   ' },
        { name: 'c', image: ' Foo:1 ' },
        { name: 'd', image: 'ghcr.io/Org/App:v1' },
        { name: 'e', image: 'my:5000/App' },
        { name: 'f', image: 'team/App:1' },
      );
    }),
    [
      ['invalid-image', `${C}.image`],
      ['invalid-image', `${T}.containers[1].image`],
      ['invalid-image', `${T}.containers[2].image`],
      ['invalid-image', `${T}.containers[3].image`],
      ['invalid-image', `${T}.containers[4].image`],
      ['invalid-image', `${T}.containers[5].image`],
    ],
  ],
  [
    'port names suggested from runs of characters, digits only, or a long text',
    mutated(deployment(), (d) => {
      d.spec.template.spec.containers[0].ports = [
        { name: 'Metrics__Port', containerPort: 9000 },
        { name: '12345678901234567', containerPort: 9001 },
        { name: '--Web--', containerPort: 9002 },
      ];
      delete d.spec.template.spec.containers[0].readinessProbe;
    }),
    [
      ['invalid-port-name', `${C}.ports[0].name`],
      ['invalid-port-name', `${C}.ports[1].name`],
      ['invalid-port-name', `${C}.ports[2].name`],
    ],
  ],
  [
    'Secret items with a bad key',
    mutated(
      deployment(),
      (d) => (d.spec.template.spec.volumes[0] = { name: 'data', secret: { secretName: 's', items: [{ key: 'a key', path: 'a' }] } }),
    ),
    [['invalid-volume', `${T}.volumes[0].secret.items[0].key`]],
  ],
  [
    'defaultMode strings: octal with and without 0, and not octal',
    mutated(deployment(), (d) => {
      d.spec.template.spec.volumes = [
        { name: 'data', secret: { secretName: 's', defaultMode: '644' } },
        { name: 'b', secret: { secretName: 's', defaultMode: 'x644' } },
        { name: 'c', secret: { secretName: 's', defaultMode: '6440' } },
      ];
    }),
    [
      ['invalid-volume', `${T}.volumes[0].secret.defaultMode`],
      ['invalid-volume', `${T}.volumes[1].secret.defaultMode`],
      ['invalid-volume', `${T}.volumes[2].secret.defaultMode`],
    ],
  ],
  [
    'images whose fix is to trim, lowercase the repository, or rewrite',
    mutated(deployment(), (d) => {
      const containers = d.spec.template.spec.containers;
      containers[0].image = ' nginx:1.25 ';
      containers.push(
        { name: 'b', image: 'Registry.Example.com:5000/Team/App:V1' },
        { name: 'c', image: 'Team/App@sha256:' + 'a'.repeat(64) },
        { name: 'd', image: 'app:-v1' },
        { name: 'e', image: 'localhost/App' },
      );
    }),
    [
      ['invalid-image', `${C}.image`],
      ['invalid-image', `${T}.containers[1].image`],
      ['invalid-image', `${T}.containers[2].image`],
      ['invalid-image', `${T}.containers[3].image`],
      ['invalid-image', `${T}.containers[4].image`],
    ],
  ],
  [
    'ports: names of the wrong type or suggested, containerPort 0, hostPort and protocol refused',
    mutated(deployment(), (d) => {
      d.spec.template.spec.containers[0].ports = [
        { name: 5, containerPort: 8080 },
        { name: 'Metrics--Port_Long', containerPort: 0 },
        { name: 'a', containerPort: 9000, hostPort: 70000, protocol: 5 },
        { name: 'b', containerPort: 9001, hostPort: '80' },
        { name: '', containerPort: 9002, hostPort: 0 },
      ];
      delete d.spec.template.spec.containers[0].readinessProbe;
    }),
    [
      ['invalid-port-name', `${C}.ports[0].name`],
      ['invalid-port-name', `${C}.ports[1].name`],
      ['invalid-port', `${C}.ports[1].containerPort`],
      ['invalid-port', `${C}.ports[2].hostPort`],
      ['invalid-port', `${C}.ports[2].protocol`],
      ['invalid-port', `${C}.ports[3].hostPort`],
    ],
  ],
  [
    'mounts without a volume name, in a pod without volumes',
    mutated(deployment(), (d) => {
      d.spec.template.spec.volumes = [];
      d.spec.template.spec.containers[0].volumeMounts = [{ mountPath: '/a' }, { name: '', mountPath: '/b' }, { name: 5, mountPath: '/c' }];
    }),
    [
      ['undeclared-volume', `${C}.volumeMounts[0].name`],
      ['undeclared-volume', `${C}.volumeMounts[1].name`],
      ['undeclared-volume', `${C}.volumeMounts[2].name`],
    ],
  ],
  [
    'mountPath that is not a string',
    withMounts([{ name: 'data', mountPath: 5 }]),
    [['invalid-mount-path', `${C}.volumeMounts[0].mountPath`]],
  ],
  [
    'a nameless mount without mountPath',
    withMounts([{ name: 'data', mountPath: '/data' }, { mountPath: '' }]),
    [
      ['undeclared-volume', `${C}.volumeMounts[1].name`],
      ['invalid-mount-path', `${C}.volumeMounts[1].mountPath`],
    ],
  ],
  [
    'two mounts at one path written alike',
    withMounts([
      { name: 'data', mountPath: '/data' },
      { name: 'data', mountPath: '/data', subPath: 'x' },
    ]),
    [['duplicate-mount-path', `${C}.volumeMounts[1].mountPath`]],
  ],
  [
    'mount paths that clean to one',
    withMounts([
      { name: 'data', mountPath: '/srv//data/.' },
      { name: 'data', mountPath: '/srv/data', subPath: 'x' },
    ]),
    [['duplicate-mount-path', `${C}.volumeMounts[1].mountPath`]],
  ],
  [
    'a relative mountPath with "..", suggested clean',
    withMounts([{ name: 'data', mountPath: 'srv/../data' }]),
    [['invalid-mount-path', `${C}.volumeMounts[0].mountPath`]],
  ],
  [
    'subPath "/" and ".." at once, subPathExpr absolute',
    withMounts([
      { name: 'data', mountPath: '/a', subPath: '/' },
      { name: 'data', mountPath: '/b', subPath: '/../x' },
      { name: 'data', mountPath: '/c', subPathExpr: '/$(POD)' },
    ]),
    [
      ['invalid-sub-path', `${C}.volumeMounts[0].subPath`],
      ['invalid-sub-path', `${C}.volumeMounts[1].subPath`],
      ['invalid-sub-path', `${C}.volumeMounts[1].subPath`],
      ['invalid-sub-path', `${C}.volumeMounts[2].subPathExpr`],
    ],
  ],
  [
    'subPath with dots that are not "..", empty subPath and subPathExpr',
    withMounts([
      { name: 'data', mountPath: '/a', subPath: 'a..b/.c' },
      { name: 'data', mountPath: '/b', subPath: '', subPathExpr: '' },
    ]),
    [],
  ],
  [
    'mount of an undeclared volume',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].volumeMounts[0].name = 'cache')),
    [['undeclared-volume', `${C}.volumeMounts[0].name`]],
  ],
  [
    'empty mountPath',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].volumeMounts[0].mountPath = '')),
    [['invalid-mount-path', `${C}.volumeMounts[0].mountPath`]],
  ],
  [
    'relative mountPath',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].volumeMounts[0].mountPath = 'data')),
    [['invalid-mount-path', `${C}.volumeMounts[0].mountPath`]],
  ],
  [
    'mountPath with ..',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].volumeMounts[0].mountPath = '/srv/../data')),
    [['invalid-mount-path', `${C}.volumeMounts[0].mountPath`]],
  ],
  [
    'two mounts at one path once cleaned (/data and /data/)',
    mutated(deployment(), (d) => {
      d.spec.template.spec.volumes.push({ name: 'other', emptyDir: {} });
      d.spec.template.spec.containers[0].volumeMounts.push({ name: 'other', mountPath: '/data/' });
    }),
    [['duplicate-mount-path', `${C}.volumeMounts[1].mountPath`]],
  ],
  [
    'two mounts at one path once cleaned (/a/./b and /a/b)',
    mutated(deployment(), (d) => {
      d.spec.template.spec.containers[0].volumeMounts = [
        { name: 'data', mountPath: '/a/./b' },
        { name: 'data', mountPath: '/a/b', subPath: 'x' },
      ];
    }),
    [['duplicate-mount-path', `${C}.volumeMounts[1].mountPath`]],
  ],
  [
    'absolute subPath',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].volumeMounts[0].subPath = '/etc')),
    [['invalid-sub-path', `${C}.volumeMounts[0].subPath`]],
  ],
  [
    'subPathExpr walking up',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].volumeMounts[0].subPathExpr = '$(POD)/../x')),
    [['invalid-sub-path', `${C}.volumeMounts[0].subPathExpr`]],
  ],
  [
    'subPath and subPathExpr',
    mutated(deployment(), (d) => Object.assign(d.spec.template.spec.containers[0].volumeMounts[0], { subPath: 'a', subPathExpr: 'b' })),
    [['invalid-sub-path', `${C}.volumeMounts[0].subPathExpr`]],
  ],
  [
    'image digest of an algorithm named like an Object property',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].image = `web@constructor:${'a'.repeat(64)}`)),
    [['invalid-image', `${C}.image`]],
  ],
  [
    'mount of an undeclared volume when two are declared',
    mutated(deployment(), (d) => {
      d.spec.template.spec.volumes.push({ name: 'cache', emptyDir: {} });
      d.spec.template.spec.containers[0].volumeMounts = [{ name: 'logs', mountPath: '/logs' }];
    }),
    [['undeclared-volume', `${C}.volumeMounts[0].name`]],
  ],
  [
    'mount without a mountPath',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].volumeMounts = [{ name: 'data' }])),
    [['invalid-mount-path', `${C}.volumeMounts[0].mountPath`]],
  ],
  [
    'mount with mountPath ""',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].volumeMounts = [{ name: 'data', mountPath: '' }])),
    [['invalid-mount-path', `${C}.volumeMounts[0].mountPath`]],
  ],
  [
    'subPath "" beside a subPathExpr',
    mutated(deployment(), (d) =>
      Object.assign(d.spec.template.spec.containers[0].volumeMounts[0], { subPath: '', subPathExpr: '$(POD_NAME)' }),
    ),
    [],
  ],
  [
    'subPathExpr "" beside a subPath',
    mutated(deployment(), (d) => Object.assign(d.spec.template.spec.containers[0].volumeMounts[0], { subPath: 'logs', subPathExpr: '' })),
    [],
  ],
  [
    'absolute subPath "/.."',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].volumeMounts[0].subPath = '/..')),
    [
      ['invalid-sub-path', `${C}.volumeMounts[0].subPath`],
      ['invalid-sub-path', `${C}.volumeMounts[0].subPath`],
    ],
  ],
  [
    'absolute subPath of two leading slashes',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].volumeMounts[0].subPath = '//data')),
    [['invalid-sub-path', `${C}.volumeMounts[0].subPath`]],
  ],
  [
    'port without a containerPort',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].ports = [{ name: 'http' }])),
    [['invalid-port', `${C}.ports[0].containerPort`]],
  ],
  [
    'port name of digits cut after a "-": the suggestion drops it',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].ports[0].name = '123456789012_45')),
    [
      ['invalid-port-name', `${C}.ports[0].name`],
      ['invalid-probe', `${C}.readinessProbe.httpGet.port`],
    ],
  ],
  [
    'port name with a run of spaces',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].ports[0].name = 'Web  UI')),
    [
      ['invalid-port-name', `${C}.ports[0].name`],
      ['invalid-probe', `${C}.readinessProbe.httpGet.port`],
    ],
  ],
  [
    'init container with a lifecycle hook',
    mutated(
      deployment(),
      (d) =>
        (d.spec.template.spec.initContainers = [
          { name: 'init', image: 'busybox:1', lifecycle: { preStop: { exec: { command: ['true'] } } } },
        ]),
    ),
    [['init-container-probe', `${T}.initContainers[0].lifecycle`]],
  ],
  [
    'init container of restartPolicy Never with a probe: not a native sidecar',
    mutated(
      deployment(),
      (d) =>
        (d.spec.template.spec.initContainers = [
          { name: 'init', image: 'busybox:1', restartPolicy: 'Never', readinessProbe: { tcpSocket: { port: 80 } } },
        ]),
    ),
    [
      ['invalid-restart-policy', `${T}.initContainers[0].restartPolicy`],
      ['init-container-probe', `${T}.initContainers[0].readinessProbe`],
    ],
  ],
  [
    'init container with a probe of null reads as none',
    mutated(deployment(), (d) => (d.spec.template.spec.initContainers = [{ name: 'init', image: 'busybox:1', livenessProbe: null }])),
    [],
  ],
  [
    'image with an uppercase registry and repository',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].image = 'Registry.Example.COM/Team/App:1')),
    [['invalid-image', `${C}.image`]],
  ],
  [
    'image with an uppercase repository of two components',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].image = 'Team/App:1')),
    [['invalid-image', `${C}.image`]],
  ],
  [
    'volume named ""',
    mutated(deployment(), (d) => d.spec.template.spec.volumes.push({ name: '', emptyDir: {} })),
    [['invalid-name', `${T}.volumes[1].name`]],
  ],
  ['volume with a second source of null', mutated(deployment(), (d) => (d.spec.template.spec.volumes[0].configMap = null)), []],
  [
    'CronJob name cut inside a run of "-" and after an earlier "-"',
    mutated(cronJob(), (c) => (c.metadata.name = `x-${'a'.repeat(48)}--${'b'.repeat(10)}`)),
    [['invalid-name', 'metadata.name']],
  ],
  [
    'label key with an empty prefix',
    mutated(deployment(), (d) => (d.metadata.labels = { '/app': 'web' })),
    [['invalid-label', 'metadata.labels[/app]']],
  ],
  [
    'label value of no allowed character',
    mutated(deployment(), (d) => (d.metadata.labels = { app: '!!!' })),
    [['invalid-label', 'metadata.labels[app]']],
  ],
  [
    'label value with runs of dots around and a run of spaces inside',
    mutated(deployment(), (d) => (d.metadata.labels = { app: '..a  b..' })),
    [['invalid-label', 'metadata.labels[app]']],
  ],
  [
    'label value too long, with a space',
    mutated(deployment(), (d) => (d.metadata.labels = { app: `a b${'c'.repeat(70)}` })),
    [['invalid-label', 'metadata.labels[app]']],
  ],
  [
    'label value an object',
    mutated(deployment(), (d) => (d.metadata.labels = { app: { a: 1 } })),
    [['invalid-label', 'metadata.labels[app]']],
  ],
  ['container named ""', mutated(deployment(), (d) => (d.spec.template.spec.containers[0].name = '')), [['invalid-name', `${C}.name`]]],
];

/** A deployment whose container's resources are `resources`. */
const withResources = (resources: unknown) => mutated(deployment(), (d) => (d.spec.template.spec.containers[0].resources = resources));

export const resourceCases: Case[] = [
  ['resources that are not an object', withResources('small'), []],
  [
    'quantities of the wrong type',
    withResources({ requests: { cpu: true }, limits: { memory: [] } }),
    [
      ['invalid-quantity', `${C}.resources.limits[memory]`],
      ['invalid-quantity', `${C}.resources.requests[cpu]`],
    ],
  ],
  ['quantities as numbers', withResources({ requests: { cpu: 0.5, memory: 1048576 }, limits: { cpu: 1, memory: 2097152 } }), []],
  [
    'hugepages request without a limit, and below its limit',
    withResources({ requests: { 'hugepages-2Mi': '4Mi', 'hugepages-1Gi': '1Gi' }, limits: { 'hugepages-1Gi': '2Gi' } }),
    [
      ['invalid-quantity', `${C}.resources.limits`],
      ['invalid-quantity', `${C}.resources.requests[hugepages-1Gi]`],
    ],
  ],
  [
    'extended resource requested without a limit',
    withResources({ requests: { 'example.com/gpu': 1 } }),
    [['invalid-quantity', `${C}.resources.limits`]],
  ],
  [
    'extended resource whose limit does not parse: one finding',
    withResources({ requests: { 'example.com/gpu': 1 }, limits: { 'example.com/gpu': 'one' } }),
    [['invalid-quantity', `${C}.resources.limits[example.com/gpu]`]],
  ],
  ['extended resource equal to its limit', withResources({ requests: { 'example.com/gpu': '1' }, limits: { 'example.com/gpu': 1 } }), []],
  [
    'native resources in the kubernetes.io domain may be overcommitted and fractional',
    withResources({ requests: { 'kubernetes.io/batch-cpu': '500m' }, limits: { 'kubernetes.io/batch-cpu': '1' } }),
    [],
  ],
  [
    'fractional ephemeral-storage limit, memory request',
    withResources({ requests: { memory: '0.5' }, limits: { 'ephemeral-storage': '1.5' } }),
    [
      ['invalid-quantity', `${C}.resources.limits[ephemeral-storage]`],
      ['invalid-quantity', `${C}.resources.requests[memory]`],
    ],
  ],
  ['fractional cpu is fine', withResources({ requests: { cpu: '0.25' }, limits: { cpu: '0.5' } }), []],
  [
    'negative limit, request above a limit that does not parse',
    withResources({ requests: { cpu: '2' }, limits: { cpu: '1 core', memory: '-1Gi' } }),
    [
      ['invalid-quantity', `${C}.resources.limits[cpu]`],
      ['invalid-quantity', `${C}.resources.limits[memory]`],
    ],
  ],
  ['request equal to its limit as written', withResources({ requests: { cpu: '1' }, limits: { cpu: '1' } }), []],
  [
    'quantity that does not parse',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].resources.limits.memory = '256MB')),
    [['invalid-quantity', `${C}.resources.limits[memory]`]],
  ],
  [
    'upper-case K',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].resources.requests.memory = '1K')),
    [['invalid-quantity', `${C}.resources.requests[memory]`]],
  ],
  [
    'negative request',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].resources.requests.cpu = '-1')),
    [['invalid-quantity', `${C}.resources.requests[cpu]`]],
  ],
  [
    'request above limit',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].resources.requests.cpu = '1')),
    [['request-above-limit', `${C}.resources.requests[cpu]`]],
  ],
  [
    'request equal to limit in other units',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].resources.requests.memory = '268435456')),
    [],
  ],
  [
    'cpu limit of 0',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].resources = { limits: { cpu: '0' } })),
    [['invalid-quantity', `${C}.resources.limits[cpu]`]],
  ],
  [
    'memory limit of 0 as a number',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].resources = { limits: { memory: 0 } })),
    [['invalid-quantity', `${C}.resources.limits[memory]`]],
  ],
  [
    'extended resource request below its limit',
    mutated(
      deployment(),
      (d) => (d.spec.template.spec.containers[0].resources = { requests: { 'example.com/gpu': 1 }, limits: { 'example.com/gpu': 2 } }),
    ),
    [['invalid-quantity', `${C}.resources.requests[example.com/gpu]`]],
  ],
  [
    'fractional extended resource',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].resources = { limits: { 'example.com/gpu': '500m' } })),
    [['invalid-quantity', `${C}.resources.limits[example.com/gpu]`]],
  ],
  ['extended resource limit of 0', withResources({ limits: { 'example.com/gpu': '0' } }), []],
  ['quantity that is a list of one number', withResources({ limits: { cpu: [1] } }), [['invalid-quantity', `${C}.resources.limits[cpu]`]]],
  [
    'a memory limit of null reads as 0, as Go decodes it',
    withResources({ limits: { memory: null } }),
    [['invalid-quantity', `${C}.resources.limits[memory]`]],
  ],
  [
    'quantities with Go white space around them',
    withResources({ requests: { cpu: ' 500m\u0085', memory: '\t128Mi\n' }, limits: { cpu: '1\u3000' } }),
    [],
  ],
  [
    'a quantity after a byte order mark, which Go does not trim',
    withResources({ limits: { cpu: '\ufeff1' } }),
    [['invalid-quantity', `${C}.resources.limits[cpu]`]],
  ],
  [
    'quantities after two spaces or a vertical tab',
    withResources({ requests: { cpu: '  500m', memory: '\v128Mi' }, limits: { memory: '128Mi\v' } }),
    [],
  ],
  [
    'a quantity with white space inside',
    withResources({ limits: { memory: '1 Gi' } }),
    [['invalid-quantity', `${C}.resources.limits[memory]`]],
  ],
];

/** A deployment whose container has `probe` as its `kind` (its readiness probe replaced). */
const withProbe = (kind: string, probe: unknown) => mutated(deployment(), (d) => (d.spec.template.spec.containers[0][kind] = probe));

export const probeCases: Case[] = [
  [
    'nulls in a probe read as absent; liveness successThreshold 1',
    withProbe('livenessProbe', {
      exec: null,
      tcpSocket: { port: 8080, scheme: 'https' },
      periodSeconds: null,
      successThreshold: 1,
      terminationGracePeriodSeconds: null,
    }),
    [],
  ],
  ['httpGet scheme null', withProbe('readinessProbe', { httpGet: { port: 8080, scheme: null } }), []],
  ['a probe whose only handler is grpc: null', withProbe('readinessProbe', { grpc: null }), [['invalid-probe', `${C}.readinessProbe`]]],
  ['grpc with port null', withProbe('readinessProbe', { grpc: { port: null } }), [['invalid-probe', `${C}.readinessProbe.grpc.port`]]],
  [
    'a header name that is an object',
    withProbe('readinessProbe', { httpGet: { port: 8080, httpHeaders: [{ name: { x: 1 } }] } }),
    [['invalid-probe', `${C}.readinessProbe.httpGet.httpHeaders[0].name`]],
  ],
  [
    'a port name no port has: the names offered are the string ones',
    mutated(deployment(), (d) => {
      const container = d.spec.template.spec.containers[0];
      container.ports = [
        { name: 'http', containerPort: 8080 },
        { name: '', containerPort: 8081 },
        { name: 'admin', containerPort: 8082 },
      ];
      container.readinessProbe = { httpGet: { port: 'web' } };
    }),
    [['invalid-probe', `${C}.readinessProbe.httpGet.port`]],
  ],

  ['probe that is not an object', withProbe('readinessProbe', 'http'), [['invalid-probe', `${C}.readinessProbe`]]],
  ['probe null', withProbe('readinessProbe', null), []],
  [
    'timings that are fractional, quoted or negative (a negative successThreshold is not 1 either)',
    withProbe('livenessProbe', {
      tcpSocket: { port: 8080 },
      initialDelaySeconds: 1.5,
      timeoutSeconds: '5',
      successThreshold: -1,
      failureThreshold: -3,
    }),
    [
      ['invalid-probe', `${C}.livenessProbe.initialDelaySeconds`],
      ['invalid-probe', `${C}.livenessProbe.timeoutSeconds`],
      ['invalid-probe', `${C}.livenessProbe.successThreshold`],
      ['invalid-probe', `${C}.livenessProbe.failureThreshold`],
      ['invalid-probe', `${C}.livenessProbe.successThreshold`],
    ],
  ],
  ['timings of 0 take the defaults', withProbe('livenessProbe', { tcpSocket: { port: 8080 }, periodSeconds: 0, successThreshold: 0 }), []],
  [
    'startup successThreshold 3, grace period fractional',
    withProbe('startupProbe', { tcpSocket: { port: 8080 }, successThreshold: 3, terminationGracePeriodSeconds: 2.5 }),
    [
      ['invalid-probe', `${C}.startupProbe.successThreshold`],
      ['invalid-probe', `${C}.startupProbe.terminationGracePeriodSeconds`],
    ],
  ],
  ['liveness grace period of 1', withProbe('livenessProbe', { tcpSocket: { port: 8080 }, terminationGracePeriodSeconds: 1 }), []],
  [
    'exec with an empty command, grpc without port, tcpSocket without port',
    mutated(deployment(), (d) => {
      const container = d.spec.template.spec.containers[0];
      container.readinessProbe = { exec: { command: [] } };
      container.livenessProbe = { grpc: {} };
      container.startupProbe = { tcpSocket: {} };
    }),
    [
      ['invalid-probe', `${C}.livenessProbe.grpc.port`],
      ['invalid-probe', `${C}.readinessProbe.exec.command`],
      ['invalid-probe', `${C}.startupProbe.tcpSocket.port`],
    ],
  ],
  [
    'grpc on ports 0 and 65536',
    mutated(deployment(), (d) => {
      d.spec.template.spec.containers[0].readinessProbe = { grpc: { port: 0 } };
      d.spec.template.spec.containers[0].livenessProbe = { grpc: { port: 65536 } };
    }),
    [
      ['invalid-probe', `${C}.livenessProbe.grpc.port`],
      ['invalid-probe', `${C}.readinessProbe.grpc.port`],
    ],
  ],
  ['grpc on port 65535', withProbe('readinessProbe', { grpc: { port: 65535 } }), []],
  [
    'a handler that is not an object',
    withProbe('readinessProbe', { exec: 'cat /tmp/ready' }),
    [['invalid-probe', `${C}.readinessProbe.exec.command`]],
  ],
  [
    'port names: not IANA, not a string, and a container without named ports',
    mutated(deployment(), (d) => {
      const container = d.spec.template.spec.containers[0];
      container.ports = [{ containerPort: 8080 }];
      container.readinessProbe = { httpGet: { port: 'web' } };
      container.livenessProbe = { httpGet: { port: 'Web_Port' } };
      container.startupProbe = { httpGet: { port: true } };
    }),
    [
      ['invalid-probe', `${C}.livenessProbe.httpGet.port`],
      ['invalid-probe', `${C}.readinessProbe.httpGet.port`],
      ['invalid-probe', `${C}.startupProbe.httpGet.port`],
    ],
  ],
  [
    'a named port among several, on tcpSocket',
    mutated(deployment(), (d) => {
      const container = d.spec.template.spec.containers[0];
      container.ports = [{ containerPort: 9090, name: 'metrics' }, 'x', { containerPort: 8080, name: 'http' }];
      container.readinessProbe = { tcpSocket: { port: 'http' } };
    }),
    [['invalid-port', `${C}.ports[1]`]],
  ],
  [
    'httpGet scheme and headers',
    withProbe('readinessProbe', {
      httpGet: {
        port: 8080,
        scheme: 'https',
        httpHeaders: [{ name: 'X Probe', value: '1' }, { name: 5 }, { name: 'X-Probe', value: 'ok' }],
      },
    }),
    [
      ['invalid-probe', `${C}.readinessProbe.httpGet.scheme`],
      ['invalid-probe', `${C}.readinessProbe.httpGet.httpHeaders[0].name`],
      ['invalid-probe', `${C}.readinessProbe.httpGet.httpHeaders[1].name`],
    ],
  ],
  ['httpGet scheme HTTPS', withProbe('readinessProbe', { httpGet: { port: 8080, scheme: 'HTTPS' } }), []],
  [
    'postStart with two handlers, preStop with a grpc handler only',
    mutated(deployment(), (d) => {
      d.spec.template.spec.containers[0].lifecycle = {
        postStart: { exec: { command: ['true'] }, httpGet: { port: 8080 } },
        preStop: { grpc: { port: 8080 } },
      };
    }),
    [
      ['invalid-lifecycle', `${C}.lifecycle.postStart.httpGet`],
      ['invalid-lifecycle', `${C}.lifecycle.preStop`],
    ],
  ],
  [
    'hooks that are not objects, or null',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].lifecycle = { postStart: 'echo', preStop: null })),
    [['invalid-lifecycle', `${C}.lifecycle.postStart`]],
  ],
  ['lifecycle that is not an object', mutated(deployment(), (d) => (d.spec.template.spec.containers[0].lifecycle = 'none')), []],
  [
    'probe without a handler',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].readinessProbe = { periodSeconds: 5 })),
    [['invalid-probe', `${C}.readinessProbe`]],
  ],
  [
    'probe with two handlers',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].readinessProbe.tcpSocket = { port: 8080 })),
    [['invalid-probe', `${C}.readinessProbe.tcpSocket`]],
  ],
  [
    'liveness successThreshold 2',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].livenessProbe = { tcpSocket: { port: 8080 }, successThreshold: 2 })),
    [['invalid-probe', `${C}.livenessProbe.successThreshold`]],
  ],
  [
    'readiness successThreshold 2 is fine',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].readinessProbe.successThreshold = 2)),
    [],
  ],
  [
    'negative period',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].readinessProbe.periodSeconds = -1)),
    [['invalid-probe', `${C}.readinessProbe.periodSeconds`]],
  ],
  [
    'probe terminationGracePeriodSeconds of 0',
    mutated(
      deployment(),
      (d) => (d.spec.template.spec.containers[0].startupProbe = { exec: { command: ['true'] }, terminationGracePeriodSeconds: 0 }),
    ),
    [['invalid-probe', `${C}.startupProbe.terminationGracePeriodSeconds`]],
  ],
  [
    'terminationGracePeriodSeconds on a readiness probe',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].readinessProbe.terminationGracePeriodSeconds = 10)),
    [['invalid-probe', `${C}.readinessProbe.terminationGracePeriodSeconds`]],
  ],
  [
    'httpGet on a port name the container lacks',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].readinessProbe.httpGet.port = 'metrics')),
    [['invalid-probe', `${C}.readinessProbe.httpGet.port`]],
  ],
  [
    'httpGet on port 0',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].readinessProbe.httpGet.port = 0)),
    [['invalid-probe', `${C}.readinessProbe.httpGet.port`]],
  ],
  [
    'grpc by port name',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].readinessProbe = { grpc: { port: 'http' } })),
    [['invalid-probe', `${C}.readinessProbe.grpc.port`]],
  ],
  [
    'exec without command',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].readinessProbe = { exec: { command: [] } })),
    [['invalid-probe', `${C}.readinessProbe.exec.command`]],
  ],
  [
    'preStop without handler (sleep is 1.29)',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].lifecycle = { preStop: { sleep: { seconds: 5 } } })),
    [['invalid-lifecycle', `${C}.lifecycle.preStop`]],
  ],
  [
    'probe on an init container',
    mutated(
      deployment(),
      (d) => (d.spec.template.spec.initContainers = [{ name: 'init', image: 'busybox', livenessProbe: { exec: { command: ['true'] } } }]),
    ),
    [['init-container-probe', `${T}.initContainers[0].livenessProbe`]],
  ],
  [
    'init container restartPolicy other than Always',
    mutated(deployment(), (d) => (d.spec.template.spec.initContainers = [{ name: 'init', image: 'busybox', restartPolicy: 'OnFailure' }])),
    [['invalid-restart-policy', `${T}.initContainers[0].restartPolicy`]],
  ],
  [
    'restartPolicy on a regular container',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].restartPolicy = 'Always')),
    [['invalid-restart-policy', `${C}.restartPolicy`]],
  ],
];

export const podSpecCases: Case[] = [
  [
    'nulls in a pod spec read as absent',
    mutated(deployment(), (d) => {
      Object.assign(d.spec.template.spec, {
        hostUsers: null,
        restartPolicy: null,
        terminationGracePeriodSeconds: null,
        hostname: null,
        serviceAccountName: null,
        priorityClassName: '',
        nodeSelector: null,
        tolerations: null,
      });
    }),
    [],
  ],
  ['Pod activeDeadlineSeconds null', mutated(pod(), (p) => (p.spec.activeDeadlineSeconds = null)), []],
  [
    'priorityClassName and nodeName that are not subdomains',
    mutated(deployment(), (d) => Object.assign(d.spec.template.spec, { priorityClassName: 'High_Priority', nodeName: 'Node 1' })),
    [
      ['invalid-name', `${T}.priorityClassName`],
      ['invalid-name', `${T}.nodeName`],
    ],
  ],
  [
    'a toleration with neither key nor operator',
    mutated(deployment(), (d) => (d.spec.template.spec.tolerations = [{ value: 'x' }])),
    [['invalid-toleration', `${T}.tolerations[0].operator`]],
  ],
  [
    'a toleration with tolerationSeconds null',
    mutated(
      deployment(),
      (d) => (d.spec.template.spec.tolerations = [{ key: 'k', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: null }]),
    ),
    [],
  ],
  [
    'pod template annotation key',
    mutated(deployment(), (d) => (d.spec.template.metadata.annotations = { 'bad key': 'x' })),
    [['invalid-annotation', 'spec.template.metadata.annotations[bad key]']],
  ],
  [
    'pod template without metadata',
    mutated(deployment(), (d) => delete d.spec.template.metadata),
    [['selector-mismatch', 'spec.template.metadata.labels']],
  ],

  [
    'QoS annotation Guaranteed on a Burstable pod',
    mutated(deployment(), (d) => (d.spec.template.metadata.annotations = { 'pod-patterns.io/qos-class': 'Guaranteed' })),
    [['qos-mismatch', 'spec.template.metadata.annotations[pod-patterns.io/qos-class]']],
  ],
  [
    'QoS annotation Guaranteed on a bare Burstable Pod',
    mutated(pod(), (p) => (p.metadata.annotations = { 'pod-patterns.io/qos-class': 'Guaranteed' })),
    [['qos-mismatch', 'metadata.annotations[pod-patterns.io/qos-class]']],
  ],
  [
    'QoS annotation Burstable on a Guaranteed pod',
    mutated(deployment(), (d) => {
      d.spec.template.metadata.annotations = { 'pod-patterns.io/qos-class': 'Burstable' };
      d.spec.template.spec.containers[0].resources = { limits: { cpu: '1', memory: '1Gi' } };
    }),
    [['qos-mismatch', 'spec.template.metadata.annotations[pod-patterns.io/qos-class]']],
  ],
  [
    'QoS annotation BestEffort on a Burstable pod',
    mutated(deployment(), (d) => (d.spec.template.metadata.annotations = { 'pod-patterns.io/qos-class': 'BestEffort' })),
    [['qos-mismatch', 'spec.template.metadata.annotations[pod-patterns.io/qos-class]']],
  ],
  [
    'pod spec that is not an object: the selector is not matched against it',
    mutated(deployment(), (d) => (d.spec.template.spec = 'app')),
    [['missing-container', T]],
  ],
  [
    'pod template that is not an object: the selector is not matched against it',
    mutated(deployment(), (d) => (d.spec.template = 'web')),
    [['missing-container', 'spec.template']],
  ],
  [
    'containers and init containers that are not objects',
    mutated(deployment(), (d) => {
      d.spec.template.spec.containers.push('sidecar');
      d.spec.template.spec.initContainers = [5];
    }),
    [
      ['invalid-name', `${T}.containers[1]`],
      ['invalid-name', `${T}.initContainers[0]`],
    ],
  ],
  [
    'containers without a name, or named by a number',
    mutated(deployment(), (d) => {
      d.spec.template.spec.containers.push({ image: 'envoy:1' }, { name: 5, image: 'envoy:1' });
    }),
    [
      ['invalid-name', `${T}.containers[1].name`],
      ['invalid-name', `${T}.containers[2].name`],
    ],
  ],
  [
    'images empty or not a string',
    mutated(deployment(), (d) => {
      d.spec.template.spec.containers[0].image = '';
      d.spec.template.spec.containers.push({ name: 'proxy', image: 5 });
    }),
    [
      ['invalid-image', `${C}.image`],
      ['invalid-image', `${T}.containers[1].image`],
    ],
  ],
  [
    'volume mount that is not an object',
    mutated(deployment(), (d) => (d.spec.template.spec.containers[0].volumeMounts = ['data'])),
    [['undeclared-volume', `${C}.volumeMounts[0]`]],
  ],
  [
    'hostUsers written as a string',
    mutated(deployment(), (d) => (d.spec.template.spec.hostUsers = 'false')),
    [['invalid-manifest', `${T}.hostUsers`]],
  ],
  ['hostUsers true', mutated(deployment(), (d) => (d.spec.template.spec.hostUsers = true)), []],
  [
    'a user namespace beside namespaces of the node',
    mutated(deployment(), (d) =>
      Object.assign(d.spec.template.spec, { hostUsers: false, hostNetwork: true, hostPID: true, hostIPC: false }),
    ),
    [
      ['user-namespace-feature-gate', `${T}.hostUsers`],
      ['user-namespace-host-namespace', `${T}.hostNetwork`],
      ['user-namespace-host-namespace', `${T}.hostPID`],
    ],
  ],
  [
    'termination grace period not a whole number',
    mutated(deployment(), (d) => (d.spec.template.spec.terminationGracePeriodSeconds = 1.5)),
    [['invalid-termination-grace', `${T}.terminationGracePeriodSeconds`]],
  ],
  [
    'Pod activeDeadlineSeconds above the int32 range',
    mutated(pod(), (p) => (p.spec.activeDeadlineSeconds = 2147483648)),
    [['invalid-active-deadline', 'spec.activeDeadlineSeconds']],
  ],
  ['Pod activeDeadlineSeconds at the int32 bound', mutated(pod(), (p) => (p.spec.activeDeadlineSeconds = 2147483647)), []],
  ['Pod activeDeadlineSeconds of 1', mutated(pod(), (p) => (p.spec.activeDeadlineSeconds = 1)), []],
  ['hostname that is a number', mutated(deployment(), (d) => (d.spec.template.spec.hostname = 5)), [['invalid-name', `${T}.hostname`]]],
  ['subdomain empty', mutated(deployment(), (d) => (d.spec.template.spec.subdomain = '')), []],
  [
    'nodeSelector that is not a map',
    mutated(deployment(), (d) => (d.spec.template.spec.nodeSelector = 'ssd')),
    [['invalid-label', `${T}.nodeSelector`]],
  ],
  [
    'tolerations: unknown operator, a value that is a number, an effect that is not a string',
    mutated(deployment(), (d) => {
      d.spec.template.spec.tolerations = [
        { key: 'k', operator: 'In', value: 'v' },
        { key: 'k', operator: 'Equal', value: 5 },
        { key: 'k', operator: 'Exists', effect: 5 },
        'k',
      ];
    }),
    [
      ['invalid-toleration', `${T}.tolerations[0].operator`],
      ['invalid-toleration', `${T}.tolerations[1].value`],
      ['invalid-toleration', `${T}.tolerations[2].effect`],
      ['invalid-toleration', `${T}.tolerations[3]`],
    ],
  ],
  [
    'tolerations accepted: every taint, NoExecute for a while, Equal by default',
    mutated(deployment(), (d) => {
      d.spec.template.spec.tolerations = [
        { operator: 'Exists' },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 },
        { key: 'dedicated', value: 'batch', effect: 'NoSchedule' },
        { key: 'spot', value: '', effect: 'PreferNoSchedule' },
      ];
    }),
    [],
  ],
  ['no containers', mutated(deployment(), (d) => (d.spec.template.spec.containers = [])), [['missing-container', `${T}.containers`]]],
  ['containers absent', mutated(deployment(), (d) => delete d.spec.template.spec.containers), [['missing-container', `${T}.containers`]]],
  [
    'containers not a list',
    mutated(deployment(), (d) => (d.spec.template.spec.containers = 'app')),
    [['missing-container', `${T}.containers`]],
  ],
  [
    'volume name',
    mutated(deployment(), (d) => d.spec.template.spec.volumes.push({ name: 'Cache', emptyDir: {} })),
    [['invalid-name', `${T}.volumes[1].name`]],
  ],
  [
    'volume declared twice',
    mutated(deployment(), (d) => d.spec.template.spec.volumes.push({ name: 'data', emptyDir: {} })),
    [['duplicate-volume', `${T}.volumes[1].name`]],
  ],
  ['a volume without source defaults to emptyDir', mutated(deployment(), (d) => (d.spec.template.spec.volumes = [{ name: 'data' }])), []],
  [
    'volume with two sources',
    mutated(deployment(), (d) => (d.spec.template.spec.volumes[0].configMap = { name: 'cfg' })),
    [['invalid-volume', `${T}.volumes[0].configMap`]],
  ],
  [
    'configMap items: bad key, absolute path, ..-prefixed path, mode above 0777',
    mutated(deployment(), (d) => {
      d.spec.template.spec.volumes[0] = {
        name: 'data',
        configMap: {
          name: 'cfg',
          items: [
            { key: 'a key', path: 'a' },
            { key: 'b', path: '/etc/b' },
            { key: 'c', path: '..c' },
            { key: 'd', path: 'd', mode: 1000 },
          ],
        },
      };
    }),
    [
      ['invalid-volume', `${T}.volumes[0].configMap.items[0].key`],
      ['invalid-volume', `${T}.volumes[0].configMap.items[1].path`],
      ['invalid-volume', `${T}.volumes[0].configMap.items[2].path`],
      ['invalid-volume', `${T}.volumes[0].configMap.items[3].mode`],
    ],
  ],
  [
    'secret defaultMode written as an octal string',
    mutated(deployment(), (d) => (d.spec.template.spec.volumes[0] = { name: 'data', secret: { secretName: 's', defaultMode: '0644' } })),
    [['invalid-volume', `${T}.volumes[0].secret.defaultMode`]],
  ],
  [
    'projected sources writing one path twice',
    mutated(deployment(), (d) => {
      d.spec.template.spec.volumes[0] = {
        name: 'data',
        projected: {
          sources: [
            { configMap: { name: 'a', items: [{ key: 'k', path: 'p' }] } },
            { secret: { name: 'b', items: [{ key: 'k', path: 'p' }] } },
          ],
        },
      };
    }),
    [['invalid-volume', `${T}.volumes[0].projected.sources[1].secret.items[0].path`]],
  ],
  [
    'tolerations',
    mutated(deployment(), (d) => {
      d.spec.template.spec.tolerations = [
        { key: 'bad key', operator: 'Exists' },
        { operator: 'Equal', value: 'x' },
        { key: 'k', operator: 'Exists', value: 'v' },
        { key: 'k', value: 'a b' },
        { key: 'k', operator: 'Exists', effect: 'NoEvict' },
        { key: 'k', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 60 },
      ];
    }),
    [
      ['invalid-toleration', `${T}.tolerations[0].key`],
      ['invalid-toleration', `${T}.tolerations[1].operator`],
      ['invalid-toleration', `${T}.tolerations[2].value`],
      ['invalid-toleration', `${T}.tolerations[3].value`],
      ['invalid-toleration', `${T}.tolerations[4].effect`],
      ['invalid-toleration', `${T}.tolerations[5].effect`],
    ],
  ],
  [
    'negative termination grace period',
    mutated(deployment(), (d) => (d.spec.template.spec.terminationGracePeriodSeconds = -1)),
    [['invalid-termination-grace', `${T}.terminationGracePeriodSeconds`]],
  ],
  ['termination grace period of 0', mutated(deployment(), (d) => (d.spec.template.spec.terminationGracePeriodSeconds = 0)), []],
  ['hostname', mutated(deployment(), (d) => (d.spec.template.spec.hostname = 'Web')), [['invalid-name', `${T}.hostname`]]],
  ['subdomain with a dot', mutated(deployment(), (d) => (d.spec.template.spec.subdomain = 'a.b')), [['invalid-name', `${T}.subdomain`]]],
  [
    'serviceAccountName',
    mutated(deployment(), (d) => (d.spec.template.spec.serviceAccountName = 'Web')),
    [['invalid-name', `${T}.serviceAccountName`]],
  ],
  ['pod restartPolicy', mutated(pod(), (p) => (p.spec.restartPolicy = 'Sometimes')), [['invalid-restart-policy', 'spec.restartPolicy']]],
  [
    'pod activeDeadlineSeconds of 0',
    mutated(pod(), (p) => (p.spec.activeDeadlineSeconds = 0)),
    [['invalid-active-deadline', 'spec.activeDeadlineSeconds']],
  ],
];

/** A deployment whose only volume, the one its container mounts as `data`, is `volume`. */
const withVolume = (volume: Record<string, unknown>) =>
  mutated(deployment(), (d) => (d.spec.template.spec.volumes[0] = { name: 'data', ...volume }));
const V = `${T}.volumes[0]`;

/** The sources of a volume, after VolumeSource in staging/src/k8s.io/api/core/v1/types.go (1.28). */
const VOLUME_SOURCES = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'persistentVolumeClaim',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'downwardAPI',
  'fc',
  'azureFile',
  'configMap',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'projected',
  'portworxVolume',
  'scaleIO',
  'storageos',
  'csi',
  'ephemeral',
];

export const volumeCases: Case[] = [
  [
    'nulls in volumes read as absent: a second source, modes, projected kinds, token expiration',
    withVolume({
      emptyDir: {},
      nfs: null,
      projected: null,
    }),
    [],
  ],
  [
    'nulls in a projected volume',
    withVolume({
      projected: {
        defaultMode: null,
        sources: [
          { secret: null, configMap: { name: 'c', items: [{ key: 'k', path: 'k', mode: null }] } },
          { serviceAccountToken: { path: 't', expirationSeconds: null } },
        ],
      },
    }),
    [],
  ],

  ...VOLUME_SOURCES.map((source): Case => [
    `${source} as a second source`,
    withVolume({ emptyDir: {}, [source]: {} }),
    [['invalid-volume', `${V}.${source}`]],
  ]),
  [
    'projected sources of two kinds each: downwardAPI, serviceAccountToken, clusterTrustBundle',
    withVolume({
      projected: {
        sources: [
          { downwardAPI: { items: [] }, serviceAccountToken: { path: 't' } },
          { clusterTrustBundle: { path: 'b' }, secret: { name: 's' } },
        ],
      },
    }),
    [
      ['invalid-volume', `${V}.projected.sources[0]`],
      ['invalid-volume', `${V}.projected.sources[1]`],
    ],
  ],
  [
    'volume that is not an object',
    mutated(deployment(), (d) => d.spec.template.spec.volumes.push('cache')),
    [['invalid-volume', `${T}.volumes[1]`]],
  ],
  [
    'volume without a name',
    mutated(deployment(), (d) => d.spec.template.spec.volumes.push({ emptyDir: {} })),
    [['invalid-name', `${T}.volumes[1].name`]],
  ],
  [
    'volume whose name is a number',
    mutated(deployment(), (d) => d.spec.template.spec.volumes.push({ name: 7, emptyDir: {} })),
    [['invalid-name', `${T}.volumes[1].name`]],
  ],
  ['a null source beside a real one', withVolume({ emptyDir: {}, configMap: null }), []],
  ['configMap without a name', withVolume({ configMap: {} }), [['invalid-volume', `${V}.configMap.name`]]],
  ['configMap whose source is not an object', withVolume({ configMap: 'cfg' }), [['invalid-volume', `${V}.configMap.name`]]],
  ['configMap with an empty items list', withVolume({ configMap: { name: 'cfg', items: [] } }), []],
  [
    'configMap item without key or path',
    withVolume({ configMap: { name: 'cfg', items: [{}] } }),
    [
      ['invalid-volume', `${V}.configMap.items[0].key`],
      ['invalid-volume', `${V}.configMap.items[0].path`],
    ],
  ],
  [
    'configMap item path with ".." inside, mode negative',
    withVolume({ configMap: { name: 'cfg', items: [{ key: 'k', path: 'a/../../b', mode: -1 }] } }),
    [
      ['invalid-volume', `${V}.configMap.items[0].path`],
      ['invalid-volume', `${V}.configMap.items[0].mode`],
    ],
  ],
  [
    'configMap item paths with dots that are not "..", modes 0 and 0777',
    withVolume({
      configMap: {
        name: 'cfg',
        items: [
          { key: 'k', path: 'a..b/.c', mode: 0 },
          { key: 'l', path: 'x', mode: 0o777 },
        ],
      },
    }),
    [],
  ],
  [
    'configMap defaultMode fractional',
    withVolume({ configMap: { name: 'cfg', defaultMode: 4.5 } }),
    [['invalid-volume', `${V}.configMap.defaultMode`]],
  ],
  [
    'configMap defaultMode of 512',
    withVolume({ configMap: { name: 'cfg', defaultMode: 512 } }),
    [['invalid-volume', `${V}.configMap.defaultMode`]],
  ],
  [
    'secret defaultMode as an octal string without 0',
    withVolume({ secret: { secretName: 's', defaultMode: '600' } }),
    [['invalid-volume', `${V}.secret.defaultMode`]],
  ],
  [
    'secret defaultMode a word',
    withVolume({ secret: { secretName: 's', defaultMode: 'rw' } }),
    [['invalid-volume', `${V}.secret.defaultMode`]],
  ],
  ['secret without a secretName', withVolume({ secret: { secretName: '' } }), [['invalid-volume', `${V}.secret.secretName`]]],
  [
    'secret items written twice',
    withVolume({
      secret: {
        secretName: 's',
        items: [
          { key: 'a', path: 'p' },
          { key: 'b', path: 'p' },
        ],
      },
    }),
    [['invalid-volume', `${V}.secret.items[1].path`]],
  ],
  [
    'persistentVolumeClaim without a claimName',
    withVolume({ persistentVolumeClaim: {} }),
    [['invalid-volume', `${V}.persistentVolumeClaim.claimName`]],
  ],
  ['persistentVolumeClaim with a claimName', withVolume({ persistentVolumeClaim: { claimName: 'data' } }), []],
  ['emptyDir sizeLimit not a quantity', withVolume({ emptyDir: { sizeLimit: '1 GB' } }), [['invalid-volume', `${V}.emptyDir.sizeLimit`]]],
  ['emptyDir sizeLimit negative', withVolume({ emptyDir: { sizeLimit: '-1Gi' } }), [['invalid-volume', `${V}.emptyDir.sizeLimit`]]],
  ['emptyDir sizeLimit of 0 and null', withVolume({ emptyDir: { sizeLimit: '0', medium: 'Memory' } }), []],
  ['emptyDir sizeLimit null', withVolume({ emptyDir: { sizeLimit: null } }), []],
  ['hostPath without a path', withVolume({ hostPath: {} }), [['invalid-volume', `${V}.hostPath.path`]]],
  ['hostPath walking up', withVolume({ hostPath: { path: '/var/../etc' } }), [['invalid-volume', `${V}.hostPath.path`]]],
  ['hostPath', withVolume({ hostPath: { path: '/var/log' } }), []],
  [
    'downwardAPI items: no path, mode above 0777, one path twice',
    withVolume({
      downwardAPI: {
        defaultMode: 1000,
        items: [
          { fieldRef: { fieldPath: 'metadata.name' } },
          { path: 'name', fieldRef: { fieldPath: 'metadata.name' }, mode: 1000 },
          { path: 'name', fieldRef: { fieldPath: 'metadata.namespace' } },
        ],
      },
    }),
    [
      ['invalid-volume', `${V}.downwardAPI.defaultMode`],
      ['invalid-volume', `${V}.downwardAPI.items[0].path`],
      ['invalid-volume', `${V}.downwardAPI.items[1].mode`],
      ['invalid-volume', `${V}.downwardAPI.items[2].path`],
    ],
  ],
  [
    'projected: a source of two kinds, nameless ConfigMap and Secret, token out of range, defaultMode',
    withVolume({
      projected: {
        defaultMode: -1,
        sources: [
          { configMap: { name: 'a' }, secret: { name: 'b' } },
          { configMap: {} },
          { secret: { items: [{ key: 'k', path: 'k' }] } },
          { serviceAccountToken: { path: 'token', expirationSeconds: 599 } },
          { serviceAccountToken: { path: 'token2', expirationSeconds: 2 ** 32 + 1 } },
          { serviceAccountToken: { path: 'token3', expirationSeconds: '3600' } },
          { downwardAPI: { items: [{ path: 'k', fieldRef: { fieldPath: 'metadata.name' } }] } },
          'nothing',
        ],
      },
    }),
    [
      ['invalid-volume', `${V}.projected.defaultMode`],
      ['invalid-volume', `${V}.projected.sources[0]`],
      ['invalid-volume', `${V}.projected.sources[1].configMap.name`],
      ['invalid-volume', `${V}.projected.sources[2].secret.name`],
      ['invalid-volume', `${V}.projected.sources[3].serviceAccountToken.expirationSeconds`],
      ['invalid-volume', `${V}.projected.sources[4].serviceAccountToken.expirationSeconds`],
      ['invalid-volume', `${V}.projected.sources[5].serviceAccountToken.expirationSeconds`],
      ['invalid-volume', `${V}.projected.sources[6].downwardAPI.items[0].path`],
    ],
  ],
  [
    'projected token at the bounds of its validity, without a path',
    withVolume({
      projected: {
        sources: [
          { serviceAccountToken: { path: 'a', expirationSeconds: 600 } },
          { serviceAccountToken: { path: 'b', expirationSeconds: 2 ** 32 } },
          { serviceAccountToken: { expirationSeconds: null } },
        ],
      },
    }),
    [['invalid-volume', `${V}.projected.sources[2].serviceAccountToken.path`]],
  ],
];

export const controllerCases: Case[] = [
  [
    'Deployment restartPolicy Never',
    mutated(deployment(), (d) => (d.spec.template.spec.restartPolicy = 'Never')),
    [['invalid-restart-policy', `${T}.restartPolicy`]],
  ],
  [
    'activeDeadlineSeconds in a Deployment template',
    mutated(deployment(), (d) => (d.spec.template.spec.activeDeadlineSeconds = 60)),
    [['invalid-active-deadline', `${T}.activeDeadlineSeconds`]],
  ],
  ['Deployment without selector', mutated(deployment(), (d) => delete d.spec.selector), [['selector-mismatch', 'spec.selector']]],
  ['Deployment with an empty selector', mutated(deployment(), (d) => (d.spec.selector = {})), [['selector-mismatch', 'spec.selector']]],
  [
    'selector not matching the template',
    mutated(deployment(), (d) => (d.spec.template.metadata.labels = { app: 'api' })),
    [['selector-mismatch', 'spec.template.metadata.labels']],
  ],
  [
    'selector matched by an expression',
    mutated(deployment(), (d) => (d.spec.selector = { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] })),
    [],
  ],
  ['negative replicas', mutated(deployment(), (d) => (d.spec.replicas = -1)), [['invalid-workload', 'spec.replicas']]],
  [
    'negative revisionHistoryLimit',
    mutated(deployment(), (d) => (d.spec.revisionHistoryLimit = -1)),
    [['invalid-workload', 'spec.revisionHistoryLimit']],
  ],
  [
    'minReadySeconds at the default progress deadline',
    mutated(deployment(), (d) => (d.spec.minReadySeconds = 600)),
    [['invalid-workload', 'spec.minReadySeconds']],
  ],
  [
    'progressDeadlineSeconds not above minReadySeconds',
    mutated(deployment(), (d) => Object.assign(d.spec, { minReadySeconds: 30, progressDeadlineSeconds: 30 })),
    [['invalid-workload', 'spec.progressDeadlineSeconds']],
  ],
  [
    'maxUnavailable and maxSurge both 0',
    mutated(deployment(), (d) => (d.spec.strategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: '0%' } })),
    [['invalid-workload', 'spec.strategy.rollingUpdate.maxUnavailable']],
  ],
  [
    'maxUnavailable above 100%',
    mutated(deployment(), (d) => (d.spec.strategy = { rollingUpdate: { maxUnavailable: '150%' } })),
    [['invalid-workload', 'spec.strategy.rollingUpdate.maxUnavailable']],
  ],
  [
    'maxSurge as a quoted number',
    mutated(deployment(), (d) => (d.spec.strategy = { rollingUpdate: { maxSurge: '1' } })),
    [['invalid-workload', 'spec.strategy.rollingUpdate.maxSurge']],
  ],
  [
    'DaemonSet maxSurge with the default maxUnavailable of 1',
    mutated(daemonSet(), (d) => (d.spec.updateStrategy = { rollingUpdate: { maxSurge: 1 } })),
    [['invalid-workload', 'spec.updateStrategy.rollingUpdate']],
  ],
  [
    'DaemonSet maxSurge with maxUnavailable 0',
    mutated(daemonSet(), (d) => (d.spec.updateStrategy = { rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } })),
    [],
  ],
  ['DaemonSet without selector', mutated(daemonSet(), (d) => delete d.spec.selector), [['selector-mismatch', 'spec.selector']]],
  ['StatefulSet serviceName', mutated(statefulSet(), (s) => (s.spec.serviceName = 'DB')), [['invalid-name', 'spec.serviceName']]],
  [
    'StatefulSet mount of a claim template (the controller adds the volume)',
    mutated(statefulSet(), (s) => {
      s.spec.volumeClaimTemplates = [{ metadata: { name: 'data' }, spec: { resources: { requests: { storage: '1Gi' } } } }];
      s.spec.template.spec.containers[0].volumeMounts = [{ name: 'data', mountPath: '/data' }];
    }),
    [],
  ],
  [
    'StatefulSet mount of neither a volume nor a claim template',
    mutated(statefulSet(), (s) => {
      s.spec.volumeClaimTemplates = [{ metadata: { name: 'data' }, spec: { resources: { requests: { storage: '1Gi' } } } }];
      s.spec.template.spec.containers[0].volumeMounts = [{ name: 'logs', mountPath: '/logs' }];
    }),
    [['undeclared-volume', `${C}.volumeMounts[0].name`]],
  ],
  [
    'StatefulSet podManagementPolicy',
    mutated(statefulSet(), (s) => (s.spec.podManagementPolicy = 'Serial')),
    [['invalid-workload', 'spec.podManagementPolicy']],
  ],
  [
    'StatefulSet revisionHistoryLimit',
    mutated(statefulSet(), (s) => (s.spec.revisionHistoryLimit = -2)),
    [['invalid-workload', 'spec.revisionHistoryLimit']],
  ],
  [
    'Job without restartPolicy (defaults to Always)',
    mutated(job(), (j) => delete j.spec.template.spec.restartPolicy),
    [['invalid-restart-policy', `${T}.restartPolicy`]],
  ],
  [
    'Job with restartPolicy Always',
    mutated(job(), (j) => (j.spec.template.spec.restartPolicy = 'Always')),
    [['invalid-restart-policy', `${T}.restartPolicy`]],
  ],
  [
    'Job fields below 0',
    mutated(job(), (j) => Object.assign(j.spec, { parallelism: -1, completions: -1, backoffLimit: -1, ttlSecondsAfterFinished: -1 })),
    [
      ['invalid-job', 'spec.parallelism'],
      ['invalid-job', 'spec.completions'],
      ['invalid-job', 'spec.backoffLimit'],
      ['invalid-job', 'spec.ttlSecondsAfterFinished'],
    ],
  ],
  [
    'Job activeDeadlineSeconds of 0',
    mutated(job(), (j) => (j.spec.activeDeadlineSeconds = 0)),
    [['invalid-job', 'spec.activeDeadlineSeconds']],
  ],
  [
    'Job selector without manualSelector',
    mutated(job(), (j) => (j.spec.selector = { matchLabels: { app: 'web' } })),
    [['invalid-job', 'spec.selector']],
  ],
  [
    'Job manualSelector with a matching selector',
    mutated(job(), (j) => Object.assign(j.spec, { manualSelector: true, selector: { matchLabels: { app: 'web' } } })),
    [],
  ],
  ['Indexed Job without completions', mutated(job(), (j) => (j.spec.completionMode = 'Indexed')), [['invalid-job', 'spec.completions']]],
  [
    'Indexed Job whose last pod hostname is too long',
    mutated(job(), (j) =>
      Object.assign(j, { metadata: { name: 'a'.repeat(62) }, spec: { ...j.spec, completionMode: 'Indexed', completions: 10 } }),
    ),
    [['invalid-name', 'metadata.name']],
  ],
  [
    'podFailurePolicy needs restartPolicy Never',
    mutated(job(), (j) => ((j.spec.podFailurePolicy = { rules: [] }), (j.spec.template.spec.restartPolicy = 'OnFailure'))),
    [['invalid-restart-policy', `${T}.restartPolicy`]],
  ],
  ['schedule out of range', mutated(cronJob(), (c) => (c.spec.schedule = '61 * * * *')), [['invalid-schedule', 'spec.schedule']]],
  ['schedule with TZ', mutated(cronJob(), (c) => (c.spec.schedule = 'TZ=UTC 0 3 * * *')), [['invalid-schedule', 'spec.schedule']]],
  [
    'schedule with CRON_TZ of an unknown zone',
    mutated(cronJob(), (c) => (c.spec.schedule = 'CRON_TZ=Mars/Base 0 3 * * *')),
    [
      ['invalid-schedule', 'spec.schedule'],
      ['invalid-schedule', 'spec.schedule'],
    ],
  ],
  ['schedule as a macro', mutated(cronJob(), (c) => (c.spec.schedule = '@hourly')), []],
  ['schedule @every', mutated(cronJob(), (c) => (c.spec.schedule = '@every 1h30m')), []],
  ['missing schedule', mutated(cronJob(), (c) => delete c.spec.schedule), [['invalid-schedule', 'spec.schedule']]],
  ['known time zone', mutated(cronJob(), (c) => (c.spec.timeZone = 'Europe/Paris')), []],
  ['unknown time zone', mutated(cronJob(), (c) => (c.spec.timeZone = 'Europe/Pariss')), [['invalid-time-zone', 'spec.timeZone']]],
  ['Local time zone', mutated(cronJob(), (c) => (c.spec.timeZone = 'Local')), [['invalid-time-zone', 'spec.timeZone']]],
  ['empty time zone', mutated(cronJob(), (c) => (c.spec.timeZone = '')), [['invalid-time-zone', 'spec.timeZone']]],
  [
    'CronJob deadlines and history limits below 0, unknown concurrencyPolicy',
    mutated(cronJob(), (c) =>
      Object.assign(c.spec, {
        startingDeadlineSeconds: -1,
        successfulJobsHistoryLimit: -1,
        failedJobsHistoryLimit: -1,
        concurrencyPolicy: 'Queue',
      }),
    ),
    [
      ['invalid-job', 'spec.concurrencyPolicy'],
      ['invalid-job', 'spec.startingDeadlineSeconds'],
      ['invalid-job', 'spec.successfulJobsHistoryLimit'],
      ['invalid-job', 'spec.failedJobsHistoryLimit'],
    ],
  ],
  [
    'CronJob job template with restartPolicy Always',
    mutated(cronJob(), (c) => (c.spec.jobTemplate.spec.template.spec.restartPolicy = 'Always')),
    [['invalid-restart-policy', `spec.jobTemplate.${T}.restartPolicy`]],
  ],
  [
    'CronJob job template with a selector',
    mutated(cronJob(), (c) => (c.spec.jobTemplate.spec.selector = { matchLabels: { app: 'web' } })),
    [['invalid-job', 'spec.jobTemplate.spec.selector']],
  ],
  [
    'nulls in a Deployment read as absent',
    mutated(deployment(), (d) => {
      d.spec.template.spec.restartPolicy = null;
      d.spec.template.spec.activeDeadlineSeconds = null;
      d.spec.strategy = { type: 'Recreate', rollingUpdate: null };
    }),
    [],
  ],
  [
    'Deployment minReadySeconds below 0',
    mutated(deployment(), (d) => (d.spec.minReadySeconds = -1)),
    [['invalid-workload', 'spec.minReadySeconds']],
  ],
  [
    'maxSurge 0 with maxUnavailable 1',
    mutated(deployment(), (d) => (d.spec.strategy = { rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } })),
    [],
  ],
  [
    'progressDeadlineSeconds null takes the default of 600, minReadySeconds 600',
    mutated(deployment(), (d) => Object.assign(d.spec, { progressDeadlineSeconds: null, minReadySeconds: 600 })),
    [['invalid-workload', 'spec.progressDeadlineSeconds']],
  ],
  [
    'quoted numbers of several digits, and words with digits',
    mutated(deployment(), (d) => (d.spec.strategy = { rollingUpdate: { maxUnavailable: '12', maxSurge: 'a1' } })),
    [
      ['invalid-workload', 'spec.strategy.rollingUpdate.maxUnavailable'],
      ['invalid-workload', 'spec.strategy.rollingUpdate.maxSurge'],
    ],
  ],
  [
    'a word ending in digits',
    mutated(deployment(), (d) => (d.spec.strategy = { rollingUpdate: { maxSurge: '1a' } })),
    [['invalid-workload', 'spec.strategy.rollingUpdate.maxSurge']],
  ],
  [
    'ReplicaSet without selector, with a template problem',
    mutated(deployment(), (d) => {
      d.kind = 'ReplicaSet';
      delete d.spec.selector;
      delete d.spec.template.spec.containers[0].image;
    }),
    [
      ['invalid-image', `${C}.image`],
      ['selector-mismatch', 'spec.selector'],
    ],
  ],
  [
    'StatefulSet without selector or serviceName, nulls read as absent, a template problem',
    mutated(statefulSet(), (s) => {
      delete s.spec.selector;
      delete s.spec.serviceName;
      s.spec.podManagementPolicy = null;
      s.spec.volumeClaimTemplates = [{ metadata: {} }, { metadata: { name: 'data' } }];
      delete s.spec.template.spec.containers[0].image;
    }),
    [
      ['invalid-image', `${C}.image`],
      ['selector-mismatch', 'spec.selector'],
    ],
  ],
  [
    'DaemonSet maxUnavailable above 100%, a template problem',
    mutated(daemonSet(), (d) => {
      d.spec.updateStrategy = { rollingUpdate: { maxUnavailable: '150%' } };
      delete d.spec.template.spec.containers[0].image;
    }),
    [
      ['invalid-image', `${C}.image`],
      ['invalid-workload', 'spec.updateStrategy.rollingUpdate.maxUnavailable'],
    ],
  ],
  [
    'DaemonSet maxSurge a word beside the default maxUnavailable: one finding',
    mutated(daemonSet(), (d) => (d.spec.updateStrategy = { rollingUpdate: { maxSurge: 'x' } })),
    [['invalid-workload', 'spec.updateStrategy.rollingUpdate.maxSurge']],
  ],
  [
    'Job nulls read as absent: completionMode, podFailurePolicy, selector',
    mutated(job(), (j) => {
      Object.assign(j.spec, { completionMode: null, podFailurePolicy: null, selector: null });
      j.spec.template.spec.restartPolicy = 'OnFailure';
    }),
    [],
  ],
  ['Job completionMode NonIndexed', mutated(job(), (j) => (j.spec.completionMode = 'NonIndexed')), []],
  [
    'Indexed Job completions null',
    mutated(job(), (j) => Object.assign(j.spec, { completionMode: 'Indexed', completions: null })),
    [['invalid-job', 'spec.completions']],
  ],
  [
    'Job activeDeadlineSeconds below 0',
    mutated(job(), (j) => (j.spec.activeDeadlineSeconds = -1)),
    [['invalid-job', 'spec.activeDeadlineSeconds']],
  ],
  [
    'Job restartPolicy null',
    mutated(job(), (j) => (j.spec.template.spec.restartPolicy = null)),
    [['invalid-restart-policy', `${T}.restartPolicy`]],
  ],
  [
    'podFailurePolicy with restartPolicy OnFailure',
    mutated(job(), (j) => ((j.spec.podFailurePolicy = { rules: [] }), (j.spec.template.spec.restartPolicy = 'OnFailure'))),
    [['invalid-restart-policy', `${T}.restartPolicy`]],
  ],
  [
    'Indexed Job of zero completions: no hostname to check',
    mutated(job(), (j) => ((j.metadata.name = 'a'.repeat(61)), Object.assign(j.spec, { completionMode: 'Indexed', completions: 0 }))),
    [],
  ],
  [
    'Indexed Job of one completion, named at the edge',
    mutated(job(), (j) => ((j.metadata.name = 'a'.repeat(62)), Object.assign(j.spec, { completionMode: 'Indexed', completions: 1 }))),
    [['invalid-name', 'metadata.name']],
  ],
  [
    'Indexed Job named by generateName: no hostname to check',
    mutated(
      job(),
      (j) => (
        delete j.metadata.name,
        (j.metadata.generateName = 'migrate-'),
        Object.assign(j.spec, { completionMode: 'Indexed', completions: 3 })
      ),
    ),
    [],
  ],
  ['CronJob schedule null', mutated(cronJob(), (c) => (c.spec.schedule = null)), [['invalid-schedule', 'spec.schedule']]],
  [
    'CronJob concurrencyPolicy Allow, job template selector null',
    mutated(cronJob(), (c) => ((c.spec.concurrencyPolicy = 'Allow'), (c.spec.jobTemplate.spec.selector = null))),
    [],
  ],
  ['CronJob concurrencyPolicy null', mutated(cronJob(), (c) => (c.spec.concurrencyPolicy = null)), []],
  [
    'schedule with TZ inside, not as a prefix',
    mutated(cronJob(), (c) => (c.spec.schedule = '0 3 * * * TZ=UTC')),
    [
      ['invalid-schedule', 'spec.schedule'],
      ['invalid-schedule', 'spec.schedule'],
    ],
  ],
  ['selector that is not an object', mutated(deployment(), (d) => (d.spec.selector = 'app=web')), [['selector-mismatch', 'spec.selector']]],
  ['selector null', mutated(deployment(), (d) => (d.spec.selector = null)), [['selector-mismatch', 'spec.selector']]],
  [
    'Recreate with rollingUpdate',
    mutated(deployment(), (d) => (d.spec.strategy = { type: 'Recreate', rollingUpdate: { maxSurge: 1 } })),
    [['invalid-workload', 'spec.strategy.rollingUpdate']],
  ],
  ['Recreate alone', mutated(deployment(), (d) => (d.spec.strategy = { type: 'Recreate' })), []],
  [
    'unknown Deployment strategy',
    mutated(deployment(), (d) => (d.spec.strategy = { type: 'BlueGreen' })),
    [['invalid-workload', 'spec.strategy.type']],
  ],
  [
    'maxUnavailable fractional, maxSurge negative',
    mutated(deployment(), (d) => (d.spec.strategy = { rollingUpdate: { maxUnavailable: 1.5, maxSurge: -1 } })),
    [
      ['invalid-workload', 'spec.strategy.rollingUpdate.maxUnavailable'],
      ['invalid-workload', 'spec.strategy.rollingUpdate.maxSurge'],
    ],
  ],
  [
    'maxSurge above 100% is allowed, maxUnavailable a word is not',
    mutated(deployment(), (d) => (d.spec.strategy = { rollingUpdate: { maxUnavailable: 'some', maxSurge: '150%' } })),
    [['invalid-workload', 'spec.strategy.rollingUpdate.maxUnavailable']],
  ],
  [
    'maxUnavailable 0 with the default maxSurge',
    mutated(deployment(), (d) => (d.spec.strategy = { rollingUpdate: { maxUnavailable: 0 } })),
    [],
  ],
  ['maxUnavailable of exactly 100%', mutated(deployment(), (d) => (d.spec.strategy = { rollingUpdate: { maxUnavailable: '100%' } })), []],
  [
    'progressDeadlineSeconds null takes the default',
    mutated(deployment(), (d) => Object.assign(d.spec, { progressDeadlineSeconds: null, minReadySeconds: 599 })),
    [],
  ],
  [
    'progressDeadlineSeconds below minReadySeconds',
    mutated(deployment(), (d) => Object.assign(d.spec, { progressDeadlineSeconds: 10, minReadySeconds: 20 })),
    [['invalid-workload', 'spec.progressDeadlineSeconds']],
  ],
  [
    'progressDeadlineSeconds above minReadySeconds',
    mutated(deployment(), (d) => Object.assign(d.spec, { progressDeadlineSeconds: 21, minReadySeconds: 20 })),
    [],
  ],
  [
    'progressDeadlineSeconds fractional',
    mutated(deployment(), (d) => (d.spec.progressDeadlineSeconds = 1.5)),
    [['invalid-workload', 'spec.progressDeadlineSeconds']],
  ],
  [
    'ReplicaSet fields and template',
    mutated(deployment(), (d) => {
      d.kind = 'ReplicaSet';
      Object.assign(d.spec, { replicas: -1, minReadySeconds: -1 });
      d.spec.template.spec.restartPolicy = 'OnFailure';
      d.spec.selector.matchLabels = { app: 'api' };
    }),
    [
      ['invalid-workload', 'spec.replicas'],
      ['invalid-workload', 'spec.minReadySeconds'],
      ['selector-mismatch', `spec.template.metadata.labels`],
      ['invalid-restart-policy', `${T}.restartPolicy`],
    ],
  ],
  [
    'StatefulSet fields below 0, restartPolicy and deadline',
    mutated(statefulSet(), (s) => {
      Object.assign(s.spec, { replicas: -1, minReadySeconds: -1 });
      s.spec.template.spec.restartPolicy = 'OnFailure';
      s.spec.template.spec.activeDeadlineSeconds = 60;
    }),
    [
      ['invalid-workload', 'spec.replicas'],
      ['invalid-workload', 'spec.minReadySeconds'],
      ['invalid-restart-policy', `${T}.restartPolicy`],
      ['invalid-active-deadline', `${T}.activeDeadlineSeconds`],
    ],
  ],
  ['StatefulSet podManagementPolicy Parallel', mutated(statefulSet(), (s) => (s.spec.podManagementPolicy = 'Parallel')), []],
  [
    'StatefulSet OnDelete with rollingUpdate',
    mutated(statefulSet(), (s) => (s.spec.updateStrategy = { type: 'OnDelete', rollingUpdate: { partition: 1 } })),
    [['invalid-workload', 'spec.updateStrategy.rollingUpdate']],
  ],
  [
    'StatefulSet unknown updateStrategy',
    mutated(statefulSet(), (s) => (s.spec.updateStrategy = { type: 'Canary' })),
    [['invalid-workload', 'spec.updateStrategy.type']],
  ],
  [
    'StatefulSet negative partition',
    mutated(statefulSet(), (s) => (s.spec.updateStrategy = { rollingUpdate: { partition: -1 } })),
    [['invalid-workload', 'spec.updateStrategy.rollingUpdate.partition']],
  ],
  [
    'StatefulSet partition of 2',
    mutated(statefulSet(), (s) => (s.spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { partition: 2 } })),
    [],
  ],
  ['StatefulSet OnDelete alone', mutated(statefulSet(), (s) => (s.spec.updateStrategy = { type: 'OnDelete' })), []],
  ['StatefulSet serviceName empty', mutated(statefulSet(), (s) => (s.spec.serviceName = '')), []],
  ['StatefulSet serviceName null', mutated(statefulSet(), (s) => (s.spec.serviceName = null)), []],
  ['StatefulSet serviceName a number', mutated(statefulSet(), (s) => (s.spec.serviceName = 5)), [['invalid-name', 'spec.serviceName']]],
  [
    'DaemonSet maxUnavailable 0 and no maxSurge',
    mutated(daemonSet(), (d) => (d.spec.updateStrategy = { rollingUpdate: { maxUnavailable: 0 } })),
    [['invalid-workload', 'spec.updateStrategy.rollingUpdate']],
  ],
  [
    'DaemonSet maxSurge above 100%',
    mutated(daemonSet(), (d) => (d.spec.updateStrategy = { rollingUpdate: { maxUnavailable: 0, maxSurge: '150%' } })),
    [['invalid-workload', 'spec.updateStrategy.rollingUpdate.maxSurge']],
  ],
  [
    'DaemonSet maxUnavailable a word beside maxSurge: one finding',
    mutated(daemonSet(), (d) => (d.spec.updateStrategy = { rollingUpdate: { maxUnavailable: 'one', maxSurge: 1 } })),
    [['invalid-workload', 'spec.updateStrategy.rollingUpdate.maxUnavailable']],
  ],
  [
    'DaemonSet maxSurge negative beside maxUnavailable 0: one finding',
    mutated(daemonSet(), (d) => (d.spec.updateStrategy = { rollingUpdate: { maxUnavailable: 0, maxSurge: -1 } })),
    [['invalid-workload', 'spec.updateStrategy.rollingUpdate.maxSurge']],
  ],
  ['DaemonSet OnDelete', mutated(daemonSet(), (d) => (d.spec.updateStrategy = { type: 'OnDelete' })), []],
  [
    'DaemonSet unknown updateStrategy',
    mutated(daemonSet(), (d) => (d.spec.updateStrategy = { type: 'Blue' })),
    [['invalid-workload', 'spec.updateStrategy.type']],
  ],
  [
    'DaemonSet fields below 0 and a deadline',
    mutated(daemonSet(), (d) => {
      Object.assign(d.spec, { minReadySeconds: -1, revisionHistoryLimit: -1 });
      d.spec.template.spec.activeDeadlineSeconds = 5;
    }),
    [
      ['invalid-active-deadline', `${T}.activeDeadlineSeconds`],
      ['invalid-workload', 'spec.minReadySeconds'],
      ['invalid-workload', 'spec.revisionHistoryLimit'],
    ],
  ],
  ['Job completionMode unknown', mutated(job(), (j) => (j.spec.completionMode = 'Sequential')), [['invalid-job', 'spec.completionMode']]],
  [
    'Indexed Job parallelism above 100000',
    mutated(job(), (j) => Object.assign(j.spec, { completionMode: 'Indexed', completions: 5, parallelism: 100001 })),
    [['invalid-job', 'spec.parallelism']],
  ],
  [
    'Indexed Job parallelism of 100000',
    mutated(job(), (j) => Object.assign(j.spec, { completionMode: 'Indexed', completions: 5, parallelism: 100000 })),
    [],
  ],
  [
    'Indexed Job whose name has a dot',
    mutated(job(), (j) => ((j.metadata.name = 'db.migrate'), Object.assign(j.spec, { completionMode: 'Indexed', completions: 10 }))),
    [['invalid-name', 'metadata.name']],
  ],
  [
    'Indexed Job of 62 characters and one completion',
    mutated(job(), (j) => ((j.metadata.name = 'a'.repeat(61)), Object.assign(j.spec, { completionMode: 'Indexed', completions: 1 }))),
    [],
  ],
  ['podFailurePolicy with restartPolicy Never', mutated(job(), (j) => (j.spec.podFailurePolicy = { rules: [] })), []],
  [
    'Job manualSelector with a selector not matching',
    mutated(job(), (j) => Object.assign(j.spec, { manualSelector: true, selector: { matchLabels: { app: 'api' } } })),
    [['selector-mismatch', 'spec.template.metadata.labels']],
  ],
  [
    'Job manualSelector without a selector',
    mutated(job(), (j) => (j.spec.manualSelector = true)),
    [['selector-mismatch', 'spec.selector']],
  ],
  ['schedule not a string', mutated(cronJob(), (c) => (c.spec.schedule = 5)), [['invalid-schedule', 'spec.schedule']]],
  ['schedule empty', mutated(cronJob(), (c) => (c.spec.schedule = '')), [['invalid-schedule', 'spec.schedule']]],
  [
    'schedule with an empty TZ (UTC to Go, but refused as any TZ)',
    mutated(cronJob(), (c) => (c.spec.schedule = 'TZ= 0 3 * * *')),
    [['invalid-schedule', 'spec.schedule']],
  ],
  ['time zone not a string', mutated(cronJob(), (c) => (c.spec.timeZone = 5)), [['invalid-time-zone', 'spec.timeZone']]],
  ['time zone LOCAL', mutated(cronJob(), (c) => (c.spec.timeZone = 'LOCAL')), [['invalid-time-zone', 'spec.timeZone']]],
  ['time zone null', mutated(cronJob(), (c) => (c.spec.timeZone = null)), []],
  ['CronJob concurrencyPolicy Forbid', mutated(cronJob(), (c) => (c.spec.concurrencyPolicy = 'Forbid')), []],
  ['CronJob concurrencyPolicy Replace', mutated(cronJob(), (c) => (c.spec.concurrencyPolicy = 'Replace')), []],
  ['CronJob without jobTemplate', mutated(cronJob(), (c) => delete c.spec.jobTemplate), [['missing-container', 'spec.jobTemplate']]],
  [
    'CronJob job template labels and annotations',
    mutated(cronJob(), (c) => (c.spec.jobTemplate.metadata = { labels: { tier: 'a b' }, annotations: { 'bad key': 'x' } })),
    [
      ['invalid-label', 'spec.jobTemplate.metadata.labels[tier]'],
      ['invalid-annotation', 'spec.jobTemplate.metadata.annotations[bad key]'],
    ],
  ],
  [
    'CronJob job template with manualSelector',
    mutated(cronJob(), (c) => (c.spec.jobTemplate.spec.manualSelector = true)),
    [['invalid-job', 'spec.jobTemplate.spec.manualSelector']],
  ],
  [
    'CronJob job template Indexed without completions',
    mutated(cronJob(), (c) => (c.spec.jobTemplate.spec.completionMode = 'Indexed')),
    [['invalid-job', 'spec.jobTemplate.spec.completions']],
  ],
  [
    'schedule @every with a unit named like an Object property',
    mutated(cronJob(), (c) => (c.spec.schedule = '@every 1constructor')),
    [['invalid-schedule', 'spec.schedule']],
  ],
  [
    'Job of restartPolicy OnFailure without a podFailurePolicy',
    mutated(job(), (j) => (j.spec.template.spec.restartPolicy = 'OnFailure')),
    [],
  ],
  [
    'NonIndexed Job of a long name and many completions: no pod hostname to check',
    mutated(job(), (j) => ((j.metadata.name = 'm'.repeat(61)), (j.spec.completions = 100))),
    [],
  ],
];

export const otherKindCases: Case[] = [
  ['Service type unknown', mutated(service(), (s) => (s.spec.type = 'Internal')), [['invalid-service-port', 'spec.type']]],
  ['Service type not a string', mutated(service(), (s) => (s.spec.type = 5)), [['invalid-service-port', 'spec.type']]],
  ['headless by clusterIPs, without ports', mutated(service(), (s) => ((s.spec.ports = []), (s.spec.clusterIPs = ['None']))), []],
  [
    'ExternalName without ports or externalName',
    mutated(service(), (s) => (s.spec = { type: 'ExternalName' })),
    [['invalid-service-port', 'spec.externalName']],
  ],
  [
    'ExternalName with uppercase',
    mutated(service(), (s) => (s.spec = { type: 'ExternalName', externalName: 'DB.example.com' })),
    [['invalid-service-port', 'spec.externalName']],
  ],
  ['ExternalName with a trailing dot', mutated(service(), (s) => (s.spec = { type: 'ExternalName', externalName: 'db.example.com.' })), []],
  [
    'unnamed ports of several: names suggested from the port',
    mutated(service(), (s) => (s.spec.ports = [{ name: 'a', port: 1 }, { port: 80 }, { port: 8443 }, { port: 9000 }, {}, 'p'])),
    [
      ['service-port-name', 'spec.ports[1].name'],
      ['service-port-name', 'spec.ports[2].name'],
      ['service-port-name', 'spec.ports[3].name'],
      ['service-port-name', 'spec.ports[4].name'],
      ['invalid-service-port', 'spec.ports[4].port'],
      ['service-port-name', 'spec.ports[5].name'],
      ['invalid-service-port', 'spec.ports[5].port'],
    ],
  ],
  [
    'Service port name not a string',
    mutated(service(), (s) => (s.spec.ports[0].name = 5)),
    [['invalid-service-port', 'spec.ports[0].name']],
  ],
  [
    'Service port protocol, targetPort and appProtocol refused',
    mutated(service(), (s) => Object.assign(s.spec.ports[0], { protocol: 'tcp', targetPort: 'Web_Port', appProtocol: 'bad proto' })),
    [
      ['invalid-service-port', 'spec.ports[0].protocol'],
      ['invalid-service-port', 'spec.ports[0].targetPort'],
      ['invalid-service-port', 'spec.ports[0].appProtocol'],
    ],
  ],
  [
    'Service targetPort and appProtocol of the wrong type',
    mutated(service(), (s) => Object.assign(s.spec.ports[0], { targetPort: true, appProtocol: 5 })),
    [
      ['invalid-service-port', 'spec.ports[0].targetPort'],
      ['invalid-service-port', 'spec.ports[0].appProtocol'],
    ],
  ],
  [
    'Service port SCTP, targetPort empty, appProtocol with a prefix',
    mutated(service(), (s) => Object.assign(s.spec.ports[0], { protocol: 'SCTP', targetPort: '', appProtocol: 'kubernetes.io/h2c' })),
    [],
  ],
  ['nodePort on a NodePort Service', mutated(service(), (s) => ((s.spec.type = 'NodePort'), (s.spec.ports[0].nodePort = 30080))), []],
  ['nodePort 0 on a ClusterIP Service', mutated(service(), (s) => (s.spec.ports[0].nodePort = 0)), []],
  ['one port number over two protocols', mutated(service(), (s) => s.spec.ports.push({ name: 'dns', port: 80, protocol: 'UDP' })), []],
  ['Service port 0', mutated(service(), (s) => (s.spec.ports[0].port = 0)), [['invalid-service-port', 'spec.ports[0].port']]],
  ['Service without ports', mutated(service(), (s) => (s.spec.ports = [])), [['invalid-service-port', 'spec.ports']]],
  ['headless Service without ports', mutated(service(), (s) => ((s.spec.ports = []), (s.spec.clusterIP = 'None'))), []],
  [
    'second Service port without a name',
    mutated(service(), (s) => s.spec.ports.push({ port: 443 })),
    [['service-port-name', 'spec.ports[1].name']],
  ],
  [
    'Service port name with uppercase',
    mutated(service(), (s) => (s.spec.ports[0].name = 'HTTP')),
    [['invalid-service-port', 'spec.ports[0].name']],
  ],
  ['Service port names are labels: longer than 15 is fine', mutated(service(), (s) => (s.spec.ports[0].name = 'http-frontend-public')), []],
  [
    'Service port name twice',
    mutated(service(), (s) => s.spec.ports.push({ name: 'http', port: 443 })),
    [['invalid-service-port', 'spec.ports[1].name']],
  ],
  [
    'targetPort as a quoted number',
    mutated(service(), (s) => (s.spec.ports[0].targetPort = '8080')),
    [['invalid-service-port', 'spec.ports[0].targetPort']],
  ],
  [
    'targetPort 65536',
    mutated(service(), (s) => (s.spec.ports[0].targetPort = 65536)),
    [['invalid-service-port', 'spec.ports[0].targetPort']],
  ],
  ['targetPort 0 defaults to the port', mutated(service(), (s) => (s.spec.ports[0].targetPort = 0)), []],
  [
    'same port and protocol twice',
    mutated(service(), (s) => s.spec.ports.push({ name: 'alt', port: 80 })),
    [['invalid-service-port', 'spec.ports[1]']],
  ],
  [
    'nodePort on a ClusterIP Service',
    mutated(service(), (s) => (s.spec.ports[0].nodePort = 30080)),
    [['invalid-service-port', 'spec.ports[0].nodePort']],
  ],
  ['Service selector value', mutated(service(), (s) => (s.spec.selector.app = 'a b')), [['invalid-label', 'spec.selector[app]']]],
  ['ConfigMap key', mutated(configMap(), (c) => (c.data['a key'] = 'x')), [['invalid-config-key', 'data[a key]']]],
  ['ConfigMap key ..', mutated(configMap(), (c) => (c.data['..data'] = 'x')), [['invalid-config-key', 'data[..data]']]],
  [
    'ConfigMap key in data and binaryData',
    mutated(configMap(), (c) => (c.binaryData = { 'app.yaml': 'YQ==' })),
    [['invalid-config-key', 'data[app.yaml]']],
  ],
  ['ConfigMap over 1 MiB', mutated(configMap(), (c) => (c.data = { a: 'x'.repeat(1048576), b: 'y' })), [['invalid-config-key', 'data']]],
  ['ConfigMap of exactly 1 MiB', mutated(configMap(), (c) => (c.data = { a: 'x'.repeat(1048575), b: 'y' })), []],
  [
    'ConfigMap binaryData counted decoded: 1.33 MB of base64 is 1 MiB less a byte',
    mutated(configMap(), (c) => ((c.data = {}), (c.binaryData = { blob: 'A'.repeat(1398100) }))),
    [],
  ],
  [
    'ConfigMap binaryData over 1 MiB decoded',
    mutated(configMap(), (c) => ((c.data = {}), (c.binaryData = { blob: 'A'.repeat(1398104) }))),
    [['invalid-config-key', 'data']],
  ],
  [
    'ConfigMap value that YAML read as a number',
    mutated(configMap(), (c) => (c.data.replicas = 3)),
    [['invalid-config-value', 'data[replicas]']],
  ],
  [
    'ConfigMap binaryData not base64',
    mutated(configMap(), (c) => (c.binaryData = { blob: 'not base64!' })),
    [['invalid-config-value', 'binaryData[blob]']],
  ],
  ['Secret data not base64', mutated(secret(), (s) => (s.data.password = 'secret')), [['invalid-config-value', 'data[password]']]],
  [
    'Secret stringData key',
    mutated(secret(), (s) => (s.stringData = { 'pass word': 'x' })),
    [['invalid-config-key', 'stringData[pass word]']],
  ],
  [
    'TLS Secret without tls.key',
    mutated(secret(), (s) => ((s.type = 'kubernetes.io/tls'), (s.data = { 'tls.crt': 'YQ==' }))),
    [['invalid-config-key', 'data[tls.key]']],
  ],
  [
    'TLS Secret with the key in stringData',
    mutated(secret(), (s) => ((s.type = 'kubernetes.io/tls'), (s.data = { 'tls.crt': 'YQ==' }), (s.stringData = { 'tls.key': 'k' }))),
    [],
  ],
  [
    'ConfigMap values that are objects or null',
    mutated(configMap(), (c) => Object.assign(c.data, { config: { a: 1 }, empty: null })),
    [
      ['invalid-config-value', 'data[config]'],
      ['invalid-config-value', 'data[empty]'],
    ],
  ],
  [
    'ConfigMap keys that leave little to suggest',
    mutated(configMap(), (c) => (c.data = { '..a b': 'x', '..': 'y' })),
    [
      ['invalid-config-key', 'data[..a b]'],
      ['invalid-config-key', 'data[..]'],
    ],
  ],
  [
    'ConfigMap binaryData alone over 1 MiB',
    mutated(configMap(), (c) => (delete c.data, (c.binaryData = { blob: 'A'.repeat(1398104) }))),
    [['invalid-config-key', 'binaryData']],
  ],
  [
    'ConfigMap data and binaryData over 1 MiB together',
    mutated(configMap(), (c) => ((c.data = { a: 'x'.repeat(524288) }), (c.binaryData = { blob: 'A'.repeat(699052) }))),
    [['invalid-config-key', 'data']],
  ],
  [
    'ConfigMap data and binaryData of 1 MiB together',
    mutated(configMap(), (c) => ((c.data = { a: 'x'.repeat(524290) }), (c.binaryData = { blob: 'A'.repeat(699048) }))),
    [],
  ],
  [
    'ConfigMap counted in UTF-8 bytes: 2 bytes a character under the 3 assumed',
    mutated(configMap(), (c) => (c.data = { a: 'é'.repeat(349526) })),
    [],
  ],
  [
    'ConfigMap counted in UTF-8 bytes: over 1 MiB',
    mutated(configMap(), (c) => (c.data = { a: 'é'.repeat(524289) })),
    [['invalid-config-key', 'data']],
  ],
  [
    'binaryData base64 with newlines and padding',
    mutated(configMap(), (c) => (c.binaryData = { a: 'YW\nJj', b: 'YQ==', c: 'YWI=', d: 'YWJj\r\n' })),
    [],
  ],
  [
    'binaryData that is not base64: bad length, too much padding, not a string',
    mutated(configMap(), (c) => (c.binaryData = { a: 'YQ=', b: 'Y===', c: 5 })),
    [
      ['invalid-config-value', 'binaryData[a]'],
      ['invalid-config-value', 'binaryData[b]'],
      ['invalid-config-value', 'binaryData[c]'],
    ],
  ],
  [
    'Secret stringData values that are not strings',
    mutated(secret(), (s) => (s.stringData = { port: 5432, none: null })),
    [
      ['invalid-config-value', 'stringData[port]'],
      ['invalid-config-value', 'stringData[none]'],
    ],
  ],
  ['Secret over 1 MiB decoded', mutated(secret(), (s) => (s.data = { a: 'A'.repeat(1398104) })), [['invalid-config-key', 'data']]],
  [
    'Secret data overridden by stringData counts once',
    mutated(secret(), (s) => ((s.data = { a: 'A'.repeat(1398104) }), (s.stringData = { a: 'x' }))),
    [],
  ],
  [
    'dockercfg Secret without its key',
    mutated(secret(), (s) => (s.type = 'kubernetes.io/dockercfg')),
    [['invalid-config-key', 'data[.dockercfg]']],
  ],
  [
    'dockerconfigjson Secret without its key',
    mutated(secret(), (s) => (s.type = 'kubernetes.io/dockerconfigjson')),
    [['invalid-config-key', 'data[.dockerconfigjson]']],
  ],
  [
    'ssh-auth Secret without its key',
    mutated(secret(), (s) => (s.type = 'kubernetes.io/ssh-auth')),
    [['invalid-config-key', 'data[ssh-privatekey]']],
  ],
  [
    'basic-auth Secret with neither key',
    mutated(secret(), (s) => ((s.type = 'kubernetes.io/basic-auth'), (s.data = {}))),
    [['invalid-config-key', 'data[username]']],
  ],
  [
    'basic-auth Secret with a username only',
    mutated(secret(), (s) => ((s.type = 'kubernetes.io/basic-auth'), (s.data = {}), (s.stringData = { username: 'u' }))),
    [],
  ],
  ['basic-auth Secret with a password only', mutated(secret(), (s) => (s.type = 'kubernetes.io/basic-auth')), []],
  ['Secret type that is not a string reads as Opaque', mutated(secret(), (s) => (s.type = 5)), []],
  ['PDB with both bounds', mutated(pdb(), (p) => (p.spec.maxUnavailable = 1)), [['invalid-pdb', 'spec']]],
  ['PDB with neither bound', mutated(pdb(), (p) => delete p.spec.minAvailable), [['invalid-pdb', 'spec']]],
  ['PDB percentage above 100%', mutated(pdb(), (p) => (p.spec.minAvailable = '150%')), [['invalid-pdb', 'spec.minAvailable']]],
  ['PDB quoted number', mutated(pdb(), (p) => (p.spec.minAvailable = '1')), [['invalid-pdb', 'spec.minAvailable']]],
  ['PDB negative bound', mutated(pdb(), (p) => (p.spec.minAvailable = -1)), [['invalid-pdb', 'spec.minAvailable']]],
  ['PDB 0% maxUnavailable is allowed', mutated(pdb(), (p) => (delete p.spec.minAvailable, (p.spec.maxUnavailable = '0%'))), []],
  ['PDB without selector', mutated(pdb(), (p) => delete p.spec.selector), [['invalid-pdb', 'spec.selector']]],
  ['not an object', 'apiVersion: v1', [['invalid-manifest', '']]],
  ['no kind', { apiVersion: 'v1', metadata: { name: 'x' } }, [['invalid-manifest', 'kind']]],
  ['no apiVersion', { kind: 'Deployment', metadata: { name: 'x' } }, [['invalid-manifest', 'apiVersion']]],
  ['not an object, but a list', [deployment()], [['invalid-manifest', '']]],
  [
    'a Deployment of an API version 1.28 does not serve: metadata only',
    mutated(deployment(), (d) => ((d.apiVersion = 'extensions/v1beta1'), (d.metadata.name = 'Web'), (d.spec = {}))),
    [['invalid-name', 'metadata.name']],
  ],
  [
    'apiVersion and kind joined into an unknown name: metadata only',
    { apiVersion: 'apps', kind: 'v2/Deployment', metadata: { name: 'web' }, spec: {} },
    [],
  ],
  [
    'PDB unhealthyPodEvictionPolicy unknown, and a fractional bound',
    mutated(pdb(), (p) => Object.assign(p.spec, { minAvailable: 1.5, unhealthyPodEvictionPolicy: 'Never' })),
    [
      ['invalid-pdb', 'spec.minAvailable'],
      ['invalid-pdb', 'spec.unhealthyPodEvictionPolicy'],
    ],
  ],
  [
    'PDB unhealthyPodEvictionPolicy AlwaysAllow, maxUnavailable 100%',
    mutated(pdb(), (p) => (p.spec = { maxUnavailable: '100%', selector: p.spec.selector, unhealthyPodEvictionPolicy: 'AlwaysAllow' })),
    [],
  ],
  [
    'PDB bound a word, selector with a bad expression',
    mutated(pdb(), (p) => ((p.spec.minAvailable = 'most'), (p.spec.selector = { matchExpressions: [{ key: 'app', operator: 'In' }] }))),
    [
      ['invalid-pdb', 'spec.minAvailable'],
      ['invalid-label', 'spec.selector.matchExpressions[0].values'],
    ],
  ],
  [
    'PDB maxUnavailable above 100%',
    mutated(pdb(), (p) => (p.spec = { maxUnavailable: '101%', selector: p.spec.selector })),
    [['invalid-pdb', 'spec.maxUnavailable']],
  ],
  [
    'unknown kind: metadata only',
    { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'W' } },
    [['invalid-name', 'metadata.name']],
  ],
  [
    'dispatch on apiVersion and kind joined: apps with v1/Deployment is a Deployment',
    { apiVersion: 'apps', kind: 'v1/Deployment', metadata: { name: 'web' }, spec: {} },
    [
      ['missing-container', 'spec.template'],
      ['selector-mismatch', 'spec.selector'],
    ],
  ],
  [
    'PDB minAvailable null beside maxUnavailable reads as absent',
    mutated(pdb(), (p) => ((p.spec.minAvailable = null), (p.spec.maxUnavailable = 1))),
    [],
  ],
  ['PDB maxUnavailable null beside minAvailable reads as absent', mutated(pdb(), (p) => (p.spec.maxUnavailable = null)), []],
  ['PDB selector null selects nothing', mutated(pdb(), (p) => (p.spec.selector = null)), [['invalid-pdb', 'spec.selector']]],
  ['PDB unhealthyPodEvictionPolicy null reads as absent', mutated(pdb(), (p) => (p.spec.unhealthyPodEvictionPolicy = null)), []],
  ['PDB bound of a digit then letters', mutated(pdb(), (p) => (p.spec.minAvailable = '1a')), [['invalid-pdb', 'spec.minAvailable']]],
  ['PDB bound of letters then a digit', mutated(pdb(), (p) => (p.spec.minAvailable = 'a1')), [['invalid-pdb', 'spec.minAvailable']]],
  ['PDB quoted number of two digits', mutated(pdb(), (p) => (p.spec.minAvailable = '12')), [['invalid-pdb', 'spec.minAvailable']]],
  [
    'Service of type NodePort with a nodePort',
    mutated(service(), (s) => ((s.spec.type = 'NodePort'), (s.spec.ports[0].nodePort = 30080))),
    [],
  ],
  [
    'Service port name null among several: no name',
    mutated(
      service(),
      (s) =>
        (s.spec.ports = [
          { name: null, port: 80 },
          { name: 'metrics', port: 9090 },
        ]),
    ),
    [['service-port-name', 'spec.ports[0].name']],
  ],
  [
    'Service port name "" among several: no name',
    mutated(
      service(),
      (s) =>
        (s.spec.ports = [
          { name: '', port: 80 },
          { name: 'metrics', port: 9090 },
        ]),
    ),
    [['service-port-name', 'spec.ports[0].name']],
  ],
  [
    'Service ports 80 named and 443 unnamed: https suggested',
    mutated(service(), (s) => (s.spec.ports = [{ name: 'http', port: 80 }, { port: 443 }])),
    [['service-port-name', 'spec.ports[1].name']],
  ],
  ['Service targetPort null defaults to the port', mutated(service(), (s) => (s.spec.ports[0].targetPort = null)), []],
  ['Service appProtocol null reads as absent', mutated(service(), (s) => (s.spec.ports[0].appProtocol = null)), []],
  ['Service nodePort null on a ClusterIP Service reads as absent', mutated(service(), (s) => (s.spec.ports[0].nodePort = null)), []],
  [
    'Service targetPort of digits then "-"',
    mutated(service(), (s) => (s.spec.ports[0].targetPort = '80-')),
    [['invalid-service-port', 'spec.ports[0].targetPort']],
  ],
  [
    'Service targetPort of "-" then digits',
    mutated(service(), (s) => (s.spec.ports[0].targetPort = '-80')),
    [['invalid-service-port', 'spec.ports[0].targetPort']],
  ],
  ['ConfigMap data value null', mutated(configMap(), (c) => (c.data['app.yaml'] = null)), [['invalid-config-value', 'data[app.yaml]']]],
  [
    'ConfigMap binaryData key with a space',
    mutated(configMap(), (c) => (c.binaryData = { 'logo file': 'AAAA' })),
    [['invalid-config-key', 'binaryData[logo file]']],
  ],
  [
    'ConfigMap key with a run of spaces and a dot',
    mutated(configMap(), (c) => (c.data = { 'my  file.txt': 'x' })),
    [['invalid-config-key', 'data[my  file.txt]']],
  ],
  [
    'ConfigMap key longer than 253 characters',
    mutated(configMap(), (c) => (c.data = { ['k'.repeat(300)]: 'x' })),
    [['invalid-config-key', `data[${'k'.repeat(300)}]`]],
  ],
  [
    'Secret data key with a space',
    mutated(secret(), (s) => (s.data = { 'pass word': 'c2VjcmV0' })),
    [['invalid-config-key', 'data[pass word]']],
  ],
  [
    'Secret stringData value null',
    mutated(secret(), (s) => (s.stringData = { token: null })),
    [['invalid-config-value', 'stringData[token]']],
  ],
  ['Secret of exactly 1 MiB', mutated(secret(), (s) => ((s.data = {}), (s.stringData = { blob: 'x'.repeat(1024 * 1024) }))), []],
  ['Secret type named like an Object property: constructor', mutated(secret(), (s) => (s.type = 'constructor')), []],
  ['Secret type named like an Object property: __proto__', mutated(secret(), (s) => (s.type = '__proto__')), []],
  [
    'kind named like an Object property: metadata only',
    { apiVersion: 'v1', kind: 'constructor', metadata: { name: 'Web' } },
    [['invalid-name', 'metadata.name']],
  ],
  ['kind named like an Object property: toString', { apiVersion: 'v1', kind: 'toString', metadata: { name: 'web' } }, []],
  ['Service selector null selects by nothing', mutated(service(), (s) => (s.spec.selector = null)), []],
  [
    'PDB selector expression without a key',
    mutated(pdb(), (p) => (p.spec.selector = { matchExpressions: [{ operator: 'Exists' }] })),
    [['invalid-label', 'spec.selector.matchExpressions[0].key']],
  ],
  [
    'PDB selector matchLabels with a bad value',
    mutated(pdb(), (p) => (p.spec.selector = { matchLabels: { app: 'web app' } })),
    [['invalid-label', 'spec.selector.matchLabels[app]']],
  ],
  [
    'Secret stringData value an object',
    mutated(secret(), (s) => (s.stringData = { token: { a: 1 } })),
    [['invalid-config-value', 'stringData[token]']],
  ],
];

/** Every table, with what it covers. */
export const caseTables: [string, Case[]][] = [
  ['metadata', metadataCases],
  ['containers', containerCases],
  ['resources', resourceCases],
  ['probes and restart policies', probeCases],
  ['pod spec', podSpecCases],
  ['volumes', volumeCases],
  ['controllers', controllerCases],
  ['Service, ConfigMap, Secret, PDB, manifests', otherKindCases],
];
