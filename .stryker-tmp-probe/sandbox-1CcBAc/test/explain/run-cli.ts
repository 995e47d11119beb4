// @ts-nocheck
import { main } from '../../lib/explain/cli';

/** Runs the command line in process with `args`: its exit code and what it wrote to each stream. */
export function runCli(...args: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = main(
    args,
    (t) => (stdout += t),
    (t) => (stderr += t),
  );
  return { status, stdout, stderr };
}
