// Parity: every case of tests/corpus/ linted through the WASM build gives exactly the
// diagnostics of the native CLI (`walint lint --format json`), field for field.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';

import { loadEsm, ROOT } from './helpers.mjs';

const walint = await loadEsm();
const CORPUS = process.env.WALINT_CORPUS ?? join(ROOT, 'tests', 'corpus');
const CLI = process.env.WALINT_CLI ?? join(ROOT, 'target', 'debug', 'walint');

function corpusCases(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return corpusCases(path);
      return entry.name.endsWith('.json') ? [path] : [];
    })
    .sort();
}

function nativeReports(files) {
  if (!existsSync(CLI)) {
    throw new Error(`native CLI not found at ${CLI}: run \`cargo build --bin walint\` (scripts/test-wasm.sh does)`);
  }
  // An empty config: both sides use the default options, whatever walint.toml lies around.
  const dir = mkdtempSync(join(tmpdir(), 'walint-parity-'));
  const config = join(dir, 'walint.toml');
  writeFileSync(config, '');
  try {
    const output = execFileSync(CLI, ['lint', '--format', 'json', '--exit-zero', '--config', config, ...files], {
      cwd: CORPUS,
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
    return new Map(JSON.parse(output).files.map((file) => [file.path, file]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cases = corpusCases(CORPUS);
const relativeCases = cases.map((path) => relative(CORPUS, path));
const native = nativeReports(relativeCases);

test('the corpus is there and the CLI reported every case', () => {
  assert.ok(cases.length >= 20, `only ${cases.length} corpus cases in ${CORPUS}`);
  assert.deepEqual([...native.keys()].sort(), [...relativeCases].sort());
});

for (const name of relativeCases) {
  test(`corpus ${name}`, () => {
    const source = readFileSync(join(CORPUS, name), 'utf8');
    const expected = native.get(name);
    assert.ok(!expected.error, `the CLI could not lint it: ${expected.error}`);
    const report = walint.lint(source);
    assert.equal(report.kind, expected.kind);
    // The fields the issue names first, for a readable failure; then everything else.
    const key = (d) => ({ code: d.code, severity: d.severity, pointer: d.pointer, message: d.message });
    assert.deepEqual(report.diagnostics.map(key), expected.diagnostics.map(key));
    assert.deepEqual(report.diagnostics, expected.diagnostics);
  });
}

// Content rules: the same `[[content]]` rules from walint.toml (CLI) and from the `content`
// option (npm) give the same findings, ranges included.
test('content rules from walint.toml and from npm options give the same findings', () => {
  const content = [
    { code: 'C100', message: 'Write WhatsApp with a capital A', severity: 'error',
      pattern: '\\b(?:Whatsapp|whatsapp|Whats App|whats app)\\b' },
    { code: 'C101', message: 'MARKETING templates need an opt-out line', require: '(?i)\\b(?:stop|opt.?out)\\b',
      where: ['footer', 'body'], kind: ['template'], category: ['marketing'], help: 'add "Reply STOP to opt out"' },
    { code: 'C102', message: 'No URL shorteners', pattern: 'https?://(?:bit\\.ly|tinyurl\\.com)/\\S*', where: ['url', 'body'] },
  ];
  const toml = content
    .map((rule) => ['[[content]]', ...Object.entries(rule).map(([key, value]) => `${key} = ${JSON.stringify(value)}`)].join('\n'))
    .join('\n\n');
  const documents = {
    'template.json': JSON.stringify({ name: 'spring_offer', language: 'en_US', category: 'MARKETING', components: [
      { type: 'BODY', text: 'Chat with us on Whatsapp for the new season 🌷' },
      { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'See more', url: 'https://bit.ly/spring' }] },
    ] }, null, 2),
    'message.json': JSON.stringify({ messaging_product: 'whatsapp', to: '+15551234567', type: 'text',
      text: { body: 'Reply on whats app or open https://tinyurl.com/abc', preview_url: true } }, null, 2),
  };
  const dir = mkdtempSync(join(tmpdir(), 'walint-content-'));
  try {
    writeFileSync(join(dir, 'walint.toml'), toml);
    for (const [name, text] of Object.entries(documents)) writeFileSync(join(dir, name), text);
    const output = execFileSync(CLI, ['lint', '--format', 'json', '--exit-zero', ...Object.keys(documents)], {
      cwd: dir,
      encoding: 'utf8',
    });
    const native = new Map(JSON.parse(output).files.map((file) => [file.path, file]));
    for (const [name, text] of Object.entries(documents)) {
      const report = walint.lint(text, { content });
      const codes = report.diagnostics.map((d) => d.code).filter((code) => code.startsWith('C'));
      assert.ok(codes.length > 0, `${name}: no content finding`);
      assert.deepEqual(report.diagnostics, native.get(name).diagnostics, name);
    }
    const template = walint.lint(documents['template.json'], { content }).diagnostics;
    assert.deepEqual(
      template.filter((d) => d.code.startsWith('C')).map((d) => [d.code, d.pointer, d.text_range?.start ?? null]),
      [['C101', '/components/0/text', null], ['C100', '/components/0/text', 16], ['C102', '/components/1/buttons/0/url', 0]],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.throws(() => walint.lint('{}', { content: [{ code: 'C100', message: 'm', pattern: '(' }] }), /invalid pattern/);
  assert.throws(() => walint.lint('{}', { content: [{ code: 'X1', message: 'm', pattern: 'a' }] }), /C100 to C999/);
});
