/**
 * The library's own name and address checks (lib/core/names.ts), judged by code they do not
 * share: the oracle's transcription of Kubernetes' validation (test/oracle/names.ts) and Node's
 * `net` module for IP addresses. The generators stay near the edges Kubernetes draws: lengths
 * around 63 and 253, the characters just outside each alphabet, dots and hyphens at the ends.
 */
// @ts-nocheck

import * as net from 'net';
import * as fc from 'fast-check';
import {
  hasControlCharacter,
  hasVisibleText,
  isDns1035Label,
  isDnsLabel,
  isDnsSubdomain,
  isHost,
  isIpv4,
  isIpv6,
  isLabelKey,
  isLabelValue,
  ipv6Groups,
  isLoopbackHost,
  suggestDnsLabel,
} from '../lib/core/names';
import { dns1035Label, dns1123Label, dns1123Subdomain, envVarName, labelValue, qualifiedName } from './oracle/names';
import { AppPod } from '../lib';
import { errorOf, newChart } from './util';

const RUNS = { numRuns: 400 };

/** Text of `chars`, of a length near `edge` (or short), with an edge character at either end now and then. */
function nearEdge(chars: string, edge: number): fc.Arbitrary<string> {
  const body = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...chars), minLength: min, maxLength: max });
  return fc.oneof(
    body(0, 8),
    body(edge - 1, edge + 1),
    fc
      .tuple(fc.constantFrom('', '-', '.', '_', 'A', '0', '/'), body(0, 8), fc.constantFrom('', '-', '.', '_', 'A', '0', '/'))
      .map(([a, b, c]) => a + b + c),
  );
}

const LOWER = 'abcxyz0129-';
const MIXED = 'abcXYZ019-_.';

test.each([
  ['isDnsLabel', isDnsLabel, dns1123Label, nearEdge(LOWER, 63)],
  ['isDnsSubdomain', isDnsSubdomain, dns1123Subdomain, fc.oneof(nearEdge(`${LOWER}.`, 253), nearEdge(`${LOWER}.`, 63))],
  ['isDns1035Label', isDns1035Label, dns1035Label, nearEdge(LOWER, 63)],
  ['isLabelValue', isLabelValue, labelValue, nearEdge(MIXED, 63)],
  [
    'isLabelKey',
    isLabelKey,
    qualifiedName,
    fc.oneof(
      nearEdge(MIXED, 63),
      fc.tuple(fc.oneof(nearEdge(`${LOWER}.`, 253), nearEdge(MIXED, 8)), nearEdge(MIXED, 63)).map(([prefix, name]) => `${prefix}/${name}`),
    ),
  ],
] as const)('%s agrees with the oracle near the edges', (_, library, oracle, text) => {
  const reached = new Set<boolean>();
  fc.assert(
    fc.property(text, (value) => {
      const valid = oracle(value).length === 0;
      expect({ value, valid: library(value) }).toEqual({ value, valid });
      reached.add(valid);
    }),
    RUNS,
  );
  expect([...reached].sort()).toEqual([false, true]);
});

test('environment variable names are refused as Kubernetes 1.28 refuses their characters', () => {
  const reached = new Set<boolean>();
  fc.assert(
    fc.property(nearEdge('aZ09_-.$= ', 8), (name) => {
      // The characters' rule; names made only of dots are refused by the rules over the rendered pod.
      const valid = envVarName(name).filter((m) => m.startsWith('a valid environment variable name')).length === 0;
      reached.add(valid);
      const chart = newChart();
      const build = () => new AppPod(chart, `Web${reached.size}`, { app: { image: 'myapp:1.0', env: { [name]: 'x' } } });
      if (valid) expect(build).not.toThrow();
      else expect(errorOf(build).code).toBe('invalid-env-name');
    }),
    { numRuns: 150 },
  );
  expect([...reached].sort()).toEqual([false, true]);
});

test('a suggested DNS label is always one', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 80 }), nearEdge(`${MIXED}/:`, 63)), (value) => {
      expect(dns1123Label(suggestDnsLabel(value))).toEqual([]);
    }),
    RUNS,
  );
});

/** IPv6 texts of groups near the loopback and IPv4-mapped forms, written full, compressed or with a dotted tail. */
const group = fc.constantFrom(0, 0, 1, 2, 0xffff, 0x7f00, 0x7fff, 0x8000, 0xfe80);
const ipv6Text = fc
  .tuple(
    fc.oneof(
      group.map((last) => [0, 0, 0, 0, 0, 0, 0, last]),
      fc.tuple(group, group, group).map(([fifth, high, low]) => [0, 0, 0, 0, 0, fifth === 0xfe80 ? 0 : 0xffff, high, low]),
      fc.array(group, { minLength: 8, maxLength: 8 }),
    ),
    fc.constantFrom('full', 'compressed', 'dotted'),
    fc.boolean(),
  )
  .map(([groups, form, upper]) => {
    const hex = groups.map((g) => g.toString(16));
    let text: string;
    if (form === 'dotted') {
      const tail = [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.');
      text = `${hex.slice(0, 6).join(':')}:${tail}`.replace(/^(0:)+/, '::').replace(/^::(?=[0-9])/, '::');
    } else if (form === 'compressed') {
      text = hex.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
    } else {
      text = hex.join(':');
    }
    return upper ? text.toUpperCase() : text;
  });

test('IPv4 and IPv6 addresses are recognised as Node parses them (no leading zeros, no zone index)', () => {
  const octet = fc.oneof(fc.integer({ min: 0, max: 255 }).map(String), fc.constantFrom('256', '01', '00', '', '1a'));
  const ipv4 = fc.tuple(octet, octet, octet, octet, fc.constantFrom('', '.1', '.')).map(([a, b, c, d, e]) => `${a}.${b}.${c}.${d}${e}`);
  const ipv6 = fc.oneof(
    ipv6Text,
    ipv6Text.map((t) => `${t}%eth0`),
    ipv6Text.map((t) => `${t}:1`),
    ipv6Text.map((t) => t.replace('::', ':::')),
  );
  fc.assert(
    fc.property(ipv4, (text) => {
      expect({ text, v4: isIpv4(text) }).toEqual({ text, v4: net.isIPv4(text) });
    }),
    RUNS,
  );
  fc.assert(
    fc.property(ipv6, (text) => {
      expect({ text, v6: isIpv6(text), host: isHost(text) }).toEqual({
        text,
        v6: net.isIPv6(text) && !text.includes('%'),
        host: net.isIPv6(text) && !text.includes('%'),
      });
    }),
    RUNS,
  );
});

test('loopback hosts are those Node puts in the loopback and unspecified ranges', () => {
  const loopback = new net.BlockList();
  loopback.addSubnet('127.0.0.0', 8, 'ipv4');
  loopback.addAddress('0.0.0.0', 'ipv4');
  loopback.addAddress('::1', 'ipv6');
  loopback.addAddress('::', 'ipv6');
  loopback.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');
  loopback.addAddress('::ffff:0.0.0.0', 'ipv6');
  const reached = new Set<boolean>();
  fc.assert(
    fc.property(ipv6Text, (text) => {
      const expected = loopback.check(text.toLowerCase(), 'ipv6');
      reached.add(expected);
      expect({ text, loopback: isLoopbackHost(text) }).toEqual({ text, loopback: expected });
    }),
    RUNS,
  );
  expect([...reached].sort()).toEqual([false, true]);
  for (const host of [
    '127.0.0.1',
    '127.255.0.9',
    '0.0.0.0',
    'localhost',
    'LocalHost',
    'db.localhost',
    '::1',
    '::',
    '::ffff:127.0.0.1',
    '::FFFF:7F00:1',
  ]) {
    expect({ host, loopback: isLoopbackHost(host) }).toEqual({ host, loopback: true });
  }
  for (const host of [
    '128.0.0.1',
    '10.0.0.1',
    '1.127.0.0',
    'localhost.example.com',
    'mylocalhost',
    '::2',
    '::ffff:128.0.0.1',
    '::ffff:0.0.0.1',
    '1::1',
    'fe80::1',
  ]) {
    expect({ host, loopback: isLoopbackHost(host) }).toEqual({ host, loopback: false });
  }
});

test('control characters are C0, DEL, C1 and the Unicode line and paragraph separators, unless allowed', () => {
  const control = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  const codes = fc.constantFrom(0x00, 0x09, 0x0a, 0x1f, 0x20, 0x41, 0x7e, 0x7f, 0x80, 0x9f, 0xa0, 0x2027, 0x2028, 0x2029, 0x202a, 0x200b);
  fc.assert(
    fc.property(fc.array(codes, { maxLength: 4 }), fc.boolean(), (list, allowTab) => {
      const text = String.fromCharCode(...list);
      const expected = list.some((code) => control(code) && !(allowTab && code === 0x09));
      expect(hasControlCharacter(text, allowTab ? '\t' : '')).toBe(expected);
    }),
    RUNS,
  );
});

test.each([
  ['', false],
  [' \t\n', false],
  ['\u200b\u00a0\u2028', false],
  ['x', true],
  [' . ', true],
])('hasVisibleText(%j) is %s', (text, visible) => {
  expect(hasVisibleText(text)).toBe(visible);
});

// Edges the mutation run found unchecked; IPv6 groups worked out by hand from RFC 4291 and Go's net.ParseIP.
test('a DNS subdomain of exactly 253 characters is one; 254 is not', () => {
  const label = 'a'.repeat(63);
  const name253 = [label, label, label, 'b'.repeat(61)].join('.');
  expect(name253).toHaveLength(253);
  expect(isDnsSubdomain(name253)).toBe(true);
  expect(isDnsSubdomain(`${name253}c`)).toBe(false);
});

test.each<[string, number[] | undefined]>([
  ['::ffff:1.2.3.4', [0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]],
  ['1:2:3:4:5:6:10.20.30.40', [1, 2, 3, 4, 5, 6, 0x0a14, 0x1e28]],
  ['::1.2.3.4', [0, 0, 0, 0, 0, 0, 0x0102, 0x0304]],
  ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
  ['1::', [1, 0, 0, 0, 0, 0, 0, 0]],
  ['1:2:3:4:5:6:7:8', [1, 2, 3, 4, 5, 6, 7, 8]],
  // "::" stands for at least one group of zeros (Go's parseIPv6: "Ellipsis must represent at least one 0 group").
  ['1:2:3:4:5:6:7::8', undefined],
  ['1:2:3:4:5:6::1.2.3.4', undefined],
  ['1::2::3', undefined],
  ['::1.2.3', undefined],
  ['::256.1.1.1', undefined],
  ['1.2.3.4', undefined],
  ['1:2:3:4:5:6:7', undefined],
])('the IPv6 groups of %s', (text, groups) => {
  expect(ipv6Groups(text)).toEqual(groups);
});

test('a host with a colon that is no IPv6 address is not loopback', () => {
  expect(isLoopbackHost('1::2::1')).toBe(false);
  expect(isLoopbackHost('::1')).toBe(true);
});

test.each([
  ['My__App', 'my-app'],
  ['--web--', 'web'],
  [`${'a'.repeat(61)}--b`, 'a'.repeat(61)],
  [`${'b'.repeat(70)}`, 'b'.repeat(63)],
  ['!!!', 'app'],
])('the DNS label suggested for %s is %s', (value, suggestion) => {
  expect(suggestDnsLabel(value)).toBe(suggestion);
});
