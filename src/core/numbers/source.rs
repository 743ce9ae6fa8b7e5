//! Who a sentence attributes its counts to: "officials said", "according to the ministry", "Mr
//! Bush added", "según la Generalitat", "informaron las autoridades", "وفقا لوزارة الصحة", "قال
//! الدفاع المدني", "לדברי המשטרה". The words naming the source are returned as written, with
//! their token range (a place inside them, "authorities in Puerto Rico", is the source's, not
//! the count's).

use std::ops::Range;

use super::tokens::{Kind, Token};
use super::vocab::right_to_left;

/// The most words a source's name is read over.
const LONGEST: usize = 6;

/// Phrases that put the source after them: "according to", "según", "citing".
const BEFORE_SOURCE: &[&[&str]] = &[
    &["according", "to"],
    &["citing"],
    &["quoting"],
    &["según"],
    &["de", "acuerdo", "con"],
    &["citando", "a"],
    &["وفقا"],
    &["وفقاً"],
    &["حسب"],
    &["بحسب"],
    &["طبقا"],
    &["לדברי"],
    &["לפי"],
    &["על", "פי"],
];

/// Verbs of saying: the source is the noun phrase before them ("officials said"), or after them
/// when they open their clause (", said Mr Bush", "informaron las autoridades", "قال المتحدث").
fn saying(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "say"
            | "told"
            | "reported"
            | "reports"
            | "announced"
            | "added"
            | "confirmed"
            | "stated"
            | "estimated"
            | "estimates"
            | "counted"
            | "put"
            | "puts"
            | "placed"
            | "dijo"
            | "dijeron"
            | "informó"
            | "informaron"
            | "aseguró"
            | "aseguraron"
            | "indicó"
            | "señaló"
            | "afirmó"
            | "confirmó"
            | "anunció"
            | "detalló"
            | "precisó"
            | "reportó"
            | "قال"
            | "قالت"
            | "أعلن"
            | "أعلنت"
            | "أفاد"
            | "أفادت"
            | "ذكر"
            | "ذكرت"
            | "أكد"
            | "أكدت"
            | "אמר"
            | "אמרה"
            | "אמרו"
            | "מסר"
            | "מסרה"
            | "הודיע"
            | "הודיעה"
            | "דיווח"
            | "דיווחה"
    )
}

/// Words that cannot name a source, ending its name: pronouns, "that", articles alone.
fn stops_name(t: &Token<'_>) -> bool {
    !t.is_word()
        || matches!(
            t.lower.as_str(),
            "that"
                | "and"
                | "but"
                | "which"
                | "who"
                | "as"
                | "on"
                | "in"
                | "at"
                | "by"
                | "it"
                | "he"
                | "she"
                | "they"
                | "we"
                | "que"
                | "y"
                | "el"
                | "ha"
                | "han"
                | "were"
                | "was"
                | "is"
                | "are"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "fue"
                | "fueron"
                | "إن"
                | "أن"
                | "ان"
                | "על"
                | "כי"
        )
}

/// Pronouns: a source they name is in another sentence.
fn pronoun(word: &str) -> bool {
    matches!(
        word,
        "he" | "she" | "they" | "it" | "we" | "i" | "él" | "ella" | "ellos"
    )
}

/// The words naming who the sentence attributes its counts to, and their token range; empty
/// when it names no one.
pub fn attribution(toks: &[Token<'_>], paragraph: &str) -> (String, Range<usize>) {
    let found = after_phrase(toks).or_else(|| around_verb(toks));
    match found {
        Some(range) if !range.is_empty() => {
            let text = paragraph[toks[range.start].bytes.start..toks[range.end - 1].bytes.end]
                .trim()
                .to_owned();
            (text, range)
        }
        _ => (String::new(), 0..0),
    }
}

/// "According to the ministry", "según la Generalitat", "وفقا لوزارة الصحة".
fn after_phrase(toks: &[Token<'_>]) -> Option<Range<usize>> {
    for i in 0..toks.len() {
        for phrase in BEFORE_SOURCE {
            let n = phrase.len();
            let matches = toks.get(i..i + n).is_some_and(|ws| {
                ws.iter()
                    .zip(phrase.iter())
                    .all(|(t, w)| t.is_word() && t.lower == *w)
            });
            if matches {
                let name = name_after(toks, i + n);
                if !name.is_empty() {
                    return Some(name);
                }
            }
        }
    }
    None
}

/// The name that starts at `from`: words up to punctuation, a number or a word that ends it.
fn name_after(toks: &[Token<'_>], from: usize) -> Range<usize> {
    let mut end = from;
    while end < toks.len() && end - from < LONGEST {
        let t = &toks[end];
        // "أعلنت الوزارة مقتل 62": what happened ends the name.
        let state = super::vocab::state(&t.lower).is_some();
        if matches!(t.kind, Kind::Digits(_))
            || ((stops_name(t) || state) && end > from)
            || !t.is_word()
        {
            break;
        }
        end += 1;
    }
    from..end
}

/// "Officials said", "The New York Times reported", ", said Mr Bush", "قال المتحدث".
fn around_verb(toks: &[Token<'_>]) -> Option<Range<usize>> {
    for (v, t) in toks.iter().enumerate() {
        if !(t.is_word() && saying(&t.lower)) {
            continue;
        }
        // Arabic and Hebrew put the verb first: the source follows it.
        if right_to_left(t.text) {
            let name = name_after(toks, v + 1);
            if !name.is_empty() {
                return Some(name);
            }
            continue;
        }
        // "The Center (CPI) reported": the name is before the brackets.
        let mut end = v;
        if v >= 1
            && toks[v - 1].is_punct(')')
            && let Some(open) = toks[..v - 1].iter().rposition(|t| t.is_punct('('))
        {
            end = open;
        }
        let mut start = end;
        while start > 0 && end - start < LONGEST {
            let before = &toks[start - 1];
            // "Authorities in Puerto Rico", "el Gobierno de Cataluña": a place inside a name.
            let inside = matches!(before.lower.as_str(), "in" | "of" | "de" | "del")
                && start >= 2
                && !stops_name(&toks[start - 2])
                && toks[start]
                    .text
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
            if stops_name(before) && !inside {
                break;
            }
            start -= 1;
        }
        // "Mike Bush on Sunday morning said": the day is not the source's name.
        if start < end
            && matches!(toks[start..end].first(), Some(t) if super::lexicon::weekday(&t.lower).is_some())
            && start >= 2
            && toks[start - 1].lower == "on"
        {
            let mut name_start = start - 1;
            while name_start > 0
                && end - name_start < 2 * LONGEST
                && !stops_name(&toks[name_start - 1])
            {
                name_start -= 1;
            }
            if name_start < start - 1 {
                return Some(name_start..start - 1);
            }
        }
        // A name is capitalised or has a noun ("officials", "the police"), not only "said".
        if start < end {
            if toks[start..end].iter().all(|t| pronoun(&t.lower)) {
                continue;
            }
            return Some(start..end);
        }
        // ", said Mr Bush", "informaron las autoridades regionales".
        let opens = v == 0 || toks[v - 1].is_any_punct(",;:\"”«»(");
        if opens {
            let name = name_after(toks, v + 1);
            if !name.is_empty() && !pronoun(&toks[name.start].lower) {
                return Some(name);
            }
        }
    }
    None
}
