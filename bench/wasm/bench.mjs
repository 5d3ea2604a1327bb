// Benchmark of the npm package in Node: WebAssembly instantiation time and the time to lint a
// typical template, with the ratio to the native engine on the same input.
//
//   node bench/wasm/bench.mjs [--no-native] [--check] [input.json]
//
// --no-native  skip the native comparison (it builds crates/walint-wasm/examples/native_bench.rs
//              with `cargo build --release`)
// --check      exit 1 when a budget is exceeded (instantiation 20 ms, lint 0.2 ms)
// Results are printed and written to target/wasm/bench.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const WASM = join(ROOT, 'pkg', 'dist', 'web', 'walint_wasm_bg.wasm');
const GLUE = pathToFileURL(join(ROOT, 'pkg', 'dist', 'web', 'walint_wasm.js')).href;
const BUDGET = { instantiate_ms: 20, lint_ms: 0.2 };

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('--')));
const input = args.find((arg) => !arg.startsWith('--')) ?? join(HERE, 'template.json');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Child mode: one cold compile + instantiate in a fresh process (V8 caches compiled modules
// within a process, so only the first instantiation there is the real cost).
if (flags.has('--instantiate-once')) {
  const bytes = readFileSync(WASM);
  const glue = await import(GLUE);
  const started = performance.now();
  glue.initSync({ module: bytes });
  const instantiated = performance.now() - started;
  const first = performance.now();
  glue.lintTemplate(readFileSync(input, 'utf8'));
  process.stdout.write(JSON.stringify({ instantiated, first_lint: performance.now() - first }));
  process.exit(0);
}

function coldInstantiation(runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--instantiate-once', input], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`instantiation run failed: ${child.stderr}`);
    samples.push(JSON.parse(child.stdout));
  }
  return {
    instantiate_ms: median(samples.map((s) => s.instantiated)),
    first_lint_ms: median(samples.map((s) => s.first_lint)),
  };
}

async function lintTime(source) {
  const walint = await import(pathToFileURL(join(ROOT, 'pkg', 'index.mjs')).href);
  for (let i = 0; i < 500; i++) walint.lint(source);
  const perCall = [];
  for (let batch = 0; batch < 7; batch++) {
    const iterations = 2000;
    const started = performance.now();
    for (let i = 0; i < iterations; i++) walint.lint(source);
    perCall.push((performance.now() - started) / iterations);
  }
  return { lint_ms: median(perCall), diagnostics: walint.lint(source).diagnostics.length };
}

function nativeTime() {
  execFileSync('cargo', ['build', '--release', '--quiet', '-p', 'walint-wasm', '--example', 'native_bench'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
  const out = execFileSync(join(targetDir, 'release', 'examples', 'native_bench'), [input, '20000'], {
    encoding: 'utf8',
  });
  return JSON.parse(out).ns_per_lint / 1e6;
}

const source = readFileSync(input, 'utf8');
const result = {
  input: input.replace(`${ROOT}/`, ''),
  input_bytes: Buffer.byteLength(source),
  wasm_bytes: readFileSync(WASM).length,
  node: process.version,
  ...coldInstantiation(9),
  ...(await lintTime(source)),
};
if (!flags.has('--no-native')) {
  result.native_lint_ms = nativeTime();
  result.wasm_to_native = result.lint_ms / result.native_lint_ms;
}
result.budget = BUDGET;
result.within_budget = result.instantiate_ms <= BUDGET.instantiate_ms && result.lint_ms <= BUDGET.lint_ms;

mkdirSync(join(ROOT, 'target', 'wasm'), { recursive: true });
writeFileSync(join(ROOT, 'target', 'wasm', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
const fmt = (ms) => `${ms < 1 ? (ms * 1000).toFixed(1) + ' µs' : ms.toFixed(2) + ' ms'}`;
console.log(
  `instantiate (compile + instantiate, cold process): ${fmt(result.instantiate_ms)} (budget ${BUDGET.instantiate_ms} ms)\n` +
    `first lint after instantiation: ${fmt(result.first_lint_ms)}\n` +
    `lint ${result.input} (${result.input_bytes} B, ${result.diagnostics} diagnostics): ${fmt(result.lint_ms)} per call (budget ${BUDGET.lint_ms * 1000} µs)` +
    (result.native_lint_ms === undefined
      ? ''
      : `\nnative engine, same input: ${fmt(result.native_lint_ms)} per call; WASM/native = ${result.wasm_to_native.toFixed(2)}`),
);
if (!result.within_budget) {
  console.log('over budget');
  if (flags.has('--check')) process.exit(1);
}
