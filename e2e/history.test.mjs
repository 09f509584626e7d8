// The history of completed checks ("Ihre Ergebnisse") and the compare screen: every completed
// check is kept, newest first, with its date and the native model's verdict; two selected
// entries compare per area exactly as the native model scores them; "Neu beginnen" keeps the
// history; deleting asks first; a name given on the result shows in the history; a keyboard-only
// walk from the intro to a compare and a saved file; axe on every new screen and dialog.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, teardown, openWidget } from './support/harness.mjs';
import {
  CONTENT,
  CheckPage,
  LEGACY_KEY,
  PERSONAS,
  TEXTS,
  UI,
  assessNatively,
  buildAssess,
  eventually,
  fill,
  verdictTitle,
} from './support/check-page.mjs';
import {
  ComparePage,
  HistoryPage,
  deriveId,
  downloadFrom,
  entryFor,
  entryTitle,
  expectedAnswerChanges,
  expectedCompareRows,
  expectedRelations,
  expectedVerdictChange,
  seedHistory,
} from './support/history-page.mjs';
import { assertAccessibleAtBothWidths } from './support/assertions.mjs';

before(async () => {
  buildAssess();
  await setup();
});
after(teardown);

const verdictLine = (persona) => fill(UI.entry_verdict, { verdict: verdictTitle(assessNatively(persona).verdict) });

/**
 * Asserts the compare screen shows what the native model says of `older` and `newer`
 * ({ profile, answers }): the verdict change, per area the scores (delta = after − before),
 * bands, change and direction, the chart's labels, relations appeared and resolved, the
 * answers that changed most, and no model note.
 */
async function assertCompareMatchesModel(compare, older, newer) {
  const [before, after] = [assessNatively(older), assessNatively(newer)];
  assert.equal(await compare.verdictChange(), expectedVerdictChange(before, after), 'the verdict change');
  const rows = await compare.rows();
  const expected = expectedCompareRows(before, after);
  assert.deepEqual(
    rows.map(({ title, ...r }) => r),
    expected.map(({ delta, ...r }) => r),
    'per area: before, after, change and its direction',
  );
  // The numbers themselves: the native scores, and delta = after − before.
  for (const [i, row] of rows.entries()) {
    const d = row.dimension;
    const [b, a] = [before, after].map((m) => m.scores.find((s) => s.dimension === d).score);
    assert.equal(row.title, TEXTS.dimensions[d].title);
    if (b === null || a === null) continue;
    assert.equal(parseInt(row.before, 10), b, `${d} before`);
    assert.equal(parseInt(row.after, 10), a, `${d} after`);
    if (a !== b) assert.equal(parseInt(row.change, 10), a - b, `${d}: delta = after − before`);
    assert.equal(expected[i].delta, a - b);
  }
  assert.ok(rows.some((r) => /^[+-]\d+, /.test(r.change)), 'some area changed');
  assert.deepEqual(
    await compare.chartLabels(),
    CONTENT.dimensions.map((d) => {
      const [b, a] = [before, after].map((m) => m.scores.find((s) => s.dimension === d).score ?? UI.no_score);
      return `${b} → ${a}`;
    }),
    'the chart labels each pair of bars',
  );
  const relations = expectedRelations(before, after);
  assert.deepEqual(await compare.relations(UI.compare_appeared), relations.appeared, 'relations that appeared');
  assert.deepEqual(await compare.relations(UI.compare_resolved), relations.resolved, 'relations resolved');
  assert.deepEqual(await compare.answerChanges(), expectedAnswerChanges(older, newer), 'the answers that changed most');
  assert.equal(await compare.modelNote().count(), 0, 'both from the current model: no note');
}

/** Completes `persona` from the intro (or the result of an earlier check, via "Zur Startseite"). */
async function complete(check, persona) {
  if (await check.button(UI.back_to_start).isVisible()) await check.button(UI.back_to_start).click();
  check.profile = {};
  await check.completeWith(persona);
  return (await check.storedHistory())[0];
}

test('two completed checks: kept newest first with dates and the native verdicts; compared per area as the native model scores them', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const [older, newer] = [PERSONAS.triad, PERSONAS.fundedProject];
  const started = new Date().toISOString();
  const first = await complete(check, older);
  const second = await complete(check, newer);
  const ended = new Date().toISOString();

  // Stored: both entries, newest first, recorded as the native model computes them, with the
  // documented content-derived ids.
  const stored = await check.storedHistory();
  assert.deepEqual(stored.map((e) => e.id), [second.id, first.id], 'newest first');
  for (const [entry, persona] of [[first, older], [second, newer]]) {
    const model = assessNatively(persona);
    assert.ok(entry.completed_at >= started && entry.completed_at <= ended, `completed_at ${entry.completed_at}`);
    assert.deepEqual([entry.profile, entry.answers], [persona.profile, persona.answers]);
    assert.equal(entry.verdict, model.verdict);
    assert.deepEqual(entry.scores, Object.fromEntries(model.scores.map((s) => [s.dimension, s.score])));
    assert.equal(entry.id, deriveId(entry), 'id derived from time, profile and answers');
  }

  // The history lists them newest first, each with its date and verdict.
  await check.button(UI.back_to_start).click();
  const history = new HistoryPage(w.page);
  await history.open();
  assert.deepEqual(await history.entries(), [
    { id: second.id, title: entryTitle(second), verdict: verdictLine(newer) },
    { id: first.id, title: entryTitle(first), verdict: verdictLine(older) },
  ]);
  await assertAccessibleAtBothWidths(w.page, 'the history with two entries');

  // One selected is not enough: the status says so, nothing happens.
  await history.select(first.id);
  await history.button(UI.compare_selected).click();
  await eventually(async () => assert.equal((await history.compareStatus.innerText()).trim(), UI.compare_need_two));
  assert.equal(await check.currentHeading(), UI.history_heading);

  // Both selected: the compare screen, older first, every number the native model's.
  await history.select(second.id);
  const compare = await history.compareSelected();
  assert.equal(await compare.intro(), fill(UI.compare_intro, { older: entryTitle(first), newer: entryTitle(second) }));
  await assertCompareMatchesModel(compare, older, newer);
  assert.match(await compare.verdictChange(), new RegExp(`${UI.compare_better}$`), 'overstretched → sustainable is better');
  assert.ok((await compare.relations(UI.compare_resolved)).length > 0, 'the triad resolved something');
  await assertAccessibleAtBothWidths(w.page, 'the compare screen');

  // Back to the history; then "Neu beginnen" (a check in progress dropped) keeps the history.
  await check.button(UI.back_to_history).click();
  await check.waitForHeadingFocus(UI.history_heading);
  await check.button(UI.back_to_start).click();
  check.profile = {};
  await check.start();
  await check.answer('kind', 'project');
  await check.back();
  await check.button(UI.start_over).click();
  await w.page.getByRole('group', { name: UI.start_over_confirm }).getByRole('button', { name: UI.confirm_yes }).click();
  await check.button(UI.start).waitFor();
  assert.deepEqual((await check.storedHistory()).map((e) => e.id), [second.id, first.id], 'history kept');
  await history.open();
  assert.deepEqual((await history.entries()).map((e) => e.id), [second.id, first.id], 'history still listed');
  await w.assertClean();
});

test('deleting one entry asks first: "Abbrechen" keeps it, "Ja, löschen" removes it for good; axe on the dialogs', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const a = entryFor(PERSONAS.cafe, '2026-11-02T09:00:00.000Z');
  const b = entryFor(PERSONAS.actionDay, '2026-11-09T09:00:00.000Z');
  await seedHistory(w.page, [a, b]);
  const history = new HistoryPage(w.page);
  await history.open();
  assert.deepEqual((await history.entries()).map((e) => e.id), [b.id, a.id]);

  // The entry's "Löschen" is named after the entry; it opens a confirmation that takes focus.
  const remove = history.item(a.id).getByRole('button', { name: fill(UI.entry_delete_label, { title: entryTitle(a) }), exact: true });
  await remove.click();
  const dialog = history.deleteDialog(a.id);
  await dialog.waitFor();
  await eventually(async () => assert.equal((await check.focused()).text, UI.delete_yes, 'the confirm button has focus'));
  await assertAccessibleAtBothWidths(w.page, 'the delete confirmation of an entry');
  await dialog.getByRole('button', { name: UI.confirm_no, exact: true }).click();
  await eventually(async () => assert.equal((await check.focused()).text, UI.entry_delete, 'focus back on "Löschen"'));
  assert.deepEqual((await history.entries()).map((e) => e.id), [b.id, a.id], 'Abbrechen keeps it');
  assert.deepEqual((await check.storedHistory()).map((e) => e.id), [b.id, a.id]);

  await history.deleteEntry(a.id);
  await eventually(async () => assert.deepEqual((await history.entries()).map((e) => e.id), [b.id]));
  const stored = await check.storedSession();
  assert.deepEqual(stored.history.map((e) => e.id), [b.id], 'removed from storage');
  assert.ok(stored.deleted.includes(a.id), 'marked deleted, so no other tab brings it back');
  await w.page.reload();
  await check.waitForHeading(UI.history_heading);
  assert.deepEqual((await history.entries()).map((e) => e.id), [b.id], 'still gone after a reload');

  // "Alles löschen" asks too (axe on its dialog); "Abbrechen" keeps everything.
  await history.button(UI.delete_all).click();
  await history.deleteAllDialog.waitFor();
  await assertAccessibleAtBothWidths(w.page, 'the "Alles löschen" confirmation');
  await history.deleteAllDialog.getByRole('button', { name: UI.confirm_no, exact: true }).click();
  assert.deepEqual((await history.entries()).map((e) => e.id), [b.id]);
  await w.assertClean();
});

test('a name given on the result shows in the history (and on the result), and names the entry in the compare screen', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const earlier = entryFor(PERSONAS.cafe, '2026-10-05T08:30:00.000Z');
  await seedHistory(w.page, [earlier]);
  const entry = await (async () => {
    await check.completeWith(PERSONAS.noParticipation);
    return (await check.storedHistory())[0];
  })();
  const name = 'Workshop März';
  const field = w.page.getByRole('textbox', { name: UI.name_label, exact: true });
  await field.fill(name);
  await check.button(UI.name_save).click();
  await w.page.getByText(UI.name_saved, { exact: true }).waitFor();
  await eventually(async () => assert.equal((await check.storedHistory())[0].name, name, 'stored'));
  assert.equal((await check.storedHistory())[0].id, entry.id, 'the id does not depend on the name');

  await check.button(UI.back_to_history).click();
  await check.waitForHeading(UI.history_heading);
  const history = new HistoryPage(w.page);
  const named = { ...entry, name };
  assert.deepEqual(await history.entries(), [
    { id: entry.id, title: entryTitle(named), verdict: verdictLine(PERSONAS.noParticipation) },
    { id: earlier.id, title: entryTitle(earlier), verdict: verdictLine(PERSONAS.cafe) },
  ]);
  assert.ok((await history.entries())[0].title.startsWith(`${name} (`));
  // The result shows the name (and keeps it in its field); the compare screen names it.
  await history.show(entry.id);
  assert.equal((await w.page.locator('.nc-entry-name').innerText()).trim(), name);
  assert.equal(await w.page.getByRole('textbox', { name: UI.name_label, exact: true }).inputValue(), name);
  await check.button(UI.compare_with_previous).click();
  await check.waitForHeading(UI.compare_heading);
  const intro = (await w.page.locator('section.nc-compare > p').first().innerText()).trim();
  assert.equal(intro, fill(UI.compare_intro, { older: entryTitle(earlier), newer: entryTitle(named) }));
  await w.assertClean();
});

test('an entry from an earlier model compared with a new one: the compare screen says both are recomputed', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  // A version 1 session (model 1, no profile), migrated into the history at start-up.
  const v1answers = { mot_personal: '4', mot_role: '3', goals_change: '4', res_time: '1', pace_external_deadline: '5' };
  const v1 = JSON.stringify({
    schema: 1,
    answers: v1answers,
    screen: { screen: 'result' },
    result: { answers: v1answers, verdict: 'insufficient_data', completed_at: '2026-05-04T10:00:00.000Z' },
  });
  await w.page.evaluate(([k, v]) => localStorage.setItem(k, v), [LEGACY_KEY, v1]);
  await w.page.reload();
  await check.waitForHeading(UI.result_heading);
  await check.button(UI.back_to_start).click();
  await check.completeWith(PERSONAS.actionDay);
  await check.button(UI.compare_with_previous).click();
  await check.waitForHeading(UI.compare_heading);
  const note = w.page.locator('.nc-note[data-note=model-changed]');
  assert.equal((await note.innerText()).trim(), fill(UI.compare_model_changed, { before: 1, after: 2 }));
  await w.assertClean();
});

test('keyboard only: intro → history → select two → compare → back → "Als Datei sichern" downloads the file', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  // A one-off action day, then an idea with big goals: worse, relations appeared and resolved,
  // an area no longer comparable (no commitment page at the idea stage), areas unchanged.
  const a = entryFor(PERSONAS.actionDay, '2026-11-03T10:00:00.000Z');
  const b = entryFor(PERSONAS.ideaFounder, '2026-11-17T10:00:00.000Z', 'Zweite Runde');
  await seedHistory(w.page, [a, b]);
  await w.page.evaluate(() => {
    window.__pointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown'])
      document.addEventListener(type, (e) => e.isTrusted && window.__pointerEvents++, true);
  });

  await check.keyPressButton(UI.history_open);
  await check.waitForHeadingFocus(UI.history_heading);
  // Tab to each entry's checkbox (named by the entry's title) and tick it with Space.
  for (const entry of [b, a]) {
    const f = await check.moveFocusTo((x) => x.type === 'checkbox' && x.entry === entry.id, {
      what: `the checkbox of ${entry.id}`,
    });
    assert.equal(f.label, entryTitle(entry), 'the checkbox is labelled by the entry');
    await w.page.keyboard.press('Space');
    await eventually(async () => assert.equal((await check.focused()).checked, true));
  }
  await check.keyPressButton(UI.compare_selected);
  await check.waitForHeadingFocus(UI.compare_heading);
  const compare = new ComparePage(w.page);
  assert.equal(await compare.intro(), fill(UI.compare_intro, { older: entryTitle(a), newer: entryTitle(b) }));
  await assertCompareMatchesModel(compare, PERSONAS.actionDay, PERSONAS.ideaFounder);
  const rows = await compare.rows();
  assert.ok(rows.some((r) => r.change === UI.change_not_comparable), 'an area not comparable');
  assert.ok(rows.some((r) => r.change === UI.change_none), 'an area unchanged');
  assert.ok(rows.some((r) => r.direction === UI.change_worse) && rows.some((r) => r.direction === UI.change_better));
  assert.match(await compare.verdictChange(), new RegExp(`${UI.compare_worse}$`));
  await check.keyPressButton(UI.back_to_history);
  await check.waitForHeadingFocus(UI.history_heading);
  const file = await downloadFrom(w.page, () => check.keyPressButton(UI.save_file));
  const json = JSON.parse(file.text);
  assert.equal(json.format, 'netzwerk-check-export');
  assert.deepEqual(json.entries.map((e) => e.id), [b.id, a.id]);
  assert.match(file.filename, /^netzwerk-check-\d{4}-\d{2}-\d{2}\.json$/);
  await eventually(async () =>
    assert.ok(
      await w.page.getByText(fill(UI.file_saved, { file: file.filename }), { exact: true }).isVisible(),
      'the status names the file',
    ),
  );
  assert.equal(await w.page.evaluate(() => window.__pointerEvents), 0, 'no mouse was used');
  await w.assertClean();
});

test('dates and times are shown in the local time zone: a check at 23:30 UTC is on the next day in Berlin', async () => {
  const w = await openWidget({ timezoneId: 'Europe/Berlin' });
  const late = entryFor(PERSONAS.cafe, '2026-11-22T23:30:00.000Z');
  const early = entryFor(PERSONAS.noParticipation, '2026-11-22T08:05:00.000Z');
  await seedHistory(w.page, [late, early]);
  const history = new HistoryPage(w.page);
  await history.open();
  const titles = await w.page.locator('.nc-history-title').allInnerTexts();
  assert.deepEqual(
    titles.map((t) => t.trim()),
    [fill(UI.entry_title, { date: '23.11.2026', time: '00:30' }), fill(UI.entry_title, { date: '22.11.2026', time: '09:05' })],
    'local dates and times, and two checks of one day have different titles',
  );
  await w.assertClean();
});
