// @ts-nocheck
// Parses Mermaid diagrams with Mermaid's own parser (the `mermaid` package), in Node: reads a JSON
// array of diagram sources on standard input, writes a JSON array of { type } or { error }.
// Mermaid is an ES module and sanitizes labels with DOMPurify, which needs a DOM: jsdom gives it one.
import { JSDOM } from 'jsdom';

globalThis.window = new JSDOM('').window;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const source of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(source);
    results.push({ type: parsed.diagramType });
  } catch (error) {
    results.push({ error: String(error?.message ?? error) });
  }
}
process.stdout.write(JSON.stringify(results));
