import * as fs from 'fs';
import * as path from 'path';
import { generateApiDocs } from '../scripts/api-docs';
import { readmeWithStartOrder } from '../scripts/lifecycle-docs';

const api = generateApiDocs();

test('every exported symbol and public member is documented; every optional prop has @default', () => {
  expect(api.problems).toEqual([]);
});

test('docs/API.md is the reference as the code documents it today (run `npm run docs` and commit)', () => {
  expect(fs.readFileSync(path.join(__dirname, '..', 'docs', 'API.md'), 'utf8')).toBe(api.markdown);
});

test("the README's start and stop order of the examples is the lifecycle model's (run `npm run docs` and commit)", () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  expect(readme).toBe(readmeWithStartOrder(readme));
});
