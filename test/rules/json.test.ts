/** The JSON helpers the rules read objects and write messages with (lib/rules/json.ts). */
import { asArray, asInteger, asNumber, asObject, asString, describeJson, q, quoted, read } from '../../lib/rules/json';

test.each([
  [null, 'null'],
  [[1, 2], 'a list'],
  ['a "b"', '"a \\"b\\""'],
  [5, '5'],
  [1.5, '1.5'],
  [false, 'false'],
  [{ a: 1 }, 'an object'],
  [undefined, 'undefined'],
])('describeJson(%j) is %s', (value, text) => expect(describeJson(value)).toBe(text));

test.each([
  ['app', '"app"'],
  ['registry.example.com:5000/team/app_1-x', '"registry.example.com:5000/team/app_1-x"'],
  ['a b', '"a b"'],
  ['say "hi"', '"say \\"hi\\""'],
  ['line\nbreak', '"line\\nbreak"'],
  ['', '""'],
  ['"', '"\\""'],
  ['\n\t', '"\\n\\t"'],
])('q(%j) is %s, as JSON writes it', (value, text) => {
  expect(q(value)).toBe(text);
  expect(q(value)).toBe(JSON.stringify(value));
});

test.each([
  ['app', 0, '"app"'],
  ['', 1, '#2'],
  [undefined, 2, '#3'],
  [7, 0, '#1'],
])('quoted(%j, %d) is %s', (name, index, text) => expect(quoted(name, index)).toBe(text));

test('narrowing: objects exclude lists and null; numbers are finite; integers safe', () => {
  expect(asObject({ a: 1 })).toEqual({ a: 1 });
  expect([asObject([]), asObject(null), asObject('x')]).toEqual([undefined, undefined, undefined]);
  expect(asArray([1])).toEqual([1]);
  expect(asArray({ 0: 1 })).toEqual([]);
  expect([asString('x'), asString(1)]).toEqual(['x', undefined]);
  expect([asNumber(1.5), asNumber(Infinity), asNumber(NaN), asNumber('1')]).toEqual([1.5, undefined, undefined, undefined]);
  expect([asInteger(3), asInteger(1.5), asInteger(2 ** 53), asInteger('3')]).toEqual([3, undefined, undefined, undefined]);
  expect([read({ a: 1 }, 'a'), read(undefined, 'a'), read({}, 'b')]).toEqual([1, undefined, undefined]);
});
