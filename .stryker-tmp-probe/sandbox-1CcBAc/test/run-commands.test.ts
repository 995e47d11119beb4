/**
 * Runs the command lines the library writes into containers, for real: the wait-for script
 * under Debian's busybox (its `sh` and `nc`, as in the busybox image) and the ambassador's socat
 * forwarder and probe (Debian's socat). `.ci/run` installs both. Hosts are tried in every form the
 * library accepts (DNS names in any case, IPv4, IPv6 on the loopback `::1`), hostile values show
 * they stay one word, and the forwarder's bound on its child processes is counted in /proc.
 * What the checks refuse, without running anything, is in test/command-checks.test.ts.
 */
// @ts-nocheck

import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { Ambassador, AmbassadorPod, WaitFor } from '../lib';
import { describeWithTools } from './consumers/tools';
import { waitForCommand, ambassadorContainer } from './emitted-commands';
import { errorOf, newChart, only, podSpecOf, synth } from './util';

const BUSYBOX = '/bin/busybox';
const SOCAT = '/usr/bin/socat';

// Only the suites that run a program need it; the synth-time checks run anywhere.
const describeRun = describeWithTools([BUSYBOX, SOCAT], 'busybox socat');

/** A folder whose sh, nc, date and sleep are busybox, as in the busybox image. */
function busyboxPath(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'busybox-'));
  for (const applet of ['sh', 'nc', 'date', 'sleep', 'grep']) {
    fs.symlinkSync(BUSYBOX, path.join(dir, applet));
  }
  return dir;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function listen(
  port: number,
  onConnection: (socket: net.Socket) => void = () => undefined,
  host: string = '127.0.0.1',
): Promise<net.Server> {
  const server = net.createServer(onConnection);
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

function run(
  command: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Sends `message` to 127.0.0.1:`port` and returns what comes back before the remote closes. */
function exchange(port: number, message: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(message));
    let data = '';
    socket.on('data', (d) => {
      data += d;
    });
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

/** Process ids whose parent is `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // Fields after the command name, which is in parentheses and may hold spaces: state, ppid, ...
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

describeRun('wait-for under busybox', () => {
  const bin = busyboxPath();
  const env = { PATH: bin };

  test('waits for a server that starts late, then exits 0', async () => {
    const port = await freePort();
    const [, flag, script] = waitForCommand(port, 20);
    const started = Date.now();
    let server: net.Server | undefined;
    const late = setTimeout(async () => {
      server = await listen(port);
    }, 2500);
    try {
      const result = await run([path.join(bin, 'sh'), flag, script], env, 30_000);
      expect(result.stdout).toContain(`wait-for: waiting up to 20s for 127.0.0.1:${port} (db) to accept TCP connections`);
      expect(result.stdout).toContain(`wait-for: 127.0.0.1:${port} (db) accepts connections`);
      expect(result.code).toBe(0);
      expect(Date.now() - started).toBeGreaterThanOrEqual(2500);
    } finally {
      clearTimeout(late);
      server?.close();
    }
  }, 40_000);

  test('gives up after its timeout with a message and a non-zero exit when nothing listens', async () => {
    const port = await freePort();
    const [, flag, script] = waitForCommand(port, 2);
    const started = Date.now();
    const result = await run([path.join(bin, 'sh'), flag, script], env, 20_000);
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stderr).toContain(`wait-for: gave up on 127.0.0.1:${port} (db) after 2s`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
  }, 30_000);

  test('host names in upper case reach the same host: DNS ignores case', async () => {
    const port = await freePort();
    const server = await listen(port);
    try {
      const [, flag, script] = waitForCommand(port, 5, 'LocalHost');
      const result = await run([path.join(bin, 'sh'), flag, script], env, 15_000);
      expect(result.stdout).toContain(`wait-for: LocalHost:${port} (db) accepts connections`);
      expect(result.code).toBe(0);
    } finally {
      server.close();
    }
  }, 20_000);

  test('an IPv6 host, written bare, reaches a server on ::1 through busybox nc', async () => {
    const port = await freePort();
    const server = await listen(port, undefined, '::1');
    try {
      const [, flag, script] = waitForCommand(port, 5, '::1');
      const result = await run([path.join(bin, 'sh'), flag, script], env, 15_000);
      expect(result.stdout).toContain(`wait-for: [::1]:${port} (db) accepts connections`);
      expect(result.code).toBe(0);
    } finally {
      server.close();
    }
  }, 20_000);

  test('a hostile host is one quoted word: nothing in it runs, and the construct refuses it at synth', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wait-for-hostile-'));
    const marker = path.join(dir, 'pwned');
    const hosts = [
      `x; touch ${marker}`,
      `$(touch ${marker})`,
      `\`touch ${marker}\``,
      `x'; touch ${marker}; echo '`,
      `x" ; touch ${marker} ; echo "`,
      `x && touch ${marker} #`,
    ];
    try {
      // All at once: each gives up after its one-second timeout.
      const results = await Promise.all(
        hosts.map((host) => run([path.join(bin, 'sh'), '-c', WaitFor.script('db', host, 9, 1, 1)], env, 15_000)),
      );
      expect(fs.existsSync(marker)).toBe(false);
      hosts.forEach((host, i) => {
        // The host reaches nc and the log as written, and nc finds no such host.
        expect(results[i].stdout).toContain(`wait-for: waiting up to 1s for ${host}:9 (db)`);
        expect(results[i].code).toBe(1);
        const error = errorOf(() => waitForCommand(9, 1, host));
        expect(error.code).toBe('invalid-wait-for');
        expect(error.path).toBe('test/Web');
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describeRun('ambassador forwarder under socat', () => {
  let forwarder: ChildProcess | undefined;
  afterEach(() => forwarder?.kill('SIGKILL'));

  test('carries a real connection from the local port to the remote, and its probe tells when it listens', async () => {
    const remotePort = await freePort();
    const localPort = await freePort();
    const remote = await listen(remotePort, (socket) => socket.on('data', (d) => socket.end(`remote got: ${d}`)));
    try {
      const chart = newChart();
      new AmbassadorPod(chart, 'Web', {
        app: { image: 'myapp:1.0' },
        ambassadors: [new Ambassador({ name: 'db', upstream: `127.0.0.1:${remotePort}`, localPort })],
      });
      const proxy = podSpecOf(only(synth(chart), 'Deployment')).containers[1];
      const probe: string[] = proxy.readinessProbe.exec.command;
      const env = { PATH: path.dirname(SOCAT) };

      expect((await run(probe, env, 10_000)).code).not.toBe(0);
      forwarder = spawn(SOCAT, proxy.args, { env });
      await waitUntil(async () => (await run(probe, env, 10_000)).code === 0);

      const reply = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(localPort, '127.0.0.1', () => socket.write('hello'));
        let data = '';
        socket.on('data', (d) => {
          data += d;
        });
        socket.on('end', () => resolve(data));
        socket.on('error', reject);
      });
      expect(reply).toBe('remote got: hello');
      expect(proxy.command).toEqual(['socat']);
    } finally {
      remote.close();
    }
  }, 30_000);

  test('listens on the loopback only: the pod IP does not answer', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    const port = await freePort();
    forwarder = spawn(SOCAT, Ambassador.forwarderCommand(port, '127.0.0.1', 9).slice(1));
    const probe = (host: string) => run([SOCAT, '-u', 'OPEN:/dev/null', `TCP:${host}:${port},connect-timeout=1`], {}, 5000);
    await waitUntil(async () => (await probe('127.0.0.1')).code === 0);
    // A machine with no address but loopback cannot show the difference; every CI machine has one.
    expect(external).toBeDefined();
    expect((await probe(external!)).code).not.toBe(0);
  }, 20_000);
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describeRun('ambassador forwarder: hosts and loops', () => {
  let forwarder: ChildProcess | undefined;
  afterEach(() => {
    // The forwarder runs in a process group of its own: its children go with it.
    if (forwarder?.pid) {
      try {
        process.kill(-forwarder.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    forwarder = undefined;
  });
  const env = { PATH: path.dirname(SOCAT) };
  const start = (args: string[]) => {
    forwarder = spawn(SOCAT, args, { env, detached: true, stdio: 'ignore' });
    return forwarder;
  };
  // The probe runs in the socat image's busybox sh and grep.
  const probeEnv = { PATH: busyboxPath() };
  const probe = (port: number) => run(Ambassador.probeCommand(port), probeEnv, 10_000);

  test('an IPv6 upstream, written [::1]:port, carries a connection through socat', async () => {
    const remotePort = await freePort();
    const localPort = await freePort();
    const remote = await listen(remotePort, (socket) => socket.on('data', (d) => socket.end(`v6 remote got: ${d}`)), '::1');
    try {
      const proxy = ambassadorContainer({ name: 'db', upstream: `[::1]:${remotePort}`, localPort });
      expect(proxy.args[1]).toBe(`TCP:[::1]:${remotePort}`);
      start(proxy.args);
      await waitUntil(async () => (await probe(localPort)).code === 0);
      expect(await exchange(localPort, 'hello')).toBe('v6 remote got: hello');
    } finally {
      remote.close();
    }
  }, 30_000);

  test('the probes never reach the upstream: probing opens no connection there, traffic does', async () => {
    const remotePort = await freePort();
    const localPort = await freePort();
    let connections = 0;
    const remote = await listen(remotePort, (socket) => {
      connections++;
      socket.on('data', (d) => socket.end(`got: ${d}`));
    });
    try {
      const proxy = ambassadorContainer({ name: 'db', upstream: `127.0.0.1:${remotePort}`, localPort });
      expect(proxy.readinessProbe.exec.command).toEqual(Ambassador.probeCommand(localPort));
      expect((await probe(localPort)).code).not.toBe(0);
      start(proxy.args);
      await waitUntil(async () => (await probe(localPort)).code === 0);
      for (let i = 0; i < 5; i++) expect((await probe(localPort)).code).toBe(0);
      expect(connections).toBe(0);
      expect(await exchange(localPort, 'hi')).toBe('got: hi');
      expect(connections).toBe(1);
    } finally {
      remote.close();
    }
  }, 30_000);

  test('an upstream host in upper case carries a connection', async () => {
    const remotePort = await freePort();
    const localPort = await freePort();
    const remote = await listen(remotePort, (socket) => socket.on('data', (d) => socket.end(`got: ${d}`)));
    try {
      const proxy = ambassadorContainer({ name: 'db', upstream: `LOCALHOST:${remotePort}`, localPort });
      start(proxy.args);
      await waitUntil(async () => (await probe(localPort)).code === 0);
      expect(await exchange(localPort, 'hi')).toBe('got: hi');
    } finally {
      remote.close();
    }
  }, 30_000);

  test('the emitted bound holds: no more children than maxConnections, the rest wait their turn', async () => {
    const remotePort = await freePort();
    const localPort = await freePort();
    // The remote answers every line and keeps the connection open, so each client holds a child.
    const remote = await listen(remotePort, (socket) => {
      socket.on('data', (d) => socket.write(`echo ${d}`));
      socket.on('error', () => undefined);
    });
    const clients: net.Socket[] = [];
    try {
      const proxy = ambassadorContainer({ name: 'db', upstream: `127.0.0.1:${remotePort}`, localPort, maxConnections: 3 });
      expect(proxy.args[0]).toContain(',max-children=3');
      const socat = start(proxy.args);
      await waitUntil(async () => (await probe(localPort)).code === 0);
      const answered = new Set<number>();
      for (let i = 0; i < 8; i++) {
        const client = net.connect(localPort, '127.0.0.1', () => client.write(`c${i}`));
        client.on('data', () => answered.add(i));
        client.on('error', () => undefined);
        clients.push(client);
      }
      let most = 0;
      const sampleUntil = Date.now() + 1500;
      while (Date.now() < sampleUntil) {
        most = Math.max(most, childrenOf(socat.pid!).length);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(most).toBe(3);
      expect(answered.size).toBe(3);
      // Closing the served clients lets the waiting ones through, never more than three at once.
      for (const i of [...answered]) clients[i].destroy();
      await waitUntil(async () => answered.size === 6);
      expect(childrenOf(socat.pid!).length).toBeLessThanOrEqual(3);
    } finally {
      clients.forEach((c) => c.destroy());
      remote.close();
    }
  }, 30_000);

  test('a loop the pod cannot see (socat forwarding to its own listen address) stops at the bound', async () => {
    const port = await freePort();
    // The pod refuses this upstream at synth; a DNS name resolving to the pod would slip through.
    const socat = start(Ambassador.forwarderCommand(port, '127.0.0.1', port, 5).slice(1));
    await waitUntil(async () => (await probe(port)).code === 0);
    const client = net.connect(port, '127.0.0.1', () => client.write('x'));
    client.on('error', () => undefined);
    try {
      let most = 0;
      const sampleUntil = Date.now() + 2000;
      while (Date.now() < sampleUntil) {
        most = Math.max(most, childrenOf(socat.pid!).length);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // The loop is real (it reaches the bound) and bounded (it stays there).
      expect(most).toBe(5);
    } finally {
      client.destroy();
    }
  }, 30_000);
});
