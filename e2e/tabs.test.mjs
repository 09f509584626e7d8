// Two tabs of the widget in one browser (same origin, one localStorage): every change is
// read-modify-write and the `storage` event shows the other tab's changes at once, so nothing
// either tab did is lost and nothing one tab removed comes back through the other
// (docs/STORAGE.md, "Saving and other tabs").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, teardown, openWidget } from './support/harness.mjs';
import { assertAccessibleAtBothWidths } from './support/assertions.mjs';
import {
  OPTION_KEYS,
  PERSONAS,
  PROFILE_FIELDS,
  STORAGE_KEY,
  UI,
  eventually,
  pagesFor,
} from './support/check-page.mjs';
import { Tab, addTab, fixture, seed, seeded, stored, waitForStoredAnswers } from './support/faults.mjs';

before(setup);
after(teardown);

const CHANGED = ['changed-elsewhere', UI.changed_elsewhere];

/** Waits until `check` shows `key` checked for question `id` (without a reload). */
async function shows(check, id, key, what = `the other tab shows ${id}=${key}`) {
  await eventually(async () => assert.equal(await check.checkedKey(id), key, what));
}

/** Waits until the notices of `check` include the "changed in another window" notice. */
async function toldChangedElsewhere(check, what) {
  await eventually(async () => assert.ok((await check.notices()).some((n) => n[0] === CHANGED[0]), what));
  assert.deepEqual(
    (await check.notices()).find((n) => n[0] === CHANGED[0]),
    CHANGED,
    'the notice says what happened',
  );
  if (!axedChanged) {
    axedChanged = true;
    await check.page.bringToFront();
    await assertAccessibleAtBothWidths(check.page, 'the "changed elsewhere" notice');
  }
}

/** Whether axe checked a page with the "changed elsewhere" notice yet (once per run). */
let axedChanged = false;

/** Opens tab A (fresh context) and tab B (same context), both on the profile page. */
async function twoTabsOnProfilePage() {
  const w = await openWidget();
  const a = new Tab(w.page);
  const { check: b } = await addTab(w);
  await a.start();
  await b.start();
  return { w, a, b };
}

/** The profile answered alternately (A, B, A), each tab seeing the other's answer; both then on page 1. */
async function alternateProfile(a, b, profile, given) {
  for (const [i, field] of PROFILE_FIELDS.entries()) {
    const [me, other] = i % 2 ? [b, a] : [a, b];
    await me.answer(field, profile[field]);
    given[field] = profile[field];
    await shows(other, field, profile[field]);
  }
  a.profile = b.profile = { ...profile };
  await a.next();
  await b.next();
}

test('two tabs answer one check alternately, each seeing the other at once; completed in A it holds every answer; B then does not bring the old draft back', async () => {
  const { w, a, b } = await twoTabsOnProfilePage();
  const persona = PERSONAS.fundedProject;
  const pages = pagesFor(persona.profile);
  const given = {};
  await alternateProfile(a, b, persona.profile, given);

  let turn = 0;
  for (const page of pages.slice(1)) {
    for (const id of page.questions) {
      const [me, other] = turn++ % 2 ? [b, a] : [a, b];
      await me.answer(id, persona.answers[id]);
      given[id] = persona.answers[id];
      await shows(other, id, persona.answers[id]);
    }
    // Stored after every answer, whichever tab gave it.
    await waitForStoredAnswers(a.page, given, `stored after page "${page.title}"`);
    if (page.index < pages.length - 1) {
      await a.next();
      await b.next();
    }
  }
  assert.equal(Object.keys(given).length, PROFILE_FIELDS.length + Object.keys(persona.answers).length);

  // A completes: the entry has every answer given in either tab.
  await a.next();
  let s = await stored(a.page);
  assert.equal(s.history.length, 1, 'one entry');
  assert.deepEqual(s.history[0].profile, persona.profile, "the entry's profile");
  assert.deepEqual(s.history[0].answers, persona.answers, "the entry's answers: every one given in A or in B");
  assert.deepEqual(s.draft.answers, {}, 'the draft is emptied');

  // B, still on the last page, shows the change without a reload and says why.
  await toldChangedElsewhere(b, 'B is told the check was completed elsewhere');
  const last = pages.at(-1);
  for (const id of last.questions) await shows(b, id, null, `B no longer shows ${id} answered`);

  // B's next click starts a new check: the old draft does not come back.
  const [first] = last.questions;
  await b.answer(first, '2');
  s = await stored(b.page);
  assert.deepEqual(s.draft.answers, { [first]: '2' }, 'only the new answer is in the draft');
  assert.deepEqual(s.draft.profile, {}, 'no profile came back');
  assert.equal(s.history.length, 1, 'the entry is still there, once');
  assert.deepEqual(s.history[0].answers, persona.answers, 'unchanged');
  // A (on the result) sees B's new check on its intro.
  await a.front();
  await a.button(UI.back_to_start).click();
  await a.waitForHeading(UI.intro_heading);
  await a.button(UI.resume).waitFor();
  await w.assertClean();
});

test('"Neu beginnen" in A, then one click in B: A\'s answers are not written back', async () => {
  const { w, a, b } = await twoTabsOnProfilePage();
  const persona = PERSONAS.cafe;
  const given = {};
  await alternateProfile(a, b, persona.profile, given);
  const [q1, q2, q3] = pagesFor(persona.profile)[1].questions;
  await a.answer(q1, '4');
  await shows(b, q1, '4');
  await b.answer(q2, '2');
  await shows(a, q2, '2');
  await waitForStoredAnswers(a.page, { ...given, [q1]: '4', [q2]: '2' });

  // A goes back to the intro and starts over.
  await a.back();
  await a.back();
  await a.front();
  await a.button(UI.start_over).click();
  await a.button(UI.confirm_yes).click();
  await a.button(UI.start).waitFor();
  assert.deepEqual((await stored(a.page)).draft, { profile: {}, answers: {} }, 'the draft is dropped');

  // B shows it at once (its answers gone, the notice) …
  await toldChangedElsewhere(b, 'B is told the check was restarted elsewhere');
  await shows(b, q1, null);
  await shows(b, q2, null);
  // … and its next click writes only itself.
  await b.answer(q3, '5');
  const s = await stored(b.page);
  assert.deepEqual(s.draft.answers, { [q3]: '5' }, "A's answers are not written back");
  assert.deepEqual(s.draft.profile, {}, "A's profile is not written back");
  await w.assertClean();
});

test('an entry deleted in A, and then everything, stays deleted while B keeps working; B shows it at once', async () => {
  const w = await openWidget();
  const a = new Tab(w.page);
  await seed(w.page, { [STORAGE_KEY]: fixture('store_v2/clean.json') });
  const { check: b } = await addTab(w);
  const start = await stored(a.page);
  const [latest, older] = start.history.map((e) => e.id);
  const openPage = start.draft.answers;

  // Both start on the latest result (the stored screen). A goes to the history, deletes it.
  await a.waitForHeading(UI.result_heading);
  await b.waitForHeading(UI.result_heading);
  await a.front();
  await a.button(UI.back_to_history).click();
  await a.waitForHeading(UI.history_heading);
  const item = w.page.locator(`li[data-entry="${latest}"]`);
  // Its accessible name is "<title> löschen"; the visible text is "Löschen".
  await item.getByText(UI.entry_delete, { exact: true }).click();
  await item.getByRole('button', { name: UI.delete_yes, exact: true }).click();
  await eventually(async () => assert.equal(await item.count(), 0, 'gone from A'));

  // B's result went away: B shows its history instead, says why, without a reload.
  await b.waitForHeading(UI.history_heading);
  await toldChangedElsewhere(b, 'B is told the entry was deleted elsewhere');
  assert.deepEqual(
    await b.page.locator('li[data-entry]').evaluateAll((lis) => lis.map((li) => li.dataset.entry)),
    [older],
    'B lists only the entry that is left',
  );

  // B keeps working (continues the check in progress): the entry does not come back.
  await b.front();
  await b.button(UI.back_to_start).click();
  await b.waitForHeading(UI.intro_heading);
  await b.button(UI.resume).click();
  await b.page.locator('.nc-page').waitFor();
  let s = await stored(b.page);
  assert.deepEqual(s.history.map((e) => e.id), [older], 'still deleted after B saved');
  assert.ok(s.deleted.includes(latest), 'marked deleted');
  assert.deepEqual(s.draft.answers, openPage, 'the check in progress is kept');

  // B goes to its history; A deletes everything.
  await b.back();
  await b.page.getByRole('button', { name: UI.history_open, exact: true }).click();
  await b.waitForHeading(UI.history_heading);
  await a.front();
  await a.page.getByRole('button', { name: UI.delete_all, exact: true }).click();
  await a.page.getByRole('button', { name: UI.delete_all_yes, exact: true }).click();
  await a.waitForHeading(UI.intro_heading);

  // B's list empties at once, with the notice; B keeps working; nothing comes back.
  await eventually(async () => assert.equal(await b.page.locator('li[data-entry]').count(), 0, "B's list is empty"));
  await toldChangedElsewhere(b, 'B is told everything was deleted elsewhere');
  await b.front();
  await b.button(UI.back_to_start).click();
  await b.waitForHeading(UI.intro_heading);
  await b.button(UI.start).click();
  b.profile = {};
  await b.answer('kind', 'network');
  s = await stored(b.page);
  assert.deepEqual(s.history, [], 'no entry came back');
  assert.deepEqual(s.draft.answers, {}, 'the deleted answers did not come back');
  assert.deepEqual(s.draft.profile, { kind: 'network' }, "only B's new answer");
  assert.ok(s.deleted.includes(older) && s.deleted.includes(latest), 'both marked deleted');
  await w.assertClean();
});

// Seeds of the random interleavings (NC_TAB_SEEDS=1,2,3,... runs others).
const SEEDS = (process.env.NC_TAB_SEEDS ?? '7,11,23').split(',').map(Number);

for (const seedNo of SEEDS) {
  test(`random interleaving (seed ${seedNo}): answers and page changes in both tabs, no waiting for the other; every answer's last value is stored`, async () => {
    const rng = seeded(seedNo);
    const { w, a, b } = await twoTabsOnProfilePage();
    const persona = PERSONAS.triad;
    const given = {};
    await alternateProfile(a, b, persona.profile, given);
    const pages = pagesFor(persona.profile);
    // Two area pages; each tab answers on the page it shows and moves between them.
    const onPage = new Map([
      [a, 1],
      [b, 1],
    ]);
    const last = {};
    const log = [];
    for (let step = 0; step < 40; step++) {
      const tab = rng.next() < 0.5 ? a : b;
      const name = tab === a ? 'A' : 'B';
      const index = onPage.get(tab);
      if (rng.next() < 0.15) {
        // A page change is a write too (the screen is stored): it must not undo an answer.
        if (index === 1) {
          await tab.back();
          await tab.next();
          log.push(`${name}: Zurück+Weiter`);
        } else {
          await tab.back();
          onPage.set(tab, 1);
          log.push(`${name}: Zurück`);
        }
        continue;
      }
      if (index === 1 && rng.next() < 0.1 && pages[1].questions.every((id) => last[id])) {
        // "Weiter" needs the page complete in this tab: wait until it shows the other tab's answers.
        for (const id of pages[1].questions) await shows(tab, id, last[id]);
        await tab.next();
        onPage.set(tab, 2);
        log.push(`${name}: Weiter`);
        continue;
      }
      const id = rng.pick(pages[index].questions);
      const key = rng.pick(OPTION_KEYS);
      await tab.answer(id, key);
      last[id] = key;
      log.push(`${name}: ${id}=${key}`);
    }
    const expected = { ...given, ...last };
    await waitForStoredAnswers(a.page, expected, `every answer's last value is stored (steps: ${log.join(', ')})`);
    // Both tabs show the same answers, on both pages.
    for (const tab of [a, b]) {
      const name = tab === a ? 'A' : 'B';
      if (onPage.get(tab) === 2) {
        for (const id of pages[2].questions) await shows(tab, id, last[id] ?? null, `${name} shows ${id}`);
        await tab.back();
      }
      for (const id of pages[1].questions) await shows(tab, id, last[id] ?? null, `${name} shows ${id}`);
    }
    await w.assertClean();
  });
}
