// @ts-nocheck
// Runs the checks that come before the tests (typecheck, lint, build) side by side: each is
// single-threaded, and one after the other they took a quarter of `npm test`. Each one's output
// is printed whole when it ends, so outputs do not interleave; the exit code is the first failure's.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const runs = scripts.map(
  (script) =>
    new Promise((resolve) => {
      const child = spawn(npm, ['run', '-s', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('close', (code) => {
        process.stdout.write(`> ${script}: ${code === 0 ? 'ok' : `failed (exit ${code})`}\n`);
        process.stdout.write(Buffer.concat(output));
        resolve(code ?? 1);
      });
    }),
);

const codes = await Promise.all(runs);
process.exitCode = codes.find((code) => code !== 0) ?? 0;
