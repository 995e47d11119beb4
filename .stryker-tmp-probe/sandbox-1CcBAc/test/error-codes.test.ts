// @ts-nocheck
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Chart } from 'cdk8s';
import { AppPod, ErrorCode, PodPatternErrors, QosPreset, ResourceSize } from '../lib';
import { ViolationCode } from '../lib/rules';
import { BAD_INPUTS, errorOf } from './bad-inputs';

const codes = new Set<string>(Object.values(ErrorCode));

test("every code a problem can carry is an ErrorCode: the rules' codes, every catalogue row", () => {
  for (const code of Object.values(ViolationCode)) expect(codes).toContain(code);
  for (const row of BAD_INPUTS) expect(codes).toContain(errorOf(row).code);
});

test('every ErrorCode is its name in kebab case, so code and name never drift apart', () => {
  const entries = Object.entries(ErrorCode);
  expect(entries.length).toBeGreaterThan(80);
  for (const [name, code] of entries) expect({ name, code }).toEqual({ name, code: name.toLowerCase().replace(/_/g, '-') });
});

const sourceFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
const sources = sourceFiles(path.join(__dirname, '..', 'lib')).map((file) => fs.readFileSync(file, 'utf8'));
// Under `npm run mutate` lib/ is Stryker's instrumented copy, where the codes are no plain literals.
const instrumented = sources.some((text) => text.includes('stryMutAct_'));

(instrumented ? test.skip : test)('every code in the source is an ErrorCode', () => {
  // The codes the library's checks pass to fail(), problem() and friends, read from the source.
  const used = new Set<string>();
  for (const text of sources) {
    for (const m of text.matchAll(/(?:fail|problem)\(\s*[^,]+,\s*'([a-z]+(?:-[a-z]+)*)'/g)) used.add(m[1]);
    for (const m of text.matchAll(/new PodPatternError\(\s*'([a-z-]+)'/g)) used.add(m[1]);
  }
  expect(used.size).toBeGreaterThan(40);
  expect([...used].filter((c) => !codes.has(c))).toEqual([]);
});

describe('PodPatternErrors reads problems back, in any language', () => {
  test('from an error a construct threw', () => {
    const error = (() => {
      try {
        new AppPod(new Chart(new App(), 'shop'), 'Web', { name: 'My_App', app: { image: 'myapp:1.0' } });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(PodPatternErrors.codeOf(error)).toBe(ErrorCode.INVALID_NAME);
    expect(PodPatternErrors.problemsOf(error)).toEqual([
      expect.objectContaining({
        code: 'invalid-name',
        path: 'shop/Web',
        what: expect.stringContaining('"My_App"'),
        fix: expect.stringContaining('my-app'),
      }),
    ]);
  });

  test('from the error cdk8s throws with every problem of a synth', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'codes-')) });
    const chart = new Chart(app, 'shop');
    for (const id of ['Web', 'Api']) {
      new AppPod(chart, id, { app: { image: 'myapp:1.0' }, qos: QosPreset.guaranteed({ size: ResourceSize.SMALL }) }).addContainer({
        name: 'agent',
        image: 'agent:1.0',
        resources: { cpu: { request: '10m' } },
      });
    }
    let thrown: unknown;
    try {
      app.synth();
    } catch (e) {
      thrown = e;
    }
    expect(PodPatternErrors.problemsOf(thrown).map((p) => `${p.path} ${p.code}`)).toEqual([
      'shop/Web qos-mismatch',
      'shop/Api qos-mismatch',
    ]);
    expect(PodPatternErrors.codeOf(new Error('unrelated'))).toBeUndefined();
    expect(PodPatternErrors.problemsOf('not an error')).toEqual([]);
  });
});
