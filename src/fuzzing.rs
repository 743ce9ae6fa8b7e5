//! What the fuzz targets in `fuzz/` run, here so that plain `cargo test` (on stable) runs the same
//! code over every input the fuzzers ever found (`fuzz/regressions/TARGET/*`). Each function takes
//! untrusted bytes, must never panic or hang, and checks what must hold of what it produced.

use crate::core::anchor::{
    AnchorMethod, Anchorer, Placement, Selector, TextPositionSelector, TextQuoteSelector,
};
use crate::core::lesson::{LESSON_FORMAT, Lesson, LessonSource, LoadedLesson, PackedLesson};
use crate::core::session::{SESSION_FORMAT, Session};
use crate::core::store;
use crate::core::text::DocumentText;

/// What a fuzz target runs on one input.
pub type Harness = fn(&[u8]);

/// The fuzz targets, by name, as `fuzz/Cargo.toml` names them.
pub const TARGETS: &[(&str, Harness)] = &[
    ("lesson_loader", lesson_ron),
    ("session_loader", session_ron),
    ("packed_lesson", packed_lesson),
    ("document_decoder", document),
    ("w3c_reader", w3c),
    ("anchoring", anchoring),
    ("pdf_reader", pdf),
    ("docx_reader", docx),
    ("html_reader", html),
    ("mhtml_reader", mhtml),
];

/// A value read from a file, written back, must read back to the same text: what the app saves it
/// can open again.
fn round_trips<T>(value: &T, format: u32)
where
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    let Ok(written) = store::to_ron_string(value) else {
        return;
    };
    let again: T = match store::parse_ron(&written, "round trip", format) {
        Ok(v) => v,
        Err(e) => panic!("a value that was read cannot be read back once written: {e}\n{written}"),
    };
    let rewritten = store::to_ron_string(&again).unwrap_or_default();
    assert_eq!(written, rewritten, "writing is not stable");
}

/// `lesson.ron`: parse, limits, validation, and the round trip.
pub fn lesson_ron(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(lesson) =
        store::migrate::parse_versioned::<Lesson>(text, "lesson.ron").map(|l| l.value)
    {
        let _ = lesson.validate();
        let _ = lesson.student_edition();
        round_trips(&lesson, LESSON_FORMAT);
    }
}

/// A session file: parse, limits, span checks, and the round trip.
pub fn session_ron(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(session) = Session::parse(text, "fuzz.session.ron") {
        let _ = session.next_annotation_id();
        for a in &session.annotations {
            assert!(a.selector.position.start <= a.selector.position.end);
        }
        round_trips(&session, SESSION_FORMAT);
    }
}

/// A packed lesson: parse, then build the loaded lesson (hashes, spans against the texts).
pub fn packed_lesson(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(packed) =
        store::migrate::parse_versioned::<PackedLesson>(text, "packed.ron").map(|l| l.value)
    {
        let loaded = LoadedLesson::from_packed(packed, LessonSource::New, "packed.ron");
        for (id, text) in &loaded.texts {
            assert!(loaded.lesson.document(id).is_some());
            assert!(!text.as_str().contains('\r'));
        }
        let _ = loaded.packed();
    }
}

/// Document bytes: decode, and the char/byte/paragraph indexes agree with each other.
pub fn document(data: &[u8]) {
    let Ok(doc) = DocumentText::from_bytes(data, "fuzz.txt") else {
        return;
    };
    let text = doc.as_str();
    assert!(!text.contains('\r') && !text.contains('\0'));
    assert_eq!(doc.char_count(), text.chars().count());
    let n = doc.char_count();
    for c in [0, 1, n / 3, n / 2, n.saturating_sub(1), n, n + 5] {
        let byte = doc.char_to_byte(c);
        assert!(text.is_char_boundary(byte));
        assert_eq!(doc.byte_to_char(byte), c.min(n));
        let p = doc.paragraph_at_char(c.min(n));
        assert!(p < doc.paragraph_count().max(1));
        let snapped = doc.snap_to_graphemes(c.min(n)..(c + 3).min(n));
        assert!(snapped.start <= c.min(n) && snapped.end >= (c + 3).min(n) && snapped.end <= n);
    }
}

/// W3C annotations as `reanchor` reads them, placed in a fixed text.
pub fn w3c(data: &[u8]) {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(targets) = crate::core::interop::w3c::parse_annotations(json, "fuzz.json") else {
        return;
    };
    let doc = DocumentText::from_normalised(
        "Resistance forces attacked American bases 62 times. The Pentagon said 45 personnel \
         suffered minor injuries.\nقال المتحدث إن ٦٢ هجوما وقع. 美军基地遭到袭击。",
    );
    let selectors: Vec<Selector> = targets.iter().map(|t| t.selector.clone()).collect();
    let placements = Anchorer::new(&doc).anchor_all(&selectors);
    for (s, p) in selectors.iter().zip(&placements) {
        check_placement(&doc, s, p);
    }
}

fn check_placement(doc: &DocumentText, selector: &Selector, p: &Placement) {
    assert!(
        (0.0..=1.0).contains(&p.score),
        "score {} for {selector:?}",
        p.score
    );
    match &p.range {
        Some(range) => {
            assert!(
                range.start < range.end && range.end <= doc.char_count(),
                "{p:?}"
            );
            if matches!(p.method, AnchorMethod::Exact | AnchorMethod::Moved) {
                assert_eq!(doc.slice_chars(range.clone()), selector.quote.exact);
            }
            if p.method == AnchorMethod::Exact {
                assert_eq!(*range, selector.range());
            }
        }
        None => assert_eq!(p.method, AnchorMethod::Orphaned),
    }
}

/// Reads little-endian numbers off the front of the input.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn number(&mut self, bytes: usize) -> usize {
        let (head, rest) = self.0.split_at(bytes.min(self.0.len()));
        self.0 = rest;
        head.iter()
            .rev()
            .fold(0usize, |acc, &b| (acc << 8) | usize::from(b))
    }
}

/// The anchoring engine: a text and a revision of it (both from the input), selectors made from
/// the original, selectors with raw offsets from the input, placed alone, in a batch and with a
/// hint; the batch must not change any placement.
pub fn anchoring(data: &[u8]) {
    let mut input = Bytes(data);
    let quotes: Vec<(usize, usize)> = (0..3).map(|_| (input.number(2), input.number(1))).collect();
    let (edit_at, delete) = (input.number(2), input.number(1) % 8);
    let raw = (input.number(4), input.number(4));
    let hint = input.number(2) as isize - 32_768;
    let rest = String::from_utf8_lossy(input.0);
    let (original, inserted) = rest.split_once('\u{1}').unwrap_or((&rest, "x"));
    let original = DocumentText::from_normalised(original);
    let n = original.char_count();
    if n == 0 {
        return;
    }
    let mut selectors: Vec<Selector> = quotes
        .iter()
        .map(|&(start, len)| {
            let start = start % n;
            Selector::from_range(&original, start..(start + len % 64 + 1).min(n))
        })
        .collect();
    // Offsets as a stranger's file may hold them.
    selectors.push(Selector {
        quote: TextQuoteSelector {
            exact: original.slice_chars(0..n.min(5)).to_owned(),
            prefix: String::new(),
            suffix: original.slice_chars(n.min(5)..n.min(9)).to_owned(),
        },
        position: TextPositionSelector {
            start: raw.0,
            end: raw.1,
        },
    });
    let mut chars: Vec<char> = original.as_str().chars().collect();
    let at = edit_at % (n + 1);
    let delete = delete.min(n - at);
    chars.splice(at..at + delete, inserted.chars().take(16));
    let revised = DocumentText::from_normalised(&chars.into_iter().collect::<String>());
    let anchorer = Anchorer::new(&revised);
    let batch = anchorer.anchor_all(&selectors);
    for (s, in_batch) in selectors.iter().zip(&batch) {
        let alone = Anchorer::new(&revised).anchor(s, 0);
        check_placement(&revised, s, &alone);
        assert_eq!(&alone, in_batch, "the batch changed a placement of {s:?}");
        assert_eq!(
            alone,
            anchorer.anchor(s, hint),
            "a hint changed a placement of {s:?}"
        );
    }
}

/// What a reader made of a file: text to import, in paragraphs, and nothing a document may not
/// hold.
fn check_imported(imported: &crate::core::import::Imported) {
    assert!(
        !imported.text.trim().is_empty(),
        "an empty text was imported"
    );
    assert!(imported.text.len() <= crate::core::text::MAX_DOCUMENT_BYTES);
    let _ = DocumentText::from_normalised(&imported.text);
}

/// A PDF's bytes: its text in paragraphs, or a problem, never a panic (the reader's panics are
/// caught and said as a damaged file, so this target looks for what is left: hangs, stack
/// overflows, memory).
pub fn pdf(data: &[u8]) {
    if let Ok(imported) = crate::core::import::pdf::from_pdf(data) {
        check_imported(&imported);
    }
}

/// A Word document's bytes (a zip of XML parts).
pub fn docx(data: &[u8]) {
    if let Ok(imported) = crate::core::import::docx::from_docx(data) {
        check_imported(&imported);
    }
}

/// A web page: its article and metadata.
pub fn html(data: &[u8]) {
    let source = String::from_utf8_lossy(data);
    let imported = crate::core::import::from_html(&source);
    if !imported.text.trim().is_empty() {
        check_imported(&imported);
    }
}

/// A page a browser saved as one file (MIME multipart): the page's article and metadata, or
/// `None` when it holds no page.
pub fn mhtml(data: &[u8]) {
    if let Some(imported) = crate::core::import::mhtml::from_mhtml(data)
        && !imported.text.trim().is_empty()
    {
        check_imported(&imported);
    }
}
