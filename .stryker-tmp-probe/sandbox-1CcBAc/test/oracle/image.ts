/**
 * Image references the kubelet refuses with `InvalidImageName`. The kubelet's
 * applyDefaultImageTag calls `reference.ParseNormalizedNamed` of docker/distribution v2.8
 * (vendored by Kubernetes 1.28), which normalizes the name (`reference/normalize.go`) and then
 * matches the grammar of `reference/regexp.go`, checking a digest with opencontainers/go-digest.
 *
 * The grammar is walked by hand here rather than with one regular expression:
 *
 *     reference       := name [ ":" tag ] [ "@" digest ]
 *     name            := [domain "/"] component ["/" component]*   (≤ 255 characters once normalized)
 *     domain          := domain-component ["." domain-component]* [":" port-number]
 *     domain-component:= [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]
 *     component       := alnum+ [separator alnum+]*,  alnum = [a-z0-9], separator = "." | "_" | "__" | "-"*
 *     tag             := [\w][\w.-]{0,127}
 *     digest          := algorithm ":" hex{32,},  algorithm := [A-Za-z][A-Za-z0-9]* ([-_+.][A-Za-z][A-Za-z0-9]*)*
 */
// @ts-nocheck


const isLowerAlnum = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
const isAlnum = (c: string) => isLowerAlnum(c) || (c >= 'A' && c <= 'Z');
const isWord = (c: string) => isAlnum(c) || c === '_';
const isHex = (c: string) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

/** alnum+ (separator alnum+)* */
function isPathComponent(text: string): boolean {
  let i = 0;
  const alnumRun = () => {
    const start = i;
    while (i < text.length && isLowerAlnum(text[i])) i++;
    return i > start;
  };
  if (!alnumRun()) return false;
  while (i < text.length) {
    if (text[i] === '.') i++;
    else if (text[i] === '_') i += text[i + 1] === '_' ? 2 : 1;
    else if (text[i] === '-') while (text[i] === '-') i++;
    else return false;
    if (!alnumRun()) return false;
  }
  return true;
}

function isDomainComponent(text: string): boolean {
  if (text.length === 0 || !isAlnum(text[0]) || !isAlnum(text[text.length - 1])) return false;
  return [...text].every((c) => isAlnum(c) || c === '-');
}

function isDomain(text: string): boolean {
  const [host, port, ...rest] = text.split(':');
  if (rest.length > 0) return false;
  if (port !== undefined && (port.length === 0 || ![...port].every((c) => c >= '0' && c <= '9'))) return false;
  return host.split('.').every(isDomainComponent);
}

function isTag(text: string): boolean {
  return text.length >= 1 && text.length <= 128 && isWord(text[0]) && [...text].every((c) => isWord(c) || c === '.' || c === '-');
}

/** Digest grammar of the reference pattern (any algorithm, ≥ 32 hex digits of either case). */
function isDigestShaped(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 0) return false;
  const algorithm = text.slice(0, colon);
  const hex = text.slice(colon + 1);
  if (hex.length < 32 || ![...hex].every(isHex)) return false;
  return algorithm.split(/[-_+.]/).every((part) => part.length > 0 && /[A-Za-z]/.test(part[0]) && [...part].every(isAlnum));
}

/** go-digest Digest.Validate for the algorithms the kubelet links: sha256, sha384, sha512, lowercase hex of the exact length. */
function digestProblem(digest: string): string | undefined {
  const sizes: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };
  const colon = digest.indexOf(':');
  const algorithm = digest.slice(0, colon);
  const hex = digest.slice(colon + 1);
  if (!(algorithm in sizes)) return `unsupported digest algorithm "${algorithm}"`;
  if (hex.length !== sizes[algorithm]) return `invalid checksum digest length: ${algorithm} needs ${sizes[algorithm]} hex digits`;
  if (![...hex].every((c) => isHex(c) && !(c >= 'A' && c <= 'F'))) return 'invalid checksum digest format: hex digits must be lowercase';
  return undefined;
}

/** The reference pattern, anchored: returns the name part, or undefined when the text does not match. */
function matchReference(text: string): { name: string; digest?: string } | undefined {
  const at = text.indexOf('@');
  const nameAndTag = at < 0 ? text : text.slice(0, at);
  const digest = at < 0 ? undefined : text.slice(at + 1);
  if (digest !== undefined && !isDigestShaped(digest)) return undefined;
  // A tag follows the last ':' only when that ':' comes after the last '/'; any earlier ':' is a port.
  const colon = nameAndTag.lastIndexOf(':');
  const hasTag = colon > nameAndTag.lastIndexOf('/');
  const name = hasTag ? nameAndTag.slice(0, colon) : nameAndTag;
  if (hasTag && !isTag(nameAndTag.slice(colon + 1))) return undefined;
  const parts = name.split('/');
  const [first, ...others] = parts;
  const firstOk = isPathComponent(first) || (others.length > 0 && isDomain(first));
  return firstOk && others.every(isPathComponent) ? { name, digest } : undefined;
}

/**
 * Why the kubelet would refuse `image` with InvalidImageName (ParseNormalizedNamed), or undefined
 * when it accepts it.
 */
export function imageReferenceProblem(image: string): string | undefined {
  if (image.length === 0) return 'repository name must have at least one component';
  if (image.length === 64 && [...image].every((c) => isHex(c) && !(c >= 'A' && c <= 'F'))) {
    return 'cannot specify 64-byte hexadecimal strings';
  }
  // splitDockerDomain: the first component is a registry if it has '.' or ':', is "localhost", or has an uppercase letter.
  const slash = image.indexOf('/');
  let domain = 'docker.io';
  let remainder = image;
  if (slash >= 0) {
    const first = image.slice(0, slash);
    if (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first) {
      domain = first;
      remainder = image.slice(slash + 1);
    }
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`;
  const tagColon = remainder.indexOf(':');
  const remoteName = tagColon < 0 ? remainder : remainder.slice(0, tagColon);
  if (remoteName.toLowerCase() !== remoteName) return 'repository name must be lowercase';

  const normalized = `${domain}/${remainder}`;
  const matched = matchReference(normalized);
  if (!matched) return 'invalid reference format';
  if (matched.name.length > 255) return 'repository name must not be more than 255 characters';
  if (matched.digest !== undefined) return digestProblem(matched.digest);
  return undefined;
}
