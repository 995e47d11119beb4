/**
 * Narrowing helpers over parsed JSON/YAML. Rules read objects of unknown shape; these return
 * shared empty values instead of allocating when a field is missing or of the wrong type.
 */

/** A JSON object. @internal */
export type JsonObject = Readonly<Record<string, unknown>>;

const EMPTY_ARRAY: readonly unknown[] = Object.freeze([]);

/** The value as an object, or `undefined` for anything else (arrays included). @internal */
export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/** The value as an array, or a shared empty array. @internal */
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : EMPTY_ARRAY;
}

/** The value as a string, or `undefined`. @internal */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The value as a finite number, or `undefined`. @internal */
export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** How a value reads in a message: strings quoted, numbers and booleans as written, structures by kind. @internal */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** `value` as Go's JSON decoder would read it into an int32/int64 field, or `undefined` when it would refuse. @internal */
export function asInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
}

/** Whether a field holds a value (not absent, not null). @internal */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

const PLAIN = /^[-\w.:/]*$/;

/**
 * A string in double quotes as JSON writes it. Messages name things on every check that
 * fails: plain names skip JSON.stringify.
 * @internal
 */
export function q(value: string): string {
  return PLAIN.test(value) ? `"${value}"` : JSON.stringify(value);
}

/** Quotes a name for a message: `"app"`, or `#2` when the name is missing. @internal */
export function quoted(name: unknown, index: number): string {
  return typeof name === 'string' && name !== '' ? q(name) : `#${index + 1}`;
}

/**
 * `object[key]`, for the fields of structs as cdk8s renders them. Its generated `toJson_*`
 * functions build each struct (the object itself, metadata, pod templates, ports, resources,
 * volumes, update strategies) by spreading its fields one by one into a new object, which gives
 * nearly every rendered struct a hidden class of its own. A plain property read then misses its
 * inline cache on every object and takes V8's slow path, about 100 ns, absent fields included;
 * `Reflect.get` makes the same lookup without the cache in 10 to 30 (and is that much slower
 * than a cached read on objects that share a hidden class, such as parsed YAML).
 * @internal
 */
export function read(object: JsonObject | undefined, key: string): unknown {
  return object === undefined ? undefined : Reflect.get(object, key);
}

/** A value that should have been a string, as the quoted text a fix tells to write: its JSON, or `""` for null. @internal */
export function quotedAsText(value: unknown): string {
  return JSON.stringify(isSet(value) ? JSON.stringify(value) : '');
}
