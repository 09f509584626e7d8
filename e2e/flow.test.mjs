// The whole flow: intro → six question pages → result, by mouse and by keyboard, across reloads
// and closed tabs, with the error state, accessibility at desktop and phone width, the stored
// latest result, "Neu beginnen" and unreadable stored data. The verdict, recommendations and
// scores the browser shows are checked against the native model (examples/assess.rs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, teardown, openWidget, assertAccessible } from './support/harness.mjs';
import {
  BACKUP_KEY,
  CheckPage,
  PAGES,
  PERSONAS,
  STORAGE_KEY,
  TOTAL,
  UI,
  assessNatively,
  buildAssess,
  eventually,
  guardPage,
  optionLabel,
  questionText,
  verdictTitle,
} from './support/check-page.mjs';

before(async () => {
  buildAssess();
  await setup();
});
after(teardown);

/** Asserts the result page shows exactly what the native model computes for `answers`. */
async function assertResultMatchesModel(check, answers) {
  const model = assessNatively(answers);
  await check.waitForHeading(UI.result_heading);
  assert.equal(await check.verdict(), model.verdict, 'data-verdict equals the native verdict');
  assert.equal(await check.verdictText(), `${UI.verdict_prefix} ${verdictTitle(model.verdict)}`);
  assert.deepEqual(await check.recommendationIds(), model.recommendations, 'recommendations in model order');
  const relations = model.verdict === 'insufficient_data' ? [] : model.findings.map((f) => f.kind);
  assert.deepEqual(await check.findingRelations(), relations, 'findings in model order');
  assert.deepEqual(
    await check.tableScores(),
    model.scores.map((s) => ({
      dimension: s.dimension,
      score: s.score === null ? UI.no_score : String(s.score),
      answered: `${s.answered} / ${s.total}`,
    })),
    'table scores equal the native scores',
  );
  assert.ok(await check.page.locator('svg.nc-chart[role=img]').isVisible(), 'the chart is shown');
  return model;
}

/** Asserts the page does not scroll sideways. */
async function assertNoHorizontalScroll(page, label) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `${label} scrolls sideways by ${overflow}px`);
}

test('personas are what they claim, according to the native model', () => {
  assert.equal(assessNatively(PERSONAS.overstretched).verdict, 'overstretched');
  assert.equal(assessNatively(PERSONAS.sustainable).verdict, 'sustainable');
  assert.equal(assessNatively(PERSONAS.dontKnow).verdict, 'insufficient_data');
  for (const answers of Object.values(PERSONAS)) assert.equal(Object.keys(answers).length, TOTAL);
});

for (const name of ['overstretched', 'sustainable']) {
  test(`mouse: the ${name} persona completes the check and sees the native model's result`, async () => {
    const w = await openWidget();
    const check = new CheckPage(w.page);
    const answers = PERSONAS[name];
    await check.start();
    let answered = 0;
    for (const page of PAGES) {
      assert.deepEqual(await check.progressText(), {
        step: `Schritt ${page.index + 1} von ${PAGES.length}`,
        answered: `${answered} von ${TOTAL} Fragen beantwortet`,
      });
      await check.answerPage(answers);
      answered += page.questions.length;
      await check.waitForAnswered(answered);
      await check.next();
    }
    const model = await assertResultMatchesModel(check, answers);
    assert.equal(model.verdict, name);
    await w.assertClean();
  });
}

test('keyboard only: Tab/Shift+Tab, arrows, Space and Enter reach the result; Weiter focuses each h1', async (t) => {
  const w = await openWidget();
  const { page } = w;
  const check = new CheckPage(page);
  // Proof that no pointer is used: count every trusted pointer event in the page.
  await page.evaluate(() => {
    window.__pointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown'])
      document.addEventListener(type, (e) => e.isTrusted && window.__pointerEvents++, true);
  });
  const answers = PERSONAS.overstretched;

  await check.keyPressButton(UI.start);
  await check.waitForHeadingFocus(PAGES[0].title);
  for (const p of PAGES) {
    assert.equal(await check.currentHeading(), p.title);
    // Page 3 is answered from the last question up, so focus moves back with Shift+Tab.
    const order = p.index === 2 ? [...p.questions].reverse() : p.questions;
    for (const id of order) await check.keyAnswer(id, answers[id]);
    if (p.index === 1) {
      // Back to page 1 (Shift+Tab to "Zurück") and forward again: focus on the h1 each time.
      // (That the radios of page 1 then show their answers is checked by the regression test below.)
      await check.keyPressButtonBackwards(UI.back);
      await check.waitForHeadingFocus(PAGES[0].title);
      await check.keyPressButton(UI.next);
      await check.waitForHeadingFocus(PAGES[1].title);
    }
    const last = p.index === PAGES.length - 1;
    await check.keyPressButton(last ? UI.to_result : UI.next);
    await check.waitForHeadingFocus(last ? UI.result_heading : PAGES[p.index + 1].title);
  }
  await assertResultMatchesModel(check, answers);
  assert.equal(await page.evaluate(() => window.__pointerEvents), 0, 'no mouse was used');
  // Focus leaving the radio group after an answer is an app bug with its own failing test
  // below; here it is only reported, so this test keeps guarding the rest of the flow.
  if (check.focusLosses.length)
    t.diagnostic(`focus left the radio group ${check.focusLosses.length}x, e.g. ${check.focusLosses[0]}`);
  await w.assertClean();
});

test('regression (keyboard): choosing an answer must keep focus on the radio, not jump to the h1', async () => {
  // Regression guard (found by this suite, since fixed): every answer re-renders the page (app.rs's screen closure tracks the
  // whole session), and after any in-widget navigation PageHeading then focuses the h1. A
  // keyboard user loses their place after each Space/arrow key and must Tab through the page
  // again; arrow keys cannot move more than one option.
  const w = await openWidget();
  const check = new CheckPage(w.page);
  await check.keyPressButton(UI.start);
  await check.waitForHeadingFocus(PAGES[0].title);
  await w.page.keyboard.press('Tab');
  assert.equal((await check.focused()).id, 'nc-mot_personal-1', 'Tab enters the first group');
  await w.page.keyboard.press('Space');
  await eventually(async () => assert.equal(await check.checkedKey('mot_personal'), '1'));
  assert.equal((await check.focused()).id, 'nc-mot_personal-1', 'focus stays on the chosen radio after Space');
  await w.page.keyboard.press('ArrowRight');
  await w.page.keyboard.press('ArrowRight');
  assert.equal(await check.checkedKey('mot_personal'), '3', 'two arrow presses move two options');
  await w.assertClean();
});

test('reload mid-way and a closed tab continue on the same page with the same answers', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const answers = PERSONAS.overstretched;
  await check.start();
  await check.answerPage(answers);
  await check.next();
  await check.answerPage(answers);
  await check.next();
  const third = PAGES[2];
  const [a, b, c] = third.questions;
  await check.answer(a, answers[a]);
  await check.answer(b, answers[b]);
  const answered = PAGES[0].questions.length + PAGES[1].questions.length + 2;
  await check.waitForAnswered(answered);

  await w.page.reload();
  await check.waitForHeading(third.title);
  assert.deepEqual(await check.progressText(), {
    step: `Schritt 3 von ${PAGES.length}`,
    answered: `${answered} von ${TOTAL} Fragen beantwortet`,
  });
  assert.equal(await check.checkedKey(a), answers[a]);
  assert.equal(await check.checkedKey(b), answers[b]);
  for (const id of third.questions.slice(2)) assert.equal(await check.checkedKey(id), null, `${id} still open`);
  assert.notEqual((await check.focused()).id, 'nc-page-heading', 'a fresh load does not steal focus');
  await check.answer(c, answers[c]);
  await check.waitForAnswered(answered + 1);

  // Close the tab and open a new one in the same browser profile (context).
  await w.page.close();
  const page = guardPage(w, await w.context.newPage());
  await page.goto(w.url);
  const again = new CheckPage(page);
  await again.waitForHeading(third.title);
  await again.waitForAnswered(answered + 1);
  for (const id of [a, b, c]) assert.equal(await again.checkedKey(id), answers[id]);
  await again.completeWith(answers);
  await assertResultMatchesModel(again, answers);
  await w.assertClean();
});

test('regression (Zurück): the radios of an earlier page must show its stored answers after going back', async () => {
  // Regression guard (found by this suite, since fixed): after "Zurück" (or "Weiter" to a page answered before) some radios of
  // the page show no answer although the answer is stored and counted ("11 von 39"): the new
  // page is rebuilt in place over the previous page's radios and some lose their checked state.
  // A user sees answered questions as unanswered and may think answers were lost.
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const answers = PERSONAS.overstretched;
  await check.start();
  await check.answerPage(answers);
  await check.next();
  await check.answerPage(answers);
  await check.back();
  await check.waitForAnswered(PAGES[0].questions.length + PAGES[1].questions.length);
  const stored = (await check.storedSession()).answers;
  const shown = {};
  for (const id of PAGES[0].questions) shown[id] = await check.checkedKey(id);
  const expected = Object.fromEntries(PAGES[0].questions.map((id) => [id, answers[id]]));
  assert.deepEqual(Object.fromEntries(PAGES[0].questions.map((id) => [id, stored[id]])), expected, 'stored');
  assert.deepEqual(shown, expected, 'page 1 shows the stored answers after Zurück');
  await check.next();
  const shown2 = {};
  for (const id of PAGES[1].questions) shown2[id] = await check.checkedKey(id);
  assert.deepEqual(
    shown2,
    Object.fromEntries(PAGES[1].questions.map((id) => [id, answers[id]])),
    'page 2 shows the stored answers after Weiter',
  );
  await w.assertClean();
});

test('Weiter with unanswered questions shows a focused error summary linking to each one', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const first = PAGES[0];
  await check.start();
  // Answer all but the 2nd and 4th question.
  const missing = [first.questions[1], first.questions[3]];
  for (const id of first.questions) if (!missing.includes(id)) await check.answer(id, PERSONAS.sustainable[id]);
  await check.button(UI.next).click();

  await check.errorSummary.waitFor();
  assert.equal(await check.currentHeading(), first.title, 'still on the first page');
  await eventually(async () =>
    assert.ok(await check.errorSummary.evaluate((el) => el === document.activeElement), 'summary has focus'),
  );
  assert.ok(
    await check.errorSummary.getByRole('heading', { level: 2, name: UI.error_summary_heading }).isVisible(),
  );
  const links = check.errorSummary.getByRole('link');
  assert.equal(await links.count(), missing.length, 'one link per missing question');
  const number = (id) => PAGES.flatMap((p) => p.questions).indexOf(id) + 1;
  assert.deepEqual(
    (await links.allInnerTexts()).map((t) => t.trim()),
    missing.map((id) => `Frage ${number(id)}: ${questionText(id)}`),
  );
  const marked = await w.page
    .locator('fieldset.nc-question--error')
    .evaluateAll((fs) => fs.map((f) => f.id));
  assert.deepEqual(marked, missing.map((id) => `nc-q-${id}`), 'each missing fieldset is marked');
  for (const id of missing) {
    assert.equal(
      await check.question(id).getAttribute('aria-describedby').then((d) => d?.includes(`nc-${id}-error`)),
      true,
      `${id} is described by its error message`,
    );
  }
  await assertAccessible(w.page, 'the error state');

  // A link focuses the first radio of its question, without changing the URL.
  const urlBefore = w.page.url();
  await links.nth(1).click();
  await eventually(async () => assert.equal((await check.focused()).id, `nc-${missing[1]}-1`));
  assert.equal(w.page.url(), urlBefore, 'the host page URL is not changed');
  assert.equal(await check.checkedKey(missing[1]), null, 'focusing does not answer');
  await w.assertClean();
});

test('regression (error state): answering one missing question must keep the summary for the rest', async () => {
  // Regression guard (found by this suite, since fixed): the first answer after a failed "Weiter" re-creates the page component,
  // which resets its error state; the summary and the marks on the still-missing questions
  // vanish although they are still unanswered (and focus jumps to the h1).
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const first = PAGES[0];
  await check.start();
  await check.button(UI.next).click();
  await check.errorSummary.waitFor();
  assert.equal(await check.errorSummary.getByRole('link').count(), first.questions.length);
  await check.answer(first.questions[0], '3');
  await eventually(async () =>
    assert.equal(
      await check.errorSummary.getByRole('link').count(),
      first.questions.length - 1,
      'the summary still lists the questions that are still missing',
    ),
    { timeout: 1500 },
  );
  assert.equal(await w.page.locator('fieldset.nc-question--error').count(), first.questions.length - 1);
  await w.assertClean();
});

for (const viewport of [
  { width: 1024, height: 800 },
  { width: 320, height: 640 },
]) {
  test(`axe: every page, the error state and the result at ${viewport.width}px (no sideways scrolling)`, async () => {
    const w = await openWidget({ viewport });
    const check = new CheckPage(w.page);
    const label = (what) => `${what} at ${viewport.width}px`;
    await check.start();
    for (const p of PAGES) {
      await assertAccessible(w.page, label(`page ${p.index + 1} (${p.title})`));
      await assertNoHorizontalScroll(w.page, label(`page ${p.index + 1}`));
      if (p.index === 0) {
        await check.button(UI.next).click();
        await check.errorSummary.waitFor();
        await assertAccessible(w.page, label('the error state'));
        await assertNoHorizontalScroll(w.page, label('the error state'));
      }
      await check.answerPage(PERSONAS.overstretched);
      await check.next();
    }
    await check.verdictBox.waitFor();
    await assertAccessible(w.page, label('the result page'));
    // The result page's sideways scrolling at 320px is an app bug with its own test below.
    if (viewport.width > 320) await assertNoHorizontalScroll(w.page, label('the result page'));
    await w.assertClean();
  });
}

test('regression (320px): the result page must not scroll sideways on a phone', async () => {
  // Regression guard (found by this suite, since fixed): the score table (4 columns, "keine Angabe" cells) is ~446px wide and
  // pushes the page to scroll sideways at 320px (WCAG 1.4.10 Reflow); it has no scroll wrapper.
  const w = await openWidget({ viewport: { width: 320, height: 640 } });
  const check = new CheckPage(w.page);
  await check.completeWith(PERSONAS.overstretched);
  const table = await w.page.locator('.nc-table').evaluate((t) => Math.round(t.getBoundingClientRect().right));
  const clientWidth = await w.page.evaluate(() => document.documentElement.clientWidth);
  assert.ok(table <= clientWidth, `the score table ends at ${table}px of ${clientWidth}px`);
  await assertNoHorizontalScroll(w.page, 'the result page at 320px');
  await w.assertClean();
});

test('regression (chart): every chart label must fit inside the chart', async () => {
  // Regression guard (found by this suite, since fixed): the value labels start at x=306 of a 360-wide viewBox; "keine Angabe"
  // (~89 units) is cut off ("keine An…") by the SVG's overflow:hidden at every width.
  const w = await openWidget();
  const check = new CheckPage(w.page);
  await check.completeWith(PERSONAS.dontKnow);
  const clipped = await w.page.locator('svg.nc-chart').evaluate((svg) => {
    const width = svg.viewBox.baseVal.width;
    return [...svg.querySelectorAll('text')]
      .map((t) => ({ text: t.textContent, right: Math.round(t.getBBox().x + t.getBBox().width) }))
      .filter((t) => t.right > width)
      .map((t) => `"${t.text}" ends at ${t.right} > viewBox width ${width}`);
  });
  assert.deepEqual(clipped, [], 'chart labels clipped');
  await w.assertClean();
});

test('the latest result is shown again on return', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  await check.completeWith(PERSONAS.overstretched);
  const verdict = await check.verdict();
  assert.equal(verdict, assessNatively(PERSONAS.overstretched).verdict);
  const recommendations = await check.recommendationIds();

  // Reloading after finishing brings the result back as it was.
  await w.page.reload();
  await check.waitForHeading(UI.result_heading);
  assert.equal(await check.verdict(), verdict);
  assert.deepEqual(await check.recommendationIds(), recommendations);

  // Via the intro (Antworten ändern → Zurück): the last result's date and verdict, then
  // after a reload "Letztes Ergebnis ansehen" leads back to the same result.
  await check.button(UI.edit_answers).click();
  await check.waitForHeading(PAGES[0].title);
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
  await w.assertClean();
});

test('"Neu beginnen" asks first, then clears the answers and the stored result', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  await check.completeWith(PERSONAS.sustainable);
  await check.button(UI.edit_answers).click();
  await check.back();
  assert.ok(await check.button(UI.show_result).isVisible());

  // "Abbrechen" keeps everything.
  await check.button(UI.start_over).click();
  const confirm = w.page.getByRole('group', { name: UI.start_over_confirm });
  await confirm.waitFor();
  await eventually(async () => assert.equal((await check.focused()).text, UI.confirm_yes, 'confirm has focus'));
  await confirm.getByRole('button', { name: UI.confirm_no }).click();
  assert.equal(await confirm.count(), 0);
  await eventually(async () =>
    assert.equal((await check.focused()).text, UI.start_over, 'focus returns to "Neu beginnen"'),
  );
  assert.equal(Object.keys((await check.storedSession()).answers).length, TOTAL);

  // "Ja, alles löschen" clears answers and result.
  await check.button(UI.start_over).click();
  await confirm.getByRole('button', { name: UI.confirm_yes }).click();
  await check.button(UI.start).waitFor();
  assert.equal(await check.button(UI.show_result).count(), 0, 'no result to show');
  assert.equal(await check.button(UI.start_over).count(), 0);
  assert.equal(await w.page.locator('.nc-last-result, .nc-resume').count(), 0);
  const stored = await check.storedSession();
  assert.deepEqual(stored.answers, {});
  assert.equal(stored.result ?? null, null);

  // Survives a reload, and the questionnaire starts empty.
  await w.page.reload();
  await check.start();
  assert.deepEqual(await check.progressText(), {
    step: `Schritt 1 von ${PAGES.length}`,
    answered: `0 von ${TOTAL} Fragen beantwortet`,
  });
  for (const id of PAGES[0].questions) assert.equal(await check.checkedKey(id), null);
  await w.assertClean();
});

test('unreadable stored data: a notice, the raw value kept aside, and the check still works', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const garbage = '{"schema":1,"answers":{"mot_personal":"5"'; // truncated JSON
  await w.page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, garbage]);
  await w.page.reload();
  await check.root.waitFor();

  await eventually(async () => assert.equal((await check.notice.innerText()).trim(), UI.storage_unreadable));
  assert.ok(await check.notice.isVisible());
  assert.equal(await w.page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY), garbage, 'raw value kept');
  assert.ok(await check.button(UI.start).isVisible(), 'a fresh start is offered');

  await check.start();
  await check.answer('mot_personal', '4');
  await check.waitForAnswered(1);
  assert.equal((await check.storedSession()).answers.mot_personal, '4', 'answers are saved again');
  assert.equal(await w.page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY), garbage, 'backup untouched');
  await w.assertClean();
});

test('all "weiß nicht" gives the insufficient_data verdict ("Noch nicht genug Angaben")', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  await check.completeWith(PERSONAS.dontKnow);
  await assertResultMatchesModel(check, PERSONAS.dontKnow);
  assert.equal(await check.verdict(), 'insufficient_data');
  assert.equal(await check.verdictText(), `${UI.verdict_prefix} Noch nicht genug Angaben`);
  assert.equal(optionLabel('dont_know'), 'weiß nicht');
  await w.assertClean();
});
