// @ts-nocheck
import { cronScheduleProblem, goDuration, timeZoneProblem } from './cron';

describe('cronScheduleProblem follows robfig/cron v3 ParseStandard', () => {
  test.each([
    '0 3 * * *',
    '* * * * ?',
    '*/15 * * * *',
    '0 0 1 */3 *',
    '1-5/2 * * * *',
    '5/10 * * * *',
    '0 9-17 * * MON-FRI',
    '0 0 * jan-mar mon',
    '0 0 1,15 * *',
    '59 23 31 12 6',
    '0 0 * * 0',
    // strings.FieldsFunc drops empty pieces, so these parse too.
    '1,,2 * * * *',
    ', * * * *',
    '*-5 * * * *',
    '+5 * * * *',
    '  0   3 * * *  ',
    '@yearly',
    '@annually',
    '@monthly',
    '@weekly',
    '@daily',
    '@midnight',
    '@hourly',
    '@every 5m',
    '@every 1h30m',
    '@every 1.5h',
    '@every 0',
    '@every 300ms',
    '@every 2µs',
  ])('accepts %j', (schedule) => {
    expect(cronScheduleProblem(schedule)).toBeUndefined();
  });

  test.each<[string, string]>([
    ['', 'empty spec'],
    ['error', 'expected exactly 5 fields'],
    ['* * * *', 'expected exactly 5 fields'],
    ['0 * * * * *', 'expected exactly 5 fields'],
    ['60 * * * *', 'above maximum'],
    ['0 24 * * *', 'above maximum'],
    ['0 0 0 * *', 'below minimum'],
    ['0 0 * 13 *', 'above maximum'],
    // robfig's day-of-week runs 0-6; the 7-for-Sunday of some crons is refused.
    ['0 0 * * 7', 'above maximum'],
    ['5-1 * * * *', 'beyond end of range'],
    ['*/0 * * * *', 'should be a positive number'],
    ['1-2-3 * * * *', 'too many hyphens'],
    ['*/2/3 * * * *', 'too many slashes'],
    ['a * * * *', 'failed to parse int'],
    ['0 0 * * funday', 'failed to parse int'],
    ['1.5 * * * *', 'failed to parse int'],
    ['@reboot', 'unrecognized descriptor'],
    ['@daily ', 'unrecognized descriptor'],
    ['@DAILY', 'unrecognized descriptor'],
    ['@every 5', 'failed to parse duration'],
    ['@every', 'unrecognized descriptor'],
    ['@every 5 m', 'failed to parse duration'],
    ['@every 1d', 'failed to parse duration'],
    ['TZ=Mars/Olympus 0 * * * *', 'bad location'],
  ])('refuses %j (%s)', (schedule, reason) => {
    expect(cronScheduleProblem(schedule)).toContain(reason);
  });

  test('a valid TZ= prefix parses; the CronJob rules refuse it separately', () => {
    expect(cronScheduleProblem('TZ=Europe/Paris 0 * * * *')).toBeUndefined();
    expect(cronScheduleProblem('CRON_TZ=UTC @hourly')).toBeUndefined();
  });
});

test('goDuration follows time.ParseDuration', () => {
  expect(goDuration('1h30m')).toBe(5_400_000_000_000n);
  expect(goDuration('1.5h')).toBe(5_400_000_000_000n);
  expect(goDuration('-2s')).toBe(-2_000_000_000n);
  expect(goDuration('.5s')).toBe(500_000_000n);
  expect(goDuration('0')).toBe(0n);
  for (const bad of ['', '1', '.s', 'h', '1x', '3000000h', '1h ']) expect(goDuration(bad)).toBeUndefined();
});

describe('timeZoneProblem follows validateTimeZone', () => {
  test.each(['America/New_York', 'Etc/UTC', 'UTC', 'Europe/Lisbon', 'Asia/Kolkata', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires'])(
    'accepts %s',
    (zone) => {
      expect(timeZoneProblem(zone)).toBeUndefined();
    },
  );
  test.each([
    '',
    ' ',
    'Local',
    'local',
    'Continent/Zone',
    'America/New York',
    '../etc/passwd',
    '/etc/UTC',
    'america/new_york',
    'utc',
    'Europe/-Paris',
    'America/Very_Long_City_Name',
  ])('refuses %j', (zone) => {
    expect(timeZoneProblem(zone)).toBeDefined();
  });
});
