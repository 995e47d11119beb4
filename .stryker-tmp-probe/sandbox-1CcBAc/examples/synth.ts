// @ts-nocheck
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdk8s';
import { PodPatternError } from '../lib/errors';
import { addExamples } from './app';

/**
 * Synthesizes an app into a fresh folder beside `dist` and swaps it in only when synth
 * succeeds, so a failed synth never leaves `dist` half-written or emptied.
 * @returns whether `dist` was replaced
 */
export function synthesizeInto(dist: string, addCharts: (app: App) => void): boolean {
  const staging = fs.mkdtempSync(path.join(path.dirname(dist), '.dist-'));
  try {
    const app = new App({ outdir: staging });
    addCharts(app);
    app.synth();
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    // A construct's own check throws a PodPatternError; cdk8s gathers what validations return into one Error.
    if (error instanceof PodPatternError || (error instanceof Error && error.message.startsWith('Validation failed'))) {
      process.stderr.write(`synth failed, ${path.basename(dist)}/ left as it was:\n${error.message}\n`);
      return false;
    }
    throw error;
  }
  const previous = `${staging}-previous`;
  if (fs.existsSync(dist)) {
    fs.renameSync(dist, previous);
  }
  fs.renameSync(staging, dist);
  fs.rmSync(previous, { recursive: true, force: true });
  return true;
}

// `npm run synth`
if (require.main === module) {
  const ok = synthesizeInto(path.resolve(__dirname, '..', 'dist'), addExamples);
  process.exitCode = ok ? 0 : 1;
}
