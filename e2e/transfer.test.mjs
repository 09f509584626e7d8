// Files in and out (docs/EXPORT.md): the export file round-trips through "Alles löschen" and
// "Gesicherte Datei laden" to an identical history; loading it again adds nothing; the CSV
// table has its byte order mark, the documented columns, `;` separators, intact umlauts and one
// row per entry; bad files each get their own message and change nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, teardown, openWidget } from './support/harness.mjs';
import {
  ALL_KEYS,
  CONTENT,
  CheckPage,
  PERSONAS,
  PROFILE_FIELDS,
  STORAGE_KEY,
  UI,
  buildAssess,
  eventually,
  fill,
} from './support/check-page.mjs';
import {
  ANSWER_KEYS,
  HistoryPage,
  downloadFrom,
  csvColumns,
  csvText,
  entryFor,
  parseCsv,
  seedHistory,
} from './support/history-page.mjs';
import { assertAccessibleAtBothWidths } from './support/assertions.mjs';

before(async () => {
  buildAssess();
  await setup();
});
after(teardown);

/** The fields of an entry the history must keep through a round trip. */
const essentials = (e) => ({ id: e.id, completed_at: e.completed_at, name: e.name ?? null, verdict: e.verdict });

test('export (from the result\'s offer and the history) → "Alles löschen" → load the file: the same history (ids, dates, names, verdicts) and draft; loading again adds nothing', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const history = new HistoryPage(w.page);
  // One check completed through the UI and named, one seeded (an earlier date).
  await seedHistory(w.page, [entryFor(PERSONAS.straightLiner, '2026-10-20T14:00:00.000Z')]);
  await check.completeWith(PERSONAS.cafe);
  // Right after completing, the result offers the file: it holds the whole history.
  const offer = w.page.locator('.nc-save-offer');
  assert.equal((await offer.locator('p').first().innerText()).trim(), UI.save_offer);
  const offered = await downloadFrom(w.page, () => offer.getByRole('button', { name: UI.save_file, exact: true }).click());
  assert.deepEqual(JSON.parse(offered.text).entries, await check.storedHistory(), 'the offer saves the history');
  await w.page.getByRole('textbox', { name: UI.name_label, exact: true }).fill('Café am Markt – Übung');
  await check.button(UI.name_save).click();
  await eventually(async () => assert.equal((await check.storedHistory())[0].name, 'Café am Markt – Übung'));
  // A check in progress (the profile page answered) goes into the file too.
  await check.button(UI.back_to_start).click();
  check.profile = {};
  await check.start();
  await check.answerPage(PERSONAS.fundedProject);
  await check.back();
  await new HistoryPage(w.page).open();
  const listed = await history.entries();
  const stored = await check.storedHistory();
  const draft = await check.storedDraft();
  assert.equal(stored.length, 2);
  assert.deepEqual(draft.profile, PERSONAS.fundedProject.profile);

  // The export file: its documented shape, every entry exactly as stored, newest first.
  const file = await history.download(UI.save_file);
  assert.match(file.filename, /^netzwerk-check-\d{4}-\d{2}-\d{2}\.json$/);
  assert.notEqual(file.bytes[0], 0xef, 'written without a byte order mark');
  const json = JSON.parse(file.text);
  assert.equal(json.format, 'netzwerk-check-export');
  assert.equal(json.version, 1);
  assert.ok(!Number.isNaN(Date.parse(json.exported_at)), 'exported_at is a time');
  assert.deepEqual(json.app, { model_version: CONTENT.model_version });
  assert.deepEqual(json.entries, stored, 'the entries as stored, newest first');
  assert.deepEqual(json.draft, draft, 'the check in progress');
  assert.equal(file.text.split('\n').filter((l) => l.startsWith('    {"id":')).length, 2, 'one line per entry');

  // Delete everything: a confirm step, then the intro with nothing left on the device.
  await history.deleteAll();
  await check.waitForHeading(UI.intro_heading);
  assert.ok(await check.button(UI.history_open_empty).isVisible(), 'the intro offers to load a file');
  const left = await w.page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(left.filter((k) => k !== STORAGE_KEY), [], 'backups and v1 keys removed');
  assert.deepEqual(await check.storedHistory(), [], 'no entries kept');
  await history.open();
  assert.equal(await history.items.count(), 0);
  assert.ok(await w.page.getByText(UI.history_empty, { exact: true }).isVisible());
  await assertAccessibleAtBothWidths(w.page, 'the empty history');

  // Load the file: a preview first (nothing changed yet), then "Übernehmen".
  await history.chooseFile(file.path);
  assert.deepEqual(await history.previewLines(), [fill(UI.import_preview, { new: 2, existing: 0 }), UI.import_preview_draft]);
  assert.deepEqual(await check.storedHistory(), [], 'the preview changes nothing');
  await eventually(async () =>
    assert.ok(await history.preview.getByRole('heading', { name: UI.import_preview_heading }).evaluate((h) => h === document.activeElement), 'the preview takes focus'),
  );
  await assertAccessibleAtBothWidths(w.page, 'the import preview');
  await history.button(UI.import_apply).click();
  await history.waitForImportMessage(fill(UI.import_done, { count: 2 }));
  assert.equal(await history.preview.count(), 0, 'the preview is gone');
  assert.deepEqual(await history.entries(), listed, 'the history lists the same entries');
  const back = await check.storedHistory();
  assert.deepEqual(back.map(essentials), stored.map(essentials), 'same ids, dates, names and verdicts');
  assert.deepEqual(back, stored, 'identical entries');
  assert.deepEqual(await check.storedDraft(), draft, 'the check in progress taken over (none was here)');

  // Again: nothing new; "Übernehmen" says so and adds nothing.
  await history.chooseFile(file.path);
  assert.deepEqual(await history.previewLines(), [fill(UI.import_preview, { new: 0, existing: 2 })]);
  await history.button(UI.import_apply).click();
  await history.waitForImportMessage(UI.import_nothing);
  assert.deepEqual(await check.storedHistory(), stored, 'nothing added');

  // "Abbrechen" in the preview changes nothing and returns focus to the file input.
  await history.chooseFile(file.path);
  await history.preview.waitFor();
  await history.preview.getByRole('button', { name: UI.import_cancel, exact: true }).click();
  assert.equal(await history.preview.count(), 0);
  await eventually(async () => assert.ok(await history.fileInput.evaluate((i) => i === document.activeElement)));
  assert.deepEqual(await check.storedHistory(), stored);
  await w.assertClean();
});

test('the CSV table: byte order mark, the documented columns, ";" separated, umlauts intact, one row per entry', async () => {
  const w = await openWidget();
  const history = new HistoryPage(w.page);
  const entries = [
    entryFor(PERSONAS.cafe, '2026-11-21T10:00:00.000Z', 'Workshop "März"; Runde 2'),
    entryFor(PERSONAS.ideaFounder, '2026-11-14T10:00:00.000Z', '=SUMME(1;2) Überlegung'),
    entryFor(PERSONAS.dontKnow, '2026-11-07T10:00:00.000Z'),
  ];
  await seedHistory(w.page, entries);
  await history.open();
  const file = await history.download(UI.save_csv);
  assert.match(file.filename, /^netzwerk-check-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  const text = file.text.slice(1);
  assert.ok(!/[^\r]\n/.test(text), 'CRLF line ends');
  const [header, ...rows] = parseCsv(text);
  assert.deepEqual(header, csvColumns(), 'the documented columns');
  assert.equal(text.split('\r\n')[0], csvColumns().join(';'), '";" separates the header');
  assert.equal(rows.length, entries.length, 'one row per entry');
  // Newest first, each row the stored entry: text fields guarded and quoted, umlauts intact.
  const stored = await new CheckPage(w.page).storedHistory();
  assert.deepEqual(rows.map((r) => r[0]), stored.map((e) => e.id), 'newest first');
  for (const [row, e] of rows.map((r, i) => [r, stored[i]])) {
    const cell = Object.fromEntries(header.map((c, i) => [c, row[i]]));
    assert.equal(row.length, header.length, `${e.id}: a value per column`);
    assert.deepEqual(
      [cell.id, cell.completed_at, cell.name, cell.verdict, cell.model_version],
      [e.id, e.completed_at, e.name ? csvText(e.name) : '', e.verdict, String(e.model_version)],
    );
    for (const f of PROFILE_FIELDS) assert.equal(cell[f], e.profile[f] ?? '', `${e.id}: ${f}`);
    for (const d of CONTENT.dimensions) assert.equal(cell[`score_${d}`], String(e.scores[d] ?? ''), `${e.id}: ${d}`);
    for (const q of CONTENT.questions) {
      assert.equal(cell[`answer_${q.id}`], e.answers[q.id] ?? '', `${e.id}: ${q.id}`);
      assert.ok(ANSWER_KEYS.has(cell[`answer_${q.id}`]));
    }
  }
  // The raw text: the quoted name with its doubled quotes, the formula guard, the umlauts.
  assert.ok(text.includes(';"Workshop ""März""; Runde 2";'), 'RFC 4180 quoting, umlaut intact');
  assert.ok(text.includes(";\"'=SUMME(1;2) Überlegung\";"), 'formula guard, then quoted');
  await eventually(async () =>
    assert.ok(await w.page.getByText(fill(UI.file_saved, { file: file.filename }), { exact: true }).isVisible()),
  );
  await w.assertClean();
});

test('bad files each get their own message and change nothing: over 1 MB, not JSON, not an export, a newer version', async () => {
  const w = await openWidget();
  const check = new CheckPage(w.page);
  const history = new HistoryPage(w.page);
  await seedHistory(w.page, [entryFor(PERSONAS.triad, '2026-11-01T12:00:00.000Z')]);
  await history.open();
  const listed = await history.entries();
  const keys = async () =>
    w.page.evaluate((ks) => Object.fromEntries(ks.map((k) => [k, localStorage.getItem(k)])), ALL_KEYS);
  const storedBefore = await keys();

  const big = Buffer.alloc(1_048_577, 0x20); // 1 MiB + 1 byte of spaces
  const cases = [
    ['too large', big, fill(UI.import_too_large, { size: `${Math.floor(big.length / 1024)} KB` })],
    ['not JSON', Buffer.from('Das ist keine Sicherung.\n'), UI.import_not_json],
    [
      'not an export',
      Buffer.from(JSON.stringify({ format: 'irgendwas-anderes', version: 1, entries: [] })),
      UI.import_not_export,
    ],
    [
      'a newer version',
      Buffer.from(JSON.stringify({ format: 'netzwerk-check-export', version: 2, entries: [] })),
      fill(UI.import_newer, { version: 2 }),
    ],
  ];
  for (const [what, buffer, message] of cases) {
    await history.chooseFile({ name: `datei-${what.replace(/ /g, '-')}.json`, mimeType: 'application/json', buffer });
    await history.waitForImportMessage(message);
    assert.match(message, /Es wurde nichts verändert\.$/, `${what}: says nothing changed`);
    await eventually(async () =>
      assert.ok(await history.importMessage.evaluate((m) => m === document.activeElement), `${what}: the message takes focus`),
    );
    assert.equal(await history.preview.count(), 0, `${what}: no preview`);
    assert.deepEqual(await history.entries(), listed, `${what}: the history unchanged`);
    assert.deepEqual(await keys(), storedBefore, `${what}: storage unchanged`);
  }
  await assertAccessibleAtBothWidths(w.page, 'the history with an import error');
  await w.assertClean();
});
