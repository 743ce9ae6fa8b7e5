//! A session as W3C Web Annotations (JSON-LD): an `AnnotationCollection` with one embedded
//! `AnnotationPage`, each claim an `Annotation`.
//!
//! What the W3C model carries natively is written natively: the claim's place (`TextQuoteSelector`
//! and `TextPositionSelector`, char offsets) on its document (its URL, else a `urn:` from the
//! lesson id and the text's SHA-256), labels as `tagging` bodies, the note as a `commenting` body,
//! the verdict as an `assessing` body, each piece of evidence as a `linking` body, the student as
//! creator, and the session's timestamps. What only Crosscheck has (ids, the document's id in the
//! lesson, stances, a citation's details, the task, the written answers, the document hashes) is
//! in properties of the Crosscheck namespace ([`NAMESPACE`], prefix `crosscheck:`), so that
//! reading the file back ([`super::w3c_in`]) gives the session exactly.

use serde_json::{Map, Value, json};

use crate::core::anchor::Selector;
use crate::core::evidence::{Citation, Credibility, Evidence, EvidenceSource, Stance};
use crate::core::interop::address::{self, is_iri};
use crate::core::lesson::Lesson;
use crate::core::session::{Annotation, Orphan, Session};

/// The W3C Web Annotation JSON-LD context.
pub const ANNO_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The IRI of Crosscheck's own terms (prefix `crosscheck:`).
pub const NAMESPACE: &str = "urn:crosscheck:ns:";

/// The extension properties, by name (prefix included).
pub mod ext {
    /// Collection: the session's own fields (format, lesson id, student, hashes, answers).
    pub const SESSION: &str = "crosscheck:session";
    /// Annotation: the claim's id in the session.
    pub const ID: &str = "crosscheck:id";
    /// Annotation: the task the claim answers.
    pub const TASK: &str = "crosscheck:task";
    /// Annotation: why the claim has no place in the lesson's text.
    pub const ORPHANED: &str = "crosscheck:orphaned";
    /// Target (and a passage's body): the document's id in the lesson.
    pub const DOCUMENT: &str = "crosscheck:document";
    /// Assessing body: the verdict's rating, a label id of the lesson's verdict scale.
    pub const RATING: &str = "crosscheck:rating";
    /// Linking body: the evidence's id, stance, note and (for a citation) its details.
    pub const EVIDENCE: &str = "crosscheck:evidence";
}

/// The `@context` of every object written: the W3C context and the Crosscheck namespace, whose
/// object-valued properties are JSON literals (JSON-LD 1.1 `@json`).
pub fn context() -> Value {
    json!([
        ANNO_CONTEXT,
        {
            "crosscheck": NAMESPACE,
            ext::SESSION: {"@type": "@json"},
            ext::ORPHANED: {"@type": "@json"},
            ext::EVIDENCE: {"@type": "@json"},
        }
    ])
}

/// The session as an `AnnotationCollection` with its one page of annotations.
pub fn export_w3c(lesson: &Lesson, session: &Session) -> Value {
    let id = address::session_urn(session);
    let items: Vec<Value> = session
        .annotations
        .iter()
        .map(|a| annotation(lesson, session, &id, a))
        .collect();
    let mut collection = json!({
        "@context": context(),
        "id": id,
        "type": "AnnotationCollection",
        "label": collection_label(lesson, session),
        "total": items.len(),
        "created": session.created.to_string(),
        "modified": session.modified.to_string(),
        "generator": generator(),
        ext::SESSION: session_fields(session),
        "first": {
            "id": format!("{id}:page:1"),
            "type": "AnnotationPage",
            "partOf": id,
            "startIndex": 0,
            "items": items,
        },
    });
    if let Some(creator) = creator(session) {
        collection["creator"] = creator;
    }
    collection
}

/// [`export_w3c`] as pretty-printed JSON text.
pub fn export_w3c_string(lesson: &Lesson, session: &Session) -> String {
    // A `Value` always serialises.
    serde_json::to_string_pretty(&export_w3c(lesson, session)).unwrap_or_default()
}

fn collection_label(lesson: &Lesson, session: &Session) -> String {
    let title = if lesson.title.is_empty() {
        &session.lesson_id
    } else {
        &lesson.title
    };
    if session.student.is_empty() {
        format!("Crosscheck: {title}")
    } else {
        format!("Crosscheck: {title} ({})", session.student)
    }
}

fn generator() -> Value {
    json!({
        "type": "Software",
        "name": format!("Crosscheck {}", env!("CARGO_PKG_VERSION")),
    })
}

fn creator(session: &Session) -> Option<Value> {
    (!session.student.is_empty()).then(|| json!({"type": "Person", "name": session.student}))
}

fn session_fields(session: &Session) -> Value {
    let responses: Map<String, Value> = session
        .responses
        .iter()
        .map(|(task, r)| (task.clone(), json!({"text": r.text, "done": r.done})))
        .collect();
    let mut fields = json!({
        "format": session.format,
        "lessonId": session.lesson_id,
        "student": session.student,
        "documentHashes": session.document_hashes,
        "responses": responses,
    });
    // The work trail as it is in the session file, so that it survives export and import and
    // still checks.
    if let Some(trail) = &session.trail
        && let Ok(trail) = serde_json::to_value(trail)
    {
        fields["trail"] = trail;
    }
    fields
}

/// The address of a document of the lesson by its id (a `urn:` naming the id when the lesson
/// has no such document).
fn address_of(lesson: &Lesson, lesson_id: &str, document: &str) -> String {
    lesson.document(document).map_or_else(
        || address::unknown_document_urn(lesson_id, document),
        |d| address::document_address(lesson, d),
    )
}

/// The W3C selectors of a Crosscheck selector: the quote with its context, and the position.
pub fn selectors(selector: &Selector) -> Value {
    let mut quote = json!({"type": "TextQuoteSelector", "exact": selector.quote.exact});
    if !selector.quote.prefix.is_empty() {
        quote["prefix"] = json!(selector.quote.prefix);
    }
    if !selector.quote.suffix.is_empty() {
        quote["suffix"] = json!(selector.quote.suffix);
    }
    json!([
        quote,
        {
            "type": "TextPositionSelector",
            "start": selector.position.start,
            "end": selector.position.end,
        }
    ])
}

fn annotation(lesson: &Lesson, session: &Session, session_id: &str, a: &Annotation) -> Value {
    let source = match &a.orphaned {
        Some(Orphan::OtherDocument { source, .. }) if is_iri(source) => source.clone(),
        _ => address_of(lesson, &session.lesson_id, &a.document),
    };
    let mut out = json!({
        "@context": context(),
        "id": format!("{session_id}:claim:{}", address::percent_encode(&a.id)),
        "type": "Annotation",
        "motivation": "highlighting",
        "created": session.created.to_string(),
        "modified": session.modified.to_string(),
        "generator": generator(),
        "target": {
            "source": source,
            "selector": selectors(&a.selector),
            ext::DOCUMENT: a.document,
        },
        ext::ID: a.id,
    });
    if let Some(creator) = creator(session) {
        out["creator"] = creator;
    }
    let bodies = bodies(lesson, session, a);
    if !bodies.is_empty() {
        out["body"] = Value::Array(bodies);
    }
    if let Some(task) = &a.task {
        out[ext::TASK] = json!(task);
    }
    if let Some(orphan) = &a.orphaned {
        out[ext::ORPHANED] = orphan_json(orphan);
    }
    out
}

fn bodies(lesson: &Lesson, session: &Session, a: &Annotation) -> Vec<Value> {
    let mut out: Vec<Value> = a
        .labels
        .iter()
        .map(|label| json!({"type": "TextualBody", "purpose": "tagging", "value": label}))
        .collect();
    if !a.note.is_empty() {
        out.push(json!({
            "type": "TextualBody",
            "purpose": "commenting",
            "format": "text/plain",
            "value": a.note,
        }));
    }
    if let Some(verdict) = &a.verdict {
        out.push(json!({
            "type": "TextualBody",
            "purpose": "assessing",
            "format": "text/plain",
            "value": verdict.reasoning,
            ext::RATING: verdict.rating,
        }));
    }
    out.extend(a.evidence.iter().map(|e| evidence(lesson, session, e)));
    out
}

/// The orphan's reason as the `crosscheck:orphaned` property writes it.
fn orphan_json(orphan: &Orphan) -> Value {
    match orphan {
        Orphan::QuoteNotFound => json!({"reason": "quote-not-found"}),
        Orphan::NoQuote => json!({"reason": "no-quote"}),
        Orphan::OtherDocument { source, title } => {
            json!({"reason": "other-document", "source": source, "title": title})
        }
    }
}

/// A stance's name in files.
pub fn stance_name(stance: Stance) -> &'static str {
    match stance {
        Stance::Corroborates => "corroborates",
        Stance::Contradicts => "contradicts",
        Stance::AddsContext => "adds-context",
    }
}

/// A credibility's name in files.
pub fn credibility_name(credibility: Credibility) -> &'static str {
    match credibility {
        Credibility::Unrated => "unrated",
        Credibility::Low => "low",
        Credibility::Medium => "medium",
        Credibility::High => "high",
    }
}

fn citation_json(c: &Citation) -> Value {
    json!({
        "title": c.title,
        "outlet": c.outlet,
        "author": c.author,
        "date": c.date,
        "url": c.url,
        "excerpt": c.excerpt,
        "credibility": credibility_name(c.credibility),
    })
}

/// A citation in words, for tools that read only the body's value.
fn citation_words(c: &Citation) -> String {
    let mut words = c.title.clone();
    for part in [&c.outlet, &c.author, &c.date, &c.url] {
        if !part.is_empty() {
            if !words.is_empty() {
                words.push_str(" — ");
            }
            words.push_str(part);
        }
    }
    if !c.excerpt.is_empty() {
        words.push_str("\n“");
        words.push_str(&c.excerpt);
        words.push('”');
    }
    words
}

fn evidence(lesson: &Lesson, session: &Session, e: &Evidence) -> Value {
    let mut extension = json!({
        "id": e.id,
        "stance": stance_name(e.stance),
        "note": e.note,
    });
    match &e.source {
        EvidenceSource::Passage { document, selector } => {
            extension["document"] = json!(document);
            json!({
                "type": "SpecificResource",
                "purpose": "linking",
                "source": address_of(lesson, &session.lesson_id, document),
                "selector": selectors(selector),
                ext::EVIDENCE: extension,
            })
        }
        EvidenceSource::Citation(c) => {
            extension["citation"] = citation_json(c);
            if is_iri(c.url.trim()) {
                let mut body = json!({
                    "type": "SpecificResource",
                    "purpose": "linking",
                    "source": {"id": c.url.trim(), "type": "Text"},
                    ext::EVIDENCE: extension,
                });
                if !c.excerpt.is_empty() {
                    body["selector"] = json!({"type": "TextQuoteSelector", "exact": c.excerpt});
                }
                body
            } else {
                // No address to link to: the citation in words.
                json!({
                    "type": "TextualBody",
                    "purpose": "linking",
                    "format": "text/plain",
                    "value": citation_words(c),
                    ext::EVIDENCE: extension,
                })
            }
        }
    }
}
