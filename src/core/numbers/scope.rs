//! What a count is about beyond its noun: whether the number is a measure rather than a count
//! ("a 6.9-magnitude quake"), a part of another count or a figure named as earlier, about another
//! year's event, and the place its sentence names.

use std::ops::Range;

use super::dates::DateSpan;
use super::gazetteer::{self, KnownPlace, PlaceKind};
use super::lexicon;
use super::noun::{text_of, word_at};
use super::tokens::{Kind, Token};
use super::vocab;

/// Words around a number that make it a measure or a modifier, not a count: "a 6.9-magnitude
/// quake", "a 5-year-old", "magnitude 7.1", "de magnitud 7,1".
pub fn measure_around(toks: &[Token<'_>], number: &Range<usize>) -> bool {
    let end = number.end;
    let glued_word = toks.get(end).is_some_and(|t| t.is_punct('-') && !t.spaced)
        && toks.get(end + 1).is_some_and(|t| t.is_word() && !t.spaced);
    let scale = |w: &str| {
        matches!(
            w,
            "magnitude" | "magnitud" | "richter" | "grados" | "degrees" | "measuring" | "midiendo"
        )
    };
    let before = number.start.checked_sub(1).map_or("", |k| word_at(toks, k));
    let before_of = if matches!(before, "of" | "de") {
        number.start.checked_sub(2).map_or("", |k| word_at(toks, k))
    } else {
        before
    };
    let after = if matches!(word_at(toks, end), "of" | "de") {
        word_at(toks, end + 1)
    } else {
        word_at(toks, end)
    };
    glued_word || scale(after) || scale(before_of)
}

/// How many words before a number are looked at for a word that makes it a part.
const PART_WINDOW: usize = 3;

/// Whether a count is a part of another or an addition to it ("among them 12", "including 3", "a
/// further 10", "three other people"), or a figure its sentence names as earlier ("previously
/// 230", "rose from 64 to …"): such a count is compared with no other.
pub fn part_or_earlier(toks: &[Token<'_>], from: usize, to: usize) -> bool {
    // "The vast majority, 41 people": the comma just before the number is read through.
    let until = if from > 0 && toks[from - 1].is_punct(',') {
        from - 1
    } else {
        from
    };
    let before = toks[..until]
        .iter()
        .rev()
        .take_while(|t| !t.is_any_punct(",;:.()"))
        .filter(|t| t.is_word())
        .take(PART_WINDOW)
        .any(|t| vocab::part_marker(&t.lower));
    let earlier = toks
        .iter()
        .any(|t| t.is_word() && vocab::earlier_marker(&t.lower));
    // "Three other people", "otras dos personas": more besides a count given before.
    let other = toks
        .iter()
        .skip(to)
        .take(2)
        .chain(toks[from.saturating_sub(1)..from].iter())
        .any(|t| matches!(t.lower.as_str(), "other" | "otras" | "otros" | "more"));
    let from_to = from >= 1
        && word_at(toks, from - 1) == "from"
        && toks.iter().skip(to).take(4).any(|t| t.lower == "to");
    // "More than 1,500 of those deaths": a part of a count given before.
    let of_those = word_at(toks, to) == "of"
        && matches!(
            word_at(toks, to + 1),
            "those" | "them" | "these" | "whom" | "which"
        );
    // "Of the deaths, 17,388 were in Kashmir", "De ellas, 33 son agentes": a part of a count
    // the sentence opens with.
    let of_the_opening = from >= 2
        && toks[from - 1].is_punct(',')
        && matches!(word_at(toks, 0), "of" | "de" | "among" | "entre")
        && !toks[1..from - 1]
            .iter()
            .any(|t| matches!(t.kind, Kind::Digits(_)));
    before || earlier || from_to || other || of_those || of_the_opening
}

/// How much farther a place before the number counts when another number precedes it.
const OWNED_PENALTY: usize = 20;

/// Nouns of a kind of place: "in the northern province", "at the city's hospital".
fn place_noun(word: &str) -> bool {
    matches!(
        word,
        "province"
            | "region"
            | "state"
            | "city"
            | "town"
            | "district"
            | "village"
            | "county"
            | "hospital"
            | "mosque"
            | "provincia"
            | "región"
            | "estado"
            | "ciudad"
            | "municipio"
            | "mezquita"
            | "محافظة"
            | "مدينة"
            | "منطقة"
            | "ولاية"
            | "إقليم"
            | "עיר"
            | "מחוז"
            | "אזור"
    )
}

/// How many words after a preposition a place's name is looked for ("in the northern province
/// of Idlib").
const NAME_WINDOW: usize = 5;

/// The place a sentence names: its words as written, and the place the gazetteer knows it as
/// (none for a place it lacks: "Northtown", "the northern province").
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Placed {
    /// As written ("northern province", "غزة").
    pub text: String,
    /// The place, when known.
    pub known: Option<KnownPlace>,
}

/// A place named after the preposition at `prep`: its first and last token, and the place the
/// gazetteer knows it as. A known name within a few words ("in the north of Syria", "en la
/// Ciudad de México", "في غزة") comes first; else capitalised words ("in Northtown"), or
/// lowercase words up to a kind of place after an article ("in the northern province").
fn after_preposition(
    toks: &[Token<'_>],
    paragraph: &str,
    prep: usize,
    capital: &impl Fn(&Token<'_>) -> bool,
) -> Option<(usize, usize, Option<KnownPlace>)> {
    let mut k = prep + 1;
    let article = matches!(word_at(toks, k), "the" | "la" | "el" | "los" | "las");
    // "on the Deans Avenue mosque", but not "on Sunday" or "said on television".
    if toks[prep].lower == "on" && !article {
        return None;
    }
    if article {
        k += 1;
    }
    let start = k;
    for j in start..(start + NAME_WINDOW).min(toks.len()) {
        let t = &toks[j];
        // A name that goes on in capitals is another's ("Hurricane Maria", "George Washington
        // University"): left to the capitalised words.
        let found =
            gazetteer::place_at(toks, j).filter(|(end, _, _)| !toks.get(*end).is_some_and(capital));
        if let Some((end, place, _)) = found {
            let described = toks[start..j]
                .iter()
                .any(|t| place_noun(&t.lower) || vocab::direction(&t.lower));
            let north = toks[start..j].iter().any(|t| vocab::direction(&t.lower));
            // "The northern province of Syria", "the north of Gaza": a part of it.
            let known = if (described && place.kind == PlaceKind::Country) || north {
                let mut words = start..j;
                while words.end > words.start
                    && matches!(word_at(toks, words.end - 1), "of" | "de" | "del")
                {
                    words.end -= 1;
                }
                gazetteer::area_of(&place, &text_of(paragraph, toks, words))
            } else {
                place
            };
            // "en los estados de Oaxaca, Chiapas y Tabasco": several places, one count.
            let (end, known) = listed_places(toks, end, known);
            return Some((start, end - 1, Some(known)));
        }
        // Only a few words describe the place before its name: lowercase ones in Latin letters
        // ("the besieged city of"), a kind of place or a direction in Arabic and Hebrew.
        let describes = if vocab::right_to_left(t.text) {
            place_noun(&t.lower) || vocab::direction(&t.lower)
        } else {
            !capital(t)
                && (matches!(t.lower.as_str(), "of" | "de" | "del")
                    || !lexicon::ends_phrase(&t.lower))
        };
        if !t.is_word() || !describes {
            break;
        }
    }
    let mut last = None;
    while k < toks.len() {
        let t = &toks[k];
        if capital(t) {
            last = Some(k);
        } else if !(matches!(t.lower.as_str(), "de" | "del")
            && toks.get(k + 1).is_some_and(capital))
        {
            break;
        }
        k += 1;
    }
    if last.is_none() && article {
        // "the northern province": lowercase words up to a kind of place.
        last = (start..(start + 3).min(toks.len()))
            .take_while(|&j| toks[j].is_word() && !lexicon::ends_phrase(&toks[j].lower))
            .find(|&j| place_noun(&toks[j].lower));
    }
    last.map(|last| (start, last, None))
}

/// The places listed after a first one ("Oaxaca, Chiapas y Tabasco", "حلب وحمص"): one place of
/// them all, of which each is a part; the first alone when none follows.
fn listed_places(toks: &[Token<'_>], mut end: usize, first: KnownPlace) -> (usize, KnownPlace) {
    let mut all = vec![first];
    loop {
        let mut k = end;
        while toks.get(k).is_some_and(|t| {
            t.is_punct(',') || matches!(t.lower.as_str(), "and" | "y" | "e" | "or" | "o")
        }) {
            k += 1;
        }
        let Some((next_end, next, _)) = gazetteer::place_at(toks, k) else {
            break;
        };
        // Attached "و" ("وحمص") or a word or comma between.
        if k == end && !vocab::right_to_left(toks[k].text) {
            break;
        }
        // "Christchurch, New Zealand": the country a place is in says where it is.
        let in_it = all.last().is_some_and(|last| last.part_of(&next));
        if !in_it {
            all.push(next);
        }
        end = next_end;
    }
    if all.len() == 1 {
        return (end, all.remove(0));
    }
    (end, gazetteer::several(&all))
}

/// The place a count is about when its sentence says so: "in Derna", "at the Linwood Avenue
/// mosque", "inside the Deans Avenue mosque", "in the northern province", "en la Ciudad de
/// México", "في غزة", "בעזה" (the nearest to the number); empty when it names none, or when
/// the sentence is a headline in title case (every word capitalised says nothing of places).
pub fn place_in(
    toks: &[Token<'_>],
    paragraph: &str,
    number: &Range<usize>,
    (others, source): (&[Range<usize>], &Range<usize>),
) -> Placed {
    let words: Vec<&Token<'_>> = toks.iter().filter(|t| t.is_word()).collect();
    let capitals = words
        .iter()
        .filter(|t| t.text.chars().next().is_some_and(char::is_uppercase))
        .count();
    if words.len() >= 4 && capitals * 10 >= words.len() * 6 {
        return Placed::default();
    }
    let capital = |t: &Token<'_>| {
        // "Saturday's quake" is a day, not a place.
        let bare = t.lower.trim_end_matches("'s").trim_end_matches("’s");
        t.is_word()
            && t.text.chars().next().is_some_and(char::is_uppercase)
            && lexicon::month(bare).is_none()
            && lexicon::weekday(bare).is_none()
    };
    let mut best: Option<(usize, Range<usize>, Option<KnownPlace>)> = None;
    for prep in 0..toks.len() {
        // "Authorities in Puerto Rico said": the place of the source, not of the count.
        if source.contains(&prep) || !toks[prep].is_word() {
            continue;
        }
        // "بغزة", "בעזה": a name that carries its own "in".
        let attached = vocab::right_to_left(toks[prep].text)
            .then(|| gazetteer::place_at(toks, prep))
            .flatten()
            .filter(|(_, _, inside)| *inside)
            .map(|(end, place, _)| (prep, end - 1, Some(place)));
        let found = attached.or_else(|| {
            vocab::place_preposition(&toks[prep].lower)
                .then(|| after_preposition(toks, paragraph, prep, &capital))
                .flatten()
        });
        let Some((start, last, known)) = found else {
            continue;
        };
        if number.start <= last && start < number.end {
            continue;
        }
        // A place with another number between belongs to that number ("217 dead: 86 in …").
        let between = if prep >= number.end {
            number.end..prep
        } else {
            last + 1..number.start
        };
        if others
            .iter()
            .any(|o| o.start >= between.start && o.end <= between.end)
        {
            continue;
        }
        // "en el Estado de México llegan a 13, en Guerrero a 6": a place after a comma that
        // leads to another number is that number's.
        if prep >= number.end
            && toks[number.end..prep].iter().any(|t| t.is_punct(','))
            && others.iter().any(|o| {
                o.start > last
                    && !toks[last + 1..o.start]
                        .iter()
                        .any(|t| t.is_any_punct(",;.:"))
            })
        {
            continue;
        }
        // A place before the number with another number before it is more likely that
        // number's ("36 are treated at the city hospital and three remain critical at the
        // children's hospital"): one after the number is preferred.
        let owned = prep < number.start && others.iter().any(|o| o.end <= prep);
        let distance = if prep >= number.end {
            prep - number.end
        } else {
            number.start.saturating_sub(last + 1) + if owned { OWNED_PENALTY } else { 0 }
        };
        if best.as_ref().is_none_or(|(d, _, _)| distance < *d) {
            best = Some((distance, start..last + 1, known));
        }
    }
    best.map_or_else(Placed::default, |(_, range, known)| Placed {
        text: text_of(paragraph, toks, range),
        known,
    })
}

/// Whether the sentence names a year more than a year before its report's ("the hurricane of
/// 1900", "Katrina in 2005" in a 2018 report): it is about another event, and its counts are
/// compared with no other.
pub fn another_year(toks: &[Token<'_>], date: Option<DateSpan>) -> bool {
    let Some(date) = date else {
        return false;
    };
    let report = f64::from(date.end.year());
    toks.iter().any(|t| match t.kind {
        Kind::Digits(v) => {
            v.fract() == 0.0 && t.text.chars().count() == 4 && (1800.0..report - 1.0).contains(&v)
        }
        _ => false,
    })
}
