// Trunk post_build step (called by scripts/post-build.sh in the staging directory), every
// profile. Makes dist/ show its first screen before the wasm, work under a strict
// Content-Security-Policy and ready for partners:
//
// 1. Trunk's inline start-up script is replaced by a file `boot-<hash>.js`, loaded as a module
//    with subresource integrity (`script-src 'self'` needs no hash that changes with every
//    build). It imports the glue dynamically (with the integrity hashes of Trunk's preload
//    links, which go), for a fresh visitor only once they turn to the widget. It shows the
//    pre-rendered buttons, the first question page on "Check starten", and keeps a click
//    until the wasm has mounted (see 3.).
// 2. The widget's stylesheet is inlined into index.html as one <style> element (no request
//    before the first paint); its sha256 goes into the recommended policy, written to
//    `csp.txt`. The stylesheet file stays for the in-page mode (embed.js links it in the
//    shadow root). Every remaining <link> with `integrity` gets `crossorigin`.
// 3. The intro and the first question page are pre-rendered into the host element from the
//    locale data
//    (`cargo run --example prerender`, native; src/app/prerender.rs).
// 4. The loader `embed/embed.js` is copied with the names of this build's files filled in
//    (in-page mode imports them).
// 5. The page for partners (`partner/`) is copied.
//
// Usage: node scripts/post-build.mjs <staging dir> <source dir>
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const [staging, source] = process.argv.slice(2);
if (!staging || !source) {
  console.error('usage: post-build.mjs <staging dir> <source dir>');
  process.exit(2);
}
const fail = (message) => {
  console.error(`[post-build] error: ${message}`);
  process.exit(1);
};
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// 1. The start-up script: Trunk's, with the glue imported dynamically after the listeners for
//    early clicks are in place. The class and attribute names are those of src/app/prerender.rs.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/.exec(html);
if (!inline) fail("Trunk's start-up script was not found in index.html");
const glue = /from\s*['"](\.\/[^'"]+\.js)['"]/.exec(inline[1])?.[1] ?? fail('no glue import in the start-up script');
const wasmPath = /module_or_path:\s*['"]([^'"]+)['"]/.exec(inline[1])?.[1] ?? fail('no wasm path in the start-up script');
// Trunk's preload links would fetch the glue and the wasm with the page: they go, and the
// start-up script fetches both itself, with the same integrity hashes, when it loads the check.
const integrityOf = (file) => {
  const link = new RegExp(`<link\\b[^>]*\\bhref="?${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?[^>]*>`).exec(html)
    ?? fail(`no preload link for ${file} in index.html`);
  html = html.replace(link[0], '');
  return /\bintegrity="?([^" >]+)"?/.exec(link[0])?.[1] ?? fail(`no integrity on the link for ${file}`);
};
const glueIntegrity = integrityOf(glue);
const wasmIntegrity = integrityOf(wasmPath);
// For a fresh visitor on the widget's own page, the wasm is loaded when the visitor turns to
// the widget (pointer over it, a touch, a key, the focus), not with the page: the intro and the
// first question page are pre-rendered, and their radio buttons work without it. Returning
// visitors (anything stored under netzwerk-check.*, or storage that cannot be asked), settings
// or a result link in the address, and a page without the pre-render load it at once.
// Until the wasm has mounted:
// - "Check starten" shows the pre-rendered first question page (data-nc-shown="page") and
//   focuses its heading, "Zurück" there the intro again; answers are plain radio buttons.
//   Not for a returning visitor: their check may be further on (the live widget continues
//   it), so their click is kept instead, as below;
// - "Weiter" there, the results button, or "Check starten" without a pre-rendered page are
//   kept (data-nc-pending: next | history | start; the first click only), the button is busy
//   and the live region says so; the mount (src/ui/mod.rs) takes all of it over.
// If the wasm cannot load, the buttons are hidden again and the reason is shown, styled as the
// widget.
const boot = `// Netzwerk-Check start-up (scripts/post-build.mjs)
const host = document.querySelector('#netzwerk-check.nc-host');
const pre = host && host.querySelector(':scope > .nc-prerender');
const status = pre && pre.querySelector('[data-nc-loading]');
const template = pre && pre.querySelector(':scope > template.nc-prerender-page');
const intro = pre && pre.querySelector(':scope > main');
let page;
let loading;
const stored = () => {
  try {
    const storage = window.localStorage;
    for (let i = 0; i < storage.length; i++) if ((storage.key(i) || '').startsWith('netzwerk-check.')) return true;
    return false;
  } catch {
    return true;
  }
};
const returning = stored();
const load = () => {
  if (loading) return loading;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = '${glue}';
  link.integrity = '${glueIntegrity}';
  link.crossOrigin = 'anonymous';
  document.head.append(link);
  loading = (async () => {
    try {
      const bindings = await import('${glue}');
      const module_or_path = fetch('${wasmPath}', { integrity: '${wasmIntegrity}' });
      const wasm = await bindings.default({ module_or_path });
      window.wasmBindings = bindings;
      dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
    } catch (error) {
      if (pre && pre.isConnected) {
        pre.removeAttribute('data-nc-boot');
        if (status) {
          status.className = 'nc-root';
          status.textContent = status.dataset.ncFailed;
        }
      }
      throw error;
    }
  })();
  return loading;
};
const focusHeading = (screen) => {
  const heading = screen.querySelector('h1');
  if (heading) heading.focus();
};
const showPage = () => {
  if (!page) {
    page = template.content.firstElementChild.cloneNode(true);
    intro.after(page);
  }
  intro.hidden = true;
  page.hidden = false;
  pre.setAttribute('data-nc-shown', 'page');
  focusHeading(page);
};
const showIntro = () => {
  page.hidden = true;
  intro.hidden = false;
  pre.removeAttribute('data-nc-shown');
  focusHeading(intro);
};
if (pre) {
  pre.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    load().catch(() => {});
    if (pre.hasAttribute('data-nc-pending')) {
      event.preventDefault();
      return;
    }
    const onPage = page && page.contains(button);
    const primary = button.classList.contains('nc-button--primary');
    if (!onPage && primary && template && intro && !returning) return showPage();
    if (onPage && !primary) return showIntro();
    event.preventDefault();
    pre.setAttribute('data-nc-pending', onPage ? 'next' : primary ? 'start' : 'history');
    button.setAttribute('aria-disabled', 'true');
    button.setAttribute('aria-busy', 'true');
    if (status) status.textContent = status.dataset.ncLoading;
  });
  pre.addEventListener('submit', (event) => event.preventDefault());
  pre.setAttribute('data-nc-boot', '');
}
if (!pre || !template || location.search.length > 1 || location.hash.length > 1 || returning) {
  load().catch(() => {});
} else {
  const intent = () => load().catch(() => {});
  for (const type of ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown']) {
    host.addEventListener(type, intent, { once: true, passive: true, capture: true });
  }
}
`;
const bootName = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, bootName), boot);
html = html.replace(
  inline[0],
  `<script type="module" src="./${bootName}" integrity="${sri(boot)}" crossorigin="anonymous"></script>`,
);
console.log(`[post-build] start-up script ${bootName} (early clicks kept, glue ${glue})`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) fail('index.html still has an inline script');

// 2. The stylesheet inline, its hash in the recommended policy; crossorigin wherever
//    integrity is used.
const cssLink = /<link\b[^>]*\bhref="?\.\/(main-[0-9a-f]+\.css)"?[^>]*>/.exec(html) ?? fail('no stylesheet link in index.html');
const css = readFileSync(join(staging, cssLink[1]), 'utf8');
if (/<\/style/i.test(css)) fail(`${cssLink[1]} contains "</style"`);
const styleHash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
html = html.replace(cssLink[0], () => `<style>${css}</style>`);
html = html.replace(/<link\b[^>]*>/g, (tag) =>
  /\bintegrity=/.test(tag) && !/\bcrossorigin\b/.test(tag)
    ? tag.replace(/<link\b/, '<link crossorigin="anonymous"')
    : tag,
);
const policy =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; " +
  `style-src 'self' ${styleHash}; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'`;
writeFileSync(join(staging, 'csp.txt'), `${policy}\n`);
console.log(`[post-build] ${cssLink[1]} inlined (${css.length} bytes, ${styleHash}); policy in csp.txt`);

// 3. The intro, pre-rendered natively from the locale data. The wasm32 environment
//    (.tools/wasm-env.sh: build-std, another rustc, its own target dir) and the release size
//    options (scripts/lib.sh, with_release_env: RUSTC_BOOTSTRAP, CARGO_UNSTABLE_*) are left
//    out, so the native build reuses what `cargo test` / `cargo clippy` compiled.
const started = Date.now();
const env = { ...process.env };
const wasmEnv = join(source, '.tools', 'wasm-env.sh');
if (existsSync(wasmEnv)) {
  for (const [, name] of readFileSync(wasmEnv, 'utf8').matchAll(/^export ([A-Z0-9_]+)=/gm)) {
    if (name !== 'PATH') delete env[name];
  }
}
for (const name of Object.keys(env)) {
  if (name === 'RUSTC_BOOTSTRAP' || name.startsWith('CARGO_UNSTABLE_') || name.startsWith('CARGO_TARGET_WASM32_')) delete env[name];
}
env.PATH = (env.PATH ?? '').split(delimiter).filter((dir) => !dir.includes(join(source, '.tools'))).join(delimiter);
let intro;
try {
  intro = execFileSync('cargo', ['run', '--quiet', '--locked', '--example', 'prerender'], {
    cwd: source,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} catch (error) {
  fail(`cargo run --example prerender: ${error.message}`);
}
if (!intro.startsWith('<div class="nc-prerender">')) fail('the pre-rendered intro has an unexpected form');
const host = /<div\b[^>]*\bid="?netzwerk-check"?[^>]*>\s*<noscript>[\s\S]*?<\/noscript>/.exec(html) ?? fail('no host element with <noscript> in index.html');
html = html.replace(host[0], () => `${host[0]}${intro}`);
writeFileSync(indexPath, html);
console.log(`[post-build] intro and first question page pre-rendered into index.html (${intro.length} bytes, ${((Date.now() - started) / 1000).toFixed(1)} s)`);

// 4. The loader, with this build's file names.
const files = readdirSync(staging);
const find = (test, what) => files.find(test) ?? fail(`no ${what} in ${staging}`);
const assets = {
  js: find((f) => /^netzwerk-check-[0-9a-f]+\.js$/.test(f), 'glue JS'),
  wasm: find((f) => f.endsWith('_bg.wasm'), 'wasm'),
  css: find((f) => /^main-[0-9a-f]+\.css$/.test(f), 'stylesheet'),
};
const loader = readFileSync(join(source, 'embed', 'embed.js'), 'utf8');
const marker = /\/\*NC_ASSETS\*\/\{[^}]*\}/;
if (!marker.test(loader)) fail('embed/embed.js has no /*NC_ASSETS*/{…} manifest');
writeFileSync(join(staging, 'embed.js'), loader.replace(marker, `/*NC_ASSETS*/${JSON.stringify(assets)}`));
console.log(`[post-build] embed.js with ${JSON.stringify(assets)}`);

// 5. The page for partners.
for (const file of readdirSync(join(source, 'partner'))) {
  copyFileSync(join(source, 'partner', file), join(staging, file));
}
