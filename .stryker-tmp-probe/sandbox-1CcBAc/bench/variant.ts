/** A child of the benchmark: synthesizes one variant at N and reports its peak RSS. */
// @ts-nocheck

import { finishedObjects, serializeFloor, synthesize, Variant } from './workloads';

const [variant, n] = [process.argv[2] as Variant | 'baseline', Number(process.argv[3])];
if (variant === 'floor') {
  serializeFloor(finishedObjects(n));
} else if (variant !== 'baseline') {
  synthesize(variant, n);
}
// resourceUsage reports kilobytes.
process.stdout.write(`${JSON.stringify({ variant, n, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
