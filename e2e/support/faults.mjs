// Fault injection and second tabs for the storage tests (tabs.test.mjs, faults.test.mjs):
// a second page in the same browser context (same origin, shared localStorage) with the
// harness's guards, filling the origin's quota, storage revoked or blocked, a spy on every
// storage write, downloads, stored fixtures and a seeded random generator.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { CheckPage, LIVE, STORAGE_KEY, eventually, waitLive } from './check-page.mjs';

/** The prefix of the filler keys `fillStorage` writes (never a key of the widget). */
export const FILLER_PREFIX = 'filler.';

/** A stored-data fixture of tests/fixtures (`store_v2/clean.json`), as localStorage holds it. */
export const fixture = (path) =>
  readFileSync(new URL(`../../tests/fixtures/${path}`, import.meta.url), 'utf8').trim();

/**
 * The page object of one of several tabs. Headless Chromium throttles a tab in the background
 * (its clicks take ~2 s instead of ~50 ms), so each action first brings the tab to the front,
 * as a user switches to the tab they work in. Use `front()` before other clicks.
 */
export class Tab extends CheckPage {
  async front() {
    await this.page.bringToFront();
  }
  async start() {
    await this.front();
    return super.start();
  }
  async answer(id, key) {
    await this.front();
    return super.answer(id, key);
  }
  async next() {
    await this.front();
    return super.next();
  }
  async back() {
    await this.front();
    return super.back();
  }
}

/**
 * Opens a second tab of the widget in the context of `w` (from `openWidget`): same origin, the
 * same localStorage, the same request guard (it is the context's); its console errors and page
 * errors go into `w.problems` like the first tab's. Returns { page, check } (check: a `Tab`).
 */
export async function addTab(w, { label = 'tab B' } = {}) {
  const page = await w.context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') w.problems.push(`${label}: console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => w.problems.push(`${label}: uncaught page error: ${err.message}`));
  await page.goto(w.url);
  await waitLive(page);
  return { page, check: new Tab(page) };
}

/** Sets localStorage `values` ({ key: string }) and reloads, so the widget starts with them. */
export async function seed(page, values, { clear = true } = {}) {
  await page.evaluate(
    ([values, clear]) => {
      if (clear) localStorage.clear();
      for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
    },
    [values, clear],
  );
  await page.reload();
  await waitLive(page);
}

/**
 * Fills the origin's localStorage with filler keys until `setItem` throws even for one
 * character (so not even the widget's write probe fits). Keeps what is stored. Returns
 * { keys, used } (filler keys written, UTF-16 code units stored in all).
 */
export async function fillStorage(page) {
  return page.evaluate((prefix) => {
    let n = 0;
    for (let chunk = 1 << 20; chunk >= 1; ) {
      try {
        localStorage.setItem(`${prefix}${n}`, 'f'.repeat(chunk));
        n++;
      } catch {
        chunk >>= 1;
      }
    }
    let used = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      used += k.length + localStorage.getItem(k).length;
    }
    return { keys: n, used };
  }, FILLER_PREFIX);
}

/** Fingerprint of the filler keys (count and total length), to show nothing touched them. */
export async function fillerPrint(page) {
  return page.evaluate((prefix) => {
    let keys = 0;
    let chars = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (!k.startsWith(prefix)) continue;
      keys++;
      chars += localStorage.getItem(k).length;
    }
    return { keys, chars };
  }, FILLER_PREFIX);
}

/** Every localStorage key and its value's length (values themselves would be megabytes). */
export async function storedKeys(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i))
        .sort()
        .map((k) => [k, localStorage.getItem(k).length]),
    ),
  );
}

/** The widget's keys only (no filler), with their values. */
export async function widgetKeys(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i))
        .filter((k) => k.startsWith('netzwerk-check.'))
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );
}

/**
 * Installs, before any page script runs (on every later navigation of `page`), a spy that
 * records every localStorage write in `window.__ncWrites` as [op, key]: setItem, removeItem,
 * clear. The calls still go through.
 */
export async function spyOnWrites(page) {
  await page.addInitScript(() => {
    const writes = [];
    window.__ncWrites = writes;
    const proto = Storage.prototype;
    const { setItem, removeItem, clear } = proto;
    proto.setItem = function (key, value) {
      writes.push(['setItem', String(key)]);
      return setItem.call(this, key, value);
    };
    proto.removeItem = function (key) {
      writes.push(['removeItem', String(key)]);
      return removeItem.call(this, key);
    };
    proto.clear = function () {
      writes.push(['clear', null]);
      return clear.call(this);
    };
  });
}

/** The writes the spy recorded since the page loaded. */
export const recordedWrites = (page) => page.evaluate(() => window.__ncWrites ?? null);

/**
 * Revokes storage in the running page, as a browser does when site data is cleared or a
 * privacy setting changes mid-session:
 *   - 'getter': `window.localStorage` throws a SecurityError;
 *   - 'quota': every `setItem` throws a QuotaExceededError (reading still works);
 *   - 'read': every `getItem` throws a SecurityError (writing still works);
 *   - 'both': 'getter' and 'quota'.
 * `restoreStorage` undoes it. Page scripts of the test must not touch localStorage meanwhile.
 */
export async function revokeStorage(page, how = 'getter') {
  await page.evaluate((how) => {
    const saved = (window.__ncSaved ??= {
      getter: Object.getOwnPropertyDescriptor(window, 'localStorage'),
      setItem: Storage.prototype.setItem,
      getItem: Storage.prototype.getItem,
    });
    if (how === 'read') {
      Storage.prototype.getItem = function () {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    }
    if (how === 'getter' || how === 'both') {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        enumerable: saved.getter.enumerable,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
    if (how === 'quota' || how === 'both') {
      Storage.prototype.setItem = function () {
        throw new DOMException(
          "Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.",
          'QuotaExceededError',
        );
      };
    }
  }, how);
}

/** Gives the page its storage back (after `revokeStorage`). */
export async function restoreStorage(page) {
  await page.evaluate(() => {
    const saved = window.__ncSaved;
    if (!saved) return;
    Object.defineProperty(window, 'localStorage', saved.getter);
    Storage.prototype.setItem = saved.setItem;
    Storage.prototype.getItem = saved.getItem;
  });
}

/**
 * Blocks localStorage from the start on every page of `target` (a page or a context), as
 * browsers do in some private modes or with cookies blocked: the getter throws a SecurityError.
 */
export async function blockStorage(target) {
  await target.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
      },
    });
  });
}

/**
 * Makes `Storage.prototype.getItem` throw from the start on every page of `target` (a page or
 * a context), while writing still works: what is stored cannot be looked at.
 */
export async function refuseReading(target) {
  await target.addInitScript(() => {
    Storage.prototype.getItem = function () {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
}

/** Clicks `locator` and returns the download it starts: { name, text } (text as UTF-8). */
export async function download(page, locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** The stored store (v2) parsed, or null. */
export async function stored(page) {
  const raw = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/** Waits until the stored draft's answers (statements and profile) equal `expected`. */
export async function waitForStoredAnswers(page, expected, what = 'the stored answers') {
  await eventually(async () => {
    const s = await stored(page);
    assert.deepEqual({ ...(s?.draft?.profile ?? {}), ...(s?.draft?.answers ?? {}) }, expected, what);
  });
}

/** A small seeded generator (mulberry32): the same seed gives the same interleaving. */
export function seeded(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: (list) => list[Math.floor(next() * list.length)], int: (n) => Math.floor(next() * n) };
}
