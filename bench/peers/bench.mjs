// walint's lintTemplate against a peer library, in one Node process: Kapso's Zod-validated template
// creation builder (`TemplateDefinition.buildTemplateDefinition` of @kapso/whatsapp-cloud-api) and
// walint (../../pkg/index.mjs) with JSON text input and with object input, on the same templates.
//
//   cd bench/peers && npm ci && npm run bench            # or: node bench.mjs [options]
//
// --check       exit 1 when walint (text input) / Kapso on the 933-byte UTILITY template is above 1.0
// --rounds N    timed loops per case (default 7); the figure is the median of them
// --loop-ms MS  length of each timed loop (default 500)
// --json        also print the results as JSON
//
// Kapso's builder takes its own camelCase input (`bodyText`, `headerHandle`,
// `addSecurityRecommendation`, `otpType`, `messageSendTtlSeconds`, …) rather than Meta's snake_case
// wire format; each template is mapped once, before timing (see `toKapsoInput`), so Kapso is timed
// on its native input and the mapping is not counted.
import { readFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { TemplateDefinition } from '@kapso/whatsapp-cloud-api';
import * as walint from '../../pkg/index.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const installedVersion = (name) =>
  JSON.parse(readFileSync(join(HERE, 'node_modules', name, 'package.json'), 'utf8')).version;
const { buildTemplateDefinition } = TemplateDefinition;

const TEMPLATES = [
  { label: 'UTILITY (order shipped)', file: join(ROOT, 'bench', 'wasm', 'template.json'), gate: true },
  { label: 'MARKETING (media carousel)', file: join(HERE, 'template-carousel.json') },
  { label: 'AUTHENTICATION (copy code)', file: join(HERE, 'template-authentication.json') },
];

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number`);
  return value;
};
const ROUNDS = Math.round(option('--rounds', 7));
const LOOP_MS = option('--loop-ms', 500);
const WARMUP_MS = 300;

// Meta's snake_case keys to the camelCase keys Kapso's builder reads (`header_text` → `headerText`).
// Only keys are renamed; values (texts, examples, URLs) are kept as they are.
const camel = (key) => key.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
function toKapsoInput(value) {
  if (Array.isArray(value)) return value.map(toKapsoInput);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), toKapsoInput(v)]));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

let sink = 0; // keeps every result alive so that no call can be optimised away

function loop(fn, iterations) {
  const started = performance.now();
  for (let i = 0; i < iterations; i++) sink += consume(fn());
  return performance.now() - started;
}
function consume(result) {
  return result.diagnostics ? result.diagnostics.length : result.components.length;
}

// Calibrate the iteration count so that one timed loop lasts about LOOP_MS (after a warm-up).
function calibrate(fn) {
  let iterations = 16;
  for (const deadline = performance.now() + WARMUP_MS; performance.now() < deadline; ) loop(fn, iterations);
  for (;;) {
    const elapsed = loop(fn, iterations);
    if (elapsed >= LOOP_MS / 4) return Math.max(1, Math.ceil((iterations * LOOP_MS) / elapsed));
    iterations *= 4;
  }
}

// --- inputs, checked valid for both libraries before anything is timed ---
const templates = TEMPLATES.map((t) => {
  const text = readFileSync(t.file, 'utf8');
  const object = JSON.parse(text);
  const kapsoInput = toKapsoInput(object);
  const errors = walint.lintTemplate(text).diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`${t.file}: walint reports ${errors.map((d) => `${d.code} ${d.pointer}`).join(', ')}`);
  }
  try {
    buildTemplateDefinition(kapsoInput);
  } catch (error) {
    throw new Error(`${t.file}: Kapso's builder refuses it: ${error.message}`);
  }
  return { ...t, text, object, kapsoInput, bytes: Buffer.byteLength(text) };
});

const cases = templates.flatMap((t, index) => [
  { template: index, lib: 'kapso', fn: () => buildTemplateDefinition(t.kapsoInput) },
  { template: index, lib: 'walintText', fn: () => walint.lintTemplate(t.text) },
  { template: index, lib: 'walintObject', fn: () => walint.lintTemplate(t.object) },
]);
for (const c of cases) {
  c.iterations = calibrate(c.fn);
  c.samples = [];
}
// Rounds are interleaved (every case once per round) so that drift of the machine spreads evenly.
for (let round = 0; round < ROUNDS; round++) {
  for (const c of cases) c.samples.push((loop(c.fn, c.iterations) * 1000) / c.iterations);
}

const results = templates.map((t, index) => {
  const us = Object.fromEntries(
    cases.filter((c) => c.template === index).map((c) => [c.lib, median(c.samples)]),
  );
  return {
    template: t.label,
    file: relative(ROOT, t.file),
    bytes: t.bytes,
    kapso_us: us.kapso,
    walint_text_us: us.walintText,
    walint_object_us: us.walintObject,
    text_ratio: us.walintText / us.kapso,
    object_ratio: us.walintObject / us.kapso,
  };
});

// --- report ---
const versions = {
  node: process.version,
  walint: walint.version,
  kapso: installedVersion('@kapso/whatsapp-cloud-api'),
  zod: installedVersion('zod'),
};
console.log(
  `node ${versions.node}, walint ${versions.walint} (WASM), @kapso/whatsapp-cloud-api ${versions.kapso} (zod ${versions.zod}); ` +
    `${cpus()[0]?.model ?? 'unknown CPU'} (${platform()}/${arch()})`,
);
console.log(
  `median µs per call of ${ROUNDS} loops of ~${LOOP_MS} ms each, after a ${WARMUP_MS} ms warm-up per case\n`,
);
const header = ['template', 'bytes', 'Kapso µs', 'walint text µs', 'walint object µs', 'text/Kapso', 'object/Kapso'];
const rows = results.map((r) => [
  r.template,
  String(r.bytes),
  r.kapso_us.toFixed(1),
  r.walint_text_us.toFixed(1),
  r.walint_object_us.toFixed(1),
  r.text_ratio.toFixed(2),
  r.object_ratio.toFixed(2),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
if (args.includes('--json')) console.log(JSON.stringify({ versions, rounds: ROUNDS, loop_ms: LOOP_MS, results }, null, 2));
if (sink < 0) console.log(sink); // never true; reads the sink

const gated = results[TEMPLATES.findIndex((t) => t.gate)];
const target = 1.0;
const verdict = `walint (text input) / Kapso on ${gated.file} (${gated.bytes} B): ${gated.text_ratio.toFixed(2)} (target ≤ ${target.toFixed(1)})`;
if (gated.text_ratio > target) {
  console.log(`\n${verdict}: slower than Kapso`);
  if (args.includes('--check')) process.exit(1);
} else {
  console.log(`\n${verdict}: ok`);
}
