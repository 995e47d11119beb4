// @ts-nocheck
import { IConstruct } from 'constructs';
import { PodPatternError } from './errors';

/**
 * Every prop name of an interface, as a value: `Record<keyof T, true>` makes the compiler list
 * them all, so a prop added to the interface and forgotten here fails the build.
 */
export type PropNames<T> = Readonly<Record<keyof T, true>>;

/**
 * Refuses a prop name `known` does not list, with the closest name it does. TypeScript catches
 * such typos, but many cdk8s apps run through a transpiler that strips types unchecked, and there
 * `replica: 3` would silently give the default replicas.
 */
export function checkProps(where: IConstruct | string, what: string, props: object | undefined, known: PropNames<object>): void {
  if (!props) {
    return;
  }
  for (const name in props) {
    if (!Object.prototype.hasOwnProperty.call(known, name)) {
      const closest = closestName(name, Object.keys(known));
      throw new PodPatternError(
        'unknown-prop',
        typeof where === 'string' ? where : where.node.path,
        `${what} has no prop "${name}"`,
        closest ? `write "${closest}", the prop it has closest to that` : `use one of ${Object.keys(known).join(', ')}`,
      );
    }
  }
}

/** The name at the smallest edit distance from `name` (case aside), if it is close enough to be a typo of it. */
function closestName(name: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of names) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
