//! Evidence a claim (a student's, or a key item's) carries: a passage of another document of the
//! lesson, or an external citation, with its stance. Shared by lessons (the key) and sessions.

use serde::{Deserialize, Serialize};

use crate::core::anchor::Selector;
use crate::core::words::Message;

/// How a piece of evidence bears on a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub enum Stance {
    /// The evidence supports the claim.
    Corroborates,
    /// The evidence disagrees with the claim.
    Contradicts,
    /// The evidence neither supports nor refutes it, but matters for judging it.
    AddsContext,
}

impl Stance {
    /// All stances, in the order they are offered.
    pub const ALL: [Self; 3] = [Self::Corroborates, Self::Contradicts, Self::AddsContext];

    /// The word shown with the stance's icon (never colour alone).
    pub fn word(self) -> &'static str {
        match self {
            Self::Corroborates => "corroborates",
            Self::Contradicts => "contradicts",
            Self::AddsContext => "adds context",
        }
    }

    /// A text symbol for the stance, drawn beside its word.
    pub fn symbol(self) -> &'static str {
        match self {
            Self::Corroborates => "[+]",
            Self::Contradicts => "[-]",
            Self::AddsContext => "[i]",
        }
    }
}

/// How far a student trusts an external source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub enum Credibility {
    /// Not judged yet.
    #[default]
    Unrated,
    /// Little reason to trust it.
    Low,
    /// Some reason to trust it.
    Medium,
    /// Good reason to trust it (primary source, strong track record).
    High,
}

/// An external source, cited by the student (or the answer key).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Citation {
    /// Title of the page, report or article.
    pub title: String,
    /// Who published it.
    #[serde(default)]
    pub outlet: String,
    /// Who wrote it, if known.
    #[serde(default)]
    pub author: String,
    /// When it was published, as written by the student (free text, e.g. "2024-01-28").
    #[serde(default)]
    pub date: String,
    /// Where to find it.
    #[serde(default)]
    pub url: String,
    /// The passage of it that matters, quoted.
    #[serde(default)]
    pub excerpt: String,
    /// How far it can be trusted.
    #[serde(default)]
    pub credibility: Credibility,
}

/// Where evidence comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub enum EvidenceSource {
    /// A passage of one of the lesson's documents.
    Passage {
        /// The document's id in the lesson.
        document: String,
        /// The passage.
        selector: Selector,
    },
    /// A source outside the lesson.
    Citation(Citation),
}

/// One piece of evidence attached to a claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Evidence {
    /// Unique within its annotation.
    pub id: String,
    /// How it bears on the claim.
    pub stance: Stance,
    /// Where it comes from.
    pub source: EvidenceSource,
    /// Why the student attached it.
    #[serde(default)]
    pub note: String,
}

/// What is wrong with a stored span, if anything: an end before the start, or a position past the
/// largest document there can be.
pub fn bad_span(selector: &Selector) -> Option<Message> {
    let (start, end) = (selector.position.start, selector.position.end);
    let message = if start > end {
        Message::new("evidence-span-backwards")
    } else if end > crate::core::text::MAX_DOCUMENT_BYTES {
        Message::new("evidence-span-past-any-document")
    } else {
        return None;
    };
    // As text: a position from a hand-edited file may be larger than a number is worded exactly.
    Some(
        message
            .with("start", start.to_string())
            .with("end", end.to_string()),
    )
}
