// Renders README screenshots from the release build: `node e2e/support/screenshot.mjs`.
// Answers every question through the real UI (the e2e suite's persona with big goals, few
// resources and a fast pace) and saves the intro, a question page and the result page to docs/.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { CHROMIUM } from './harness.mjs';
import { CheckPage, PERSONAS } from './check-page.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
const server = await startServer(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 900, height: 900 }, locale: 'de-DE' });
await page.goto(server.url);
await page.screenshot({ path: `${docs}screenshot-intro.png`, fullPage: true });
const check = new CheckPage(page);
await check.start();
await check.answerPage(PERSONAS.overstretched);
await page.screenshot({ path: `${docs}screenshot-question.png` });
await check.completeWith(PERSONAS.overstretched);
await page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' }).waitFor();
await page.screenshot({ path: `${docs}screenshot-result.png`, fullPage: true });
await browser.close();
await server.close();
console.log('screenshots written to docs/');
