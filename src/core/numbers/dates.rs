//! Dates and periods in text: "17 October", "Nov 17, 2023", "January 2021", "on Tuesday", "since
//! October 7", "as of November 17", "in 40 days", "during the last month", "so far"; and the date
//! of a document or a citation from the free text a lesson holds ("about 18-20 November 2023").
//!
//! A day without a year takes the year that puts it on or before the document's date (a month
//! later at most); a weekday is the last one on or before it.

use std::ops::Range;

use jiff::civil::Date;

use super::lexicon;
use super::tokens::{Kind, Token, tokens};

/// A span of days, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateSpan {
    /// The first day.
    pub start: Date,
    /// The last day.
    pub end: Date,
}

impl DateSpan {
    fn day(date: Date) -> Self {
        Self {
            start: date,
            end: date,
        }
    }
}

/// What a piece of a sentence says about when.
#[derive(Clone, Debug, PartialEq)]
pub enum When {
    /// "since 17 October", "from January": counting starts then (unknown for "since the war began").
    Since(Option<Date>),
    /// "as of November 17", "up to Jan 30", "until": counting ends then.
    Until(Option<Date>),
    /// "between January 2021 and March 2023".
    Between(Option<Date>, Option<Date>),
    /// "on Monday", "November 12": a day (or a month, a year).
    On(Option<DateSpan>),
    /// "in 40 days", "during the last 48 hours", "in the past month": hours back from the end.
    Last(i64),
    /// "in the six months after the storm": hours forward from the day the sentence names.
    After(i64),
    /// "so far", "thus far", "to date": up to the time of writing.
    SoFar,
}

/// One mention of time in a sentence: the tokens it covers and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Cue {
    /// Token indices.
    pub tokens: Range<usize>,
    /// What it says.
    pub when: When,
}

/// A number already found among the tokens: its token range and value.
pub type Found = (Range<usize>, f64);

/// The date (or span of dates) in free text: a lesson's `published` field, a citation's date. The
/// first date with a year wins; `None` when there is none.
pub fn parse_free_text(text: &str) -> Option<DateSpan> {
    let toks = tokens(text, 0..text.len(), false);
    let mut i = 0;
    while i < toks.len() {
        if let Some((len, span)) = date_at(&toks, i, None, true)
            && let Some(span) = span
        {
            let _ = len;
            return Some(span);
        }
        i += 1;
    }
    None
}

/// The mentions of time in a sentence's tokens, given the numbers found in it (a duration's
/// number is one of them) and the document's date.
pub fn cues(toks: &[Token<'_>], numbers: &[Found], reference: Option<DateSpan>) -> Vec<Cue> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(cue) = cue_at(toks, i, numbers, reference) {
            i = cue.tokens.end.max(i + 1);
            out.push(cue);
        } else {
            i += 1;
        }
    }
    out
}

fn word<'t>(toks: &'t [Token<'_>], i: usize) -> &'t str {
    toks.get(i)
        .filter(|t| t.is_word())
        .map_or("", |t| t.lower.as_str())
}

fn cue_at(
    toks: &[Token<'_>],
    i: usize,
    numbers: &[Found],
    reference: Option<DateSpan>,
) -> Option<Cue> {
    let w = word(toks, i);
    let two = (w, word(toks, i + 1));
    // "so far", "thus far", "to date", "until now", "hasta ahora".
    if matches!(
        two,
        ("so" | "thus", "far") | ("to", "date") | ("until" | "hasta", "now" | "ahora")
    ) {
        return Some(Cue {
            tokens: i..i + 2,
            when: When::SoFar,
        });
    }
    if let Some(cue) = duration_at(toks, i, numbers) {
        return Some(cue);
    }
    let (skip, kind) = match two {
        ("since" | "desde" | "from", _) => (1, 's'),
        ("a", "partir") if word(toks, i + 2) == "de" => (3, 's'),
        ("as", "of") | ("up", "to") => (2, 'u'),
        ("until" | "till" | "hasta" | "by" | "through" | "thru", _) => (1, 'u'),
        ("between" | "entre", _) => (1, 'b'),
        ("on" | "el", _) => (1, 'o'),
        _ => (0, 'o'),
    };
    let mut at = i + skip;
    // "since the 17th of October", "desde el 7 de octubre": skip an article.
    if skip > 0 && matches!(word(toks, at), "the" | "el" | "la") {
        at += 1;
    }
    let date = date_at(toks, at, reference, false).or_else(|| {
        // "through October", "desde septiembre": a month alone after a word of since or until.
        (skip > 0 && matches!(kind, 's' | 'u'))
            .then(|| bare_month(toks, at, reference))
            .flatten()
    });
    match (kind, date) {
        ('b', Some((len, first))) => {
            let and = at + len;
            if matches!(word(toks, and), "and" | "y")
                && let Some((len2, second)) = date_at(toks, and + 1, reference, false)
            {
                return Some(Cue {
                    tokens: i..and + 1 + len2,
                    when: When::Between(first.map(|s| s.start), second.map(|s| s.end)),
                });
            }
            None
        }
        ('s', Some((len, span))) => Some(Cue {
            tokens: i..at + len,
            when: When::Since(span.map(|s| s.start)),
        }),
        ('s', None) if matches!(word(toks, i), "since" | "desde") => {
            // "since the start of the war": counting starts at an event, not a date, unless the
            // phrase dates it ("since the flooding started on 10 March").
            let end = (i + 1).max(phrase_end(toks, i + 1));
            let dated = (i + 1..end).find_map(|k| date_at(toks, k, reference, false));
            Some(Cue {
                tokens: i..end,
                when: When::Since(dated.and_then(|(_, span)| span).map(|s| s.start)),
            })
        }
        ('u', Some((len, span))) => Some(Cue {
            tokens: i..at + len,
            when: When::Until(span.map(|s| s.end)),
        }),
        ('u', None) if two == ("up", "to") => up_to_writing(toks, i, reference),
        ('o', Some((len, span))) => Some(Cue {
            tokens: i..at + len,
            when: When::On(span),
        }),
        _ => None,
    }
}

/// A month named alone, capitalised in English ("October", "octubre"): the last such month not
/// after the reference date.
fn bare_month(
    toks: &[Token<'_>],
    i: usize,
    reference: Option<DateSpan>,
) -> Option<(usize, Option<DateSpan>)> {
    let t = toks.get(i).filter(|t| t.is_word())?;
    let m = lexicon::month(&t.lower)?;
    let written_as_month = t.text.chars().next().is_some_and(char::is_uppercase)
        || !t.text.is_ascii()
        || t.lower.chars().count() > 4;
    if !written_as_month || matches!(t.lower.as_str(), "may" | "mar" | "sep" | "ago") {
        return None;
    }
    let reference = reference?.end;
    let year = i64::from(reference.year()) - i64::from(m > reference.month());
    Some((1, month_span(year, m)))
}

/// "Up to the time of writing this news story (23:00 Jan 30)": the end is the date in the
/// sentence after it, or the time of writing.
fn up_to_writing(toks: &[Token<'_>], i: usize, reference: Option<DateSpan>) -> Option<Cue> {
    let phrase: Vec<&str> = (i + 2..(i + 6).min(toks.len()))
        .map(|k| word(toks, k))
        .collect();
    if !phrase.contains(&"writing") && !phrase.contains(&"now") {
        return None;
    }
    let end = phrase_end(toks, i + 2);
    for k in i + 2..toks.len() {
        if let Some((len, span)) = date_at(toks, k, reference, false) {
            return Some(Cue {
                tokens: i..(k + len).max(end),
                when: When::Until(span.map(|s| s.end)),
            });
        }
    }
    Some(Cue {
        tokens: i..end,
        when: When::SoFar,
    })
}

/// Where a phrase that names an event ends: at a comma, a clause mark or after eight tokens.
fn phrase_end(toks: &[Token<'_>], from: usize) -> usize {
    let mut k = from;
    while k < toks.len() && k < from + 8 && !toks[k].is_any_punct(",;:.!?()") {
        k += 1;
    }
    k
}

/// "in 40 days", "during the last 48 hours", "over the past two weeks", "in the past few months",
/// "during the last month", "en los últimos 40 días".
fn duration_at(toks: &[Token<'_>], i: usize, numbers: &[Found]) -> Option<Cue> {
    let lead = matches!(
        word(toks, i),
        "in" | "during" | "over" | "within" | "for" | "en" | "durante"
    );
    let mut at = i + usize::from(lead);
    if matches!(word(toks, at), "the" | "los" | "las" | "el" | "la") {
        at += 1;
    }
    let recent = matches!(
        word(toks, at),
        "last" | "past" | "previous" | "últimos" | "últimas" | "último" | "última" | "pasado"
    );
    if recent {
        at += 1;
    }
    if !lead && !recent {
        return None;
    }
    // The count of units: a number found, "few" or "several", or one unit ("the last month").
    let (count, unit_at) = if let Some((range, value)) = numbers.iter().find(|(r, _)| r.start == at)
    {
        (*value, range.end)
    } else if matches!(word(toks, at), "few" | "several" | "varios" | "varias") {
        (3.0, at + 1)
    } else if lead && matches!(word(toks, at), "a" | "an" | "un" | "una") {
        // "in a week".
        (1.0, at + 1)
    } else if recent {
        (1.0, at)
    } else {
        return None;
    };
    let hours = lexicon::time_unit_hours(word(toks, unit_at))?;
    let total = (count * hours as f64).round() as i64;
    if matches!(
        word(toks, unit_at + 1),
        "after" | "following" | "después" | "tras" | "posteriores"
    ) {
        return Some(Cue {
            tokens: i..unit_at + 2,
            when: When::After(total.max(1)),
        });
    }
    Some(Cue {
        tokens: i..unit_at + 1,
        when: When::Last(total.max(1)),
    })
}

/// The date written at token `i`: its length in tokens and its span (`None` if it needs a year
/// that nothing gives). `free`: a bare year counts (a citation's "2026"); in a sentence it must
/// follow "in" or the like, since "2,000 Marines" and "the 2016 war" would be years otherwise.
fn date_at(
    toks: &[Token<'_>],
    i: usize,
    reference: Option<DateSpan>,
    free: bool,
) -> Option<(usize, Option<DateSpan>)> {
    let t = toks.get(i)?;
    let num = |k: usize| match toks.get(k).map(|t| &t.kind) {
        Some(Kind::Digits(v)) if v.fract() == 0.0 => Some(*v as i64),
        _ => None,
    };
    let month_at = |k: usize| {
        let t = toks.get(k).filter(|t| t.is_word())?;
        let m = lexicon::month(&t.lower)?;
        // "may", "mar" (the sea), "sep" are words too: written as months, they are capitalised.
        let ambiguous = matches!(t.lower.as_str(), "may" | "mar" | "sep" | "ago");
        (!ambiguous || t.text.chars().next().is_some_and(char::is_uppercase)).then_some(m)
    };
    let year_at = |k: usize| num(k).filter(|y| (1900..=2100).contains(y));
    // ISO: 2024-01-28.
    if let (Some(y), Some(m), Some(d)) = (year_at(i), num(i + 2), num(i + 4))
        && toks
            .get(i + 1)
            .is_some_and(|t| t.is_punct('-') && !t.spaced)
        && toks
            .get(i + 3)
            .is_some_and(|t| t.is_punct('-') && !t.spaced)
        && let Some(date) = make(y, m, d)
    {
        return Some((5, Some(DateSpan::day(date))));
    }
    // Day (or day range) then month: "17 October 2023", "18-20 November", "7 de octubre de 2023".
    if let Some(day) = num(i).filter(|d| (1..=31).contains(d)) {
        let (last_day, mut k) = match (toks.get(i + 1), num(i + 2)) {
            (Some(dash), Some(d2)) if dash.is_any_punct("-–") && (day..=31).contains(&d2) => {
                (d2, i + 3)
            }
            _ => (day, i + 1),
        };
        if word(toks, k) == "de" {
            k += 1;
        }
        if let Some(m) = month_at(k) {
            let (year, len) = year_after(toks, k + 1, &year_at);
            let span = resolve(year, m, day, last_day, reference);
            return Some((len + k + 1 - i, span));
        }
        return None;
    }
    if let Some(m) = month_at(i) {
        let mut k = i + 1;
        if toks.get(k).is_some_and(|t| t.is_punct('.')) {
            k += 1;
        }
        // Month then day: "November 17", "Jan 30", "October 24, 2023".
        if let Some(day) = num(k).filter(|d| (1..=31).contains(d)) {
            let (year, len) = year_after(toks, k + 1, &year_at);
            return Some((k + 1 + len - i, resolve(year, m, day, day, reference)));
        }
        // Month and year: "January 2021", "March of this year".
        if let Some(y) = year_at(k) {
            return Some((k + 1 - i, month_span(y, m)));
        }
        let of_this =
            matches!(word(toks, k), "of" | "de") && matches!(word(toks, k + 1), "this" | "este");
        if of_this && matches!(word(toks, k + 2), "year" | "año") {
            let y = reference.map(|r| i64::from(r.end.year()));
            return Some((k + 3 - i, y.and_then(|y| month_span(y, m))));
        }
        return None;
    }
    if let Some(day) = lexicon::weekday(&t.lower).filter(|_| t.is_word()) {
        let mut len = 1;
        if matches!(
            word(toks, i + 1),
            "night" | "morning" | "evening" | "afternoon"
        ) {
            len = 2;
        }
        return Some((
            len,
            reference.map(|r| DateSpan::day(last_weekday(r.end, day))),
        ));
    }
    match t.lower.as_str() {
        "today" | "tonight" | "hoy" => return Some((1, reference.map(|r| DateSpan::day(r.end)))),
        "yesterday" | "ayer" => {
            return Some((
                1,
                reference.map(|r| DateSpan::day(r.end.saturating_sub(jiff::Span::new().days(1)))),
            ));
        }
        _ => {}
    }
    if let Some(y) = year_at(i)
        && (free
            || matches!(
                word(toks, i.wrapping_sub(1)),
                "in" | "early" | "late" | "mid" | "en"
            ))
    {
        let start = make(y, 1, 1)?;
        let end = make(y, 12, 31)?;
        return Some((1, Some(DateSpan { start, end })));
    }
    None
}

/// A year after a day and month: ", 2023", "2023", "de 2023"; its value and tokens used.
fn year_after(
    toks: &[Token<'_>],
    k: usize,
    year_at: &impl Fn(usize) -> Option<i64>,
) -> (Option<i64>, usize) {
    if let Some(y) = year_at(k) {
        return (Some(y), 1);
    }
    let joined = toks.get(k).is_some_and(|t| t.is_punct(',')) || word(toks, k) == "de";
    if joined && let Some(y) = year_at(k + 1) {
        return (Some(y), 2);
    }
    (None, 0)
}

fn make(year: i64, month: i64, day: i64) -> Option<Date> {
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

fn month_span(year: i64, month: i8) -> Option<DateSpan> {
    let start = make(year, i64::from(month), 1)?;
    Some(DateSpan {
        start,
        end: start.last_of_month(),
    })
}

/// How far past the document's date a day without a year may fall and still be in its year.
const FUTURE_SLACK_DAYS: i64 = 31;

fn resolve(
    year: Option<i64>,
    month: i8,
    first: i64,
    last: i64,
    reference: Option<DateSpan>,
) -> Option<DateSpan> {
    let year = match (year, reference) {
        (Some(y), _) => y,
        (None, Some(r)) => {
            let y = i64::from(r.end.year());
            let candidate = make(y, i64::from(month), first)?;
            let latest = r
                .end
                .saturating_add(jiff::Span::new().days(FUTURE_SLACK_DAYS));
            if candidate > latest { y - 1 } else { y }
        }
        (None, None) => return None,
    };
    Some(DateSpan {
        start: make(year, i64::from(month), first)?,
        end: make(year, i64::from(month), last)?,
    })
}

/// The last `weekday` (Monday 1 … Sunday 7) on or before `date`.
fn last_weekday(date: Date, weekday: i8) -> Date {
    let today = date.weekday().to_monday_one_offset();
    let back = (today - weekday).rem_euclid(7);
    date.saturating_sub(jiff::Span::new().days(i64::from(back)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i16, m: i8, d: i8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn free_text_dates_of_documents_and_citations() {
        let span = |t| parse_free_text(t).map(|s| (s.start, s.end));
        assert_eq!(
            span("about 22 November 2023"),
            Some((day(2023, 11, 22), day(2023, 11, 22)))
        );
        assert_eq!(
            span("about 18-20 November 2023 (undated; inferred from \"61 as of November 17\")"),
            Some((day(2023, 11, 18), day(2023, 11, 20)))
        );
        assert_eq!(
            span("October 24, 2023 - 22:14"),
            Some((day(2023, 10, 24), day(2023, 10, 24)))
        );
        assert_eq!(
            span("2024-01-28"),
            Some((day(2024, 1, 28), day(2024, 1, 28)))
        );
        assert_eq!(
            span("accessed 2026"),
            Some((day(2026, 1, 1), day(2026, 12, 31)))
        );
        assert_eq!(
            span("7 de octubre de 2023"),
            Some((day(2023, 10, 7), day(2023, 10, 7)))
        );
        assert_eq!(
            span("Monday 6 November 2023 - 13:55"),
            Some((day(2023, 11, 6), day(2023, 11, 6)))
        );
        assert_eq!(span("last week"), None);
        assert_eq!(span(""), None);
    }

    fn cues_of(text: &str, reference: DateSpan) -> Vec<When> {
        let toks = tokens(text, 0..text.len(), false);
        let numbers: Vec<Found> = toks
            .iter()
            .enumerate()
            .filter_map(|(i, t)| match t.kind {
                Kind::Digits(v) => Some((i..i + 1, v)),
                _ => None,
            })
            .collect();
        cues(&toks, &numbers, Some(reference))
            .into_iter()
            .map(|c| c.when)
            .collect()
    }

    #[test]
    fn periods_in_sentences() {
        let nov20 = DateSpan {
            start: day(2023, 11, 18),
            end: day(2023, 11, 20),
        };
        assert_eq!(
            cues_of("attacked 61 times in Iraq and Syria since October 7", nov20),
            [When::Since(Some(day(2023, 10, 7)))]
        );
        assert_eq!(
            cues_of("The frequency of attacks, 61 as of November 17, has", nov20),
            [When::Until(Some(day(2023, 11, 17)))]
        );
        assert_eq!(
            cues_of("attacked 61 times in 40 days", nov20),
            [When::Last(40 * 24)]
        );
        assert_eq!(
            cues_of("at least five attacks during the last 48 hours", nov20),
            [When::Last(48)]
        );
        assert_eq!(
            cues_of("during the last month, 62 times", nov20),
            [When::Last(30 * 24)]
        );
        assert_eq!(
            cues_of("the Pentagon reported on Tuesday that", nov20),
            [When::On(Some(DateSpan::day(day(2023, 11, 14))))]
        );
        assert_eq!(
            cues_of("between January 2021 and March of this year", nov20),
            [When::Between(Some(day(2021, 1, 1)), Some(day(2023, 3, 31)))]
        );
        assert_eq!(
            cues_of(
                "Up to the time of writing this news story (23:00 Jan 30), 200",
                DateSpan::day(day(2024, 1, 31))
            ),
            [When::Until(Some(day(2024, 1, 30)))]
        );
        assert_eq!(cues_of("Thus far, Biden has", nov20), [When::SoFar]);
        assert_eq!(
            cues_of("since the start of the Israeli aggression on Gaza", nov20),
            [When::Since(None)]
        );
        assert_eq!(
            cues_of("desde el 7 de octubre", nov20),
            [When::Since(Some(day(2023, 10, 7)))]
        );
        // A day without a year after the document's date by more than a month is last year's.
        assert_eq!(
            cues_of("on December 30", nov20),
            [When::On(Some(DateSpan::day(day(2022, 12, 30))))]
        );
    }
}
