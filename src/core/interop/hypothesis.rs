//! Reading Hypothesis annotations: the JSON of its API's search (`{"total": …, "rows": […]}`), a
//! plain list of rows (what its export gives), and one row (what `GET /api/annotations/{id}`
//! gives). A row's quote and position are in
//! `target[].selector` (`TextQuoteSelector`, `TextPositionSelector`; a `RangeSelector` names
//! elements of a web page and says nothing here), its tags in `tags`, its comment in `text`, its
//! page in `uri`, its author in `user` (`acct:name@hypothes.is`) and `user_info.display_name`.
//!
//! Hypothesis counts positions in the web page's text as JavaScript does (UTF-16 units) and in
//! the page as the browser showed it, not in the lesson's copy: positions are a hint, the quote
//! and its context decide where an annotation goes.

use serde_json::{Map, Value};

use crate::core::interop::address;
use crate::core::interop::incoming::{
    ImportError, Incoming, label_for, nth_name, selector_of, source_of, string,
};
use crate::core::lesson::Lesson;
use crate::core::session::{Annotation, Session, next_id};
use crate::core::words::Message;

type Decoded = (Session, Vec<Incoming>, Vec<Message>);

/// The rows of a Hypothesis file as annotations, not placed yet, and the session they make.
pub(crate) fn decode(
    lesson: &Lesson,
    value: &Value,
    file: &str,
    now: jiff::Timestamp,
) -> Result<Decoded, ImportError> {
    let one;
    let rows = match value {
        Value::Array(rows) => rows,
        Value::Object(o) => match o.get("rows") {
            Some(Value::Array(rows)) => rows,
            Some(_) => {
                return Err(ImportError::Shape {
                    file: file.to_owned(),
                    problem: Message::new("import-rows-not-list"),
                });
            }
            // One row, as `GET /api/annotations/{id}` gives it.
            None => {
                one = [value.clone()];
                &one[..]
            }
        },
        _ => {
            return Err(ImportError::UnknownFormat {
                file: file.to_owned(),
            });
        }
    };
    let mut warnings = Vec::new();
    let mut incoming: Vec<Incoming> = Vec::with_capacity(rows.len());
    let mut people: Vec<String> = Vec::new();
    let mut times: Vec<jiff::Timestamp> = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let name = row
            .get("id")
            .and_then(Value::as_str)
            .map_or_else(|| nth_name(index), str::to_owned);
        let fail = |problem: Message| ImportError::Annotation {
            file: file.to_owned(),
            annotation: name.clone(),
            problem,
        };
        let Value::Object(row) = row else {
            return Err(fail(Message::new("import-not-object")));
        };
        let id = next_id("c", incoming.iter().map(|i| i.annotation.id.as_str()));
        let item = read_row(lesson, row, &name, id, &mut warnings).map_err(fail)?;
        for field in ["created", "updated"] {
            if let Some(time) = row.get(field) {
                times.push(time_of(time, field).map_err(fail)?);
            }
        }
        let person = person(row);
        if !person.is_empty() && !people.contains(&person) {
            people.push(person);
        }
        incoming.push(item);
    }
    if people.len() > 1 {
        warnings.push(Message::new("import-several-people").with("names", people.join(", ")));
    }
    let mut session = Session::new(lesson, now);
    session.student = people.join(", ");
    if let (Some(first), Some(last)) = (times.iter().min(), times.iter().max()) {
        session.created = *first;
        session.modified = *last;
    }
    Ok((session, incoming, warnings))
}

fn time_of(value: &Value, field: &str) -> Result<jiff::Timestamp, Message> {
    let text = value
        .as_str()
        .ok_or_else(|| Message::new("import-not-text").with("field", field))?;
    text.parse().map_err(|_| {
        Message::new("import-bad-time")
            .with("field", field)
            .with("value", text)
    })
}

/// Who made a row: the display name, else the account's name (`acct:name@host` gives `name`).
fn person(row: &Map<String, Value>) -> String {
    if let Some(name) = row
        .get("user_info")
        .and_then(|u| u.get("display_name"))
        .and_then(Value::as_str)
        .filter(|n| !n.trim().is_empty())
    {
        return name.trim().to_owned();
    }
    let user = row.get("user").and_then(Value::as_str).unwrap_or_default();
    let user = user.strip_prefix("acct:").unwrap_or(user);
    user.split_once('@')
        .map_or(user, |(name, _)| name)
        .to_owned()
}

fn read_row(
    lesson: &Lesson,
    row: &Map<String, Value>,
    name: &str,
    id: String,
    warnings: &mut Vec<Message>,
) -> Result<Incoming, Message> {
    let uri = string(row, "uri")?;
    let target = match row.get("target") {
        Some(Value::Array(targets)) => targets.first(),
        Some(Value::Null) | None => None,
        Some(one) => Some(one),
    };
    let target_source = target.map(source_of).unwrap_or_default();
    let source = if target_source.is_empty() {
        uri.clone()
    } else {
        target_source
    };
    // A row without `uri` and without `target[].source` is read all the same when it has a
    // target: its quote may still find its document (see `placing`).
    if source.is_empty() && target.is_none() {
        return Err(Message::new("import-no-target"));
    }
    let selector = selector_of(target.and_then(|t| t.get("selector")))?;
    let document = address::document_at(lesson, &source)
        .or_else(|| address::document_at(lesson, &uri))
        .map(|d| d.id.clone())
        .unwrap_or_default();
    let mut annotation = Annotation::new(id, document, selector);
    annotation.note = string(row, "text")?;
    match row.get("tags") {
        None | Some(Value::Null) => {}
        Some(Value::Array(tags)) => {
            for tag in tags {
                let tag = tag
                    .as_str()
                    .ok_or_else(|| Message::new("import-not-text").with("field", "tags"))?;
                let label = label_for(lesson, tag);
                if label.is_none() {
                    warnings.push(
                        Message::new("import-unknown-tag")
                            .with("annotation", name)
                            .with("tag", tag),
                    );
                }
                annotation
                    .labels
                    .insert(label.unwrap_or_else(|| tag.to_owned()));
            }
        }
        Some(_) => return Err(Message::new("import-not-text").with("field", "tags")),
    }
    let title = match row.get("document").and_then(|d| d.get("title")) {
        Some(Value::Array(titles)) => titles.first().and_then(Value::as_str),
        Some(title) => title.as_str(),
        None => None,
    }
    .unwrap_or_default()
    .to_owned();
    Ok(Incoming {
        name: name.to_owned(),
        annotation,
        source,
        title,
        named: false,
    })
}
