// The example template editor (examples/web/) in a real browser: system Chromium driven by
// playwright-core. Types a body with a gap in its placeholders and a broken bold marker, checks
// the problems and the preview shown on the page, and saves a screenshot as a test artifact.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { serve } from '../../examples/web/serve.mjs';
import { ARTIFACTS, PKG, requireDevTool } from './helpers.mjs';

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
