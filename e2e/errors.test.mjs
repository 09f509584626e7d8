// The error state (GOV.UK pattern) on the profile page and on an area page: "Weiter" with
// unanswered questions shows a focused summary linking to each one; a link focuses the
// question's first radio; the summary keeps listing what is still missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, teardown, openWidget, assertAccessible } from './support/harness.mjs';
import {
  CheckPage,
  PERSONAS,
  PROFILE_FIELDS,
  TEXTS,
  UI,
  domId,
  eventually,
  profileOptions,
  questionNumber,
  questionText,
} from './support/check-page.mjs';

before(setup);
after(teardown);

/** Waits until the error summary has focus. */
async function summaryFocused(check) {
  await eventually(async () =>
    assert.ok(await check.errorSummary.evaluate((el) => el === document.activeElement), 'summary has focus'),
  );
}

/** The summary's links as [text, href]. */
async function summaryLinks(check) {
  return check.errorSummary
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => [a.innerText.trim(), a.getAttribute('href')]));
}

/** Asserts exactly `ids` are marked as missing and described by their error message. */
async function assertMarked(check, ids) {
  const marked = await check.page.locator('fieldset.nc-question--error').evaluateAll((fs) => fs.map((f) => f.id));
  assert.deepEqual(marked, ids.map((id) => domId(`q-${id}`)), 'each missing fieldset is marked');
  for (const id of ids) {
    const describedBy = (await check.question(id).getAttribute('aria-describedby')) ?? '';
    assert.ok(describedBy.split(' ').includes(domId(`${id}-error`)), `${id} is described by its error message`);
    assert.equal(
      (await check.page.locator(`#${domId(`${id}-error`)}`).innerText()).trim(),
      UI.error_missing,
      `${id}'s error message`,
    );
  }
}

test('profile page: the error summary links to each missing profile question; a link focuses its first radio', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  await check.start();
  await check.waitForHeading(TEXTS.profile.title);
  await check.button(UI.next).click();

  await check.errorSummary.waitFor();
  assert.equal(await check.currentHeading(), TEXTS.profile.title, 'still on the profile page');
  await summaryFocused(check);
  assert.ok(
    await check.errorSummary.getByRole('heading', { level: 2, name: UI.error_summary_heading }).isVisible(),
  );
  const first = (field) => domId(`${field}-${profileOptions(field)[0]}`);
  assert.deepEqual(
    await summaryLinks(check),
    PROFILE_FIELDS.map((field) => [TEXTS.profile[field].legend, `#${first(field)}`]),
    'one link per profile question, named by its legend, in page order',
  );
  await assertMarked(check, PROFILE_FIELDS);
  await assertAccessible(w.page, 'the error state of the profile page');

  // Each link focuses the first radio of its question, without answering it or changing the URL.
  const urlBefore = w.page.url();
  const links = check.errorSummary.getByRole('link');
  for (const [i, field] of PROFILE_FIELDS.entries()) {
    await links.nth(i).click();
    await eventually(async () => assert.equal((await check.focused()).id, first(field), `link ${i + 1}`));
    assert.equal(await check.checkedKey(field), null, 'focusing does not answer');
  }
  assert.equal(w.page.url(), urlBefore, 'the host page URL is not changed');
  // … and with the keyboard: Tab from the summary to its first link, Enter.
  await check.errorSummary.focus();
  await w.page.keyboard.press('Tab');
  assert.equal((await check.focused()).text, TEXTS.profile.kind.legend, 'Tab reaches the first link');
  await w.page.keyboard.press('Enter');
  await eventually(async () => assert.equal((await check.focused()).id, first('kind')));
  assert.equal(w.page.url(), urlBefore, 'the host page URL is not changed');

  // One answered: the summary keeps the other two (regression: it must not vanish) …
  await check.answer('stage', 'partners');
  await eventually(
    async () =>
      assert.deepEqual(
        (await summaryLinks(check)).map(([text]) => text),
        ['kind', 'scope'].map((f) => TEXTS.profile[f].legend),
        'the summary still lists the questions that are still missing',
      ),
    { timeout: 1500 },
  );
  await assertMarked(check, ['kind', 'scope']);
  // … "Weiter" again focuses it again …
  await check.button(UI.next).click();
  await summaryFocused(check);
  // … and once all three are answered it goes on to the first area.
  await check.answer('kind', 'project');
  await check.answer('scope', 'region');
  await eventually(async () => assert.equal(await check.errorSummary.count(), 0, 'the summary is gone'));
  await check.next();
  await check.waitForHeadingFocus(check.pages[1].title);
  await w.assertClean();
});

test('area page: Weiter with unanswered statements shows a focused error summary linking to each one', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const persona = PERSONAS.cafe;
  await check.start();
  await check.answerPage(persona);
  await check.next();
  const page = check.pages[1];
  // Answer all but the 2nd and 4th statement.
  const missing = [page.questions[1], page.questions[3]];
  for (const id of page.questions) if (!missing.includes(id)) await check.answer(id, persona.answers[id]);
  await check.button(UI.next).click();

  await check.errorSummary.waitFor();
  assert.equal(await check.currentHeading(), page.title, 'still on the first area page');
  await summaryFocused(check);
  assert.ok(
    await check.errorSummary.getByRole('heading', { level: 2, name: UI.error_summary_heading }).isVisible(),
  );
  assert.deepEqual(
    await summaryLinks(check),
    missing.map((id) => [`Frage ${questionNumber(id, persona.profile)}: ${questionText(id)}`, `#${domId(`${id}-1`)}`]),
    'one link per missing statement, numbered among the statements shown for the profile',
  );
  await assertMarked(check, missing);
  await assertAccessible(w.page, 'the error state of an area page');

  // A link focuses the first radio of its statement, without changing the URL.
  const urlBefore = w.page.url();
  await check.errorSummary.getByRole('link').nth(1).click();
  await eventually(async () => assert.equal((await check.focused()).id, domId(`${missing[1]}-1`)));
  assert.equal(w.page.url(), urlBefore, 'the host page URL is not changed');
  assert.equal(await check.checkedKey(missing[1]), null, 'focusing does not answer');
  await w.assertClean();
});

test('regression (error state): answering one missing statement must keep the summary for the rest', async () => {
  // Regression guard (found by this suite, since fixed): the first answer after a failed
  // "Weiter" re-created the page component, which reset its error state; the summary and the
  // marks on the still-missing questions vanished (and focus jumped to the h1).
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const persona = PERSONAS.triad;
  await check.start();
  await check.answerPage(persona);
  await check.next();
  const page = check.pages[1];
  await check.button(UI.next).click();
  await check.errorSummary.waitFor();
  assert.equal(await check.errorSummary.getByRole('link').count(), page.questions.length);
  await check.answer(page.questions[0], '3');
  await eventually(
    async () =>
      assert.equal(
        await check.errorSummary.getByRole('link').count(),
        page.questions.length - 1,
        'the summary still lists the statements that are still missing',
      ),
    { timeout: 1500 },
  );
  assert.equal(await w.page.locator('fieldset.nc-question--error').count(), page.questions.length - 1);
  assert.equal((await check.focused()).id, domId(`${page.questions[0]}-3`), 'focus stays on the answer');
  await w.assertClean();
});
