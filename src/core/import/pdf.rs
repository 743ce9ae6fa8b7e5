//! PDF documents: the glyphs of the text layer with their positions (`pdf-extract`, which reads
//! the fonts' encodings and `ToUnicode` maps, on `lopdf`), made into paragraphs by
//! [`super::layout`]; the title and author from the document's information dictionary.

use pdf_extract::{Document, MediaBox, Object, ObjectId, OutputDev, OutputError, Transform};

use super::layout::{Glyph, Page};
use super::{ImportError, Imported};
use crate::core::text::MAX_DOCUMENT_BYTES;

/// Why a PDF gave no text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PdfProblem {
    /// Not a PDF the reader understands (the reader's words).
    Unreadable(String),
    /// Protected by a password.
    Encrypted,
    /// Pages without a text layer: pictures of pages (a scan).
    NoText,
    /// Pages with neither text nor pictures (blank, or drawn as shapes).
    NoTextNoPictures,
    /// Text drawn in fonts that do not say which characters their glyphs are.
    UnnamedGlyphs,
    /// More text than a document may hold.
    TooMuchText,
    /// A compressed stream that inflates to more than any page needs (a decompression bomb).
    TooLargeStream,
    /// Forms that draw each other without end, or nested deeper than any page needs.
    EndlessForms,
}

/// Most bytes one compressed stream of a PDF may inflate to.
pub const MAX_STREAM_BYTES: u64 = 256 * 1024 * 1024;

/// Whether some stream of the file inflates to more than [`MAX_STREAM_BYTES`]. The PDF reader
/// inflates object streams and page contents whole, without a bound, so a small file could
/// hold gigabytes; each stream is inflated here first, counting, and dropped at the limit.
/// Streams that are not zlib data (pictures) stop at their first bytes.
fn holds_a_bomb(bytes: &[u8], limit: u64) -> bool {
    use std::io::Read as _;
    let mut at = 0;
    while let Some(found) = memchr::memmem::find(&bytes[at..], b"stream") {
        let mut start = at + found + b"stream".len();
        at = start;
        if bytes.get(start) == Some(&b'\r') {
            start += 1;
        }
        if bytes.get(start) != Some(&b'\n') {
            continue;
        }
        let data = &bytes[start + 1..];
        let mut inflater = flate2::read::ZlibDecoder::new(data).take(limit + 1);
        let inflated = std::io::copy(&mut inflater, &mut std::io::sink()).unwrap_or(0);
        if inflated > limit {
            return true;
        }
    }
    false
}

/// Collects every page's glyphs.
#[derive(Default)]
struct Collector {
    pages: Vec<Page>,
    /// Bytes of text so far.
    bytes: usize,
    too_much: bool,
    /// The current page's media box: left, bottom, right, top.
    media: (f64, f64, f64, f64),
    /// How many of the page's glyphs run in each of the four directions (0°, 90°, 180°, 270°).
    turns: [usize; 4],
    /// Glyphs drawn, and how many of them stand for no character.
    drawn: usize,
    unnamed: usize,
}

/// The quarter turn nearest a glyph's direction on the page: 0 for left to right, 1 for
/// upwards, 2 for right to left (upside down), 3 for downwards.
fn quarter_turn(dx: f64, dy: f64) -> usize {
    if dx.abs() >= dy.abs() {
        if dx >= 0.0 { 0 } else { 2 }
    } else if dy > 0.0 {
        1
    } else {
        3
    }
}

/// A point of the page turned back by `turn` quarter turns, so that text drawn in that
/// direction runs left to right.
fn turned_back(x: f64, y: f64, turn: usize) -> (f64, f64) {
    match turn {
        1 => (y, -x),
        2 => (-x, -y),
        3 => (-y, x),
        _ => (x, y),
    }
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.media = (media_box.llx, media_box.lly, media_box.urx, media_box.ury);
        self.turns = [0; 4];
        self.pages.push(Page {
            height: (media_box.ury - media_box.lly).abs(),
            glyphs: Vec::new(),
        });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        // A page whose text mostly runs up or down is read turned: its height is its width.
        let turn = (0..4).max_by_key(|&t| self.turns[t]).unwrap_or(0);
        if let (true, Some(page)) = (turn % 2 == 1, self.pages.last_mut()) {
            page.height = (self.media.2 - self.media.0).abs();
        }
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        // The character spacing: not part of the glyph (see `advance` below).
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        self.drawn += 1;
        if text.is_empty() {
            self.unnamed += 1;
        }
        self.bytes += text.len();
        if self.bytes > MAX_DOCUMENT_BYTES {
            // Stops the reading: the text is refused whole.
            self.too_much = true;
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        // The text's horizontal and vertical scales, and its direction on the page.
        let across = trm.m11.hypot(trm.m12);
        let up = trm.m21.hypot(trm.m22);
        let turn = quarter_turn(trm.m11, trm.m12);
        self.turns[turn] += 1;
        let size = font_size.abs() * up;
        // Where the glyph is in the turned page, top-down from the turned page's top.
        let (x, y) = turned_back(trm.m31, trm.m32, turn);
        let (left, bottom, right, upper) = self.media;
        let top = [
            (left, bottom),
            (left, upper),
            (right, bottom),
            (right, upper),
        ]
        .iter()
        .map(|&(cx, cy)| turned_back(cx, cy, turn).1)
        .fold(f64::NEG_INFINITY, f64::max);
        if let Some(page) = self.pages.last_mut() {
            page.glyphs.push(Glyph {
                x,
                y: top - y,
                // The glyph's own width, without the character spacing: a typesetter that sets
                // a spacing and pulls each glyph back by as much (justified lines) leaves no gap
                // between letters and the word's gap between words, measured from here.
                advance: width * font_size * across,
                size,
                text: text.to_owned(),
            });
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// A string of the document's information dictionary (`Title`, `Author`): UTF-16 with its
/// byte-order mark, or `PDFDocEncoding` (read as Latin-1, which it is for letters).
fn info(document: &Document, key: &[u8]) -> String {
    let dictionary = match document.trailer.get(b"Info") {
        Ok(Object::Reference(id)) => document.get_dictionary(*id).ok(),
        Ok(Object::Dictionary(dictionary)) => Some(dictionary),
        _ => None,
    };
    let Some(bytes) = dictionary
        .and_then(|d| d.get(key).ok())
        .and_then(|v| v.as_str().ok())
    else {
        return String::new();
    };
    let text = if let Some(utf16) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = utf16
            .chunks_exact(2)
            .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        bytes.iter().map(|&b| char::from(b)).collect()
    };
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn resolved(document: &Document, object: &Object) -> Option<Object> {
    match object {
        Object::Reference(id) => document.get_object(*id).ok().cloned(),
        other => Some(other.clone()),
    }
}

fn is_number(object: &Object) -> bool {
    matches!(object, Object::Integer(_) | Object::Real(_))
}

/// A CID font's widths (`/W`) all in the list form (`c [w1 w2 …]`), what is malformed left out:
/// pdf-extract reads the range form (`c_first c_last w`), which many PDF writers use, wrongly
/// (every glyph after it drifts to the right), and stops on a malformed list with a panic.
fn widths_as_lists(document: &Document, widths: &Object) -> Vec<Object> {
    let Some(Object::Array(items)) = resolved(document, widths) else {
        return Vec::new();
    };
    let number = |i: usize| items.get(i).and_then(|o| resolved(document, o));
    let mut out = Vec::new();
    // CIDs are 16 bits: no font has more widths than that.
    let mut budget: usize = 65_536;
    let mut i = 0;
    while i < items.len() && budget > 0 {
        let Some(Ok(first)) = number(i).map(|o| o.as_i64()) else {
            break;
        };
        match number(i + 1) {
            Some(Object::Array(list)) => {
                let list: Vec<Object> = list
                    .iter()
                    .filter_map(|o| resolved(document, o))
                    .take_while(is_number)
                    .take(budget)
                    .collect();
                budget -= list.len();
                out.push(Object::Integer(first));
                out.push(Object::Array(list));
                i += 2;
            }
            Some(last) => {
                let (Ok(last), Some(width)) = (last.as_i64(), number(i + 2).filter(is_number))
                else {
                    break;
                };
                let count = usize::try_from(last - first + 1).unwrap_or(0).min(budget);
                budget -= count;
                out.push(Object::Integer(first));
                out.push(Object::Array(vec![width; count]));
                i += 3;
            }
            None => break,
        }
    }
    out
}

/// Rewrites every CID font's widths for pdf-extract (see [`widths_as_lists`]).
fn mend_widths(document: &mut Document) {
    let mut mended: Vec<(ObjectId, Vec<Object>)> = Vec::new();
    for (id, object) in &document.objects {
        let Object::Dictionary(dictionary) = object else {
            continue;
        };
        let cid_font = dictionary
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|n| n == b"CIDFontType0" || n == b"CIDFontType2");
        if let (true, Ok(widths)) = (cid_font, dictionary.get(b"W")) {
            mended.push((*id, widths_as_lists(document, widths)));
        }
    }
    for (id, widths) in mended {
        if let Ok(Object::Dictionary(dictionary)) = document.get_object_mut(id) {
            dictionary.set("W", Object::Array(widths));
        }
    }
}

/// Whether the document holds a picture (an image `XObject` or an inline image).
fn has_pictures(document: &Document) -> bool {
    document.objects.values().any(|object| {
        let Object::Stream(stream) = object else {
            return false;
        };
        stream
            .dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|n| n == b"Image")
            || memchr::memmem::find(&stream.content, b"BI").is_some()
                && memchr::memmem::find(&stream.content, b"ID").is_some()
    })
}

/// What the pages hold besides their text, to say why a PDF gave none.
struct Read {
    pages: Vec<Page>,
    title: String,
    author: String,
    /// The problem to report if the pages give no text.
    if_empty: PdfProblem,
}

/// The pages' glyphs and the document's title and author.
fn read_pages(bytes: &[u8]) -> Result<Read, PdfProblem> {
    if holds_a_bomb(bytes, MAX_STREAM_BYTES) {
        return Err(PdfProblem::TooLargeStream);
    }
    // A damaged cross-reference table is rebuilt from the objects found in the file.
    let rebuilt = || super::repair::rebuilt(bytes).and_then(|b| Document::load_mem(&b).ok());
    let mut document = match Document::load_mem(bytes) {
        Ok(document) if super::repair::table_holds(&document, bytes) => document,
        Ok(document) => rebuilt().unwrap_or(document),
        Err(error) => rebuilt().ok_or_else(|| PdfProblem::Unreadable(error.to_string()))?,
    };
    // The reader opens a PDF whose user password is empty; one that needs another password
    // keeps its encryption dictionary.
    // A stream whose length is wrong loses its object (often a page's text): the file is read
    // again with the lengths it has, when that gives the same pages.
    if let Some(mended) = super::repair::mended_stream_lengths(bytes)
        && let Some(better) = super::repair::rebuilt(&mended)
            .and_then(|b| Document::load_mem(&b).ok())
            .filter(|b| b.get_pages().len() >= document.get_pages().len())
    {
        document = better;
    }
    if document.trailer.get(b"Encrypt").is_ok() && !document.was_encrypted() {
        return Err(PdfProblem::Encrypted);
    }
    if super::pdf_forms::endless_forms(&document) {
        return Err(PdfProblem::EndlessForms);
    }
    mend_widths(&mut document);
    super::repair::spell_out_quotes(&mut document);
    super::cjk::mend_cjk_fonts(&mut document);
    let mut collector = Collector::default();
    let read = pdf_extract::output_doc(&document, &mut collector);
    if collector.too_much {
        return Err(PdfProblem::TooMuchText);
    }
    read.map_err(|e| PdfProblem::Unreadable(e.to_string()))?;
    let if_empty = if collector.drawn > 0 && collector.unnamed * 2 > collector.drawn {
        PdfProblem::UnnamedGlyphs
    } else if has_pictures(&document) {
        PdfProblem::NoText
    } else {
        PdfProblem::NoTextNoPictures
    };
    Ok(Read {
        pages: collector.pages,
        title: info(&document, b"Title"),
        author: info(&document, b"Author"),
        if_empty,
    })
}

/// The text of a PDF, in paragraphs, with its title and author.
pub fn from_pdf(bytes: &[u8]) -> Result<Imported, PdfProblem> {
    // The PDF reader stops on some malformed files by panicking: that is this file's problem,
    // said as such, not the app's end.
    let read = std::panic::catch_unwind(|| read_pages(bytes)).unwrap_or_else(|_| {
        Err(PdfProblem::Unreadable(
            "the file's structure is damaged".to_owned(),
        ))
    })?;
    let Read {
        pages,
        title,
        author,
        if_empty,
    } = read;
    let text = super::layout::text_of(&pages);
    if text.trim().is_empty() {
        return Err(if_empty);
    }
    let title = if title.is_empty() {
        text.lines()
            .next()
            .map(|l| l.chars().take(200).collect())
            .unwrap_or_default()
    } else {
        title
    };
    Ok(Imported {
        text,
        title,
        author,
        ..Imported::default()
    })
}

/// [`from_pdf`] with its problems as import errors of the file `path`.
pub fn import(bytes: &[u8], path: &str) -> Result<Imported, ImportError> {
    from_pdf(bytes).map_err(|problem| ImportError::Pdf {
        path: path.to_owned(),
        problem,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_that_inflates_past_the_limit_is_refused_before_the_reader_sees_it() {
        use std::io::Write as _;
        let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        zlib.write_all(&vec![b' '; 2 * 1024 * 1024]).unwrap();
        let packed = zlib.finish().unwrap();
        let mut pdf =
            b"%PDF-1.4\n1 0 obj\n<< /Length 9 /Filter /FlateDecode >>\nstream\r\n".to_vec();
        pdf.extend_from_slice(&packed);
        pdf.extend_from_slice(b"\nendstream\nendobj\n");
        assert!(holds_a_bomb(&pdf, 1024 * 1024));
        assert!(!holds_a_bomb(&pdf, 4 * 1024 * 1024));
        let article = include_bytes!("../../../tests/fixtures/documents/article.pdf");
        assert!(!holds_a_bomb(article, 1024 * 1024));
    }
}
