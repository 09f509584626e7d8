// Storage faults in real Chromium (docs/STORAGE.md): unreadable data on a full origin, backups
// that are never overwritten, a full quota with readable progress, storage revoked in the middle
// of a check, lenient reading, no write at start-up, storage blocked. In every case the widget
// keeps working, says truthfully what is and is not kept, and loses nothing it was given.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, teardown, openWidget } from './support/harness.mjs';
import { assertAccessibleAtBothWidths } from './support/assertions.mjs';
import {
  CheckPage,
  LEGACY_KEY,
  PERSONAS,
  PROFILE_FIELDS,
  STORAGE_KEY,
  UI,
  eventually,
  fill,
  pagesFor,
  totalFor,
} from './support/check-page.mjs';
import {
  Tab,
  addTab,
  blockStorage,
  download,
  fillStorage,
  fillerPrint,
  fixture,
  recordedWrites,
  refuseReading,
  restoreStorage,
  revokeStorage,
  seed,
  spyOnWrites,
  stored,
  widgetKeys,
} from './support/faults.mjs';

before(setup);
after(teardown);

const PROBE_KEY = 'netzwerk-check.probe';
const backupKey = (n) => `netzwerk-check.backup.${n}`;

/** The notice kinds shown, sorted. */
const kinds = async (check) => (await check.notices()).map(([kind]) => kind).sort();
/** The text of the notice of `kind`. */
const noticeText = async (check, kind) => (await check.notices()).find(([k]) => k === kind)?.[1];

/** The notice kinds axe has checked already (each at 1024 and 320 px, once per run). */
const axed = new Set();

/**
 * Waits until exactly the notices of `expected` kinds are shown; the first time a kind is
 * shown, axe checks the page with it (every notice is accessible, at both widths).
 */
async function waitForNotices(check, expected) {
  await eventually(async () => assert.deepEqual(await kinds(check), [...expected].sort(), 'the notices shown'));
  const fresh = expected.filter((k) => !axed.has(k));
  if (fresh.length) {
    await assertAccessibleAtBothWidths(check.page, `the notices ${fresh.join(', ')}`);
    fresh.forEach((k) => axed.add(k));
  }
}

/**
 * An unreadable stored value of about `chars` UTF-16 code units: the start of a version 2 store,
 * cut off inside a string, with umlauts, a euro sign and an emoji (so "byte-identical" also
 * covers UTF-8 and surrogate pairs).
 */
function unreadable(chars, tag = 'A') {
  const head = `{"schema":2,"draft":{"answers":{"mot_personal":"4"}},"notiz":"Grüße aus Köln € 🧩 ${tag} `;
  return head + 'x'.repeat(Math.max(0, chars - head.length - 20)) + ' (abgeschnitten';
}

/** Compares two (possibly megabytes long) strings without printing them. */
function sameString(actual, expected, what) {
  assert.equal(typeof actual, 'string', `${what}: a string`);
  assert.equal(actual.length, expected.length, `${what}: the same length`);
  assert.ok(actual === expected, `${what}: identical`);
}

/** The region of the notices (its buttons: "Originaldaten herunterladen", "Als Datei sichern"). */
const noticeButton = (check, name) => check.notice.getByRole('button', { name, exact: true });

test('(a) a 4 MB unreadable value on a full origin: the widget starts, says it keeps it unchanged and saves nothing; the original stays byte-identical through answers and a reload; "Originaldaten herunterladen" gives exactly it', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const original = unreadable(4 * 1024 * 1024);
  await w.page.evaluate(([k, v]) => {
    localStorage.clear();
    localStorage.setItem(k, v);
  }, [STORAGE_KEY, original]);
  const filled = await fillStorage(w.page);
  assert.ok(filled.keys > 0, 'filler keys written');
  const filler = await fillerPrint(w.page);
  await w.page.reload();
  await check.root.waitFor();

  // The truth: not kept aside (no room), unchanged, nothing saved for now; and the quota is full.
  await waitForNotices(check, ['full', 'not-kept']);
  const notice = await noticeText(check, 'not-kept');
  assert.equal(notice, UI.notkept_unreadable);
  assert.match(notice, /bleiben sie unverändert, und dieser Check speichert vorerst nichts/);
  assert.equal(await noticeText(check, 'full'), UI.storage_full);
  for (const name of [UI.download_original, UI.release_original, UI.save_file])
    assert.ok(await noticeButton(check, name).isVisible(), `"${name}" is offered`);
  assert.deepEqual(Object.keys(await widgetKeys(w.page)), [STORAGE_KEY], 'no backup could be written, none was');

  // Answering works, the answers are shown, the original is not touched.
  await check.start();
  const persona = PERSONAS.cafe;
  await check.answerPage(persona);
  await check.next();
  const [q1, q2] = check.pages[1].questions;
  await check.answer(q1, persona.answers[q1]);
  await check.answer(q2, persona.answers[q2]);
  assert.equal(await check.checkedKey(q1), persona.answers[q1]);
  sameString(await check.storedRaw(STORAGE_KEY), original, 'the original after answering');
  assert.deepEqual(Object.keys(await widgetKeys(w.page)), [STORAGE_KEY], 'still no other key');

  // "Als Datei sichern" has what this tab holds.
  const saved = await download(w.page, noticeButton(check, UI.save_file));
  const file = JSON.parse(saved.text);
  assert.deepEqual(file.draft.answers, { [q1]: persona.answers[q1], [q2]: persona.answers[q2] });
  assert.deepEqual(file.draft.profile, persona.profile);

  // "Originaldaten herunterladen": exactly the original.
  const got = await download(w.page, noticeButton(check, UI.download_original));
  assert.equal(got.name, 'netzwerk-check-originaldaten.txt');
  sameString(got.text, original, 'the downloaded original');

  // After a reload: the same truth, the same original, the filler untouched.
  await w.page.reload();
  await check.root.waitFor();
  await waitForNotices(check, ['full', 'not-kept']);
  await check.button(UI.start).waitFor();
  sameString(await check.storedRaw(STORAGE_KEY), original, 'the original after a reload');
  assert.deepEqual(await fillerPrint(w.page), filler, 'the filler keys are untouched');
  assert.deepEqual(Object.keys(await widgetKeys(w.page)), [STORAGE_KEY]);
  await w.assertClean();
});

test('(b) backups are never replaced: a second unreadable value (from another tab, then written behind the widget\'s back, then at start) goes into the next free slot; with all slots taken the value stays untouched', async () => {
  const w = await openWidget();
  const a = new Tab(w.page);
  const [x, y, z, v] = ['X', 'Y', 'Z', 'V'].map((tag) => unreadable(2000, tag));

  // X at start: kept in slot 1, said; start-up writes nothing else.
  await seed(w.page, { [STORAGE_KEY]: x });
  await waitForNotices(a, ['kept-aside']);
  assert.equal(await noticeText(a, 'kept-aside'), UI.kept_unreadable);
  assert.deepEqual(await widgetKeys(w.page), { [STORAGE_KEY]: x, [backupKey(1)]: x });
  await a.start();
  await a.answer('kind', 'network');
  assert.deepEqual((await stored(w.page)).draft.profile, { kind: 'network' }, 'saved over X (X is kept)');

  // Y written by another tab: tab A keeps it in slot 2 (the storage event), says so, and keeps
  // its own answers; its next save goes over Y.
  const { page: other } = await addTab(w);
  await other.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, y]);
  await eventually(async () => assert.equal(await a.storedRaw(backupKey(2)), y, 'Y kept in slot 2'));
  assert.equal(await a.storedRaw(backupKey(1)), x, 'slot 1 still holds X');
  await other.close();
  await waitForNotices(a, ['kept-aside']);
  await a.answer('stage', 'idea');
  assert.deepEqual((await stored(w.page)).draft.profile, { kind: 'network', stage: 'idea' }, "A's answers, saved over Y");

  // Z written behind the widget's back (no event): the next change reads it first, keeps it.
  await w.page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, z]);
  await a.answer('scope', 'town');
  assert.equal(await a.storedRaw(backupKey(3)), z, 'Z kept in slot 3');
  assert.deepEqual(
    (await stored(w.page)).draft.profile,
    { kind: 'network', stage: 'idea', scope: 'town' },
    "A's answers, saved over Z",
  );

  // V at start with every slot taken: V is protected, untouched, nothing saved.
  await seed(w.page, { [STORAGE_KEY]: v }, { clear: false });
  await waitForNotices(a, ['not-kept']);
  assert.equal(await noticeText(a, 'not-kept'), UI.notkept_unreadable);
  await a.start();
  await a.answer('kind', 'action');
  assert.deepEqual(await widgetKeys(w.page), {
    [STORAGE_KEY]: v,
    [backupKey(1)]: x,
    [backupKey(2)]: y,
    [backupKey(3)]: z,
  });

  // X again at start (a value already kept): not written twice, the slots unchanged.
  await seed(w.page, { [STORAGE_KEY]: x }, { clear: false });
  await waitForNotices(a, ['kept-aside']);
  assert.deepEqual(await widgetKeys(w.page), {
    [STORAGE_KEY]: x,
    [backupKey(1)]: x,
    [backupKey(2)]: y,
    [backupKey(3)]: z,
  });
  await w.assertClean();
});

test('(b2) unreadable data another tab writes while every backup slot is taken: said at once, never overwritten, offered for download; let go in the other tab, this tab saves again and merges', async () => {
  const w = await openWidget();
  const a = new Tab(w.page);
  const [x, y, z, v] = ['X', 'Y', 'Z', 'V'].map((tag) => unreadable(2000, tag));
  const slots = { [backupKey(1)]: x, [backupKey(2)]: y, [backupKey(3)]: z };
  await seed(w.page, slots);
  await waitForNotices(a, []);
  await a.start();
  await a.answer('kind', 'network');
  const { page: other, check: b } = await addTab(w);

  // V written in the other tab (e.g. by another version of the widget): A cannot keep it aside.
  await other.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, v]);
  await waitForNotices(a, ['not-kept']);
  assert.equal(await noticeText(a, 'not-kept'), UI.notkept_unreadable);
  await a.answer('stage', 'idea');
  assert.equal(await a.checkedKey('stage'), 'idea', 'the answer is shown');
  assert.deepEqual(await widgetKeys(w.page), { ...slots, [STORAGE_KEY]: v }, 'V is not overwritten, no slot replaced');
  sameString((await download(w.page, noticeButton(a, UI.download_original))).text, v, 'the download is V');

  // Tab B (opened on the stored screen, the profile page) meets V on its next change, says the
  // same, and then lets it go.
  b.profile = { kind: 'network' };
  await b.answer('scope', 'region');
  await waitForNotices(b, ['not-kept']);
  assert.equal(await b.storedRaw(STORAGE_KEY), v, 'still V');
  await b.front();
  await noticeButton(b, UI.release_original).click();
  await noticeButton(b, UI.release_yes).click();
  await waitForNotices(b, []);

  // B saved; A sees V gone, stops protecting it, takes B's store in and adds its own answer.
  await eventually(async () => {
    const s = await stored(w.page);
    assert.deepEqual(s?.draft.profile, { kind: 'network', stage: 'idea', scope: 'region' }, 'both tabs\' answers stored');
  });
  await waitForNotices(a, []);
  await eventually(async () => assert.equal(await a.checkedKey('scope'), 'region', "A shows B's answer"));
  await a.answer('scope', 'town');
  assert.deepEqual((await stored(w.page)).draft.profile, { kind: 'network', stage: 'idea', scope: 'town' }, 'A saves again');
  for (const [k, val] of Object.entries(slots)) assert.equal(await a.storedRaw(k), val, `${k} untouched`);
  await w.assertClean();
});

test('(c) a full quota with a readable session: the saved progress is shown (reading works although the write probe fails), with the "Speicher voll" notice; a change stays on screen and is said not to be saved', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  // The stored screen is the intro: the first change then only grows the value (a shorter
  // screen key could make room for it).
  const session = { ...JSON.parse(fixture('store_v2/clean.json')), screen: 'intro' };
  const value = JSON.stringify(session);
  await seed(w.page, { [STORAGE_KEY]: value });
  await fillStorage(w.page);
  await w.page.reload();
  await check.root.waitFor();

  await waitForNotices(check, ['full']);
  assert.equal(await noticeText(check, 'full'), UI.storage_full);
  assert.match(UI.storage_full, /Speicher .* voll/);
  assert.ok(await noticeButton(check, UI.save_file).isVisible(), '"Als Datei sichern" is offered');
  // The saved progress and the latest result on the intro.
  await check.waitForHeading(UI.intro_heading);
  const profile = session.draft.profile;
  const answered = Object.keys(profile).length + Object.keys(session.draft.answers).length;
  assert.equal(
    (await w.page.locator('.nc-resume').innerText()).trim(),
    fill(UI.resume_hint, { answered, total: totalFor(profile) }),
    'the saved progress',
  );
  assert.equal(await w.page.locator('.nc-last-result').count(), 1, 'the latest result is named');
  await check.button(UI.resume).click();
  await check.waitForHeading(pagesFor(profile)[0].title);
  assert.equal(await check.checkedKey('kind'), profile.kind, 'the saved profile answer is checked');

  // A change: shown, not saved, said so.
  check.profile = { ...profile };
  await check.answer('stage', 'working');
  await waitForNotices(check, ['full', 'write-failed']);
  assert.equal(await noticeText(check, 'write-failed'), UI.storage_write_failed);
  assert.equal(await check.checkedKey('stage'), 'working');
  const now = await stored(w.page);
  assert.deepEqual(now.draft, session.draft, 'the stored check in progress is unchanged');
  assert.deepEqual(now.history, session.history);
  await w.assertClean();
});

test('(c2) a nearly full origin (a partner\'s 4.3 million characters): the "fast voll" notice; measuring it does not copy the partner\'s data into wasm memory', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const memory = () => w.page.evaluate(() => window.wasmBindings.nc_wasm_memory_bytes());
  const empty = await memory();
  await seed(w.page, { 'partner.cache': 'p'.repeat(4_300_000) });
  await waitForNotices(check, ['nearly-full']);
  assert.equal(await noticeText(check, 'nearly-full'), UI.storage_nearly_full);
  const nearlyFull = await memory();
  assert.ok(
    nearlyFull - empty < 1024 * 1024,
    `wasm memory grew by ${nearlyFull - empty} bytes at start-up (the partner's data is 4.3 MB)`,
  );
  await check.start();
  await check.answer('kind', 'network');
  assert.deepEqual((await stored(w.page)).draft.profile, { kind: 'network' }, 'saving works');
  await w.assertClean();
});

test('(d) storage revoked mid-questionnaire: the widget keeps going with a notice, every answer stays checked, navigation works, the file has them all; when storage comes back the next save merges them in', async () => {
  const w = await openWidget();
  const a = new Tab(w.page);
  const persona = PERSONAS.triad;
  await a.start();
  await a.answerPage(persona);
  await a.next();
  const pages = a.pages;
  const [p1, p2] = [pages[1].questions, pages[2].questions];
  await a.answer(p1[0], persona.answers[p1[0]]);
  await a.answer(p1[1], persona.answers[p1[1]]);
  const savedBefore = { ...persona.profile, [p1[0]]: persona.answers[p1[0]], [p1[1]]: persona.answers[p1[1]] };
  const s0 = await stored(w.page);
  assert.deepEqual({ ...s0.draft.profile, ...s0.draft.answers }, savedBefore, 'saved so far');
  // A second tab, open before the trouble (it will change an answer A saved earlier).
  const { check: b } = await addTab(w);
  await a.front();

  // Revoked: the localStorage getter throws a SecurityError.
  await revokeStorage(w.page, 'getter');
  for (const id of p1.slice(2)) await a.answer(id, persona.answers[id]);
  await waitForNotices(a, ['write-failed']);
  const text = await noticeText(a, 'write-failed');
  assert.equal(text, UI.storage_write_failed);
  assert.match(text, /konnte nicht gespeichert werden/);
  for (const id of p1) assert.equal(await a.checkedKey(id), persona.answers[id], `${id} stays checked`);
  // Navigation still works; answers survive it.
  await a.next();
  await a.answer(p2[0], persona.answers[p2[0]]);
  await a.back();
  for (const id of p1) assert.equal(await a.checkedKey(id), persona.answers[id], `${id} still checked after Zurück`);
  await a.next();
  assert.equal(await a.checkedKey(p2[0]), persona.answers[p2[0]]);
  assert.ok(await a.root.isVisible(), 'not blank');

  // Now the getter works again but every write fails (quota). Tab B changes an answer A saved
  // before the trouble: A shows it (reading works) and keeps its own unsaved answers.
  await restoreStorage(w.page);
  await revokeStorage(w.page, 'quota');
  // B opens on the stored screen (page 1).
  b.profile = { ...persona.profile };
  await b.waitForHeading(pages[1].title);
  await b.answer(p1[0], '3');
  await a.back();
  await eventually(async () => assert.equal(await a.checkedKey(p1[0]), '3', "A shows B's change"));
  for (const id of p1.slice(1)) assert.equal(await a.checkedKey(id), persona.answers[id], `${id} still A's`);
  await a.next();
  await a.answer(p2[1], persona.answers[p2[1]]);
  await waitForNotices(a, ['write-failed']);

  // Everything A holds (its unsaved answers and B's change) is in the file.
  const expected = {
    ...persona.profile,
    ...Object.fromEntries(p1.map((id) => [id, persona.answers[id]])),
    [p1[0]]: '3',
    [p2[0]]: persona.answers[p2[0]],
    [p2[1]]: persona.answers[p2[1]],
  };
  const file = JSON.parse((await download(w.page, noticeButton(a, UI.save_file))).text);
  assert.deepEqual({ ...file.draft.profile, ...file.draft.answers }, expected, 'the file has every answer');

  // Storage back: the next change saves everything, merged with what B stored.
  await restoreStorage(w.page);
  await a.answer(p2[2], persona.answers[p2[2]]);
  expected[p2[2]] = persona.answers[p2[2]];
  const s1 = await stored(w.page);
  assert.deepEqual({ ...s1.draft.profile, ...s1.draft.answers }, expected, 'every answer stored, B\'s change kept');
  await waitForNotices(a, []);
  await w.assertClean();
});

test('(d2) reading refused while writing works, at start and mid-session: nothing is written over what could not be looked at; once reading works again the next save merges', async () => {
  // At start: the blocked notice, and the stored data stays as it is.
  const w = await openWidget();
  const a = new Tab(w.page);
  const value = fixture('store_v2/clean.json');
  await seed(w.page, { [STORAGE_KEY]: value });
  const { page: other } = await addTab(w);
  await refuseReading(w.page);
  await w.page.reload();
  await a.root.waitFor();
  await waitForNotices(a, ['blocked']);
  await a.start();
  await a.answer('kind', 'action');
  assert.equal(await other.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), value, 'not written over');
  await w.assertClean();

  // Mid-session: C works normally, B changes an answer, then C cannot read: C writes nothing
  // (B's later change would be lost) and says so; when reading works again C merges.
  const w2 = await openWidget();
  const c = new Tab(w2.page);
  await c.start();
  await c.answer('kind', 'network');
  const { check: b } = await addTab(w2);
  b.profile = { kind: 'network' };
  await b.answer('stage', 'partners');
  await eventually(async () => assert.equal(await c.checkedKey('stage'), 'partners'));
  await revokeStorage(w2.page, 'read');
  await c.answer('scope', 'town');
  await waitForNotices(c, ['write-failed']);
  await b.answer('stage', 'working'); // B's later change, which C cannot see
  await restoreStorage(w2.page);
  assert.deepEqual((await stored(w2.page)).draft.profile, { kind: 'network', stage: 'working' }, "C wrote nothing blind: B's change is there");
  await c.answer('scope', 'region');
  assert.deepEqual(
    (await stored(w2.page)).draft.profile,
    { kind: 'network', stage: 'working', scope: 'region' },
    "C's next save merges: B's change and C's answer",
  );
  await waitForNotices(c, []);
  await w2.assertClean();
});

test('(e) lenient reading: one number where a string belongs drops only that field, said; the original goes into backup slot 1; unknown top-level fields survive the next write', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const clean = JSON.parse(fixture('store_v2/clean.json'));
  const [bad] = Object.keys(clean.draft.answers);
  const damaged = {
    ...clean,
    draft: { ...clean.draft, answers: { ...clean.draft.answers, [bad]: 3 } },
    zukunft: { notiz: 'von einer neueren Version', liste: [1, 2, { tief: true }] },
  };
  const original = JSON.stringify(damaged);
  await seed(w.page, { [STORAGE_KEY]: original });

  await waitForNotices(check, ['kept-aside']);
  const notice = await noticeText(check, 'kept-aside');
  // German singular for one field ("1 gespeicherte Angabe konnte nicht gelesen werden").
  assert.equal(notice, UI.kept_partial_one);
  assert.match(notice, /^1 gespeicherte Angabe konnte nicht gelesen werden/);
  assert.equal(await check.storedRaw(backupKey(1)), original, 'the original in backup slot 1');
  assert.equal(await check.storedRaw(STORAGE_KEY), original, 'nothing written at start-up');

  // The rest is there: the result shown, the check in progress goes on.
  await check.waitForHeading(UI.result_heading);
  await check.button(UI.back_to_start).click();
  await check.button(UI.resume).click();
  check.profile = { ...clean.draft.profile };
  await check.waitForHeading(check.pages[0].title);
  await check.answer('stage', 'working');
  const s = await stored(w.page);
  const { [bad]: _dropped, ...kept } = clean.draft.answers;
  assert.deepEqual(s.draft.answers, kept, 'only the bad field is left out');
  assert.deepEqual(s.draft.profile, { ...clean.draft.profile, stage: 'working' });
  assert.deepEqual(s.history, clean.history, 'the history as it was');
  assert.deepEqual(s.deleted, clean.deleted, 'the deletion marks as they were');
  assert.deepEqual(s.zukunft, damaged.zukunft, 'the unknown top-level field survives the write');
  assert.equal(await check.storedRaw(backupKey(1)), original, 'the backup is untouched');
  await w.assertClean();
});

test('(e2) an unreadable value under the version 1 key: said, left where it is (its own backup), never written', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const garbage = '{"schema":1,"answers":{"mot_personal":"4"'; // cut off
  await seed(w.page, { [LEGACY_KEY]: garbage });
  await waitForNotices(check, ['kept-aside']);
  assert.equal(await noticeText(check, 'kept-aside'), UI.kept_unreadable);
  await check.start();
  await check.answer('kind', 'project');
  assert.equal(await check.storedRaw(LEGACY_KEY), garbage, 'the v1 value untouched');
  assert.equal(await check.storedRaw(backupKey(1)), null, 'no slot needed');
  assert.deepEqual((await stored(w.page)).draft.profile, { kind: 'project' });
  await w.assertClean();
});

test('(f) no write at start-up: with a stored version 2 value and with a version 1 value, nothing is written to localStorage until the user changes something', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  await spyOnWrites(w.page);
  const onlyProbe = (writes) => writes.filter(([, key]) => key !== PROBE_KEY);

  // Version 2.
  const v2 = fixture('store_v2/clean.json');
  await seed(w.page, { [STORAGE_KEY]: v2 });
  await check.waitForHeading(UI.result_heading);
  await new Promise((ok) => setTimeout(ok, 300));
  let writes = await recordedWrites(w.page);
  assert.ok(Array.isArray(writes), 'the spy was installed before the app started');
  assert.deepEqual(onlyProbe(writes), [], 'no write at start-up (v2) but the write probe');
  assert.deepEqual(writes, [
    ['setItem', PROBE_KEY],
    ['removeItem', PROBE_KEY],
  ]);
  assert.equal(await check.storedRaw(STORAGE_KEY), v2);
  // The user changes something: now it is saved.
  await check.button(UI.back_to_start).click();
  await check.button(UI.resume).click();
  check.profile = JSON.parse(v2).draft.profile;
  await check.answer('stage', 'partners');
  writes = onlyProbe(await recordedWrites(w.page));
  assert.ok(writes.length > 0 && writes.every(([op, key]) => op === 'setItem' && key === STORAGE_KEY), 'then only the store is written');

  // Version 1 under its old key.
  const v1 = fixture('store_v1/model2_on_page.json');
  await seed(w.page, { [LEGACY_KEY]: v1 });
  await check.heading.waitFor();
  await new Promise((ok) => setTimeout(ok, 300));
  assert.deepEqual(onlyProbe(await recordedWrites(w.page)), [], 'no write at start-up (v1)');
  assert.equal(await check.storedRaw(STORAGE_KEY), null, 'nothing under the v2 key yet');
  const migrated = JSON.parse(v1);
  check.profile = { ...migrated.profile };
  // Whatever screen v1 left: a page of the check in progress.
  if (!(await w.page.locator('.nc-page').isVisible())) {
    await check.button(UI.resume).click();
  }
  const page = await check.currentPage();
  assert.ok(page, 'on a page of the migrated check');
  const id = page.questions.at(-1);
  await check.answer(id, PROFILE_FIELDS.includes(id) ? (await check.checkedKey(id)) ?? 'town' : 'dont_know');
  assert.ok(onlyProbe(await recordedWrites(w.page)).length > 0, 'the change is saved');
  assert.equal(await check.storedRaw(LEGACY_KEY), v1, 'the v1 original is never written');
  assert.equal((await stored(w.page)).schema, 2);
  await w.assertClean();
});

test('(g) storage blocked entirely: the check works end to end, the blocked notice offers the file, no page errors', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  await blockStorage(w.page);
  await w.page.reload();
  await check.root.waitFor();
  assert.equal(
    await w.page.evaluate(() => {
      try {
        return typeof window.localStorage;
      } catch (e) {
        return e.name;
      }
    }),
    'SecurityError',
    'localStorage is blocked in this page',
  );
  await waitForNotices(check, ['blocked']);
  assert.equal(await noticeText(check, 'blocked'), UI.storage_unavailable);
  assert.ok(await noticeButton(check, UI.save_file).isVisible(), '"Als Datei sichern" is offered');

  const persona = PERSONAS.actionDay;
  await check.completeWith(persona);
  assert.ok(['sustainable', 'strained', 'overstretched', 'insufficient_data'].includes(await check.verdict()));
  await waitForNotices(check, ['blocked']);
  // The result is in this tab's history and in the file.
  await check.button(UI.back_to_history).click();
  await check.waitForHeading(UI.history_heading);
  assert.equal(await w.page.locator('li[data-entry]').count(), 1);
  const file = JSON.parse((await download(w.page, noticeButton(check, UI.save_file))).text);
  assert.equal(file.entries.length, 1);
  assert.deepEqual(file.entries[0].answers, persona.answers);
  assert.deepEqual(file.entries[0].profile, persona.profile);
  await w.assertClean();
});

test('every notice kind the faults produce was checked by axe', () => {
  for (const kind of ['not-kept', 'kept-aside', 'full', 'nearly-full', 'write-failed', 'blocked']) {
    assert.ok(axed.has(kind), `axe ran with the ${kind} notice`);
  }
});
