/**
 * Time zone names as CronJob validation accepts them.
 *
 * The API server loads zones with Go's `time.LoadLocation`, which reads the IANA database (files
 * named exactly like the zone, so case-sensitive). This module has no Go database: it asks
 * Node's ICU data through `Intl`, which knows the same IANA names and aliases. ICU matches names
 * case-insensitively, so a name that differs from its canonical form only by case is refused
 * here as Go refuses it; an alias written in the wrong case (`us/eastern`) still slips through.
 */
// @ts-nocheck

import { Accepted } from './names';

/** `validTimeZoneCharacters` of pkg/apis/batch/validation: one path component of a zone name. */
const TIME_ZONE_COMPONENT = /^[A-Za-z.\-_0-9+]{1,14}$/;

type SupportedValuesOf = (key: 'timeZone') => string[];

let canonicalZones: ReadonlySet<string> | undefined;
const LOADED = new Map<string, boolean>();
const LOADED_LIMIT = 512;

const TIME_ZONES = new Accepted((name) => {
  if (name === '' || name.toLowerCase() === 'local') return false;
  for (const part of name.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !TIME_ZONE_COMPONENT.test(part)) return false;
  }
  return loadLocation(name);
});

/**
 * Whether `name` is a time zone a CronJob's `spec.timeZone` may name. Transcribes
 * `validateTimeZone` (pkg/apis/batch/validation, 1.28): not empty, every `/`-separated part
 * made of letters, digits, `.`, `-`, `_` or `+` (at most 14, not `.`, `..` or starting with
 * `-`), not `Local` in any case, and known to `time.LoadLocation` (for which Node's ICU data
 * stands in).
 */
export function isTimeZone(name: string): boolean {
  return TIME_ZONES.has(name);
}

/**
 * Whether `time.LoadLocation(name)` succeeds: `""`, `UTC` and `Local` are built in, anything
 * else must be in the zone database.
 * @internal
 */
export function loadLocation(name: string): boolean {
  if (name === '' || name === 'UTC' || name === 'Local') return true;
  let known = LOADED.get(name);
  if (known === undefined) {
    known = inZoneDatabase(name);
    if (LOADED.size >= LOADED_LIMIT) LOADED.clear();
    LOADED.set(name, known);
  }
  return known;
}

function inZoneDatabase(name: string): boolean {
  if (name.includes('..') || name.startsWith('/') || name.startsWith('\\')) return false;
  canonicalZones ??= new Set((Intl as unknown as { supportedValuesOf: SupportedValuesOf }).supportedValuesOf('timeZone'));
  if (canonicalZones.has(name)) return true;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return false;
  }
  // A name equal to its canonical form but for case is a file Go would not find.
  return resolved === name || resolved.toLowerCase() !== name.toLowerCase();
}
