//! Sourcing checks on a piece of evidence attached to a claim: nudges (never refusals), each with
//! its reason in words, that the inspector shows when a student attaches evidence, the teacher's
//! review shows beside it, grading heeds for key items that ask for independent corroboration,
//! and the student's report lists when they were not acted on.
//!
//! - **Circular**: the evidence is the claim's own article or outlet, or repeats the claim's words.
//! - **Date order**: it is dated before the claim's article while the claim is a count or a total
//!   "since"/"so far"; or it has no date that can be read.
//! - **Party**: the lesson marks its outlet as a party to the conflict.
//! - **Anonymous**: its passage carries an anonymous-source label.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;

use crate::core::evidence::{Evidence, EvidenceSource, Stance};
use crate::core::lesson::{KeyItem, Label, Lesson};
use crate::core::numbers::{self, DateSpan, DocumentInfo};
use crate::core::session::{Annotation, Session};
use crate::core::text::DocumentText;
use crate::core::words::Message;

/// The share of the claim's words that, repeated word for word by the evidence, make it circular.
pub const CIRCULAR_SHARE: f64 = 0.6;

/// How many words in a row the evidence must repeat for them to count as repeated (shorter runs
/// are ordinary words both texts use).
pub const VERBATIM_RUN_WORDS: usize = 3;

/// Which check a nudge comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NudgeKind {
    /// The evidence cannot corroborate: same article, same outlet, or the claim's own words.
    Circular,
    /// The evidence comes before the claim's count, or has no date.
    DateOrder,
    /// The evidence comes from a party to the conflict.
    Party,
    /// The evidence's passage is labelled anonymous.
    Anonymous,
}

impl NudgeKind {
    /// Every kind, in the order they are shown.
    pub const ALL: [Self; 4] = [
        Self::Circular,
        Self::DateOrder,
        Self::Party,
        Self::Anonymous,
    ];

    /// Its name, in words.
    pub fn name(self) -> Message {
        match self {
            Self::Circular => Message::new("sourcing-kind-circular"),
            Self::DateOrder => Message::new("sourcing-kind-date-order"),
            Self::Party => Message::new("sourcing-kind-party"),
            Self::Anonymous => Message::new("sourcing-kind-anonymous"),
        }
    }

    /// A symbol shown with its name (never colour alone), bracketed like the stances' ("[+]"),
    /// in characters every font the app embeds draws: "[=]" the same source as the claim, "[<]"
    /// dated before it, "[!]" a party, "[?]" nobody named.
    pub fn symbol(self) -> &'static str {
        match self {
            Self::Circular => "[=]",
            Self::DateOrder => "[<]",
            Self::Party => "[!]",
            Self::Anonymous => "[?]",
        }
    }
}

/// One nudge on a piece of evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Nudge {
    /// The check it comes from.
    pub kind: NudgeKind,
    /// Why, in words.
    pub reason: Message,
}

/// The claim a piece of evidence is attached to: its document and its words.
#[derive(Clone, Copy, Debug)]
pub struct Claim<'a> {
    /// The lesson document it is in.
    pub document: &'a str,
    /// Its quote.
    pub quote: &'a str,
}

impl<'a> From<&'a Annotation> for Claim<'a> {
    fn from(annotation: &'a Annotation) -> Self {
        Self {
            document: &annotation.document,
            quote: &annotation.selector.quote.exact,
        }
    }
}

impl<'a> From<&'a KeyItem> for Claim<'a> {
    fn from(item: &'a KeyItem) -> Self {
        Self {
            document: &item.document,
            quote: &item.selector.quote.exact,
        }
    }
}

/// A passage some claim labels: its document, char range and labels.
#[derive(Clone, Debug)]
pub struct LabelledPassage<'a> {
    /// The document.
    pub document: &'a str,
    /// Where, in chars.
    pub range: Range<usize>,
    /// The labels given to it.
    pub labels: &'a BTreeSet<String>,
}

/// The nudges on the evidence of one claim.
#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceNudges {
    /// The claim's id.
    pub claim: String,
    /// The evidence's id.
    pub evidence: String,
    /// What the checks say, in [`NudgeKind::ALL`] order.
    pub nudges: Vec<Nudge>,
}

/// Nudges by claim id and evidence id.
pub type NudgesByEvidence = HashMap<(String, String), Vec<Nudge>>;

/// The checks, ready for one lesson and the labels of one session: what the app builds once per
/// change of the session and asks for each piece of evidence.
pub struct Sourcing<'a> {
    lesson: &'a Lesson,
    labelled: Vec<LabelledPassage<'a>>,
    anonymous: Vec<&'a Label>,
}

impl<'a> Sourcing<'a> {
    /// The checks for a lesson, with the labels of `session`'s claims (what makes a passage
    /// anonymous); without a session no passage is labelled.
    pub fn new(lesson: &'a Lesson, session: Option<&'a Session>) -> Self {
        let labelled = session
            .map(|s| {
                s.annotations
                    .iter()
                    .filter(|a| a.orphaned.is_none())
                    .map(|a| LabelledPassage {
                        document: &a.document,
                        range: a.selector.range(),
                        labels: &a.labels,
                    })
                    .collect()
            })
            .unwrap_or_default();
        Self {
            lesson,
            labelled,
            anonymous: anonymous_labels(lesson),
        }
    }

    /// Every nudge on a piece of evidence attached to a claim.
    pub fn nudges(&self, claim: Claim<'_>, evidence: &Evidence) -> Vec<Nudge> {
        [
            circular(self.lesson, claim, evidence),
            date_order(self.lesson, claim, evidence),
            party(self.lesson, evidence),
            anonymous(&self.anonymous, &self.labelled, evidence),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// Whether a piece of evidence passes every check: what independent corroboration asks.
    pub fn passes(&self, claim: Claim<'_>, evidence: &Evidence) -> bool {
        self.nudges(claim, evidence).is_empty()
    }

    /// The nudges on every piece of evidence of a session's claims, by claim and evidence id:
    /// what the inspector and the review look up (evidence without nudges is not in it).
    pub fn by_evidence(&self, session: &Session) -> NudgesByEvidence {
        self.session(session)
            .into_iter()
            .map(|n| ((n.claim, n.evidence), n.nudges))
            .collect()
    }

    /// The nudges on every piece of evidence of a session's claims, in claim then evidence
    /// order; evidence without nudges is left out.
    pub fn session(&self, session: &Session) -> Vec<EvidenceNudges> {
        let mut out = Vec::new();
        for annotation in session.annotations.iter().filter(|a| a.orphaned.is_none()) {
            for evidence in &annotation.evidence {
                let nudges = self.nudges(annotation.into(), evidence);
                if !nudges.is_empty() {
                    out.push(EvidenceNudges {
                        claim: annotation.id.clone(),
                        evidence: evidence.id.clone(),
                        nudges,
                    });
                }
            }
        }
        out
    }
}

/// The lesson's labels for an anonymous source: those whose id or name says "anonymous" (in
/// English or Spanish).
pub fn anonymous_labels(lesson: &Lesson) -> Vec<&Label> {
    const STEMS: [&str; 3] = ["anonym", "anónim", "anonim"];
    lesson
        .label_sets
        .iter()
        .flat_map(|s| &s.labels)
        .filter(|l| {
            let (id, name) = (l.id.to_lowercase(), l.name.to_lowercase());
            STEMS.iter().any(|s| id.contains(s) || name.contains(s))
        })
        .collect()
}

/// The outlet a piece of evidence comes from (a passage: its document's outlet).
fn outlet<'l>(lesson: &'l Lesson, evidence: &'l Evidence) -> &'l str {
    match &evidence.source {
        EvidenceSource::Passage { document, .. } => {
            lesson.document(document).map_or("", |d| d.outlet.as_str())
        }
        EvidenceSource::Citation(c) => &c.outlet,
    }
}

/// Words of a name, lowercase, with "U.S." as one word "us".
fn name_words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut glue = false;
    for word in name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase();
        let single = word.chars().count() == 1;
        match out.last_mut() {
            Some(last) if single && glue => last.push_str(&word),
            _ => out.push(word),
        }
        glue = single;
    }
    out
}

/// Words that do not tell one outlet from another.
fn generic(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "news"
            | "agency"
            | "english"
            | "channel"
            | "tv"
            | "media"
            | "network"
            | "online"
            | "com"
            | "www"
            | "el"
            | "la"
            | "noticias"
            | "agencia"
    )
}

/// Whether `part`'s words appear, in a row, among `whole`'s.
fn contains_words(whole: &[String], part: &[String]) -> bool {
    !part.is_empty() && whole.windows(part.len()).any(|w| w == part)
}

/// Whether two outlet names name the same outlet: the telling words of one are, in a row, among
/// the other's ("Al Mayadeen" and "Al Mayadeen English"; "rahnam" and "rahnam news agency").
pub fn same_outlet(a: &str, b: &str) -> bool {
    let telling = |name: &str| -> Vec<String> {
        name_words(name)
            .into_iter()
            .filter(|w| !generic(w))
            .collect()
    };
    let (a, b) = (telling(a), telling(b));
    contains_words(&a, &b) || contains_words(&b, &a)
}

/// The share of the claim's words the evidence repeats in runs of [`VERBATIM_RUN_WORDS`] or more
/// (all of a shorter claim, or none).
pub fn repeated_share(claim: &str, evidence: &str) -> f64 {
    let claim_words = name_words(claim);
    let evidence_words = name_words(evidence);
    if claim_words.is_empty() {
        return 0.0;
    }
    if claim_words.len() < VERBATIM_RUN_WORDS {
        return if contains_words(&evidence_words, &claim_words) {
            1.0
        } else {
            0.0
        };
    }
    let runs: HashSet<&[String]> = evidence_words.windows(VERBATIM_RUN_WORDS).collect();
    let mut covered = vec![false; claim_words.len()];
    for (i, window) in claim_words.windows(VERBATIM_RUN_WORDS).enumerate() {
        if runs.contains(window) {
            covered[i..i + VERBATIM_RUN_WORDS].fill(true);
        }
    }
    covered.iter().filter(|c| **c).count() as f64 / claim_words.len() as f64
}

/// **Circular**: corroborating evidence from the claim's own article or outlet, or that repeats
/// most of the claim's words.
pub fn circular(lesson: &Lesson, claim: Claim<'_>, evidence: &Evidence) -> Option<Nudge> {
    if evidence.stance != Stance::Corroborates {
        return None;
    }
    let nudge = |reason| {
        Some(Nudge {
            kind: NudgeKind::Circular,
            reason,
        })
    };
    if let EvidenceSource::Passage { document, .. } = &evidence.source
        && document == claim.document
    {
        return nudge(Message::new("sourcing-circular-document"));
    }
    let claim_outlet = lesson.document(claim.document).map_or("", |d| &d.outlet);
    let evidence_outlet = outlet(lesson, evidence);
    if same_outlet(claim_outlet, evidence_outlet) {
        return nudge(Message::new("sourcing-circular-outlet").with("outlet", evidence_outlet));
    }
    let words = match &evidence.source {
        EvidenceSource::Passage { selector, .. } => selector.quote.exact.as_str(),
        EvidenceSource::Citation(c) => c.excerpt.as_str(),
    };
    let share = repeated_share(claim.quote, words);
    (share >= CIRCULAR_SHARE).then(|| Nudge {
        kind: NudgeKind::Circular,
        reason: Message::new("sourcing-circular-words").with("share", (share * 100.0).round()),
    })
}

/// The date a piece of evidence carries, as written.
fn evidence_date<'l>(lesson: &'l Lesson, evidence: &'l Evidence) -> &'l str {
    match &evidence.source {
        EvidenceSource::Passage { document, .. } => lesson
            .document(document)
            .map_or("", |d| d.published.as_str()),
        EvidenceSource::Citation(c) => &c.date,
    }
}

/// Words that make a claim a running total.
const SO_FAR: [&str; 8] = [
    "since",
    "so far",
    "thus far",
    "to date",
    "until now",
    "up to now",
    "desde",
    "hasta ahora",
];

/// Whether a claim is a count or a running total ("since", "so far"), which an earlier source
/// cannot confirm.
pub fn is_count_or_total(claim: &str, language: &str) -> bool {
    let lower = format!(" {} ", name_words(claim).join(" "));
    if SO_FAR.iter().any(|w| lower.contains(&format!(" {w} "))) {
        return true;
    }
    let info = DocumentInfo {
        language: language.to_owned(),
        ..DocumentInfo::default()
    };
    !numbers::find_in_document(&DocumentText::from_normalised(claim), &info).is_empty()
}

/// **Date order**: corroborating evidence dated before the claim's article when the claim is a
/// count or a total so far; or evidence (corroborating or contradicting) with no readable date.
pub fn date_order(lesson: &Lesson, claim: Claim<'_>, evidence: &Evidence) -> Option<Nudge> {
    if evidence.stance == Stance::AddsContext {
        return None;
    }
    let nudge = |reason| {
        Some(Nudge {
            kind: NudgeKind::DateOrder,
            reason,
        })
    };
    let written = evidence_date(lesson, evidence).trim();
    if written.is_empty() {
        return nudge(Message::new("sourcing-no-date"));
    }
    let Some(date) = numbers::parse_date(written) else {
        return nudge(Message::new("sourcing-date-unreadable").with("date", written));
    };
    let claim_document = lesson.document(claim.document)?;
    let claim_date: Option<DateSpan> = numbers::parse_date(&claim_document.published);
    let before = claim_date.is_some_and(|c| date.end < c.start);
    if evidence.stance == Stance::Corroborates
        && before
        && is_count_or_total(claim.quote, &lesson.language)
    {
        return nudge(
            Message::new("sourcing-date-before")
                .with("evidence_date", written)
                .with("claim_date", claim_document.published.trim()),
        );
    }
    None
}

/// **Party**: evidence from an outlet the lesson marks as a party to the conflict.
pub fn party(lesson: &Lesson, evidence: &Evidence) -> Option<Nudge> {
    let outlet = outlet(lesson, evidence);
    let words = name_words(outlet);
    let party = lesson
        .parties
        .iter()
        .find(|p| contains_words(&words, &name_words(&p.name)))?;
    Some(Nudge {
        kind: NudgeKind::Party,
        reason: Message::new("sourcing-party")
            .with("outlet", outlet)
            .with("party", &party.name)
            .with("role", &party.role),
    })
}

/// **Anonymous**: a passage that overlaps a passage labelled with an anonymous-source label.
pub fn anonymous(
    anonymous_labels: &[&Label],
    labelled: &[LabelledPassage<'_>],
    evidence: &Evidence,
) -> Option<Nudge> {
    let EvidenceSource::Passage { document, selector } = &evidence.source else {
        return None;
    };
    let range = selector.range();
    labelled
        .iter()
        .filter(|p| {
            p.document == document && p.range.start < range.end && range.start < p.range.end
        })
        .find_map(|p| anonymous_labels.iter().find(|l| p.labels.contains(&l.id)))
        .map(|label| Nudge {
            kind: NudgeKind::Anonymous,
            reason: Message::new("sourcing-anonymous").with("label", &label.name),
        })
}

#[cfg(test)]
mod tests;
