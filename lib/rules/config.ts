/**
 * ConfigMaps and Secrets: ValidateConfigMap and ValidateSecret (pkg/apis/core/validation, 1.28).
 */
import { asObject, describeJson, JsonObject, quotedAsText, read } from './json';
import { isConfigMapKey } from './names';
import { report, Violation, ViolationCode } from './violation';

/** MaxSecretSize (pkg/apis/core/types.go), which ConfigMaps share. */
const MAX_SIZE = 1024 * 1024;
const KEY_RULE = "letters, digits, '-', '_' or '.', at most 253 characters, not '.' or starting with '..'";
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Required data keys per Secret type (ValidateSecret). */
const SECRET_TYPE_KEYS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    'kubernetes.io/dockercfg': ['.dockercfg'],
    'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
    'kubernetes.io/ssh-auth': ['ssh-privatekey'],
    'kubernetes.io/tls': ['tls.crt', 'tls.key'],
  }),
);

/**
 * The bytes a base64 value decodes to, as Go's `encoding/json` decodes `[]byte` fields
 * (`base64.StdEncoding`, padding required, newlines ignored), or `undefined` when it does not decode.
 * @internal
 */
export function base64DecodedLength(value: string): number | undefined {
  const compact = value.replace(/[\r\n]/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) return undefined;
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  return (compact.length / 4) * 3 - padding;
}

function suggestKey(key: string): string {
  return (
    key
      .replace(/[^-._a-zA-Z0-9]+/g, '_')
      .replace(/^\.+/, '')
      .slice(0, 253) || 'key'
  );
}

function checkKey(out: Violation[], key: string, field: string, owner: string, rule: string): void {
  if (!isConfigMapKey(key)) {
    report(
      out,
      ViolationCode.INVALID_CONFIG_KEY,
      `${field}[${key}]`,
      `${owner} key ${JSON.stringify(key)} is not a valid key (${KEY_RULE})`,
      `rename the key, e.g. ${JSON.stringify(suggestKey(key))}`,
      rule,
    );
  }
}

/**
 * Checks a ConfigMap: keys of `data` and `binaryData` are valid keys, no key is in both,
 * `data` values are strings, `binaryData` values are base64, and the values take at most
 * 1 MiB (UTF-8 bytes of `data`, decoded bytes of `binaryData`).
 * @internal
 */
export function checkConfigMap(out: Violation[], object: JsonObject): void {
  const rule = 'validation.ValidateConfigMap (pkg/apis/core/validation)';
  const data = asObject(read(object, 'data'));
  const binaryData = asObject(read(object, 'binaryData'));
  // UTF-16 units of the data values: UTF-8 needs at most 3 bytes for each, so bytes are
  // counted only when that bound passes the limit.
  let units = 0;
  let size = 0;
  if (data) {
    for (const key in data) {
      checkKey(out, key, 'data', 'ConfigMap', rule);
      if (binaryData && Object.prototype.hasOwnProperty.call(binaryData, key)) {
        report(
          out,
          ViolationCode.INVALID_CONFIG_KEY,
          `data[${key}]`,
          `ConfigMap key ${JSON.stringify(key)} is in both data and binaryData`,
          'keep the key in one of them',
          rule,
        );
      }
      const value = data[key];
      if (typeof value === 'string') {
        units += value.length;
      } else {
        report(
          out,
          ViolationCode.INVALID_CONFIG_VALUE,
          `data[${key}]`,
          `ConfigMap value ${JSON.stringify(key)} is ${describeJson(value)}; data values are strings`,
          `quote it: ${quotedAsText(value)}`,
          'json.Unmarshal into ConfigMap.data (map[string]string)',
        );
      }
    }
  }
  if (binaryData) {
    for (const key in binaryData) {
      checkKey(out, key, 'binaryData', 'ConfigMap', rule);
      const value = binaryData[key];
      const bytes = typeof value === 'string' ? base64DecodedLength(value) : undefined;
      if (bytes === undefined) {
        report(
          out,
          ViolationCode.INVALID_CONFIG_VALUE,
          `binaryData[${key}]`,
          `ConfigMap binaryData ${JSON.stringify(key)} is not base64 (standard alphabet, padded)`,
          'encode the bytes with base64, e.g. `base64 -w0 file`',
          'json.Unmarshal into ConfigMap.binaryData (map[string][]byte)',
        );
      } else {
        size += bytes;
      }
    }
  }
  if (data && size + units * 3 > MAX_SIZE) {
    for (const key in data) {
      const value = data[key];
      if (typeof value === 'string') size += Buffer.byteLength(value);
    }
  }
  if (size > MAX_SIZE) {
    report(
      out,
      ViolationCode.INVALID_CONFIG_KEY,
      data ? 'data' : 'binaryData',
      `the ConfigMap holds ${size} bytes, more than the 1048576 (1 MiB) Kubernetes stores`,
      'split it into several ConfigMaps, or ship large files in the image or a volume',
      rule,
    );
  }
}

/**
 * Checks a Secret: keys of `data` and `stringData` (which the API server merges into `data`,
 * `stringData` winning) are valid keys, `data` values are base64, the decoded values take at
 * most 1 MiB, and the keys the Secret's type requires are present.
 * @internal
 */
export function checkSecret(out: Violation[], object: JsonObject): void {
  const rule = 'validation.ValidateSecret (pkg/apis/core/validation)';
  const data = asObject(read(object, 'data'));
  const stringData = asObject(read(object, 'stringData'));
  const sizes = new Map<string, number>();
  if (data) {
    for (const key in data) {
      checkKey(out, key, 'data', 'Secret', rule);
      const value = data[key];
      const bytes = typeof value === 'string' ? base64DecodedLength(value) : undefined;
      if (bytes === undefined) {
        report(
          out,
          ViolationCode.INVALID_CONFIG_VALUE,
          `data[${key}]`,
          `Secret data ${JSON.stringify(key)} is not base64 (standard alphabet, padded)`,
          'encode the value with base64, or move it to stringData as plain text',
          'json.Unmarshal into Secret.data (map[string][]byte)',
        );
      } else {
        sizes.set(key, bytes);
      }
    }
  }
  if (stringData) {
    for (const key in stringData) {
      checkKey(out, key, 'stringData', 'Secret', rule);
      const value = stringData[key];
      if (typeof value === 'string') {
        sizes.set(key, Buffer.byteLength(value));
      } else {
        report(
          out,
          ViolationCode.INVALID_CONFIG_VALUE,
          `stringData[${key}]`,
          `Secret stringData ${JSON.stringify(key)} is ${describeJson(value)}; stringData values are strings`,
          `quote it: ${quotedAsText(value)}`,
          'json.Unmarshal into Secret.stringData (map[string]string)',
        );
      }
    }
  }
  let size = 0;
  for (const bytes of sizes.values()) size += bytes;
  if (size > MAX_SIZE) {
    report(
      out,
      ViolationCode.INVALID_CONFIG_KEY,
      'data',
      `the Secret holds ${size} bytes once decoded, more than the 1048576 (1 MiB) Kubernetes stores`,
      'split it into several Secrets',
      rule,
    );
  }
  const written = read(object, 'type');
  const type = typeof written === 'string' ? written : 'Opaque';
  const required = SECRET_TYPE_KEYS.get(type);
  if (required) {
    for (const key of required) {
      if (!sizes.has(key)) {
        report(
          out,
          ViolationCode.INVALID_CONFIG_KEY,
          `data[${key}]`,
          `the ${type} Secret has no ${JSON.stringify(key)} key`,
          `add data[${key}] (or stringData[${key}])`,
          rule,
        );
      }
    }
  }
  if (type === 'kubernetes.io/basic-auth' && !sizes.has('username') && !sizes.has('password')) {
    report(
      out,
      ViolationCode.INVALID_CONFIG_KEY,
      'data[username]',
      'the basic-auth Secret has neither a username nor a password key',
      'add username and password',
      rule,
    );
  }
}
