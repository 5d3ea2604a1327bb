// `npm pack` produces a tarball that a fresh project installs and uses from CommonJS, from
// ES modules and from TypeScript (the generated declarations type-check under node16 rules).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { PKG, packageJson, requireDevTool, ROOT } from './helpers.mjs';

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let work;
let packed;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'walint-pack-'));
  [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], PKG));
  const project = join(work, 'project');
  run('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--offline', join(work, packed.filename)], project);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the tarball holds the entries, both builds, the types, README and LICENSE, nothing else', () => {
  const files = packed.files.map((file) => file.path).sort();
  const { version } = packageJson();
  assert.equal(packed.name, 'walint');
  assert.equal(packed.version, version);
  for (const required of [
    'LICENSE', 'README.md', 'package.json', 'index.mjs', 'index.cjs', 'browser.mjs', 'index.d.mts', 'index.d.cts',
    'dist/web/walint_wasm.js', 'dist/web/walint_wasm_bg.wasm', 'dist/web/walint_wasm.d.ts', 'dist/web/package.json',
    'dist/node/walint_wasm.js', 'dist/node/walint_wasm_bg.wasm', 'dist/node/walint_wasm.d.ts', 'dist/node/package.json',
    'dist/version.mjs', 'dist/version.cjs',
  ]) {
    assert.ok(files.includes(required), `${required} missing from the tarball`);
  }
  assert.deepEqual(files.filter((file) => file.startsWith('node_modules') || file.endsWith('.tgz')), []);
  assert.equal(files.length, 18, files.join('\n'));
});

const project = () => join(work, 'project');

test('a fresh project requires it from CommonJS', () => {
  const out = run('node', ['-e', `
    const walint = require('walint');
    const report = walint.lint({ messaging_product: 'whatsapp', to: '+15551234567', type: 'text', text: {} });
    console.log(JSON.stringify([walint.version, report.kind, report.diagnostics.map((d) => d.code)]));
  `], project());
  assert.deepEqual(JSON.parse(out), [packageJson().version, 'message', ['S001']]);
});

test('a fresh project imports it from an ES module', () => {
  const out = run('node', ['--input-type=module', '-e', `
    import { lint, preview, init } from 'walint';
    await init();
    console.log(JSON.stringify([lint('{').diagnostics[0].code, preview('*b*').spans[0].style]));
  `], project());
  assert.deepEqual(JSON.parse(out), ['J001', 'bold']);
});

test('TypeScript consumers type-check against the generated declarations', () => {
  for (const file of ['use.mts', 'use.cts', 'tsconfig.json']) {
    copyFileSync(join(ROOT, 'tests', 'wasm', 'consumer', file), join(project(), file));
  }
  const tsc = join(PKG, 'node_modules', '.bin', 'tsc');
  requireDevTool('typescript/package.json');
  try {
    run(tsc, ['-p', 'tsconfig.json'], project());
  } catch (error) {
    assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
  }
  // And the type-checked code runs.
  run(tsc, ['-p', 'tsconfig.json', '--noEmit', 'false', '--outDir', 'out'], project());
  writeFileSync(join(project(), 'out', 'package.json'), '{}');
  const esm = JSON.parse(run('node', ['out/use.mjs'], project()));
  assert.equal(esm.kind, 'message');
  assert.deepEqual([esm.notes, esm.current, esm.same, esm.open, esm.needs, esm.sendFindings], [0, 'read', true, false, true, 'object']);
  const cjs = JSON.parse(run('node', ['out/use.cjs'], project()));
  assert.equal(cjs.kind, 'message');
  assert.match(cjs.refused, /^walint: invalid options: unknown field `stirct`/);
  assert.deepEqual([cjs.notes, cjs.messages, cjs.state], [0, 0, 'closed']);
});
