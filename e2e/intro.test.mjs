// The intro screen: renders from locale data, is accessible, and stays on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, teardown, openWidget, assertAccessible } from './support/harness.mjs';
import { CONTENT, UI, fill } from './support/check-page.mjs';

before(setup);
after(teardown);

test('intro renders in German with a single h1 and a start button', async () => {
  const w = await openWidget();
  const { page } = w;
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  await page.getByRole('heading', { level: 1, name: 'Passt Ihr Netzwerk-Vorhaben zusammen?' }).waitFor();
  assert.equal(await page.locator('h1').count(), 1);
  assert.ok(await page.getByRole('button', { name: 'Check starten' }).isVisible());
  assert.match(await page.locator('main').innerText(), /bleiben auf diesem Gerät/);
  // "bis zu 44 Aussagen auf bis zu 8 Seiten": every statement, the profile page plus one per area.
  const points = (await page.locator('.nc-points > li').allInnerTexts()).map((t) => t.trim());
  const counts = { questions: CONTENT.questions.length, steps: CONTENT.dimensions.length + 1 };
  assert.deepEqual(points, UI.intro_points.map((p) => fill(p, counts)));
  await w.assertClean();
});

test('intro has no axe-core violations (WCAG 2.2 AA + best practice)', async () => {
  const w = await openWidget();
  await assertAccessible(w.page, 'intro');
  await w.assertClean();
});

test('intro fits a 320 px phone without horizontal scrolling', async () => {
  const w = await openWidget({ viewport: { width: 320, height: 640 } });
  const overflow = await w.page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 320px`);
  await assertAccessible(w.page, 'intro at 320px');
  await w.assertClean();
});

test('the harness fails on a request that leaves 127.0.0.1', async () => {
  // Guards the guard: a deliberate off-machine fetch must be recorded as a problem (and blocked).
  const w = await openWidget();
  await w.page.evaluate(() => fetch('http://example.invalid/leak').catch(() => {}));
  assert.ok(
    w.problems.some((p) => p.includes('example.invalid')),
    'the off-machine request was recorded',
  );
  await w.context.close();
});
