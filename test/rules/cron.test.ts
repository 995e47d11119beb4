import * as fc from 'fast-check';
import { isTimeZone, parseCronSchedule } from '../../lib/rules';
import { loadLocation } from '../../lib/rules/time-zone';
import { parseGoDuration } from '../../lib/rules/cron';

function schedule(spec: string) {
  const result = parseCronSchedule(spec);
  if (!result.ok) throw new Error(`${spec}: ${result.reason}`);
  return result.schedule;
}
function refusal(spec: string): string {
  const result = parseCronSchedule(spec);
  if (result.ok) throw new Error(`${spec} should be refused`);
  return result.reason;
}
const range = (from: number, to: number, step = 1) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

// robfig/cron v3 parser_test.go, through ParseStandard (five fields) where the original uses
// a seconds parser.
describe('robfig/cron parser_test.go', () => {
  test.each([
    ['5', [5]],
    ['0', [0]],
    ['5-5', [5]],
    ['5-6', [5, 6]],
    ['5-7/2', [5, 7]],
    ['5-7/1', [5, 6, 7]],
    ['*/20', [0, 20, 40]],
    ['1,5-7/2,3', [1, 3, 5, 7]],
  ])('TestRange/TestField %s (minutes)', (field, minutes) => {
    expect(schedule(`${field} * * * *`).minutes).toEqual(minutes);
  });

  test.each([
    ['5--5 * * * *', 'too many hyphens'],
    ['jan-x * * * *', 'failed to parse int from'],
    ['2-x * * * *', 'failed to parse int from'],
    ['*/-12 * * * *', 'negative number'],
    ['*//2 * * * *', 'too many slashes'],
    ['* * 0 * *', 'below minimum'],
    ['* * * 13 *', 'above maximum'],
    ['5-3 * * * *', 'beyond end of range'],
    ['*/0 * * * *', 'should be a positive number'],
    ['5 j * * *', 'failed to parse int from'],
    ['* * * *', 'expected exactly 5 fields'],
    ['@every Xm', 'failed to parse duration'],
    ['@unrecognized', 'unrecognized descriptor'],
    ['', 'empty'],
  ])('TestParseScheduleErrors %j: %s', (spec, why) => {
    expect(refusal(spec)).toContain(why);
  });

  // The reasons as robfig words them (fmt.Errorf in parser.go, time.ParseDuration's errors),
  // which the CronJob finding quotes.
  test.each([
    ['', 'the schedule is empty'],
    ['TZ=UTC', 'the time zone prefix of "TZ=UTC" is not followed by a space and a schedule'],
    ['TZ=Mars/Base 0 * * * *', 'provided bad location Mars/Base: unknown time zone Mars/Base'],
    ['TZ=UTC\t0 3 * * *', 'provided bad location UTC\t0: unknown time zone UTC\t0'],
    ['* * * *', 'expected exactly 5 fields (minute hour day-of-month month day-of-week), found 4'],
    ['@every Xm', 'failed to parse duration @every Xm: time: invalid duration "Xm"'],
    ['@every 1d', 'failed to parse duration @every 1d: time: unknown unit "d" in duration "1d"'],
    ['@every 3', 'failed to parse duration @every 3: time: missing unit in duration "3"'],
    ['@unrecognized', 'unrecognized descriptor: @unrecognized'],
    ['5--5 * * * *', 'too many hyphens: 5--5'],
    ['*/-12 * * * *', 'negative number (-12) not allowed: -12'],
    ['*//2 * * * *', 'too many slashes: *//2'],
    ['* * 0 * *', 'beginning of range (0) below minimum (1): 0'],
    ['* * * 13 *', 'end of range (13) above maximum (12): 13'],
    ['5-3 * * * *', 'beginning of range (5) beyond end of range (3): 5-3'],
    ['*/0 * * * *', 'step of range should be a positive number: */0'],
    ['5 j * * *', 'failed to parse int from j: invalid syntax'],
    ['-0 * * * *', 'failed to parse int from : invalid syntax'],
    ['99999999999999999999 * * * *', 'failed to parse int from 99999999999999999999: value out of range'],
    ['-99999999999999999999 * * * *', 'failed to parse int from : invalid syntax'],
    ['*/-99999999999999999999 * * * *', 'failed to parse int from -99999999999999999999: value out of range'],
    ['*/-9223372036854775808 * * * *', 'negative number (-9223372036854775808) not allowed: -9223372036854775808'],
    ['9223372036854775807 * * * *', 'end of range (9223372036854775807) above maximum (59): 9223372036854775807'],
    ['9223372036854775808 * * * *', 'failed to parse int from 9223372036854775808: value out of range'],
    ['5x * * * *', 'failed to parse int from 5x: invalid syntax'],
    ['x5 * * * *', 'failed to parse int from x5: invalid syntax'],
    ['0 0 * * sun-7', 'end of range (7) above maximum (6): sun-7'],
  ])('the reason for %j', (spec, reason) => expect(refusal(spec)).toBe(reason));

  test('a single number with a step runs to the end of the field; a sub-second @every is one second', () => {
    expect(schedule('5/15 * * * *').minutes).toEqual([5, 20, 35, 50]);
    expect(schedule('CRON_TZ=Europe/Paris @every 500ms')).toEqual({
      timeZone: 'Europe/Paris',
      descriptor: '@every 500ms',
      everySeconds: 1,
    });
    expect(schedule('0 0 */10 * *').daysOfMonth).toEqual([1, 11, 21, 31]);
    expect(schedule('0 0 * */5 *').months).toEqual([1, 6, 11]);
  });

  test('every month and day name, in any case; fields split on any Go space, around them too', () => {
    expect(schedule('0 0 1 jan,FEB,mar,apr,may,jun,jul,aug,sep,oct,nov,Dec *').months).toEqual(range(1, 12));
    expect(schedule('0 0 * * sun,MON,tue,wed,thu,fri,Sat').daysOfWeek).toEqual(range(0, 6));
    expect(schedule('\u00a00\v3\u2028*\t* *\u3000').hours).toEqual([3]);
    expect(refusal('0V3 * * *')).toBe('expected exactly 5 fields (minute hour day-of-month month day-of-week), found 4');
  });

  test('no time zone key without a time zone', () => {
    expect(schedule('5 * * * *')).toStrictEqual({
      minutes: [5],
      hours: range(0, 23),
      daysOfMonth: range(1, 31),
      months: range(1, 12),
      daysOfWeek: range(0, 6),
    });
    expect(schedule('@daily')).toStrictEqual({ descriptor: '@daily' });
    expect(schedule('@every 1s')).toStrictEqual({ descriptor: '@every 1s', everySeconds: 1 });
  });

  test('a schedule parsed again, or after many others, gives the same answer', () => {
    const first = parseCronSchedule('*/20 * * * *');
    for (let i = 0; i < 600; i++) parseCronSchedule(`${i % 60} * * * *`);
    expect(parseCronSchedule('*/20 * * * *')).toEqual(first);
    expect(parseCronSchedule('61 * * * *')).toEqual(parseCronSchedule('61 * * * *'));
  });

  test('TestParseSchedule / TestStandardSpecSchedule', () => {
    expect(schedule('5 * * * *')).toEqual({
      minutes: [5],
      hours: range(0, 23),
      daysOfMonth: range(1, 31),
      months: range(1, 12),
      daysOfWeek: range(0, 6),
    });
    expect(schedule('CRON_TZ=UTC  5 * * * *')).toMatchObject({ timeZone: 'UTC', minutes: [5] });
    expect(schedule('TZ=Asia/Tokyo @midnight')).toEqual({ timeZone: 'Asia/Tokyo', descriptor: '@midnight' });
    expect(schedule('@every 5m')).toEqual({ descriptor: '@every 5m', everySeconds: 300 });
    expect('timeZone' in schedule('5 * * * *')).toBe(false);
  });
});

describe('ParseStandard as CronJob validation uses it', () => {
  test.each(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'])('accepts the descriptor %s', (d) => {
    expect(schedule(d).descriptor).toBe(d);
  });

  test('@every takes Go durations, rounded down to whole seconds and up to at least one', () => {
    expect(schedule('@every 1h30m').everySeconds).toBe(5400);
    expect(schedule('@every 1.5s').everySeconds).toBe(1);
    expect(schedule('@every 100ms').everySeconds).toBe(1);
    expect(schedule('@every 0').everySeconds).toBe(1);
    expect(refusal('@every 1d')).toContain('unknown unit "d"');
    expect(refusal('@every 10')).toContain('missing unit');
    expect(refusal('@every ')).toContain('invalid duration');
  });

  test('descriptors must match exactly', () => {
    expect(refusal('@daily ')).toContain('unrecognized descriptor');
    expect(refusal('@Daily')).toContain('unrecognized descriptor');
    expect(refusal(' @daily')).toContain('expected exactly 5 fields');
  });

  test('names are case-insensitive; day of week ends at 6 (no 7 for Sunday); ? is *', () => {
    expect(schedule('0 0 * JAN-mar MON-fri')).toMatchObject({ months: [1, 2, 3], daysOfWeek: [1, 2, 3, 4, 5] });
    expect(refusal('0 0 * * 7')).toContain('above maximum (6)');
    expect(schedule('0 0 ? * *').daysOfMonth).toEqual(range(1, 31));
  });

  test('quirks robfig accepts: a star ignores its hyphen, empty list items vanish, Atoi takes a plus sign', () => {
    expect(schedule('*-5 * * * *').minutes).toEqual(range(0, 59));
    expect(schedule('1,,2, * * * *').minutes).toEqual([1, 2]);
    expect(schedule('+5 * * * *').minutes).toEqual([5]);
    expect(schedule('5/15 * * * *').minutes).toEqual([5, 20, 35, 50]);
  });

  test('a time zone prefix must name a zone and be followed by a space', () => {
    expect(refusal('TZ=Mars/Base 0 * * * *')).toContain('bad location');
    expect(refusal('CRON_TZ=UTC')).toContain('not followed by a space');
  });

  const bounds: [string, number, number][] = [
    ['minutes', 0, 59],
    ['hours', 0, 23],
    ['daysOfMonth', 1, 31],
    ['months', 1, 12],
    ['daysOfWeek', 0, 6],
  ];

  test('each field accepts exactly its range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: -2, max: 70 }), (field, value) => {
        const [key, min, max] = bounds[field];
        const fields = ['*', '*', '*', '*', '*'];
        fields[field] = String(value);
        const result = parseCronSchedule(fields.join(' '));
        expect(result.ok).toBe(value >= min && value <= max);
        if (result.ok) expect(result.schedule[key as 'minutes']).toEqual([value]);
      }),
    );
  });

  test('ranges with steps expand as robfig getBits does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 70 }), (a, b, step) => {
        const result = parseCronSchedule(`${a}-${b}/${step} * * * *`);
        expect(result.ok).toBe(a <= b && step > 0);
        if (result.ok) expect(result.schedule.minutes).toEqual(range(a, b, step));
      }),
    );
  });
});

describe('time.ParseDuration', () => {
  test.each([
    ['0', 0n],
    ['5s', 5_000_000_000n],
    ['-1.5h', -5_400_000_000_000n],
    ['1h15m30.918273645s', 4_530_918_273_645n],
    ['.5m', 30_000_000_000n],
    ['1µs', 1000n],
    ['1μs', 1000n],
    ['9223372036854775807ns', 9_223_372_036_854_775_807n],
    // leadingFraction keeps the digits that fit in 63 bits: all of them would round up to 60 s.
    ['0.999999999999999946274185823893203064399m', 59_999_999_999n],
  ])('%s', (text, nanoseconds) => expect(parseGoDuration(text)).toBe(nanoseconds));

  test.each(['', '3', '-', 's', '.s', '+.s', '1d', '9223372036854775808ns', '3000000h'])('refuses %j', (text) => {
    expect(typeof parseGoDuration(text)).toBe('string');
  });
  // parseDurationTests of Go's time_test.go, with the values Go computes.
  const S = 1_000_000_000n;
  const M = 60n * S;
  const H = 60n * M;
  test.each([
    ['30s', 30n * S],
    ['1478s', 1478n * S],
    ['-5s', -5n * S],
    ['+5s', 5n * S],
    ['-0', 0n],
    ['+0', 0n],
    ['5.0s', 5n * S],
    ['5.6s', 5n * S + 600_000_000n],
    ['5.s', 5n * S],
    ['.5s', 500_000_000n],
    ['1.0s', S],
    ['1.00s', S],
    ['1.004s', S + 4_000_000n],
    ['1.0040s', S + 4_000_000n],
    ['100.00100s', 100n * S + 1_000_000n],
    ['10ns', 10n],
    ['11us', 11_000n],
    ['12µs', 12_000n],
    ['12μs', 12_000n],
    ['13ms', 13_000_000n],
    ['14s', 14n * S],
    ['15m', 15n * M],
    ['16h', 16n * H],
    ['3h30m', 3n * H + 30n * M],
    ['10.5s4m', 4n * M + 10n * S + 500_000_000n],
    ['-2m3.4s', -(2n * M + 3n * S + 400_000_000n)],
    ['1h2m3s4ms5us6ns', H + 2n * M + 3n * S + 4_000_000n + 5_000n + 6n],
    ['39h9m14.425s', 39n * H + 9n * M + 14n * S + 425_000_000n],
    ['52763797000ns', 52_763_797_000n],
    ['0.3333333333333333333h', 20n * M],
    ['9007199254740993ns', 2n ** 53n + 1n],
    ['9223372036854775807ns', 2n ** 63n - 1n],
    ['9223372036854775.807us', 2n ** 63n - 1n],
    ['9223372036s854ms775us807ns', 2n ** 63n - 1n],
    ['-9223372036854775808ns', -(2n ** 63n)],
    ['-9223372036854775.808us', -(2n ** 63n)],
    ['-9223372036s854ms775us808ns', -(2n ** 63n)],
    ['-2562047h47m16.854775808s', -(2n ** 63n)],
    ['0.100000000000000000000h', 6n * M],
    ['0.830103483285477580700h', 49n * M + 48n * S + 372_539_827n],
  ])('Go: %s', (text, nanoseconds) => expect(parseGoDuration(text)).toBe(nanoseconds));

  test.each([
    ['', 'time: invalid duration ""'],
    ['3', 'time: missing unit in duration "3"'],
    ['-', 'time: invalid duration "-"'],
    ['s', 'time: invalid duration "s"'],
    ['.', 'time: invalid duration "."'],
    ['-.', 'time: invalid duration "-."'],
    ['.s', 'time: invalid duration ".s"'],
    ['+.s', 'time: invalid duration "+.s"'],
    ['1d', 'time: unknown unit "d" in duration "1d"'],
    ['9223372036854775808ns', 'time: invalid duration "9223372036854775808ns"'],
    ['9223372036854775.808us', 'time: invalid duration "9223372036854775.808us"'],
    ['9223372036854ms775us808ns', 'time: invalid duration "9223372036854ms775us808ns"'],
    ['-9223372036854775809ns', 'time: invalid duration "-9223372036854775809ns"'],
    ['2562048h', 'time: invalid duration "2562048h"'],
    ['2562047h47m16.854775808s', 'time: invalid duration "2562047h47m16.854775808s"'],
  ])('Go refuses %j: %s', (text, reason) => expect(parseGoDuration(text)).toBe(reason));
});

describe('isTimeZone (validateTimeZone, with ICU for time.LoadLocation)', () => {
  test.each([
    'Europe/Paris',
    'America/New_York',
    'UTC',
    'Etc/UTC',
    'Asia/Kolkata',
    'US/Eastern',
    'Etc/GMT+5',
    'America/Argentina/Buenos_Aires',
  ])('accepts %s', (zone) => expect(isTimeZone(zone)).toBe(true));

  test.each([
    ['', 'empty'],
    ['Local', 'the controller-local zone'],
    ['local', 'Local in any case'],
    ['europe/paris', 'wrong case: no such file in the zone database'],
    ['utc', 'wrong case'],
    ['Mars/Olympus_Mons', 'unknown'],
    ['Europe/../Paris', 'a ".." component'],
    ['/Europe/Paris', 'an empty component'],
    ['Europe/-Paris', 'a component starting with "-"'],
    ['America/Argentina_Buenos_Aires_Long', 'a component over 14 characters'],
    ['+05:00', 'a ":"'],
  ])('refuses %j (%s)', (zone) => expect(isTimeZone(zone)).toBe(false));

  test.each([
    ['America/Port-au-Prince', 'a component of exactly 14 characters, with "-"'],
    ['America/Argentina/ComodRivadavia', 'an alias with a 14-character component'],
    ['Etc/GMT-14', 'a "-" inside a component'],
    ['EST5EDT', 'a zone that ICU knows as an alias only'],
  ])('accepts %j (%s)', (zone) => expect(isTimeZone(zone)).toBe(true));

  test.each([
    ['Europe/./Paris', 'a "." component'],
    ['EUROPE/PARIS', 'a canonical name in the wrong case'],
    ['LOCAL', 'Local in capitals'],
  ])('refuses %j (%s)', (zone) => expect(isTimeZone(zone)).toBe(false));

  test('an answer is the same asked once or many times', () => {
    for (let i = 0; i < 3; i++) {
      expect(isTimeZone('Europe/Paris')).toBe(true);
      expect(isTimeZone('Europe/Pariss')).toBe(false);
    }
  });
});

describe('loadLocation (time.LoadLocation, for CRON_TZ and TZ in a schedule)', () => {
  test.each(['', 'UTC', 'Local'])('%j is built into Go', (name) => expect(loadLocation(name)).toBe(true));

  test.each([
    ['Europe/Paris', true],
    ['US/Eastern', true],
    ['utc', false],
    ['europe/paris', false],
    ['Mars/Base', false],
    ['../etc/passwd', false],
    ['Europe/../Paris', false],
    ['/etc/localtime', false],
    ['\\etc\\localtime', false],
  ])('%j: %s', (name, known) => expect(loadLocation(name)).toBe(known));

  test('past the cache of 512 names, names are read again and answered alike', () => {
    const names = Array.from({ length: 600 }, (_, i) => `Nowhere/Zone${i}`);
    expect(names.every((name) => !loadLocation(name))).toBe(true);
    expect(loadLocation('Europe/Paris')).toBe(true);
    expect(loadLocation('Nowhere/Zone0')).toBe(false);
  });
});
