#!/usr/bin/env node
// Memory benchmark: drives the release build in headless Chromium through many screen changes
// and prints the size of the wasm linear memory (the widget's exported
// `nc_wasm_memory_bytes()`) and the JS heap (CDP, after a garbage collection) after each
// checkpoint. Prints figures, asserts nothing.
//
//   node scripts/bench-memory.mjs                      # dist/, checkpoints 10, 50, 200
//   NC_BENCH_CHANGES=10,50,200,1000 node scripts/bench-memory.mjs
//   node scripts/bench-memory.mjs --dist other-dist --changes 10,100
//
// Three runs, each in a fresh page with empty storage. None lets the stored data grow (a
// completed check stays in the history, so a run that only completed checks would measure the
// history, not the screens):
//   - restart: intro -> "Check starten" -> every page answered and "Weiter" up to the last one
//     -> "Zurück" back to the intro -> "Neu beginnen" + "Ja, neu beginnen" -> again;
//   - result: intro -> "Check starten" -> every page -> "Ergebnis anzeigen" -> result ->
//     "Zurück zu Ihren Ergebnissen" -> the entry deleted ("Löschen" + "Ja, löschen") ->
//     "Zur Startseite" -> again (each cycle leaves one deletion mark, ~20 bytes);
//   - back and forth: "Weiter" and "Zurück" between the second and third page.
// A screen change is one click that replaces the screen (its h1 changes); the confirmations
// belong to the step that follows them. wasm memory only grows, so a leak shows as a figure
// that keeps rising; without one it stays flat after warm-up.
import { startServer } from '../e2e/support/server.mjs';
import { UI, arg, dist, jsHeapAfterGc, launchChromium, pageErrors } from './bench-support.mjs';

const checkpoints = (arg('changes') ?? process.env.NC_BENCH_CHANGES ?? '10,50,200')
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
  .sort((a, b) => a - b);

// Runs in the page: one screen change per call of step(mode); resolves when the h1 changed.
function install(ui) {
  const h1 = () => document.querySelector('h1')?.textContent ?? '';
  const button = (text) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
  const settle = () => new Promise((ok) => setTimeout(ok, 0));
  const until = async (ready, what) => {
    for (let i = 0; i < 2000; i++) {
      if (ready()) return;
      await settle();
    }
    throw new Error(`timed out waiting for ${what} (h1: ${h1()})`);
  };
  // Answers every unanswered question on the page, varying the option by question.
  const answerAll = () => {
    document.querySelectorAll('fieldset.nc-question').forEach((fieldset, i) => {
      if (fieldset.querySelector('input:checked')) return;
      const inputs = fieldset.querySelectorAll('input[type=radio]');
      const scale = fieldset.classList.contains('nc-question--profile') ? inputs.length : Math.min(5, inputs.length);
      inputs[i % scale]?.click();
    });
  };
  const pageIndex = () => {
    const m = /(\d+)/.exec(document.querySelector('.nc-progress .nc-step')?.textContent ?? '');
    return m ? Number(m[1]) - 1 : -1;
  };
  const confirm = async (label, yes) => {
    button(label).click();
    await until(() => button(yes), `"${yes}"`);
    button(yes).click();
  };
  // The restart run walks forward to the last page, then back to the intro.
  let backward = false;
  window.__ncBench = {
    async step(mode) {
      const before = h1();
      if (document.querySelector('.nc-intro')) {
        if (button(ui.start_over)) {
          await confirm(ui.start_over, ui.confirm_yes);
          await until(() => button(ui.start), `"${ui.start}" after starting over`);
        }
        backward = false;
        (button(ui.start) ?? button(ui.resume)).click();
      } else if (document.querySelector('.nc-result')) {
        button(ui.back_to_history).click();
      } else if (document.querySelector('.nc-history')) {
        const entry = document.querySelector('li[data-entry]');
        if (entry) {
          [...entry.querySelectorAll('button')].find((b) => b.textContent.trim() === ui.entry_delete).click();
          await until(() => button(ui.delete_yes), `"${ui.delete_yes}"`);
          button(ui.delete_yes).click();
          await until(() => !document.querySelector('li[data-entry]'), 'the entry deleted');
        }
        button(ui.back_to_start).click();
      } else if ((mode === 'backforth' && pageIndex() >= 2) || (mode === 'restart' && backward)) {
        button(ui.back).click();
      } else {
        answerAll();
        await settle();
        if (mode === 'restart' && !button(ui.next)) {
          backward = true;
          button(ui.back).click();
        } else {
          (button(ui.next) ?? button(ui.to_result)).click();
        }
      }
      await until(() => h1() !== before && h1() !== '', 'the next screen');
      await settle();
    },
    memory: () => window.wasmBindings.nc_wasm_memory_bytes(),
  };
}

async function run(browser, url, mode, title) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = pageErrors(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = () => jsHeapAfterGc(cdp);
  await page.goto(url);
  // A fresh visitor's page loads the check when the visitor turns to the widget: the pointer
  // onto it (raw mouse events: a locator would inject Playwright's helper script, and the JS
  // heap measured below would count it).
  const box = await page.evaluate(() => {
    const r = document.querySelector('#netzwerk-check').getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + Math.min(r.height / 2, 100) };
  });
  await page.mouse.move(0, 0);
  await page.mouse.move(box.x, box.y);
  await page.waitForFunction(
    () => window.wasmBindings && document.querySelector('.nc-root:not(.nc-prerender > .nc-root) h1'),
  );
  await page.evaluate(install, UI);
  console.log(`\n${title}`);
  console.log(`${'screen changes'.padStart(14)} ${'wasm memory (bytes)'.padStart(20)} ${'JS heap (bytes)'.padStart(16)}`);
  const print = async (n, bytes) =>
    console.log(`${String(n).padStart(14)} ${String(bytes).padStart(20)} ${String(await heap()).padStart(16)}`);
  const figures = [];
  await print(0, await page.evaluate(() => window.__ncBench.memory()));
  let done = 0;
  for (const target of checkpoints) {
    const n = target - done;
    await page.evaluate(
      async ([n, mode]) => {
        for (let i = 0; i < n; i++) await window.__ncBench.step(mode);
      },
      [n, mode],
    );
    done = target;
    const bytes = await page.evaluate(() => window.__ncBench.memory());
    figures.push(bytes);
    await print(done, bytes);
  }
  if (figures.length > 1) {
    const [first, last] = [checkpoints[0], checkpoints.at(-1)];
    console.log(`growth from ${first} to ${last} screen changes: ${figures.at(-1) - figures[0]} bytes`);
  }
  if (errors.length) console.log(`page errors: ${errors.join(' | ')}`);
  await context.close();
}

const server = await startServer(dist);
const browser = await launchChromium();
try {
  console.log(`wasm memory (bytes) after ${checkpoints.join(', ')} screen changes`);
  await run(browser, server.url, 'restart', 'full cycles: intro -> every page -> back to the intro -> "Neu beginnen"');
  await run(browser, server.url, 'result', 'full cycles: intro -> every page -> result -> history, entry deleted -> intro');
  await run(browser, server.url, 'backforth', '"Weiter" / "Zurück" between pages 2 and 3');
} finally {
  await browser.close();
  await server.close();
}
