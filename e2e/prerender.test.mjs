// The first screen before the wasm: index.html carries the intro and the first question page
// pre-rendered at build time (src/app/prerender.rs) and the widget's styles inline. A fresh
// visitor's page fetches the wasm only when the visitor turns to the widget; a returning
// visitor's at once. These tests hold the wasm back (route interception) to look at the page
// before it runs: styled at once, accessible, the same markup as the live widget, "Check
// starten" opening the first questions at once (usable radio buttons, "Zurück"), "Weiter" kept
// (busy, announced) and carried out once with the answers, no layout shift when the live widget
// takes over; without JavaScript the <noscript> text and no dead buttons; the iframe mode
// loads no stylesheet file, the in-page mode does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, teardown, server, assertAccessible, openHost } from './support/harness.mjs';
import { LIVE, STORAGE_KEY, TEXTS, UI, eventually, pagesFor } from './support/check-page.mjs';
import { widgetFrame } from './support/embed-page.mjs';

let browser;
before(async () => {
  ({ browser } = await setup({ server: { cors: true } }));
});
after(teardown);

const STYLESHEET = /\/main-[0-9a-f]+\.css$/;
const CHECK_FILES = /\/netzwerk-check-[0-9a-f]+(_bg\.wasm|\.js)$/;
const isLocal = (url) => /^(data:|blob:|about:)/.test(url) || ['127.0.0.1', 'localhost'].includes(new URL(url).hostname);

/**
 * Opens the standalone page in a fresh context with the wasm held back until `release()`
 * (or failed with `fail()`). Records layout shifts from the start (buffered observer in an
 * init script), console errors and page errors (`problems`) and every request.
 */
async function openHeldBack({ javaScriptEnabled = true, viewport = { width: 1024, height: 800 }, stored } = {}) {
  const context = await browser.newContext({ viewport, locale: 'de-DE', javaScriptEnabled });
  if (stored) await context.addInitScript(([k, v]) => localStorage.setItem(k, v), stored);
  const problems = [];
  const requests = [];
  let release;
  const gate = new Promise((ok) => (release = ok));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (!isLocal(url)) {
      problems.push(`request left the machine: ${url}`);
      return route.abort('blockedbyclient');
    }
    if (url.endsWith('_bg.wasm') && (await gate) === 'fail') return route.abort('failed');
    return route.continue();
  });
  await context.addInitScript(() => {
    window.__ncShifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__ncShifts.push({ value: e.value, recent: e.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));
  page.on('pageerror', (err) => problems.push(`uncaught page error: ${err.message}`));
  await page.goto(server().url, { waitUntil: 'commit' });
  await page.locator('.nc-prerender h1').waitFor();
  return { page, context, problems, requests, release: () => release('go'), fail: () => release('fail') };
}

/** Waits two animation frames (what was changed has been painted). */
const painted = (page) =>
  page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

/**
 * The markup of `selector` as comparable text (as tests/browser.rs): attributes sorted, white
 * space collapsed, comments (Leptos's markers) left out, instance ids as `nc#-`.
 */
const canonical = (page, selector) =>
  page.locator(selector).evaluate((root) => {
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.nodeValue;
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const attrs = [...node.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).sort().join('');
      const inner = [...node.childNodes].map(walk).join('');
      return `<${node.localName}${attrs}>${inner}</${node.localName}>`;
    };
    return walk(root)
      .replace(/\s+/g, ' ')
      .replace(/> </g, '><')
      .replace(/"nc\d+-/g, '"nc#-');
  });

test('before the wasm: the intro is there, styled, without a stylesheet request, axe-clean, and the same markup as the live widget', async () => {
  const w = await openHeldBack();
  const { page } = w;
  const pre = page.locator('.nc-prerender');
  assert.equal(await pre.getByRole('heading', { level: 1 }).innerText(), UI.intro_heading);
  await page.locator('.nc-prerender[data-nc-boot]').waitFor();
  const start = pre.getByRole('button', { name: UI.start, exact: true });
  assert.ok(await start.isVisible(), 'the start button shows once the start-up script runs');
  assert.equal(
    await start.evaluate((b) => getComputedStyle(b).backgroundColor),
    'rgb(11, 92, 173)',
    'styled by the inline stylesheet (the default accent)',
  );
  assert.equal(await page.locator('link[rel=stylesheet]').count(), 0, 'no stylesheet link');
  assert.deepEqual(w.requests.filter((u) => STYLESHEET.test(u)), [], 'no request for main-*.css');
  const paints = await page.evaluate(() => performance.getEntriesByType('paint').map((p) => p.name));
  assert.ok(paints.includes('first-contentful-paint'), `painted before the wasm (${paints})`);
  await assertAccessible(page, 'the pre-rendered intro');
  const before = await canonical(page, '.nc-prerender main');
  assert.deepEqual(w.requests.filter((u) => CHECK_FILES.test(u)), [], 'nothing of the check loaded yet');

  w.release();
  await page.locator('.nc-prerender').hover({ position: { x: 2, y: 2 } });
  await page.locator(LIVE).waitFor();
  assert.equal(await page.locator('.nc-prerender').count(), 0, 'the pre-render is gone');
  assert.equal(await canonical(page, LIVE), before, 'the live widget renders the same markup');
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('no layout shift when the live widget takes over (fresh visitor), at 1024 and 320 px', async () => {
  for (const viewport of [{ width: 1024, height: 800 }, { width: 320, height: 640 }]) {
    const w = await openHeldBack({ viewport });
    const { page } = w;
    await page.locator('.nc-prerender[data-nc-boot]').waitFor();
    await painted(page);
    await page.waitForTimeout(200);
    const box = await page.locator('.nc-prerender h1').boundingBox();
    w.release();
    await page.locator('.nc-prerender').hover({ position: { x: 2, y: 2 } });
    await page.locator(LIVE).waitFor();
    await painted(page);
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => window.__ncShifts);
    const score = shifts.reduce((sum, s) => sum + s.value, 0);
    assert.ok(score < 0.01, `cumulative layout shift ${score} at ${viewport.width} px: ${JSON.stringify(shifts)}`);
    assert.deepEqual(await page.locator(`${LIVE} h1`).boundingBox(), box, 'the heading stays where it was');
    assert.deepEqual(w.problems, []);
    await w.context.close();
  }
});

test('a fresh visitor loads the check when turning to the widget; a returning one at once', async () => {
  const w = await openHeldBack();
  const { page } = w;
  await page.locator('.nc-prerender[data-nc-boot]').waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  assert.deepEqual(w.requests.filter((u) => CHECK_FILES.test(u)), [], 'no glue, no wasm before');
  w.release();
  await page.locator('.nc-prerender').hover({ position: { x: 2, y: 2 } });
  await page.locator(LIVE).waitFor();
  assert.equal(w.requests.filter((u) => CHECK_FILES.test(u)).length, 2, 'glue and wasm, once each');
  assert.deepEqual(w.problems, []);
  await w.context.close();

  const draft = { schema: 2, draft: { profile: {}, answers: {} }, screen: 'intro', history: [], deleted: [] };
  const back = await openHeldBack({ stored: [STORAGE_KEY, JSON.stringify(draft)] });
  // Their check may be further on: "Check starten" is kept for the live widget, no
  // pre-rendered first page.
  await back.page.locator('.nc-prerender[data-nc-boot]').waitFor();
  await back.page.locator('.nc-prerender').getByRole('button', { name: UI.start, exact: true }).click();
  assert.equal(await back.page.locator('.nc-prerender').getAttribute('data-nc-pending'), 'start');
  assert.equal(await back.page.locator('.nc-prerender').getAttribute('data-nc-shown'), null);
  back.release();
  await back.page.locator(LIVE).waitFor();
  assert.equal(back.requests.filter((u) => CHECK_FILES.test(u)).length, 2, 'loaded without any gesture');
  assert.deepEqual(back.problems, []);
  await back.context.close();
});

test('before the wasm: "Check starten" opens the first questions at once; answers and "Weiter" are carried over once', async () => {
  const w = await openHeldBack();
  const { page } = w;
  await page.locator('.nc-prerender[data-nc-boot]').waitFor();
  const pre = page.locator('.nc-prerender');
  const start = pre.getByRole('button', { name: UI.start, exact: true });
  await start.click();
  const heading = pre.getByRole('heading', { level: 1, name: TEXTS.profile.title, exact: true });
  assert.ok(await heading.isVisible(), 'the first question page shows at once');
  assert.equal(await page.evaluate(() => document.activeElement?.id ?? ''), 'nc1-page-heading', 'focus on its heading');
  assert.equal(await pre.getByRole('heading', { name: UI.intro_heading }).count(), 0, 'the intro is hidden');
  await assertAccessible(page, 'the pre-rendered first question page');
  // "Zurück" shows the intro again; starting again keeps what was chosen.
  const kind = Object.keys(TEXTS.profile.kind.options)[0];
  await pre.getByRole('radio', { name: TEXTS.profile.kind.options[kind].label, exact: true }).check();
  await pre.getByRole('button', { name: UI.back, exact: true }).click();
  assert.ok(await pre.getByRole('heading', { name: UI.intro_heading }).isVisible());
  await start.click();
  // Every profile question answered, then "Weiter": kept (busy, announced), one page on.
  const profile = {};
  for (const field of ['kind', 'stage', 'scope']) {
    const radios = pre.locator(`input[type=radio][name="nc1-${field}"]`);
    await radios.first().check();
    profile[field] = await radios.first().getAttribute('value');
  }
  assert.equal(profile.kind, kind, 'the answer chosen before "Zurück" is still there');
  const next = pre.getByRole('button', { name: UI.next, exact: true });
  await next.click();
  assert.equal(await next.getAttribute('aria-busy'), 'true');
  const status = pre.locator('[role=status][data-nc-loading]');
  assert.equal(await status.innerText(), UI.loading, 'the polite live region says it is loading');
  await next.click({ force: true });
  assert.equal(await pre.getAttribute('data-nc-pending'), 'next');
  assert.equal(page.url(), `${server().url}`, 'no form submission');

  w.release();
  const title = pagesFor(profile)[1].title;
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  assert.equal(await page.locator('.nc-prerender').count(), 0);
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY));
  assert.deepEqual(stored.draft.profile, profile, 'the answers given before the wasm are saved');
  assert.equal(stored.screen, 'page:1', 'one page on, once');
  const shifts = await page.evaluate(() => window.__ncShifts.filter((s) => !s.recent));
  assert.ok(shifts.reduce((sum, s) => sum + s.value, 0) < 0.01, `no layout shift without input: ${JSON.stringify(shifts)}`);
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('the first page pre-rendered and live are the same markup, and the take-over moves nothing', async () => {
  for (const viewport of [{ width: 1024, height: 800 }, { width: 320, height: 640 }]) {
    const w = await openHeldBack({ viewport });
    const { page } = w;
    await page.locator('.nc-prerender[data-nc-boot]').waitFor();
    await page.locator('.nc-prerender').getByRole('button', { name: UI.start, exact: true }).click();
    await painted(page);
    const before = await canonical(page, '.nc-prerender main:not([hidden])');
    const box = await page.locator('.nc-prerender main:not([hidden]) h1').boundingBox();
    await page.waitForTimeout(600);
    const shiftsBefore = await page.evaluate(() => window.__ncShifts.length);
    w.release();
    await page.locator(LIVE).waitFor();
    await painted(page);
    await page.waitForTimeout(300);
    assert.equal(await canonical(page, LIVE), before, `the same markup at ${viewport.width} px`);
    const shifts = (await page.evaluate(() => window.__ncShifts)).slice(shiftsBefore);
    const score = shifts.reduce((sum, s) => sum + s.value, 0);
    assert.ok(score < 0.01, `layout shift ${score} at ${viewport.width} px: ${JSON.stringify(shifts)}`);
    assert.deepEqual(await page.locator(`${LIVE} h1`).boundingBox(), box, 'the heading stays where it was');
    assert.deepEqual(w.problems, []);
    await w.context.close();
  }
});

test('the results button before the wasm is kept and carried out', async () => {
  const w = await openHeldBack();
  const { page } = w;
  await page.locator('.nc-prerender[data-nc-boot]').waitFor();
  const history = page.locator('.nc-prerender').getByRole('button', { name: UI.history_open_empty });
  await history.click();
  assert.equal(await history.getAttribute('aria-busy'), 'true');
  assert.equal(await page.locator('.nc-prerender').getAttribute('data-nc-pending'), 'history');
  w.release();
  await page.getByRole('heading', { level: 1, name: UI.history_heading, exact: true }).waitFor();
  assert.deepEqual(w.problems, []);
  await w.context.close();
});

test('when the wasm cannot load, the pre-rendered buttons go away and the page says so', async () => {
  const w = await openHeldBack();
  const { page } = w;
  await page.locator('.nc-prerender[data-nc-boot]').waitFor();
  await page.locator('.nc-prerender').getByRole('button', { name: UI.start, exact: true }).click();
  await page.locator('.nc-prerender').getByRole('button', { name: UI.next, exact: true }).click();
  w.fail();
  const status = page.locator('.nc-prerender [data-nc-loading]');
  await eventually(async () => assert.equal(await status.innerText(), UI.loading_failed));
  assert.ok(await status.isVisible(), 'shown, not only announced');
  assert.equal(await page.getByRole('button', { name: UI.next, exact: true }).isVisible(), false);
  assert.ok(w.problems.length > 0, 'the failure is reported on the console');
  await w.context.close();
});

test('without JavaScript: the <noscript> text and the intro, no dead buttons', async () => {
  const w = await openHeldBack({ javaScriptEnabled: false });
  const { page } = w;
  // (Playwright's text locators skip <noscript>; its paragraph is looked at directly.)
  const hint = page.locator('#netzwerk-check > noscript > p');
  assert.ok(await hint.isVisible(), 'the <noscript> text shows');
  assert.match(await hint.innerText(), /braucht JavaScript/);
  assert.ok(await page.getByRole('heading', { level: 1, name: UI.intro_heading }).isVisible());
  assert.equal(await page.getByRole('button', { name: UI.start, exact: true }).isVisible(), false, 'no start button');
  assert.equal(await page.locator('.nc-actions button:visible').count(), 0, 'no visible button at all');
  w.release();
  await w.context.close();
});

test('the iframe mode loads no stylesheet file; the in-page mode links it in its shadow root', async () => {
  const framed = await openHost('iframe.html');
  await widgetFrame(framed.page);
  assert.deepEqual(framed.requests.filter((u) => STYLESHEET.test(u)), [], 'iframe: styles inline');
  await framed.assertClean();
  const inPage = await openHost('inpage.html');
  await inPage.page.locator('netzwerk-check').getByRole('heading', { name: UI.intro_heading }).waitFor();
  assert.equal(inPage.requests.filter((u) => STYLESHEET.test(u)).length, 1, 'in-page: main-*.css');
  await inPage.assertClean();
});
