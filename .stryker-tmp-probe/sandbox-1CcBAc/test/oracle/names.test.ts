// @ts-nocheck
import {
  configKey,
  dns1035Label,
  dns1123Label,
  dns1123Subdomain,
  envVarName,
  ianaServiceName,
  labelValue,
  percent,
  portNumber,
  qualifiedName,
} from './names';

// Good and bad values from apimachinery's pkg/util/validation/validation_test.go tables.
const a = (n: number) => 'a'.repeat(n);

describe.each<[string, (value: string) => string[], string[], string[]]>([
  [
    'IsDNS1123Label',
    dns1123Label,
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
      '.',
      'a.',
      '.a',
      'a.b',
      ' ',
      'a b',
      a(64),
    ],
  ],
  [
    'IsDNS1123Subdomain',
    dns1123Subdomain,
    ['a', 'ab', 'a-1', '0', '1a', 'a.a', 'ab.a', 'a-1.a', '0.a', '1-a.a', 'a.b.c.d.e', 'aaaaa.bbbbb.ccccc.d.eeeee', a(253), `${a(70)}.b`],
    ['', 'A', 'aBc', '-', 'a-', '-a', '_', 'a_b', '.', 'a.', '.a', 'a..b', 'a.-b', 'a-.b', '1 ', a(254)],
  ],
  [
    'IsDNS1035Label',
    dns1035Label,
    ['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', a(63)],
    ['0', '01', '012', '1a', '1-a', '1--a--b--2', '', 'A', 'ABC', 'aBc', '-', 'a-', '-a', '_', 'a_b', 'a.b', a(64)],
  ],
  [
    'IsQualifiedName',
    qualifiedName,
    [
      'simple',
      'now-with-dashes',
      '1-starts-with-num',
      '1234',
      'simple/simple',
      'now-with-dashes/simple',
      'now.with.dots/simple',
      '1-num.2-num/3-num',
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
      '',
    ],
  ],
  [
    'IsValidLabelValue',
    labelValue,
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
    'IsValidPortName (IANA_SVC_NAME)',
    ianaServiceName,
    ['telnet', 're-mail-ck', 'pop3', 'a', 'a-1', '1-a', 'a-1-b-2-c', '1-a-2-b-3'],
    ['longerthan15characters', '', a(16), '12345', '1-2-3-4', '-begin', 'end-', 'two--hyphens', 'whois++', 'Http'],
  ],
  [
    'IsEnvVarName (1.28)',
    envVarName,
    ['abc', 'ABC', 'AbC_123', 'a.b.c', 'a-b-c', '_', '_a', '.a', '-a', 'A_1'],
    ['', '1', '123', '1ABC', 'A.B=C', 'A;BC', 'A BC', 'a\tb', '.', '..', '..a', 'café', 'A:B'],
  ],
  [
    'IsConfigMapKey',
    configKey,
    ['a', 'good', 'good-good', 'still.good', 'this.is.also.good', '.so.is.this', 'THIS_IS_GOOD', 'so_is_this_17'],
    ['.', '..', '..bad', 'b*d', 'bad!&bad', 'a/b', '', a(254)],
  ],
])('%s', (_, check, good, bad) => {
  const named = (values: string[]) =>
    values.map((v) => [v.length > 40 ? `${v.slice(0, 12)}… (${v.length} characters)` : JSON.stringify(v), v]);
  test.each(named(good))('accepts %s', (__, value) => expect(check(value)).toEqual([]));
  test.each(named(bad))('refuses %s', (__, value) => expect(check(value).length).toBeGreaterThan(0));
});

test('a DNS-1123 label with dots is told so, as Go does', () => {
  expect(dns1123Label('a.b')).toEqual(['must not contain dots']);
});

test('IsValidPercent', () => {
  expect(percent('25%')).toBe(25);
  expect(percent('0%')).toBe(0);
  expect(percent('150%')).toBe(150);
  for (const bad of ['%', '25', '2.5%', '-5%', ' 5%', '5 %', '5%%']) expect(percent(bad)).toBeUndefined();
});

test('IsValidPortNum', () => {
  for (const good of [1, 80, 65535]) expect(portNumber(good)).toEqual([]);
  for (const bad of [0, -1, 65536, 1.5, '80', undefined]) expect(portNumber(bad).length).toBeGreaterThan(0);
});
