//! The numbers of a lesson's documents, side by side: every quantitative statement ("62 times",
//! "more than 60 … American soldiers", "dozens of attacks", "٦٢ هجوما"), what it counts, how it is
//! qualified and for what period; grouped by the thing counted across documents, in date order,
//! with the values that disagree for overlapping periods marked and the reason in words.
//!
//! The app's Numbers panel calls [`Board::for_lesson`] once per lesson change and draws its
//! [`Group`]s; `crosscheck numbers LESSON` prints the same.

mod dates;
mod find;
mod gazetteer;
mod group;
mod lexicon;
mod noun;
mod raw;
mod scope;
mod source;
mod tokens;
mod vocab;

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::core::lesson::{DocumentRef, LoadedLesson};
use crate::core::text::DocumentText;

pub use dates::{DateSpan, parse_free_text as parse_date};
pub use gazetteer::{KnownPlace, PlaceKind};
pub use group::{Confidence, Disagreement, DisagreementKind, Group, Synonyms, group};

/// How a number is qualified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Qualifier {
    /// "more than", "over", "upwards of": above the number.
    MoreThan,
    /// "at least", "no fewer than": the number or above.
    AtLeast,
    /// "about", "around", "approximately", "some": near the number, either side.
    About,
    /// "nearly", "almost", "close to": a little below the number.
    Nearly,
    /// "up to", "at most", "as many as": the number or below.
    UpTo,
    /// "less than", "fewer than", "under": below the number.
    LessThan,
}

/// The value of a number: exact (`low == high`), a range ("18-20") or a vague word ("dozens",
/// 24–99).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Value {
    /// The least it says.
    pub low: f64,
    /// The most it says.
    pub high: f64,
    /// A word for an imprecise quantity ("dozens", "hundreds").
    pub vague: bool,
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.high <= self.low {
            write!(f, "{}", self.low)
        } else {
            write!(f, "{}–{}", self.low, self.high)
        }
    }
}

/// What a number counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counted {
    /// As written: "missile, rocket, and drone operations", "times", "US personnel".
    pub written: String,
    /// Its head noun's lemma ("operation", "personnel"); for "times" after a verb of attack, the
    /// event ("attack"). Empty when the sentence names only what happened ("59 were injured").
    pub lemma: String,
    /// What happened to those counted, as lemmas: `["killed", "wounded"]`.
    pub states: Vec<String>,
    /// Taken from the number before it in the sentence, of which it is a part ("out of the 59 US
    /// personnel …, 32 were …"): compared with no other statement.
    #[serde(default)]
    pub part: bool,
}

impl Counted {
    /// "American soldiers (killed, wounded)".
    pub fn describe(&self) -> String {
        match (self.written.is_empty(), self.states.is_empty()) {
            (_, true) => self.written.clone(),
            (true, false) => self.states.join(", "),
            (false, false) => format!("{} ({})", self.written, self.states.join(", ")),
        }
    }
}

/// The period a statement counts over. Dates are the days included; `start: None` is "from
/// whenever counting began".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    /// The words that say it ("since October 7", "during the last month … 22 November"); empty
    /// when it comes from the document's date.
    pub written: String,
    /// The first day counted, if known.
    pub start: Option<jiff::civil::Date>,
    /// The last day counted (the document's date when the sentence gives none), if known.
    pub end: Option<jiff::civil::Date>,
    /// The sentence says nothing of when: the period is "up to the document's date".
    pub from_document: bool,
    /// It starts at an event the text names but does not date ("since the war began"): its
    /// start is unknown, and it is compared with no other period.
    #[serde(default)]
    pub starts_at_event: bool,
}

/// A quantitative statement in a document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// The document's id in the lesson.
    pub document: String,
    /// Who published it (the document's outlet, else its title, else its id).
    pub source: String,
    /// The value.
    pub value: Value,
    /// The number as written ("62", "two hundred", "dozens", "٦٢").
    pub number: String,
    /// How it is qualified.
    pub qualifier: Option<Qualifier>,
    /// The qualifier as written ("more than").
    pub qualifier_written: String,
    /// What it counts.
    pub counted: Counted,
    /// For what period.
    pub period: Period,
    /// The statement in chars (start inclusive, end exclusive, as selectors count): qualifier,
    /// number and counted thing, and the casualty words before them ("killed and wounded more
    /// than 60 American soldiers").
    pub range: Range<usize>,
    /// The clause it is in, in chars: what to highlight to make it a claim ("During the last
    /// month, resistance forces attacked American bases 62 times").
    pub clause: Range<usize>,
    /// The sentence it is in, in chars.
    pub sentence: Range<usize>,
    /// The sentence's text.
    pub quote: String,
    /// The place the count is about when its sentence says ("Derna", "the northern province");
    /// empty when it says none.
    #[serde(default)]
    pub place: String,
    /// The place as the gazetteer knows it (its id, kind and country), when it does: "Gaza",
    /// "غزة" and "עזה" are one place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known_place: Option<KnownPlace>,
    /// Who the sentence attributes the count to ("officials said", "according to the ministry"):
    /// "officials", "the ministry"; empty when it names no one.
    #[serde(default)]
    pub attribution: String,
}

impl Statement {
    /// "more than 60" — the qualifier and the number as written.
    pub fn written_value(&self) -> String {
        if self.qualifier_written.is_empty() {
            self.number.clone()
        } else {
            format!("{} {}", self.qualifier_written, self.number)
        }
    }
}

/// What the finder needs to know of a document besides its text.
#[derive(Clone, Debug, Default)]
pub struct DocumentInfo {
    /// The document's id.
    pub id: String,
    /// Who published it, for display.
    pub source: String,
    /// When it was published.
    pub date: Option<DateSpan>,
    /// The language of its number words (BCP 47; "en", "es").
    pub language: String,
}

impl DocumentInfo {
    /// A lesson document's id, source and date (from its `published` field; else a date written
    /// in its first lines, as a dateline is), in the lesson's language.
    pub fn of(document: &DocumentRef, text: Option<&DocumentText>, language: &str) -> Self {
        let date = parse_date(&document.published).or_else(|| text.and_then(dateline));
        let source = [&document.outlet, &document.title, &document.id]
            .into_iter()
            .find(|s| !s.trim().is_empty())
            .cloned()
            .unwrap_or_default();
        Self {
            id: document.id.clone(),
            source,
            date,
            language: language.to_owned(),
        }
    }
}

/// How many chars from a document's start a dateline is looked for.
const DATELINE_CHARS: usize = 400;

fn dateline(text: &DocumentText) -> Option<DateSpan> {
    parse_date(text.slice_chars(0..DATELINE_CHARS.min(text.char_count())))
}

/// The quantitative statements of one document, in text order.
pub fn find_in_document(text: &DocumentText, info: &DocumentInfo) -> Vec<Statement> {
    let primary = info
        .language
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let words = text2num::get_interpreter_for(if primary.is_empty() { "en" } else { &primary });
    let context = find::Context {
        date: info.date,
        words: words.as_ref(),
        noun_first: matches!(primary.as_str(), "es" | "fr" | "it" | "pt" | "ca" | "ro"),
    };
    let decimal_comma = matches!(
        primary.as_str(),
        "es" | "fr" | "de" | "it" | "pt" | "nl" | "da"
    );
    let mut out = Vec::new();
    for block in blocks(text) {
        let base = block.start;
        let paragraph = &text.as_str()[block];
        for sentence in tokens::sentences(paragraph) {
            let toks = tokens::tokens(paragraph, sentence.clone(), decimal_comma);
            let found = find::statements(&toks, paragraph, &context);
            if found.is_empty() {
                continue;
            }
            let chars = |r: Range<usize>| {
                text.byte_to_char(base + r.start)..text.byte_to_char(base + r.end)
            };
            let sentence_chars = chars(sentence.clone());
            for local in found {
                out.push(Statement {
                    document: info.id.clone(),
                    source: info.source.clone(),
                    value: local.value,
                    number: local.number,
                    qualifier: local.qualifier,
                    qualifier_written: local.qualifier_written,
                    counted: local.counted,
                    period: local.period,
                    range: chars(local.bytes),
                    clause: chars(local.clause),
                    sentence: sentence_chars.clone(),
                    quote: paragraph[sentence.clone()].to_owned(),
                    place: local.place,
                    known_place: local.known_place,
                    attribution: local.attribution,
                });
            }
        }
    }
    out
}

/// The byte ranges of the runs of lines read as one: a line goes on into the next when the next
/// starts with a small letter or a digit ("reported 2,140⏎deaths", "at least⏎18,600"), as a line
/// broken inside a sentence does.
fn blocks(text: &DocumentText) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut open = false;
    for p in 0..text.paragraph_count() {
        let bytes = text.paragraph_bytes(p);
        let line = text.paragraph(p);
        let continues = line
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
        match out.last_mut() {
            Some(last) if open && continues => last.end = bytes.end,
            _ => out.push(bytes),
        }
        let ends = line
            .trim_end()
            .chars()
            .last()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '؟' | ':' | '"' | '”' | '»' | ')'));
        open = !ends;
    }
    out
}

/// The quantitative statements of every document of a lesson, in lesson then text order.
pub fn find_in_lesson(lesson: &LoadedLesson) -> Vec<Statement> {
    let mut out = Vec::new();
    for document in &lesson.lesson.documents {
        let Some(text) = lesson.text(&document.id) else {
            continue;
        };
        let info = DocumentInfo::of(document, Some(text), &lesson.lesson.language);
        out.extend(find_in_document(text, &info));
    }
    out
}

/// The numbers of a lesson, grouped: what the Numbers panel shows.
#[derive(Clone, Debug, Default)]
pub struct Board {
    /// Groups of statements that count the same thing, the largest first.
    pub groups: Vec<Group>,
}

impl Board {
    /// Finds, groups and compares the numbers of every document of the lesson, with the lesson's
    /// synonyms.
    pub fn for_lesson(lesson: &LoadedLesson) -> Self {
        let synonyms = Synonyms::new(&lesson.lesson.synonyms);
        Self {
            groups: group(find_in_lesson(lesson), &synonyms),
        }
    }

    /// Every statement of a document, with its group's index (to show them in the article).
    pub fn in_document<'b>(
        &'b self,
        document: &'b str,
    ) -> impl Iterator<Item = (usize, &'b Statement)> + 'b {
        self.groups.iter().enumerate().flat_map(move |(g, group)| {
            group
                .statements
                .iter()
                .filter(move |s| s.document == document)
                .map(move |s| (g, s))
        })
    }

    /// The statement whose range holds a char offset of a document, with its group's index.
    pub fn at<'b>(
        &'b self,
        document: &'b str,
        char_offset: usize,
    ) -> Option<(usize, &'b Statement)> {
        self.in_document(document)
            .find(|(_, s)| s.range.contains(&char_offset))
    }
}

#[cfg(test)]
mod kind_tests;
#[cfg(test)]
mod place_tests;
#[cfg(test)]
mod tests;
