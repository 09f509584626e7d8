// Page object of the Netzwerk-Check widget and the persona answer sets the flow tests use.
//
// Everything the tests know about the questionnaire comes from the shipped content and locale
// files (ids, order, which statements a profile is shown, reverse-coded statements, texts), so a
// content change cannot silently make a persona mean something else. The verdict a persona
// should get is never hard-coded here: the tests ask the native model
// (`cargo run --example assess`) for it, and only check that the persona is what it claims.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const json = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

export const CONTENT = json('content/questionnaire.json');
export const TEXTS = json('locales/de/questionnaire.json');
export const UI = json('locales/de/ui.json');
/** localStorage key of the store (format version 2: the draft, the history, deletion marks). */
export const STORAGE_KEY = 'netzwerk-check.data';
/** Where version 1 kept its session: read once to migrate, never written. */
export const LEGACY_KEY = 'netzwerk-check.session';
/** Version 1's backup of an unreadable session (never written now). */
export const LEGACY_BACKUP_KEY = 'netzwerk-check.session.unreadable';
/** The first backup slot (unreadable stored data is kept here, never overwritten). */
export const BACKUP_KEY = 'netzwerk-check.backup.1';
/** Every key the widget may use in localStorage (docs/STORAGE.md), besides the write probe. */
export const ALL_KEYS = [
  STORAGE_KEY,
  LEGACY_KEY,
  LEGACY_BACKUP_KEY,
  'netzwerk-check.backup.1',
  'netzwerk-check.backup.2',
  'netzwerk-check.backup.3',
];

/**
 * A DOM id of the widget: ids are per widget instance (`nc<N>-<name>`), the first widget on a
 * page is instance 1. Tests prefer role-based locators; this is for ids a test must name
 * (focus targets, link hrefs, radio ids).
 */
export const domId = (name, instance = 1) => `nc${instance}-${name}`;
/** The name of a DOM id without its instance prefix (`nc1-q-mot_personal` → `q-mot_personal`). */
export const idName = (id) => id.replace(/^nc\d+-/, '');

/** Answer keys of a statement in the order the radios appear in each fieldset. */
export const OPTION_KEYS = ['1', '2', '3', '4', '5', 'dont_know', 'not_applicable'];
/** The profile questions in page order (their keys are also their answer keys). */
export const PROFILE_FIELDS = Object.freeze(['kind', 'stage', 'scope']);
export const isProfileField = (id) => PROFILE_FIELDS.includes(id);
/** Option keys of a profile question in display order (the locale file's order). */
export const profileOptions = (field) => Object.keys(TEXTS.profile[field].options);
/** Option keys of any question (a statement id or a profile field), in display order. */
export const optionKeys = (id) => (isProfileField(id) ? profileOptions(id) : OPTION_KEYS);

/** German radio label of an answer key ("trifft voll zu", "weiß nicht", ...). */
export const optionLabel = (key) => TEXTS.options[key];
/** Label of a radio of question `id` (a statement or a profile field). */
export const radioLabel = (id, key) =>
  isProfileField(id) ? TEXTS.profile[id].options[key].label : optionLabel(key);
/** Accessible name of a question's radio group: the statement or the profile legend. */
export const questionText = (id) => (isProfileField(id) ? TEXTS.profile[id].legend : TEXTS.questions[id].text);
export const verdictTitle = (key) => TEXTS.verdicts[key];
export const dimensionTitle = (dimension) => TEXTS.dimensions[dimension].title;
export const fill = (template, values) =>
  template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));

export const STATEMENTS = CONTENT.questions;
export const STATEMENT_IDS = STATEMENTS.map((q) => q.id);
export const statement = (id) => STATEMENTS.find((q) => q.id === id);

// ---------------------------------------------------------------------------------------------
// Pages for a profile (the rule of content/questionnaire.json: "kinds" / "stages" / "scopes"
// lists restrict a statement; a missing profile answer restricts nothing)
// ---------------------------------------------------------------------------------------------

const allows = (list, value) => !list || list.length === 0 || value == null || list.includes(value);

/** Whether statement `q` (from the content file) is shown for `profile`. */
export function shownFor(q, profile = {}) {
  return allows(q.kinds, profile.kind) && allows(q.stages, profile.stage) && allows(q.scopes, profile.scope);
}

/** Statement ids shown for `profile`, in asking order. */
export function shownIds(profile = {}) {
  return STATEMENTS.filter((q) => shownFor(q, profile)).map((q) => q.id);
}

/**
 * The pages in order for `profile`: the profile page, then one per area with a shown
 * statement: { index, dimension (null on the profile page), title, questions: [id, ...] }.
 */
export function pagesFor(profile = {}) {
  const pages = [{ index: 0, dimension: null, title: TEXTS.profile.title, questions: [...PROFILE_FIELDS] }];
  for (const dimension of CONTENT.dimensions) {
    const questions = STATEMENTS.filter((q) => q.dimension === dimension && shownFor(q, profile)).map((q) => q.id);
    if (questions.length) pages.push({ index: pages.length, dimension, title: dimensionTitle(dimension), questions });
  }
  return pages;
}

/** Questions counted by the progress for `profile`: the profile questions plus shown statements. */
export const totalFor = (profile = {}) => PROFILE_FIELDS.length + shownIds(profile).length;

/** "Frage N" of a statement in the error summary: its position among the statements shown. */
export const questionNumber = (id, profile) => shownIds(profile).indexOf(id) + 1;

// ---------------------------------------------------------------------------------------------
// Personas
// ---------------------------------------------------------------------------------------------

/**
 * A persona: a profile plus an answer to every statement shown for it, built from the content
 * file. `levels` gives each area the level its *score* should have ('high' | 'mid' | 'low'; for
 * ambition and pace a high score means more demand on the network). Reverse-coded statements
 * (direction "lowers") get the opposite end of the scale, weight-2 statements the outer values
 * (1/5) and weight-1 ones the inner (2/4), so scores are not just 0 and 100. `answers` overrides
 * single statements (each must be shown for the profile).
 */
export function persona({ profile, levels, answers: overrides = {}, claim }) {
  for (const field of PROFILE_FIELDS) assert.ok(profileOptions(field).includes(profile[field]), `${field}`);
  const shown = shownIds(profile);
  const answers = {};
  for (const id of shown) {
    const q = statement(id);
    const level = levels[q.dimension] ?? 'mid';
    if (level === 'mid') {
      answers[id] = '3';
      continue;
    }
    const agree = q.weight >= 2 ? '5' : '4';
    const disagree = q.weight >= 2 ? '1' : '2';
    answers[id] = (level === 'high') === (q.direction === 'raises') ? agree : disagree;
  }
  for (const [id, key] of Object.entries(overrides)) {
    assert.ok(shown.includes(id), `override ${id} is shown for ${JSON.stringify(profile)}`);
    assert.ok(OPTION_KEYS.includes(key), `answer key ${key}`);
    answers[id] = key;
  }
  return Object.freeze({ profile: Object.freeze({ ...profile }), answers: Object.freeze(answers), claim });
}

/** Every shown statement of `profile` answered with `key`. */
export function uniform(profile, key, claim) {
  return Object.freeze({
    profile: Object.freeze({ ...profile }),
    answers: Object.freeze(Object.fromEntries(shownIds(profile).map((id) => [id, key]))),
    claim,
  });
}

/** The participation statements of the content file (for the "does not fit" persona). */
const PARTICIPATION = STATEMENTS.filter((q) => q.dimension === 'participation').map((q) => q.id);

export const PERSONAS = Object.freeze({
  /**
   * A company's one-off action day, organised well, but the people it is for (self-advocates)
   * are not involved: strained, and the worst finding is participation (pace not high).
   */
  actionDay: persona({
    profile: { kind: 'action', stage: 'working', scope: 'place' },
    levels: {
      motivation: 'high',
      goals: 'high',
      ambition: 'low',
      resources: 'high',
      commitment: 'high',
      pace: 'mid',
      participation: 'low',
    },
    answers: { part_self_advocates: '1' },
    claim: { verdict: 'strained', worst: 'pace_vs_participation', wording: 'alone' },
  }),
  /** The seed's triad: a lasting regional network with big goals, few resources, a fast pace. */
  triad: persona({
    profile: { kind: 'network', stage: 'working', scope: 'region' },
    levels: { ambition: 'high', pace: 'high', resources: 'low', commitment: 'low', motivation: 'mid' },
    claim: { verdict: 'overstretched', worst: 'ambition_resources_pace' },
  }),
  /** A founder alone with an idea and big goals: no commitment page; the idea's next steps. */
  ideaFounder: persona({
    profile: { kind: 'network', stage: 'idea', scope: 'town' },
    levels: { motivation: 'high', goals: 'mid', ambition: 'high', resources: 'low', pace: 'mid', participation: 'mid' },
    answers: { res_alone: '5', res_cocreators: '1' },
    claim: { verdict: 'overstretched', recommendation: 'idea_next_steps', notAsked: ['commitment'] },
  }),
  /** A funded project with an external deadline, well equipped and well connected. */
  fundedProject: persona({
    profile: { kind: 'project', stage: 'working', scope: 'town' },
    levels: {
      motivation: 'high',
      goals: 'high',
      ambition: 'mid',
      resources: 'high',
      commitment: 'high',
      pace: 'mid',
      participation: 'high',
    },
    answers: { pace_external_deadline: '5', res_money: '5' },
    claim: { verdict: 'sustainable' },
  }),
  /**
   * A neighbourhood café's regular open meeting in one place: modest goals, time to spare;
   * also answers "weiß nicht" and "passt nicht zu unserer Situation" now and then.
   */
  cafe: persona({
    profile: { kind: 'recurring', stage: 'partners', scope: 'place' },
    levels: {
      motivation: 'high',
      goals: 'high',
      ambition: 'low',
      resources: 'high',
      commitment: 'high',
      pace: 'low',
      participation: 'high',
    },
    answers: { res_municipality: 'not_applicable', res_company: 'not_applicable', res_external: 'dont_know' },
    claim: { verdict: 'sustainable' },
  }),
  /** Participation does not fit their situation at all: that area is left out, not failed. */
  noParticipation: persona({
    profile: { kind: 'recurring', stage: 'working', scope: 'neighbourhood' },
    levels: { motivation: 'high', goals: 'high', ambition: 'mid', resources: 'mid', commitment: 'high', pace: 'mid' },
    answers: Object.fromEntries(PARTICIPATION.map((id) => [id, 'not_applicable'])),
    claim: { notApplicable: ['participation'] },
  }),
  /** "trifft voll zu" on everything: straight-lining, and the reverse-coded pairs contradict. */
  straightLiner: uniform({ kind: 'project', stage: 'partners', scope: 'neighbourhood' }, '5', {
    straightLining: true,
    contradictions: true,
  }),
  /** "weiß nicht" everywhere. */
  dontKnow: uniform({ kind: 'recurring', stage: 'working', scope: 'town' }, 'dont_know', {
    verdict: 'insufficient_data',
  }),
});

/** Input of the native model for a persona: one flat object, profile keys plus answers. */
export const nativeInput = ({ profile, answers }) => ({ ...profile, ...answers });

// ---------------------------------------------------------------------------------------------
// The native model
// ---------------------------------------------------------------------------------------------

const ASSESS_BIN = `${ROOT}target/debug/examples/assess`;

/** Builds the `assess` example once (call from a before() hook). */
export function buildAssess() {
  execFileSync('cargo', ['build', '-q', '--example', 'assess'], { cwd: ROOT, stdio: 'inherit' });
}

const assessed = new Map();

/**
 * The native model's assessment of one flat object of profile answers and statement answers
 * (verdict, sentence, findings, recommendations, scores, quality, gaps, dropped_relations).
 * Pass a persona ({ profile, answers }) or the flat object itself.
 */
export function assessNatively(input) {
  const flat = input && input.answers && input.profile ? nativeInput(input) : input;
  const key = JSON.stringify(flat);
  if (!assessed.has(key)) {
    const out = execFileSync(ASSESS_BIN, { cwd: ROOT, input: key });
    assessed.set(key, JSON.parse(out.toString('utf8')));
  }
  return structuredClone(assessed.get(key));
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

/**
 * The live widget's root. Until the wasm has mounted, index.html shows the intro pre-rendered
 * at build time (the same markup, in `.nc-prerender`); waiting for this waits for the wasm.
 */
export const LIVE = '.nc-root:not(.nc-prerender > .nc-root)';

/**
 * Waits for the live widget in `page` (a page or a frame). A fresh visitor's page loads the
 * wasm only when the visitor turns to the widget: the pointer goes over it first, as a
 * visitor's would (harmless where it loads at once).
 */
export async function waitLive(page) {
  const live = page.locator(LIVE);
  const pre = page.locator('#netzwerk-check > .nc-prerender');
  if ((await live.count()) === 0 && (await pre.count()) && page.mouse) {
    // No waiting for the pre-render (it may be replaced at any moment): its place now.
    const box = await pre.boundingBox({ timeout: 1000 }).catch(() => null);
    if (box) {
      // From outside it: a pointer already resting there after a reload sends no new event.
      await page.mouse.move(0, 0);
      await page.mouse.move(box.x + 2, box.y + 2);
    }
  }
  await live.waitFor();
}

export class CheckPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
    this.root = page.locator(LIVE);
    this.heading = page.getByRole('heading', { level: 1 });
    /** The notice region above the screen (a polite live region). */
    this.notice = page.locator('.nc-notice-region');
    this.errorSummary = page.locator('.nc-error-summary');
    this.verdictBox = page.locator('.nc-verdict');
    /** The profile the check is walked with (pages follow it); set by answering the profile page. */
    this.profile = {};
  }

  get pages() {
    return pagesFor(this.profile);
  }

  button(name) {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The question's radio group (fieldset named by its legend). */
  question(id) {
    return this.page.getByRole('group', { name: questionText(id), exact: true });
  }

  radio(id, key) {
    return this.question(id).getByRole('radio', { name: radioLabel(id, key), exact: true });
  }

  // --- reading the screen ----------------------------------------------------------------

  async currentHeading() {
    return (await this.heading.innerText()).trim();
  }

  /** Waits until the h1 reads `title`. */
  async waitForHeading(title) {
    await this.page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  }

  /** The current questionnaire page (from the h1 and this.profile), or undefined off it. */
  async currentPage() {
    const title = await this.currentHeading();
    return this.pages.find((p) => p.title === title);
  }

  /** Ids of the questions (fieldsets) on the screen, in order. */
  async shownQuestions() {
    return this.page
      .locator('fieldset.nc-question')
      .evaluateAll((fs) => fs.map((f) => f.id.replace(/^nc\d+-q-/, '')));
  }

  /** { step: "Schritt 3 von 8", answered: "13 von 47 Fragen beantwortet" }. */
  async progressText() {
    const progress = this.page.locator('.nc-progress');
    return {
      step: (await progress.locator('.nc-step').innerText()).trim(),
      answered: (await progress.locator(`#${domId('answered')}`).innerText()).trim(),
    };
  }

  /** The progress texts expected on page `index` with `answered` questions answered. */
  expectedProgress(index, answered) {
    return {
      step: fill(UI.step_of, { current: index + 1, total: this.pages.length }),
      answered: fill(UI.answered_of, { answered, total: totalFor(this.profile) }),
    };
  }

  /** Waits until the progress reads "<n> von <total for the profile> Fragen beantwortet". */
  async waitForAnswered(n) {
    const want = fill(UI.answered_of, { answered: n, total: totalFor(this.profile) });
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
        type: e?.getAttribute('type') ?? '',
        checked: e?.checked ?? null,
        label: (e?.labels?.[0]?.innerText ?? '').trim(),
        entry: e?.closest?.('[data-entry]')?.dataset.entry ?? null,
      };
    });
  }

  /** Waits until the h1 has focus (after in-widget navigation). */
  async waitForHeadingFocus(title) {
    await eventually(async () => {
      const f = await this.focused();
      assert.equal(f.id, domId('page-heading'), `focus on the h1 "${title}" (focus is on ${JSON.stringify(f)})`);
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

  /** Findings in order: [{ relation, wording }]. */
  async findings() {
    return this.page.locator('li.nc-finding[data-relation]').evaluateAll((lis) =>
      lis.map((li) => ({ relation: li.getAttribute('data-relation'), wording: li.getAttribute('data-wording') })),
    );
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

  /**
   * The parsed store under STORAGE_KEY (format v2: { schema, draft: { started_at, profile,
   * answers }, screen, history: [entry, ...], deleted: [id, ...] }), or null when nothing is
   * stored.
   */
  async storedSession() {
    const raw = await this.storedRaw(STORAGE_KEY);
    return raw === null ? null : JSON.parse(raw);
  }

  /** The check in progress as stored ({ profile, answers, started_at? }), or null. */
  async storedDraft() {
    return (await this.storedSession())?.draft ?? null;
  }

  /** The stored history (newest first), [] when nothing is stored. */
  async storedHistory() {
    return (await this.storedSession())?.history ?? [];
  }

  /** The raw localStorage value under `key` (null when absent). */
  async storedRaw(key) {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }

  /** Texts of the notices shown above the screen, by kind: [[data-notice, text], ...]. */
  async notices() {
    return this.notice
      .locator('.nc-notice[data-notice]')
      .evaluateAll((ns) => ns.map((n) => [n.dataset.notice, n.querySelector('p').innerText.trim()]));
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
    await this.question(id).getByText(radioLabel(id, key), { exact: true }).click();
    await eventually(async () => assert.equal(await this.checkedKey(id), key, `answer of ${id}`));
    if (isProfileField(id)) this.profile = { ...this.profile, [id]: key };
  }

  /**
   * Answers every question of the current page from `persona` ({ profile, answers }); first
   * checks that the page shows exactly the questions the content file gives this profile.
   */
  async answerPage(persona, { keyboard = false } = {}) {
    const page = await this.currentPage();
    assert.ok(page, `on a questionnaire page (h1: ${await this.currentHeading()})`);
    if (page.index === 0) {
      assert.deepEqual(await this.shownQuestions(), PROFILE_FIELDS, 'the profile page asks kind, stage, scope');
      for (const field of PROFILE_FIELDS) {
        if (keyboard) await this.keyAnswer(field, persona.profile[field]);
        else await this.answer(field, persona.profile[field]);
      }
    } else {
      const expected = pagesFor(persona.profile)[page.index];
      assert.deepEqual(await this.shownQuestions(), expected.questions, `the statements on "${page.title}"`);
      for (const id of page.questions) {
        if (keyboard) await this.keyAnswer(id, persona.answers[id]);
        else await this.answer(id, persona.answers[id]);
      }
    }
    return page;
  }

  /** "Weiter" (or "Ergebnis anzeigen" on the last page); waits for the next screen's h1. */
  async next() {
    const page = await this.currentPage();
    assert.ok(page, 'on a questionnaire page');
    const pages = this.pages;
    const last = page.index === pages.length - 1;
    await this.button(last ? UI.to_result : UI.next).click();
    await this.waitForHeading(last ? UI.result_heading : pages[page.index + 1].title);
  }

  /** "Zurück"; waits for the previous page (or the intro). */
  async back() {
    const page = await this.currentPage();
    assert.ok(page, 'on a questionnaire page');
    await this.button(UI.back).click();
    await this.waitForHeading(page.index === 0 ? UI.intro_heading : this.pages[page.index - 1].title);
  }

  /** From the intro (or any page), answers every remaining page from `persona` and shows the result. */
  async completeWith(persona) {
    if (await this.page.locator('.nc-intro').isVisible()) await this.start();
    for (;;) {
      const page = await this.answerPage(persona);
      await this.next();
      if (page.index === this.pages.length - 1) break;
    }
    await this.verdictBox.waitFor();
  }

  // --- acting with the keyboard ----------------------------------------------------------

  /** Moves focus into the radio group of question `id` with Tab or Shift+Tab. */
  async tabIntoQuestion(id) {
    const name = domId(id);
    const where = await this.page.evaluate((fieldsetId) => {
      const fieldset = document.getElementById(fieldsetId);
      const active = document.activeElement;
      if (!fieldset) return 'missing';
      if (fieldset.contains(active)) return 'here';
      // Is the focus before (→ Tab) or after (→ Shift+Tab) the fieldset?
      const pos = fieldset.compareDocumentPosition(active);
      return pos & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    }, domId(`q-${id}`));
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
    const keys = optionKeys(id);
    const n = keys.length;
    const target = keys.indexOf(key);
    assert.ok(target >= 0, `answer key ${key} of ${id}`);
    await this.tabIntoQuestion(id);
    for (let guard = 0; guard < 20; guard++) {
      const f = await this.focused();
      const pos = keys.indexOf(f.value);
      if (pos === target) break;
      const forward = (target - pos + n) % n <= (pos - target + n) % n;
      await this.page.keyboard.press(forward ? 'ArrowRight' : 'ArrowLeft');
      await this.#stayInGroup(id, forward ? 'ArrowRight' : 'ArrowLeft');
    }
    await this.page.keyboard.press('Space');
    await eventually(async () => assert.equal(await this.checkedKey(id), key, `answer of ${id}`));
    await this.#stayInGroup(id, 'Space');
    if (isProfileField(id)) this.profile = { ...this.profile, [id]: key };
  }

  async #stayInGroup(id, key) {
    const f = await this.focused();
    if (f.name === domId(id)) return;
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
    await this.moveFocusTo((f) => f.tag === 'button' && f.text === name, { move, what: `the button "${name}"` });
    await this.page.keyboard.press('Enter');
  }

  /**
   * Presses `move` (Tab or Shift+Tab) until the focused element (as `focused()` describes it)
   * matches `match`; fails after 80 presses. Returns the focused element's description.
   */
  async moveFocusTo(match, { move = 'Tab', what = 'the element' } = {}) {
    for (let i = 0; i < 80; i++) {
      const f = await this.focused();
      if (match(f)) return f;
      await this.page.keyboard.press(move);
    }
    assert.fail(`${move} did not reach ${what} (focus: ${JSON.stringify(await this.focused())})`);
  }
}
