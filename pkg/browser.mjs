// Browser (and bundler) ES module entry. WebAssembly must be fetched asynchronously, so call
// `await init()` once before any other function; the `.wasm` file is found next to this module
// (bundlers such as Vite and webpack follow the `new URL(..., import.meta.url)` reference).
import initWasm, * as wasm from './dist/web/walint_wasm.js';

export { version } from './dist/version.mjs';

let ready;
let initialized = false;

/**
 * Fetches and instantiates walint's WebAssembly module (once; later calls return the same promise).
 * `source` overrides where the `.wasm` comes from: a URL, a `Response`, bytes or a compiled `WebAssembly.Module`.
 */
export function init(source) {
  ready ??= initWasm(source === undefined ? undefined : { module_or_path: source }).then(
    () => {
      initialized = true;
    },
    (error) => {
      ready = undefined; // let a later call retry, e.g. after a network error
      throw error;
    },
  );
  return ready;
}

function checkInit(name) {
  if (!initialized) {
    throw new Error(`walint: call \`await init()\` before ${name}`);
  }
}

function requireInit(name, run) {
  return (...args) => {
    checkInit(`${name}()`);
    return run(...args);
  };
}

export const checkSend = requireInit('checkSend', wasm.checkSend);
export const fix = requireInit('fix', wasm.fix);
export const lint = requireInit('lint', wasm.lint);
export const lintMessage = requireInit('lintMessage', wasm.lintMessage);
export const lintTemplate = requireInit('lintTemplate', wasm.lintTemplate);
export const lintText = requireInit('lintText', wasm.lintText);
export const lintWebhook = requireInit('lintWebhook', wasm.lintWebhook);
export const preview = requireInit('preview', wasm.preview);
export const requiresWindow = requireInit('requiresWindow', wasm.requiresWindow);
export const rules = requireInit('rules', wasm.rules);
export const statuses = requireInit('statuses', wasm.statuses);
export const windowState = requireInit('windowState', wasm.windowState);

/** Status histories built one webhook body at a time (see the generated declaration). */
export class Timeline extends wasm.Timeline {
  constructor() {
    checkInit('new Timeline()');
    super();
  }
}
