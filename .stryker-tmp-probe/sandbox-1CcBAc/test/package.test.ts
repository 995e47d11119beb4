/**
 * What a release publishes, checked without publishing: `npm publish --dry-run` lists the files
 * and sizes of the package as npm would upload it; jsii-pacmak generates the Python binding from
 * the jsii assembly, and Python byte-compiles it. (A wheel needs build tools from PyPI, which this
 * machine does not reach: the README gives the command a release runs.) Both read what
 * `npm run build` wrote, which `npm test` runs before jest.
 */
// @ts-nocheck

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

test('npm publish --dry-run: the built library, its sources, its assembly and docs; no tests, examples, secrets', () => {
  const report = JSON.parse(
    execFileSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  )['cdk8s-pod-patterns'];
  const files: string[] = report.files.map((f: { path: string }) => f.path);
  expect(files).toEqual(
    expect.arrayContaining(['.jsii', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json', 'build/index.js', 'build/index.d.ts']),
  );
  // jsii takes only jsii modules as dependencies: the YAML parser explain reads manifests with is bundled.
  const allowed =
    /^(build\/.+\.(js|d\.ts|d\.ts\.map)|lib\/.+\.ts|bin\/cdk8s-pod-patterns\.js|node_modules\/yaml\/.+|\.jsii|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;
  expect(files.filter((f) => !allowed.test(f))).toEqual([]);
  expect(files.filter((f) => /(^|\/)(\.env|\.npmrc|id_rsa)|\.(pem|key|p12)$/.test(f))).toEqual([]);
  // Every module comes with its declarations, and the package stays small.
  for (const js of files.filter((f) => /^build\/.+\.js$/.test(f))) expect(files).toContain(js.replace(/\.js$/, '.d.ts'));
  expect(report.size).toBeLessThan(1024 * 1024);
});

test('the Python binding generates from the assembly and byte-compiles', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pod-patterns-python-'));
  try {
    execFileSync(process.execPath, [require.resolve('jsii-pacmak/bin/jsii-pacmak'), '--targets', 'python', '--code-only', '-o', out], {
      cwd: ROOT,
      stdio: 'ignore',
      // pacmak packs the library with npm pack, whose prepack would delete and rebuild build/
      // while other test files read it (npm test built it before jest).
      env: { ...process.env, npm_config_ignore_scripts: 'true' },
    });
    const module = path.join(out, 'python', 'src', 'cdk8s_pod_patterns', '__init__.py');
    const source = fs.readFileSync(module, 'utf8');
    for (const name of [
      'AppPod',
      'SidecarPod',
      'AmbassadorPod',
      'AdapterPod',
      'MigratingApp',
      'QosPreset',
      'ErrorCode',
      'PodPatternErrors',
    ]) {
      expect(source).toMatch(new RegExp(`^class ${name}\\b`, 'm'));
    }
    execFileSync('python3', ['-m', 'compileall', '-q', path.join(out, 'python', 'src')], { stdio: 'pipe' });
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}, 60_000);
