/**
 * The checks on the command lines the library writes into containers, without running them: what
 * the wait-for step and the ambassador refuse and how they quote what they accept, and the
 * wait-for deadline's arithmetic on a simulated clock (its own script, under /bin/sh with stubbed
 * date, sleep and nc). test/run-commands.test.ts runs the commands for real.
 */
// @ts-nocheck

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Duration } from 'cdk8s';
import * as fc from 'fast-check';
import { Ambassador, AmbassadorPod, AmbassadorProps, AppPod, Sidecar, WaitFor, WaitForProps } from '../lib';
import { PodPatternError } from '../lib/errors';
import { ambassadorContainer, waitForCommand } from './emitted-commands';
import { errorOf, newChart, only, podSpecOf, refusalOf, synth } from './util';

/**
 * A clock the script reads through stubs of `date`, `sleep` and `nc` on its PATH: `date +%s` prints
 * the whole seconds of a clock kept in milliseconds, `sleep N` moves it N seconds on, and `nc` logs
 * the time of each attempt and fails at once, as on a port where nothing listens. The script's
 * own arithmetic is what runs, in whole simulated seconds, without waiting for any of them.
 */
function fakeClock(root: string, startMillis: number): { env: NodeJS.ProcessEnv; now(): number; attempts(): number[] } {
  const dir = fs.mkdtempSync(path.join(root, 'clock-'));
  const clock = path.join(dir, 'clock');
  const log = path.join(dir, 'attempts');
  fs.writeFileSync(clock, `${startMillis}\n`);
  fs.writeFileSync(log, '');
  const stub = (name: string, body: string) =>
    fs.writeFileSync(path.join(dir, name), `#!/bin/sh\nread now < '${clock}'\n${body}\n`, { mode: 0o755 });
  stub('date', 'echo $(( now / 1000 ))');
  stub('sleep', `echo $(( now + $1 * 1000 )) > '${clock}'`);
  // Only the first of the script's two nc calls per attempt (`nc -z ...`) is logged: one line an attempt.
  stub('nc', `[ "$1" = -z ] && echo "$now" >> '${log}'\nexit 1`);
  const numbers = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number);
  return { env: { PATH: dir }, now: () => numbers(clock)[0], attempts: () => numbers(log) };
}

describe('wait-for deadline, on a simulated clock', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'wait-for-clock-'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  // `date +%s` counts whole seconds from wherever in a second the step starts: the give-up time
  // depends on that fraction, the timeout and the poll interval, and on nothing else.
  test('gives up strictly after the timeout and less than a second and a poll later, at the first poll past the deadline second', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(0, 1, 500, 999),
        (timeout, poll, fraction) => {
          const start = 1_700_000_000_000 + fraction;
          const clock = fakeClock(root, start);
          const result = spawnSync('/bin/sh', ['-c', WaitFor.script('db', 'db', 5432, timeout, poll)], {
            env: clock.env,
            encoding: 'utf8',
          });
          expect(result.status).toBe(1);
          expect(result.stderr).toContain(`wait-for: gave up on db:5432 (db) after ${timeout}s`);
          const waited = clock.now() - start;
          // The contract the script states: never before the timeout, at most a second and a poll later.
          expect(waited).toBeGreaterThan(timeout * 1000);
          expect(waited).toBeLessThan((timeout + 1 + poll) * 1000);
          // Exactly: the first poll at which the clock's whole seconds pass start second + timeout.
          const polls = Math.ceil(((timeout + 1) * 1000 - fraction) / (poll * 1000));
          expect(waited).toBe(polls * poll * 1000);
          // One attempt right away, one after each poll, the last at the moment it gives up.
          expect(clock.attempts()).toEqual(Array.from({ length: polls + 1 }, (_, i) => start + i * poll * 1000));
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('wait-for checks', () => {
  const refused = (props: Partial<WaitForProps>) =>
    errorOf(
      () =>
        new AppPod(newChart(), 'Web', {
          app: { image: 'myapp:1.0' },
          extensions: [WaitFor.tcp({ name: 'db', host: 'db', port: 5432, ...props })],
        }),
    );

  test('an IPv6 host in brackets is refused with the bare form as the fix', () => {
    const error = refused({ host: '[fd00::1]' });
    expect(error.code).toBe('invalid-wait-for');
    expect(error.message).toContain('Fix: write it bare: "fd00::1"');
  });

  test('hosts in upper case and bare IPv6 addresses are accepted', () => {
    for (const host of ['DB.Shop.svc.cluster.local', 'fd00::1', '::ffff:10.0.0.5', '10.0.0.5']) {
      expect(waitForCommand(5432, 1, host)[2]).toContain(`'${host}'`);
    }
  });

  test('a control character in a host is refused at synth', () => {
    expect(refused({ host: 'db\nrm -rf /' }).code).toBe('invalid-wait-for');
  });

  test('WaitFor.script refuses what it cannot quote or count, and quotes the rest', () => {
    const thrown = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error as PodPatternError;
      }
      throw new Error('expected a PodPatternError');
    };
    for (const fn of [
      () => WaitFor.script('db', 'db\n', 5432, 1, 1),
      () => WaitFor.script('', 'db', 5432, 1, 1),
      () => WaitFor.script('db', 'db', 0, 1, 1),
      () => WaitFor.script('db', 'db', 5432, 1.5, 1),
      () => WaitFor.script('db', 'db', 5432, 1, 0),
      () => WaitFor.script('db', 'db', Number.NaN, 1, 1),
    ]) {
      const error = thrown(fn);
      expect(error).toBeInstanceOf(PodPatternError);
      expect(error.code).toBe('invalid-wait-for');
      expect(error.path).toBe('WaitFor.script');
    }
    expect(WaitFor.script('db', "it's", 5432, 1, 1)).toContain(`nc -w 2 'it'\\''s' 5432`);
  });
});

describe('ambassador checks at synth', () => {
  const refused = (...ambassadors: AmbassadorProps[]) =>
    errorOf(
      () => new AmbassadorPod(newChart(), 'Web', { app: { image: 'myapp:1.0' }, ambassadors: ambassadors.map((a) => new Ambassador(a)) }),
    );

  test.each([
    'localhost:5432',
    'LOCALHOST:5432',
    '127.0.0.1:5432',
    '127.3.2.1:5432',
    '[::1]:5432',
    '0.0.0.0:5432',
    '[::ffff:127.0.0.1]:5432',
  ])('an upstream at its own listen address (%s) is refused: socat would connect to itself', (upstream) => {
    const error = refused({ name: 'db', upstream });
    expect(error.code).toBe('ambassador-loop');
    expect(error.message).toMatch(/^test\/Web: ambassador "db" forwards to .+, its own listen address/);
  });

  test('a loop through two ambassadors is refused, naming both', () => {
    const error = refused(
      { name: 'a', upstream: 'localhost:6001', localPort: 6000 },
      { name: 'b', upstream: '127.0.0.1:6000', localPort: 6001 },
    );
    expect(error.code).toBe('ambassador-loop');
    expect(error.message).toContain('ambassadors "b" -> "a" forward in a circle back to port 6001');
  });

  test('a loopback upstream on another port is no loop', () => {
    expect(ambassadorContainer({ name: 'app', upstream: '127.0.0.1:8080', localPort: 18080 }).args[1]).toBe('TCP:127.0.0.1:8080');
  });

  test('an IPv6 upstream without brackets is refused with the bracketed form as the fix', () => {
    const error = refused({ name: 'db', upstream: 'fd00::1:5432' });
    expect(error.code).toBe('ambassador-upstream');
    expect(error.message).toContain('"[fd00::1]:5432"');
  });

  test('brackets around something else than an IPv6 address are refused', () => {
    expect(refused({ name: 'db', upstream: '[db.example.com]:5432' }).code).toBe('ambassador-upstream');
  });

  test('a control character or a socat separator in the upstream is refused', () => {
    for (const upstream of ['db\n:5432', 'db,fork:5432', 'db:5432,su=root', 'db!!x:5432']) {
      expect(refused({ name: 'db', upstream }).code).toBe('ambassador-upstream');
    }
  });

  test('maxConnections out of range, or with a proxy of your own, is refused', () => {
    for (const maxConnections of [0, -1, 1.5, Ambassador.MAX_CONNECTIONS_LIMIT + 1]) {
      expect(refused({ name: 'db', upstream: 'db:5432', maxConnections }).code).toBe('ambassador-max-connections');
    }
    expect(refused({ name: 'db', upstream: 'db:5432', maxConnections: 5, proxy: { image: 'envoy:1.0' } }).code).toBe(
      'ambassador-max-connections',
    );
  });

  test('a localPort outside 1-65535 is refused', () => {
    expect(refused({ name: 'db', upstream: 'db:5432', localPort: 70000 }).code).toBe('ambassador-local-port');
  });

  test('forwarderCommand and probeCommand check what they write', () => {
    expect(() => Ambassador.forwarderCommand(5432, 'db,fork', 5432)).toThrow(PodPatternError);
    expect(() => Ambassador.forwarderCommand(0, 'db', 5432)).toThrow(PodPatternError);
    expect(() => Ambassador.forwarderCommand(5432, 'db', 5432, 0)).toThrow(PodPatternError);
    expect(() => Ambassador.probeCommand(65536)).toThrow(PodPatternError);
    expect(Ambassador.forwarderCommand(15432, 'fd00::1', 5432)).toEqual([
      'socat',
      'TCP-LISTEN:15432,bind=127.0.0.1,fork,reuseaddr,max-children=100',
      'TCP:[fd00::1]:5432',
    ]);
  });
});

describe('wait-for refusals, word for word', () => {
  test.each<[string, () => unknown, string]>([
    [
      'a host with a newline',
      () => WaitFor.script('db', 'db\n', 5432, 1, 1),
      'host "db\\n" is empty or holds a control character. Fix: pass a host such as "db"',
    ],
    [
      'an empty host',
      () => WaitFor.script('db', '', 5432, 1, 1),
      'host "" is empty or holds a control character. Fix: pass a host such as "db"',
    ],
    [
      'an empty name',
      () => WaitFor.script('', 'db', 5432, 1, 1),
      'name "" is empty or holds a control character. Fix: pass a name such as "db"',
    ],
    [
      'a name with a tab',
      () => WaitFor.script('d\tb', 'db', 5432, 1, 1),
      'name "d\\tb" is empty or holds a control character. Fix: pass a name such as "db"',
    ],
    ...[0, 65536, 80.5, Number.NaN].map((port): [string, () => unknown, string] => [
      `port ${port}`,
      () => WaitFor.script('db', 'db', port, 1, 1),
      `port ${port} is outside 1-65535. Fix: pass the dependency's port, e.g. 5432`,
    ]),
    [
      'a fractional timeout',
      () => WaitFor.script('db', 'db', 5432, 1.5, 1),
      'timeoutSeconds 1.5 is not a whole number of at least 1. Fix: pass whole seconds, e.g. 2',
    ],
    [
      'a zero timeout',
      () => WaitFor.script('db', 'db', 5432, 0, 1),
      'timeoutSeconds 0 is not a whole number of at least 1. Fix: pass whole seconds, e.g. 2',
    ],
    [
      'a zero poll',
      () => WaitFor.script('db', 'db', 5432, 1, 0),
      'pollSeconds 0 is not a whole number of at least 1. Fix: pass whole seconds, e.g. 2',
    ],
  ])('WaitFor.script refuses %s', (_, fn, expected) => {
    expect(refusalOf(fn)).toBe(`WaitFor.script: ${expected}`);
  });

  test('WaitFor.script accepts the edges: port 1 and 65535, one second each, and brackets an IPv6 target in its messages', () => {
    expect(WaitFor.script('db', 'db', 1, 1, 1)).toContain("nc -w 2 'db' 1");
    expect(WaitFor.script('db', 'db', 65535, 1, 1)).toContain("nc -w 2 'db' 65535");
    expect(WaitFor.script('db', 'fd00::1', 5432, 1, 1)).toContain("'wait-for: gave up on [fd00::1]:5432 (db) after 1s'");
  });

  const step = (props: Partial<WaitForProps>, helpers: Sidecar[] = []) =>
    refusalOf(() => {
      const chart = newChart();
      new AppPod(chart, 'Web', {
        app: { image: 'myapp:1.0' },
        extensions: [...helpers, WaitFor.tcp({ name: 'db', host: 'db', port: 5432, ...props })],
      });
      synth(chart);
    });

  test.each<[string, Partial<WaitForProps>, string]>([
    ['port 0', { port: 0 }, `wait-for "db" has port 0, outside 1-65535. Fix: use the dependency's port, e.g. 5432`],
    ['port 65536', { port: 65536 }, `wait-for "db" has port 65536, outside 1-65535. Fix: use the dependency's port, e.g. 5432`],
    [
      'a timeout in milliseconds',
      { timeout: Duration.millis(2500) },
      'wait-for "db" has a timeout of 2500 ms, which is not whole seconds (the script counts seconds). Fix: use Duration.seconds(3)',
    ],
    [
      'a poll interval in milliseconds',
      { pollInterval: Duration.millis(200) },
      'wait-for "db" has a poll interval of 200 ms, which is not whole seconds (the script counts seconds). Fix: use Duration.seconds(1)',
    ],
    [
      'a zero timeout',
      { timeout: Duration.seconds(0) },
      'wait-for "db" has a timeout of 0s and a poll interval of 2s. Fix: use at least one second for each',
    ],
    [
      'a zero poll interval',
      { pollInterval: Duration.seconds(0) },
      'wait-for "db" has a timeout of 300s and a poll interval of 0s. Fix: use at least one second for each',
    ],
    [
      'a host that is no host',
      { host: 'db_1' },
      'wait-for "db" has host "db_1", which is neither a DNS name nor an IP address. Fix: use a Service name such as "db" or "db.shop.svc.cluster.local", or an address such as "10.0.0.5" or "fd00::1"',
    ],
    [
      'a bracketed IPv6 host',
      { host: '[fd00::1]' },
      'wait-for "db" has host "[fd00::1]": an IPv6 address in brackets, but brackets belong to host:port notation and this host stands alone. Fix: write it bare: "fd00::1"',
    ],
    ...['[fd00::1]x', 'x[fd00::1]'].map((host): [string, Partial<WaitForProps>, string] => [
      `text beside a bracketed address (${host})`,
      { host },
      `wait-for "db" has host "${host}", which is neither a DNS name nor an IP address. Fix: use a Service name such as "db" or "db.shop.svc.cluster.local", or an address such as "10.0.0.5" or "fd00::1"`,
    ]),
    [
      'brackets around no IPv6 address',
      { host: '[db]' },
      'wait-for "db" has host "[db]", which is neither a DNS name nor an IP address. Fix: use a Service name such as "db" or "db.shop.svc.cluster.local", or an address such as "10.0.0.5" or "fd00::1"',
    ],
    [
      'an unknown prop',
      { tiemout: Duration.seconds(5) } as Partial<WaitForProps>,
      'wait-for "db" has no prop "tiemout". Fix: write "timeout", the prop it has closest to that',
    ],
  ])('a wait-for step with %s is refused', (_, props, expected) => {
    expect(step(props)).toBe(`test/Web: ${expected}`);
  });

  test('a wait-for on localhost names the regular container that would answer, and how to fix it', () => {
    expect(step({ host: 'localhost', port: 8080 }, [new Sidecar({ name: 'proxy', image: 'p:1', ports: [{ number: 8080 }] })])).toBe(
      'test/Web: wait-for "db" waits for port 8080 on the pod\'s own address, where "proxy" listens, but "proxy" is a regular container that starts only after every init step: the wait never ends. ' +
        'Fix: make "proxy" a native sidecar (nativeSidecar: true), which starts before the wait-for steps',
    );
    expect(step({ host: '127.0.0.1', port: 9090 })).toBe(
      'test/Web: wait-for "db" waits for port 9090 on the pod\'s own address, where no container of the pod listens before the init steps end: the wait never ends. ' +
        "Fix: wait for the dependency's own address (its Service name), not localhost",
    );
  });

  test("a wait-for on localhost where the app listens says to wait for the dependency's address", () => {
    const message = refusalOf(() => {
      const chart = newChart();
      new AppPod(chart, 'Web', {
        app: { image: 'myapp:1.0', ports: [{ number: 8080 }] },
        extensions: [WaitFor.tcp({ name: 'db', host: 'localhost', port: 8080 })],
      });
      synth(chart);
    });
    expect(message).toContain('where "app" listens, but "app" is a regular container');
    expect(message).toContain("Fix: wait for the dependency's own address (its Service name), not localhost");
  });
});

describe('ambassador refusals, word for word', () => {
  const portFix = 'Fix: pass a port number from 1 to 65535';

  test.each<[string, () => unknown, string]>([
    [
      'local port 0',
      () => Ambassador.forwarderCommand(0, 'db', 5432),
      `Ambassador.forwarderCommand: local port 0 is outside 1-65535. ${portFix}`,
    ],
    [
      'local port 65536',
      () => Ambassador.forwarderCommand(65536, 'db', 5432),
      `Ambassador.forwarderCommand: local port 65536 is outside 1-65535. ${portFix}`,
    ],
    [
      'upstream port 1.5',
      () => Ambassador.forwarderCommand(15432, 'db', 1.5),
      `Ambassador.forwarderCommand: upstream port 1.5 is outside 1-65535. ${portFix}`,
    ],
    [
      'upstream port NaN',
      () => Ambassador.forwarderCommand(15432, 'db', Number.NaN),
      `Ambassador.forwarderCommand: upstream port NaN is outside 1-65535. ${portFix}`,
    ],
    [
      'a host that is no host',
      () => Ambassador.forwarderCommand(15432, 'db;rm', 5432),
      'Ambassador.forwarderCommand: host "db;rm" is neither a DNS name nor an IP address. Fix: pass a host such as "db.example.com", "10.0.0.5" or "fd00::1"',
    ],
    ...[0, 1.5, Ambassador.MAX_CONNECTIONS_LIMIT + 1].map((max): [string, () => unknown, string] => [
      `maxConnections ${max}`,
      () => Ambassador.forwarderCommand(15432, 'db', 5432, max),
      `Ambassador.forwarderCommand: maxConnections ${max} is not a whole number from 1 to ${Ambassador.MAX_CONNECTIONS_LIMIT}. Fix: pass for example ${Ambassador.DEFAULT_MAX_CONNECTIONS}`,
    ]),
    ['probe port 0', () => Ambassador.probeCommand(0), `Ambassador.probeCommand: port 0 is outside 1-65535. ${portFix}`],
    ['probe port 65536', () => Ambassador.probeCommand(65536), `Ambassador.probeCommand: port 65536 is outside 1-65535. ${portFix}`],
  ])('%s is refused', (_, fn, expected) => {
    expect(refusalOf(fn)).toBe(expected);
  });

  test('the edges are accepted and written', () => {
    expect(Ambassador.forwarderCommand(1, 'db', 65535, 1)).toEqual([
      'socat',
      'TCP-LISTEN:1,bind=127.0.0.1,fork,reuseaddr,max-children=1',
      'TCP:db:65535',
    ]);
    expect(Ambassador.forwarderCommand(65535, 'fd00::1', 1, Ambassador.MAX_CONNECTIONS_LIMIT)[2]).toBe('TCP:[fd00::1]:1');
    expect(Ambassador.probeCommand(1)[2]).toContain(' 0100007F:0001 00000000:0000 0A ');
    expect(Ambassador.probeCommand(65535)[2]).toContain(' 0100007F:FFFF 00000000:0000 0A ');
  });

  const pod = (...ambassadors: AmbassadorProps[]) =>
    refusalOf(() => {
      const chart = newChart();
      new AmbassadorPod(chart, 'Web', { app: { image: 'myapp:1.0' }, ambassadors: ambassadors.map((a) => new Ambassador(a)) });
      synth(chart);
    });

  test.each<[string, AmbassadorProps, string]>([
    [
      'an upstream with a control character',
      { name: 'db', upstream: 'db:5432\n' },
      'ambassador "db" has upstream "db:5432\\n", which holds a control character. Fix: write it as host:port, e.g. "db.example.com:3306"',
    ],
    [
      'an upstream without a port',
      { name: 'db', upstream: 'db:' },
      'ambassador "db" has upstream "db:", which lacks a port. Fix: write it as host:port, e.g. "db.example.com:3306"',
    ],
    [
      'an upstream without a host',
      { name: 'db', upstream: ':5432' },
      'ambassador "db" has upstream ":5432", which lacks a host. Fix: write it as host:port, e.g. "db.example.com:3306"',
    ],
    [
      'an upstream with two colons (an IPv6 address without brackets)',
      { name: 'db', upstream: 'db:5432:1' },
      'ambassador "db" has upstream "db:5432:1": an IPv6 address without brackets, whose port cannot be told from its last group. Fix: write the address in brackets and the port after them, e.g. "[fd00::1]:5432"',
    ],
    [
      'text after a bracketed address and its port',
      { name: 'db', upstream: '[fd00::1]:5432x' },
      'ambassador "db" has upstream "[fd00::1]:5432x": an IPv6 address without brackets, whose port cannot be told from its last group. Fix: write the address in brackets and the port after them, e.g. "[fd00::1]:5432"',
    ],
    [
      'text before a bracketed address',
      { name: 'db', upstream: 'x[fd00::1]:5432' },
      'ambassador "db" has upstream "x[fd00::1]:5432": an IPv6 address without brackets, whose port cannot be told from its last group. Fix: write the address in brackets and the port after them, e.g. "[fd00::1]:5432"',
    ],
    [
      'a host with a space',
      { name: 'db', upstream: 'db x:5432' },
      'ambassador "db" has upstream "db x:5432", which is not host:port. Fix: write it as host:port, e.g. "db.example.com:3306"',
    ],
    [
      'an upstream without a colon',
      { name: 'db', upstream: 'db.example' },
      'ambassador "db" has upstream "db.example", which lacks a port. Fix: write it as host:port, e.g. "db.example.com:3306"',
    ],
    [
      'a bracketed host that is no IPv6 address',
      { name: 'db', upstream: '[db]:5432' },
      'ambassador "db" has upstream host "db" in brackets, which is not an IPv6 address. Fix: put only an IPv6 address in brackets, e.g. "[fd00::1]:5432"',
    ],
    [
      'a host that is no host',
      { name: 'db', upstream: 'db_1:5432' },
      'ambassador "db" has upstream host "db_1", which is neither a DNS name nor an IPv4 address. Fix: use a host name such as "db.example.com"',
    ],
    ...['0', '65536'].map((port): [string, AmbassadorProps, string] => [
      `upstream port ${port}`,
      { name: 'db', upstream: `db:${port}`, localPort: 15432 },
      `ambassador "db" has upstream port ${port}, outside 1-65535. Fix: use the remote service's port, e.g. 3306`,
    ]),
    ...[0, 65536].map((localPort): [string, AmbassadorProps, string] => [
      `localPort ${localPort}`,
      { name: 'db', upstream: 'db:5432', localPort },
      `ambassador "db" has localPort ${localPort}, outside 1-65535. Fix: use a free port of the pod from 1024 to 65535, e.g. 15432`,
    ]),
    [
      'a localPort below 1024',
      { name: 'db', upstream: 'db:5432', localPort: 1023 },
      'ambassador "db" would listen on port 1023, below 1024, which a non-root container cannot bind. Fix: set localPort to 1024 or above (the app reads it from the environment anyway)',
    ],
  ])('an ambassador with %s is refused', (_, props, expected) => {
    expect(pod(props)).toBe(`test/Web: ${expected}`);
  });

  test('port 1024 is the lowest a non-root forwarder may listen on', () => {
    const chart = newChart();
    new AmbassadorPod(chart, 'Web', {
      app: { image: 'myapp:1.0' },
      ambassadors: [new Ambassador({ name: 'db', upstream: 'db:5432', localPort: 1024 })],
    });
    expect(podSpecOf(only(synth(chart), 'Deployment')).containers[1].args[0]).toContain('TCP-LISTEN:1024,');
  });

  test('a loop through three ambassadors is refused, naming each', () => {
    const message = pod(
      { name: 'a', upstream: '127.0.0.1:15002', localPort: 15001 },
      { name: 'b', upstream: '127.0.0.1:15003', localPort: 15002 },
      { name: 'c', upstream: '127.0.0.1:15001', localPort: 15003 },
    );
    for (const name of ['"a"', '"b"', '"c"']) expect(message).toContain(name);
  });
});
