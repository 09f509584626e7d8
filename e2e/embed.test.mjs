// Embedding on a partner's page (docs/EMBED.md), as in the field: the partner's page on
// http://localhost:PORT/host/… (e2e/fixtures/hosts/), the widget on http://127.0.0.1:PORT/ —
// two different sites for the browser.
//
// iframe mode: the snippet, auto-height through a whole check, scrolling to the widget's top,
// focus, two widgets on a page, forged messages, the events and their payloads, the settings
// (colour, partner, contact; refused and darkened values), the storage notice, axe-core.
// in-page mode (<netzwerk-check>, a shadow root): the flow with focus and events, style
// isolation in both directions, axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, teardown, openHost, openWidget } from './support/harness.mjs';
import {
  CheckPage,
  PERSONAS,
  PROFILE_FIELDS,
  STATEMENT_IDS,
  TEXTS,
  UI,
  assessNatively,
  buildAssess,
  eventually,
  fill,
  pagesFor,
} from './support/check-page.mjs';
import {
  assertAxeClean,
  assertEventShape,
  channels,
  contrast,
  heights,
  iframes,
  recordedEvents,
  rgbOf,
  scrollRested,
  waitForEvent,
  waitForFit,
  widgetFrame,
} from './support/embed-page.mjs';

const ACCENT = '#00594f';
const DEFAULT_ACCENT = '#0b5cad';
const PARTNER = 'Stadt Musterstadt';
const CONTACT = 'mailto:netzwerk@musterstadt.de';
const PERSONA = PERSONAS.ideaFounder; // the fewest pages (no commitment page)

before(async () => {
  buildAssess();
  await setup({ server: { cors: true } });
});
after(teardown);

/** Clicks "Weiter" / "Ergebnis anzeigen" on each page of `persona`, answering it; calls `each` after every step. */
async function walkPages(check, persona, each = async () => {}) {
  for (;;) {
    const page = await check.answerPage(persona);
    await check.next();
    const last = page.index === check.pages.length - 1;
    await each(last ? 'the result' : `page ${page.index + 2}`);
    if (last) break;
  }
  await check.verdictBox.waitFor();
}

/** The primary button's computed background colour in a frame (or scope). */
const primaryBackground = (scope) =>
  scope.locator('.nc-button--primary').first().evaluate((b) => getComputedStyle(b).backgroundColor);

// ---------------------------------------------------------------------------------------------
// iframe mode
// ---------------------------------------------------------------------------------------------

test('iframe: the snippet renders the widget in an iframe from the widget origin, with a title and loading="lazy"', async () => {
  const w = await openHost('iframe.html');
  const frames = iframes(w.page);
  await frames.first().waitFor({ state: 'attached' });
  assert.equal(await frames.count(), 1, 'one iframe');
  const attrs = await frames.first().evaluate((f) => ({ title: f.title, loading: f.getAttribute('loading'), src: f.src }));
  assert.equal(attrs.title, `Netzwerk-Check – ${PARTNER}`, 'the title names the partner');
  assert.equal(attrs.loading, 'lazy');
  const src = new URL(attrs.src);
  assert.equal(src.origin, w.widgetOrigin, 'the widget comes from its own origin');
  assert.equal(src.pathname, '/index.html');
  assert.equal(src.searchParams.get('origin'), w.hostOrigin, 'the loader announces the host origin');
  assert.match(src.searchParams.get('embed'), /^[A-Za-z0-9_-]{1,40}$/, 'an embed id');
  assert.equal(src.searchParams.get('accent'), ACCENT);
  assert.equal(src.searchParams.get('partner'), PARTNER);
  assert.equal(src.searchParams.get('contact'), CONTACT);
  const { frame, check } = await widgetFrame(w.page);
  await check.waitForHeading(UI.intro_heading);
  assert.equal(await frame.locator('main.nc-root').getAttribute('lang'), 'de', 'the frame document has its <main lang="de">');
  await w.assertClean();
});

test('iframe: the iframe is as high as its content on every screen, grows and shrinks, never scrolls inside', async () => {
  const w = await openHost('iframe.html');
  const widget = await widgetFrame(w.page);
  const { check } = widget;
  const intro = await waitForFit(widget, 'the intro');
  assert.ok(intro.content > 200, `the intro has a height (${intro.content}px)`);
  await check.start();
  const profilePage = await waitForFit(widget, 'page 1');
  assert.notEqual(Math.round(profilePage.iframe), Math.round(intro.iframe), 'the height follows the screen');
  await walkPages(check, PERSONA, (label) => waitForFit(widget, label));
  const result = await heights(widget);
  // Back to the intro ("Zur Startseite"): the iframe shrinks to the intro's height again.
  await check.button(UI.back_to_start).click();
  await check.waitForHeading(UI.intro_heading);
  const again = await waitForFit(widget, 'the intro again');
  assert.ok(result.iframe > again.iframe + 100, `it shrinks from the result (${result.iframe}px) to the intro (${again.iframe}px)`);
  // A narrow screen: the content grows, the iframe with it.
  await w.page.setViewportSize({ width: 320, height: 640 });
  const narrow = await waitForFit(widget, 'the intro at 320 px');
  assert.ok(narrow.iframe > again.iframe, `taller at 320 px (${narrow.iframe}px > ${again.iframe}px)`);
  await w.assertClean();
});

test('iframe: after a step the host page scrolls so the widget\'s top is in view', async () => {
  const w = await openHost('iframe.html');
  const widget = await widgetFrame(w.page);
  const { check, element } = widget;
  const top = () => element.evaluate((f) => f.getBoundingClientRect().top);
  assert.ok((await w.page.evaluate(() => document.documentElement.scrollHeight)) > 3000, 'the host page scrolls');
  await check.start();
  for (const field of PROFILE_FIELDS) await check.answer(field, PERSONA.profile[field]);
  // "Weiter" at the bottom of the page: the widget's top is above the viewport.
  await check.button(UI.next).scrollIntoViewIfNeeded();
  assert.ok((await top()) < -100, `before the step the widget's top is out of view (${await top()})`);
  await check.next();
  await eventually(async () => {
    const t = await top();
    const view = await w.page.evaluate(() => innerHeight);
    assert.ok(t >= -1 && t < view / 2, `after the step the widget's top is in view (top ${t}px)`);
  });
  // Back to page 1 (once the loader's smooth scroll has come to rest): the page ends where it
  // was.
  const before = await scrollRested(w.page);
  await check.back();
  await waitForEvent(w.page, 'step', (d) => d.screen === 'questions' && d.index === 1);
  await waitForFit(widget, 'page 1 again');
  // Playwright scrolls the host page down to reach "Zurück" at the bottom of page 2 (as a
  // visitor would); after the step the loader brings the widget's top back (smoothly), and
  // the page ends where it was.
  await eventually(
    async () => assert.equal(await w.page.evaluate(() => scrollY), before, 'back where it was after the step'),
    { timeout: 5000 },
  );
  await w.assertClean();
});

test('iframe: loading takes no focus; Tab moves from the host page into the widget and out again', async () => {
  const w = await openHost('iframe.html');
  await iframes(w.page).first().scrollIntoViewIfNeeded();
  await waitForEvent(w.page, 'ready');
  const widget = await widgetFrame(w.page);
  const hostFocus = () =>
    w.page.evaluate(() => ({ tag: document.activeElement.localName, id: document.activeElement.id }));
  const frameFocus = () =>
    widget.frame.evaluate(() => ({
      has: document.hasFocus(),
      tag: document.activeElement?.localName,
      text: (document.activeElement?.innerText ?? '').trim().slice(0, 60),
    }));
  assert.deepEqual(await hostFocus(), { tag: 'body', id: '' }, 'focus stays on the host page after loading');
  assert.equal((await frameFocus()).has, false, 'the widget does not have focus after loading');

  await w.page.locator('#before').focus();
  await w.page.keyboard.press('Tab');
  await eventually(async () => assert.equal((await hostFocus()).tag, 'iframe', 'Tab moves into the widget'));
  const first = await frameFocus();
  assert.ok(first.has && first.tag !== 'body', `focus is on an element inside the widget (${JSON.stringify(first)})`);
  let out = false;
  for (let i = 0; i < 60 && !out; i++) {
    await w.page.keyboard.press('Tab');
    out = (await hostFocus()).id === 'after';
  }
  assert.ok(out, `Tab leaves the widget to the host's next button (focus: ${JSON.stringify(await hostFocus())})`);
  // And back in with Shift+Tab.
  await w.page.keyboard.press('Shift+Tab');
  await eventually(async () => assert.equal((await hostFocus()).tag, 'iframe', 'Shift+Tab moves back into the widget'));
  await w.assertClean();
});

/**
 * Two widgets on two.html: answers the first one's profile page and goes on; returns both
 * widgets and their heights. The second is scrolled into view before it is measured (Chromium
 * does not render, and so does not resize, a cross-site frame out of view).
 */
async function answerInFirstOfTwo(w) {
  assert.equal(await iframes(w.page).count(), 2, 'one iframe per element, though the loader is included twice');
  const one = await widgetFrame(w.page, 0);
  const two = await widgetFrame(w.page, 1);
  assert.notEqual(one.id, two.id, 'different embed ids');
  assert.deepEqual(
    await iframes(w.page).evaluateAll((fs) => fs.map((f) => f.title)),
    ['Netzwerk-Check – Erster Partner', 'Netzwerk-Check – Zweiter Partner'],
  );
  const introTwo = await waitForFit(two, 'the second widget');
  await one.element.scrollIntoViewIfNeeded();
  await waitForFit(one, 'the first widget');
  await one.check.start();
  // The step brings the first widget's top into view, smoothly: its answers once it rests.
  await scrollRested(w.page);
  for (const field of PROFILE_FIELDS) await one.check.answer(field, PERSONA.profile[field]);
  await one.check.next();
  const grown = await waitForFit(one, 'the first widget on page 2');
  await two.element.scrollIntoViewIfNeeded();
  await two.check.waitForHeading(UI.intro_heading);
  assert.equal(await two.frame.locator('.nc-page').count(), 0, 'the second widget shows no questions');
  const still = await waitForFit(two, 'the second widget, still on the intro');
  assert.ok(Math.abs(grown.iframe - still.iframe) > 4, 'the heights differ');
  const events = await recordedEvents(w.page);
  assert.ok(events.some((e) => e.widget === 0 && e.type === 'netzwerk-check:step'), 'the first reports its steps');
  assert.deepEqual(
    events.filter((e) => e.widget === 1 && e.type === 'netzwerk-check:step'),
    [],
    'the second reports no step',
  );
  for (const e of events) assert.equal(e.detail.id, e.widget === 0 ? one.id : two.id, 'each event on its own element');
  return { one, two, introTwo, still };
}

test('iframe: two widgets on a page (the loader included twice) work independently', async () => {
  // Storage blocked (incognito): each widget keeps its check in memory; the second's height stays.
  const w = await openHost('two.html');
  const { introTwo, still } = await answerInFirstOfTwo(w);
  assert.ok(Math.abs(still.iframe - introTwo.iframe) <= 1, `its height stays (${introTwo.iframe} → ${still.iframe})`);
  await w.assertClean();
  // Third-party storage allowed: both frames share the widget origin's storage, so the second
  // offers to continue the check begun in the first, and grows with that, on its own intro.
  const s = await openHost('two.html', { thirdPartyStorage: true });
  const { two } = await answerInFirstOfTwo(s);
  assert.ok(await two.check.button(UI.resume).isVisible(), 'the second widget offers "Weitermachen"');
  await s.assertClean();
});

test('iframe: forged messages (from the host page itself, from foreign frames) change nothing and fire no event', async () => {
  const w = await openHost('iframe.html');
  const widget = await widgetFrame(w.page);
  await waitForEvent(w.page, 'ready');
  const fit = await waitForFit(widget, 'the intro');
  const before = await recordedEvents(w.page);
  const markers = () => w.page.evaluate(() => window.__ncMarkers.slice());

  // 1. The host page posts to itself with the real id.
  await w.page.evaluate((id) => {
    const forged = { source: 'netzwerk-check', v: 1, id };
    window.postMessage({ ...forged, type: 'resize', height: 5 }, '*');
    window.postMessage({ ...forged, type: 'step', screen: 'result' }, '*');
    window.postMessage({ ...forged, type: 'completed', verdict: 'sustainable' }, '*');
    window.postMessage({ marker: 'self' }, '*');
  }, widget.id);
  // 2. Foreign frames post to their parent with the real id: one from the host's origin, one
  //    from the widget's own origin (so only the check of event.source can stop it).
  for (const origin of [w.hostOrigin, w.widgetOrigin])
    await w.page.evaluate(
      ([src, title]) => {
        const f = document.createElement('iframe');
        f.title = title;
        f.src = src;
        document.querySelector('main').append(f);
      },
      [`${origin}/host/forger.html#${widget.id}`, `Fremd ${origin}`],
    );
  await eventually(async () =>
    assert.deepEqual((await markers()).sort(), ['forged:' + w.hostOrigin, 'forged:' + w.widgetOrigin, 'self'].sort()),
  );
  const after = await heights(widget);
  assert.equal(after.iframe, fit.iframe, 'the iframe keeps its height');
  assert.deepEqual(await recordedEvents(w.page), before, 'no netzwerk-check:* event fired');

  // Control: the same message from the widget's own frame is taken (so the checks above can fail).
  await widget.frame.evaluate(
    ([id, origin]) => parent.postMessage({ source: 'netzwerk-check', v: 1, id, type: 'resize', height: 5 }, origin),
    [widget.id, w.hostOrigin],
  );
  await eventually(async () => assert.equal((await heights(widget)).iframe, 5, 'the real frame can resize it'));
  await waitForEvent(w.page, 'resize', (d) => d.height === 5);
  await w.assertClean();
});

/** The events without `resize`, as [type, detail without source / v / id / type]. */
function stepsOf(events) {
  return events
    .filter((e) => e.type !== 'netzwerk-check:resize')
    .map(({ type, detail }) => {
      const { source, v, id, type: t, ...rest } = detail;
      return [type.replace('netzwerk-check:', ''), rest];
    });
}

/**
 * Asserts the events of one walk of `persona` from the intro to its result: `ready`, a `step`
 * per page of questions (index 1-based; total: the pages for the profile answered so far, so
 * page 1 counts the pages of an empty profile), then `completed` and the result's `step` (in
 * either order), nothing else but `resize`.
 */
function assertWalkEvents(events, persona, { verdict } = {}) {
  const seq = stepsOf(events).map(([type, rest]) => (type === 'ready' ? ['ready'] : [type, rest]));
  const pages = pagesFor(persona.profile).length;
  const questions = Array.from({ length: pages }, (_, i) => [
    'step',
    { screen: 'questions', index: i + 1, total: i === 0 ? pagesFor({}).length : pages },
  ]);
  assert.deepEqual(seq.slice(0, 1 + pages), [['ready'], ...questions], 'ready, then a step per page of questions');
  const end = seq.slice(1 + pages);
  const completed = ['completed', verdict ? { verdict } : {}];
  const result = ['step', { screen: 'result' }];
  assert.equal(end.length, 2, `then completed and the result's step, nothing else: ${JSON.stringify(end)}`);
  assert.deepEqual(
    end.map((e) => JSON.stringify(e)).sort(),
    [completed, result].map((e) => JSON.stringify(e)).sort(),
    'completed (without verdict unless opted in) and the step to the result',
  );
}

test('iframe: events arrive in order with the documented payloads only: no answers, no verdict unless opted in', async () => {
  const w = await openHost('iframe.html');
  const widget = await widgetFrame(w.page);
  await waitForEvent(w.page, 'ready');
  await widget.check.start();
  await walkPages(widget.check, PERSONA);
  await waitForEvent(w.page, 'completed');
  const events = await waitForEvent(w.page, 'step', (d) => d.screen === 'result');
  assert.equal(events[0].type, 'netzwerk-check:ready', 'ready comes first');
  for (const e of events) assertEventShape(e, widget.id);
  assertWalkEvents(events, PERSONA);
  assert.ok(events.some((e) => e.type === 'netzwerk-check:resize'), 'resize events as the height changes');
  // Nothing of the answers in any event: no statement id, no profile or answer value.
  const text = JSON.stringify(events);
  for (const id of [...STATEMENT_IDS, ...PROFILE_FIELDS]) assert.ok(!text.includes(`"${id}"`), `no ${id}`);
  for (const value of Object.values(PERSONA.profile)) assert.ok(!text.includes(`"${value}"`), `no ${value}`);
  // The iframe's height follows the events: the last height reported is the iframe's.
  const lastHeight = events.filter((e) => 'height' in e.detail).at(-1).detail.height;
  assert.ok(Math.abs((await heights(widget)).iframe - lastHeight) <= 1, 'the iframe has the last reported height');
  await w.assertClean();

  // With data-verdict-event the completed event carries the verdict kind (the native model's).
  const v = await openHost('verdict.html');
  const opted = await widgetFrame(v.page);
  await opted.check.start();
  await walkPages(opted.check, PERSONA);
  await waitForEvent(v.page, 'completed');
  const withVerdict = await waitForEvent(v.page, 'step', (d) => d.screen === 'result');
  for (const e of withVerdict) assertEventShape(e, opted.id, { verdict: true });
  assertWalkEvents(withVerdict, PERSONA, { verdict: assessNatively(PERSONA).verdict });
  await v.assertClean();
});

test('iframe: the accent colour, partner name and contact link are shown', async () => {
  const w = await openHost('iframe.html');
  const { frame } = await widgetFrame(w.page);
  assert.equal(await primaryBackground(frame), rgbOf(ACCENT), 'the primary button has the accent colour');
  const offered = fill(UI.offered_by, { partner: PARTNER });
  assert.ok(
    (await frame.locator('.nc-partner').allInnerTexts()).map((t) => t.trim()).includes(offered),
    `"${offered}" is shown`,
  );
  const link = frame.locator('.nc-footer a');
  assert.equal(await link.getAttribute('href'), CONTACT, 'the contact link');
  assert.ok(await link.isVisible());
  assert.deepEqual(
    w.messages.filter((m) => m.text.startsWith('Netzwerk-Check:')),
    [],
    'no warnings for valid settings',
  );
  await w.assertClean();
});

test('iframe: an invalid colour and a javascript: contact are refused with a warning; a too-light colour is darkened to 4.5:1', async () => {
  const w = await openHost('config.html');
  const refused = await widgetFrame(w.page, 0);
  const light = await widgetFrame(w.page, 1);
  const warnings = () => w.messages.filter((m) => m.type === 'warning' && m.text.startsWith('Netzwerk-Check:'));
  await eventually(async () => assert.equal(warnings().length, 3, JSON.stringify(warnings())));
  const texts = warnings().map((m) => m.text);
  assert.ok(texts.some((t) => t.startsWith('Netzwerk-Check: accent:') && t.includes('"red"')), `red refused: ${texts}`);
  assert.ok(texts.some((t) => t.startsWith('Netzwerk-Check: contact:') && t.includes('javascript:')), `javascript: refused: ${texts}`);
  assert.ok(texts.some((t) => t.startsWith('Netzwerk-Check: accent:') && /ffcc00/i.test(t)), `#ffcc00 darkened: ${texts}`);
  for (const m of warnings()) assert.ok(m.url.startsWith(w.widgetOrigin), `the warning comes from the widget's frame (${m.url})`);

  // Refused: the defaults.
  assert.equal(await primaryBackground(refused.frame), rgbOf(DEFAULT_ACCENT), 'the default colour instead of "red"');
  assert.equal(await refused.frame.locator('a[href^="javascript" i]').count(), 0, 'no javascript: link');
  assert.equal(await refused.frame.locator('.nc-footer a').count(), 0, 'no contact link at all');

  // Darkened: the same hue, at least 4.5:1 against white and the light grey surface.
  const used = channels(await primaryBackground(light.frame));
  assert.notDeepEqual(used, [255, 204, 0], 'not the too-light colour');
  assert.ok(contrast(used, [255, 255, 255]) >= 4.5, `${used} against white: ${contrast(used, [255, 255, 255])}`);
  assert.ok(contrast(used, [0xf4, 0xf6, 0xf8]) >= 4.5, `${used} against the surface`);
  assert.equal(used[2], 0, 'blue stays 0');
  assert.ok(Math.abs(used[0] / used[1] - 255 / 204) < 0.05, `the same hue (${used})`);
  await w.assertClean();
});

test('iframe: the storage notice in a cross-site frame (partitioned storage; and blocked storage)', async () => {
  // Third-party storage allowed (Chrome's default in a normal window): kept only for this site.
  const w = await openHost('iframe.html', { thirdPartyStorage: true });
  const { frame } = await widgetFrame(w.page);
  await frame.locator('[data-notice]').first().waitFor();
  assert.deepEqual(
    await frame.locator('[data-notice]').evaluateAll((ns) => ns.map((n) => n.dataset.notice)),
    ['partitioned'],
    'the notice for partitioned storage',
  );
  assert.equal(
    (await frame.locator('[data-notice=partitioned] p').innerText()).trim(),
    UI.storage_partitioned,
  );
  await w.assertClean();
  // An incognito window blocks third-party storage altogether: the widget says so.
  const b = await openHost('iframe.html');
  const blocked = await widgetFrame(b.page);
  await blocked.frame.locator('[data-notice]').first().waitFor();
  assert.deepEqual(
    await blocked.frame.locator('[data-notice]').evaluateAll((ns) => ns.map((n) => n.dataset.notice)),
    ['blocked'],
  );
  await b.assertClean();
  // Control: the same widget on its own page has no such notice.
  const own = await openWidget();
  assert.equal(await own.page.locator('[data-notice]').count(), 0, 'no notice on its own page');
  await own.assertClean();
});

test('iframe: axe-core finds nothing on the host page with the widget, at 1024 and 320 px', async () => {
  const w = await openHost('iframe.html', { thirdPartyStorage: true });
  const widget = await widgetFrame(w.page);
  await assertAxeClean(w.page, [widget.frame], 'the host page with the widget at 1024 px');
  await w.page.setViewportSize({ width: 320, height: 640 });
  await waitForFit(widget, 'at 320 px');
  await assertAxeClean(w.page, [widget.frame], 'the host page with the widget at 320 px');
  const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `the host page does not scroll sideways (${overflow}px)`);
  await w.assertClean();
});

// ---------------------------------------------------------------------------------------------
// in-page mode
// ---------------------------------------------------------------------------------------------

/** A CheckPage scoped to a <netzwerk-check> element, for headings of level `level`. */
class InPageCheck extends CheckPage {
  constructor(scope, level) {
    super(scope);
    this.level = level;
    this.heading = scope.getByRole('heading', { level });
  }

  async waitForHeading(title) {
    await this.page.getByRole('heading', { level: this.level, name: title, exact: true }).waitFor();
  }
}

/** What has focus: in the host document, and inside the widget's shadow root. */
const inPageFocus = (page) =>
  page.evaluate(() => {
    const shadow = document.querySelector('netzwerk-check').shadowRoot;
    const inner = shadow?.activeElement;
    return {
      host: document.activeElement.localName,
      inner: inner ? { tag: inner.localName, cls: inner.className, text: inner.textContent.trim() } : null,
    };
  });

test('in-page: the check works in the shadow root: intro, pages, result; focus moves on navigation, not on load; events on the element', async () => {
  const w = await openHost('inpage.html');
  const element = w.page.locator('netzwerk-check');
  const check = new InPageCheck(element, 2);
  await check.waitForHeading(UI.intro_heading);
  await waitForEvent(w.page, 'ready');
  assert.equal(await w.page.evaluate(() => !!document.querySelector('netzwerk-check').shadowRoot), true, 'an open shadow root');
  assert.equal(await element.locator('section.nc-root[aria-label]').count(), 1, 'a labelled region');
  assert.equal(await w.page.locator('main').count(), 1, "no second <main> in the partner's page");
  assert.equal(await element.locator('.nc-root').getAttribute('lang'), 'de');
  assert.deepEqual(await inPageFocus(w.page), { host: 'body', inner: null }, 'loading takes no focus');
  assert.equal(await primaryBackground(element), rgbOf(ACCENT), 'the accent colour');

  await check.start();
  const headingFocused = async (title) =>
    eventually(async () => {
      const f = await inPageFocus(w.page);
      assert.equal(f.host, 'netzwerk-check', `focus is in the widget (${JSON.stringify(f)})`);
      assert.equal(f.inner?.tag, 'h2', `the heading (level 2) has focus (${JSON.stringify(f)})`);
      assert.ok(f.inner.cls.includes('nc-h1'), 'the main heading');
      assert.equal(f.inner.text, title);
    });
  await headingFocused(TEXTS.profile.title);
  await walkPages(check, PERSONA, async (label) => {
    const title = label === 'the result' ? UI.result_heading : pagesFor(PERSONA.profile)[Number(label.split(' ')[1]) - 1].title;
    await headingFocused(title);
  });
  assert.equal(await check.verdict(), assessNatively(PERSONA).verdict, 'the native model\'s verdict');

  const events = await waitForEvent(w.page, 'step', (d) => d.screen === 'result');
  for (const e of events) assertEventShape(e, 'nc-check');
  assertWalkEvents(events, PERSONA);
  // The answers stay in the partner site's own storage.
  assert.ok(await w.page.evaluate(() => localStorage.length > 0), "stored in the partner site's storage");
  await w.assertClean();
});

/** Computed styles (the properties a host's CSS is most likely to change) of `selectors`. */
const PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'color',
  'background-color',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'line-height',
];

async function stylesOf(page, selectors, { shadow = false } = {}) {
  return page.evaluate(
    ([selectors, properties, shadow]) => {
      const root = shadow ? document.querySelector('netzwerk-check').shadowRoot : document;
      return Object.fromEntries(
        Object.entries(selectors).map(([name, selector]) => {
          const el = root.querySelector(selector);
          if (!el) return [name, null];
          const style = getComputedStyle(el);
          return [name, Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))];
        }),
      );
    },
    [selectors, PROPERTIES, shadow],
  );
}

const WIDGET_PARTS = {
  root: '.nc-root',
  heading: '.nc-h1',
  paragraph: '.nc-intro p:not(.nc-partner)',
  button: '.nc-button--primary',
};
const HOST_PARTS = { body: 'body', heading: 'h1', paragraph: '#host-p', button: '#host-button' };

async function openStyles(query) {
  const w = await openHost(`styles.html${query}`, { waitFor: 'html[data-styles-ready]' });
  if (query.includes('widget')) {
    await new InPageCheck(w.page.locator('netzwerk-check'), 2).waitForHeading(UI.intro_heading);
    // The widget's stylesheet is applied (its accent on the button).
    await eventually(async () => assert.equal(await primaryBackground(w.page.locator('netzwerk-check')), rgbOf(DEFAULT_ACCENT)));
  }
  return w;
}

test("in-page: the host's CSS does not change the widget, and the widget's CSS does not change the host", async () => {
  const plain = await openStyles('?widget');
  const loud = await openStyles('?widget&css=loud');
  const widgetPlain = await stylesOf(plain.page, WIDGET_PARTS, { shadow: true });
  const widgetLoud = await stylesOf(loud.page, WIDGET_PARTS, { shadow: true });
  for (const [name, style] of Object.entries(widgetPlain)) assert.ok(style, `the widget's ${name} is there`);
  // The aggressive CSS is really in effect on the host page.
  const hostLoud = await stylesOf(loud.page, HOST_PARTS);
  assert.equal(hostLoud.heading['font-size'], '50px', 'the loud CSS applies to the host');
  assert.equal(hostLoud.paragraph.color, 'rgb(255, 0, 0)');
  // The root is centred (margin: 0 auto): its side margins follow the room the host gives it.
  for (const styles of [widgetPlain, widgetLoud]) {
    delete styles.root['margin-left'];
    delete styles.root['margin-right'];
  }
  for (const name of Object.keys(WIDGET_PARTS))
    assert.deepEqual(widgetLoud[name], widgetPlain[name], `the widget's ${name} looks the same under the host's aggressive CSS`);
  const hostPlain = await stylesOf(plain.page, HOST_PARTS);
  await plain.assertClean();
  await loud.assertClean();

  // The host's elements are the same with and without the widget, with either CSS.
  const bare = await openStyles('');
  const bareLoud = await openStyles('?css=loud');
  assert.deepEqual(hostPlain, await stylesOf(bare.page, HOST_PARTS), 'the plain host page is unchanged by the widget');
  assert.deepEqual(hostLoud, await stylesOf(bareLoud.page, HOST_PARTS), 'the loud host page is unchanged by the widget');
  assert.equal(await bare.page.locator('netzwerk-check').count(), 0);
  await bare.assertClean();
  await bareLoud.assertClean();
});

/** Inherited text properties a host's universal rule (inherit.css) may set. */
const INHERITED = ['letter-spacing', 'word-spacing', 'font-style', 'font-weight', 'text-transform', 'text-align'];

test("in-page: inherited text properties from a host's universal rule (* { letter-spacing … }) do not reach the widget", async () => {
  const read = (page) =>
    page.evaluate(
      ([selectors, properties]) => {
        const root = document.querySelector('netzwerk-check').shadowRoot;
        return Object.fromEntries(
          Object.entries(selectors).map(([name, selector]) => {
            const style = getComputedStyle(root.querySelector(selector));
            return [name, Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))];
          }),
        );
      },
      [WIDGET_PARTS, INHERITED],
    );
  const plain = await openStyles('?widget');
  const styled = await openStyles('?widget&css=inherit');
  const hostStyled = await styled.page.evaluate(() => getComputedStyle(document.querySelector('#host-p')).fontStyle);
  assert.equal(hostStyled, 'italic', 'inherit.css applies to the host');
  const [before, after] = [await read(plain.page), await read(styled.page)];
  for (const name of Object.keys(WIDGET_PARTS))
    assert.deepEqual(
      after[name],
      before[name],
      `BUG (widget CSS): the host's "* { letter-spacing; word-spacing; font-style; font-weight; text-transform; ` +
        `text-align }" matches the <netzwerk-check> element and beats ":host { all: initial }" (outer normal rules ` +
        `win over :host rules), so these inherited properties reach the widget's ${name}`,
    );
  await plain.assertClean();
  await styled.assertClean();
});

test('in-page: axe-core finds nothing on the host page with the widget, at 1024 and 320 px', async () => {
  const w = await openHost('inpage.html');
  const check = new InPageCheck(w.page.locator('netzwerk-check'), 2);
  await check.waitForHeading(UI.intro_heading);
  await assertAxeClean(w.page, [], 'the host page with the in-page widget at 1024 px');
  await w.page.setViewportSize({ width: 320, height: 640 });
  await assertAxeClean(w.page, [], 'the host page with the in-page widget at 320 px');
  await check.start();
  await assertAxeClean(w.page, [], 'the first page of questions in-page at 320 px');
  await w.assertClean();
});
