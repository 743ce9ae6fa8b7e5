//! Revising a document after students started: the answer key and sessions are re-anchored in
//! the new text, and every highlight is reported as exact, moved, fuzzy (with score) or orphaned.

use std::ops::Range;

use crate::core::anchor::{AnchorMethod, Anchorer, Placement, Selector};
use crate::core::lesson::LoadedLesson;
use crate::core::session::{EvidenceSource, Session};
use crate::core::text::DocumentText;
use crate::core::words::{Arg, Message};

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
) -> Result<Vec<Relocation>, Message> {
    let doc = lesson
        .lesson
        .documents
        .iter_mut()
        .find(|d| d.id == document)
        .ok_or_else(|| Message::new("revise-no-document").with("document", document))?;
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

/// One line per relocation, for people: "key k01: moved 10..20 -> 40..50".
pub fn describe(r: &Relocation) -> Message {
    let what = highlight(&r.what);
    let from = span(&r.from);
    let score = format!("{:.2}", r.score);
    match (&r.to, r.method) {
        (None, _) => Message::new("revise-orphaned")
            .with("what", what)
            .with("from", from)
            .with("score", score),
        (Some(to), AnchorMethod::Exact) => Message::new("revise-unchanged")
            .with("what", what)
            .with("at", span(to)),
        (Some(to), AnchorMethod::Moved) => Message::new("revise-moved")
            .with("what", what)
            .with("from", from)
            .with("to", span(to)),
        (Some(to), _) => Message::new("revise-fuzzy")
            .with("what", what)
            .with("from", from)
            .with("to", span(to))
            .with("score", score),
    }
}

/// A range of characters as the report shows it: "10..20".
fn span(range: &Range<usize>) -> String {
    format!("{}..{}", range.start, range.end)
}

/// Which highlight a relocation is about, in words: [`Relocation::what`] names them "key k01",
/// "c3" or "c3 evidence e1".
/// A claim is named by its id as it is.
fn highlight(what: &str) -> Arg {
    let (owner, evidence) = match what.split_once(" evidence ") {
        Some((owner, evidence)) => (owner, Some(evidence)),
        None => (what, None),
    };
    let owner = match owner.strip_prefix("key ") {
        Some(id) => Message::new("revise-key-item").with("id", id).into(),
        None => Arg::from(owner),
    };
    match evidence {
        Some(evidence) => Message::new("revise-evidence")
            .with("owner", owner)
            .with("evidence", evidence)
            .into(),
        None => owner,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relocations_are_described_as_before() {
        let r = |what: &str, to: Option<Range<usize>>, method| Relocation {
            what: what.into(),
            from: 10..20,
            to,
            method,
            score: 0.875,
        };
        let cases = [
            (
                r("key k01", None, AnchorMethod::Orphaned),
                "key k01: ORPHANED (was 10..20; kept, needs a new place; best score 0.88)",
            ),
            (
                r("c3", Some(10..20), AnchorMethod::Exact),
                "c3: unchanged at 10..20",
            ),
            (
                r("c3 evidence e1", Some(40..50), AnchorMethod::Moved),
                "c3 evidence e1: moved 10..20 -> 40..50",
            ),
            (
                r("key k02 evidence e1", Some(1234..1240), AnchorMethod::Fuzzy),
                "key k02 evidence e1: FUZZY 10..20 -> 1234..1240 (score 0.88: check it)",
            ),
        ];
        for (relocation, english) in cases {
            assert_eq!(describe(&relocation).to_string(), english);
        }
    }
}
