//! Summaries derived from the work being edited: claims per document and per task, each claim's
//! number, who cites what, and the highlights of every document. They are rebuilt when the model
//! changes (its history's state id), never per frame, so a frame does not grow with the number of
//! claims. New search hits (indexed on the worker) are only laid over the highlights.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use super::widgets::article_view::{Highlight, HighlightIndex, HighlightKey};
use super::widgets::palette::{claim_color, hotkey_labels};
use crate::core::lesson::{Lesson, Task, TaskKind};
use crate::core::session::{Annotation, EvidenceSource, Session, Stance};
use crate::core::sourcing::{NudgesByEvidence, Sourcing};

/// A passage cited as evidence: where, by which claim, and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citing {
    /// The passage's char range in its document.
    pub range: Range<usize>,
    /// The claim citing it.
    pub claim_id: String,
    /// The piece of evidence.
    pub evidence_id: String,
    /// Its stance.
    pub stance: Stance,
}

/// What the screens show that is computed from the session (or the key) and the lesson.
#[derive(Default)]
pub struct Derived {
    /// The state of the edited file it was built for.
    built_for: Option<u64>,
    /// The search hits (their generation) laid over the highlights.
    layered_for: Option<u64>,
    /// How many times it was built (tests: a search builds nothing again).
    builds: u64,
    /// Claims on each document.
    pub claims_per_document: HashMap<String, usize>,
    /// Claims filed under each task.
    pub claims_per_task: HashMap<String, usize>,
    /// Claims filed under each task that have what the task asks of a claim: a label of its
    /// set, the evidence (with the stance asked for), a verdict. See [`answers_task`].
    pub claims_answering_task: HashMap<String, usize>,
    /// Indexes of the claims filed under each task, in order.
    pub claims_by_task: HashMap<String, Vec<usize>>,
    /// Indexes of the claims filed under no task.
    pub untasked: Vec<usize>,
    /// Each claim's number in the list (from 1).
    pub claim_numbers: HashMap<String, usize>,
    /// Indexes of the claims placed in the text, in order.
    pub placed: Vec<usize>,
    /// Indexes of the claims without a place in the text (imported, their passage not found):
    /// listed as not placed, never drawn at the position they came with, counted nowhere.
    pub orphaned: Vec<usize>,
    /// Passages cited as evidence, per document, sorted by start, with the longest's length.
    citations: HashMap<String, (Vec<Citing>, usize)>,
    /// Highlights per document: claims, cited passages and search hits.
    pub highlights: HashMap<String, HighlightIndex>,
    /// The labels that have a hotkey, in hotkey order.
    pub hotkey_labels: Vec<String>,
    /// The placed claims by document and char range: what the Numbers panel asks to tell a
    /// number already made a claim.
    pub claim_by_range: HashMap<(String, usize, usize), String>,
    /// The sourcing checks' nudges on each piece of evidence, by claim and evidence id (evidence
    /// without nudges is not in it).
    pub nudges: NudgesByEvidence,
}

/// Whether a claim has what its task asks of a claim: a label of the task's set, evidence (with
/// the stance asked for, if one is), or a verdict. A written task asks nothing of a claim. This
/// is what the student can see for themselves; how well it is done is for the key and the
/// teacher.
pub fn answers_task(lesson: &Lesson, task: &Task, claim: &Annotation) -> bool {
    match &task.kind {
        TaskKind::MarkClaims { label_set }
        | TaskKind::LabelTechniques { label_set }
        | TaskKind::Attribution { label_set } => lesson
            .label_set(label_set)
            .is_some_and(|set| set.labels.iter().any(|l| claim.labels.contains(&l.id))),
        TaskKind::AttachEvidence { stance } => claim
            .evidence
            .iter()
            .any(|e| stance.is_none_or(|s| s == e.stance)),
        TaskKind::Verdict => claim.verdict.as_ref().is_some_and(|v| !v.rating.is_empty()),
        TaskKind::Written => false,
    }
}

/// The highlight colour of a passage cited as evidence.
const EVIDENCE_FILL: egui::Color32 = egui::Color32::from_rgba_premultiplied(47, 47, 47, 40);
/// The highlight colour of a search hit.
pub(crate) const SEARCH_FILL: egui::Color32 = egui::Color32::from_rgba_premultiplied(90, 70, 0, 90);

impl Derived {
    /// Rebuilds everything if the edited file changed since the last build (`state`: its state
    /// id, and the search hits' generation); lays the search hits over the highlights if only
    /// they changed.
    pub fn refresh(
        &mut self,
        state: (u64, u64),
        session: &Session,
        lesson: &Lesson,
        search_hits: &HashMap<String, Arc<HighlightIndex>>,
    ) {
        let (edited, searched) = state;
        if self.built_for != Some(edited) {
            self.build(session, lesson);
            self.built_for = Some(edited);
            self.layered_for = None;
        }
        if self.layered_for != Some(searched) {
            self.layer_search_hits(search_hits);
            self.layered_for = Some(searched);
        }
    }

    /// Lays each document's search hits over its highlights (O(documents)).
    fn layer_search_hits(&mut self, search_hits: &HashMap<String, Arc<HighlightIndex>>) {
        for (doc, index) in &mut self.highlights {
            index.set_layer(search_hits.get(doc).cloned());
        }
        for (doc, hits) in search_hits {
            if !self.highlights.contains_key(doc) {
                let mut index = HighlightIndex::default();
                index.set_layer(Some(Arc::clone(hits)));
                self.highlights.insert(doc.clone(), index);
            }
        }
    }

    /// How many times the summaries were built (a search hit or a frame builds none).
    pub fn builds(&self) -> u64 {
        self.builds
    }

    fn build(&mut self, session: &Session, lesson: &Lesson) {
        self.builds += 1;
        self.claims_per_document.clear();
        self.claims_per_task.clear();
        self.claims_answering_task.clear();
        self.claims_by_task.clear();
        self.untasked.clear();
        self.claim_numbers.clear();
        self.placed.clear();
        self.orphaned.clear();
        self.citations.clear();
        self.claim_by_range.clear();
        self.nudges = Sourcing::new(lesson, Some(session)).by_evidence(session);
        let mut by_doc: HashMap<String, Vec<Highlight>> = HashMap::new();
        for (i, a) in session.annotations.iter().enumerate() {
            self.claim_numbers.insert(a.id.clone(), i + 1);
            if a.orphaned.is_some() {
                self.orphaned.push(i);
                // Its evidence passages are placed on their own, and drawn.
                self.add_citations(&mut by_doc, a);
                continue;
            }
            self.placed.push(i);
            let range = a.selector.range();
            self.claim_by_range
                .insert((a.document.clone(), range.start, range.end), a.id.clone());
            *self
                .claims_per_document
                .entry(a.document.clone())
                .or_default() += 1;
            match &a.task {
                Some(task) => {
                    *self.claims_per_task.entry(task.clone()).or_default() += 1;
                    if lesson
                        .task(task)
                        .is_some_and(|t| answers_task(lesson, t, a))
                    {
                        *self.claims_answering_task.entry(task.clone()).or_default() += 1;
                    }
                    self.claims_by_task.entry(task.clone()).or_default().push(i);
                }
                None => self.untasked.push(i),
            }
            by_doc
                .entry(a.document.clone())
                .or_default()
                .push(Highlight {
                    range: a.selector.range(),
                    color: claim_color(i),
                    key: HighlightKey::Claim(a.id.clone()),
                });
            self.add_citations(&mut by_doc, a);
        }
        for (citing, longest) in self.citations.values_mut() {
            citing.sort_by_key(|c| (c.range.start, c.range.end));
            *longest = citing.iter().map(|c| c.range.len()).max().unwrap_or(0);
        }
        self.highlights = by_doc
            .into_iter()
            .map(|(doc, items)| (doc, HighlightIndex::new(items)))
            .collect();
        self.hotkey_labels = hotkey_labels(lesson);
    }

    /// The passages a claim cites as evidence: highlighted, and indexed for the backlinks.
    fn add_citations(&mut self, by_doc: &mut HashMap<String, Vec<Highlight>>, a: &Annotation) {
        for e in &a.evidence {
            if let EvidenceSource::Passage { document, selector } = &e.source {
                by_doc.entry(document.clone()).or_default().push(Highlight {
                    range: selector.range(),
                    color: EVIDENCE_FILL,
                    key: HighlightKey::Evidence(a.id.clone()),
                });
                self.citations
                    .entry(document.clone())
                    .or_default()
                    .0
                    .push(Citing {
                        range: selector.range(),
                        claim_id: a.id.clone(),
                        evidence_id: e.id.clone(),
                        stance: e.stance,
                    });
            }
        }
    }

    /// Forgets what was built, so the next refresh rebuilds (after the lesson changed without an
    /// edit: another file opened).
    pub fn invalidate(&mut self) {
        self.built_for = None;
        self.layered_for = None;
    }

    /// The passages of `document` overlapping `range` that claims cite, at most `limit`.
    pub fn citing(&self, document: &str, range: Range<usize>, limit: usize) -> Vec<&Citing> {
        let Some((all, longest)) = self.citations.get(document) else {
            return Vec::new();
        };
        let from = all.partition_point(|c| c.range.start.saturating_add(*longest) < range.start);
        let to = all.partition_point(|c| c.range.start < range.end);
        all[from..to.max(from)]
            .iter()
            .filter(|c| c.range.end > range.start)
            .take(limit)
            .collect()
    }
}
