// @ts-nocheck
import { imageReferenceProblem } from './image';

const hex = (n: number, c = 'f') => c.repeat(n);

describe('imageReferenceProblem follows reference.ParseNormalizedNamed', () => {
  // Accepted references, many from docker/distribution reference_test.go and normalize_test.go.
  test.each([
    'busybox',
    'busybox:1.36',
    'library/busybox',
    'docker.io/library/busybox:latest',
    'index.docker.io/busybox',
    'test_com',
    'test.com:tag',
    'test.com:5000',
    'test.com/repo:tag',
    'test:5000/repo',
    'test:5000/repo:tag',
    `test:5000/repo@sha256:${hex(64)}`,
    `test:5000/repo:tag@sha256:${hex(64)}`,
    'lowercase:Uppercase',
    'sub-dom1.foo.com/bar/baz/quux:some-long-tag',
    'b.gcr.io/test.example.com/my-app:test.example.com',
    'xn--n3h.com/myimage:xn--n3h.com',
    `xn--7o8h.com/myimage:xn--7o8h.com@sha512:${hex(128)}`,
    'foo_bar.com:8080',
    'foo/foo_bar.com:8080',
    '192.168.1.1',
    '192.168.1.1:5000/repo',
    'localhost:5000/foo/bar:1.0',
    'localhost/foo',
    'a__b/c.d/e-f/g--h',
    'registry.example.com/team/app:v1.2.3-rc.1_build',
    `app:${'t'.repeat(128)}`,
    // A first component with an uppercase letter is taken for a registry host (splitDockerDomain).
    'MyRegistry/app',
    `ubuntu@sha384:${hex(96)}`,
  ])('accepts %s', (image) => {
    expect(imageReferenceProblem(image)).toBeUndefined();
  });

  test.each<[string, string]>([
    ['', 'at least one component'],
    [':justtag', 'invalid reference format'],
    [`@sha256:${hex(64)}`, 'invalid reference format'],
    ['Uppercase:tag', 'must be lowercase'],
    ['test:5000/Uppercase/lowercase:tag', 'must be lowercase'],
    ['docker.io/Library/busybox', 'must be lowercase'],
    ['aa/asdf$$^/aa', 'invalid reference format'],
    [`${'a/'.repeat(128)}a:tag`, 'more than 255'],
    [`validname@invaliddigest:${hex(64)}`, 'unsupported digest algorithm'],
    [`repo@sha256:${hex(63)}`, 'length'],
    [`repo@sha256:${hex(64, 'F')}`, 'lowercase'],
    ['repo@sha256:ffff', 'invalid reference format'],
    [hex(64, 'a'), '64-byte hexadecimal'],
    ['[fe80::1]:5000/foo', 'invalid reference format'],
    ['foo:', 'invalid reference format'],
    ['foo@', 'invalid reference format'],
    ['a..b', 'invalid reference format'],
    ['a___b', 'invalid reference format'],
    ['a-_b', 'invalid reference format'],
    ['-a', 'invalid reference format'],
    ['a-', 'invalid reference format'],
    [`app:${'t'.repeat(129)}`, 'invalid reference format'],
    ['app:.tag', 'invalid reference format'],
    ['app:-tag', 'invalid reference format'],
    ['app:1.0:2.0', 'invalid reference format'],
    [' busybox', 'invalid reference format'],
    ['busybox ', 'invalid reference format'],
    ['host:port/app', 'invalid reference format'],
    ['-host.com/app', 'invalid reference format'],
  ])('refuses %j (%s)', (image, reason) => {
    expect(imageReferenceProblem(image)).toContain(reason);
  });
});
