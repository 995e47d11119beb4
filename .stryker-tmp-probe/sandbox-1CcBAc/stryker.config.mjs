// @ts-nocheck
// 
// Mutation testing of lib/ (`npm run mutate`; docs/mutation.md has the score, how to read the
// report and the surviving mutants judged equivalent). Tuned for a 2-core machine: one TypeScript
// checker and one test runner side by side, each mutant run only against the tests that cover it.

/** Test files left out of the mutation run, each for a reason in docs/mutation.md. */
const slowTestsLeftOut = [
  // These four run the library in child processes (npm, jsii-pacmak, cdk8s-cli, the package's
  // command), where Stryker sees no coverage: under perTest analysis they would never be picked to
  // kill a mutant, and they cost 90 s of every full-suite run (the dry run, static mutants).
  '<rootDir>/test/consumer.test.ts',
  '<rootDir>/test/package.test.ts',
  '<rootDir>/test/validation.test.ts',
  // Runs the wait-for script, socat and the exporter for real, waiting out their deadlines: 12 s a
  // pass, paid again by every surviving mutant it covers (most of the pod's code). The checks on
  // those commands, which run nothing, are in command-checks.test.ts, which the run includes.
  '<rootDir>/test/run-commands.test.ts',
];

/**
 * One folder of lib/ (scripts/mutate.mjs runs them one by one), some files of one as a glob
 * (`rules/{json,names}.ts`), or all of lib/ when unset.
 */
const area = process.env.MUTATE_AREA || undefined;
const name =
  area === undefined
    ? 'lib'
    : area
        .replace(/\.ts$/, '')
        .replace(/[^a-z0-9-]+/gi, '-')
        .replace(/-$/, '');
/** Re-exports only: nothing to mutate. */
const notMutated = ['!lib/index.ts', '!lib/errors.ts'];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    // package.json's jest config, with these overrides. The runner already runs jest in band
    // (runInBand), so package.json's maxWorkers "100%" never forks workers under Stryker.
    config: {
      maxWorkers: 1,
      // Code run while a test file loads counts for that file's tests; a mutant runs only the test
      // files that reached it, quickest first, up to the first that fails (each file says why).
      testEnvironment: './test/mutation/stryker-environment.cjs',
      testSequencer: '<rootDir>/test/mutation/stryker-sequencer.cjs',
      runner: '<rootDir>/test/mutation/stryker-runner.cjs',
      testPathIgnorePatterns: ['/node_modules/', ...slowTestsLeftOut],
    },
    // The sequencer already picks, per mutant, the test files that reached it; jest's own search
    // for the test files that import the mutated one would only cost time on every run.
    enableFindRelatedTests: false,
  },
  coverageAnalysis: 'perTest',
  // Mutants that do not compile are set aside before any test runs (they count in no score).
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  mutate: area === undefined ? ['lib/**/*.ts', ...notMutated] : area.endsWith('.ts') ? [`lib/${area}`] : [`lib/${area}/**/*.ts`],
  // Incremental: a run reuses the results of mutants whose code and covering tests did not change.
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
  // Files the tests never read: not copied into the sandbox (build/ and .jsii are read: the
  // command's test runs the build, the API docs' test reads the assembly; `npm run mutate` builds).
  ignorePatterns: ['build-jsii', 'coverage', 'reports', '.dist-*', '.bench-build-*', '*.tgz'],
  tempDirName: '.stryker-tmp',
  // A busy machine: a slow run of a mutant is not an infinite loop.
  timeoutMS: 10000,
};

export default config;
