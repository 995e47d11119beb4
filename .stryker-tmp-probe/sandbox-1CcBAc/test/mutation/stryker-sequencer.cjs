// @ts-nocheck
// The jest test sequencer of the mutation run (stryker.config.mjs), never of `npm test`.
//
// For each mutant Stryker asks jest for the tests that cover it, by name, among the test files
// that import the mutated file: nearly all of them import lib/, and loading one (cdk8s-plus-28,
// the library, the charts it builds at load) costs far more than running the few tests it has
// for the mutant. This sequencer drops the files whose tests never reached the active mutant in
// the dry run (stryker-environment.cjs records them); without that record, or if it would
// drop every file, it keeps them all. The files it keeps run quickest first (as long as each took
// in the dry run): stryker-runner.cjs stops at the first that fails, and most mutants fail one.
const fs = require('node:fs');
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const COVERAGE_FILE = path.join(process.cwd(), '.stryker-file-coverage.json');

let cached;

function mutantsByFile() {
  if (!cached) {
    try {
      const files = JSON.parse(fs.readFileSync(COVERAGE_FILE, 'utf8'));
      cached = new Map(Object.entries(files).map(([file, { ms, mutants }]) => [file, { ms, mutants: new Set(mutants) }]));
    } catch {
      return undefined;
    }
  }
  return cached;
}

class MutationSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const mutant = process.env.__STRYKER_ACTIVE_MUTANT__;
    const files = mutant === undefined ? undefined : mutantsByFile();
    if (!files) {
      return sorted;
    }
    const reaching = sorted.filter((test) => files.get(test.path)?.mutants.has(mutant));
    return reaching.length > 0 ? reaching.sort((a, b) => files.get(a.path).ms - files.get(b.path).ms) : sorted;
  }
}

module.exports = MutationSequencer;
