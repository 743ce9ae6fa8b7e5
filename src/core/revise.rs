//! Revising a document after students started: the answer key and sessions are re-anchored in
//! the new text, and every highlight is reported as exact, moved, fuzzy (with score) or orphaned.

use std::ops::Range;

use crate::core::anchor::{AnchorMethod, Anchorer, Placement, Selector};
use crate::core::lesson::LoadedLesson;
use crate::core::session::{EvidenceSource, Session};
use crate::core::text::DocumentText;

/// What happened to one highlight.
#[derive(Clone, Debug, PartialEq)]
pub struct Relocation {
    /// What it is ("key k01", "c3", "c3 evidence e1").
    pub what: String,
    /// Where it was (chars, old text).
    pub from: Range<usize>,
    /// Where it is now; `None` when orphaned (the old selector is kept).
    pub to: Option<Range<usize>>,
    /// How it was placed.
    pub method: AnchorMethod,
    /// The placement's score.
    pub score: f32,
}

/// Re-anchors a selector; returns the new selector (unchanged when orphaned) and the record.
fn relocate(
    anchorer: &Anchorer<'_>,
    text: &DocumentText,
    selector: &Selector,
    what: String,
) -> (Selector, Relocation) {
    let Placement {
        range,
        method,
        score,
    } = anchorer.anchor(selector, 0);
    let record = Relocation {
        what,
        from: selector.range(),
        to: range.clone(),
        method,
        score,
    };
    let updated = range.map_or_else(|| selector.clone(), |r| Selector::from_range(text, r));
    (updated, record)
}

/// Re-anchors the passages of `document` among a claim's (or key item's) evidence.
fn relocate_passages(
    anchorer: &Anchorer<'_>,
    text: &DocumentText,
    document: &str,
    owner: &str,
    evidence: &mut [crate::core::session::Evidence],
    report: &mut Vec<Relocation>,
) {
    for e in evidence {
        if let EvidenceSource::Passage {
            document: d,
            selector,
        } = &mut e.source
            && d == document
        {
            let (s, r) = relocate(
                anchorer,
                text,
                selector,
                format!("{owner} evidence {}", e.id),
            );
            *selector = s;
            report.push(r);
        }
    }
}

/// Replaces a document's text in a lesson and re-anchors the key's spans and passages in it.
pub fn revise_lesson_document(
    lesson: &mut LoadedLesson,
    document: &str,
    new_text: DocumentText,
) -> Result<Vec<Relocation>, String> {
    let doc = lesson
        .lesson
        .documents
        .iter_mut()
        .find(|d| d.id == document)
        .ok_or_else(|| format!("the lesson has no document {document:?}"))?;
    new_text.sha256().clone_into(&mut doc.sha256);
    let anchorer = Anchorer::new(&new_text);
    let mut report = Vec::new();
    if let Some(key) = lesson.lesson.answer_key.as_mut() {
        for item in &mut key.items {
            let owner = format!("key {}", item.id);
            if item.document == document {
                let (s, r) = relocate(&anchorer, &new_text, &item.selector, owner.clone());
                item.selector = s;
                report.push(r);
            }
            relocate_passages(
                &anchorer,
                &new_text,
                document,
                &owner,
                &mut item.evidence,
                &mut report,
            );
        }
    }
    lesson.texts.insert(document.to_owned(), new_text);
    Ok(report)
}

/// Re-anchors a session's claims and evidence passages in a revised document and records its new
/// hash. Orphaned highlights keep their old selectors: they are listed, never dropped.
pub fn revise_session(
    session: &mut Session,
    document: &str,
    new_text: &DocumentText,
) -> Vec<Relocation> {
    let anchorer = Anchorer::new(new_text);
    let mut report = Vec::new();
    for a in &mut session.annotations {
        if a.document == document {
            let (s, r) = relocate(&anchorer, new_text, &a.selector, a.id.clone());
            a.selector = s;
            report.push(r);
        }
        relocate_passages(
            &anchorer,
            new_text,
            document,
            &a.id,
            &mut a.evidence,
            &mut report,
        );
    }
    session
        .document_hashes
        .insert(document.to_owned(), new_text.sha256().to_owned());
    report
}

/// One line per relocation, for people.
pub fn describe(r: &Relocation) -> String {
    match (&r.to, r.method) {
        (None, _) => format!(
            "{}: ORPHANED (was {}..{}; kept, needs a new place; best score {:.2})",
            r.what, r.from.start, r.from.end, r.score
        ),
        (Some(to), AnchorMethod::Exact) => {
            format!("{}: unchanged at {}..{}", r.what, to.start, to.end)
        }
        (Some(to), AnchorMethod::Moved) => format!(
            "{}: moved {}..{} -> {}..{}",
            r.what, r.from.start, r.from.end, to.start, to.end
        ),
        (Some(to), _) => format!(
            "{}: FUZZY {}..{} -> {}..{} (score {:.2}: check it)",
            r.what, r.from.start, r.from.end, to.start, to.end, r.score
        ),
    }
}
