/**
 * Exact arithmetic on Kubernetes resource quantities (`500m`, `1.5`, `256Mi`, `1e3`).
 *
 * Values are kept as fractions of big integers: QoS classes and requests-versus-limits
 * decisions must match the API server's own exact comparison, which floating point cannot.
 */
// @ts-nocheck

export class Quantity {
  /**
   * Parses the Kubernetes quantity syntax, or returns `undefined` when `text` is not a quantity.
   * Upper-case `K` is refused, as the API server refuses it.
   */
  public static parse(text: string): Quantity | undefined {
    // Thousands of pods repeat a handful of quantities; parsing each once keeps synth cheap.
    const cached = PARSED.get(text);
    if (cached !== undefined) {
      return cached ?? undefined;
    }
    const parsed = Quantity.parseUncached(text);
    PARSED.set(text, parsed ?? null);
    return parsed;
  }

  private static parseUncached(text: string): Quantity | undefined {
    const match = QUANTITY.exec(text);
    if (!match) {
      return undefined;
    }
    const [, sign, digits, suffix] = match;
    const [whole, fraction = ''] = digits.split('.');
    let numerator = BigInt((whole || '0') + fraction);
    let denominator = 10n ** BigInt(fraction.length);
    if (suffix) {
      const scale = SUFFIXES[suffix];
      if (scale) {
        numerator *= scale[0];
        denominator *= scale[1];
      } else {
        const exponent = Number(suffix.slice(1));
        // Kubernetes quantities fit in 64 bits at milli precision; larger exponents are nonsense
        // that would only cost time (or memory) to expand.
        if (Math.abs(exponent) > 30) {
          return undefined;
        }
        if (exponent >= 0) {
          numerator *= 10n ** BigInt(exponent);
        } else {
          denominator *= 10n ** BigInt(-exponent);
        }
      }
    }
    return new Quantity(sign === '-' ? -numerator : numerator, denominator, text);
  }

  private constructor(
    private readonly numerator: bigint,
    private readonly denominator: bigint,
    /** The text the quantity was written as. */
    public readonly text: string,
  ) {}

  /** -1, 0 or 1 as this quantity is below, equal to or above `other`. */
  public compare(other: Quantity): number {
    const left = this.numerator * other.denominator;
    const right = other.numerator * this.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  /** Whether the quantity is negative. */
  public get isNegative(): boolean {
    return this.numerator < 0n;
  }

  /** Whether the quantity is zero. */
  public get isZero(): boolean {
    return this.numerator === 0n;
  }

  /** The quantity as a whole number of `unit`s, or `undefined` when it is not one. */
  public wholeMultipleOf(unit: Quantity): number | undefined {
    const numerator = this.numerator * unit.denominator;
    const denominator = this.denominator * unit.numerator;
    return numerator % denominator === 0n ? Number(numerator / denominator) : undefined;
  }
}

const PARSED = new Map<string, Quantity | null>();

const QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

const SUFFIXES: Record<string, [bigint, bigint]> = {
  n: [1n, 10n ** 9n],
  u: [1n, 10n ** 6n],
  m: [1n, 1000n],
  k: [10n ** 3n, 1n],
  M: [10n ** 6n, 1n],
  G: [10n ** 9n, 1n],
  T: [10n ** 12n, 1n],
  P: [10n ** 15n, 1n],
  E: [10n ** 18n, 1n],
  Ki: [2n ** 10n, 1n],
  Mi: [2n ** 20n, 1n],
  Gi: [2n ** 30n, 1n],
  Ti: [2n ** 40n, 1n],
  Pi: [2n ** 50n, 1n],
  Ei: [2n ** 60n, 1n],
};
