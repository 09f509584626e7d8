// Helpers of the embedding tests (e2e/embed.test.mjs, e2e/csp.test.mjs): the widget's iframe
// on a partner's page, its heights, the events the partner's page recorded (record.js), axe-core
// without inline scripts, and colours.
import assert from 'node:assert/strict';
import axe from 'axe-core';
import { AXE_TAGS } from './harness.mjs';
import { CheckPage, LIVE, eventually } from './check-page.mjs';

/** The iframe elements the loader created, in document order. */
export const iframes = (page) => page.locator('[data-netzwerk-check] > iframe');

/**
 * The widget in the loader's `index`-th iframe, once it is shown: { element (a Locator of the
 * iframe), frame (its Frame), check (a CheckPage on the frame), id (the embed id) }. Scrolls
 * the iframe into view first when `scroll` (it is loading="lazy").
 */
export async function widgetFrame(page, index = 0, { scroll = true } = {}) {
  const element = iframes(page).nth(index);
  await element.waitFor({ state: 'attached' });
  if (scroll) await element.scrollIntoViewIfNeeded();
  const frame = await (await element.elementHandle()).contentFrame();
  assert.ok(frame, 'the iframe has a frame');
  await frame.locator(LIVE).waitFor();
  const id = new URL(await element.getAttribute('src')).searchParams.get('embed');
  return { element, frame, check: new CheckPage(frame), id };
}

/**
 * Heights of a widget iframe: `iframe` (the element's height in the host page), `content`
 * (the frame's document, as the widget measures it), and the frame document's scrollHeight and
 * clientHeight (an inner scrollbar shows when scrollHeight > clientHeight).
 */
export async function heights({ element, frame }) {
  const iframe = await element.evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => {
    const html = document.documentElement;
    return { content: html.getBoundingClientRect().height, scroll: html.scrollHeight, client: html.clientHeight };
  });
  return { iframe, ...inner };
}

/** Waits until the iframe is as high as its content (within 4 px) and does not scroll inside. */
export async function waitForFit(widget, label) {
  return eventually(async () => {
    const h = await heights(widget);
    assert.ok(Math.abs(h.iframe - h.content) <= 4, `${label}: iframe ${h.iframe}px for content ${h.content}px`);
    assert.ok(h.scroll <= h.client + 1, `${label}: no inner scrollbar (scrollHeight ${h.scroll} > ${h.client})`);
    return h;
  });
}

/**
 * Waits until the host page has stopped scrolling (the loader scrolls it smoothly after a step
 * when the widget's top is out of view; a click aimed while it moves can land beside its
 * target, as it would for a visitor).
 */
export async function scrollRested(page) {
  let before = await page.evaluate(() => scrollY);
  await eventually(async () => {
    await page.waitForTimeout(150);
    const now = await page.evaluate(() => scrollY);
    const rested = now === before;
    before = now;
    assert.ok(rested, 'the host page has stopped scrolling');
  });
  return before;
}

/** The events record.js kept on the host page: [{ widget, type, detail }]. */
export const recordedEvents = (page) => page.evaluate(() => window.__ncEvents.slice());

/** Waits until an event of `type` was recorded (and `match(detail)` holds); returns all. */
export async function waitForEvent(page, type, match = () => true) {
  return eventually(async () => {
    const events = await recordedEvents(page);
    assert.ok(
      events.some((e) => e.type === `netzwerk-check:${type}` && match(e.detail)),
      `a netzwerk-check:${type} event (recorded: ${events.map((e) => e.type).join(', ')})`,
    );
    return events;
  });
}

/**
 * The keys each event type may carry (docs/EMBED.md, "Events"); `optional` keys only where the
 * contract says so.
 */
export const EVENT_KEYS = {
  ready: { required: ['height'], optional: [] },
  resize: { required: ['height'], optional: [] },
  step: { required: ['screen'], optional: ['index', 'total'] },
  completed: { required: [], optional: ['verdict'] },
};
export const SCREENS = ['intro', 'questions', 'result', 'history', 'compare', 'shared'];
export const VERDICTS = ['sustainable', 'strained', 'overstretched', 'insufficient_data'];

/**
 * Asserts an event's detail has exactly the documented keys and value types of its type, for
 * the embed `id`; with `verdict: false` a completed event must not carry the verdict.
 */
export function assertEventShape({ type, detail }, id, { verdict = false } = {}) {
  const kind = type.replace(/^netzwerk-check:/, '');
  const spec = EVENT_KEYS[kind];
  assert.ok(spec, `a documented event type: ${type}`);
  const keys = Object.keys(detail).sort();
  const base = ['id', 'source', 'type', 'v'];
  const allowed = [...base, ...spec.required, ...spec.optional];
  for (const k of keys) assert.ok(allowed.includes(k), `${type}: undocumented key "${k}" in ${JSON.stringify(detail)}`);
  for (const k of [...base, ...spec.required]) assert.ok(k in detail, `${type}: key "${k}" missing`);
  assert.equal(detail.source, 'netzwerk-check');
  assert.equal(detail.v, 1);
  assert.equal(detail.id, id, `${type}: the embed id`);
  assert.equal(detail.type, kind);
  if (kind === 'ready' || kind === 'resize')
    assert.ok(Number.isInteger(detail.height) && detail.height > 0, `${type}: height ${detail.height}`);
  if (kind === 'step') {
    assert.ok(SCREENS.includes(detail.screen), `step: screen ${detail.screen}`);
    if (detail.screen === 'questions') {
      assert.ok(Number.isInteger(detail.index) && detail.index >= 1, `step: index ${detail.index}`);
      assert.ok(Number.isInteger(detail.total) && detail.total >= detail.index, `step: total ${detail.total}`);
    } else {
      assert.ok(!('index' in detail) && !('total' in detail), `step ${detail.screen}: no index/total`);
    }
  }
  if (kind === 'completed') {
    if (verdict) assert.ok(VERDICTS.includes(detail.verdict), `completed: verdict ${detail.verdict}`);
    else assert.ok(!('verdict' in detail), `completed without data-verdict-event: no verdict (${JSON.stringify(detail)})`);
  }
}

/**
 * Runs axe-core (WCAG 2.2 AA + best practice) in one document (a Page or a Frame), without an
 * inline script: the source is evaluated over the DevTools protocol, which a page's CSP does
 * not stop. Frames are checked on their own (`iframes: false`): pass each one. Returns the
 * violations as strings.
 */
export async function axeViolations(target) {
  const hasAxe = await target.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await target.evaluate(axe.source);
  const result = await target.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, iframes: false }),
    AXE_TAGS,
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** axe-core in the page and in each of `frames`: 0 violations. */
export async function assertAxeClean(page, frames, label) {
  assert.deepEqual(await axeViolations(page), [], `axe-core violations on ${label} (host page)`);
  for (const [i, frame] of frames.entries())
    assert.deepEqual(await axeViolations(frame), [], `axe-core violations on ${label} (widget frame ${i + 1})`);
}

/** `rgb(r, g, b)` of a hex colour, as getComputedStyle writes it. */
export function rgbOf(hex) {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** [r, g, b] of `rgb(…)` / `rgba(…)`. */
export const channels = (rgb) => rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);

/** WCAG 2.2 contrast ratio of two [r, g, b] colours. */
export function contrast(a, b) {
  const lum = ([r, g, bl]) =>
    [r, g, bl]
      .map((c) => c / 255)
      .map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
