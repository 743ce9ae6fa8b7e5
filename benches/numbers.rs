//! The numbers of a lesson (issue 15): finding every quantitative statement of a 1 MB document
//! (target < 100 ms), and the whole board of the sample lesson — five articles found, grouped and
//! compared (target < 5 ms).
//! Run: `cargo bench --bench numbers`.

// A benchmark is a test: failing loudly on broken set-up is what we want.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use crosscheck::core::lesson::LoadedLesson;
use crosscheck::core::numbers::{Board, DocumentInfo, find_in_document, parse_date};
use crosscheck::core::text::DocumentText;

const BYTES: usize = 1_000_000;

fn sample() -> LoadedLesson {
    LoadedLesson::load(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/lessons/counting-the-attacks"
    )))
    .unwrap()
}

/// 1 MB of news text: the sample's five articles, one after the other, over and over.
fn megabyte(lesson: &LoadedLesson) -> DocumentText {
    let articles: Vec<&str> = lesson.texts.values().map(DocumentText::as_str).collect();
    let mut text = String::with_capacity(BYTES + 10_000);
    while text.len() < BYTES {
        for article in &articles {
            text.push_str(article);
            text.push('\n');
        }
    }
    DocumentText::from_normalised(&text)
}

fn benches(c: &mut Criterion) {
    let lesson = sample();
    let big = megabyte(&lesson);
    let info = DocumentInfo {
        id: "big".into(),
        source: "Benchmark".into(),
        date: parse_date("20 November 2023"),
        language: "en".into(),
    };
    let found = find_in_document(&big, &info).len();
    eprintln!(
        "1 MB document: {} bytes, {found} statements",
        big.as_str().len()
    );
    c.bench_function("numbers: find in a 1 MB document", |b| {
        b.iter(|| black_box(find_in_document(black_box(&big), &info)));
    });
    c.bench_function("numbers: the sample lesson's board", |b| {
        b.iter(|| black_box(Board::for_lesson(black_box(&lesson))));
    });
}

criterion_group! {
    name = numbers;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(numbers);
