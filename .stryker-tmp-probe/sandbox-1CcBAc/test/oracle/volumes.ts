// @ts-nocheck
import { configKey, dns1123Label } from './names';
import { hasBackstep, nonReservedPathProblems } from './paths';
import { nanoValue } from './quantity';
import { Report, asArray, asObject, at, child, isSet } from './report';

/**
 * Pod volumes, transcribed from `pkg/apis/core/validation/validation.go` of Kubernetes 1.28
 * (ValidateVolumes, validateVolumeSource, validateConfigMapVolumeSource,
 * validateSecretVolumeSource, validateProjectionSources, validateDownwardAPIVolumeSource,
 * validateKeyToPath).
 */

/** Volume source fields of Kubernetes 1.28 (validateVolumeSource counts them; exactly one must be set). */
const VOLUME_SOURCES = [
  'emptyDir',
  'hostPath',
  'gitRepo',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'flocker',
  'persistentVolumeClaim',
  'rbd',
  'cinder',
  'cephfs',
  'quobyte',
  'downwardAPI',
  'fc',
  'flexVolume',
  'configMap',
  'azureFile',
  'vsphereVolume',
  'photonPersistentDisk',
  'portworxVolume',
  'azureDisk',
  'storageos',
  'projected',
  'scaleIO',
  'csi',
  'ephemeral',
];

const FILE_MODE_MESSAGE = 'must be a number between 0 and 0777 (octal), both inclusive';

function checkFileMode(mode: unknown, path: string, report: Report): void {
  if (isSet(mode) && !(typeof mode === 'number' && Number.isInteger(mode) && mode >= 0 && mode <= 0o777)) {
    report('pod/invalid-volume-source', path, `mode ${mode}: ${FILE_MODE_MESSAGE}`);
  }
}

/** validateKeyToPath: key and path required, path relative without `..`, mode 0-0777. */
function checkKeyToPaths(items: unknown, path: string, report: Report): void {
  asArray(items).forEach((raw, i) => {
    const item = asObject(raw);
    const where = at(path, i);
    if (!item.key) report('pod/invalid-volume-source', child(where, 'key'), 'key is required');
    // Go only requires a key here; one that is not a config key can never exist, so the kubelet cannot mount it.
    else
      for (const problem of configKey(String(item.key)))
        report('pod/invalid-volume-source', child(where, 'key'), `key "${item.key}" can never exist: ${problem}`);
    if (!item.path) report('pod/invalid-volume-source', child(where, 'path'), 'path is required');
    for (const problem of nonReservedPathProblems(String(item.path ?? ''))) {
      report('pod/invalid-volume-source', child(where, 'path'), `path "${item.path}": ${problem}`);
    }
    checkFileMode(item.mode, child(where, 'mode'), report);
  });
}

/** validateVolumeSource for the sources pods commonly use; returns whether the volume is valid. */
function checkVolumeSource(volume: Record<string, any>, path: string, report: Report): boolean {
  let valid = true;
  const fail: Report = (rule, where, message) => {
    valid = false;
    report(rule, where, message);
  };
  const sources = VOLUME_SOURCES.filter((key) => isSet(volume[key]));
  if (sources.length === 0) fail('pod/invalid-volume-source', path, 'must specify a volume type');
  if (sources.length > 1) fail('pod/invalid-volume-source', path, `may not specify more than 1 volume type (${sources.join(', ')})`);
  const emptyDir = asObject(volume.emptyDir);
  if (isSet(emptyDir.sizeLimit)) {
    const size = nanoValue(emptyDir.sizeLimit);
    if (size === undefined) fail('pod/invalid-quantity', child(path, 'emptyDir.sizeLimit'), `"${emptyDir.sizeLimit}" is not a quantity`);
    else if (size < 0n)
      fail('pod/invalid-volume-source', child(path, 'emptyDir.sizeLimit'), 'SizeLimit field must be a valid resource quantity');
  }
  if (isSet(volume.configMap)) {
    const source = asObject(volume.configMap);
    if (!source.name) fail('pod/invalid-volume-source', child(path, 'configMap.name'), 'name is required');
    checkFileMode(source.defaultMode, child(path, 'configMap.defaultMode'), fail);
    checkKeyToPaths(source.items, child(path, 'configMap.items'), fail);
  }
  if (isSet(volume.secret)) {
    const source = asObject(volume.secret);
    if (!source.secretName) fail('pod/invalid-volume-source', child(path, 'secret.secretName'), 'secretName is required');
    checkFileMode(source.defaultMode, child(path, 'secret.defaultMode'), fail);
    checkKeyToPaths(source.items, child(path, 'secret.items'), fail);
  }
  if (isSet(volume.projected)) {
    const projected = asObject(volume.projected);
    checkFileMode(projected.defaultMode, child(path, 'projected.defaultMode'), fail);
    asArray(projected.sources).forEach((raw, i) => {
      const source = asObject(raw);
      for (const kind of ['configMap', 'secret']) {
        if (!isSet(source[kind])) continue;
        const where = child(at(child(path, 'projected.sources'), i), kind);
        if (!asObject(source[kind]).name) fail('pod/invalid-volume-source', child(where, 'name'), 'name is required');
        checkKeyToPaths(asObject(source[kind]).items, child(where, 'items'), fail);
      }
    });
  }
  if (isSet(volume.persistentVolumeClaim) && !asObject(volume.persistentVolumeClaim).claimName) {
    fail('pod/invalid-volume-source', child(path, 'persistentVolumeClaim.claimName'), 'claimName is required');
  }
  if (isSet(volume.hostPath)) {
    const hostPath = String(asObject(volume.hostPath).path ?? '');
    if (!hostPath) fail('pod/invalid-volume-source', child(path, 'hostPath.path'), 'path is required');
    else if (hasBackstep(hostPath)) fail('pod/invalid-volume-source', child(path, 'hostPath.path'), "must not contain '..'");
  }
  if (isSet(volume.downwardAPI)) {
    const downward = asObject(volume.downwardAPI);
    checkFileMode(downward.defaultMode, child(path, 'downwardAPI.defaultMode'), fail);
    asArray(downward.items).forEach((raw, i) => {
      const item = asObject(raw);
      const where = child(at(child(path, 'downwardAPI.items'), i), 'path');
      if (!item.path) fail('pod/invalid-volume-source', where, 'path is required');
      for (const problem of nonReservedPathProblems(String(item.path ?? '')))
        fail('pod/invalid-volume-source', where, `path "${item.path}": ${problem}`);
      checkFileMode(item.mode, child(at(child(path, 'downwardAPI.items'), i), 'mode'), fail);
    });
  }
  return valid;
}

/** ValidateVolumes: DNS-1123 label names, unique, each with one valid source. Returns the names mounts may use. */
export function checkVolumes(volumes: unknown, path: string, report: Report): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  asArray(volumes).forEach((raw, i) => {
    const volume = asObject(raw);
    const where = at(path, i);
    let valid = checkVolumeSource(volume, where, report);
    const name = typeof volume.name === 'string' ? volume.name : '';
    if (!name) {
      report('pod/invalid-volume-name', child(where, 'name'), 'volume name is required');
      valid = false;
    } else {
      for (const problem of dns1123Label(name)) {
        report('pod/invalid-volume-name', child(where, 'name'), `volume name "${name}": ${problem}`);
        valid = false;
      }
    }
    if (seen.has(name)) {
      report('pod/duplicate-volume-name', child(where, 'name'), `volume name "${name}" is declared twice`);
      valid = false;
    }
    seen.add(name);
    // As in Go, an invalid volume is not added to the map mounts are checked against.
    if (valid) names.add(name);
  });
  return names;
}
