// Shared paths and loaders for the WASM test suites (run by scripts/test-wasm.sh).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PKG = join(ROOT, 'pkg');
export const ARTIFACTS = join(ROOT, 'target', 'artifacts');

function requireBuilt() {
  if (!existsSync(join(PKG, 'dist', 'web', 'walint_wasm_bg.wasm'))) {
    throw new Error('pkg/dist is missing: run scripts/build-wasm.sh first (or scripts/test-wasm.sh)');
  }
}

/** The package through its Node ES module entry. */
export async function loadEsm() {
  requireBuilt();
  return import(pathToFileURL(join(PKG, 'index.mjs')).href);
}

/** The package through its CommonJS entry. */
export function loadCjs() {
  requireBuilt();
  return createRequire(import.meta.url)(join(PKG, 'index.cjs'));
}

/** A dev tool installed in pkg/node_modules (binaryen, playwright-core, typescript). */
export function requireDevTool(name) {
  return createRequire(join(PKG, 'package.json'))(name);
}

export function packageJson() {
  return JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));
}

function generatedNames(pattern) {
  const dts = readFileSync(join(PKG, 'dist', 'node', 'walint_wasm.d.ts'), 'utf8');
  return [...dts.matchAll(pattern)].map((m) => m[1]).sort();
}

/** Names of the functions the generated TypeScript declarations export. */
export function generatedFunctionNames() {
  return generatedNames(/^export function (\w+)\(/gm);
}

/** Names of the classes the generated TypeScript declarations export (wasm-bindgen structs). */
export function generatedClassNames() {
  return generatedNames(/^export class (\w+) /gm);
}

/** A valid text message: lints without errors. */
export const VALID_MESSAGE = {
  messaging_product: 'whatsapp',
  recipient_type: 'individual',
  to: '+15551234567',
  type: 'text',
  text: { body: 'Hello' },
};
