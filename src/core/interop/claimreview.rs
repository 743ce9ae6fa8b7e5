//! Verdicts as schema.org `ClaimReview` JSON-LD, the markup fact-checkers publish: the claim
//! reviewed (its quote), the rating on the lesson's verdict scale, the claim as a `Claim` with
//! where it appeared (the document: its URL, outlet, date) and who made it, who reviewed it and
//! when, and the evidence as citations.
//!
//! The rating is the verdict's place on the scale as the lesson orders it (the first label is
//! the best end): with `n` labels, the first rates `n` and the last 1 (`bestRating` `n`,
//! `worstRating` 1); `alternateName` is the label's name.

use serde_json::{Value, json};

use crate::core::evidence::{Citation, Evidence, EvidenceSource};
use crate::core::lesson::{DocumentRef, Lesson};
use crate::core::session::{Annotation, Session};

/// The `ClaimReview` of every claim of the session that has a verdict, in the session's order.
pub fn claim_reviews(lesson: &Lesson, session: &Session) -> Vec<Value> {
    session
        .annotations
        .iter()
        .filter_map(|a| claim_review(lesson, session, a))
        .collect()
}

/// [`claim_reviews`] as pretty-printed JSON text (a list).
pub fn claim_reviews_string(lesson: &Lesson, session: &Session) -> String {
    serde_json::to_string_pretty(&claim_reviews(lesson, session)).unwrap_or_default()
}

/// The `ClaimReview` of one claim; `None` when it has no verdict.
pub fn claim_review(lesson: &Lesson, session: &Session, claim: &Annotation) -> Option<Value> {
    let verdict = claim.verdict.as_ref()?;
    let mut review = json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        // Where the review is: the claim's address, the same as the W3C export's annotation id
        // (a student's work has no web page of its own).
        "url": format!(
            "{}:claim:{}",
            super::address::session_urn(session),
            super::address::percent_encode(&claim.id)
        ),
        "claimReviewed": claim.selector.quote.exact,
        "reviewRating": rating(lesson, &verdict.rating),
        "itemReviewed": item_reviewed(lesson, claim),
        "datePublished": date(session.modified),
    });
    if !lesson.language.trim().is_empty() {
        review["inLanguage"] = json!(lesson.language);
    }
    if !verdict.reasoning.is_empty() {
        review["reviewBody"] = json!(verdict.reasoning);
    }
    if !session.student.is_empty() {
        review["author"] = json!({"@type": "Person", "name": session.student});
    }
    let citations: Vec<Value> = claim.evidence.iter().map(|e| evidence(lesson, e)).collect();
    if !citations.is_empty() {
        review["citation"] = Value::Array(citations);
    }
    Some(review)
}

/// A date as schema.org writes it (ISO 8601, UTC).
fn date(time: jiff::Timestamp) -> String {
    time.strftime("%Y-%m-%d").to_string()
}

fn rating(lesson: &Lesson, rating: &str) -> Value {
    let scale = lesson.verdict_labels();
    let place = scale.iter().position(|l| l.id == rating);
    let mut out = json!({
        "@type": "Rating",
        "alternateName": place.map_or(rating, |i| scale[i].name.as_str()),
    });
    if let Some(i) = place {
        out["ratingValue"] = json!(scale.len() - i);
        out["bestRating"] = json!(scale.len());
        out["worstRating"] = json!(1);
    }
    out
}

/// Who published a document: its outlet as an organisation.
fn publisher(document: &DocumentRef) -> Option<Value> {
    (!document.outlet.is_empty()).then(|| json!({"@type": "Organization", "name": document.outlet}))
}

/// Who made the claim: the document's author, else its outlet.
fn claim_author(document: &DocumentRef) -> Option<Value> {
    if document.author.is_empty() {
        publisher(document)
    } else {
        Some(json!({"@type": "Person", "name": document.author}))
    }
}

/// Where a claim appeared: the document.
fn appearance(document: &DocumentRef) -> Value {
    let mut out = json!({"@type": "CreativeWork", "headline": document.title});
    if !document.url.is_empty() {
        out["url"] = json!(document.url);
    }
    if let Some(p) = publisher(document) {
        out["publisher"] = p;
    }
    if !document.author.is_empty() {
        out["author"] = json!({"@type": "Person", "name": document.author});
    }
    if let Some(published) = published(&document.published) {
        out[published.0] = json!(published.1);
    }
    out
}

/// When a document was published, as schema.org reads it: `datePublished` for a day (also from
/// words like "about 22 November 2023"), `temporalCoverage` as an ISO 8601 interval for a span
/// ("about 18-20 November 2023" → "2023-11-18/2023-11-20"); `None` when no date can be read.
fn published(text: &str) -> Option<(&'static str, String)> {
    if let Some(day) = iso_date(text) {
        return Some(("datePublished", day));
    }
    let span = crate::core::numbers::parse_date(text)?;
    Some(if span.start == span.end {
        ("datePublished", span.start.to_string())
    } else {
        ("temporalCoverage", format!("{}/{}", span.start, span.end))
    })
}

fn item_reviewed(lesson: &Lesson, claim: &Annotation) -> Value {
    let mut out = json!({"@type": "Claim"});
    if let Some(document) = lesson.document(&claim.document) {
        out["appearance"] = appearance(document);
        if let Some(author) = claim_author(document) {
            out["author"] = author;
        }
        // The claim was made when the document was published.
        if let Some(published) = published(&document.published) {
            out[published.0] = json!(published.1);
        }
    }
    out
}

fn evidence(lesson: &Lesson, e: &Evidence) -> Value {
    let mut out = match &e.source {
        EvidenceSource::Passage { document, selector } => {
            let mut work = lesson
                .document(document)
                .map_or_else(|| json!({"@type": "CreativeWork"}), appearance);
            work["text"] = json!(selector.quote.exact);
            work
        }
        EvidenceSource::Citation(c) => citation(c),
    };
    let stance = match e.stance {
        crate::core::evidence::Stance::Corroborates => "Corroborates the claim",
        crate::core::evidence::Stance::Contradicts => "Contradicts the claim",
        crate::core::evidence::Stance::AddsContext => "Adds context to the claim",
    };
    out["description"] = json!(if e.note.is_empty() {
        stance.to_owned()
    } else {
        format!("{stance}: {}", e.note)
    });
    out
}

fn citation(c: &Citation) -> Value {
    let mut out = json!({"@type": "CreativeWork", "headline": c.title});
    if !c.url.is_empty() {
        out["url"] = json!(c.url);
    }
    if !c.outlet.is_empty() {
        out["publisher"] = json!({"@type": "Organization", "name": c.outlet});
    }
    if !c.author.is_empty() {
        out["author"] = json!({"@type": "Person", "name": c.author});
    }
    if let Some(day) = iso_date(&c.date) {
        out["datePublished"] = json!(day);
    }
    if !c.excerpt.is_empty() {
        out["text"] = json!(c.excerpt);
    }
    out
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A date written as `2023-11-06`, `6 November 2023`, `6 Nov 2023` or `November 6, 2023`, as
/// ISO 8601; `None` for anything less exact ("about 22 November 2023", "accessed 2026").
pub fn iso_date(text: &str) -> Option<String> {
    let text = text.trim();
    if let Ok(date) = text.parse::<jiff::civil::Date>() {
        return Some(date.to_string());
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let month = |word: &str| {
        let word = word.trim_end_matches('.').to_lowercase();
        (word.len() >= 3)
            .then(|| MONTHS.iter().position(|m| m.starts_with(&word)))
            .flatten()
    };
    let (day, month, year) = match words.as_slice() {
        [d, m, y] if d.parse::<i8>().is_ok() => (d.parse::<i8>().ok()?, month(m)?, y),
        [m, d, y] => (d.parse::<i8>().ok()?, month(m)?, y),
        _ => return None,
    };
    let date =
        jiff::civil::Date::new(year.parse().ok()?, i8::try_from(month + 1).ok()?, day).ok()?;
    Some(date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_publication_date_in_words_is_a_day_or_an_interval() {
        assert_eq!(
            published("about 22 November 2023"),
            Some(("datePublished", "2023-11-22".to_owned()))
        );
        assert_eq!(
            published("about 18-20 November 2023 (undated)"),
            Some(("temporalCoverage", "2023-11-18/2023-11-20".to_owned()))
        );
        assert_eq!(published("not known"), None);
    }

    #[test]
    fn exact_dates_are_read_and_vague_ones_are_not() {
        assert_eq!(iso_date("2023-11-06").as_deref(), Some("2023-11-06"));
        assert_eq!(iso_date("6 November 2023").as_deref(), Some("2023-11-06"));
        assert_eq!(iso_date("31 Jan 2024").as_deref(), Some("2024-01-31"));
        assert_eq!(iso_date("November 6, 2023").as_deref(), Some("2023-11-06"));
        assert_eq!(iso_date("about 22 November 2023"), None);
        assert_eq!(iso_date("accessed 2026"), None);
        assert_eq!(iso_date("31 February 2024"), None);
        assert_eq!(iso_date(""), None);
    }
}
