// The e2e harness: one headless Debian Chromium (never a downloaded browser), a fresh context
// per test, and guards that fail the test on any request leaving 127.0.0.1, any console error
// and any uncaught page error.
import { chromium } from 'playwright-core';
import axe from 'axe-core';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// NC_DIST points the tests at another build (e.g. one made with `scripts/release.sh --dist …`).
const DIST = process.env.NC_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let shared;
let warned = false;

/** Newest modification time (ms) of the files under `dir`. */
function newest(dir) {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return max;
}

/**
 * Warns (once) when dist/ is older than the sources it is built from: the tests compare the
 * browser with the native model built from the sources, so a stale release build shows up as
 * mismatches that are not bugs. Rebuild with scripts/release.sh.
 */
function warnIfDistIsStale() {
  if (warned) return;
  warned = true;
  try {
    const built = statSync(join(DIST, 'index.html')).mtimeMs;
    const stale = ['src', 'content', 'locales', 'style'].filter((d) => newest(join(ROOT, d)) > built);
    if (stale.length)
      console.warn(`warning: dist/ is older than ${stale.join(', ')}/ – rebuild it (scripts/release.sh) first`);
  } catch {
    // No dist/ yet: startServer says so.
  }
}

/**
 * Starts the static server for dist/ (or uses `baseUrl`, e.g. `make run`'s Trunk server) and
 * the browser, once per test file.
 */
export async function setup({ baseUrl } = {}) {
  if (!baseUrl) warnIfDistIsStale();
  const server = baseUrl ? { url: baseUrl, close: async () => {} } : await startServer(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  shared = { server, browser };
  return shared;
}

export async function teardown() {
  await shared?.browser.close();
  await shared?.server.close();
  shared = undefined;
}

function isLocal(url) {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return u.hostname === '127.0.0.1';
}

/**
 * Opens the widget in a fresh browser context with the guards armed.
 * Returns { page, context, url, problems, assertClean }.
 */
export async function openWidget({ viewport = { width: 1024, height: 800 }, path = '', timezoneId } = {}) {
  assert.ok(shared, 'setup() first');
  const context = await shared.browser.newContext({ viewport, locale: 'de-DE', ...(timezoneId ? { timezoneId } : {}) });
  const problems = [];
  const requests = [];
  // Block (and record) anything that would leave the machine, so a failure cannot leak data.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (isLocal(url)) return route.continue();
    problems.push(`request left 127.0.0.1: ${url}`);
    return route.abort('blockedbyclient');
  });
  context.on('request', (req) => {
    if (!isLocal(req.url())) problems.push(`request left 127.0.0.1: ${req.url()}`);
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught page error: ${err.message}`));
  page.on('websocket', (ws) => {
    if (!isLocal(ws.url())) problems.push(`websocket left 127.0.0.1: ${ws.url()}`);
  });
  const url = shared.server.url + path;
  await page.goto(url);
  await page.locator('.nc-root').waitFor();
  return {
    page,
    context,
    url,
    requests,
    problems,
    async assertClean() {
      assert.deepEqual(problems, [], 'no console errors, page errors or non-local requests');
      await context.close();
    },
  };
}

/** Runs axe-core with the WCAG 2.2 AA + best-practice tags; fails listing every violation. */
export async function assertAccessible(page, label) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(found, [], `axe-core violations on ${label}`);
  return result;
}
