/**
 * The library as a user gets it: `npm pack`, install the tarball into a fresh cdk8s app of its
 * own (package.json, cdk8s.yaml, TypeScript checked by ts-node), run `cdk8s synth` there on the
 * examples (importing `cdk8s-pod-patterns` instead of `../lib`), and compare the YAML with the
 * repository's dist/. Only the npm registry is reached (through npm's cache when warm).
 */
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
    const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], ROOT).trim().split('\n').pop()!;
    const files = run('tar', ['-tzf', path.join(work, tarball)], work)
      .split('\n')
      .filter(Boolean);
    expect(files.filter((f) => /^package\/(test|bench|examples|dist|scripts|node_modules)\//.test(f))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining([
        'package/build/index.js',
        'package/build/index.d.ts',
        'package/LICENSE',
        'package/README.md',
        'package/CHANGELOG.md',
      ]),
    );

    const app = path.join(work, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(
      path.join(app, 'package.json'),
      JSON.stringify(
        {
          name: 'consumer-app',
          private: true,
          dependencies: {
            'cdk8s-pod-patterns': `file:../${tarball}`,
            'cdk8s': installed('cdk8s'),
            'cdk8s-plus-28': installed('cdk8s-plus-28'),
            'constructs': installed('constructs'),
          },
          devDependencies: {
            'cdk8s-cli': installed('cdk8s-cli'),
            'typescript': installed('typescript'),
            'ts-node': installed('ts-node'),
            '@types/node': installed('@types/node'),
          },
        },
        null,
        2,
      ),
    );
    fs.writeFileSync(
      path.join(app, 'tsconfig.json'),
      JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2020',
            module: 'commonjs',
            strict: true,
            esModuleInterop: true,
            skipLibCheck: true,
            types: ['node'],
          },
        },
        null,
        2,
      ),
    );
    fs.writeFileSync(path.join(app, 'cdk8s.yaml'), 'language: typescript\napp: npx ts-node main.ts\noutput: dist\n');
    for (const file of fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.ts') && f !== 'synth.ts')) {
      const source = fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8').replace(/from '\.\.\/lib'/g, "from 'cdk8s-pod-patterns'");
      fs.writeFileSync(path.join(app, file), source);
    }

    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
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
