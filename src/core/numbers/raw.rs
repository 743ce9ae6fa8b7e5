//! The numbers of a sentence before it is known what they count: digits (with a multiplier,
//! or as a range), number words through `text2num`, vague words ("dozens", "hundreds of
//! thousands"), and the qualifier before each.

use std::borrow::Cow;
use std::ops::Range;

use super::Qualifier;
use super::Value;
use super::lexicon;
use super::tokens::{Kind, Token};
use super::vocab;

/// A number among the tokens, before it is known what it counts.
#[derive(Clone, Debug)]
pub(super) struct Raw {
    /// Token indices of the number (with a multiplier or the second end of a range).
    pub(super) tokens: Range<usize>,
    pub(super) value: Value,
    /// "dozens of": the counted noun comes after "of".
    pub(super) skip_of: bool,
}

pub(super) fn digit_numbers(toks: &[Token<'_>]) -> Vec<Raw> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Kind::Digits(value) = toks[i].kind else {
            i += 1;
            continue;
        };
        if not_a_count(toks, i, value) {
            i += 1;
            continue;
        }
        let year_like = value.fract() == 0.0
            && (1900.0..=2100.0).contains(&value)
            && toks[i].text.chars().count() == 4;
        let mut end = i + 1;
        let mut low = value;
        let mut high = value;
        // A range: "18-20", "50 to 60", "between 5000 and 6000".
        let between = i >= 1 && matches!(toks[i - 1].lower.as_str(), "between" | "entre");
        // "rose from 64 to 2,975", "al pasar de 186 a 192": two counts, not a range.
        let from = i >= 1 && matches!(toks[i - 1].lower.as_str(), "from" | "de" | "desde");
        if let Some(sep) = toks.get(i + 1)
            && !from
            && (sep.is_any_punct("-–")
                || matches!(sep.lower.as_str(), "to" | "a")
                || (between && matches!(sep.lower.as_str(), "and" | "y")))
            && let Some(Kind::Digits(second)) = toks.get(i + 2).map(|t| &t.kind)
            && *second > value
        {
            high = *second;
            end = i + 3;
        }
        // "30 million".
        if let Some(factor) = toks.get(end).and_then(|t| {
            lexicon::MULTIPLIERS
                .iter()
                .find(|(w, _)| *w == t.lower)
                .map(|(_, f)| *f)
                .or_else(|| vocab::multiplier(&t.lower))
        }) {
            low *= factor;
            high *= factor;
            end += 1;
        }
        if year_like && end == i + 1 && qualifier_before(toks, i).is_none() {
            i += 1;
            continue;
        }
        // "5,3 millones de catalanes": the noun after "de".
        let multiplied = end > i + 1 && !matches!(toks[end - 1].kind, Kind::Digits(_));
        let of = multiplied
            && toks
                .get(end)
                .is_some_and(|t| matches!(t.lower.as_str(), "de" | "of"));
        out.push(Raw {
            tokens: i..end,
            value: Value {
                low,
                high,
                vague: false,
            },
            skip_of: of,
        });
        i = end;
    }
    out
}

/// Whether the digits at token `i` are no count: a model or a code ("MQ-9", "M7.1"), a time
/// ("13:55", "7 pm", "a las 13.14"), an ordinal or a decade ("3rd", "20s"), a name or a rating
/// ("Category 5", "رقم 12"), an age after a name, or people counted before ("those 2").
fn not_a_count(toks: &[Token<'_>], i: usize, value: f64) -> bool {
    let glued = |k: usize| toks.get(k).is_some_and(|t| !t.spaced);
    let prev_glued_word =
        i >= 2 && toks[i - 1].is_punct('-') && glued(i) && glued(i - 1) && toks[i - 2].is_word();
    let time = (toks.get(i + 1).is_some_and(|t| t.is_punct(':')) && glued(i + 1) && glued(i + 2))
        || (i >= 1
            && toks[i - 1].is_punct(':')
            && glued(i)
            && i >= 2
            && matches!(toks[i - 2].kind, Kind::Digits(_)));
    let ordinal = glued(i + 1)
        && toks
            .get(i + 1)
            .is_some_and(|t| t.is_word() && (lexicon::ordinal_suffix(&t.lower) || t.lower == "s"));
    // "M7.1": the decimals of a code or a magnitude written glued to a letter.
    let decimals_of_code = i >= 2
        && glued(i)
        && toks[i - 1].is_any_punct(".,")
        && glued(i - 1)
        && toks[i - 2].is_word()
        && toks[i - 2]
            .text
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_digit());
    // A model or a code ("MQ-9", "F-16"), a time, an ordinal: not counts.
    let before = |k: usize| i.checked_sub(k).map_or("", |b| toks[b].lower.as_str());
    let after = |k: usize| toks.get(i + k).map_or("", |t| t.lower.as_str());
    // "Category 5", "artículo 4", "العنبر رقم 12": a name or a rating.
    let name = matches!(
        before(1),
        "category" | "categoría" | "article" | "artículo" | "number" | "no" | "رقم" | "מספר"
    );
    // "7 pm", "18.14 GMT", "a las 13.14": a time of day.
    let clock = matches!(after(1), "pm" | "am" | "gmt" | "utc" | "hrs" | "h")
        || (matches!(before(1), "las") && matches!(before(2), "a" | "desde" | "hasta"));
    // "Brenton Tarrant, 28,": an age after a name.
    let age = value < 120.0
        && before(1) == ","
        && matches!(after(1), "," | ")")
        && i >= 2
        && toks[i - 2]
            .text
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    // "those two police officers": people counted before.
    let anaphoric = matches!(
        before(1),
        "those" | "these" | "estos" | "estas" | "esos" | "esas" | "dichos" | "dichas"
    );
    prev_glued_word || time || ordinal || decimals_of_code || name || clock || age || anaphoric
}

/// A word token as `text2num` sees it: separated from the word before by punctuation or digits.
pub(super) struct WordToken<'t> {
    lower: &'t str,
    index: usize,
    separated: bool,
}

impl text2num::Token for &WordToken<'_> {
    fn text(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.lower)
    }

    fn text_lowercase(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.lower)
    }

    fn nt_separated(&self, _previous: &Self) -> bool {
        self.separated
    }
}

pub(super) fn word_numbers(toks: &[Token<'_>], language: &text2num::Language) -> Vec<Raw> {
    let mut words = Vec::new();
    let mut separated = false;
    for (index, t) in toks.iter().enumerate() {
        let vague = lexicon::VAGUE.iter().any(|(w, _, _)| *w == t.lower);
        if t.is_word() && !vague {
            words.push(WordToken {
                lower: &t.lower,
                index,
                separated,
            });
            separated = false;
        } else if !t.is_punct('-') || t.spaced {
            separated = true;
        }
    }
    if words.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for found in text2num::find_numbers(words.iter(), language, 0.0) {
        if found.is_ordinal || found.end <= found.start {
            continue;
        }
        let first = words[found.start].index;
        let last = words[found.end - 1].index;
        // Not "one" as a pronoun or an article ("one of them", "the one", "un ataque").
        if found.end - found.start == 1 && found.value <= 1.0 {
            let w = toks[first].lower.as_str();
            let prev = first
                .checked_sub(1)
                .and_then(|k| toks.get(k))
                .map_or("", |t| t.lower.as_str());
            let next = toks.get(first + 1).filter(|t| t.is_word());
            // Spanish "una", "uno" are articles unless they go on a list of counts ("en
            // Guerrero a 6 y una última en Oaxaca") or name what happened ("un muerto").
            let article = matches!(w, "una" | "uno")
                && !matches!(prev, "y" | ",")
                && !toks[first.saturating_sub(6)..first]
                    .iter()
                    .any(|t| matches!(t.kind, Kind::Digits(_)))
                && next.is_none_or(|n| lexicon::casualty(&n.lower).is_none());
            // "zero communication": rhetorical, unless it counts people or what befell them.
            let rhetorical = matches!(w, "zero" | "cero")
                && !next.is_some_and(|n| {
                    lexicon::casualty(&n.lower).is_some()
                        || vocab::subject(&n.lower).is_some()
                        || lexicon::people(&lexicon::lemma(&n.lower))
                });
            let counts = matches!(w, "one" | "uno" | "una" | "zero" | "cero")
                && !article
                && !rhetorical
                && !lexicon::not_before_one(prev)
                && next.is_some_and(|n| !lexicon::not_after_one(&n.lower));
            if !counts && qualifier_before(toks, first).is_none() {
                continue;
            }
        }
        // "42 por ciento": a percentage, not a hundred.
        if toks[first].lower == "ciento" && first >= 1 && toks[first - 1].lower == "por" {
            continue;
        }
        // "those two police officers": people counted before.
        if first >= 1
            && matches!(
                toks[first - 1].lower.as_str(),
                "those" | "these" | "estos" | "estas" | "esos" | "esas" | "dichos" | "dichas"
            )
        {
            continue;
        }
        out.push(Raw {
            tokens: first..last + 1,
            value: Value {
                low: found.value,
                high: found.value,
                vague: false,
            },
            skip_of: false,
        });
    }
    out
}

pub(super) fn vague_numbers(toks: &[Token<'_>]) -> Vec<Raw> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        // "a million", "un millón", "a thousand": one of the unit.
        if matches!(t.lower.as_str(), "a" | "an" | "un")
            && let Some(&(_, unit)) = toks
                .get(i + 1)
                .and_then(|n| lexicon::MULTIPLIERS.iter().find(|(w, _)| *w == n.lower))
        {
            out.push(Raw {
                tokens: i..i + 2,
                value: Value {
                    low: unit,
                    high: unit,
                    vague: false,
                },
                skip_of: false,
            });
            continue;
        }
        let Some(&(_, low, high)) = lexicon::VAGUE.iter().find(|(w, _, _)| *w == t.lower) else {
            continue;
        };
        // "a dozen", "una docena", "un centenar"; "dozens of", "cientos de".
        let start = if i > 0 && matches!(toks[i - 1].lower.as_str(), "a" | "una" | "un") {
            i - 1
        } else {
            i
        };
        let of = toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "of" | "de"));
        // "thousands missing", "dozens remain injured", "أصيب الآلاف": a state said of them.
        let stated = toks[i + 1..(i + 3).min(toks.len())]
            .iter()
            .any(|n| state_word(n).is_some())
            || i.checked_sub(1)
                .is_some_and(|k| state_word(&toks[k]).is_some());
        if low > 12.0 && !of && !stated {
            // "hundreds" alone, "thousands" alone: not a count of anything said.
            continue;
        }
        // "hundreds of thousands", "decenas de miles": one vague number.
        let unit = toks.get(i + 2).and_then(|t| match t.lower.as_str() {
            "thousands" | "miles" => Some(1_000.0),
            "millions" | "millones" => Some(1_000_000.0),
            _ => None,
        });
        if let Some(unit) = unit.filter(|_| of) {
            let of_after = toks
                .get(i + 3)
                .is_some_and(|n| matches!(n.lower.as_str(), "of" | "de"));
            out.push(Raw {
                tokens: start..i + 3,
                value: Value {
                    low: low * unit,
                    high: high * unit,
                    vague: true,
                },
                skip_of: of_after,
            });
            continue;
        }
        out.push(Raw {
            tokens: start..i + 1,
            value: Value {
                low,
                high,
                vague: high > low,
            },
            skip_of: of,
        });
    }
    out
}

/// The qualifier phrase that ends just before token `at` (the longest): its first token.
pub(super) fn qualifier_before(toks: &[Token<'_>], at: usize) -> Option<(usize, Qualifier)> {
    if at > toks.len() {
        return None;
    }
    let mut best: Option<(usize, Qualifier)> = None;
    for (words, qualifier) in lexicon::QUALIFIERS.iter().chain(vocab::QUALIFIERS) {
        let n = words.len();
        if n > at || best.is_some_and(|(start, _)| at - start >= n) {
            continue;
        }
        let start = at - n;
        let matches = toks[start..at]
            .iter()
            .zip(words.iter())
            .all(|(t, w)| t.is_word() && t.lower == *w);
        if matches {
            best = Some((start, *qualifier));
        }
    }
    best
}

/// What a word says happened to those counted; not a month's name ("in March").
pub(super) fn state_word(t: &Token<'_>) -> Option<&'static str> {
    let month =
        lexicon::month(&t.lower).is_some() && t.text.chars().next().is_some_and(char::is_uppercase);
    lexicon::casualty(&t.lower).filter(|_| t.is_word() && !month)
}
