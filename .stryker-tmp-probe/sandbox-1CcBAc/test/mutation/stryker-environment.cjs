// @ts-nocheck
// The jest environment of the mutation run (stryker.config.mjs), never of `npm test`.
//
// Stryker's per-test coverage counts only code run inside a test; code run while a test file
// loads or in its beforeAll/afterAll hooks (this suite synthesizes many charts there) counts as
// "static", and a static mutant is run against the whole suite: 30-40 s each, 70% of the mutants.
// This environment gives that coverage to every test of the file it ran in, which is what it is:
// those tests are the ones that read what the file's set-up built. Each mutant is then run against
// the tests of the files that reached it, the file's set-up included (jest runs a file's hooks for
// any test of it that runs). Code reached while lib/ loads lands in every file, so a mutant there
// still runs every test.
//
// It also writes which mutants each test file reached and how long the file took, for
// stryker-sequencer.cjs, which runs only those files for a mutant, the quickest first.
const fs = require('node:fs');
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

/** Where the dry run leaves, per test file, the ids of the mutants it reached (in the sandbox). */
const COVERAGE_FILE = path.join(process.cwd(), '.stryker-file-coverage.json');

function fullName(test) {
  const names = [];
  for (let block = test.parent; block && block.parent; block = block.parent) {
    names.unshift(block.name);
  }
  return [...names, test.name].join(' ');
}

class MutationEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
    this.testNames = [];
    // The dry run measures coverage; a mutant's run (Stryker sets the active mutant) does not.
    this.measuring = process.env.__STRYKER_ACTIVE_MUTANT__ === undefined;
    this.staticBefore = undefined;
    this.started = Date.now();
  }

  coverage() {
    const namespace = this.global.__strykerGlobalNamespace__ ?? '__stryker__';
    const context = this.global[namespace];
    if (context && !context.mutantCoverage) {
      context.mutantCoverage = { static: {}, perTest: {} };
    }
    return context?.mutantCoverage;
  }

  async handleTestEvent(event, state) {
    if (super.handleTestEvent) {
      await super.handleTestEvent(event, state);
    }
    if (!this.measuring) {
      return;
    }
    if (event.name === 'setup') {
      // Before the test file loads: what other files had already reached.
      this.staticBefore = { ...(this.coverage()?.static ?? {}) };
    } else if (event.name === 'test_start') {
      this.testNames.push(fullName(event.test));
    } else if (event.name === 'run_finish') {
      this.attribute();
    }
  }

  /** Moves what this file reached outside its tests to each of its tests, and records the file's mutants. */
  attribute() {
    const coverage = this.coverage();
    if (!coverage || !this.staticBefore) {
      return;
    }
    const reached = {};
    for (const [id, count] of Object.entries(coverage.static)) {
      const added = count - (this.staticBefore[id] ?? 0);
      if (added > 0) {
        reached[id] = added;
        coverage.static[id] = count - added;
        if (coverage.static[id] === 0) {
          delete coverage.static[id];
        }
      }
    }
    const mutants = new Set(Object.keys(reached));
    for (const name of this.testNames) {
      const own = (coverage.perTest[name] = coverage.perTest[name] ?? {});
      for (const [id, count] of Object.entries(reached)) {
        own[id] = (own[id] ?? 0) + count;
      }
      Object.keys(own).forEach((id) => mutants.add(id));
    }
    if (this.testNames.length === 0) {
      // A file that ran no test keeps its coverage static, as Stryker counts it.
      for (const [id, count] of Object.entries(reached)) {
        coverage.static[id] = (coverage.static[id] ?? 0) + count;
      }
      return;
    }
    let files = {};
    try {
      files = JSON.parse(fs.readFileSync(COVERAGE_FILE, 'utf8'));
    } catch {
      // The first file of the dry run.
    }
    files[this.testPath] = { ms: Date.now() - this.started, mutants: [...mutants] };
    fs.writeFileSync(COVERAGE_FILE, JSON.stringify(files));
  }
}

module.exports = MutationEnvironment;
