//! The work trail's figures (issue 26): a session of 2,000 claims with a 20,000-entry trail,
//! loaded and saved (< 100 ms each) and its growth on disk (< 3 MB over the same session without
//! a trail); the replay's slider moved anywhere (< 16 ms); a class of 200 such sessions checked,
//! copies included (`trail::standings`, < 2 s).
//! Run: `cargo bench --bench trail`.

// A benchmark is a test: failing loudly on broken set-up is what we want.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::BTreeMap;

use criterion::{Criterion, criterion_group, criterion_main};
use crosscheck::core::anchor::Selector;
use crosscheck::core::edit::{Command, History};
use crosscheck::core::session::{Annotation, Evidence, EvidenceSource, Session, Stance, Verdict};
use crosscheck::core::store;
use crosscheck::core::text::DocumentText;
use crosscheck::core::trail::{self, Event, Field, PasteSource, Replay};
use jiff::{SignedDuration, Timestamp};

const CLAIMS: usize = 2_000;
const ENTRIES: usize = 20_000;
const CLASS: usize = 200;

fn text() -> DocumentText {
    let text =
        "During the last month, resistance forces attacked American bases 62 times, which killed \
         and wounded more than 60 American soldiers. "
            .repeat(200);
    DocumentText::from_normalised(&text)
}

/// Student `student`'s work: 2,000 claims, each made, labelled, noted (typed), given evidence
/// and a verdict, with pastes, undos and redos, in work sessions opened and closed, until the
/// trail has 20,000 entries; then handed in.
#[allow(clippy::too_many_lines)] // One student's work, step by step.
fn worked(student: usize, doc: &DocumentText) -> Session {
    let start: Timestamp = "2026-11-02T08:00:00Z".parse().unwrap();
    let mut s = Session {
        format: crosscheck::core::session::SESSION_FORMAT,
        lesson_id: "counting-the-attacks".into(),
        document_hashes: [("d1".to_owned(), doc.sha256().to_owned())].into(),
        student: String::new(),
        created: start,
        modified: start,
        annotations: Vec::new(),
        responses: BTreeMap::new(),
        trail: None,
    };
    let mut history = History::default();
    let mut second = 0i64;
    let mut now = || {
        second += 7;
        start + SignedDuration::from_secs(second)
    };
    let entries = |s: &Session| s.trail.as_ref().map_or(0, |t| t.entries.len());
    for i in 0..CLAIMS {
        if i % 100 == 0 {
            if i > 0 {
                trail::record(&mut s, now(), Event::Closed);
            }
            let version = Event::Opened {
                version: "0.1.0".into(),
            };
            trail::record(&mut s, now(), version);
        }
        let id = format!("c{i}");
        let begin = (i * 37 + student * 11) % (doc.char_count() - 120);
        let annotation = Annotation::new(
            id.clone(),
            "d1",
            Selector::from_range(doc, begin..begin + 60),
        );
        let steps = [
            Command::AddAnnotation {
                annotation,
                index: None,
            },
            Command::SetLabels {
                annotation_id: id.clone(),
                labels: ["checkworthy".to_owned()].into(),
            },
        ];
        for step in steps {
            trail::apply(&mut history, &mut s, step, None, now()).unwrap();
        }
        let note =
            format!("Student {student}, claim {i}: the count differs from the other outlets.");
        for end in [10, 30, note.len()] {
            let typed = Command::SetNote {
                annotation_id: id.clone(),
                note: note[..end].to_owned(),
            };
            trail::apply(&mut history, &mut s, typed, Some(id.clone()), now()).unwrap();
        }
        trail::record(
            &mut s,
            now(),
            Event::Pasted {
                into: Field::Note { claim: id.clone() },
                chars: 40,
                from: if i % 2 == 0 {
                    PasteSource::Outside
                } else {
                    PasteSource::Lesson {
                        document: "d1".into(),
                    }
                },
            },
        );
        let evidence = Command::AddEvidence {
            annotation_id: id.clone(),
            evidence: Evidence {
                id: "e1".into(),
                stance: Stance::Contradicts,
                source: EvidenceSource::Passage {
                    document: "d1".into(),
                    selector: Selector::from_range(doc, 10..50),
                },
                note: String::new(),
            },
            index: None,
        };
        trail::apply(&mut history, &mut s, evidence, None, now()).unwrap();
        let verdict = Command::SetVerdict {
            annotation_id: id.clone(),
            verdict: Some(Verdict {
                rating: "misleading".into(),
                reasoning: format!("Student {student}: counts attacks, not casualties ({i})."),
            }),
        };
        trail::apply(&mut history, &mut s, verdict, None, now()).unwrap();
        trail::undo_redo(&mut history, &mut s, false, now()).unwrap();
        trail::undo_redo(&mut history, &mut s, true, now()).unwrap();
    }
    // Labels changed until the trail has its 20,000 entries (the hand-in is the last).
    let mut i = 0;
    while entries(&s) < ENTRIES - 1 {
        let labels = if i % 2 == 0 {
            ["checkworthy".to_owned(), "loaded-language".to_owned()].into()
        } else {
            ["checkworthy".to_owned()].into()
        };
        let change = Command::SetLabels {
            annotation_id: format!("c{}", i % CLAIMS),
            labels,
        };
        trail::apply(&mut history, &mut s, change, None, now()).unwrap();
        i += 1;
    }
    let name = Command::SetStudent {
        name: format!("Student {student:03}"),
    };
    trail::apply(&mut history, &mut s, name, None, now()).unwrap();
    trail::hand_in(&mut s, now());
    s
}

fn session_files(c: &mut Criterion) {
    let doc = text();
    let session = worked(0, &doc);
    let t = session.trail.as_ref().unwrap();
    assert_eq!(session.annotations.len(), CLAIMS);
    assert!(t.entries.len() >= ENTRIES, "{} entries", t.entries.len());
    assert_eq!(trail::check(&session), trail::Check::Intact);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("trail.session.ron");
    let bare_path = dir.path().join("bare.session.ron");
    let mut bare = session.clone();
    bare.trail = None;
    store::save_ron(&path, &session).expect("save");
    store::save_ron(&bare_path, &bare).expect("save");
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    let bare_size = std::fs::metadata(&bare_path).map_or(0, |m| m.len());
    println!(
        "session of {CLAIMS} claims: {:.2} MB without its trail, {:.2} MB with {} entries: \
         grows by {:.2} MB",
        bare_size as f64 / 1e6,
        size as f64 / 1e6,
        t.entries.len(),
        (size - bare_size) as f64 / 1e6
    );
    c.bench_function(
        "save session of 2000 claims with a 20000-entry trail",
        |b| {
            b.iter(|| store::save_ron(&path, &session).expect("save"));
        },
    );
    c.bench_function(
        "load session of 2000 claims with a 20000-entry trail",
        |b| {
            b.iter(|| Session::load(&path).expect("load"));
        },
    );
    c.bench_function("save the same session without its trail", |b| {
        b.iter(|| store::save_ron(&bare_path, &bare).expect("save"));
    });
    c.bench_function("load the same session without its trail", |b| {
        b.iter(|| Session::load(&bare_path).expect("load"));
    });
    c.bench_function("check the trail of one session (20000 entries)", |b| {
        b.iter(|| trail::check(&session));
    });

    c.bench_function(
        "replay: make a 20000-entry trail ready (Replay::new)",
        |b| {
            b.iter(|| Replay::new(&session));
        },
    );
    let replay = Replay::new(&session);
    let mut k = 0usize;
    c.bench_function("replay: the slider moved anywhere (Replay::at)", |b| {
        b.iter(|| {
            // A different moment each time, spread over the trail.
            k = (k + 7_919) % replay.len();
            replay.at(k)
        });
    });
    // The worst place: just before a checkpoint (255 changes after the one before it).
    let worst = trail::replay::CHECKPOINT_EVERY * 40 - 2;
    c.bench_function(
        "replay: the slider at the farthest from a checkpoint",
        |b| {
            b.iter(|| replay.at(worst));
        },
    );
}

fn class_check(c: &mut Criterion) {
    let doc = text();
    let started = std::time::Instant::now();
    let mut sessions: Vec<(String, Session)> = (0..CLASS)
        .map(|i| (format!("s{i:03}.session.ron"), worked(i, &doc)))
        .collect();
    // One renamed copy, as a student would hand in a friend's file.
    let copy = sessions[0].1.clone();
    sessions[CLASS - 1] = ("copied.session.ron".into(), copy);
    println!(
        "class of {CLASS} sessions made in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let named: Vec<(&str, &Session)> = sessions.iter().map(|(f, s)| (f.as_str(), s)).collect();
    let standings = trail::standings(&named);
    assert_eq!(standings[CLASS - 1].copied.len(), 1, "the copy is found");
    assert!(standings[1].copied.is_empty(), "others are not flagged");
    let mut group = c.benchmark_group("class");
    group.sample_size(10);
    group.bench_function(
        "standings of a class of 200 sessions with 20000-entry trails (copy check included)",
        |b| b.iter(|| trail::standings(&named)),
    );
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = session_files, class_check
}
criterion_main!(benches);
