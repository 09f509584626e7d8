// What the benchmark scripts share (scripts/bench-load.mjs, scripts/bench-memory.mjs): the
// repository root, their `--name value` arguments, the release build to measure, the German UI
// texts (to find buttons by their labels), and headless Chromium (Debian's, never downloaded).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The value after `--name` on the command line, if given. */
export const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/** The build to measure: `--dist <folder>`, or dist/. */
export const dist = arg('dist') ?? `${ROOT}dist`;

/** The UI texts of locales/de/ui.json. */
export const UI = JSON.parse(readFileSync(`${ROOT}locales/de/ui.json`, 'utf8'));

/** Headless Chromium without background traffic (CHROMIUM_PATH, or Debian's). */
export const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });

/** Collects the page's uncaught errors and console errors (printed with the figures). */
export function pageErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/** The JS heap in bytes after a garbage collection (a CDP session with `Performance` enabled). */
export async function jsHeapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}
