//! Sentences of a paragraph and the tokens of a sentence: words, numbers written in digits (ASCII,
//! Arabic-Indic ٠-٩ and Persian ۰-۹, with their thousands and decimal separators) and punctuation,
//! each with its byte range in the paragraph.

use std::ops::Range;

use super::lexicon;

/// What a token is.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// Letters (and digits after a letter: "MQ9"), with inner apostrophes.
    Word,
    /// Digits with their separators, and the value they write.
    Digits(f64),
    /// Any other character that is not a space.
    Punct(char),
}

/// One token of a sentence.
#[derive(Clone, Debug)]
pub struct Token<'a> {
    /// The text as written.
    pub text: &'a str,
    /// Lowercase, for the word tables.
    pub lower: String,
    /// Byte range in the paragraph.
    pub bytes: Range<usize>,
    /// Word, digits or punctuation.
    pub kind: Kind,
    /// Whether a space comes before it ("MQ-9" has none before "-" or "9").
    pub spaced: bool,
}

impl Token<'_> {
    /// Whether it is a word.
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// Whether it is this punctuation mark.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// Whether it is any of these punctuation marks.
    pub fn is_any_punct(&self, marks: &str) -> bool {
        matches!(self.kind, Kind::Punct(c) if marks.contains(c))
    }
}

/// The value of a decimal digit in any of the scripts read here.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        '\u{6F0}'..='\u{6F9}' => Some(c as u32 - 0x6F0),
        _ => None,
    }
}

/// The byte ranges of the sentences of `text` (one paragraph), without surrounding spaces.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '؟' | '…' | '。') {
            continue;
        }
        // Closing quotes and brackets stay with the sentence they close.
        let mut end = at + c.len_utf8();
        while let Some(&(next_at, next)) = chars.peek() {
            if matches!(next, '"' | '”' | '’' | '\'' | ')' | '»' | '!' | '?' | '.') {
                end = next_at + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let rest = &text[end..];
        let after = rest.trim_start();
        let next_starts = after.chars().next();
        let spaced = after.len() < rest.len();
        let ends = next_starts.is_none()
            || (spaced
                && next_starts.is_some_and(|n| {
                    !(n.is_lowercase() || c == '.' && abbreviation_before(&text[start..at]))
                }));
        if ends {
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// Whether the word just before a full stop is an abbreviation ("Gen.", "U.S.", "Oct.").
fn abbreviation_before(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '.')
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    let last = word.rsplit('.').next().unwrap_or_default();
    // A single capital ("U.S", "J. Smith") or a known abbreviation.
    (last.chars().count() == 1 && last.chars().all(char::is_uppercase))
        || lexicon::abbreviation(&last.to_lowercase())
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

/// The tokens of `text[range]`, with byte ranges in `text`. `decimal_comma`: a comma separates
/// decimals and a full stop thousands (Spanish), instead of the other way round.
pub fn tokens(text: &str, range: Range<usize>, decimal_comma: bool) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let piece = &text[range.clone()];
    let mut at = 0;
    let mut spaced = true;
    while at < piece.len() {
        let rest = &piece[at..];
        let Some(c) = rest.chars().next() else { break };
        if c.is_whitespace() {
            spaced = true;
            at += c.len_utf8();
            continue;
        }
        let (len, kind) = if digit_value(c).is_some() {
            digits(rest, decimal_comma)
        } else if c.is_alphabetic() {
            (word_len(rest), Kind::Word)
        } else {
            (c.len_utf8(), Kind::Punct(c))
        };
        let token_text = &rest[..len];
        out.push(Token {
            text: token_text,
            lower: token_text.to_lowercase(),
            bytes: range.start + at..range.start + at + len,
            kind,
            spaced,
        });
        spaced = false;
        at += len;
    }
    out
}

/// The length of the word at the start of `text`: letters, marks and digits, and apostrophes
/// between letters.
fn word_len(text: &str) -> usize {
    let mut end = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let inner_apostrophe = matches!(c, '\'' | '’')
            && end > 0
            && chars.peek().is_some_and(|(_, n)| n.is_alphabetic());
        if c.is_alphanumeric() || is_mark(c) || inner_apostrophe {
            end = at + c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// Combining marks (Arabic vowel signs and the like) belong to their word.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{610}'..='\u{61A}' | '\u{64B}'..='\u{65F}' | '\u{670}')
}

/// The length and value of the number written in digits at the start of `text`.
fn digits(text: &str, decimal_comma: bool) -> (usize, Kind) {
    let (thousands, decimal) = if decimal_comma {
        ('.', ',')
    } else {
        (',', '.')
    };
    let mut int = String::new();
    let mut frac = String::new();
    let mut in_frac = false;
    let mut grouped = false;
    let mut end = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if let Some(d) = digit_value(c) {
            let d = char::from_digit(d, 10).unwrap_or('0');
            if in_frac {
                frac.push(d);
            } else {
                int.push(d);
            }
            end = at + c.len_utf8();
            i += 1;
            continue;
        }
        let next_is_digit = chars
            .get(i + 1)
            .is_some_and(|(_, n)| digit_value(*n).is_some());
        if !next_is_digit || in_frac {
            break;
        }
        let group: usize = chars[i + 1..]
            .iter()
            .take_while(|(_, n)| digit_value(*n).is_some())
            .count();
        let group_ends = chars
            .get(i + 1 + group)
            .is_none_or(|(_, n)| !matches!(n, ',' | '.'));
        if (c == thousands || c == '٬') && group == 3 {
            grouped = true;
            i += 1;
        } else if decimal_comma
            && c == ','
            && group == 3
            && !grouped
            && int.len() <= 3
            && group_ends
        {
            // "20,000" on a Spanish page written with English separators: twenty thousand.
            i += 1;
        } else if decimal_comma && c == '.' && group != 3 && !grouped {
            // "magnitud 7.1", "las 13.14": a decimal point on a page that mixes the two.
            in_frac = true;
            i += 1;
        } else if c == decimal || c == '٫' {
            in_frac = true;
            i += 1;
        } else {
            break;
        }
    }
    let written = if frac.is_empty() {
        int
    } else {
        format!("{int}.{frac}")
    };
    (end, Kind::Digits(written.parse().unwrap_or(0.0)))
}

/// The clause of a sentence a token is in: the sentence split at semicolons, colons, dashes and
/// at a comma that starts a relative or contrasting clause (", which", ", while", ", as").
pub fn clause_bounds(tokens: &[Token<'_>], at: usize) -> Range<usize> {
    let splits = |i: usize| {
        let t = &tokens[i];
        if t.is_any_punct(";:—–") || (t.is_punct('-') && t.spaced) {
            return true;
        }
        t.is_punct(',')
            && tokens.get(i + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "which"
                        | "while"
                        | "as"
                        | "but"
                        | "who"
                        | "whereas"
                        | "although"
                        | "mientras"
                        | "aunque"
                        | "pero"
                )
            })
    };
    let mut start = at;
    while start > 0 && !splits(start - 1) {
        start -= 1;
    }
    let mut end = at + 1;
    while end < tokens.len() && !splits(end) {
        end += 1;
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_texts(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn sentences_end_at_stops_but_not_after_abbreviations() {
        assert_eq!(
            sentence_texts(
                "The U.S. military said so. Brig. Gen. Ryder spoke on Oct. 23! Then what? “He left.” Next"
            ),
            vec![
                "The U.S. military said so.",
                "Brig. Gen. Ryder spoke on Oct. 23!",
                "Then what?",
                "“He left.”",
                "Next"
            ]
        );
        assert_eq!(
            sentence_texts("It cost 1.5 million. Done."),
            vec!["It cost 1.5 million.", "Done."]
        );
    }

    fn values(text: &str, decimal_comma: bool) -> Vec<f64> {
        tokens(text, 0..text.len(), decimal_comma)
            .into_iter()
            .filter_map(|t| match t.kind {
                Kind::Digits(v) => Some(v),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn digits_in_every_script_with_their_separators() {
        assert_eq!(
            values("62 times, 2,000 Marines, 1.5 km", false),
            [62.0, 2000.0, 1.5]
        );
        assert_eq!(values("١٢٬٠٠٠ و ٦٢ و ۵۹", false), [12_000.0, 62.0, 59.0]);
        assert_eq!(values("٣٫٥", false), [3.5]);
        assert_eq!(values("12.000 muertos, 3,5 km", true), [12_000.0, 3.5]);
        // A comma before a group that is not three digits ends the number.
        assert_eq!(values("1,20", false), [1.0, 20.0]);
    }

    #[test]
    fn words_keep_inner_apostrophes_and_marks() {
        let text = "Shia’ al-Sudani don't MQ-9";
        let words: Vec<&str> = tokens(text, 0..text.len(), false)
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            words,
            ["Shia", "’", "al", "-", "Sudani", "don't", "MQ", "-", "9"]
        );
    }
}
