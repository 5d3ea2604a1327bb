// The example template editor (examples/web/) in a real browser: system Chromium driven by
// playwright-core. Types a body with a gap in its placeholders and a broken bold marker into the
// CodeMirror body editor, checks the problems, the lint underlines at the findings' exact ranges,
// the example-value inputs and the preview shown on the page, and saves screenshots as test
// artifacts. The page loads examples/web/dist/app.js: scripts/test-wasm.sh builds it first.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { serve } from '../../examples/web/serve.mjs';
import { ARTIFACTS, PKG, ROOT, requireDevTool } from './helpers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let server;
let browser;
let page;
const pageErrors = [];

before(async () => {
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM} (scripts/test-wasm.sh installs it)`);
  assert.ok(
    existsSync(join(ROOT, 'examples', 'web', 'dist', 'app.js')),
    'examples/web/dist/app.js is missing: run `npm ci && npm run build` in examples/web (scripts/test-wasm.sh does)',
  );
  server = await serve({ packageDir: PKG });
  const { chromium } = requireDevTool('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Saved before the assertions, so a failing run still leaves the picture. */
async function screenshot(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
}

const codes = () => page.$$eval('#diagnostics li', (items) => items.map((item) => item.dataset.code));

/**
 * The lint underlines of the finding `code` in the body editor, as `{ from, to, text }` with
 * offsets into the body text (CodeMirror's positions), adjacent pieces of one underline merged.
 */
const underlines = (code) =>
  page.$$eval(`#body .cm-lintRange.walint-${code}`, (marks) => {
    const lines = [...document.querySelectorAll('#body .cm-line')];
    const ranges = [];
    for (const mark of marks) {
      const line = mark.closest('.cm-line');
      const before = document.createRange();
      before.setStart(line, 0);
      before.setEnd(mark, 0);
      let from = before.toString().length;
      for (const previous of lines.slice(0, lines.indexOf(line))) from += previous.textContent.length + 1;
      const text = mark.textContent;
      const last = ranges.at(-1);
      if (last && last.to === from) Object.assign(last, { to: from + text.length, text: last.text + text });
      else ranges.push({ from, to: from + text.length, text, severity: mark.className.match(/cm-lintRange-(\w+)/)[1] });
    }
    return ranges;
  });

const listed = (code) => page.waitForSelector(`#diagnostics li[data-code="${code}"]`, { timeout: 5000 });
const cleared = (code) =>
  page.waitForSelector(`#diagnostics li[data-code="${code}"]`, { state: 'detached', timeout: 5000 });

test('the page loads the package and lints the initial form', async () => {
  assert.match(await page.textContent('#status'), /^walint \d+\.\d+\.\d+ ready$/);
  assert.deepEqual(pageErrors, []);
});

test('typing a body with a placeholder gap and a broken bold marker shows both problems', async () => {
  await page.fill('#header', 'Order update');
  await page.fill('#footer', 'Reply STOP to opt out');
  await page.click('#add-button');
  await page.fill('.button-text', 'Track order');
  await page.click('#body');
  // Key by key: the page lints on every keystroke.
  await page.keyboard.type('Hi {{1}}, code {{3}} *bold *', { delay: 5 });
  await screenshot('web-editor.png');

  const found = await codes();
  assert.ok(found.includes('T011'), `no placeholder-gap diagnostic in ${found}`);
  assert.ok(found.includes('F001'), `no literal-marker diagnostic in ${found}`);
  const gap = await page.textContent('#diagnostics li[data-code="T011"]');
  assert.match(gap, /\{\{2\}\}/);
  assert.match(gap, /Body · \/components\/1\/text/);
  const marker = await page.textContent('#diagnostics li[data-code="F001"]');
  assert.match(marker, /Body · \/components\/1\/text/);
  assert.equal(await page.getAttribute('#body', 'aria-invalid'), 'true');
  assert.deepEqual(pageErrors, []);
});

test('the body editor underlines each finding at its exact range', async () => {
  const body = 'Hi {{1}}, code {{3}} *bold *';
  assert.equal(await page.textContent('#body'), body);
  // F001 is about the closing `*` of `*bold *`: exactly that character is underlined.
  const closing = body.lastIndexOf('*');
  assert.deepEqual(await underlines('F001'), [{ from: closing, to: closing + 1, text: '*', severity: 'warning' }]);
  // T011 (the gap before {{3}}) underlines {{3}}.
  const gap = body.indexOf('{{3}}');
  assert.deepEqual(await underlines('T011'), [{ from: gap, to: gap + 5, text: '{{3}}', severity: 'error' }]);
  // Findings about the whole body (T018, T020) have no range in the text: listed, not underlined.
  assert.equal(await page.locator('#body .cm-lintRange').count(), 2);
  // Hovering the underline shows the finding.
  await page.hover('#body .cm-lintRange.walint-F001');
  const tooltip = await page.waitForSelector('.cm-tooltip-lint', { timeout: 5000 });
  assert.match(await tooltip.textContent(), /closing `\*` has whitespace just inside it/);
  await page.mouse.move(0, 0);
});

test('the preview shows the body as WhatsApp renders it', async () => {
  assert.equal(await page.textContent('#preview-header'), 'Order update');
  assert.equal(await page.textContent('#preview-footer'), 'Reply STOP to opt out');
  assert.equal(await page.textContent('#preview-buttons'), 'Track order');
  // The broken marker is shown literally and nothing is bold.
  assert.equal(await page.textContent('#preview-body'), 'Hi {{1}}, code {{3}} *bold *');
  assert.equal(await page.locator('#preview-body .bold').count(), 0);
});

test('fixing the marker renders bold and clears the marker problem', async () => {
  await page.click('#body');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('*\n* first item\n> _quoted_', { delay: 5 });
  await screenshot('web-editor-fixed.png');
  assert.equal(await page.textContent('#preview-body .bold'), 'bold');
  assert.equal(await page.textContent('#preview-body .line.bullet'), '• first item');
  assert.equal(await page.textContent('#preview-body .line.quote .italic'), 'quoted');
  const found = await codes();
  assert.ok(!found.includes('F001'), `F001 still reported: ${found}`);
  assert.ok(found.includes('T011'));
  assert.equal(await page.locator('#body .cm-lintRange.walint-F001').count(), 0);
});

test('each body variable gets an example input, and filling them resolves T020', async () => {
  await page.fill('#body', 'Hello {{1}}, your order is ready for pickup at the front desk today.');
  await listed('T020');
  assert.match(await page.textContent('#diagnostics li[data-code="T020"]'), /no example values/);
  assert.deepEqual(
    await page.$$eval('.example-value', (inputs) => inputs.map((input) => input.dataset.variable)),
    ['1'],
  );
  assert.equal(await page.textContent('#example-list code'), '{{1}}');
  await page.fill('.example-value[data-variable="1"]', 'Maria');
  await cleared('T020');
  assert.ok(!(await codes()).some((code) => /^T02/.test(code)), `example problems: ${await codes()}`);

  // A value walint warns about is reported on its input.
  await page.fill('.example-value[data-variable="1"]', 'Maria      Silva');
  await listed('T024');
  assert.match(await page.textContent('#diagnostics li[data-code="T024"]'), /Example \{\{1\}\}/);
  await page.fill('.example-value[data-variable="1"]', 'Maria');
  await cleared('T024');

  // Named variables: one input each, sent as body_text_named_params with parameter_format NAMED.
  await page.fill('#body', 'Hello {{first_name}}, order {{order_id}} is ready for pickup at the front desk today.');
  await listed('T020');
  assert.deepEqual(
    await page.$$eval('.example-value', (inputs) => inputs.map((input) => input.dataset.variable)),
    ['first_name', 'order_id'],
  );
  await page.fill('.example-value[data-variable="first_name"]', 'Maria');
  assert.ok((await codes()).includes('T020'), 'T020 cleared with one of two values missing');
  await page.fill('.example-value[data-variable="order_id"]', 'A-1042');
  await cleared('T020');
  await screenshot('web-editor-examples.png');
  const found = await codes();
  assert.ok(!found.some((code) => /^T0(0[3]|2\d)$/.test(code)), `variable or example problems: ${found}`);

  // Back to {{1}}: its value was kept.
  await page.fill('#body', 'Hello {{1}}, your order is ready for pickup at the front desk today.');
  assert.equal(await page.inputValue('.example-value[data-variable="1"]'), 'Maria');
  await cleared('T020');
  assert.deepEqual(pageErrors, []);
});

test('underlines stay exact after characters outside the BMP and on later lines', async () => {
  // 🎉 is two UTF-16 units (one code point): the underline uses text_range's utf16_* offsets.
  const body = '🎉 Olá {{1}}, your order is ready.\nPick it up 🚚 today *soon *';
  await page.fill('#body', body);
  assert.equal(await page.evaluate(() => document.querySelectorAll('#body .cm-line').length), 2);
  await listed('F001');
  const closing = body.lastIndexOf('*');
  assert.deepEqual(await underlines('F001'), [{ from: closing, to: closing + 1, text: '*', severity: 'warning' }]);
  assert.deepEqual(pageErrors, []);
});

test('markup typed into the editor is shown as text and never runs', async () => {
  await page.fill('#body', '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> *<b>x</b>*');
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('#preview img, #preview script, #preview b').count(), 0);
  assert.match(await page.textContent('#preview-body'), /<img src=x onerror=/);
  assert.equal(await page.textContent('#preview-body .bold'), '<b>x</b>');
  assert.deepEqual(pageErrors, []);
});
