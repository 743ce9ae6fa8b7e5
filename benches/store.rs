//! Load and save a session of 10,000 annotations, fsync included. Target: each under 100 ms.
//! Run: `cargo bench --bench store`.

// A benchmark is a test: failing loudly on broken set-up is what we want.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use crosscheck::core::anchor::Selector;
use crosscheck::core::session::{
    Annotation, Evidence, EvidenceSource, SESSION_FORMAT, Session, Stance, Verdict,
};
use crosscheck::core::store;
use crosscheck::core::text::DocumentText;

fn big_session() -> Session {
    let text =
        "During the last month, resistance forces attacked American bases 62 times, which killed \
                and wounded more than 60 American soldiers. "
            .repeat(200);
    let doc = DocumentText::from_normalised(&text);
    let annotations = (0..10_000)
        .map(|i| {
            let start = (i * 37) % (doc.char_count() - 120);
            let mut a = Annotation::new(
                format!("c{i}"),
                "d1",
                Selector::from_range(&doc, start..start + 60),
            );
            a.labels = ["checkworthy".to_owned(), "loaded-language".to_owned()].into();
            a.note = format!("Note {i}: the count differs from the other outlets.");
            if i % 3 == 0 {
                a.verdict = Some(Verdict {
                    rating: "misleading".into(),
                    reasoning: "Counts attacks, not casualties.".into(),
                });
                a.evidence.push(Evidence {
                    id: "e1".into(),
                    stance: Stance::Contradicts,
                    source: EvidenceSource::Passage {
                        document: "d2".into(),
                        selector: Selector::from_range(&doc, 10..50),
                    },
                    note: String::new(),
                });
            }
            a
        })
        .collect();
    Session {
        format: SESSION_FORMAT,
        lesson_id: "counting-the-attacks".into(),
        document_hashes: [("d1".to_owned(), doc.sha256().to_owned())].into(),
        student: "Bench Student".into(),
        created: jiff::Timestamp::UNIX_EPOCH,
        modified: jiff::Timestamp::UNIX_EPOCH,
        annotations,
        responses: std::collections::BTreeMap::default(),
        trail: None,
    }
}

fn session_files(c: &mut Criterion) {
    let session = big_session();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("big.session.ron");
    store::save_ron(&path, &session).expect("save");
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    println!(
        "session of 10,000 annotations: {:.1} MB on disk",
        size as f64 / 1e6
    );

    // The parts of a save and a load, to see where the time goes.
    let text = store::to_ron_string(&session).expect("ron");
    c.bench_function("part: serialise 10000 annotations to RON in memory", |b| {
        b.iter(|| store::to_ron_string(&session).expect("ron"));
    });
    c.bench_function(
        "part: parse 10000 annotations in memory (quick reader)",
        |b| {
            b.iter(|| Session::parse(&text, "memory").expect("parse"));
        },
    );
    c.bench_function(
        "part: parse 10000 annotations in memory (ron's parser)",
        |b| {
            b.iter(|| ron::from_str::<Session>(&text).expect("parse"));
        },
    );
    c.bench_function("part: atomic write of the RON text (fsync, .bak)", |b| {
        b.iter(|| store::write_atomic(&path, text.as_bytes()).expect("write"));
    });

    c.bench_function(
        "save session of 10000 annotations (atomic, fsync, .bak)",
        |b| {
            b.iter(|| store::save_ron(&path, &session).expect("save"));
        },
    );
    c.bench_function("load session of 10000 annotations", |b| {
        b.iter(|| Session::load(&path).expect("load"));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = session_files
}
criterion_main!(benches);
