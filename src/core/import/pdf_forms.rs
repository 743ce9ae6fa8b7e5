//! Forms (`XObject`s) that draw each other without end, or nested deeper than any page needs:
//! the PDF reader follows each `Do` by calling itself, so such a file would overflow the stack
//! (which nothing can catch). They are looked for here first, by following which forms each
//! page and form draws (`/Name Do` in its content), without drawing anything.

use std::collections::HashMap;

use pdf_extract::{Dictionary, Document, Object, ObjectId};

/// The most forms drawn inside one another that a file may have.
pub const MAX_FORM_DEPTH: usize = 64;

fn dictionary<'a>(document: &'a Document, object: &'a Object) -> Option<&'a Dictionary> {
    match object {
        Object::Reference(id) => document.get_object(*id).ok()?.as_dict().ok(),
        Object::Dictionary(dictionary) => Some(dictionary),
        Object::Stream(stream) => Some(&stream.dict),
        _ => None,
    }
}

/// The `/Resources` of an object (a page's own or inherited from its parents, a form's own).
fn resources_of(document: &Document, id: ObjectId) -> Option<&Dictionary> {
    let mut at = document.get_object(id).ok()?;
    // Parents of pages: a short chain in any real file.
    for _ in 0..32 {
        let own = dictionary(document, at)?;
        if let Some(resources) = own
            .get(b"Resources")
            .ok()
            .and_then(|r| dictionary(document, r))
        {
            return Some(resources);
        }
        at = own.get(b"Parent").ok()?;
        at = match at {
            Object::Reference(parent) => document.get_object(*parent).ok()?,
            other => other,
        };
    }
    None
}

/// The `XObject`s that `content` draws (`/Name Do`), found in the resources of `context`.
fn drawn(document: &Document, content: &[u8], context: ObjectId) -> Vec<ObjectId> {
    let Ok(content) = pdf_extract::content::Content::decode(content) else {
        return Vec::new();
    };
    let Some(xobjects) = resources_of(document, context)
        .and_then(|r| r.get(b"XObject").ok())
        .and_then(|x| dictionary(document, x))
    else {
        return Vec::new();
    };
    let mut ids: Vec<ObjectId> = content
        .operations
        .iter()
        .filter(|op| op.operator == "Do")
        .filter_map(|op| op.operands.first()?.as_name().ok())
        .filter_map(|name| xobjects.get(name).ok()?.as_reference().ok())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// What drawing `form` with the resources of `owner` draws next, and whose resources those are
/// (its own, or the ones it was drawn with when it has none).
fn drawn_by(document: &Document, form: ObjectId, owner: ObjectId) -> (Vec<ObjectId>, ObjectId) {
    let Ok(stream) = document.get_object(form).and_then(Object::as_stream) else {
        return (Vec::new(), owner);
    };
    // Pictures draw nothing (and their data is not read).
    let is_form = stream
        .dict
        .get(b"Subtype")
        .and_then(Object::as_name)
        .is_ok_and(|n| n == b"Form");
    if !is_form {
        return (Vec::new(), owner);
    }
    let context = if stream.dict.get(b"Resources").is_ok() {
        form
    } else {
        owner
    };
    let content = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    (drawn(document, &content, context), context)
}

/// Whether some page draws forms that draw each other in a loop, or nested more than
/// [`MAX_FORM_DEPTH`] deep.
pub fn endless_forms(document: &Document) -> bool {
    #[derive(PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    // Each form with the resources it is drawn with; a depth-first walk with an explicit stack.
    let mut marks: HashMap<(ObjectId, ObjectId), Mark> = HashMap::new();
    for page in document.get_pages().into_values() {
        let content = document.get_page_content(page).unwrap_or_default();
        let mut stack: Vec<(ObjectId, Vec<ObjectId>)> =
            vec![(page, drawn(document, &content, page))];
        let mut keys: Vec<(ObjectId, ObjectId)> = Vec::new();
        while let Some((owner, pending)) = stack.last_mut() {
            let owner = *owner;
            let Some(form) = pending.pop() else {
                stack.pop();
                if let Some(key) = keys.pop() {
                    marks.insert(key, Mark::Done);
                }
                continue;
            };
            let key = (form, owner);
            match marks.get(&key) {
                Some(Mark::Open) => return true,
                Some(Mark::Done) => continue,
                None => {}
            }
            if stack.len() > MAX_FORM_DEPTH {
                return true;
            }
            marks.insert(key, Mark::Open);
            keys.push(key);
            let (next, next_owner) = drawn_by(document, form, owner);
            stack.push((next_owner, next));
        }
    }
    false
}
