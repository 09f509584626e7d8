// The whole flow: intro → "Ihr Vorhaben" (profile) → one page per area shown for the profile →
// result, by mouse and by keyboard, for personas with different profiles; across reloads and
// closed tabs; going back; changing the profile; the stored latest result, "Neu beginnen" and
// unreadable stored data. What the browser shows is checked against the native model
// (examples/assess.rs), and every result page is checked with axe-core at 1024 and 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, teardown, openWidget } from './support/harness.mjs';
import {
  BACKUP_KEY,
  CheckPage,
  PERSONAS,
  PROFILE_FIELDS,
  STORAGE_KEY,
  TEXTS,
  UI,
  assessNatively,
  domId,
  eventually,
  fill,
  guardPage,
  pagesFor,
  profileOptions,
  shownIds,
  totalFor,
  verdictTitle,
  buildAssess,
} from './support/check-page.mjs';
import { assertAccessibleAtBothWidths, assertResultMatchesModel, walk } from './support/assertions.mjs';

before(async () => {
  buildAssess();
  await setup();
});
after(teardown);

test('personas are what they claim, according to the native model', () => {
  for (const [name, persona] of Object.entries(PERSONAS)) {
    // Each persona answers exactly the statements shown for its profile.
    assert.deepEqual(Object.keys(persona.answers).sort(), shownIds(persona.profile).sort(), `${name}: answers`);
    const model = assessNatively(persona);
    const { claim } = persona;
    if (claim.verdict) assert.equal(model.verdict, claim.verdict, `${name}: verdict`);
    if (claim.worst) assert.equal(model.findings[0]?.kind, claim.worst, `${name}: worst finding`);
    if (claim.wording) assert.equal(model.findings[0]?.wording, claim.wording, `${name}: its wording`);
    if (claim.recommendation) assert.ok(model.recommendations.includes(claim.recommendation), `${name}: recs`);
    for (const d of claim.notAsked ?? []) {
      assert.equal(model.scores.find((s) => s.dimension === d).coverage, 'not_asked', `${name}: ${d} not asked`);
      assert.ok(!pagesFor(persona.profile).some((p) => p.dimension === d), `${name}: no ${d} page`);
    }
    for (const d of claim.notApplicable ?? [])
      assert.equal(model.scores.find((s) => s.dimension === d).coverage, 'not_applicable', `${name}: ${d} n/a`);
    if (claim.straightLining) assert.equal(model.quality.straight_lining, true, `${name}: straight-lining`);
    if (claim.contradictions) assert.ok(model.quality.contradictions.length > 0, `${name}: contradictions`);
  }
  // The personas differ: at least five different profiles, and every result-page state.
  const profiles = new Set(Object.values(PERSONAS).map((p) => JSON.stringify(p.profile)));
  assert.ok(profiles.size >= 5, `${profiles.size} different profiles`);
  const verdicts = new Set(Object.values(PERSONAS).map((p) => assessNatively(p).verdict));
  assert.deepEqual([...verdicts].sort(), ['insufficient_data', 'overstretched', 'strained', 'sustainable']);
  // The company's action day: a one-off action, self-advocates not involved.
  assert.equal(PERSONAS.actionDay.profile.kind, 'action');
  assert.equal(PERSONAS.actionDay.answers.part_self_advocates, '1');
  // The founder is alone with an idea; the funded project has an external deadline and money;
  // the café is a regular format in one place.
  assert.deepEqual([PERSONAS.ideaFounder.profile.stage, PERSONAS.ideaFounder.answers.res_alone], ['idea', '5']);
  assert.equal(PERSONAS.fundedProject.profile.kind, 'project');
  assert.deepEqual([PERSONAS.fundedProject.answers.pace_external_deadline, PERSONAS.fundedProject.answers.res_money], ['5', '5']);
  assert.deepEqual([PERSONAS.cafe.profile.kind, PERSONAS.cafe.profile.scope], ['recurring', 'place']);
  // The triad: big goals, a fast pace, few resources (on the levels themselves).
  const triad = Object.fromEntries(assessNatively(PERSONAS.triad).scores.map((s) => [s.dimension, s.band]));
  assert.deepEqual([triad.ambition, triad.pace, triad.resources], ['concern', 'concern', 'concern']);
  // The "does not fit" persona uses "passt nicht zu unserer Situation" for every participation statement.
  assert.equal(TEXTS.options.not_applicable, 'passt nicht zu unserer Situation');
});

// Every persona completes the check; the keyboard walks leave the mouse untouched.
const KEYBOARD = new Set(['ideaFounder', 'actionDay']);
for (const [name, persona] of Object.entries(PERSONAS)) {
  const by = KEYBOARD.has(name) ? 'keyboard' : 'mouse';
  test(`${by}: the ${name} persona completes the check, sees the native model's result, axe-clean at 1024 and 320 px`, async (t) => {
    const w = await openWidget();
    const check = new CheckPage(w.page);
    if (by === 'keyboard') await countPointerEvents(w.page);
    await walk(check, persona, { keyboard: by === 'keyboard' });
    await assertResultMatchesModel(check, persona);
    assert.equal(await w.page.locator('.nc-note[data-note=older-model]').count(), 0, 'no older-model note');
    if (by === 'keyboard') {
      assert.equal(await w.page.evaluate(() => window.__pointerEvents), 0, 'no mouse was used');
      if (check.focusLosses?.length)
        t.diagnostic(`focus left the radio group ${check.focusLosses.length}x, e.g. ${check.focusLosses[0]}`);
    }
    await assertAccessibleAtBothWidths(w.page, `the result page of ${name} (${assessNatively(persona).verdict})`);
    await w.assertClean();
  });
}

/** Counts every trusted pointer event in the page (proof that no mouse is used). */
async function countPointerEvents(page) {
  await page.evaluate(() => {
    window.__pointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown'])
      document.addEventListener(type, (e) => e.isTrusted && window.__pointerEvents++, true);
  });
}

test('keyboard only: Tab/Shift+Tab, arrows, Space and Enter, back and forth; Weiter and Zurück focus each h1', async (t) => {
  const w = await openWidget();
  const { page } = w;
  const check = new CheckPage(page);
  await countPointerEvents(page);
  const persona = PERSONAS.triad;

  await check.keyPressButton(UI.start);
  await check.waitForHeadingFocus(TEXTS.profile.title);
  // The profile page from the last group up (Shift+Tab), then on with Tab.
  for (const field of [...PROFILE_FIELDS].reverse()) await check.keyAnswer(field, persona.profile[field]);
  await check.keyPressButton(UI.next);
  const pages = check.pages;
  await check.waitForHeadingFocus(pages[1].title);
  for (const p of pages.slice(1)) {
    assert.equal(await check.currentHeading(), p.title);
    // Page 3 is answered from the last statement up, so focus moves back with Shift+Tab.
    const order = p.index === 3 ? [...p.questions].reverse() : p.questions;
    for (const id of order) await check.keyAnswer(id, persona.answers[id]);
    if (p.index === 2) {
      // Back to page 1 (Shift+Tab to "Zurück") and forward again: focus on the h1 each time;
      // and once more back to the profile page and forward.
      await check.keyPressButtonBackwards(UI.back);
      await check.waitForHeadingFocus(pages[1].title);
      await check.keyPressButtonBackwards(UI.back);
      await check.waitForHeadingFocus(TEXTS.profile.title);
      for (const field of PROFILE_FIELDS) assert.equal(await check.checkedKey(field), persona.profile[field]);
      await check.keyPressButton(UI.next);
      await check.waitForHeadingFocus(pages[1].title);
      await check.keyPressButton(UI.next);
      await check.waitForHeadingFocus(pages[2].title);
    }
    const last = p.index === pages.length - 1;
    await check.keyPressButton(last ? UI.to_result : UI.next);
    await check.waitForHeadingFocus(last ? UI.result_heading : pages[p.index + 1].title);
  }
  await assertResultMatchesModel(check, persona);
  assert.equal(await page.evaluate(() => window.__pointerEvents), 0, 'no mouse was used');
  // Focus leaving the radio group after an answer is an app bug with its own test below; here
  // it is only reported, so this test keeps guarding the rest of the flow.
  if (check.focusLosses.length)
    t.diagnostic(`focus left the radio group ${check.focusLosses.length}x, e.g. ${check.focusLosses[0]}`);
  await w.assertClean();
});

test('regression (keyboard): choosing an answer must keep focus on the radio, not jump to the h1', async () => {
  // Regression guard (found by this suite, since fixed): every answer re-rendered the page and
  // PageHeading then focused the h1; a keyboard user lost their place after each Space/arrow
  // key, and arrow keys could not move more than one option. Checked on the profile page (where
  // an answer also changes which pages follow) and on an area page.
  const w = await openWidget();
  const check = new CheckPage(w.page);
  await check.keyPressButton(UI.start);
  await check.waitForHeadingFocus(TEXTS.profile.title);
  const [first, second, third] = profileOptions('kind');
  await w.page.keyboard.press('Tab');
  assert.equal((await check.focused()).id, domId(`kind-${first}`), 'Tab enters the first group');
  await w.page.keyboard.press('Space');
  await eventually(async () => assert.equal(await check.checkedKey('kind'), first));
  assert.equal((await check.focused()).id, domId(`kind-${first}`), 'focus stays on the chosen radio after Space');
  await w.page.keyboard.press('ArrowRight');
  await w.page.keyboard.press('ArrowRight');
  await eventually(async () => assert.equal(await check.checkedKey('kind'), third));
  assert.equal((await check.focused()).id, domId(`kind-${third}`), 'two arrow presses move two options');
  assert.notEqual(second, third);
  // The stage "idea" removes a page: focus still stays where it is.
  await w.page.keyboard.press('Tab');
  assert.equal((await check.focused()).id, domId('stage-idea'), 'Tab moves on to the next group');
  await w.page.keyboard.press('Space');
  await eventually(async () => assert.equal(await check.checkedKey('stage'), 'idea'));
  assert.equal((await check.focused()).id, domId('stage-idea'));

  await check.answer('scope', profileOptions('scope')[0]);
  check.profile = { kind: third, stage: 'idea', scope: profileOptions('scope')[0] };
  await check.next();
  const area = check.pages[1];
  const id = area.questions[0];
  await check.waitForHeadingFocus(area.title);
  await w.page.keyboard.press('Tab');
  assert.equal((await check.focused()).id, domId(`${id}-1`), 'Tab enters the first group');
  await w.page.keyboard.press('Space');
  await eventually(async () => assert.equal(await check.checkedKey(id), '1'));
  assert.equal((await check.focused()).id, domId(`${id}-1`), 'focus stays on the chosen radio after Space');
  await w.page.keyboard.press('ArrowRight');
  await w.page.keyboard.press('ArrowRight');
  await eventually(async () => assert.equal(await check.checkedKey(id), '3'), { timeout: 1500 });
  assert.equal((await check.focused()).id, domId(`${id}-3`), 'two arrow presses move two options');
  await w.assertClean();
});

test('reload mid-way and a closed tab continue on the same page with the same profile and answers', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const persona = PERSONAS.fundedProject;
  await check.start();
  await check.answerPage(persona);
  await check.next();
  await check.answerPage(persona);
  await check.next();
  const third = check.pages[2];
  const [a, b, c] = third.questions;
  await check.answer(a, persona.answers[a]);
  await check.answer(b, persona.answers[b]);
  const answered = PROFILE_FIELDS.length + check.pages[1].questions.length + 2;
  await check.waitForAnswered(answered);

  await w.page.reload();
  await check.waitForHeading(third.title);
  assert.deepEqual(await check.progressText(), check.expectedProgress(2, answered));
  assert.equal(await check.checkedKey(a), persona.answers[a]);
  assert.equal(await check.checkedKey(b), persona.answers[b]);
  for (const id of third.questions.slice(2)) assert.equal(await check.checkedKey(id), null, `${id} still open`);
  assert.notEqual((await check.focused()).id, domId('page-heading'), 'a fresh load does not steal focus');
  await check.answer(c, persona.answers[c]);
  await check.waitForAnswered(answered + 1);

  // Close the tab and open a new one in the same browser profile (context).
  await w.page.close();
  const page = guardPage(w, await w.context.newPage());
  await page.goto(w.url);
  const again = new CheckPage(page);
  again.profile = { ...persona.profile };
  await again.waitForHeading(third.title);
  await again.waitForAnswered(answered + 1);
  for (const id of [a, b, c]) assert.equal(await again.checkedKey(id), persona.answers[id]);
  // Back to the profile page: the profile survived too.
  await again.back();
  await again.back();
  for (const field of PROFILE_FIELDS) assert.equal(await again.checkedKey(field), persona.profile[field]);
  await again.completeWith(persona);
  await assertResultMatchesModel(again, persona);
  await w.assertClean();
});

test('regression (Zurück): the radios of earlier pages, the profile page too, show their stored answers', async () => {
  // Regression guard (found by this suite, since fixed): after "Zurück" (or "Weiter" to a page
  // answered before) some radios showed no answer although it was stored and counted.
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const persona = PERSONAS.cafe;
  await check.start();
  await check.answerPage(persona);
  await check.next();
  await check.answerPage(persona);
  await check.next();
  await check.answerPage(persona);
  const [, first, second] = check.pages;
  await check.back();
  await check.waitForAnswered(PROFILE_FIELDS.length + first.questions.length + second.questions.length);
  const stored = (await check.storedDraft()).answers;
  const expected = Object.fromEntries(first.questions.map((id) => [id, persona.answers[id]]));
  assert.deepEqual(Object.fromEntries(first.questions.map((id) => [id, stored[id]])), expected, 'stored');
  const shown = {};
  for (const id of first.questions) shown[id] = await check.checkedKey(id);
  assert.deepEqual(shown, expected, `"${first.title}" shows the stored answers after Zurück`);
  await check.back();
  const profile = {};
  for (const field of PROFILE_FIELDS) profile[field] = await check.checkedKey(field);
  assert.deepEqual(profile, persona.profile, 'the profile page shows the stored profile after Zurück');
  assert.deepEqual((await check.storedDraft()).profile, persona.profile, 'the profile is stored');
  await check.next();
  await check.next();
  const shown2 = {};
  for (const id of second.questions) shown2[id] = await check.checkedKey(id);
  assert.deepEqual(
    shown2,
    Object.fromEntries(second.questions.map((id) => [id, persona.answers[id]])),
    `"${second.title}" shows the stored answers after Weiter`,
  );
  await w.assertClean();
});

test('changing the profile on the way back changes the pages and statements that follow', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const working = PERSONAS.triad;
  // Answer up to the commitment page as a working network …
  await check.start();
  const answeredIds = new Set();
  for (;;) {
    const page = await check.answerPage(working);
    if (page.dimension) for (const id of page.questions) answeredIds.add(id);
    await check.next();
    if (page.dimension === 'commitment') break;
  }
  const before = check.pages;
  // … then go back to the profile page and say it is only an idea, for a one-off action.
  while ((await check.currentPage()).index > 0) await check.back();
  await check.answer('stage', 'idea');
  await check.answer('kind', 'action');
  const idea = { profile: check.profile, answers: working.answers };
  const after = pagesFor(idea.profile);
  assert.ok(after.length < before.length, 'the idea stage has fewer pages');
  const stillShown = shownIds(idea.profile).filter((id) => answeredIds.has(id));
  assert.ok(stillShown.length < answeredIds.size, 'some answered statements are no longer shown');
  assert.deepEqual(await check.progressText(), {
    step: fill(UI.step_of, { current: 1, total: after.length }),
    answered: fill(UI.answered_of, {
      answered: PROFILE_FIELDS.length + stillShown.length,
      total: totalFor(idea.profile),
    }),
  });
  // Walking on shows only the pages and statements for the new profile (answerPage checks the
  // statements of each page), with the earlier answers kept where the statement is still shown.
  await check.next();
  const titles = [];
  for (;;) {
    const page = await check.currentPage();
    titles.push(page.title);
    for (const id of page.questions)
      assert.equal(await check.checkedKey(id), answeredIds.has(id) ? working.answers[id] : null, id);
    await check.answerPage(idea);
    await check.next();
    if (page.index === after.length - 1) break;
  }
  assert.deepEqual(titles, after.slice(1).map((p) => p.title));
  // The result rests on the statements shown for the new profile only: the native model gets
  // every stored answer, including those to statements no longer shown (the completed check is
  // the newest history entry).
  const stored = (await check.storedHistory())[0];
  assert.deepEqual(stored.profile, idea.profile);
  const result = { profile: idea.profile, answers: stored.answers };
  assert.ok(Object.keys(stored.answers).some((id) => !shownIds(idea.profile).includes(id)));
  await assertResultMatchesModel(check, result);
  await w.assertClean();
});

test('the latest result is shown again on return, on the intro with its verdict', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const persona = PERSONAS.triad;
  await check.completeWith(persona);
  const verdict = await check.verdict();
  assert.equal(verdict, assessNatively(persona).verdict);
  const recommendations = await check.recommendationIds();

  // Reloading after finishing brings the result back as it was.
  await w.page.reload();
  await check.waitForHeading(UI.result_heading);
  assert.equal(await check.verdict(), verdict);
  assert.deepEqual(await check.recommendationIds(), recommendations);

  // Via the intro (Antworten ändern → the profile page → Zurück): the last result's date and
  // verdict, then after a reload "Letztes Ergebnis ansehen" leads back to the same result.
  await check.button(UI.edit_answers).click();
  await check.waitForHeadingFocus(TEXTS.profile.title);
  for (const field of PROFILE_FIELDS) assert.equal(await check.checkedKey(field), persona.profile[field]);
  await check.back();
  const lastResult = w.page.locator('.nc-last-result');
  assert.match(
    await lastResult.innerText(),
    new RegExp(`^Ihr letztes Ergebnis vom \\d{2}\\.\\d{2}\\.\\d{4}: ${verdictTitle(verdict)}\\.$`),
  );
  assert.ok(await check.button(UI.resume).isVisible(), '"Weitermachen" once answers exist');
  await w.page.reload();
  await check.waitForHeading(UI.intro_heading);
  await check.button(UI.show_result).click();
  await check.waitForHeadingFocus(UI.result_heading);
  assert.equal(await check.verdict(), verdict);
  await assertResultMatchesModel(check, persona);
  await w.assertClean();
});

test('the intro counts the answered questions like the progress does', async () => {
  // The intro's "Sie haben schon X von Y Fragen beantwortet" must use the same count as the
  // progress on the pages ("X von Y Fragen beantwortet"): Y is the profile questions plus the
  // statements shown for the profile. Found by this suite (model v2): src/ui/intro.rs fills Y
  // with every statement of the questionnaire (44) while X counts the profile answers too, so a
  // one-off action shows "8 von 44" where the page says "8 von 43", and a finished check as a
  // working network "47 von 44".
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const persona = PERSONAS.actionDay;
  await check.start();
  await check.answerPage(persona);
  await check.next();
  await check.answerPage(persona);
  const progress = (await check.progressText()).answered;
  const answered = PROFILE_FIELDS.length + check.pages[1].questions.length;
  assert.equal(progress, fill(UI.answered_of, { answered, total: totalFor(persona.profile) }));
  await check.back();
  await check.back();
  assert.equal(
    (await w.page.locator('.nc-resume').innerText()).trim(),
    fill(UI.resume_hint, { answered, total: totalFor(persona.profile) }),
    `the intro says the same as the progress ("${progress}")`,
  );
  await w.assertClean();
});

test('"Neu beginnen" asks first, then clears the profile and the answers, and keeps the results', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const persona = PERSONAS.cafe;
  await check.completeWith(persona);
  const entry = (await check.storedHistory())[0];
  await check.button(UI.edit_answers).click();
  await check.waitForHeadingFocus(TEXTS.profile.title);
  await check.back();
  assert.ok(await check.button(UI.show_result).isVisible());

  // "Abbrechen" keeps everything.
  await check.button(UI.start_over).click();
  const confirm = w.page.getByRole('group', { name: UI.start_over_confirm });
  await confirm.waitFor();
  assert.match(UI.start_over_confirm, /Ihre gespeicherten Ergebnisse bleiben erhalten\.$/);
  await eventually(async () => assert.equal((await check.focused()).text, UI.confirm_yes, 'confirm has focus'));
  await assertAccessibleAtBothWidths(w.page, 'the "Neu beginnen" confirmation');
  await confirm.getByRole('button', { name: UI.confirm_no }).click();
  assert.equal(await confirm.count(), 0);
  await eventually(async () =>
    assert.equal((await check.focused()).text, UI.start_over, 'focus returns to "Neu beginnen"'),
  );
  const kept = await check.storedDraft();
  assert.deepEqual(kept.answers, persona.answers);
  assert.deepEqual(kept.profile, persona.profile);

  // "Ja, neu beginnen" clears the profile and the answers in progress; the result stays.
  await check.button(UI.start_over).click();
  await confirm.getByRole('button', { name: UI.confirm_yes }).click();
  await check.button(UI.start).waitFor();
  assert.equal(await check.button(UI.start_over).count(), 0);
  assert.equal(await w.page.locator('.nc-resume').count(), 0, 'nothing in progress');
  assert.ok(await check.button(UI.show_result).isVisible(), 'the result is still there');
  assert.ok(await check.button(UI.history_open).isVisible(), '"Ihre Ergebnisse" still lists it');
  assert.match(await w.page.locator('.nc-last-result').innerText(), new RegExp(verdictTitle(assessNatively(persona).verdict)));
  const stored = await check.storedSession();
  assert.deepEqual(stored.draft.answers, {});
  assert.deepEqual(stored.draft.profile ?? {}, {});
  assert.deepEqual(stored.history, [entry], 'the history is kept unchanged');

  // Survives a reload, and the questionnaire starts empty on the profile page.
  await w.page.reload();
  await check.start();
  check.profile = {};
  await check.waitForHeading(TEXTS.profile.title);
  assert.deepEqual(await check.progressText(), check.expectedProgress(0, 0));
  for (const field of PROFILE_FIELDS) assert.equal(await check.checkedKey(field), null);
  await w.assertClean();
});

test('unreadable stored data: a notice, the raw value kept in a backup slot, and the check still works', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  // Truncated JSON of the current format.
  const garbage = '{"schema":2,"draft":{"profile":{"kind":"action"},"answers":{"mot_personal":"5"';
  await w.page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, garbage]);
  await w.page.reload();
  await check.root.waitFor();

  await eventually(async () => assert.deepEqual(await check.notices(), [['kept-aside', UI.kept_unreadable]]));
  assert.match(UI.kept_unreadable, /als Sicherungskopie aufbewahrt/, 'the notice says it was kept');
  assert.ok(await check.notice.isVisible());
  assert.equal(await check.storedRaw(BACKUP_KEY), garbage, 'raw value kept in backup slot 1');
  assert.equal(await check.storedRaw(STORAGE_KEY), garbage, 'nothing written at start-up');
  assert.ok(await check.button(UI.start).isVisible(), 'a fresh start is offered');

  await check.start();
  await check.waitForHeading(TEXTS.profile.title);
  for (const field of PROFILE_FIELDS) assert.equal(await check.checkedKey(field), null, 'nothing restored');
  await check.answer('kind', 'network');
  await check.waitForAnswered(1);
  assert.deepEqual((await check.storedDraft()).profile, { kind: 'network' }, 'answers are saved again');
  assert.equal(await check.storedRaw(BACKUP_KEY), garbage, 'backup untouched');

  // A reload reads the new data cleanly: no notice, the backup still there.
  await w.page.reload();
  await check.root.waitFor();
  assert.deepEqual(await check.notices(), [], 'the notice is not repeated');
  assert.equal(await check.storedRaw(BACKUP_KEY), garbage, 'backup still kept');
  await w.assertClean();
});
