// Stored results: a session saved by version 1 of the widget (model v1, no profile) under its
// old key, migrated by the current one (the original left where it was), and the "Was für eine Einschätzung noch fehlt" links of an
// insufficient_data result leading to their questions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, teardown, openWidget } from './support/harness.mjs';
import {
  BACKUP_KEY,
  CheckPage,
  LEGACY_KEY,
  OPTION_KEYS,
  PERSONAS,
  PROFILE_FIELDS,
  STATEMENTS,
  STORAGE_KEY,
  TEXTS,
  UI,
  assessNatively,
  buildAssess,
  domId,
  eventually,
  verdictTitle,
} from './support/check-page.mjs';
import { assertAccessibleAtBothWidths, assertResultMatchesModel } from './support/assertions.mjs';

before(async () => {
  buildAssess();
  await setup();
});
after(teardown);

/**
 * A complete session as version 1 of the widget stored it (schema 1, no profile, model v1's 39
 * statements, the result without a model version): a big regional plan with few resources and
 * a tight schedule. A fixture of the old format, so its ids are written out on purpose.
 */
const V1_ANSWERS = {
  mot_personal: '4',
  mot_role: '3',
  mot_networker: '4',
  mot_added_value: '3',
  mot_expected_only: '2',
  goals_change: '4',
  goals_target_groups: '3',
  goals_needs_asked: '2',
  goals_purposes_shared: '3',
  goals_milestones: '2',
  goals_vague: '3',
  amb_reach: '5',
  amb_depth: '5',
  amb_many_groups: '4',
  amb_many_sectors: '4',
  amb_small_start: '1',
  res_allies: '2',
  res_cocreators: '1',
  res_alone: '5',
  res_sozialraum: 'dont_know',
  res_time: '1',
  res_money: '2',
  res_rooms: '3',
  res_municipality: '2',
  res_companies: 'not_applicable',
  res_external: '1',
  com_mandate: '3',
  com_written: '1',
  com_roles: '2',
  com_meetings: '3',
  com_pledges: '2',
  com_noncommittal: '4',
  pace_first_action_soon: '5',
  pace_external_deadline: '5',
  pace_expectations: '4',
  pace_foundations_first: '2',
  pace_participation_time: '2',
  pace_self_advocates: '1',
  pace_adjustable: 'dont_know',
};
const V1_SESSION = JSON.stringify({
  schema: 1,
  answers: V1_ANSWERS,
  screen: { screen: 'result' },
  result: { answers: V1_ANSWERS, verdict: 'overstretched', completed_at: '2026-11-21T10:00:00.000Z' },
});

/**
 * What the current questionnaire keeps of stored answers (the rule of the content file): an
 * answer to a current statement, or to one it "replaces" unless that has its own answer; the
 * rest is dropped.
 */
function migrate(answers) {
  const kept = {};
  const dropped = [];
  for (const [id, key] of Object.entries(answers)) {
    const q = STATEMENTS.find((s) => s.id === id || (s.replaces ?? []).includes(id));
    if (!q || !OPTION_KEYS.includes(key)) dropped.push(id);
    else if (q.id === id || !(q.id in answers)) kept[q.id] = key;
  }
  return { kept, dropped };
}

test('a version 1 session is migrated (the original left under its key): the dropped-answers notice, the older-model note, the same verdict on intro and result', async () => {
  const { kept, dropped } = migrate(V1_ANSWERS);
  assert.ok(dropped.length > 0, 'some v1 statements are gone');
  assert.ok(
    STATEMENTS.some((s) => (s.replaces ?? []).some((old) => old in V1_ANSWERS)),
    'some v1 statements moved to a new id',
  );
  // The verdict shown is the current model's, computed from the carried-over answers (no profile).
  const shown = { profile: {}, answers: kept };
  const model = assessNatively(shown);

  const w = await openWidget();
  const check = new CheckPage(w.page);
  await w.page.evaluate(([k, v]) => localStorage.setItem(k, v), [LEGACY_KEY, V1_SESSION]);
  await w.page.reload();
  await check.root.waitFor();

  // The notice, once; the original left under its own key; nothing written at start-up.
  await eventually(async () => assert.deepEqual(await check.notices(), [['migrated', UI.storage_migrated]]));
  assert.match(UI.storage_migrated, /Einige Antworten passten nicht mehr/);
  assert.equal(await check.storedRaw(LEGACY_KEY), V1_SESSION, 'original left under the v1 key');
  assert.equal(await check.storedRaw(STORAGE_KEY), null, 'start-up writes nothing');
  assert.equal(await check.storedRaw(BACKUP_KEY), null, 'a v1 session needs no backup slot');

  // The result page: the note, and the verdict of the current model.
  await check.waitForHeading(UI.result_heading);
  const note = w.page.locator('.nc-note[data-note=older-model]');
  assert.deepEqual((await note.allInnerTexts()).map((t) => t.trim()), [UI.older_model], 'the older-model note');
  await assertResultMatchesModel(check, shown);
  const resultTitle = await check.verdictText();
  assert.equal(resultTitle, `${UI.verdict_prefix} ${verdictTitle(model.verdict)}`);
  await assertAccessibleAtBothWidths(w.page, 'the result page with the older-model note');

  // "Antworten ändern" takes the carried-over answers (the profile page, still empty) and saves
  // the store in the current format: the v1 result is a history entry as it was recorded.
  await check.button(UI.edit_answers).click();
  await check.waitForHeadingFocus(TEXTS.profile.title);
  const stored = await check.storedSession();
  assert.equal(stored.schema, 2);
  assert.deepEqual(stored.draft.answers, kept, 'answers carried over');
  assert.equal(stored.history.length, 1, 'the v1 result is the one history entry');
  const [entry] = stored.history;
  assert.deepEqual(
    [entry.completed_at, entry.answers, entry.verdict, entry.model_version],
    ['2026-11-21T10:00:00.000Z', V1_ANSWERS, 'overstretched', 1],
    'kept as it was recorded (answers verbatim, verdict and model version 1)',
  );
  assert.equal(await check.storedRaw(LEGACY_KEY), V1_SESSION, 'the v1 original is never written');
  // The intro (Zurück from the profile page) names the same verdict.
  await check.back();
  const lastResult = (await w.page.locator('.nc-last-result').innerText()).trim();
  assert.equal(lastResult, `Ihr letztes Ergebnis vom 21.11.2026: ${verdictTitle(model.verdict)}.`);

  // After a reload the data is read in the current format: no notice any more, same verdict.
  await w.page.reload();
  await check.waitForHeading(UI.intro_heading);
  assert.deepEqual(await check.notices(), [], 'the notice is not repeated');
  assert.equal((await w.page.locator('.nc-last-result').innerText()).trim(), lastResult);
  await check.button(UI.show_result).click();
  await check.waitForHeadingFocus(UI.result_heading);
  assert.equal(await check.verdictText(), resultTitle, 'the result page shows the verdict the intro shows');
  assert.equal(await note.count(), 1, 'still marked as from an older version');
  assert.equal(await check.storedRaw(LEGACY_KEY), V1_SESSION, 'the v1 original still there');
  await w.assertClean();
});

test('insufficient_data: each missing statement links to its page and focuses its first radio', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const persona = PERSONAS.dontKnow;
  await check.completeWith(persona);
  const model = await assertResultMatchesModel(check, persona);
  assert.equal(model.verdict, 'insufficient_data');
  const areas = model.scores.filter((s) => s.coverage === 'insufficient');
  assert.ok(areas.length > 1);

  // A statement of an area in the middle, by mouse.
  const area = areas[Math.floor(areas.length / 2)];
  const id = area.missing[1];
  const page = check.pages.find((p) => p.dimension === area.dimension);
  const urlBefore = w.page.url();
  await w.page.locator('.nc-missing').getByRole('link', { name: TEXTS.questions[id].text, exact: true }).click();
  await check.waitForHeading(page.title);
  await eventually(async () => assert.equal((await check.focused()).id, domId(`${id}-1`), 'the first radio has focus'));
  assert.equal(w.page.url(), urlBefore, 'the host page URL is not changed');
  assert.deepEqual(await check.progressText(), check.expectedProgress(page.index, PROFILE_FIELDS.length + Object.keys(persona.answers).length));
  assert.equal(await check.checkedKey(id), 'dont_know', 'the stored answer is shown');
  // Answer it right there with the keyboard and carry on to a new result.
  await w.page.keyboard.press('Space');
  await eventually(async () => assert.equal(await check.checkedKey(id), '1'));
  assert.equal((await check.focused()).id, domId(`${id}-1`), 'focus stays');
  while ((await check.currentPage()).index < check.pages.length - 1) await check.next();
  await check.next();
  const changed = { profile: persona.profile, answers: { ...persona.answers, [id]: '1' } };
  const after = await assertResultMatchesModel(check, changed);
  assert.equal(after.verdict, 'insufficient_data');

  // The first statement of the first area still missing, by keyboard (focus the link, Enter).
  const first = after.scores.find((s) => s.coverage === 'insufficient');
  const link = w.page.locator('.nc-missing').getByRole('link', { name: TEXTS.questions[first.missing[0]].text });
  await link.focus();
  await w.page.keyboard.press('Enter');
  await check.waitForHeading(check.pages.find((p) => p.dimension === first.dimension).title);
  await eventually(async () => assert.equal((await check.focused()).id, domId(`${first.missing[0]}-1`)));
  await w.assertClean();
});
