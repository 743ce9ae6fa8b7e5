//! Re-anchor 1,000 quotes (20–200 chars, 32 chars of context) in a 1 MB text after 1% random
//! char edits. Target: under 200 ms in all, with at least 99.8% on the exact true span; the same
//! on a multi-script text (Arabic, Persian, CJK, Thai, Devanagari, emoji, combining marks) of
//! 1,000,000 chars. Also: one 100,000-char quote that matches nothing in a 1.9 MB text (pattern
//! work is capped), and 34 repeated-sentence highlights after a paragraph is inserted.
//! Run: `cargo bench --bench anchor`.

// A benchmark is a test: failing loudly on broken set-up is what we want.
#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "../tests/support/revise.rs"]
mod revise;

use criterion::{Criterion, criterion_group, criterion_main};
use crosscheck::core::anchor::{Anchorer, Selector, TextPositionSelector, TextQuoteSelector};
use crosscheck::core::text::DocumentText;
use revise::{Rng, generated_multiscript_text, generated_text, make_quotes, revise};

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

fn workload(c: &mut Criterion, name: &str, text: &str, rng: &mut Rng) {
    let original = DocumentText::from_normalised(text);
    let quotes = make_quotes(&original, 1000, rng);
    let revision = revise(original.as_str(), original.char_count() / 100, rng);
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
        "{name}: {} chars, {} bytes; {exact}/1000 placed on the exact true span after {} edits",
        original.char_count(),
        original.byte_len(),
        revision.edits.len()
    );

    c.bench_function(
        &format!("reanchor 1000 quotes, {name}, after 1% edits"),
        |b| {
            b.iter(|| Anchorer::new(&revised).anchor_all(&quotes));
        },
    );
}

fn reanchor(c: &mut Criterion) {
    let mut rng = Rng(42);
    let (text, name) = corpus(&mut rng);
    workload(c, name, &text, &mut rng);
    let mut rng = Rng(43);
    let text = generated_multiscript_text(1_000_000, &mut rng);
    workload(c, "multi-script text (1,000,000 chars)", &text, &mut rng);
}

fn hostile(c: &mut Criterion) {
    let mut rng = Rng(5);
    let text = DocumentText::from_normalised(&generated_text(1_900_000, &mut rng));
    let junk: String = (0..100_000)
        .map(|_| char::from_u32(0x4E00 + rng.below(2000) as u32).unwrap())
        .collect();
    let huge = Selector {
        quote: TextQuoteSelector {
            exact: junk,
            prefix: String::new(),
            suffix: String::new(),
        },
        position: TextPositionSelector {
            start: 5,
            end: 100_005,
        },
    };
    c.bench_function("a 100,000-char quote matching nothing in 1.9 MB", |b| {
        b.iter(|| Anchorer::new(&text).anchor(&huge, 0));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = reanchor, hostile
}
criterion_main!(benches);
