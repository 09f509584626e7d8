// Page objects of the history ("Ihre Ergebnisse") and compare screens, files in and out, and
// the rules the tests mirror from the content files (what the compare screen and the CSV table
// should show, computed from the native model's assessments).
//
// As in check-page.mjs, nothing here hard-codes a German text that exists in the locale files:
// every text comes from UI / TEXTS, every expected number from the native model.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  CONTENT,
  CheckPage,
  LIVE,
  waitLive,
  OPTION_KEYS,
  STATEMENTS,
  STORAGE_KEY,
  TEXTS,
  UI,
  assessNatively,
  domId,
  eventually,
  fill,
  optionLabel,
  questionText,
  shownFor,
  verdictTitle,
} from './check-page.mjs';

const clean = (s) => s.replace(/\s+/g, ' ').trim();

const pad = (n) => String(n).padStart(2, '0');

/**
 * `DD.MM.YYYY` of an ISO 8601 time in the local time zone (the browser's, which is this
 * process's: the contexts do not set another), as the widget shows it.
 */
export function displayDate(iso) {
  const t = new Date(iso);
  return `${pad(t.getDate())}.${pad(t.getMonth() + 1)}.${t.getFullYear()}`;
}

/** `HH:MM` of an ISO 8601 time in the local time zone. */
export function displayTime(iso) {
  const t = new Date(iso);
  return `${pad(t.getHours())}:${pad(t.getMinutes())}`;
}

/** The visible title of an entry: "Check vom DD.MM.YYYY, HH:MM Uhr", after its name when it has one. */
export function entryTitle({ completed_at: at, name }) {
  const dated = at ? fill(UI.entry_title, { date: displayDate(at), time: displayTime(at) }) : UI.entry_title_undated;
  return name ? `${name} (${dated})` : dated;
}

// ---------------------------------------------------------------------------------------------
// Entries as the widget keeps them (docs/STORAGE.md, docs/EXPORT.md)
// ---------------------------------------------------------------------------------------------

/** FNV-1a-64 over UTF-8 byte chunks. */
function fnv1a64(chunks) {
  let h = 0xcbf29ce484222325n;
  for (const chunk of chunks)
    for (const b of chunk) {
      h ^= BigInt(b);
      h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
  return h;
}

/**
 * An entry's id as documented: `r` + 16 hex digits of FNV-1a-64 over the completion time, then
 * each profile and answer pair (keys in byte order) as 0, key, 1, value; not the name.
 */
export function deriveId({ completed_at: at, profile, answers }) {
  const utf8 = (s) => Buffer.from(s, 'utf8');
  const sorted = (o) => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const chunks = [utf8(at)];
  for (const [k, v] of [...sorted(profile), ...sorted(answers)]) chunks.push([0], utf8(k), [1], utf8(v));
  return `r${fnv1a64(chunks).toString(16).padStart(16, '0')}`;
}

/**
 * A history entry for `persona` ({ profile, answers }) completed at `completedAt`, with the
 * native model's scores and verdict and the current model version, as the widget records it.
 */
export function entryFor(persona, completedAt, name) {
  const model = assessNatively(persona);
  const entry = {
    id: '',
    completed_at: completedAt,
    ...(name ? { name } : {}),
    profile: { ...persona.profile },
    answers: { ...persona.answers },
    scores: Object.fromEntries(model.scores.map((s) => [s.dimension, s.score])),
    verdict: model.verdict,
    model_version: CONTENT.model_version,
  };
  entry.id = deriveId(entry);
  return entry;
}

/**
 * Stores `history` (entries, any order: the widget sorts newest first) as the widget's store
 * (format v2) and reloads, so the widget starts with it.
 */
export async function seedHistory(page, history) {
  const store = { schema: 2, draft: { profile: {}, answers: {} }, screen: 'intro', history, deleted: [] };
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify(store)]);
  await page.reload();
  await waitLive(page);
}

// ---------------------------------------------------------------------------------------------
// What the compare screen should show (the rules of src/app/compare.rs, from two native
// assessments)
// ---------------------------------------------------------------------------------------------

/** Verdict severity: a lower one is better; insufficient_data has none. */
const SEVERITY = { sustainable: 0, strained: 1, overstretched: 2 };
/** Areas where a higher score means more demand on the network (lower is better for the fit). */
const DEMAND = new Set(['ambition', 'pace']);

const bandLabel = (dimension, band) => TEXTS.dimensions[dimension].bands[band];
const signed = (n) => (n > 0 ? `+${n}` : String(n));

/** The compare table's rows for the native assessments `before` and `after` (older first). */
export function expectedCompareRows(before, after) {
  const score = (model, d) => model.scores.find((s) => s.dimension === d);
  return CONTENT.dimensions.map((d) => {
    const [b, a] = [score(before, d), score(after, d)];
    // An area left out (not asked, nothing applicable) reads "nicht bewertet", as on the result.
    const cell = (s) =>
      ['not_applicable', 'not_asked'].includes(s.coverage)
        ? UI.not_assessed
        : s.score === null
          ? UI.no_score
          : s.band
            ? `${s.score} (${bandLabel(d, s.band)})`
            : String(s.score);
    let change;
    let direction = null;
    if (b.score === null || a.score === null) change = UI.change_not_comparable;
    else {
      const delta = a.score - b.score;
      if (delta === 0) change = UI.change_none;
      else if (b.band && a.band && b.band === a.band)
        change = fill(UI.change_same_band, { delta: signed(delta), band: bandLabel(d, a.band) });
      else if (b.band && a.band)
        change = fill(UI.change_bands, {
          delta: signed(delta),
          before: bandLabel(d, b.band),
          after: bandLabel(d, a.band),
        });
      else change = signed(delta);
      const fit = DEMAND.has(d) ? -delta : delta;
      if (fit > 0) direction = UI.change_better;
      if (fit < 0) direction = UI.change_worse;
    }
    return {
      dimension: d,
      before: cell(b),
      after: cell(a),
      delta: b.score === null || a.score === null ? null : a.score - b.score,
      change,
      direction,
    };
  });
}

/** The compare screen's verdict sentence. */
export function expectedVerdictChange(before, after) {
  if (before.verdict === after.verdict)
    return fill(UI.compare_verdict_same, { verdict: verdictTitle(after.verdict) });
  let text = fill(UI.compare_verdict, { before: verdictTitle(before.verdict), after: verdictTitle(after.verdict) });
  const [b, a] = [SEVERITY[before.verdict], SEVERITY[after.verdict]];
  if (b !== undefined && a !== undefined) text += ` ${a < b ? UI.compare_better : UI.compare_worse}`;
  return text;
}

/**
 * Relations that appeared in `after` / were resolved since `before`, as the sentences the
 * screen lists: only relations both assessments could judge (a verdict, and not dropped).
 */
export function expectedRelations(before, after) {
  const judged = (m, kind) => m.verdict !== 'insufficient_data' && !(m.dropped_relations ?? []).includes(kind);
  const both = (kind) => judged(before, kind) && judged(after, kind);
  const kinds = (m) => m.findings.map((f) => f.kind);
  const text = (f) => clean(TEXTS.relations[f.kind][f.wording]);
  return {
    appeared: after.findings.filter((f) => !kinds(before).includes(f.kind) && both(f.kind)).map(text),
    resolved: before.findings.filter((f) => !kinds(after).includes(f.kind) && both(f.kind)).map(text),
  };
}

/**
 * The answers that changed most (at most five) between two checks ({ profile, answers }), as
 * "<statement> vorher: …; jetzt: …": over the statements shown for either profile, ranked by
 * scale steps 4, 3, 2, then a change to or from a non-scale answer, then one step, then a change
 * between non-scale answers; ties in asking order.
 */
export function expectedAnswerChanges(older, newer) {
  const scale = (k) => (k && /^[1-5]$/.test(k) ? Number(k) : null);
  const label = (k) => (k ? optionLabel(k) : UI.not_answered);
  const changes = [];
  STATEMENTS.forEach((q, i) => {
    if (!shownFor(q, older.profile) && !shownFor(q, newer.profile)) return;
    const [b, a] = [older.answers[q.id] ?? null, newer.answers[q.id] ?? null];
    if (b === a) return;
    const steps = scale(b) !== null && scale(a) !== null ? Math.abs(scale(a) - scale(b)) : null;
    const rank =
      steps !== null ? (steps >= 2 ? 4 - steps : 4) : scale(b) !== null || scale(a) !== null ? 3 : 5;
    changes.push({ i, rank, text: `${questionText(q.id)} ${fill(UI.compare_answer, { before: label(b), after: label(a) })}` });
  });
  changes.sort((x, y) => x.rank - y.rank || x.i - y.i);
  return changes.slice(0, 5).map((c) => c.text);
}

// ---------------------------------------------------------------------------------------------
// The CSV table (docs/EXPORT.md; the column rule of app::transfer::csv_columns)
// ---------------------------------------------------------------------------------------------

/** The documented CSV columns: fixed fields, a score per area in page order, an answer per statement in asking order. */
export function csvColumns() {
  const asking = CONTENT.dimensions.flatMap((d) => STATEMENTS.filter((q) => q.dimension === d).map((q) => q.id));
  return [
    'id',
    'completed_at',
    'name',
    'kind',
    'stage',
    'scope',
    'verdict',
    'model_version',
    ...CONTENT.dimensions.map((d) => `score_${d}`),
    ...asking.map((id) => `answer_${id}`),
  ];
}

/** Parses `;`-separated CSV with RFC 4180 quoting and CRLF line ends into rows of fields. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  assert.ok(field === '' && row.length === 0, 'the CSV ends with CRLF');
  return rows;
}

/** A CSV text field as the table writes it: a formula-like start gets a leading `'`. */
export const csvText = (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

// ---------------------------------------------------------------------------------------------
// The page objects
// ---------------------------------------------------------------------------------------------

/** The history screen ("Ihre Ergebnisse") with its files section. */
export class HistoryPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
    this.check = new CheckPage(page);
    this.list = page.locator('.nc-history-list');
    this.items = page.locator('.nc-history-item');
    this.fileInput = page.getByLabel(UI.import_label, { exact: true });
    this.importMessage = page.locator(`#${domId('import-message')}`);
    this.preview = page.getByRole('group', { name: UI.import_preview_heading, exact: true });
    this.compareStatus = page.locator(`#${domId('compare-status')}`);
  }

  button(name) {
    return this.check.button(name);
  }

  /** From the intro: "Ihre Ergebnisse" (or, with no history, "Ergebnisse aus einer Datei laden"). */
  async open() {
    await this.page
      .getByRole('button', { name: new RegExp(`^(${UI.history_open}|${UI.history_open_empty})$`) })
      .click();
    await this.check.waitForHeading(UI.history_heading);
  }

  /** The entries as listed: [{ id, title, verdict, situation }], top to bottom. */
  async entries() {
    return this.items.evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.dataset.entry,
        title: li.querySelector('.nc-history-title').innerText.trim(),
        verdict: li.querySelector('.nc-history-verdict').innerText.trim(),
      })),
    );
  }

  item(id) {
    return this.page.locator(`.nc-history-item[data-entry="${id}"]`);
  }

  /** The entry's checkbox, found by its label (the entry's title). */
  checkbox(id) {
    return this.item(id).getByRole('checkbox');
  }

  async select(...ids) {
    for (const id of ids) await this.checkbox(id).check();
  }

  /** "Ausgewählte vergleichen"; waits for the compare screen. */
  async compareSelected() {
    await this.button(UI.compare_selected).click();
    await this.check.waitForHeading(UI.compare_heading);
    return new ComparePage(this.page);
  }

  /** "Ansehen" of an entry; waits for its result. */
  async show(id) {
    await this.item(id).getByRole('button', { name: UI.entry_show }).click();
    await this.check.waitForHeading(UI.result_heading);
  }

  /** The delete confirmation of an entry (a group named by its question). */
  deleteDialog(id) {
    return this.item(id).getByRole('group', { name: UI.entry_delete_confirm, exact: true });
  }

  /** "Löschen" of an entry, then "Ja, löschen" (confirm) or "Abbrechen". */
  async deleteEntry(id, { confirm = true } = {}) {
    await this.item(id).getByRole('button', { name: UI.entry_delete }).click();
    const dialog = this.deleteDialog(id);
    await dialog.waitFor();
    await dialog.getByRole('button', { name: confirm ? UI.delete_yes : UI.confirm_no, exact: true }).click();
  }

  /** The "Alles löschen" confirmation. */
  get deleteAllDialog() {
    return this.page.getByRole('group', { name: UI.delete_all_confirm, exact: true });
  }

  /** "Alles löschen", then "Ja, alles löschen" (the widget goes to the intro) or "Abbrechen". */
  async deleteAll({ confirm = true } = {}) {
    await this.button(UI.delete_all).click();
    await this.deleteAllDialog.waitFor();
    await this.deleteAllDialog
      .getByRole('button', { name: confirm ? UI.delete_all_yes : UI.confirm_no, exact: true })
      .click();
  }

  /**
   * Clicks the button `name` and returns the download it starts: { filename, path, bytes,
   * text } (`path` where the browser saved it, until the context closes; `text` decoded as
   * UTF-8, a byte order mark kept).
   */
  async download(name) {
    return downloadFrom(this.page, () => this.button(name).click());
  }

  /** Chooses a file in "Gesicherte Datei laden": a path, or { name, mimeType, buffer }. */
  async chooseFile(file) {
    await this.fileInput.setInputFiles(file);
  }

  /** The preview's lines ("2 neue Einträge, 0 schon vorhanden.", …). */
  async previewLines() {
    await this.preview.waitFor();
    return (await this.preview.locator('p').allInnerTexts()).map(clean);
  }

  /** Waits until the import message reads `text`. */
  async waitForImportMessage(text) {
    await eventually(async () => assert.equal(clean(await this.importMessage.innerText()), text));
  }
}

/** Runs `act` (which starts a download) and returns { filename, path, bytes, text }. */
export async function downloadFrom(page, act) {
  const [download] = await Promise.all([page.waitForEvent('download'), act()]);
  const failure = await download.failure();
  assert.equal(failure, null, 'the download succeeded');
  const path = await download.path();
  const bytes = await readFile(path);
  return { filename: download.suggestedFilename(), path, bytes, text: bytes.toString('utf8') };
}

/** The compare screen ("Vergleich zweier Ergebnisse"). */
export class ComparePage {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
    this.section = page.locator('section.nc-compare');
    this.table = page.getByRole('table', { name: UI.compare_table_caption, exact: true });
  }

  async intro() {
    return clean(await this.section.locator(':scope > p').first().innerText());
  }

  async verdictChange() {
    return clean(await this.section.locator('.nc-verdict-change').innerText());
  }

  /** The table: [{ dimension, title, before, after, change, direction }]. */
  async rows() {
    return this.table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = tr.querySelectorAll('td');
        const spans = cells[2].querySelectorAll('span');
        return {
          dimension: tr.dataset.dimension,
          title: tr.querySelector('th').innerText.trim(),
          before: cells[0].innerText.trim(),
          after: cells[1].innerText.trim(),
          change: spans[0].innerText.trim(),
          direction: spans[1]?.innerText.trim() ?? null,
        };
      }),
    );
  }

  /** The chart's value labels per area ("50 → 68"). */
  async chartLabels() {
    return this.page
      .getByRole('img', { name: UI.compare_chart_label, exact: true })
      .locator('text[text-anchor=end]')
      .allTextContents();
  }

  /** The list under a relations sub-heading ("Neu hinzugekommen" / "Nicht mehr vorhanden"): its items, or [] for "keine". */
  async relations(heading) {
    const h3 = this.section.getByRole('heading', { level: 3, name: heading, exact: true });
    return h3.evaluate((h, none) => {
      const next = h.nextElementSibling;
      if (next.tagName === 'P') {
        if (next.innerText.trim() !== none) throw new Error(`unexpected "${next.innerText}"`);
        return [];
      }
      return [...next.querySelectorAll('li')].map((li) => li.innerText.replace(/\s+/g, ' ').trim());
    }, UI.compare_relations_none);
  }

  /** The answers that changed most, each "<statement> vorher: …; jetzt: …". */
  async answerChanges() {
    return (await this.section.locator('ol.nc-compare-answers > li').allInnerTexts()).map(clean);
  }

  modelNote() {
    return this.section.locator('.nc-note[data-note=model-changed]');
  }
}

/** Every option key a CSV answer cell may hold (or empty). */
export const ANSWER_KEYS = new Set(['', ...OPTION_KEYS]);
