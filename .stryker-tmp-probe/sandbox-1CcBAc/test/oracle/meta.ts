// @ts-nocheck
import { dns1123Label, dns1123Subdomain, labelValue, qualifiedName } from './names';
import { Report, asArray, asObject, at, child, isSet } from './report';

/**
 * Object metadata, labels, annotations and label selectors, transcribed from
 * `staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go` (ValidateObjectMetaAccessor,
 * ValidateAnnotations, TotalAnnotationSizeLimitB) and
 * `staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go` (ValidateLabels,
 * ValidateLabelSelector, ValidateLabelSelectorRequirement), with selector matching as
 * `metav1.LabelSelectorAsSelector` builds it.
 */

/** ValidateLabels: qualified-name keys, label-value values. Used for object, template and selector labels and nodeSelector. */
export function checkLabels(labels: unknown, path: string, report: Report): void {
  for (const [key, value] of Object.entries(asObject(labels))) {
    for (const problem of qualifiedName(key)) report('labels/invalid-key', path, `label key "${key}": ${problem}`);
    if (typeof value !== 'string') {
      report('labels/invalid-value', at(path, key), `label "${key}" must be a string, not ${JSON.stringify(value)}`);
      continue;
    }
    for (const problem of labelValue(value)) report('labels/invalid-value', at(path, key), `label "${key}" value "${value}": ${problem}`);
  }
}

/** TotalAnnotationSizeLimitB: keys and values together at most 256 KiB. */
const ANNOTATION_SIZE_LIMIT = 256 * 1024;

/** ValidateAnnotations: keys are qualified names once lower-cased; all keys and values ≤ 256 KiB. */
export function checkAnnotations(annotations: unknown, path: string, report: Report): void {
  let size = 0;
  for (const [key, value] of Object.entries(asObject(annotations))) {
    for (const problem of qualifiedName(key.toLowerCase())) report('annotations/invalid-key', path, `annotation key "${key}": ${problem}`);
    // Go measures bytes, not UTF-16 code units.
    size += Buffer.byteLength(key) + Buffer.byteLength(typeof value === 'string' ? value : JSON.stringify(value ?? ''));
  }
  if (size > ANNOTATION_SIZE_LIMIT)
    report('annotations/too-large', path, `annotations total ${size} bytes, more than the limit of ${ANNOTATION_SIZE_LIMIT}`);
}

/** ValidateLabelSelector: matchLabels as labels; each requirement's operator, values and key. */
export function checkLabelSelector(selector: unknown, path: string, report: Report): void {
  if (!isSet(selector)) return;
  const s = asObject(selector);
  checkLabels(s.matchLabels, child(path, 'matchLabels'), report);
  asArray(s.matchExpressions).forEach((raw, i) => {
    const requirement = asObject(raw);
    const where = at(child(path, 'matchExpressions'), i);
    const values = asArray(requirement.values);
    switch (requirement.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0)
          report('selector/invalid-requirement', child(where, 'values'), "values must be specified when `operator` is 'In' or 'NotIn'");
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0)
          report(
            'selector/invalid-requirement',
            child(where, 'values'),
            "values may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
          );
        break;
      default:
        report('selector/invalid-requirement', child(where, 'operator'), `"${requirement.operator}" is not a valid selector operator`);
    }
    for (const problem of qualifiedName(String(requirement.key ?? '')))
      report('selector/invalid-requirement', child(where, 'key'), `key "${requirement.key}": ${problem}`);
    values.forEach((value, j) => {
      for (const problem of labelValue(String(value)))
        report('selector/invalid-requirement', at(child(where, 'values'), j), `value "${value}": ${problem}`);
    });
  });
}

/**
 * Whether a LabelSelector selects a pod with `labels`. An empty selector selects everything;
 * callers decide what an absent (null) selector means for their kind.
 */
export function selectorMatches(selector: unknown, labels: unknown): boolean {
  const s = asObject(selector);
  const l = asObject(labels);
  for (const [key, value] of Object.entries(asObject(s.matchLabels))) if (l[key] !== value) return false;
  for (const raw of asArray(s.matchExpressions)) {
    const requirement = asObject(raw);
    const has = Object.prototype.hasOwnProperty.call(l, requirement.key);
    const values = asArray(requirement.values).map(String);
    switch (requirement.operator) {
      case 'In':
        if (!has || !values.includes(l[requirement.key])) return false;
        break;
      case 'NotIn':
        if (has && values.includes(l[requirement.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Whether a Service-style selector (a plain map, every pair required) selects `labels`. */
export function mapSelectorMatches(selector: unknown, labels: unknown): boolean {
  const l = asObject(labels);
  return Object.entries(asObject(selector)).every(([key, value]) => l[key] === value);
}

/** NameIsDNSSubdomain with prefix: generateName-style names may end in a dash (maskTrailingDash). */
export function subdomainNameProblems(name: string, prefix = false): string[] {
  const masked = prefix && name.length > 1 && name.endsWith('-') ? `${name.slice(0, -1)}a` : name;
  return dns1123Subdomain(masked);
}

/**
 * ValidateObjectMetaAccessor on create: a name valid for the kind, a valid namespace when one
 * is given, valid labels and annotations.
 */
export function checkObjectMeta(metadata: unknown, nameProblems: (name: string) => string[], report: Report): void {
  const m = asObject(metadata);
  if (typeof m.name !== 'string' || m.name.length === 0) {
    if (!m.generateName) report('meta/name-required', 'metadata.name', 'name or generateName is required');
  } else {
    for (const problem of nameProblems(m.name)) report('meta/invalid-name', 'metadata.name', `name "${m.name}": ${problem}`);
  }
  if (isSet(m.namespace) && m.namespace !== '') {
    // ValidateNamespaceName is NameIsDNSLabel.
    for (const problem of dns1123Label(String(m.namespace)))
      report('meta/invalid-namespace', 'metadata.namespace', `namespace "${m.namespace}": ${problem}`);
  }
  checkLabels(m.labels, 'metadata.labels', report);
  checkAnnotations(m.annotations, 'metadata.annotations', report);
}
