/**
 * Kubernetes resource quantities, transcribed from
 * `staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go` (parseQuantityString,
 * quantitySuffixer.interpret, ParseQuantity) and `Quantity.UnmarshalJSON`, which trims spaces
 * before parsing.
 *
 * Values are exact BigInts in nano units (10^-9). Like ParseQuantity, a value that is not a whole
 * number of nano units is rounded up, away from zero, so a tiny request still requests something.
 */
// @ts-nocheck


/** A parsed quantity. */
export interface ParsedQuantity {
  /** The amount in nano units, rounded up away from zero. */
  readonly value: bigint;
}

const DECIMAL_SUFFIXES: Record<string, number> = { 'n': -9, 'u': -6, 'm': -3, '': 0, 'k': 3, 'M': 6, 'G': 9, 'T': 12, 'P': 15, 'E': 18 };
const BINARY_SUFFIXES: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const SUFFIX_LETTERS = 'eEinumkKMGTP';
const INT64_MAX = (1n << 63n) - 1n;
/** Beyond this power of ten the number is astronomically large; the exact digits do not matter to any rule. */
const LARGEST_EXPONENT = 1000n;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

interface Pieces {
  readonly positive: boolean;
  /** The text Go hands to inf.Dec.SetString on its slow path; it must hold a digit. */
  readonly value: string;
  readonly num: string;
  readonly denom: string;
  readonly suffix: string;
}

/** parseQuantityString: sign, integer digits, fraction digits, suffix — or undefined (ErrFormatWrong). */
function splitQuantity(str: string): Pieces | undefined {
  let positive = true;
  let pos = 0;
  const end = str.length;
  if (str[0] === '-') {
    positive = false;
    pos++;
  } else if (str[0] === '+') {
    pos++;
  }
  // Leading zeros are skipped; a string of nothing else is zero.
  while (str[pos] === '0') pos++;
  if (pos >= end) return { positive, value: '0', num: '0', denom: '', suffix: '' };

  let start = pos;
  while (isDigit(str[pos])) pos++;
  let num = str.slice(start, pos);
  if (pos >= end) return { positive, value: str, num, denom: '', suffix: '' };
  if (num.length === 0) num = '0';

  let denom = '';
  if (str[pos] === '.') {
    pos++;
    start = pos;
    while (isDigit(str[pos])) pos++;
    denom = str.slice(start, pos);
    if (pos >= end) return { positive, value: str, num, denom, suffix: '' };
  }
  const value = str.slice(0, pos);

  const suffixStart = pos;
  while (pos < end && SUFFIX_LETTERS.includes(str[pos])) pos++;
  if (pos < end && (str[pos] === '-' || str[pos] === '+')) pos++;
  while (pos < end && isDigit(str[pos])) pos++;
  if (pos < end) return undefined;
  return { positive, value, num, denom, suffix: str.slice(suffixStart) };
}

/** strconv.ParseInt(text, 10, 64). */
function parseInt64(text: string): bigint | undefined {
  const digits = text.startsWith('+') || text.startsWith('-') ? text.slice(1) : text;
  if (digits.length === 0 || ![...digits].every(isDigit)) return undefined;
  const n = BigInt(text.startsWith('+') ? digits : text);
  return n > INT64_MAX || n < -INT64_MAX - 1n ? undefined : n;
}

/** quantitySuffixer.interpret: the base (10 or 2), the exponent, and whether the suffix is binary. */
function interpret(suffix: string): { base: 10n | 2n; exponent: bigint; binary: boolean } | undefined {
  if (suffix in DECIMAL_SUFFIXES) return { base: 10n, exponent: BigInt(DECIMAL_SUFFIXES[suffix]), binary: false };
  if (suffix in BINARY_SUFFIXES) return { base: 2n, exponent: BigInt(BINARY_SUFFIXES[suffix]), binary: true };
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E')) {
    const parsed = parseInt64(suffix.slice(1));
    // Go keeps int32(parsed): the exponent wraps around like a 32-bit integer.
    return parsed === undefined ? undefined : { base: 10n, exponent: BigInt.asIntN(32, parsed), binary: false };
  }
  return undefined;
}

/** ceil(numerator / denominator) for non-negative BigInts. */
const ceilDiv = (numerator: bigint, denominator: bigint) => (numerator + denominator - 1n) / denominator;

/**
 * ParseQuantity as the API server runs it on a JSON value: a string (trimmed) or a number.
 * Returns undefined where Go returns an error.
 */
export function parseQuantity(input: string | number): ParsedQuantity | undefined {
  if (typeof input === 'number' && !Number.isFinite(input)) return undefined;
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  const str = String(input).trim();
  if (str.length === 0) return undefined;
  const pieces = splitQuantity(str);
  if (!pieces) return undefined;
  const meaning = interpret(pieces.suffix);
  if (!meaning) return undefined;
  const digits = BigInt(pieces.num + pieces.denom);
  // Go's slow path (inf.Dec.SetString) refuses a value without any digit, e.g. ".e-20"; the fast
  // path accepts "." and "-" as zero. Only values needing the slow path can fail this way.
  const fastPath = fitsFastPath(pieces, meaning);
  if (!fastPath && ![...pieces.value].some(isDigit)) return undefined;

  // magnitude = digits × base^exponent / 10^len(denom), expressed in nano units and rounded up.
  let numerator = digits * 1_000_000_000n;
  let denominator = 10n ** BigInt(pieces.denom.length);
  if (meaning.base === 2n) {
    numerator *= 2n ** meaning.exponent;
  } else if (meaning.exponent >= 0n) {
    numerator *= 10n ** (meaning.exponent > LARGEST_EXPONENT ? LARGEST_EXPONENT : meaning.exponent);
  } else {
    const shift = -meaning.exponent;
    if (shift > LARGEST_EXPONENT) return { value: digits === 0n ? 0n : pieces.positive ? 1n : -1n };
    denominator *= 10n ** shift;
  }
  let nano = ceilDiv(numerator, denominator);
  // The cap of ParseQuantity's slow path applies to binary suffixes only.
  if (meaning.binary && nano > INT64_MAX * 1_000_000_000n) nano = INT64_MAX * 1_000_000_000n;
  return { value: pieces.positive ? nano : -nano };
}

/** The int64 fast path of ParseQuantity, taken when the value is exact in nano units and small. */
function fitsFastPath(pieces: Pieces, meaning: { exponent: bigint; binary: boolean }): boolean {
  const length = pieces.num.length + pieces.denom.length;
  if (meaning.binary) {
    if (pieces.denom.length > 0) return false;
    const precision = 15 - pieces.num.length - Math.trunc((Number(meaning.exponent) * 3) / 10) - 1;
    if (precision < 0) return false;
    return BigInt(pieces.num) * 2n ** meaning.exponent <= INT64_MAX;
  }
  return 18 - length >= 0 && meaning.exponent - BigInt(pieces.denom.length) >= -9n;
}

/** The quantity's value in nano units, or undefined when it does not parse. */
export function nanoValue(input: unknown): bigint | undefined {
  return typeof input === 'string' || typeof input === 'number' ? parseQuantity(input)?.value : undefined;
}
