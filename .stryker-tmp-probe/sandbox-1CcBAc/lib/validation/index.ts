/**
 * A cdk8s-cli validation plugin (the `validations:` section of `cdk8s.yaml`, run by
 * `cdk8s synth`) that checks any app's manifests with this library's rules: Kubernetes 1.28's
 * validation and the pod-pattern mistakes (see `validateManifestSet`). Also
 * `cdk8s-pod-patterns/validation`.
 *
 * cdk8s-cli constructs the class with the configured `properties` and calls `validate(context)`;
 * this module imports nothing from cdk8s-cli at run time, and declares the parts of its types it
 * uses (a test checks that they fit cdk8s-cli's own).
 */
// @ts-nocheck

import { Severity, validateManifest, validateManifestSet, Violation } from '../rules';

/** One resource a violation is about, as cdk8s-cli's report lists it. */
export interface ViolatingResource {
  /** The resource's `metadata.name`: cdk8s-cli maps it to its construct path. */
  readonly resourceName: string;
  /** Where in the resource: field paths. */
  readonly locations: readonly string[];
  /** The manifest file it is in. */
  readonly manifestPath: string;
}

/** The parts of cdk8s-cli's `ValidationContext` (cdk8s-cli/lib/plugins/validation) the plugin uses. */
export interface PluginContext {
  /** The manifest files synth wrote. */
  readonly manifests: readonly string[];
  /** The report the plugin fills and submits. */
  readonly report: {
    addViolation(violation: {
      readonly ruleName: string;
      readonly recommendation: string;
      readonly fix: string;
      readonly violatingResources: readonly ViolatingResource[];
    }): void;
    submit(status: 'success' | 'failure', metadata?: { readonly [key: string]: string }): void;
  };
  /** Parses one manifest file into its documents. */
  parseManifest(manifestPath: string): unknown[];
}

/** The `properties` of the plugin in `cdk8s.yaml`. */
export interface PodPatternsValidationProperties {
  /** Violation codes not to report (e.g. `sidecar-feature-gate` on clusters that have the gate). Default: none. */
  readonly ignore?: readonly string[];
  /** The least severity that fails synth: `error` (default) or `warning`. Lesser findings are reported all the same. */
  readonly failOn?: 'error' | 'warning';
  /** The least QoS class every pod must have: `Guaranteed`, `Burstable` or `BestEffort`. Default: no expectation. */
  readonly minimumQosClass?: 'Guaranteed' | 'Burstable' | 'BestEffort';
}

const KNOWN = ['ignore', 'failOn', 'minimumQosClass'];
const QOS = ['Guaranteed', 'Burstable', 'BestEffort'];

/**
 * The validation plugin. In `cdk8s.yaml`:
 *
 * ```yaml
 * validations:
 *   - package: ./node_modules/cdk8s-pod-patterns/build/validation
 *     version: 0.1.0
 *     class: PodPatternsValidation
 *     properties:
 *       failOn: error
 * ```
 */
export class PodPatternsValidation {
  private readonly properties: PodPatternsValidationProperties;

  /**
   * @param properties the `properties` of its entry in `cdk8s.yaml`
   * @throws when a property is unknown or has a wrong value, naming it and what it takes
   */
  constructor(properties: unknown = {}) {
    this.properties = checkProperties(properties);
  }

  /** Checks every manifest synth wrote and submits the report: `failure` when a finding reaches `failOn`. */
  public async validate(context: PluginContext): Promise<void> {
    const ignored = new Set(this.properties.ignore ?? []);
    const failOn = this.properties.failOn === 'warning' ? Severity.WARNING : Severity.ERROR;
    const objects: unknown[] = [];
    const files: string[] = [];
    for (const file of context.manifests) {
      for (const document of context.parseManifest(file)) {
        for (const object of itemsOf(document)) {
          objects.push(object);
          files.push(file);
        }
      }
    }
    const setFindings = validateManifestSet(objects, { minimumQosClass: this.properties.minimumQosClass });
    let errors = 0;
    let warnings = 0;
    let failed = false;
    objects.forEach((object, i) => {
      const found = [...validateManifest(object), ...setFindings[i]].filter((v) => !ignored.has(v.code));
      for (const violation of found) {
        if (violation.severity === Severity.ERROR) errors++;
        else warnings++;
        failed ||= violation.severity === Severity.ERROR || failOn === Severity.WARNING;
        context.report.addViolation(toReport(violation, object, files[i]));
      }
    });
    context.report.submit(failed ? 'failure' : 'success', {
      'Rules': 'Kubernetes 1.28 validation and multi-container pod patterns',
      'Objects checked': String(objects.length),
      'Errors': String(errors),
      'Warnings': String(warnings),
      ...(ignored.size > 0 ? { Ignored: [...ignored].join(', ') } : {}),
    });
  }
}

function toReport(violation: Violation, object: unknown, manifestPath: string) {
  const o = object as { kind?: unknown; metadata?: { name?: unknown } } | null;
  const name = String(o?.metadata?.name ?? '');
  return {
    ruleName: `[${violation.severity}] ${violation.code}`,
    recommendation: `${String(o?.kind ?? 'object')} ${name}: ${violation.message} (rule: ${violation.rule})`,
    fix: violation.fix,
    violatingResources: [{ resourceName: name, locations: [violation.field || '(the object)'], manifestPath }],
  };
}

/** The objects of one parsed document: itself, or a List's items; nothing for an empty document. */
function itemsOf(document: unknown): unknown[] {
  if (document === null || document === undefined) return [];
  const list = document as { kind?: unknown; items?: unknown };
  return typeof list.kind === 'string' && list.kind.endsWith('List') && Array.isArray(list.items) ? list.items : [document];
}

function checkProperties(value: unknown): PodPatternsValidationProperties {
  const where = 'cdk8s.yaml, validations entry of PodPatternsValidation, properties';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${where}: expected a map of ignore, failOn and minimumQosClass, got ${JSON.stringify(value)}`);
  }
  const p = value as Record<string, unknown>;
  for (const key of Object.keys(p)) {
    if (!KNOWN.includes(key)) throw new Error(`${where}: unknown property "${key}"; use ${KNOWN.join(', ')}`);
  }
  if (p.ignore !== undefined && !(Array.isArray(p.ignore) && p.ignore.every((c) => typeof c === 'string'))) {
    throw new Error(`${where}: ignore must be a list of violation codes, e.g. [sidecar-feature-gate]`);
  }
  if (p.failOn !== undefined && p.failOn !== 'error' && p.failOn !== 'warning') {
    throw new Error(`${where}: failOn is ${JSON.stringify(p.failOn)}; use error or warning`);
  }
  if (p.minimumQosClass !== undefined && !QOS.includes(p.minimumQosClass as string)) {
    throw new Error(`${where}: minimumQosClass is ${JSON.stringify(p.minimumQosClass)}; use ${QOS.join(', ')}`);
  }
  return p as PodPatternsValidationProperties;
}
