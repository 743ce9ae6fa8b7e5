//! Writes the re-anchoring workload of `benches/anchor.rs` as files, for timing the whole
//! `crosscheck reanchor` process (`benches/reanchor_process.sh`): 1,000 quotes of 20–200 chars
//! with 32 chars of context, made in a 1 MB text, then 1% random char edits. For each of
//! `english` (the corpus given, cut to 1,000,000 chars, else a generated text) and `multiscript`
//! (a generated text of 1,000,000 chars in many scripts) it writes NAME.txt (the revised text),
//! NAME.json (the quotes as W3C Web Annotations) and NAME.truth.json (where each quote truly is
//! in the revised text).
//!
//! `cargo run --example reanchor_workload -- OUT_DIR [ENGLISH_CORPUS]`
//! `cargo run --example reanchor_workload -- --check TRUTH.json REANCHOR_OUTPUT.json` counts the
//! placements on their exact true span.

// A measuring tool: failing loudly on broken set-up is what we want.
#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "../../tests/support/revise.rs"]
mod revise;

use std::path::Path;

use crosscheck::core::text::DocumentText;
use revise::{Rng, generated_multiscript_text, generated_text, make_quotes, revise};
use serde_json::{Value, json};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag, truth, output] if flag == "--check" => check(Path::new(truth), Path::new(output)),
        [out] => write_all(Path::new(out), None),
        [out, corpus] => write_all(Path::new(out), Some(Path::new(corpus))),
        _ => {
            eprintln!(
                "usage: reanchor_workload OUT_DIR [ENGLISH_CORPUS] | --check TRUTH.json OUTPUT.json"
            );
            std::process::exit(2);
        }
    }
}

/// The same texts and seeds as `benches/anchor.rs`.
fn write_all(out: &Path, corpus: Option<&Path>) {
    std::fs::create_dir_all(out).unwrap();
    let mut rng = Rng(42);
    let english = match corpus.map(std::fs::read_to_string) {
        Some(Ok(text)) => text.chars().take(1_000_000).collect(),
        _ => generated_text(1_000_000, &mut rng),
    };
    write_one(out, "english", &english, &mut rng);
    let mut rng = Rng(43);
    let multiscript = generated_multiscript_text(1_000_000, &mut rng);
    write_one(out, "multiscript", &multiscript, &mut rng);
}

fn write_one(out: &Path, name: &str, text: &str, rng: &mut Rng) {
    let original = DocumentText::from_normalised(text);
    let quotes = make_quotes(&original, 1000, rng);
    let revision = revise(original.as_str(), original.char_count() / 100, rng);
    let source = format!("urn:example:{name}");
    let annotations: Vec<Value> = quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            json!({
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "id": format!("urn:example:{name}:{i}"),
                "type": "Annotation",
                "target": {
                    "source": source,
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": q.quote.exact,
                            "prefix": q.quote.prefix,
                            "suffix": q.quote.suffix,
                        },
                        {
                            "type": "TextPositionSelector",
                            "start": q.position.start,
                            "end": q.position.end,
                        },
                    ],
                },
            })
        })
        .collect();
    let truth: Vec<Value> = quotes
        .iter()
        .map(|q| {
            json!([
                revision.map_start(q.position.start),
                revision.map_end(q.position.end)
            ])
        })
        .collect();
    std::fs::write(out.join(format!("{name}.txt")), &revision.text).unwrap();
    std::fs::write(
        out.join(format!("{name}.json")),
        serde_json::to_string_pretty(&annotations).unwrap(),
    )
    .unwrap();
    std::fs::write(
        out.join(format!("{name}.truth.json")),
        serde_json::to_string(&truth).unwrap(),
    )
    .unwrap();
    println!(
        "{name}: {} chars, {} bytes revised; 1000 quotes; {} edits",
        original.char_count(),
        revision.text.len(),
        revision.edits.len()
    );
}

/// Prints how many of `reanchor`'s placements are on their exact true span.
fn check(truth: &Path, output: &Path) {
    let truth: Vec<(usize, usize)> =
        serde_json::from_str(&std::fs::read_to_string(truth).unwrap()).unwrap();
    let output: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(output).unwrap()).unwrap();
    assert_eq!(truth.len(), output.len(), "one placement per quote");
    let exact = truth
        .iter()
        .zip(&output)
        .filter(|((start, end), p)| {
            p["start"].as_u64() == Some(*start as u64) && p["end"].as_u64() == Some(*end as u64)
        })
        .count();
    println!("{exact}/{} on the exact true span", truth.len());
}
