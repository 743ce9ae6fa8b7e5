//! Placing imported annotations in the lesson's texts, and saying why one was not placed.
//!
//! Which rule places an annotation depends on what the file says about its document:
//! - Crosscheck's own export names the lesson's document: the highlight was made on that text
//!   (perhaps an older version of it), so it is re-anchored as a revision is ([`Anchorer::anchor`]).
//! - Another tool's annotation whose address is a document's URL was made on *a* copy of that
//!   page: the stricter rule for annotations made elsewhere ([`Anchorer::anchor_foreign`]: short
//!   quotes only unchanged and on word boundaries, likenesses only for long quotes that score
//!   well with their context).
//! - An address that is no document of the lesson (or none at all): the annotation is placed in
//!   another document only if its quote is there unchanged, in that one document only, and either
//!   long enough ([`FOREIGN_FUZZY_MIN_CHARS`]) or with its context agreeing
//!   ([`CONTEXT_AGREES_SCORE`]). A copy of the same article under another address (a mirror, the
//!   outlet's page for a lesson document that has no URL) passes that; a few common words that
//!   happen to be in some other article do not. A likeness alone never moves an annotation into
//!   a document its address does not name.
//!
//! What is not placed is kept as an orphaned claim, and [`Unplaced`] says why.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::core::anchor::{
    AnchorMethod, Anchorer, CONTEXT_AGREES_SCORE, Doubt, FOREIGN_FUZZY_MIN_CHARS,
    FOREIGN_FUZZY_MIN_SCORE, ORPHAN_BELOW, Placement, Selector,
};
use crate::core::interop::incoming::Incoming;
use crate::core::lesson::LoadedLesson;
use crate::core::session::{Annotation, EvidenceSource, Orphan};
use crate::core::words::Message;

/// How an annotation's document was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FoundBy {
    /// The file named the lesson's document (Crosscheck's own export).
    Id,
    /// Its address is a document's URL or `urn:`.
    Address,
    /// Its address is none of the documents', but its quote was found in one.
    Quote,
    /// Not found.
    Nothing,
}

/// What became of one imported annotation.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedClaim {
    /// The annotation as the file names it (its id, or its number).
    pub name: String,
    /// Its claim's id in the session.
    pub claim: String,
    /// The lesson document it is in; empty when none.
    pub document: String,
    /// How that document was found.
    pub found_by: FoundBy,
    /// Where the file said it was (chars).
    pub from: Range<usize>,
    /// Where it is now; `None` when orphaned.
    pub to: Option<Range<usize>>,
    /// How it was placed.
    pub method: AnchorMethod,
    /// The placement's score (0..=1).
    pub score: f32,
    /// Why it has no place, when orphaned, as the session keeps it.
    pub orphan: Option<Orphan>,
    /// Why it was not placed, in full, when orphaned.
    pub unplaced: Option<Unplaced>,
}

/// Why an imported annotation was not placed.
#[derive(Clone, Debug, PartialEq)]
pub enum Unplaced {
    /// The file keeps it without a place (Crosscheck's own export of a claim that was not
    /// placed): the session's [`Orphan`] says why.
    AsExported,
    /// Its document is the lesson's, but its quote was not believed there.
    InDocument(Doubt),
    /// Its address is no document of the lesson, and its quote did not settle where it goes.
    Elsewhere {
        /// The address the file gave; empty when it gave none.
        address: String,
        /// What looking for its quote in the lesson's documents found.
        search: Search,
    },
}

/// What looking for the quote of an annotation made on a page the lesson does not have found.
#[derive(Clone, Debug, PartialEq)]
pub enum Search {
    /// It quotes nothing, so there was nothing to look for.
    NoQuote,
    /// The quote is in none of the documents unchanged; the closest likeness (a document and its
    /// score), if there was one.
    NotFound {
        /// The document with the closest likeness, and its score.
        nearest: Option<(String, f32)>,
    },
    /// The quote is in several documents unchanged: which one cannot be told.
    Several {
        /// Those documents, in the lesson's order.
        documents: Vec<String>,
    },
    /// The quote is in one document unchanged, but it is short and its context does not agree.
    TooShort {
        /// The document.
        document: String,
        /// The quote's length in chars.
        chars: usize,
    },
}

/// Places annotations in a lesson's texts, preparing each text once.
pub(crate) struct Placer<'a> {
    lesson: &'a LoadedLesson,
    anchorers: BTreeMap<String, Anchorer<'a>>,
}

impl<'a> Placer<'a> {
    pub(crate) fn new(lesson: &'a LoadedLesson) -> Self {
        let anchorers = lesson
            .texts
            .iter()
            .map(|(id, text)| (id.clone(), Anchorer::new(text)))
            .collect();
        Self { lesson, anchorers }
    }

    /// Places a selector in a document the lesson has a text of: as a revision is when the file
    /// named the document (`named`), else by the rule for annotations made elsewhere.
    fn anchor(&self, document: &str, selector: &Selector, named: bool) -> Option<Placement> {
        let anchorer = self.anchorers.get(document)?;
        Some(if named {
            anchorer.anchor(selector, 0)
        } else {
            anchorer.anchor_foreign(selector).unwrap_or(Placement {
                range: None,
                method: AnchorMethod::Orphaned,
                score: 0.0,
            })
        })
    }

    pub(crate) fn place(
        &mut self,
        item: Incoming,
        warnings: &mut Vec<Message>,
    ) -> (Annotation, ImportedClaim) {
        let Incoming {
            name,
            mut annotation,
            source,
            title,
            named,
        } = item;
        self.place_passages(&name, &mut annotation, named, warnings);
        let mut claim = ImportedClaim {
            name: name.clone(),
            claim: annotation.id.clone(),
            document: annotation.document.clone(),
            found_by: if named { FoundBy::Id } else { FoundBy::Address },
            from: annotation.selector.range(),
            to: None,
            method: AnchorMethod::Orphaned,
            score: 0.0,
            orphan: None,
            unplaced: None,
        };
        let known = self.lesson.text(&annotation.document).is_some();
        if !known {
            claim.found_by = FoundBy::Nothing;
        }
        let placed = if annotation.orphaned.is_some() {
            Err(Unplaced::AsExported)
        } else if known {
            self.warn_outside(&name, &annotation, warnings);
            self.in_its_document(&annotation, named)
        } else {
            self.elsewhere(&annotation.selector)
                .map(|(document, placement)| {
                    warnings.push(if source.is_empty() {
                        Message::new("import-found-by-quote-no-address")
                            .with("annotation", name.as_str())
                            .with("document", document.as_str())
                    } else {
                        Message::new("import-found-by-quote")
                            .with("annotation", name.as_str())
                            .with("source", source.as_str())
                            .with("document", document.as_str())
                    });
                    claim.found_by = FoundBy::Quote;
                    annotation.document = document;
                    placement
                })
                .map_err(|search| Unplaced::Elsewhere {
                    address: source.clone(),
                    search,
                })
        };
        claim.document.clone_from(&annotation.document);
        match placed {
            Ok(p) => {
                let range = p.range.clone().unwrap_or_default();
                if p.method != AnchorMethod::Exact
                    && let Some(text) = self.lesson.text(&annotation.document)
                {
                    annotation.selector = Selector::from_range(text, range.clone());
                }
                claim.to = Some(range);
                claim.method = p.method;
                claim.score = p.score;
            }
            Err(why) => {
                if annotation.orphaned.is_none() {
                    annotation.orphaned = Some(match &why {
                        Unplaced::InDocument(Doubt::NoQuote) => Orphan::NoQuote,
                        Unplaced::InDocument(_) => Orphan::QuoteNotFound,
                        _ => other_document(&source, &title, &annotation),
                    });
                }
                if let Unplaced::InDocument(Doubt::TooWeak { score }) = &why {
                    claim.score = *score;
                }
                claim.orphan.clone_from(&annotation.orphaned);
                claim.unplaced = Some(why);
            }
        }
        (annotation, claim)
    }

    /// Places an annotation in the lesson's document it is about.
    fn in_its_document(&self, annotation: &Annotation, named: bool) -> Result<Placement, Unplaced> {
        let Some(anchorer) = self.anchorers.get(&annotation.document) else {
            return Err(Unplaced::InDocument(Doubt::NotFound));
        };
        if !named {
            return anchorer
                .anchor_foreign(&annotation.selector)
                .map_err(Unplaced::InDocument);
        }
        if annotation.selector.quote.exact.is_empty() {
            return Err(Unplaced::InDocument(Doubt::NoQuote));
        }
        let p = anchorer.anchor(&annotation.selector, 0);
        match p.range {
            Some(_) => Ok(p),
            None if p.score > 0.0 => Err(Unplaced::InDocument(Doubt::TooWeak { score: p.score })),
            None => Err(Unplaced::InDocument(Doubt::NotFound)),
        }
    }

    /// Finds the document of an annotation whose address is none of the lesson's (see the
    /// module's rule): the one document holding its quote unchanged, believably.
    fn elsewhere(&self, selector: &Selector) -> Result<(String, Placement), Search> {
        if selector.quote.exact.is_empty() {
            return Err(Search::NoQuote);
        }
        let mut unchanged: Vec<(String, Placement)> = Vec::new();
        let mut nearest: Option<(String, f32)> = None;
        for doc in &self.lesson.lesson.documents {
            let Some(anchorer) = self.anchorers.get(&doc.id) else {
                continue;
            };
            let likeness = match anchorer.anchor_foreign(selector) {
                Ok(p) if p.method != AnchorMethod::Fuzzy => {
                    unchanged.push((doc.id.clone(), p));
                    continue;
                }
                Ok(p) => p.score,
                Err(Doubt::TooWeak { score }) => score,
                Err(_) => continue,
            };
            if nearest.as_ref().is_none_or(|(_, best)| likeness > *best) {
                nearest = Some((doc.id.clone(), likeness));
            }
        }
        if unchanged.len() > 1 {
            return Err(Search::Several {
                documents: unchanged.into_iter().map(|(d, _)| d).collect(),
            });
        }
        let Some((document, placement)) = unchanged.pop() else {
            return Err(Search::NotFound { nearest });
        };
        let chars = selector.quote.exact.chars().count();
        let has_context = !selector.quote.prefix.is_empty() || !selector.quote.suffix.is_empty();
        if chars >= FOREIGN_FUZZY_MIN_CHARS
            || (has_context && placement.score >= CONTEXT_AGREES_SCORE)
        {
            Ok((document, placement))
        } else {
            Err(Search::TooShort { document, chars })
        }
    }

    /// Warns when a position is outside its document's text.
    fn warn_outside(&self, name: &str, annotation: &Annotation, warnings: &mut Vec<Message>) {
        let Some(text) = self.lesson.text(&annotation.document) else {
            return;
        };
        let range = annotation.selector.range();
        if range.end > text.char_count() {
            warnings.push(
                Message::new("import-position-outside")
                    .with("annotation", name)
                    .with("start", range.start)
                    .with("end", range.end)
                    .with("document", &annotation.document)
                    .with("length", text.char_count()),
            );
        }
    }

    /// Places the evidence passages in the lesson's documents (by the same rule as their
    /// claim); a passage not found is kept where it was and reported.
    fn place_passages(
        &self,
        name: &str,
        annotation: &mut Annotation,
        named: bool,
        warnings: &mut Vec<Message>,
    ) {
        for e in &mut annotation.evidence {
            let EvidenceSource::Passage { document, selector } = &mut e.source else {
                continue;
            };
            let Some(p) = self.anchor(document, selector, named) else {
                continue;
            };
            match (p.range, p.method) {
                (Some(_), AnchorMethod::Exact) => {}
                (Some(range), _) => {
                    if let Some(text) = self.lesson.text(document) {
                        *selector = Selector::from_range(text, range);
                    }
                }
                (None, _) => warnings.push(
                    Message::new("import-evidence-orphaned")
                        .with("annotation", name)
                        .with("evidence", &e.id)
                        .with("document", document.as_str()),
                ),
            }
        }
    }
}

fn other_document(source: &str, title: &str, annotation: &Annotation) -> Orphan {
    Orphan::OtherDocument {
        source: if source.is_empty() {
            annotation.document.clone()
        } else {
            source.to_owned()
        },
        title: title.to_owned(),
    }
}

/// Why an annotation was not placed, as the report says it.
pub(crate) fn unplaced_line(c: &ImportedClaim) -> Message {
    let name = c.name.as_str();
    let doubt_line = |doubt: &Doubt| {
        let line = |id| {
            Message::new(id)
                .with("annotation", name)
                .with("document", &c.document)
        };
        match doubt {
            Doubt::NoQuote => line("import-orphaned-no-quote"),
            Doubt::TooShortForLikeness { chars } => line("import-orphaned-too-short")
                .with("chars", *chars)
                .with("min", FOREIGN_FUZZY_MIN_CHARS),
            Doubt::InsideWords { chars, count } => line("import-orphaned-inside-words")
                .with("chars", *chars)
                .with("count", *count)
                .with("min", FOREIGN_FUZZY_MIN_CHARS),
            Doubt::TooWeak { score } => {
                let min = if c.found_by == FoundBy::Id {
                    ORPHAN_BELOW
                } else {
                    FOREIGN_FUZZY_MIN_SCORE
                };
                line("import-orphaned-too-weak")
                    .with("score", format!("{score:.2}"))
                    .with("min", format!("{min:.2}"))
            }
            Doubt::NotFound => line("import-orphaned-not-found"),
        }
    };
    let elsewhere = |address: &str, why: Message| {
        let address = if address.is_empty() {
            Message::new("import-address-none")
        } else {
            Message::new("import-address-unknown").with("source", address)
        };
        Message::new("import-orphaned-elsewhere")
            .with("annotation", name)
            .with("address", address)
            .with("why", why)
    };
    match (&c.unplaced, &c.orphan) {
        (Some(Unplaced::InDocument(doubt)), _) => doubt_line(doubt),
        (Some(Unplaced::Elsewhere { address, search }), _) => {
            let why = match search {
                Search::NoQuote => Message::new("import-elsewhere-no-quote"),
                Search::NotFound { nearest: None } => Message::new("import-elsewhere-not-found"),
                Search::NotFound {
                    nearest: Some((document, score)),
                } => Message::new("import-elsewhere-nearest")
                    .with("document", document.as_str())
                    .with("score", format!("{score:.2}")),
                Search::Several { documents } => Message::new("import-elsewhere-several")
                    .with("count", documents.len())
                    .with("documents", documents.join(", ")),
                Search::TooShort { document, chars } => Message::new("import-elsewhere-too-short")
                    .with("document", document.as_str())
                    .with("chars", *chars)
                    .with("min", FOREIGN_FUZZY_MIN_CHARS),
            };
            elsewhere(address, why)
        }
        (_, Some(Orphan::OtherDocument { source, .. })) => {
            elsewhere(source, Message::new("import-elsewhere-as-exported"))
        }
        (_, Some(Orphan::NoQuote)) => doubt_line(&Doubt::NoQuote),
        (_, _) => Message::new("import-orphaned-as-exported")
            .with("annotation", name)
            .with("document", &c.document),
    }
}

#[cfg(test)]
mod tests;
