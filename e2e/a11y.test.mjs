// Accessibility of the questionnaire screens: axe-core (WCAG 2.2 AA + best practice) on the
// profile page, its error state, every area page and an area page's error state at 1024 and
// 320 px without sideways scrolling; the profile page's radio groups and hints; "passt nicht zu
// unserer Situation" set apart; the result page's table and chart on a phone. (The intro is
// checked in intro.test.mjs, every state of the result page in flow.test.mjs and
// stored.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, teardown, openWidget, assertAccessible } from './support/harness.mjs';
import {
  CONTENT,
  CheckPage,
  OPTION_KEYS,
  PERSONAS,
  PROFILE_FIELDS,
  TEXTS,
  UI,
  buildAssess,
  domId,
  optionLabel,
  pagesFor,
  profileOptions,
} from './support/check-page.mjs';
import { assertNoHorizontalScroll, assertResultMatchesModel, walk } from './support/assertions.mjs';

before(async () => {
  buildAssess();
  await setup();
});
after(teardown);

for (const viewport of [
  { width: 1024, height: 800 },
  { width: 320, height: 640 },
]) {
  test(`axe: the profile page, every area page and both error states at ${viewport.width}px (no sideways scrolling)`, async () => {
    const w = await openWidget({ viewport });
    const check = new CheckPage(w.page);
    const label = (what) => `${what} at ${viewport.width}px`;
    const persona = PERSONAS.triad; // a working network: every area has a page
    assert.equal(pagesFor(persona.profile).length, CONTENT.dimensions.length + 1);
    await check.start();
    const seen = [];
    for (;;) {
      const p = await check.currentPage();
      seen.push(p.dimension ?? 'profile');
      await assertAccessible(w.page, label(`page ${p.index + 1} (${p.title})`));
      await assertNoHorizontalScroll(w.page, label(`page ${p.index + 1} (${p.title})`));
      if (p.index <= 1) {
        await check.button(UI.next).click();
        await check.errorSummary.waitFor();
        await assertAccessible(w.page, label(`the error state of page ${p.index + 1}`));
        await assertNoHorizontalScroll(w.page, label(`the error state of page ${p.index + 1}`));
      }
      await check.answerPage(persona);
      await check.next();
      if (p.index === check.pages.length - 1) break;
    }
    assert.deepEqual(seen, ['profile', ...CONTENT.dimensions], 'every page was checked');
    await w.assertClean();
  });
}

test('profile page: three single-choice groups named by their legends, each option labelled and described by its hint', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  await check.start();
  await check.waitForHeading(TEXTS.profile.title);
  assert.equal((await w.page.locator('.nc-page .nc-lead').innerText()).trim(), TEXTS.profile.intro, 'the lead');
  assert.deepEqual(await check.shownQuestions(), PROFILE_FIELDS);
  for (const field of PROFILE_FIELDS) {
    const group = check.question(field);
    assert.equal(await group.count(), 1, `one group named "${TEXTS.profile[field].legend}"`);
    const radios = await group.getByRole('radio').evaluateAll((inputs) =>
      inputs.map((input) => ({
        id: input.id,
        name: input.name,
        value: input.value,
        label: input.labels[0]?.innerText.trim(),
        description: (input.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .filter(Boolean)
          .map((id) => document.getElementById(id)?.innerText.trim()),
      })),
    );
    assert.deepEqual(
      radios,
      profileOptions(field).map((key) => {
        const option = TEXTS.profile[field].options[key];
        return {
          id: domId(`${field}-${key}`),
          name: domId(field),
          value: key,
          label: option.label,
          description: option.hint ? [option.hint] : [],
        };
      }),
      `the options of "${field}": one radio group, labels and hints from the locale file`,
    );
    for (const key of profileOptions(field))
      assert.equal(await check.radio(field, key).count(), 1, `radio "${key}" found by its accessible name`);
  }
  await w.assertClean();
});

test('"passt nicht zu unserer Situation" is the last option of every statement, visually set apart', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  await check.start();
  await check.answerPage(PERSONAS.cafe);
  await check.next();
  const page = await check.currentPage();
  for (const id of page.questions) {
    const layout = await check.question(id).evaluate((fieldset) => {
      const label = (input) => input.labels[0];
      const inputs = [...fieldset.querySelectorAll('input[type=radio]')];
      const na = inputs.find((i) => i.value === 'not_applicable');
      const scale = fieldset.querySelector('.nc-options--scale').getBoundingClientRect();
      const sep = fieldset.querySelector('.nc-options-sep');
      const rect = label(na).getBoundingClientRect();
      return {
        values: inputs.map((i) => i.value),
        labels: inputs.map((i) => label(i).innerText.trim()),
        inAside: !!na.closest('.nc-options--aside'),
        sepBefore: !!sep && !!(sep.compareDocumentPosition(na) & Node.DOCUMENT_POSITION_FOLLOWING),
        belowScale: rect.top >= scale.bottom,
        colour: getComputedStyle(label(na)).color,
        scaleColour: getComputedStyle(label(inputs[0])).color,
      };
    });
    assert.deepEqual(layout.values, OPTION_KEYS, `${id}: the options in order`);
    assert.deepEqual(layout.labels, OPTION_KEYS.map(optionLabel), `${id}: the labels`);
    assert.equal(layout.labels.at(-1), 'passt nicht zu unserer Situation');
    assert.ok(layout.inAside && layout.sepBefore, `${id}: after the separator, apart from the scale`);
    assert.ok(layout.belowScale, `${id}: below the scale`);
    assert.notEqual(layout.colour, layout.scaleColour, `${id}: in its own colour`);
  }
  await w.assertClean();
});

test('regression (320px): the result page must not scroll sideways on a phone', async () => {
  // Regression guard (found by this suite, since fixed): the score table was ~446px wide and
  // pushed the page to scroll sideways at 320px (WCAG 1.4.10 Reflow).
  const w = await openWidget({ viewport: { width: 320, height: 640 } });
  const check = new CheckPage(w.page);
  await walk(check, PERSONAS.ideaFounder); // "nicht bewertet" and 7 rows
  await assertResultMatchesModel(check, PERSONAS.ideaFounder);
  const table = await w.page.locator('.nc-table').evaluate((t) => Math.round(t.getBoundingClientRect().right));
  const clientWidth = await w.page.evaluate(() => document.documentElement.clientWidth);
  assert.ok(table <= clientWidth, `the score table ends at ${table}px of ${clientWidth}px`);
  await assertNoHorizontalScroll(w.page, 'the result page at 320px');
  await assertChartFits(w.page);
  await w.assertClean();
});

/** Every chart label lies inside the chart, and an area's value does not overlap its title. */
async function assertChartFits(page) {
  const problems = await page.locator('svg.nc-chart').evaluate((svg) => {
    const width = svg.viewBox.baseVal.width;
    const out = [];
    for (const g of svg.querySelectorAll('g')) {
      const [title, value] = [...g.querySelectorAll('text')].map((t) => ({ text: t.textContent, box: t.getBBox() }));
      for (const t of [title, value]) {
        const [left, right] = [Math.round(t.box.x), Math.round(t.box.x + t.box.width)];
        if (left < 0 || right > width) out.push(`"${t.text}" spans ${left}..${right} of ${width}`);
      }
      if (Math.round(title.box.x + title.box.width) > Math.round(value.box.x))
        out.push(`"${title.text}" overlaps its value "${value.text}"`);
    }
    return out;
  });
  assert.deepEqual(problems, [], 'chart labels clipped or overlapping');
}

test('regression (chart): every chart label must fit inside the chart', async () => {
  // Regression guard (found by this suite, since fixed): "keine Angabe" was cut off by the
  // SVG's overflow:hidden at every width.
  const w = await openWidget();
  const check = new CheckPage(w.page);
  await walk(check, PERSONAS.dontKnow);
  await assertChartFits(w.page);
  const labels = await w.page.locator('svg.nc-chart text[text-anchor=end]').allTextContents();
  assert.deepEqual(labels, CONTENT.dimensions.map(() => UI.no_score), '"keine Angabe" for every area');
  await w.assertClean();
});
