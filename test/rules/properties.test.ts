import * as fc from 'fast-check';
import { posix } from 'path';
import { cleanPath } from '../../lib/rules';
import { base64DecodedLength } from '../../lib/rules/config';
import { hasBackstep } from '../../lib/rules/mounts';
import { cronJob, deployment, found, mutated, pdb } from './fixtures';

const C = 'spec.template.spec.containers[0]';
const codesAt = (object: unknown, field: string) =>
  found(object)
    .filter(([, f]) => f === field)
    .map(([code]) => code);

describe('rules on both sides of their edges', () => {
  test('containerPort: an error exactly outside 1-65535 or when not a number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -3, max: 70000 }), fc.constantFrom(0, 1, 65535, 65536, 80.5, '80')), (port) => {
        const d = mutated(deployment(), (x) => (x.spec.template.spec.containers[0].ports[0].containerPort = port));
        const valid = typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535;
        expect(codesAt(d, `${C}.ports[0].containerPort`)).toEqual(valid ? [] : ['invalid-port']);
      }),
    );
  });

  test('cpu request above limit, and a zero limit, in millicores', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (request, limit) => {
        const d = mutated(
          deployment(),
          (x) => (x.spec.template.spec.containers[0].resources = { requests: { cpu: `${request}m` }, limits: { cpu: `${limit / 1000}` } }),
        );
        expect(codesAt(d, `${C}.resources.requests[cpu]`)).toEqual(request > limit ? ['request-above-limit'] : []);
        expect(codesAt(d, `${C}.resources.limits[cpu]`)).toEqual(limit === 0 ? ['invalid-quantity'] : []);
      }),
    );
  });

  test('hostUsers: false warns of its gate and forbids each node namespace; anything else is left alone or not a boolean', () => {
    const flag = fc.constantFrom(undefined, false, true);
    fc.assert(
      fc.property(fc.constantFrom(undefined, true, false, 'false'), flag, flag, flag, (hostUsers, hostNetwork, hostPID, hostIPC) => {
        const d = mutated(deployment(), (x) => Object.assign(x.spec.template.spec, { hostUsers, hostNetwork, hostPID, hostIPC }));
        const T = 'spec.template.spec';
        expect(codesAt(d, `${T}.hostUsers`)).toEqual(
          hostUsers === false ? ['user-namespace-feature-gate'] : hostUsers === 'false' ? ['invalid-manifest'] : [],
        );
        for (const [field, value] of Object.entries({ hostNetwork, hostPID, hostIPC })) {
          expect(codesAt(d, `${T}.${field}`)).toEqual(hostUsers === false && value === true ? ['user-namespace-host-namespace'] : []);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('replicas: an error exactly below 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 5 }), (replicas) => {
        expect(
          codesAt(
            mutated(deployment(), (x) => (x.spec.replicas = replicas)),
            'spec.replicas',
          ),
        ).toEqual(replicas < 0 ? ['invalid-workload'] : []);
      }),
    );
  });

  test('PDB bounds: whole numbers of 0 or more, or percentages up to 100%', () => {
    const bound = fc.oneof(
      fc.integer({ min: -3, max: 10 }),
      fc.integer({ min: 0, max: 120 }).map((p) => `${p}%`),
      fc.constantFrom('1', '50', '-1%', '1.5%', 1.5),
    );
    fc.assert(
      fc.property(bound, (value) => {
        const valid =
          typeof value === 'number' ? Number.isInteger(value) && value >= 0 : /^[0-9]+%$/.test(value) && Number(value.slice(0, -1)) <= 100;
        expect(
          codesAt(
            mutated(pdb(), (p) => (p.spec.minAvailable = value)),
            'spec.minAvailable',
          ),
        ).toEqual(valid ? [] : ['invalid-pdb']);
      }),
    );
  });

  test('CronJob names: at most 52 characters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 45, max: 60 }), (length) => {
        expect(
          codesAt(
            mutated(cronJob(), (c) => (c.metadata.name = 'r'.repeat(length))),
            'metadata.name',
          ),
        ).toEqual(length > 52 ? ['invalid-name'] : []);
      }),
    );
  });

  const segment = fc.constantFrom('a', 'b', '.', '..', '', 'data');
  const absolutePath = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => `/${parts.join('/')}`);

  test('cleanPath is Go path.Clean: posix normalize without the trailing slash', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          absolutePath,
          fc.array(segment, { minLength: 1, maxLength: 5 }).map((p) => p.join('/')),
        ),
        (path) => {
          const normalized = posix.normalize(path);
          const expected = normalized.length > 1 ? normalized.replace(/\/$/, '') : normalized;
          expect(cleanPath(path)).toBe(expected === '' ? '.' : expected);
        },
      ),
    );
  });

  test('base64DecodedLength is the length Node decodes, padding and line breaks included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.nat(), (bytes, at) => {
        const encoded = Buffer.from(bytes).toString('base64');
        expect(base64DecodedLength(encoded)).toBe(bytes.length);
        const i = encoded.length === 0 ? 0 : at % encoded.length;
        expect(base64DecodedLength(`${encoded.slice(0, i)}\r\n${encoded.slice(i)}`)).toBe(bytes.length);
      }),
    );
    expect(['YQ=', 'Y===', 'YQ==YQ==', 'YQ-_'].map(base64DecodedLength)).toEqual([undefined, undefined, undefined, undefined]);
  });

  // cleantests of Go's src/path/path_test.go, and its check that a clean path stays as it is.
  test.each([
    ['', '.'],
    ['abc', 'abc'],
    ['abc/def', 'abc/def'],
    ['a/b/c', 'a/b/c'],
    ['.', '.'],
    ['..', '..'],
    ['../..', '../..'],
    ['../../abc', '../../abc'],
    ['/abc', '/abc'],
    ['/', '/'],
    ['abc/', 'abc'],
    ['abc/def/', 'abc/def'],
    ['a/b/c/', 'a/b/c'],
    ['./', '.'],
    ['../', '..'],
    ['../../', '../..'],
    ['/abc/', '/abc'],
    ['abc//def//ghi', 'abc/def/ghi'],
    ['//abc', '/abc'],
    ['///abc', '/abc'],
    ['//abc//', '/abc'],
    ['abc//', 'abc'],
    ['abc/./def', 'abc/def'],
    ['/./abc/def', '/abc/def'],
    ['abc/.', 'abc'],
    ['abc/def/ghi/../jkl', 'abc/def/jkl'],
    ['abc/def/../ghi/../jkl', 'abc/jkl'],
    ['abc/def/..', 'abc'],
    ['abc/def/../..', '.'],
    ['/abc/def/../..', '/'],
    ['abc/def/../../..', '..'],
    ['/abc/def/../../..', '/'],
    ['abc/def/../../../ghi/jkl/../../../mno', '../../mno'],
    ['abc/./../def', 'def'],
    ['abc//./../def', 'def'],
    ['abc/../../././../def', '../../def'],
  ])('path.Clean(%j) is %j', (path, clean) => {
    expect(cleanPath(path)).toBe(clean);
    expect(cleanPath(clean)).toBe(clean);
  });

  // validatePathNoBacksteps splits on "/" and looks for a ".." element.
  test.each([
    ['..', true],
    ['../a', true],
    ['a/..', true],
    ['a/../b', true],
    ['/..', true],
    ['..a', false],
    ['a..', false],
    ['/..a', false],
    ['a/..b', false],
    ['...', false],
    ['a/.../b', false],
  ])('hasBackstep(%j) is %j', (path, backstep) => expect(hasBackstep(path)).toBe(backstep));

  test('two mounts collide exactly when their cleaned paths are equal', () => {
    fc.assert(
      fc.property(absolutePath, absolutePath, (first, second) => {
        fc.pre(!first.split('/').includes('..') && !second.split('/').includes('..'));
        const d = mutated(deployment(), (x) => {
          x.spec.template.spec.containers[0].volumeMounts = [
            { name: 'data', mountPath: first },
            { name: 'data', mountPath: second },
          ];
        });
        const collide = posix.normalize(first).replace(/(.)\/$/, '$1') === posix.normalize(second).replace(/(.)\/$/, '$1');
        expect(codesAt(d, `${C}.volumeMounts[1].mountPath`)).toEqual(collide ? ['duplicate-mount-path'] : []);
      }),
    );
  });
});
