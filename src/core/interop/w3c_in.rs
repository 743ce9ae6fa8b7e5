//! Reading W3C Web Annotation JSON into a session: exactly what [`super::w3c_out`] writes (its
//! Crosscheck properties give every field back), and other tools' annotations as well as their
//! content allows (bodies by purpose: tags, comments, an assessment, links).

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::core::evidence::{Citation, Credibility, Evidence, EvidenceSource, Stance};
use crate::core::interop::address;
use crate::core::interop::incoming::{
    ImportError, Incoming, label_for, not_text, nth_name, selector_of, source_of, string,
};
use crate::core::interop::w3c_out::{credibility_name, ext, stance_name};
use crate::core::lesson::Lesson;
use crate::core::session::{Annotation, Orphan, Session, TaskResponse, Verdict, next_id};
use crate::core::words::Message;

/// The motivations (and body purposes) of the W3C model.
pub const MOTIVATIONS: [&str; 13] = [
    "assessing",
    "bookmarking",
    "classifying",
    "commenting",
    "describing",
    "editing",
    "highlighting",
    "identifying",
    "linking",
    "moderating",
    "questioning",
    "replying",
    "tagging",
];

type Decoded = (Session, Vec<Incoming>, Vec<Message>);

/// A collection, if the file is one, and every annotation in the file.
type Found<'a> = (Option<&'a Map<String, Value>>, Vec<Value>);

/// The session a W3C export of it gives back, exactly as it was (no placing in the texts: see
/// [`super::import::import_annotations`] for that). Annotations that name no document of the
/// lesson are kept as orphaned.
pub fn session_from_w3c(
    lesson: &Lesson,
    value: &Value,
    file: &str,
) -> Result<Session, ImportError> {
    let (mut session, incoming, _) = decode(lesson, value, file, jiff::Timestamp::UNIX_EPOCH)?;
    for item in incoming {
        let mut a = item.annotation;
        if !item.named && a.orphaned.is_none() && lesson.document(&a.document).is_none() {
            a.orphaned = Some(Orphan::OtherDocument {
                source: item.source,
                title: item.title,
            });
        }
        session.annotations.push(a);
    }
    Ok(session)
}

/// The session's own fields and the annotations, not placed yet.
pub(crate) fn decode(
    lesson: &Lesson,
    value: &Value,
    file: &str,
    now: jiff::Timestamp,
) -> Result<Decoded, ImportError> {
    let shape = |problem: Message| ImportError::Shape {
        file: file.to_owned(),
        problem,
    };
    let (container, items) = items_of(value).map_err(shape)?;
    let mut warnings = Vec::new();
    let mut incoming = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let name = name_of(item, index);
        let read = match item {
            Value::Object(o) => annotation(lesson, o, &name, &mut warnings),
            _ => Err(Message::new("import-not-object")),
        };
        incoming.push(read.map_err(|problem| ImportError::Annotation {
            file: file.to_owned(),
            annotation: name,
            problem,
        })?);
    }
    give_ids(&mut incoming);
    let session = head(lesson, container, &items, now).map_err(shape)?;
    Ok((session, incoming, warnings))
}

/// Foreign annotations get claim ids `c1`, `c2`, … (those Crosscheck wrote keep theirs).
fn give_ids(incoming: &mut [Incoming]) {
    let mut taken: Vec<String> = incoming
        .iter()
        .filter(|i| i.named)
        .map(|i| i.annotation.id.clone())
        .collect();
    for item in incoming.iter_mut().filter(|i| !i.named) {
        let id = next_id("c", taken.iter().map(String::as_str));
        taken.push(id.clone());
        item.annotation.id = id;
    }
}

/// How the file names an annotation: its Crosscheck id, its `id`, or its number.
fn name_of(item: &Value, index: usize) -> String {
    item.get(ext::ID)
        .or_else(|| item.get("id"))
        .and_then(Value::as_str)
        .map_or_else(|| nth_name(index), str::to_owned)
}

fn has_type(value: &Value, wanted: &str) -> bool {
    match value.get("type") {
        Some(Value::String(t)) => t == wanted,
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str() == Some(wanted)),
        _ => false,
    }
}

/// The collection (if any) and every annotation: of a collection's embedded pages (or its own
/// `items`), of a page, a list, a JSON-LD `@graph`, or one annotation.
fn items_of(value: &Value) -> Result<Found<'_>, Message> {
    if let Value::Array(items) = value {
        return Ok((None, items.clone()));
    }
    let Value::Object(object) = value else {
        return Err(Message::new("import-w3c-not-annotations"));
    };
    let page_items = |page: &Value| -> Result<Vec<Value>, Message> {
        match page.get("items") {
            Some(Value::Array(items)) => Ok(items.clone()),
            None => Ok(Vec::new()),
            Some(_) => Err(Message::new("import-items-not-list")),
        }
    };
    // JSON-LD may hold the annotations in a `@graph`.
    if let Some(graph) = object.get("@graph") {
        return match graph {
            Value::Array(items) => Ok((None, items.clone())),
            _ => Err(Message::new("import-items-not-list")),
        };
    }
    if has_type(value, "AnnotationCollection") {
        // Some servers put the items in the collection itself rather than in its pages.
        let mut items = page_items(value)?;
        let mut page = object.get("first");
        while let Some(p) = page {
            match p {
                Value::Object(_) => items.extend(page_items(p)?),
                // Pages only named, but the items are in the collection itself.
                _ if !items.is_empty() => break,
                other => {
                    return Err(Message::new("import-page-not-embedded")
                        .with("address", other.as_str().unwrap_or_default()));
                }
            }
            page = p.get("next");
        }
        return Ok((Some(object), items));
    }
    if has_type(value, "AnnotationPage") {
        return Ok((None, page_items(value)?));
    }
    if has_type(value, "Annotation") || object.contains_key("target") {
        return Ok((None, vec![value.clone()]));
    }
    Err(Message::new("import-w3c-not-annotations"))
}

/// The session's own fields: Crosscheck's, or made from the lesson and what the file says.
fn head(
    lesson: &Lesson,
    collection: Option<&Map<String, Value>>,
    items: &[Value],
    now: jiff::Timestamp,
) -> Result<Session, Message> {
    let times = |key: &str| -> Result<Vec<jiff::Timestamp>, Message> {
        let mut out = Vec::new();
        for v in collection
            .and_then(|c| c.get(key))
            .into_iter()
            .chain(items.iter().filter_map(|i| i.get(key)))
        {
            out.push(timestamp(v, key)?);
        }
        Ok(out)
    };
    let mut session = Session::new(lesson, now);
    let created = times("created")?;
    let modified = times("modified")?;
    if let Some(c) = collection.and_then(|c| c.get("created")) {
        session.created = timestamp(c, "created")?;
    } else if let Some(earliest) = created.iter().min() {
        session.created = *earliest;
    }
    if let Some(m) = collection.and_then(|c| c.get("modified")) {
        session.modified = timestamp(m, "modified")?;
    } else if let Some(latest) = modified.iter().chain(&created).max() {
        session.modified = *latest;
    }
    let creator = collection
        .and_then(|c| c.get("creator"))
        .or_else(|| items.iter().find_map(|i| i.get("creator")));
    if let Some(name) = creator.and_then(agent_name) {
        session.student = name;
    }
    if let Some(fields) = collection.and_then(|c| c.get(ext::SESSION)) {
        session_fields(&mut session, fields)?;
    }
    Ok(session)
}

/// A creator's name: of an agent object, the first of a list, or an IRI as it is.
fn agent_name(agent: &Value) -> Option<String> {
    match agent {
        Value::String(iri) => Some(iri.clone()),
        Value::Array(agents) => agents.iter().find_map(agent_name),
        Value::Object(o) => o
            .get("name")
            .or_else(|| o.get("nickname"))
            .and_then(|n| match n {
                Value::Array(names) => names.first().and_then(Value::as_str),
                other => other.as_str(),
            })
            .map(str::to_owned),
        _ => None,
    }
}

fn session_fields(session: &mut Session, fields: &Value) -> Result<(), Message> {
    let fields = object(fields, ext::SESSION)?;
    session.format = u32::try_from(
        fields
            .get("format")
            .and_then(Value::as_u64)
            .ok_or_else(|| not_number("format"))?,
    )
    .map_err(|_| not_number("format"))?;
    session.lesson_id = string(fields, "lessonId")?;
    session.student = string(fields, "student")?;
    session.document_hashes = BTreeMap::new();
    if let Some(hashes) = fields.get("documentHashes") {
        for (document, hash) in object(hashes, "documentHashes")? {
            let hash = hash.as_str().ok_or_else(|| not_text("documentHashes"))?;
            session
                .document_hashes
                .insert(document.clone(), hash.to_owned());
        }
    }
    session.trail = match fields.get("trail") {
        None | Some(Value::Null) => None,
        Some(trail) => Some(
            serde_json::from_value(trail.clone())
                .map_err(|e| Message::new("import-bad-trail").with("error", e.to_string()))?,
        ),
    };
    session.responses = BTreeMap::new();
    if let Some(responses) = fields.get("responses") {
        for (task, response) in object(responses, "responses")? {
            let response = object(response, "responses")?;
            let done = match response.get("done") {
                None => false,
                Some(done) => done.as_bool().ok_or_else(|| not_text("done"))?,
            };
            session.responses.insert(
                task.clone(),
                TaskResponse {
                    text: string(response, "text")?,
                    done,
                },
            );
        }
    }
    Ok(())
}

fn timestamp(value: &Value, field: &str) -> Result<jiff::Timestamp, Message> {
    let text = value.as_str().ok_or_else(|| not_text(field))?;
    text.parse().map_err(|_| {
        Message::new("import-bad-time")
            .with("field", field)
            .with("value", text)
    })
}

fn not_number(field: &str) -> Message {
    Message::new("import-not-number").with("field", field)
}

fn object<'a>(value: &'a Value, field: &str) -> Result<&'a Map<String, Value>, Message> {
    value
        .as_object()
        .ok_or_else(|| Message::new("import-not-an-object").with("field", field))
}

/// A motivation or purpose the W3C model has (`oa:` prefix or not), or an IRI of an extension.
fn motivation(value: &Value) -> Result<String, Message> {
    let text = value.as_str().ok_or_else(|| not_text("motivation"))?;
    let bare = text.strip_prefix("oa:").unwrap_or(text);
    if MOTIVATIONS.contains(&bare) {
        Ok(bare.to_owned())
    } else if address::is_iri(text) && !text.starts_with("oa:") {
        Ok(text.to_owned())
    } else {
        Err(Message::new("import-unknown-motivation")
            .with("motivation", text)
            .with("known", MOTIVATIONS.join(", ")))
    }
}

/// The target that says most: the first with a quote, else the first.
fn target_of(annotation: &Map<String, Value>) -> Result<&Value, Message> {
    let target = annotation
        .get("target")
        .ok_or_else(|| Message::new("import-no-target"))?;
    match target {
        Value::Array(targets) => targets
            .iter()
            .find(|t| selector_of(t.get("selector")).is_ok_and(|s| !s.quote.exact.is_empty()))
            .or_else(|| targets.first())
            .ok_or_else(|| Message::new("import-no-target")),
        one => Ok(one),
    }
}

fn annotation(
    lesson: &Lesson,
    item: &Map<String, Value>,
    name: &str,
    warnings: &mut Vec<Message>,
) -> Result<Incoming, Message> {
    let named = item.contains_key(ext::ID);
    let motivations: Vec<String> = match item.get("motivation") {
        None => Vec::new(),
        Some(Value::Array(list)) => list.iter().map(motivation).collect::<Result<_, _>>()?,
        Some(one) => vec![motivation(one)?],
    };
    let target = target_of(item)?;
    let source = source_of(target);
    let selector = selector_of(target.get("selector"))?;
    let document = match target.get(ext::DOCUMENT) {
        Some(d) => d
            .as_str()
            .ok_or_else(|| not_text(ext::DOCUMENT))?
            .to_owned(),
        None => address::document_at(lesson, &source)
            .map(|d| d.id.clone())
            .unwrap_or_default(),
    };
    let id = match item.get(ext::ID) {
        Some(id) => id.as_str().ok_or_else(|| not_text(ext::ID))?.to_owned(),
        None => String::new(),
    };
    let mut annotation = Annotation::new(id, document, selector);
    if let Some(task) = item.get(ext::TASK) {
        annotation.task = Some(task.as_str().ok_or_else(|| not_text(ext::TASK))?.to_owned());
    }
    if let Some(orphan) = item.get(ext::ORPHANED) {
        annotation.orphaned = Some(orphan_of(orphan)?);
    }
    let default_purpose = match motivations.as_slice() {
        [one] => one.clone(),
        _ => "commenting".to_owned(),
    };
    let mut content = Content {
        lesson,
        name,
        named,
        default_purpose,
        notes: Vec::new(),
        warnings,
    };
    let bodies: Vec<&Value> = match item.get("body") {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(one) => vec![one],
        None => Vec::new(),
    };
    for body in bodies {
        content.body(&mut annotation, body)?;
    }
    if let Some(value) = item.get("bodyValue") {
        let text = value.as_str().ok_or_else(|| not_text("bodyValue"))?;
        content.notes.push(text.to_owned());
    }
    annotation.note = content.notes.join("\n\n");
    let title = target
        .get("source")
        .and_then(|s| s.get("title"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    Ok(Incoming {
        name: name.to_owned(),
        annotation,
        source,
        title,
        named,
    })
}

fn orphan_of(value: &Value) -> Result<Orphan, Message> {
    let o = object(value, ext::ORPHANED)?;
    match o.get("reason").and_then(Value::as_str) {
        Some("quote-not-found") => Ok(Orphan::QuoteNotFound),
        Some("no-quote") => Ok(Orphan::NoQuote),
        Some("other-document") => Ok(Orphan::OtherDocument {
            source: string(o, "source")?,
            title: string(o, "title")?,
        }),
        other => Err(Message::new("import-unknown-value")
            .with("field", ext::ORPHANED)
            .with("value", other.unwrap_or_default())),
    }
}

/// What the bodies of one annotation say, gathered.
struct Content<'a> {
    lesson: &'a Lesson,
    name: &'a str,
    named: bool,
    /// The purpose of a body that has none: the annotation's one motivation, or commenting.
    default_purpose: String,
    notes: Vec<String>,
    warnings: &'a mut Vec<Message>,
}

impl Content<'_> {
    fn body(&mut self, annotation: &mut Annotation, body: &Value) -> Result<(), Message> {
        let Value::Object(o) = body else {
            // A body that is only an address: a link.
            let url = body.as_str().ok_or_else(|| not_text("body"))?;
            self.foreign_link(annotation, url, "", "");
            return Ok(());
        };
        let purpose = match o.get("purpose") {
            Some(Value::Array(list)) => match list.first() {
                Some(p) => motivation(p)?,
                None => self.default_purpose.clone(),
            },
            Some(p) => motivation(p)?,
            None => self.default_purpose.clone(),
        };
        let value = string(o, "value")?;
        match purpose.as_str() {
            "tagging" => self.tag(annotation, value),
            "assessing" => {
                let rating = match o.get(ext::RATING) {
                    Some(r) => Some(r.as_str().ok_or_else(|| not_text(ext::RATING))?.to_owned()),
                    None => None,
                };
                self.verdict(annotation, rating, value);
            }
            "linking" => self.link(annotation, o, &value)?,
            _ if o.contains_key("value") => self.notes.push(value),
            // A resource as the body of a comment or the like: a link to it.
            _ => self.foreign_link(annotation, &source_of(body), "", ""),
        }
        Ok(())
    }

    fn tag(&mut self, annotation: &mut Annotation, value: String) {
        if self.named {
            annotation.labels.insert(value);
            return;
        }
        let label = label_for(self.lesson, &value);
        if label.is_none() {
            self.warnings.push(
                Message::new("import-unknown-tag")
                    .with("annotation", self.name)
                    .with("tag", value.as_str()),
            );
        }
        annotation.labels.insert(label.unwrap_or(value));
    }

    fn verdict(&mut self, annotation: &mut Annotation, rating: Option<String>, value: String) {
        if annotation.verdict.is_some() {
            self.notes.push(value);
            return;
        }
        let verdict = if let Some(rating) = rating {
            Verdict {
                rating,
                reasoning: value,
            }
        } else {
            let scale = self.lesson.verdict_labels();
            let trimmed = value.trim();
            match scale.iter().find(|l| {
                l.id.eq_ignore_ascii_case(trimmed) || l.name.eq_ignore_ascii_case(trimmed)
            }) {
                Some(label) => Verdict {
                    rating: label.id.clone(),
                    reasoning: String::new(),
                },
                None => Verdict {
                    rating: String::new(),
                    reasoning: value,
                },
            }
        };
        annotation.verdict = Some(verdict);
    }

    fn link(
        &mut self,
        annotation: &mut Annotation,
        body: &Map<String, Value>,
        value: &str,
    ) -> Result<(), Message> {
        if let Some(extension) = body.get(ext::EVIDENCE) {
            let evidence = evidence_of(body, extension)?;
            annotation.evidence.push(evidence);
            return Ok(());
        }
        let source = body.get("source").map(source_of).unwrap_or_default();
        let source = if source.is_empty() {
            body.get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        } else {
            source
        };
        let selector = selector_of(body.get("selector"))?;
        if let Some(document) = address::document_at(self.lesson, &source)
            && !selector.quote.exact.is_empty()
        {
            let id = next_id("e", annotation.evidence.iter().map(|e| e.id.as_str()));
            annotation.evidence.push(Evidence {
                id,
                stance: Stance::AddsContext,
                source: EvidenceSource::Passage {
                    document: document.id.clone(),
                    selector,
                },
                note: String::new(),
            });
        } else {
            self.foreign_link(annotation, &source, value, &selector.quote.exact);
        }
        Ok(())
    }

    /// A link from another tool: a citation, its stance unknown (adds context).
    #[allow(clippy::unused_self)] // One of the body readers; kept beside them.
    fn foreign_link(&self, annotation: &mut Annotation, url: &str, title: &str, excerpt: &str) {
        let id = next_id("e", annotation.evidence.iter().map(|e| e.id.as_str()));
        annotation.evidence.push(Evidence {
            id,
            stance: Stance::AddsContext,
            source: EvidenceSource::Citation(Citation {
                title: title.to_owned(),
                url: url.to_owned(),
                excerpt: excerpt.to_owned(),
                ..Citation::default()
            }),
            note: String::new(),
        });
    }
}

/// A piece of evidence as Crosscheck wrote it.
fn evidence_of(body: &Map<String, Value>, extension: &Value) -> Result<Evidence, Message> {
    let e = object(extension, ext::EVIDENCE)?;
    let stance_text = string(e, "stance")?;
    let stance = Stance::ALL
        .into_iter()
        .find(|s| stance_name(*s) == stance_text)
        .ok_or_else(|| {
            Message::new("import-unknown-value")
                .with("field", "stance")
                .with("value", stance_text.as_str())
        })?;
    let source = if let Some(citation) = e.get("citation") {
        let c = object(citation, "citation")?;
        let credibility_text = string(c, "credibility")?;
        let credibility = [
            Credibility::Unrated,
            Credibility::Low,
            Credibility::Medium,
            Credibility::High,
        ]
        .into_iter()
        .find(|k| credibility_name(*k) == credibility_text)
        .ok_or_else(|| {
            Message::new("import-unknown-value")
                .with("field", "credibility")
                .with("value", credibility_text.as_str())
        })?;
        EvidenceSource::Citation(Citation {
            title: string(c, "title")?,
            outlet: string(c, "outlet")?,
            author: string(c, "author")?,
            date: string(c, "date")?,
            url: string(c, "url")?,
            excerpt: string(c, "excerpt")?,
            credibility,
        })
    } else {
        EvidenceSource::Passage {
            document: string(e, "document")?,
            selector: selector_of(body.get("selector"))?,
        }
    };
    Ok(Evidence {
        id: string(e, "id")?,
        stance,
        source,
        note: string(e, "note")?,
    })
}
