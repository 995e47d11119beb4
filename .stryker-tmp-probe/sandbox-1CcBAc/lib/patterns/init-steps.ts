// @ts-nocheck
import { createHash } from 'crypto';
import * as kplus from 'cdk8s-plus-28';
import { Chart, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { APP_POD_PROPS_NAMES, AppPod, AppPodProps, DependencyCondition } from '../core/app-pod';
import { ExtensionPhase, IPodExtension } from '../core/extensions';
import { ContainerRole, ContainerSpec, VolumeMountSpec } from '../core/container';
import { Controller, ControllerKind } from '../core/controller';
import { fail, PodPatternError, warn } from '../core/errors';
import { hasControlCharacter, hasVisibleText, isHost, isIpv6, isLoopbackHost, requireDnsLabel } from '../core/names';
import { ContainerResources } from '../policies/resources';
import { ISTIO_INJECT_LABEL } from '../rules/injection';
import { ISTIO_PROXY_UID } from '../rules/lifecycle';
import { ResourceSize } from '../policies/qos';
import { checkProps, PropNames } from '../core/props';

/** Properties of a {@link WaitFor} step. */
export interface WaitForProps {
  /** What is waited for, a DNS-1123 label: the init container is `wait-for-<name>`. */
  readonly name: string;
  /**
   * Host of the dependency: a DNS name in any case (`db`, `DB.shop.svc.cluster.local`), an IPv4
   * address, or an IPv6 address written bare, without brackets (`fd00::1`), as Kubernetes writes
   * pod and Service IPs; brackets belong to `host:port` notation, and this host stands alone.
   */
  readonly host: string;
  /** TCP port of the dependency. */
  readonly port: number;
  /**
   * How long to wait before the step fails (and the kubelet retries the pod's init sequence).
   * @default Duration.minutes(5)
   */
  readonly timeout?: Duration;
  /**
   * Pause between attempts.
   * @default Duration.seconds(2)
   */
  readonly pollInterval?: Duration;
  /**
   * Image with a POSIX `sh`, `nc`, `date` and `sleep`.
   * @default "busybox:1.36"
   */
  readonly image?: string;
}

/** The prop names of {@link WaitForProps}, checked at run time (see `checkProps`). */
export const WAIT_FOR_PROPS_NAMES: PropNames<WaitForProps> = {
  name: true,
  host: true,
  port: true,
  timeout: true,
  pollInterval: true,
  image: true,
};

/**
 * An init step that holds the app back until a dependency accepts TCP connections, the seed's
 * `until nc -z db 5432; do sleep 2; done`, with a timeout and a log line saying what it waits
 * for. Several steps run one after the other, in the order added.
 */
export class WaitFor implements IPodExtension {
  /** The image of wait-for steps: busybox, for its `sh` and `nc`. */
  public static readonly DEFAULT_IMAGE = 'busybox:1.36';

  /** Wait-for steps come after the helpers (native sidecars start first) and before derived steps. */
  public readonly phase?: ExtensionPhase = ExtensionPhase.WAIT;

  /** Waits for `host:port` to accept TCP connections. */
  public static tcp(props: WaitForProps): WaitFor {
    return new WaitFor(props);
  }

  /**
   * The shell script of a wait-for step. It works with both of busybox's `nc` builds: the full one
   * (with `-z`) and the small one Debian ships (without it, where a connect with empty input is
   * the same test). `date +%s` counts whole seconds, so the step gives up strictly after the
   * deadline second: never before `timeoutSeconds`, at most a second and a poll later.
   *
   * Every value reaches the script either as a checked whole number or as one single-quoted
   * shell word, so no name or host, however written, is read as shell syntax; what it refuses
   * (numbers out of range, empty strings, control characters) it throws as a `PodPatternError`
   * with code `invalid-wait-for`. Whether `host` names a host is {@link WaitFor.tcp}'s check.
   */
  public static script(name: string, host: string, port: number, timeoutSeconds: number, pollSeconds: number): string {
    // Pods of one app, and apps of one chart, wait for the same few dependencies: build each script once.
    const key = `${name}\u0000${host}\u0000${port}\u0000${timeoutSeconds}\u0000${pollSeconds}`;
    let script = SCRIPTS.get(key);
    if (script === undefined) {
      script = WaitFor.buildScript(name, host, port, timeoutSeconds, pollSeconds);
      if (SCRIPTS.size >= 1024) SCRIPTS.clear();
      SCRIPTS.set(key, script);
    }
    return script;
  }

  private static buildScript(name: string, host: string, port: number, timeoutSeconds: number, pollSeconds: number): string {
    const refuse = (what: string, fix: string) => {
      throw new PodPatternError('invalid-wait-for', 'WaitFor.script', what, fix);
    };
    for (const [what, value] of [
      ['name', name],
      ['host', host],
    ] as const) {
      if (!value || hasControlCharacter(value)) {
        refuse(`${what} ${JSON.stringify(value)} is empty or holds a control character`, `pass a ${what} such as "db"`);
      }
    }
    if (!(Number.isInteger(port) && port >= 1 && port <= 65535)) {
      refuse(`port ${port} is outside 1-65535`, "pass the dependency's port, e.g. 5432");
    }
    for (const [what, value] of [
      ['timeoutSeconds', timeoutSeconds],
      ['pollSeconds', pollSeconds],
    ] as const) {
      if (!(Number.isInteger(value) && value >= 1)) {
        refuse(`${what} ${value} is not a whole number of at least 1`, 'pass whole seconds, e.g. 2');
      }
    }
    const target = `${isIpv6(host) ? `[${host}]` : host}:${port} (${name})`;
    const say = (message: string) => `echo ${shellWord(`wait-for: ${message}`)}`;
    return [
      `deadline=$(( $(date +%s) + ${timeoutSeconds} ))`,
      say(`waiting up to ${timeoutSeconds}s for ${target} to accept TCP connections`),
      `until nc -z -w 2 ${shellWord(host)} ${port} 2>/dev/null || nc -w 2 ${shellWord(host)} ${port} </dev/null 2>/dev/null; do`,
      '  if [ "$(date +%s)" -gt "$deadline" ]; then',
      `    ${say(`gave up on ${target} after ${timeoutSeconds}s`)} >&2`,
      '    exit 1',
      '  fi',
      `  sleep ${pollSeconds}`,
      'done',
      say(`${target} accepts connections`),
    ].join('\n');
  }

  private constructor(
    /** What is waited for. */
    public readonly props: WaitForProps,
  ) {}

  /** Adds the step to `pod`'s init sequence. */
  public extend(pod: AppPod): void {
    checkProps(pod, `wait-for "${this.props.name}"`, this.props, WAIT_FOR_PROPS_NAMES);
    const { name, host, port } = this.props;
    requireDnsLabel(pod, 'wait-for name', name);
    if (!isHost(host)) {
      const bare = /^\[(.*)\]$/.exec(host)?.[1];
      fail(
        pod,
        'invalid-wait-for',
        bare !== undefined && isIpv6(bare)
          ? `wait-for "${name}" has host ${JSON.stringify(host)}: an IPv6 address in brackets, but brackets belong to host:port notation and this host stands alone`
          : `wait-for "${name}" has host ${JSON.stringify(host)}, which is neither a DNS name nor an IP address`,
        bare !== undefined && isIpv6(bare)
          ? `write it bare: "${bare}"`
          : 'use a Service name such as "db" or "db.shop.svc.cluster.local", or an address such as "10.0.0.5" or "fd00::1"',
      );
    }
    if (!(Number.isInteger(port) && port >= 1 && port <= 65535)) {
      fail(pod, 'invalid-wait-for', `wait-for "${name}" has port ${port}, outside 1-65535`, "use the dependency's port, e.g. 5432");
    }
    const seconds = (what: string, duration: Duration) => {
      const milliseconds = duration.toMilliseconds();
      if (milliseconds % 1000 !== 0) {
        fail(
          pod,
          'invalid-wait-for',
          `wait-for "${name}" has a ${what} of ${milliseconds} ms, which is not whole seconds (the script counts seconds)`,
          `use Duration.seconds(${Math.max(1, Math.round(milliseconds / 1000))})`,
        );
      }
      return milliseconds / 1000;
    };
    const timeout = seconds('timeout', this.props.timeout ?? Duration.minutes(5));
    const poll = seconds('poll interval', this.props.pollInterval ?? Duration.seconds(2));
    if (!(timeout >= 1 && poll >= 1)) {
      fail(
        pod,
        'invalid-wait-for',
        `wait-for "${name}" has a timeout of ${timeout}s and a poll interval of ${poll}s`,
        'use at least one second for each',
      );
    }
    if (isLoopbackHost(host)) {
      this.checkLocalListener(pod, name, port);
    }
    this.warnOfDeadline(pod, name, timeout);
    pod.addStartDependency({
      condition: DependencyCondition.SUCCESS,
      container: {
        name: `wait-for-${name}`,
        image: this.props.image ?? WaitFor.DEFAULT_IMAGE,
        command: ['sh', '-c', WaitFor.script(name, host, port, timeout, poll)],
        // In the mesh, istio-init sends every connection to a proxy that starts only after the
        // init steps; the proxy's own user is exempt, so the step reaches its dependency.
        securityContext: pod.injectedContainerNames.includes('istio-proxy') ? MESH_EXEMPT : NOBODY,
      },
    });
  }

  /**
   * A Job's deadline counts from its start, init steps included: a wait that may outlast it
   * ends the run as DeadlineExceeded before the wait itself gives up and says why.
   */
  private warnOfDeadline(pod: AppPod, name: string, timeout: number): void {
    const deadline = pod.controller.activeDeadline && pod.controller.activeDeadline.toMilliseconds() / 1000;
    const waits = pod.extensions.filter((e): e is WaitFor => e instanceof WaitFor);
    const before = waits.reduce((sum, w) => sum + (w.props.timeout ?? Duration.minutes(5)).toSeconds(), 0);
    const total = before + timeout;
    // Said once, by the step that takes the waits past the deadline.
    if (deadline !== undefined && total >= deadline && before < deadline) {
      warn(
        pod,
        `the wait-for steps up to "${name}" may wait ${total}s, but the ${pod.controller.kind}'s activeDeadline is ${deadline}s: the run would end as DeadlineExceeded before the wait gives up and says what it waited for. ` +
          'Give the wait-for steps shorter timeouts, or the Job a longer deadline',
      );
    }
  }

  /**
   * A wait-for on the pod's own address waits for a helper of the pod. It runs among the init
   * steps, after the native sidecars (helpers are applied first) and before any regular
   * container: only a native sidecar can be listening then.
   */
  private checkLocalListener(pod: AppPod, name: string, port: number): void {
    const listeners = pod.containers.filter((c) => c.container.ports.some((p) => p.number === port));
    if (listeners.some((c) => c.role === ContainerRole.NATIVE_SIDECAR)) {
      return;
    }
    const classic = listeners.find((c) => c.role === ContainerRole.HELPER || c.role === ContainerRole.APP);
    fail(
      pod,
      'wait-for-localhost',
      classic
        ? `wait-for "${name}" waits for port ${port} on the pod's own address, where "${classic.name}" listens, but "${classic.name}" is a regular container that starts only after every init step: the wait never ends`
        : `wait-for "${name}" waits for port ${port} on the pod's own address, where no container of the pod listens before the init steps end: the wait never ends`,
      classic && classic.role === ContainerRole.HELPER
        ? `make "${classic.name}" a native sidecar (nativeSidecar: true), which starts before the wait-for steps`
        : "wait for the dependency's own address (its Service name), not localhost",
    );
  }
}

const SCRIPTS = new Map<string, string>();

// busybox runs as root unless told otherwise. One shared object: the checks of a security
// context are remembered per object.
const NOBODY = Object.freeze({ user: 65534, group: 65534 });
const MESH_EXEMPT = Object.freeze({ user: ISTIO_PROXY_UID, group: ISTIO_PROXY_UID });

/**
 * `value` as one POSIX shell word: single-quoted, where nothing is special but the closing quote,
 * and each `'` written as `'\''` (close, an escaped quote, reopen).
 */
function shellWord(value: string): string {
  return `'${value.replace(/'/g, "'\\''")}'`;
}

/** Where a migration runs. */
export enum MigrationMode {
  /**
   * An init container of every app pod: simple, but every replica runs it at once on a rollout,
   * so it must be safe to run concurrently (synth warns otherwise).
   */
  INIT_CONTAINER = 'init-container',
  /**
   * A Job that runs once per version of the migration, before the rollout: with Argo CD (a
   * `PreSync` hook) or Helm (a `pre-install,pre-upgrade` hook). Plain `kubectl apply` applies the
   * Job and the app together, in no order.
   */
  JOB = 'job',
}

/** Properties of a {@link Migration}. */
export interface MigrationProps {
  /**
   * Entrypoint of the migration, e.g. `['java', '-jar', 'app.jar', '--migrate']`.
   * @default - the app's command
   */
  readonly command?: string[];
  /**
   * Arguments of the migration, e.g. `['--migrate']`.
   * @default - the app's arguments
   */
  readonly args?: string[];
  /**
   * Another image than the app's. Needs `imageOverrideReason`: a migration built from another
   * image than the app it migrates for is how schema and code drift apart.
   * @default - the app's image
   */
  readonly image?: string;
  /**
   * Why the migration runs another image than the app.
   * @default - none; required with `image`
   */
  readonly imageOverrideReason?: string;
  /**
   * Where it runs.
   * @default MigrationMode.INIT_CONTAINER
   */
  readonly mode?: MigrationMode;
  /**
   * The migration is safe to run from several pods at once (it takes a lock, or is idempotent
   * and concurrent-safe), so init-container migrations on replicated workloads need no warning.
   * @default false
   */
  readonly concurrencySafe?: boolean;
  /**
   * Retries of the Job (JOB mode).
   * @default 2
   */
  readonly backoffLimit?: number;
  /**
   * How long a finished migration Job is kept (JOB mode).
   * @default Duration.days(1)
   */
  readonly ttlAfterFinished?: Duration;
  /**
   * Resources of the migration.
   * @default - the pod's QoS preset at the app container's size
   */
  readonly resources?: ContainerResources;
  /**
   * Size of the migration in the pod's QoS preset.
   * @default - the app container's size: a migration often needs what the app needs
   */
  readonly size?: ResourceSize;
}

/** The prop names of {@link MigrationProps}, checked at run time (see `checkProps`). */
export const MIGRATION_PROPS_NAMES: PropNames<MigrationProps> = {
  command: true,
  args: true,
  image: true,
  imageOverrideReason: true,
  mode: true,
  concurrencySafe: true,
  backoffLimit: true,
  ttlAfterFinished: true,
  resources: true,
  size: true,
};

/**
 * A database migration run with the app's own image, environment, secrets and mounts (derived
 * from the app container when added, so the two cannot drift), before the app starts: as an
 * init container after the wait-for steps, or as a Job once per version.
 */
export class Migration implements IPodExtension {
  /** Annotations that make a migration Job run before the rollout under Argo CD and Helm. */
  public static readonly JOB_HOOK_ANNOTATIONS: Record<string, string> = {
    'argocd.argoproj.io/hook': 'PreSync',
    'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation',
    'helm.sh/hook': 'pre-install,pre-upgrade',
    'helm.sh/hook-weight': '-5',
    'helm.sh/hook-delete-policy': 'before-hook-creation',
  };

  /** A migration copies the finished app container, so it is applied after every other extension. */
  public readonly phase?: ExtensionPhase = ExtensionPhase.DERIVED;

  constructor(
    /** How the migration runs. */
    public readonly props: MigrationProps,
  ) {}

  /** Adds the migration to `pod` (or beside it, as a Job). */
  public extend(pod: AppPod): void {
    checkProps(pod, 'the migration', this.props, MIGRATION_PROPS_NAMES);
    const spec = this.deriveContainer(pod);
    const local = Object.entries(spec.env ?? {}).find(([, v]) => /^(127\.0\.0\.1|localhost)(:|$)/.test(v));
    if (this.props.mode === MigrationMode.JOB) {
      if (local) {
        warn(
          pod,
          `the migration Job inherits ${local[0]}=${local[1]} from the app, but the Job's pod has none of the app's helpers to answer there. ` +
            'Give the migration a direct address',
        );
      }
      this.addJob(pod, spec);
      return;
    }
    const { kind, replicas } = pod.controller;
    const replicated = kind === ControllerKind.DAEMON_SET || (pod.controller.isReplicated && (replicas ?? 0) > 1);
    if (replicated && !this.props.concurrencySafe) {
      const when =
        kind === ControllerKind.STATEFUL_SET
          ? 'so every pod runs it again on a rollout (one after the other with OrderedReady, all at once with Parallel)'
          : 'so every pod runs it at once on a rollout';
      warn(
        pod,
        `the migration runs as an init container of a ${kind}${replicas ? ` of ${replicas} replicas` : ''}, ${when}. ` +
          'Declare it safe with `concurrencySafe: true` (it locks or is idempotent), or use MigrationMode.JOB',
      );
    }
    // A classic helper the app reaches on localhost is not running yet while init steps run.
    const values = Object.values(spec.env ?? {});
    const unreachable = pod.containers.filter(
      (c) =>
        c.role === ContainerRole.HELPER &&
        c.container.ports.some((p) => values.some((v) => v === String(p.number) || v.endsWith(`:${p.number}`))),
    );
    if (local && unreachable.length) {
      warn(
        pod,
        `the migration inherits ${local[0]}=${local[1]} from the app, but runs before classic sidecars (${unreachable.map((c) => `"${c.name}"`).join(', ')}) start. ` +
          'Make that helper a native sidecar, or give the migration a direct address',
      );
    }
    pod.addStartDependency({ condition: DependencyCondition.SUCCESS, container: spec });
  }

  private deriveContainer(pod: AppPod): ContainerSpec {
    const app = pod.appSpec;
    const image = this.props.image ?? app.image;
    if (image !== app.image && !hasVisibleText(this.props.imageOverrideReason)) {
      fail(
        pod,
        'migration-image-drift',
        `the migration runs image "${image}" but the app runs "${app.image}"`,
        "drop `image` so the migration uses the app's image, or say why in `imageOverrideReason`",
      );
    }
    const command = this.props.command ?? app.command;
    const args = this.props.args ?? app.args;
    if (!this.props.command && !this.props.args) {
      fail(
        pod,
        'migration-command',
        'the migration states neither command nor args, so it would start the app itself',
        "give the command that migrates, e.g. args: ['--migrate']",
      );
    }
    const container = pod.appContainer;
    const env: Record<string, string> = {};
    const envValues: Record<string, kplus.EnvValue> = {};
    for (const [name, value] of Object.entries(container.env.variables)) {
      // An EnvValue holds either a value or a reference (valueFrom).
      if (value.valueFrom === undefined) {
        env[name] = String(value.value);
      } else {
        envValues[name] = value;
      }
    }
    const volumeMounts: VolumeMountSpec[] = container.mounts.map((m) => ({
      volume: m.volume.name,
      path: m.path,
      readOnly: m.readOnly ?? false,
      subPath: m.subPath,
    }));
    return {
      name: 'migrate',
      image,
      command,
      args,
      workingDir: app.workingDir,
      env,
      envValues,
      envFrom: container.env.sources,
      volumeMounts,
      securityContext: app.securityContext,
      securityProfile: app.securityProfile,
      allowLatestTag: app.allowLatestTag,
      imagePullPolicy: app.imagePullPolicy,
      resources: this.props.resources,
      size: this.props.size ?? app.size ?? pod.qos?.appSize,
    };
  }

  /**
   * The Job is a pre-install hook: on a first install it runs before the rest of the chart
   * exists, so a ConfigMap, Secret or ServiceAccount of the same app is not there yet and the
   * Job's pod waits for it. Said, not refused: a cluster may have them from elsewhere.
   */
  private warnOfHookOrder(pod: AppPod, volumes: kplus.Volume[], serviceAccount: kplus.IServiceAccount | undefined): void {
    // Imported objects (fromConfigMapName, fromServiceAccountName) are constructs too, but of
    // other classes: they exist already.
    const ours = new Set<string>();
    for (const c of Chart.of(pod).node.findAll()) {
      if (c instanceof kplus.ConfigMap || c instanceof kplus.Secret || c instanceof kplus.ServiceAccount) ours.add(`${c.kind} ${c.name}`);
    }
    const needed = volumes.flatMap((v) => {
      const source = (v as unknown as { _toKube(): { configMap?: { name?: string }; secret?: { secretName?: string } } })._toKube();
      const ref = source.configMap?.name
        ? `ConfigMap ${source.configMap.name}`
        : source.secret?.secretName
          ? `Secret ${source.secret.secretName}`
          : undefined;
      return ref && ours.has(ref) ? [ref] : [];
    });
    if (serviceAccount && ours.has(`ServiceAccount ${serviceAccount.name}`)) {
      needed.push(`ServiceAccount ${serviceAccount.name}`);
    }
    if (needed.length) {
      warn(
        pod,
        `the migration Job runs as a pre-install hook, before the rest of the app exists, and needs ${needed.join(', ')} of the same app: on a first install its pod waits for them. ` +
          'Create them before the app (another chart or a sync wave), or give the migration what it needs without them',
      );
    }
  }

  private addJob(pod: AppPod, spec: ContainerSpec): void {
    if (pod.node.tryFindChild('MigrationJob')) {
      fail(
        pod,
        'duplicate-migration',
        'the app already has a migration Job',
        'fold the migrations into one command, or give one of them its own app',
      );
    }
    const {
      securityProfile,
      security,
      scheduling,
      serviceAccount,
      automountServiceAccountToken,
      dns,
      podAnnotations,
      terminationGracePeriod,
      imagePullSecrets,
      userNamespace,
    } = pod.props;
    // The Job migrates the same database the app's pods wait for: it waits for the same
    // dependencies, in the same order, instead of burning its retries while they come up.
    const waits = pod.extensions.filter((e) => e.phase === ExtensionPhase.WAIT);
    // Only the volumes the migration mounts: another one (a sidecar's ConfigMap) would only be
    // one more thing the hook waits for.
    const mounted = new Set((spec.volumeMounts ?? []).map((m) => m.volume));
    const claims = [...mounted].filter((name) => pod.isVolumeClaim(name));
    if (claims.length) {
      fail(
        pod,
        'migration-claim',
        `the migration Job mounts ${claims.map((c) => `"${c}"`).join(', ')}, a volume claim of each StatefulSet pod, which a Job does not have`,
        'run the migration as an init step of the pods (MigrationMode.INIT_CONTAINER), or keep its files off the claim',
      );
    }
    const volumes = pod.podVolumes.filter((v) => mounted.has(v.name));
    this.warnOfHookOrder(pod, volumes, serviceAccount);
    // The Job's pod template is immutable and each version must run once: the name changes with
    // everything that shapes the template.
    const version = createHash('sha256')
      .update(
        JSON.stringify(
          {
            spec,
            waits: waits.map((w) => (w as WaitFor).props),
            // A volume changed under the same name (another ConfigMap, a new item) changes the template too.
            volumes: volumes.map((v) => (v as unknown as { _toKube(): unknown })._toKube()),
            podAnnotations,
            imagePullSecrets,
            grace: terminationGracePeriod?.toSeconds(),
            qos: pod.qos && [pod.qos.qosClass.name, pod.qos.appSize, pod.qos.helperSize],
            pod: {
              security,
              scheduling,
              dns,
              automountServiceAccountToken,
              userNamespace,
              profile: securityProfile?.level,
              account: serviceAccount?.name,
            },
          },
          (_key, value) => (Construct.isConstruct(value) ? `construct:${value.node.path}` : value),
        ),
      )
      .digest('hex')
      .slice(0, 8);
    const job = new AppPod(pod as Construct, 'MigrationJob', {
      // A new name per version: a Job's pod template is immutable, and each version must run once.
      name: `${pod.name.slice(0, 45)}-migrate-${version}`,
      component: 'migration',
      partOf: pod.name,
      app: { ...spec },
      controller: Controller.job({
        backoffLimit: this.props.backoffLimit ?? 2,
        ttlAfterFinished: this.props.ttlAfterFinished ?? Duration.days(1),
      }),
      annotations: Migration.JOB_HOOK_ANNOTATIONS,
      extensions: waits,
      qos: pod.qos,
      volumes,
      // What the app's pods run with, the migration runs with: identity, security, placement.
      securityProfile,
      security,
      scheduling,
      dns,
      serviceAccount,
      automountServiceAccountToken,
      userNamespace,
      // Injections the app's pods ask for (a Vault agent) and the time they get to stop.
      podAnnotations,
      terminationGracePeriod,
      imagePullSecrets,
    });
    // A mesh proxy would keep the Job from completing, in a namespace that injects every pod too.
    job.addPodLabel(ISTIO_INJECT_LABEL, 'false');
  }
}

/** Properties of a {@link MigratingApp}. */
export interface MigratingAppProps extends AppPodProps {
  /**
   * Dependencies to wait for, in order, before anything else.
   * @default - none
   */
  readonly waitFor?: WaitFor[];
  /**
   * The migration, run after the wait-for steps and the other extensions' init steps.
   * @default - none
   */
  readonly migration?: Migration;
}

/**
 * An app whose pods first wait for their dependencies, then migrate, then start: the wait-for
 * steps come first, the migration last of the init steps.
 */
export class MigratingApp extends AppPod {
  constructor(scope: Construct, id: string, props: MigratingAppProps) {
    checkProps(`${scope.node.path}/${id}`, 'the pod', props, { ...APP_POD_PROPS_NAMES, waitFor: true, migration: true });
    const { waitFor, migration, ...rest } = props;
    super(scope, id, { ...rest, extensions: [...(waitFor ?? []), ...(rest.extensions ?? []), ...(migration ? [migration] : [])] });
  }
}
