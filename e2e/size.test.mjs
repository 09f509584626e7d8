// The first screen's size budget (scripts/size-budget.mjs): what it counts is what Chromium
// really loads, and the script fails with a breakdown when a folder is over budget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, teardown, openWidget } from './support/harness.mjs';
import { waitLive } from './support/check-page.mjs';
import { checkFiles, firstScreenFiles, measure } from '../scripts/size-budget.mjs';

const DIST = process.env.NC_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../scripts/size-budget.mjs', import.meta.url));

before(setup);
after(teardown);

test('the budget counts exactly the files Chromium loads for the first screen, and then for the check', async (t) => {
  const w = await openWidget({ live: false });
  await w.page.getByRole('button', { name: 'Check starten' }).waitFor();
  await w.page.waitForLoadState('networkidle');
  await w.page.waitForTimeout(500);
  const loaded = () =>
    new Set(
      w.requests
        .map((u) => new URL(u))
        .filter((u) => u.origin === new URL(w.url).origin)
        .map((u) => decodeURIComponent(u.pathname.split('/').pop()) || 'index.html'),
    );
  const first = firstScreenFiles(DIST);
  assert.deepEqual([...loaded()].sort(), [...first].sort(), 'before the visitor turns to the widget');
  // The visitor turns to the widget: the check's files, and nothing else.
  await waitLive(w.page);
  await w.page.waitForLoadState('networkidle');
  const check = checkFiles(DIST);
  assert.ok(check.some((f) => f.endsWith('.wasm')), `the check has the wasm: ${check}`);
  assert.deepEqual([...loaded()].sort(), [...first, ...check].sort(), 'after');
  t.diagnostic(`first screen: ${measure(DIST).total} B brotli; the check: ${measure(DIST, checkFiles).total} B`);
  await w.assertClean();
});

test('over budget: exit 1 and a breakdown per file; files nobody names do not count', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nc-size-'));
  try {
    writeFileSync(join(dir, 'index.html'), '<script src="./boot-1.js"></script><link href="./font-4.woff2">');
    writeFileSync(join(dir, 'font-4.woff2'), randomBytes(4000));
    writeFileSync(join(dir, 'boot-1.js'), 'import("./app-2.js"); fetch("app-2_bg.wasm")');
    writeFileSync(join(dir, 'app-2.js'), 'export {}');
    writeFileSync(join(dir, 'app-2_bg.wasm'), randomBytes(40000));
    writeFileSync(join(dir, 'embed.js'), 'not loaded by the first screen');
    // What the start-up script names is the check, loaded on demand, not the first screen.
    assert.deepEqual(firstScreenFiles(dir), ['index.html', 'boot-1.js', 'font-4.woff2']);
    assert.deepEqual(checkFiles(dir), ['app-2.js', 'app-2_bg.wasm']);

    const over = spawnSync(process.execPath, [SCRIPT, dir, '--budget', '1000'], { encoding: 'utf8' });
    assert.equal(over.status, 1, over.stderr);
    assert.match(over.stderr, /OVER BUDGET by [\d,]+ B/);
    for (const f of ['index.html', 'boot-1.js', 'font-4.woff2']) assert.match(over.stderr, new RegExp(f.replace('.', '\\.')));
    assert.doesNotMatch(over.stderr, /embed\.js|app-2/);
    assert.match(over.stdout, /the check, loaded when a visitor turns to the widget .*: [\d,]+ B brotli, 2 files/);

    // Above the budget but under the ceiling (the ratchet while the budget is not reached).
    const under = spawnSync(process.execPath, [SCRIPT, dir, '--budget', '1000', '--ceiling', '100000'], { encoding: 'utf8' });
    assert.equal(under.status, 0, under.stderr);
    assert.match(under.stdout, /^ok \(ceiling 100,000 B; [\d,]+ B still to go\)/);
    const above = spawnSync(process.execPath, [SCRIPT, dir, '--budget', '1000', '--ceiling', '2000'], { encoding: 'utf8' });
    assert.equal(above.status, 1, above.stdout);
    assert.match(above.stderr, /OVER THE CEILING of 2,000 B by [\d,]+ B/);

    // The check's own ceiling (a ratchet on what loads when the visitor turns to the widget).
    const bigCheck = spawnSync(process.execPath, [SCRIPT, dir, '--budget', '100000', '--check-ceiling', '1000'], { encoding: 'utf8' });
    assert.equal(bigCheck.status, 1, bigCheck.stdout);
    assert.match(bigCheck.stderr, /THE CHECK IS OVER ITS CEILING of 1,000 B by [\d,]+ B/);
    assert.match(bigCheck.stderr, /app-2_bg\.wasm/);

    const ok = spawnSync(process.execPath, [SCRIPT, dir, '--budget', '100000', '--check-ceiling', '100000'], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /^ok: first screen: [\d,]+ B brotli of a 100,000 B budget/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
