//! Importing annotations made elsewhere into a session of a lesson: W3C Web Annotation JSON
//! (Crosscheck's own export, read back exactly, or another tool's) and Hypothesis JSON (its API's
//! search results, or a list of rows). The format is told from the content.
//!
//! Every annotation is matched to a document of the lesson (by the document id Crosscheck wrote,
//! else by address, else by finding its quote in each document) and placed with the core's
//! anchoring. What cannot be placed is kept as an orphaned claim ([`Orphan`]) and reported, never
//! dropped; what is wrong with the file is an [`ImportError`] naming the annotation.

use std::collections::BTreeMap;
use std::ops::Range;

use serde_json::Value;

use crate::core::anchor::{AnchorMethod, Anchorer, Placement, Selector};
use crate::core::interop::{hypothesis, w3c_in};
use crate::core::lesson::LoadedLesson;
use crate::core::session::{Annotation, EvidenceSource, Orphan, Session, next_id};
use crate::core::words::{Message, Worded};

/// The formats annotations are imported from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    /// W3C Web Annotation JSON-LD: one annotation, a list, a page or a collection with its pages.
    W3c,
    /// Hypothesis: its API's search results (`{"total": …, "rows": […]}`) or a list of rows.
    Hypothesis,
}

impl ImportFormat {
    /// Its name on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::W3c => "w3c",
            Self::Hypothesis => "hypothesis",
        }
    }

    /// The format of a JSON value, if it is one Crosscheck reads.
    pub fn detect(value: &Value) -> Option<Self> {
        match value {
            Value::Object(o) if o.contains_key("rows") => Some(Self::Hypothesis),
            Value::Object(o) if o.contains_key("@context") || o.contains_key("type") => {
                Some(Self::W3c)
            }
            Value::Array(items) => match items.first() {
                None => Some(Self::W3c),
                Some(Value::Object(o)) if o.contains_key("uri") || o.contains_key("user") => {
                    Some(Self::Hypothesis)
                }
                Some(Value::Object(o)) if o.contains_key("@context") || o.contains_key("type") => {
                    Some(Self::W3c)
                }
                Some(_) => None,
            },
            _ => None,
        }
    }
}

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

/// How an annotation's document was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FoundBy {
    /// The file named the lesson's document (Crosscheck's own export).
    Id,
    /// Its address is a document's URL or `urn:`.
    Address,
    /// Its address is none of the documents', but its quote was found in one.
    Quote,
    /// Not found.
    Nothing,
}

/// What became of one imported annotation.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedClaim {
    /// The annotation as the file names it (its id, or its number).
    pub name: String,
    /// Its claim's id in the session.
    pub claim: String,
    /// The lesson document it is in; empty when none.
    pub document: String,
    /// How that document was found.
    pub found_by: FoundBy,
    /// Where the file said it was (chars).
    pub from: Range<usize>,
    /// Where it is now; `None` when orphaned.
    pub to: Option<Range<usize>>,
    /// How it was placed.
    pub method: AnchorMethod,
    /// The placement's score (0..=1).
    pub score: f32,
    /// Why it has no place, when orphaned.
    pub orphan: Option<Orphan>,
}

/// What an import gives: the session read from the file (for Crosscheck's own export, the
/// session exported; otherwise a new session of the lesson holding the annotations), what became
/// of each annotation, and warnings naming the annotations they are about.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportOutcome {
    /// The format read.
    pub format: ImportFormat,
    /// The session, with every annotation (orphaned ones included).
    pub session: Session,
    /// What became of each annotation, in the file's order.
    pub claims: Vec<ImportedClaim>,
    /// Things worth knowing: positions outside the text, tags that are not labels, addresses
    /// that match no document, evidence passages not found.
    pub warnings: Vec<Message>,
}

impl ImportOutcome {
    /// The imported annotations (claims).
    pub fn annotations(&self) -> &[Annotation] {
        &self.session.annotations
    }

    /// How many annotations could not be placed.
    pub fn orphaned(&self) -> usize {
        self.claims.iter().filter(|c| c.to.is_none()).count()
    }

    /// Whether every annotation was placed and nothing needs a look.
    pub fn is_clean(&self) -> bool {
        self.orphaned() == 0 && self.warnings.is_empty()
    }

    /// The report for people: a line per annotation, the warnings, and a summary.
    pub fn report(&self) -> Vec<Message> {
        let mut out: Vec<Message> = self.claims.iter().map(describe).collect();
        out.extend(self.warnings.iter().cloned());
        let count = |method| self.claims.iter().filter(|c| c.method == method).count();
        out.push(
            Message::new("import-summary")
                .with("count", self.claims.len())
                .with("exact", count(AnchorMethod::Exact))
                .with("moved", count(AnchorMethod::Moved))
                .with("fuzzy", count(AnchorMethod::Fuzzy))
                .with("orphaned", count(AnchorMethod::Orphaned)),
        );
        out
    }

    /// The annotations to add to `session`, with new ids (`c…`, and evidence ids within each)
    /// where an id is already taken there, so that nothing already in it is touched.
    pub fn annotations_for(&self, session: &Session) -> Vec<Annotation> {
        let mut taken: Vec<String> = session.annotations.iter().map(|a| a.id.clone()).collect();
        let mut out = Vec::with_capacity(self.session.annotations.len());
        for a in &self.session.annotations {
            let mut a = a.clone();
            if a.id.is_empty() || taken.contains(&a.id) {
                a.id = next_id("c", taken.iter().map(String::as_str));
            }
            taken.push(a.id.clone());
            out.push(a);
        }
        out
    }
}

/// One line for people about an imported annotation.
pub fn describe(c: &ImportedClaim) -> Message {
    let span = |r: &Range<usize>| format!("{}..{}", r.start, r.end);
    let score = format!("{:.2}", c.score);
    let name = c.name.as_str();
    match (&c.to, &c.orphan) {
        (Some(to), _) => match c.method {
            AnchorMethod::Exact => Message::new("import-placed-exact")
                .with("annotation", name)
                .with("document", &c.document)
                .with("at", span(to)),
            AnchorMethod::Moved => Message::new("import-placed-moved")
                .with("annotation", name)
                .with("document", &c.document)
                .with("from", span(&c.from))
                .with("to", span(to)),
            _ => Message::new("import-placed-fuzzy")
                .with("annotation", name)
                .with("document", &c.document)
                .with("from", span(&c.from))
                .with("to", span(to))
                .with("score", score),
        },
        (None, Some(Orphan::OtherDocument { source, .. })) => {
            Message::new("import-orphaned-other-document")
                .with("annotation", name)
                .with("source", source)
        }
        (None, Some(Orphan::NoQuote)) => Message::new("import-orphaned-no-quote")
            .with("annotation", name)
            .with("document", &c.document),
        (None, _) => Message::new("import-orphaned-quote")
            .with("annotation", name)
            .with("document", &c.document)
            .with("score", score),
    }
}

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

/// Reads annotations from JSON text in `format` (or the one the content shows) for `lesson`.
/// `file` names the file in messages; `now` is when a session made here begins.
pub fn import_annotations(
    lesson: &LoadedLesson,
    json: &str,
    format: Option<ImportFormat>,
    file: &str,
    now: jiff::Timestamp,
) -> Result<ImportOutcome, ImportError> {
    let value = parse_json(json, file)?;
    let format = format
        .or_else(|| ImportFormat::detect(&value))
        .ok_or_else(|| ImportError::UnknownFormat {
            file: file.to_owned(),
        })?;
    let (head, incoming, mut warnings) = match format {
        ImportFormat::W3c => w3c_in::decode(&lesson.lesson, &value, file, now)?,
        ImportFormat::Hypothesis => hypothesis::decode(&lesson.lesson, &value, file, now)?,
    };
    let mut placer = Placer::new(lesson);
    let mut session = head;
    let mut claims = Vec::with_capacity(incoming.len());
    for item in incoming {
        let (annotation, claim) = placer.place(item, &mut warnings);
        session.annotations.push(annotation);
        claims.push(claim);
    }
    // Every highlight is now placed in the lesson's texts as they are (or orphaned), as after a
    // revision: the session is of these versions.
    for (document, hash) in &mut session.document_hashes {
        if let Some(text) = lesson.texts.get(document) {
            text.sha256().clone_into(hash);
        }
    }
    Ok(ImportOutcome {
        format,
        session,
        claims,
        warnings,
    })
}

/// Parses JSON, naming the file, line and column where it is not JSON.
pub fn parse_json(json: &str, file: &str) -> Result<Value, ImportError> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    serde_json::from_str(json).map_err(|e| ImportError::Json {
        file: file.to_owned(),
        line: e.line(),
        column: e.column(),
        reason: e.to_string(),
    })
}

/// Places annotations in a lesson's texts, preparing each text once.
struct Placer<'a> {
    lesson: &'a LoadedLesson,
    anchorers: BTreeMap<String, Anchorer<'a>>,
}

impl<'a> Placer<'a> {
    fn new(lesson: &'a LoadedLesson) -> Self {
        let anchorers = lesson
            .texts
            .iter()
            .map(|(id, text)| (id.clone(), Anchorer::new(text)))
            .collect();
        Self { lesson, anchorers }
    }

    /// Places a selector in a document the lesson has a text of.
    fn anchor(&self, document: &str, selector: &Selector) -> Option<Placement> {
        Some(self.anchorers.get(document)?.anchor(selector, 0))
    }

    fn place(
        &mut self,
        item: Incoming,
        warnings: &mut Vec<Message>,
    ) -> (Annotation, ImportedClaim) {
        let Incoming {
            name,
            mut annotation,
            source,
            title,
            named,
        } = item;
        self.place_passages(&name, &mut annotation, warnings);
        let from = annotation.selector.range();
        let mut claim = ImportedClaim {
            name: name.clone(),
            claim: annotation.id.clone(),
            document: annotation.document.clone(),
            found_by: if named { FoundBy::Id } else { FoundBy::Address },
            from: from.clone(),
            to: None,
            method: AnchorMethod::Orphaned,
            score: 0.0,
            orphan: None,
        };
        let known = self.lesson.text(&annotation.document).is_some();
        if annotation.orphaned.is_none() && annotation.selector.quote.exact.is_empty() {
            annotation.orphaned = Some(if known {
                Orphan::NoQuote
            } else {
                other_document(&source, &title, &annotation)
            });
        }
        if annotation.orphaned.is_some() {
            claim.orphan.clone_from(&annotation.orphaned);
            if !known {
                claim.found_by = FoundBy::Nothing;
            }
            return (annotation, claim);
        }
        let placement = if known {
            self.warn_outside(&name, &annotation, warnings);
            self.anchor(&annotation.document, &annotation.selector)
        } else {
            self.by_quote(&name, &source, &mut annotation, warnings)
                .inspect(|_| claim.found_by = FoundBy::Quote)
        };
        claim.document.clone_from(&annotation.document);
        match placement {
            Some(p) if p.range.is_some() => {
                let range = p.range.clone().unwrap_or_default();
                if p.method != AnchorMethod::Exact
                    && let Some(text) = self.lesson.text(&annotation.document)
                {
                    annotation.selector = Selector::from_range(text, range.clone());
                }
                claim.to = Some(range);
                claim.method = p.method;
                claim.score = p.score;
            }
            other => {
                annotation.orphaned = Some(if known {
                    Orphan::QuoteNotFound
                } else {
                    claim.found_by = FoundBy::Nothing;
                    other_document(&source, &title, &annotation)
                });
                claim.score = other.map_or(0.0, |p| p.score);
                claim.orphan.clone_from(&annotation.orphaned);
            }
        }
        (annotation, claim)
    }

    /// Finds the quote in every document; the best placement wins (ties: the lesson's order).
    fn by_quote(
        &self,
        name: &str,
        source: &str,
        annotation: &mut Annotation,
        warnings: &mut Vec<Message>,
    ) -> Option<Placement> {
        let mut best: Option<(String, Placement)> = None;
        for doc in &self.lesson.lesson.documents {
            let Some(p) = self.anchor(&doc.id, &annotation.selector) else {
                continue;
            };
            if p.range.is_some() && best.as_ref().is_none_or(|(_, b)| p.score > b.score) {
                best = Some((doc.id.clone(), p));
            }
        }
        let (document, placement) = best?;
        warnings.push(
            Message::new("import-found-by-quote")
                .with("annotation", name)
                .with("source", shown_source(source))
                .with("document", &document),
        );
        annotation.document = document;
        Some(placement)
    }

    /// Warns when a position is outside its document's text.
    fn warn_outside(&self, name: &str, annotation: &Annotation, warnings: &mut Vec<Message>) {
        let Some(text) = self.lesson.text(&annotation.document) else {
            return;
        };
        let range = annotation.selector.range();
        if range.end > text.char_count() {
            warnings.push(
                Message::new("import-position-outside")
                    .with("annotation", name)
                    .with("start", range.start)
                    .with("end", range.end)
                    .with("document", &annotation.document)
                    .with("length", text.char_count()),
            );
        }
    }

    /// Places the evidence passages in the lesson's documents; a passage not found is kept where
    /// it was and reported.
    fn place_passages(&self, name: &str, annotation: &mut Annotation, warnings: &mut Vec<Message>) {
        for e in &mut annotation.evidence {
            let EvidenceSource::Passage { document, selector } = &mut e.source else {
                continue;
            };
            let Some(p) = self.anchor(document, selector) else {
                continue;
            };
            match (p.range, p.method) {
                (Some(_), AnchorMethod::Exact) => {}
                (Some(range), _) => {
                    if let Some(text) = self.lesson.text(document) {
                        *selector = Selector::from_range(text, range);
                    }
                }
                (None, _) => warnings.push(
                    Message::new("import-evidence-orphaned")
                        .with("annotation", name)
                        .with("evidence", &e.id)
                        .with("document", document.as_str()),
                ),
            }
        }
    }
}

/// An address as the report shows it ("no address" when the file gave none).
fn shown_source(source: &str) -> crate::core::words::Arg {
    if source.is_empty() {
        Message::new("import-no-address").into()
    } else {
        source.into()
    }
}

fn other_document(source: &str, title: &str, annotation: &Annotation) -> Orphan {
    Orphan::OtherDocument {
        source: if source.is_empty() {
            annotation.document.clone()
        } else {
            source.to_owned()
        },
        title: title.to_owned(),
    }
}

/// The name of the `index`th (0-based) annotation of a file without an id.
pub(crate) fn nth_name(index: usize) -> String {
    format!("#{}", index + 1)
}
