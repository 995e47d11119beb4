// @ts-nocheck
import { IConstruct } from 'constructs';
import { QosPreset } from './qos';
import { checkProps, PropNames } from '../core/props';

/** Defaults for every pod built inside a scope. */
export interface PodDefaultsProps {
  /**
   * QoS preset of every pod in the scope that does not choose its own.
   * @default - none: containers get only the resources they state
   */
  readonly qos?: QosPreset;
}

/** The prop names of {@link PodDefaultsProps}, checked at run time (see `checkProps`). */
export const POD_DEFAULTS_PROPS_NAMES: PropNames<PodDefaultsProps> = { qos: true };

const DEFAULTS = new WeakMap<IConstruct, PodDefaultsProps>();

/**
 * Resource defaults set once on a chart or app for every pod inside it (cdk8s-plus issue #1988),
 * instead of on each construct. A pod's own settings win; the nearest scope's defaults win over
 * those of scopes further out.
 *
 * ```ts
 * PodDefaults.set(chart, { qos: QosPreset.burstable({ size: ResourceSize.SMALL }) });
 * ```
 */
export class PodDefaults {
  /** Sets the defaults of `scope` (a chart, an app or any construct), replacing earlier ones. */
  public static set(scope: IConstruct, props: PodDefaultsProps): void {
    checkProps(scope, 'PodDefaults', props, POD_DEFAULTS_PROPS_NAMES);
    DEFAULTS.set(scope, props);
  }

  /** The defaults in force at `scope`: its own, else its nearest ancestor's. */
  public static of(scope: IConstruct): PodDefaultsProps {
    const scopes = scope.node.scopes;
    for (let i = scopes.length - 1; i >= 0; i--) {
      const found = DEFAULTS.get(scopes[i]);
      if (found) {
        return found;
      }
    }
    return {};
  }

  private constructor() {}
}
