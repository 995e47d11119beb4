// @ts-nocheck
import * as fs from 'fs';

/**
 * The Debian programs some tests run the library's command lines with. On a machine without
 * them those tests are skipped, and say so; `.ci/run` installs them and sets
 * `CONSUMER_TOOLS=required`, so in CI a missing program fails the run instead.
 * @returns `describe` when every tool is there, `describe.skip` otherwise
 */
export function describeWithTools(tools: readonly string[], packages: string): jest.Describe {
  const missing = tools.filter((tool) => !fs.existsSync(tool));
  if (missing.length === 0) {
    return describe;
  }
  const what = `${missing.join(', ')} missing: install Debian's ${packages} (apt-get install -y ${packages}), as .ci/run does`;
  if (process.env.CONSUMER_TOOLS === 'required') {
    throw new Error(what);
  }
  process.stderr.write(`skipped: the tests that run the emitted commands for real, because ${what}\n`);
  return describe.skip;
}
