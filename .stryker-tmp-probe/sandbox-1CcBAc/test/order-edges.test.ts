/**
 * Extension order and the lifecycle checks of a bare Pod: edges the mutation run found untested.
 */
// @ts-nocheck

import { AppPod, Controller, IstioSidecar, Migration, Sidecar, WaitFor } from '../lib';
import { inPhaseOrder } from '../lib/core/extensions';
import { errorOf, newChart, only, podSpecOf, synth } from './util';

test('extensions apply by phase, and in the order given within a phase, however they are listed', () => {
  const [a, b, c] = ['a', 'b', 'c'].map((name) => new Sidecar({ name, image: `${name}:1.0` }));
  const wait = WaitFor.tcp({ name: 'db', host: 'db', port: 5432 });
  expect(inPhaseOrder([wait, a, b, c])).toEqual([a, b, c, wait]);
  expect(inPhaseOrder([a, wait, b, c])).toEqual([a, b, c, wait]);
  const chart = newChart();
  new AppPod(chart, 'Web', { app: { image: 'myapp:1.0' }, extensions: [wait, c, a, b] });
  const spec = podSpecOf(only(synth(chart), 'Deployment'));
  expect(spec.containers.map((x: any) => x.name)).toEqual(['app', 'c', 'a', 'b']);
});

test.each([
  ['a Deployment', Controller.deployment()],
  ['a bare Pod', Controller.barePod({ reason: 'one-off check' })],
])("%s's init steps are checked against the mesh", (_, controller) => {
  const error = errorOf(() => {
    const chart = newChart();
    new AppPod(chart, 'Web', {
      app: { image: 'myapp:1.0' },
      controller,
      extensions: [new IstioSidecar(), new Migration({ args: ['--migrate'], concurrencySafe: true })],
    });
    synth(chart);
  });
  expect(error.code).toBe('mesh-init-traffic');
});
