//! The interface's words: Fluent files in `assets/i18n/<language>/`, one bundle per language,
//! built once and kept. Lesson content is the teacher's and is never translated.
//!
//! The language in use is the app's (`CrosscheckApp::language`), handed to the egui context each
//! frame, so any code holding a `Ui` or a `Context` finds its words with [`tr!`]:
//!
//! ```ignore
//! ui.label(tr!(ui, "claims-count", count = n));
//! ```
//!
//! Nothing here is global state that changes: each context (each window, each test harness)
//! carries its own language.

use std::sync::OnceLock;

pub use fluent_bundle::FluentArgs;
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use serde::{Deserialize, Serialize};

use crate::core::words::Worded;

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// English (the fallback for any message a language lacks).
    #[default]
    English,
    /// Spanish.
    Spanish,
}

/// The Fluent files of a language, by name: one per room of the app.
type Sources = [(&'static str, &'static str); FILES];

/// How many Fluent files each language has.
const FILES: usize = 13;

macro_rules! ftl_files {
    ($lang:literal) => {
        [
            (
                concat!($lang, "/commands.ftl"),
                include_str!(concat!("../../assets/i18n/", $lang, "/commands.ftl")),
            ),
            (
                concat!($lang, "/shell.ftl"),
                include_str!(concat!("../../assets/i18n/", $lang, "/shell.ftl")),
            ),
            (
                concat!($lang, "/student.ftl"),
                include_str!(concat!("../../assets/i18n/", $lang, "/student.ftl")),
            ),
            (
                concat!($lang, "/teacher.ftl"),
                include_str!(concat!("../../assets/i18n/", $lang, "/teacher.ftl")),
            ),
            (
                concat!($lang, "/lesson-editor.ftl"),
                include_str!(concat!("../../assets/i18n/", $lang, "/lesson-editor.ftl")),
            ),
            (
                concat!($lang, "/article.ftl"),
                include_str!(concat!("../../assets/i18n/", $lang, "/article.ftl")),
            ),
            (
                concat!($lang, "/interop.ftl"),
                include_str!(concat!("../../assets/i18n/", $lang, "/interop.ftl")),
            ),
            // What the core reports (`core::words`).
            (
                concat!($lang, "/core-lesson.ftl"),
                include_str!(concat!("../../assets/i18n/", $lang, "/core-lesson.ftl")),
            ),
            (
                concat!($lang, "/core-files.ftl"),
                include_str!(concat!("../../assets/i18n/", $lang, "/core-files.ftl")),
            ),
            (
                concat!($lang, "/core-grading.ftl"),
                include_str!(concat!("../../assets/i18n/", $lang, "/core-grading.ftl")),
            ),
            (
                concat!($lang, "/core-interop.ftl"),
                include_str!(concat!("../../assets/i18n/", $lang, "/core-interop.ftl")),
            ),
            (
                concat!($lang, "/core-reports.ftl"),
                include_str!(concat!("../../assets/i18n/", $lang, "/core-reports.ftl")),
            ),
            (
                concat!($lang, "/core-numbers.ftl"),
                include_str!(concat!("../../assets/i18n/", $lang, "/core-numbers.ftl")),
            ),
        ]
    };
}

const ENGLISH: Sources = ftl_files!("en");
const SPANISH: Sources = ftl_files!("es");

impl Language {
    /// Every language, in menu order.
    pub const ALL: [Self; 2] = [Self::English, Self::Spanish];

    /// Its BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Spanish => "es",
        }
    }

    /// Its name in itself ("Español"), as language menus show it: whoever cannot read the
    /// interface's language can still find their own.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Spanish => "Español",
        }
    }

    /// The language of a locale name (`es-MX`, `es_ES.UTF-8`, `en`), if the app has it.
    pub fn from_locale(locale: &str) -> Option<Self> {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The system's language if the app has it, else English.
    pub fn system() -> Self {
        sys_locale::get_locales()
            .find_map(|l| Self::from_locale(&l))
            .unwrap_or_default()
    }

    /// The core's words in this language: what reports and gradebooks are written in.
    pub fn core_words(self) -> crate::core::words::Words {
        crate::core::words::Words::for_tag(self.tag())
            .unwrap_or_else(crate::core::words::Words::english)
    }

    /// The Fluent files of the language, by name.
    pub fn sources(self) -> &'static Sources {
        match self {
            Self::English => &ENGLISH,
            Self::Spanish => &SPANISH,
        }
    }

    /// The language's words.
    pub fn words(self) -> &'static Translations {
        static BUILT: OnceLock<[Translations; 2]> = OnceLock::new();
        let all = BUILT.get_or_init(|| Self::ALL.map(Translations::build));
        match self {
            Self::English => &all[0],
            Self::Spanish => &all[1],
        }
    }
}

/// One language's messages.
pub struct Translations {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Translations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translations")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Translations {
    /// The bundle of a language's files. A file that does not parse keeps the messages that do
    /// (the test `every_language_parses_and_has_every_message` keeps them all parsing).
    fn build(language: Language) -> Self {
        let id = language
            .tag()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let texts: Vec<&str> = language.sources().iter().map(|(_, text)| *text).collect();
        Self {
            language,
            bundle: crate::core::words::bundle(id, &texts),
        }
    }

    /// What the core reports, worded in this language (English where it lacks the message).
    pub fn message(&self, worded: &(impl Worded + ?Sized)) -> String {
        let fallback =
            (self.language != Language::English).then(|| &Language::English.words().bundle);
        worded.message().render(&self.bundle, fallback)
    }

    /// Whether the language has a message with this id.
    pub fn has(&self, id: &str) -> bool {
        self.bundle
            .get_message(id)
            .and_then(|m| m.value())
            .is_some()
    }

    /// The message `id` with `args`: in this language, else in English, else the id itself (a
    /// missing message is a bug the tests catch, never a reason to show nothing).
    pub fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let own = self.try_format(id, args);
        own.or_else(|| {
            (self.language != Language::English)
                .then(|| Language::English.words().try_format(id, args))
                .flatten()
        })
        .unwrap_or_else(|| id.to_owned())
    }

    fn try_format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }

    /// A message without arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A moment as this language writes it, in the computer's time zone ("November 23, 2026,
    /// 2:05 PM"; "23 de noviembre de 2026, 14:05").
    pub fn date_time(&self, at: jiff::Timestamp) -> String {
        let local = at.to_zoned(jiff::tz::TimeZone::system());
        let hour = i64::from(local.hour());
        let hour12 = match hour % 12 {
            0 => 12,
            h => h,
        };
        let month = self.get(&format!("month-{}", local.month()));
        let mut args = FluentArgs::new();
        args.set("year", i64::from(local.year()));
        args.set("month", month);
        args.set("day", i64::from(local.day()));
        args.set("hour", hour);
        args.set("hour12", hour12);
        args.set("minute", format!("{:02}", local.minute()));
        args.set("pm", if hour >= 12 { "pm" } else { "am" });
        self.format("date-time", Some(&args))
    }
}

/// A piece of evidence's stance toward a claim, in words ("corroborates"; "corrobora").
pub fn stance_word(words: &(impl Speaks + ?Sized), stance: crate::core::session::Stance) -> String {
    use crate::core::session::Stance;
    match stance {
        Stance::Corroborates => crate::tr!(words, "stance-corroborates"),
        Stance::Contradicts => crate::tr!(words, "stance-contradicts"),
        Stance::AddsContext => crate::tr!(words, "stance-adds-context"),
    }
}

/// Where the language in use is found: anything holding the egui context, or the app.
pub trait Speaks {
    /// The language in use.
    fn language(&self) -> Language;

    /// Its words.
    fn words(&self) -> &'static Translations {
        self.language().words()
    }
}

fn language_id() -> egui::Id {
    egui::Id::unique("crosscheck-interface-language")
}

/// Hands the app's language to the egui context, for every widget drawn this frame.
pub fn set_language(ctx: &egui::Context, language: Language) {
    if ctx.data(|d| d.get_temp::<Language>(language_id())) != Some(language) {
        ctx.data_mut(|d| d.insert_temp(language_id(), language));
    }
}

impl Speaks for egui::Context {
    fn language(&self) -> Language {
        self.data(|d| d.get_temp::<Language>(language_id()))
            .unwrap_or_default()
    }
}

impl Speaks for egui::Ui {
    fn language(&self) -> Language {
        self.ctx().language()
    }
}

impl Speaks for Language {
    fn language(&self) -> Language {
        *self
    }
}

impl Speaks for Translations {
    fn language(&self) -> Language {
        self.language
    }
}

/// A message of the interface in the language in use: `tr!(ui, "id")`, or with arguments
/// `tr!(ui, "id", count = n, name = title)`. The first argument is a `Ui`, a `Context`, the app,
/// a `Language` or a `Translations` (anything [`Speaks`], by value or by reference).
#[macro_export]
macro_rules! tr {
    ($src:expr, $id:literal) => {{
        #[allow(unused_imports)]
        use $crate::app::i18n::Speaks as _;
        ($src).words().get($id)
    }};
    ($src:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::app::i18n::Speaks as _;
        let mut args = $crate::app::i18n::FluentArgs::new();
        $(args.set(stringify!($name), $value);)+
        ($src).words().format($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_pick_the_language() {
        assert_eq!(Language::from_locale("es-MX"), Some(Language::Spanish));
        assert_eq!(
            Language::from_locale("es_ES.UTF-8"),
            Some(Language::Spanish)
        );
        assert_eq!(Language::from_locale("en"), Some(Language::English));
        assert_eq!(Language::from_locale("EN-gb"), Some(Language::English));
        assert_eq!(Language::from_locale("fr-FR"), None);
        assert_eq!(Language::from_locale(""), None);
    }

    #[test]
    fn plurals_follow_each_language() {
        let en = Language::English.words();
        let es = Language::Spanish.words();
        assert_eq!(tr!(en, "claims-count", count = 1), "1 claim");
        assert_eq!(tr!(en, "claims-count", count = 2), "2 claims");
        assert_eq!(tr!(es, "claims-count", count = 1), "1 afirmación");
        assert_eq!(tr!(es, "claims-count", count = 0), "0 afirmaciones");
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let at: jiff::Timestamp = "2026-11-23T14:05:00Z".parse().unwrap_or_default();
        let zoned = at.to_zoned(jiff::tz::TimeZone::system());
        let en = Language::English.words().date_time(at);
        let es = Language::Spanish.words().date_time(at);
        assert!(
            en.contains(&format!("{}, {}", zoned.day(), zoned.year())),
            "{en}"
        );
        assert!(
            es.contains(&format!("{} de noviembre de {}", zoned.day(), zoned.year()))
                || zoned.month() != 11,
            "{es}"
        );
        assert!(
            es.contains(&format!("{}:{:02}", zoned.hour(), zoned.minute())),
            "{es}"
        );
    }
}
