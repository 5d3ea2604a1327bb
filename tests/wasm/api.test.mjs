// Behaviour of the npm package's functions, through the Node ES module entry.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { loadEsm, packageJson, VALID_MESSAGE } from './helpers.mjs';

const walint = await loadEsm();

test('a valid message lints clean and is recognised as a message', () => {
  const report = walint.lint(JSON.stringify(VALID_MESSAGE));
  assert.equal(report.kind, 'message');
  assert.deepEqual(report.diagnostics, []);
});

test('diagnostics carry the CLI fields with UTF-16 offsets into the input string', () => {
  // Astral and accented characters before the finding make bytes, code points and UTF-16 differ.
  const source =
    '{"messaging_product": "whatsapp", "biz_opaque_callback_data": "😀 ünï", ' +
    '"to": "+15551234567", "type": "text", "text": {}}';
  const [diagnostic, ...rest] = walint.lint(source).diagnostics;
  assert.deepEqual(rest, []);
  assert.equal(diagnostic.code, 'S001');
  assert.equal(diagnostic.severity, 'error');
  assert.equal(diagnostic.pointer, '/text/body');
  assert.equal(source.slice(diagnostic.utf16_start, diagnostic.utf16_end), '{}');
  const bytes = Buffer.from(source);
  assert.equal(bytes.subarray(diagnostic.start, diagnostic.end).toString(), '{}');
  assert.equal(diagnostic.line, 1);
  assert.equal(diagnostic.column, [...source.slice(0, diagnostic.utf16_start)].length + 1);
  assert.match(diagnostic.url, /^https:\/\/.+#s001$/);
  assert.deepEqual(diagnostic.meta_error, { code: 131008, title: 'Required parameter is missing' });
  for (const field of ['name', 'message', 'help', 'end_line', 'end_column']) {
    assert.ok(field in diagnostic, `missing ${field}`);
  }
});

test('an object input lints like its JSON text', () => {
  const broken = { ...VALID_MESSAGE, text: {} };
  assert.deepEqual(walint.lint(broken), walint.lint(JSON.stringify(broken)));
  assert.deepEqual(
    walint.lint(broken).diagnostics.map((d) => d.pointer),
    ['/text/body'],
  );
});

test('lines and columns follow the text across lines', () => {
  const source = JSON.stringify({ ...VALID_MESSAGE, text: {} }, null, 2);
  const [diagnostic] = walint.lint(source).diagnostics;
  const before = source.slice(0, diagnostic.utf16_start).split('\n');
  assert.equal(diagnostic.line, before.length);
  assert.equal(diagnostic.column, [...before.at(-1)].length + 1);
});

test('invalid JSON is a diagnostic, not an exception', () => {
  const report = walint.lint('{"to": ');
  assert.equal(report.kind, 'unknown');
  assert.equal(report.diagnostics[0].code, 'J001');
  assert.equal(report.diagnostics[0].severity, 'error');
});

test('the kind functions fix the document kind', () => {
  assert.equal(walint.lint('{}').kind, 'unknown');
  assert.equal(walint.lintMessage('{}').kind, 'message');
  assert.equal(walint.lintTemplate('{}').kind, 'template');
  assert.equal(walint.lintWebhook('{}').kind, 'webhook');
  assert.equal(walint.lint('{}', { kind: 'webhook' }).kind, 'webhook');
  assert.equal(walint.lintMessage('{}', { kind: 'message' }).kind, 'message');
  assert.throws(() => walint.lintMessage('{}', { kind: 'template' }), {
    name: 'Error',
    message: /options\.kind is template but this function lints message documents/,
  });
});

test('options select, ignore and re-rate rules like the CLI config', () => {
  const broken = { ...VALID_MESSAGE, text: {} };
  assert.equal(walint.lint(broken, { ignore: ['S001'] }).diagnostics.length, 0);
  assert.equal(walint.lint(broken, { select: ['M'] }).diagnostics.length, 0);
  assert.equal(walint.lint(broken, { severity: { S001: 'warning' } }).diagnostics[0].severity, 'warning');
  assert.deepEqual(walint.lint(broken, null), walint.lint(broken));
  assert.deepEqual(walint.lint(broken, undefined), walint.lint(broken));
});

test('bad options throw Errors that name the problem', () => {
  assert.throws(() => walint.lint('{}', { stirct: true }), {
    name: 'Error',
    message: /walint: invalid options: unknown field `stirct`/,
  });
  assert.throws(() => walint.lint('{}', { kind: 'letter' }), { name: 'Error', message: /options\.kind/ });
  assert.throws(() => walint.lint('{}', { severity: { S001: 'fatal' } }), { name: 'Error' });
  assert.throws(() => walint.lint('{}', 'strict'), { name: 'TypeError', message: /options must be an object/ });
  assert.throws(() => walint.lint('{}', [1]), { name: 'TypeError', message: /options must be an object/ });
});

test('apiVersion selects behaviour Meta versioned, as api_version does in the CLI', () => {
  const unknownInbound = {
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: [{ field: 'messages', value: {
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
      messages: [{ from: '16505551234', id: 'wamid.A', timestamp: '1750000000', type: 'unknown',
        errors: [{ code: 131051, title: 'Message type unknown' }] }],
    } }] }],
  };
  const codes = (options) => walint.lintWebhook(unknownInbound, options).diagnostics.map((d) => d.code);
  assert.ok(codes().includes('W012'), 'the default is the newest version (v25.0)');
  assert.ok(codes({ apiVersion: 'v25.0' }).includes('W012'));
  assert.ok(!codes({ apiVersion: 'v24.0' }).includes('W012'));
  assert.ok(!codes({ api_version: '24' }).includes('W012'), 'the CLI spelling works too');
  assert.throws(() => walint.lintWebhook(unknownInbound, { apiVersion: 'latest' }), /not a Graph API version/);
  const w012 = walint.rules().find((rule) => rule.code === 'W012');
  assert.equal(w012.since, 'v25.0');
});

test('preview returns the styled spans and block lines', () => {
  assert.deepEqual(walint.preview('Hi *there*, _you_\n* item\n> quote'), {
    spans: [
      { style: 'bold', start: 4, end: 9, text: 'there' },
      { style: 'italic', start: 13, end: 16, text: 'you' },
    ],
    blocks: [
      { kind: 'bullet', line: 2 },
      { kind: 'quote', line: 3 },
    ],
  });
  // A closing marker after a space does not close: WhatsApp shows the asterisks.
  assert.deepEqual(walint.preview('*bold *').spans, []);
});

test('lintText lints formatting with offsets into the text itself', () => {
  const text = 'é😀 *x *';
  const report = walint.lintText(text);
  assert.equal(report.kind, 'text');
  const [diagnostic] = report.diagnostics;
  assert.equal(diagnostic.code, 'F001');
  assert.equal(diagnostic.pointer, '');
  assert.equal(text.slice(diagnostic.utf16_start, diagnostic.utf16_end), '*');
  assert.equal(diagnostic.utf16_start, 7);
  assert.equal(diagnostic.column, 7); // code points: é, 😀, space, *, x, space
  assert.deepEqual(walint.lintText('*fine*').diagnostics, []);
  assert.deepEqual(walint.lintText(text, { ignore: ['F001'] }).diagnostics, []);
});

test('lintText takes the context the text is shown in', () => {
  assert.deepEqual(walint.lintText('*Sale*', { context: 'rendered' }).diagnostics, []);
  const plain = walint.lintText('*Sale*', { context: 'plain' }).diagnostics;
  assert.ok(plain.length > 0 && plain.every((d) => d.code.startsWith('F')), JSON.stringify(plain));
  assert.throws(() => walint.lintText('x', { context: 'header' }), { name: 'Error', message: /options\.context: unknown context `header`/ });
});

test('checkSend compares a send with its template definition', () => {
  const definition = {
    name: 'order_update',
    language: 'en_US',
    category: 'UTILITY',
    components: [{ type: 'BODY', text: 'Hi {{1}}, your order {{2}} shipped', example: { body_text: [['Ann', 'A-1']] } }],
  };
  const send = (parameters) => ({
    messaging_product: 'whatsapp',
    to: '+15551234567',
    type: 'template',
    template: { name: 'order_update', language: { code: 'en_US' }, components: [{ type: 'body', parameters }] },
  });
  const text = (value) => ({ type: 'text', text: value });
  assert.deepEqual(walint.checkSend(send([text('Ann'), text('A-1')]), definition), []);
  const missing = walint.checkSend(JSON.stringify(send([text('Ann')])), JSON.stringify(definition));
  assert.ok(missing.length > 0, 'a missing parameter is reported');
  assert.ok(missing.every((d) => d.code.startsWith('X') && d.pointer.startsWith('/template')), JSON.stringify(missing));
});

test('rules lists every rule once with its summary and docs link', () => {
  const rules = walint.rules();
  assert.ok(rules.length > 10);
  const codes = rules.map((rule) => rule.code);
  assert.equal(new Set(codes).size, codes.length);
  assert.deepEqual(codes, [...codes].sort());
  for (const rule of rules) {
    assert.match(rule.code, /^[A-Z]\d{3}$/);
    assert.match(rule.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(['info', 'warning', 'error'].includes(rule.severity));
    assert.ok(rule.summary.length > 0 && !('docs' in rule), rule.code);
    assert.ok(rule.url.endsWith(`#${rule.code.toLowerCase()}`));
  }
  assert.ok(codes.includes('S001') && codes.includes('J001'));
});

test('version is the package version', () => {
  assert.equal(walint.version, packageJson().version);
});

test('init resolves in Node', async () => {
  assert.equal(await walint.init(), undefined);
});

test('ignoring a rule brings back the finding it supersedes, as in the CLI', () => {
  const message = '{"messaging_product":"whatsapp","to":"+15551234567","type":"image","image":{}}';
  const codes = (options) => walint.lint(message, options).diagnostics.map((d) => d.code);
  assert.ok(codes().includes('M040'));
  assert.ok(!codes().includes('S001'), 'M040 replaces the schema finding');
  for (const options of [{ ignore: ['media-id-or-link'] }, { ignore: ['M040'] },
    { overrides: [{ pointers: ['/image'], ignore: ['M04'] }] }]) {
    assert.ok(codes(options).includes('S001'), JSON.stringify(options));
    assert.ok(!codes(options).includes('M040'), JSON.stringify(options));
  }
});
