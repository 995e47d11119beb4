// @ts-nocheck
import { IConstruct } from 'constructs';

/**
 * The error every synth-time check of this library throws.
 *
 * The message always says what is wrong, where (the construct path) and how to fix it;
 * `code` is a stable identifier tests and tooling can match on.
 */
export class PodPatternError extends Error {
  /** Stable identifier of the rule that failed, e.g. `port-collision`. */
  public readonly code: string;
  /** Construct path of the construct the error is about. */
  public readonly path: string;

  constructor(code: string, path: string, what: string, fix: string) {
    super(`${path}: ${what}. Fix: ${fix} [${code}]`);
    this.name = 'PodPatternError';
    this.code = code;
    this.path = path;
  }
}

/** Throws a {@link PodPatternError} about `scope`. */
export function fail(scope: IConstruct, code: string, what: string, fix: string): never {
  throw new PodPatternError(code, scope.node.path, what, fix);
}

/** Builds (without throwing) a {@link PodPatternError} about `scope`, for a validation to return. */
export function problem(scope: IConstruct, code: string, what: string, fix: string): PodPatternError {
  return new PodPatternError(code, scope.node.path, what, fix);
}

const WARNED = new WeakMap<IConstruct, Set<string>>();

/**
 * Prints a synth-time warning about `scope` (once per construct and message): something legal
 * that is usually a mistake, with how to silence it deliberately.
 */
export function warn(scope: IConstruct, message: string): void {
  const seen = WARNED.get(scope) ?? new Set<string>();
  WARNED.set(scope, seen);
  if (!seen.has(message)) {
    seen.add(message);
    console.warn(`warning: ${scope.node.path}: ${message}`);
  }
}

/**
 * The message a construct's validation returns for `error`: cdk8s prints it after the
 * construct path (`[shop/Web] ...`), so the path is not repeated.
 */
export function validationMessage(error: PodPatternError): string {
  return error.message.slice(error.path.length + 2);
}
