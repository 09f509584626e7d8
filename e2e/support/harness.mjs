// The e2e harness: one headless Debian Chromium (never a downloaded browser), a fresh context
// per test, and guards that fail the test on any request leaving the machine (127.0.0.1 or
// localhost), any console error and any uncaught page error.
import { chromium } from 'playwright-core';
import axe from 'axe-core';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { waitLive } from './check-page.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// NC_DIST points the tests at another build (e.g. one made with `scripts/release.sh --dist …`).
const DIST = process.env.NC_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));
/** The partners' pages of the embedding tests, served under /host/ (see server.mjs). */
const HOSTS = fileURLToPath(new URL('../fixtures/hosts/', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let shared;
let warned = false;
/** Browsers of their own (openGuarded with thirdPartyStorage), closed by teardown. */
const ownBrowsers = new Set();
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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
 * the browser, once per test file. `server`: options of startServer (a CSP for the widget's
 * pages, CORS headers; server.mjs); the host pages of e2e/fixtures/hosts/ are always served
 * under /host/ on http://localhost:PORT, which the browser maps to 127.0.0.1.
 */
export async function setup({ baseUrl, server: serverOptions = {} } = {}) {
  if (!baseUrl) warnIfDistIsStale();
  const server = baseUrl
    ? { url: baseUrl, close: async () => {} }
    : await startServer(DIST, { hosts: HOSTS, ...serverOptions });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: LAUNCH_ARGS,
  });
  shared = { server, browser };
  return shared;
}

export async function teardown() {
  for (const close of ownBrowsers) await close();
  await shared?.browser.close();
  await shared?.server.close();
  shared = undefined;
}

function isLocal(url) {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return u.hostname === '127.0.0.1' || u.hostname === 'localhost';
}

/**
 * Opens the widget in a fresh browser context with the guards armed, and waits for the live
 * widget (the pointer over it, as a visitor turns to it) unless `live` is false.
 * Returns { page, context, url, problems, assertClean }.
 */
export async function openWidget({ viewport = { width: 1024, height: 800 }, path = '', timezoneId, live = true } = {}) {
  assert.ok(shared, 'setup() first');
  const context = await shared.browser.newContext({ viewport, locale: 'de-DE', ...(timezoneId ? { timezoneId } : {}) });
  const problems = [];
  const requests = [];
  // Block (and record) anything that would leave the machine, so a failure cannot leak data.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (isLocal(url)) return route.continue();
    problems.push(`request left the machine: ${url}`);
    return route.abort('blockedbyclient');
  });
  context.on('request', (req) => {
    if (!isLocal(req.url())) problems.push(`request left the machine: ${req.url()}`);
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught page error: ${err.message}`));
  page.on('websocket', (ws) => {
    if (!isLocal(ws.url())) problems.push(`websocket left the machine: ${ws.url()}`);
  });
  const url = shared.server.url + path;
  await page.goto(url);
  if (live) await waitLive(page);
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

/**
 * Init script for every frame of a guarded page: keeps the frame's `securitypolicyviolation`
 * events in `window.__ncCspViolations` (an init script is no inline script: a page's CSP does
 * not stop it).
 */
function recordCspViolations() {
  const seen = (window.__ncCspViolations = []);
  const record = (e) =>
    seen.push({
      directive: e.effectiveDirective,
      blocked: e.blockedURI,
      source: e.sourceFile ? `${e.sourceFile}:${e.lineNumber}` : '',
      sample: e.sample,
    });
  document.addEventListener('securitypolicyviolation', record, true);
}

/**
 * A browser context in a profile of its own that allows third-party storage, as Chrome does
 * by default in a normal window (the contexts of `browser.newContext()` are incognito-like, and
 * Chromium blocks third-party storage there: an embedded widget then gets no storage at all).
 * Note: Playwright switches storage partitioning off (feature ThirdPartyStoragePartitioning),
 * so the frame's storage is the widget origin's own here, not a partition per host site.
 */
async function contextAllowingThirdPartyStorage(options) {
  const dir = mkdtempSync(join(tmpdir(), 'nc-e2e-profile-'));
  mkdirSync(join(dir, 'Default'));
  // cookie_controls_mode 0: third-party cookies and storage allowed.
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: LAUNCH_ARGS,
    ...options,
  });
  const close = async () => {
    ownBrowsers.delete(close);
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  ownBrowsers.add(close);
  return { context, close };
}

/**
 * Opens `url` in a fresh browser context with the guards of openWidget (console errors of any
 * frame, uncaught page errors and requests leaving the machine are problems) and records
 * what the tests of embedding need: every console message of every frame (`messages`:
 * [{ type, text, url }]), the console's CSP reports among the problems, and each frame's
 * `securitypolicyviolation` events (`violations()`). `assertClean()` fails on any problem or
 * violation, then closes the context. Options: viewport, reducedMotion ('reduce' |
 * 'no-preference'), waitFor (a selector to wait for; default none), thirdPartyStorage (a
 * profile that allows storage in cross-site frames; default: an incognito-like context,
 * where Chromium blocks it).
 */
export async function openGuarded(
  url,
  { viewport = { width: 1024, height: 800 }, reducedMotion = 'no-preference', waitFor, thirdPartyStorage = false } = {},
) {
  assert.ok(shared, 'setup() first');
  const contextOptions = { viewport, locale: 'de-DE', reducedMotion };
  let context;
  let closeContext;
  if (thirdPartyStorage) {
    ({ context, close: closeContext } = await contextAllowingThirdPartyStorage(contextOptions));
  } else {
    context = await shared.browser.newContext(contextOptions);
    closeContext = () => context.close();
  }
  const problems = [];
  const requests = [];
  const messages = [];
  await context.route('**/*', (route) => {
    const target = route.request().url();
    requests.push(target);
    if (isLocal(target)) return route.continue();
    problems.push(`request left the machine: ${target}`);
    return route.abort('blockedbyclient');
  });
  context.on('request', (req) => {
    if (!isLocal(req.url())) problems.push(`request left the machine: ${req.url()}`);
  });
  await context.addInitScript(recordCspViolations);
  const page = thirdPartyStorage ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
  page.on('console', (msg) => {
    const entry = { type: msg.type(), text: msg.text(), url: msg.location()?.url ?? '' };
    messages.push(entry);
    if (entry.type === 'error') {
      const what = entry.text.includes('Content Security Policy') ? 'CSP report' : 'console error';
      problems.push(`${what}: ${entry.text} (${entry.url})`);
    }
  });
  page.on('pageerror', (err) => problems.push(`uncaught page error: ${err.message}`));
  page.on('websocket', (ws) => {
    if (!isLocal(ws.url())) problems.push(`websocket left the machine: ${ws.url()}`);
  });
  const response = await page.goto(url);
  if (waitFor) await page.locator(waitFor).first().waitFor();
  const w = {
    page,
    context,
    url,
    response,
    requests,
    problems,
    messages,
    /** The `securitypolicyviolation` events of every frame: [{ frame, directive, blocked, … }]. */
    async violations() {
      const all = [];
      for (const frame of page.frames()) {
        const list = await frame.evaluate(() => window.__ncCspViolations ?? null).catch(() => null);
        for (const v of list ?? []) all.push({ frame: frame.url(), ...v });
      }
      return all;
    },
    async assertClean() {
      assert.deepEqual(problems, [], 'no console errors, CSP reports, page errors or non-local requests');
      assert.deepEqual(await w.violations(), [], 'no securitypolicyviolation events in any frame');
      await closeContext();
    },
  };
  return w;
}

/**
 * Opens a partner's page of e2e/fixtures/hosts/ at `http://localhost:PORT/host/<path>`:
 * another site than the widget (127.0.0.1), as in the field. `csp`: the page's
 * Content-Security-Policy (`{widget}` and `{host}` stand for the two origins). Other options
 * and the result as openGuarded, plus `widgetOrigin` and `hostOrigin`.
 */
export async function openHost(path, { csp, ...options } = {}) {
  assert.ok(shared?.server.hostUrl, 'setup() with the test server first');
  const url = new URL(path, shared.server.hostUrl);
  if (csp) url.searchParams.set('csp', csp);
  const w = await openGuarded(url.href, options);
  return { ...w, widgetOrigin: shared.server.origins.widget, hostOrigin: shared.server.origins.host };
}

/** The running test server: { url, hostUrl, origins: { widget, host } }. */
export const server = () => shared?.server;

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
