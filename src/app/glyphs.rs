//! What no font on this computer can draw. Each character is looked up in the fonts once (the
//! lesson's text when it is opened or changed, anything else the first time it is shown) and
//! remembered; text is then shown without boxes: in lists, labels and headings a stretch of
//! characters no font has is replaced by its script's name in brackets ("[Japanese text]"), in
//! the article each such character by [`PLACEHOLDER`] (one for one, so that offsets do not
//! move), and one notice for the whole window names the scripts and the fonts to install.
//!
//! What is known is kept in the egui context (like the interface's language), so anything
//! holding a `Ui` or a `Context` shows document text with [`shown`].

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use egui::mutex::Mutex;
use unicode_script::{Script, UnicodeScript};

/// Drawn in the article for each character no font has: a dotted circle, Unicode's mark for a
/// character that stands in for another.
pub const PLACEHOLDER: char = '\u{25CC}';

/// The family looked up: every embedded font is in the proportional family (and the monospace
/// one has them all too).
fn font() -> egui::FontId {
    egui::FontId::proportional(14.0)
}

/// What is known of the fonts.
#[derive(Default)]
struct Known {
    /// Each character other than ASCII looked up, and whether a font has it.
    chars: HashMap<char, bool>,
    /// The scripts with characters no font has, seen since the lesson was opened (Han on its
    /// own: whether it reads as Chinese or Japanese depends on the others).
    scripts: Vec<Script>,
    /// Characters no font has that belong to no script (symbols), seen since the lesson was
    /// opened, in the order found.
    symbols: Vec<char>,
    /// Changes when a character no font has is found.
    generation: u64,
}

impl Known {
    fn missing(&self, c: char) -> bool {
        self.chars.get(&c) == Some(&false)
    }

    fn record(&mut self, found: impl IntoIterator<Item = (char, bool)>) {
        for (c, has) in found {
            if self.chars.insert(c, has).is_none() && !has {
                self.generation += 1;
                self.note(c);
            }
        }
    }

    /// Notes for the notice a char no font has, seen in what is open.
    fn note(&mut self, c: char) {
        let script = c.script();
        if matches!(script, Script::Common | Script::Inherited | Script::Unknown) {
            if self.symbols.len() < 8 && !self.symbols.contains(&c) {
                self.symbols.push(c);
            }
        } else if !self.scripts.contains(&script) {
            self.scripts.push(script);
        }
    }

    /// Whether Han characters are read as Japanese: the lesson has kana no font has too.
    fn han_is_japanese(&self) -> bool {
        self.scripts
            .iter()
            .any(|s| matches!(s, Script::Hiragana | Script::Katakana))
    }

    /// The name a script is said by (the key of `glyphs-script`): Chinese, Japanese and Korean
    /// by their language, as people know them, the others by their Unicode name ("Ethiopic").
    fn name_of(&self, script: Script) -> &'static str {
        match script {
            Script::Hiragana | Script::Katakana => "Japanese",
            Script::Han if self.han_is_japanese() => "Japanese",
            Script::Han | Script::Bopomofo => "Chinese",
            Script::Hangul => "Korean",
            other => other.full_name(),
        }
    }

    /// The names of the scripts no font has, each once, sorted (the notice reads the same
    /// whatever order they were found in).
    fn names(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = self.scripts.iter().map(|s| self.name_of(*s)).collect();
        names.sort_unstable();
        names.dedup();
        names
    }
}

/// What the fonts can draw, shared by everything drawn with one egui context.
#[derive(Default)]
struct Coverage(Mutex<Known>);

fn coverage(ctx: &egui::Context) -> Arc<Coverage> {
    let id = egui::Id::unique("crosscheck-glyph-coverage");
    ctx.data_mut(|d| {
        Arc::clone(d.get_temp_mut_or_insert_with(id, || Arc::new(Coverage::default())))
    })
}

/// Characters that are never drawn (controls, spaces, joiners, direction marks), so never
/// missing.
fn drawn(c: char) -> bool {
    !(c.is_ascii()
        || c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'))
}

/// Characters that may sit inside a stretch of text no font has: spaces and what is not drawn
/// (its own punctuation is in its script, or has no font either). Punctuation the fonts have
/// ("·", "—", brackets) ends it, so that a line of several fields keeps them apart.
fn joins(c: char) -> bool {
    c.is_whitespace() || !drawn(c) && !c.is_ascii()
}

/// Something that draws with an egui context: a `Ui` or the context itself.
pub trait Draws {
    /// The context.
    fn egui_context(&self) -> &egui::Context;
}

impl Draws for egui::Context {
    fn egui_context(&self) -> &egui::Context {
        self
    }
}

impl Draws for egui::Ui {
    fn egui_context(&self) -> &egui::Context {
        self.ctx()
    }
}

/// Looks up in the fonts each character of `text` not looked up before (each once in the
/// context's life). Returns the coverage, with whether `text` has a character no font has.
fn learn(ctx: &egui::Context, text: &str) -> (Arc<Coverage>, bool) {
    let coverage = coverage(ctx);
    if text.is_ascii() {
        return (coverage, false);
    }
    let (unknown, lacking) = {
        let mut known = coverage.0.lock();
        let mut unknown: HashSet<char> = HashSet::new();
        let mut lacking = false;
        for c in text.chars().filter(|&c| drawn(c)) {
            match known.chars.get(&c) {
                Some(false) => {
                    lacking = true;
                    known.note(c);
                }
                Some(true) => {}
                None => {
                    unknown.insert(c);
                }
            }
        }
        (unknown, lacking)
    };
    if unknown.is_empty() {
        return (coverage, lacking);
    }
    let font = font();
    let found: Vec<(char, bool)> = ctx.fonts_mut(|fonts| {
        unknown
            .into_iter()
            .map(|c| (c, fonts.has_glyph(&font, c)))
            .collect()
    });
    let lacking = lacking || found.iter().any(|(_, has)| !has);
    coverage.0.lock().record(found);
    (coverage, lacking)
}

/// Looks up every character of `text` in the fonts (for a document when the lesson is opened),
/// so that the notice names its scripts before any of it is drawn.
pub fn look_up(on: &impl Draws, text: &str) {
    learn(on.egui_context(), text);
}

/// Changes whenever a character no font has is found (for caches of what was shown).
pub fn generation(on: &impl Draws) -> u64 {
    coverage(on.egui_context()).0.lock().generation
}

/// Whether `text` has characters no font has.
pub fn lacks_glyphs(on: &impl Draws, text: &str) -> bool {
    learn(on.egui_context(), text).1
}

/// `text` as it can be drawn: each stretch of characters no font has (with the spaces between
/// them) replaced by its script's name in brackets, "[Japanese text]", or
/// by the characters' code points when they have no script. The same text when every character
/// can be drawn (nothing is copied).
pub fn shown<'a>(on: &impl Draws, text: &'a str) -> Cow<'a, str> {
    let ctx = on.egui_context();
    let (coverage, lacking) = learn(ctx, text);
    if !lacking {
        return Cow::Borrowed(text);
    }
    let known = coverage.0.lock();
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !known.missing(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The stretch goes on over characters no font has, and the spaces between them.
        let mut last = i;
        for (j, &c) in chars.iter().enumerate().skip(i + 1) {
            if known.missing(c) {
                last = j;
            } else if !joins(c) {
                break;
            }
        }
        let stretch = &chars[i..=last];
        out.push_str(&placeholder(ctx, &known, stretch));
        i = last + 1;
    }
    Cow::Owned(out)
}

/// The words in place of a stretch of characters no font has.
fn placeholder(ctx: &egui::Context, known: &Known, stretch: &[char]) -> String {
    let scripts: Vec<Script> = stretch
        .iter()
        .filter(|&&c| known.missing(c))
        .map(UnicodeScript::script)
        .filter(|s| !matches!(s, Script::Common | Script::Inherited | Script::Unknown))
        .collect();
    // Kana make Han Japanese; otherwise the stretch is named by its first script.
    let script = scripts
        .iter()
        .find(|s| matches!(s, Script::Hiragana | Script::Katakana))
        .or_else(|| scripts.first());
    if let Some(script) = script {
        let name = script_name(ctx, known.name_of(*script));
        return tr!(ctx, "glyphs-placeholder", script = name);
    }
    let codes: Vec<String> = stretch
        .iter()
        .filter(|&&c| known.missing(c))
        .map(|c| format!("U+{:04X}", u32::from(*c)))
        .collect();
    tr!(ctx, "glyphs-placeholder-codes", codes = codes.join(" "))
}

/// A script's name in the interface's language.
fn script_name(ctx: &egui::Context, name: &str) -> String {
    tr!(ctx, "glyphs-script", script = name)
}

/// `text` for the article: each character no font has replaced by [`PLACEHOLDER`], one for one.
pub fn shown_in_place<'a>(on: &impl Draws, text: &'a str) -> Cow<'a, str> {
    let (coverage, lacking) = learn(on.egui_context(), text);
    if !lacking {
        return Cow::Borrowed(text);
    }
    let known = coverage.0.lock();
    Cow::Owned(
        text.chars()
            .map(|c| if known.missing(c) { PLACEHOLDER } else { c })
            .collect(),
    )
}

/// The window's notice, when the lesson (or anything shown) has characters no font has: which
/// scripts, how they are shown, and which fonts to install. `None` when every character shown so
/// far can be drawn.
pub fn notice(on: &impl Draws) -> Option<String> {
    let ctx = on.egui_context();
    let coverage = coverage(ctx);
    let known = coverage.0.lock();
    if known.scripts.is_empty() && known.symbols.is_empty() {
        return None;
    }
    let names = known.names();
    let mut fonts: Vec<String> = Vec::new();
    for name in &names {
        let font = match *name {
            "Japanese" => "Noto Sans CJK JP".to_owned(),
            "Chinese" => "Noto Sans CJK SC".to_owned(),
            "Korean" => "Noto Sans CJK KR".to_owned(),
            other => format!("Noto Sans {other}"),
        };
        if !fonts.contains(&font) {
            fonts.push(font);
        }
    }
    let scripts: Vec<String> = names.iter().map(|n| script_name(ctx, n)).collect();
    let codes: Vec<String> = known
        .symbols
        .iter()
        .map(|c| format!("U+{:04X}", u32::from(*c)))
        .collect();
    Some(if scripts.is_empty() {
        tr!(ctx, "glyphs-notice-symbols", codes = codes.join(" "))
    } else {
        let example = tr!(ctx, "glyphs-placeholder", script = scripts[0].as_str());
        tr!(
            ctx,
            "glyphs-notice",
            scripts = scripts.join(", "),
            example = example,
            placeholder = PLACEHOLDER.to_string(),
            fonts = fonts.join(", ")
        )
    })
}

/// The notice as a strip across the window, when there is one: in the warning colour, marked
/// "[!]" (not by colour alone), and read by a screen reader as a status.
pub fn notice_ui(ui: &mut egui::Ui) {
    let Some(notice) = notice(ui) else {
        return;
    };
    egui::Panel::top("missing-glyphs").show(ui, |ui| {
        let text = egui::RichText::new(notice).color(ui.visuals().warn_fg_color);
        let response = ui.add(egui::Label::new(text).wrap());
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_live(egui::accesskit::Live::Polite);
        });
    });
}

/// Which of a lesson's texts were looked up in the fonts: each document's text once (by its
/// SHA-256), the lesson's other words whenever the edited file changes (they are short).
#[derive(Default)]
pub struct LookedUp {
    /// The lesson looked up (another one starts the notice afresh).
    lesson: Option<String>,
    /// The state of the edited file when the lesson's words were last looked up.
    state: Option<u64>,
    /// Each document looked up, with its text's SHA-256.
    texts: HashMap<String, String>,
}

impl LookedUp {
    /// Looks up what of `lesson` was not looked up yet, so that the notice names its scripts
    /// before any of it is drawn. `state` identifies the edited file (the lesson changes only
    /// with it).
    pub fn refresh(
        &mut self,
        on: &impl Draws,
        state: u64,
        lesson: &crate::core::lesson::LoadedLesson,
    ) {
        if self.state == Some(state) {
            return;
        }
        self.state = Some(state);
        if self.lesson.as_deref() != Some(lesson.lesson.id.as_str()) {
            // Another lesson: the notice names what this one has (the fonts' answers stay).
            if self.lesson.is_some() {
                let coverage = coverage(on.egui_context());
                let mut known = coverage.0.lock();
                known.scripts.clear();
                known.symbols.clear();
                known.generation += 1;
            }
            self.lesson = Some(lesson.lesson.id.clone());
            self.texts.clear();
        }
        for (id, text) in &lesson.texts {
            if self.texts.get(id).map(String::as_str) != Some(text.sha256()) {
                look_up(on, text.as_str());
                self.texts.insert(id.clone(), text.sha256().to_owned());
            }
        }
        let l = &lesson.lesson;
        let mut words: Vec<&str> = vec![&l.title, &l.intro];
        for d in &l.documents {
            words.extend([&d.title, &d.outlet, &d.author, &d.published].map(String::as_str));
        }
        for set in &l.label_sets {
            words.push(&set.name);
            words.extend(set.labels.iter().map(|label| label.name.as_str()));
        }
        for task in &l.tasks {
            words.extend([task.title.as_str(), task.instructions.as_str()]);
        }
        for w in words {
            look_up(on, w);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A context with the app's fonts (no system fonts: no Chinese, Japanese or Ethiopic).
    fn context() -> egui::Context {
        let ctx = egui::Context::default();
        crate::app::fonts::install(&ctx);
        for _ in 0..2 {
            ctx.run_ui(egui::RawInput::default(), |_| {})
                .textures_delta
                .clear();
        }
        ctx
    }

    #[test]
    fn text_every_font_has_is_shown_as_it_is() {
        let ctx = context();
        for text in ["plain", "Ελληνικά", "العربية", "ฐานทัพ", "हमला"]
        {
            assert!(matches!(shown(&ctx, text), Cow::Borrowed(_)), "{text}");
        }
        assert_eq!(notice(&ctx), None);
    }

    #[test]
    fn a_stretch_no_font_has_is_named_by_its_script() {
        let ctx = context();
        assert_eq!(
            shown(&ctx, "Tokyo: 東京の記事、今日 (2024)"),
            "Tokyo: [Japanese text] (2024)"
        );
        assert_eq!(shown(&ctx, "ሰላም ለዓለም!"), "[Ethiopic text]!");
        assert_eq!(
            shown(&ctx, "ሰላም · 東京 — 2023"),
            "[Ethiopic text] · [Japanese text] — 2023"
        );
        assert_eq!(shown_in_place(&ctx, "a 東京 b"), "a ◌◌ b");
        let notice = notice(&ctx).unwrap();
        assert!(
            notice.contains("Ethiopic, Japanese") && notice.contains("Noto Sans CJK JP"),
            "{notice}"
        );
        // What stands in is drawn by the fonts.
        let font = font();
        let drawn = ctx.fonts_mut(|f| f.has_glyphs(&font, &format!("{PLACEHOLDER}[]")));
        assert!(drawn);
    }

    #[test]
    fn another_lesson_starts_the_notice_afresh() {
        use crate::core::lesson::LoadedLesson;
        let ctx = context();
        let mut looked_up = LookedUp::default();
        let japanese = LoadedLesson::new_empty("one", "東京の記事");
        looked_up.refresh(&ctx, 1, &japanese);
        assert!(notice(&ctx).is_some_and(|n| n.contains("Japanese")));
        looked_up.refresh(&ctx, 2, &LoadedLesson::new_empty("two", "Two"));
        assert_eq!(notice(&ctx), None);
        looked_up.refresh(&ctx, 3, &japanese);
        assert!(notice(&ctx).is_some());
    }
}
