// Assertions and walks shared by the e2e test files: the result page against the native model,
// no sideways scrolling, and walking a persona through the check by mouse or keyboard.
import assert from 'node:assert/strict';
import { assertAccessible } from './harness.mjs';
import {
  CONTENT,
  PROFILE_FIELDS,
  TEXTS,
  UI,
  assessNatively,
  dimensionTitle,
  domId,
  fill,
  isProfileField,
  optionLabel,
  questionText,
  verdictTitle,
} from './check-page.mjs';

const NOT_ASSESSED = { not_applicable: UI.not_assessed_na, not_asked: UI.not_assessed_stage };

const clean = (s) => s.replace(/\s+/g, ' ').trim();

/** Texts of the elements matching `selector` under `locator`, whitespace collapsed. */
async function texts(locator) {
  return (await locator.allInnerTexts()).map(clean);
}

/**
 * "<statement> (Ihre Antwort: <label>)" as the result page lists a driver or a contradiction;
 * a profile question (the scope can drive a finding) with the persona's profile answer.
 */
function withAnswer(id, { profile, answers }) {
  const answer = isProfileField(id)
    ? TEXTS.profile[id].options[profile[id]].label
    : answers[id]
      ? optionLabel(answers[id])
      : UI.not_answered;
  return `${questionText(id)} (${fill(UI.your_answer, { answer })})`;
}

/**
 * Asserts the result page shows exactly what the native model computes for `persona`
 * ({ profile, answers }; the profile may be empty, as for a result of model version 1): verdict
 * box, profile summary, basis, answer-quality hints, areas not assessed, missing answers,
 * findings with their drivers, the 7-row table, knowledge gaps and recommendations.
 * `heading`: the h1 expected (a result opened from a link has its own). Returns the native
 * assessment.
 */
export async function assertResultMatchesModel(check, persona, { heading = UI.result_heading } = {}) {
  const { page } = check;
  const model = assessNatively(persona);
  await check.waitForHeading(heading);

  // The verdict box: title, the worst finding's sentence, the verdict's sentence.
  assert.equal(await check.verdict(), model.verdict, 'data-verdict equals the native verdict');
  assert.equal(await check.verdictText(), `${UI.verdict_prefix} ${verdictTitle(model.verdict)}`);
  const reason = check.verdictBox.locator('.nc-verdict-reason');
  const worst = model.findings[0];
  assert.deepEqual(
    await texts(reason),
    worst ? [clean(TEXTS.relations[worst.kind][worst.wording])] : [],
    "the verdict's reason is the worst finding's sentence",
  );
  assert.deepEqual(await texts(check.verdictBox.locator('.nc-verdict-sentence')), [
    clean(TEXTS.verdict_sentences[model.sentence]),
  ]);

  // The profile the result is for.
  const labels = PROFILE_FIELDS.filter((f) => persona.profile[f]).map(
    (f) => TEXTS.profile[f].options[persona.profile[f]].label,
  );
  assert.deepEqual(
    await texts(page.locator('.nc-profile-summary')),
    labels.length ? [`${UI.profile_summary} ${labels.join(' · ')}`] : [],
    'the profile summary',
  );

  // What it rests on.
  assert.deepEqual(await texts(page.locator('.nc-basis')), [
    fill(UI.basis, { rated: model.quality.rated, shown: model.quality.shown }),
  ]);

  // Answer-quality hints.
  const quality = page.locator('.nc-quality');
  const hint = model.quality.straight_lining || model.quality.contradictions.length > 0;
  assert.equal(await quality.count(), hint ? 1 : 0, 'an answer-quality hint exactly when the model has one');
  if (hint) {
    const text = clean(await quality.innerText());
    assert.ok(text.startsWith(UI.quality_heading), 'the hint has its heading');
    assert.equal(text.includes(clean(UI.quality_straight)), model.quality.straight_lining, 'straight-lining hint');
    const pairs = await quality.locator(':scope > ul > li').evaluateAll((lis) =>
      lis.map((li) => [...li.querySelectorAll('ul > li')].map((x) => x.innerText.replace(/\s+/g, ' ').trim())),
    );
    assert.deepEqual(
      pairs,
      model.quality.contradictions.map((pair) => pair.map((id) => withAnswer(id, persona))),
      'each contradicting pair, with both answers',
    );
  }

  // Areas left out: not asked at this stage, or nothing applicable.
  const leftOut = model.scores.filter((s) => NOT_ASSESSED[s.coverage]);
  const notAssessed = page.locator('.nc-not-assessed > li');
  assert.deepEqual(
    await notAssessed.evaluateAll((lis) =>
      lis.map((li) => [li.getAttribute('data-dimension'), li.innerText.replace(/\s+/g, ' ').trim()]),
    ),
    leftOut.map((s) => [s.dimension, fill(NOT_ASSESSED[s.coverage], { area: dimensionTitle(s.dimension) })]),
    'the areas not assessed',
  );
  assert.equal(
    await page.getByRole('heading', { level: 2, name: UI.not_assessed_heading, exact: true }).count(),
    leftOut.length ? 1 : 0,
  );

  // What is still missing for a verdict (insufficient_data only), each statement a link.
  const insufficient = model.scores.filter((s) => s.coverage === 'insufficient');
  const missing = await page.locator('.nc-missing > li').evaluateAll((lis) =>
    lis.map((li) => ({
      dimension: li.getAttribute('data-dimension'),
      line: li.querySelector('p').textContent.replace(/\s+/g, ' ').trim(),
      links: [...li.querySelectorAll('a')].map((a) => [a.innerText.trim(), a.getAttribute('href')]),
    })),
  );
  assert.deepEqual(
    missing,
    model.verdict === 'insufficient_data'
      ? insufficient.map((s) => ({
          dimension: s.dimension,
          line: fill(UI.missing_area, {
            area: dimensionTitle(s.dimension),
            answered: s.answered,
            applicable: s.applicable,
            needed: s.needed,
          }),
          links: s.missing.map((id) => [questionText(id), `#${domId(`${id}-1`)}`]),
        }))
      : [],
    'the missing answers, per area, linked',
  );
  assert.equal(
    await page.getByRole('heading', { level: 2, name: UI.missing_heading, exact: true }).count(),
    model.verdict === 'insufficient_data' ? 1 : 0,
  );

  // Findings in model order, each with its wording and its first three drivers.
  const findings = await page.locator('li.nc-finding[data-relation]').evaluateAll((lis) =>
    lis.map((li) => ({
      relation: li.getAttribute('data-relation'),
      wording: li.getAttribute('data-wording'),
      text: li.querySelector('p').textContent.replace(/\s+/g, ' ').trim(),
      drivers: [...li.querySelectorAll('ul > li')].map((x) => x.textContent.replace(/\s+/g, ' ').trim()),
    })),
  );
  assert.deepEqual(
    findings,
    model.findings.map((f) => ({
      relation: f.kind,
      wording: f.wording,
      text: clean(TEXTS.relations[f.kind][f.wording]),
      drivers: f.drivers.slice(0, 3).map((id) => withAnswer(id, persona)),
    })),
    'findings in model order, with their wording and drivers',
  );

  // The table: one row per area (7), score or why there is none, answered of shown.
  const rows = await check.tableScores();
  assert.equal(rows.length, CONTENT.dimensions.length, 'one table row per area');
  assert.deepEqual(
    rows,
    model.scores.map((s) => ({
      dimension: s.dimension,
      score: NOT_ASSESSED[s.coverage] ? UI.not_assessed : s.score === null ? UI.no_score : String(s.score),
      answered: `${s.answered} / ${s.shown}`,
    })),
    'table scores equal the native scores',
  );
  assert.ok(await page.locator('svg.nc-chart[role=img]').isVisible(), 'the chart is shown');

  // Knowledge gaps and recommendations.
  assert.deepEqual(
    await texts(page.locator('ul.nc-gaps > li')),
    model.gaps.map((id) => clean(TEXTS.questions[id].gap)),
    'knowledge gaps in model order',
  );
  assert.deepEqual(await check.recommendationIds(), model.recommendations, 'recommendations in model order');
  return model;
}

/** Asserts the page does not scroll sideways. */
export async function assertNoHorizontalScroll(page, label) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `${label} scrolls sideways by ${overflow}px`);
}

/** axe-core at 1024 px, then at 320 px (with no sideways scrolling), on the current screen. */
export async function assertAccessibleAtBothWidths(page, label) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 1024, height: 800 });
  await assertAccessible(page, `${label} at 1024px`);
  await assertNoHorizontalScroll(page, `${label} at 1024px`);
  await page.setViewportSize({ width: 320, height: 640 });
  await assertAccessible(page, `${label} at 320px`);
  await assertNoHorizontalScroll(page, `${label} at 320px`);
  if (before) await page.setViewportSize(before);
}

/**
 * Walks `persona` from the intro to the result with the mouse or the keyboard only, checking
 * on each page the step, the answered count and that exactly the statements for the profile
 * are shown; with the keyboard, "Weiter" must move focus to each new page's h1.
 */
export async function walk(check, persona, { keyboard = false } = {}) {
  if (keyboard) {
    await check.keyPressButton(UI.start);
    await check.waitForHeadingFocus(TEXTS.profile.title);
  } else {
    await check.start();
  }
  let answered = 0;
  for (;;) {
    const page = await check.currentPage();
    assert.ok(page, `on a questionnaire page (h1: ${await check.currentHeading()})`);
    assert.deepEqual(await check.progressText(), check.expectedProgress(page.index, answered), `progress on "${page.title}"`);
    await check.answerPage(persona, { keyboard });
    answered += page.questions.length;
    await check.waitForAnswered(answered);
    const pages = check.pages;
    const last = page.index === pages.length - 1;
    const nextTitle = last ? UI.result_heading : pages[page.index + 1].title;
    if (keyboard) {
      await check.keyPressButton(last ? UI.to_result : UI.next);
      await check.waitForHeadingFocus(nextTitle);
    } else {
      await check.next();
    }
    if (last) break;
  }
  await check.verdictBox.waitFor();
}
