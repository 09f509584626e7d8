// Smoke check of a running widget, e.g. `make run`'s server:
//   node e2e/support/smoke.mjs http://127.0.0.1:8080/
// Opens it in headless Debian Chromium with the e2e guards (no console errors, no uncaught
// errors, no request leaving 127.0.0.1), checks the intro renders, "Check starten" leads to the
// profile page ("Ihr Vorhaben"), and axe-core finds nothing on either.
import { setup, teardown, openWidget, assertAccessible } from './harness.mjs';
import { CheckPage, TEXTS } from './check-page.mjs';

const baseUrl = process.argv[2] ?? 'http://127.0.0.1:8080/';
await setup({ baseUrl });
try {
  const w = await openWidget();
  const h1 = await w.page.locator('h1').innerText();
  await assertAccessible(w.page, `${baseUrl} (intro)`);
  const check = new CheckPage(w.page);
  await check.start();
  await check.waitForHeading(TEXTS.profile.title);
  await assertAccessible(w.page, `${baseUrl} (${TEXTS.profile.title})`);
  await w.assertClean();
  console.log(
    `ok: ${baseUrl} renders "${h1}" and "${TEXTS.profile.title}"; no console errors, no non-local requests, 0 axe violations`,
  );
} finally {
  await teardown();
}
