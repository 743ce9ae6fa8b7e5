//! Whether a document about to be added is already in the lesson: the same text (its SHA-256
//! after normalisation), the same address, or mostly the same paragraphs (a page saved twice
//! with a different menu, a PDF and the web page of one article).

use std::collections::HashSet;

use crate::core::lesson::LoadedLesson;
use crate::core::text::DocumentText;
use crate::core::words::{Message, Worded};

/// Share of the new document's words (in paragraphs the lesson's document also has) from which
/// it is called mostly the same text. A page saved again with another teaser list or comment
/// section keeps well above this; two articles on one event share a quote or two, far below.
pub const MOSTLY_THE_SAME: f64 = 0.8;

/// How a new document repeats one already in the lesson.
#[derive(Clone, Debug, PartialEq)]
pub enum Sameness {
    /// Exactly the same text.
    SameText,
    /// Another text from the same address.
    SameAddress,
    /// Most of its words are in paragraphs the other document has too (percent of its words).
    MostlyTheSame(u8),
}

/// A document of the lesson that a new one repeats.
#[derive(Clone, Debug, PartialEq)]
pub struct Duplicate {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// How.
    pub sameness: Sameness,
}

impl Worded for Duplicate {
    fn message(&self) -> Message {
        let id = match self.sameness {
            Sameness::SameText => "import-duplicate-same-text",
            Sameness::SameAddress => "import-duplicate-same-address",
            Sameness::MostlyTheSame(_) => "import-duplicate-mostly",
        };
        let message = Message::new(id)
            .with("title", self.title.as_str())
            .with("id", self.id.as_str());
        match self.sameness {
            Sameness::MostlyTheSame(percent) => message.with("percent", u64::from(percent)),
            _ => message,
        }
    }
}

impl std::fmt::Display for Duplicate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

/// The lesson's document that `text` (from `url`, which may be empty) repeats, if one does: the
/// same text first, then the same address, then the one sharing the most paragraphs.
pub fn already_in(lesson: &LoadedLesson, text: &str, url: &str) -> Option<Duplicate> {
    let normalised = DocumentText::from_normalised(&super::normalise(text));
    let found = |doc: &crate::core::lesson::DocumentRef, sameness| Duplicate {
        id: doc.id.clone(),
        title: doc.title.clone(),
        sameness,
    };
    let documents = &lesson.lesson.documents;
    if let Some(doc) = documents.iter().find(|d| d.sha256 == normalised.sha256()) {
        return Some(found(doc, Sameness::SameText));
    }
    let url = url.trim();
    if !url.is_empty()
        && let Some(doc) = documents.iter().find(|d| same_address(d.url.trim(), url))
    {
        return Some(found(doc, Sameness::SameAddress));
    }
    let new: Vec<String> = paragraphs(normalised.as_str()).collect();
    let total: usize = new.iter().map(|p| words(p)).sum();
    if total == 0 {
        return None;
    }
    documents
        .iter()
        .filter_map(|doc| {
            let theirs: HashSet<String> = paragraphs(lesson.texts.get(&doc.id)?.as_str()).collect();
            let shared: usize = new
                .iter()
                .filter(|p| theirs.contains(*p))
                .map(|p| words(p))
                .sum();
            let share = shared as f64 / total as f64;
            (share >= MOSTLY_THE_SAME).then_some((share, doc))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(share, doc)| {
            found(
                doc,
                Sameness::MostlyTheSame((share * 100.0).floor().clamp(0.0, 100.0) as u8),
            )
        })
}

/// Two addresses of one page: equal but for the scheme, a `www.`, a trailing `/`, the fragment.
fn same_address(a: &str, b: &str) -> bool {
    fn key(url: &str) -> String {
        let url = url.split('#').next().unwrap_or(url);
        let url = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .unwrap_or(url);
        let url = url.strip_prefix("www.").unwrap_or(url);
        url.trim_end_matches('/').to_lowercase()
    }
    !a.is_empty() && key(a) == key(b)
}

/// The paragraphs of a text with their spaces collapsed, the empty ones left out.
fn paragraphs(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split('\n')
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
}

fn words(paragraph: &str) -> usize {
    paragraph.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::{Imported, add_document};

    fn lesson_with(text: &str, url: &str) -> LoadedLesson {
        let mut lesson = LoadedLesson::new_empty("l", "L");
        add_document(
            &mut lesson,
            Imported {
                text: text.into(),
                title: "Bases attacked".into(),
                url: url.into(),
                ..Imported::default()
            },
        );
        lesson
    }

    const ARTICLE: &str = "Bases were attacked 62 times, the agency said on Tuesday.\n\n\
        A US official said the attacks had not caused serious damage to the bases.\n\n\
        The agency counted every attack since the seventeenth of October.";

    #[test]
    fn the_same_text_is_named_with_its_title_and_id() {
        let lesson = lesson_with(ARTICLE, "");
        let duplicate = already_in(&lesson, &ARTICLE.replace('\n', "\r\n"), "").unwrap();
        assert_eq!(duplicate.sameness, Sameness::SameText);
        assert_eq!(
            duplicate.to_string(),
            "this text is already in the lesson as “Bases attacked” (bases-attacked)"
        );
    }

    #[test]
    fn the_same_address_is_named() {
        let lesson = lesson_with(ARTICLE, "https://www.example.org/62-times/");
        let duplicate = already_in(&lesson, "Another text.", "http://example.org/62-times#top");
        assert_eq!(duplicate.unwrap().sameness, Sameness::SameAddress);
        assert_eq!(
            already_in(&lesson, "Another text.", "https://example.org/63-times"),
            None
        );
    }

    #[test]
    fn mostly_the_same_paragraphs_are_named_and_a_shared_quote_is_not() {
        let lesson = lesson_with(ARTICLE, "");
        let saved_again = format!("Home | World | Sport\n\n{ARTICLE}\n\nShare this");
        let duplicate = already_in(&lesson, &saved_again, "").unwrap();
        assert!(
            matches!(duplicate.sameness, Sameness::MostlyTheSame(p) if (80..100).contains(&p)),
            "{duplicate:?}"
        );
        let another_article = "Officials gave other figures.\n\n\
            Bases were attacked 62 times, the agency said on Tuesday.\n\n\
            Local reporters counted fewer attacks, and they named each base and date, \
            with the weapons used and the damage they saw themselves.";
        assert_eq!(already_in(&lesson, another_article, ""), None);
        assert_eq!(already_in(&lesson, "   \n\n", ""), None);
    }
}
