//! What the core says to the person at the computer — a file's problems, why an edit was
//! refused, why a class could not be read — as [`Message`]s: the id of the wording in the Fluent
//! files (`assets/i18n/<language>/core-*.ftl`) and its arguments. The core writes them in English
//! (`Display`, for the command line and for tests); the app words them in the interface's
//! language with the same files.
//!
//! Text that comes from elsewhere (the operating system's reason a file cannot be read, the RON
//! parser's description of what it expected) is passed through as an argument, as it is.

use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The core's Fluent files, by name: compiled in here in every language the core writes (the
/// command line's words, the reports and the gradebook); the app loads them with its own.
pub const CORE_FILES: [&str; 6] = [
    "core-lesson.ftl",
    "core-files.ftl",
    "core-grading.ftl",
    "core-interop.ftl",
    "core-numbers.ftl",
    "core-reports.ftl",
];

macro_rules! core_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../../assets/i18n/", $lang, "/core-lesson.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/core-files.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/core-grading.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/core-interop.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/core-numbers.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/core-reports.ftl")),
        ]
    };
}

const ENGLISH: [&str; 6] = core_files!("en");
const SPANISH: [&str; 6] = core_files!("es");

/// A message: the id of its wording and its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    /// The id in the Fluent files (`lesson-no-id`).
    pub id: &'static str,
    /// The arguments, by name.
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text shown as it is (an id, a path, a quote, a reason from the operating system).
    Text(String),
    /// A number (plural rules apply to it).
    Number(f64),
    /// Another message, worded first (a noun, a reason).
    Message(Box<Message>),
}

impl Message {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Words the message with `bundle` (one language's Fluent files), asking `fallback` for an id
    /// the bundle lacks; the id itself when neither has it.
    pub fn render(
        &self,
        bundle: &FluentBundle<FluentResource>,
        fallback: Option<&FluentBundle<FluentResource>>,
    ) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let value: FluentValue<'_> = match value {
                Arg::Text(text) => text.clone().into(),
                Arg::Number(n) => (*n).into(),
                Arg::Message(inner) => inner.render(bundle, fallback).into(),
            };
            args.set(*name, value);
        }
        let format = |bundle: &FluentBundle<FluentResource>| {
            let pattern = bundle.get_message(self.id)?.value()?;
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, Some(&args), &mut errors)
                    .into_owned(),
            )
        };
        format(bundle)
            .or_else(|| fallback.and_then(format))
            .unwrap_or_else(|| self.id.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Self::Text(text.clone())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Self::Message(Box::new(message))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Self::Number(f64::from(n))
            }
        }
    )*};
}
number_args!(u32, i32, f32, f64);

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        // Counts and offsets: exact below 2^53, far beyond any document.
        Self::Number(n as f64)
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Self::Number(n as f64)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Self::Number(n as f64)
    }
}

/// A bundle of Fluent files for one language, without the bidi isolation marks Fluent would put
/// around arguments (egui draws them as boxes; a terminal shows them as nothing useful).
pub fn bundle(
    language: unic_langid::LanguageIdentifier,
    files: &[&str],
) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    bundle.set_use_isolating(false);
    for text in files {
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
        // A message defined twice keeps its first wording (the app's tests forbid it).
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// English, as a language identifier.
pub fn english_id() -> unic_langid::LanguageIdentifier {
    "en".parse().unwrap_or_default()
}

/// The core's messages in English.
pub fn english() -> &'static FluentBundle<FluentResource> {
    static ENGLISH_BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    ENGLISH_BUNDLE.get_or_init(|| bundle(english_id(), &ENGLISH))
}

/// The core's word spelled `name`: a message id (`name = …` at the start of a line) or an
/// argument's name (`$name`) in the English files, as the `'static` text those files hold. A
/// message read back from elsewhere (what a child process reported) keeps only words Crosscheck
/// has.
pub fn known_word(name: &str) -> Option<&'static str> {
    let word_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if name.is_empty() || !name.chars().all(word_char) {
        return None;
    }
    ENGLISH.iter().find_map(|source: &&'static str| {
        let source: &'static str = source;
        source.match_indices(name).find_map(|(start, found)| {
            let end = start + found.len();
            let before = source[..start].chars().next_back();
            let after = source[end..].chars().next();
            let starts = matches!(before, None | Some('\n' | '$'));
            let ends = after.is_none_or(|c| !word_char(c));
            (starts && ends).then(|| &source[start..end])
        })
    })
}

/// The core's words in one language: what reports, the gradebook and the command line write.
#[derive(Clone, Copy)]
pub struct Words {
    tag: &'static str,
    bundle: &'static FluentBundle<FluentResource>,
}

impl Words {
    /// The language tags the core has words in.
    pub const TAGS: [&'static str; 2] = ["en", "es"];

    /// English.
    pub fn english() -> Self {
        Self {
            tag: "en",
            bundle: english(),
        }
    }

    /// The words of a language given as a tag or locale (`es`, `es-MX`, `es_ES.UTF-8`); `None`
    /// when the core has no words in it.
    pub fn for_tag(tag: &str) -> Option<Self> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Self::english()),
            "es" => {
                static SPANISH_BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
                Some(Self {
                    tag: "es",
                    bundle: SPANISH_BUNDLE.get_or_init(|| {
                        bundle("es".parse().unwrap_or_else(|_| english_id()), &SPANISH)
                    }),
                })
            }
            _ => None,
        }
    }

    /// Its tag (`es`).
    pub fn tag(self) -> &'static str {
        self.tag
    }

    /// The message in this language (in English where it has no wording for it).
    pub fn say(self, message: &Message) -> String {
        message.render(self.bundle, Some(english()))
    }

    /// [`Self::say`] of a message without arguments.
    pub fn word(self, id: &'static str) -> String {
        self.say(&Message::new(id))
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(english(), None))
    }
}

/// Anything the core reports that is worded for a person: its message.
pub trait Worded {
    /// What to tell the person at the computer.
    fn message(&self) -> Message;
}

impl Worded for Message {
    fn message(&self) -> Message {
        self.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_worded_with_its_arguments_and_nested_messages() {
        let files = [
            "count = { $count ->\n    [one] { $count } thing\n   *[other] { $count } things\n}\nnested = because { $inner }\n",
        ];
        let english = bundle(english_id(), &files);
        let two = Message::new("count").with("count", 2usize);
        assert_eq!(two.render(&english, None), "2 things");
        let one = Message::new("count").with("count", 1usize);
        assert_eq!(one.render(&english, None), "1 thing");
        let nested = Message::new("nested").with("inner", one);
        assert_eq!(nested.render(&english, None), "because 1 thing");
        assert_eq!(Message::new("missing").render(&english, None), "missing");
        let empty = bundle(english_id(), &[]);
        assert_eq!(
            two.render(&empty, Some(&english)),
            "2 things",
            "the fallback"
        );
    }

    #[test]
    fn known_words_are_the_english_files_ids_and_argument_names() {
        assert_eq!(
            known_word("import-pdf-unreadable"),
            Some("import-pdf-unreadable")
        );
        assert_eq!(known_word("file"), Some("file"));
        assert_eq!(known_word("import-pdf"), None, "a part of an id");
        assert_eq!(known_word("no such id"), None);
        assert_eq!(known_word(""), None);
    }
}
