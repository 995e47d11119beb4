/**
 * Object metadata, labels, annotations and label selectors, transcribed from
 * staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go and
 * staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go (1.28).
 */
import { asArray, asObject, asString, describeJson, isSet, JsonObject, quotedAsText, read } from './json';
import {
  isDns1035Label,
  isDns1123Label,
  isDns1123Subdomain,
  isLabelValue,
  isQualifiedName,
  maskTrailingDash,
  suggestLabel,
  suggestSubdomain,
} from './names';
import { report, Violation, ViolationCode } from './violation';

const RULE_OBJECT_META = 'validation.ValidateObjectMetaAccessor (staging/src/k8s.io/apimachinery/pkg/api/validation)';
const RULE_LABELS = 'validation.ValidateLabels (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)';
const RULE_ANNOTATIONS = 'validation.ValidateAnnotations (staging/src/k8s.io/apimachinery/pkg/api/validation)';
const RULE_SELECTOR = 'validation.ValidateLabelSelector (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation)';

/** TotalAnnotationSizeLimitB: 256 KiB of keys and values, in bytes. */
const ANNOTATIONS_MAX_BYTES = 256 * 1024;

const QUALIFIED_NAME_RULE =
  'a qualified name: an optional DNS subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit';
const LABEL_VALUE_RULE = 'at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, or empty';

/** How a kind's `metadata.name` is checked. */
interface NameFormat {
  readonly test: (name: string) => boolean;
  readonly description: string;
  readonly suggest: (name: string) => string;
  readonly rule: string;
  /** Longest name the kind's controller can still derive names from, when shorter than the format's own limit. */
  readonly maxLength?: number;
  readonly maxLengthReason?: string;
  readonly maxLengthRule?: string;
}

const SUBDOMAIN: NameFormat = {
  test: isDns1123Subdomain,
  description:
    'a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most 253 characters)',
  suggest: (name) => suggestSubdomain(name),
  rule: 'validation.NameIsDNSSubdomain (staging/src/k8s.io/apimachinery/pkg/api/validation)',
};
const LABEL: NameFormat = {
  test: isDns1123Label,
  description: 'a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)',
  suggest: (name) => suggestLabel(name),
  rule: 'validation.NameIsDNSLabel (staging/src/k8s.io/apimachinery/pkg/api/validation)',
};

/** The name format each kind's validation passes to ValidateObjectMeta; anything unlisted uses a DNS subdomain, as custom resources do. */
const NAME_FORMATS: ReadonlyMap<string, NameFormat> = new Map(
  Object.entries({
    Service: {
      test: isDns1035Label,
      description:
        'a DNS-1035 label (lowercase letters, digits and "-", starting with a letter, ending with a letter or digit, at most 63 characters)',
      suggest: (name) => suggestLabel(name, 63, true),
      rule: 'validation.ValidateServiceName (pkg/apis/core/validation)',
    },
    Namespace: LABEL,
    StatefulSet: { ...LABEL, rule: 'validation.ValidateStatefulSetName (pkg/apis/apps/validation)' },
    CronJob: {
      ...SUBDOMAIN,
      maxLength: 52,
      maxLengthReason: 'the CronJob controller appends an 11-character suffix to name its Jobs, which must stay within 63',
      maxLengthRule: 'validation.ValidateCronJobCreate (pkg/apis/batch/validation)',
    },
  }),
);

/**
 * Checks an object's `metadata` as the API server does on create: `name` in the kind's format
 * (DNS-1123 subdomain for most kinds; DNS-1035 label for Services; DNS-1123 label for
 * Namespaces and StatefulSets; a subdomain of at most 52 characters for CronJobs), a
 * `generateName` prefix in the same format, `namespace` a DNS-1123 label, labels and
 * annotations. Transcribes `validation.ValidateObjectMeta` (pkg/apis/core/validation) and
 * `ValidateObjectMetaAccessor` (staging/src/k8s.io/apimachinery/pkg/api/validation).
 */
export function validateObjectMeta(metadata: unknown, kind: string, field = 'metadata'): Violation[] {
  const out: Violation[] = [];
  checkObjectMeta(out, metadata, kind, field);
  return out;
}

/** @internal */
export function checkObjectMeta(out: Violation[], metadata: unknown, kind: string, field: string): void {
  const meta = asObject(metadata);
  const format = NAME_FORMATS.get(kind) ?? SUBDOMAIN;
  const name = asString(read(meta, 'name'));
  const generateName = asString(read(meta, 'generateName'));
  if (generateName) {
    if (!format.test(maskTrailingDash(generateName))) {
      report(
        out,
        ViolationCode.INVALID_NAME,
        `${field}.generateName`,
        `${kind} generateName ${JSON.stringify(generateName)} is not ${format.description}, even with a trailing "-"`,
        `use a prefix such as ${JSON.stringify(`${format.suggest(generateName)}-`)}`,
        format.rule,
      );
    }
  } else if (!name) {
    report(
      out,
      ViolationCode.INVALID_NAME,
      `${field}.name`,
      `the ${kind} has no metadata.name${meta?.name !== undefined ? ` (it is ${describeJson(meta.name)})` : ''}`,
      `give it a name that is ${format.description}`,
      RULE_OBJECT_META,
    );
  }
  if (name) {
    if (!format.test(name)) {
      report(
        out,
        ViolationCode.INVALID_NAME,
        `${field}.name`,
        `${kind} name ${JSON.stringify(name)} is not ${format.description}`,
        `rename it, e.g. ${JSON.stringify(format.suggest(name))}`,
        format.rule,
      );
    } else if (format.maxLength !== undefined && name.length > format.maxLength) {
      report(
        out,
        ViolationCode.INVALID_NAME,
        `${field}.name`,
        `${kind} name ${JSON.stringify(name)} has ${name.length} characters, more than ${format.maxLength}: ${format.maxLengthReason}`,
        `shorten it to at most ${format.maxLength} characters, e.g. ${JSON.stringify(name.slice(0, format.maxLength).replace(/[-.]+$/, ''))}`,
        format.maxLengthRule!,
      );
    }
  }
  const namespace = read(meta, 'namespace');
  if (namespace !== undefined && namespace !== null && namespace !== '') {
    if (kind === 'Namespace') {
      report(
        out,
        ViolationCode.INVALID_NAME,
        `${field}.namespace`,
        'a Namespace is cluster-scoped and cannot have metadata.namespace',
        'remove metadata.namespace',
        RULE_OBJECT_META,
      );
    } else if (typeof namespace !== 'string' || !isDns1123Label(namespace)) {
      report(
        out,
        ViolationCode.INVALID_NAME,
        `${field}.namespace`,
        `namespace ${describeJson(namespace)} is not ${LABEL.description}`,
        `use a namespace such as ${JSON.stringify(suggestLabel(String(namespace)))}`,
        'validation.ValidateNamespaceName (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      );
    }
  }
  // Both read absent and null as none.
  checkLabels(out, read(meta, 'labels'), `${field}.labels`, `on the ${kind}`);
  checkAnnotations(out, read(meta, 'annotations'), `${field}.annotations`, `on the ${kind}`);
}

/**
 * Checks a label map (object labels, pod template labels, selectors, nodeSelector): keys are
 * qualified names, values label values, and both are strings.
 * @internal
 */
export function checkLabels(out: Violation[], labels: unknown, field: string, where: string): void {
  if (labels === undefined || labels === null) return;
  const map = asObject(labels);
  if (!map) {
    report(
      out,
      ViolationCode.INVALID_LABEL,
      field,
      `labels ${where} are ${describeJson(labels)}, not a map`,
      'write them as key: value pairs',
      RULE_LABELS,
    );
    return;
  }
  for (const key in map) {
    const value = map[key];
    if (!isQualifiedName(key)) {
      report(
        out,
        ViolationCode.INVALID_LABEL,
        `${field}[${key}]`,
        `label key ${JSON.stringify(key)} ${where} is not ${QUALIFIED_NAME_RULE}`,
        `rename the key, e.g. ${JSON.stringify(suggestQualifiedName(key))}`,
        RULE_LABELS,
      );
    }
    if (typeof value !== 'string') {
      report(
        out,
        ViolationCode.INVALID_LABEL,
        `${field}[${key}]`,
        `label ${JSON.stringify(key)} ${where} is ${describeJson(value)}; label values are strings`,
        `quote the value: ${quotedAsText(value)}`,
        RULE_LABELS,
      );
    } else if (!isLabelValue(value)) {
      report(
        out,
        ViolationCode.INVALID_LABEL,
        `${field}[${key}]`,
        `label ${JSON.stringify(key)} ${where} has value ${JSON.stringify(value)}, which is not a label value (${LABEL_VALUE_RULE})`,
        `use a value such as ${JSON.stringify(suggestLabelValue(value))}`,
        RULE_LABELS,
      );
    }
  }
}

/**
 * Checks annotations: keys are qualified names once lower-cased (ValidateAnnotations ignores
 * case), values are strings, and keys plus values stay within 256 KiB.
 * @internal
 */
export function checkAnnotations(out: Violation[], annotations: unknown, field: string, where: string): void {
  if (annotations === undefined || annotations === null) return;
  const map = asObject(annotations);
  if (!map) {
    report(
      out,
      ViolationCode.INVALID_ANNOTATION,
      field,
      `annotations ${where} are ${describeJson(annotations)}, not a map`,
      'write them as key: value pairs',
      RULE_ANNOTATIONS,
    );
    return;
  }
  let length = 0;
  for (const key in map) {
    const value = map[key];
    if (!isQualifiedName(key.toLowerCase())) {
      report(
        out,
        ViolationCode.INVALID_ANNOTATION,
        `${field}[${key}]`,
        `annotation key ${JSON.stringify(key)} ${where} is not ${QUALIFIED_NAME_RULE} (case aside)`,
        `rename the key, e.g. ${JSON.stringify(suggestQualifiedName(key))}`,
        RULE_ANNOTATIONS,
      );
    }
    if (typeof value !== 'string') {
      report(
        out,
        ViolationCode.INVALID_ANNOTATION,
        `${field}[${key}]`,
        `annotation ${JSON.stringify(key)} ${where} is ${describeJson(value)}; annotation values are strings`,
        `quote the value: ${quotedAsText(value)}`,
        RULE_ANNOTATIONS,
      );
    } else {
      length += key.length + value.length;
    }
  }
  // UTF-8 needs at most 3 bytes per UTF-16 unit: count bytes only when the cheap bound is exceeded.
  if (length * 3 > ANNOTATIONS_MAX_BYTES) {
    let bytes = 0;
    for (const key in map) {
      const value = map[key];
      if (typeof value === 'string') bytes += Buffer.byteLength(key) + Buffer.byteLength(value);
    }
    if (bytes > ANNOTATIONS_MAX_BYTES) {
      report(
        out,
        ViolationCode.INVALID_ANNOTATION,
        field,
        `annotations ${where} take ${bytes} bytes (keys and values), more than the 262144 (256 KiB) Kubernetes allows`,
        'move large values into a ConfigMap and reference it',
        'validation.ValidateAnnotationsSize (staging/src/k8s.io/apimachinery/pkg/api/validation)',
      );
    }
  }
}

/**
 * Checks a label selector's syntax: `matchLabels` as labels; each `matchExpressions` entry with
 * a qualified-name key, `In`/`NotIn` with values, `Exists`/`DoesNotExist` without, and values
 * that are label values (1.28 checks them unless an old object is being updated).
 * Transcribes `ValidateLabelSelector` and `ValidateLabelSelectorRequirement`.
 * @internal
 */
export function checkLabelSelector(out: Violation[], selector: unknown, field: string, where: string): void {
  const sel = asObject(selector);
  if (!sel) return;
  checkLabels(out, sel.matchLabels, `${field}.matchLabels`, where);
  const expressions = asArray(sel.matchExpressions);
  for (let i = 0; i < expressions.length; i++) {
    const expr = asObject(expressions[i]);
    const path = `${field}.matchExpressions[${i}]`;
    const key = asString(expr?.key) ?? '';
    const operator = expr?.operator;
    const values = asArray(expr?.values);
    if (!isQualifiedName(key)) {
      report(
        out,
        ViolationCode.INVALID_LABEL,
        `${path}.key`,
        `selector expression key ${JSON.stringify(key)} ${where} is not ${QUALIFIED_NAME_RULE}`,
        `use a label key such as ${JSON.stringify(suggestQualifiedName(key))}`,
        RULE_SELECTOR,
      );
    }
    if (operator === 'In' || operator === 'NotIn') {
      if (values.length === 0) {
        report(
          out,
          ViolationCode.INVALID_LABEL,
          `${path}.values`,
          `selector expression on ${JSON.stringify(key)} ${where} uses ${operator} without values`,
          'list the values, or use Exists/DoesNotExist',
          RULE_SELECTOR,
        );
      }
    } else if (operator === 'Exists' || operator === 'DoesNotExist') {
      if (values.length > 0) {
        report(
          out,
          ViolationCode.INVALID_LABEL,
          `${path}.values`,
          `selector expression on ${JSON.stringify(key)} ${where} uses ${operator} with values`,
          'remove the values, or use In/NotIn',
          RULE_SELECTOR,
        );
      }
    } else {
      report(
        out,
        ViolationCode.INVALID_LABEL,
        `${path}.operator`,
        !isSet(operator)
          ? `selector expression on ${JSON.stringify(key)} ${where} has no operator`
          : `selector expression on ${JSON.stringify(key)} ${where} has operator ${describeJson(operator)}, which is not a selector operator`,
        'use In, NotIn, Exists or DoesNotExist',
        RULE_SELECTOR,
      );
    }
    for (let j = 0; j < values.length; j++) {
      const value = values[j];
      if (typeof value !== 'string' || !isLabelValue(value)) {
        report(
          out,
          ViolationCode.INVALID_LABEL,
          `${path}.values[${j}]`,
          `selector expression on ${JSON.stringify(key)} ${where} has value ${describeJson(value)}, which is not a label value (${LABEL_VALUE_RULE})`,
          `use a value such as ${JSON.stringify(suggestLabelValue(String(value)))}`,
          RULE_SELECTOR,
        );
      }
    }
  }
}

/**
 * Whether `selector` (a `metav1.LabelSelector` as plain JSON) selects a pod with `labels`.
 * An empty selector selects everything and an absent one nothing, as
 * `metav1.LabelSelectorAsSelector` (staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/helpers.go) builds them.
 */
export function labelSelectorMatches(selector: unknown, labels: unknown): boolean {
  const sel = asObject(selector);
  if (!sel) return false;
  const have: JsonObject = asObject(labels) ?? {};
  const matchLabels = asObject(sel.matchLabels);
  if (matchLabels) {
    for (const key in matchLabels) {
      if (have[key] !== matchLabels[key]) return false;
    }
  }
  const expressions = asArray(sel.matchExpressions);
  for (let i = 0; i < expressions.length; i++) {
    const expr = asObject(expressions[i]);
    const key = asString(expr?.key) ?? '';
    const present = Object.prototype.hasOwnProperty.call(have, key);
    const values = asArray(expr?.values);
    switch (expr?.operator) {
      case 'In':
        if (!present || !values.includes(have[key])) return false;
        break;
      case 'NotIn':
        if (present && values.includes(have[key])) return false;
        break;
      case 'Exists':
        if (!present) return false;
        break;
      case 'DoesNotExist':
        if (present) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Whether a selector has neither match labels nor expressions (and so selects every pod). @internal */
export function isEmptySelector(selector: JsonObject): boolean {
  const matchLabels = asObject(selector.matchLabels);
  return (matchLabels === undefined || Object.keys(matchLabels).length === 0) && asArray(selector.matchExpressions).length === 0;
}

function suggestQualifiedName(key: string): string {
  const slash = key.lastIndexOf('/');
  const prefix = slash > 0 ? `${suggestSubdomain(key.slice(0, slash))}/` : '';
  return prefix + suggestLabelValue(key.slice(slash + 1), 'key');
}

function suggestLabelValue(value: string, fallback = ''): string {
  return (
    value
      .replace(/[^-A-Za-z0-9_.]+/g, '-')
      .slice(0, 63)
      .replace(/^[-_.]+|[-_.]+$/g, '') || fallback
  );
}
