// @ts-nocheck
import * as fs from 'fs';
import * as path from 'path';
import { explainManifests, parseManifests, podDiagram } from '../lib/explain';

const ROOT = path.join(__dirname, '..');

/** The README's markers around the generated diagram. */
export const DIAGRAM_MARKERS = ['<!-- explain-diagram:begin (npm run docs) -->', '<!-- explain-diagram:end -->'] as const;

/**
 * The explain report of each example (`dist/<chart>.k8s.yaml`), as `docs/explain/<chart>.md`:
 * what `npx cdk8s-pod-patterns explain dist/<chart>.k8s.yaml` prints.
 */
export function renderExplainDocs(): Map<string, string> {
  const docs = new Map<string, string>();
  for (const file of fs.readdirSync(path.join(ROOT, 'dist')).sort()) {
    const chart = file.replace(/\.k8s\.yaml$/, '');
    const manifests = parseManifests(fs.readFileSync(path.join(ROOT, 'dist', file), 'utf8'), `dist/${file}`);
    docs.set(`${chart}.md`, explainManifests(manifests, { title: `What the pods of the ${chart} example do` }).markdown);
  }
  return docs;
}

/** The README with the all-patterns example's diagram rewritten. */
export function readmeWithDiagram(readme: string): string {
  const [begin, end] = DIAGRAM_MARKERS;
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`README.md lacks the markers ${begin} and ${end}`);
  const file = 'dist/all-patterns.k8s.yaml';
  const { workloads } = explainManifests(parseManifests(fs.readFileSync(path.join(ROOT, file), 'utf8'), file));
  const diagram = ['```mermaid', podDiagram(workloads[0]), '```'].join('\n');
  return readme.slice(0, from) + `${begin}\n${diagram}\n` + readme.slice(to);
}
