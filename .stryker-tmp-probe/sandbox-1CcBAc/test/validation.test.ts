/**
 * The validation plugin as `cdk8s synth` runs it: the real cdk8s-cli (the devDependency) with
 * the plugin in the `validations:` section of a `cdk8s.yaml`, on a small app with known mistakes
 * and on the examples. Both read the plugin `npm run build` wrote (npm test builds first).
 */
// @ts-nocheck

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Validation } from 'cdk8s-cli/lib/plugins/validation';
import { PodPatternsValidation } from '../lib/validation';

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s');
const SUCRASE = require.resolve('sucrase/register/ts');

/** Runs `cdk8s synth` in a folder of its own with this app and plugin properties. */
function synth(app: string, properties: Record<string, unknown>) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pod-patterns-plugin-'));
  try {
    const config = [
      'language: typescript',
      `app: node -r ${SUCRASE} ${path.join(ROOT, app)}`,
      'output: dist',
      'validations:',
      `  - package: ${path.join(ROOT, 'build', 'validation')}`,
      '    version: 0.1.0',
      '    class: PodPatternsValidation',
      `    properties: ${JSON.stringify(properties)}`,
    ].join('\n');
    fs.writeFileSync(path.join(work, 'cdk8s.yaml'), `${config}\n`);
    const result = spawnSync(process.execPath, [CLI, 'synth', '--no-check-upgrade', '--validation-reports-output-file', 'report.json'], {
      cwd: work,
      encoding: 'utf8',
    });
    const reportFile = path.join(work, 'report.json');
    const reports = fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf8')).reports : undefined;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, report: reports?.[0] };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

test("the plugin is a cdk8s-cli Validation (its declared context fits cdk8s-cli's own)", () => {
  const plugin: Validation = new PodPatternsValidation({});
  expect(typeof plugin.validate).toBe('function');
});

test('cdk8s synth on an app with known mistakes fails (exit 2) and reports each, with its construct path and fix', () => {
  const { status, stdout, report } = synth('test/validation/broken-app.ts', { minimumQosClass: 'Guaranteed' });
  expect(status).toBe(2);
  expect(report.summary).toMatchObject({ status: 'failure', metadata: { 'Objects checked': '2', 'Errors': '3', 'Warnings': '3' } });
  const rows = report.violations.map((v: any) => [
    v.ruleName,
    v.violatingConstructs[0].constructPath,
    v.violatingConstructs[0].locations[0],
  ]);
  expect(rows).toEqual([
    ['[error] port-collision', 'shop/Web', 'spec.template.spec.containers[1].ports[0].containerPort'],
    ['[warning] unpinned-image', 'shop/Web', 'spec.template.spec.containers[0].image'],
    ['[warning] helper-without-resources', 'shop/Web', 'spec.template.spec.containers[2].resources'],
    ['[warning] shared-volume-writable', 'shop/Web', 'spec.template.spec.containers[2].volumeMounts[0].readOnly'],
    ['[error] qos-mismatch', 'shop/Web', 'spec.template.spec'],
    ['[error] pdb-blocks-eviction', 'shop/Budget', 'spec.minAvailable'],
  ]);
  const blocks = report.violations.find((v: any) => v.ruleName.endsWith('pdb-blocks-eviction'));
  expect(blocks.recommendation).toContain('2 pods minus minAvailable 2 allows no eviction');
  expect(blocks.fix).toContain('minAvailable below 2');
  // What the terminal shows.
  expect(stdout).toContain('Construct Path: shop/Web');
  expect(stdout).toContain('How to fix: move one of them to another port');
}, 30_000);

test('cdk8s synth on the examples passes with no violation (native sidecars and a user namespace are the examples’ choice: their gate warnings are ignored)', () => {
  const { status, stdout, report } = synth('examples/main.ts', { ignore: ['sidecar-feature-gate', 'user-namespace-feature-gate'] });
  expect(status).toBe(0);
  expect(report.violations).toEqual([]);
  expect(report.summary.status).toBe('success');
  expect(Number(report.summary.metadata['Objects checked'])).toBeGreaterThan(40);
  expect(stdout).toContain('Validations ended succesfully');
}, 30_000);

test('warnings fail synth with failOn: warning; a wrong property stops synth (exit 1) and names it', () => {
  const strict = synth('examples/main.ts', { failOn: 'warning' });
  expect(strict.status).toBe(2);
  expect(strict.report.violations.map((v: any) => v.ruleName)).toEqual([
    '[warning] sidecar-feature-gate',
    '[warning] sidecar-feature-gate',
    '[warning] user-namespace-feature-gate',
  ]);
  const wrong = synth('examples/main.ts', { failon: 'warning' });
  expect(wrong.status).toBe(1);
  expect(wrong.stderr).toContain('unknown property "failon"; use ignore, failOn, minimumQosClass');
}, 30_000);

test('properties are checked when cdk8s-cli constructs the plugin', () => {
  expect(() => new PodPatternsValidation({ ignore: 'x' })).toThrow('ignore must be a list of violation codes');
  expect(() => new PodPatternsValidation({ failOn: 'never' })).toThrow('failOn is "never"; use error or warning');
  expect(() => new PodPatternsValidation({ minimumQosClass: 'gold' })).toThrow('minimumQosClass is "gold"');
  expect(() => new PodPatternsValidation([])).toThrow('expected a map');
});
