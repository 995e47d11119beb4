import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdk8s';
import { PodPatternError, PodPatternValidationError } from '../lib';
import { addExamples } from './app';

/**
 * `npm run synth`: synthesizes the examples into a fresh folder beside `dist/` and swaps it in
 * only when synth succeeds, so a failed synth never leaves `dist/` half-written.
 */
function main(): void {
  const root = path.resolve(__dirname, '..');
  const dist = path.join(root, 'dist');
  const staging = fs.mkdtempSync(path.join(root, '.dist-'));
  try {
    const app = new App({ outdir: staging });
    addExamples(app);
    app.synth();
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (error instanceof PodPatternError || error instanceof PodPatternValidationError) {
      process.stderr.write(`synth failed, dist/ left as it was:\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const previous = `${staging}-previous`;
  if (fs.existsSync(dist)) {
    fs.renameSync(dist, previous);
  }
  fs.renameSync(staging, dist);
  fs.rmSync(previous, { recursive: true, force: true });
}

main();
