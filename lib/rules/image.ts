/**
 * The image reference grammar the kubelet parses container images with. Kubernetes 1.28's
 * kubelet calls `parsers.ParseImageName` (pkg/util/parsers), which calls
 * `reference.ParseNormalizedNamed` of github.com/docker/distribution v2.8 (vendored at
 * vendor/github.com/docker/distribution/reference); an image it refuses fails the container
 * with `InvalidImageName` (pkg/kubelet/images/image_manager.go, EnsureImageExists). The API
 * server only requires a non-empty image in pod templates.
 */

/** A parsed image reference, normalised as the kubelet sees it (`nginx` → `docker.io/library/nginx`). */
export interface ImageReference {
  /**
   * Registry host, with port when given: `docker.io`, `registry.example.com:5000`. Empty when the
   * first component has a `.` but is no valid host (`my_registry.io/app`): the parser then reads
   * the whole name as a path, as Go's does.
   */
  readonly domain: string;
  /** Repository path in the registry: `library/nginx`. */
  readonly path: string;
  /** Tag, when given: `1.25`. */
  readonly tag?: string;
  /** Digest, when given: `sha256:…`. */
  readonly digest?: string;
}

/** The outcome of {@link parseImageReference}: the parts, or why the kubelet refuses the image. */
export type ImageParseResult = { readonly ok: true; readonly reference: ImageReference } | { readonly ok: false; readonly reason: string };

// The grammar of regexp.go, built the same way. One deliberate rewrite: the separator
// `(?:[._]|__|[-]*)` may match the empty string, which matches no other language than `[-]+`
// but makes a backtracking engine take exponential time on a failing match; Go's RE2 does not
// backtrack, JavaScript's does.
const ALPHA_NUMERIC = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const NAME_COMPONENT = `${ALPHA_NUMERIC}(?:${SEPARATOR}${ALPHA_NUMERIC})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
const NAME = `(?:${DOMAIN}/)?${NAME_COMPONENT}(?:/${NAME_COMPONENT})*`;

const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const ANCHORED_NAME = new RegExp(`^(?:(${DOMAIN})/)?(${NAME_COMPONENT}(?:/${NAME_COMPONENT})*)$`);
const ANCHORED_DIGEST = new RegExp(`^${DIGEST}$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;

/** NameTotalLengthMax. */
const NAME_TOTAL_LENGTH_MAX = 255;

/** The digest algorithms go-digest registers (algorithm.go), with their hex lengths. */
const DIGEST_HEX_LENGTH: ReadonlyMap<string, number> = new Map(Object.entries({ sha256: 64, sha384: 96, sha512: 128 }));
const LOWER_HEX = /^[a-f0-9]+$/;

// Synthesis repeats a few images across thousands of pods; a bounded map keeps that cheap
// without growing without limit over arbitrary YAML.
const CACHE = new Map<string, ImageParseResult>();
const CACHE_LIMIT = 1024;

/**
 * Parses `image` as the kubelet does, or says why the kubelet refuses it.
 * Transcribes `reference.ParseNormalizedNamed` and `reference.Parse`
 * (github.com/docker/distribution v2.8, reference/normalize.go and reference/reference.go) with
 * `digest.Parse` (github.com/opencontainers/go-digest): a lowercase repository path, an optional
 * `domain[:port]/` (uppercase allowed there), a tag `[\w][\w.-]{0,127}`, a digest
 * `algorithm:hex` of the right length, at most 255 characters of name once normalised, and no
 * bare 64-hex identifier.
 */
export function parseImageReference(image: string): ImageParseResult {
  let result = CACHE.get(image);
  if (result === undefined) {
    result = parseUncached(image);
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(image, result);
  }
  return result;
}

function fail(reason: string): ImageParseResult {
  return { ok: false, reason };
}

function parseUncached(s: string): ImageParseResult {
  if (IDENTIFIER.test(s)) {
    return fail('a repository name cannot be a 64-character hexadecimal string');
  }
  const [domain, remainder] = splitDockerDomain(s);
  const tagSep = remainder.indexOf(':');
  const remoteName = tagSep > -1 ? remainder.slice(0, tagSep) : remainder;
  if (remoteName.toLowerCase() !== remoteName) {
    return fail('the repository name must be lowercase');
  }
  return parse(`${domain}/${remainder}`);
}

/** `splitDockerDomain`: the first component is a registry only if it has `.` or `:`, or is `localhost`. */
function splitDockerDomain(name: string): [string, string] {
  const i = name.indexOf('/');
  let domain: string;
  let remainder: string;
  if (i === -1 || (!/[.:]/.test(name.slice(0, i)) && name.slice(0, i) !== 'localhost')) {
    domain = 'docker.io';
    remainder = name;
  } else {
    domain = name.slice(0, i);
    remainder = name.slice(i + 1);
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`;
  return [domain, remainder];
}

/**
 * `reference.Parse`, on what `splitDockerDomain` returns: a domain is always there, and the
 * path is already lowercase, so Parse's refusals of an empty name and of uppercase cannot apply.
 */
function parse(s: string): ImageParseResult {
  const matches = REFERENCE.exec(s);
  if (!matches) return fail(describeFormatError(s));
  const [, name, tag, digest] = matches;
  if (name.length > NAME_TOTAL_LENGTH_MAX) {
    return fail(`the repository name ${name} is ${name.length} characters long, more than ${NAME_TOTAL_LENGTH_MAX}`);
  }
  const nameMatch = ANCHORED_NAME.exec(name)!;
  if (digest !== undefined) {
    const digestProblem = validateDigest(digest);
    if (digestProblem) return fail(digestProblem);
  }
  return {
    ok: true,
    reference: {
      domain: nameMatch[1]!,
      path: nameMatch[2],
      ...(tag !== undefined && { tag }),
      ...(digest !== undefined && { digest }),
    },
  };
}

/** `digest.Digest.Validate` and `digest.Algorithm.Validate` (go-digest). */
function validateDigest(digest: string): string | undefined {
  const i = digest.indexOf(':');
  const algorithm = digest.slice(0, i);
  const encoded = digest.slice(i + 1);
  const length = DIGEST_HEX_LENGTH.get(algorithm);
  // The reference grammar has matched the digest as algorithm:hex already.
  if (length === undefined) return `the digest algorithm ${algorithm} is not supported (sha256, sha384 or sha512)`;
  if (encoded.length !== length) {
    return `a ${algorithm} digest has ${length} hexadecimal digits, not ${encoded.length}`;
  }
  return LOWER_HEX.test(encoded) ? undefined : `the ${algorithm} digest must be lowercase hexadecimal`;
}

/** A more precise reason than Go's "invalid reference format", for the common mistakes. */
function describeFormatError(s: string): string {
  if (/\s/.test(s)) return 'it contains whitespace';
  const at = s.indexOf('@');
  const beforeDigest = at >= 0 ? s.slice(0, at) : s;
  const lastSlash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    const tag = beforeDigest.slice(colon + 1);
    if (!new RegExp(`^${TAG}$`).test(tag)) {
      return `the tag ${JSON.stringify(tag)} is not valid (a letter, digit or _ then up to 127 letters, digits, _, . or -)`;
    }
  }
  if (at >= 0 && !ANCHORED_DIGEST.test(s.slice(at + 1))) return 'the digest is not algorithm:hex with at least 32 hex digits';
  return 'it does not match [registry[:port]/]path[:tag][@digest] (path components are lowercase letters and digits separated by ., _, __ or -)';
}
