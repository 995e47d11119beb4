// @ts-nocheck
import { LifecycleRole, podLifecycle } from '../rules/lifecycle';
import { ContainerRole } from './container';
import { PodContainer } from './containers';
import { ControllerKind } from './controller';
import { PodPatternError, problem } from './errors';
import { IConstruct } from 'constructs';

/**
 * What would keep the pod from working once Kubernetes runs it, read from the model of its start
 * and stop ({@link podLifecycle}) over the template as written, with the roles the library gave
 * its containers.
 */
export function lifecycleProblems(
  scope: IConstruct,
  kind: ControllerKind,
  template: unknown,
  containers: readonly PodContainer[],
): PodPatternError[] {
  const lifecycle = podLifecycle(kind, template);
  const roles = new Map(containers.map((c) => [c.name, c.role]));
  const problems: PodPatternError[] = [];
  if (lifecycle.runsToCompletion) {
    for (const { container } of lifecycle.start) {
      if (container.role !== LifecycleRole.REGULAR) continue;
      if (container.injected) {
        problems.push(
          problem(
            scope,
            'job-never-completes',
            `the ${kind}'s pod gets the mesh's "${container.name}" injected as a regular container, which never exits, and a Job completes only when every regular container has exited: the Job would run for ever${kind === ControllerKind.CRON_JOB ? ' (and with concurrencyPolicy Forbid, skip every later run)' : ''}`,
            'leave batch pods out of the mesh (drop IstioSidecar, or label the pod sidecar.istio.io/inject: "false"), or run Istio with native sidecars',
          ),
        );
      } else if (roles.get(container.name) === ContainerRole.HELPER) {
        problems.push(
          problem(
            scope,
            'job-never-completes',
            `"${container.name}" is a classic sidecar of a ${kind}: it runs beside the work and never exits, and a Job completes only when every regular container has exited`,
            `make it a native sidecar (nativeSidecar: true), which Kubernetes stops once the work is done`,
          ),
        );
      }
    }
  }
  for (const step of lifecycle.start) {
    const { container } = step;
    // Only init steps and native sidecars start before the proxy (outboundBlocked). Init steps
    // the library writes (wait-for, migrations) and native sidecars that listen (ambassadors)
    // open connections; nothing answers them before the proxy runs.
    const connects = container.role === LifecycleRole.INIT || container.ports.length > 0;
    if (step.outboundBlocked && connects && !container.injected) {
      problems.push(
        problem(
          scope,
          'mesh-init-traffic',
          `"${container.name}" runs before the mesh's proxy starts, but the mesh's istio-init already redirects every outbound connection of the pod to that proxy: its connections fail and the pod loops in Init:CrashLoopBackOff`,
          container.role === LifecycleRole.NATIVE_SIDECAR
            ? 'make it a classic sidecar (nativeSidecar: false) in a mesh pod, or run it as the proxy user (securityContext user 1337), which istio-init exempts'
            : container.name === 'migrate'
              ? 'run the migration as a Job (MigrationMode.JOB), which is kept out of the mesh'
              : 'run the step as the proxy user (securityContext user 1337), which istio-init exempts',
        ),
      );
    }
  }
  return problems;
}
