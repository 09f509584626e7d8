// Printing the result and the compare screen: in print media no button, input, form or notice
// is visible, the date line is, and Chromium renders an A4 PDF.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, teardown, openWidget } from './support/harness.mjs';
import { CheckPage, PERSONAS, STORAGE_KEY, UI, buildAssess, fill } from './support/check-page.mjs';
import { HistoryPage, displayDate, displayTime, entryFor, entryTitle, seedHistory } from './support/history-page.mjs';

before(async () => {
  buildAssess();
  await setup();
});
after(teardown);

/**
 * Every control and notice in the widget that is rendered (visible) in the current media:
 * buttons, inputs, forms, selects, textareas, the notice region and each notice.
 */
async function visibleControls(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.nc-root :is(button, input, select, textarea, form, .nc-notice-region, .nc-notice)')]
      .filter((el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.innerText ?? el.value ?? '').trim().slice(0, 40)}"`),
  );
}

/** Asserts the screen prints clean: controls hidden, `dateLine` visible, an A4 PDF rendered. */
async function assertPrints(page, dateLine, label) {
  // On screen the controls are there (so the check below means something).
  assert.ok((await visibleControls(page)).length >= 2, `${label}: controls on screen`);
  const buttons = await page.getByRole('button').count();
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await visibleControls(page), [], `${label}: nothing to click in print`);
  // Every button, one by one, by its computed style.
  const shown = await page.getByRole('button', { includeHidden: true }).evaluateAll((bs) =>
    bs.filter((b) => getComputedStyle(b).display !== 'none' && b.checkVisibility()).map((b) => b.innerText),
  );
  assert.deepEqual(shown, [], `${label}: every button hidden (of ${buttons})`);
  assert.ok(await dateLine.isVisible(), `${label}: the date line is printed`);
  assert.ok(await page.getByRole('heading', { level: 1 }).isVisible(), `${label}: the heading is printed`);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000, `${label}: a PDF of ${pdf.length} bytes`);
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  await page.emulateMedia({ media: 'screen' });
}

test('print: the result (just completed, with the save offer and a notice) prints without controls, with its date', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  // Unreadable stored data: a notice that stays on screen (kept aside in a backup slot).
  await w.page.evaluate((k) => localStorage.setItem(k, '{"schema":2,'), STORAGE_KEY);
  await w.page.reload();
  await check.root.waitFor();
  assert.deepEqual((await check.notices()).map(([kind]) => kind), ['kept-aside']);
  await check.completeWith(PERSONAS.actionDay);
  assert.ok(await check.notice.locator('.nc-notice').isVisible(), 'the notice is on screen');
  const entry = (await check.storedHistory())[0];
  await check.button(UI.link_button).click(); // the link field open too
  assert.ok(await w.page.locator('.nc-save-offer').isVisible(), 'the save offer is on screen');
  const dateLine = w.page.getByText(fill(UI.saved_at, { date: displayDate(entry.completed_at), time: displayTime(entry.completed_at) }), { exact: true });
  await assertPrints(w.page, dateLine, 'the result');
  await w.assertClean();
});

test('print: the compare screen prints without controls, with the dates of both results', async () => {
  const w = await openWidget();
  const a = entryFor(PERSONAS.triad, '2026-09-01T09:00:00.000Z');
  const b = entryFor(PERSONAS.fundedProject, '2026-11-01T09:00:00.000Z', 'Nach dem Forum');
  await seedHistory(w.page, [a, b]);
  const history = new HistoryPage(w.page);
  await history.open();
  await history.select(a.id, b.id);
  await history.compareSelected();
  const dateLine = w.page.getByText(fill(UI.compare_intro, { older: entryTitle(a), newer: entryTitle(b) }), {
    exact: true,
  });
  await assertPrints(w.page, dateLine, 'the compare screen');
  await w.assertClean();
});
