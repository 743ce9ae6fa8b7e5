//! The words the number finder knows, in English and Spanish (both lists are always consulted: a
//! word of one language does not occur as another word in the other often enough to matter):
//! qualifiers, vague quantities, time units, months and weekdays, words that end a counted noun
//! phrase, casualty words, people nouns, event verbs, and plurals to singulars.

use super::Qualifier;

/// Qualifier phrases, as lowercase words (the longest that ends just before a number wins).
pub const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["no", "more", "than"], Qualifier::UpTo),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["more", "than"], Qualifier::MoreThan),
    (&["just", "over"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    // "An estimated 170" hedges the source, not the number: no qualifier.
    (&["exceeded"], Qualifier::MoreThan),
    (&["exceeds"], Qualifier::MoreThan),
    (&["surpassed"], Qualifier::MoreThan),
    (&["surpasses"], Qualifier::MoreThan),
    (&["topped"], Qualifier::MoreThan),
    (&["superó"], Qualifier::MoreThan),
    (&["supera"], Qualifier::MoreThan),
    (&["approximately"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["about"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["close", "to"], Qualifier::Nearly),
    (&["nearly"], Qualifier::Nearly),
    (&["almost"], Qualifier::Nearly),
    (&["just", "under"], Qualifier::Nearly),
    (&["up", "to"], Qualifier::UpTo),
    (&["at", "most"], Qualifier::UpTo),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["under"], Qualifier::LessThan),
    // Spanish.
    (&["por", "lo", "menos"], Qualifier::AtLeast),
    (&["al", "menos"], Qualifier::AtLeast),
    (&["como", "mínimo"], Qualifier::AtLeast),
    (&["más", "de"], Qualifier::MoreThan),
    (&["mas", "de"], Qualifier::MoreThan),
    (&["alrededor", "de"], Qualifier::About),
    (&["aproximadamente"], Qualifier::About),
    (&["unos"], Qualifier::About),
    (&["unas"], Qualifier::About),
    (&["cerca", "de"], Qualifier::Nearly),
    (&["casi"], Qualifier::Nearly),
    (&["hasta"], Qualifier::UpTo),
    (&["como", "máximo"], Qualifier::UpTo),
    (&["menos", "de"], Qualifier::LessThan),
];

/// Words for an imprecise quantity: the word, the range it stands for, and whether "of" follows
/// it before the counted noun ("dozens of attacks"; "a dozen attacks").
pub const VAGUE: &[(&str, f64, f64)] = &[
    ("dozen", 12.0, 12.0),
    ("dozens", 24.0, 99.0),
    ("tens", 20.0, 99.0),
    ("scores", 40.0, 99.0),
    ("hundreds", 200.0, 999.0),
    ("thousands", 2_000.0, 9_999.0),
    ("millions", 2_000_000.0, 9_999_999.0),
    ("docena", 12.0, 12.0),
    ("centenar", 100.0, 100.0),
    ("الآلاف", 2_000.0, 9_999.0),
    ("المئات", 200.0, 999.0),
    ("العشرات", 20.0, 99.0),
    ("עשרות", 20.0, 99.0),
    ("מאות", 200.0, 999.0),
    ("docenas", 24.0, 99.0),
    ("decenas", 20.0, 99.0),
    ("centenares", 200.0, 999.0),
    ("cientos", 200.0, 999.0),
    ("miles", 2_000.0, 9_999.0),
    ("millones", 2_000_000.0, 9_999_999.0),
];

/// Words that multiply the number before them ("30 million").
pub const MULTIPLIERS: &[(&str, f64)] = &[
    ("hundred", 100.0),
    ("thousand", 1_000.0),
    ("million", 1_000_000.0),
    ("billion", 1_000_000_000.0),
    ("mil", 1_000.0),
    ("millón", 1_000_000.0),
    ("millon", 1_000_000.0),
    ("millones", 1_000_000.0),
    ("millions", 1_000_000.0),
];

/// A unit of time, in days (a month is 30, a year 365: periods are approximate by nature).
pub fn time_unit_days(word: &str) -> Option<i64> {
    Some(match word {
        "hour" | "hours" | "hora" | "horas" | "minute" | "minutes" | "minuto" | "minutos" => 0,
        "day" | "days" | "día" | "días" | "dia" | "dias" => 1,
        "week" | "weeks" | "semana" | "semanas" => 7,
        "month" | "months" | "mes" | "meses" => 30,
        "year" | "years" | "año" | "años" => 365,
        _ => return None,
    })
}

/// The hours in a time unit, for units shorter than a day.
pub fn time_unit_hours(word: &str) -> Option<i64> {
    match word {
        "hour" | "hours" | "hora" | "horas" => Some(1),
        "minute" | "minutes" | "minuto" | "minutos" => Some(0),
        _ => time_unit_days(word).map(|d| d * 24),
    }
}

/// A month's number from its name or abbreviation (English or Spanish), lowercase.
pub fn month(word: &str) -> Option<i8> {
    let word = word.trim_end_matches('.');
    Some(match word {
        "january" | "jan" | "enero" | "ene" => 1,
        "february" | "feb" | "febrero" => 2,
        "march" | "mar" | "marzo" => 3,
        "april" | "apr" | "abril" | "abr" => 4,
        "may" | "mayo" => 5,
        "june" | "jun" | "junio" => 6,
        "july" | "jul" | "julio" => 7,
        "august" | "aug" | "agosto" | "ago" => 8,
        "september" | "sep" | "sept" | "septiembre" | "setiembre" => 9,
        "october" | "oct" | "octubre" => 10,
        "november" | "nov" | "noviembre" => 11,
        "december" | "dec" | "diciembre" | "dic" => 12,
        _ => return super::vocab::month(word),
    })
}

/// A weekday from its name (Monday is 1), lowercase.
pub fn weekday(word: &str) -> Option<i8> {
    Some(match word {
        "monday" | "lunes" => 1,
        "tuesday" | "martes" => 2,
        "wednesday" | "miércoles" | "miercoles" => 3,
        "thursday" | "jueves" => 4,
        "friday" | "viernes" => 5,
        "saturday" | "sábado" | "sabado" => 6,
        "sunday" | "domingo" => 7,
        _ => return None,
    })
}

/// Words of expecting (modal verbs, "expected"), as written (lowercase: "May" is a month): with a
/// verb of [`growth`], the number after them is a forecast, not a count.
pub fn forecast(word: &str) -> bool {
    matches!(
        word,
        "could"
            | "might"
            | "may"
            | "would"
            | "expected"
            | "projected"
            | "forecast"
            | "predicted"
            | "predicts"
            | "will"
            | "likely"
            | "podría"
            | "podrían"
            | "posiblemente"
            | "probablemente"
            | "prevé"
            | "previsto"
    )
}

/// Verbs of growing to a number, lowercase: with a word of [`forecast`], the number is a forecast.
pub fn growth(word: &str) -> bool {
    matches!(
        word,
        "rise"
            | "reach"
            | "exceed"
            | "climb"
            | "top"
            | "increase"
            | "grow"
            | "hit"
            | "surpass"
            | "double"
            | "llegar"
            | "acerque"
            | "acercarse"
            | "superar"
            | "alcanzar"
            | "aumentar"
            | "subir"
    )
}

/// Words that end the noun phrase after a number: prepositions, pronouns, verbs of being,
/// conjunctions that start a clause, and the like.
pub fn ends_phrase(word: &str) -> bool {
    matches!(
        word,
        "of" | "in" | "on" | "at" | "to" | "for" | "from" | "by" | "with" | "without" | "since"
            | "during" | "until" | "as" | "than" | "who" | "whom" | "whose" | "which" | "that"
            | "this" | "these" | "those" | "were" | "was" | "is" | "are" | "be" | "been"
            | "being" | "have" | "has" | "had" | "will" | "would" | "can" | "could" | "may"
            | "might" | "should" | "must" | "do" | "did" | "does" | "not" | "but" | "so" | "if"
            | "when" | "while" | "where" | "after" | "before" | "against" | "into" | "onto"
            | "over" | "under" | "between" | "among" | "near" | "per" | "according" | "including"
            | "across" | "through" | "a" | "an" | "the" | "it" | "its" | "they" | "their"
            | "them" | "he" | "she" | "his" | "her" | "we" | "our" | "you" | "your" | "i"
            | "said" | "says" | "say" | "also" | "just" | "only" | "each" | "every" | "all"
            | "both" | "either" | "neither" | "any" | "no" | "yet" | "still" | "already" | "even"
            | "about" | "around" | "up" | "down" | "out" | "off" | "then" | "there" | "here"
            | "because" | "however" | "although" | "though" | "whether" | "within" | "beyond"
            | "toward" | "towards" | "upon" | "via" | "what" | "how" | "why" | "ago" | "last"
            | "more" | "less" | "most" | "least" | "or" | "and" | "caused" | "killed"
            | "wounded" | "injured" | "died" | "took" | "reported" | "announced"
            // Spanish.
            | "de" | "del" | "en" | "por" | "para" | "con" | "sin" | "desde" | "hasta"
            | "durante" | "entre" | "contra" | "que" | "quien" | "quienes" | "cual" | "fueron"
            | "fue" | "es" | "son" | "han" | "ha" | "habían" | "había" | "y" | "o" | "pero"
            | "el" | "la" | "los" | "las" | "un" | "una" | "se" | "su" | "sus" | "al" | "como"
            | "según" | "tras" | "murieron" | "resultaron"
    )
}

/// What a casualty word says happened to those counted, as a lemma ("injuries" is "injured").
pub fn casualty(word: &str) -> Option<&'static str> {
    Some(match word {
        "killed" | "dead" | "death" | "deaths" | "died" | "fatalities" | "fatality" | "lives"
        | "muertos" | "muertas" | "muerte" | "muertes" | "murieron" | "fallecidos"
        | "fallecidas" | "asesinados" => "killed",
        "wounded" | "wounds" => "wounded",
        "injured" | "injuries" | "injury" | "hurt" | "heridos" | "heridas" | "herido"
        | "lesionados" | "lesiones" => "injured",
        "casualties" | "bajas" => "casualties",
        _ => return super::vocab::state(word),
    })
}

/// Nouns for people (after lemmatising): a count of them can carry what happened to them.
pub fn people(lemma: &str) -> bool {
    matches!(
        lemma,
        "soldier"
            | "troop"
            | "personnel"
            | "member"
            | "marine"
            | "civilian"
            | "person"
            | "people"
            | "individual"
            | "child"
            | "woman"
            | "man"
            | "fighter"
            | "militant"
            | "officer"
            | "worker"
            | "contractor"
            | "resident"
            | "refugee"
            | "patient"
            | "journalist"
            | "palestinian"
            | "american"
            | "israeli"
            | "iraqi"
            | "syrian"
            | "servicemember"
            | "sailor"
            | "airman"
            | "victim"
            | "police"
            | "protester"
            | "demonstrator"
            | "student"
            | "soldado"
            | "militar"
            | "civil"
            | "persona"
            | "niño"
            | "mujer"
            | "hombre"
            | "combatiente"
            | "efectivo"
            | "víctima"
    )
}

/// The event a verb reports, as a noun lemma: "attacked 61 times" counts attacks.
pub fn event_of_verb(word: &str) -> Option<&'static str> {
    Some(match word {
        "attacked" | "attack" | "attacks" | "targeted" | "target" | "targets" | "raided" => {
            "attack"
        }
        "struck" | "strike" | "strikes" | "hit" | "hits" => "strike",
        "bombed" | "bombarded" => "bombing",
        "shelled" => "shelling",
        "atacada" | "atacadas" | "atacado" | "atacados" | "atacaron" | "atacó" => "ataque",
        "bombardeada" | "bombardeadas" | "bombardeado" | "bombardeados" => "bombardeo",
        _ => return None,
    })
}

/// Nouns that count batches of something named after "of": "three rounds of airstrikes".
pub fn batch(lemma: &str) -> bool {
    matches!(
        lemma,
        "round" | "wave" | "series" | "barrage" | "salvo" | "volley" | "ronda" | "oleada"
    )
}

/// Nouns for people that say nothing of who they are ("the remaining 27 individuals"): a count of
/// them after a count of people in the same sentence counts the same people.
pub fn generic_people(lemma: &str) -> bool {
    matches!(
        lemma,
        "individual" | "person" | "people" | "other" | "persona"
    )
}

/// Verbs that end a noun phrase after a number ("one Katyusha rocket hit", "27 individuals
/// suffered"): past tenses of events and of what happens to people.
pub fn verb_after_noun(word: &str) -> bool {
    matches!(
        word,
        "hit"
            | "struck"
            | "suffered"
            | "sustained"
            | "received"
            | "remain"
            | "remained"
            | "returned"
            | "left"
            | "went"
            | "came"
            | "got"
            | "became"
            | "fell"
            | "landed"
            | "exploded"
            | "say"
            | "said"
            | "taken"
            | "held"
            | "found"
            | "brought"
    ) || (word.len() > 4 && word.ends_with("ed"))
}

/// Nouns that count occasions, not things: "62 times".
pub fn occasions(lemma: &str) -> bool {
    matches!(lemma, "time" | "vez" | "occasion")
}

/// Words after which "one" is not a count ("the one", "no one", "each one").
pub fn not_before_one(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "no"
            | "any"
            | "each"
            | "every"
            | "this"
            | "that"
            | "which"
            | "some"
            | "someone"
            | "anyone"
            | "everyone"
            | "el"
            | "la"
            | "cada"
            | "ningún"
            | "ninguno"
    )
}

/// Words after "one" that make it a pronoun ("one of", "one another").
pub fn not_after_one(word: &str) -> bool {
    matches!(
        word,
        "of" | "another" | "by" | "after" | "hand" | "day" | "de" | "por" | "que"
    )
}

/// Ordinal suffixes written after digits ("3rd", "20th").
pub fn ordinal_suffix(word: &str) -> bool {
    matches!(
        word,
        "st" | "nd" | "rd" | "th" | "º" | "ª" | "er" | "o" | "a"
    )
}

/// Abbreviations whose full stop does not end a sentence.
pub fn abbreviation(word: &str) -> bool {
    matches!(
        word,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "st"
            | "gen"
            | "brig"
            | "col"
            | "lt"
            | "maj"
            | "sgt"
            | "capt"
            | "cpt"
            | "adm"
            | "gov"
            | "sen"
            | "rep"
            | "prof"
            | "no"
            | "vs"
            | "etc"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "approx"
            | "est"
            | "inc"
            | "ltd"
            | "co"
            | "corp"
            | "dept"
            | "sr"
            | "jr"
            | "sra"
            | "srta"
            | "ee"
            | "uu"
    )
}

/// A singular for an English or Spanish plural, lowercase. Good enough to make "attacks" and
/// "attack", "casualties" and "casualty", "operaciones" and "operación" the same word; it does not
/// need to be a dictionary form, only the same form for both.
pub fn lemma(word: &str) -> String {
    let irregular = match word {
        "people" => Some("people"),
        "children" => Some("child"),
        "men" => Some("man"),
        "women" => Some("woman"),
        "personnel" | "series" | "news" | "species" | "us" | "is" | "was" | "has" | "this"
        | "its" => Some(word),
        "veces" => Some("vez"),
        "times" => Some("time"),
        _ => None,
    };
    if let Some(found) = irregular {
        return found.to_owned();
    }
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if n <= 3 {
        return word.to_owned();
    }
    if word.ends_with("men") && n > 4 {
        // fishermen, servicemen.
        return format!("{}man", &word[..word.len() - 3]);
    }
    let ends = |suffix: &str| word.ends_with(suffix);
    let stem = |drop: usize| chars[..n - drop].iter().collect::<String>();
    if ends("iones") {
        // Spanish: operaciones -> operación.
        return format!("{}ión", stem(5));
    }
    if ends("ies") {
        return format!("{}y", stem(3));
    }
    if ends("sses") || ends("ches") || ends("shes") || ends("xes") {
        return stem(2);
    }
    if ends("ss") || ends("us") || ends("is") {
        return word.to_owned();
    }
    if ends("es") && matches!(chars[n - 3], 'l' | 'r' | 'n' | 'd' | 'j') && spanish_like(&chars) {
        // Spanish: misiles -> misil, civiles -> civil, drones -> dron.
        return stem(2);
    }
    if ends("s") {
        return stem(1);
    }
    word.to_owned()
}

/// Whether a plural in `-les`, `-res`, `-nes`, `-des` reads as Spanish (an English word with that
/// ending only drops its `s`: "missiles", "drones", "rockets").
fn spanish_like(chars: &[char]) -> bool {
    let word: String = chars.iter().collect();
    matches!(
        word.as_str(),
        "misiles"
            | "civiles"
            | "mujeres"
            | "ciudades"
            | "militares"
            | "reactores"
            | "aviones"
            | "cohetes"
    ) || chars.iter().any(|c| "áéíóúñ".contains(*c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_become_singulars() {
        for (plural, singular) in [
            ("attacks", "attack"),
            ("casualties", "casualty"),
            ("operations", "operation"),
            ("incidents", "incident"),
            ("strikes", "strike"),
            ("soldiers", "soldier"),
            ("troops", "troop"),
            ("personnel", "personnel"),
            ("times", "time"),
            ("children", "child"),
            ("missiles", "missile"),
            ("operaciones", "operación"),
            ("ataques", "ataque"),
            ("soldados", "soldado"),
            ("misiles", "misil"),
            ("veces", "vez"),
            ("bases", "base"),
            ("marines", "marine"),
        ] {
            assert_eq!(lemma(plural), singular, "{plural}");
        }
    }
}
