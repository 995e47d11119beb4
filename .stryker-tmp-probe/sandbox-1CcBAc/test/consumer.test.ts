/**
 * The library as a user gets it: `npm pack`, install the tarball into a fresh cdk8s app of its
 * own (package.json, cdk8s.yaml, TypeScript checked by ts-node), run `cdk8s synth` there on the
 * examples (importing `cdk8s-pod-patterns` instead of `../lib`), and compare the YAML with the
 * repository's dist/. Only the npm registry is reached (through npm's cache when warm).
 */
// @ts-nocheck

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
const installed = (name: string) => lock.packages[`node_modules/${name}`].version as string;

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
}

test('the packed library installs into a fresh cdk8s app and synthesizes the examples exactly as here', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pod-patterns-consumer-'));
  try {
    // --ignore-scripts: prepack would rebuild build/ while other test files read it (npm test built it).
    const tarball = run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], ROOT).trim().split('\n').pop()!;
    const files = run('tar', ['-tzf', path.join(work, tarball)], work)
      .split('\n')
      .filter(Boolean);
    expect(files.filter((f) => /^package\/(test|bench|examples|dist|scripts)\//.test(f))).toEqual([]);
    // The one bundled dependency (jsii takes only jsii modules as dependencies).
    expect(files.filter((f) => f.startsWith('package/node_modules/') && !f.startsWith('package/node_modules/yaml/'))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining([
        'package/build/index.js',
        'package/build/index.d.ts',
        'package/LICENSE',
        'package/README.md',
        'package/CHANGELOG.md',
        'package/.jsii',
      ]),
    );

    // The app a user starts from: `cdk8s init typescript-app`, from the template the cdk8s-cli
    // devDependency ships, changed as the README's quick start says.
    const app = path.join(work, 'app');
    const template = path.join(ROOT, 'node_modules', 'cdk8s-cli', 'templates', 'typescript-app');
    fs.mkdirSync(app);
    const fill = (text: string) =>
      text
        .replace(/\{\{ \$base \}\}/g, 'consumer-app')
        .replace(/\{\{ cdk8s_core_version \}\}/g, installed('cdk8s'))
        .replace(/\{\{ cdk8s_plus_version \}\}/g, installed('cdk8s-plus-28'))
        .replace(/\{\{ constructs_version \}\}/g, installed('constructs'))
        .replace(/\{\{ cdk8s_cli_spec \}\}/g, installed('cdk8s-cli'));
    for (const file of ['package.json', 'tsconfig.json', 'cdk8s.yaml', 'main.ts']) {
      fs.writeFileSync(path.join(app, file), fill(fs.readFileSync(path.join(template, file), 'utf8')));
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(app, 'package.json'), 'utf8'));
    // The README's changes: cdk8s-plus-28 instead of the template's newer cdk8s-plus (their
    // classes do not mix), and the library itself.
    expect(Object.keys(manifest.dependencies)).toContain('cdk8s-plus-33');
    delete manifest.dependencies['cdk8s-plus-33'];
    manifest.dependencies['cdk8s-plus-28'] = `^${installed('cdk8s-plus-28')}`;
    manifest.dependencies['cdk8s-pod-patterns'] = `file:../${tarball}`;
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify(manifest, null, 2));
    // `cdk8s import` needs the network and nothing here uses its output: skipped.
    fs.writeFileSync(
      path.join(app, 'cdk8s.yaml'),
      fs.readFileSync(path.join(app, 'cdk8s.yaml'), 'utf8').replace(/imports:\n( {2}- .*\n?)*/, ''),
    );
    for (const file of fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.ts') && f !== 'synth.ts')) {
      const source = fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8').replace(/from '\.\.\/lib'/g, "from 'cdk8s-pod-patterns'");
      fs.writeFileSync(path.join(app, file), source);
    }
    // The cdk8s CLI writes to dist/ where the template says nothing.
    fs.writeFileSync(path.join(app, 'cdk8s.yaml'), `${fs.readFileSync(path.join(app, 'cdk8s.yaml'), 'utf8').trimEnd()}\noutput: dist\n`);

    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
    // The template's own compile step type-checks the app against the library's declarations.
    run('npm', ['run', 'compile'], app);
    run('npx', ['cdk8s', 'synth'], app);

    const expected = fs.readdirSync(path.join(ROOT, 'dist')).sort();
    expect(fs.readdirSync(path.join(app, 'dist')).sort()).toEqual(expected);
    for (const file of expected) {
      expect({ file, yaml: fs.readFileSync(path.join(app, 'dist', file), 'utf8') }).toEqual({
        file,
        yaml: fs.readFileSync(path.join(ROOT, 'dist', file), 'utf8'),
      });
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}, 300_000);
