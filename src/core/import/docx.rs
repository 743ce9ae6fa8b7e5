//! Word documents (`.docx`): a zip of XML parts, read with `zip` and `quick-xml`. The text is
//! the main part's paragraphs in order (a table's row is one paragraph, its cells separated by
//! ` | `; a text box's paragraphs come before the paragraph it is anchored in); deleted
//! revisions, hidden text, field codes and the fallbacks kept for old readers are left out, as
//! are headers, footers and notes, which are parts of their own. The title and author come from
//! the document's properties, else the title from its first heading.

use std::io::Read as _;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::{ImportError, Imported};
use crate::core::text::MAX_DOCUMENT_BYTES;

/// Why a Word document gave no text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocxProblem {
    /// Not a zip of the parts a `.docx` has, or XML that does not parse (the reader's words).
    Unreadable(String),
    /// An older Word document (`.doc`), or one protected by a password (both are OLE files).
    Legacy,
    /// No paragraph has any text.
    NoText,
    /// More text than a document may hold.
    TooMuchText,
}

/// Most bytes of the main part's XML (markup takes several times the bytes of the text).
const MAX_XML_BYTES: u64 = 4 * MAX_DOCUMENT_BYTES as u64;
/// Most bytes of a small part (relationships, properties).
const MAX_SMALL_PART_BYTES: u64 = 1024 * 1024;

/// The bytes of a part of the package, at most `limit` of them.
fn part(
    archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
    limit: u64,
) -> Result<Option<Vec<u8>>, DocxProblem> {
    let Ok(file) = archive.by_name(name) else {
        return Ok(None);
    };
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| DocxProblem::Unreadable(e.to_string()))?;
    if bytes.len() as u64 > limit {
        return Err(DocxProblem::TooMuchText);
    }
    Ok(Some(bytes))
}

fn attribute(element: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(std::borrow::Cow::into_owned)
        })
}

/// The main part's name, from the package's relationships (`word/document.xml` as a rule).
fn main_part(archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>) -> Result<String, DocxProblem> {
    let fallback = "word/document.xml".to_owned();
    let Some(rels) = part(archive, "_rels/.rels", MAX_SMALL_PART_BYTES)? else {
        return Ok(fallback);
    };
    let mut reader = Reader::from_reader(rels.as_slice());
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e))
                if e.local_name().as_ref() == b"Relationship"
                    && attribute(&e, b"Type").is_some_and(|t| t.ends_with("/officeDocument")) =>
            {
                if let Some(target) = attribute(&e, b"Target") {
                    return Ok(target.trim_start_matches('/').to_owned());
                }
            }
            Ok(Event::Eof) | Err(_) => return Ok(fallback),
            _ => {}
        }
        buf.clear();
    }
}

/// The title and author in the document's properties.
fn properties(xml: &[u8]) -> (String, String) {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let (mut title, mut author) = (String::new(), String::new());
    let mut inside: Option<bool> = None;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => {
                inside = match e.local_name().as_ref() {
                    b"title" => Some(true),
                    b"creator" => Some(false),
                    _ => None,
                };
            }
            Ok(Event::Text(t)) => {
                if let (Some(is_title), Ok(text)) = (inside, t.decode()) {
                    let field = if is_title { &mut title } else { &mut author };
                    field.push_str(&text);
                }
            }
            Ok(Event::GeneralRef(r)) => {
                if let (Some(is_title), Some(c)) = (inside, resolve(&r)) {
                    let field = if is_title { &mut title } else { &mut author };
                    field.push_str(&c);
                }
            }
            Ok(Event::End(_)) => inside = None,
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    (collapse(&title), collapse(&author))
}

/// An entity reference's text (`&amp;`, `&#x627;`).
fn resolve(reference: &quick_xml::events::BytesRef<'_>) -> Option<String> {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        return Some(c.to_string());
    }
    let name = reference.decode().ok()?;
    quick_xml::escape::resolve_predefined_entity(&name).map(str::to_owned)
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What encloses the text being read.
enum Container {
    /// A paragraph's text so far, and whether its style is a title or heading.
    Paragraph(String, bool),
    /// A table cell's paragraphs.
    Cell(Vec<String>),
    /// A table row's cells.
    Row(Vec<String>),
}

/// The paragraphs of the main part, and the first heading's text.
#[derive(Default)]
struct Body {
    stack: Vec<Container>,
    paragraphs: Vec<String>,
    heading: Option<String>,
    bytes: usize,
    /// Depth inside an element whose text is not the document's (a deletion, a fallback).
    skipping: usize,
    /// Inside a `w:t`.
    in_text: bool,
    /// The current run is hidden.
    hidden: bool,
}

impl Body {
    /// Adds finished text to what encloses it: a cell, or the document.
    fn finish(&mut self, text: &str, heading: bool) {
        let text = collapse(text);
        if text.is_empty() {
            return;
        }
        if let Some(Container::Cell(paragraphs)) = self.stack.last_mut() {
            paragraphs.push(text);
        } else {
            self.bytes += text.len() + 2;
            if heading && self.heading.is_none() {
                self.heading = Some(text.clone());
            }
            self.paragraphs.push(text);
        }
    }

    fn push_text(&mut self, text: &str) {
        if self.skipping > 0 || self.hidden {
            return;
        }
        if let Some(Container::Paragraph(paragraph, _)) = self.stack.last_mut() {
            paragraph.push_str(text);
        }
    }

    fn start(&mut self, element: &BytesStart<'_>, empty: bool) {
        let name = element.local_name();
        if self.skipping > 0 {
            if !empty {
                self.skipping += 1;
            }
            return;
        }
        match name.as_ref() {
            b"Fallback" | b"del" | b"moveFrom" | b"instrText" | b"delText" if !empty => {
                self.skipping = 1;
            }
            b"p" if !empty => self.stack.push(Container::Paragraph(String::new(), false)),
            b"tc" if !empty => self.stack.push(Container::Cell(Vec::new())),
            b"tr" if !empty => self.stack.push(Container::Row(Vec::new())),
            b"t" if !empty => self.in_text = true,
            b"tab" | b"ptab" | b"br" | b"cr" => self.push_text(" "),
            b"noBreakHyphen" => self.push_text("-"),
            b"vanish" => self.hidden = true,
            b"pStyle" => {
                let style = attribute(element, b"val")
                    .unwrap_or_default()
                    .to_lowercase();
                if (style == "title" || style.starts_with("heading"))
                    && let Some(Container::Paragraph(_, heading)) = self.stack.last_mut()
                {
                    *heading = true;
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8]) {
        if self.skipping > 0 {
            self.skipping -= 1;
            return;
        }
        match name {
            b"t" => self.in_text = false,
            b"r" => self.hidden = false,
            b"p" => {
                if let Some(Container::Paragraph(text, heading)) = self.stack.pop() {
                    self.finish(&text, heading);
                }
            }
            b"tc" => {
                if let Some(Container::Cell(paragraphs)) = self.stack.pop()
                    && let Some(Container::Row(cells)) = self.stack.last_mut()
                {
                    cells.push(paragraphs.join(" "));
                }
            }
            b"tr" => {
                if let Some(Container::Row(cells)) = self.stack.pop() {
                    let cells: Vec<String> = cells.into_iter().filter(|c| !c.is_empty()).collect();
                    self.finish(&cells.join(" | "), false);
                }
            }
            _ => {}
        }
    }
}

/// The paragraphs of the main part's XML.
fn body(xml: &[u8]) -> Result<Body, DocxProblem> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut body = Body::default();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| DocxProblem::Unreadable(e.to_string()))?;
        match event {
            Event::Start(e) => body.start(&e, false),
            Event::Empty(e) => body.start(&e, true),
            Event::End(e) => body.end(e.local_name().as_ref()),
            Event::Text(t) if body.in_text => {
                let text = t
                    .decode()
                    .map_err(|e| DocxProblem::Unreadable(e.to_string()))?;
                body.push_text(&text);
            }
            Event::GeneralRef(r) if body.in_text => {
                if let Some(text) = resolve(&r) {
                    body.push_text(&text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        if body.bytes > MAX_DOCUMENT_BYTES {
            return Err(DocxProblem::TooMuchText);
        }
        buf.clear();
    }
    Ok(body)
}

/// The text of a Word document, a paragraph a line with a blank line between, with its title
/// and author.
pub fn from_docx(bytes: &[u8]) -> Result<Imported, DocxProblem> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(DocxProblem::Legacy);
    }
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| DocxProblem::Unreadable(e.to_string()))?;
    let main = main_part(&mut archive)?;
    let xml = part(&mut archive, &main, MAX_XML_BYTES)?
        .ok_or_else(|| DocxProblem::Unreadable(format!("it has no {main}")))?;
    let body = body(&xml)?;
    if body.paragraphs.is_empty() {
        return Err(DocxProblem::NoText);
    }
    let (mut title, author) = part(&mut archive, "docProps/core.xml", MAX_SMALL_PART_BYTES)
        .ok()
        .flatten()
        .map(|xml| properties(&xml))
        .unwrap_or_default();
    if title.is_empty() {
        title = body
            .heading
            .clone()
            .or_else(|| body.paragraphs.first().cloned())
            .map(|t| t.chars().take(200).collect())
            .unwrap_or_default();
    }
    Ok(Imported {
        text: body.paragraphs.join("\n\n"),
        title,
        author,
        ..Imported::default()
    })
}

/// [`from_docx`] with its problems as import errors of the file `path`.
pub fn import(bytes: &[u8], path: &str) -> Result<Imported, ImportError> {
    from_docx(bytes).map_err(|problem| ImportError::Docx {
        path: path.to_owned(),
        problem,
    })
}
