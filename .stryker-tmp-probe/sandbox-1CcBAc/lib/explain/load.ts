/**
 * Reads Kubernetes manifests as `kubectl apply -f` takes them: YAML or JSON files, several
 * documents a file (`helm template` output, with its `# Source:` comments), folders of them,
 * and `List` objects, whose items are the objects.
 */
// @ts-nocheck

import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';

/** One Kubernetes object and where it was read. */
export interface Manifest {
  /** The object, as parsed. */
  readonly object: unknown;
  /** The file it came from, as given (or the name passed with the text). */
  readonly source: string;
  /** Its document's position in the file, from 0. */
  readonly document: number;
}

const MANIFEST_FILE = /\.(ya?ml|json)$/i;

/**
 * The objects in one YAML or JSON text (several documents allowed). Empty documents are
 * skipped; a `List` (`kind: List` or any `...List` with `items`) gives its items.
 * @throws when the text is not YAML, with the file and line
 */
export function parseManifests(text: string, source: string): Manifest[] {
  const manifests: Manifest[] = [];
  const documents = parseAllDocuments(text);
  for (let i = 0; i < documents.length; i++) {
    const document = documents[i];
    if (document.errors.length > 0) {
      const error = document.errors[0];
      const line = error.linePos?.[0].line;
      throw new Error(
        `${source}${line ? `:${line}` : ''}: not valid YAML (${error.message.split('\n')[0]}); fix the document or leave the file out`,
      );
    }
    const object = document.toJS();
    if (object === null || object === undefined) continue;
    if (isList(object)) {
      for (const item of object.items) manifests.push({ object: item, source, document: i });
    } else {
      manifests.push({ object, source, document: i });
    }
  }
  return manifests;
}

function isList(object: unknown): object is { items: unknown[] } {
  const o = object as { kind?: unknown; items?: unknown };
  return typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items);
}

/**
 * The objects in files and folders: a folder gives its `.yaml`, `.yml` and `.json` files, and
 * those of its subfolders, in name order.
 * @throws when a path does not exist or a file is not YAML
 */
export function readManifests(paths: readonly string[]): Manifest[] {
  return manifestFiles(paths).flatMap((file) => parseManifests(fs.readFileSync(file, 'utf8'), file));
}

/** The manifest files under the paths, in name order within each folder. */
export function manifestFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (p: string, given: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new Error(`${p}: no such file or folder; give the YAML files or the folder synth wrote (e.g. dist/)`);
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) visit(path.join(p, entry), false);
    } else if (given || MANIFEST_FILE.test(p)) {
      files.push(p);
    }
  };
  for (const p of paths) visit(p, true);
  return files;
}
