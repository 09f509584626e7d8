//! The widget's configuration: one typed [`Config`], parsed from key/value pairs that come from a
//! partner's data attributes (in-page mode, forwarded by the loader), the iframe's URL
//! parameters (iframe mode, set by the loader) or the address of the standalone page.
//!
//! Every value is validated. A bad value never stops the widget: it falls back to a safe
//! default and leaves a [`Warning`] that the browser layer writes to the console, in English,
//! for the partner's developer. The keys are documented in `docs/EMBED.md`.

use crate::app::entry::{clip, plain_text};
use crate::app::i18n::{locale, Locale, LOCALES};

/// Keys that belong to the loader (`embed.js`): known, so not warned about, but not the
/// widget's business.
pub const LOADER_KEYS: &[&str] = &["netzwerk-check", "min-height", "max-height", "src", "title"];

/// Longest partner name shown (characters).
pub const PARTNER_MAX_CHARS: usize = 80;
/// Longest contact link accepted (characters).
pub const CONTACT_MAX_CHARS: usize = 300;
/// Longest embed id accepted (characters).
pub const EMBED_ID_MAX_CHARS: usize = 40;
/// The contrast an accent colour needs against the widget's light backgrounds (WCAG 2.2 AA
/// for normal text: the accent is link and button-text colour, and white text sits on it).
pub const MIN_CONTRAST: f64 = 4.5;
/// The backgrounds the accent meets: the widget's background and its surface colour
/// (`--nc-bg`, `--nc-surface` in style/main.css).
pub const BACKGROUNDS: [Rgb; 2] = [Rgb(0xff, 0xff, 0xff), Rgb(0xf4, 0xf6, 0xf8)];

/// How the intro screen presents the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum IntroVariant {
    /// Heading, lead, what to expect, the source (the default).
    #[default]
    Full,
    /// Heading, lead and the buttons: for partner pages that already introduce the check.
    Short,
}

/// A partner's contact link, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// `https:` or `mailto:` address.
    pub href: String,
    /// What the link shows: the e-mail address, or the web address without `https://`.
    pub label: String,
}

/// The widget runs in the loader's iframe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    /// The loader's id for this widget (it echoes in every event).
    pub id: String,
    /// The host page's origin, announced by the loader: events are posted to it only. `None`
    /// when it was missing or invalid: then no event is posted at all.
    pub origin: Option<String>,
}

/// The validated configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// The UI language (from the locale registry).
    pub locale: &'static Locale,
    /// The partner's accent colour as `#rrggbb`, already adjusted to meet [`MIN_CONTRAST`].
    pub accent: Option<String>,
    /// The partner's name, plain text.
    pub partner: Option<String>,
    /// The partner's contact link.
    pub contact: Option<Contact>,
    /// How the intro looks.
    pub intro: IntroVariant,
    /// Reserved for the workshop kiosk mode (no effect yet).
    pub kiosk: bool,
    /// The `completed` event carries the verdict kind (the partner opted in).
    pub verdict_event: bool,
    /// The level of the screens' main heading (1–4); sub-headings follow below it.
    pub heading_level: u8,
    /// Set when the loader embedded the widget in an iframe.
    pub embed: Option<Embed>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            locale: &LOCALES[0],
            accent: None,
            partner: None,
            contact: None,
            intro: IntroVariant::Full,
            kiosk: false,
            verdict_event: false,
            heading_level: 1,
            embed: None,
        }
    }
}

/// A value that was not taken as given, and why (for the console).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The key concerned.
    pub key: String,
    /// What happened, in English.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Netzwerk-Check: {}: {}", self.key, self.message)
    }
}

/// The configuration and what was wrong with the input.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// The configuration to use (safe defaults where a value was bad).
    pub config: Config,
    /// One warning per value not taken as given.
    pub warnings: Vec<Warning>,
}

/// Normalises a key: lower case, `_` as `-`, without a `data-` prefix.
fn normalise_key(raw: &str) -> String {
    let key = raw.trim().to_ascii_lowercase().replace('_', "-");
    key.strip_prefix("data-").unwrap_or(&key).to_owned()
}

/// Parses the configuration from key/value pairs (data attributes with or without `data-`, or
/// URL parameters). A later pair overrides an earlier one with the same key.
pub fn parse<K: AsRef<str>, V: AsRef<str>>(pairs: impl IntoIterator<Item = (K, V)>) -> Parsed {
    let mut config = Config::default();
    let mut warnings = Vec::new();
    let mut embed_id = None;
    let mut origin = None;
    for (raw_key, value) in pairs {
        let key = normalise_key(raw_key.as_ref());
        let value = value.as_ref();
        let mut warn = |message: String| {
            warnings.push(Warning {
                key: key.clone(),
                message,
            })
        };
        match key.as_str() {
            "lang" => match locale(value) {
                Some(l) => config.locale = l,
                None => {
                    let known: Vec<&str> = LOCALES.iter().map(|l| l.code).collect();
                    warn(format!(
                        "unknown language \"{value}\"; using \"{}\" (available: {})",
                        LOCALES[0].code,
                        known.join(", ")
                    ));
                    config.locale = &LOCALES[0];
                }
            },
            "accent" => match accent(value) {
                Ok((colour, note)) => {
                    if let Some(note) = note {
                        warn(note);
                    }
                    config.accent = Some(colour);
                }
                Err(reason) => {
                    warn(format!("{reason}; using the default colour"));
                    config.accent = None;
                }
            },
            "partner" => {
                config.partner = partner(value, &mut warn);
            }
            "contact" => match contact(value) {
                Ok(c) => config.contact = Some(c),
                Err(reason) => {
                    warn(format!("{reason}; no contact link is shown"));
                    config.contact = None;
                }
            },
            "intro" => match value.trim().to_ascii_lowercase().as_str() {
                "" | "full" => config.intro = IntroVariant::Full,
                "short" => config.intro = IntroVariant::Short,
                _ => {
                    warn(format!(
                        "unknown intro variant \"{value}\"; using \"full\" (available: full, short)"
                    ));
                    config.intro = IntroVariant::Full;
                }
            },
            "kiosk" => config.kiosk = flag(value, &mut warn),
            "verdict-event" => config.verdict_event = flag(value, &mut warn),
            "heading-level" => match value.trim().parse::<u8>() {
                Ok(level @ 1..=4) => config.heading_level = level,
                _ => {
                    warn(format!(
                        "heading level \"{value}\" is not 1, 2, 3 or 4; using 1"
                    ));
                    config.heading_level = 1;
                }
            },
            "embed" => {
                let id = value.trim();
                if !id.is_empty()
                    && id.len() <= EMBED_ID_MAX_CHARS
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    embed_id = Some(id.to_owned());
                } else {
                    warn(format!(
                        "embed id \"{value}\" is not 1–{EMBED_ID_MAX_CHARS} letters, digits, - or _; \
                         the widget runs as a standalone page"
                    ));
                    embed_id = None;
                }
            }
            "origin" => match parse_origin(value) {
                Some(o) => origin = Some(o),
                None => {
                    warn(format!(
                        "\"{value}\" is not an origin (scheme://host[:port]); no events are sent"
                    ));
                    origin = None;
                }
            },
            k if LOADER_KEYS.contains(&k) => {}
            _ => warn("unknown setting, ignored".to_owned()),
        }
    }
    if origin.is_some() && embed_id.is_none() {
        warnings.push(Warning {
            key: "origin".into(),
            message: "given without an embed id; no events are sent".into(),
        });
    }
    config.embed = embed_id.map(|id| Embed { id, origin });
    Parsed { config, warnings }
}

/// Reads a yes/no value; an empty value (a bare attribute) is yes.
fn flag(value: &str, warn: &mut impl FnMut(String)) -> bool {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "1" | "yes" | "ja" | "on" => true,
        "false" | "0" | "no" | "nein" | "off" => false,
        _ => {
            warn(format!("\"{value}\" is not true or false; using false"));
            false
        }
    }
}

/// The partner name as plain text: control characters and runs of white space become one
/// space, at most [`PARTNER_MAX_CHARS`] characters. Markup stays visible as text (the UI never
/// renders it as HTML).
fn partner(value: &str, warn: &mut impl FnMut(String)) -> Option<String> {
    let text = plain_text(value);
    let count = text.chars().count();
    if count > PARTNER_MAX_CHARS {
        warn(format!(
            "{count} characters; shortened to {PARTNER_MAX_CHARS}"
        ));
    }
    clip(&text, PARTNER_MAX_CHARS)
}

/// A contact link: `https:` with a host, or `mailto:` with an address. Anything else
/// (`javascript:`, `http:`, `data:`, relative links) is refused.
pub fn contact(value: &str) -> Result<Contact, String> {
    let href = value.trim();
    if href.chars().count() > CONTACT_MAX_CHARS {
        return Err(format!("longer than {CONTACT_MAX_CHARS} characters"));
    }
    if href.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("contains spaces or control characters".into());
    }
    let lower = href.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("https://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let host_ok = !host.is_empty()
            && !host.contains('@')
            && host
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
        if !host_ok {
            return Err(format!("\"{href}\" has no valid host"));
        }
        let label = href["https://".len()..].trim_end_matches('/').to_owned();
        return Ok(Contact {
            href: href.to_owned(),
            label,
        });
    }
    if lower.starts_with("mailto:") {
        let address = &href["mailto:".len()..];
        let address = address.split('?').next().unwrap_or_default();
        let valid = match address.split_once('@') {
            Some((user, domain)) => {
                !user.is_empty() && domain.contains('.') && !domain.contains('@')
            }
            None => false,
        };
        if !valid {
            return Err(format!("\"{href}\" has no valid e-mail address"));
        }
        return Ok(Contact {
            href: href.to_owned(),
            label: address.to_owned(),
        });
    }
    Err(format!(
        "\"{href}\" is neither an https: nor a mailto: link"
    ))
}

/// An origin `scheme://host[:port]` (http or https), normalised to lower case; `None` for
/// anything else (a path, a wildcard, `null`).
pub fn parse_origin(value: &str) -> Option<String> {
    let value = value.trim().to_ascii_lowercase();
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if rest.is_empty() || rest.contains(['/', '?', '#', '@', '*', '\\']) {
        return None;
    }
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) if !p.contains(']') => (h, Some(p)),
        _ => (rest, None),
    };
    let host_ok = !host.is_empty()
        && (!host.contains(':') || host.starts_with('['))
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '[' | ']' | ':'));
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.parse::<u16>().is_ok());
    (host_ok && port_ok).then(|| value.strip_suffix('/').unwrap_or(&value).to_owned())
}

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rgb` or `#rrggbb`.
    pub fn parse(value: &str) -> Option<Rgb> {
        let hex = value.trim().strip_prefix('#')?;
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
        let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Rgb(pair(0)?, pair(2)?, pair(4)?)),
            _ => None,
        }
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2.2 relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG 2.2 contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// The same colour scaled towards black by `factor` (0 = black, 1 = unchanged).
    fn darker(self, factor: f64) -> Rgb {
        let scale = |c: u8| (f64::from(c) * factor).round().clamp(0.0, 255.0) as u8;
        Rgb(scale(self.0), scale(self.1), scale(self.2))
    }
}

/// The lowest contrast of `colour` against the widget's backgrounds.
pub fn worst_contrast(colour: Rgb) -> f64 {
    BACKGROUNDS
        .iter()
        .map(|bg| colour.contrast(*bg))
        .fold(f64::INFINITY, f64::min)
}

/// An accent colour: hex only. One that fails [`MIN_CONTRAST`] is darkened (same hue) just
/// enough to pass, and the note says so; anything not hex is refused with the reason.
pub fn accent(value: &str) -> Result<(String, Option<String>), String> {
    let colour = Rgb::parse(value)
        .ok_or_else(|| format!("\"{value}\" is not a hex colour (#rgb or #rrggbb)"))?;
    let before = worst_contrast(colour);
    if before >= MIN_CONTRAST {
        return Ok((colour.hex(), None));
    }
    // Darken in small steps: the first step that passes keeps the colour as close as possible.
    let adjusted = (1..=100)
        .map(|step| colour.darker(1.0 - f64::from(step) / 100.0))
        .find(|c| worst_contrast(*c) >= MIN_CONTRAST)
        .unwrap_or(Rgb(0, 0, 0));
    Ok((
        adjusted.hex(),
        Some(format!(
            "{} has a contrast of {}:1 against the widget's light backgrounds; \
             WCAG 2.2 AA needs 4.5:1 for text, so {} ({}:1) is used instead",
            colour.hex(),
            ratio(before),
            adjusted.hex(),
            ratio(worst_contrast(adjusted))
        )),
    ))
}

/// A contrast ratio with two decimals, truncated (so a ratio shown as 4.50 really reaches it),
/// without float formatting (which would add kilobytes to the wasm).
pub fn ratio(value: f64) -> String {
    let hundredths = (value * 100.0).floor().clamp(0.0, 10_000.0) as u32;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// The pairs of a URL query (`?a=1&b=x%20y`), decoded (`+` is a space).
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

/// Decodes `%XX` escapes (invalid UTF-8 becomes U+FFFD) and `+`.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| char::from(b).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(hi), Some(lo)) => {
                        out.push((hi * 16 + lo) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn parsed(pairs: &[(&str, &str)]) -> Parsed {
        parse(pairs.iter().copied())
    }

    #[test]
    fn nothing_given_is_the_default_without_warnings() {
        let p = parsed(&[]);
        assert_eq!(p.config, Config::default());
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn every_key_is_read_from_data_attributes_or_parameters() {
        let p = parsed(&[
            ("data-lang", "de-AT"),
            ("data-accent", "#00594F"),
            ("data-partner", "  Stadt\n Musterstadt "),
            ("data-contact", "mailto:netzwerk@musterstadt.de"),
            ("intro", "short"),
            ("kiosk", ""),
            ("verdict_event", "true"),
            ("heading-level", "2"),
            ("embed", "nc-1"),
            ("origin", "https://www.musterstadt.de"),
            ("data-min-height", "300"),
        ]);
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
        let c = p.config;
        assert_eq!(c.locale.code, "de");
        assert_eq!(c.accent.as_deref(), Some("#00594f"));
        assert_eq!(c.partner.as_deref(), Some("Stadt Musterstadt"));
        assert_eq!(
            c.contact.map(|c| c.label),
            Some("netzwerk@musterstadt.de".into())
        );
        assert_eq!(c.intro, IntroVariant::Short);
        assert!(c.kiosk && c.verdict_event);
        assert_eq!(c.heading_level, 2);
        assert_eq!(
            c.embed,
            Some(Embed {
                id: "nc-1".into(),
                origin: Some("https://www.musterstadt.de".into())
            })
        );
    }

    #[test]
    fn bad_values_fall_back_with_a_warning_each() {
        let p = parsed(&[
            ("lang", "xx"),
            ("accent", "red"),
            ("contact", "javascript:alert(1)"),
            ("intro", "long"),
            ("kiosk", "maybe"),
            ("heading-level", "7"),
            ("embed", "<script>"),
            ("origin", "*"),
            ("colour", "#fff"),
        ]);
        assert_eq!(p.config, Config::default());
        let keys: Vec<&str> = p.warnings.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "lang",
                "accent",
                "contact",
                "intro",
                "kiosk",
                "heading-level",
                "embed",
                "origin",
                "colour"
            ]
        );
        assert!(p.warnings[2].message.contains("javascript:"));
        assert!(p.warnings[8].message.contains("unknown setting"));
    }

    #[test]
    fn contact_links_are_https_or_mailto_only() {
        for ok in [
            "https://musterstadt.de/netzwerk",
            "HTTPS://Musterstadt.de",
            "mailto:a@b.de",
            "mailto:a@b.de?subject=Netzwerk",
        ] {
            assert!(contact(ok).is_ok(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "http://musterstadt.de",
            "data:text/html,hi",
            "//musterstadt.de",
            "/kontakt",
            "https://",
            "https://user@evil.example",
            "mailto:",
            "mailto:nobody",
            "https://a.de/x y",
            "vbscript:x",
        ] {
            assert!(contact(bad).is_err(), "{bad}");
        }
        assert_eq!(
            contact("https://musterstadt.de/").map(|c| c.label),
            Ok("musterstadt.de".into())
        );
    }

    #[test]
    fn accent_colours_meet_aa_contrast_or_are_darkened() {
        // Already fine: kept.
        assert_eq!(accent("#00594f"), Ok(("#00594f".into(), None)));
        assert_eq!(accent("#000"), Ok(("#000000".into(), None)));
        // Too light: darkened just enough, hue kept, reason given.
        for light in ["#ffcc00", "#66aaff", "#fff", "#00a0a0", "#ff6600"] {
            let (hex, note) = accent(light).expect("a hex colour");
            let rgb = Rgb::parse(&hex).expect("hex");
            assert!(worst_contrast(rgb) >= MIN_CONTRAST, "{light} -> {hex}");
            assert!(note.expect("a note").contains("4.5:1"));
        }
        // Not hex: refused.
        for bad in [
            "red",
            "rgb(0,0,0)",
            "#12345",
            "#ggg",
            "",
            "#1234567",
            "url(x)",
        ] {
            assert!(accent(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn contrast_matches_wcag_reference_values() {
        let white = Rgb(255, 255, 255);
        assert!((Rgb(0, 0, 0).contrast(white) - 21.0).abs() < 1e-9);
        assert!((white.contrast(white) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        let grey = Rgb::parse("#767676").expect("hex");
        assert!((grey.contrast(white) - 4.54).abs() < 0.01);
        assert_eq!(ratio(grey.contrast(white)), "4.54");
        assert_eq!(ratio(21.0), "21.00");
        assert_eq!(ratio(1.0), "1.00");
    }

    #[test]
    fn partner_names_are_plain_and_limited() {
        let long = "x".repeat(200);
        let p = parsed(&[("partner", long.as_str())]);
        assert_eq!(p.config.partner.map(|s| s.chars().count()), Some(80));
        assert_eq!(p.warnings.len(), 1);
        let p = parsed(&[("partner", "<b>Stadt</b>")]);
        assert_eq!(p.config.partner.as_deref(), Some("<b>Stadt</b>"));
        assert_eq!(parsed(&[("partner", " \n ")]).config.partner, None);
    }

    #[test]
    fn origins_are_exact() {
        assert_eq!(
            parse_origin("http://localhost:8080"),
            Some("http://localhost:8080".into())
        );
        assert_eq!(
            parse_origin("https://Example.org/"),
            Some("https://example.org".into())
        );
        for bad in [
            "*",
            "null",
            "",
            "https://",
            "https://a.de/path",
            "ftp://a.de",
            "https://a.de:99999",
            "javascript:alert(1)",
        ] {
            assert_eq!(parse_origin(bad), None, "{bad}");
        }
    }

    #[test]
    fn query_strings_decode() {
        assert_eq!(
            query_pairs("?accent=%2300594f&partner=Stadt+M%C3%BCnster&kiosk"),
            vec![
                ("accent".to_owned(), "#00594f".to_owned()),
                ("partner".to_owned(), "Stadt Münster".to_owned()),
                ("kiosk".to_owned(), String::new()),
            ]
        );
        assert_eq!(
            query_pairs("a=%zz&b=%"),
            vec![
                ("a".to_owned(), "%zz".to_owned()),
                ("b".to_owned(), "%".to_owned())
            ]
        );
        assert!(query_pairs("").is_empty());
    }
}
