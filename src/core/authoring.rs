//! What the teacher's desk does to a lesson: the answer key edited as a session (so the key
//! mode is the same article view, inspector and undo history the students use), new tasks, and
//! label sets from presets.

use crate::core::edit::LessonEdit;
use crate::core::lesson::{
    AnswerKey, KeyItem, LabelSet, Lesson, Required, RubricLevel, Task, TaskKind,
};
use crate::core::session::{Annotation, Session, Verdict, next_id};
use crate::core::words::Message;

/// The answer key as a session: one claim per key item with the item's id, its accepted labels
/// as the claim's labels, the explanation as the note, its evidence, expected verdict and task.
pub fn key_as_session(lesson: &Lesson, now: jiff::Timestamp) -> (Session, Required) {
    let mut session = Session::new(lesson, now);
    session.student = "Answer key".into();
    let mut required = Required::new();
    for item in lesson.answer_key.iter().flat_map(|k| &k.items) {
        let mut claim = Annotation::new(
            item.id.clone(),
            item.document.clone(),
            item.selector.clone(),
        );
        claim.labels.clone_from(&item.accepted_labels);
        claim.note.clone_from(&item.explanation);
        claim.evidence.clone_from(&item.evidence);
        claim.verdict = item.verdict.clone().map(|rating| Verdict {
            rating,
            reasoning: String::new(),
        });
        claim.task = Some(item.task.clone());
        required.insert(item.id.clone(), item.required);
        session.annotations.push(claim);
    }
    (session, required)
}

/// The answer key back from its session form; near misses are kept from the lesson's key, and so
/// is each item's call for independent corroboration (by item id).
/// A claim without a task goes to the first task on its document (or the lesson's first task).
pub fn key_from_session(lesson: &Lesson, session: &Session, required: &Required) -> AnswerKey {
    let items = session
        .annotations
        .iter()
        .map(|claim| KeyItem {
            id: claim.id.clone(),
            task: claim
                .task
                .clone()
                .or_else(|| default_task(lesson, &claim.document))
                .unwrap_or_default(),
            document: claim.document.clone(),
            selector: claim.selector.clone(),
            accepted_labels: claim.labels.clone(),
            required: required.get(&claim.id).copied().unwrap_or(true),
            evidence: claim.evidence.clone(),
            verdict: claim.verdict.as_ref().map(|v| v.rating.clone()),
            explanation: claim.note.clone(),
            independent: lesson
                .answer_key
                .iter()
                .flat_map(|k| &k.items)
                .any(|k| k.id == claim.id && k.independent),
        })
        .collect();
    let previous = lesson.answer_key.as_ref();
    AnswerKey {
        items,
        near_misses: previous.map(|k| k.near_misses.clone()).unwrap_or_default(),
        extra_claims: previous.map(|k| k.extra_claims).unwrap_or_default(),
    }
}

/// The task a new key item on `document` most likely belongs to.
pub fn default_task(lesson: &Lesson, document: &str) -> Option<String> {
    lesson
        .tasks
        .iter()
        .find(|t| t.document.as_deref() == Some(document) && t.kind != TaskKind::Written)
        .or_else(|| lesson.tasks.iter().find(|t| t.kind != TaskKind::Written))
        .map(|t| t.id.clone())
}

/// The kinds of task, with a word for each, in the order offered.
pub fn task_kinds(lesson: &Lesson) -> Vec<(&'static str, TaskKind)> {
    let first_set = lesson
        .label_sets
        .first()
        .map(|s| s.id.clone())
        .unwrap_or_default();
    vec![
        (
            "Mark claims",
            TaskKind::MarkClaims {
                label_set: first_set.clone(),
            },
        ),
        (
            "Label techniques",
            TaskKind::LabelTechniques {
                label_set: first_set.clone(),
            },
        ),
        (
            "Attribution",
            TaskKind::Attribution {
                label_set: first_set,
            },
        ),
        ("Attach evidence", TaskKind::AttachEvidence { stance: None }),
        ("Verdict", TaskKind::Verdict),
        ("Written answer", TaskKind::Written),
    ]
}

/// The word for a task's kind.
pub fn kind_word(kind: &TaskKind) -> &'static str {
    match kind {
        TaskKind::MarkClaims { .. } => "Mark claims",
        TaskKind::LabelTechniques { .. } => "Label techniques",
        TaskKind::Attribution { .. } => "Attribution",
        TaskKind::AttachEvidence { .. } => "Attach evidence",
        TaskKind::Verdict => "Verdict",
        TaskKind::Written => "Written answer",
    }
}

/// A new task of `kind` with a fresh id, 5 points, and for written answers a three-level rubric
/// to fill in.
pub fn new_task(lesson: &Lesson, kind: TaskKind) -> Task {
    let id = next_id("t", lesson.tasks.iter().map(|t| t.id.as_str()));
    let rubric = if kind == TaskKind::Written {
        [("Thorough", 5), ("Partial", 3), ("Missing", 0)]
            .into_iter()
            .map(|(name, points)| RubricLevel {
                name: name.into(),
                points,
                ..RubricLevel::default()
            })
            .collect()
    } else {
        Vec::new()
    };
    Task {
        title: format!("{} {}", kind_word(&kind), lesson.tasks.len() + 1),
        id,
        instructions: String::new(),
        document: None,
        kind,
        points: 5,
        rubric,
        weights: None,
    }
}

/// The edit that adds a label set from a preset at the end of the lesson's sets, or why it
/// cannot be added. Label ids are unique across a lesson, so a preset whose set id, or one of
/// whose label ids, is already there is refused. The verdict preset also becomes the verdict
/// scale when the lesson has none (one undo step takes both back).
pub fn add_label_set(lesson: &Lesson, set: LabelSet) -> Result<LessonEdit, Message> {
    if lesson.label_sets.iter().any(|s| s.id == set.id) {
        return Err(Message::new("authoring-set-exists").with("name", &set.name));
    }
    if let Some(clash) = set.labels.iter().find(|l| lesson.label(&l.id).is_some()) {
        return Err(Message::new("authoring-label-clash")
            .with("name", &clash.name)
            .with("id", &clash.id));
    }
    let scale =
        set.id == crate::core::presets::verdict_scale().id && lesson.verdict_scale.is_none();
    let scale = scale.then(|| set.id.clone());
    let add = LessonEdit::AddLabelSet {
        index: lesson.label_sets.len(),
        set,
    };
    Ok(match scale {
        Some(id) => LessonEdit::Batch(vec![add, LessonEdit::SetVerdictScale(Some(id))]),
        None => add,
    })
}

/// A fresh label id for a set: `SET-label-N`.
pub fn new_label_id(lesson: &Lesson, set_id: &str) -> String {
    let mut n = 1;
    loop {
        let id = format!("{set_id}-label-{n}");
        if lesson.label(&id).is_none() {
            return id;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::edit::{Authoring, History};
    use crate::core::lesson::LoadedLesson;
    use crate::core::presets;

    fn sample() -> Lesson {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");
        LoadedLesson::load(std::path::Path::new(dir))
            .unwrap()
            .lesson
    }

    #[test]
    fn the_key_survives_the_trip_through_a_session() {
        let lesson = sample();
        let (session, required) = key_as_session(&lesson, jiff::Timestamp::UNIX_EPOCH);
        assert_eq!(
            session.annotations.len(),
            lesson.answer_key.as_ref().unwrap().items.len()
        );
        let back = key_from_session(&lesson, &session, &required);
        assert_eq!(Some(back), lesson.answer_key);
    }

    #[test]
    fn a_new_key_claim_is_required_and_lands_on_a_task_for_its_document() {
        let lesson = sample();
        let (mut session, required) = key_as_session(&lesson, jiff::Timestamp::UNIX_EPOCH);
        let doc = lesson.documents[1].id.clone();
        let selector = session.annotations[0].selector.clone();
        session
            .annotations
            .push(Annotation::new("k99", doc.clone(), selector));
        let key = key_from_session(&lesson, &session, &required);
        let item = key.items.iter().find(|i| i.id == "k99").unwrap();
        assert!(item.required);
        assert_eq!(Some(item.task.clone()), default_task(&lesson, &doc));
        assert!(!item.task.is_empty());
    }

    #[test]
    fn presets_are_added_once_and_the_verdict_scale_is_set() {
        let mut loaded = LoadedLesson::new_empty("l", "L");
        let (mut key, mut required) = key_as_session(&loaded.lesson, jiff::Timestamp::UNIX_EPOCH);
        let mut history = History::<LessonEdit>::default();
        let mut add = |loaded: &mut LoadedLesson, set| {
            let edit = add_label_set(&loaded.lesson, set).unwrap();
            let mut target = Authoring {
                lesson: loaded,
                key: &mut key,
                required: &mut required,
            };
            history.apply(&mut target, edit).unwrap();
        };
        add(&mut loaded, presets::semeval_techniques());
        add(&mut loaded, presets::verdict_scale());
        let lesson = &loaded.lesson;
        assert_eq!(lesson.verdict_scale.as_deref(), Some("verdict"));
        assert_eq!(lesson.label_sets[0].labels.len(), 14);
        assert_eq!(lesson.label_sets[1].id, "verdict");
        let err = add_label_set(lesson, presets::semeval_techniques())
            .unwrap_err()
            .to_string();
        assert!(err.contains("already has"), "{err}");
        let mut clash = presets::beginner_techniques();
        clash.id = "other".into();
        clash
            .labels
            .push(presets::semeval_techniques().labels[0].clone());
        let err = add_label_set(lesson, clash).unwrap_err().to_string();
        assert!(err.contains("already in another set"), "{err}");
        assert_eq!(new_label_id(lesson, "verdict"), "verdict-label-1");
        // One undo takes the verdict preset and the scale it became back together.
        let mut target = Authoring {
            lesson: &mut loaded,
            key: &mut key,
            required: &mut required,
        };
        history.undo(&mut target).unwrap();
        assert_eq!(loaded.lesson.verdict_scale, None);
        assert_eq!(loaded.lesson.label_sets.len(), 1);
    }

    #[test]
    fn new_tasks_have_fresh_ids_and_written_ones_a_rubric() {
        let mut lesson = sample();
        let task = new_task(&lesson, TaskKind::Written);
        assert!(lesson.task(&task.id).is_none());
        assert_eq!(task.rubric.len(), 3);
        lesson.tasks.push(task);
        let next = new_task(&lesson, TaskKind::Verdict);
        assert!(lesson.task(&next.id).is_none());
        assert!(next.rubric.is_empty());
        assert_eq!(task_kinds(&lesson).len(), 6);
    }
}
