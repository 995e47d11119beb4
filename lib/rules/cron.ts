/**
 * CronJob schedules as the API server parses them: `cron.ParseStandard` of
 * github.com/robfig/cron/v3 (parser.go), called by `validateScheduleFormat`
 * (pkg/apis/batch/validation).
 */
import { loadLocation } from './time-zone';

/** A parsed schedule: either the five fields, or a descriptor. */
export interface CronSchedule {
  /** The zone of a `TZ=` or `CRON_TZ=` prefix, when there is one. */
  readonly timeZone?: string;
  /** The descriptor (`@daily`, `@every 1h30m`), when the schedule is one. */
  readonly descriptor?: string;
  /** For `@every`: the interval in whole seconds, at least 1 as robfig's `Every` rounds it. */
  readonly everySeconds?: number;
  /** For a five-field schedule: the minutes it fires at (0-59). */
  readonly minutes?: readonly number[];
  /** The hours (0-23). */
  readonly hours?: readonly number[];
  /** The days of the month (1-31). */
  readonly daysOfMonth?: readonly number[];
  /** The months (1-12). */
  readonly months?: readonly number[];
  /** The days of the week (0-6, Sunday is 0; robfig does not accept 7). */
  readonly daysOfWeek?: readonly number[];
}

/** The outcome of {@link parseCronSchedule}: the schedule, or robfig's reason for refusing it. */
export type CronParseResult = { readonly ok: true; readonly schedule: CronSchedule } | { readonly ok: false; readonly reason: string };

interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly names?: ReadonlyMap<string, number>;
}

const MINUTES: Bounds = { min: 0, max: 59 };
const HOURS: Bounds = { min: 0, max: 23 };
const DAYS_OF_MONTH: Bounds = { min: 1, max: 31 };
const MONTHS: Bounds = {
  min: 1,
  max: 12,
  names: new Map(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((name, i) => [name, i + 1])),
};
const DAYS_OF_WEEK: Bounds = {
  min: 0,
  max: 6,
  names: new Map(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((name, i) => [name, i])),
};

const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

/** Go's `unicode.IsSpace`, which `strings.Fields` splits on (JavaScript's `\s` differs in U+0085 and U+FEFF). */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const ATOI = /^[+-]?[0-9]+$/;
const INT64_MAX = 2n ** 63n - 1n;

// Every CronJob is validated at each synth; a bounded map keeps repeated schedules cheap.
const CACHE = new Map<string, CronParseResult>();
const CACHE_LIMIT = 512;

/**
 * Parses a CronJob schedule as `cron.ParseStandard` does (robfig/cron v3, parser.go): five
 * fields (minute, hour, day of month, month, day of week) of `*`, `?`, numbers, names
 * (`jan`, `mon`, any case), ranges `a-b`, steps `/n` and comma lists; or one of the descriptors
 * `@yearly`, `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight`, `@hourly`,
 * `@every <Go duration>`; optionally after `TZ=<zone> ` or `CRON_TZ=<zone> ` (which the CronJob
 * API refuses on its own: see `validateManifest`).
 */
export function parseCronSchedule(spec: string): CronParseResult {
  let result = CACHE.get(spec);
  if (result === undefined) {
    result = parseUncached(spec);
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(spec, result);
  }
  return result;
}

function parseUncached(spec: string): CronParseResult {
  if (spec.length === 0) return failure('the schedule is empty');
  let timeZone: string | undefined;
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    const space = spec.indexOf(' ');
    // robfig slices up to the first space; without one its slice expression panics.
    if (space < 0) return failure(`the time zone prefix of ${JSON.stringify(spec)} is not followed by a space and a schedule`);
    timeZone = spec.slice(spec.indexOf('=') + 1, space);
    if (!loadLocation(timeZone)) return failure(`provided bad location ${timeZone}: unknown time zone ${timeZone}`);
    spec = spec.slice(space).trim();
  }
  if (spec.startsWith('@')) return parseDescriptor(spec, timeZone);

  const fields = spec.split(GO_SPACE).filter((f) => f !== '');
  if (fields.length !== 5) {
    return failure(`expected exactly 5 fields (minute hour day-of-month month day-of-week), found ${fields.length}`);
  }
  const values: number[][] = [];
  const bounds = [MINUTES, HOURS, DAYS_OF_MONTH, MONTHS, DAYS_OF_WEEK];
  for (let i = 0; i < 5; i++) {
    const parsed = parseField(fields[i], bounds[i]);
    if (typeof parsed === 'string') return failure(parsed);
    values.push(parsed);
  }
  return {
    ok: true,
    schedule: {
      ...(timeZone !== undefined && { timeZone }),
      minutes: values[0],
      hours: values[1],
      daysOfMonth: values[2],
      months: values[3],
      daysOfWeek: values[4],
    },
  };
}

function failure(reason: string): CronParseResult {
  return { ok: false, reason };
}

/** `parseDescriptor`: an exact descriptor, or `@every ` and a Go duration. */
function parseDescriptor(spec: string, timeZone: string | undefined): CronParseResult {
  const zone = timeZone !== undefined ? { timeZone } : {};
  if (DESCRIPTORS.has(spec)) return { ok: true, schedule: { ...zone, descriptor: spec } };
  const every = '@every ';
  if (spec.startsWith(every)) {
    const nanoseconds = parseGoDuration(spec.slice(every.length));
    if (typeof nanoseconds === 'string') return failure(`failed to parse duration ${spec}: ${nanoseconds}`);
    // cron.Every: below one second becomes one second; the rest is truncated to whole seconds.
    const seconds = nanoseconds < 1_000_000_000n ? 1 : Number(nanoseconds / 1_000_000_000n);
    return { ok: true, schedule: { ...zone, descriptor: spec, everySeconds: seconds } };
  }
  return failure(`unrecognized descriptor: ${spec}`);
}

/** `getField`: comma-separated ranges; empty elements are dropped as `strings.FieldsFunc` drops them. */
function parseField(field: string, bounds: Bounds): number[] | string {
  const bits = new Set<number>();
  for (const expr of field.split(',')) {
    if (expr === '') continue;
    const problem = addRange(expr, bounds, bits);
    if (problem) return problem;
  }
  return [...bits].sort((a, b) => a - b);
}

/** `getRange`: `*`, `?`, `n`, `a-b`, each with an optional `/step`. */
function addRange(expr: string, r: Bounds, bits: Set<number>): string | undefined {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  const singleDigit = lowAndHigh.length === 1;
  // Go's uint values, exact (messages print them as robfig does); fields end below 60.
  let start: bigint;
  let end: bigint;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    // robfig ignores whatever follows a star's hyphen ("*-5" reads as "*").
    start = BigInt(r.min);
    end = BigInt(r.max);
  } else {
    const low = parseIntOrName(lowAndHigh[0], r.names);
    if (typeof low === 'string') return low;
    start = low;
    if (lowAndHigh.length === 1) {
      end = start;
    } else if (lowAndHigh.length === 2) {
      const high = parseIntOrName(lowAndHigh[1], r.names);
      if (typeof high === 'string') return high;
      end = high;
    } else {
      return `too many hyphens: ${expr}`;
    }
  }
  let step = 1n;
  if (rangeAndStep.length === 2) {
    const parsed = atoi(rangeAndStep[1]);
    if (typeof parsed === 'string') return parsed;
    step = parsed;
    if (singleDigit) end = BigInt(r.max);
  } else if (rangeAndStep.length > 2) {
    return `too many slashes: ${expr}`;
  }
  if (start < r.min) return `beginning of range (${start}) below minimum (${r.min}): ${expr}`;
  if (end > r.max) return `end of range (${end}) above maximum (${r.max}): ${expr}`;
  if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${expr}`;
  if (step === 0n) return `step of range should be a positive number: ${expr}`;
  for (let i = start; i <= end; i += step) bits.add(Number(i));
  return undefined;
}

function parseIntOrName(expr: string, names: ReadonlyMap<string, number> | undefined): bigint | string {
  const named = names?.get(expr.toLowerCase());
  return named !== undefined ? BigInt(named) : atoi(expr);
}

/** `mustParseInt`: Go's `strconv.Atoi` (optional sign, decimal digits, int64 range), then not negative. */
function atoi(expr: string): bigint | string {
  if (!ATOI.test(expr)) return `failed to parse int from ${expr}: invalid syntax`;
  const value = BigInt(expr);
  if (value > INT64_MAX || value < -INT64_MAX - 1n) return `failed to parse int from ${expr}: value out of range`;
  if (value < 0n) return `negative number (${value}) not allowed: ${expr}`;
  return value;
}

const DURATION_UNITS: ReadonlyMap<string, bigint> = new Map(
  Object.entries({
    ns: 1n,
    us: 1_000n,
    µs: 1_000n,
    μs: 1_000n,
    ms: 1_000_000n,
    s: 1_000_000_000n,
    m: 60_000_000_000n,
    h: 3_600_000_000_000n,
  }),
);
const TWO_63 = 2n ** 63n;

/**
 * Go's `leadingFraction` (time/format.go): the fraction's digits as an integer and the power of
 * ten it is scaled by, accumulating digits only while they fit in 63 bits.
 */
function leadingFraction(fraction: string): { digits: bigint; scale: number } {
  let digits = 0n;
  let scale = 1;
  for (const c of fraction) {
    const next = digits * 10n + BigInt(c);
    if (digits > (TWO_63 - 1n) / 10n || next > TWO_63) break;
    digits = next;
    scale *= 10;
  }
  return { digits, scale };
}

/**
 * Go's `time.ParseDuration`: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+` with units ns, us, µs, ms, s, m,
 * h, or a bare `0`; the total must fit in int64 nanoseconds. Returns nanoseconds or a reason.
 * @internal
 */
export function parseGoDuration(text: string): bigint | string {
  const invalid = `time: invalid duration ${JSON.stringify(text)}`;
  let s = text;
  let negative = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') return invalid;
  let total = 0n;
  while (s !== '') {
    const whole = /^[0-9]*/.exec(s)![0];
    s = s.slice(whole.length);
    let fraction = '';
    if (s[0] === '.') {
      fraction = /^[0-9]*/.exec(s.slice(1))![0];
      s = s.slice(1 + fraction.length);
    }
    // No digits before or after the period: ".s", "-.s", or no number at all: "s", "x1s".
    if (whole === '' && fraction === '') return invalid;
    const unitText = /^[^0-9.]*/.exec(s)![0];
    if (unitText === '') return `time: missing unit in duration ${JSON.stringify(text)}`;
    s = s.slice(unitText.length);
    const unit = DURATION_UNITS.get(unitText);
    if (unit === undefined) return `time: unknown unit ${JSON.stringify(unitText)} in duration ${JSON.stringify(text)}`;
    // Exact integers: Go's checks against int64 overflow along the way come down to the total's.
    const { digits, scale } = leadingFraction(fraction);
    // As Go: float64(f) * (float64(unit) / scale), truncated; JavaScript numbers are float64.
    total += BigInt(whole) * unit + BigInt(Math.trunc(Number(digits) * (Number(unit) / scale)));
    if (total > TWO_63) return invalid;
  }
  if (!negative && total > TWO_63 - 1n) return invalid;
  return negative ? -total : total;
}
