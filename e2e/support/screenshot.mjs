// Renders README screenshots from the release build: `node e2e/support/screenshot.mjs [dir]`
// (default docs/). Answers every question through the real UI (the e2e suite's triad persona: a
// lasting regional network with big goals, few resources and a fast pace) and saves the intro,
// a question page (the first area, answered), the result page, and with a second, earlier
// check seeded (the cafe persona) the history and the compare screen.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { CHROMIUM } from './harness.mjs';
import { CheckPage, PERSONAS, UI } from './check-page.mjs';
import { HistoryPage, entryFor, seedHistory } from './history-page.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const out = `${resolve(process.argv[2] ?? fileURLToPath(new URL('../../docs/', import.meta.url)))}/`;
mkdirSync(out, { recursive: true });
const persona = PERSONAS.triad;
const server = await startServer(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 }, locale: 'de-DE' });
  await page.goto(server.url);
  await page.locator('.nc-intro').waitFor();
  await page.screenshot({ path: `${out}screenshot-intro.png`, fullPage: true });
  const check = new CheckPage(page);
  await check.start();
  await check.answerPage(persona); // Ihr Vorhaben
  await check.next();
  await check.answerPage(persona); // the first area
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${out}screenshot-question.png` });
  await check.next();
  await check.completeWith(persona);
  await check.waitForHeading(UI.result_heading);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${out}screenshot-result.png`, fullPage: true });
  // History and compare: an earlier check of the same network next to this one.
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('netzwerk-check.data')));
  const earlier = entryFor(PERSONAS.cafe, '2026-03-12T17:45:00.000Z', 'Workshop März');
  await seedHistory(page, [...stored.history, earlier]);
  const history = new HistoryPage(page);
  await history.open();
  await page.screenshot({ path: `${out}screenshot-history.png`, fullPage: true });
  await page.locator('.nc-history-select input').nth(0).check();
  await page.locator('.nc-history-select input').nth(1).check();
  await page.getByRole('button', { name: UI.compare_selected }).click();
  await check.waitForHeading(UI.compare_heading);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${out}screenshot-compare.png`, fullPage: true });
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots written to ${out}`);
