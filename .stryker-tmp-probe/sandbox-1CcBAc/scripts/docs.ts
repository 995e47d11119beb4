// @ts-nocheck
import * as fs from 'fs';
import * as path from 'path';
import { renderCatalogue } from '../test/bad-inputs';
import { generateApiDocs } from './api-docs';
import { readmeWithDiagram, renderExplainDocs } from './explain-docs';
import { readmeWithStartOrder } from './lifecycle-docs';

// `npm run docs`: writes the generated documentation from the code and tests that define it.
const docs = path.join(__dirname, '..', 'docs');
void generateApiDocs().then((api) => {
  if (api.problems.length) {
    process.stderr.write(`the public API has documentation gaps:\n  ${api.problems.join('\n  ')}\n`);
    process.exitCode = 1;
  }
  fs.writeFileSync(path.join(docs, 'API.md'), api.markdown);
});

const original = console.warn;
console.warn = () => undefined;
try {
  fs.writeFileSync(path.join(docs, 'errors.md'), renderCatalogue());
} finally {
  console.warn = original;
}

// The examples' explain reports: one file per example, the folder rewritten whole.
const explainDir = path.join(docs, 'explain');
fs.rmSync(explainDir, { recursive: true, force: true });
fs.mkdirSync(explainDir);
for (const [file, markdown] of renderExplainDocs()) fs.writeFileSync(path.join(explainDir, file), markdown);

const readme = path.join(__dirname, '..', 'README.md');
fs.writeFileSync(readme, readmeWithDiagram(readmeWithStartOrder(fs.readFileSync(readme, 'utf8'))));
