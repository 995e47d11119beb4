import * as fs from 'fs';
import * as path from 'path';
import { renderCatalogue } from '../test/bad-inputs';

// `npm run docs`: writes the generated documentation from the code and tests that define it.
const docs = path.join(__dirname, '..', 'docs');
const original = console.warn;
console.warn = () => undefined;
try {
  fs.writeFileSync(path.join(docs, 'errors.md'), renderCatalogue());
} finally {
  console.warn = original;
}
