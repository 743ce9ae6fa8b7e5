//! Finding the quantitative statements of one sentence: the numbers (digits, words through
//! `text2num`, vague words), what each counts, its qualifier, and its period.

use std::borrow::Cow;
use std::ops::Range;

use super::dates::{self, Cue, DateSpan, Found, When};
use super::lexicon::{self, Qualifier};
use super::scope::{another_year, measure_around, part_or_earlier, place_in};
use super::tokens::{Kind, Token, clause_bounds};
use super::vocab;
use super::{Counted, Period, Value};

/// A number among the tokens, before it is known what it counts.
#[derive(Clone, Debug)]
struct Raw {
    /// Token indices of the number (with a multiplier or the second end of a range).
    tokens: Range<usize>,
    value: Value,
    /// "dozens of": the counted noun comes after "of".
    skip_of: bool,
}

/// A statement of one sentence, with byte ranges in its paragraph.
#[derive(Clone, Debug)]
pub struct Local {
    pub value: Value,
    pub number: String,
    pub qualifier: Option<Qualifier>,
    pub qualifier_written: String,
    pub counted: Counted,
    pub period: Period,
    pub bytes: Range<usize>,
    pub clause: Range<usize>,
    pub place: String,
    /// Who the sentence says gave the count ("officials").
    pub attribution: String,
    /// Taken from the number before it with nothing more said: a part of it ("of the 59 …, 32
    /// were"), unless the two name two places ("86 in the capital, 71 in Morelos").
    pub listed: bool,
}

/// What a sentence needs besides its tokens.
pub struct Context<'l> {
    /// The document's date.
    pub date: Option<DateSpan>,
    /// Number words in the document's language (`None`: digits and vague words only).
    pub words: Option<&'l text2num::Language>,
    /// The language puts the noun before its adjectives ("papeletas emitidas", "personas
    /// fallecidas"): the counted noun is the first word after the number, not the last.
    pub noun_first: bool,
}

/// The statements of a sentence.
pub fn statements(toks: &[Token<'_>], paragraph: &str, context: &Context<'_>) -> Vec<Local> {
    let mut raws = digit_numbers(toks);
    if let Some(language) = context.words {
        raws.extend(word_numbers(toks, language));
    }
    raws.extend(vague_numbers(toks));
    if raws.is_empty() {
        return Vec::new();
    }
    raws.sort_by_key(|r| r.tokens.start);
    // "$30 million": the word "million" is part of the number in digits before it.
    let mut kept: Vec<Raw> = Vec::with_capacity(raws.len());
    for raw in raws {
        if kept.last().is_none_or(|k| k.tokens.end <= raw.tokens.start) {
            kept.push(raw);
        }
    }
    // "٣٥ families (35)": the same number again in brackets.
    kept.retain(|r| {
        let bracketed = r.tokens.start > 0
            && toks[r.tokens.start - 1].is_punct('(')
            && toks.get(r.tokens.end).is_some_and(|t| t.is_punct(')'));
        !bracketed
    });
    let mut raws = kept;
    let found: Vec<Found> = raws
        .iter()
        .map(|r| (r.tokens.clone(), r.value.low))
        .collect();
    let cues = dates::cues(toks, &found, context.date);
    // A number inside a date or a duration is part of the period, not a statement.
    raws.retain(|r| {
        !cues
            .iter()
            .any(|c| c.tokens.start < r.tokens.end && r.tokens.start < c.tokens.end)
    });
    // "could rise to 20", "is expected to reach 300": a forecast counts nothing yet.
    raws.retain(|r| !forecast_before(toks, r.tokens.start));
    let numbers: Vec<Range<usize>> = raws.iter().map(|r| r.tokens.clone()).collect();
    let (attribution, source_words) = super::source::attribution(toks, paragraph);
    let mut out: Vec<Local> = Vec::new();
    for raw in raws {
        let chosen = chosen_cues(toks, &cues, &raw.tokens, &numbers);
        let others: Vec<Range<usize>> = numbers
            .iter()
            .filter(|n| **n != raw.tokens && !measure_around(toks, n))
            .cloned()
            .collect();
        if let Some(mut statement) = statement(
            toks,
            paragraph,
            &raw,
            (&chosen, &numbers),
            context,
            out.last(),
        )
        {
            statement.place = place_in(toks, paragraph, &raw.tokens, (&others, &source_words));
            statement.attribution.clone_from(&attribution);
            let sibling = out.last().is_some_and(|p| {
                !p.place.is_empty() && !statement.place.is_empty() && p.place != statement.place
            });
            if statement.listed && !sibling {
                statement.counted.part = true;
            }
            out.push(statement);
        }
    }
    // "24 km", "$30 million", "40 percent": a measure or a sum of money, not a count of events or
    // people (left out after the loop: a part still follows the number before it).
    out.retain(|s| !lexicon::measure(&s.counted.lemma) && !vocab::unit(&s.counted.lemma));
    out
}

/// How many words before a number are looked at for a forecast.
const FORECAST_WINDOW: usize = 7;

/// Whether the few words just before the number, in its clause (punctuation or another number
/// stops the look back), make it a forecast: a word of expecting and a verb of growing ("could
/// rise to 20", "expected the toll to reach 300"); "could confirm 20" stays a count.
fn forecast_before(toks: &[Token<'_>], at: usize) -> bool {
    let before: Vec<&Token<'_>> = toks[..at.min(toks.len())]
        .iter()
        .rev()
        .take_while(|t| t.is_word())
        .take(FORECAST_WINDOW)
        .collect();
    before.iter().any(|t| lexicon::forecast(t.text))
        && before.iter().any(|t| lexicon::growth(&t.lower))
}

fn digit_numbers(toks: &[Token<'_>]) -> Vec<Raw> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Kind::Digits(value) = toks[i].kind else {
            i += 1;
            continue;
        };
        let glued = |k: usize| toks.get(k).is_some_and(|t| !t.spaced);
        let prev_glued_word = i >= 2
            && toks[i - 1].is_punct('-')
            && glued(i)
            && glued(i - 1)
            && toks[i - 2].is_word();
        let time =
            (toks.get(i + 1).is_some_and(|t| t.is_punct(':')) && glued(i + 1) && glued(i + 2))
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
            && toks[i - 2].text.chars().last().is_some_and(|c| c.is_ascii_digit());
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
            && toks[i - 2].text.chars().next().is_some_and(char::is_uppercase);
        // "those two police officers": people counted before.
        let anaphoric = matches!(
            before(1),
            "those" | "these" | "estos" | "estas" | "esos" | "esas" | "dichos" | "dichas"
        );
        if prev_glued_word || time || ordinal || decimals_of_code || name || clock || age || anaphoric {
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
        out.push(Raw {
            tokens: i..end,
            value: Value {
                low,
                high,
                vague: false,
            },
            skip_of: false,
        });
        i = end;
    }
    out
}

/// A word token as `text2num` sees it: separated from the word before by punctuation or digits.
struct WordToken<'t> {
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

fn word_numbers(toks: &[Token<'_>], language: &text2num::Language) -> Vec<Raw> {
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
                && !next.is_some_and(|n| lexicon::casualty(&n.lower).is_some());
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

fn vague_numbers(toks: &[Token<'_>]) -> Vec<Raw> {
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
            || i.checked_sub(1).is_some_and(|k| state_word(&toks[k]).is_some());
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
fn qualifier_before(toks: &[Token<'_>], at: usize) -> Option<(usize, Qualifier)> {
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

/// The noun phrase after a number: its word token indices (the head is the last).
fn phrase_after(toks: &[Token<'_>], from: usize) -> Vec<usize> {
    const LONGEST: usize = 6;
    let mut words = Vec::new();
    let mut k = from;
    while k < toks.len() && words.len() < LONGEST {
        let t = &toks[k];
        if t.is_word() {
            let conjunction = matches!(t.lower.as_str(), "and" | "or" | "y" | "o");
            if conjunction && !words.is_empty() && continues_list(toks, k + 1) {
                k += 1;
                continue;
            }
            let rtl = vocab::right_to_left(t.text);
            let month = lexicon::month(&t.lower).is_some()
                && (rtl || t.text.chars().next().is_some_and(char::is_uppercase));
            // "detained 120 students Friday": a day is not part of what is counted.
            let day = lexicon::weekday(&t.lower).is_some();
            let verb = !words.is_empty() && lexicon::verb_after_noun(&t.lower);
            // "participants thanks to volunteers".
            let thanks = t.lower == "thanks" && word_at(toks, k + 1) == "to";
            if lexicon::ends_phrase(&t.lower) || month || day || verb || thanks {
                break;
            }
            words.push(k);
            // Arabic and Hebrew put the counted noun first and describe it after.
            if rtl {
                break;
            }
            // "62 times American bases were attacked", "24 km west": the noun ends there.
            if lexicon::occasions(&lexicon::lemma(&t.lower)) || lexicon::unit(&t.lower) {
                break;
            }
        } else if t.is_punct(',') && !words.is_empty() && list_ahead(toks, k + 1) {
            // "missile, rocket, and drone operations".
        } else if t.is_punct('-') && !t.spaced && !words.is_empty() {
            // "non-serious", "ground-to-ground": one word.
        } else if words.is_empty() && t.is_any_punct("\"“'‘«") {
            // 4,645 "excess deaths": the noun is inside the quotes.
        } else {
            break;
        }
        k += 1;
    }
    words
}

/// Whether the word at `k` can go on a list of modifiers ("rocket and drone").
fn continues_list(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        t.is_word() && !lexicon::ends_phrase(&t.lower) && qualifier_before(toks, k + 1).is_none()
    })
}

/// Whether the words after a comma lead to "and" or "or" before the phrase ends: a list.
fn list_ahead(toks: &[Token<'_>], from: usize) -> bool {
    for t in toks.iter().skip(from).take(8) {
        if t.is_word() && matches!(t.lower.as_str(), "and" | "or" | "y" | "o") {
            return true;
        }
        let in_phrase = t.is_word() && !lexicon::ends_phrase(&t.lower);
        if !in_phrase && !t.is_punct(',') {
            return false;
        }
    }
    false
}

pub(super) fn word_at<'t>(toks: &'t [Token<'_>], k: usize) -> &'t str {
    toks.get(k)
        .filter(|t| t.is_word())
        .map_or("", |t| t.lower.as_str())
}

pub(super) fn text_of(paragraph: &str, toks: &[Token<'_>], range: Range<usize>) -> String {
    if range.is_empty() {
        return String::new();
    }
    paragraph[toks[range.start].bytes.start..toks[range.end - 1].bytes.end].to_owned()
}

/// Casualty words just before a number (its qualifier skipped): "killed and wounded more than
/// 60", "the death of 3"; their first token and lemmas.
fn states_before(toks: &[Token<'_>], at: usize) -> (usize, Vec<&'static str>) {
    let mut k = at;
    // "the death of 3", "the number of dead at 16".
    // "detuvieron a seis personas".
    if k >= 1 && matches!(toks[k - 1].lower.as_str(), "of" | "de" | "at" | "to" | "a") {
        k -= 1;
    }
    let mut states = Vec::new();
    let mut start = at;
    while k > 0 {
        let t = &toks[k - 1];
        if let Some(state) = state_word(t) {
            states.insert(0, state);
            start = k - 1;
        } else if states.is_empty()
            || !(t.is_punct(',') || matches!(t.lower.as_str(), "and" | "or" | "y" | "o"))
        {
            break;
        }
        k -= 1;
    }
    (start, states)
}

/// What a word says happened to those counted; not a month's name ("in March").
fn state_word(t: &Token<'_>) -> Option<&'static str> {
    let month = lexicon::month(&t.lower).is_some() && t.text.chars().next().is_some_and(char::is_uppercase);
    lexicon::casualty(&t.lower).filter(|_| t.is_word() && !month)
}

/// Casualty words in the few words after a phrase: "59 US personnel who sustained injuries".
fn states_after(toks: &[Token<'_>], from: usize, numbers: &[Range<usize>]) -> Vec<&'static str> {
    const WINDOW_WORDS: usize = 9;
    let mut out = Vec::new();
    for (k, t) in toks
        .iter()
        .enumerate()
        .skip(from)
        .filter(|(_, t)| !t.is_punct('-'))
        .take(WINDOW_WORDS)
    {
        // Another number's words are its own ("41 dead and 9 police hurt", "844 heridos, dos
        // en estado grave").
        if t.is_any_punct(".;:!?") || numbers.iter().any(|n| n.start == k) {
            break;
        }
        if let Some(state) = state_word(t) {
            // "killed 14 and injured more than 200": "injured" is the next number's.
            let next_counts = toks.get(k + 1).is_some_and(|n| {
                matches!(n.kind, Kind::Digits(_))
                    || (k + 2..k + 6)
                        .any(|q| qualifier_before(toks, q).is_some_and(|(start, _)| start == k + 1))
            });
            if next_counts {
                break;
            }
            if !out.contains(&state) {
                out.push(state);
            }
        }
    }
    out
}

fn statement(
    toks: &[Token<'_>],
    paragraph: &str,
    raw: &Raw,
    (cues, numbers): (&[&Cue], &[Range<usize>]),
    context: &Context<'_>,
    previous: Option<&Local>,
) -> Option<Local> {
    let at = raw.tokens.start;
    if measure_around(toks, &raw.tokens) {
        return None;
    }
    let mut first = at;
    // Currency before the number: "$30 million".
    let currency = at
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .and_then(|t| match t.kind {
            Kind::Punct('$') => Some("dollar"),
            Kind::Punct('€') => Some("euro"),
            Kind::Punct('£') => Some("pound"),
            _ => None,
        });
    if currency.is_some() {
        first = at - 1;
    }
    let qualifier = qualifier_before(toks, first);
    if let Some((start, _)) = qualifier {
        first = start;
    }
    let (states_start, mut states) = states_before(toks, first);
    let clause = clause_bounds(toks, at);
    let Noun {
        written,
        mut lemma,
        last,
        named,
        inherited,
        implied,
        mut tallied,
    } = noun(
        toks,
        paragraph,
        raw,
        (currency, first, context.noun_first),
        &clause,
        previous,
    )?;
    for state in implied {
        if !states.contains(&state) {
            states.push(state);
        }
    }
    if states.is_empty() && vocab::subject(&lemma).is_some_and(vocab::crowd) {
        // "1.03 million participants": those who marched.
        states.push("marched");
    }
    if !named && !inherited && !states.is_empty() && !lexicon::occasions(&lemma) {
        // "Bombings kill 45": a verb of what happened with no noun after counts people.
        "people".clone_into(&mut lemma);
    }
    let people = lexicon::people(&lemma)
        || vocab::subject(&lemma).is_some_and(|s| !matches!(s, "attack" | "drone"));
    if states.is_empty() || people || !named {
        for state in states_after(toks, last, numbers) {
            if !states.contains(&state) && (people || !named) {
                states.push(state);
            }
        }
    }
    if states.is_empty()
        && (people || lemma == "people")
        && let Some(state) = (clause.start..first).rev().find_map(|k| tally_at(toks, k))
    {
        // "The death toll has increased to forty-nine people".
        states.push(state);
        tallied = true;
    }
    if lemma.is_empty() && states.is_empty() {
        return None;
    }
    if lemma.is_empty() {
        // "put the number of dead at 16": casualties with no noun count people.
        "people".clone_into(&mut lemma);
    }
    if raw.value.low.fract() != 0.0 && (lexicon::people(&lemma) || lemma == "people" || !named) {
        // "7.1" people: a measure whose unit the sentence left out, not a count.
        return None;
    }
    // "Out of the 59 …, 32 were …": a part of the number before, when it says nothing more of
    // what happened to them.
    let listed = inherited
        && previous.is_some_and(|p| {
            states
                .iter()
                .all(|s| p.counted.states.iter().any(|q| q == s))
        });
    let part = part_or_earlier(toks, first.min(states_start), raw.tokens.end)
        || another_year(toks, context.date);
    let toll = states.iter().any(|s| vocab::toll(s));
    // "181 dead in the capital, 73 in the north": a list goes on counting the same.
    let states: Vec<String> = match previous {
        Some(p) if people && states.is_empty() && !named && p.counted.lemma == lemma => {
            p.counted.states.clone()
        }
        _ => states.into_iter().map(str::to_owned).collect(),
    };
    let start_token = first.min(states_start);
    let bytes = toks[start_token].bytes.start..toks[last - 1].bytes.end;
    let clause_bytes = toks[clause.start].bytes.start..toks[clause.end - 1].bytes.end;
    Some(Local {
        value: raw.value,
        number: text_of(paragraph, toks, raw.tokens.clone()),
        qualifier: qualifier.map(|(_, q)| q),
        qualifier_written: qualifier.map_or_else(String::new, |(start, _)| {
            text_of(
                paragraph,
                toks,
                start..if currency.is_some() { at - 1 } else { at },
            )
        }),
        counted: Counted {
            written,
            lemma,
            states,
            part,
        },
        period: period(
            toks,
            paragraph,
            cues,
            context.date,
            (toll, tallied && !day_of_event(toks, cues, &raw.tokens)),
        ),
        bytes,
        clause: clause_bytes,
        place: String::new(),
        attribution: String::new(),
        listed,
    })
}

/// What a number counts: the noun phrase after it (or before, or the previous number's).
struct Noun {
    written: String,
    lemma: String,
    /// The token after the phrase.
    last: usize,
    /// Whether the sentence names it after the number (not inherited or guessed).
    named: bool,
    /// Whether it is the previous number's thing.
    inherited: bool,
    /// What the noun itself says happened ("the death toll").
    implied: Vec<&'static str>,
    /// The count is a tally's ("the death toll rose to 19"): a day named is the day it stood so.
    tallied: bool,
}

fn noun(
    toks: &[Token<'_>],
    paragraph: &str,
    raw: &Raw,
    (currency, first, noun_first): (Option<&str>, usize, bool),
    clause: &Range<usize>,
    previous: Option<&Local>,
) -> Option<Noun> {
    let at = raw.tokens.start;
    let mut after = raw.tokens.end;
    if raw.skip_of {
        after += 1;
    }
    // "son 319 las víctimas fatales": the noun after its article.
    if noun_first && matches!(word_at(toks, after), "los" | "las") {
        after += 1;
    }
    let percent = toks.get(after).is_some_and(|t| t.is_punct('%'))
        || (word_at(toks, after) == "por" && word_at(toks, after + 1) == "ciento")
        || (word_at(toks, after) == "per" && word_at(toks, after + 1) == "cent");
    let phrase = if percent {
        Vec::new()
    } else {
        phrase_after(toks, after)
    };
    // "personas fallecidas", "papeletas emitidas": in Spanish the noun comes first and the words
    // after it say what happened to those counted.
    let head_index = if noun_first {
        phrase.first()
    } else {
        phrase.last()
    };
    let head = head_index.map(|&k| toks[k].lower.as_str());
    if head.is_some_and(|h| lexicon::time_unit_days(h).is_some()) {
        // "40 days after": a length of time, not a count.
        return None;
    }
    // "four and a half hours", "dos y media": a measure; counts are whole.
    let half = (word_at(toks, after) == "and" && word_at(toks, after + 2) == "half")
        || (word_at(toks, after) == "y" && matches!(word_at(toks, after + 1), "media" | "medio"));
    if half {
        return None;
    }
    // "70 times the official estimate", "tres veces más": a ratio, not occasions.
    if head.is_some_and(|h| matches!(h, "times" | "veces"))
        && let Some(&k) = head_index
        && matches!(
            word_at(toks, k + 1),
            "the" | "more" | "higher" | "larger" | "greater" | "bigger" | "as" | "más" | "mayor"
        )
    {
        return None;
    }
    let mut last = phrase.last().map_or(raw.tokens.end, |&k| k + 1);
    if percent {
        last = after + 1;
    }
    let mut implied = Vec::new();
    let mut tallied = false;
    let (written, mut lemma) = if let Some(unit) = currency {
        (toks[at - 1].text.to_owned(), unit.to_owned())
    } else if percent {
        ("%".to_owned(), "percent".to_owned())
    } else if let Some(head) = head {
        let police = phrase
            .iter()
            .any(|&k| vocab::subject(&toks[k].lower) == Some("police"));
        // "41 dead", "3 deaths", "٢١٤ قتيلاً": people, in that state.
        let head_state = lexicon::casualty(head);
        implied.extend(head_state);
        if noun_first {
            implied.extend(
                phrase
                    .iter()
                    .skip(1)
                    .filter_map(|&k| state_word(&toks[k]))
                    .filter(|s| Some(*s) != head_state),
            );
        }
        let head_token = head_index.map(|&k| &toks[k]);
        let lemma = if police {
            // "police officers" are police.
            "police".to_owned()
        } else if head_state.is_some() {
            "people".to_owned()
        } else if noun_first {
            vocab::spanish_lemma(head)
        } else if head_token.is_some_and(|t| demonym(t, toks, at)) {
            // "1,052 Americans died": people of a nation, counted as people.
            "people".to_owned()
        } else {
            lexicon::lemma(head)
        };
        let inherited = previous
            .filter(|p| lexicon::generic_people(&lemma) && lexicon::people(&p.counted.lemma));
        if lexicon::batch(&lemma) && matches!(word_at(toks, last), "of" | "de") {
            // "three rounds of airstrikes".
            let of = phrase_after(toks, last + 1);
            if let Some(&end) = of.last() {
                last = end + 1;
            }
        }
        let written = text_of(paragraph, toks, phrase[0]..last);
        (
            written,
            inherited.map_or(lemma, |p| p.counted.lemma.clone()),
        )
    } else if let Some((toll, state)) = toks[..first]
        .iter()
        .rev()
        .take_while(|t| !t.is_any_punct(".;"))
        .enumerate()
        .find_map(|(back, t)| tally_at(toks, first - 1 - back).map(|s| (t, s)))
        .filter(|_| previous.is_none_or(|p| !lexicon::people(&p.counted.lemma)))
    {
        // "The death toll … rose to 19": a toll counts the dead; a turnout, those who marched.
        implied.push(state);
        tallied = true;
        (
            paragraph[toll.bytes.clone()].to_owned(),
            "people".to_owned(),
        )
    } else if let Some(previous) = previous.filter(|p| !p.counted.lemma.is_empty()) {
        // "out of the 59 US personnel …, 32 were": the same thing as the number before.
        (
            previous.counted.written.clone(),
            previous.counted.lemma.clone(),
        )
    } else {
        let (written, lemma) = noun_before(toks, paragraph, clause.start, first);
        match lexicon::casualty(&written.to_lowercase()) {
            // "A los muertos … se suman 69": people, in that state.
            Some(state) if !written.is_empty() => {
                implied.push(state);
                (written, "people".to_owned())
            }
            _ => (written, lemma),
        }
    };
    if lexicon::occasions(&lemma)
        && let Some(event) = toks[clause.clone()]
            .iter()
            .find_map(|t| lexicon::event_of_verb(&t.lower))
    {
        // "attacked 62 times" counts attacks.
        event.clone_into(&mut lemma);
    }
    let inherited = previous.is_some_and(|p| p.counted.lemma == lemma)
        && head.is_none_or(|h| lexicon::generic_people(&lexicon::lemma(h)));
    Some(Noun {
        written,
        lemma,
        last,
        named: head.is_some(),
        inherited,
        implied,
        tallied,
    })
}

/// Whether a day named in the sentence is the event's ("the toll stood at 64 after the storm
/// struck on Sept. 20"), not the day the tally stood so: a word of "after" lies between.
fn day_of_event(toks: &[Token<'_>], cues: &[&Cue], number: &Range<usize>) -> bool {
    cues.iter().any(|c| {
        let between = if c.tokens.start >= number.end {
            number.end..c.tokens.start
        } else {
            c.tokens.end..number.start
        };
        toks[between].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "after" | "since" | "following" | "when" | "tras" | "después" | "desde" | "cuando"
            )
        })
    })
}

/// What the tally at token `k` counts: "the death toll", "the number of injured", "the latest
/// estimate of those displaced", "el número de fallecidos", "حصيلة"; `None` for other words.
fn tally_at(toks: &[Token<'_>], k: usize) -> Option<&'static str> {
    let t = toks.get(k).filter(|t| t.is_word())?;
    let before = k.checked_sub(1).and_then(|b| state_word(&toks[b]));
    if let Some(state) = vocab::tally(&t.lower) {
        return Some(before.unwrap_or(state));
    }
    if !matches!(
        t.lower.as_str(),
        "number" | "count" | "tally" | "estimate" | "figure" | "número" | "recuento" | "عدد"
    ) {
        return None;
    }
    // "death count", "the number of (people who have) died".
    before.or_else(|| {
        toks.iter()
            .skip(k + 1)
            .take(6)
            .take_while(|n| !n.is_any_punct(".;:") && !matches!(n.kind, Kind::Digits(_)))
            .find_map(state_word)
    })
}

/// Whether a capitalised plural noun right after a number, with what happened to them said
/// after it, names people of a nation or a place ("1,052 Americans died", "40 Libyans were
/// killed"): not the first word of the sentence, and ending as such names do in English.
fn demonym(t: &Token<'_>, toks: &[Token<'_>], at: usize) -> bool {
    let capital = t.text.chars().next().is_some_and(char::is_uppercase);
    let ending = ["ans", "ese", "ians", "ites", "is", "ns"]
        .iter()
        .any(|e| t.lower.ends_with(e));
    at > 0 && capital && ending && t.lower.chars().count() > 4
        && toks
            .iter()
            .skip_while(|x| x.bytes.start <= t.bytes.start)
            .take(4)
            .any(|x| state_word(x).is_some())
}

/// "The frequency of attacks on US troops, 61 as of November 17": with nothing after the
/// number, the first plural noun of its clause before it.
fn noun_before(toks: &[Token<'_>], paragraph: &str, from: usize, to: usize) -> (String, String) {
    toks[from..to]
        .iter()
        .enumerate()
        .find(|(k, t)| {
            let plural = t.lower.chars().count() > 3
                && t.lower.ends_with('s')
                && !lexicon::ends_phrase(&t.lower);
            // "Among the dead, 12": people in that state.
            let the_state = lexicon::casualty(&t.lower).is_some()
                && (from + k)
                    .checked_sub(1)
                    .is_some_and(|b| matches!(toks[b].lower.as_str(), "the" | "los" | "las"));
            t.is_word()
                && (plural || the_state)
                && t.text.chars().next().is_some_and(char::is_lowercase)
        })
        .map(|(_, t)| t)
        .map_or_else(
            || (String::new(), String::new()),
            |t| {
                (
                    paragraph[t.bytes.clone()].to_owned(),
                    lexicon::lemma(&t.lower),
                )
            },
        )
}

/// The cues that date a number. Each cue belongs to the nearest number of its clause; a number
/// takes the cues that belong to it, else (none in its clause) the nearest of each kind in its
/// sentence: "During the last month, … 62 times, which killed … more than 60" dates both.
fn chosen_cues<'c>(
    toks: &[Token<'_>],
    cues: &'c [Cue],
    number: &Range<usize>,
    numbers: &[Range<usize>],
) -> Vec<&'c Cue> {
    let distance = |c: &Cue, n: &Range<usize>| {
        if c.tokens.end <= n.start {
            n.start - c.tokens.end
        } else {
            c.tokens.start.saturating_sub(n.end)
        }
    };
    let owner = |c: &Cue| {
        let clause = clause_bounds(toks, c.tokens.start);
        numbers
            .iter()
            .filter(|n| n.start >= clause.start && n.end <= clause.end)
            .min_by_key(|n| distance(c, n))
    };
    let mut pool: Vec<&Cue> = cues.iter().filter(|c| owner(c) == Some(number)).collect();
    if pool.is_empty() {
        pool = cues.iter().collect();
    }
    pool.sort_by_key(|c| distance(c, number));
    let mut chosen: Vec<&Cue> = Vec::new();
    for cue in pool {
        let kind = std::mem::discriminant(&cue.when);
        if !chosen
            .iter()
            .any(|c| std::mem::discriminant(&c.when) == kind)
        {
            chosen.push(cue);
        }
    }
    chosen.sort_by_key(|c| c.tokens.start);
    chosen
}

/// The period of a statement from the cues chosen for it, anchored on the document's date; the
/// document's date alone when the sentence says nothing.
fn period(
    toks: &[Token<'_>],
    paragraph: &str,
    chosen: &[&Cue],
    date: Option<DateSpan>,
    (toll, tallied): (bool, bool),
) -> Period {
    if chosen.is_empty() {
        return Period {
            written: String::new(),
            start: None,
            end: date.map(|d| d.end),
            from_document: true,
            starts_at_event: false,
        };
    }
    let (mut start, mut end, mut point, mut last) = (None, None, None, None);
    let mut after = None;
    let mut since = false;
    for cue in chosen {
        match cue.when {
            When::Since(d) => {
                since = true;
                start = d.or(start);
            }
            When::Until(d) => end = d.or(end),
            When::Between(a, b) => {
                since = true;
                start = a.or(start);
                end = b.or(end);
            }
            When::On(span) => point = span.or(point),
            When::Last(hours) => last = Some(hours),
            When::After(hours) => after = Some(hours),
            When::SoFar => end = end.or(date.map(|d| d.end)),
        }
    }
    let anchor = end.or(point.map(|p| p.end)).or(date.map(|d| d.end));
    let begins = start.or(point.map(|p| p.start));
    let (start, end) = if let (Some(hours), Some(begins)) = (after, begins) {
        // "in the six months after the storm in September 2017": forward from that day.
        let days = (hours + 23) / 24;
        (
            Some(begins),
            Some(begins.saturating_add(jiff::Span::new().days(days))),
        )
    } else if let Some(hours) = last {
        let days = (hours + 23) / 24;
        (
            anchor.map(|a| a.saturating_sub(jiff::Span::new().days(days))),
            anchor,
        )
    } else if since {
        (start, anchor)
    } else if end.is_some() {
        (None, end)
    } else if let Some(p) = point {
        // "The quake on Tuesday killed 300" in a Friday report: the toll counts from Tuesday to
        // the report, not Tuesday alone.
        // But "the toll stood at 50 on Tuesday" is the toll as of that day.
        let report = date.map(|d| d.end).filter(|d| toll && *d > p.end);
        if tallied {
            (None, Some(p.end))
        } else {
            (Some(p.start), report.or(Some(p.end)))
        }
    } else {
        (None, anchor)
    };
    let written = chosen
        .iter()
        .map(|c| text_of(paragraph, toks, c.tokens.clone()))
        .collect::<Vec<_>>()
        .join(" … ");
    Period {
        written,
        starts_at_event: since && start.is_none() && last.is_none(),
        start,
        end,
        from_document: false,
    }
}
