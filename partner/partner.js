// The page for partners: builds the embed snippet and the CSP lines from the form, with a live
// preview. The contract is docs/EMBED.md; the checks mirror src/app/config.rs.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);

  // --- Mirrors of src/app/config.rs -------------------------------------------------------

  /** The widget's built-in accent colour (`--nc-accent` in style/main.css). */
  const DEFAULT_ACCENT = '#0b5cad';
  /** The widget's light backgrounds (`--nc-bg`, `--nc-surface`), as config.rs BACKGROUNDS. */
  const BACKGROUNDS = [
    [0xff, 0xff, 0xff],
    [0xf4, 0xf6, 0xf8],
  ];
  const MIN_CONTRAST = 4.5;
  const PARTNER_MAX_CHARS = 80;
  const CONTACT_MAX_CHARS = 300;

  /** `#rgb` or `#rrggbb` as [r, g, b], else null (Rgb::parse). */
  function parseHex(value) {
    const hex = value.trim();
    if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(hex)) return null;
    const h = hex.slice(1);
    if (h.length === 3) return [...h].map((c) => parseInt(c, 16) * 17);
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  }

  const toHex = (rgb) => '#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join('');

  /** WCAG 2.2 relative luminance (Rgb::luminance). */
  function luminance(rgb) {
    const ch = (c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * ch(rgb[0]) + 0.7152 * ch(rgb[1]) + 0.0722 * ch(rgb[2]);
  }

  /** WCAG 2.2 contrast ratio (Rgb::contrast). */
  function contrast(a, b) {
    const la = luminance(a);
    const lb = luminance(b);
    const [hi, lo] = la > lb ? [la, lb] : [lb, la];
    return (hi + 0.05) / (lo + 0.05);
  }

  /** The lowest contrast against the widget's backgrounds (worst_contrast). */
  const worstContrast = (rgb) => Math.min(...BACKGROUNDS.map((bg) => contrast(rgb, bg)));

  /** The same colour scaled towards black (Rgb::darker). */
  const darker = (rgb, factor) => rgb.map((c) => Math.min(255, Math.max(0, Math.round(c * factor))));

  /**
   * The accent the widget uses for `value` (config.rs `accent()`): null when it is not hex;
   * else { chosen, used, before, after } as #rrggbb and contrast ratios.
   */
  function accent(value) {
    const rgb = parseHex(value);
    if (!rgb) return null;
    const before = worstContrast(rgb);
    let used = rgb;
    if (before < MIN_CONTRAST) {
      used = [0, 0, 0];
      for (let step = 1; step <= 100; step++) {
        const c = darker(rgb, 1 - step / 100);
        if (worstContrast(c) >= MIN_CONTRAST) {
          used = c;
          break;
        }
      }
    }
    return { chosen: toHex(rgb), used: toHex(used), before, after: worstContrast(used) };
  }

  /** ASCII-only lower case (Rust's to_ascii_lowercase). */
  const asciiLower = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

  /**
   * A contact link (config.rs `contact()`): { href } when it is https:// with a host or
   * mailto: with an address, else { error } with the reason in German.
   */
  function checkContact(value) {
    const href = value.trim();
    if ([...href].length > CONTACT_MAX_CHARS)
      return { error: `Der Link ist länger als ${CONTACT_MAX_CHARS} Zeichen.` };
    if (/[\s\p{Cc}]/u.test(href)) return { error: 'Der Link darf keine Leerzeichen enthalten.' };
    const lower = asciiLower(href);
    if (lower.startsWith('https://')) {
      const host = lower.slice(8).split(/[/?#]/)[0];
      const ok = host !== '' && !host.includes('@') && /^[\p{Alphabetic}\p{N}.:[\]-]+$/u.test(host);
      return ok ? { href } : { error: 'Nach https:// fehlt ein gültiger Domainname.' };
    }
    if (lower.startsWith('mailto:')) {
      const address = href.slice(7).split('?')[0];
      const at = address.indexOf('@');
      const user = address.slice(0, at);
      const domain = address.slice(at + 1);
      const ok = at > 0 && user !== '' && domain.includes('.') && !domain.includes('@');
      return ok ? { href } : { error: 'Nach mailto: fehlt eine gültige E-Mail-Adresse.' };
    }
    return { error: 'Nur Links, die mit https:// oder mailto: beginnen, sind möglich.' };
  }

  /** The partner name as the widget shows it: white space collapsed, at most 80 characters. */
  function partnerName(value) {
    const joined = value
      .split(/[\s\p{Cc}]+/u)
      .filter(Boolean)
      .join(' ');
    return [...joined].slice(0, PARTNER_MAX_CHARS).join('').trimEnd();
  }

  // --- The form --------------------------------------------------------------------------

  const form = $('pp-form');
  const picker = $('pp-accent-picker');
  const hexInput = $('pp-accent');
  const swatch = $('pp-swatch');
  const contrastText = $('pp-contrast');
  const contactInput = $('pp-contact');
  const contactError = $('pp-contact-error');
  const snippetCode = $('pp-snippet');
  const cspCode = $('pp-csp');
  const hostNote = $('pp-host-note');
  const copyButton = $('pp-copy');
  const copyStatus = $('pp-copy-status');
  const preview = $('pp-preview');
  const previewStatus = $('pp-preview-status');

  const embedUrl = new URL('embed.js', location.href).href;
  const widgetOrigin = new URL(embedUrl).origin;
  let contactShown = false; // the contact error shows after the field was left once

  /** Sets text only when it changed, so live regions do not repeat themselves. */
  function say(el, text) {
    if (el.textContent !== text) el.textContent = text;
  }

  /** A ratio in German notation, rounded down so 4,4… never reads as 4,5. */
  const ratio = (r) => (Math.floor(r * 10) / 10).toFixed(1).replace('.', ',') + ' : 1';

  /** Updates the contrast message and swatch; returns the accent for the snippet or null. */
  function updateAccent() {
    const raw = hexInput.value.trim();
    const a = accent(raw || DEFAULT_ACCENT);
    const invalid = raw !== '' && !a;
    hexInput.setAttribute('aria-invalid', String(invalid));
    if (invalid) {
      swatch.style.backgroundColor = DEFAULT_ACCENT;
      say(
        contrastText,
        `„${raw}“ ist kein Hex-Farbwert (#rgb oder #rrggbb). Der Netzwerk-Check verwendet dann ` +
          `seine Standardfarbe ${DEFAULT_ACCENT}.`,
      );
      return null;
    }
    swatch.style.backgroundColor = a.used;
    const prefix = raw ? '' : `Standardfarbe ${DEFAULT_ACCENT}: `;
    if (a.before >= MIN_CONTRAST) {
      say(contrastText, `${prefix}Kontrast ${ratio(a.before)} – erfüllt WCAG AA`);
    } else {
      say(
        contrastText,
        `Kontrast ${ratio(a.before)} – zu niedrig für WCAG AA (nötig sind 4,5 : 1). ` +
          `Der Netzwerk-Check verwendet stattdessen ${a.used} (gleicher Farbton, dunkler; ` +
          `Kontrast ${ratio(a.after)}). Der Code enthält diese Farbe.`,
      );
    }
    return raw && a.used !== DEFAULT_ACCENT ? a.used : null;
  }

  /** Updates the contact error; returns the link for the snippet or null. */
  function updateContact() {
    const raw = contactInput.value.trim();
    const result = raw ? checkContact(raw) : { href: null };
    const show = contactShown && !!result.error;
    contactInput.setAttribute('aria-invalid', String(show));
    say(contactError, show ? `${result.error} Der Link wird nicht in den Code übernommen.` : '');
    return result.href || null;
  }

  /** The chosen settings: the mode and the data attributes that differ from the defaults. */
  function readSettings() {
    const data = new FormData(form);
    const attrs = [];
    const add = (name, value) => attrs.push([name, value]);
    if (data.get('lang') !== 'de') add('data-lang', data.get('lang'));
    const colour = updateAccent();
    if (colour) add('data-accent', colour);
    const partner = partnerName(String(data.get('partner') || ''));
    if (partner) add('data-partner', partner);
    const contact = updateContact();
    if (contact) add('data-contact', contact);
    if (data.get('intro') === 'short') add('data-intro', 'short');
    if (data.get('heading-level') !== '1') add('data-heading-level', data.get('heading-level'));
    if (data.get('verdict-event')) add('data-verdict-event', null);
    return { mode: data.get('mode') === 'inpage' ? 'inpage' : 'iframe', attrs };
  }

  const escapeAttr = (s) =>
    s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  /** The HTML to copy: the element, wrapped at about 80 columns, and the loader. */
  function snippet({ mode, attrs }) {
    const tag = mode === 'inpage' ? 'netzwerk-check' : 'div';
    const parts = attrs.map(([n, v]) => (v === null ? n : `${n}="${escapeAttr(v)}"`));
    if (tag === 'div') parts.unshift('data-netzwerk-check');
    const indent = ' '.repeat(tag.length + 2);
    let line = '<' + tag;
    const lines = [];
    for (const part of parts) {
      if (line.length + 1 + part.length > 80 && line.trim() !== '<' + tag) {
        lines.push(line);
        line = indent + part;
      } else {
        line += ' ' + part;
      }
    }
    lines.push(`${line}></${tag}>`);
    lines.push(`<script src="${escapeAttr(embedUrl)}" async></script>`);
    return lines.join('\n');
  }

  /** Fills the CSP lines and the note on what the widget's server must send. */
  function showCsp(mode) {
    const o = widgetOrigin;
    say(
      cspCode,
      mode === 'inpage'
        ? `script-src ${o} 'wasm-unsafe-eval';\nstyle-src ${o};\nconnect-src ${o};`
        : `frame-src ${o};`,
    );
    const code = (text) => {
      const c = document.createElement('code');
      c.textContent = text;
      return c;
    };
    const parts =
      mode === 'inpage'
        ? [
            'Ergänzen Sie die Adresse in den Angaben, die Ihre Policy schon hat. Der Server des ' +
              'Netzwerk-Checks muss seine Dateien (.js, .wasm, .css) per CORS freigeben: ',
            code('Access-Control-Allow-Origin: *'),
            '.',
          ]
        : [
            'Der Server des Netzwerk-Checks muss Ihre Website seinerseits zulassen, mit ',
            code('Content-Security-Policy: frame-ancestors https://ihre-website.example'),
            ' (Ihre Adresse statt des Beispiels). Bitte nennen Sie uns dafür die Adresse Ihrer Website.',
          ];
    hostNote.replaceChildren(...parts);
  }

  // --- Preview ---------------------------------------------------------------------------

  let previewKey = '';
  let previewEl = null;
  let previewTimer = 0;
  let wanted = null; // the settings the preview should show
  let waiting = false;

  /** Shows `settings` in the preview as soon as the loader (embed.js, async) has run. */
  function showPreview(settings) {
    wanted = settings;
    if (window.NetzwerkCheck) return renderPreview(settings);
    if (document.readyState === 'complete') {
      say(previewStatus, 'Die Vorschau ist nicht verfügbar: embed.js konnte nicht geladen werden.');
      return;
    }
    if (waiting) return;
    waiting = true;
    window.addEventListener(
      'load',
      () => {
        waiting = false;
        showPreview(wanted);
      },
      { once: true },
    );
  }

  function renderPreview(settings) {
    const key = JSON.stringify(settings);
    if (key === previewKey) return;
    previewKey = key;
    if (previewEl) {
      if (previewEl.localName === 'div') window.NetzwerkCheck.unmount(previewEl);
      previewEl.remove();
    }
    const el = document.createElement(settings.mode === 'inpage' ? 'netzwerk-check' : 'div');
    if (settings.mode !== 'inpage') el.setAttribute('data-netzwerk-check', '');
    for (const [n, v] of settings.attrs) el.setAttribute(n, v === null ? '' : v);
    previewEl = el;
    preview.append(el);
    if (settings.mode !== 'inpage') window.NetzwerkCheck.mount(el);
  }

  // --- Wiring ----------------------------------------------------------------------------

  function update() {
    const settings = readSettings();
    say(snippetCode, snippet(settings));
    showCsp(settings.mode);
    say(copyStatus, '');
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => showPreview(settings), 400);
  }

  picker.addEventListener('input', () => {
    hexInput.value = picker.value;
  });
  hexInput.addEventListener('input', () => {
    const rgb = parseHex(hexInput.value || DEFAULT_ACCENT);
    if (rgb) picker.value = toHex(rgb);
  });
  contactInput.addEventListener('change', () => {
    contactShown = true;
  });
  // Order matters: the listeners above run first (same target), then the form updates.
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());

  copyButton.addEventListener('click', async () => {
    say(copyStatus, '');
    try {
      await navigator.clipboard.writeText(snippetCode.textContent);
      say(copyStatus, 'Der Code ist in der Zwischenablage.');
    } catch {
      const range = document.createRange();
      range.selectNodeContents(snippetCode);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      say(copyStatus, 'Der Code ist markiert. Bitte mit Strg+C kopieren.');
    }
  });

  // A reload may restore form values: take the colour picker from the text field.
  picker.value = toHex(parseHex(hexInput.value) || parseHex(DEFAULT_ACCENT));
  update();
})();
