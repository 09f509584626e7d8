// "Ergebnis als Link" (docs/EXPORT.md): the link in its read-only field has the documented
// payload and never the name; opened in a fresh browser it shows the result read-only with the
// original's verdict and stores nothing; a damaged link says so and nothing breaks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, teardown, openWidget } from './support/harness.mjs';
import {
  CONTENT,
  CheckPage,
  PERSONAS,
  PROFILE_FIELDS,
  STATEMENTS,
  TEXTS,
  UI,
  assessNatively,
  buildAssess,
  eventually,
  profileOptions,
} from './support/check-page.mjs';
import { assertAccessibleAtBothWidths, assertResultMatchesModel } from './support/assertions.mjs';
import { entryFor, seedHistory } from './support/history-page.mjs';

before(async () => {
  buildAssess();
  await setup();
});
after(teardown);

/** FNV-1a-32 of an ASCII string. */
function fnv1a32(text) {
  let h = 0x811c9dc5;
  for (const c of Buffer.from(text, 'utf8')) h = Math.imul(h ^ c, 0x01000193) >>> 0;
  return h;
}

/** The documented payload of a completed check ({ profile, answers }, completed at `at`). */
function expectedPayload({ profile, answers }, at) {
  const ANSWER_CHAR = { dont_know: 'd', not_applicable: 'n' };
  const asking = CONTENT.dimensions.flatMap((d) => STATEMENTS.filter((q) => q.dimension === d).map((q) => q.id));
  const body = [
    '1',
    String(CONTENT.model_version),
    at.replace(/[-T:.Z]/g, ''),
    PROFILE_FIELDS.map((f) => (profile[f] ? String(profileOptions(f).indexOf(profile[f])) : '-')).join(''),
    asking.map((id) => (answers[id] ? (ANSWER_CHAR[answers[id]] ?? answers[id]) : '-')).join(''),
  ].join('.');
  return `${body}.${(fnv1a32(body) & 0xffffff).toString(16).padStart(6, '0')}`;
}

/** Completes `persona`, names the result, opens "Ergebnis als Link"; returns { link, entry }. */
async function shareResult(w, persona, name) {
  const check = new CheckPage(w.page);
  await check.completeWith(persona);
  await w.page.getByRole('textbox', { name: UI.name_label, exact: true }).fill(name);
  await check.button(UI.name_save).click();
  await eventually(async () => assert.equal((await check.storedHistory())[0].name, name));
  const toggle = check.button(UI.link_button);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const field = w.page.getByRole('textbox', { name: UI.link_label, exact: true });
  assert.equal(await field.getAttribute('readonly'), '', 'the link field is read-only');
  return { link: await field.inputValue(), entry: (await check.storedHistory())[0], field };
}

test('the result link: the documented payload without the name; opened in a fresh browser it shows the result read-only and stores nothing', async () => {
  const w = await openWidget();
  const persona = PERSONAS.triad;
  const name = 'Vertraulich Müller';
  const { link, entry, field } = await shareResult(w, persona, name);
  const verdict = await new CheckPage(w.page).verdict();
  assert.equal(verdict, assessNatively(persona).verdict);

  // The link: this page's address, then #ergebnis=<payload>; no name in it.
  assert.ok(link.startsWith(`${w.url}#ergebnis=`), link);
  const payload = link.slice(`${w.url}#ergebnis=`.length);
  assert.match(payload, /^[A-Za-z0-9._~-]+$/, 'URL-safe characters only');
  assert.equal(payload, expectedPayload(persona, entry.completed_at), 'the documented payload');
  for (const part of ['Vertraulich', 'M%C3%BCller', 'Müller']) assert.ok(!link.includes(part), 'never the name');
  assert.ok(await w.page.getByText(UI.link_intro, { exact: true }).isVisible());
  await assertAccessibleAtBothWidths(w.page, 'the result with its link shown');
  // Focusing the field selects the link, ready to copy; "Link kopieren" answers in its status.
  await field.focus();
  assert.equal(await field.evaluate((i) => i.value.slice(i.selectionStart, i.selectionEnd)), link, 'selected');
  await new CheckPage(w.page).button(UI.link_copy).click();
  await eventually(async () =>
    assert.ok(
      [UI.link_copied, UI.link_copy_manual].includes(
        (await w.page.locator('.nc-result-link [role=status]').innerText()).trim(),
      ),
    ),
  );
  await w.assertClean();

  // A fresh browser context (another person's browser): nothing stored there before or after.
  const other = await openWidget({ path: link.slice(w.url.length) });
  const check = new CheckPage(other.page);
  await check.waitForHeading(UI.shared_heading);
  assert.equal(
    (await other.page.locator('.nc-result > .nc-note').first().innerText()).trim(),
    UI.shared_note,
    'says it was opened from a link and is not stored',
  );
  assert.equal(await check.verdict(), verdict, "the original's verdict");
  await assertResultMatchesModel(check, persona, { heading: UI.shared_heading });
  assert.equal(await other.page.locator('.nc-entry-name').count(), 0, 'no name');
  assert.ok(!(await other.page.locator('main').innerText()).includes(name), 'the name appears nowhere');
  // Read-only: nothing that changes or keeps data.
  for (const text of [UI.edit_answers, UI.name_save, UI.link_button, UI.save_file, UI.compare_with_previous])
    assert.equal(await check.button(text).count(), 0, `no "${text}"`);
  assert.equal(await other.page.getByRole('textbox').count(), 0, 'no text field');
  assert.ok(await check.button(UI.shared_own).isVisible(), 'an invitation to do one\'s own check');
  assert.equal(await other.page.evaluate(() => localStorage.length), 0, 'nothing stored');
  await assertAccessibleAtBothWidths(other.page, 'a result opened from a link');
  await other.page.reload();
  await check.waitForHeading(UI.shared_heading);
  assert.equal(await check.verdict(), verdict, 'the link opens again');
  assert.equal(await other.page.evaluate(() => localStorage.length), 0, 'still nothing stored');

  // "Eigenen Check machen": the intro of this browser's own check, the link gone from the address.
  await check.button(UI.shared_own).click();
  await check.waitForHeadingFocus(UI.intro_heading);
  assert.ok(!other.page.url().includes('#'), `the fragment is removed (${other.page.url()})`);
  assert.ok(await check.button(UI.start).isVisible());
  const stored = await check.storedSession();
  assert.deepEqual(stored?.history ?? [], [], 'the shared result is not kept');
  await other.assertClean();
});

test('a damaged link says so ("beschädigt"), stores nothing, and the check still works', async () => {
  const w = await openWidget();
  const { link } = await shareResult(w, PERSONAS.cafe, 'x');
  await w.assertClean();
  const payload = link.slice(link.indexOf('#ergebnis=') + '#ergebnis='.length);
  const fields = payload.split('.');
  // One answer changed (the checksum no longer fits), and the link cut off when copied.
  fields[4] = (fields[4][0] === '1' ? '2' : '1') + fields[4].slice(1);
  const mangled = [`#ergebnis=${fields.join('.')}`, `#ergebnis=${payload.slice(0, 40)}`];
  assert.match(UI.shared_invalid, /beschädigt/);
  for (const hash of mangled) {
    const other = await openWidget({ path: hash });
    const check = new CheckPage(other.page);
    await check.waitForHeading(UI.intro_heading);
    await eventually(async () => assert.deepEqual(await check.notices(), [['bad-link', UI.shared_invalid]]));
    assert.equal(await other.page.locator('.nc-verdict').count(), 0, 'no result shown');
    assert.equal(await other.page.evaluate(() => localStorage.length), 0, 'nothing stored');
    await assertAccessibleAtBothWidths(other.page, `the intro with a damaged link (${hash.length} chars)`);
    // Nothing breaks: the check starts as usual.
    await check.start();
    await check.waitForHeading(TEXTS.profile.title);
    await check.answer('kind', 'network');
    await check.waitForAnswered(1);
    await other.assertClean();
  }
});

test('links opened in a tab that already shows the widget (only the fragment changes) show the shared result; Back returns; the own data stays', async () => {
  // Regression guard (found by this suite, since fixed): the widget read the fragment only at
  // start-up, so a link pasted into a tab already showing it (a same-document navigation, no
  // page load) did nothing; and a second link kept showing the first.
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const own = entryFor(PERSONAS.cafe, '2026-11-10T08:00:00.000Z', 'Eigenes Ergebnis');
  await seedHistory(w.page, [own]);
  const ownStore = await check.storedSession();
  // Links built by the documented format (someone else's checks).
  const [first, second] = [PERSONAS.fundedProject, PERSONAS.triad];
  const linkTo = (persona, at) => `${w.url}#ergebnis=${expectedPayload(persona, at)}`;
  await w.page.goto(linkTo(first, '2026-11-20T16:45:30.250Z'));
  await check.waitForHeadingFocus(UI.shared_heading);
  await assertResultMatchesModel(check, first, { heading: UI.shared_heading });
  await w.page.goto(linkTo(second, '2026-11-21'));
  await eventually(async () => assert.equal(await check.verdict(), assessNatively(second).verdict, 'the second link'));
  await assertResultMatchesModel(check, second, { heading: UI.shared_heading });
  await w.page.goBack();
  await eventually(async () => assert.equal(await check.verdict(), assessNatively(first).verdict, 'Back: the first'));
  await w.page.goBack();
  await check.waitForHeadingFocus(UI.intro_heading);
  assert.deepEqual(await check.storedSession(), ownStore, 'the own data untouched');

  // A damaged link in the same tab: the notice (once), then a good one clears it.
  await w.page.goto(`${w.url}#ergebnis=1.2.x`);
  await eventually(async () => assert.deepEqual(await check.notices(), [['bad-link', UI.shared_invalid]]));
  await w.page.goto(`${w.url}#ergebnis=1.2.y`);
  assert.deepEqual(await check.notices(), [['bad-link', UI.shared_invalid]], 'said once');
  await w.page.goto(linkTo(first, '2026-11-20T16:45:30.250Z'));
  await check.waitForHeading(UI.shared_heading);
  assert.deepEqual(await check.notices(), [], 'the notice goes with a good link');
  await check.button(UI.shared_own).click();
  await check.waitForHeadingFocus(UI.intro_heading);
  assert.ok(await check.button(UI.show_result).isVisible(), 'the own result is still there');
  assert.deepEqual((await check.storedHistory()).map((e) => e.id), [own.id]);
  await w.assertClean();
});
