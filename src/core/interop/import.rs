//! Importing annotations made elsewhere into a session of a lesson: W3C Web Annotation JSON
//! (Crosscheck's own export, read back exactly, or another tool's; one annotation, a list, a page
//! or a collection) and Hypothesis JSON (its API's search results, a list of rows, or one row as
//! `GET /api/annotations/{id}` gives it). The format is told from the content.
//!
//! Every annotation is matched to a document of the lesson (by the document id Crosscheck wrote,
//! else by address, else by finding its quote in each document) and placed by the rules of
//! [`super::placing`]. What cannot be placed is kept as an orphaned claim ([`Orphan`]) and
//! reported with why ([`Unplaced`]), never dropped; what is wrong with the file is an
//! [`ImportError`] naming the annotation.

use std::ops::Range;

use serde_json::Value;

use crate::core::anchor::AnchorMethod;
use crate::core::interop::incoming::ImportError;
use crate::core::interop::placing::{self, ImportedClaim, Placer};
use crate::core::interop::{hypothesis, w3c_in};
use crate::core::lesson::{Lesson, LoadedLesson};
use crate::core::session::{Annotation, Session, next_id};
use crate::core::words::Message;

/// The formats annotations are imported from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    /// W3C Web Annotation JSON-LD: one annotation, a list, a page or a collection with its pages.
    W3c,
    /// Hypothesis: its API's search results (`{"total": …, "rows": […]}`), a list of rows, or
    /// one row.
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

    /// The format of a JSON value, if it is one Crosscheck reads: Hypothesis's search results
    /// (`rows`), W3C's collections and pages, or one annotation or a list of them, each told by
    /// its fields (see [`Self::of_annotation`]).
    pub fn detect(value: &Value) -> Option<Self> {
        match value {
            Value::Object(o) if o.contains_key("rows") => Some(Self::Hypothesis),
            Value::Object(o) if o.contains_key("@graph") => Some(Self::W3c),
            Value::Object(o) => Self::of_annotation(o),
            Value::Array(items) => match items.first() {
                None => Some(Self::W3c),
                Some(Value::Object(o)) => Self::of_annotation(o),
                Some(_) => None,
            },
            _ => None,
        }
    }

    /// The format of one annotation (or a W3C page or collection): W3C when it has what the W3C
    /// model has and Hypothesis does not (`@context`, `type`, `body`, `bodyValue`,
    /// `motivation`); Hypothesis when it has a field of Hypothesis's API (`uri`, `user`, `text`,
    /// `tags`, …); else W3C when it has a `target`.
    fn of_annotation(o: &serde_json::Map<String, Value>) -> Option<Self> {
        const W3C: [&str; 5] = ["@context", "type", "body", "bodyValue", "motivation"];
        const HYPOTHESIS: [&str; 11] = [
            "uri",
            "user",
            "user_info",
            "text",
            "tags",
            "group",
            "permissions",
            "links",
            "references",
            "flagged",
            "hidden",
        ];
        if W3C.iter().any(|k| o.contains_key(*k)) {
            Some(Self::W3c)
        } else if HYPOTHESIS.iter().any(|k| o.contains_key(*k)) {
            Some(Self::Hypothesis)
        } else if o.contains_key("target") {
            Some(Self::W3c)
        } else {
            None
        }
    }
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

    /// The annotations to add to `session`, with new ids (`c…`) where an id is already taken
    /// there, so that nothing already in it is touched. A placed claim that came without a task
    /// goes to the lesson's task about its document, as one made in the app would.
    pub fn annotations_for(&self, session: &Session, lesson: &Lesson) -> Vec<Annotation> {
        let mut taken: Vec<String> = session.annotations.iter().map(|a| a.id.clone()).collect();
        let mut out = Vec::with_capacity(self.session.annotations.len());
        for a in &self.session.annotations {
            let mut a = a.clone();
            if a.id.is_empty() || taken.contains(&a.id) {
                a.id = next_id("c", taken.iter().map(String::as_str));
            }
            if a.task.is_none() && a.orphaned.is_none() {
                a.task = lesson.task_for_document(&a.document);
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
        (None, _) => placing::unplaced_line(c),
    }
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
