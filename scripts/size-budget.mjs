// The first screen's size budget: the brotli (quality 11) total of every file a visitor's
// browser loads for the first screen of dist/index.html, against a budget in bytes.
//
// What the first screen loads is found by reference, not by file-name patterns: index.html,
// then every file of the folder whose name appears in a file already counted (a stylesheet
// names its fonts, …), until nothing new appears. The start-up script (`boot-*.js`) counts,
// but what it names does not: it loads the check (glue, wasm) only when a fresh visitor turns
// to the widget, or at once for a returning one. Those files are "the check", reported beside
// the first screen. The loader (embed.js) and the page for partners are named by neither, so
// they do not count. e2e/size.test.mjs checks both lists against what Chromium requests,
// before and after the visitor turns to the widget.
//
// Usage: node scripts/size-budget.mjs [dist] [--budget BYTES] [--ceiling BYTES]
//          [--check-ceiling BYTES] [--report]
//   (defaults from scripts/size-budget.json; --budget alone drops its ceiling)
//   The check's files have a ceiling of their own (check_ceiling): it may only shrink.
//   prints the total and the budget; exits 1 over budget (the breakdown per file printed), or
//   with --report only prints the breakdown and never fails (make bench).
//   While the first screen is still above the budget, `make test` enforces a ceiling instead
//   (scripts/size-budget.json): the last measured size plus a small margin, lowered as the
//   size comes down, so the first screen can only shrink; the distance to the budget is
//   printed. Once under the budget, the ceiling is removed and the budget itself is enforced.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

/** The budget of the first screen in bytes (brotli), issue 9: 100 KB. */
export const BUDGET = 100_000;

/** The start-up script, whose references load on demand. */
const STARTUP = /^boot-[0-9a-f]+\.js$/;

/** Every file named, directly or not, by the files in `start` (not following `stop`). */
function closure(dir, start, stop = () => false) {
  const files = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile());
  const loaded = [...start];
  for (let i = 0; i < loaded.length; i++) {
    if (stop(loaded[i])) continue;
    const text = readFileSync(join(dir, loaded[i]), 'latin1');
    for (const f of files) {
      if (!loaded.includes(f) && text.includes(f)) loaded.push(f);
    }
  }
  return loaded;
}

/** Names of the files in `dir` that the first screen loads, index.html first. */
export function firstScreenFiles(dir) {
  if (!readdirSync(dir).includes('index.html')) throw new Error(`${dir} has no index.html`);
  return closure(dir, ['index.html'], (f) => STARTUP.test(f));
}

/** Names of the files the start-up script loads for the check (not in the first screen). */
export function checkFiles(dir) {
  const first = firstScreenFiles(dir);
  const boot = first.filter((f) => STARTUP.test(f));
  return closure(dir, boot).filter((f) => !first.includes(f));
}

/** Raw, gzip -9 and brotli 11 sizes of one file. */
export function sizes(path) {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** The first screen's files (or those of `list`) with their sizes, and the brotli total. */
export function measure(dir, list = firstScreenFiles) {
  const rows = list(dir).map((name) => ({ name, ...sizes(join(dir, name)) }));
  return { rows, total: rows.reduce((t, r) => t + r.brotli, 0) };
}

const fmt = (n) => n.toLocaleString('en-US');

/** The breakdown as printable lines, largest first. */
export function breakdown({ rows, total }) {
  const lines = [...rows]
    .sort((a, b) => b.brotli - a.brotli)
    .map(
      (r) =>
        `  ${r.name.padEnd(44)} ${fmt(r.raw).padStart(9)} raw ${fmt(r.gzip).padStart(9)} gzip ${fmt(r.brotli).padStart(9)} brotli ${((100 * r.brotli) / total).toFixed(1).padStart(5)} %`,
    );
  return lines;
}

function main(argv) {
  let dir = 'dist';
  // Defaults: scripts/size-budget.json (the budget, and the ceiling while above it).
  const limits = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8'));
  let budget = limits.budget ?? BUDGET;
  let ceiling = limits.ceiling;
  let checkCeiling = limits.check_ceiling;
  let report = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--budget') {
      budget = Number(argv[++i]);
      ceiling = undefined;
    }
    else if (argv[i] === '--ceiling') ceiling = Number(argv[++i]);
    else if (argv[i] === '--check-ceiling') checkCeiling = Number(argv[++i]);
    else if (argv[i] === '--report') report = true;
    else dir = argv[i];
  }
  if (!Number.isFinite(budget) || budget <= 0 || (ceiling !== undefined && !(ceiling >= budget))) {
    console.error('size-budget: --budget needs a positive number of bytes, --ceiling one at least as large');
    return 2;
  }
  const m = measure(dir);
  const verdict = `first screen: ${fmt(m.total)} B brotli of a ${fmt(budget)} B budget (${((100 * m.total) / budget).toFixed(1)} %), ${m.rows.length} files`;
  const check = measure(dir, checkFiles);
  const later = check.rows.length
    ? `the check, loaded when a visitor turns to the widget (at once for a returning one): ${fmt(check.total)} B brotli, ${check.rows.length} files; both: ${fmt(m.total + check.total)} B`
    : undefined;
  if (report) {
    console.log(verdict);
    breakdown(m).forEach((l) => console.log(l));
    if (later) {
      console.log(later);
      breakdown(check).forEach((l) => console.log(l));
    }
    return 0;
  }
  const also = () => later && console.log(later);
  if (checkCeiling !== undefined && check.total > checkCeiling) {
    console.error(`THE CHECK IS OVER ITS CEILING of ${fmt(checkCeiling)} B by ${fmt(check.total - checkCeiling)} B: ${later}`);
    breakdown(check).forEach((l) => console.error(l));
    return 1;
  }
  if (m.total <= budget) {
    console.log(`ok: ${verdict}`);
    also();
    return 0;
  }
  if (ceiling !== undefined && m.total <= ceiling) {
    console.log(`ok (ceiling ${fmt(ceiling)} B; ${fmt(m.total - budget)} B still to go): ${verdict}`);
    also();
    return 0;
  }
  also();
  if (ceiling !== undefined) {
    console.error(`OVER THE CEILING of ${fmt(ceiling)} B by ${fmt(m.total - ceiling)} B: ${verdict}`);
  } else {
    console.error(`OVER BUDGET by ${fmt(m.total - budget)} B: ${verdict}`);
  }
  breakdown(m).forEach((l) => console.error(l));
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main(process.argv.slice(2)));
