/**
 * Pod volumes: ValidateVolumes, validateVolumeSource and the configMap, secret, projected,
 * downwardAPI, emptyDir, hostPath and persistentVolumeClaim sources (pkg/apis/core/validation, 1.28).
 */
import { asArray, asInteger, asObject, asString, describeJson, JsonObject, read } from './json';
import { isConfigMapKey, isDns1123Label, suggestLabel } from './names';
import { hasBackstep, insidePath } from './mounts';
import { quantityOf } from './resources';
import { Item, report, Violation, ViolationCode } from './violation';

const RULE_VOLUMES = 'validation.ValidateVolumes (pkg/apis/core/validation)';
const RULE_SOURCE = 'validation.validateVolumeSource (pkg/apis/core/validation)';
const RULE_KEY_TO_PATH = 'validation.validateKeyToPath (pkg/apis/core/validation)';
const RULE_NON_RESERVED = 'validation.ValidateLocalNonReservedPath (pkg/apis/core/validation)';
const PROJECTION_KINDS = ['secret', 'configMap', 'downwardAPI', 'serviceAccountToken', 'clusterTrustBundle'];
const FILE_MODE_RULE = 'a number from 0 to 0777 (octal), written in JSON as decimal 0 to 511 (0644 is 420)';

/** The volume sources of core/v1 VolumeSource in 1.28. */
const SOURCES: ReadonlySet<string> = new Set([
  'hostPath',
  'emptyDir',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'persistentVolumeClaim',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'downwardAPI',
  'fc',
  'azureFile',
  'configMap',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'projected',
  'portworxVolume',
  'scaleIO',
  'storageos',
  'csi',
  'ephemeral',
]);

/**
 * Checks the `volumes` of the pod spec at `field` and returns the names of the volumes that are
 * declared (for mounts to refer to). A volume without any source is not an error: the API server
 * defaults it to `emptyDir` (SetDefaults_Volume, pkg/apis/core/v1/defaults.go).
 * @internal
 */
export function checkVolumes(out: Violation[], volumes: unknown, field: string): Set<string> {
  const names = new Set<string>();
  const list = asArray(volumes);
  for (let i = 0; i < list.length; i++) {
    const volume = asObject(list[i]);
    if (!volume) {
      report(
        out,
        ViolationCode.INVALID_VOLUME,
        `${field}.volumes[${i}]`,
        `volume #${i + 1} is ${describeJson(list[i])}, not an object`,
        'write the volume as { name, <source> }',
        RULE_VOLUMES,
      );
      continue;
    }
    const name = read(volume, 'name');
    const item = new Item(field, 'volumes', i, 'volume', name);
    if (typeof name !== 'string' || name === '') {
      report(
        out,
        ViolationCode.INVALID_NAME,
        `${item.path}.name`,
        `volume #${i + 1} has no name`,
        'give it a DNS-1123 label as name, e.g. "data"',
        RULE_VOLUMES,
      );
    } else {
      if (!isDns1123Label(name)) {
        report(
          out,
          ViolationCode.INVALID_NAME,
          `${item.path}.name`,
          `${item.label} has a name that is not a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)`,
          `rename it (and its mounts), e.g. ${JSON.stringify(suggestLabel(name))}`,
          RULE_VOLUMES,
        );
      }
      if (names.has(name)) {
        report(
          out,
          ViolationCode.DUPLICATE_VOLUME,
          `${item.path}.name`,
          `two volumes are named ${JSON.stringify(name)}`,
          'give each volume its own name',
          RULE_VOLUMES,
        );
      }
      names.add(name);
    }
    let source: string | undefined;
    for (const key in volume) {
      if (!SOURCES.has(key) || volume[key] === undefined || volume[key] === null) continue;
      if (source !== undefined) {
        report(
          out,
          ViolationCode.INVALID_VOLUME,
          `${item.path}.${key}`,
          `${item.label} has two sources, ${source} and ${key}`,
          'keep one source per volume; use a projected volume to combine ConfigMaps, Secrets and the downward API',
          RULE_SOURCE,
        );
        continue;
      }
      source = key;
      checkSource(out, key, asObject(volume[key]) ?? {}, item);
    }
  }
  return names;
}

// The checks of a volume's source take the volume and a field relative to it (`configMap.items`),
// and join the two only when they report.

function checkSource(out: Violation[], kind: string, source: JsonObject, volume: Item): void {
  switch (kind) {
    case 'configMap':
      requireName(
        out,
        source.name,
        volume,
        'configMap.name',
        'ConfigMap',
        'validation.validateConfigMapVolumeSource (pkg/apis/core/validation)',
      );
      checkMode(out, source.defaultMode, volume, 'configMap.defaultMode', 'defaultMode');
      checkItems(out, source.items, volume, 'configMap.items', 'ConfigMap');
      break;
    case 'secret':
      requireName(
        out,
        source.secretName,
        volume,
        'secret.secretName',
        'Secret',
        'validation.validateSecretVolumeSource (pkg/apis/core/validation)',
      );
      checkMode(out, source.defaultMode, volume, 'secret.defaultMode', 'defaultMode');
      checkItems(out, source.items, volume, 'secret.items', 'Secret');
      break;
    case 'projected':
      checkMode(out, source.defaultMode, volume, 'projected.defaultMode', 'defaultMode');
      checkProjection(out, source, volume);
      break;
    case 'downwardAPI':
      checkMode(out, source.defaultMode, volume, 'downwardAPI.defaultMode', 'defaultMode');
      checkDownwardItems(out, source.items, volume, 'downwardAPI.items');
      break;
    case 'emptyDir': {
      const sizeLimit = source.sizeLimit;
      if (sizeLimit !== undefined && sizeLimit !== null) {
        const quantity = quantityOf(sizeLimit);
        if (quantity === undefined || quantity.isNegative) {
          report(
            out,
            ViolationCode.INVALID_VOLUME,
            `${volume.path}.emptyDir.sizeLimit`,
            `${volume.label} has emptyDir sizeLimit ${describeJson(sizeLimit)}, which is not a quantity of 0 or more`,
            'write a size such as "1Gi"',
            RULE_SOURCE,
          );
        }
      }
      break;
    }
    case 'hostPath': {
      const hostPath = asString(source.path) ?? '';
      if (hostPath === '' || hasBackstep(hostPath)) {
        report(
          out,
          ViolationCode.INVALID_VOLUME,
          `${volume.path}.hostPath.path`,
          hostPath === ''
            ? `${volume.label} has a hostPath without a path`
            : `${volume.label} has hostPath ${JSON.stringify(hostPath)}, which walks up with ".."`,
          'set path to an absolute path on the node, without ".."',
          'validation.validateHostPathVolumeSource (pkg/apis/core/validation)',
        );
      }
      break;
    }
    case 'persistentVolumeClaim':
      requireName(
        out,
        source.claimName,
        volume,
        'persistentVolumeClaim.claimName',
        'PersistentVolumeClaim',
        'validation.validatePersistentClaimVolumeSource (pkg/apis/core/validation)',
      );
      break;
    default:
  }
}

function requireName(out: Violation[], name: unknown, volume: Item, field: string, kind: string, rule: string): void {
  if (typeof name !== 'string' || name === '') {
    report(
      out,
      ViolationCode.INVALID_VOLUME,
      `${volume.path}.${field}`,
      `${volume.label} refers to a ${kind} without naming it`,
      `set the ${kind}'s name`,
      rule,
    );
  }
}

function checkMode(out: Violation[], mode: unknown, volume: Item, field: string, key: string): void {
  if (mode === undefined || mode === null) return;
  const value = asInteger(mode);
  if (value === undefined || value < 0 || value > 0o777) {
    report(
      out,
      ViolationCode.INVALID_VOLUME,
      `${volume.path}.${field}`,
      `${volume.label} has ${key} ${describeJson(mode)}, which is not ${FILE_MODE_RULE}`,
      typeof mode === 'string' && /^0?[0-7]{3}$/.test(mode)
        ? `write it as the number ${parseInt(mode, 8)} (octal ${mode})`
        : 'use a mode such as 420 (0644) or 256 (0400)',
      RULE_KEY_TO_PATH,
    );
  }
}

/**
 * Items of a ConfigMap or Secret source: a key, a relative path without `..` that does not start
 * with `..`, a mode in range, and no path twice (within the source, or across a projected
 * volume's sources when `paths` is given). The API server requires only a non-empty key;
 * a key that is not a valid ConfigMap/Secret key can never exist, so the volume fails to mount
 * (the kubelet refuses a missing key unless the source is optional).
 */
function checkItems(out: Violation[], items: unknown, volume: Item, field: string, kind: string, paths?: Set<string>): void {
  const list = asArray(items);
  const written = paths ?? new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const item = asObject(list[i]) ?? {};
    const key = asString(item.key) ?? '';
    if (!isConfigMapKey(key)) {
      report(
        out,
        ViolationCode.INVALID_VOLUME,
        `${volume.path}.${field}[${i}].key`,
        key === ''
          ? `${volume.label} has item #${i + 1} without a key`
          : `${volume.label} projects key ${JSON.stringify(key)}, which no ${kind} can have (keys are letters, digits, '-', '_' or '.', at most 253, not '.' or starting with '..')`,
        `set key to one of the ${kind}'s data keys`,
        key === ''
          ? RULE_KEY_TO_PATH
          : `${RULE_KEY_TO_PATH}; keys: validation.IsConfigMapKey (staging/src/k8s.io/apimachinery/pkg/util/validation)`,
      );
    }
    checkItemPath(out, item.path, volume, `${field}[${i}].path`, written);
    checkMode(out, item.mode, volume, `${field}[${i}].mode`, 'mode');
  }
}

function checkDownwardItems(out: Violation[], items: unknown, volume: Item, field: string, paths?: Set<string>): void {
  const list = asArray(items);
  const written = paths ?? new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const item = asObject(list[i]) ?? {};
    checkItemPath(out, item.path, volume, `${field}[${i}].path`, written);
    checkMode(out, item.mode, volume, `${field}[${i}].mode`, 'mode');
  }
}

/** `ValidateLocalNonReservedPath`: relative, no `..` element, not starting with `..`; plus one file per path. */
function checkItemPath(out: Violation[], value: unknown, volume: Item, field: string, paths: Set<string>): void {
  const path = asString(value) ?? '';
  if (path === '') {
    report(
      out,
      ViolationCode.INVALID_VOLUME,
      `${volume.path}.${field}`,
      `${volume.label} has an item without a path`,
      'set path to a file name relative to the mount, e.g. "config.yaml"',
      RULE_KEY_TO_PATH,
    );
    return;
  }
  if (path[0] === '/' || hasBackstep(path) || path.startsWith('..')) {
    report(
      out,
      ViolationCode.INVALID_VOLUME,
      `${volume.path}.${field}`,
      `${volume.label} writes item path ${JSON.stringify(path)}, which must be relative, without ".." and not starting with ".."`,
      `use a path inside the volume, e.g. ${JSON.stringify(insidePath(path, 'file'))}`,
      RULE_NON_RESERVED,
    );
  }
  if (paths.has(path)) {
    report(
      out,
      ViolationCode.INVALID_VOLUME,
      `${volume.path}.${field}`,
      `${volume.label} writes two items to ${JSON.stringify(path)}`,
      'give each item its own path',
      'validation.validateProjectionSources (pkg/apis/core/validation)',
    );
  }
  paths.add(path);
}

function checkProjection(out: Violation[], source: JsonObject, volume: Item): void {
  const sources = asArray(source.sources);
  const paths = new Set<string>();
  for (let i = 0; i < sources.length; i++) {
    const projection = asObject(sources[i]) ?? {};
    const sourceField = `projected.sources[${i}]`;
    let kinds = 0;
    for (const kind of PROJECTION_KINDS) {
      const value = projection[kind];
      if (value === undefined || value === null) continue;
      kinds++;
      const object = asObject(value) ?? {};
      if (kind === 'secret' || kind === 'configMap') {
        const what = kind === 'secret' ? 'Secret' : 'ConfigMap';
        requireName(
          out,
          object.name,
          volume,
          `${sourceField}.${kind}.name`,
          what,
          'validation.validateProjectionSources (pkg/apis/core/validation)',
        );
        checkItems(out, object.items, volume, `${sourceField}.${kind}.items`, what, paths);
      } else if (kind === 'downwardAPI') {
        checkDownwardItems(out, object.items, volume, `${sourceField}.downwardAPI.items`, paths);
      } else if (kind === 'serviceAccountToken') {
        checkToken(out, object, volume, `${sourceField}.serviceAccountToken`, paths);
      }
    }
    if (kinds > 1) {
      report(
        out,
        ViolationCode.INVALID_VOLUME,
        `${volume.path}.${sourceField}`,
        `${volume.label} has projected source #${i + 1} with ${kinds} kinds of source`,
        'split it into one list entry per source',
        'validation.validateProjectionSources (pkg/apis/core/validation)',
      );
    }
  }
}

function checkToken(out: Violation[], token: JsonObject, volume: Item, field: string, paths: Set<string>): void {
  const expiration = token.expirationSeconds;
  if (expiration !== undefined && expiration !== null) {
    const seconds = asInteger(expiration);
    if (seconds === undefined || seconds < 600 || seconds > 2 ** 32) {
      report(
        out,
        ViolationCode.INVALID_VOLUME,
        `${volume.path}.${field}.expirationSeconds`,
        `${volume.label} asks for a service account token valid ${describeJson(expiration)} seconds; it must be from 600 (10 minutes) to 2^32`,
        'use at least 600 seconds (3600 is the default)',
        'validation.validateProjectionSources (pkg/apis/core/validation)',
      );
    }
  }
  checkItemPath(out, token.path, volume, `${field}.path`, paths);
}
