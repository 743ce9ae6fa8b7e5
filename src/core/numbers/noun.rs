//! What a number counts: the noun phrase after it (its head, in the order the language puts
//! nouns and adjectives), or a tally before it ("the death toll rose to 19"), or the number
//! before it; and the words around it that say what happened to those counted.

use std::ops::Range;

use super::Counted;
use super::lexicon;
use super::raw::{Raw, qualifier_before, state_word};
use super::tokens::{Kind, Token};
use super::vocab;

/// The noun phrase after a number: its word token indices (the head is the last).
pub(super) fn phrase_after(toks: &[Token<'_>], from: usize) -> Vec<usize> {
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
            // "dozens remain injured": a verb, not a noun, after the number.
            let remain = words.is_empty()
                && matches!(
                    t.lower.as_str(),
                    "remain" | "remained" | "remains" | "still"
                );
            // "1,400 more Americans": the noun after "more".
            if words.is_empty() && matches!(t.lower.as_str(), "more" | "additional" | "fewer") {
                k += 1;
                continue;
            }
            // "participants thanks to volunteers".
            let thanks = t.lower == "thanks" && word_at(toks, k + 1) == "to";
            if lexicon::ends_phrase(&t.lower) || month || day || verb || thanks || remain {
                break;
            }
            words.push(k);
            // Arabic and Hebrew put the counted noun first and describe it after.
            if rtl {
                break;
            }
            // "62 times American bases were attacked", "24 km west": the noun ends there.
            if lexicon::occasions(&lexicon::lemma(&t.lower)) || vocab::unit_word(&t.lower) {
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
pub(super) fn continues_list(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        // "51,800 homes and severely damaged": an adverb starts a clause, not a modifier.
        // "2000 people dead and thousands missing": another count, not a modifier.
        let adverb = t.lower.ends_with("ly") && t.lower.chars().count() > 4;
        let count = lexicon::VAGUE.iter().any(|(w, _, _)| *w == t.lower);
        t.is_word()
            && !lexicon::ends_phrase(&t.lower)
            && !count
            && !adverb
            && qualifier_before(toks, k + 1).is_none()
    })
}

/// Whether the words after a comma lead to "and" or "or" before the phrase ends: a list.
pub(super) fn list_ahead(toks: &[Token<'_>], from: usize) -> bool {
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
pub(super) fn states_before(toks: &[Token<'_>], at: usize) -> (usize, Vec<&'static str>) {
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

/// Casualty words in the few words after a phrase: "59 US personnel who sustained injuries".
pub(super) fn states_after(
    toks: &[Token<'_>],
    from: usize,
    numbers: &[Range<usize>],
) -> Vec<&'static str> {
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

/// What a number counts: the noun phrase after it (or before, or the previous number's).
pub(super) struct Noun {
    pub(super) written: String,
    pub(super) lemma: String,
    /// The token after the phrase.
    pub(super) last: usize,
    /// Whether the sentence names it after the number (not inherited or guessed).
    pub(super) named: bool,
    /// Whether it is the previous number's thing.
    pub(super) inherited: bool,
    /// What the noun itself says happened ("the death toll").
    pub(super) implied: Vec<&'static str>,
    /// The count is a tally's ("the death toll rose to 19"): a day named is the day it stood so.
    pub(super) tallied: bool,
}

pub(super) fn noun(
    toks: &[Token<'_>],
    paragraph: &str,
    raw: &Raw,
    (currency, first, noun_first): (Option<&str>, usize, bool),
    clause: &Range<usize>,
    previous: Option<&Counted>,
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
    let percent = percent_at(toks, after);
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
    if measure_after(toks, after, head_index.copied()) {
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
    } else if head.is_some() {
        let lemma = head_lemma(
            toks,
            &phrase,
            (head_index.copied(), at, noun_first),
            &mut implied,
        );
        let inherited =
            previous.filter(|p| lexicon::generic_people(&lemma) && lexicon::people(&p.lemma));
        if lexicon::batch(&lemma) && matches!(word_at(toks, last), "of" | "de") {
            // "three rounds of airstrikes".
            let of = phrase_after(toks, last + 1);
            if let Some(&end) = of.last() {
                last = end + 1;
            }
        }
        let written = text_of(paragraph, toks, phrase[0]..last);
        (written, inherited.map_or(lemma, |p| p.lemma.clone()))
    } else if let Some((toll, state)) = toks[..first]
        .iter()
        .rev()
        .take_while(|t| !t.is_any_punct(".;"))
        .enumerate()
        .find_map(|(back, t)| tally_at(toks, first - 1 - back).map(|s| (t, s)))
        .filter(|_| previous.is_none_or(|p| !lexicon::people(&p.lemma)))
    {
        // "The death toll … rose to 19": a toll counts the dead; a turnout, those who marched.
        implied.push(state);
        tallied = true;
        (
            paragraph[toll.bytes.clone()].to_owned(),
            "people".to_owned(),
        )
    } else if let Some(previous) = previous.filter(|p| !p.lemma.is_empty()) {
        // "out of the 59 US personnel …, 32 were": the same thing as the number before.
        (previous.written.clone(), previous.lemma.clone())
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
    let inherited = previous.is_some_and(|p| p.lemma == lemma)
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
/// "40 %", "42 por ciento", "40 per cent".
fn percent_at(toks: &[Token<'_>], after: usize) -> bool {
    toks.get(after).is_some_and(|t| t.is_punct('%'))
        || (word_at(toks, after) == "por" && word_at(toks, after + 1) == "ciento")
        || (word_at(toks, after) == "per" && word_at(toks, after + 1) == "cent")
}

/// Whether what follows the number makes it a measure, not a count: a length of time ("40
/// days after"), a fraction ("four and a half hours", "dos y media"), a ratio ("70 times the
/// official estimate", "tres veces más").
fn measure_after(toks: &[Token<'_>], after: usize, head_index: Option<usize>) -> bool {
    let head = head_index.map(|k| toks[k].lower.as_str());
    // "about 90 minutes later": the unit comes first.
    if lexicon::time_unit_days(word_at(toks, after)).is_some()
        || lexicon::time_unit_hours(word_at(toks, after)).is_some()
    {
        return true;
    }
    if head.is_some_and(|h| lexicon::time_unit_days(h).is_some()) {
        // "40 days after": a length of time, not a count.
        return true;
    }
    // "four and a half hours", "dos y media": a measure; counts are whole.
    let half = (word_at(toks, after) == "and" && word_at(toks, after + 2) == "half")
        || (word_at(toks, after) == "y" && matches!(word_at(toks, after + 1), "media" | "medio"));
    if half {
        return true;
    }
    // "70 times the official estimate", "tres veces más": a ratio, not occasions.
    if head.is_some_and(|h| matches!(h, "times" | "veces"))
        && let Some(k) = head_index
        && matches!(
            word_at(toks, k + 1),
            "the" | "more" | "higher" | "larger" | "greater" | "bigger" | "as" | "más" | "mayor"
        )
    {
        return true;
    }
    false
}

/// The lemma of the head noun after a number: "police" for "police officers", "people" for
/// "41 dead" (with the state it says) and for "1,052 Americans died"; in Spanish, the noun's
/// singular, with the states the words after it say ("personas fallecidas").
fn head_lemma(
    toks: &[Token<'_>],
    phrase: &[usize],
    (head_index, at, noun_first): (Option<usize>, usize, bool),
    implied: &mut Vec<&'static str>,
) -> String {
    let Some(k) = head_index else {
        return String::new();
    };
    let head = toks[k].lower.as_str();
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
    if police {
        // "police officers" are police.
        "police".to_owned()
    } else if head_state.is_some() {
        "people".to_owned()
    } else if noun_first {
        vocab::spanish_lemma(head)
    } else if demonym(&toks[k], toks, at) {
        // "1,052 Americans died": people of a nation, counted as people.
        "people".to_owned()
    } else {
        lexicon::lemma(head)
    }
}

/// What the tally at token `k` counts: "the death toll", "the number of injured", "the latest
/// estimate of those displaced", "el número de fallecidos", "حصيلة"; `None` for other words.
pub(super) fn tally_at(toks: &[Token<'_>], k: usize) -> Option<&'static str> {
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
pub(super) fn demonym(t: &Token<'_>, toks: &[Token<'_>], at: usize) -> bool {
    let capital = t.text.chars().next().is_some_and(char::is_uppercase);
    let ending = ["ans", "ese", "ians", "ites", "is", "ns"]
        .iter()
        .any(|e| t.lower.ends_with(e));
    at > 0
        && capital
        && ending
        && t.lower.chars().count() > 4
        && toks
            .iter()
            .skip_while(|x| x.bytes.start <= t.bytes.start)
            .take(4)
            .any(|x| state_word(x).is_some())
}

/// "The frequency of attacks on US troops, 61 as of November 17": with nothing after the
/// number, the first plural noun of its clause before it.
pub(super) fn noun_before(
    toks: &[Token<'_>],
    paragraph: &str,
    from: usize,
    to: usize,
) -> (String, String) {
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
