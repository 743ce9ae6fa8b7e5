//! Importing PDFs made here for the purpose (with lopdf, which the PDF reader is built on): three
//! columns read one after the other, words hyphenated at line ends joined, running headers,
//! footers, page numbers and line numbers dropped, a page drawn turned, a PDF encrypted with an
//! empty user password opened and one with a password refused in words, a damaged
//! cross-reference table recovered.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crosscheck::core::import::pdf::PdfProblem;
use crosscheck::core::import::{self, ImportError};
use pdf_extract::{
    Dictionary, Document, EncryptionState, EncryptionVersion, Object, Permissions, Stream,
};

/// A run of text drawn at `(x, y)` (points from the page's bottom left) in Helvetica at `size`.
#[derive(Clone, Copy)]
struct Run<'a> {
    x: f64,
    y: f64,
    size: f64,
    text: &'a str,
}

fn run(x: f64, y: f64, size: f64, text: &str) -> Run<'_> {
    Run { x, y, size, text }
}

/// A PDF of US Letter pages, each with its runs; `turned` draws each page's text a quarter
/// turn anticlockwise (reading upwards, as a landscape page printed on a portrait sheet).
fn pdf_document(pages: &[Vec<Run<'_>>], turned: bool) -> Document {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let mut font = Dictionary::new();
    font.set("Type", Object::Name(b"Font".to_vec()));
    font.set("Subtype", Object::Name(b"Type1".to_vec()));
    font.set("BaseFont", Object::Name(b"Helvetica".to_vec()));
    font.set("Encoding", Object::Name(b"WinAnsiEncoding".to_vec()));
    font.set("FirstChar", Object::Integer(32));
    font.set("LastChar", Object::Integer(255));
    // Every glyph half an em wide: where each word ends is known.
    font.set("Widths", Object::Array(vec![Object::Integer(500); 224]));
    let font_id = doc.add_object(Object::Dictionary(font));
    let mut kids = Vec::new();
    for runs in pages {
        let mut content = String::new();
        if turned {
            // Rotated 90° anticlockwise about the origin, shifted back onto the page.
            content.push_str("0 1 -1 0 612 0 cm\n");
        }
        for r in runs {
            let text = r
                .text
                .replace('\\', "\\\\")
                .replace('(', "\\(")
                .replace(')', "\\)");
            writeln!(
                content,
                "BT /F1 {} Tf {} {} Td ({text}) Tj ET",
                r.size, r.x, r.y
            )
            .unwrap();
        }
        let content_id = doc.add_object(Object::Stream(Stream::new(
            Dictionary::new(),
            content.into_bytes(),
        )));
        let mut fonts = Dictionary::new();
        fonts.set("F1", Object::Reference(font_id));
        let mut resources = Dictionary::new();
        resources.set("Font", Object::Dictionary(fonts));
        let mut page = Dictionary::new();
        page.set("Type", Object::Name(b"Page".to_vec()));
        page.set("Parent", Object::Reference(pages_id));
        page.set(
            "MediaBox",
            Object::Array(vec![0.into(), 0.into(), 612.into(), 792.into()]),
        );
        page.set("Contents", Object::Reference(content_id));
        page.set("Resources", Object::Dictionary(resources));
        kids.push(Object::Reference(doc.add_object(Object::Dictionary(page))));
    }
    let mut pages_dict = Dictionary::new();
    pages_dict.set("Type", Object::Name(b"Pages".to_vec()));
    pages_dict.set("Count", Object::Integer(i64::try_from(kids.len()).unwrap()));
    pages_dict.set("Kids", Object::Array(kids));
    doc.objects.insert(pages_id, Object::Dictionary(pages_dict));
    let mut catalog = Dictionary::new();
    catalog.set("Type", Object::Name(b"Catalog".to_vec()));
    catalog.set("Pages", Object::Reference(pages_id));
    let catalog_id = doc.add_object(Object::Dictionary(catalog));
    doc.trailer.set("Root", Object::Reference(catalog_id));
    doc.trailer.set(
        "ID",
        Object::Array(vec![
            Object::string_literal(b"0123456789abcdef".to_vec()),
            Object::string_literal(b"0123456789abcdef".to_vec()),
        ]),
    );
    doc
}

fn saved(mut doc: Document) -> Vec<u8> {
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn text_of(pages: &[Vec<Run<'_>>]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "made.pdf", &saved(pdf_document(pages, false)));
    import::read_document(&path).unwrap().text
}

/// Lines of a column: `lines` from `top` down, 14 points apart.
fn column<'a>(x: f64, top: f64, lines: &[&'a str]) -> Vec<Run<'a>> {
    lines
        .iter()
        .enumerate()
        .map(|(i, text)| run(x, top - 14.0 * i as f64, 10.0, text))
        .collect()
}

#[test]
fn three_columns_are_read_one_after_the_other_under_their_headline() {
    let mut page = vec![run(40.0, 740.0, 20.0, "Floods close the river road")];
    // Columns 170 points apart: each line at most 30 characters (150 points).
    page.extend(column(
        40.0,
        700.0,
        &[
            "First column starts here and",
            "goes on for three lines of",
            "its own text.",
        ],
    ));
    page.extend(column(
        210.0,
        700.0,
        &[
            "Second column begins at the",
            "same height as the first and",
            "ends its story.",
        ],
    ));
    page.extend(column(
        380.0,
        700.0,
        &[
            "Third column is the last one",
            "to be read on this page and",
            "closes the article.",
        ],
    ));
    let text = text_of(&[page]);
    assert_eq!(
        text.split("\n\n").collect::<Vec<_>>(),
        [
            "Floods close the river road",
            "First column starts here and goes on for three lines of its own text.",
            "Second column begins at the same height as the first and ends its story.",
            "Third column is the last one to be read on this page and closes the article.",
        ],
        "{text}"
    );
}

#[test]
fn a_word_hyphenated_at_a_line_end_is_joined_and_a_real_hyphen_kept() {
    let page = column(
        72.0,
        700.0,
        &[
            "The agency published the infor-",
            "mation about a well-known case",
            "and the figures were re-",
            "viewed by a well-",
            "known analyst after the end.",
        ],
    );
    let text = text_of(&[page]);
    assert!(text.contains("the information about"), "{text}");
    assert!(
        text.contains("were reviewed by a well-known analyst"),
        "{text}"
    );
    assert!(!text.contains("infor-"), "{text}");
}

#[test]
fn running_headers_footers_page_and_line_numbers_are_dropped() {
    let bodies = [
        [
            "Rain fell on the valley for",
            "three days before the river",
            "rose over the old bridge.",
        ],
        [
            "Crews closed the road at dawn",
            "and opened a shelter in the",
            "school on the hill above.",
        ],
        [
            "By the weekend the water was",
            "going down and the road was",
            "open to traffic once more.",
        ],
    ];
    let pages: Vec<Vec<Run<'_>>> = bodies
        .iter()
        .enumerate()
        .map(|(i, body)| {
            let mut page = vec![run(
                72.0,
                760.0,
                8.0,
                "The Valley Courier - Weekend edition",
            )];
            page.extend(column(100.0, 700.0, body));
            // Line numbers in the left margin, as court papers print them.
            for n in 0..3 {
                let number: &'static str = ["1", "2", "3"][n];
                page.push(run(60.0, 700.0 - 14.0 * n as f64, 10.0, number));
            }
            page.push(run(
                300.0,
                40.0,
                8.0,
                ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"][i],
            ));
            page
        })
        .collect();
    let text = text_of(&pages);
    assert!(!text.contains("Courier"), "{text}");
    assert!(!text.contains("Page"), "{text}");
    assert!(text.starts_with("Rain fell on the valley"), "{text}");
    assert!(
        !text
            .split_whitespace()
            .any(|w| w.chars().all(|c| c.is_ascii_digit())),
        "{text}"
    );
    assert!(text.contains("the old bridge."), "{text}");
    assert!(text.ends_with("open to traffic once more."), "{text}");
}

#[test]
fn a_page_drawn_turned_reads_along_its_lines() {
    let page = column(
        72.0,
        500.0,
        &[
            "This landscape page was printed",
            "turned on a portrait sheet.",
        ],
    );
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "turned.pdf",
        &saved(pdf_document(&[page], true)),
    );
    let text = import::read_document(&path).unwrap().text;
    assert_eq!(
        text,
        "This landscape page was printed turned on a portrait sheet."
    );
}

fn encrypted(user_password: &str) -> Vec<u8> {
    let page = column(
        72.0,
        700.0,
        &["Only readers who open this file", "see this line."],
    );
    let mut doc = pdf_document(&[page], false);
    let version = EncryptionVersion::V2 {
        document: &doc,
        owner_password: "owner secret",
        user_password,
        key_length: 128,
        permissions: Permissions::all(),
    };
    let state = EncryptionState::try_from(version).unwrap();
    doc.encrypt(&state).unwrap();
    saved(doc)
}

#[test]
fn an_encrypted_pdf_with_an_empty_user_password_opens_and_another_needs_its_password() {
    let dir = tempfile::tempdir().unwrap();
    let open = write(dir.path(), "open.pdf", &encrypted(""));
    assert!(
        std::fs::read(&open)
            .unwrap()
            .windows(8)
            .any(|w| w == b"/Encrypt")
    );
    let text = import::read_document(&open).unwrap().text;
    assert_eq!(text, "Only readers who open this file see this line.");

    let locked = write(dir.path(), "locked.pdf", &encrypted("letmein"));
    let err = import::read_document(&locked).unwrap_err();
    assert!(
        matches!(
            &err,
            ImportError::Pdf {
                problem: PdfProblem::Encrypted,
                ..
            }
        ),
        "{err:?}"
    );
    let said = err.to_string();
    assert!(
        said.contains("locked.pdf") && said.contains("protected by a password"),
        "{said}"
    );
}

#[test]
fn a_damaged_cross_reference_table_is_rebuilt_from_the_objects() {
    let page = column(
        72.0,
        700.0,
        &["The table at the end of this", "file points nowhere."],
    );
    let mut bytes = saved(pdf_document(&[page], false));
    // Every offset in the table and the table's own place made wrong.
    let at = bytes.windows(4).rposition(|w| w == b"xref").unwrap();
    for b in &mut bytes[at..] {
        if b.is_ascii_digit() {
            *b = b'7';
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "damaged.pdf", &bytes);
    let text = import::read_document(&path).unwrap().text;
    assert_eq!(text, "The table at the end of this file points nowhere.");

    // With no objects left to find, it is refused in words.
    let empty = write(
        dir.path(),
        "empty.pdf",
        b"%PDF-1.4\nxref\n0 1\ntrailer\n<<>>\n%%EOF\n",
    );
    let said = import::read_document(&empty).unwrap_err().to_string();
    assert!(
        said.contains("empty.pdf: this PDF could not be read"),
        "{said}"
    );
}

#[test]
fn a_pdf_without_text_says_whether_it_holds_pictures_of_pages() {
    let dir = tempfile::tempdir().unwrap();
    let blank = write(
        dir.path(),
        "blank.pdf",
        &saved(pdf_document(&[Vec::new()], false)),
    );
    let err = import::read_document(&blank).unwrap_err();
    assert!(
        matches!(
            &err,
            ImportError::Pdf {
                problem: PdfProblem::NoTextNoPictures,
                ..
            }
        ),
        "{err:?}"
    );
    let said = err.to_string();
    assert!(
        said.contains("blank.pdf") && said.contains("no pictures") && !said.contains("scan"),
        "{said}"
    );
}
