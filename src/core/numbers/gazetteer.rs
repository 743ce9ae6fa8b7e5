//! Places by name: countries, regions and cities in English, Spanish, Arabic, Hebrew and more,
//! from the generated `assets/gazetteer/places.tsv.gz` (`GeoNames` cities, ISO 3166 countries and
//! subdivisions; `assets/gazetteer/build.py` makes it). A name is looked up by a binary search of
//! the sorted keys, one window of words at a time, never by scanning the list.

use std::io::Read;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::tokens::{Kind, Token};

static DATA: &[u8] = include_bytes!("../../../assets/gazetteer/places.tsv.gz");

/// The most words of a name looked up ("Bosnia and Herzegovina", "Ciudad de México").
const MOST_WORDS: usize = 6;

/// What kind of place it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// A country (ISO 3166-1).
    Country,
    /// A region, province or state of a country (ISO 3166-2).
    Region,
    /// A city or town.
    City,
    /// A part of a place the sentence describes but does not name ("the northern province of
    /// Syria", "el norte de Siria").
    Area,
}

/// A place the gazetteer knows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownPlace {
    /// Its id: the ISO code of a country or region ("SY", "SY-ID"), "g" and the `GeoNames` id of
    /// a city ("g281133"), or the id of the place an area is in, a slash and its words.
    pub id: String,
    /// Its English name, to show ("Gaza", "Syria").
    pub name: String,
    /// Country, region, city or area.
    pub kind: PlaceKind,
    /// The ISO code of the country it is in (its own for a country).
    pub country: String,
    /// The id of the place it is a part of, for an area ("SY" for "the north of Syria"); else
    /// empty.
    #[serde(default)]
    pub within: String,
}

impl KnownPlace {
    /// Whether this place lies inside `whole` (a city or region inside its country, an area
    /// inside the place it is described in, or in that place's country).
    pub fn part_of(&self, whole: &KnownPlace) -> bool {
        self.id != whole.id
            && (self.within == whole.id
                || (whole.kind == PlaceKind::Country && self.country == whole.id)
                || (whole.kind == PlaceKind::Area && whole.id.split('+').any(|id| id == self.id)))
    }
}

/// The generated lines, sorted by key (as `build.py` writes them): a name is found by a binary
/// search, nothing is built but the list of lines (a hash table of 185,000 names took a third
/// of a second to build in a debug build, on the first board of every start).
struct Gazetteer {
    lines: Vec<&'static str>,
}

impl Gazetteer {
    /// The place a key names.
    fn get(&self, key: &str) -> Option<KnownPlace> {
        let at = self
            .lines
            .binary_search_by(|line| line.split('\t').next().unwrap_or_default().cmp(key))
            .ok()?;
        place_of(self.lines.get(at)?)
    }
}

/// The place of one line: `key id kind country name`, tab-separated.
fn place_of(line: &str) -> Option<KnownPlace> {
    let mut fields = line.split('\t').skip(1);
    let (id, kind, country, name) = (
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
    );
    let kind = match kind {
        "country" => PlaceKind::Country,
        "region" => PlaceKind::Region,
        "city" => PlaceKind::City,
        _ => return None,
    };
    Some(KnownPlace {
        id: id.to_owned(),
        name: name.to_owned(),
        kind,
        country: country.to_owned(),
        within: String::new(),
    })
}

fn gazetteer() -> &'static Gazetteer {
    static ONCE: OnceLock<Gazetteer> = OnceLock::new();
    ONCE.get_or_init(|| load(DATA))
}

/// Reads the generated file; a damaged one gives an empty gazetteer (places are then read by
/// their capitals only).
fn load(data: &[u8]) -> Gazetteer {
    let mut text = String::new();
    if flate2::read::GzDecoder::new(data)
        .read_to_string(&mut text)
        .is_err()
    {
        return Gazetteer { lines: Vec::new() };
    }
    // Read once for the life of the program: the names are looked up where they lie.
    let text: &'static str = Box::leak(text.into_boxed_str());
    let mut lines: Vec<&'static str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    // Sorted as Rust compares strings (the script sorts the same way, by code point), checked.
    if !lines.is_sorted_by(|a, b| a.split('\t').next() <= b.split('\t').next()) {
        lines.sort_unstable_by(|a, b| a.split('\t').next().cmp(&b.split('\t').next()));
    }
    Gazetteer { lines }
}

/// Arabic and Hebrew vowel marks and the tatweel, left out of a key.
fn vowel_mark(c: char) -> bool {
    matches!(c,
        '\u{591}'..='\u{5BD}'
        | '\u{5BF}' | '\u{5C1}' | '\u{5C2}' | '\u{5C4}' | '\u{5C5}' | '\u{5C7}'
        | '\u{610}'..='\u{61A}'
        | '\u{64B}'..='\u{65F}'
        | '\u{640}' | '\u{670}')
}

/// The key of one word as the generated file has it (`build.py`'s `key`): lowercase, Arabic
/// and Hebrew without vowel marks, Arabic letter variants made one (أ إ آ → ا, ى → ي, ة → ه).
pub fn key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        if vowel_mark(c) {
            continue;
        }
        out.push(match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ی' => 'ي',
            'ة' => 'ه',
            'ک' => 'ك',
            '’' | '‘' | '`' | 'ʼ' => '\'',
            c => c,
        });
    }
    out
}

/// Prefixes a place's first word may carry, and whether each says "in" (so that the word needs
/// no preposition before it): Arabic و ب ل ف ك and the article's لل; Hebrew ו ה ב ל מ ש כ.
fn first_word_forms(word: &str) -> Vec<(String, bool)> {
    let mut out = vec![(word.to_owned(), false)];
    let chars: Vec<char> = word.chars().collect();
    let rest = |n: usize| chars[n..].iter().collect::<String>();
    let arabic = chars
        .first()
        .is_some_and(|c| ('\u{600}'..='\u{6FF}').contains(c));
    let hebrew = chars
        .first()
        .is_some_and(|c| ('\u{5D0}'..='\u{5EA}').contains(c));
    let mut more: Vec<(String, bool)> = Vec::new();
    let mut push = |form: String, inside: bool| {
        if form.chars().count() >= 3 {
            more.push((form, inside));
        }
    };
    if arabic {
        // "وبغزة", "بغزة", "للقاهرة" (ل + القاهرة), "والعراق" (و + العراق).
        let mut at = 0;
        if chars.first() == Some(&'و') {
            at = 1;
            push(rest(1), false);
        }
        match chars.get(at) {
            Some('ب') => push(rest(at + 1), true),
            Some('ل') if chars.get(at + 1) == Some(&'ل') => {
                push(format!("ا{}", rest(at + 1)), false);
            }
            Some('ل' | 'ف' | 'ك') => push(rest(at + 1), false),
            _ => {}
        }
    } else if hebrew {
        // "בעזה", "ובסוריה", "מהעיר": up to three prefix letters.
        for n in 1..=3.min(chars.len()) {
            if !chars[..n].iter().all(|c| "והבלמשכ".contains(*c)) {
                break;
            }
            push(rest(n), chars[n - 1] == 'ב');
        }
    }
    out.extend(more);
    if arabic {
        // The name without its article ("العراق" read as "عراق" too).
        let bare: Vec<(String, bool)> = out
            .iter()
            .filter_map(|(f, inside)| f.strip_prefix("ال").map(|r| (r.to_owned(), *inside)))
            .filter(|(f, _)| f.chars().count() >= 3)
            .collect();
        out.extend(bare);
    }
    out
}

/// A place named at token `start`: the tokens it takes (its end), the place, and whether its
/// first word carries "in" ("بغزة", "בעזה"). The longest name wins; a name in Latin letters must
/// begin with a capital ("us" is not the United States).
pub fn place_at(toks: &[Token<'_>], start: usize) -> Option<(usize, KnownPlace, bool)> {
    let first = toks.get(start).filter(|t| t.is_word())?;
    let g = gazetteer();
    if g.lines.is_empty() {
        return None;
    }
    let latin = first
        .text
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii() || ('\u{C0}'..'\u{250}').contains(&c));
    if latin && !first.text.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    // The words after the first, with the token each ends at ("Port-au-Prince", "U.S.").
    let mut rest: Vec<(String, usize)> = Vec::new();
    let mut k = start + 1;
    while rest.len() + 1 < MOST_WORDS && k < toks.len() {
        let t = &toks[k];
        if t.is_word() {
            rest.push((key(&t.lower), k + 1));
            k += 1;
        } else if matches!(t.kind, Kind::Punct('-' | '.' | '־'))
            && toks.get(k + 1).is_some_and(Token::is_word)
        {
            k += 1;
        } else {
            break;
        }
    }
    for (form, inside) in first_word_forms(&key(&first.lower)) {
        let mut name = form;
        let mut best = g.get(&name).map(|p| (start + 1, p));
        for (word, end) in &rest {
            name.push(' ');
            name.push_str(word);
            if let Some(p) = g.get(&name) {
                best = Some((*end, p));
            }
        }
        if let Some((end, place)) = best {
            return Some((end, place, inside));
        }
    }
    None
}

/// An area of a known place the sentence describes ("the northern province of Syria"): its id
/// is the place's and the words, so that two reports of "the north of Syria" are one area.
pub fn area_of(place: &KnownPlace, words: &str) -> KnownPlace {
    KnownPlace {
        id: format!("{}/{}", place.id, words.to_lowercase()),
        name: format!("{words} ({})", place.name),
        kind: PlaceKind::Area,
        country: place.country.clone(),
        within: place.id.clone(),
    }
}

/// Several places named together ("Oaxaca, Chiapas and Tabasco"): an area of which each is a
/// part; its id is theirs joined with "+".
pub fn several(places: &[KnownPlace]) -> KnownPlace {
    let country = places
        .first()
        .map(|p| p.country.clone())
        .unwrap_or_default();
    let one_country = places.iter().all(|p| p.country == country);
    KnownPlace {
        id: places
            .iter()
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>()
            .join("+"),
        name: places
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        kind: PlaceKind::Area,
        country: if one_country { country } else { String::new() },
        within: String::new(),
    }
}

/// What two places are compared by: the known place's id, else the words in lowercase.
pub fn place_key(written: &str, known: Option<&KnownPlace>) -> String {
    known.map_or_else(|| written.to_lowercase(), |k| k.id.clone())
}

/// How the places of two counts lie, when they are not one place.
pub enum Scope {
    /// Two places, neither inside the other.
    Two,
    /// The first count's place is inside the second's (or the second names none).
    FirstInSecond,
    /// The second count's place is inside the first's (or the first names none).
    SecondInFirst,
}

/// How the places of two counts about different places lie, each as written and as known: a
/// place and none, a city or region and its country ("Aleppo" and "Syria", in any language), a
/// place the sentence describes but does not name ("the northern province") and a country are a
/// part and a total; else two places.
pub fn scope(
    (a, a_known): (&str, Option<&KnownPlace>),
    (b, b_known): (&str, Option<&KnownPlace>),
) -> Scope {
    if b.is_empty() {
        return Scope::FirstInSecond;
    }
    if a.is_empty() {
        return Scope::SecondInFirst;
    }
    // A place the gazetteer lacks, described in lowercase words: a part of some country.
    let described = |written: &str, known: Option<&KnownPlace>| {
        known.is_none() && written.chars().next().is_some_and(char::is_lowercase)
    };
    let country = |known: Option<&KnownPlace>| known.is_some_and(|k| k.kind == PlaceKind::Country);
    match (a_known, b_known) {
        (Some(x), Some(y)) if x.part_of(y) => Scope::FirstInSecond,
        (Some(x), Some(y)) if y.part_of(x) => Scope::SecondInFirst,
        _ if described(a, a_known) && country(b_known) => Scope::FirstInSecond,
        _ if described(b, b_known) && country(a_known) => Scope::SecondInFirst,
        _ => Scope::Two,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens;
    use super::*;

    fn place(text: &str) -> Option<(String, PlaceKind, String, bool)> {
        let toks = tokens(text, 0..text.len(), false);
        (0..toks.len()).find_map(|i| {
            place_at(&toks, i)
                .map(|(_, p, inside)| (p.id.clone(), p.kind, p.country.clone(), inside))
        })
    }

    #[test]
    fn one_place_in_four_languages_is_one_id() {
        let syria = ["Syria", "Siria", "سوريا", "סוריה"].map(place);
        assert!(
            syria.iter().all(|p| p
                .as_ref()
                .is_some_and(|p| p.0 == "SY" && p.1 == PlaceKind::Country)),
            "{syria:?}"
        );
        // A city, with the prepositions the languages attach to it.
        let gaza = ["in Gaza", "en Gaza", "في غزة", "بغزة", "בעזה"].map(place);
        let id = gaza[0].as_ref().map(|p| p.0.clone());
        assert!(id.is_some());
        assert!(
            gaza.iter().all(|p| p.as_ref().map(|p| p.0.clone()) == id),
            "{gaza:?}"
        );
        assert!(
            gaza[0]
                .as_ref()
                .is_some_and(|p| p.1 == PlaceKind::City && p.2 == "PS")
        );
        // "بغزة" and "בעזה" carry their "in".
        assert!(gaza[3].as_ref().is_some_and(|p| p.3) && gaza[4].as_ref().is_some_and(|p| p.3));
        // The article of a name read with a preposition: "للقاهرة" is ل + "القاهرة".
        assert_eq!(place("للقاهرة").map(|p| p.2), Some("EG".to_owned()));
    }

    #[test]
    fn the_longest_name_wins_and_small_words_are_no_place() {
        let toks = tokens("in Ciudad de México", 0.."in Ciudad de México".len(), false);
        let (end, city, _) = place_at(&toks, 1).unwrap();
        assert_eq!(end, 4);
        assert_eq!(city.country, "MX");
        assert_eq!(place("U.S.").map(|p| p.0), Some("US".to_owned()));
        // Lowercase Latin words are never a place ("us", "best").
        assert_eq!(place("give us the best"), None);
        assert_eq!(place("Northtown"), None);
    }

    #[test]
    fn a_city_and_a_region_are_parts_of_their_country() {
        let g = gazetteer();
        let find = |name: &str| g.get(name).unwrap();
        let (syria, aleppo, idlib_region) = (find("syria"), find("aleppo"), find("idlib province"));
        assert!(aleppo.part_of(&syria) && idlib_region.part_of(&syria));
        assert!(!syria.part_of(&aleppo) && !aleppo.part_of(&idlib_region));
        let north = area_of(&syria, "northern province");
        assert!(north.part_of(&syria));
        assert_eq!(north.country, "SY");
        assert!(!north.part_of(&find("lebanon")));
    }

    #[test]
    fn a_damaged_file_is_an_empty_gazetteer() {
        assert!(load(b"not gzip").lines.is_empty());
    }
}
