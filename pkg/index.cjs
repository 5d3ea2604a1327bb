'use strict';
// Node CommonJS entry: wasm-bindgen's nodejs glue instantiates the module synchronously on require.
const wasm = require('./dist/node/walint_wasm.js');
const { version } = require('./dist/version.cjs');

module.exports = {
  checkSend: wasm.checkSend,
  fix: wasm.fix,
  lint: wasm.lint,
  lintMessage: wasm.lintMessage,
  lintTemplate: wasm.lintTemplate,
  lintText: wasm.lintText,
  lintWebhook: wasm.lintWebhook,
  preview: wasm.preview,
  requiresWindow: wasm.requiresWindow,
  rules: wasm.rules,
  statuses: wasm.statuses,
  Timeline: wasm.Timeline,
  windowState: wasm.windowState,
  version,
  /** Resolves at once: in Node the module is ready on require. Kept so code shared with browsers can `await init()`. */
  init: () => Promise.resolve(),
};
