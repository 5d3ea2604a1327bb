// Node ES module entry. The WebAssembly module is compiled and instantiated synchronously from
// the package's own file, so every function works right after `import`.
import { readFileSync } from 'node:fs';
import * as wasm from './dist/web/walint_wasm.js';

wasm.initSync({ module: readFileSync(new URL('./dist/web/walint_wasm_bg.wasm', import.meta.url)) });

export {
  checkSend,
  fix,
  lint,
  lintMessage,
  lintTemplate,
  lintText,
  lintWebhook,
  preview,
  requiresWindow,
  rules,
  statuses,
  Timeline,
  windowState,
} from './dist/web/walint_wasm.js';
export { version } from './dist/version.mjs';

/** Resolves at once: in Node the module is ready on import. Kept so code shared with browsers can `await init()`. */
export function init() {
  return Promise.resolve();
}
