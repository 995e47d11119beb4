// @ts-nocheck
import { ApiObject } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import type { Violation } from '../rules';
import { Severity } from '../rules/violation';
import { PodPatternError, problem, warn } from './errors';

/**
 * Checks what will actually be written: renders each of `owner`'s API objects once, runs
 * Kubernetes' rules ({@link validateManifest}) over the result, and keeps that rendering for the
 * synth that follows validation, so the rules cost no second rendering. Objects under another
 * construct that checks its own (`ownsItsObjects`, a nested pod) are left to it.
 *
 * Errors come back as problems of `owner`; warnings are printed.
 */
export function checkRenderedObjects(owner: Construct, ownsItsObjects: (construct: IConstruct) => boolean): PodPatternError[] {
  const problems: PodPatternError[] = [];
  for (const object of objectsOf(owner, ownsItsObjects)) {
    let violations: readonly Violation[];
    try {
      violations = checkForSynth(object);
    } catch (error) {
      problems.push(
        problem(
          owner,
          'render-failed',
          `${object.kind} "${object.name}" could not be written: ${(error as Error).message.replace(/\.$/, '')}`,
          'correct the value the message names; if it names none, report it with the props that led here',
        ),
      );
      continue;
    }
    for (const violation of violations) {
      const what = `${object.kind} "${object.name}": ${violation.message}`;
      if (violation.severity === Severity.WARNING) {
        warn(owner, `${what}. ${violation.fix}`);
      } else {
        problems.push(problem(owner, violation.code, what, violation.fix));
      }
    }
  }
  return problems;
}

function objectsOf(owner: Construct, ownsItsObjects: (construct: IConstruct) => boolean): ApiObject[] {
  const objects: ApiObject[] = [];
  const visit = (construct: IConstruct) => {
    for (const child of construct.node.children) {
      if (ownsItsObjects(child)) continue;
      if (child instanceof ApiObject) objects.push(child);
      visit(child);
    }
  };
  visit(owner);
  return objects;
}

let pass: object | undefined;

/**
 * A token for the synchronous run of code the caller is in (a synth): the same object until the
 * run ends, a new one in the next. cdk8s validates twice per synth (`App.synth`, then each
 * chart's `toJson`) with nothing changed in between, so work done in the first pass can be
 * reused in the second, and only then.
 */
export function currentSynthPass(): object {
  if (!pass) {
    pass = {};
    queueMicrotask(() => (pass = undefined));
  }
  return pass;
}

// Kubernetes' rules are a third of the library's import time and needed only once a synth
// checks what it renders: they load then, not when an app imports the library.
let rules: typeof import('../rules') | undefined;
function validateManifest(json: unknown): readonly Violation[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  rules ??= require('../rules') as typeof import('../rules');
  return rules.validateManifest(json);
}

const RENDER = new WeakMap<ApiObject, () => unknown>();
const PENDING = new WeakMap<ApiObject, { readonly pass: object; readonly json: unknown }>();

/**
 * Renders `object`, checks the JSON, and hands the same JSON to its next `toJson()`, which cdk8s
 * calls right after validation: validation is the last step before rendering, so nothing changes
 * the tree between the two. Later, an object renders afresh. (cdk8s validates twice per synth;
 * the owner's validation answers the second time from its own cache, so an object is checked
 * once per pass.)
 */
function checkForSynth(object: ApiObject): readonly Violation[] {
  const current = currentSynthPass();
  let render = RENDER.get(object);
  if (!render) {
    // The generated Kube* classes and cdk8s-plus wrap toJson; keep whichever this object has.
    const own = object.toJson.bind(object);
    render = own;
    RENDER.set(object, own);
    object.toJson = () => {
      const rendered = PENDING.get(object);
      PENDING.delete(object);
      return rendered?.pass === pass && rendered ? rendered.json : own();
    };
  }
  const json = render();
  const violations = validateManifest(json);
  PENDING.set(object, { pass: current, json });
  return violations;
}

/**
 * What `object` will be written as, if this synth pass has rendered it already (its owner's
 * {@link checkRenderedObjects} ran), for checks that read the written form.
 */
export function renderedInThisPass(object: ApiObject): unknown {
  const pending = PENDING.get(object);
  return pending && pending.pass === pass ? pending.json : undefined;
}
