//! An annotation read from another tool's file, before it is placed, and what the readers of
//! both formats (W3C in `w3c_in`, Hypothesis in `hypothesis`) share: a target's selectors and
//! source, text fields, the lesson's label a tag names, and why a file cannot be imported. Here,
//! below the readers, the placing and the import, so that none of them imports another back.

use serde_json::{Map, Value};

use crate::core::anchor::{Selector, TextPositionSelector, TextQuoteSelector};
use crate::core::lesson::Lesson;
use crate::core::session::Annotation;
use crate::core::words::{Message, Worded};

/// Why a file could not be imported. Nothing is imported from it.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// Not JSON: where it stops being JSON.
    Json {
        /// The file, as the user knows it.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The JSON parser's words.
        reason: String,
    },
    /// JSON, but neither W3C nor Hypothesis.
    UnknownFormat {
        /// The file.
        file: String,
    },
    /// The file as a whole is not what its format has.
    Shape {
        /// The file.
        file: String,
        /// What is wrong.
        problem: Message,
    },
    /// One annotation is wrong.
    Annotation {
        /// The file.
        file: String,
        /// The annotation, as the file names it (its id, or its number).
        annotation: String,
        /// What is wrong with it.
        problem: Message,
    },
}

impl Worded for ImportError {
    fn message(&self) -> Message {
        match self {
            Self::Json {
                file,
                line,
                column,
                reason,
            } => Message::new("import-json")
                .with("file", file)
                .with("line", *line)
                .with("column", *column)
                .with("reason", reason),
            Self::UnknownFormat { file } => {
                Message::new("import-unknown-format").with("file", file)
            }
            Self::Shape { file, problem } => Message::new("import-shape")
                .with("file", file)
                .with("problem", problem.clone()),
            Self::Annotation {
                file,
                annotation,
                problem,
            } => Message::new("import-annotation")
                .with("file", file)
                .with("annotation", annotation)
                .with("problem", problem.clone()),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for ImportError {}

/// An annotation as read from a file, before it is placed.
#[derive(Clone, Debug)]
pub(crate) struct Incoming {
    /// How the file names it.
    pub name: String,
    /// The claim; `document` is empty when the file did not say which lesson document it is in.
    pub annotation: Annotation,
    /// Where the file says it is (the target's address).
    pub source: String,
    /// That document's title, if the file gave one.
    pub title: String,
    /// Whether `annotation.document` came from the file itself (a Crosscheck export).
    pub named: bool,
}

/// The name of the `index`th (0-based) annotation of a file without an id.
pub(crate) fn nth_name(index: usize) -> String {
    format!("#{}", index + 1)
}

/// An optional text field: empty when absent, an error when not text.
pub(crate) fn string(object: &Map<String, Value>, field: &str) -> Result<String, Message> {
    match object.get(field) {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(not_text(field)),
    }
}

/// A field that should be text and is not.
pub(crate) fn not_text(field: &str) -> Message {
    Message::new("import-not-text").with("field", field)
}

/// The quote and position in a target's (or body's) selectors. A missing position is 0 (the
/// quote is then found wherever it is); a missing quote is empty.
pub(crate) fn selector_of(selectors: Option<&Value>) -> Result<Selector, Message> {
    let list: Vec<&Value> = match selectors {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(one) => vec![one],
        None => Vec::new(),
    };
    let mut quote = None;
    let mut position = None;
    for s in list {
        let Some(s) = s.as_object() else { continue };
        match s.get("type").and_then(Value::as_str) {
            Some("TextQuoteSelector") => {
                let exact = s
                    .get("exact")
                    .and_then(Value::as_str)
                    .ok_or_else(|| Message::new("import-no-exact"))?;
                quote = Some(TextQuoteSelector {
                    exact: exact.to_owned(),
                    prefix: string(s, "prefix")?,
                    suffix: string(s, "suffix")?,
                });
            }
            Some("TextPositionSelector") => {
                let number = |field: &str| {
                    s.get(field)
                        .and_then(Value::as_u64)
                        .and_then(|n| usize::try_from(n).ok())
                        .ok_or_else(|| {
                            Message::new("import-position-not-number").with("field", field)
                        })
                };
                let (start, end) = (number("start")?, number("end")?);
                if end < start {
                    return Err(Message::new("import-position-backwards")
                        .with("start", start)
                        .with("end", end));
                }
                if let Some(problem) = crate::core::evidence::bad_span(&Selector {
                    quote: TextQuoteSelector::default(),
                    position: TextPositionSelector { start, end },
                }) {
                    return Err(problem);
                }
                position = Some(TextPositionSelector { start, end });
            }
            // Range (XPath), CSS, fragment selectors and others say nothing about plain text.
            _ => {}
        }
    }
    let quote = quote.unwrap_or_default();
    let position = position.unwrap_or(TextPositionSelector {
        start: 0,
        end: quote.exact.chars().count(),
    });
    Ok(Selector { quote, position })
}

/// A target's (or body's) source address: a string, or an object's `id`.
pub(crate) fn source_of(value: &Value) -> String {
    match value {
        Value::String(iri) => iri.clone(),
        Value::Object(o) => o
            .get("source")
            .map(source_of)
            .or_else(|| o.get("id").and_then(Value::as_str).map(str::to_owned))
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// The lesson's label a tag names: by id, else by name (letter case aside).
pub(crate) fn label_for(lesson: &Lesson, tag: &str) -> Option<String> {
    let tag = tag.trim();
    let labels = || lesson.label_sets.iter().flat_map(|s| &s.labels);
    labels()
        .find(|l| l.id == tag)
        .or_else(|| {
            labels().find(|l| l.id.eq_ignore_ascii_case(tag) || l.name.eq_ignore_ascii_case(tag))
        })
        .map(|l| l.id.clone())
}
