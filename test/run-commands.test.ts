/**
 * Runs the command lines the library writes into containers, for real: the wait-for script
 * under Debian's busybox (its `sh` and `nc`, as in the busybox image) and the ambassador's socat
 * forwarder and probe (Debian's socat). `.ci/run` installs both.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { Duration } from 'cdk8s';
import { Ambassador, AmbassadorPod, AppPod, WaitFor } from '../lib';
import { newChart, only, podSpecOf, synth } from './util';

const BUSYBOX = '/bin/busybox';
const SOCAT = '/usr/bin/socat';

beforeAll(() => {
  for (const tool of [BUSYBOX, SOCAT]) {
    if (!fs.existsSync(tool)) {
      throw new Error(`${tool} is missing: install Debian's busybox and socat (apt-get install -y busybox socat), as .ci/run does`);
    }
  }
});

/** A folder whose sh, nc, date and sleep are busybox, as in the busybox image. */
function busyboxPath(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'busybox-'));
  for (const applet of ['sh', 'nc', 'date', 'sleep']) {
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

function listen(port: number, onConnection: (socket: net.Socket) => void = () => undefined): Promise<net.Server> {
  const server = net.createServer(onConnection);
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
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

/** The wait-for init container the library synthesizes for `port`, as it appears in the YAML. */
function waitForCommand(port: number, timeoutSeconds: number): string[] {
  const chart = newChart();
  new AppPod(chart, 'Web', {
    app: { image: 'myapp:1.0' },
    extensions: [
      WaitFor.tcp({ name: 'db', host: '127.0.0.1', port, timeout: Duration.seconds(timeoutSeconds), pollInterval: Duration.seconds(1) }),
    ],
  });
  return podSpecOf(only(synth(chart), 'Deployment')).initContainers[0].command;
}

describe('wait-for under busybox', () => {
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
});

describe('ambassador forwarder under socat', () => {
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
