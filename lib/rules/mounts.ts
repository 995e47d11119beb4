/**
 * Volume mounts of a container: ValidateVolumeMounts and validateLocalDescendingPath
 * (pkg/apis/core/validation, 1.28), with the library's stricter path policy.
 */
import { asArray, asObject, describeJson, quoted } from './json';
import { Accepted } from './names';
import { Item, report, Violation, ViolationCode } from './violation';

const RULE_MOUNTS = 'validation.ValidateVolumeMounts (pkg/apis/core/validation)';
const RULE_DESCENDING = 'validation.validateLocalDescendingPath (pkg/apis/core/validation)';
/** An empty, `.` or `..` element, or a trailing slash after something: what path.Clean would change in a rooted path. */
const NEEDS_CLEANING = /\/\/|\/\.\.?(\/|$)|.\/$/;
/** Absolute paths that path.Clean leaves as they are, so without `..`: nearly every mount path. */
const CLEAN_ABSOLUTE_PATHS = new Accepted((path) => path[0] === '/' && !NEEDS_CLEANING.test(path));

/**
 * `path` as Go's `path.Clean` returns it: no empty or `.` elements, `..` resolved where it can
 * be, no trailing slash.
 */
export function cleanPath(path: string): string {
  if (path[0] === '/' && !NEEDS_CLEANING.test(path)) return path;
  const rooted = path[0] === '/';
  const parts: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!rooted) parts.push('..');
    } else {
      parts.push(segment);
    }
  }
  const joined = parts.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

/** Whether a `/`-separated path has a `..` element (validatePathNoBacksteps). @internal */
export function hasBackstep(path: string): boolean {
  return path === '..' || path.startsWith('../') || path.endsWith('/..') || path.includes('/../');
}

/**
 * Checks a container's `volumeMounts`:
 * - every mount names a volume of the pod (the API server refuses it otherwise);
 * - `mountPath` is set, absolute and has no `..` element. The API server requires only a
 *   non-empty path; the library refuses relative paths (the runtime resolves them against
 *   the image's root, not the working directory) and `..` (the mount lands elsewhere than written);
 * - no two mounts share a path once cleaned (`/x` and `/x/`, `/a/./b` and `/a/b`). The API
 *   server refuses only identical strings; the runtime mounts both at one place and the later
 *   hides the earlier;
 * - `subPath` and `subPathExpr` are relative without `..`, and not both set.
 * @internal
 */
export function checkVolumeMounts(out: Violation[], mounts: unknown, container: Item, volumeNames: ReadonlySet<string>): void {
  const list = asArray(mounts);
  const seen = new Map<string, string>();
  for (let i = 0; i < list.length; i++) {
    const mount = asObject(list[i]);
    if (!mount) {
      report(
        out,
        ViolationCode.UNDECLARED_VOLUME,
        `${container.path}.volumeMounts[${i}]`,
        `${container.label} has volume mount #${i + 1} that is ${describeJson(list[i])}, not an object`,
        'write the mount as { name, mountPath }',
        RULE_MOUNTS,
      );
      continue;
    }
    const name = mount.name;
    if (typeof name !== 'string' || !volumeNames.has(name)) {
      report(
        out,
        ViolationCode.UNDECLARED_VOLUME,
        `${container.path}.volumeMounts[${i}].name`,
        typeof name === 'string' && name !== ''
          ? `${container.label} mounts volume ${JSON.stringify(name)}, which the pod does not declare`
          : `${container.label} has volume mount #${i + 1} without a volume name`,
        volumeNames.size > 0
          ? `declare the volume in spec.volumes, or mount one of ${[...volumeNames].map((v) => JSON.stringify(v)).join(', ')}`
          : 'declare the volume in spec.volumes',
        RULE_MOUNTS,
      );
    }
    const mountPath = mount.mountPath;
    if (typeof mountPath !== 'string' || mountPath === '') {
      report(
        out,
        ViolationCode.INVALID_MOUNT_PATH,
        `${container.path}.volumeMounts[${i}].mountPath`,
        `${mountLabel(container, name, i)} has no mountPath${mountPath !== undefined && mountPath !== '' ? ` (it is ${describeJson(mountPath)})` : ''}`,
        'set mountPath to an absolute path such as "/data"',
        RULE_MOUNTS,
      );
    } else {
      const clean = CLEAN_ABSOLUTE_PATHS.has(mountPath);
      if (!clean && mountPath[0] !== '/') {
        report(
          out,
          ViolationCode.INVALID_MOUNT_PATH,
          `${container.path}.volumeMounts[${i}].mountPath`,
          `${mountLabel(container, name, i)} has relative mountPath ${JSON.stringify(mountPath)}; the runtime resolves it against the container's root, not its working directory`,
          `write it absolute, e.g. ${JSON.stringify(cleanPath(`/${mountPath}`))}`,
          'library policy: mount paths are absolute (the API server requires only a non-empty path, validation.ValidateVolumeMounts)',
        );
      } else if (!clean && hasBackstep(mountPath)) {
        report(
          out,
          ViolationCode.INVALID_MOUNT_PATH,
          `${container.path}.volumeMounts[${i}].mountPath`,
          `${mountLabel(container, name, i)} has mountPath ${JSON.stringify(mountPath)}, which walks up with ".."; the volume lands at ${JSON.stringify(cleanPath(mountPath))}`,
          `write the path without "..", e.g. ${JSON.stringify(cleanPath(mountPath))}`,
          'library policy, after validation.validatePathNoBacksteps (pkg/apis/core/validation), which the API server applies to subPath only',
        );
      }
      const cleaned = clean ? mountPath : cleanPath(mountPath);
      const first = seen.get(cleaned);
      if (first !== undefined) {
        const identical = first === mountPath;
        report(
          out,
          ViolationCode.DUPLICATE_MOUNT_PATH,
          `${container.path}.volumeMounts[${i}].mountPath`,
          identical
            ? `${container.label} mounts two volumes at ${JSON.stringify(mountPath)}`
            : `${container.label} mounts two volumes at ${JSON.stringify(cleaned)} (written ${JSON.stringify(first)} and ${JSON.stringify(mountPath)}); the later mount hides the earlier`,
          'mount each volume at its own path, or use subPath to place files side by side',
          identical ? RULE_MOUNTS : `${RULE_MOUNTS}, after path.Clean (the API server compares the written strings)`,
        );
      } else {
        seen.set(cleaned, mountPath);
      }
    }
    const subPath = mount.subPath;
    const subPathExpr = mount.subPathExpr;
    if (typeof subPath === 'string')
      checkDescending(out, subPath, `${container.path}.volumeMounts[${i}].subPath`, mountLabel(container, name, i), 'subPath');
    if (typeof subPathExpr === 'string' && subPathExpr !== '') {
      if (typeof subPath === 'string' && subPath !== '') {
        report(
          out,
          ViolationCode.INVALID_SUB_PATH,
          `${container.path}.volumeMounts[${i}].subPathExpr`,
          `${mountLabel(container, name, i)} sets both subPath and subPathExpr`,
          'keep one of subPath or subPathExpr',
          RULE_MOUNTS,
        );
      }
      checkDescending(out, subPathExpr, `${container.path}.volumeMounts[${i}].subPathExpr`, mountLabel(container, name, i), 'subPathExpr');
    }
  }
}

/** How messages name a mount: `container "app" mount of volume "data"`. */
function mountLabel(container: Item, name: unknown, index: number): string {
  return `${container.label} mount of volume ${quoted(name, index)}`;
}

function checkDescending(out: Violation[], value: string, field: string, what: string, key: string): void {
  if (value[0] === '/') {
    report(
      out,
      ViolationCode.INVALID_SUB_PATH,
      field,
      `${what} has absolute ${key} ${JSON.stringify(value)}; it must be relative to the volume's root`,
      hasBackstep(value)
        ? `drop the leading "/" and the ".." elements: ${JSON.stringify(insidePath(value, '.'))}`
        : `drop the leading "/": ${JSON.stringify(value.replace(/^\/+/, '') || '.')}`,
      RULE_DESCENDING,
    );
  }
  if (hasBackstep(value)) {
    report(
      out,
      ViolationCode.INVALID_SUB_PATH,
      field,
      `${what} has ${key} ${JSON.stringify(value)}, which walks up with ".." out of the volume`,
      `name a directory inside the volume, without ".."`,
      RULE_DESCENDING,
    );
  }
}

/**
 * `path` without its `.` and `..` elements and leading dots, or `fallback` when nothing is left:
 * a suggestion for a path that must stay inside a volume (an item path, a subPath).
 * @internal
 */
export function insidePath(path: string, fallback: string): string {
  const elements = path.split('/').filter((element) => element !== '' && element !== '.' && element !== '..');
  return elements.join('/').replace(/^\.+/, '') || fallback;
}
