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
