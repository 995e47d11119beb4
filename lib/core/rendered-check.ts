import { ApiObject } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { Severity, validateManifest } from '../rules';
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
  const seen = new Set<string>();
  for (const object of objectsOf(owner, ownsItsObjects)) {
    let json: unknown;
    try {
      json = renderForSynth(object);
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
    for (const violation of validateManifest(json)) {
      const what = `${object.kind} "${object.name}": ${violation.message}`;
      if (violation.severity === Severity.WARNING) {
        warn(owner, `${what}. ${violation.fix}`);
      } else if (!seen.has(`${violation.code} ${what}`)) {
        seen.add(`${violation.code} ${what}`);
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

const RENDER = new WeakMap<ApiObject, () => unknown>();
const RENDERED = new WeakMap<ApiObject, unknown>();

/**
 * Renders `object` and hands the same JSON to its next `toJson()`, which cdk8s calls right
 * after validation. Nothing changes the tree between the two: validation is the last step before
 * rendering. A later `toJson()` renders afresh.
 */
function renderForSynth(object: ApiObject): unknown {
  let render = RENDER.get(object);
  if (!render) {
    // The generated Kube* classes and cdk8s-plus wrap toJson; keep whichever this object has.
    const own = object.toJson.bind(object);
    render = own;
    RENDER.set(object, own);
    object.toJson = () => {
      if (RENDERED.has(object)) {
        const json = RENDERED.get(object);
        RENDERED.delete(object);
        return json;
      }
      return own();
    };
  }
  const json = render();
  RENDERED.set(object, json);
  return json;
}
