// Trunk post_build step (called by scripts/post-build.sh in the staging directory), every
// profile. Makes dist/ work under a strict Content-Security-Policy and ready for partners:
//
// 1. Trunk's inline start-up script moves into a file `boot-<hash>.js`, loaded as a module with
//    subresource integrity: `script-src 'self'` needs no hash that changes with every build.
// 2. Every stylesheet with `integrity` gets `crossorigin`, so it loads (and is styled) in a
//    sandboxed cross-origin iframe when the host sends CORS headers.
// 3. The loader `embed/embed.js` is copied with the names of this build's files filled in
//    (in-page mode imports them).
// 4. The page for partners (`partner/`) is copied.
//
// Usage: node scripts/post-build.mjs <staging dir> <source dir>
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

// 1. The start-up script.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/.exec(html);
if (inline) {
  const boot = `${inline[1].trim()}\n`;
  const name = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(staging, name), boot);
  html = html.replace(
    inline[0],
    `<script type="module" src="./${name}" integrity="${sri(boot)}" crossorigin="anonymous"></script>`,
  );
  console.log(`[post-build] start-up script moved to ${name}`);
} else if (!/src="?\.\/boot-/.test(html)) {
  fail('Trunk\'s start-up script was not found in index.html');
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) fail('index.html still has an inline script');

// 2. crossorigin wherever integrity is used.
html = html.replace(/<link\b[^>]*>/g, (tag) =>
  /\bintegrity=/.test(tag) && !/\bcrossorigin\b/.test(tag)
    ? tag.replace(/<link\b/, '<link crossorigin="anonymous"')
    : tag,
);
writeFileSync(indexPath, html);

// 3. The loader, with this build's file names.
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

// 4. The page for partners.
for (const file of readdirSync(join(source, 'partner'))) {
  copyFileSync(join(source, 'partner', file), join(staging, file));
}
