//! Sourcing checks on the sample lesson (issue 15): the key's evidence and a student's, independent
//! corroboration in grading, and the nudges a report lists as not acted on.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crosscheck::core::evidence::{Citation, Evidence, EvidenceSource, Stance};
use crosscheck::core::grade::{GradeOptions, grade, session_from_key};
use crosscheck::core::lesson::LoadedLesson;
use crosscheck::core::session::Session;
use crosscheck::core::sourcing::{NudgeKind, Sourcing};

const LESSON: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");

fn sample() -> LoadedLesson {
    LoadedLesson::load(Path::new(LESSON)).unwrap()
}

/// The model session and the index of the claim made from key item `id`.
fn model(lesson: &LoadedLesson, id: &str) -> (Session, usize) {
    let session = session_from_key(&lesson.lesson, jiff::Timestamp::UNIX_EPOCH);
    let key = lesson.lesson.answer_key.as_ref().unwrap();
    let index = key.items.iter().position(|k| k.id == id).unwrap();
    (session, index)
}

fn kinds(
    sourcing: &Sourcing<'_>,
    session: &Session,
    claim: usize,
    evidence: usize,
) -> Vec<NudgeKind> {
    let claim = &session.annotations[claim];
    sourcing
        .nudges(claim.into(), &claim.evidence[evidence])
        .into_iter()
        .map(|n| n.kind)
        .collect()
}

#[test]
fn the_keys_evidence_is_nudged_where_the_findings_say() {
    let lesson = sample();
    let session = session_from_key(&lesson.lesson, jiff::Timestamp::UNIX_EPOCH);
    let sourcing = Sourcing::new(&lesson.lesson, Some(&session));
    let key = lesson.lesson.answer_key.as_ref().unwrap();
    let at = |id: &str| key.items.iter().position(|k| k.id == id).unwrap();
    // k01: Al Mayadeen's 61 (about 18-20 November) corroborating rahnam's 62 (22 November): an
    // earlier source cannot confirm a later count.
    assert_eq!(
        kinds(&sourcing, &session, at("k01"), 0),
        [NudgeKind::DateOrder]
    );
    // k19 and k23 ask for independent evidence, and the key's passes.
    assert_eq!(kinds(&sourcing, &session, at("k19"), 0), []);
    assert_eq!(kinds(&sourcing, &session, at("k23"), 0), []);
    // k24: the Pentagon's transcript is a party's account; the lesson says so.
    let pentagon = sourcing.nudges(
        (&session.annotations[at("k24")]).into(),
        &session.annotations[at("k24")].evidence[1],
    );
    assert_eq!(pentagon.len(), 1);
    assert_eq!(pentagon[0].kind, NudgeKind::Party);
    assert!(
        pentagon[0]
            .reason
            .to_string()
            .contains("U.S. Department of Defense")
    );
    // k20: the same article contradicting itself is no circle.
    assert_eq!(kinds(&sourcing, &session, at("k20"), 0), []);
}

#[test]
fn a_student_corroborating_rahnam_with_rahnam_is_told_it_is_circular() {
    let lesson = sample();
    let (mut session, k01) = model(&lesson, "k01");
    let claim = &mut session.annotations[k01];
    claim.evidence = vec![Evidence {
        id: "e1".into(),
        stance: Stance::Corroborates,
        source: EvidenceSource::Citation(Citation {
            title: "62 resistance attacks on American bases".into(),
            outlet: "Rahnam".into(),
            date: "22 November 2023".into(),
            ..Citation::default()
        }),
        note: String::new(),
    }];
    let sourcing = Sourcing::new(&lesson.lesson, Some(&session));
    let nudges = sourcing.nudges(
        (&session.annotations[k01]).into(),
        &session.annotations[k01].evidence[0],
    );
    assert_eq!(nudges[0].kind, NudgeKind::Circular);
    assert!(
        nudges[0].reason.to_string().contains("Rahnam"),
        "{}",
        nudges[0].reason
    );
}

#[test]
fn independent_corroboration_earns_credit_only_when_the_evidence_passes() {
    let lesson = sample();
    let (mut session, k23) = model(&lesson, "k23");
    let full = grade(&lesson.lesson, &session, GradeOptions::default());
    let credit = |g: &crosscheck::core::grade::SessionGrade| {
        g.items
            .iter()
            .find(|i| i.key_item == "k23")
            .unwrap()
            .evidence_credit
    };
    assert_eq!(credit(&full), Some(1.0));
    // The same citation without its date: any citation earns the credit, unless the key item
    // asks for independent evidence.
    if let EvidenceSource::Citation(c) = &mut session.annotations[k23].evidence[0].source {
        c.date.clear();
    }
    let undated = grade(&lesson.lesson, &session, GradeOptions::default());
    assert_eq!(credit(&undated), Some(0.0));
    let mut relaxed = lesson.lesson.clone();
    for item in &mut relaxed.answer_key.as_mut().unwrap().items {
        item.independent = false;
    }
    let relaxed_grade = grade(&relaxed, &session, GradeOptions::default());
    assert_eq!(credit(&relaxed_grade), Some(1.0));
    assert!(undated.points < full.points);
}

#[test]
fn the_report_lists_the_nudges_that_were_not_acted_on() {
    let lesson = sample();
    let session = session_from_key(&lesson.lesson, jiff::Timestamp::UNIX_EPOCH);
    let graded = grade(&lesson.lesson, &session, GradeOptions::default());
    let markdown = crosscheck::core::interop::report::markdown(
        &lesson,
        &session,
        &graded,
        None,
        crosscheck::core::words::Words::english(),
    );
    assert!(
        markdown.contains("Nudge not acted on (Date order)"),
        "{markdown}"
    );
    assert!(markdown.contains("party to the conflict"), "{markdown}");
    let html = crosscheck::core::interop::report::html(
        &lesson,
        &session,
        &graded,
        None,
        crosscheck::core::words::Words::english(),
    );
    assert!(
        html.contains("Nudge not acted on (Party to the conflict)"),
        "{html}"
    );
}
