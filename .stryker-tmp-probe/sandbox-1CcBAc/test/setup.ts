// @ts-nocheck
// Synth warnings are printed with console.warn; tests that check them spy on it themselves.
beforeEach(() => {
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  jest.restoreAllMocks();
});
