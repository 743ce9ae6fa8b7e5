//! Finding the quantitative statements of one sentence: the numbers (digits, words through
//! `text2num`, vague words), what each counts, its qualifier, and its period.

use std::ops::Range;

use super::Qualifier;
use super::dates::{self, Cue, DateSpan, Found, When};
use super::gazetteer::{self, KnownPlace};
use super::lexicon;
use super::noun::{Noun, noun, states_after, states_before, tally_at, text_of};
use super::raw::{Raw, digit_numbers, qualifier_before, vague_numbers, word_numbers};
use super::scope::{another_year, measure_around, part_or_earlier, place_in};
use super::tokens::{Kind, Token, clause_bounds};
use super::vocab;
use super::{Counted, Period, Value};

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
    /// The place as the gazetteer knows it.
    pub known_place: Option<KnownPlace>,
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
    // The longest number at each start: "un centenar" over "un".
    raws.sort_by_key(|r| (r.tokens.start, std::cmp::Reverse(r.tokens.end)));
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
        ) {
            let placed = place_in(toks, paragraph, &raw.tokens, (&others, &source_words));
            statement.place = placed
                .known
                .as_ref()
                .map_or(placed.text, |k| k.name.clone());
            statement.known_place = placed.known;
            statement.attribution.clone_from(&attribution);
            let sibling = out.last().is_some_and(|p| {
                !p.place.is_empty()
                    && !statement.place.is_empty()
                    && gazetteer::place_key(&p.place, p.known_place.as_ref())
                        != gazetteer::place_key(&statement.place, statement.known_place.as_ref())
            });
            if statement.listed && !sibling {
                statement.counted.part = true;
            }
            out.push(statement);
        }
    }
    // "24 km", "$30 million", "40 percent": a measure or a sum of money, not a count of events or
    // people (left out after the loop: a part still follows the number before it).
    out.retain(|s| !vocab::measure_lemma(&s.counted.lemma) && !vocab::unit(&s.counted.lemma));
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
    let currency = currency_before(toks, at);
    if currency.is_some() {
        first = at - 1;
    }
    let qualifier = qualifier_before(toks, first);
    if let Some((start, _)) = qualifier {
        first = start;
    }
    let (states_start, mut states) = states_before(toks, first);
    let clause = clause_bounds(toks, at);
    let noun = noun(
        toks,
        paragraph,
        raw,
        (currency, first, context.noun_first),
        &clause,
        previous.map(|p| &p.counted),
    )?;
    let mut lemma = noun.lemma.clone();
    let (people, tallied) = what_happened(
        toks,
        &noun,
        (first, clause.start, numbers),
        &mut states,
        &mut lemma,
    );
    let Noun {
        written,
        last,
        named,
        inherited,
        ..
    } = noun;
    if lemma.is_empty() && states.is_empty() {
        return None;
    }
    if lemma.is_empty() {
        // "put the number of dead at 16": casualties with no noun count people.
        "people".clone_into(&mut lemma);
    }
    // "7.1", "measuring 5.6 shook": a measure whose unit the sentence left out; counts are
    // whole ("1.5 million" is, with its multiplier).
    if raw.value.low.fract() != 0.0 {
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
        known_place: None,
        attribution: String::new(),
        listed,
    })
}

/// Currency before the number: "$30 million".
fn currency_before(toks: &[Token<'_>], at: usize) -> Option<&'static str> {
    at.checked_sub(1)
        .and_then(|k| toks.get(k))
        .and_then(|t| match t.kind {
            Kind::Punct('$') => Some("dollar"),
            Kind::Punct('€') => Some("euro"),
            Kind::Punct('£') => Some("pound"),
            _ => None,
        })
}

/// What happened to those counted, from the noun, the words after it and a tally before it;
/// with only what happened said, the subject becomes "people". Whether the subject is people,
/// and whether a tally gave the state ("the death toll rose to forty-nine people").
fn what_happened(
    toks: &[Token<'_>],
    noun: &Noun,
    (first, clause_start, numbers): (usize, usize, &[Range<usize>]),
    states: &mut Vec<&'static str>,
    lemma: &mut String,
) -> (bool, bool) {
    for state in &noun.implied {
        if !states.contains(state) {
            states.push(state);
        }
    }
    if states.is_empty() && vocab::subject(lemma).is_some_and(vocab::crowd) {
        // "1.03 million participants": those who marched.
        states.push("marched");
    }
    if !noun.named && !noun.inherited && !states.is_empty() && !lexicon::occasions(lemma) {
        // "Bombings kill 45": a verb of what happened with no noun after counts people.
        "people".clone_into(lemma);
    }
    let people = lexicon::people(lemma)
        || vocab::subject(lemma).is_some_and(|s| !matches!(s, "attack" | "drone"));
    if states.is_empty() || people || !noun.named {
        for state in states_after(toks, noun.last, numbers) {
            if !states.contains(&state) && (people || !noun.named) {
                states.push(state);
            }
        }
    }
    let mut tallied = noun.tallied;
    if states.is_empty()
        && (people || lemma == "people")
        && let Some(state) = (clause_start..first).rev().find_map(|k| tally_at(toks, k))
    {
        states.push(state);
        tallied = true;
    }
    // "In critical condition in the hospital": the critical are in hospital; one state.
    if states.contains(&"critical") {
        states.retain(|s| *s != "hospitalised");
    }
    (people, tallied)
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
        toks.get(between).unwrap_or_default().iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "after" | "since" | "following" | "when" | "tras" | "después" | "desde" | "cuando"
            )
        })
    })
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
