//! Addresses (IRIs) of what Crosscheck exports: a document's URL, or a stable `urn:` made from the
//! lesson id and the document's SHA-256 when it has none; a session's and a claim's `urn:`; and
//! comparing the addresses other tools give with a lesson's documents.

use sha2::{Digest as _, Sha256};

use crate::core::lesson::{DocumentRef, Lesson};
use crate::core::session::Session;

/// The prefix of every `urn:` Crosscheck makes.
const URN: &str = "urn:crosscheck:";

/// Text with every byte outside the URI's unreserved characters (`A-Z a-z 0-9 - . _ ~`) written
/// as `%XX`: safe anywhere in an IRI, and [`percent_decode`] gives it back exactly.
pub fn percent_encode(text: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            write!(out, "%{byte:02X}").ok();
        }
    }
    out
}

/// The text [`percent_encode`] was given; `None` when `text` is not percent-encoded UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Whether `text` is an absolute IRI as the W3C tests check it: a scheme, a colon, and no
/// whitespace.
pub fn is_iri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else {
        return false;
    };
    let mut scheme_chars = scheme.chars();
    scheme_chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && scheme_chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !rest.chars().any(char::is_whitespace)
}

/// A document's address: its URL when it has one, else
/// `urn:crosscheck:lesson:<lesson id>:sha256:<hash of its text>`.
pub fn document_address(lesson: &Lesson, document: &DocumentRef) -> String {
    if is_iri(document.url.trim()) {
        return document.url.trim().to_owned();
    }
    document_urn(lesson, document)
}

/// The `urn:` of a document, from the lesson's id and the document's SHA-256 (the same text in
/// the same lesson has the same name, wherever the lesson is).
pub fn document_urn(lesson: &Lesson, document: &DocumentRef) -> String {
    format!(
        "{URN}lesson:{}:sha256:{}",
        percent_encode(&lesson.id),
        percent_encode(&document.sha256)
    )
}

/// The address of a document the lesson does not have, known only by its id.
pub fn unknown_document_urn(lesson_id: &str, document_id: &str) -> String {
    format!(
        "{URN}lesson:{}:document:{}",
        percent_encode(lesson_id),
        percent_encode(document_id)
    )
}

/// A session's `urn:`: the lesson, and a hash of the student's name and when the session began.
pub fn session_urn(session: &Session) -> String {
    let mut hash = Sha256::new();
    hash.update(session.student.as_bytes());
    hash.update([0]);
    hash.update(session.created.to_string().as_bytes());
    let digest = hash.finalize();
    let short = digest[..8]
        .iter()
        .fold(String::with_capacity(16), |mut out, b| {
            use std::fmt::Write as _;
            write!(out, "{b:02x}").ok();
            out
        });
    format!(
        "{URN}lesson:{}:session:{short}",
        percent_encode(&session.lesson_id)
    )
}

/// The lesson document at `address`: the one whose URL or `urn:` it is (URLs compared as
/// [`same_url`] does).
pub fn document_at<'a>(lesson: &'a Lesson, address: &str) -> Option<&'a DocumentRef> {
    let address = address.trim();
    if address.is_empty() {
        return None;
    }
    lesson.documents.iter().find(|d| {
        document_urn(lesson, d) == address
            || (!d.url.trim().is_empty() && same_url(&d.url, address))
    })
}

/// Whether two URLs name the same page: scheme (`http` or `https`), letter case of the host,
/// a leading `www.`, a `#fragment` and a trailing `/` do not count.
pub fn same_url(a: &str, b: &str) -> bool {
    !a.trim().is_empty() && url_key(a) == url_key(b)
}

fn url_key(url: &str) -> String {
    let url = url.trim();
    let url = url.split_once('#').map_or(url, |(before, _)| before);
    let rest = ["https://", "http://"]
        .iter()
        .find_map(|scheme| {
            url.get(..scheme.len())
                .filter(|s| s.eq_ignore_ascii_case(scheme))
                .map(|_| &url[scheme.len()..])
        })
        .unwrap_or(url);
    let (host, path) = rest.split_once('/').map_or((rest, ""), |(h, p)| (h, p));
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    format!("{host}/{}", path.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_encoding_is_undone_exactly() {
        for text in ["", "plain-id_1.~", "with space/and:colon", "ñandú 🦤 %41"] {
            let encoded = percent_encode(text);
            assert!(is_iri(&format!("urn:x:{encoded}")), "{encoded}");
            assert_eq!(percent_decode(&encoded).as_deref(), Some(text));
        }
        assert_eq!(percent_decode("%4"), None);
        assert_eq!(percent_decode("%FF"), None);
    }

    #[test]
    fn urls_match_whatever_the_scheme_case_and_trailing_slash() {
        assert!(same_url("https://rahnam.com", "http://www.Rahnam.com/"));
        assert!(same_url(
            "https://example.org/a/b#frag",
            "https://example.org/a/b/"
        ));
        assert!(!same_url("https://example.org/a", "https://example.org/b"));
        assert!(!same_url("", ""));
    }

    #[test]
    fn an_iri_has_a_scheme_and_no_spaces() {
        assert!(is_iri("https://example.org/x"));
        assert!(is_iri("urn:crosscheck:lesson:a"));
        assert!(!is_iri("example.org"));
        assert!(!is_iri("see the handout: page 3"));
        assert!(!is_iri("1http://x"));
    }
}
