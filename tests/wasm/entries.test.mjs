// The package's entry points (Node ESM, CommonJS, browser) expose the same API, and that API is
// exactly what the generated TypeScript declarations describe.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';

import { generatedClassNames, generatedFunctionNames, loadCjs, loadEsm, PKG, packageJson, VALID_MESSAGE } from './helpers.mjs';

const esm = await loadEsm();
const cjs = loadCjs();
const EXTRA = ['init', 'version']; // written in the JS glue, declared in index.d.mts / index.d.cts

const exported = () => [...generatedFunctionNames(), ...generatedClassNames(), ...EXTRA].sort();

test('ESM and CommonJS export the generated functions and classes plus init and version', () => {
  assert.deepEqual(generatedClassNames(), ['Timeline']);
  const expected = exported();
  assert.deepEqual(Object.keys(esm).sort(), expected);
  assert.deepEqual(Object.keys(cjs).sort(), expected);
});

test('the browser entry exports the same names', () => {
  const source = readFileSync(join(PKG, 'browser.mjs'), 'utf8');
  const names = [
    ...source.matchAll(/^export (?:const|function|class) (\w+)/gm),
    ...source.matchAll(/^export \{ (\w+) \}/gm),
  ].map((m) => m[1]);
  assert.deepEqual(names.sort(), exported());
});

test('ESM and CommonJS give identical results', () => {
  const broken = JSON.stringify({ ...VALID_MESSAGE, text: {} });
  assert.deepEqual(esm.lint(broken), cjs.lint(broken));
  assert.deepEqual(esm.rules(), cjs.rules());
  assert.deepEqual(esm.preview('*a* _b_'), cjs.preview('*a* _b_'));
  assert.equal(esm.version, cjs.version);
  assert.deepEqual(esm.windowState(1750000000, 1750003600), cjs.windowState(1750000000, 1750003600));
  const body = { entry: [{ changes: [{ value: { statuses: [{ id: 'wamid.A', status: 'sent', timestamp: '1750000000' }] } }] }] };
  assert.deepEqual(esm.statuses(body), cjs.statuses(body));
  const [a, b] = [new esm.Timeline(), new cjs.Timeline()];
  assert.deepEqual(a.feed(body), b.feed(body));
  assert.deepEqual(a.toJSON(), b.toJSON());
  a.free();
  b.free();
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

test('the browser entry refuses calls before init() and then works, Timeline included', async () => {
  const browser = await import(pathToFileURL(join(PKG, 'browser.mjs')).href);
  assert.throws(() => browser.statuses('{}'), { message: 'walint: call `await init()` before statuses()' });
  assert.throws(() => new browser.Timeline(), { message: 'walint: call `await init()` before new Timeline()' });
  await browser.init(readFileSync(join(PKG, 'dist', 'web', 'walint_wasm_bg.wasm')));
  const body = { entry: [{ changes: [{ value: { statuses: [{ id: 'wamid.A', status: 'read', timestamp: '1750000000' }] } }] }] };
  const timeline = new browser.Timeline();
  assert.deepEqual(timeline.feed(body), []);
  assert.deepEqual(timeline.toJSON(), browser.statuses(body));
  assert.deepEqual(timeline.toJSON(), esm.statuses(body));
  timeline.free();
  assert.equal(browser.windowState(1750000000, 1750000060).open, true);
  assert.equal(browser.requiresWindow(VALID_MESSAGE), true);
});
