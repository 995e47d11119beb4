import * as fc from 'fast-check';
import {
  isConfigMapKey,
  isDns1035Label,
  isDns1123Label,
  isDns1123Subdomain,
  isEnvVarName,
  isHttpHeaderName,
  isIanaServiceName,
  isLabelValue,
  isPercent,
  isQualifiedName,
  isValidPortNumber,
} from '../../lib/rules';
import { dns1035Label, dns1123Label, dns1123Subdomain, envVarName } from '../oracle/names';
import { maskTrailingDash, suggestEnvVarName, suggestLabel, suggestSubdomain } from '../../lib/rules/names';

const a = (n: number) => 'a'.repeat(n);

// Tables from staging/src/k8s.io/apimachinery/pkg/util/validation/validation_test.go.
describe('tables from Kubernetes validation_test.go', () => {
  const tables: [string, (v: string) => boolean, string[], string[]][] = [
    [
      'IsDNS1123Label',
      isDns1123Label,
      ['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', '0', '01', '012', '1a', '1-a', '1--a--b--2', a(63)],
      [
        '',
        'A',
        'ABC',
        'aBc',
        'A1',
        'A-1',
        '1-A',
        '-',
        'a-',
        '-a',
        '1-',
        '-1',
        '_',
        'a_',
        '_a',
        'a_b',
        '1_',
        '_1',
        '1_2',
        '.',
        'a.',
        '.a',
        'a.b',
        '1.',
        '.1',
        '1.2',
        ' ',
        'a ',
        ' a',
        'a b',
        '1 ',
        ' 1',
        '1 2',
        a(64),
      ],
    ],
    [
      'IsDNS1123Subdomain',
      isDns1123Subdomain,
      [
        'a',
        'ab',
        'abc',
        'a1',
        'a-1',
        'a--1--2--b',
        '0',
        '01',
        '012',
        '1a',
        '1-a',
        '1--a--b--2',
        'a.a',
        'ab.a',
        'abc.a',
        'a1.a',
        'a-1.a',
        'a--1--2--b.a',
        'a.1',
        'ab.1',
        'abc.1',
        'a1.1',
        'a-1.1',
        'a--1--2--b.1',
        '0.a',
        '01.a',
        '012.a',
        '1a.a',
        '1-a.a',
        '0.1',
        '01.1',
        '012.1',
        '1a.1',
        '1-a.1',
        '1--a--b--2.1',
        'a.b.c.d.e',
        'aa.bb.cc.dd.ee',
        '1.2.3.4.5',
        '11.22.33.44.55',
        a(253),
      ],
      [
        '',
        'A',
        'ABC',
        'aBc',
        'A1',
        'A-1',
        '1-A',
        '-',
        'a-',
        '-a',
        '1-',
        '-1',
        '_',
        'a_',
        '_a',
        'a_b',
        '1_',
        '_1',
        '1_2',
        '.',
        'a.',
        '.a',
        'a..b',
        '1.',
        '.1',
        '1..2',
        ' ',
        'a ',
        ' a',
        'a b',
        '1 ',
        ' 1',
        '1 2',
        'A.a',
        'aB.a',
        'ab.A',
        'A1.a',
        'a1.A',
        'A.1',
        'aB.1',
        'A1.1',
        '1A.1',
        '0.A',
        '01.A',
        '012.A',
        '1A.a',
        '1a.A',
        'A.B.C.D.E',
        'AA.BB.CC.DD.EE',
        'a.B.c.d.e',
        'aa.bB.cc.dd.ee',
        'a@b',
        'a,b',
        'a_b',
        'a;b',
        'a:b',
        'a%b',
        'a?b',
        'a$b',
        a(254),
      ],
    ],
    [
      'IsDNS1035Label',
      isDns1035Label,
      ['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', a(63)],
      [
        '0',
        '01',
        '012',
        '1a',
        '1-a',
        '1--a--b--2',
        '',
        'A',
        'ABC',
        'aBc',
        'A1',
        'A-1',
        '1-A',
        '-',
        'a-',
        '-a',
        '1-',
        '-1',
        '_',
        'a_',
        '_a',
        'a_b',
        '1_',
        '_1',
        '1_2',
        '.',
        'a.',
        '.a',
        'a.b',
        '1.',
        '.1',
        '1.2',
        ' ',
        'a ',
        ' a',
        'a b',
        '1 ',
        ' 1',
        '1 2',
        a(64),
      ],
    ],
    [
      'IsValidPortName',
      isIanaServiceName,
      ['telnet', 're-mail-ck', 'pop3', 'a', 'a-1', '1-a', 'a-1-b-2-c', '1-a-2-b-3'],
      ['longerthan15characters', '', a(16), '12345', '1-2-3-4', '-begin', 'end-', 'two--hyphens', 'whois++'],
    ],
    [
      'IsQualifiedName',
      isQualifiedName,
      [
        'simple',
        'now-with-dashes',
        '1-starts-with-num',
        '1234',
        'simple/simple',
        'now-with-dashes/simple',
        'now-with-dashes/now-with-dashes',
        'now.with.dots/simple',
        'now-with.dashes-and.dots/simple',
        '1-num.2-num/3-num',
        '1234/5678',
        '1.2.3.4/5678',
        'Uppercase_Is_OK_123',
        'example.com/Uppercase_Is_OK_123',
        'requests.storage-foo',
        a(63),
        `${a(253)}/${'b'.repeat(63)}`,
      ],
      [
        'nospecialchars%^=@',
        'cantendwithadash-',
        '-cantstartwithadash-',
        'only/one/slash',
        'Example.com/abc',
        'example_com/abc',
        'example.com/',
        '/simple',
        a(64),
        `${a(254)}/abc`,
      ],
    ],
    [
      'IsValidLabelValue',
      isLabelValue,
      ['simple', 'now-with-dashes', '1-starts-with-num', 'end-with-num-1', '1234', a(63), ''],
      [
        'nospecialchars%^=@',
        'Tama-nui-te-rā.is.Māori.sun',
        '\\backslashes\\are\\bad',
        '-starts-with-dash',
        'ends-with-dash-',
        '.starts.with.dot',
        'ends.with.dot.',
        a(64),
      ],
    ],
    [
      'IsHTTPHeaderName',
      isHttpHeaderName,
      ['Accept-Encoding', 'Host', 'If-Modified-Since', 'X-Forwarded-For', 'a', '-a', 'a-', '--abc-123', 'A--1--2--B', '--123-ABC'],
      ['Host:', 'X-Forwarded-For:', 'X-@Home', '', '_', 'a_', 'a.b', ' ', 'a b', '#a#', '^', ',', ';', '=', '<', '?', '@', '{'],
    ],
    [
      'IsValidPercent',
      isPercent,
      ['0%', '00000%', '1%', '01%', '99%', '100%', '101%'],
      ['', '0', '100', '0.0%', '99.9%', 'hundred', ' 1%', '1% ', '-0%', '-1%', '+1%'],
    ],
    [
      'IsConfigMapKey',
      isConfigMapKey,
      ['a', 'good', 'good-good', 'still.good', 'this.is.also.good', '.so.is.this', 'THIS_IS_GOOD', 'so_is_this_17', a(253)],
      ['.', '..', '..bad', 'b*d', 'bad!&bad', a(254), ''],
    ],
    // IsEnvVarName as of 1.28: [-._a-zA-Z][-._a-zA-Z0-9]*, and not '.', '..' or '..'-prefixed.
    [
      'IsEnvVarName (1.28)',
      isEnvVarName,
      ['A', 'ABC', 'AbC_123', '_123', 'a_b_c', 'a.b.c', 'a-b-c', '-', '--a', '.a', 'a..b', 'my.env-name', 'MY_ENV.NAME', 'MyEnvName1'],
      ['', '1', '1a', '123', 'a b', 'a:b', 'a=b', 'a+b', '.', '..', '...', '..a', 'ä', 'a~'],
    ],
  ];
  for (const [name, predicate, good, bad] of tables) {
    test.each(good.map((v) => [v]))(`${name} accepts %j`, (value) => expect(predicate(value)).toBe(true));
    test.each(bad.map((v) => [v]))(`${name} refuses %j`, (value) => expect(predicate(value)).toBe(false));
  }

  test('IsValidPortNum', () => {
    for (const port of [1, 2, 1000, 16384, 32768, 65535]) expect(isValidPortNumber(port)).toBe(true);
    for (const port of [0, -1, 65536, 100000, 80.5, NaN]) expect(isValidPortNumber(port)).toBe(false);
  });
});

// Independent transcriptions, character by character, to judge the regex-based ones.
const lowerAlnum = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
const alnum = (c: string) => lowerAlnum(c) || (c >= 'A' && c <= 'Z');
function oracleLabel(s: string): boolean {
  if (s.length < 1 || s.length > 63) return false;
  if (!lowerAlnum(s[0]) || !lowerAlnum(s[s.length - 1])) return false;
  return [...s].every((c) => lowerAlnum(c) || c === '-');
}
function oracleSubdomain(s: string): boolean {
  return (
    s.length <= 253 &&
    s
      .split('.')
      .every(
        (part) =>
          part.length > 0 && lowerAlnum(part[0]) && lowerAlnum(part[part.length - 1]) && [...part].every((c) => lowerAlnum(c) || c === '-'),
      )
  );
}
function oracleNamePart(s: string): boolean {
  return s.length >= 1 && s.length <= 63 && alnum(s[0]) && alnum(s[s.length - 1]) && [...s].every((c) => alnum(c) || '-_.'.includes(c));
}
function oracleQualified(s: string): boolean {
  const parts = s.split('/');
  if (parts.length === 1) return oracleNamePart(parts[0]);
  return parts.length === 2 && oracleSubdomain(parts[0]) && oracleNamePart(parts[1]);
}
function oraclePortName(s: string): boolean {
  return (
    s.length >= 1 &&
    s.length <= 15 &&
    /[a-z]/.test(s) &&
    [...s].every((c) => lowerAlnum(c) || c === '-') &&
    !s.includes('--') &&
    !s.startsWith('-') &&
    !s.endsWith('-')
  );
}

/** Strings built from `alphabet`, with lengths clustered around the limits that matter. */
const stringsOf = (alphabet: string, lengths: number[]) =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 20 }),
    fc.constantFrom(...lengths).chain((n) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: n, maxLength: n })),
  );

describe('properties against independent transcriptions', () => {
  test('DNS-1123 labels, both sides of the 63-character edge and of each character class', () => {
    fc.assert(fc.property(stringsOf('ab9-.A_', [62, 63, 64]), (s) => expect(isDns1123Label(s)).toBe(oracleLabel(s))));
  });

  test('DNS-1123 subdomains, both sides of 253', () => {
    const label = stringsOf('az09-', [1, 63]);
    const subdomain = fc.array(label, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.'));
    const long = fc.constantFrom(252, 253, 254).map((n) => 'a'.repeat(n));
    fc.assert(
      fc.property(fc.oneof(subdomain, long, stringsOf('a.-B', [253, 254])), (s) => expect(isDns1123Subdomain(s)).toBe(oracleSubdomain(s))),
    );
  });

  test('qualified names (label keys), with and without prefix, both sides of 63', () => {
    const name = stringsOf('aZ9-_.%', [62, 63, 64]);
    const key = fc.oneof(
      name,
      fc.tuple(stringsOf('az.-', [0, 5, 254]), name).map(([p, n]) => `${p}/${n}`),
      stringsOf('a/.', [5]),
    );
    fc.assert(fc.property(key, (s) => expect(isQualifiedName(s)).toBe(oracleQualified(s))));
  });

  test('label values: empty, or a qualified name part', () => {
    fc.assert(fc.property(stringsOf('aZ9-_. ', [0, 63, 64]), (s) => expect(isLabelValue(s)).toBe(s === '' || oracleNamePart(s))));
  });

  test('IANA service names, both sides of 15', () => {
    fc.assert(fc.property(stringsOf('ab1-A', [14, 15, 16]), (s) => expect(isIanaServiceName(s)).toBe(oraclePortName(s))));
  });

  test('port numbers: exactly the integers 1 to 65535', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -5, max: 70000 }), fc.constantFrom(0, 1, 65535, 65536), fc.double({ noNaN: true })), (n) =>
        expect(isValidPortNumber(n)).toBe(Number.isInteger(n) && n >= 1 && n <= 65535),
      ),
    );
  });

  test('env names (1.28): no leading digit, no "..." prefix, only [-._a-zA-Z0-9]', () => {
    const oracle = (s: string) =>
      s.length > 0 &&
      !(s[0] >= '0' && s[0] <= '9') &&
      [...s].every((c) => alnum(c) || '-._'.includes(c)) &&
      s !== '.' &&
      !s.startsWith('..');
    fc.assert(fc.property(stringsOf('aZ1._-= ', [1, 2, 3]), (s) => expect(isEnvVarName(s)).toBe(oracle(s))));
  });
});

// The predicates remember the strings they accepted; no answer may depend on what was asked before.
describe('answers do not depend on earlier questions', () => {
  test('each predicate remembers only its own acceptances', () => {
    expect(isLabelValue('')).toBe(true);
    expect(isQualifiedName('')).toBe(false);
    expect(isQualifiedName('App_1')).toBe(true);
    expect(isDns1123Label('App_1')).toBe(false);
    expect(isDns1123Subdomain('a.b')).toBe(true);
    expect(isDns1123Label('a.b')).toBe(false);
    expect(isEnvVarName('1a')).toBe(false);
    expect(isConfigMapKey('1a')).toBe(true);
    expect(isEnvVarName('1a')).toBe(false);
  });

  test('the same answers past the number of strings remembered', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `name-${i}`);
    for (const name of names) expect(isDns1123Label(name)).toBe(true);
    for (const name of names) expect(isDns1123Label(`${name}-`)).toBe(false);
    for (const name of names) expect(isDns1123Label(name)).toBe(true);
    expect(isDns1123Label(a(64))).toBe(false);
    expect(isDns1123Label(a(63))).toBe(true);
  });
});

describe('suggested names (fixes) are valid, judged by the oracle', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'Z', '9', '-', '.', '_', ' ', 'é', '/'), maxLength: 300 });

  test('suggestLabel gives a DNS-1123 label, or a DNS-1035 label when asked to start with a letter', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(dns1123Label(suggestLabel(value))).toEqual([]);
        expect(dns1035Label(suggestLabel(value, 63, true))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('suggestSubdomain gives a DNS-1123 subdomain', () => {
    fc.assert(
      fc.property(text, (value) => expect(dns1123Subdomain(suggestSubdomain(value))).toEqual([])),
      { numRuns: 300 },
    );
  });

  test('suggestEnvVarName gives a valid variable name', () => {
    fc.assert(
      fc.property(text, (value) => expect(envVarName(suggestEnvVarName(value))).toEqual([])),
      { numRuns: 300 },
    );
  });

  test('suggestEnvVarName changes only what the name rule refuses: a digit inside stays, a leading one gets "_"', () => {
    expect(['my var1', '1st', '..a', '', 'ok.name'].map(suggestEnvVarName)).toEqual(['my_var1', '_1st', 'a', '_', 'ok.name']);
  });

  test.each([
    ['Web_App', 'web-app'],
    ['--Web--', 'web'],
    ['!!!', 'name'],
    [`${'a'.repeat(62)}-b`, 'a'.repeat(62)],
    ['a__b  c', 'a-b-c'],
  ])('suggestLabel(%j) is %j', (value, suggestion) => expect(suggestLabel(value)).toBe(suggestion));

  test.each([
    ['1web', 'x1web'],
    [`1${'a'.repeat(60)}-b`, `x1${'a'.repeat(60)}`],
    ['web', 'web'],
    ['web1', 'web1'],
    ['1-a', 'x1-a'],
  ])('suggestLabel(%j) starting with a letter is %j', (value, suggestion) => expect(suggestLabel(value, 63, true)).toBe(suggestion));

  test('suggestLabel cuts at the length asked', () => expect(suggestLabel('abcdef', 3)).toBe('abc'));

  test.each([
    ['Example_Org..Team.', 'example-org.team'],
    ['..', 'name'],
    ['a__b.c  d', 'a-b.c-d'],
    [`${'a'.repeat(252)}.b`, 'a'.repeat(252)],
  ])('suggestSubdomain(%j) is %j', (value, suggestion) => expect(suggestSubdomain(value)).toBe(suggestion));

  test.each([
    ['1MODE', '_1MODE'],
    ['..x y', 'x_y'],
    ['', '_'],
    ['a.b-c', 'a.b-c'],
    ['a  b', 'a_b'],
  ])('suggestEnvVarName(%j) is %j', (value, suggestion) => expect(suggestEnvVarName(value)).toBe(suggestion));

  test.each([
    ['web-', 'weba'],
    ['-', '-'],
    ['web', 'web'],
  ])('maskTrailingDash(%j) is %j', (value, masked) => expect(maskTrailingDash(value)).toBe(masked));
});
