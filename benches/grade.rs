//! Grade 200 sessions of 100 annotations each against a 60-item key with the command line, whole
//! process (start, read, parse, grade, write the CSV). Target: under 500 ms.
//! Run: `cargo bench --bench grade`.

// A benchmark is a test: failing loudly on broken set-up is what we want.
#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "../tests/support/revise.rs"]
mod revise;

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use crosscheck::core::anchor::Selector;
use crosscheck::core::lesson::{KeyItem, LoadedLesson};
use crosscheck::core::session::{Annotation, Session};
use crosscheck::core::store;
use revise::Rng;

fn setup(dir: &Path) -> std::path::PathBuf {
    let mut loaded = LoadedLesson::load(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/lessons/counting-the-attacks"
    )))
    .unwrap();
    let mut rng = Rng(5);
    let docs: Vec<String> = loaded
        .lesson
        .documents
        .iter()
        .map(|d| d.id.clone())
        .collect();
    let tasks: Vec<String> = loaded
        .lesson
        .tasks
        .iter()
        .filter(|t| t.id != "t7-why-counts-differ")
        .map(|t| t.id.clone())
        .collect();
    let key = loaded.lesson.answer_key.as_mut().unwrap();
    // Grow the key to 60 items with spans of the real documents.
    while key.items.len() < 60 {
        let doc = &docs[rng.below(docs.len())];
        let text = &loaded.texts[doc];
        let start = rng.below(text.char_count() - 120);
        key.items.push(KeyItem {
            id: format!("g{}", key.items.len()),
            task: tasks[rng.below(tasks.len())].clone(),
            document: doc.clone(),
            selector: Selector::from_range(text, start..start + 20 + rng.below(80)),
            accepted_labels: ["checkworthy".to_owned()].into(),
            required: true,
            evidence: Vec::new(),
            verdict: None,
            explanation: "generated for the benchmark".into(),
            independent: false,
        });
    }
    let lesson_dir = dir.join("lesson");
    loaded.save_folder(&lesson_dir).unwrap();
    let sessions = dir.join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    let labels = [
        "checkworthy",
        "opinion",
        "loaded-language",
        "name-calling",
        "src-anonymous",
    ];
    for s in 0..200 {
        let mut session = Session::new(&loaded.lesson, jiff::Timestamp::UNIX_EPOCH);
        session.student = format!("Student {s}");
        for a in 0..100 {
            let doc = &docs[rng.below(docs.len())];
            let text = &loaded.texts[doc];
            let start = rng.below(text.char_count() - 120);
            let mut ann = Annotation::new(
                format!("c{a}"),
                doc.clone(),
                Selector::from_range(text, start..start + 20 + rng.below(80)),
            );
            ann.labels
                .insert(labels[rng.below(labels.len())].to_owned());
            ann.task = Some(tasks[rng.below(tasks.len())].clone());
            ann.note = "A note of a plausible length about why this matters.".into();
            session.annotations.push(ann);
        }
        store::save_ron(&sessions.join(format!("s{s:03}.session.ron")), &session).unwrap();
    }
    lesson_dir
}

fn grade_cli(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let lesson = setup(dir.path());
    let sessions = dir.path().join("sessions");
    let csv = dir.path().join("grades.csv");
    let run = || {
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args([
                "grade",
                lesson.to_str().unwrap(),
                sessions.to_str().unwrap(),
                "--csv",
                csv.to_str().unwrap(),
            ])
            .stdout(std::process::Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
    };
    run();
    let rows = std::fs::read_to_string(&csv).unwrap().lines().count();
    println!("gradebook rows (with header): {rows}");
    c.bench_function(
        "crosscheck grade: 200 sessions x 100 annotations, 60-item key (whole process)",
        |b| b.iter(run),
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = grade_cli
}
criterion_main!(benches);
