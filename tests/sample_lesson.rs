//! The bundled sample lesson, "Counting the attacks": it validates, every answer-key span and every
//! claim of the example session anchors exactly, and the student edition carries no key.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crosscheck::core::anchor::{AnchorMethod, Anchorer};
use crosscheck::core::lesson::{LoadedLesson, TaskKind};
use crosscheck::core::session::{EvidenceSource, SESSION_FORMAT, Session};
use crosscheck::core::store;

const LESSON: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");

fn sample() -> LoadedLesson {
    LoadedLesson::load(Path::new(LESSON)).unwrap()
}

#[test]
fn sample_lesson_passes_check() {
    let lesson = sample();
    assert!(lesson.problems.is_empty(), "{:?}", lesson.problems);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", LESSON])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn sample_lesson_uses_every_task_kind_and_has_a_real_key() {
    let lesson = sample().lesson;
    assert!(lesson.tasks.len() >= 6);
    let has = |f: &dyn Fn(&TaskKind) -> bool| lesson.tasks.iter().any(|t| f(&t.kind));
    assert!(has(&|k| matches!(k, TaskKind::MarkClaims { .. })));
    assert!(has(&|k| matches!(k, TaskKind::LabelTechniques { .. })));
    assert!(has(&|k| matches!(k, TaskKind::Attribution { .. })));
    assert!(has(&|k| matches!(k, TaskKind::AttachEvidence { .. })));
    assert!(has(&|k| matches!(k, TaskKind::Verdict)));
    assert!(has(&|k| matches!(k, TaskKind::Written)));
    let key = lesson.answer_key.as_ref().unwrap();
    assert!(key.items.len() >= 12);
    for item in &key.items {
        assert!(
            !item.explanation.trim().is_empty(),
            "{} has no explanation",
            item.id
        );
        assert!(
            !item.accepted_labels.is_empty(),
            "{} accepts no label",
            item.id
        );
    }
    let words = lesson.intro.split_whitespace().count();
    assert!((100..=220).contains(&words), "intro has {words} words");
    assert!(lesson.intro.contains("takes no side"));
}

#[test]
fn every_key_span_and_key_passage_anchors_exactly() {
    let lesson = sample();
    let key = lesson.lesson.answer_key.as_ref().unwrap();
    for item in &key.items {
        let text = lesson.text(&item.document).unwrap();
        let placed = Anchorer::new(text).anchor(&item.selector, 0);
        assert_eq!(placed.method, AnchorMethod::Exact, "{}", item.id);
        for evidence in &item.evidence {
            if let EvidenceSource::Passage { document, selector } = &evidence.source {
                let placed = Anchorer::new(lesson.text(document).unwrap()).anchor(selector, 0);
                assert_eq!(
                    placed.method,
                    AnchorMethod::Exact,
                    "{} / {}",
                    item.id,
                    evidence.id
                );
            }
        }
    }
}

#[test]
fn example_session_is_for_this_lesson_and_anchors_exactly() {
    let lesson = sample();
    let path = Path::new(LESSON).join("example.session.ron");
    let session: Session = store::load_ron(&path, SESSION_FORMAT).unwrap();
    assert_eq!(session.lesson_id, lesson.lesson.id);
    assert!(session.changed_documents(&lesson.lesson).is_empty());
    assert!(session.annotations.len() >= 6);
    assert!(session.annotations.iter().any(|a| a.verdict.is_some()));
    assert!(session.annotations.iter().any(|a| !a.evidence.is_empty()));
    for a in &session.annotations {
        let text = lesson.text(&a.document).unwrap();
        assert_eq!(
            Anchorer::new(text).anchor(&a.selector, 0).method,
            AnchorMethod::Exact,
            "{}",
            a.id
        );
        for label in &a.labels {
            assert!(
                lesson.lesson.label(label).is_some(),
                "{}: unknown label {label}",
                a.id
            );
        }
    }
}

#[test]
fn student_edition_of_the_sample_has_no_key_material() {
    let lesson = sample();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("student.ron");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["student-edition", LESSON, "-o", out.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(status.success());
    let text = std::fs::read_to_string(&out).unwrap();
    let key = lesson.lesson.answer_key.as_ref().unwrap();
    assert!(!text.contains("answer_key: Some"));
    assert!(!text.contains("accepted_labels"));
    assert!(!text.contains(&lesson.lesson.teacher_notes[..60]));
    for item in &key.items {
        assert!(
            !text.contains(&item.explanation),
            "explanation of {} leaks",
            item.id
        );
    }
    for task in &lesson.lesson.tasks {
        for level in task.rubric.iter().filter(|l| !l.example.is_empty()) {
            assert!(
                !text.contains(&level.example),
                "rubric example of {} leaks",
                task.id
            );
        }
    }
    let student = LoadedLesson::load(&out).unwrap();
    assert!(student.problems.is_empty(), "{:?}", student.problems);
    assert_eq!(student.lesson.documents, lesson.lesson.documents);
}
