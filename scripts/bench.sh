#!/usr/bin/env bash
# Benchmark: prints figures, asserts nothing (machines here are shared and noisy).
#   - release build sizes of dist/: raw, gzip -9, brotli (quality 11): the first screen's files,
#     the check's (glue, wasm), the loader embed.js, the page for partners
#   - native model speed: questionnaire load and assess() per call (examples/bench_model.rs)
#   - the first screen against its 100 KB budget, and the check (scripts/size-budget.mjs, files
#     found by reference from index.html)
#   - wasm memory and JS heap after 10 and after 200 screen changes in headless Chromium
#     (scripts/bench-memory.mjs; a figure that keeps rising is a leak)
#   - throttled page load (scripts/bench-load.mjs: 4x CPU, 1.6 Mbit/s, 150 ms RTT, brotli;
#     medians of 7 runs): transfer, first paint, first usable question, live widget,
#     answer/page latency
# Run `make release` first for current sizes (this script builds it if dist/ is missing).
set -euo pipefail
NC_STEP=bench
. "$(dirname "$0")/lib.sh"
cd "$ROOT"
ls dist/*.wasm >/dev/null 2>&1 || scripts/release.sh >/dev/null
say "release sizes (bytes)"
node --input-type=module -e '
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
// What a visitor loads for the first screen, what a partner page loads on top (the loader),
// and the page for partners.
const groups = [
  // The stylesheet is inline in index.html; the file main-*.css is for in-page mode only.
  ["first screen", (f) => /^(index\.html|boot-.*\.js)$/.test(f)],
  // Loaded when a fresh visitor turns to the widget (at once for a returning one).
  ["the check (glue and wasm)", (f) => /^netzwerk-check-.*$/.test(f)],
  ["loader (partner pages)", (f) => f === "embed.js"],
  ["in-page mode adds (the stylesheet file)", (f) => /^main-.*\.css$/.test(f)],
  ["partner page", (f) => f.startsWith("partner.")],
];
const size = (f) => {
  const b = readFileSync("dist/" + f);
  return [f.replace(/-[0-9a-f]{8,}(?=[._])/, ""), b.length, gzipSync(b, { level: 9 }).length,
    brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
};
const line = (r) => console.log(r[0].padEnd(28), String(r[1]).padStart(9), "raw", String(r[2]).padStart(9), "gzip", String(r[3]).padStart(9), "brotli");
const files = readdirSync("dist").sort();
for (const [name, test] of groups) {
  const rows = files.filter(test).map(size);
  console.log(`-- ${name}`);
  rows.forEach(line);
  if (rows.length > 1) line(rows.reduce((t, r) => [t[0], t[1] + r[1], t[2] + r[2], t[3] + r[3]], ["total", 0, 0, 0]));
}
'
say "first screen against its budget (brotli 11)"
node scripts/size-budget.mjs dist --report
say "model speed (native, release)"
cargo run -q --release --example bench_model
say "wasm memory and JS heap after 10 and after 200 screen changes (release build, headless Chromium)"
node scripts/bench-memory.mjs --dist dist --changes 10,200
say "throttled page load (release build, headless Chromium)"
node scripts/bench-load.mjs --dist dist --runs "${NC_BENCH_RUNS:-7}"
