// Parity of the rest of the engine with the native CLI: status timelines (`statuses`,
// `Timeline`) against `walint statuses --format json`, template sends (`checkSend`) against
// the X findings of `walint lint --templates`, and the service window helpers (`windowState`,
// `requiresWindow`) against rule M090 of `walint lint --last-inbound … --now …`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { after, test } from 'node:test';

import { loadEsm, ROOT, VALID_MESSAGE } from './helpers.mjs';

const walint = await loadEsm();
const CORPUS = process.env.WALINT_CORPUS ?? join(ROOT, 'tests', 'corpus');
const STATUS_DATA = join(ROOT, 'tests', 'data', 'statuses');
const CLI = process.env.WALINT_CLI ?? join(ROOT, 'target', 'debug', 'walint');

// An empty config: the CLI uses the default options, whatever walint.toml lies around.
const work = mkdtempSync(join(tmpdir(), 'walint-parity-engine-'));
const CONFIG = join(work, 'walint.toml');
writeFileSync(CONFIG, '');
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI; exit codes 0-2 are results (findings, unreadable inputs), not failures. */
function cli(args, cwd = ROOT) {
  if (!existsSync(CLI)) {
    throw new Error(`native CLI not found at ${CLI}: run \`cargo build --bin walint\` (scripts/test-wasm.sh does)`);
  }
  const run = spawnSync(CLI, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.ok([0, 1, 2].includes(run.status), `walint ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  return run;
}

const lintJson = (args, cwd) =>
  JSON.parse(cli(['lint', '--format', 'json', '--exit-zero', '--config', CONFIG, ...args], cwd).stdout);

function files(dir, keep) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return files(path, keep);
      return keep(entry.name) ? [path] : [];
    })
    .sort();
}

const isSidecar = (name) => name.endsWith('.options.json') || name.endsWith('.definition.json');

// --- statuses / Timeline vs `walint statuses --format json` -------------------------------------

const webhookCases = files(join(CORPUS, 'webhook'), (name) => name.endsWith('.json') && !isSidecar(name));
const statusFiles = existsSync(STATUS_DATA) ? files(STATUS_DATA, (name) => /\.(json|ndjson|jsonl)$/.test(name)) : [];

const nativeStatuses = (paths) => JSON.parse(cli(['statuses', '--format', 'json', ...paths]).stdout);

test('the webhook corpus has status timelines to compare', () => {
  assert.ok(webhookCases.length >= 20, `only ${webhookCases.length} webhook cases`);
  const withStatuses = webhookCases.filter((path) => nativeStatuses([path]).messages.length > 0);
  assert.ok(withStatuses.length >= 10, `only ${withStatuses.length} webhook cases with statuses`);
});

for (const path of [...webhookCases, ...statusFiles]) {
  const name = relative(ROOT, path);
  test(`statuses ${name}`, () => {
    const text = readFileSync(path, 'utf8');
    const expected = nativeStatuses([path]);
    assert.deepEqual(walint.statuses(text), expected);
    // Fed one body (one line) at a time, the Timeline class gives the same.
    const timeline = new walint.Timeline();
    try {
      let bodies;
      try {
        const whole = JSON.parse(text);
        bodies = Array.isArray(whole) ? whole : [whole];
      } catch {
        bodies = text.split('\n').filter((line) => line.trim() !== '').flatMap((line) => {
          try {
            return [JSON.parse(line)];
          } catch {
            return [];
          }
        });
      }
      for (const body of bodies) timeline.feed(body);
      assert.deepEqual(timeline.toJSON(), expected);
      assert.deepEqual(timeline.messages(), expected.messages);
    } finally {
      timeline.free();
    }
  });
}

test('statuses of every webhook file at once, in any order, as the CLI folds several files', () => {
  const paths = [...webhookCases, ...statusFiles.filter((path) => path.endsWith('.json'))];
  const expected = nativeStatuses(paths);
  assert.ok(expected.messages.length >= 5, `${expected.messages.length} messages`);
  const bodies = paths.map((path) => JSON.parse(readFileSync(path, 'utf8')));
  assert.deepEqual(walint.statuses(bodies), expected);
  assert.deepEqual(walint.statuses([...bodies].reverse()), expected);
  assert.deepEqual(walint.statuses(bodies.map((body) => JSON.stringify(body)).join('\n')), expected);
});

// --- checkSend vs `walint lint --templates def.json send.json` ----------------------------------

const sendCases = files(CORPUS, (name) => name.endsWith('.json') && !isSidecar(name)).filter((path) =>
  existsSync(path.replace(/\.json$/, '.definition.json')),
);

test('the corpus has send cases with definitions, of every X rule', () => {
  assert.ok(sendCases.length >= 25, `only ${sendCases.length} send cases with a .definition.json`);
  const codes = new Set(sendCases.map((path) => basename(path).split('-')[0]).filter((code) => code.startsWith('x')));
  assert.ok(codes.size >= 10, [...codes].join(' '));
});

for (const path of sendCases) {
  const name = relative(CORPUS, path);
  test(`checkSend ${name}`, () => {
    const definitionPath = path.replace(/\.json$/, '.definition.json');
    const [file] = lintJson(['--templates', definitionPath, path]).files;
    assert.ok(!file.error, `the CLI could not lint it: ${file.error}`);
    const expected = file.diagnostics.filter((d) => d.code.startsWith('X'));
    const send = readFileSync(path, 'utf8');
    const definition = readFileSync(definitionPath, 'utf8');
    const found = walint.checkSend(send, definition);
    const key = (d) => ({ code: d.code, severity: d.severity, pointer: d.pointer, message: d.message });
    assert.deepEqual(found.map(key), expected.map(key));
    assert.deepEqual(found, expected, 'every field, positions included');
    // Objects give the same findings (placed in their JSON.stringify text).
    assert.deepEqual(walint.checkSend(JSON.parse(send), JSON.parse(definition)).map(key), expected.map(key));
    // And lint with the definition in its options, as the CLI's --templates.
    const linted = walint.lint(send, { templates: [JSON.parse(definition)] }).diagnostics;
    assert.deepEqual(linted, file.diagnostics);
  });
}

// --- windowState / requiresWindow vs rule M090 --------------------------------------------------

const T0 = 1750000000;
const DAY = 86400;
// [last inbound, now]: at, around and far from the window's edges, and the wrong way round.
const WINDOW_CASES = [
  [T0, T0], [T0, T0 + 1], [T0, T0 + 20 * 3600 + 48 * 60], [T0, T0 + DAY - 1], [T0, T0 + DAY],
  [T0, T0 + DAY + 1], [T0, T0 + DAY + 250], [T0, T0 + 3 * DAY + 5 * 3600 + 59], [T0 + 90, T0], [T0 + 2 * DAY, T0],
  [0, T0], [T0 * 1000, T0],
];

test('windowState gives the verdict and the words of rule M090', () => {
  const message = join(work, 'text.json');
  writeFileSync(message, JSON.stringify(VALID_MESSAGE));
  for (const [lastInbound, now] of WINDOW_CASES) {
    const what = `--last-inbound ${lastInbound} --now ${now}`;
    const [file] = lintJson(['--last-inbound', String(lastInbound), '--now', String(now), message]).files;
    const m090 = file.diagnostics.filter((d) => d.code === 'M090');
    const window = walint.windowState(lastInbound, now);
    assert.equal(window.open, m090.length === 0, what);
    assert.equal(window.closes_at, lastInbound + DAY, what);
    if (window.state === 'closed') {
      assert.deepEqual(m090.map((d) => [d.severity, d.message]), [
        ['error', `\`text\` message outside the 24-hour customer service window: ${window.text}`],
      ], what);
    } else if (window.state === 'inbound_in_future') {
      assert.deepEqual(m090.map((d) => [d.severity, d.message]), [['warning', `customer service window ${window.text}`]], what);
    } else {
      assert.equal(window.state, 'open', what);
    }
    // The same times as strings of digits and as Dates, and lint's own options, agree.
    assert.deepEqual(walint.windowState(String(lastInbound), String(now)), window, what);
    if (Math.abs(lastInbound * 1000) <= 8.64e15) {
      assert.deepEqual(walint.windowState(new Date(lastInbound * 1000), new Date(now * 1000)), window, what);
    }
    const linted = walint.lint(JSON.stringify(VALID_MESSAGE), { last_inbound: lastInbound, now }).diagnostics;
    assert.deepEqual(linted, file.diagnostics, what);
  }
});

test('windowState reads Dates as the CLI reads RFC 3339 times', () => {
  const message = join(work, 'text.json');
  writeFileSync(message, JSON.stringify(VALID_MESSAGE));
  const [lastInbound, now] = ['2026-05-01T09:00:00Z', '2026-05-02T11:30:15.750+02:00'];
  const [file] = lintJson(['--last-inbound', lastInbound, '--now', now, message]).files;
  const window = walint.windowState(new Date(lastInbound), new Date(now));
  assert.equal(window.state, 'closed');
  const [m090] = file.diagnostics.filter((d) => d.code === 'M090');
  assert.ok(m090.message.endsWith(window.text), `${m090.message} / ${window.text}`);
});

test('requiresWindow agrees with M090 on every message of the corpus', () => {
  const cases = files(CORPUS, (name) => name.endsWith('.json') && !isSidecar(name));
  const report = lintJson(['--last-inbound', String(T0), '--now', String(T0 + 2 * DAY), ...cases.map((path) => relative(CORPUS, path))], CORPUS);
  let messages = 0;
  let free = 0;
  for (const file of report.files.filter((f) => f.kind === 'message')) {
    const text = readFileSync(join(CORPUS, file.path), 'utf8');
    messages += 1;
    const flagged = file.diagnostics.some((d) => d.code === 'M090');
    assert.equal(walint.requiresWindow(text), flagged, file.path);
    if (flagged) free += 1;
  }
  assert.ok(messages >= 50 && free >= 20 && messages - free >= 20, `${messages} messages, ${free} free-form`);
});

// fix(): the same text as `walint lint --fix` writes, for every corpus case with a safe fix.
test('fix() writes what walint lint --fix writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'walint-fix-'));
  try {
    let compared = 0;
    for (const area of ['format', 'template', 'message', 'send']) {
      const folder = join(ROOT, 'tests', 'corpus', area);
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.json') && !n.includes('.options.') && !n.includes('.definition.'))) {
        const source = readFileSync(join(folder, name), 'utf8');
        const result = walint.fix(source);
        if (result.applied === 0) continue;
        const copy = join(dir, `${area}-${name}`);
        writeFileSync(copy, source);
        writeFileSync(join(dir, 'walint.toml'), '');
        spawnSync(CLI, ['lint', '--fix', '--exit-zero', '--config', join(dir, 'walint.toml'), copy], { encoding: 'utf8' });
        assert.equal(result.text, readFileSync(copy, 'utf8'), `${area}/${name}`);
        compared += 1;
      }
    }
    assert.ok(compared >= 10, `only ${compared} fixable cases`);
    const unsafe = walint.fix('{"messaging_product":"whatsapp","to":"+15551234567","type":"text","text":{"body":"# Title\\nHi"}}', {}, true);
    assert.ok(unsafe.applied >= 1 && unsafe.text.includes('*Title*'), JSON.stringify(unsafe));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
