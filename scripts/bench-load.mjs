#!/usr/bin/env node
// Throttled page-load benchmark: the release build in headless Chromium (Debian's, through
// playwright-core and a CDP session) as a visitor on a slow phone and network would get it.
// Prints figures, asserts nothing.
//
//   node scripts/bench-load.mjs                       # dist/, 7 runs, also without pre-render
//   node scripts/bench-load.mjs --dist other --runs 3 --only-prerendered
//
// Conditions: 4x CPU slowdown (Emulation.setCPUThrottlingRate), 1.6 Mbit/s down, 750 Kbit/s
// up, 150 ms round trip (Network.emulateNetworkConditions), every file served brotli-compressed
// (quality 11, `Content-Encoding: br`) by e2e/support/server.mjs, a fresh browser context (empty
// cache and storage) per run. Per run:
//   - transferred: encoded bytes of every response (with headers) until the first question is
//     usable (the first screen), and until the live widget is there (with the check: a fresh
//     visitor's page fetches the glue and the wasm when the visitor turns to the widget; here
//     the click on "Check starten" is that moment);
//   - first contentful paint;
//   - first usable question: "Check starten" clicked as soon as it is in the DOM and visible
//     (the pre-rendered one once the start-up script shows it), until the first page's radio
//     inputs are shown, enabled and painted (the pre-rendered page's, or the live widget's);
//   - live widget: from the same start until the live widget has replaced the pre-render
//     (answers are saved, "Weiter" works without waiting);
//   - answer -> painted: a click on a radio until the next frame is painted (a task posted
//     from requestAnimationFrame runs after that frame), every answer of a full check (median
//     of the run);
//   - page -> painted: a click on "Weiter" until the new page is painted (median of the run);
//     result -> painted: "Ergebnis anzeigen" until the result is painted;
//   - JS heap (CDP Performance.getMetrics JSHeapUsedSize, after a garbage collection) and wasm
//     memory after the full check.
// Printed: the median of the runs, with their min and max. "without pre-render" is the same
// build with the pre-rendered intro taken out of index.html (a copy in a temporary folder).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../e2e/support/server.mjs';
import { UI, arg, dist, jsHeapAfterGc, launchChromium, pageErrors } from './bench-support.mjs';

const runs = Number(arg('runs') ?? process.env.NC_BENCH_RUNS ?? 7) || 7;
const onlyPrerendered = process.argv.includes('--only-prerendered');
const CPU_SLOWDOWN = 4;
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6e6 / 8) | 0,
  uploadThroughput: (750e3 / 8) | 0,
};

/** Init script: clicks "Check starten" as soon as it is visible, notes when the first page is usable. */
function watchStart() {
  const b = (window.__ncLoad = { clicked: null, usable: null, live: null });
  const live = '.nc-root:not(.nc-prerender > .nc-root)';
  const liveObserver = new MutationObserver(() => {
    if (b.clicked !== null && document.querySelector(live)) {
      liveObserver.disconnect();
      b.live = performance.now();
    }
  });
  liveObserver.observe(document, { subtree: true, childList: true });
  const observer = new MutationObserver(() => {
    if (b.clicked === null) {
      // Visible: the pre-render's buttons once the start-up script runs (data-nc-boot; the
      // stylesheet hides them before), the live widget's always. No style is computed here:
      // that would force style work during parsing and delay the first paint it measures.
      const button = document.querySelector(
        `.nc-prerender[data-nc-boot] .nc-button--primary, ${live} .nc-button--primary`,
      );
      if (button) {
        b.clicked = performance.now();
        button.click();
      }
    }
    if (b.clicked === null) return;
    const radios = [...document.querySelectorAll('.nc-root fieldset input[type=radio]')].filter(
      (r) => r.offsetParent !== null,
    );
    if (radios.length && radios.every((r) => !r.disabled)) {
      observer.disconnect();
      // After the next frame is painted (a task posted from requestAnimationFrame).
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (b.usable = performance.now());
        channel.port2.postMessage(null);
      });
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/** In the page: answers a full check (every page to the result), timing each answer and page. */
async function walk(ui) {
  // Resolves after the next frame has been painted: a task posted from requestAnimationFrame
  // runs once that frame is rendered.
  const painted = () =>
    new Promise((ok) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => ok();
        channel.port2.postMessage(null);
      }),
    );
  const h1 = () => document.querySelector('h1')?.textContent ?? '';
  const button = (text) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
  const answers = [];
  const pages = [];
  let result = null;
  for (let guard = 0; guard < 20; guard++) {
    const fieldsets = [...document.querySelectorAll('fieldset.nc-question')];
    for (const [i, fieldset] of fieldsets.entries()) {
      const inputs = fieldset.querySelectorAll('input[type=radio]');
      // The profile: the last option (a lasting network, already working, the largest area:
      // every page); statements: varied over the scale.
      const profile = fieldset.classList.contains('nc-question--profile');
      const input = profile ? inputs[inputs.length - 1] : inputs[(i * 3) % Math.min(5, inputs.length)];
      const t0 = performance.now();
      input.click();
      await painted();
      answers.push(performance.now() - t0);
    }
    const next = button(ui.next);
    const finish = next ? null : button(ui.to_result);
    const before = h1();
    const t0 = performance.now();
    (next ?? finish).click();
    while (h1() === before) await new Promise((ok) => setTimeout(ok, 0));
    await painted();
    if (!next) {
      result = performance.now() - t0;
      break;
    }
    pages.push(performance.now() - t0);
  }
  return { answers, pages, result };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function run(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'de-DE' });
  await context.addInitScript(watchStart);
  const page = await context.newPage();
  const errors = pageErrors(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Performance.enable');
  let transferred = 0;
  let counting = true;
  cdp.on('Network.loadingFinished', (e) => {
    if (counting) transferred += e.encodedDataLength;
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__ncLoad.usable !== null, null, { timeout: 60_000, polling: 50 });
  const firstScreen = transferred;
  await page.waitForFunction(() => window.__ncLoad.live !== null, null, { timeout: 60_000, polling: 50 });
  await page.waitForLoadState('networkidle');
  counting = false;
  const load = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    usable: window.__ncLoad.usable,
    live: window.__ncLoad.live,
  }));
  const { answers, pages, result } = await page.evaluate(walk, UI);
  const heap = await jsHeapAfterGc(cdp);
  const wasm = await page.evaluate(() => window.wasmBindings?.nc_wasm_memory_bytes() ?? NaN);
  await context.close();
  if (errors.length) console.log(`  page errors: ${errors.join(' | ')}`);
  return {
    transferred: firstScreen,
    withCheck: transferred,
    fcp: load.fcp,
    usable: load.usable,
    live: load.live,
    answer: median(answers),
    page: median(pages),
    result,
    heap,
    wasm,
  };
}

const ROWS = [
  ['transferred, first screen', 'transferred', (v) => `${(v / 1000).toFixed(1)} KB`],
  ['transferred, with the check', 'withCheck', (v) => `${(v / 1000).toFixed(1)} KB`],
  ['first contentful paint', 'fcp', (v) => `${(v / 1000).toFixed(2)} s`],
  ['first usable question', 'usable', (v) => `${(v / 1000).toFixed(2)} s`],
  ['live widget ready', 'live', (v) => `${(v / 1000).toFixed(2)} s`],
  ['answer -> painted', 'answer', (v) => `${v.toFixed(0)} ms`],
  ['page ("Weiter") -> painted', 'page', (v) => `${v.toFixed(0)} ms`],
  ['result -> painted', 'result', (v) => `${v.toFixed(0)} ms`],
  ['JS heap after a full check', 'heap', (v) => `${(v / 1e6).toFixed(2)} MB`],
  ['wasm memory after a full check', 'wasm', (v) => `${(v / 1e6).toFixed(2)} MB`],
];

function report(title, samples) {
  console.log(`\n${title} (${samples.length} runs: median (min – max))`);
  for (const [label, key, format] of ROWS) {
    const xs = samples.map((s) => s[key]);
    const line = `${format(median(xs))} (${format(Math.min(...xs))} – ${format(Math.max(...xs))})`;
    console.log(`${label.padEnd(32)} ${line}`);
  }
}

/** A copy of `dist` without the pre-rendered intro and first page in index.html (the start-up
 * script then loads the check at once, as before the pre-render). */
function withoutPrerender(from) {
  const dir = mkdtempSync(join(tmpdir(), 'nc-bench-'));
  cpSync(from, dir, { recursive: true });
  const index = join(dir, 'index.html');
  const html = readFileSync(index, 'utf8');
  const stripped = html.replace(/<div class="nc-prerender">[\s\S]*?<\/template><p [^>]*><\/p><\/div>/, '');
  if (stripped === html) throw new Error('no pre-rendered intro found in index.html');
  writeFileSync(index, stripped);
  return dir;
}

const browser = await launchChromium();
const variants = [['with the pre-rendered intro', dist]];
let scratch;
if (!onlyPrerendered) {
  scratch = withoutPrerender(dist);
  variants.push(['without the pre-rendered intro (same build)', scratch]);
}
console.log(
  `throttled load: ${CPU_SLOWDOWN}x CPU slowdown, 1.6 Mbit/s down, 750 Kbit/s up, ${NETWORK.latency} ms RTT, brotli, fresh context per run`,
);
try {
  for (const [title, root] of variants) {
    const server = await startServer(root, { brotli: true });
    try {
      // Every file compressed before the first run (as precompressed files would be).
      for (const file of readdirSync(root)) {
        await (await fetch(server.url + file, { headers: { 'accept-encoding': 'br' } })).arrayBuffer();
      }
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await run(browser, server.url));
      report(title, samples);
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
