//! A PDF whose cross-reference table is damaged or missing, mended as readers do: the objects
//! are found by scanning the file for `N G obj`, and a new table and trailer are written after
//! the file's bytes, naming the catalog (from the old trailer, else the object of
//! `/Type /Catalog`), the information dictionary and the encryption dictionary. A stream whose
//! `/Length` does not end at its `endstream` is given the length it has, as pdfminer reads it.
//! And text operators the PDF reader does not know, spelled out with those it knows.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use pdf_extract::content::{Content, Operation};
use pdf_extract::{Document, Object, ObjectId};

/// The number after `key` in `text` followed by a generation and `R`: `/Root 1 0 R`.
fn reference_after(text: &[u8], key: &[u8]) -> Option<(u32, u16)> {
    let at = memchr::memmem::rfind(text, key)? + key.len();
    let mut words = text[at..]
        .split(u8::is_ascii_whitespace)
        .filter(|w| !w.is_empty());
    let number = std::str::from_utf8(words.next()?).ok()?.parse().ok()?;
    let generation = std::str::from_utf8(words.next()?).ok()?.parse().ok()?;
    (words.next()? == b"R").then_some((number, generation))
}

/// Where each object starts (its last definition wins): `(number, generation) -> offset`.
fn objects(bytes: &[u8]) -> BTreeMap<u32, (u16, usize)> {
    let mut out = BTreeMap::new();
    for found in memchr::memmem::find_iter(bytes, b" obj") {
        // Back over "G", a space, and "N", each run of digits, to the line's start.
        let before = &bytes[..found];
        let digits = |end: usize| {
            let start = before[..end]
                .iter()
                .rposition(|b| !b.is_ascii_digit())
                .map_or(0, |p| p + 1);
            (start, &before[start..end])
        };
        let (g_start, generation) = digits(found);
        if generation.is_empty() || g_start == 0 || before[g_start - 1] != b' ' {
            continue;
        }
        let (n_start, number) = digits(g_start - 1);
        if number.is_empty() || (n_start > 0 && !before[n_start - 1].is_ascii_whitespace()) {
            continue;
        }
        let (Some(number), Some(generation)) = (
            std::str::from_utf8(number)
                .ok()
                .and_then(|n| n.parse().ok()),
            std::str::from_utf8(generation)
                .ok()
                .and_then(|g| g.parse().ok()),
        ) else {
            continue;
        };
        out.insert(number, (generation, n_start));
    }
    out
}

/// The object whose dictionary says `/Type /Catalog`.
fn catalog(bytes: &[u8], objects: &BTreeMap<u32, (u16, usize)>) -> Option<(u32, u16)> {
    objects.iter().find_map(|(&number, &(generation, at))| {
        // A catalog is a short dictionary: its first few kilobytes (a file of many objects
        // without `endobj` is not searched to its end for each).
        let window = &bytes[at..bytes.len().min(at + 4096)];
        let body = memchr::memmem::find(window, b"endobj").map_or(window, |e| &window[..e]);
        let compact: Vec<u8> = body
            .iter()
            .copied()
            .filter(|b| !b.is_ascii_whitespace())
            .collect();
        memchr::memmem::find(&compact, b"/Type/Catalog").map(|_| (number, generation))
    })
}

/// Whether the cross-reference table the reader found points at objects: it names some, and
/// each named object starts where the table says.
pub fn table_holds(document: &Document, bytes: &[u8]) -> bool {
    let mut named = 0;
    for (&number, entry) in &document.reference_table.entries {
        let pdf_extract::xref::XrefEntry::Normal { offset, .. } = entry else {
            continue;
        };
        named += 1;
        let at = usize::try_from(*offset).unwrap_or(usize::MAX);
        let Some(start) = bytes.get(at..) else {
            return false;
        };
        let start = &start[start.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
        let number = number.to_string();
        if !start.starts_with(number.as_bytes())
            || start
                .get(number.len())
                .is_none_or(|b| !b.is_ascii_whitespace())
        {
            return false;
        }
    }
    named > 0
}

/// The file with a new cross-reference table and trailer after it, or `None` when no catalog
/// can be found.
pub fn rebuilt(bytes: &[u8]) -> Option<Vec<u8>> {
    let objects = objects(bytes);
    let trailer = memchr::memmem::rfind(bytes, b"trailer").map(|at| &bytes[at..]);
    let root = trailer
        .and_then(|t| reference_after(t, b"/Root"))
        .filter(|(n, g)| objects.get(n).is_some_and(|o| o.0 == *g))
        .or_else(|| catalog(bytes, &objects))?;
    let mut out = bytes.to_vec();
    out.extend_from_slice(b"\n");
    let start = out.len();
    let size = objects.keys().next_back().map_or(1, |n| n + 1);
    let mut table = format!("xref\n0 {size}\n0000000000 65535 f \n");
    for number in 1..size {
        match objects.get(&number) {
            Some((generation, at)) => {
                let _ = writeln!(table, "{at:010} {generation:05} n ");
            }
            None => table.push_str("0000000000 00000 f \n"),
        }
    }
    let mut dictionary = format!("/Size {size} /Root {} {} R", root.0, root.1);
    for key in ["/Info", "/Encrypt"] {
        if let Some((n, g)) = trailer.and_then(|t| reference_after(t, key.as_bytes())) {
            let _ = write!(dictionary, " {key} {n} {g} R");
        }
    }
    if let Some(id) = trailer.and_then(|t| {
        let at = memchr::memmem::find(t, b"/ID")?;
        let end = memchr::memchr(b']', &t[at..])? + at + 1;
        std::str::from_utf8(&t[at..end]).ok()
    }) {
        dictionary.push(' ');
        dictionary.push_str(id);
    }
    let _ = write!(
        table,
        "trailer\n<< {dictionary} >>\nstartxref\n{start}\n%%EOF\n"
    );
    out.extend_from_slice(table.as_bytes());
    Some(out)
}

/// The integer after the key `/Length` (not `/Length1`) in a dictionary's bytes, where it is
/// written directly (not `N G R`): its value and where its digits are, counted from `at`.
fn direct_length(dictionary: &[u8], at: usize) -> Option<(usize, std::ops::Range<usize>)> {
    let key = memchr::memmem::find_iter(dictionary, b"/Length")
        .map(|k| k + b"/Length".len())
        .filter(|&k| dictionary.get(k).is_some_and(u8::is_ascii_whitespace))
        .last()?;
    let rest = &dictionary[key..];
    let skip = rest.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let digits = rest[skip..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if digits == 0 {
        return None;
    }
    let value: usize = std::str::from_utf8(&rest[skip..skip + digits])
        .ok()?
        .parse()
        .ok()?;
    // `/Length 5 0 R`: a reference, left to the reader.
    let after: Vec<&[u8]> = rest[skip + digits..]
        .split(|b| b.is_ascii_whitespace() || *b == b'/' || *b == b'>')
        .filter(|w| !w.is_empty())
        .take(2)
        .collect();
    if after.len() == 2 && after[0].iter().all(u8::is_ascii_digit) && after[1].starts_with(b"R") {
        return None;
    }
    let start = at + key + skip;
    Some((value, start..start + digits))
}

/// The file with each stream's direct `/Length` that stops short of (or runs past) its
/// `endstream` set to the data it has, as pdfminer reads it; `None` when every length is right.
/// The reader takes a length as written and drops the object, losing the page's text. Only the
/// digits change, so objects move: the caller finds them again (`rebuilt`).
pub fn mended_stream_lengths(bytes: &[u8]) -> Option<Vec<u8>> {
    let ends: Vec<usize> = memchr::memmem::find_iter(bytes, b"endstream").collect();
    let mut edits: Vec<(std::ops::Range<usize>, usize)> = Vec::new();
    let mut after = 0;
    for found in memchr::memmem::find_iter(bytes, b"stream") {
        if found < after || found >= 3 && &bytes[found - 3..found] == b"end" {
            continue;
        }
        // The data starts after the keyword's end of line (CR LF, or LF).
        let mut start = found + b"stream".len();
        match (bytes.get(start), bytes.get(start + 1)) {
            (Some(b'\r'), Some(b'\n')) => start += 2,
            (Some(b'\n'), _) => start += 1,
            _ => continue,
        }
        // The dictionary: from the object's `obj` (within 64 KB) to the keyword.
        let window = found.saturating_sub(65_536).max(after);
        let Some(obj) = memchr::memmem::rfind(&bytes[window..found], b"obj").map(|o| o + window)
        else {
            continue;
        };
        let Some((length, digits)) = direct_length(&bytes[obj..found], obj) else {
            continue;
        };
        // The first `endstream` after the data's start, without the end of line before it.
        let Some(&end) = ends.get(ends.partition_point(|&e| e < start)) else {
            continue;
        };
        after = end;
        let declared_end = start.saturating_add(length);
        let fits = bytes
            .get(declared_end..end)
            .is_some_and(|gap| gap.iter().all(u8::is_ascii_whitespace));
        if fits {
            continue;
        }
        let mut real = end;
        if real > start && bytes[real - 1] == b'\n' {
            real -= 1;
        }
        if real > start && bytes[real - 1] == b'\r' {
            real -= 1;
        }
        edits.push((digits, real - start));
    }
    if edits.is_empty() {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() + edits.len() * 4);
    let mut copied = 0;
    for (digits, length) in edits {
        out.extend_from_slice(&bytes[copied..digits.start]);
        out.extend_from_slice(length.to_string().as_bytes());
        copied = digits.end;
    }
    out.extend_from_slice(&bytes[copied..]);
    Some(out)
}

/// A content stream's operations with the text operators `'` and `"` spelled out, or `None`
/// when it has none.
fn without_quotes(data: &[u8]) -> Option<Vec<u8>> {
    memchr::memchr2(b'\'', b'"', data)?;
    let content = Content::decode(data).ok()?;
    if !content
        .operations
        .iter()
        .any(|o| o.operator == "'" || o.operator == "\"")
    {
        return None;
    }
    let mut operations = Vec::with_capacity(content.operations.len() * 2);
    for operation in content.operations {
        let mut operands = operation.operands;
        match operation.operator.as_str() {
            "'" => {
                operations.push(Operation::new("T*", Vec::new()));
                operations.push(Operation::new("Tj", operands));
            }
            "\"" if operands.len() == 3 => {
                let text = operands.pop().into_iter().collect();
                let char_spacing = operands.pop().into_iter().collect();
                operations.push(Operation::new("Tw", operands));
                operations.push(Operation::new("Tc", char_spacing));
                operations.push(Operation::new("T*", Vec::new()));
                operations.push(Operation::new("Tj", text));
            }
            other => operations.push(Operation::new(other, operands)),
        }
    }
    (Content { operations }).encode().ok()
}

fn plain(document: &Document, id: ObjectId) -> Option<Vec<u8>> {
    let Ok(Object::Stream(stream)) = document.get_object(id) else {
        return None;
    };
    Some(
        stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone()),
    )
}

fn set_plain(document: &mut Document, id: ObjectId, content: Vec<u8>) {
    if let Ok(Object::Stream(stream)) = document.get_object_mut(id) {
        stream.set_plain_content(content);
    }
}

/// The text operators `'` (next line, then show) and `"` (set word and character spacing, next
/// line, then show), which the PDF reader skips, written as `T*` and `Tj` (with `Tw` and `Tc`)
/// in every page's and form's content that uses them. A page's content may be cut anywhere
/// into several streams: they are read as one, and written back as one.
pub fn spell_out_quotes(document: &mut Document) {
    let pages: Vec<Vec<ObjectId>> = document
        .get_pages()
        .values()
        .map(|&page| document.get_page_contents(page))
        .collect();
    for ids in pages {
        let mut data = Vec::new();
        for &id in &ids {
            data.extend(plain(document, id).unwrap_or_default());
            data.push(b'\n');
        }
        if let (Some(content), Some((&first, rest))) = (without_quotes(&data), ids.split_first()) {
            set_plain(document, first, content);
            for &id in rest {
                set_plain(document, id, Vec::new());
            }
        }
    }
    let forms: Vec<ObjectId> = document
        .objects
        .iter()
        .filter(|(_, object)| {
            matches!(object, Object::Stream(stream) if stream
                .dict
                .get(b"Subtype")
                .and_then(Object::as_name)
                .is_ok_and(|n| n == b"Form"))
        })
        .map(|(&id, _)| id)
        .collect();
    for id in forms {
        if let Some(content) = plain(document, id).and_then(|d| without_quotes(&d)) {
            set_plain(document, id, content);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_are_found_where_they_start_and_the_catalog_is_named() {
        let pdf = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n\
                    2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
        let found = objects(pdf);
        assert_eq!(found.get(&1), Some(&(0, 9)));
        assert_eq!(found.get(&2).map(|o| o.1), Some(58));
        let fixed = rebuilt(pdf).unwrap();
        let text = String::from_utf8_lossy(&fixed);
        assert!(text.contains("/Root 1 0 R"), "{text}");
        assert!(text.contains("0000000009 00000 n"), "{text}");
        assert!(rebuilt(b"%PDF-1.4\nnothing here").is_none());
    }

    #[test]
    fn a_stream_length_short_of_its_endstream_is_set_to_the_data_it_has() {
        let pdf = b"1 0 obj\n<< /Length 4 >>\nstream\nBT (Hello) Tj ET\nendstream\nendobj\n\
                    2 0 obj\n<< /Length 5 /Length1 9 >>\nstream\r\nright\r\nendstream\nendobj\n\
                    3 0 obj\n<< /Length 9 0 R >>\nstream\nby reference\nendstream\nendobj\n";
        let mended = mended_stream_lengths(pdf).unwrap();
        let text = String::from_utf8_lossy(&mended);
        assert!(
            text.contains("<< /Length 16 >>\nstream\nBT (Hello) Tj ET\n"),
            "{text}"
        );
        assert!(text.contains("<< /Length 5 /Length1 9 >>"), "{text}");
        assert!(text.contains("<< /Length 9 0 R >>"), "{text}");
        assert!(mended_stream_lengths(&mended).is_none());
        // No endstream at all: nothing to mend it with.
        assert!(mended_stream_lengths(b"1 0 obj << /Length 4 >> stream\nab").is_none());
    }
}
