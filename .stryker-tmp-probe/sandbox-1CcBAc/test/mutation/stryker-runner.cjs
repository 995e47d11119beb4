// @ts-nocheck
// The jest runner of the mutation run (stryker.config.mjs), never of `npm test`.
//
// A mutant is killed by its first failing test, so once a test file fails the files after it
// cannot change the outcome; this runner skips them. (Jest's own `bail` ends the process, which
// under Stryker is its test runner; StrykerJS turns it off.) Most mutants are killed, so runs
// stop early; stryker-sequencer.cjs puts the cheapest files first. The dry run runs everything.
const TestRunner = require('jest-runner').default;

class FirstFailureRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    if (process.env.__STRYKER_ACTIVE_MUTANT__ === undefined || !options.serial) {
      return super.runTests(tests, watcher, options);
    }
    let failed = false;
    const unsubscribe = [
      this.on('test-file-success', ([, result]) => {
        failed ||= result.numFailingTests > 0 || result.testExecError !== undefined;
      }),
      this.on('test-file-failure', () => {
        failed = true;
      }),
    ];
    try {
      for (const test of tests) {
        if (failed) {
          break;
        }
        await super.runTests([test], watcher, options);
      }
    } finally {
      unsubscribe.forEach((off) => off());
    }
  }
}

module.exports = FirstFailureRunner;
