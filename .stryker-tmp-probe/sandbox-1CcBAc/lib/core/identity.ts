// @ts-nocheck
import { IConstruct } from 'constructs';
import { Controller, ControllerKind } from './controller';
import { fail } from './errors';
import { isDns1035Label, requireDnsLabel, requireLabelValue } from './names';

/** What names a pod and the objects around it. */
export interface PodIdentityProps {
  /**
   * The app's name.
   * @default - the construct id in kebab case
   */
  readonly name?: string;
  /**
   * `app.kubernetes.io/instance`.
   * @default - the name
   */
  readonly instance?: string;
  /**
   * `app.kubernetes.io/component`.
   * @default - none
   */
  readonly component?: string;
  /**
   * `app.kubernetes.io/part-of`.
   * @default - none
   */
  readonly partOf?: string;
  /**
   * Further labels.
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * The selector of the controller, Services and budget.
   * @default - name and instance
   */
  readonly selector?: Record<string, string>;
}

/**
 * The app's name and labels, and the selector every controller, Service and budget of the app
 * uses. The selector holds the name and instance only, so no other prop can change it: a
 * Deployment's selector is immutable in a live cluster.
 */
export class PodIdentity {
  /** The app's name: `metadata.name` of the controller, Service and budget. */
  public readonly name: string;
  /** Labels the controller, Service and budget select pods by. */
  public readonly selectorLabels: Record<string, string>;
  /** Labels on every object and pod template. */
  public readonly labels: Record<string, string>;

  constructor(scope: IConstruct, id: string, props: PodIdentityProps, controller: Controller, hasService: boolean) {
    this.name = props.name ?? kebabCase(id);
    requireDnsLabel(scope, 'app name', this.name);
    checkNameFitsController(scope, this.name, controller.kind, hasService);
    const instance = props.instance ?? this.name;
    requireLabelValue(scope, 'app.kubernetes.io/instance', instance);
    const recommended = { 'app.kubernetes.io/name': this.name, 'app.kubernetes.io/instance': instance };
    this.selectorLabels = props.selector ?? recommended;
    this.labels = {
      ...props.labels,
      ...recommended,
      ...(props.component ? { 'app.kubernetes.io/component': props.component } : {}),
      ...(props.partOf ? { 'app.kubernetes.io/part-of': props.partOf } : {}),
      'app.kubernetes.io/managed-by': 'cdk8s',
    };
    for (const [key, value] of Object.entries(this.labels)) {
      requireLabelValue(scope, key, value);
    }
    if (props.selector) {
      requireSelectorOfPods(scope, 'the selector', props.selector, this.labels);
    }
  }
}

/** `NodeAgent` to `node-agent`, `API` to `api`. */
export function kebabCase(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

function checkNameFitsController(scope: IConstruct, name: string, kind: ControllerKind, hasService: boolean): void {
  // A CronJob's name is suffixed for its Jobs, a StatefulSet's for its revision-hash label: both need 11 spare characters.
  if ((kind === ControllerKind.CRON_JOB || kind === ControllerKind.STATEFUL_SET) && name.length > 52) {
    fail(
      scope,
      'invalid-name',
      `${kind} name "${name}" has ${name.length} characters; Kubernetes needs at most 52 for a ${kind}`,
      `use a shorter name, e.g. "${name.slice(0, 52).replace(/-+$/, '')}"`,
    );
  }
  // Services take RFC 1035 labels, which start with a letter.
  if ((hasService || kind === ControllerKind.STATEFUL_SET) && !isDns1035Label(name)) {
    fail(
      scope,
      'invalid-name',
      `app name "${name}" names a Service, and Service names must start with a letter`,
      `use a name such as "app-${name}"`,
    );
  }
}

/**
 * Refuses a selector that would not select the pod it is for: every label it names must be on
 * the pod with that value, or the controller (whose selector must match its template, which
 * the API server checks) or Service selects nothing of it.
 */
export function requireSelectorOfPods(
  scope: IConstruct,
  what: string,
  selector: Record<string, string>,
  podLabels: Record<string, string>,
): void {
  const keys = Object.keys(selector);
  if (keys.length === 0) {
    fail(
      scope,
      'selector-mismatch',
      `${what} is empty, and would select every pod of the namespace`,
      'name at least the labels that set this app apart',
    );
  }
  const missing = keys.filter((key) => podLabels[key] !== selector[key]);
  if (missing.length) {
    fail(
      scope,
      'selector-mismatch',
      `${what} selects ${missing.map((k) => `${k}=${selector[k]}`).join(', ')}, which the pod's labels do not have`,
      `add them to the pod's labels (labels: { ${missing.map((k) => `'${k}': '${selector[k]}'`).join(', ')} }), or select by labels the pod has`,
    );
  }
}
