// Page object of the Netzwerk-Check widget and the persona answer sets the flow tests use.
//
// Everything the tests know about the questionnaire comes from the shipped content and locale
// files (ids, order, reverse-coded questions, texts), so a content change cannot silently make
// a persona mean something else. The verdict a persona should get is never hard-coded here: the
// tests ask the native model (`cargo run --example assess`) for it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const json = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

export const CONTENT = json('content/questionnaire.json');
export const TEXTS = json('locales/de/questionnaire.json');
export const UI = json('locales/de/ui.json');
export const STORAGE_KEY = 'netzwerk-check.session';
export const BACKUP_KEY = 'netzwerk-check.session.unreadable';

/** Answer keys in the order the radios appear in each fieldset. */
export const OPTION_KEYS = ['1', '2', '3', '4', '5', 'dont_know', 'not_applicable'];
/** German radio label of an answer key ("trifft voll zu", "weiß nicht", ...). */
export const optionLabel = (key) => TEXTS.options[key];
export const questionText = (id) => TEXTS.questions[id].text;
export const verdictTitle = (key) => TEXTS.verdicts[key].title;

/** The pages in order: { index, dimension, title, questions: [id, ...] }. */
export const PAGES = CONTENT.dimensions.map((dimension, index) => ({
  index,
  dimension,
  title: TEXTS.dimensions[dimension].title,
  questions: CONTENT.questions.filter((q) => q.dimension === dimension).map((q) => q.id),
}));
export const QUESTION_IDS = PAGES.flatMap((p) => p.questions);
export const TOTAL = QUESTION_IDS.length;
export const pageOfQuestion = (id) => PAGES.find((p) => p.questions.includes(id));

// ---------------------------------------------------------------------------------------------
// Personas
// ---------------------------------------------------------------------------------------------

/** Dimensions where a high score means "more demand on the network" (see scores_intro). */
const DEMAND = new Set(['ambition', 'pace']);

/**
 * Builds answers from the content file: `demand` ('high' | 'low') for ambition and pace,
 * `capacity` ('high' | 'low') for motivation, goals, resources and commitment. Reverse-coded
 * questions (direction "lowers") get the opposite end of the scale, weight-2 questions the
 * outer values (1/5) and weight-1 ones the inner (2/4), so scores are not just 0 and 100.
 */
export function persona({ demand, capacity }) {
  const answers = {};
  for (const q of CONTENT.questions) {
    const wantHigh = DEMAND.has(q.dimension) ? demand === 'high' : capacity === 'high';
    const agree = q.weight >= 2 ? '5' : '4';
    const disagree = q.weight >= 2 ? '1' : '2';
    answers[q.id] = wantHigh === (q.direction === 'raises') ? agree : disagree;
  }
  return answers;
}

export const PERSONAS = Object.freeze({
  /** Big goals, fast pace; little motivation clarity, few resources, little commitment. */
  overstretched: Object.freeze(persona({ demand: 'high', capacity: 'low' })),
  /** Modest goals, time to spare, well equipped; also uses "trifft nicht zu" and "weiß nicht". */
  sustainable: Object.freeze({
    ...persona({ demand: 'low', capacity: 'high' }),
    res_companies: 'not_applicable',
    res_external: 'dont_know',
  }),
  /** "weiß nicht" everywhere. */
  dontKnow: Object.freeze(Object.fromEntries(QUESTION_IDS.map((id) => [id, 'dont_know']))),
});

// ---------------------------------------------------------------------------------------------
// The native model
// ---------------------------------------------------------------------------------------------

const ASSESS_BIN = `${ROOT}target/debug/examples/assess`;

/** Builds the `assess` example once (call from a before() hook). */
export function buildAssess() {
  execFileSync('cargo', ['build', '-q', '--example', 'assess'], { cwd: ROOT, stdio: 'inherit' });
}

/** The native model's assessment of `answers` (verdict, findings, recommendations, scores). */
export function assessNatively(answers) {
  const out = execFileSync(ASSESS_BIN, { cwd: ROOT, input: JSON.stringify(answers) });
  return JSON.parse(out.toString('utf8'));
}

// ---------------------------------------------------------------------------------------------
// Waiting without sleeps
// ---------------------------------------------------------------------------------------------

/** Retries `check` (which throws while not yet true) until it passes or `timeout` ms elapse. */
export async function eventually(check, { timeout = 5000, interval = 25 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((ok) => setTimeout(ok, interval));
    }
  }
}

/** Arms console / page-error guards on an extra page of a harness context (e.g. a new tab). */
export function guardPage(w, page) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') w.problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => w.problems.push(`uncaught page error: ${err.message}`));
  return page;
}

// ---------------------------------------------------------------------------------------------
// The page object
// ---------------------------------------------------------------------------------------------

export class CheckPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
    this.root = page.locator('.nc-root');
    this.heading = page.getByRole('heading', { level: 1 });
    this.notice = page.getByRole('status');
    this.errorSummary = page.locator('.nc-error-summary');
    this.verdictBox = page.locator('.nc-verdict');
  }

  button(name) {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The question's radio group (fieldset named by its legend). */
  question(id) {
    return this.page.getByRole('group', { name: questionText(id), exact: true });
  }

  radio(id, key) {
    return this.question(id).getByRole('radio', { name: optionLabel(key), exact: true });
  }

  // --- reading the screen ----------------------------------------------------------------

  async currentHeading() {
    return (await this.heading.innerText()).trim();
  }

  /** Waits until the h1 reads `title`. */
  async waitForHeading(title) {
    await this.page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  }

  /** The current questionnaire page (from the h1), or undefined off the questionnaire. */
  async currentPage() {
    const title = await this.currentHeading();
    return PAGES.find((p) => p.title === title);
  }

  /** { step: "Schritt 3 von 6", answered: "13 von 39 Fragen beantwortet" }. */
  async progressText() {
    const progress = this.page.locator('.nc-progress');
    return {
      step: (await progress.locator('.nc-step').innerText()).trim(),
      answered: (await progress.locator('#nc-answered').innerText()).trim(),
    };
  }

  /** Waits until the progress reads "<n> von 39 Fragen beantwortet". */
  async waitForAnswered(n) {
    const want = `${n} von ${TOTAL} Fragen beantwortet`;
    await eventually(async () => assert.equal((await this.progressText()).answered, want));
  }

  /** The checked answer key of a question, or null. */
  async checkedKey(id) {
    return this.question(id).evaluate((fieldset) => fieldset.querySelector('input:checked')?.value ?? null);
  }

  /** Id and tag of the focused element, for assertions. */
  async focused() {
    return this.page.evaluate(() => {
      const e = document.activeElement;
      return {
        tag: e?.tagName.toLowerCase(),
        id: e?.id ?? '',
        name: e?.getAttribute('name') ?? '',
        value: e?.value ?? '',
        text: (e?.innerText ?? '').trim().slice(0, 80),
      };
    });
  }

  /** Waits until the h1 has focus (after in-widget navigation). */
  async waitForHeadingFocus(title) {
    await eventually(async () => {
      const f = await this.focused();
      assert.equal(f.id, 'nc-page-heading', `focus on the h1 "${title}" (focus is on ${JSON.stringify(f)})`);
      if (title) assert.equal(await this.currentHeading(), title);
    });
  }

  /** data-verdict of the result page. */
  async verdict() {
    await this.verdictBox.waitFor();
    return this.verdictBox.getAttribute('data-verdict');
  }

  async verdictText() {
    return (await this.verdictBox.locator('.nc-verdict-title').innerText()).replace(/\s+/g, ' ').trim();
  }

  async recommendationIds() {
    return this.page
      .locator('li[data-recommendation]')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-recommendation')));
  }

  async findingRelations() {
    return this.page
      .locator('li.nc-finding[data-relation]')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-relation')));
  }

  /** Table rows in order: [{ dimension, score, answered }], score as shown ("42" / "keine Angabe"). */
  async tableScores() {
    return this.page.locator('.nc-table tr[data-dimension]').evaluateAll((rows) =>
      rows.map((tr) => {
        const cells = tr.querySelectorAll('td');
        return {
          dimension: tr.getAttribute('data-dimension'),
          score: cells[0].querySelector('.nc-score').textContent.trim(),
          answered: cells[1].textContent.trim(),
        };
      }),
    );
  }

  async storedSession() {
    const raw = await this.page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
    return raw === null ? null : JSON.parse(raw);
  }

  // --- acting with the mouse -------------------------------------------------------------

  /** Intro → first open page ("Check starten" or "Weitermachen"). */
  async start() {
    const button = this.page.getByRole('button', { name: new RegExp(`^(${UI.start}|${UI.resume})$`) });
    await button.click();
    await this.page.locator('.nc-page').waitFor();
  }

  /** Answers by clicking the option's label text (as a mouse user does). */
  async answer(id, key) {
    await this.question(id).getByText(optionLabel(key), { exact: true }).click();
    await eventually(async () => assert.equal(await this.checkedKey(id), key, `answer of ${id}`));
  }

  /** Answers every question of the current page with `pick(id)` (a function or an answers object). */
  async answerPage(pick) {
    const page = await this.currentPage();
    assert.ok(page, 'on a questionnaire page');
    const choose = typeof pick === 'function' ? pick : (id) => pick[id];
    for (const id of page.questions) await this.answer(id, choose(id));
    return page;
  }

  /** "Weiter" (or "Ergebnis anzeigen" on the last page); waits for the next screen's h1. */
  async next() {
    const page = await this.currentPage();
    assert.ok(page, 'on a questionnaire page');
    const last = page.index === PAGES.length - 1;
    await this.button(last ? UI.to_result : UI.next).click();
    await this.waitForHeading(last ? UI.result_heading : PAGES[page.index + 1].title);
  }

  /** "Zurück"; waits for the previous page (or the intro). */
  async back() {
    const page = await this.currentPage();
    assert.ok(page, 'on a questionnaire page');
    await this.button(UI.back).click();
    await this.waitForHeading(page.index === 0 ? UI.intro_heading : PAGES[page.index - 1].title);
  }

  /** From the intro (or any page), answers every remaining page with `answers` and shows the result. */
  async completeWith(answers) {
    if (await this.page.locator('.nc-intro').isVisible()) await this.start();
    for (;;) {
      const page = await this.answerPage(answers);
      await this.next();
      if (page.index === PAGES.length - 1) break;
    }
    await this.verdictBox.waitFor();
  }

  // --- acting with the keyboard ----------------------------------------------------------

  /** Moves focus into the radio group of question `id` with Tab or Shift+Tab. */
  async tabIntoQuestion(id) {
    const name = `nc-${id}`;
    const where = await this.page.evaluate((qid) => {
      const fieldset = document.getElementById(`nc-q-${qid}`);
      const active = document.activeElement;
      if (!fieldset) return 'missing';
      if (fieldset.contains(active)) return 'here';
      // Is the focus before (→ Tab) or after (→ Shift+Tab) the fieldset?
      const pos = fieldset.compareDocumentPosition(active);
      return pos & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    }, id);
    assert.notEqual(where, 'missing', `question ${id} is on the page`);
    if (where === 'here') return;
    const key = where === 'after' ? 'Shift+Tab' : 'Tab';
    for (let i = 0; i < 60; i++) {
      await this.page.keyboard.press(key);
      const f = await this.focused();
      if (f.name === name) return;
    }
    assert.fail(`${key} did not reach question ${id} (focus: ${JSON.stringify(await this.focused())})`);
  }

  /**
   * Answers with the keyboard only: Tab/Shift+Tab into the group, arrow keys (the shorter way
   * round) to the option, Space to select. Records in `this.focusLosses` every time focus left the
   * radio group because of an answer (an app bug), and then tabs back in to carry on.
   */
  async keyAnswer(id, key) {
    this.focusLosses ??= [];
    const target = OPTION_KEYS.indexOf(key);
    assert.ok(target >= 0, `answer key ${key}`);
    await this.tabIntoQuestion(id);
    for (let guard = 0; guard < 20; guard++) {
      const f = await this.focused();
      const pos = OPTION_KEYS.indexOf(f.value);
      if (pos === target) break;
      const forward = (target - pos + 7) % 7 <= (pos - target + 7) % 7;
      await this.page.keyboard.press(forward ? 'ArrowRight' : 'ArrowLeft');
      await this.#stayInGroup(id, forward ? 'ArrowRight' : 'ArrowLeft');
    }
    await this.page.keyboard.press('Space');
    await eventually(async () => assert.equal(await this.checkedKey(id), key, `answer of ${id}`));
    await this.#stayInGroup(id, 'Space');
  }

  async #stayInGroup(id, key) {
    const f = await this.focused();
    if (f.name === `nc-${id}`) return;
    this.focusLosses.push(`${id}: after ${key} focus moved to ${f.tag}#${f.id}`);
    await this.tabIntoQuestion(id);
  }

  /** Tabs to the button named `name` and presses Enter. */
  async keyPressButton(name) {
    await this.moveToButtonAndPress(name, 'Tab');
  }

  /** Shift+Tabs to the button named `name` and presses Enter. */
  async keyPressButtonBackwards(name) {
    await this.moveToButtonAndPress(name, 'Shift+Tab');
  }

  /** Presses `move` (Tab or Shift+Tab) until the button named `name` has focus, then Enter. */
  async moveToButtonAndPress(name, move) {
    for (let i = 0; i < 80; i++) {
      const f = await this.focused();
      if (f.tag === 'button' && f.text === name) {
        await this.page.keyboard.press('Enter');
        return;
      }
      await this.page.keyboard.press(move);
    }
    assert.fail(`${move} did not reach the button "${name}"`);
  }

  /** Keyboard-only: answers the current page from `answers`. */
  async keyAnswerPage(answers) {
    const page = await this.currentPage();
    assert.ok(page, 'on a questionnaire page');
    for (const id of page.questions) await this.keyAnswer(id, answers[id]);
    return page;
  }
}
