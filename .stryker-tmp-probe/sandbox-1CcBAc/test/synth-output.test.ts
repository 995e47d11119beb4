// @ts-nocheck
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Chart } from 'cdk8s';
import { synthesizeInto } from '../examples/synth';
import { AppPod, QosPreset, ResourceSize } from '../lib';

let root: string;
let dist: string;
beforeEach(() => {
  jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'pod-patterns-dist-'));
  dist = path.join(root, 'dist');
  fs.mkdirSync(dist);
  fs.writeFileSync(path.join(dist, 'previous.k8s.yaml'), 'kind: Previous\n');
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const snapshot = () =>
  fs
    .readdirSync(root)
    .sort()
    .map((entry) => [entry, fs.readdirSync(path.join(root, entry)).sort()]);

test('a failed synth leaves the previous dist/ untouched and no partial files', () => {
  const before = snapshot();
  const replaced = synthesizeInto(dist, (app: App) => {
    const good = new Chart(app, 'good');
    new AppPod(good, 'Fine', { app: { image: 'fine:1.0' } });
    const bad = new Chart(app, 'bad');
    const pod = new AppPod(bad, 'Broken', { app: { image: 'app:1.0' }, qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }) });
    pod.addContainer({ name: 'sidecar', image: 'side:1.0', resources: { cpu: { request: '10m' } } });
  });
  expect(replaced).toBe(false);
  expect(snapshot()).toEqual(before);
  expect(fs.readFileSync(path.join(dist, 'previous.k8s.yaml'), 'utf8')).toBe('kind: Previous\n');
  expect(process.stderr.write).toHaveBeenCalledWith(expect.stringContaining('[qos-mismatch]'));
});

test('an error thrown while building the app leaves dist/ untouched too', () => {
  const before = snapshot();
  expect(synthesizeInto(dist, (app: App) => new AppPod(new Chart(app, 'c'), 'X', { app: { image: 'x:latest' } }))).toBe(false);
  expect(snapshot()).toEqual(before);
});

test('a successful synth replaces dist/ as a whole', () => {
  expect(synthesizeInto(dist, (app: App) => new AppPod(new Chart(app, 'web'), 'Web', { app: { image: 'web:1.0' } }))).toBe(true);
  expect(snapshot()).toEqual([['dist', ['web.k8s.yaml']]]);
});
