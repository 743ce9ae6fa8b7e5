//! Re-anchor 1,000 quotes (20–200 chars, 32 chars of context) in a 1 MB text after 1% random
//! char edits. Target: under 200 ms in all, with at least 99.8% on the exact true span.
//! Run: `cargo bench --bench anchor`.

// A benchmark is a test: failing loudly on broken set-up is what we want.
#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "../tests/support/revise.rs"]
mod revise;

use criterion::{Criterion, criterion_group, criterion_main};
use crosscheck::core::anchor::Anchorer;
use crosscheck::core::text::DocumentText;
use revise::{Rng, generated_text, make_quotes, revise};

/// The 1.1 MB public-domain corpus beside the project, cut to 1 MB; a generated text without it.
fn corpus(rng: &mut Rng) -> (String, &'static str) {
    match std::fs::read_to_string("../shared/corpora/tinyshakespeare.txt") {
        Ok(text) => (
            text.chars().take(1_000_000).collect(),
            "tinyshakespeare (1 MB)",
        ),
        Err(_) => (generated_text(1_000_000, rng), "generated text (1 MB)"),
    }
}

fn reanchor(c: &mut Criterion) {
    let mut rng = Rng(42);
    let (text, name) = corpus(&mut rng);
    let original = DocumentText::from_normalised(&text);
    let quotes = make_quotes(&original, 1000, &mut rng);
    let revision = revise(original.as_str(), original.char_count() / 100, &mut rng);
    let revised = DocumentText::from_normalised(&revision.text);

    let placements = Anchorer::new(&revised).anchor_all(&quotes);
    let exact = quotes
        .iter()
        .zip(&placements)
        .filter(|(q, p)| {
            p.range.as_ref()
                == Some(&(revision.map_start(q.position.start)..revision.map_end(q.position.end)))
        })
        .count();
    println!(
        "{name}: {exact}/1000 placed on the exact true span after {} edits",
        revision.edits.len()
    );

    c.bench_function("reanchor 1000 quotes in 1 MB after 1% edits", |b| {
        b.iter(|| Anchorer::new(&revised).anchor_all(&quotes));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = reanchor
}
criterion_main!(benches);
