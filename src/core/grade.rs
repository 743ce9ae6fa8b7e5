//! Grading a session against the answer key: span matching by overlap, label credit with
//! near misses, evidence and stance credit (for a key item that asks for independent
//! corroboration, only evidence that passes the sourcing checks), verdicts one step off for
//! partial credit.
//!
//! Tasks with answer-key items are scored here; tasks without (written answers) wait for the
//! teacher's rubric level and count as pending, not as zero.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::core::lesson::{KeyItem, Lesson, Task, TaskKind, Weights};
use crate::core::session::{Annotation, Evidence, EvidenceSource, Session};
use crate::core::sourcing::Sourcing;
use crate::core::words::Message;

/// How strict matching is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GradeOptions {
    /// Overlap / union at or above which a span counts as found.
    pub match_threshold: f32,
}

impl Default for GradeOptions {
    fn default() -> Self {
        Self {
            match_threshold: 0.5,
        }
    }
}

/// Whether a key item was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A student claim overlaps it enough.
    Found,
    /// A student claim overlaps it, but not enough.
    Partial,
    /// Nothing overlaps it.
    Missed,
}

/// How one key item was scored.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemResult {
    /// The key item.
    pub key_item: String,
    /// Its task.
    pub task: String,
    /// Found, partial or missed.
    pub outcome: Outcome,
    /// The student claim matched to it.
    pub annotation: Option<String>,
    /// Overlap / union of the spans (0..=1).
    pub overlap: f32,
    /// Credit for each part that applies (0..=1): span, labels, evidence, verdict.
    pub span_credit: f32,
    /// Label credit (`None` if the item names no labels).
    pub label_credit: Option<f32>,
    /// Evidence credit (`None` if the item expects no evidence).
    pub evidence_credit: Option<f32>,
    /// Verdict credit (`None` if the item expects no verdict).
    pub verdict_credit: Option<f32>,
    /// Points earned.
    pub points: f32,
    /// Points possible.
    pub max: f32,
    /// Whether the item is required (else a bonus).
    pub required: bool,
}

/// How one task was scored.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskResult {
    /// The task.
    pub task: String,
    /// Key items found.
    pub found: usize,
    /// Key items partly found.
    pub partial: usize,
    /// Required key items missed.
    pub missed: usize,
    /// Student claims that match no key item, in a document where this task has key items or
    /// made for this task.
    pub extra: usize,
    /// Key items found or partly found / (those + the extra claims beyond the free ones); 1 with
    /// no claims. See [`crate::core::lesson::ExtraClaims`].
    pub precision: f32,
    /// Points earned (`None`: waits for the teacher's rubric level).
    pub points: Option<f32>,
    /// Points possible.
    pub max: f32,
}

/// A whole session's grade.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionGrade {
    /// The student.
    pub student: String,
    /// Per task, in lesson order.
    pub tasks: Vec<TaskResult>,
    /// Per key item.
    pub items: Vec<ItemResult>,
    /// Points earned on the tasks scored automatically.
    pub points: f32,
    /// Points possible on those tasks.
    pub max: f32,
    /// Problems with the session: another lesson, other document versions.
    pub flags: Vec<Message>,
    /// Over all graded tasks: key items matched / (those + charged extra claims).
    pub precision: f32,
}

/// A flag its maker has worded already (the app's note that the lesson graded against has
/// problems, in the interface's language), shown as it is.
pub fn worded_flag(text: impl Into<String>) -> Message {
    Message::new("grade-flag").with("text", text.into())
}

/// Overlap / union of two char ranges (a range that ends before it starts is empty).
pub fn overlap_ratio(a: &Range<usize>, b: &Range<usize>) -> f32 {
    let (a, b) = (a.start..a.end.max(a.start), b.start..b.end.max(b.start));
    let inter = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    let union = a.end.max(b.end).saturating_sub(a.start.min(b.start));
    if union == 0 || inter == 0 {
        0.0
    } else {
        inter as f32 / union as f32
    }
}

/// Grades a session against a lesson's key. Without a key every task is pending.
pub fn grade(lesson: &Lesson, session: &Session, options: GradeOptions) -> SessionGrade {
    let mut flags = Vec::new();
    if session.lesson_id != lesson.id {
        flags.push(
            Message::new("grade-other-lesson")
                .with("made_for", &session.lesson_id)
                .with("lesson", &lesson.id),
        );
    }
    for doc in session.changed_documents(lesson) {
        flags.push(Message::new("grade-other-version").with("document", doc));
    }
    let empty = Vec::new();
    let key_items = lesson.answer_key.as_ref().map_or(&empty, |k| &k.items);
    let extra_policy = lesson
        .answer_key
        .as_ref()
        .map(|k| k.extra_claims)
        .unwrap_or_default();
    let sourcing = Sourcing::new(lesson, Some(session));
    let mut items = Vec::new();
    let mut tasks = Vec::new();
    // Claims matched to a key item of any task; what is left is extra. (One claim may match a key
    // item in each of several tasks, so matching itself is per task.)
    let mut matched_any: BTreeSet<&str> = BTreeSet::new();
    // Per task: earned points before precision, matched items, key items.
    let mut earned_by_task: Vec<(f32, usize, usize)> = Vec::new();
    for task in &lesson.tasks {
        let task_items: Vec<&KeyItem> = key_items.iter().filter(|i| i.task == task.id).collect();
        let mut result = TaskResult {
            task: task.id.clone(),
            found: 0,
            partial: 0,
            missed: 0,
            extra: 0,
            precision: 1.0,
            points: None,
            max: task.points as f32,
        };
        if task_items.is_empty() {
            tasks.push(result);
            earned_by_task.push((0.0, 0, 0));
            continue;
        }
        let required = task_items.iter().filter(|i| i.required).count().max(1);
        let per_item = task.points as f32 / required as f32;
        let mut earned = 0.0;
        let mut used: BTreeSet<&str> = BTreeSet::new();
        let item_count = task_items.len();
        for item in task_items {
            let best = best_claim(session, item, &task.id, &used);
            let scored = score_item(lesson, item, best, options, per_item, &sourcing);
            if let Some((_, claim)) = best.filter(|_| scored.annotation.is_some()) {
                used.insert(claim.id.as_str());
                matched_any.insert(claim.id.as_str());
            }
            match scored.outcome {
                Outcome::Found => result.found += 1,
                Outcome::Partial => result.partial += 1,
                Outcome::Missed if item.required => result.missed += 1,
                Outcome::Missed => {}
            }
            earned += scored.points;
            items.push(scored);
        }
        // Bonus items can make up for misses but never lift a task above its points.
        earned_by_task.push((
            earned.min(task.points as f32),
            result.found + result.partial,
            item_count,
        ));
        tasks.push(result);
    }

    let graded: Vec<bool> = earned_by_task.iter().map(|e| e.2 > 0).collect();
    count_extras(lesson, session, &matched_any, &graded, &mut tasks);

    let (mut points, mut max) = (0.0, 0.0);
    let (mut matched_all, mut charged_all) = (0usize, 0usize);
    for (result, &(earned, matched, item_count)) in tasks.iter_mut().zip(&earned_by_task) {
        if item_count == 0 {
            continue;
        }
        let (factor, precision) = extra_policy.factor(matched, result.extra, item_count);
        result.precision = precision;
        result.points = Some(earned * factor);
        points += earned * factor;
        max += result.max;
        matched_all += matched;
        charged_all += extra_policy.charged(result.extra, item_count);
    }
    let precision = if matched_all + charged_all == 0 {
        1.0
    } else {
        matched_all as f32 / (matched_all + charged_all) as f32
    };
    SessionGrade {
        student: session.student.clone(),
        tasks,
        items,
        points,
        max,
        flags,
        precision,
    }
}

/// The student claim that matches a key item: the most overlap wins; on equal overlap the claim
/// made for the item's task, then the earlier claim. Claims already `used` in the task are skipped.
fn best_claim<'s>(
    session: &'s Session,
    item: &KeyItem,
    task: &str,
    used: &BTreeSet<&str>,
) -> Option<(f32, &'s Annotation)> {
    let key_range = item.selector.range();
    let own = |c: &Annotation| c.task.as_deref() == Some(task);
    let mut best: Option<(f32, &Annotation)> = None;
    for a in session
        .annotations
        .iter()
        .filter(|a| placed(a) && a.document == item.document && !used.contains(a.id.as_str()))
    {
        let overlap = overlap_ratio(&key_range, &a.selector.range());
        let better = overlap > 0.0
            && best.is_none_or(|(o, b)| {
                overlap > o || (overlap.total_cmp(&o).is_eq() && own(a) && !own(b))
            });
        if better {
            best = Some((overlap, a));
        }
    }
    best
}

/// Whether a claim has a place in the text to grade. An orphaned claim (imported, its quote not
/// found) keeps the selector it came with, which is no place: it matches no key item, counts as no
/// extra claim and flags no paragraph.
fn placed(claim: &Annotation) -> bool {
    claim.orphaned.is_none()
}

/// Counts extra claims: a claim matched by no key item counts against every graded task with key
/// items in its document, and against its own task (so neither leaving the task unset nor filing
/// it under another task hides it). Orphaned claims are not counted.
fn count_extras(
    lesson: &Lesson,
    session: &Session,
    matched_any: &BTreeSet<&str>,
    graded: &[bool],
    tasks: &mut [TaskResult],
) {
    let key_items = lesson.answer_key.as_ref().map_or(&[][..], |k| &k.items[..]);
    let in_scope: Vec<BTreeSet<&str>> = lesson
        .tasks
        .iter()
        .map(|task| {
            key_items
                .iter()
                .filter(|k| k.task == task.id)
                .map(|k| k.document.as_str())
                .collect()
        })
        .collect();
    for a in session
        .annotations
        .iter()
        .filter(|a| placed(a) && !matched_any.contains(a.id.as_str()))
    {
        for (i, task) in lesson.tasks.iter().enumerate() {
            let own = a.task.as_deref() == Some(task.id.as_str());
            if graded[i] && (own || in_scope[i].contains(a.document.as_str())) {
                tasks[i].extra += 1;
            }
        }
    }
}

fn score_item(
    lesson: &Lesson,
    item: &KeyItem,
    best: Option<(f32, &Annotation)>,
    options: GradeOptions,
    per_item: f32,
    sourcing: &Sourcing<'_>,
) -> ItemResult {
    let label_applies = !item.accepted_labels.is_empty();
    let evidence_applies = !item.evidence.is_empty();
    let verdict_applies = item.verdict.is_some();
    let mut out = ItemResult {
        key_item: item.id.clone(),
        task: item.task.clone(),
        outcome: Outcome::Missed,
        annotation: None,
        overlap: 0.0,
        span_credit: 0.0,
        label_credit: label_applies.then_some(0.0),
        evidence_credit: evidence_applies.then_some(0.0),
        verdict_credit: verdict_applies.then_some(0.0),
        points: 0.0,
        max: per_item,
        required: item.required,
    };
    let Some((overlap, claim)) = best else {
        return out;
    };
    out.annotation = Some(claim.id.clone());
    out.overlap = overlap;
    let threshold = options.match_threshold.clamp(0.01, 1.0);
    if overlap >= threshold {
        out.outcome = Outcome::Found;
        out.span_credit = 1.0;
    } else {
        out.outcome = Outcome::Partial;
        out.span_credit = overlap / threshold;
    }
    if label_applies {
        out.label_credit = Some(label_credit(lesson, item, claim));
    }
    if evidence_applies {
        // Independent corroboration: only evidence that passes the sourcing checks counts.
        let given: Vec<Evidence> = claim
            .evidence
            .iter()
            .filter(|e| !item.independent || sourcing.passes(claim.into(), e))
            .cloned()
            .collect();
        let total: f32 = item
            .evidence
            .iter()
            .map(|k| evidence_credit(k, &given))
            .sum();
        out.evidence_credit = Some(total / item.evidence.len() as f32);
    }
    if let Some(expected) = &item.verdict {
        out.verdict_credit = Some(verdict_credit(lesson, expected, claim));
    }
    // Each part the item asks for counts as its task's weights say (a verdict task mostly the
    // verdict and its evidence, a techniques task the labels, a mark-claims task the passage).
    let weights = lesson
        .tasks
        .iter()
        .find(|t| t.id == item.task)
        .map_or_else(|| Weights::for_kind(&TaskKind::Written), Task::weights);
    out.points = (per_item * weighted(&out, weights)).clamp(0.0, per_item);
    out
}

/// The share of an item's points its credits earn: the credits of the parts it asks for,
/// weighed by `weights` (equally if every weight of those parts is 0).
fn weighted(item: &ItemResult, weights: Weights) -> f32 {
    let parts: Vec<(f32, f32)> = [
        (Some(item.span_credit), weights.span),
        (item.label_credit, weights.labels),
        (item.evidence_credit, weights.evidence),
        (item.verdict_credit, weights.verdict),
    ]
    .into_iter()
    .filter_map(|(credit, weight)| credit.map(|c| (c, weight as f32)))
    .collect();
    let total: f32 = parts.iter().map(|(_, w)| w).sum();
    if total > 0.0 {
        parts.iter().map(|(c, w)| c * w).sum::<f32>() / total
    } else {
        parts.iter().map(|(c, _)| c).sum::<f32>() / parts.len().max(1) as f32
    }
}

fn label_credit(lesson: &Lesson, item: &KeyItem, claim: &Annotation) -> f32 {
    if claim
        .labels
        .iter()
        .any(|l| item.accepted_labels.contains(l))
    {
        return 1.0;
    }
    let near = lesson
        .answer_key
        .as_ref()
        .map_or(&[][..], |k| k.near_misses.as_slice());
    near.iter()
        .filter(|n| {
            (item.accepted_labels.contains(&n.a) && claim.labels.contains(&n.b))
                || (item.accepted_labels.contains(&n.b) && claim.labels.contains(&n.a))
        })
        .map(|n| n.credit.clamp(0.0, 1.0))
        .fold(0.0, f32::max)
}

fn evidence_credit(expected: &Evidence, given: &[Evidence]) -> f32 {
    given
        .iter()
        .map(|e| match (&expected.source, &e.source) {
            (
                EvidenceSource::Passage {
                    document: kd,
                    selector: ks,
                },
                EvidenceSource::Passage {
                    document: sd,
                    selector: ss,
                },
            ) if kd == sd && overlap_ratio(&ks.range(), &ss.range()) > 0.0 => {
                if e.stance == expected.stance {
                    1.0
                } else {
                    0.5
                }
            }
            // Any citation earns the credit pending the teacher's review of its source.
            (EvidenceSource::Citation(_), EvidenceSource::Citation(_)) => {
                if e.stance == expected.stance {
                    1.0
                } else {
                    0.5
                }
            }
            _ => 0.0,
        })
        .fold(0.0, f32::max)
}

fn verdict_credit(lesson: &Lesson, expected: &str, claim: &Annotation) -> f32 {
    let Some(given) = &claim.verdict else {
        return 0.0;
    };
    let scale = lesson.verdict_labels();
    let at = |id: &str| scale.iter().position(|l| l.id == id);
    match (at(expected), at(&given.rating)) {
        (Some(k), Some(s)) if k == s => 1.0,
        (Some(k), Some(s)) if k.abs_diff(s) == 1 => 0.5,
        _ => 0.0,
    }
}

/// A session made of the key itself: one claim per key item with its first accepted label, its
/// evidence and its verdict. What a perfect student hands in (used by tests and benchmarks).
pub fn session_from_key(lesson: &Lesson, now: jiff::Timestamp) -> Session {
    let mut session = Session::new(lesson, now);
    session.student = "Answer key".into();
    for (i, item) in lesson.answer_key.iter().flat_map(|k| &k.items).enumerate() {
        let mut a = Annotation::new(
            format!("c{}", i + 1),
            item.document.clone(),
            item.selector.clone(),
        );
        a.labels = item.accepted_labels.iter().take(1).cloned().collect();
        a.evidence.clone_from(&item.evidence);
        a.verdict = item
            .verdict
            .clone()
            .map(|rating| crate::core::session::Verdict {
                rating,
                reasoning: String::new(),
            });
        a.task = Some(item.task.clone());
        session.annotations.push(a);
    }
    session
}

/// A text cell that a spreadsheet will show as text: one that starts like a formula (`=`, `+`,
/// `-`, `@`, a tab or a carriage return) gets a leading apostrophe (OWASP's advice on CSV
/// injection), so a student named `=HYPERLINK(…)` is a name, not a formula.
pub fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_is_intersection_over_union() {
        assert!((overlap_ratio(&(0..10), &(5..15)) - 5.0 / 15.0).abs() < 1e-6);
        assert!(overlap_ratio(&(0..10), &(10..20)).abs() < f32::EPSILON);
        assert!((overlap_ratio(&(3..7), &(3..7)) - 1.0).abs() < f32::EPSILON);
    }

    #[test]
    fn orphaned_claims_match_no_key_item_and_are_not_extra() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");
        let loaded = crate::core::lesson::LoadedLesson::load(std::path::Path::new(dir)).unwrap();
        let lesson = &loaded.lesson;
        let full = session_from_key(lesson, jiff::Timestamp::UNIX_EPOCH);
        let perfect = grade(lesson, &full, GradeOptions::default());
        assert!(perfect.items.iter().all(|i| i.outcome == Outcome::Found));

        // The same claims, orphaned: their selectors still sit on the key's spans, but they have
        // no place, so every key item is missed and none of them is extra.
        let mut orphaned = full.clone();
        for a in &mut orphaned.annotations {
            a.orphaned = Some(crate::core::session::Orphan::QuoteNotFound);
        }
        let g = grade(lesson, &orphaned, GradeOptions::default());
        assert!(g.items.iter().all(|i| i.outcome == Outcome::Missed));
        assert!(g.items.iter().all(|i| i.annotation.is_none()));
        assert!(g.tasks.iter().all(|t| t.extra == 0 && t.found == 0));
        assert!(g.points.abs() < f32::EPSILON && perfect.points > 0.0);

        // One orphaned claim beside the placed ones changes nothing.
        let mut mixed = full.clone();
        let mut stray = full.annotations[0].clone();
        stray.id = "c-stray".into();
        stray.orphaned = Some(crate::core::session::Orphan::QuoteNotFound);
        mixed.annotations.insert(0, stray);
        assert_eq!(grade(lesson, &mixed, GradeOptions::default()), perfect);

        let sessions = [&orphaned];
        let overview = class_overview(&loaded.texts, &sessions, &[&g]);
        assert!(overview.paragraphs.is_empty());
    }

    #[test]
    fn flags_and_review_problems_are_worded_as_before() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");
        let lesson = crate::core::lesson::LoadedLesson::load(std::path::Path::new(dir))
            .unwrap()
            .lesson;
        let mut session = session_from_key(&lesson, jiff::Timestamp::UNIX_EPOCH);
        session.lesson_id = "another".into();
        let document = lesson.documents[0].id.clone();
        session
            .document_hashes
            .insert(document.clone(), "0".repeat(64));
        let mut g = grade(&lesson, &session, GradeOptions::default());
        let flags: Vec<String> = g.flags.iter().map(ToString::to_string).collect();
        assert_eq!(
            flags,
            [
                format!("made for lesson \"another\", not \"{}\"", lesson.id),
                format!("made on another version of document {document}"),
            ]
        );
        let task = lesson.tasks[0].id.clone();
        let mut review = crate::core::review::StudentReview::default();
        review.rubric_levels.insert(task.clone(), "Nope".into());
        review.overrides.insert("no-task".into(), 1.0);
        let problems: Vec<String> = crate::core::review::apply(&lesson, &mut g, &review)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            problems,
            [
                format!("task {task}: no rubric level \"Nope\""),
                "no task \"no-task\" in this lesson".to_owned(),
            ]
        );
    }
}

/// How a class did, for the overview: per paragraph, how many students flagged it and how their
/// labels and stances split; and the key items most often missed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassOverview {
    /// Per document, per paragraph index: the paragraph's tallies (paragraphs nobody flagged are
    /// left out).
    pub paragraphs:
        std::collections::BTreeMap<String, std::collections::BTreeMap<usize, ParagraphTally>>,
    /// Key items with how many students missed them, most missed first.
    pub most_missed: Vec<(String, usize)>,
}

/// What a class did with one paragraph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParagraphTally {
    /// Students with at least one claim in it.
    pub students: usize,
    /// Claims in it, all students together.
    pub claims: usize,
    /// Labels given to those claims.
    pub labels: std::collections::BTreeMap<String, usize>,
    /// Stances of the evidence attached to those claims.
    pub stances: std::collections::BTreeMap<String, usize>,
}

/// Builds the class overview from the texts, the sessions and their grades.
pub fn class_overview(
    texts: &std::collections::BTreeMap<String, crate::core::text::DocumentText>,
    sessions: &[&Session],
    grades: &[&SessionGrade],
) -> ClassOverview {
    let mut overview = ClassOverview::default();
    for session in sessions {
        let mut seen: BTreeSet<(String, usize)> = BTreeSet::new();
        for a in session.annotations.iter().filter(|a| placed(a)) {
            let Some(text) = texts.get(&a.document) else {
                continue;
            };
            let paragraph = text.paragraph_at_char(a.selector.position.start);
            let tally = overview
                .paragraphs
                .entry(a.document.clone())
                .or_default()
                .entry(paragraph)
                .or_default();
            if seen.insert((a.document.clone(), paragraph)) {
                tally.students += 1;
            }
            tally.claims += 1;
            for l in &a.labels {
                *tally.labels.entry(l.clone()).or_default() += 1;
            }
            for e in &a.evidence {
                *tally.stances.entry(e.stance.word().to_owned()).or_default() += 1;
            }
        }
    }
    let mut missed: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for g in grades {
        for item in g
            .items
            .iter()
            .filter(|i| i.outcome == Outcome::Missed && i.required)
        {
            *missed.entry(item.key_item.clone()).or_default() += 1;
        }
    }
    overview.most_missed = missed.into_iter().collect();
    overview
        .most_missed
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    overview
}
