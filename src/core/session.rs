//! A student's work on a lesson: annotations (claims) with labels, notes, verdicts and evidence,
//! and answers to tasks. This is the file a student hands in.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::core::anchor::Selector;
pub use crate::core::evidence::{
    Citation, Credibility, Evidence, EvidenceSource, Stance, bad_span,
};
use crate::core::lesson::Lesson;
use crate::core::store::migrate::{self, Loaded, Versioned};
use crate::core::store::{self, FileError};
use crate::core::words::Message;

/// The session file format this build writes and reads.
pub const SESSION_FORMAT: u32 = 1;

/// A verdict on a claim: a rating from the lesson's verdict scale and the reasoning for it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Verdict {
    /// Label id from the lesson's verdict scale.
    pub rating: String,
    /// Why.
    #[serde(default)]
    pub reasoning: String,
}

/// One highlighted claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Annotation {
    /// Unique within the session.
    pub id: String,
    /// The lesson document it is in.
    pub document: String,
    /// Where it is.
    pub selector: Selector,
    /// Label ids from the lesson's label sets.
    #[serde(default)]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_set()"))]
    pub labels: BTreeSet<String>,
    /// The student's note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// A verdict, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// Evidence for or against the claim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_vec()"))]
    pub evidence: Vec<Evidence>,
    /// The task it answers, if the student said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
    /// Set when the claim has no place in the lesson's text: it came from another tool and its
    /// quote was not found, or its document is not in the lesson. The selector is the one it came
    /// with, kept so that nothing is lost; it is not a place to draw it or grade it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orphaned: Option<Orphan>,
}

/// Why a claim has no place in the lesson's text (see [`Annotation::orphaned`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub enum Orphan {
    /// Its document is in the lesson, but its quote was not found there well enough.
    QuoteNotFound,
    /// It quotes nothing (a note on a whole page, or a reply).
    NoQuote,
    /// Its document is not one of the lesson's: `document` is empty and this says where it was.
    OtherDocument {
        /// The address (URL or URN) of the document it was made on.
        source: String,
        /// That document's title, if the file gave one.
        #[serde(default)]
        title: String,
    },
}

impl Annotation {
    /// A new annotation with nothing but its place.
    pub fn new(id: impl Into<String>, document: impl Into<String>, selector: Selector) -> Self {
        Self {
            id: id.into(),
            document: document.into(),
            selector,
            labels: BTreeSet::new(),
            note: String::new(),
            verdict: None,
            evidence: Vec::new(),
            task: None,
            orphaned: None,
        }
    }
}

/// A written answer to a task.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct TaskResponse {
    /// The answer text.
    #[serde(default)]
    pub text: String,
    /// Whether the student marked the task done.
    #[serde(default)]
    pub done: bool,
}

/// A student's work on one lesson.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Session {
    /// File format; [`SESSION_FORMAT`] for files this build writes.
    pub format: u32,
    /// The lesson's id.
    pub lesson_id: String,
    /// SHA-256 of each document's text when the work was done, by document id.
    #[serde(default)]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_map()"))]
    pub document_hashes: BTreeMap<String, String>,
    /// Who did the work.
    #[serde(default)]
    pub student: String,
    /// When the session was started.
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::timestamp()"))]
    pub created: jiff::Timestamp,
    /// When it was last saved.
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::timestamp()"))]
    pub modified: jiff::Timestamp,
    /// The claims.
    #[serde(default)]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_vec()"))]
    pub annotations: Vec<Annotation>,
    /// Written answers, by task id.
    #[serde(default)]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_map()"))]
    pub responses: BTreeMap<String, TaskResponse>,
}

impl Versioned for Session {
    const FORMAT: u32 = SESSION_FORMAT;

    fn stamp(&mut self) {
        self.format = SESSION_FORMAT;
    }
}

impl Session {
    /// A new, empty session for a lesson.
    pub fn new(lesson: &Lesson, now: jiff::Timestamp) -> Self {
        Self {
            format: SESSION_FORMAT,
            lesson_id: lesson.id.clone(),
            document_hashes: lesson
                .documents
                .iter()
                .map(|d| (d.id.clone(), d.sha256.clone()))
                .collect(),
            student: String::new(),
            created: now,
            modified: now,
            annotations: Vec::new(),
            responses: BTreeMap::new(),
        }
    }

    /// Parses a session file's text, of any format this build reads.
    pub fn parse(text: &str, shown: &str) -> Result<Self, FileError> {
        Self::parse_versioned(text, shown).map(|loaded| loaded.value)
    }

    /// [`Self::parse`], saying which format the file was in.
    pub fn parse_versioned(text: &str, shown: &str) -> Result<Loaded<Self>, FileError> {
        let loaded: Loaded<Self> = migrate::parse_versioned(text, shown)?;
        loaded
            .value
            .check_spans()
            .map_err(|message| FileError::Invalid {
                path: shown.to_owned(),
                message,
            })?;
        Ok(loaded)
    }

    /// Refuses positions that cannot be: a claim or evidence passage that ends before it starts
    /// or past the largest document there can be.
    pub fn check_spans(&self) -> Result<(), Message> {
        for a in &self.annotations {
            if let Some(problem) = bad_span(&a.selector) {
                return Err(Message::new("session-claim-span")
                    .with("claim", &a.id)
                    .with("problem", problem));
            }
            for e in &a.evidence {
                if let EvidenceSource::Passage { selector, .. } = &e.source
                    && let Some(problem) = bad_span(selector)
                {
                    return Err(Message::new("session-evidence-span")
                        .with("claim", &a.id)
                        .with("evidence", &e.id)
                        .with("problem", problem));
                }
            }
        }
        Ok(())
    }

    /// Reads and parses a session file.
    pub fn load(path: &std::path::Path) -> Result<Self, FileError> {
        Self::load_versioned(path).map(|loaded| loaded.value)
    }

    /// [`Self::load`], saying which format the file was in.
    pub fn load_versioned(path: &std::path::Path) -> Result<Loaded<Self>, FileError> {
        let (text, shown) = store::read_text(path)?;
        Self::parse_versioned(&text, &shown)
    }

    /// The annotation with this id.
    pub fn annotation(&self, id: &str) -> Option<&Annotation> {
        self.annotations.iter().find(|a| a.id == id)
    }

    /// The annotation with this id, mutably.
    pub fn annotation_mut(&mut self, id: &str) -> Option<&mut Annotation> {
        self.annotations.iter_mut().find(|a| a.id == id)
    }

    /// An id no annotation uses yet: `c1`, `c2`, …
    pub fn next_annotation_id(&self) -> String {
        next_id("c", self.annotations.iter().map(|a| a.id.as_str()))
    }

    /// Which annotations cite a passage of `document` overlapping `range` as evidence:
    /// (annotation id, evidence id) pairs, so links can be followed backwards.
    pub fn citing(&self, document: &str, range: std::ops::Range<usize>) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for annotation in &self.annotations {
            for evidence in &annotation.evidence {
                if let EvidenceSource::Passage {
                    document: d,
                    selector,
                } = &evidence.source
                    && d == document
                    && selector.position.start < range.end
                    && range.start < selector.position.end
                {
                    out.push((annotation.id.clone(), evidence.id.clone()));
                }
            }
        }
        out
    }

    /// Which documents of `lesson` differ from the versions this session was made on.
    pub fn changed_documents(&self, lesson: &Lesson) -> Vec<String> {
        let mut out: Vec<String> = lesson
            .documents
            .iter()
            .filter(|d| {
                self.document_hashes
                    .get(&d.id)
                    .is_some_and(|h| *h != d.sha256)
            })
            .map(|d| d.id.clone())
            .collect();
        out.sort();
        out
    }
}

/// `prefix` followed by one more than the highest number any existing id with that prefix has.
pub fn next_id<'a>(prefix: &str, existing: impl Iterator<Item = &'a str>) -> String {
    let numbers: std::collections::BTreeSet<u64> = existing
        .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .collect();
    let highest = numbers.last().copied().unwrap_or(0);
    // A file may hold the largest number there is: then the first free one.
    let next = highest
        .checked_add(1)
        .unwrap_or_else(|| (1..=u64::MAX).find(|n| !numbers.contains(n)).unwrap_or(1));
    format!("{prefix}{next}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_id_counts_past_the_highest() {
        assert_eq!(next_id("c", ["c1", "c7", "x9", "c3"].into_iter()), "c8");
        assert_eq!(next_id("e", std::iter::empty()), "e1");
    }

    #[test]
    fn large_session_with_awkward_strings_reads_back_and_errors_keep_their_position() {
        let text = "Quote with \"quotes\", [brackets], (parens), commas, // not a comment, r#\"raw\"#.\nNext line.";
        let doc = crate::core::text::DocumentText::from_normalised(&text.repeat(50));
        let mut session = Session {
            format: SESSION_FORMAT,
            lesson_id: "l".into(),
            document_hashes: BTreeMap::new(),
            student: "S".into(),
            created: jiff::Timestamp::UNIX_EPOCH,
            modified: jiff::Timestamp::UNIX_EPOCH,
            annotations: Vec::new(),
            responses: BTreeMap::new(),
        };
        for i in 0..3000 {
            let start = (i * 7) % (doc.char_count() - 80);
            let mut a = Annotation::new(
                format!("c{i}"),
                "d",
                Selector::from_range(&doc, start..start + 70),
            );
            a.note = format!("note {i}: \"quoted\", with ] and ) and , inside\n");
            session.annotations.push(a);
        }
        let text = store::to_ron_string(&session).unwrap();
        assert_eq!(Session::parse(&text, "t").unwrap(), session);
        // A broken file still reports its exact position through the plain parse.
        let broken = text.replacen("note 1500:", "note 1500:\u{0}", 1).replacen(
            "(id: \"c2000\"",
            "(id: c2000",
            1,
        );
        let err = Session::parse(&broken, "t").unwrap_err();
        let line = 1 + text[..text.find("(id: \"c2000\"").unwrap()]
            .matches('\n')
            .count();
        assert!(
            matches!(err, FileError::Parse { line: l, .. } if l == line),
            "{err} (expected line {line})"
        );
    }

    #[test]
    fn stances_have_words_and_symbols() {
        for stance in Stance::ALL {
            assert!(!stance.word().is_empty());
            assert!(!stance.symbol().is_empty());
        }
    }
}
