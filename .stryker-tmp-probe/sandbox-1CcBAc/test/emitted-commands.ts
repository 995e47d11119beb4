/**
 * The command lines the library synthesizes into containers, read back from the YAML: shared by
 * the tests that check them (command-checks.test.ts) and those that run them (run-commands.test.ts).
 */
// @ts-nocheck

import { Duration } from 'cdk8s';
import { Ambassador, AmbassadorPod, AmbassadorProps, AppPod, Sidecar, WaitFor } from '../lib';
import { isLoopbackHost } from '../lib/core/names';
import { newChart, only, podSpecOf, synth } from './util';

/** The wait-for init container the library synthesizes for `port`, as it appears in the YAML. */
export function waitForCommand(port: number, timeoutSeconds: number, host = '127.0.0.1'): string[] {
  const chart = newChart();
  new AppPod(chart, 'Web', {
    app: { image: 'myapp:1.0' },
    extensions: [
      WaitFor.tcp({ name: 'db', host, port, timeout: Duration.seconds(timeoutSeconds), pollInterval: Duration.seconds(1) }),
      // In a pod, what answers on its own address before the init steps end is a native sidecar.
      ...(isLoopbackHost(host) ? [new Sidecar({ name: 'local', image: 'local:1.0', nativeSidecar: true, ports: [{ number: port }] })] : []),
    ],
  });
  const initContainers = podSpecOf(only(synth(chart), 'Deployment')).initContainers;
  return initContainers.find((c: any) => c.name === 'wait-for-db').command;
}

/** The ambassador container the library synthesizes, as it appears in the YAML. */
export function ambassadorContainer(props: AmbassadorProps): any {
  const chart = newChart();
  new AmbassadorPod(chart, 'Web', { app: { image: 'myapp:1.0' }, ambassadors: [new Ambassador(props)] });
  return podSpecOf(only(synth(chart), 'Deployment')).containers[1];
}
