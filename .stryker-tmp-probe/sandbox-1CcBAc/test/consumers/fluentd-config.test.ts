/**
 * The log shipper's `fluent.conf`, read the way Fluentd reads it (a transcription of its v1
 * parser, ./fluentd-v1-parser.ts): whatever values the shipper is given, the file holds exactly
 * one `<source>` (the tail of the app's logs) and one `<match>`, each value stays one value, and
 * what cannot be a value is refused at synth with the pod's path.
 */
// @ts-nocheck

import * as fc from 'fast-check';
import { AppPod, Sidecar } from '../../lib';
import { PodPatternError } from '../../lib/errors';
import { errorOf, newChart, ofKind, synth } from '../util';
import { descendants, FluentConfig, FluentParseError, parseFluentConfig } from './fluentd-v1-parser';

const app = { image: 'myapp:1.0', ports: [{ number: 8080, name: 'http' }] };

/** The fluent.conf the library writes for these options, from the synthesized ConfigMap. */
function fluentConf(options: Parameters<typeof Sidecar.logShipper>[0]): string {
  const chart = newChart();
  new AppPod(chart, 'Web', { app, extensions: [Sidecar.logShipper(options)] });
  const [configMap] = ofKind(synth(chart), 'ConfigMap');
  return configMap.data['fluent.conf'];
}

/** Asserts the shape every log shipper config must have, and returns the parsed config. */
function expectOneSourceOneMatch(text: string): FluentConfig {
  const config = parseFluentConfig(text);
  expect(config.root.elements.map((e) => e.name)).toEqual(['source', 'match']);
  expect(Object.keys(config.root.attrs)).toEqual([]);
  const [source, match] = config.root.elements;
  expect(source.attrs['@type']).toBe('tail');
  expect(source.elements.map((e) => e.name)).toEqual(['parse']);
  expect(match.arg).toBe('app');
  const nested = descendants(match).map((e) => e.name);
  for (const topLevel of ['source', 'match', 'filter', 'label', 'system', 'worker']) {
    expect(nested).not.toContain(topLevel);
  }
  expect(descendants(match).map((e) => e.attrs['@type'])).not.toContain('exec');
  expect(match.attrs['@type'] ?? '').not.toMatch(/^exec/);
  expect(config.evaluatedCode).toEqual([]);
  expect(config.includes).toEqual([]);
  return config;
}

describe('the transcribed parser reads Fluentd v1 configs as Fluentd does', () => {
  test('the injection the shipper used to allow is visible to it: a newline in a path adds a <source> that runs commands', () => {
    const injected = [
      '<source>',
      '  @type tail',
      '  path /var/log/app',
      '</source>',
      '<source>',
      '  @type exec',
      '  command touch /tmp/pwned',
      '</source>',
      '<source>',
      '  path x/*.log',
      '</source>',
    ].join('\n');
    const config = parseFluentConfig(injected);
    expect(config.root.elements.map((e) => [e.name, e.attrs['@type']])).toEqual([
      ['source', 'tail'],
      ['source', 'exec'],
      ['source', undefined],
    ]);
  });

  test('quoted, JSON and multi-line values, comments, embedded code and includes', () => {
    const config = parseFluentConfig(
      [
        '<match app>',
        "  a 'it\\'s # not a comment' # a comment",
        '  b "two',
        'lines"',
        '  c [1,',
        '  2]',
        '  d "#{ENV[\'HOME\']}"',
        '  e plain value # comment',
        '  @include extra.conf',
        '</match>',
      ].join('\n'),
    );
    const [match] = config.root.elements;
    expect(match.attrs).toMatchObject({ a: "it's # not a comment", b: 'two\nlines', c: '[1,2]', e: 'plain value' });
    expect(config.evaluatedCode).toEqual(["ENV['HOME']"]);
    expect(config.includes).toEqual(['extra.conf']);
    expect(() => parseFluentConfig('<match app>\n  a "open\n')).toThrow(FluentParseError);
    expect(() => parseFluentConfig('<match app>\n</source>\n')).toThrow(FluentParseError);
  });
});

describe('log shipper fluent.conf', () => {
  test('the default config: one tail source of /var/log/app/*.log, one stdout match', () => {
    const config = expectOneSourceOneMatch(fluentConf({}));
    expect(config.root.elements[0].attrs.path).toBe('/var/log/app/*.log');
    expect(config.root.elements[1].attrs['@type']).toBe('stdout');
  });

  test('quote characters, "#", section markers and directive text in a path stay one value', () => {
    const logPath = "/var/log/it's #1 <dir> </source> @type exec";
    const filePattern = 'x\' </source><source> @type exec "$(touch /tmp/pwned)" # *.log';
    const config = expectOneSourceOneMatch(fluentConf({ logPath, filePattern }));
    expect(config.root.elements[0].attrs.path).toBe(`${logPath}/${filePattern}`);
  });

  test('an output with nested sections, quoted values, JSON and comments stays inside its <match>', () => {
    const output = [
      '@type copy',
      '<store>',
      '  @type forward',
      '  <server>',
      '    host logs.example.com # the aggregator',
      '    port 24224',
      '  </server>',
      '  <buffer tag, time>',
      "    path '/fluentd/log/buffer </match>'",
      '  </buffer>',
      '</store>',
      '<store> # a second copy',
      '  @type stdout',
      '  tag_key "</match>\\n<source>"',
      '  keys ["a", "b"]',
      '</store>',
    ].join('\n');
    const config = expectOneSourceOneMatch(fluentConf({ output }));
    const match = config.root.elements[1];
    expect(match.elements.map((e) => e.name)).toEqual(['store', 'store']);
    expect(match.elements[0].elements.map((e) => [e.name, e.arg])).toEqual([
      ['server', ''],
      ['buffer', 'tag, time'],
    ]);
    expect(match.elements[0].elements[1].attrs.path).toBe('/fluentd/log/buffer </match>');
    expect(match.elements[1].attrs.tag_key).toBe('</match>\n<source>');
  });

  const hostile: Array<[string, Parameters<typeof Sidecar.logShipper>[0], string, RegExp]> = [
    ['a newline in logPath', { logPath: '/var/log/app\n</source>\n<source>\n  @type exec' }, 'invalid-log-path', /control character/],
    ['a newline in filePattern', { filePattern: '*.log\n</source>' }, 'invalid-log-path', /control character/],
    ['a carriage return in filePattern', { filePattern: '*.log\r<source>' }, 'invalid-log-path', /control character/],
    ['a comma in filePattern (a second path)', { filePattern: '*.log,/etc/*' }, 'invalid-log-path', /separator between two paths/],
    ['a comma in logPath', { logPath: '/var/log/a,/etc' }, 'invalid-log-path', /separator between two paths/],
    ['".." in filePattern', { filePattern: '../../etc/passwd' }, 'invalid-log-path', /under logPath/],
    ['an absolute filePattern', { filePattern: '/etc/*' }, 'invalid-log-path', /under logPath/],
    ['a glob in logPath', { logPath: '/var/log/*' }, 'invalid-log-path', /pattern/],
    ['a relative logPath', { logPath: 'logs' }, 'invalid-log-path', /absolute/],
    [
      'an output closing the <match>',
      { output: '@type stdout\n</match>\n<source>\n  @type exec\n  command id\n</source>\n<match x>' },
      'invalid-log-output',
      /closing a section/,
    ],
    [
      'an output opening a <source>',
      { output: '@type stdout\n<source>\n@type exec\n</source>' },
      'invalid-log-output',
      /top-level section/,
    ],
    ['an output running commands', { output: '@type exec\ncommand touch /tmp/pwned' }, 'invalid-log-output', /runs commands/],
    [
      'an output running commands inside <store>',
      { output: "@type copy\n<store>\n@type 'exec_filter'\n</store>" },
      'invalid-log-output',
      /runs commands/,
    ],
    ['an output with embedded Ruby', { output: '@type stdout\ntag "#{`id`}"' }, 'invalid-log-output', /Ruby/],
    ['an output including a file', { output: '@include /etc/fluent/extra.conf' }, 'invalid-log-output', /including/],
    ['an output whose quoted value runs on', { output: '@type stdout\ntag "x\n</match>\n<source>\n"' }, 'invalid-log-output', /next lines/],
    ['an output whose JSON runs on', { output: '@type stdout\nkeys [\n</match>\n]' }, 'invalid-log-output', /next lines/],
    ['an output with a line continuation', { output: '@type stdout\ntag "x\\\n</match>"' }, 'invalid-log-output', /continues it/],
    ['an output with an unclosed section', { output: '@type copy\n<store>' }, 'invalid-log-output', /never closed/],
    ['an output without @type', { output: '<buffer>\n</buffer>' }, 'invalid-log-output', /without "@type"/],
  ];

  test.each(hostile)('%s is refused at synth, naming the pod and the shipper', (_, options, code, what) => {
    const error = errorOf(() => fluentConf(options));
    expect(error.code).toBe(code);
    expect(error.path).toBe('test/Web');
    expect(error.message).toMatch(/^test\/Web: log shipper "log-shipper" .+\. Fix: .+ \[[a-z-]+\]$/s);
    expect(error.message).toMatch(what);
  });

  test('a refused shipper carries no config at all', () => {
    expect(Sidecar.logShipper({ filePattern: '*.log\n<source>' }).props.config).toBeUndefined();
  });

  // Characters that mean something to Fluentd's parser, to in_tail, to a shell or to YAML, mixed
  // with plain text so that both refused and accepted values come up.
  const special = fc.constantFrom(...'\'"#<>/\\ ,.*?[]{}%@$`;|&\n\r\t'.split(''), '</source>', '<source>', '#{', '..', '@type exec');
  const plain = fc.stringMatching(/^[a-z0-9_-]{1,6}$/);
  const piece = fc.oneof(
    { weight: 3, arbitrary: plain },
    { weight: 2, arbitrary: special },
    fc.string({ unit: 'grapheme-ascii', maxLength: 3 }),
  );
  const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

  test('property: any logPath and filePattern is refused or stays one path of one <source>', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(text, text, (rawDir, filePattern) => {
        const logPath = `/${rawDir}`;
        let conf: string;
        try {
          conf = fluentConf({ logPath, filePattern });
        } catch (error) {
          expect(error).toBeInstanceOf(PodPatternError);
          expect(['invalid-log-path', 'invalid-mount-path', 'duplicate-mount-path']).toContain((error as PodPatternError).code);
          refused++;
          return;
        }
        const config = expectOneSourceOneMatch(conf);
        // in_tail splits at "," and strips: one path means no comma and nothing to strip.
        const path = config.root.elements[0].attrs.path;
        expect(path).toBe(`${logPath}/${filePattern}`);
        expect(path.split(',').map((p) => p.trim())).toEqual([path]);
        accepted++;
      }),
      { numRuns: 300 },
    );
    // The generator must reach both: accepted values, and values the library refuses.
    expect(accepted).toBeGreaterThan(30);
    expect(refused).toBeGreaterThan(30);
  });

  const hostileLine = fc.constantFrom(
    '@type exec',
    "@type 'exec'",
    '</match>',
    '<source>',
    '</source>',
    '<match **>',
    '</server>',
    '@include x.conf',
    'tag "#{`id`}"',
  );
  const parameter = fc.oneof(
    fc.constantFrom('port 24224', 'host logs.example.com', '', '# comment', 'flush_interval 5s # often'),
    fc.tuple(fc.constantFrom('host', 'tag', 'path', 'keys', '@label'), text).map(([k, v]) => `${k} ${v}`),
    fc
      .tuple(fc.constantFrom('host', 'tag'), fc.constantFrom('"', "'", '[', '{'), text, fc.constantFrom('"', "'", ']', '}', ''))
      .map(([k, open, v, close]) => `${k} ${open}${v}${close}`),
  );
  const section = fc
    .tuple(fc.constantFrom('server', 'buffer tag, time', 'store', 'format'), fc.array(parameter, { maxLength: 3 }))
    .map(([tag, body]) => [`<${tag}>`, ...body, `</${tag.split(' ')[0]}>`]);
  const outputBody = fc
    .tuple(
      fc.constantFrom('@type stdout', '@type forward', '@type copy'),
      fc.array(
        fc.oneof(
          { weight: 3, arbitrary: parameter.map((line) => [line]) },
          { weight: 2, arbitrary: section },
          { weight: 1, arbitrary: hostileLine.map((line) => [line]) },
        ),
        { maxLength: 5 },
      ),
    )
    .map(([type, blocks]) => [type, ...blocks.flat()]);

  test('property: any output is refused or stays the body of the one <match>', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(outputBody, (lines) => {
        const output = lines.join('\n');
        let conf: string;
        try {
          conf = fluentConf({ output });
        } catch (error) {
          expect(error).toBeInstanceOf(PodPatternError);
          expect((error as PodPatternError).code).toBe('invalid-log-output');
          refused++;
          return;
        }
        let config: FluentConfig;
        try {
          config = parseFluentConfig(conf);
        } catch (error) {
          // A body Fluentd cannot read stops Fluentd from starting; it never adds a directive.
          expect(error).toBeInstanceOf(FluentParseError);
          return;
        }
        expect(config.root.elements.map((e) => e.name)).toEqual(['source', 'match']);
        expectOneSourceOneMatch(conf);
        accepted++;
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(30);
    expect(refused).toBeGreaterThan(30);
  });
});
