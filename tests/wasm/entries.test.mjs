// The package's entry points (Node ESM, CommonJS, browser) expose the same API, and that API is
// exactly what the generated TypeScript declarations describe.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { generatedFunctionNames, loadCjs, loadEsm, PKG, packageJson, VALID_MESSAGE } from './helpers.mjs';

const esm = await loadEsm();
const cjs = loadCjs();
const EXTRA = ['init', 'version']; // written in the JS glue, declared in index.d.mts / index.d.cts

test('ESM and CommonJS export the generated functions plus init and version', () => {
  const expected = [...generatedFunctionNames(), ...EXTRA].sort();
  assert.deepEqual(Object.keys(esm).sort(), expected);
  assert.deepEqual(Object.keys(cjs).sort(), expected);
});

test('the browser entry exports the same names', () => {
  const source = readFileSync(join(PKG, 'browser.mjs'), 'utf8');
  const names = [
    ...source.matchAll(/^export (?:const|function) (\w+)/gm),
    ...source.matchAll(/^export \{ (\w+) \}/gm),
  ].map((m) => m[1]);
  assert.deepEqual(names.sort(), [...generatedFunctionNames(), ...EXTRA].sort());
});

test('ESM and CommonJS give identical results', () => {
  const broken = JSON.stringify({ ...VALID_MESSAGE, text: {} });
  assert.deepEqual(esm.lint(broken), cjs.lint(broken));
  assert.deepEqual(esm.rules(), cjs.rules());
  assert.deepEqual(esm.preview('*a* _b_'), cjs.preview('*a* _b_'));
  assert.equal(esm.version, cjs.version);
});

test('the exports map points at files that exist and are listed in "files"', () => {
  const pkg = packageJson();
  const targets = [];
  const walk = (node) => (typeof node === 'string' ? targets.push(node) : Object.values(node).forEach(walk));
  walk(pkg.exports);
  targets.push(pkg.main, pkg.module, pkg.types);
  for (const target of targets) {
    assert.doesNotThrow(() => readFileSync(join(PKG, target)), target);
    const top = target.replace(/^\.\//, '').split('/')[0];
    assert.ok(
      pkg.files.some((entry) => entry.replace(/\/$/, '') === top) || top === 'package.json',
      `${target} is not in "files"`,
    );
  }
  assert.equal(pkg.sideEffects, false);
});
