//! Lessons: documents, label sets, tasks, feedback policy and the optional answer key; loading a
//! lesson folder or a packed single file, validating it, and making the student edition.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::core::anchor::Selector;
use crate::core::evidence::{Evidence, EvidenceSource, Stance};
use crate::core::store::migrate::{self, Versioned};
use crate::core::store::{self, FileError};
use crate::core::text::DocumentText;
use crate::core::words::{Arg, Message, Worded};

/// The lesson file format this build writes and reads.
pub const LESSON_FORMAT: u32 = 1;

/// The name of the lesson file inside a lesson folder.
pub const LESSON_FILE: &str = "lesson.ron";

/// A document of the lesson and where it came from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct DocumentRef {
    /// Unique within the lesson; sessions refer to documents by it.
    pub id: String,
    /// Path relative to the lesson folder (`.txt` or `.md`).
    pub path: String,
    /// Headline or title.
    pub title: String,
    /// Who published it.
    #[serde(default)]
    pub outlet: String,
    /// Who wrote it.
    #[serde(default)]
    pub author: String,
    /// When it was published, as precisely as known (e.g. "2023-11-06" or "about 22 Nov 2023").
    #[serde(default)]
    pub published: String,
    /// Where it was published.
    #[serde(default)]
    pub url: String,
    /// Provenance notes: how sure we are of outlet and date, and why.
    #[serde(default)]
    pub provenance: String,
    /// SHA-256 of the normalised text.
    pub sha256: String,
    /// Which way its paragraphs read: from each paragraph's first strong letter (`Auto`, the
    /// Unicode rule), or set for the whole document when that guess is wrong (an Arabic article
    /// whose paragraphs start with a Latin name reads `Rtl`).
    #[serde(default, skip_serializing_if = "Direction::is_auto")]
    pub direction: Direction,
}

/// The base direction of a document's paragraphs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub enum Direction {
    /// Each paragraph from its first strong character (Unicode Bidirectional Algorithm, P2–P3).
    #[default]
    Auto,
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// Every direction, in menu order.
    pub const ALL: [Self; 3] = [Self::Auto, Self::Ltr, Self::Rtl];

    /// Whether it is the default (not written to the file).
    #[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
    pub fn is_auto(&self) -> bool {
        *self == Self::Auto
    }
}

/// One label a student can give a claim.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Label {
    /// Unique across the whole lesson.
    pub id: String,
    /// What the student sees.
    pub name: String,
    /// What it means, with an example if that helps.
    #[serde(default)]
    pub description: String,
}

/// A named group of labels, e.g. "Check-worthiness" or "Propaganda techniques".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct LabelSet {
    /// Unique within the lesson.
    pub id: String,
    /// What the student sees.
    pub name: String,
    /// What the set is for.
    #[serde(default)]
    pub description: String,
    /// Whether a claim may carry several labels of this set.
    #[serde(default)]
    pub multiple: bool,
    /// The labels, in the order offered. For a verdict scale, from one end of the scale to the other.
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_vec()"))]
    pub labels: Vec<Label>,
}

/// What a task asks the student to do. Every kind the grader and the app know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub enum TaskKind {
    /// Highlight the claims worth checking, and rate them with a label set.
    MarkClaims {
        /// The label set to rate them with (e.g. check-worthiness).
        label_set: String,
    },
    /// Label the language of highlighted passages (e.g. propaganda techniques).
    LabelTechniques {
        /// The label set of techniques.
        label_set: String,
    },
    /// Say who is cited for a claim.
    Attribution {
        /// The label set of kinds of source.
        label_set: String,
    },
    /// Attach evidence (a passage or a citation) with a stance.
    AttachEvidence {
        /// The stance the task is after, if it asks for one in particular.
        stance: Option<Stance>,
    },
    /// Give a verdict from the verdict scale with reasoning.
    Verdict,
    /// A written answer, scored with the rubric.
    Written,
}

/// One level of a rubric.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct RubricLevel {
    /// Short name ("Thorough").
    pub name: String,
    /// What work at this level does.
    #[serde(default)]
    pub description: String,
    /// Points for work at this level.
    pub points: u32,
    /// An example answer at this level.
    #[serde(default)]
    pub example: String,
}

/// A task of the lesson.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Task {
    /// Unique within the lesson.
    pub id: String,
    /// Short title.
    pub title: String,
    /// What to do, for the student.
    pub instructions: String,
    /// Which document the task is about; `None` for the whole lesson.
    #[serde(default)]
    pub document: Option<String>,
    /// What kind of work it is.
    pub kind: TaskKind,
    /// Most points it can earn.
    pub points: u32,
    /// Levels for teacher-scored reasoning.
    #[serde(default)]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_vec()"))]
    pub rubric: Vec<RubricLevel>,
    /// What each part of a key item weighs in its points, when the teacher changed it (else the
    /// kind's own, [`Weights::for_kind`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weights: Option<Weights>,
}

impl Task {
    /// What each part of a key item of this task weighs: the teacher's, else the kind's.
    pub fn weights(&self) -> Weights {
        self.weights
            .unwrap_or_else(|| Weights::for_kind(&self.kind))
    }
}

/// What each part of a key item weighs in its points, in shares: highlighting the passage (the
/// span), its labels, its evidence, its verdict. An item's points are shared among the parts it
/// asks for in these proportions (a part it does not ask for is left out).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Weights {
    /// The passage highlighted.
    pub span: u32,
    /// Its labels.
    pub labels: u32,
    /// Its evidence.
    pub evidence: u32,
    /// Its verdict.
    pub verdict: u32,
}

impl Weights {
    /// Each kind weighs what it asks for most: marking claims the passage, techniques and
    /// attribution the labels, evidence the evidence, a verdict the verdict and its evidence.
    pub fn for_kind(kind: &TaskKind) -> Self {
        let w = |span, labels, evidence, verdict| Self {
            span,
            labels,
            evidence,
            verdict,
        };
        match kind {
            TaskKind::MarkClaims { .. } => w(3, 2, 1, 1),
            TaskKind::LabelTechniques { .. } | TaskKind::Attribution { .. } => w(1, 3, 1, 1),
            TaskKind::AttachEvidence { .. } => w(1, 1, 3, 1),
            TaskKind::Verdict => w(1, 1, 2, 4),
            TaskKind::Written => w(1, 1, 1, 1),
        }
    }
}

/// When students see how their work compares with the key.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub enum FeedbackPolicy {
    /// Never in the app; the teacher reports back.
    None,
    /// After the session is handed in and reviewed.
    #[default]
    AfterHandIn,
    /// Live, while working (needs the key in the student's copy).
    LiveSelfCheck,
}

/// One item of the answer key: a span the teacher expects students to find.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct KeyItem {
    /// Unique within the key.
    pub id: String,
    /// The task it belongs to.
    pub task: String,
    /// The document it is in.
    pub document: String,
    /// The span.
    pub selector: Selector,
    /// Labels that earn full credit (any one of them).
    #[serde(default)]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_set()"))]
    pub accepted_labels: BTreeSet<String>,
    /// Must every student find it (true), or is it a bonus?
    #[serde(default = "yes")]
    pub required: bool,
    /// The evidence the teacher expects, with stances.
    #[serde(default)]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_vec()"))]
    pub evidence: Vec<Evidence>,
    /// The expected verdict (a label id of the verdict scale), if the task asks for one.
    #[serde(default)]
    pub verdict: Option<String>,
    /// Why, in the project's own words, for the teacher and the feedback report.
    pub explanation: String,
    /// Independent corroboration: the evidence earns its credit only if it passes the sourcing
    /// checks (not circular, not dated before the claim, not a party's, not anonymous; see
    /// `core::sourcing`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub independent: bool,
}

fn yes() -> bool {
    true
}

/// Two labels close enough that giving one for the other earns partial credit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct NearMiss {
    /// One label id.
    pub a: String,
    /// The other.
    pub b: String,
    /// Share of the label credit it earns (0..=1).
    #[cfg_attr(test, proptest(strategy = "0.0f32..=1.0"))]
    pub credit: f32,
}

/// The teacher's answer key. Never in a student edition.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct AnswerKey {
    /// What students should find.
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_vec()"))]
    pub items: Vec<KeyItem>,
    /// Label pairs that earn partial credit.
    #[serde(default)]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_vec()"))]
    pub near_misses: Vec<NearMiss>,
    /// What claims that match no key item cost.
    #[serde(default)]
    pub extra_claims: ExtraClaims,
}

/// How much claims that match no key item cost (so that highlighting everything is not a way to
/// full marks). Per task: `precision = matched / (matched + extras beyond the free ones)`, and the
/// task's points are multiplied by `1 - weight * (1 - precision)`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct ExtraClaims {
    /// Extra claims allowed free of charge, per key item of the task (students may rightly find
    /// what the key lacks). 1.0: as many extras as the task has key items.
    #[cfg_attr(test, proptest(strategy = "0.0f32..4.0"))]
    pub free_per_item: f32,
    /// How much precision weighs: 0 ignores extra claims, 1 multiplies the points by precision.
    #[cfg_attr(test, proptest(strategy = "0.0f32..=1.0"))]
    pub weight: f32,
}

impl Default for ExtraClaims {
    fn default() -> Self {
        Self {
            free_per_item: 1.0,
            weight: 1.0,
        }
    }
}

impl ExtraClaims {
    /// The extra claims that cost credit, of `extra` in a task with `items` key items.
    pub fn charged(&self, extra: usize, items: usize) -> usize {
        let per_item = if self.free_per_item.is_finite() {
            self.free_per_item.max(0.0)
        } else {
            1.0
        };
        let free = (per_item * items as f32).floor() as usize;
        extra.saturating_sub(free)
    }

    /// The share of a task's points kept, and the precision behind it, for `matched` key items
    /// found or partly found, `extra` unmatched claims and `items` key items in the task.
    pub fn factor(&self, matched: usize, extra: usize, items: usize) -> (f32, f32) {
        let charged = self.charged(extra, items);
        // A weight that is not a number (a hand-edited file) counts as the default, 1.
        let weight = if self.weight.is_nan() {
            1.0
        } else {
            self.weight
        };
        let precision = if matched + charged == 0 {
            1.0
        } else {
            matched as f32 / (matched + charged) as f32
        };
        let weight = weight.clamp(0.0, 1.0);
        (
            (1.0 - weight * (1.0 - precision)).clamp(0.0, 1.0),
            precision,
        )
    }
}

/// What the answer key has that a claim does not: must-find (true) or bonus (false), by key item
/// id.
pub type Required = BTreeMap<String, bool>;

/// A lesson, as stored in `lesson.ron`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Lesson {
    /// File format; [`LESSON_FORMAT`] for files this build writes.
    pub format: u32,
    /// Stable id; sessions name their lesson by it.
    pub id: String,
    /// Title.
    pub title: String,
    /// BCP 47 language tag of the lesson's own text ("en").
    #[serde(default = "english")]
    pub language: String,
    /// What students will do and practise.
    #[serde(default)]
    pub intro: String,
    /// Aims, timing and debrief for the teacher. Not in the student edition.
    #[serde(default)]
    pub teacher_notes: String,
    /// The documents.
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_vec()"))]
    pub documents: Vec<DocumentRef>,
    /// The label sets.
    #[serde(default)]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_vec()"))]
    pub label_sets: Vec<LabelSet>,
    /// The id of the label set used as the verdict scale, if any.
    #[serde(default)]
    pub verdict_scale: Option<String>,
    /// The tasks.
    #[serde(default)]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_vec()"))]
    pub tasks: Vec<Task>,
    /// When students get feedback.
    #[serde(default)]
    pub feedback: FeedbackPolicy,
    /// The answer key (teacher edition only).
    #[serde(default)]
    pub answer_key: Option<AnswerKey>,
    /// Whether students see the Numbers panel (the teacher always does): hidden when finding the
    /// numbers that disagree is the exercise.
    #[serde(default, skip_serializing_if = "NumbersPanel::is_shown")]
    pub numbers: NumbersPanel,
    /// Words that count the same thing when numbers are grouped, one list per thing ("attack",
    /// "strike", "operation", "incident"); each word stands for its list's first. A lesson that
    /// does not say has [`starter_synonyms`].
    #[serde(
        default = "starter_synonyms",
        skip_serializing_if = "is_starter_synonyms"
    )]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_vec()"))]
    pub synonyms: Vec<Vec<String>>,
    /// Outlets and bodies the lesson marks as party to the conflict, with their role: evidence
    /// from them gets a nudge (`core::sourcing`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_vec()"))]
    pub parties: Vec<Party>,
}

/// Whether students see the Numbers panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub enum NumbersPanel {
    /// Students see it: a reading aid, like search.
    #[default]
    Shown,
    /// Only the teacher sees it.
    Hidden,
}

impl NumbersPanel {
    /// Whether it is the default (not written to the file).
    #[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
    pub fn is_shown(&self) -> bool {
        *self == Self::Shown
    }
}

/// An outlet or body that is party to the conflict a lesson is about.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Party {
    /// Its name as outlets are written ("Al Mayadeen", "U.S. Department of Defense"): an outlet
    /// whose name holds it, as whole words in any case, is this party.
    pub name: String,
    /// Its role in the conflict, in neutral words, shown with the nudge.
    #[serde(default)]
    pub role: String,
}

/// The synonyms a lesson has when it says nothing: attacks, casualties and soldiers, in English
/// and Spanish.
pub fn starter_synonyms() -> Vec<Vec<String>> {
    let lists: [&[&str]; 4] = [
        &[
            "attack",
            "strike",
            "operation",
            "incident",
            "ataque",
            "operación",
            "incidente",
        ],
        &["injured", "wounded", "injury", "herido"],
        &["killed", "dead", "death", "muerto"],
        &[
            "soldier",
            "troop",
            "personnel",
            "service member",
            "soldado",
            "militar",
            "efectivo",
        ],
    ];
    lists
        .iter()
        .map(|list| list.iter().map(|w| (*w).to_owned()).collect())
        .collect()
}

fn is_starter_synonyms(lists: &[Vec<String>]) -> bool {
    lists == starter_synonyms().as_slice()
}

fn english() -> String {
    "en".to_owned()
}

impl Lesson {
    /// The document with this id.
    pub fn document(&self, id: &str) -> Option<&DocumentRef> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The label set with this id.
    pub fn label_set(&self, id: &str) -> Option<&LabelSet> {
        self.label_sets.iter().find(|s| s.id == id)
    }

    /// The label with this id, and its set.
    pub fn label(&self, id: &str) -> Option<(&LabelSet, &Label)> {
        self.label_sets
            .iter()
            .find_map(|s| s.labels.iter().find(|l| l.id == id).map(|l| (s, l)))
    }

    /// The task with this id.
    pub fn task(&self, id: &str) -> Option<&Task> {
        self.tasks.iter().find(|t| t.id == id)
    }

    /// The task a new claim on `document` belongs to: the first task about that document.
    pub fn task_for_document(&self, document: &str) -> Option<String> {
        self.tasks
            .iter()
            .find(|t| t.document.as_deref() == Some(document))
            .map(|t| t.id.clone())
    }

    /// The verdict scale's labels, in order.
    pub fn verdict_labels(&self) -> &[Label] {
        self.verdict_scale
            .as_deref()
            .and_then(|id| self.label_set(id))
            .map_or(&[], |s| s.labels.as_slice())
    }

    /// The lesson without its key and without anything derived from it: what students get.
    #[must_use]
    pub fn student_edition(&self) -> Self {
        let mut out = self.clone();
        out.answer_key = None;
        out.teacher_notes.clear();
        for task in &mut out.tasks {
            for level in &mut task.rubric {
                // Example answers show what a top answer contains; they are key material.
                level.example.clear();
            }
        }
        if out.feedback == FeedbackPolicy::LiveSelfCheck {
            // Live self-check needs the key; without it the student gets feedback after hand-in.
            out.feedback = FeedbackPolicy::AfterHandIn;
        }
        out
    }

    /// Checks the lesson's own consistency: unique ids, references that resolve, safe paths.
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut add = |what: Message| problems.push(Problem::error(what));
        if self.id.trim().is_empty() {
            add(Message::new("lesson-no-id"));
        }
        duplicates(
            self.documents.iter().map(|d| d.id.as_str()),
            Kind::Document,
            &mut add,
        );
        let paths: Vec<String> = self
            .documents
            .iter()
            .map(|d| normalised_path(&d.path))
            .collect();
        let mut seen_paths = BTreeSet::new();
        for (doc, path) in self.documents.iter().zip(&paths) {
            if !seen_paths.insert(path.as_str()) {
                add(Message::new("lesson-same-file")
                    .with("document", &doc.id)
                    .with("path", quoted(path)));
            }
        }
        duplicates(
            self.label_sets.iter().map(|s| s.id.as_str()),
            Kind::LabelSet,
            &mut add,
        );
        duplicates(
            self.label_sets
                .iter()
                .flat_map(|s| s.labels.iter().map(|l| l.id.as_str())),
            Kind::Label,
            &mut add,
        );
        duplicates(
            self.tasks.iter().map(|t| t.id.as_str()),
            Kind::Task,
            &mut add,
        );
        for doc in &self.documents {
            if let Err(e) = check_relative_path(&doc.path) {
                add(Message::new("lesson-bad-path")
                    .with("document", &doc.id)
                    .with("reason", e));
            }
            if normalised_path(&doc.path) == LESSON_FILE {
                add(Message::new("lesson-path-is-lesson-file")
                    .with("document", &doc.id)
                    .with("file", LESSON_FILE));
            }
        }
        if let Some(scale) = &self.verdict_scale
            && self.label_set(scale).is_none()
        {
            add(Message::new("lesson-no-verdict-scale-set").with("set", quoted(scale)));
        }
        self.validate_tasks(&mut add);
        self.validate_evidence_board(&mut add);
        if let Some(key) = &self.answer_key {
            self.validate_key(key, &mut add);
        }
        problems
    }

    fn validate_tasks(&self, add: &mut impl FnMut(Message)) {
        for task in &self.tasks {
            if let Some(doc) = &task.document
                && self.document(doc).is_none()
            {
                add(Message::new("lesson-task-no-document")
                    .with("task", &task.id)
                    .with("document", quoted(doc)));
            }
            let set = match &task.kind {
                TaskKind::MarkClaims { label_set }
                | TaskKind::LabelTechniques { label_set }
                | TaskKind::Attribution { label_set } => Some(label_set),
                _ => None,
            };
            if let Some(set) = set
                && self.label_set(set).is_none()
            {
                add(Message::new("lesson-task-no-label-set")
                    .with("task", &task.id)
                    .with("set", quoted(set)));
            }
            if task.kind == TaskKind::Verdict && self.verdict_scale.is_none() {
                add(Message::new("lesson-task-needs-verdict-scale").with("task", &task.id));
            }
        }
    }

    /// Parties have names, once each; a synonym is on one list only.
    fn validate_evidence_board(&self, add: &mut impl FnMut(Message)) {
        let mut names = BTreeSet::new();
        for party in &self.parties {
            let name = party.name.trim().to_lowercase();
            if name.is_empty() {
                add(Message::new("lesson-party-no-name").with("role", quoted(&party.role)));
            } else if !names.insert(name) {
                add(Message::new("lesson-party-twice").with("name", quoted(&party.name)));
            }
        }
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for (i, list) in self.synonyms.iter().enumerate() {
            for word in list {
                let key = word.trim().to_lowercase();
                if key.is_empty() {
                    add(Message::new("lesson-synonym-empty").with("list", i + 1));
                } else if seen.insert(key, i).is_some_and(|other| other != i) {
                    add(Message::new("lesson-synonym-two-lists").with("word", quoted(word)));
                }
            }
        }
    }

    fn validate_key(&self, key: &AnswerKey, add: &mut impl FnMut(Message)) {
        duplicates(key.items.iter().map(|i| i.id.as_str()), Kind::KeyItem, add);
        let policy = key.extra_claims;
        let weight_ok = (0.0..=1.0).contains(&policy.weight);
        let free_ok = policy.free_per_item.is_finite() && policy.free_per_item >= 0.0;
        if !(weight_ok && free_ok) {
            // As Rust writes them (0.1, NaN, inf), not as a number would be worded.
            add(Message::new("lesson-extra-claims-out-of-range")
                .with("weight", policy.weight.to_string())
                .with("free", policy.free_per_item.to_string()));
        }
        for item in &key.items {
            let item_id = item.id.as_str();
            if let Some(problem) = crate::core::evidence::bad_span(&item.selector) {
                add(Message::new("lesson-key-item-bad-span")
                    .with("item", item_id)
                    .with("reason", problem));
            }
            if self.task(&item.task).is_none() {
                add(Message::new("lesson-key-item-no-task")
                    .with("item", item_id)
                    .with("task", quoted(&item.task)));
            }
            if self.document(&item.document).is_none() {
                add(Message::new("lesson-key-item-no-document")
                    .with("item", item_id)
                    .with("document", quoted(&item.document)));
            }
            for label in &item.accepted_labels {
                if self.label(label).is_none() {
                    add(Message::new("lesson-key-item-no-label")
                        .with("item", item_id)
                        .with("label", quoted(label)));
                }
            }
            if let Some(v) = &item.verdict
                && !self.verdict_labels().iter().any(|l| &l.id == v)
            {
                add(Message::new("lesson-key-item-verdict-off-scale")
                    .with("item", item_id)
                    .with("verdict", quoted(v)));
            }
            for ev in &item.evidence {
                if let EvidenceSource::Passage { document, selector } = &ev.source {
                    if self.document(document).is_none() {
                        add(Message::new("lesson-key-item-evidence-unknown-document")
                            .with("item", item_id)
                            .with("document", quoted(document)));
                    }
                    if let Some(problem) = crate::core::evidence::bad_span(selector) {
                        add(Message::new("lesson-key-item-evidence-bad-span")
                            .with("item", item_id)
                            .with("evidence", &ev.id)
                            .with("reason", problem));
                    }
                }
            }
        }
        for pair in &key.near_misses {
            for label in [&pair.a, &pair.b] {
                if self.label(label).is_none() {
                    add(Message::new("lesson-near-miss-no-label").with("label", quoted(label)));
                }
            }
            if !(0.0..=1.0).contains(&pair.credit) {
                add(Message::new("lesson-near-miss-credit")
                    .with("a", &pair.a)
                    .with("b", &pair.b));
            }
        }
    }
}

/// What kind of thing two of which may share an id, or one have none.
#[derive(Clone, Copy)]
enum Kind {
    Document,
    LabelSet,
    Label,
    Task,
    KeyItem,
}

impl Kind {
    /// "A … has an empty id" (one message per kind: in some languages the words around the noun
    /// agree with it).
    fn empty_id(self) -> Message {
        match self {
            Self::Document => Message::new("lesson-document-empty-id"),
            Self::LabelSet => Message::new("lesson-label-set-empty-id"),
            Self::Label => Message::new("lesson-label-empty-id"),
            Self::Task => Message::new("lesson-task-empty-id"),
            Self::KeyItem => Message::new("lesson-key-item-empty-id"),
        }
    }

    /// "Two of the …s have the id …".
    fn same_id(self, id: &str) -> Message {
        let message = match self {
            Self::Document => Message::new("lesson-document-same-id"),
            Self::LabelSet => Message::new("lesson-label-set-same-id"),
            Self::Label => Message::new("lesson-label-same-id"),
            Self::Task => Message::new("lesson-task-same-id"),
            Self::KeyItem => Message::new("lesson-key-item-same-id"),
        };
        message.with("id", quoted(id))
    }
}

fn duplicates<'a>(ids: impl Iterator<Item = &'a str>, kind: Kind, add: &mut impl FnMut(Message)) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if id.trim().is_empty() {
            add(kind.empty_id());
        } else if !seen.insert(id) {
            add(kind.same_id(id));
        }
    }
}

/// `text` as `{:?}` writes it, without the quotes around it (the messages put their own quotes,
/// straight ones in English, «» in Spanish): escapes keep control characters visible.
fn quoted(text: &str) -> String {
    let debug = format!("{text:?}");
    debug
        .strip_prefix('"')
        .and_then(|d| d.strip_suffix('"'))
        .unwrap_or(&debug)
        .to_owned()
}

/// A relative path as one spelling: `\\` as `/`, no `.` parts, no doubled separators.
fn normalised_path(path: &str) -> String {
    path.replace('\\', "/")
        .split('/')
        .filter(|part| !part.is_empty() && *part != ".")
        .collect::<Vec<_>>()
        .join("/")
}

/// Refuses paths that are absolute or that could leave the lesson folder.
pub fn check_relative_path(path: &str) -> Result<(), Message> {
    if path.is_empty() {
        return Err(Message::new("lesson-path-empty"));
    }
    let absolute = || Message::new("lesson-path-absolute").with("path", quoted(path));
    // Both separators count, so a lesson made on Windows is checked the same everywhere.
    if path.starts_with('/') || path.starts_with('\\') || path.get(1..2) == Some(":") {
        return Err(absolute());
    }
    let unified = path.replace('\\', "/");
    for component in Path::new(&unified).components() {
        match component {
            Component::Normal(_) | Component::CurDir => {}
            Component::ParentDir => {
                return Err(Message::new("lesson-path-leaves-folder").with("path", quoted(path)));
            }
            Component::RootDir | Component::Prefix(_) => return Err(absolute()),
        }
    }
    Ok(())
}

/// Something wrong with a lesson.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// The message, naming the file or item.
    pub message: Message,
}

impl Problem {
    fn error(message: Message) -> Self {
        Self { message }
    }

    /// What to do about it (from its message's id, the same in every language).
    pub fn advice(&self) -> Advice {
        advice_for(&self.message)
    }
}

/// A file that could not be read as a lesson, as the lesson's problem.
impl From<FileError> for Problem {
    fn from(error: FileError) -> Self {
        Self::error(error.message())
    }
}

impl Worded for Problem {
    fn message(&self) -> Message {
        self.message.clone()
    }
}

/// What to do about a problem with a file: one of a few pieces of advice, which the app words in
/// the interface's language ([`Advice::id`]) and the command line in English
/// ([`Advice::sentence`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Advice {
    /// The document changed after the lesson was made.
    Revised,
    /// Not UTF-8 text.
    SaveAsUtf8,
    /// Too large for a lesson file.
    TooLarge,
    /// A path that leaves the lesson folder.
    CopyIntoFolder,
    /// Not an ordinary file.
    OrdinaryFile,
    /// A field far larger than any lesson needs.
    Damaged,
    /// Written by a newer Crosscheck.
    UpdateCrosscheck,
    /// A file not where the lesson says.
    CheckWhere,
    /// A syntax error at a line and column.
    FixAtLineAndColumn,
    /// Anything else.
    FixWhatIsNamed,
}

impl Advice {
    /// Every piece of advice.
    pub const ALL: [Self; 10] = [
        Self::Revised,
        Self::SaveAsUtf8,
        Self::TooLarge,
        Self::CopyIntoFolder,
        Self::OrdinaryFile,
        Self::Damaged,
        Self::UpdateCrosscheck,
        Self::CheckWhere,
        Self::FixAtLineAndColumn,
        Self::FixWhatIsNamed,
    ];

    /// The id of its wording in the app's Fluent files.
    pub fn id(self) -> &'static str {
        match self {
            Self::Revised => "advice-revised",
            Self::SaveAsUtf8 => "advice-save-as-utf8",
            Self::TooLarge => "advice-too-large",
            Self::CopyIntoFolder => "advice-copy-into-folder",
            Self::OrdinaryFile => "advice-ordinary-file",
            Self::Damaged => "advice-damaged",
            Self::UpdateCrosscheck => "advice-update-crosscheck",
            Self::CheckWhere => "advice-check-where",
            Self::FixAtLineAndColumn => "advice-fix-at-line-and-column",
            Self::FixWhatIsNamed => "advice-fix-what-is-named",
        }
    }

    /// In English, in a sentence for the person at the computer (the command line).
    pub fn sentence(self) -> &'static str {
        match self {
            Self::Revised => {
                "The document was changed after the lesson was made: ask the teacher for the \
                 lesson as handed out, or (teacher) use \"Replace with revised text\" to \
                 re-anchor the key."
            }
            Self::SaveAsUtf8 => {
                "Open the document in a text editor, save it as UTF-8, and open the lesson again."
            }
            Self::TooLarge => {
                "The file is too large to be a lesson file: check it is the right file, or split \
                 the document."
            }
            Self::CopyIntoFolder => {
                "Copy the document into the lesson folder (instead of linking to it) and give its \
                 path relative to the folder."
            }
            Self::OrdinaryFile => {
                "Only ordinary files are read: replace it with a copy of the document."
            }
            Self::Damaged => {
                "A field of the file is far larger than any lesson needs: the file is damaged or \
                 not from Crosscheck. Ask for a fresh copy."
            }
            Self::UpdateCrosscheck => "Update Crosscheck to open this file; it was not changed.",
            Self::CheckWhere => {
                "Check the file is where the lesson says (it may not have been copied along), or \
                 open the lesson from its folder."
            }
            Self::FixAtLineAndColumn => {
                "Fix the file at that line and column in a text editor (or ask for a fresh copy), \
                 then open it again."
            }
            Self::FixWhatIsNamed => {
                "Fix what is named (or ask for a fresh copy of the file), then open it again."
            }
        }
    }
}

/// What to do about a problem with a file, from its message: chosen by the message's id (and
/// the ids of the messages inside it), never by its wording, so rewording a Fluent file (or
/// reading in another language) never changes the advice. Only the operating system's own reason
/// (a text argument, in its words) is looked at for "no such file".
pub fn advice_for(message: &Message) -> Advice {
    // The message and every message inside it, outermost first.
    let mut ids: Vec<&'static str> = Vec::new();
    let mut texts: Vec<&str> = Vec::new();
    let mut has_line = false;
    let mut stack = vec![message];
    while let Some(m) = stack.pop() {
        ids.push(m.id);
        for (name, arg) in &m.args {
            has_line |= *name == "line";
            match arg {
                Arg::Message(inner) => stack.push(inner),
                Arg::Text(text) => texts.push(text),
                Arg::Number(_) => {}
            }
        }
    }
    let is = |wanted: &[&str]| ids.iter().any(|id| wanted.contains(id));
    if is(&["lesson-hash-mismatch"]) {
        Advice::Revised
    } else if is(&[
        "file-not-utf8",
        "text-invalid-utf8",
        "text-invalid-utf16",
        "text-not-text",
    ]) {
        Advice::SaveAsUtf8
    } else if is(&["text-too-large", "guard-too-large"]) {
        Advice::TooLarge
    } else if is(&[
        "guard-leads-outside",
        "guard-leaves-folder",
        "lesson-path-leaves-folder",
        "lesson-path-absolute",
    ]) {
        Advice::CopyIntoFolder
    } else if is(&["guard-not-regular"]) {
        Advice::OrdinaryFile
    } else if is(&["limit-too-big"]) {
        Advice::Damaged
    } else if is(&["file-newer-format"]) {
        Advice::UpdateCrosscheck
    } else if texts
        .iter()
        .any(|t| t.contains("No such file") || t.contains("not found"))
    {
        Advice::CheckWhere
    } else if has_line {
        Advice::FixAtLineAndColumn
    } else {
        Advice::FixWhatIsNamed
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message.fmt(f)
    }
}

/// The single-file form of a lesson: `lesson.ron`'s content plus the document texts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct PackedLesson {
    /// File format; [`LESSON_FORMAT`].
    pub format: u32,
    /// The lesson.
    pub lesson: Lesson,
    /// Each document's normalised text, by document id.
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_map()"))]
    pub texts: BTreeMap<String, String>,
}

impl Versioned for PackedLesson {
    const FORMAT: u32 = LESSON_FORMAT;

    fn stamp(&mut self) {
        self.format = LESSON_FORMAT;
        self.lesson.format = LESSON_FORMAT;
    }
}

impl Versioned for Lesson {
    const FORMAT: u32 = LESSON_FORMAT;

    fn stamp(&mut self) {
        self.format = LESSON_FORMAT;
    }
}

/// Where a lesson was loaded from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LessonSource {
    /// A folder with `lesson.ron` and the documents.
    Folder(PathBuf),
    /// A packed single file.
    Packed(PathBuf),
    /// Compiled into the program (the bundled sample).
    Bundled,
    /// Made in the app and not saved yet.
    New,
}

/// A lesson with its document texts, ready to use.
#[derive(Clone, Debug)]
pub struct LoadedLesson {
    /// The lesson.
    pub lesson: Lesson,
    /// Each document's text, by id.
    pub texts: BTreeMap<String, DocumentText>,
    /// Where it came from.
    pub source: LessonSource,
    /// Things wrong with it that did not stop it loading (hash mismatches, broken references).
    pub problems: Vec<Problem>,
}

impl LoadedLesson {
    /// A new, empty lesson with an empty answer key, not saved anywhere yet.
    pub fn new_empty(id: &str, title: &str) -> Self {
        Self {
            lesson: Lesson {
                format: LESSON_FORMAT,
                id: id.to_owned(),
                title: title.to_owned(),
                language: english(),
                intro: String::new(),
                teacher_notes: String::new(),
                documents: Vec::new(),
                label_sets: Vec::new(),
                verdict_scale: None,
                tasks: Vec::new(),
                feedback: FeedbackPolicy::default(),
                answer_key: Some(AnswerKey::default()),
                numbers: NumbersPanel::default(),
                synonyms: starter_synonyms(),
                parties: Vec::new(),
            },
            texts: BTreeMap::new(),
            source: LessonSource::New,
            problems: Vec::new(),
        }
    }

    /// Loads a lesson folder, a `lesson.ron` in one, or a packed lesson file.
    pub fn load(path: &Path) -> Result<Self, FileError> {
        if path.is_dir() {
            return Self::load_folder(path);
        }
        if path.file_name().is_some_and(|n| n == LESSON_FILE) {
            return Self::load_folder(path.parent().unwrap_or(Path::new(".")));
        }
        let (text, shown) = store::read_text_limited(path, store::guard::MAX_PACKED_BYTES)?;
        let packed: PackedLesson = migrate::parse_versioned(&text, &shown)?.value;
        Ok(Self::from_packed(
            packed,
            LessonSource::Packed(path.to_owned()),
            &path.display().to_string(),
        ))
    }

    /// Builds a lesson from a packed form held in memory. `shown` names it in messages.
    pub fn from_packed(packed: PackedLesson, source: LessonSource, shown: &str) -> Self {
        let mut texts = BTreeMap::new();
        let mut problems = packed.lesson.validate();
        for doc in &packed.lesson.documents {
            match packed.texts.get(&doc.id) {
                Some(text) if text.contains('\0') => problems.push(Problem::error(
                    Message::new("lesson-embedded-text-nul")
                        .with("file", shown)
                        .with("document", &doc.id),
                )),
                Some(text) => {
                    let text = DocumentText::from_normalised(text);
                    check_hash(doc, &text, shown, &mut problems);
                    check_spans(&packed.lesson, &doc.id, &text, shown, &mut problems);
                    texts.insert(doc.id.clone(), text);
                }
                None => problems.push(Problem::error(
                    Message::new("lesson-no-embedded-text")
                        .with("file", shown)
                        .with("document", &doc.id),
                )),
            }
        }
        Self {
            lesson: packed.lesson,
            texts,
            source,
            problems,
        }
    }

    fn load_folder(folder: &Path) -> Result<Self, FileError> {
        let lesson_path = folder.join(LESSON_FILE);
        // `lesson.ron` itself may be a link out of the folder: never followed.
        let contained =
            store::guard::inside(folder, LESSON_FILE).map_err(|message| FileError::Invalid {
                path: lesson_path.display().to_string(),
                message,
            })?;
        let lesson: Lesson = store::read_text(&contained)
            .and_then(|(text, shown)| migrate::parse_versioned(&text, &shown))
            .map_err(|e| {
                // Messages name the path the user knows, not where a link inside the folder led.
                e.with_path(&lesson_path.display().to_string())
            })?
            .value;
        let mut problems = lesson.validate();
        let mut texts = BTreeMap::new();
        for doc in &lesson.documents {
            if check_relative_path(&doc.path).is_err() {
                continue; // Already reported by validate(); never read outside the folder.
            }
            let doc_path = folder.join(doc.path.replace('\\', "/"));
            let shown = doc_path.display().to_string();
            let read = store::guard::inside(folder, &doc.path)
                .map_err(|reason| {
                    Message::new("lesson-file-problem")
                        .with("file", &shown)
                        .with("reason", reason)
                })
                .and_then(|real| {
                    // Named by the path the user knows, not where a link inside the folder led.
                    DocumentText::load(&real).map_err(|e| {
                        replace_in_text(e.message(), &real.display().to_string(), &shown)
                    })
                });
            match read {
                Ok(text) => {
                    check_hash(doc, &text, &shown, &mut problems);
                    check_spans(&lesson, &doc.id, &text, &shown, &mut problems);
                    texts.insert(doc.id.clone(), text);
                }
                Err(message) => problems.push(Problem::error(message)),
            }
        }
        Ok(Self {
            lesson,
            texts,
            source: LessonSource::Folder(folder.to_owned()),
            problems,
        })
    }

    /// The packed single-file form.
    pub fn packed(&self) -> PackedLesson {
        PackedLesson {
            format: LESSON_FORMAT,
            lesson: self.lesson.clone(),
            texts: self
                .texts
                .iter()
                .map(|(id, t)| (id.clone(), t.as_str().to_owned()))
                .collect(),
        }
    }

    /// The text of a document.
    pub fn text(&self, document: &str) -> Option<&DocumentText> {
        self.texts.get(document)
    }

    /// Writes the lesson as a folder: `lesson.ron` plus each document at its path, all landing
    /// together or none (a revised document never lands without the `lesson.ron` naming its hash).
    pub fn save_folder(&self, folder: &Path) -> Result<(), FileError> {
        std::fs::create_dir_all(folder).map_err(|e| FileError::io(folder, &e))?;
        let mut files: Vec<(std::path::PathBuf, &[u8])> = Vec::new();
        for doc in &self.lesson.documents {
            check_relative_path(&doc.path).map_err(|message| FileError::Invalid {
                path: folder.display().to_string(),
                message,
            })?;
            let Some(text) = self.texts.get(&doc.id) else {
                continue;
            };
            let refuse = |message: Message| FileError::Invalid {
                path: folder.join(&doc.path).display().to_string(),
                message,
            };
            // Never write through a link that leads out of the folder.
            let target = store::guard::inside(folder, &doc.path).map_err(refuse)?;
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(|e| FileError::io(parent, &e))?;
            }
            // Made just now, a folder on the way could still not be a link: check again.
            let target = store::guard::inside(folder, &doc.path).map_err(refuse)?;
            files.push((target, text.as_str().as_bytes()));
        }
        let lesson_path =
            store::guard::inside(folder, LESSON_FILE).map_err(|message| FileError::Invalid {
                path: folder.join(LESSON_FILE).display().to_string(),
                message,
            })?;
        let lesson_text = store::ron_file_text(&lesson_path, &self.lesson)?;
        files.push((lesson_path, lesson_text.as_bytes()));
        let borrowed: Vec<(&Path, &[u8])> = files.iter().map(|(p, b)| (p.as_path(), *b)).collect();
        store::write_all_atomic(&borrowed)
    }

    /// Writes the student edition (no key) as a folder or, if `out` ends in `.ron` and is not a
    /// `lesson.ron`, as a packed file.
    pub fn write_student_edition(&self, out: &Path) -> Result<(), FileError> {
        let student = Self {
            lesson: self.lesson.student_edition(),
            texts: self.texts.clone(),
            source: self.source.clone(),
            problems: Vec::new(),
        };
        let packed_file = out.extension().is_some_and(|e| e == "ron")
            && out.file_name().is_some_and(|n| n != LESSON_FILE);
        if packed_file {
            store::save_ron(out, &student.packed())
        } else {
            student.save_folder(out)
        }
    }
}

/// `message` with `from` replaced by `to` in its text arguments, nested messages' included.
fn replace_in_text(message: Message, from: &str, to: &str) -> Message {
    Message {
        id: message.id,
        args: message
            .args
            .into_iter()
            .map(|(name, arg)| {
                let arg = match arg {
                    Arg::Text(text) => Arg::Text(text.replace(from, to)),
                    Arg::Message(inner) => {
                        Arg::Message(Box::new(replace_in_text(*inner, from, to)))
                    }
                    number @ Arg::Number(_) => number,
                };
                (name, arg)
            })
            .collect(),
    }
}

/// Reports key items (and their evidence passages) in `document` whose span is not inside its text.
fn check_spans(
    lesson: &Lesson,
    document: &str,
    text: &DocumentText,
    shown: &str,
    problems: &mut Vec<Problem>,
) {
    let Some(key) = &lesson.answer_key else {
        return;
    };
    let len = text.char_count();
    for item in &key.items {
        let mut spans = Vec::new();
        if item.document == document {
            spans.push((Message::new("lesson-span-past-end"), item.selector.range()));
        }
        for ev in &item.evidence {
            if let EvidenceSource::Passage {
                document: d,
                selector,
            } = &ev.source
                && d == document
            {
                spans.push((Message::new("lesson-evidence-past-end"), selector.range()));
            }
        }
        for (message, range) in spans {
            if range.end > len {
                problems.push(Problem::error(
                    message
                        .with("file", shown)
                        .with("item", &item.id)
                        .with("start", range.start.to_string())
                        .with("end", range.end.to_string())
                        .with("length", len),
                ));
            }
        }
    }
}

fn check_hash(doc: &DocumentRef, text: &DocumentText, shown: &str, problems: &mut Vec<Problem>) {
    if !doc.sha256.eq_ignore_ascii_case(text.sha256()) {
        problems.push(Problem::error(
            Message::new("lesson-hash-mismatch")
                .with("file", shown)
                .with("document", &doc.id)
                .with("expected", &doc.sha256)
                .with("found", text.sha256()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advice_is_chosen_by_the_messages_id_not_its_wording() {
        let mismatch = Message::new("lesson-hash-mismatch").with("path", "a.txt");
        assert_eq!(advice_for(&mismatch), Advice::Revised);
        // Inside another message (a file that could not be read, because …).
        let nested = Message::new("file-read").with("path", "lesson.ron").with(
            "reason",
            Message::new("file-newer-format").with("found", 9.0),
        );
        assert_eq!(advice_for(&nested), Advice::UpdateCrosscheck);
        let at = Message::new("file-parse")
            .with("line", 3.0)
            .with("column", 7.0);
        assert_eq!(advice_for(&at), Advice::FixAtLineAndColumn);
        let gone =
            Message::new("file-read").with("reason", "No such file or directory (os error 2)");
        assert_eq!(advice_for(&gone), Advice::CheckWhere);
        assert_eq!(
            advice_for(&Message::new("something-else")),
            Advice::FixWhatIsNamed
        );
    }

    #[test]
    fn absolute_and_escaping_paths_are_refused() {
        assert!(check_relative_path("docs/a.txt").is_ok());
        assert!(check_relative_path("./a.md").is_ok());
        for bad in [
            "/etc/passwd",
            "../secret.txt",
            "docs/../../x.txt",
            "C:\\x.txt",
            "\\\\server\\x",
            "..\\x.txt",
        ] {
            let err = check_relative_path(bad).unwrap_err().to_string();
            assert!(
                err.contains("absolute") || err.contains("leaves the lesson folder"),
                "{bad}: {err}"
            );
        }
    }
}
