/**
 * The migration's warnings and what it inherits from the app, at the edges the mutation run found
 * untested: which controllers run it concurrently, which local addresses it cannot reach, how it
 * copies the app's environment and mounts.
 */
// @ts-nocheck

import * as kplus from 'cdk8s-plus-28';
import { AppPodProps, Controller, MigratingApp, Migration, MigrationMode, Sidecar } from '../lib';
import { newChart, only, ofKind, podSpecOf, synth, warningsSaid } from './util';

const APP = { image: 'myapp:1.0', ports: [{ number: 8080 }] };

function migrating(props: Partial<AppPodProps> & { migration?: Migration; helpers?: Sidecar[] }): { manifests: any[]; warnings: string[] } {
  const { migration, helpers, ...rest } = props;
  const chart = newChart();
  new MigratingApp(chart, 'Web', {
    app: APP,
    ...rest,
    extensions: [...(helpers ?? []), ...(rest.extensions ?? [])],
    migration: migration ?? new Migration({ args: ['--migrate'] }),
  });
  const manifests = synth(chart);
  return { manifests, warnings: warningsSaid() };
}

const concurrency = (warnings: string[]) => warnings.filter((w) => w.includes('the migration runs as an init container'));

describe('an init-container migration on a replicated controller', () => {
  test.each<[string, Controller, string | undefined]>([
    ['a Deployment of 1 replica', Controller.deployment({ replicas: 1 }), undefined],
    [
      'a Deployment of 2 replicas',
      Controller.deployment({ replicas: 2 }),
      'Deployment of 2 replicas, so every pod runs it at once on a rollout',
    ],
    ['a DaemonSet', Controller.daemonSet(), 'DaemonSet, so every pod runs it at once on a rollout'],
    [
      'a StatefulSet of 3 replicas',
      Controller.statefulSet({ replicas: 3 }),
      'StatefulSet of 3 replicas, so every pod runs it again on a rollout (one after the other with OrderedReady, all at once with Parallel)',
    ],
    ['a Job', Controller.job(), undefined],
  ])('%s: warned %s', (_, controller, text) => {
    expect(concurrency(migrating({ controller }).warnings)).toEqual(
      text === undefined
        ? []
        : [
            `warning: test/Web: the migration runs as an init container of a ${text}. ` +
              'Declare it safe with `concurrencySafe: true` (it locks or is idempotent), or use MigrationMode.JOB',
          ],
    );
  });

  test('concurrencySafe silences it', () => {
    const { warnings } = migrating({
      controller: Controller.deployment({ replicas: 3 }),
      migration: new Migration({ args: ['--migrate'], concurrencySafe: true }),
    });
    expect(concurrency(warnings)).toEqual([]);
  });
});

describe('local addresses the migration inherits', () => {
  const helper = new Sidecar({ name: 'db-proxy', image: 'proxy:1.0', ports: [{ number: 5432 }] });

  test('an init-container migration cannot reach a classic helper the app reaches on localhost', () => {
    const { warnings } = migrating({ app: { ...APP, env: { DB: '127.0.0.1:5432' } }, helpers: [helper] });
    expect(warnings).toContainEqual(
      'warning: test/Web: the migration inherits DB=127.0.0.1:5432 from the app, but runs before classic sidecars ("db-proxy") start. ' +
        'Make that helper a native sidecar, or give the migration a direct address',
    );
  });

  test.each([
    ['localhost:5432', true],
    ['localhost', false],
    ['127.0.0.1:5432', true],
    ['db.example.com:5432', false],
    ['mylocalhost:5432', false],
    ['127.0.0.10:5432', false],
  ])('%s is a local address on the helper port: %s', (value, warned) => {
    const { warnings } = migrating({ app: { ...APP, env: { DB: value } }, helpers: [helper] });
    expect(warnings.some((w) => w.includes('runs before classic sidecars'))).toBe(warned);
  });

  test('a bare port number names the helper port too', () => {
    const { warnings } = migrating({ app: { ...APP, env: { DB_HOST: 'localhost', DB_PORT: '5432' } }, helpers: [helper] });
    expect(warnings.some((w) => w.includes('runs before classic sidecars ("db-proxy")'))).toBe(true);
  });

  test('a native helper starts before the migration: no warning', () => {
    const native = new Sidecar({ name: 'db-proxy', image: 'proxy:1.0', ports: [{ number: 5432 }], nativeSidecar: true });
    const { warnings } = migrating({ app: { ...APP, env: { DB: '127.0.0.1:5432' } }, helpers: [native] });
    expect(warnings.some((w) => w.includes('runs before classic sidecars'))).toBe(false);
  });

  test('a Job migration with a local address is warned that its pod has no helpers', () => {
    const { warnings } = migrating({
      app: { ...APP, env: { DB: 'localhost:5432' } },
      migration: new Migration({ args: ['--migrate'], mode: MigrationMode.JOB }),
    });
    expect(warnings).toContainEqual(
      "warning: test/Web: the migration Job inherits DB=localhost:5432 from the app, but the Job's pod has none of the app's helpers to answer there. Give the migration a direct address",
    );
  });
});

test("the migration copies the app's plain variables, references and mounts, read-only where the app's are", () => {
  const { manifests } = migrating({
    app: {
      ...APP,
      env: { MODE: 'prod' },
      envValues: {
        PASSWORD: kplus.EnvValue.fromSecretValue({ secret: kplus.Secret.fromSecretName(newChart(), 'S', 'db'), key: 'password' }),
      },
      volumeMounts: [
        { volume: 'cache', path: '/cache' },
        { volume: 'certs', path: '/certs', readOnly: true },
      ],
    },
    sharedVolumes: [{ name: 'cache' }, { name: 'certs' }],
  });
  const spec = podSpecOf(only(manifests, 'Deployment'));
  const migrate = spec.initContainers.find((c: any) => c.name === 'migrate');
  expect(migrate.env).toEqual([
    { name: 'MODE', value: 'prod' },
    { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
  ]);
  expect(migrate.volumeMounts).toEqual([
    { name: 'cache', mountPath: '/cache', readOnly: false },
    { name: 'certs', mountPath: '/certs', readOnly: true },
  ]);
  expect(ofKind(manifests, 'Job')).toEqual([]);
});
