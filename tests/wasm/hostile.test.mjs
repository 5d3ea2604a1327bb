// Hostile inputs (issue 8, items 4-5 of the WASM part): every export, called with values no
// caller should pass, returns a result or throws a JS Error with a clear message, never
// `RuntimeError: unreachable`, and the module keeps working for the next call.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { generatedFunctionNames, loadEsm, VALID_MESSAGE } from './helpers.mjs';

const walint = await loadEsm();
const MAX_INPUT_UNITS = 32 * 1024 * 1024;

const cyclic = { a: 1 };
cyclic.self = cyclic;
const deepObject = (() => {
  let node = {};
  for (let i = 0; i < 20000; i++) node = { n: node };
  return node;
})();

const HOSTILE = {
  undefined: undefined,
  null: null,
  number: 42,
  NaN: NaN,
  boolean: true,
  bigint: 10n,
  symbol: Symbol('x'),
  function: () => 1,
  'cyclic object': cyclic,
  'object holding a BigInt': { to: 1n },
  'throwing toJSON': { toJSON() { throw new Error('boom'); } },
  'toJSON returning undefined': { toJSON: () => undefined },
  'throwing Proxy': new Proxy({}, { ownKeys() { throw new Error('trap'); } }),
  'deep object': deepObject,
  'empty string': '',
  'invalid JSON': '{"to": ',
  'lone high surrogate': '\ud800',
  'lone surrogates inside JSON': '{"text": {"body": "\ud800 *x\udc00* {{1}"}}',
  'NUL and control characters': '{"a": "\u0000\u0001"}\u0000',
  'deep array text': '['.repeat(100000) + ']'.repeat(100000),
  'deep object text': '{"a":'.repeat(50000) + '1' + '}'.repeat(50000),
  'huge number': '1e999999',
  'long key': `{"${'k'.repeat(1 << 20)}": 1}`,
  'string just over the limit': 'x'.repeat(MAX_INPUT_UNITS + 1),
  'array': [1, [2, [3]]],
};

// Every export that takes input; the second argument is hostile for the functions taking options.
const CALLS = {
  lint: (value) => walint.lint(value),
  lintMessage: (value) => walint.lintMessage(value),
  lintTemplate: (value) => walint.lintTemplate(value),
  lintWebhook: (value) => walint.lintWebhook(value),
  preview: (value) => walint.preview(value),
  lintText: (value) => walint.lintText(value),
  checkSend: (value) => walint.checkSend(value, { name: 'x', components: [] }),
  fix: (value) => walint.fix(value),
  'fix options': (value) => walint.fix('{}', value),
  'checkSend definition': (value) => walint.checkSend({ type: 'template', template: { name: 'x' } }, value),
  'lintText options': (value) => walint.lintText('*x*', value),
  'lint options': (value) => walint.lint('{}', value),
  'lintTemplate options': (value) => walint.lintTemplate('{}', value),
  statuses: (value) => walint.statuses(value),
  windowState: (value) => walint.windowState(value, 1750000000),
  'windowState now': (value) => walint.windowState(1750000000, value),
  requiresWindow: (value) => ({ requires: walint.requiresWindow(value) }),
  'Timeline feed': (value) => timeline.feed(value),
  'Timeline message': (value) => ({ found: timeline.message(value) }),
};

// One timeline for the whole suite: a hostile value must not break it for the next feed.
const timeline = new walint.Timeline();

function stillWorks() {
  const report = walint.lint({ ...VALID_MESSAGE, text: {} });
  assert.deepEqual(report.diagnostics.map((d) => d.code), ['S001'], 'the module stopped working');
  assert.equal(walint.preview('*ok*').spans.length, 1);
  assert.equal(walint.lintText('*ok*').kind, 'text');
  const body = { entry: [{ changes: [{ value: { statuses: [{ id: 'wamid.OK', status: 'sent', timestamp: '1750000000' }] } }] }] };
  timeline.feed(body);
  assert.equal(timeline.message('wamid.OK').current, 'sent', 'the timeline stopped working');
}

test('every input-taking export is covered', () => {
  const covered = Object.keys(CALLS).filter((name) => !name.includes(' '));
  assert.deepEqual(covered.sort(), generatedFunctionNames().filter((name) => name !== 'rules'));
});

for (const [callName, call] of Object.entries(CALLS)) {
  test(`${callName}: hostile values return a result or throw an Error`, () => {
    for (const [valueName, value] of Object.entries(HOSTILE)) {
      let outcome;
      try {
        outcome = call(value);
      } catch (error) {
        assert.ok(!(error instanceof WebAssembly.RuntimeError), `${valueName}: WebAssembly trap: ${error}`);
        assert.ok(error instanceof Error, `${valueName}: threw a non-Error: ${String(error)}`);
        assert.match(error.message, /^walint: /, `${valueName}: unclear message: ${error.message}`);
        stillWorks();
        continue;
      }
      assert.equal(typeof outcome, 'object', `${valueName}: returned ${typeof outcome}`);
      assert.notEqual(outcome, null, valueName);
      stillWorks();
    }
  });
}

test('wrong argument types are TypeErrors naming the type', () => {
  assert.throws(() => walint.lint(undefined), { name: 'TypeError', message: 'walint: input must be a JSON string or an object, not undefined' });
  assert.throws(() => walint.lint(7), { name: 'TypeError', message: /not number$/ });
  assert.throws(() => walint.lint(null), { name: 'TypeError', message: /not null$/ });
  assert.throws(() => walint.preview({}), { name: 'TypeError', message: 'walint: text must be a string, not object' });
  assert.throws(() => walint.lintText(1), { name: 'TypeError', message: 'walint: text must be a string, not number' });
  assert.throws(() => walint.checkSend('{}'), { name: 'TypeError', message: /definition must be a JSON string or an object, not undefined/ });
  assert.throws(() => walint.checkSend('{', '{}'), { name: 'Error', message: /^walint: send is not valid JSON/ });
  assert.throws(() => walint.statuses(1), { name: 'TypeError', message: /notifications must be a JSON string or an object, not number/ });
  assert.throws(() => new walint.Timeline().feed('{'), { name: 'Error', message: /^walint: notification is not valid JSON/ });
  assert.throws(() => new walint.Timeline().message(1), { name: 'TypeError', message: 'walint: id must be a string, not number' });
  assert.throws(() => walint.requiresWindow('{'), { name: 'Error', message: /^walint: message is not valid JSON/ });
  assert.throws(() => walint.windowState(undefined), {
    name: 'TypeError',
    message: 'walint: lastInbound must be Unix seconds (a number or a string of digits) or a Date, not undefined',
  });
  assert.throws(() => walint.windowState('2025-06-15T15:06:40Z'), { name: 'TypeError', message: /lastInbound must be Unix seconds/ });
  assert.throws(() => walint.windowState(1n), { name: 'TypeError', message: /not bigint$/ });
  assert.throws(() => walint.windowState(NaN), { name: 'RangeError', message: 'walint: lastInbound is not a valid time' });
  assert.throws(() => walint.windowState(new Date('nope')), { name: 'RangeError', message: /lastInbound is not a valid time/ });
  assert.throws(() => walint.windowState(1, 2 ** 60), { name: 'RangeError', message: /now is beyond the exact integers/ });
  assert.throws(() => walint.windowState('9'.repeat(30)), { name: 'RangeError', message: /too large for Unix seconds/ });
});

test('a freed Timeline refuses further calls with an Error, and the module keeps working', () => {
  const freed = new walint.Timeline();
  freed.free();
  assert.throws(() => freed.messages(), (error) => error instanceof Error && !(error instanceof WebAssembly.RuntimeError));
  stillWorks();
});

test('values JSON.stringify refuses are Errors with its reason', () => {
  assert.throws(() => walint.lint(cyclic), { name: 'Error', message: /cannot be converted to JSON: Converting circular structure/ });
  assert.throws(() => walint.lint({ to: 1n }), { name: 'Error', message: /BigInt/ });
  assert.throws(() => walint.lint(deepObject), { name: 'Error', message: /cannot be converted to JSON/ });
});

test('inputs over the size limit are RangeErrors before they are copied', () => {
  const started = performance.now();
  assert.throws(() => walint.lint('x'.repeat(MAX_INPUT_UNITS + 1)), {
    name: 'RangeError',
    message: `walint: input is ${MAX_INPUT_UNITS + 1} UTF-16 code units long; the limit is ${MAX_INPUT_UNITS}`,
  });
  assert.throws(() => walint.preview('*'.repeat(MAX_INPUT_UNITS + 1)), { name: 'RangeError' });
  assert.ok(performance.now() - started < 2000);
});

test('a large input within the limit is linted', () => {
  const body = 'a'.repeat(4 * 1024 * 1024);
  const report = walint.lint({ ...VALID_MESSAGE, text: { body } });
  assert.equal(report.kind, 'message');
  assert.ok(report.diagnostics.some((d) => d.pointer === '/text/body'), 'the over-long body is reported');
  assert.equal(walint.preview(`*${body}*`).spans.length, 1);
});

test('nesting beyond the parser limit is a diagnostic, not a stack overflow', () => {
  const report = walint.lint('['.repeat(100000) + ']'.repeat(100000));
  assert.ok(report.diagnostics.some((d) => d.code === 'J003'), JSON.stringify(report.diagnostics[0]));
  stillWorks();
});

test('lone surrogates keep UTF-16 offsets aligned with the caller string', () => {
  // U+FFFD replaces each lone surrogate inside the module: same UTF-16 length.
  const source = `{"biz_opaque_callback_data": "\ud800\udc00\ud800", "to": "+15551234567", "messaging_product": "whatsapp", "type": "text", "text": {}}`;
  const [diagnostic] = walint.lint(source).diagnostics.filter((d) => d.code === 'S001');
  assert.equal(source.slice(diagnostic.utf16_start, diagnostic.utf16_end), '{}');
  const { spans } = walint.preview('\ud800*b*');
  assert.deepEqual(spans.map((s) => s.text), ['b']);
});

test('strings arrive in the module byte for byte, whatever mix of ASCII and wider characters', () => {
  // The copy writes ASCII-sized room first and finishes in a second pass: cover both, and
  // characters of every UTF-8 length, surrogate pairs included.
  const notes = [
    '',
    'plain ascii',
    'x'.repeat(5000) + 'é😀\u{10FFFF}' + 'y'.repeat(10),
    'é'.repeat(3000),
    '😀'.repeat(1000),
    '€'.repeat(700) + 'ascii tail',
    'a\u0080b\u07FFc\u0800d\uFFFFe\u{10000}f',
  ];
  for (const note of notes) {
    const source = JSON.stringify({ note });
    assert.equal(walint.fix(source).text, source, `${note.length} units`);
  }
});
