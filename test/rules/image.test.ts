import * as fc from 'fast-check';
import { parseImageReference } from '../../lib/rules';

const f64 = 'f'.repeat(64);
const hex64 = '1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a';

function ok(image: string) {
  const result = parseImageReference(image);
  if (!result.ok) throw new Error(`${image}: ${result.reason}`);
  return result.reference;
}
function reason(image: string): string {
  const result = parseImageReference(image);
  if (result.ok) throw new Error(`${image} should be refused`);
  return result.reason;
}

// TestReferenceParse of github.com/docker/distribution/reference (reference_test.go, as vendored
// by Kubernetes 1.28), run through ParseNormalizedNamed as the kubelet does: domain and path are
// the normalised ones.
describe('reference_test.go TestReferenceParse, normalised', () => {
  test.each([
    ['test_com', 'docker.io', 'library/test_com', undefined, undefined],
    ['test.com:tag', 'docker.io', 'library/test.com', 'tag', undefined],
    ['test.com:5000', 'docker.io', 'library/test.com', '5000', undefined],
    ['test.com/repo:tag', 'test.com', 'repo', 'tag', undefined],
    ['test:5000/repo', 'test:5000', 'repo', undefined, undefined],
    ['test:5000/repo:tag', 'test:5000', 'repo', 'tag', undefined],
    [`test:5000/repo@sha256:${f64}`, 'test:5000', 'repo', undefined, `sha256:${f64}`],
    [`test:5000/repo:tag@sha256:${f64}`, 'test:5000', 'repo', 'tag', `sha256:${f64}`],
    ['lowercase:Uppercase', 'docker.io', 'library/lowercase', 'Uppercase', undefined],
    ['sub-dom1.foo.com/bar/baz/quux', 'sub-dom1.foo.com', 'bar/baz/quux', undefined, undefined],
    ['sub-dom1.foo.com/bar/baz/quux:some-long-tag', 'sub-dom1.foo.com', 'bar/baz/quux', 'some-long-tag', undefined],
    ['b.gcr.io/test.example.com/my-app:test.example.com', 'b.gcr.io', 'test.example.com/my-app', 'test.example.com', undefined],
    ['xn--n3h.com/myimage:xn--n3h.com', 'xn--n3h.com', 'myimage', 'xn--n3h.com', undefined],
    [`xn--7o8h.com/myimage:xn--7o8h.com@sha512:${'f'.repeat(128)}`, 'xn--7o8h.com', 'myimage', 'xn--7o8h.com', `sha512:${'f'.repeat(128)}`],
    ['foo_bar.com:8080', 'docker.io', 'library/foo_bar.com', '8080', undefined],
    ['foo/foo_bar.com:8080', 'docker.io', 'foo/foo_bar.com', '8080', undefined],
  ])('%s', (image, domain, path, tag, digest) => {
    expect(ok(image)).toEqual({ domain, path, ...(tag && { tag }), ...(digest && { digest }) });
  });

  test.each([
    ['', 'invalid format'],
    [':justtag', 'invalid format'],
    [`@sha256:${f64}`, 'invalid format'],
    [`repo@sha256:${'f'.repeat(34)}`, 'sha256 digest has 64 hexadecimal digits, not 34'],
    [`validname@invaliddigest:${f64}`, 'algorithm invaliddigest is not supported'],
    ['Uppercase:tag', 'must be lowercase'],
    ['test:5000/Uppercase/lowercase:tag', 'must be lowercase'],
    [`${'a/'.repeat(128)}a:tag`, 'more than 255'],
    ['aa/asdf$$^/aa', 'does not match'],
  ])('%s is refused (%s)', (image, why) => {
    expect(reason(image)).toContain(why === 'invalid format' ? '' : why);
  });

  test('a name of exactly 255 characters passes Parse but not once normalised with docker.io/', () => {
    expect(reason(`${'a/'.repeat(127)}a:tag-puts-this-over-max`)).toContain('265 characters long, more than 255');
  });
});

// TestValidateReferenceName and TestValidateRemoteName of normalize_test.go.
describe('normalize_test.go', () => {
  test.each([
    'docker/docker',
    'library/debian',
    'debian',
    'docker.io/docker/docker',
    'docker.io/library/debian',
    'docker.io/debian',
    'index.docker.io/docker/docker',
    'index.docker.io/library/debian',
    'index.docker.io/debian',
    '127.0.0.1:5000/docker/docker',
    '127.0.0.1:5000/library/debian',
    '127.0.0.1:5000/debian',
    'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
    `docker.io/${hex64}`,
    'docker-rules/docker',
    'docker---rules/docker',
    'doc/docker',
    'd/docker',
    'jess/t',
    'dock__er/docker',
  ])('accepts %s', (image) => expect(parseImageReference(image).ok).toBe(true));

  test.each([
    'https://github.com/docker/docker',
    'docker/Docker',
    '-docker',
    '-docker/docker',
    '-docker.io/docker/docker',
    'docker///docker',
    'docker.io/docker/Docker',
    'docker.io/docker///docker',
    hex64,
    'docker-/docker',
    '-docker-/docker',
    '____/____',
    '_docker/_docker',
    'dock..er/docker',
    'dock_.er/docker',
    'dock-.er/docker',
    'docker/',
    `${'this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_'.repeat(4)}/docker`,
  ])('refuses %s', (image) => expect(parseImageReference(image).ok).toBe(false));

  test('index.docker.io and short names normalise to docker.io/library', () => {
    expect(ok('index.docker.io/debian')).toEqual({ domain: 'docker.io', path: 'library/debian' });
    expect(ok('busybox:latest@sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa')).toMatchObject({
      domain: 'docker.io',
      path: 'library/busybox',
      tag: 'latest',
    });
  });
});

describe('the grammar the kubelet parses with', () => {
  test('uppercase is allowed in the registry host but not in the path', () => {
    expect(ok('Registry.Example.COM:5000/team/app:V1')).toEqual({ domain: 'Registry.Example.COM:5000', path: 'team/app', tag: 'V1' });
    expect(reason('registry.example.com/Team/app:1')).toContain('must be lowercase');
    expect(reason('Foo:1.0')).toContain('must be lowercase');
  });

  test('localhost is a registry; a first component without "." or ":" is a path', () => {
    expect(ok('localhost/app')).toEqual({ domain: 'localhost', path: 'app' });
    expect(ok('team/app')).toEqual({ domain: 'docker.io', path: 'team/app' });
  });

  test('digests: sha256, sha384 and sha512 with their exact lowercase hex lengths', () => {
    expect(ok(`app@sha384:${'a'.repeat(96)}`).digest).toBe(`sha384:${'a'.repeat(96)}`);
    expect(reason(`app@sha256:${'A'.repeat(64)}`)).toContain('lowercase hexadecimal');
    expect(reason(`app@sha256:${'a'.repeat(63)}`)).toContain('not 63');
    expect(reason(`app@sha512:${'a'.repeat(64)}`)).toContain('128 hexadecimal digits');
    expect(reason(`app@md5:${'a'.repeat(32)}`)).toContain('not supported');
  });

  test('tags: [\\w][\\w.-]{0,127}', () => {
    expect(ok(`app:${'t'.repeat(128)}`).tag).toHaveLength(128);
    expect(parseImageReference(`app:${'t'.repeat(129)}`).ok).toBe(false);
    expect(parseImageReference('app:-tag').ok).toBe(false);
    expect(parseImageReference('app:.tag').ok).toBe(false);
    expect(ok('app:_tag').tag).toBe('_tag');
    expect(reason('app:v1 ')).toContain('whitespace');
  });

  test('a bare 64-hex name is refused; 63 hex digits are a name', () => {
    expect(reason(hex64)).toContain('64-character hexadecimal');
    expect(ok(hex64.slice(1)).path).toBe(`library/${hex64.slice(1)}`);
  });

  const component = fc.stringMatching(/^[a-z0-9]{1,6}(?:(?:[._]|__|-{1,3})[a-z0-9]{1,6}){0,2}$/);
  const domain = fc.stringMatching(/^[a-zA-Z0-9]{1,5}(?:\.[a-zA-Z0-9]{1,5}){1,2}(?::[0-9]{1,5})?$/);
  const tag = fc.stringMatching(/^\w[\w.-]{0,20}$/);

  test('generated valid references parse to their parts', () => {
    fc.assert(
      fc.property(domain, fc.array(component, { minLength: 1, maxLength: 3 }), fc.option(tag), (host, path, maybeTag) => {
        const image = `${host}/${path.join('/')}${maybeTag === null ? '' : `:${maybeTag}`}`;
        expect(ok(image)).toEqual({ domain: host, path: path.join('/'), ...(maybeTag !== null && { tag: maybeTag }) });
      }),
    );
  });

  test('an uppercase letter anywhere in the path is refused', () => {
    fc.assert(
      fc.property(domain, fc.array(component, { minLength: 1, maxLength: 3 }), fc.nat(), (host, path, at) => {
        const joined = path.join('/');
        const letters = [...joined].map((c, i) => (/[a-z]/.test(c) ? i : -1)).filter((i) => i >= 0);
        fc.pre(letters.length > 0);
        const i = letters[at % letters.length];
        const image = `${host}/${joined.slice(0, i)}${joined[i].toUpperCase()}${joined.slice(i + 1)}`;
        expect(reason(image)).toContain('lowercase');
      }),
    );
  });

  test('long failing inputs do not backtrack for long', () => {
    const start = process.hrtime.bigint();
    for (const image of [
      'a'.repeat(5000) + '!',
      'a-'.repeat(2000) + '!',
      `${'a.'.repeat(1500)}a/${'b_'.repeat(1500)}!`,
      `x/${'a1'.repeat(3000)}:${'t'.repeat(200)}`,
    ]) {
      expect(parseImageReference(image).ok).toBe(false);
    }
    expect(Number(process.hrtime.bigint() - start) / 1e6).toBeLessThan(500);
  });
});

describe('the reasons, word for word (the invalid-image finding quotes them)', () => {
  const MATCH =
    'it does not match [registry[:port]/]path[:tag][@digest] (path components are lowercase letters and digits separated by ., _, __ or -)';
  const TAG_RULE = 'is not valid (a letter, digit or _ then up to 127 letters, digits, _, . or -)';
  test.each([
    ['a'.repeat(64), 'a repository name cannot be a 64-character hexadecimal string'],
    ['Foo:1.0', 'the repository name must be lowercase'],
    ['app:v1 ', 'it contains whitespace'],
    ['app:-v1', `the tag "-v1" ${TAG_RULE}`],
    ['app:', `the tag "" ${TAG_RULE}`],
    [`app:${'a'.repeat(129)}`, `the tag "${'a'.repeat(129)}" ${TAG_RULE}`],
    ['app@sha1', 'the digest is not algorithm:hex with at least 32 hex digits'],
    ['app@', 'the digest is not algorithm:hex with at least 32 hex digits'],
    [`app@sha256:${'A'.repeat(64)}`, 'the sha256 digest must be lowercase hexadecimal'],
    [`app@sha256:${'a'.repeat(63)}`, 'a sha256 digest has 64 hexadecimal digits, not 63'],
    [`app@sha384:${'a'.repeat(64)}`, 'a sha384 digest has 96 hexadecimal digits, not 64'],
    [`app@sha512:${'a'.repeat(64)}`, 'a sha512 digest has 128 hexadecimal digits, not 64'],
    [`app@md5:${'a'.repeat(32)}`, 'the digest algorithm md5 is not supported (sha256, sha384 or sha512)'],
    [`app@sha256-x:${'a'.repeat(32)}`, 'the digest algorithm sha256-x is not supported (sha256, sha384 or sha512)'],
    ['app//x', MATCH],
    ['-app', MATCH],
    ['registry.example.com:/app', MATCH],
    [`${'a/'.repeat(127)}a:tag`, `the repository name docker.io/${'a/'.repeat(127)}a is 265 characters long, more than 255`],
    ['appX', 'the repository name must be lowercase'],
    ['app@sha256:-x', 'the digest is not algorithm:hex with at least 32 hex digits'],
    ['app:1.0@sha256:zz', 'the digest is not algorithm:hex with at least 32 hex digits'],
    [`app_-x@sha256:${'a'.repeat(64)}`, MATCH],
    [`app@sha256:A${'a'.repeat(63)}`, 'the sha256 digest must be lowercase hexadecimal'],
    [`app@sha256:${'a'.repeat(63)}A`, 'the sha256 digest must be lowercase hexadecimal'],
  ])('%j: %s', (image, why) => expect(reason(image)).toBe(why));

  test('a name of 255 characters once normalised, and a path of 65 hex digits, are names', () => {
    expect(ok('a'.repeat(237)).path).toHaveLength(245);
    expect(ok('a'.repeat(65)).path).toBe(`library/${'a'.repeat(65)}`);
  });

  test('a reference without a tag or digest has no such keys', () => {
    expect(Object.keys(ok('nginx'))).toEqual(['domain', 'path']);
    expect(Object.keys(ok(`nginx:1@sha256:${'a'.repeat(64)}`))).toEqual(['domain', 'path', 'tag', 'digest']);
  });

  test('a tag and a digest together; the digest pins it', () => {
    expect(ok(`app:1@sha256:${'a'.repeat(64)}`)).toEqual({
      domain: 'docker.io',
      path: 'library/app',
      tag: '1',
      digest: `sha256:${'a'.repeat(64)}`,
    });
    expect(ok(`app@sha384:${'b'.repeat(96)}`)).toMatchObject({ digest: `sha384:${'b'.repeat(96)}` });
  });

  test('an image parsed again, or after many others, gives the same answer', () => {
    const first = parseImageReference('nginx:1.25');
    for (let i = 0; i < 1100; i++) parseImageReference(`app-${i}:1`);
    expect(parseImageReference('nginx:1.25')).toEqual(first);
  });
});
