use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;
use crate::core::anchor::Selector;
use crate::core::evidence::Stance;
use crate::core::session::{Annotation, Evidence, EvidenceSource, TaskResponse, Verdict};

fn at(minute: i64) -> Timestamp {
    Timestamp::UNIX_EPOCH + jiff::SignedDuration::from_mins(minute + 60 * 24 * 365 * 56)
}

fn session() -> Session {
    Session {
        format: crate::core::session::SESSION_FORMAT,
        lesson_id: "lesson".into(),
        document_hashes: BTreeMap::new(),
        student: String::new(),
        created: at(0),
        modified: at(0),
        annotations: Vec::new(),
        responses: BTreeMap::new(),
        trail: None,
    }
}

fn claim(id: &str) -> Annotation {
    let mut selector = Selector::default();
    selector.quote.exact = format!("the words of {id}");
    Annotation::new(id, "doc", selector)
}

/// A few minutes of work: open, two claims, a note typed in three keystrokes, evidence, a
/// verdict, an undo, a paste, hand-in.
fn worked() -> (History, Session) {
    worked_from(at(0))
}

/// [`worked`], in a session made at `created`.
fn worked_from(created: Timestamp) -> (History, Session) {
    let mut history = History::default();
    let mut s = session();
    s.created = created;
    record(
        &mut s,
        at(1),
        Event::Opened {
            version: "0.1.0".into(),
        },
    );
    for (i, id) in ["c1", "c2"].into_iter().enumerate() {
        let add = Command::AddAnnotation {
            annotation: claim(id),
            index: None,
        };
        apply(&mut history, &mut s, add, None, at(2 + i as i64)).unwrap();
    }
    for text in ["A", "An", "An official"] {
        let note = Command::SetNote {
            annotation_id: "c1".into(),
            note: text.into(),
        };
        apply(&mut history, &mut s, note, Some("note c1".into()), at(4)).unwrap();
    }
    let evidence = Evidence {
        id: "e1".into(),
        stance: Stance::Contradicts,
        source: EvidenceSource::Passage {
            document: "doc".into(),
            selector: Selector::default(),
        },
        note: String::new(),
    };
    let attach = Command::AddEvidence {
        annotation_id: "c1".into(),
        evidence,
        index: None,
    };
    apply(&mut history, &mut s, attach, None, at(5)).unwrap();
    let verdict = Command::SetVerdict {
        annotation_id: "c2".into(),
        verdict: Some(Verdict {
            rating: "false".into(),
            reasoning: "No.".into(),
        }),
    };
    apply(&mut history, &mut s, verdict, None, at(6)).unwrap();
    // The reasoning edited again (after a paste, say): still one verdict.
    let verdict = Command::SetVerdict {
        annotation_id: "c2".into(),
        verdict: Some(Verdict {
            rating: "false".into(),
            reasoning: "No, never.".into(),
        }),
    };
    apply(&mut history, &mut s, verdict, None, at(6)).unwrap();
    undo_redo(&mut history, &mut s, false, at(7)).unwrap();
    record(
        &mut s,
        at(8),
        Event::Pasted {
            into: Field::Note { claim: "c2".into() },
            chars: 312,
            from: PasteSource::Outside,
        },
    );
    hand_in(&mut s, at(9));
    (history, s)
}

#[test]
fn typing_in_one_field_is_one_entry_and_the_work_checks() {
    let (_, s) = worked();
    let trail = s.trail.as_ref().unwrap();
    let notes = trail
        .entries
        .iter()
        .filter(|e| matches!(&e.event, Event::Changed(Command::SetNote { .. })))
        .count();
    assert_eq!(notes, 1, "three keystrokes, one entry with the last text");
    assert_eq!(s.annotations[0].note, "An official");
    assert_eq!(check(&s), Check::Intact);
    assert!(!trail.changed_after_hand_in());
    // Closing and opening it again changes nothing.
    let mut reopened = s.clone();
    record(&mut reopened, at(10), Event::Closed);
    record(
        &mut reopened,
        at(11),
        Event::Opened {
            version: "0.1.0".into(),
        },
    );
    assert!(!reopened.trail.as_ref().unwrap().changed_after_hand_in());
}

#[test]
fn each_kind_of_tampering_is_told() {
    let (_, s) = worked();
    // An entry changed.
    let mut changed = s.clone();
    let entries = &mut changed.trail.as_mut().unwrap().entries;
    let paste = entries
        .iter()
        .position(|e| matches!(e.event, Event::Pasted { .. }))
        .unwrap();
    if let Event::Pasted { chars, .. } = &mut entries[paste].event {
        *chars = 3;
    }
    assert_eq!(
        check(&changed),
        Check::Broken(Break::Chain { entry: paste + 1 })
    );
    // An entry removed (in the middle, and at the end).
    let mut removed = s.clone();
    removed.trail.as_mut().unwrap().entries.remove(3);
    assert!(matches!(
        check(&removed),
        Check::Broken(Break::Chain { entry: 3 })
    ));
    let mut cut = s.clone();
    cut.trail.as_mut().unwrap().entries.pop();
    assert_eq!(check(&cut), Check::Broken(Break::Head));
    // Entries reordered.
    let mut moved = s.clone();
    moved.trail.as_mut().unwrap().entries.swap(2, 3);
    assert!(matches!(
        check(&moved),
        Check::Broken(Break::Chain { entry: 2 })
    ));
    // A claim put in the file without an entry; a note changed by hand.
    let mut added = s.clone();
    added.annotations.push(claim("c9"));
    assert_eq!(
        check(&added),
        Check::Broken(Break::Work {
            differs: vec!["c9".into()]
        })
    );
    let mut edited = s.clone();
    edited.annotations[0].note = "Written by someone else".into();
    assert_eq!(
        check(&edited),
        Check::Broken(Break::Work {
            differs: vec!["c1".into()]
        })
    );
    // Another file's trail spliced in: its chain starts elsewhere.
    let (_, other) = worked_from(at(100));
    assert_eq!(check(&other), Check::Intact);
    let mut spliced = s.clone();
    spliced.trail.as_mut().unwrap().entries = other.trail.as_ref().unwrap().entries.clone();
    assert_eq!(check(&spliced), Check::Broken(Break::Start));
    // Another's claims and its whole trail pasted in: its chain does not start in this file.
    let mut taken = s.clone();
    taken.annotations.clone_from(&other.annotations);
    taken.trail.clone_from(&other.trail);
    assert_eq!(check(&taken), Check::Broken(Break::Start));
}

#[test]
fn a_change_after_hand_in_is_its_own_entry_and_said() {
    let (mut history, mut s) = worked();
    let note = Command::SetNote {
        annotation_id: "c1".into(),
        note: "An official said".into(),
    };
    apply(&mut history, &mut s, note, Some("note c1".into()), at(20)).unwrap();
    let trail = s.trail.as_ref().unwrap();
    assert!(trail.changed_after_hand_in());
    assert!(matches!(
        trail.entries.last().unwrap().event,
        Event::Changed(_)
    ));
    assert_eq!(check(&s), Check::Intact);
}

#[test]
fn a_session_from_before_trails_begins_with_its_work_as_it_was() {
    let mut s = session();
    s.annotations.push(claim("c1"));
    s.student = "Ana".into();
    assert_eq!(check(&s), Check::None);
    let mut history = History::default();
    let add = Command::AddAnnotation {
        annotation: claim("c2"),
        index: None,
    };
    apply(&mut history, &mut s, add, None, at(3)).unwrap();
    let trail = s.trail.as_ref().unwrap();
    assert!(matches!(trail.entries[0].event, Event::Began { .. }));
    assert_eq!(check(&s), Check::Intact);
}

#[test]
fn the_summary_splits_work_at_opening_and_at_long_pauses() {
    let (mut history, mut s) = worked();
    record(&mut s, at(10), Event::Closed);
    record(
        &mut s,
        at(60),
        Event::Opened {
            version: "0.1.0".into(),
        },
    );
    let add = Command::AddAnnotation {
        annotation: claim("c3"),
        index: None,
    };
    apply(&mut history, &mut s, add, None, at(61)).unwrap();
    let add = Command::AddAnnotation {
        annotation: claim("c4"),
        index: None,
    };
    apply(&mut history, &mut s, add, None, at(80)).unwrap();
    let summary = summary(s.trail.as_ref().unwrap());
    assert_eq!(summary.spans.len(), 3, "{summary:?}");
    let first = &summary.spans[0];
    assert_eq!(
        (first.claims, first.evidence, first.verdicts, first.undone),
        (2, 1, 1, 1)
    );
    assert_eq!(first.minutes(), 9);
    assert!(first.handed_in);
    assert_eq!(summary.pasted_outside(), (312, 1));
    assert_eq!(summary.spans[2].after_pause, Some(19));
    assert_eq!(summary.spans[1].after_pause, None, "opened, not resumed");
    assert_eq!(summary.active_minutes(), 9 + 1 + 1);
}

#[test]
fn copies_are_found_by_their_start_or_their_words_and_agreement_is_not_a_copy() {
    let (_, ana) = worked();
    let renamed = ana.clone();
    let (_, mut ben) = worked();
    let long = "The article counts from 7 October; the Pentagon from 17 October.";
    let (_, mut cai) = worked();
    for s in [&mut ben, &mut cai] {
        s.annotations[0].note = long.into();
        s.responses.insert(
            "t7".into(),
            TaskResponse {
                text: format!("{long} Also, ISWNews counts attacks on Israel."),
                done: true,
            },
        );
    }
    let (_, dee) = worked();
    let flags = copies(&[&ana, &renamed, &ben, &cai, &dee]);
    assert_eq!(
        flags,
        [
            CopyFlag {
                a: 0,
                b: 1,
                kind: CopyKind::SameStart
            },
            CopyFlag {
                a: 2,
                b: 3,
                kind: CopyKind::SameWords { count: 2 }
            },
        ]
    );
}

#[test]
fn a_paste_from_the_lesson_is_told_from_one_from_outside() {
    let documents = [(
        "a",
        "Resistance forces attacked\nAmerican bases 62 times, the agency said.",
    )];
    assert_eq!(
        paste_source("attacked American bases 62 times", documents),
        PasteSource::Lesson {
            document: "a".into()
        }
    );
    assert_eq!(
        paste_source("62 times", documents),
        PasteSource::Outside,
        "too short to tell"
    );
    assert_eq!(
        paste_source("The Pentagon says it counted 61 attacks.", documents),
        PasteSource::Outside
    );
}

#[test]
fn the_trail_survives_the_file() {
    let (_, s) = worked();
    let text = crate::core::store::to_ron_string(&s).unwrap();
    let back = Session::parse(&text, "s.session.ron").unwrap();
    assert_eq!(back, s);
    assert_eq!(check(&back), Check::Intact);
}

/// One step of a random session: what to do, with indices taken modulo what is there.
#[derive(Clone, Debug)]
enum Step {
    Add(u8),
    Remove(u8),
    Note(u8, u8, bool),
    Label(u8, u8),
    Evidence(u8),
    Verdict(u8, bool),
    Answer(u8, u8),
    Name(u8),
    Undo,
    Redo,
    Open,
    Paste(u8),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        any::<u8>().prop_map(Step::Add),
        any::<u8>().prop_map(Step::Remove),
        (any::<u8>(), any::<u8>(), any::<bool>()).prop_map(|(a, b, c)| Step::Note(a, b, c)),
        (any::<u8>(), any::<u8>()).prop_map(|(a, b)| Step::Label(a, b)),
        any::<u8>().prop_map(Step::Evidence),
        (any::<u8>(), any::<bool>()).prop_map(|(a, b)| Step::Verdict(a, b)),
        (any::<u8>(), any::<u8>()).prop_map(|(a, b)| Step::Answer(a, b)),
        any::<u8>().prop_map(Step::Name),
        Just(Step::Undo),
        Just(Step::Redo),
        Just(Step::Open),
        any::<u8>().prop_map(Step::Paste),
    ]
}

/// Runs the steps as the app would: every change through [`apply`] or [`undo_redo`].
#[allow(clippy::too_many_lines)] // One arm per kind of step.
fn run(steps: &[Step]) -> Session {
    let mut history = History::default();
    let mut s = session();
    let mut made = 0;
    for (minute, step) in steps.iter().enumerate() {
        let now = at(minute as i64);
        let pick = |n: u8, s: &Session| {
            (!s.annotations.is_empty())
                .then(|| s.annotations[n as usize % s.annotations.len()].id.clone())
        };
        let command = match step {
            Step::Add(i) => {
                made += 1;
                let index = (!s.annotations.is_empty()).then(|| *i as usize % s.annotations.len());
                Some((
                    Command::AddAnnotation {
                        annotation: claim(&format!("c{made}")),
                        index,
                    },
                    None,
                ))
            }
            Step::Remove(i) => {
                pick(*i, &s).map(|id| (Command::RemoveAnnotation { annotation_id: id }, None))
            }
            Step::Note(i, n, typing) => pick(*i, &s).map(|id| {
                let key = typing.then(|| format!("note {id}"));
                (
                    Command::SetNote {
                        annotation_id: id,
                        note: "n".repeat(*n as usize % 7),
                    },
                    key,
                )
            }),
            Step::Label(i, l) => pick(*i, &s).map(|id| {
                let labels = std::iter::once(format!("l{}", l % 3)).collect();
                (
                    Command::SetLabels {
                        annotation_id: id,
                        labels,
                    },
                    None,
                )
            }),
            Step::Evidence(i) => pick(*i, &s).map(|id| {
                let n = s.annotation(&id).map_or(0, |a| a.evidence.len()) + 1;
                let evidence = Evidence {
                    id: format!("e{n}"),
                    stance: Stance::Corroborates,
                    source: EvidenceSource::Passage {
                        document: "doc".into(),
                        selector: Selector::default(),
                    },
                    note: String::new(),
                };
                (
                    Command::AddEvidence {
                        annotation_id: id,
                        evidence,
                        index: None,
                    },
                    None,
                )
            }),
            Step::Verdict(i, some) => pick(*i, &s).map(|id| {
                let verdict = some.then(|| Verdict {
                    rating: "false".into(),
                    reasoning: "r".into(),
                });
                (
                    Command::SetVerdict {
                        annotation_id: id,
                        verdict,
                    },
                    None,
                )
            }),
            Step::Answer(t, n) => Some((
                Command::SetResponse {
                    task_id: format!("t{}", t % 2),
                    response: Some(TaskResponse {
                        text: "a".repeat(*n as usize % 5),
                        done: false,
                    }),
                },
                Some(format!("answer t{}", t % 2)),
            )),
            Step::Name(n) => Some((
                Command::SetStudent {
                    name: "x".repeat(*n as usize % 4),
                },
                Some("name".into()),
            )),
            Step::Undo | Step::Redo => {
                undo_redo(&mut history, &mut s, matches!(step, Step::Redo), now).unwrap();
                None
            }
            Step::Open => {
                record(
                    &mut s,
                    now,
                    Event::Opened {
                        version: "test".into(),
                    },
                );
                None
            }
            Step::Paste(n) => {
                record(
                    &mut s,
                    now,
                    Event::Pasted {
                        into: Field::Name,
                        chars: *n as usize,
                        from: PasteSource::Outside,
                    },
                );
                None
            }
        };
        if let Some((command, key)) = command {
            // A refused change (evidence id taken, say) changes nothing and records nothing.
            let _ = apply(&mut history, &mut s, command, key, now);
        }
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Whatever a student does in the app, undo and redo included, the trail holds and replays
    /// to the work; and any one entry changed by hand is caught.
    #[test]
    fn an_untouched_session_always_checks_and_a_touched_one_never(steps in proptest::collection::vec(step(), 1..60), pick in any::<usize>()) {
        let s = run(&steps);
        // Nothing done (an undo with nothing to undo): nothing to record.
        let untouched = if s.trail.is_some() { Check::Intact } else { Check::None };
        prop_assert_eq!(check(&s), untouched.clone());
        let text = crate::core::store::to_ron_string(&s).unwrap();
        let back = Session::parse(&text, "s.session.ron").unwrap();
        prop_assert_eq!(check(&back), untouched);
        let entries = s.trail.as_ref().map_or(0, |t| t.entries.len());
        if entries > 0 {
            let mut touched = s.clone();
            let entry = &mut touched.trail.as_mut().unwrap().entries[pick % entries];
            entry.at += jiff::SignedDuration::from_secs(1);
            prop_assert_ne!(check(&touched), Check::Intact);
        }
    }
}

#[test]
fn the_work_sessions_and_pastes_are_said_in_words() {
    let (_, s) = worked();
    let summary = summary(s.trail.as_ref().unwrap());
    let utc = jiff::tz::TimeZone::UTC;
    let said = summary_words(&summary, &utc);
    assert_eq!(
        said,
        "Thu 2025-12-18 00:01–00:09, 8 min: 2 claims, 1 piece of evidence, 1 verdict, 1 change undone; handed in"
    );
    let (into, chars, from) = &summary.spans[0].pastes[0];
    let paste = summary::paste_message(into, *chars, from, |id| (id == "c2").then_some(2));
    assert_eq!(
        paste.to_string(),
        "pasted 312 characters from outside into the note of claim 2"
    );
}

fn summary_words(summary: &Summary, zone: &jiff::tz::TimeZone) -> String {
    summary::span_message(&summary.spans[0], zone).to_string()
}

#[test]
fn the_replay_shows_the_work_at_any_entry_as_replaying_from_the_start_would() {
    let steps: Vec<Step> = (0..700u32)
        .map(|i| match i % 7 {
            0 | 3 => Step::Add((i % 5) as u8),
            1 => Step::Note((i % 3) as u8, (i % 6) as u8, i % 2 == 0),
            2 => Step::Label((i % 4) as u8, (i % 3) as u8),
            4 => Step::Undo,
            5 => Step::Redo,
            _ => Step::Verdict((i % 5) as u8, true),
        })
        .collect();
    let s = run(&steps);
    let replay = Replay::new(&s);
    assert!(
        replay.len() > 2 * replay::CHECKPOINT_EVERY,
        "{}",
        replay.len()
    );
    assert_eq!(replay.broken_at(), None);
    for entry in [0, 1, 255, 256, 257, 511, 600, replay.len() - 1] {
        let quick = replay.at(entry);
        let slow = super::replay(&s, entry).unwrap();
        assert_eq!(quick.annotations, slow.annotations, "at {entry}");
        assert_eq!(quick.responses, slow.responses, "at {entry}");
    }
    assert_eq!(replay.at(usize::MAX).annotations, s.annotations);
}

#[test]
#[ignore = "writes the format 2 fixture once"]
fn write_format_2_fixture() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");
    let mut s = Session::load(std::path::Path::new(&format!("{dir}/example.session.ron"))).unwrap();
    let mut history = History::default();
    let t0: Timestamp = "2026-12-08T09:02:00Z".parse().unwrap();
    let m = |n: i64| t0 + jiff::SignedDuration::from_mins(n);
    record(
        &mut s,
        m(0),
        Event::Opened {
            version: "0.1.0".into(),
        },
    );
    let mut copy = s.annotations[0].clone();
    copy.id = "c90".into();
    copy.note.clear();
    apply(
        &mut history,
        &mut s,
        Command::AddAnnotation {
            annotation: copy,
            index: None,
        },
        None,
        m(3),
    )
    .unwrap();
    record(
        &mut s,
        m(5),
        Event::Pasted {
            into: Field::Note {
                claim: "c90".into(),
            },
            chars: 41,
            from: PasteSource::Outside,
        },
    );
    let note = Command::SetNote {
        annotation_id: "c90".into(),
        note: "Checked against the Pentagon's own count.".into(),
    };
    apply(&mut history, &mut s, note, Some("note c90".into()), m(5)).unwrap();
    undo_redo(&mut history, &mut s, false, m(7)).unwrap();
    undo_redo(&mut history, &mut s, true, m(8)).unwrap();
    hand_in(&mut s, m(30));
    record(&mut s, m(31), Event::Closed);
    assert_eq!(check(&s), Check::Intact);
    crate::core::store::save_ron(std::path::Path::new("/tmp/session-2.session.ron"), &s).unwrap();
}
