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

// Status timelines, the service window and template sends (the rest of the engine).

const statusBody = (...statuses) => ({
  object: 'whatsapp_business_account',
  entry: [{ id: '102290129340398', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', statuses } }] }],
});
const status = (id, state, timestamp) => ({ id, status: state, timestamp, recipient_id: '16505551234' });

test('statuses folds bodies given as text, NDJSON, an array or objects alike', () => {
  const bodies = [
    statusBody(status('wamid.A', 'read', '1750000020')),
    statusBody(status('wamid.A', 'sent', '1750000000'), status('wamid.B', 'sent', '1750000001')),
    statusBody(status('wamid.A', 'delivered', '1750000010')),
  ];
  const result = walint.statuses(bodies);
  assert.deepEqual(result.messages.map((m) => [m.id, m.current, m.history.map((e) => e.status)]), [
    ['wamid.A', 'read', ['sent', 'delivered', 'read']],
    ['wamid.B', 'sent', ['sent']],
  ]);
  assert.deepEqual(result.messages[0].history[0], { status: 'sent', timestamp: 1750000000, pointer: '/entry/0/changes/0/value/statuses/0' });
  assert.deepEqual(walint.statuses(JSON.stringify(bodies)), result);
  assert.deepEqual(walint.statuses(bodies.map((b) => JSON.stringify(b)).join('\n')), result);
  assert.deepEqual(walint.statuses(bodies.map((b) => JSON.stringify(b)).join('\r\n\n  \n')), result, 'blank lines and CRLF');
  assert.deepEqual(walint.statuses([...bodies].reverse()), result, 'any order');
  assert.deepEqual(walint.statuses(bodies[0]).messages.length, 1);
  // What the CLI skips is skipped: a broken line, a body that is not a webhook.
  const lines = [JSON.stringify(bodies[0]), '{"entry": [', '{"hello": "world"}', JSON.stringify(bodies[1])].join('\n');
  assert.deepEqual(walint.statuses(lines).messages.map((m) => m.id), ['wamid.A', 'wamid.B']);
  assert.deepEqual(walint.statuses('{"entry": [\n' + JSON.stringify(bodies[0])), { messages: [] }, 'a broken document');
  assert.deepEqual(walint.statuses(''), { messages: [] });
});

test('Timeline takes bodies one at a time, says what it skipped, and serializes like statuses', () => {
  const timeline = new walint.Timeline();
  try {
    assert.deepEqual(timeline.feed(statusBody(status('wamid.A', 'sent', '1750000000'))), []);
    assert.deepEqual(timeline.feed(JSON.stringify(statusBody(status('wamid.A', 'sent', '1750000000')))), [
      { kind: 'duplicate', pointer: '/entry/0/changes/0/value/statuses/0', message: 'duplicate `sent` of wamid.A at 1750000000 (webhook retry): ignored' },
    ]);
    assert.deepEqual(timeline.feed({ hello: 'world' }).map((n) => [n.kind, n.pointer]), [['not_a_webhook', '']]);
    const notes = timeline.feed(statusBody(status('wamid.B', 'seen', '1750000001'), { id: 'wamid.B', status: 'read' }, { status: 'sent' }));
    assert.deepEqual(notes.map((n) => n.kind), ['unknown_status', 'unusable_timestamp', 'missing_field']);
    timeline.feed(statusBody(status('wamid.A', 'failed', '1750000005'), status('wamid.A', 'delivered', '1750000009')));
    const a = timeline.message('wamid.A');
    assert.equal(a.current, 'delivered', 'another device got it');
    assert.deepEqual(a.anomalies.map((x) => [x.kind, x.level, x.status]), [['delivered_and_failed', 'note', 'failed']]);
    assert.equal(timeline.message('wamid.none'), undefined);
    assert.deepEqual(timeline.messages().map((m) => m.id), ['wamid.A']);
    assert.deepEqual(timeline.toJSON(), { messages: timeline.messages() });
    assert.deepEqual(JSON.parse(JSON.stringify(timeline)), timeline.toJSON());
    const bodies = [
      statusBody(status('wamid.A', 'sent', '1750000000')),
      statusBody(status('wamid.A', 'failed', '1750000005'), status('wamid.A', 'delivered', '1750000009')),
    ];
    assert.deepEqual(timeline.toJSON(), walint.statuses(bodies));
  } finally {
    timeline.free();
  }
});

test('windowState tells whether a free-form message may be sent, and when the window closes', () => {
  const T0 = 1750000000;
  assert.deepEqual(walint.windowState(T0, T0 + 20 * 3600 + 48 * 60), {
    state: 'open', closes_in_secs: 3 * 3600 + 12 * 60, open: true, closes_at: T0 + 86400, text: 'open, closes in 3h 12m',
  });
  assert.deepEqual(walint.windowState(T0, T0 + 86400), {
    state: 'closed', closed_for_secs: 0, open: false, closes_at: T0 + 86400, text: 'closed for 0s (templates only)',
  });
  const future = walint.windowState(T0 + 90, T0);
  assert.deepEqual([future.state, future.ahead_by_secs, future.open], ['inbound_in_future', 90, false]);
  // Digit strings (webhook timestamps), Dates and fractional seconds.
  assert.deepEqual(walint.windowState(String(T0), new Date((T0 + 60) * 1000 + 999)), walint.windowState(T0, T0 + 60));
  assert.deepEqual(walint.windowState(T0, T0 + 60.9), walint.windowState(T0, T0 + 60));
  // Without `now`, the current time.
  const recent = Math.floor(Date.now() / 1000) - 60;
  const current = walint.windowState(recent);
  assert.ok(current.open && current.closes_in_secs <= 86400 - 60 && current.closes_in_secs > 86400 - 120, JSON.stringify(current));
  assert.deepEqual(walint.windowState(recent, null).state, 'open');
});

test('requiresWindow: free-form messages need the window, templates and read receipts do not', () => {
  assert.equal(walint.requiresWindow(VALID_MESSAGE), true);
  assert.equal(walint.requiresWindow(JSON.stringify(VALID_MESSAGE)), true);
  assert.equal(walint.requiresWindow({ ...VALID_MESSAGE, type: 'interactive', interactive: { type: 'flow' } }), true);
  assert.equal(walint.requiresWindow({ messaging_product: 'whatsapp', to: '+15551234567', type: 'template', template: { name: 'x' } }), false);
  assert.equal(walint.requiresWindow({ messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.X' }), false);
});

test('checkSend places its findings in the send text, in UTF-16 offsets', () => {
  const definition = {
    name: 'order_update', language: 'en_US', category: 'UTILITY', status: 'APPROVED',
    components: [{ type: 'BODY', text: 'Hi {{1}}, your order {{2}} shipped', example: { body_text: [['Ann', 'A-1']] } }],
  };
  const send = {
    messaging_product: 'whatsapp', biz_opaque_callback_data: '😀 ünï', to: '+15551234567', type: 'template',
    template: { name: 'order_update', language: { code: 'en_US' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ann' }] }] },
  };
  const source = JSON.stringify(send, null, 2);
  const [x002, ...rest] = walint.checkSend(source, definition);
  assert.deepEqual(rest, []);
  assert.equal(x002.code, 'X002');
  assert.equal(x002.pointer, '/template/components/0/parameters');
  const located = source.slice(x002.utf16_start, x002.utf16_end);
  assert.deepEqual(JSON.parse(located), send.template.components[0].parameters);
  const before = source.slice(0, x002.utf16_start).split('\n');
  assert.equal(x002.line, before.length);
  assert.equal(x002.column, [...before.at(-1)].length + 1);
  // An object is placed in its JSON.stringify text, as by lint.
  const [fromObject] = walint.checkSend(send, definition);
  const compact = JSON.stringify(send);
  assert.deepEqual(JSON.parse(compact.slice(fromObject.utf16_start, fromObject.utf16_end)), send.template.components[0].parameters);
  // A bare template object: pointers relative to it.
  assert.equal(walint.checkSend(send.template, definition)[0].pointer, '/components/0/parameters');
});

test('checkSend takes a GET /message_templates response or an array of definitions', () => {
  const definition = (language) => ({
    name: 'order_update', language, category: 'UTILITY', status: 'APPROVED', components: [{ type: 'BODY', text: 'Hi {{1}}', example: { body_text: [['Ann']] } }],
  });
  const send = { messaging_product: 'whatsapp', to: '+15551234567', type: 'template', template: { name: 'order_update', language: { code: 'en_US' } } };
  assert.deepEqual(walint.checkSend(send, { data: [definition('de'), definition('en_US')] }).map((d) => d.code), ['X002']);
  const [unknown, ...rest] = walint.checkSend(send, [definition('de'), definition('fr')]);
  assert.deepEqual(rest, []);
  assert.equal(unknown.code, 'X001');
  assert.equal(unknown.help, '`order_update` is defined in `de`, `fr`');
  assert.throws(() => walint.checkSend(send, { data: [] }), { name: 'Error', message: /^walint: definition: no template definition found/ });
});
