#!/usr/bin/env node
// Page-load and interaction benchmark on a slow phone, as issue 9 measures it. Prints figures,
// asserts nothing (machines here are shared and noisy).
//
//   node scripts/bench-load.mjs [--dist dist] [--runs 7] [--answers 40]
//
// Headless Chromium (Debian's, through playwright-core) with 4x CPU throttling and a network of
// 1.6 Mbit/s down, 750 kbit/s up and 150 ms round trip; dist/ served brotli-compressed
// (quality 11, as a static host would precompress) by a small server in this script; a fresh
// browser context (empty cache and storage) per run; medians of the runs, with min and max:
//   - transfer: encoded bytes of every response until the first question is usable;
//   - first paint: the first contentful paint;
//   - first usable question: "Check starten" is clicked the moment it is in the DOM (before
//     the wasm is ready, if the first screen is pre-rendered); the time until the first page's
//     radio buttons are in the DOM, enabled, and a frame with them has been painted;
//   - answer -> painted: a click on a radio button until the next frame is painted;
//   - page -> painted: a click on "Weiter" until the next page's frame is painted;
//   - JS heap (used) after the whole check was answered `--answers` times over.
// "Painted" is two requestAnimationFrame callbacks after the change: the second runs after
// the frame with the change was produced.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = arg('dist', `${ROOT}dist`);
const runs = Number(arg('runs', 7));
const longUse = Number(arg('answers', 40));
const UI = JSON.parse(readFileSync(`${ROOT}locales/de/ui.json`, 'utf8'));

const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1000 * 1000) / 8,
  uploadThroughput: (750 * 1000) / 8,
};
const CPU_SLOWDOWN = 4;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dir` brotli-compressed (precompressed once, quality 11). */
function serve(dir) {
  const files = new Map();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const raw = readFileSync(path);
    files.set(name, {
      raw,
      br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      type: TYPES[extname(name)] ?? 'application/octet-stream',
    });
  }
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1)) || 'index.html';
    const file = files.get(name);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    const body = br ? file.br : file.raw;
    res.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(br ? { 'content-encoding': 'br', vary: 'accept-encoding' } : {}),
    });
    res.end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// Runs in the page before its scripts: clicks start the moment it exists and records when the
// first question page is usable and painted.
function watchFirstScreen(startText) {
  const painted = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  const marks = (window.__ncLoad = {});
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const check = () => {
    if (marks.clicked === undefined) {
      const start = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === startText);
      if (start) {
        marks.clicked = performance.now();
        start.click();
      }
    }
    if (marks.clicked !== undefined && marks.seen === undefined) {
      const radios = document.querySelectorAll('.nc-root input[type=radio]');
      if (radios.length && [...radios].every((r) => !r.disabled)) {
        marks.seen = performance.now();
        painted().then(() => (marks.usable = performance.now()));
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('DOMContentLoaded', check);
}

/** One cold load: transfer, first paint, first usable question. */
async function coldLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, locale: 'de-DE' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let transfer = 0;
  cdp.on('Network.loadingFinished', (e) => (transfer += e.encodedDataLength));
  await page.addInitScript(watchFirstScreen, UI.start);
  await page.goto(url);
  await page.waitForFunction(() => window.__ncLoad?.usable !== undefined && window.__ncLoad.fcp !== undefined, null, {
    timeout: 60_000,
  });
  const marks = await page.evaluate(() => window.__ncLoad);
  const result = { transfer, firstPaint: marks.fcp, question: marks.usable };
  return { context, page, cdp, result };
}

// Runs in the page: answers and pages, each timed until painted.
function installInteractions(ui) {
  const painted = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  const button = (text) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
  const settle = () => new Promise((ok) => setTimeout(ok, 0));
  window.__ncInteract = {
    /** Answers every question of the page (timing each), then "Weiter" (timed); false at the end. */
    async page(answers, pages) {
      for (const [i, fieldset] of [...document.querySelectorAll('fieldset.nc-question')].entries()) {
        const inputs = [...fieldset.querySelectorAll('input[type=radio]')];
        const unchecked = inputs.filter((r) => !r.checked);
        const input = unchecked[i % unchecked.length] ?? inputs[0];
        const t0 = performance.now();
        input.click();
        await painted();
        answers.push(performance.now() - t0);
        await settle();
      }
      const next = button(ui.next);
      if (!next) return false;
      const heading = document.querySelector('h1, h2')?.textContent;
      const t0 = performance.now();
      next.click();
      await painted();
      if (document.querySelector('h1, h2')?.textContent !== heading) pages.push(performance.now() - t0);
      await settle();
      return true;
    },
    /** Back to the intro and start over (for long use). */
    async restart() {
      while (button(ui.back)) {
        button(ui.back).click();
        await settle();
      }
      const over = button(ui.start_over);
      if (over) {
        over.click();
        for (let i = 0; i < 200 && !button(ui.confirm_yes); i++) await settle();
        button(ui.confirm_yes)?.click();
        await settle();
      }
      (button(ui.start) ?? button(ui.resume))?.click();
      await settle();
    },
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const line = (label, xs, unit, digits = 0) => {
  const f = (x) => x.toFixed(digits);
  console.log(
    `${label.padEnd(28)} median ${f(median(xs)).padStart(8)} ${unit}   min ${f(Math.min(...xs)).padStart(8)}   max ${f(Math.max(...xs)).padStart(8)}   (n=${xs.length})`,
  );
};

const server = await serve(dist);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  console.log(`${runs} cold loads of ${dist}: ${CPU_SLOWDOWN}x CPU, 1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT, brotli`);
  const cold = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const run = await coldLoad(browser, url);
    cold.push(run.result);
    if (last) await last.context.close();
    last = run;
  }
  line('transfer (first question)', cold.map((r) => r.transfer / 1000), 'KB', 1);
  line('first paint', cold.map((r) => r.firstPaint), 'ms');
  line('first usable question', cold.map((r) => r.question), 'ms');

  // Interactions and long use, throttled the same way, in the last run's page.
  const { page, cdp } = last;
  await page.evaluate(installInteractions, UI);
  const answers = [];
  const pages = [];
  for (let round = 0; round < longUse; round++) {
    for (;;) {
      const step = await page.evaluate(async () => {
        const a = [];
        const p = [];
        const more = await window.__ncInteract.page(a, p);
        return { more, a, p };
      });
      if (round === 0) {
        answers.push(...step.a);
        pages.push(...step.p);
      }
      if (!step.more) break;
    }
    if (round === 0) {
      line('answer -> painted', answers, 'ms', 1);
      line('page -> painted', pages, 'ms', 1);
    }
    await page.evaluate(() => window.__ncInteract.restart());
  }
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  await cdp.send('Performance.enable');
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const wasm = await page.evaluate(() => {
    const memory = window.__ncWasmMemory?.() ?? window.wasmBindings?.nc_wasm_memory_bytes?.();
    return memory ?? null;
  });
  console.log(
    `after answering the check ${longUse} times: JS heap used ${(metrics.JSHeapUsedSize / 1e6).toFixed(2)} MB` +
      ` (total ${(metrics.JSHeapTotalSize / 1e6).toFixed(2)} MB)` +
      (wasm !== null ? `, wasm memory ${(wasm / 1e6).toFixed(2)} MB` : ''),
  );
  await last.context.close();
} finally {
  await browser.close();
  server.close();
}
