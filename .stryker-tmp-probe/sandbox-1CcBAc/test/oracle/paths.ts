/**
 * Relative-path checks of `pkg/apis/core/validation/validation.go` (validatePathNoBacksteps,
 * validateLocalDescendingPath, ValidateLocalNonReservedPath) and Go's `path.Clean`.
 */
// @ts-nocheck


/** Go's path.Clean for slash-separated paths. */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

/** validatePathNoBacksteps: whether a slash-separated path has a `..` element. */
export const hasBackstep = (path: string) => path.split('/').includes('..');

/** validateLocalDescendingPath: relative, without `..` elements. */
export function descendingPathProblems(path: string): string[] {
  const problems: string[] = [];
  if (path.startsWith('/')) problems.push('must be a relative path');
  if (hasBackstep(path)) problems.push("must not contain '..'");
  return problems;
}

/** ValidateLocalNonReservedPath: a descending path that does not start with `..` either. */
export function nonReservedPathProblems(path: string): string[] {
  const problems = descendingPathProblems(path);
  if (path.startsWith('..') && !path.startsWith('../')) problems.push("must not start with '..'");
  return problems;
}
