//! The headless subcommands: what teachers with many files (and tests) use from a shell.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;

use crate::core::anchor::Anchorer;
use crate::core::interop::w3c;
use crate::core::lesson::LoadedLesson;
use crate::core::text::DocumentText;

/// Validates a lesson: parses it, reads and hashes every document, checks every reference.
pub fn check(lesson_path: &Path) -> ExitCode {
    match LoadedLesson::load(lesson_path) {
        Ok(loaded) if loaded.problems.is_empty() => {
            println!(
                "{}: ok — \"{}\", {} documents, {} label sets, {} tasks, {}",
                lesson_path.display(),
                loaded.lesson.title,
                loaded.lesson.documents.len(),
                loaded.lesson.label_sets.len(),
                loaded.lesson.tasks.len(),
                loaded.lesson.answer_key.as_ref().map_or_else(
                    || "no answer key".to_owned(),
                    |k| format!("{} answer-key items", k.items.len())
                )
            );
            ExitCode::SUCCESS
        }
        Ok(loaded) => {
            eprintln!(
                "{}: {} problem(s):",
                lesson_path.display(),
                loaded.problems.len()
            );
            for problem in &loaded.problems {
                eprintln!("  - {problem}");
            }
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// Re-anchors W3C annotations against a text and prints the placements as JSON, in input order.
pub fn reanchor(text_path: &Path, annotations_path: &Path) -> anyhow::Result<()> {
    let text = DocumentText::load(text_path)?;
    let json = std::fs::read_to_string(annotations_path)
        .with_context(|| format!("{}: cannot read", annotations_path.display()))?;
    let targets = w3c::parse_annotations(&json, &annotations_path.display().to_string())
        .map_err(anyhow::Error::msg)?;
    let selectors: Vec<_> = targets.iter().map(|t| t.selector.clone()).collect();
    let placements = Anchorer::new(&text).anchor_all(&selectors);
    let out: Vec<_> = targets
        .iter()
        .zip(&placements)
        .map(|(t, p)| w3c::placement_json(&t.id, p))
        .collect();
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(())
}

/// Writes the student edition of a lesson (no answer key) to a folder or a packed `.ron` file.
pub fn student_edition(lesson_path: &Path, out: &Path) -> anyhow::Result<()> {
    let loaded = LoadedLesson::load(lesson_path)?;
    loaded.write_student_edition(out)?;
    println!("{}: student edition written (no answer key)", out.display());
    Ok(())
}
