// @ts-nocheck
import * as fs from 'fs';
import * as path from 'path';
import { PodPatternError } from '../lib/errors';
import { BAD_INPUTS, errorOf, renderCatalogue } from './bad-inputs';

test('the catalogue holds at least 30 distinct cases', () => {
  expect(new Set(BAD_INPUTS.map((r) => `${r.code}: ${r.input}`)).size).toBe(BAD_INPUTS.length);
  expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(30);
});

describe.each(BAD_INPUTS.map((row) => [`${row.code}: ${row.input}`, row] as const))('%s', (_, row) => {
  test('fails with its code and a message saying what, where and how to fix', () => {
    const error = errorOf(row);
    expect(error).toBeInstanceOf(PodPatternError);
    const { code, path: where, message } = error;
    expect(code).toBe(row.code);
    expect(message.startsWith(`${where}: `)).toBe(true);
    expect(where === 'test/Web' || /^(ResourceSize|QosPreset)\./.test(where)).toBe(true);
    expect(message).toMatch(/^[^:]+: .+\. Fix: .+ \[[a-z-]+\]$/s);
  });
});

test('docs/errors.md is the catalogue as it is today (run `npm run docs` and commit)', () => {
  const file = path.join(__dirname, '..', 'docs', 'errors.md');
  expect(fs.readFileSync(file, 'utf8')).toBe(renderCatalogue());
});
