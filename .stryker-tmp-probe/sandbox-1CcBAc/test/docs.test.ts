// @ts-nocheck
import * as fs from 'fs';
import * as path from 'path';
import { generateApiDocs } from '../scripts/api-docs';
import { readmeWithStartOrder } from '../scripts/lifecycle-docs';

import { documentationGaps } from '../scripts/api-docs';

// The assembly `npm run build` (jsii) wrote; npm test builds before it runs jest.
const api = generateApiDocs();

test('every exported type and public member is documented; every optional prop has @default', async () => {
  expect((await api).problems).toEqual([]);
});

test('the gap check sees a gap', () => {
  const gaps = documentationGaps({
    types: {
      'cdk8s-pod-patterns.Props': {
        kind: 'interface',
        datatype: true,
        docs: { summary: 'Props.' },
        properties: [
          { name: 'documented', optional: true, docs: { summary: 'Yes.', default: '1' } },
          { name: 'noDefault', optional: true, docs: { summary: 'No default.' } },
          { name: 'bare' },
        ],
      },
    },
  });
  expect(gaps).toEqual(['Props.noDefault is optional but has no @default', 'Props.bare has no documentation']);
});

test("docs/API.md is jsii-docgen's reference of the assembly as it is today (run `npm run build && npm run docs` and commit)", async () => {
  expect(fs.readFileSync(path.join(__dirname, '..', 'docs', 'API.md'), 'utf8')).toBe((await api).markdown);
});

test("the README's start and stop order of the examples is the lifecycle model's (run `npm run docs` and commit)", () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  expect(readme).toBe(readmeWithStartOrder(readme));
});
