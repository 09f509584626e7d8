// The widget under a strict Content-Security-Policy (docs/EMBED.md, "What the host should
// send"): the standalone page on every screen, the loader's iframe with CSPs on both sides, a
// sandboxed cross-origin iframe written by hand, the partner page with its live preview; and
// the loader's size.
//
// Every document records its `securitypolicyviolation` events (an init script of the harness,
// not an inline script); the console's CSP reports count as problems too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { setup, teardown, openGuarded, openHost, server } from './support/harness.mjs';
import { CheckPage, LIVE, PERSONAS, UI, buildAssess, eventually } from './support/check-page.mjs';
import { HistoryPage, downloadFrom } from './support/history-page.mjs';
import { assertAxeClean, channels, contrast, rgbOf, waitForFit, widgetFrame } from './support/embed-page.mjs';

const DIST = process.env.NC_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url));
/**
 * The strict policy the build recommends (scripts/post-build.mjs writes it to csp.txt): its
 * style-src allows the stylesheet inlined into index.html by its sha256, nothing else inline.
 */
const STRICT = readFileSync(join(DIST, 'csp.txt'), 'utf8').trim();
/** The widget's pages: the strict CSP; index.html may be framed by itself and the host site. */
const widgetCsp = (path) =>
  path === '/partner.html' ? `${STRICT}; frame-src 'self'` : `${STRICT}; frame-ancestors 'self' {host}`;
/** The partner's page in iframe mode: its own files, the loader and the widget's frame only. */
const HOST_CSP =
  "default-src 'none'; script-src 'self' {widget}; style-src 'self'; img-src 'self' data:; " +
  "frame-src {widget}; base-uri 'none'; form-action 'none'";
const DEFAULT_ACCENT = '#0b5cad';

test('the recommended policy allows no inline script or style besides the stylesheet by its hash', () => {
  assert.match(STRICT, /^default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-[A-Za-z0-9+/]{43}='; /);
  assert.ok(!STRICT.includes('unsafe-inline'), STRICT);
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.equal((html.match(/<style>/g) ?? []).length, 1, 'one inline stylesheet');
  assert.ok(!/<link[^>]*rel="?stylesheet/.test(html), 'no stylesheet link');
});

before(async () => {
  buildAssess();
  await setup({ server: { cors: true, csp: widgetCsp } });
});
after(teardown);

/** Asserts no CSP violation (nor other problem) so far, naming the screen. */
async function assertNoViolations(w, label) {
  assert.deepEqual(await w.violations(), [], `no securitypolicyviolation on ${label}`);
  assert.deepEqual(w.problems, [], `no console errors or CSP reports on ${label}`);
}

/**
 * Proves that a CSP is enforced in `target` (a Page or Frame): an inline script added to the
 * document does not run (and is recorded as a violation). Returns true when it was refused.
 */
const inlineRefused = (target) =>
  target.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ncInlineRan = true;';
    document.head.append(script);
    return window.__ncInlineRan !== true;
  });

test('standalone index.html under the strict CSP: no violation on any screen (intro, pages, result, history, compare, link, import)', async () => {
  const w = await openGuarded(`${server().url}index.html?accent=%2300594f`, { waitFor: LIVE });
  const policy = w.response.headers()['content-security-policy'];
  assert.ok(policy?.startsWith(STRICT), `the page is served with the strict CSP (${policy})`);
  const { page } = w;
  const check = new CheckPage(page);
  await check.waitForHeading(UI.intro_heading);
  assert.equal(
    await page.locator('.nc-button--primary').first().evaluate((b) => getComputedStyle(b).backgroundColor),
    rgbOf('#00594f'),
    'the accent colour applies under the CSP',
  );
  await assertNoViolations(w, 'the intro');

  // Two checks: every page of questions, two results.
  await check.start();
  for (const persona of [PERSONAS.ideaFounder, PERSONAS.triad]) {
    if (!(await page.locator('.nc-page').count())) await check.start();
    for (;;) {
      const p = await check.answerPage(persona);
      await assertNoViolations(w, `page "${p.title}"`);
      await check.next();
      if (p.index === check.pages.length - 1) break;
    }
    await check.verdictBox.waitFor();
    await assertNoViolations(w, 'the result');
    if (persona === PERSONAS.ideaFounder) {
      await check.button(UI.back_to_start).click();
      await check.waitForHeading(UI.intro_heading);
    }
  }

  // Compare with the previous result.
  await check.button(UI.compare_with_previous).click();
  await check.waitForHeading(UI.compare_heading);
  await assertNoViolations(w, 'the compare screen');

  // The history, the export file.
  const history = new HistoryPage(page);
  await check.button(UI.back_to_history).click();
  await check.waitForHeading(UI.history_heading);
  await assertNoViolations(w, 'the history');
  const file = await downloadFrom(page, () => history.button(UI.save_file).click());
  assert.equal(JSON.parse(file.text).entries.length, 2, 'the export has both results');
  await assertNoViolations(w, 'the export');

  // The result link.
  await history.show((await history.entries())[0].id);
  await check.button(UI.link_button).click();
  const link = await page.getByRole('textbox', { name: UI.link_label, exact: true }).inputValue();
  assert.ok(link.includes('#ergebnis='), link);
  await assertNoViolations(w, 'the result with its link');
  await w.assertClean();

  // A fresh browser: the shared link, then the import preview of the file.
  const other = await openGuarded(link, { waitFor: LIVE });
  const shared = new CheckPage(other.page);
  await shared.waitForHeading(UI.shared_heading);
  await assertNoViolations(other, 'a shared result');
  await shared.button(UI.shared_own).click();
  await shared.waitForHeading(UI.intro_heading);
  const imports = new HistoryPage(other.page);
  await imports.open();
  await imports.chooseFile({ name: file.filename, mimeType: 'application/json', buffer: file.bytes });
  assert.ok((await imports.previewLines()).length > 0, 'the import preview is shown');
  await assertNoViolations(other, 'the import preview');

  // Control: the policy is enforced and a violation would be recorded.
  assert.equal(await inlineRefused(other.page), true, 'an inline script is refused under the CSP');
  await eventually(async () => assert.ok((await other.violations()).length > 0, 'the violation is recorded'));
  await other.context.close();
});

test('iframe under CSPs on both sides (widget: strict + frame-ancestors; host: frame-src and script-src): no violation', async () => {
  const w = await openHost('iframe.html', { csp: HOST_CSP });
  const hostPolicy = w.response.headers()['content-security-policy'];
  assert.ok(hostPolicy?.includes(`frame-src ${w.widgetOrigin}`), `the host page has its CSP (${hostPolicy})`);
  const widget = await widgetFrame(w.page);
  await waitForFit(widget, 'the intro under CSP');
  await widget.check.start();
  for (;;) {
    const p = await widget.check.answerPage(PERSONAS.ideaFounder);
    await widget.check.next();
    await waitForFit(widget, `after "${p.title}" under CSP`);
    if (p.index === widget.check.pages.length - 1) break;
  }
  await widget.check.verdictBox.waitFor();
  await assertNoViolations(w, 'the host page and the widget frame');
  // The widget's document has the strict policy and frame-ancestors naming the host.
  const framed = await fetch(await widget.element.getAttribute('src'));
  assert.equal(framed.headers.get('content-security-policy'), `${STRICT}; frame-ancestors 'self' ${w.hostOrigin}`);

  // Control: both documents enforce their policies, and violations are recorded in both.
  assert.equal(await inlineRefused(w.page), true, 'the host page refuses an inline script');
  assert.equal(await inlineRefused(widget.frame), true, 'the widget frame refuses an inline script');
  await eventually(async () => {
    const frames = new Set((await w.violations()).map((v) => new URL(v.frame).origin));
    assert.deepEqual([...frames].sort(), [w.hostOrigin, w.widgetOrigin].sort(), 'recorded in both documents');
  });
  await w.context.close();
});

test("in-page under the partner's CSP with the documented additions (script-src, style-src, connect-src): works, no violation", async () => {
  // docs/EMBED.md: in-page mode needs `script-src <widget origin> 'wasm-unsafe-eval'; style-src
  // <widget origin>; connect-src <widget origin>` in the partner's policy.
  const csp =
    "default-src 'none'; script-src 'self' {widget} 'wasm-unsafe-eval'; style-src 'self' {widget}; " +
    "connect-src {widget}; img-src 'self' data:; base-uri 'none'; form-action 'none'";
  const w = await openHost('inpage.html', { csp });
  assert.ok(w.response.headers()['content-security-policy']?.includes("'wasm-unsafe-eval'"));
  const element = w.page.locator('netzwerk-check');
  const heading = (name) => element.getByRole('heading', { level: 2, name, exact: true });
  await heading(UI.intro_heading).waitFor();
  assert.equal(
    await element.locator('.nc-button--primary').first().evaluate((b) => getComputedStyle(b).backgroundColor),
    rgbOf('#00594f'),
    'styled, with the accent colour',
  );
  await element.getByRole('button', { name: UI.start, exact: true }).click();
  await element.locator('.nc-page').waitFor();
  await assertNoViolations(w, 'the in-page widget');
  assert.equal(await inlineRefused(w.page), true, 'the policy is enforced');
  await w.context.close();
});

test('a sandboxed cross-origin iframe written by hand (allow-scripts) works, is styled and says storage is unavailable', async () => {
  const w = await openHost('sandbox.html');
  const element = w.page.locator('iframe.host-sandbox');
  const frame = await (await element.elementHandle()).contentFrame();
  await frame.locator(LIVE).waitFor();
  assert.equal(await frame.evaluate(() => origin), 'null', 'an opaque origin');
  const check = new CheckPage(frame);
  await check.waitForHeading(UI.intro_heading);
  const background = await frame
    .locator('.nc-button--primary')
    .first()
    .evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(background, rgbOf(DEFAULT_ACCENT), "the primary button has the widget's accent (its CSS loaded)");
  assert.deepEqual(
    await frame.locator('[data-notice]').evaluateAll((ns) => ns.map((n) => n.dataset.notice)),
    ['blocked'],
    'the notice: no storage in an opaque origin',
  );
  await check.start();
  await check.waitForHeading(check.pages[0].title);
  await w.assertClean();
});

test('the partner page under its CSP: axe-clean at 1024 and 320 px; the colour updates contrast message, snippet and preview', async () => {
  const w = await openGuarded(`${server().url}partner.html`, { waitFor: '#pp-snippet' });
  const { page } = w;
  const policy = w.response.headers()['content-security-policy'];
  assert.equal(policy, `${STRICT}; frame-src 'self'`, 'served with its CSP');
  const previewFrame = async () => {
    const el = page.locator('#pp-preview iframe');
    await el.waitFor({ state: 'attached' });
    await el.scrollIntoViewIfNeeded();
    const frame = await (await el.elementHandle()).contentFrame();
    await frame.locator(LIVE).waitFor();
    return frame;
  };
  // The live preview shows a widget.
  let frame = await previewFrame();
  await new CheckPage(frame).waitForHeading(UI.intro_heading);
  assert.match(await page.locator('#pp-snippet').innerText(), /^<div data-netzwerk-check><\/div>\n<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);
  await assertAxeClean(page, [frame], 'the partner page at 1024 px');
  await page.setViewportSize({ width: 320, height: 640 });
  await assertAxeClean(page, [frame], 'the partner page at 320 px');
  await page.setViewportSize({ width: 1024, height: 800 });

  // A colour too light: the message says so and names the darker colour the snippet carries.
  const contrastText = page.locator('#pp-contrast');
  const before = (await contrastText.innerText()).trim();
  await page.locator('#pp-accent').fill('#ffcc00');
  await eventually(async () => assert.notEqual((await contrastText.innerText()).trim(), before));
  const message = (await contrastText.innerText()).trim();
  assert.match(message, /zu niedrig/, message);
  const used = message.match(/verwendet stattdessen (#[0-9a-f]{6})/)?.[1];
  assert.ok(used, `the message names the colour used: ${message}`);
  assert.ok(contrast(channels(rgbOf(used)), [255, 255, 255]) >= 4.5, `${used} meets 4.5:1`);
  await eventually(async () =>
    assert.ok((await page.locator('#pp-snippet').innerText()).includes(`data-accent="${used}"`), 'the snippet has it'),
  );
  // The preview is rebuilt with it, and the widget uses exactly that colour.
  await eventually(async () => {
    frame = await previewFrame();
    const src = await page.locator('#pp-preview iframe').getAttribute('src');
    assert.equal(new URL(src).searchParams.get('accent'), used, 'the preview has the new colour');
  });
  await eventually(async () =>
    assert.equal(
      await frame.locator('.nc-button--primary').first().evaluate((b) => getComputedStyle(b).backgroundColor),
      rgbOf(used),
      "the widget uses the partner page's colour",
    ),
  );
  // A good colour: the message says it meets AA.
  await page.locator('#pp-accent').fill('#00594f');
  await eventually(async () => assert.match((await contrastText.innerText()).trim(), /erfüllt WCAG AA/));
  await eventually(async () =>
    assert.ok((await page.locator('#pp-snippet').innerText()).includes('data-accent="#00594f"')),
  );
  await w.assertClean();
});

test('the loader embed.js is at most 3 KB brotli', (t) => {
  const source = readFileSync(join(DIST, 'embed.js'));
  const size = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  t.diagnostic(`embed.js: ${source.length} bytes, ${size} bytes brotli`);
  assert.ok(size <= 3072, `embed.js is ${size} bytes brotli (at most 3072)`);
  assert.ok(!source.includes('{"js":"","wasm":"","css":""}'), 'the build filled in the asset names');
});
