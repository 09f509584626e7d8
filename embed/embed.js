/* Netzwerk-Check loader. Contract: docs/EMBED.md */
(() => {
  'use strict';
  const W = window;
  const D = document;
  const old = W.NetzwerkCheck;
  // Included twice: the first copy does the work.
  if (old && typeof old.mountAll == 'function') return void old.mountAll();

  const cur = D.currentScript;
  const base = new URL('.', (cur && cur.src) || location.href).href;
// Filled in by the build (hashed file names, relative to base).
var ASSETS = /*NC_ASSETS*/{"js":"","wasm":"","css":""};

  const SEL = '[data-netzwerk-check]';
  const LOADER_ONLY = ['netzwerk-check', 'min-height', 'max-height', 'title', 'src'];
  const PLACEHOLDER = 480;
  const mounts = new Map(); // element -> mount
  const byId = new Map(); // embed id -> mount
  let count = 0;

  // data-* attributes as [name without "data-", value] pairs.
  const dataPairs = (el) =>
    [...el.attributes]
      .filter((a) => a.name.startsWith('data-'))
      .map((a) => [a.name.slice(5), a.value]);

  // A positive number from data-<key> (CSS px), else undefined.
  const px = (el, key) => {
    const v = el.getAttribute('data-' + key);
    if (v == null) return;
    const n = +v.trim().replace(/px$/i, '');
    if (n > 0 && n < Infinity) return n;
    console.warn(`Netzwerk-Check: data-${key}: ${JSON.stringify(v)} is not a positive number; ignored`);
  };

  const setHeight = (m, h) => {
    h = Math.ceil(Math.min(m.max || Infinity, Math.max(m.min || 0, h)));
    if (h !== m.h) m.frame.style.height = (m.h = h) + 'px';
  };

  function mount(el) {
    if (!el || mounts.has(el) || el.localName == 'netzwerk-check') return el;
    const src = el.getAttribute('data-src');
    let url;
    try {
      url = new URL(src || base + 'index.html', D.baseURI);
    } catch {}
    if (!url || !/^https?:$/.test(url.protocol)) {
      console.error('Netzwerk-Check: data-src is not an http(s) URL: ' + src);
      return el;
    }
    const id = 'nc' + (++count) + '_' + Math.random().toString(36).slice(2, 10);
    for (const [k, v] of dataPairs(el)) if (!LOADER_ONLY.includes(k)) url.searchParams.set(k, v);
    url.searchParams.set('embed', id);
    url.searchParams.set('origin', location.origin);

    const frame = D.createElement('iframe');
    const partner = (el.getAttribute('data-partner') || '').trim().replace(/\s+/g, ' ');
    frame.title =
      el.getAttribute('data-title') || 'Netzwerk-Check' + (partner ? ' – ' + [...partner].slice(0, 80).join('') : '');
    frame.setAttribute('loading', 'lazy');
    const m = { el, frame, id, origin: url.origin, min: px(el, 'min-height'), max: px(el, 'max-height') };
    if (!m.max) frame.setAttribute('scrolling', 'no');
    const s = frame.style;
    s.width = '100%';
    s.border = '0';
    s.display = 'block';
    setHeight(m, Math.min(m.min || PLACEHOLDER, m.max || Infinity));
    frame.src = url.href;
    mounts.set(el, m);
    byId.set(id, m);
    el.appendChild(frame);
    return el;
  }

  function unmount(el) {
    const m = mounts.get(el);
    if (m) {
      m.frame.remove();
      mounts.delete(el);
      byId.delete(m.id);
    }
    return el;
  }

  function mountAll(root = D) {
    const els = [...root.querySelectorAll(SEL)];
    if (root.matches && root.matches(SEL)) els.unshift(root);
    els.forEach(mount);
  }

  W.addEventListener('message', (e) => {
    const d = e.data;
    if (!d || typeof d != 'object' || d.source !== 'netzwerk-check' || d.v !== 1 || typeof d.type != 'string') return;
    const m = byId.get(d.id);
    if (!m || e.source !== m.frame.contentWindow || e.origin !== m.origin) return;
    const { type, height } = d;
    if ((type == 'ready' || type == 'resize') && typeof height == 'number' && height >= 0 && height < Infinity) {
      setHeight(m, height);
    } else if (type == 'step') {
      const top = m.frame.getBoundingClientRect().top;
      if (top < 0 || top > W.innerHeight) {
        const still = W.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches;
        m.frame.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
      }
    }
    m.el.dispatchEvent(new CustomEvent('netzwerk-check:' + type, { detail: { ...d }, bubbles: true }));
  });

  // In-page mode: <netzwerk-check> renders into its shadow root.
  let loading;
  const load = () =>
    loading ||
    (loading = import(base + ASSETS.js)
      .then((mod) => mod.default({ module_or_path: base + ASSETS.wasm }).then(() => mod))
      .catch((err) => {
        loading = null; // a later element may try again
        throw err;
      }));

  const CE = W.customElements;
  if (CE && !CE.get('netzwerk-check'))
    CE.define(
      'netzwerk-check',
      class extends HTMLElement {
        connectedCallback() {
          if (this._nc) return; // mounted or loading
          const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
          const link = D.createElement('link');
          link.rel = 'stylesheet';
          link.crossOrigin = 'anonymous';
          link.href = base + ASSETS.css;
          const box = D.createElement('div');
          root.textContent = '';
          root.append(link, box);
          const nc = (this._nc = { box });
          load()
            .then((mod) => {
              if (this._nc === nc) nc.handle = mod.nc_mount(box, dataPairs(this), this);
            })
            .catch((err) => {
              console.error('Netzwerk-Check:', err);
              if (this._nc !== nc) return;
              const p = D.createElement('p');
              p.setAttribute('role', 'alert');
              p.textContent = 'Der Netzwerk-Check konnte nicht geladen werden.';
              root.textContent = '';
              root.append(p);
            });
        }

        disconnectedCallback() {
          const nc = this._nc;
          this._nc = null;
          if (!nc) return;
          try {
            if (nc.handle) nc.handle.unmount();
          } finally {
            nc.box.textContent = '';
          }
        }
      },
    );

  W.NetzwerkCheck = Object.freeze({ mount, unmount, mountAll, version: 1 });
  mountAll();
  if (D.readyState == 'loading') D.addEventListener('DOMContentLoaded', () => mountAll());
})();
