// Renders README screenshots from the release build: `node e2e/support/screenshot.mjs`.
// Answers every question through the real UI (a persona with big goals, few resources and a
// fast pace) and saves the intro, a question page and the result page to docs/.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { CHROMIUM } from './harness.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
const server = await startServer(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 900, height: 900 }, locale: 'de-DE' });
await page.goto(server.url);
await page.screenshot({ path: `${docs}screenshot-intro.png`, fullPage: true });
await page.getByRole('button', { name: 'Check starten' }).click();
// Demand high, capacity low: agree with demand questions, disagree with capacity ones.
const demand = new Set(['Ihr Ziel-Anspruch', 'Tempo und Beteiligung']);
for (;;) {
  const title = await page.locator('h1').innerText();
  const groups = page.locator('fieldset.nc-question');
  for (let i = 0; i < (await groups.count()); i++) {
    const value = demand.has(title) ? '5' : '2';
    await groups.nth(i).locator(`input[value="${value}"]`).check();
  }
  if (title === 'Ihre Motivation und Rolle') {
    await page.screenshot({ path: `${docs}screenshot-question.png` });
  }
  const next = page.locator('button[type=submit]');
  const label = await next.innerText();
  await next.click();
  if (label === 'Ergebnis anzeigen') break;
}
await page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' }).waitFor();
await page.screenshot({ path: `${docs}screenshot-result.png`, fullPage: true });
await browser.close();
await server.close();
console.log('screenshots written to docs/');
