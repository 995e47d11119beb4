// @ts-nocheck
import * as fc from 'fast-check';
import { parseQuantity } from './quantity';

const GIGA = 1_000_000_000n;
const nano = (text: string | number) => parseQuantity(text)?.value;

describe('parseQuantity follows resource.ParseQuantity', () => {
  // Cases modelled on quantity_test.go's TestQuantityParse table, in nano units.
  test.each<[string | number, bigint]>([
    ['0', 0n],
    ['0n', 0n],
    ['0Ki', 0n],
    ['1', GIGA],
    ['1000m', GIGA],
    ['0.5', GIGA / 2n],
    ['.5', GIGA / 2n],
    ['1.', GIGA],
    ['100m', GIGA / 10n],
    ['1n', 1n],
    ['1u', 1000n],
    ['1k', 1000n * GIGA],
    ['1Ki', 1024n * GIGA],
    ['1Mi', 1024n ** 2n * GIGA],
    ['1Gi', 1024n ** 3n * GIGA],
    ['1.5Gi', 1536n * 1024n ** 2n * GIGA],
    ['128974848', 128974848n * GIGA],
    ['1G', 10n ** 9n * GIGA],
    ['1E', 10n ** 18n * GIGA],
    ['1e3', 1000n * GIGA],
    ['1E3', 1000n * GIGA],
    ['1e-3', GIGA / 1000n],
    ['1e+3', 1000n * GIGA],
    ['1.5e3', 1500n * GIGA],
    ['+1', GIGA],
    ['-1', -GIGA],
    ['-100m', -GIGA / 10n],
    ['007', 7n * GIGA],
    [2, 2n * GIGA],
    [0.25, GIGA / 4n],
    [1e21, 10n ** 21n * GIGA],
    // UnmarshalJSON trims white space before ParseQuantity sees the value.
    [' 1Gi ', 1024n ** 3n * GIGA],
  ])('%j is %s nano', (text, expected) => {
    expect(nano(text)).toBe(expected);
  });

  test('a value finer than a nano unit rounds up, away from zero', () => {
    expect(nano('0.1n')).toBe(1n);
    expect(nano('-0.1n')).toBe(-1n);
    expect(nano('1e-20')).toBe(1n);
    expect(nano('1.0000000001')).toBe(GIGA + 1n);
  });

  test('binary quantities are capped at the largest int64, as the slow path of ParseQuantity does', () => {
    const cap = ((1n << 63n) - 1n) * GIGA;
    expect(nano('8Ei')).toBe(cap);
    expect(nano('7Ei')).toBe(7n * 2n ** 60n * GIGA);
  });

  test('Go accepts a suffix or a sign without digits as zero; the OpenAPI pattern would not, the API server does', () => {
    for (const text of ['.', '-', '+', 'Gi', 'm', '+.', '.Ki']) expect(nano(text)).toBe(0n);
  });

  test.each([
    '',
    ' ',
    '1.1.M',
    '1+1.0M',
    '0.1mi',
    '0.1am',
    'aoeu',
    '.5i',
    '1i',
    '-3.01i',
    '-3.01e-',
    '1K',
    '1 Gi',
    '512MB',
    '1e',
    '12e',
    '--1',
    '1Mi5',
    '.e-20',
    '0x10',
    NaN,
  ])('%j is not a quantity', (text) => {
    expect(parseQuantity(text as string)).toBeUndefined();
  });

  test('equal amounts written differently parse equal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (millis) => {
        const whole = millis / 1000;
        expect(nano(`${millis}m`)).toBe(nano(String(whole)));
        expect(nano(`${millis}e-3`)).toBe(nano(`${millis}m`));
      }),
      { numRuns: 200 },
    );
  });

  test('binary and decimal forms of whole mebibytes agree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 << 20 }), (mebibytes) => {
        expect(nano(`${mebibytes}Mi`)).toBe(nano(String(mebibytes * 1024 * 1024)));
      }),
      { numRuns: 200 },
    );
  });
});
