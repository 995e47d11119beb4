/**
 * CronJob schedules and time zones as a Kubernetes 1.28 API server checks them:
 * `cron.ParseStandard` of github.com/robfig/cron/v3 v3.0.1 (`parser.go`: Parse, normalizeFields,
 * getField, getRange, parseIntOrName, mustParseInt, parseDescriptor), Go's `time.ParseDuration`
 * for `@every`, and validateTimeZone of `pkg/apis/batch/validation/validation.go`.
 */
// @ts-nocheck


interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly names?: Record<string, number>;
}

const MINUTES: Bounds = { min: 0, max: 59 };
const HOURS: Bounds = { min: 0, max: 23 };
const DAYS_OF_MONTH: Bounds = { min: 1, max: 31 };
const MONTHS: Bounds = {
  min: 1,
  max: 12,
  names: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 },
};
const DAYS_OF_WEEK: Bounds = { min: 0, max: 6, names: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } };
const FIELDS = [MINUTES, HOURS, DAYS_OF_MONTH, MONTHS, DAYS_OF_WEEK];
const DESCRIPTORS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];
const INT64_MAX = (1n << 63n) - 1n;

/** strconv.Atoi: optional sign and decimal digits that fit an int64. */
function atoi(text: string): bigint | undefined {
  const digits = text[0] === '+' || text[0] === '-' ? text.slice(1) : text;
  if (!/^[0-9]+$/.test(digits)) return undefined;
  const n = BigInt(text[0] === '+' ? digits : text);
  return n > INT64_MAX || n < -INT64_MAX - 1n ? undefined : n;
}

/** mustParseInt: a non-negative int. */
function mustParseInt(text: string): bigint | string {
  const n = atoi(text);
  if (n === undefined) return `failed to parse int from ${text}`;
  if (n < 0n) return `negative number (${n}) not allowed: ${text}`;
  return n;
}

/** parseIntOrName: a month or weekday name (any case) or an int. */
function parseIntOrName(text: string, bounds: Bounds): bigint | string {
  const named = bounds.names?.[text.toLowerCase()];
  return named !== undefined ? BigInt(named) : mustParseInt(text);
}

/** getRange: `*`, `?`, `N`, `N-M`, each optionally `/step`. Returns an error text or undefined. */
function rangeProblem(expr: string, bounds: Bounds): string | undefined {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  let start: bigint;
  let end: bigint;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    // As in robfig, whatever follows a '*' before '/' (e.g. "*-5") is ignored.
    start = BigInt(bounds.min);
    end = BigInt(bounds.max);
  } else {
    const low = parseIntOrName(lowAndHigh[0], bounds);
    if (typeof low === 'string') return low;
    start = low;
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) {
      const high = parseIntOrName(lowAndHigh[1], bounds);
      if (typeof high === 'string') return high;
      end = high;
    } else return `too many hyphens: ${expr}`;
  }
  let step = 1n;
  if (rangeAndStep.length === 2) {
    const parsed = mustParseInt(rangeAndStep[1]);
    if (typeof parsed === 'string') return parsed;
    step = parsed;
    // "N/step" means "N-max/step".
    if (lowAndHigh.length === 1) end = BigInt(bounds.max);
  } else if (rangeAndStep.length > 2) return `too many slashes: ${expr}`;
  if (start < BigInt(bounds.min)) return `beginning of range (${start}) below minimum (${bounds.min}): ${expr}`;
  if (end > BigInt(bounds.max)) return `end of range (${end}) above maximum (${bounds.max}): ${expr}`;
  if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${expr}`;
  if (step === 0n) return `step of range should be a positive number: ${expr}`;
  return undefined;
}

/** Go's strings.Fields: split on Unicode white space, dropping empty strings. */
const goFields = (text: string) => text.split(/\s+/u).filter((field) => field.length > 0);

/**
 * cron.ParseStandard: five fields (minute, hour, day of month, month, day of week) or a
 * descriptor. Returns robfig's error text, or undefined when the schedule parses.
 */
export function cronScheduleProblem(schedule: string): string | undefined {
  if (schedule.length === 0) return 'empty spec string';
  let spec = schedule;
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    const space = spec.indexOf(' ');
    // Go slices spec[eq+1:-1] here and panics when there is no space; the API server answers with an error.
    if (space < 0) return 'provided bad location: no space after the time zone';
    const zone = spec.slice(spec.indexOf('=') + 1, space);
    if (timeZoneProblem(zone) !== undefined) return `provided bad location ${zone}`;
    spec = spec.slice(space).trim();
  }
  if (spec.startsWith('@')) {
    if (DESCRIPTORS.includes(spec)) return undefined;
    if (spec.startsWith('@every ')) {
      return goDuration(spec.slice('@every '.length)) === undefined ? `failed to parse duration ${spec}` : undefined;
    }
    return `unrecognized descriptor: ${spec}`;
  }
  const fields = goFields(spec);
  if (fields.length !== 5) return `expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`;
  for (let i = 0; i < 5; i++) {
    // getField splits with strings.FieldsFunc, which drops empty pieces: "1,,2" and even "," parse.
    for (const expr of fields[i].split(',').filter((piece) => piece.length > 0)) {
      const problem = rangeProblem(expr, FIELDS[i]);
      if (problem) return problem;
    }
  }
  return undefined;
}

const DURATION_UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  µs: 1_000n, // U+00B5 micro sign
  μs: 1_000n, // U+03BC Greek small letter mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** Go's time.ParseDuration: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+` or "0". Returns nanoseconds, or undefined on error. */
export function goDuration(text: string): bigint | undefined {
  let s = text;
  let negative = false;
  if (s[0] === '-' || s[0] === '+') {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') return undefined;
  let total = 0n;
  while (s !== '') {
    const number = /^([0-9]*)(?:\.([0-9]*))?/.exec(s)!;
    const [matched, whole, fraction] = number;
    if ((whole ?? '').length === 0 && (fraction ?? '').length === 0) return undefined;
    s = s.slice(matched.length);
    let unitLength = 0;
    while (unitLength < s.length && !/[0-9.]/.test(s[unitLength])) unitLength++;
    if (unitLength === 0) return undefined;
    const unit = DURATION_UNITS[s.slice(0, unitLength)];
    if (unit === undefined) return undefined;
    s = s.slice(unitLength);
    let value = BigInt(whole || '0') * unit;
    if (fraction) value += (BigInt(fraction) * unit) / 10n ** BigInt(fraction.length);
    total += value;
    if (total > 1n << 63n) return undefined;
  }
  if (!negative && total > INT64_MAX) return undefined;
  return negative ? -total : total;
}

/**
 * validateTimeZone (1.28): non-empty; each `/`-separated part 1-14 of `[A-Za-z.\-_0-9+]`, not `.`
 * or `..`, not starting with `-`; not `Local` in any case; and loadable by time.LoadLocation.
 * Node's Intl database stands in for Go's tzdata. Go looks zones up by exact, case-sensitive name;
 * Intl ignores case, so a name Intl resolves to a different spelling of itself is refused.
 */
export function timeZoneProblem(zone: string): string | undefined {
  if (zone.length === 0) return 'timeZone must be nil or non-empty string';
  for (const part of zone.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !/^[A-Za-z.\-_0-9+]{1,14}$/.test(part)) return `unknown time zone ${zone}`;
  }
  if (zone.toLowerCase() === 'local') return 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones';
  if (zone === 'UTC') return undefined;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return `unknown time zone ${zone}`;
  }
  const wrongCase =
    resolved.toLowerCase() === zone.toLowerCase() ? resolved !== zone : !zone.split('/').every((part) => /^[A-Z]/.test(part));
  return wrongCase ? `unknown time zone ${zone}` : undefined;
}
