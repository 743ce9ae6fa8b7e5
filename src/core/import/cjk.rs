//! Chinese, Japanese and Korean text of composite fonts that rely on Adobe's predefined `CMaps`
//! (`hayro-cmap` embeds them), made readable for the PDF reader before it reads the pages.
//!
//! The reader (pdf-extract) knows only the `Identity-H`/`Identity-V` encodings (any other name
//! stops it) and a font's own `ToUnicode` map; a font of a predefined character collection
//! (Adobe-Japan1, -GB1, -CNS1, -Korea1) often has neither. Here such a font is given:
//! - for a Unicode encoding (`UniJIS-UCS2-H`, `UniGB-UTF16-H`, …), where each two-byte code is
//!   the character itself: the identity encoding, a `ToUnicode` map from each code to itself
//!   (unless it has one), and its widths keyed by code instead of CID;
//! - for the identity encoding without a `ToUnicode` map: the collection's own map from CIDs to
//!   Unicode (`Adobe-Japan1-UCS2`, …).

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use hayro_cmap::{BfString, CMap, CMapName, CidFamily};
use pdf_extract::content::Content;
use pdf_extract::{Dictionary, Document, Object, ObjectId, Stream};

/// A predefined `CMap` by name, with what it uses.
fn predefined(name: &[u8]) -> Option<CMap> {
    let data = hayro_cmap::load_embedded(CMapName::from_bytes(name))?;
    CMap::parse(data, hayro_cmap::load_embedded)
}

fn resolved<'a>(document: &'a Document, object: &'a Object) -> Option<&'a Object> {
    document.dereference(object).ok().map(|(_, o)| o)
}

fn dictionary<'a>(document: &'a Document, object: &'a Object) -> Option<&'a Dictionary> {
    resolved(document, object)?.as_dict().ok()
}

/// The character collection a composite font's glyphs are numbered in.
fn family(document: &Document, font: &Dictionary) -> Option<CidFamily> {
    let descendants = resolved(document, font.get(b"DescendantFonts").ok()?)?;
    let descendant = dictionary(document, descendants.as_array().ok()?.first()?)?;
    let info = dictionary(document, descendant.get(b"CIDSystemInfo").ok()?)?;
    let text = |key: &[u8]| {
        resolved(document, info.get(key).ok()?)?
            .as_str()
            .ok()
            .map(<[u8]>::to_vec)
    };
    Some(CidFamily::from_registry_ordering(
        &text(b"Registry")?,
        &text(b"Ordering")?,
    ))
}

/// A `ToUnicode` `CMap`'s text from (code, text) pairs in code order: consecutive codes of
/// consecutive characters (of the Basic Multilingual Plane) as one range, the others (the
/// reader takes no range of longer texts) one by one.
fn to_unicode_cmap(entries: &[(u32, String)]) -> Vec<u8> {
    let single = |text: &str| {
        let mut units = text.encode_utf16();
        units.next().filter(|_| units.next().is_none())
    };
    let mut ranges: Vec<(u32, u32, u16)> = Vec::new();
    let mut chars: Vec<(u32, &str)> = Vec::new();
    for (code, text) in entries {
        let Some(unit) = single(text) else {
            chars.push((*code, text));
            continue;
        };
        if let Some(last) = ranges.last_mut()
            && *code == last.1 + 1
            && u32::from(last.2) + (code - last.0) == u32::from(unit)
            && (last.1 & 0xFF) != 0xFF
        {
            last.1 = *code;
            continue;
        }
        ranges.push((*code, *code, unit));
    }
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    for chunk in ranges.chunks(100) {
        let _ = writeln!(out, "{} beginbfrange", chunk.len());
        for (lo, hi, unit) in chunk {
            let _ = writeln!(out, "<{lo:04X}> <{hi:04X}> <{unit:04X}>");
        }
        out.push_str("endbfrange\n");
    }
    for chunk in chars.chunks(100) {
        let _ = writeln!(out, "{} beginbfchar", chunk.len());
        for (code, text) in chunk {
            let units = text.encode_utf16().fold(String::new(), |mut units, u| {
                let _ = write!(units, "{u:04X}");
                units
            });
            let _ = writeln!(out, "<{code:04X}> <{units}>");
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out.into_bytes()
}

/// Every two-byte code the document's pages and forms show: the maps made here hold only
/// these (the reader parses a map slowly, once per font and page).
fn shown_codes(document: &Document) -> BTreeSet<u32> {
    fn collect(object: &Object, out: &mut BTreeSet<u32>) {
        match object {
            Object::String(bytes, _) => {
                out.extend(
                    bytes
                        .chunks_exact(2)
                        .map(|pair| u32::from(u16::from_be_bytes([pair[0], pair[1]]))),
                );
            }
            Object::Array(items) => items.iter().for_each(|i| collect(i, out)),
            _ => {}
        }
    }
    let mut streams: Vec<Vec<u8>> = document
        .get_pages()
        .values()
        .filter_map(|&page| document.get_page_content(page).ok())
        .collect();
    for object in document.objects.values() {
        if let Object::Stream(stream) = object
            && stream
                .dict
                .get(b"Subtype")
                .and_then(Object::as_name)
                .is_ok_and(|n| n == b"Form")
        {
            streams.push(
                stream
                    .decompressed_content()
                    .unwrap_or_else(|_| stream.content.clone()),
            );
        }
    }
    let mut out = BTreeSet::new();
    for data in streams {
        if let Ok(content) = Content::decode(&data) {
            for operation in &content.operations {
                operation.operands.iter().for_each(|o| collect(o, &mut out));
            }
        }
    }
    out
}

/// The collection's CIDs among `codes` as Unicode text (`Adobe-Japan1-UCS2`, …).
fn collection_to_unicode(family: &CidFamily, codes: &BTreeSet<u32>) -> Option<Vec<u8>> {
    let cmap = predefined(family.ucs2_cmap()?.to_bytes())?;
    let entries: Vec<(u32, String)> = codes
        .iter()
        .filter_map(|&cid| {
            let text = match cmap.lookup_bf_string(cid)? {
                BfString::Char(c) => c.to_string(),
                BfString::String(s) => s,
            };
            Some((cid, text))
        })
        .collect();
    (!entries.is_empty()).then(|| to_unicode_cmap(&entries))
}

/// Each of `codes` as the UTF-16 unit it is (outside the surrogates).
fn identity_to_unicode(codes: &BTreeSet<u32>) -> Vec<u8> {
    let entries: Vec<(u32, String)> = codes
        .iter()
        .filter(|&&code| code >= 0x20)
        .filter_map(|&code| char::from_u32(code).map(|c| (code, c.to_string())))
        .collect();
    to_unicode_cmap(&entries)
}

/// A CID font's widths (`/W`, already all in the list form `c [w…]`) as a map.
fn widths_by_cid(document: &Document, widths: &Object) -> HashMap<u32, Object> {
    let mut out = HashMap::new();
    let Some(items) = resolved(document, widths).and_then(|w| w.as_array().ok()) else {
        return out;
    };
    for pair in items.chunks(2) {
        let (Some(Ok(first)), Some(Object::Array(list))) = (
            pair.first().map(Object::as_i64),
            pair.get(1).and_then(|o| resolved(document, o)),
        ) else {
            continue;
        };
        for (i, width) in list.iter().enumerate() {
            if let Some(cid) = u32::try_from(first)
                .ok()
                .and_then(|f| f.checked_add(u32::try_from(i).ok()?))
            {
                out.insert(cid, width.clone());
            }
        }
    }
    out
}

/// The widths keyed by the two-byte codes of `encoding` instead of by CID.
fn widths_by_code(by_cid: &HashMap<u32, Object>, encoding: &CMap) -> Vec<Object> {
    let mut out = Vec::new();
    let mut run: Option<(u32, Vec<Object>)> = None;
    for code in 0..=0xFFFF_u32 {
        let width = encoding
            .lookup_cid_code(code, 2)
            .and_then(|cid| by_cid.get(&cid));
        match (width, run.as_mut()) {
            (Some(w), Some((start, list)))
                if *start + u32::try_from(list.len()).unwrap_or(0) == code =>
            {
                list.push(w.clone());
            }
            (Some(w), _) => {
                if let Some((start, list)) = run.take() {
                    out.push(Object::Integer(i64::from(start)));
                    out.push(Object::Array(list));
                }
                run = Some((code, vec![w.clone()]));
            }
            (None, _) => {
                if let Some((start, list)) = run.take() {
                    out.push(Object::Integer(i64::from(start)));
                    out.push(Object::Array(list));
                }
            }
        }
    }
    if let Some((start, list)) = run {
        out.push(Object::Integer(i64::from(start)));
        out.push(Object::Array(list));
    }
    out
}

/// What to change in one composite font.
struct Mend {
    font: ObjectId,
    /// The identity encoding instead of a predefined Unicode one, and the widths by code.
    reencode: Option<(ObjectId, Vec<Object>)>,
    /// A `ToUnicode` map to add: the identity or the collection's.
    to_unicode: Option<Result<(), CidFamily>>,
}

/// What to change in each composite font of a predefined CJK collection.
fn mends_of(document: &Document) -> Vec<Mend> {
    let mut mends: Vec<Mend> = Vec::new();
    for (&id, object) in &document.objects {
        let Object::Dictionary(font) = object else {
            continue;
        };
        if !font
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|n| n == b"Type0")
        {
            continue;
        }
        let encoding = font
            .get(b"Encoding")
            .ok()
            .and_then(|e| resolved(document, e))
            .and_then(|e| e.as_name().ok())
            .map(<[u8]>::to_vec);
        let has_to_unicode = font
            .get(b"ToUnicode")
            .ok()
            .and_then(|t| resolved(document, t))
            .is_some_and(|t| matches!(t, Object::Stream(_)));
        let identity = encoding
            .as_deref()
            .is_some_and(|e| e == b"Identity-H" || e == b"Identity-V");
        let mut mend = Mend {
            font: id,
            reencode: None,
            to_unicode: None,
        };
        match encoding {
            Some(_) if identity => {
                if !has_to_unicode {
                    mend.to_unicode = family(document, font).map(Err);
                }
            }
            Some(name) => {
                let unicode_encoding = name.starts_with(b"Uni")
                    && (name.windows(4).any(|w| w == b"UCS2")
                        || name.windows(5).any(|w| w == b"UTF16"));
                let Some(cmap) = predefined(&name).filter(|_| unicode_encoding) else {
                    continue;
                };
                let Some(descendant) = font
                    .get(b"DescendantFonts")
                    .ok()
                    .and_then(|d| resolved(document, d))
                    .and_then(|d| d.as_array().ok())
                    .and_then(|d| d.first())
                    .and_then(|d| d.as_reference().ok())
                else {
                    continue;
                };
                let widths = document
                    .get_dictionary(descendant)
                    .ok()
                    .and_then(|d| d.get(b"W").ok())
                    .map(|w| widths_by_cid(document, w))
                    .unwrap_or_default();
                mend.reencode = Some((descendant, widths_by_code(&widths, &cmap)));
                if !has_to_unicode {
                    mend.to_unicode = Some(Ok(()));
                }
            }
            None => continue,
        }
        mends.push(mend);
    }
    mends
}

/// Makes the composite fonts of predefined CJK collections readable (see the module's words).
pub fn mend_cjk_fonts(document: &mut Document) {
    let mends = mends_of(document);
    let mut maps: HashMap<String, Option<ObjectId>> = HashMap::new();
    let codes = if mends.iter().any(|m| m.to_unicode.is_some()) {
        shown_codes(document)
    } else {
        BTreeSet::new()
    };
    for mend in mends {
        if let Some((descendant, widths)) = mend.reencode {
            if let Ok(Object::Dictionary(d)) = document.get_object_mut(descendant) {
                d.set("W", Object::Array(widths));
            }
            if let Ok(Object::Dictionary(font)) = document.get_object_mut(mend.font) {
                font.set("Encoding", Object::Name(b"Identity-H".to_vec()));
            }
        }
        let Some(which) = mend.to_unicode else {
            continue;
        };
        let key = match &which {
            Ok(()) => "identity".to_owned(),
            Err(family) => format!("{family:?}"),
        };
        let map = if let Some(map) = maps.get(&key) {
            *map
        } else {
            let text = match &which {
                Ok(()) => Some(identity_to_unicode(&codes)),
                Err(family) => collection_to_unicode(family, &codes),
            };
            let map = text
                .map(|t| document.add_object(Object::Stream(Stream::new(Dictionary::new(), t))));
            maps.insert(key, map);
            map
        };
        if let (Some(map), Ok(Object::Dictionary(font))) = (map, document.get_object_mut(mend.font))
        {
            font.set("ToUnicode", Object::Reference(map));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_japanese_collection_maps_its_cids_to_unicode() {
        let codes: BTreeSet<u32> = (0..2000).collect();
        let text = collection_to_unicode(&CidFamily::AdobeJapan1, &codes).unwrap();
        let map = pdf_extract_map(&text);
        // CID 843 is HIRAGANA LETTER A, 1 the space.
        assert_eq!(map.get(&843).map(String::as_str), Some("あ"));
        assert_eq!(map.get(&1).map(String::as_str), Some(" "));
    }

    fn pdf_extract_map(text: &[u8]) -> HashMap<u32, String> {
        let mut out = HashMap::new();
        for line in String::from_utf8_lossy(text).lines() {
            let parts: Vec<&str> = line
                .split(['<', '>', ' '])
                .filter(|p| !p.is_empty())
                .collect();
            if let [lo, hi, dst] = parts[..] {
                let (Ok(lo), Ok(hi), Ok(dst)) = (
                    u32::from_str_radix(lo, 16),
                    u32::from_str_radix(hi, 16),
                    u32::from_str_radix(dst, 16),
                ) else {
                    continue;
                };
                for code in lo..=hi {
                    if let Some(c) = char::from_u32(dst + code - lo) {
                        out.insert(code, c.to_string());
                    }
                }
            }
        }
        out
    }
}
