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

/**
 * Several problems found together in one construct (for example every container that breaks a
 * QoS class), reported at once so a user fixes them in one round.
 */
export class PodPatternValidationError extends Error {
  /** The individual problems. */
  public readonly errors: PodPatternError[];

  constructor(errors: PodPatternError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'PodPatternValidationError';
    this.errors = errors;
  }
}

/** Throws a {@link PodPatternError} about `scope`. */
export function fail(scope: IConstruct, code: string, what: string, fix: string): never {
  throw new PodPatternError(code, scope.node.path, what, fix);
}

/** Builds (without throwing) a {@link PodPatternError} about `scope`. */
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
