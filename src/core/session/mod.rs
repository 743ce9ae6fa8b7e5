//! A student's work on a lesson: annotations (claims) with labels, notes, verdicts and evidence,
//! and answers to tasks. This is the file a student hands in.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use serde::{Deserialize, Serialize};

mod command;
pub mod trail;

pub use command::Command;

use crate::core::anchor::Selector;
pub use crate::core::evidence::{
    Citation, Credibility, Evidence, EvidenceSource, Stance, bad_span,
};
use crate::core::lesson::Lesson;
use crate::core::store::migrate::{self, Loaded, Versioned};
use crate::core::store::{self, FileError};
use crate::core::text::DocumentText;
use crate::core::words::Message;

/// The session file format this build writes and reads.
pub const SESSION_FORMAT: u32 = 2;

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

    /// Its labels with `label` toggled: taken off if it has it, else put on, replacing any
    /// other label of a set of the lesson that allows only one.
    pub fn labels_toggled(&self, lesson: &Lesson, label: &str) -> BTreeSet<String> {
        let mut labels = self.labels.clone();
        if !labels.remove(label) {
            if let Some((set, _)) = lesson.label(label)
                && !set.multiple
            {
                for other in &set.labels {
                    labels.remove(&other.id);
                }
            }
            labels.insert(label.to_owned());
        }
        labels
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
    /// How the work was made (since format 2): the changes, work sessions, pastes and hand-in.
    /// `None` in a session from before trails that has not been worked on since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trail: Option<trail::Trail>,
}

impl Versioned for Session {
    const FORMAT: u32 = SESSION_FORMAT;

    // Format 2 added the trail, which a format 1 session has none of: it reads as it is.

    fn stamp(&mut self) {
        self.format = SESSION_FORMAT;
    }

    fn upgrade_notice(from: u32) -> Option<Message> {
        (from < 2).then(|| Message::new("session-no-trail-before"))
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
            trail: None,
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
        self.next_claim_id(Author::Student)
    }

    /// An id no claim uses yet, as `author` numbers them: a student's `c1`, `c2`, …; the answer
    /// key's `k1`, `k2`, …
    pub fn next_claim_id(&self, author: Author) -> String {
        let prefix = match author {
            Author::Student => "c",
            Author::Key => "k",
        };
        next_id(prefix, self.annotations.iter().map(|a| a.id.as_str()))
    }

    /// A new claim of a passage of a document, not yet added: an id no claim uses yet (see
    /// [`Self::next_claim_id`]), the passage's selector in `text` (the document's text), and the
    /// task the lesson sets on that document. `None` when the passage is empty or runs past the
    /// end of the text.
    pub fn new_claim(
        &self,
        lesson: &Lesson,
        author: Author,
        document: &str,
        text: &DocumentText,
        range: Range<usize>,
    ) -> Option<Annotation> {
        let selector = passage_selector(text, range)?;
        let mut claim = Annotation::new(self.next_claim_id(author), document, selector);
        claim.task = lesson.task_for_document(document);
        Some(claim)
    }

    /// An id no evidence of the claim uses yet: `e1`, `e2`, … (`e1` when there is no such claim).
    pub fn next_evidence_id(&self, claim_id: &str) -> String {
        self.annotation(claim_id).map_or_else(
            || "e1".to_owned(),
            |a| next_id("e", a.evidence.iter().map(|e| e.id.as_str())),
        )
    }

    /// New evidence for a claim, not yet attached: a passage of a document with a stance.
    /// `None` when the passage is empty or runs past the end of `text` (the document's text).
    pub fn passage_evidence(
        &self,
        claim_id: &str,
        document: &str,
        text: &DocumentText,
        range: Range<usize>,
        stance: Stance,
    ) -> Option<Evidence> {
        Some(Evidence {
            id: self.next_evidence_id(claim_id),
            stance,
            source: EvidenceSource::Passage {
                document: document.to_owned(),
                selector: passage_selector(text, range)?,
            },
            note: String::new(),
        })
    }

    /// New evidence for a claim, not yet attached: a citation of a source outside the lesson.
    pub fn citation_evidence(
        &self,
        claim_id: &str,
        citation: Citation,
        stance: Stance,
    ) -> Evidence {
        Evidence {
            id: self.next_evidence_id(claim_id),
            stance,
            source: EvidenceSource::Citation(citation),
            note: String::new(),
        }
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

/// Who makes a claim, which decides how it is numbered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Author {
    /// A student: claims `c1`, `c2`, …
    Student,
    /// The teacher, writing the answer key: items `k1`, `k2`, …
    Key,
}

/// The selector of a passage of a text; `None` when it is empty or runs past the text's end.
fn passage_selector(text: &DocumentText, range: Range<usize>) -> Option<Selector> {
    (!range.is_empty() && range.end <= text.char_count()).then(|| Selector::from_range(text, range))
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

    /// A lesson with one task about document "b" and a verdict scale (one label at a time).
    fn lesson_with_task_on_b() -> (Lesson, String) {
        let mut lesson = crate::core::lesson::LoadedLesson::new_empty("l", "L").lesson;
        let mut task =
            crate::core::authoring::new_task(&lesson, crate::core::lesson::TaskKind::Verdict);
        task.document = Some("b".into());
        let id = task.id.clone();
        lesson.tasks.push(task);
        lesson
            .label_sets
            .push(crate::core::presets::verdict_scale());
        (lesson, id)
    }

    #[test]
    fn new_claims_are_numbered_by_their_author_and_go_to_the_task_about_their_document() {
        let (lesson, task) = lesson_with_task_on_b();
        let text = DocumentText::from_normalised("One claim here. Another one there.");
        let mut session = Session::new(&lesson, jiff::Timestamp::UNIX_EPOCH);
        let first = session
            .new_claim(&lesson, Author::Student, "b", &text, 0..15)
            .unwrap();
        assert_eq!(first.id, "c1");
        assert_eq!(first.selector.quote.exact, "One claim here.");
        assert_eq!(first.selector.range(), 0..15);
        assert_eq!(first.task.as_deref(), Some(task.as_str()));
        session.annotations.push(first);
        let second = session
            .new_claim(&lesson, Author::Student, "a", &text, 16..27)
            .unwrap();
        assert_eq!(second.id, "c2");
        assert_eq!(second.task, None, "no task is about document a");
        let key_item = session.new_claim(&lesson, Author::Key, "b", &text, 16..27);
        assert_eq!(key_item.unwrap().id, "k1");
        // Nothing, or past the end of the text: no claim.
        assert!(
            session
                .new_claim(&lesson, Author::Student, "b", &text, 4..4)
                .is_none()
        );
        assert!(
            session
                .new_claim(&lesson, Author::Student, "b", &text, 20..99)
                .is_none()
        );
    }

    #[test]
    fn evidence_is_numbered_within_its_claim() {
        let (lesson, _) = lesson_with_task_on_b();
        let text = DocumentText::from_normalised("One claim here. Another one there.");
        let mut session = Session::new(&lesson, jiff::Timestamp::UNIX_EPOCH);
        let mut claim = session
            .new_claim(&lesson, Author::Student, "b", &text, 0..15)
            .unwrap();
        let passage = session.passage_evidence("c1", "a", &text, 16..27, Stance::Contradicts);
        assert_eq!(passage.as_ref().map(|e| e.id.as_str()), Some("e1"));
        claim.evidence.extend(passage);
        session.annotations.push(claim);
        let citation = session.citation_evidence("c1", Citation::default(), Stance::Corroborates);
        assert_eq!(citation.id, "e2");
        assert_eq!(citation.stance, Stance::Corroborates);
        let passage = session.passage_evidence("c1", "a", &text, 16..99, Stance::Contradicts);
        assert!(passage.is_none(), "past the end of the text");
    }

    #[test]
    fn a_label_of_a_one_label_set_replaces_the_other() {
        let (lesson, _) = lesson_with_task_on_b();
        let scale = &lesson.label_sets[0];
        assert!(!scale.multiple);
        let (first, second) = (&scale.labels[0].id, &scale.labels[1].id);
        let mut claim = Annotation::new("c1", "b", Selector::default());
        claim.labels = claim.labels_toggled(&lesson, first);
        assert_eq!(claim.labels, BTreeSet::from([first.clone()]));
        claim.labels = claim.labels_toggled(&lesson, second);
        assert_eq!(claim.labels, BTreeSet::from([second.clone()]));
        claim.labels = claim.labels_toggled(&lesson, second);
        assert!(claim.labels.is_empty());
    }

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
            trail: None,
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
