//! What a count is about, in English, Spanish, Arabic and Hebrew: the subject counted (people,
//! soldiers, police, attacks…) and the state it counts them in (killed, injured, missing,
//! arrested, displaced…), each normalised to one English word so that "41 dead", "68 people were
//! reported dead", "٢١٥ قتيلاً" and "215 muertos" land in one group; Arabic and Hebrew words are
//! looked up without their attached prefixes ("وإصابة", "בתקיפות") and case endings ("هجوماً").
//! Also the words that make a count part of another, or an earlier figure, and the Arabic and
//! Hebrew qualifiers, multipliers and months.

use super::Qualifier;

/// The forms of a word to look up: as written, without Arabic diacritics and tanween alef, and
/// without one or two attached prefixes (Arabic و ب ل ف ك and ال; Hebrew ו ה ב ל מ ש כ).
pub fn forms(word: &str) -> Vec<String> {
    let bare: String = word
        .chars()
        .filter(|c| !('\u{64B}'..='\u{652}').contains(c) && *c != '\u{640}')
        .collect();
    let mut out = vec![word.to_owned(), bare.clone()];
    let arabic = bare.chars().any(|c| ('\u{600}'..='\u{6FF}').contains(&c));
    let hebrew = bare.chars().any(|c| ('\u{590}'..='\u{5FF}').contains(&c));
    if !(arabic || hebrew) {
        return out;
    }
    let prefixes: &[char] = if arabic {
        &['و', 'ب', 'ل', 'ف', 'ك']
    } else {
        &['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ']
    };
    let mut stems = vec![bare.clone()];
    let mut current = bare;
    for _ in 0..2 {
        let mut chars = current.chars();
        match chars.next() {
            Some(c) if prefixes.contains(&c) && current.chars().count() > 3 => {
                current = chars.collect();
                stems.push(current.clone());
            }
            _ => break,
        }
    }
    if arabic {
        for stem in stems.clone() {
            if let Some(rest) = stem.strip_prefix("ال").filter(|r| r.chars().count() > 2) {
                stems.push(rest.to_owned());
            }
        }
        for stem in stems.clone() {
            // "شخصا", "هجوماً": the accusative alef after a number.
            if let Some(rest) = stem.strip_suffix('ا').filter(|r| r.chars().count() > 2) {
                stems.push(rest.to_owned());
            }
        }
    }
    out.extend(stems);
    out.dedup();
    out
}

fn first_match<T>(word: &str, table: impl Fn(&str) -> Option<T>) -> Option<T> {
    // Words in other scripts have one form: looked up as written, with nothing allocated.
    let semitic = word.chars().any(|c| ('\u{590}'..='\u{6FF}').contains(&c));
    if !semitic {
        return table(word);
    }
    forms(word).iter().find_map(|f| table(f))
}

/// The state a word says those counted are in, as an English word: "dead", "muertos", "قتلى",
/// "הרוגים" → "killed"; `None` for any other word.
pub fn state(word: &str) -> Option<&'static str> {
    first_match(word, state_of_form)
}

fn state_of_form(word: &str) -> Option<&'static str> {
    Some(match word {
        "killed" | "kill" | "kills" | "killing" | "dead" | "death" | "deaths" | "died" | "die"
        | "dies" | "fatalities" | "fatality" | "lives" | "muertos" | "muertas" | "muerto"
        | "muerte" | "muertes" | "murieron" | "fallecidos" | "fallecidas" | "fallecieron"
        | "asesinados" | "mató" | "matan" | "قتيل" | "قتلى" | "مقتل" | "قتل" | "استشهاد"
        | "شهيد" | "شهداء" | "وفاة" | "وفيات" | "حياة" | "مصرع" | "ضحايا" | "ضحية" | "הרוגים"
        | "הרוג" | "נהרגו" | "מתו" | "נרצחו" | "הרוגות" => "killed",
        "wounded" | "wounds" | "wounding" => "wounded",
        "injured" | "injuries" | "injury" | "hurt" | "heridos" | "heridas" | "herido"
        | "lesionados" | "lesiones" | "جريح" | "جرحى" | "إصابة" | "اصابة" | "إصابات" | "مصاب"
        | "مصابين" | "جروح" | "פצועים" | "פצוע" | "נפצעו" | "פצועות" => {
            "injured"
        }
        "missing" | "desaparecidos" | "desaparecidas" | "مفقود" | "مفقودين" | "مفقودا"
        | "נעדרים" | "נעדר" => "missing",
        // Held now (some may be released): not the arrests so far.
        "custody" => "custody",
        "arrested" | "arrests" | "arrest" | "detained" | "detains" | "detain" | "apprehended"
        | "detenidos" | "detenidas" | "detuvieron" | "arrestados" | "معتقل" | "معتقلين"
        | "اعتقال" | "اعتقل" | "עצורים" | "נעצרו" => "arrested",
        "displaced" | "homeless" | "desplazados" | "damnificados" | "نازح" | "نازحين" | "نزوح"
        | "تشريد" | "مشرد" | "مشردين" | "עקורים" => "displaced",
        "casualties" | "bajas" => "casualties",
        "relocated" | "evacuated" | "evacuees" | "evacuados" | "evacuadas" | "reubicados"
        | "أجلي" | "إجلاء" | "פונו" => "evacuated",
        "critical" | "critically" | "grave" | "graves" | "crítico" | "críticos" | "خطيرة"
        | "حرجة" | "קשה" | "אנוש" => "critical",
        "hospitalised"
        | "hospitalized"
        | "hospital"
        | "hospitals"
        | "hospitalizados"
        | "hospitalizadas"
        | "hospitalizado"
        | "مستشفى"
        | "المستشفيات"
        | "מאושפזים"
        | "אושפזו" => "hospitalised",
        "charged" | "indicted" | "imputados" | "imputado" | "acusados" | "procesados" => "charged",
        "buried" | "enterrados" | "sepultados" | "دفن" => "buried",
        "affected" | "afectados" | "afectadas" | "متضرر" | "متضررين" => "affected",
        "marched" | "march" | "marchers" | "marching" | "rally" | "rallied" | "turnout"
        | "marcharon" | "manifestaron" | "marcha" | "manifestación" | "הפגינו" => "marched",
        "voted" | "votaron" | "votado" | "صوتوا" | "הצביעו" => "voted",
        "cast" | "emitidos" | "emitidas" | "depositados" | "depositadas" | "contabilizados"
        | "contabilizadas" => "cast",
        "closed" | "closure" | "cerrados" | "cerradas" | "cierre" | "clausurados"
        | "precintados" => "closed",
        "trapped" | "atrapados" | "atrapadas" | "عالقين" | "לכודים" => "trapped",
        _ => return None,
    })
}

/// The state two statements are compared in: "wounded" is "injured".
pub fn comparable_state(state: &str) -> &str {
    match state {
        "wounded" => "injured",
        other => other,
    }
}

/// Whether a state is a cumulative count that only grows as reports come in (a death toll);
/// the missing are found, the displaced go home: those may fall.
pub fn cumulative(state: &str) -> bool {
    matches!(state, "killed" | "injured" | "wounded" | "arrested")
}

/// Whether a state is a count of one event that, once reported, does not change between reports
/// (those who marched, the votes cast): two reports of it on two days should agree.
pub fn fixed(state: &str) -> bool {
    matches!(state, "marched" | "voted" | "cast")
}

/// Whether a subject is the crowd of a march ("protesters", "participants", "marchers"): with
/// nothing else said of them, they are people who marched.
pub fn crowd(subject: &str) -> bool {
    subject == "protester"
}

/// Whether a state is a toll of an event, which goes on growing after the day of the event
/// (the injured die, the dead are found): "the quake on Tuesday killed 300" counts to the report.
pub fn toll(state: &str) -> bool {
    matches!(state, "killed" | "injured" | "wounded")
}

/// The subject a noun counts, as an English lemma: "personas", "شخصا", "אנשים" → "people";
/// "policías" → "police"; `None` for a noun not in the table (kept as its own lemma).
pub fn subject(word: &str) -> Option<&'static str> {
    first_match(word, subject_of_form)
}

fn subject_of_form(word: &str) -> Option<&'static str> {
    Some(match word {
        "people" | "person" | "persons" | "individual" | "individuals" | "victim" | "victims"
        | "persona" | "personas" | "víctima" | "víctimas" | "شخص" | "أشخاص" | "اشخاص" | "مواطن"
        | "مواطنين" | "مواطنا" | "نسمة" | "آخرين" | "איש" | "אנשים" | "בני" | "voter"
        | "voters" | "elector" | "electores" | "votante" | "votantes" | "resident"
        | "residents" | "habitante" | "habitantes" | "ناخب" | "ناخبين" => "people",
        "police" | "policeman" | "policemen" | "policía" | "policías" | "شرطي" | "شرطة"
        | "שוטר" | "שוטרים" => "police",
        "soldier" | "soldiers" | "troop" | "troops" | "soldado" | "soldados" | "جندي" | "جنود"
        | "عسكري" | "عسكريين" | "חייל" | "חיילים" => "soldier",
        "civilian" | "civilians" | "civil" | "civiles" | "مدني" | "مدنيين" | "مدنيا" | "אזרח"
        | "אזרחים" => "civilian",
        "protester" | "protesters" | "demonstrator" | "demonstrators" | "manifestante"
        | "manifestantes" | "متظاهر" | "متظاهرين" | "מפגין" | "מפגינים" | "participant"
        | "participants" | "participantes" => "protester",
        "attack" | "attacks" | "ataque" | "ataques" | "atentado" | "atentados" | "هجوم"
        | "هجمات" | "תקיפה" | "תקיפות" | "פיגוע" | "פיגועים" => {
            "attack"
        }
        "drone" | "drones" | "dron" | "مسيرة" | "مسيرات" | "רחפן" | "רחפנים" => {
            "drone"
        }
        "student" | "students" | "estudiante" | "estudiantes" | "طالب" | "طلاب" | "סטודנט"
        | "סטודנטים" => "student",
        "child" | "children" | "niño" | "niños" | "طفل" | "أطفال" | "ילד" | "ילדים" => {
            "child"
        }
        _ => return None,
    })
}

/// Nouns of a tally with no noun after its number ("the death toll rose to 19", "turnout, which
/// organisers put at 1.03 million"): what the tally counts people in.
pub fn tally(word: &str) -> Option<&'static str> {
    first_match(word, |w| {
        Some(match w {
            "toll" | "balance" | "cifra" | "حصيلة" | "מניין" => "killed",
            "turnout" | "participación" => "marched",
            _ => return None,
        })
    })
}

/// A Spanish plural noun's singular: "electores" → "elector", "papeletas" → "papeleta",
/// "ciudades" → "ciudad", "luces" → "luz", "operaciones" → "operación".
pub fn spanish_lemma(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    let stem = |drop: usize| chars[..n - drop].iter().collect::<String>();
    if n <= 3 {
        return word.to_owned();
    }
    if word.ends_with("iones") {
        return format!("{}ión", stem(5));
    }
    if word.ends_with("ces") {
        return format!("{}z", stem(3));
    }
    if word.ends_with("es") && n > 4 && matches!(chars[n - 3], 'l' | 'r' | 'n' | 'd' | 'j' | 'y') {
        return stem(2);
    }
    if word.ends_with('s') {
        return stem(1);
    }
    word.to_owned()
}

/// Words that make the count after them part of a larger one or an addition to it ("among
/// them 12", "including 3", "a further 10", "otros 5"): it is not compared as a total.
pub fn part_marker(word: &str) -> bool {
    matches!(
        word,
        "among"
            | "majority"
            | "mayoría"
            | "including"
            | "included"
            | "another"
            | "further"
            | "additional"
            | "entre"
            | "incluidos"
            | "incluidas"
            | "otros"
            | "otras"
            | "falta"
            | "faltan"
            | "restan"
            | "quedan"
            | "remaining"
            | "pending"
            | "بينهم"
            | "منهم"
            | "بينها"
            | "מהם"
            | "ביניהם"
    )
}

/// Words that name a figure as an earlier one ("previously", "minutos antes"): not compared.
pub fn earlier_marker(word: &str) -> bool {
    matches!(
        word,
        "previously"
            | "earlier"
            | "initially"
            | "initial"
            | "previous"
            | "antes"
            | "previamente"
            | "inicialmente"
            | "anterior"
            | "سابقا"
            | "سابق"
            | "קודם"
            | "לכן"
    )
}

/// Arabic and Hebrew qualifier phrases, as words.
pub const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["ما", "لا", "يقل", "عن"], Qualifier::AtLeast),
    (&["على", "الأقل"], Qualifier::AtLeast),
    (&["أكثر", "من"], Qualifier::MoreThan),
    (&["اكثر", "من"], Qualifier::MoreThan),
    (&["أقل", "من"], Qualifier::LessThan),
    (&["نحو"], Qualifier::About),
    (&["بنحو"], Qualifier::About),
    (&["حوالي"], Qualifier::About),
    (&["قرابة"], Qualifier::Nearly),
    (&["زهاء"], Qualifier::About),
    (&["לפחות"], Qualifier::AtLeast),
    (&["יותר", "מ"], Qualifier::MoreThan),
    (&["כ"], Qualifier::About),
    (&["כמעט"], Qualifier::Nearly),
];

/// Arabic and Hebrew words that multiply the number before them ("4 آلاف", "300 ألف").
pub fn multiplier(word: &str) -> Option<f64> {
    Some(match word {
        "ألف" | "آلاف" | "الف" | "ألفا" | "אלף" | "אלפים" => 1_000.0,
        "مليون" | "ملايين" | "מיליון" => 1_000_000.0,
        _ => return None,
    })
}

/// A month's number from its Arabic (Levantine, Gulf and Maghreb names) or Hebrew name.
pub fn month(word: &str) -> Option<i8> {
    first_match(word, |w| {
        Some(match w {
            "يناير" | "كانون الثاني" | "ינואר" => 1,
            "فبراير" | "شباط" | "פברואר" => 2,
            "مارس" | "آذار" | "מרץ" => 3,
            "أبريل" | "ابريل" | "نيسان" | "אפריל" => 4,
            "مايو" | "ماي" | "أيار" | "ايار" | "מאי" => 5,
            "يونيو" | "حزيران" | "יוני" => 6,
            "يوليو" | "يوليوز" | "تموز" | "יולי" => 7,
            "أغسطس" | "اغسطس" | "غشت" | "آب" | "אוגוסט" => 8,
            "سبتمبر" | "شتنبر" | "أيلول" | "ספטמבר" => 9,
            "أكتوبر" | "اكتوبر" | "تشرين" | "אוקטובר" => 10,
            "نوفمبر" | "نونبر" | "נובמבר" => 11,
            "ديسمبر" | "دجنبر" | "كانون" | "דצמבר" => 12,
            _ => return None,
        })
    })
}

/// Whether an Arabic or Hebrew noun is a unit of measure ("2750 طناً", "20 كيلومترًا"): the
/// number before it is a measure, not a count.
pub fn unit(word: &str) -> bool {
    first_match(word, |w| {
        matches!(
            w,
            "طن" | "طنا"
                | "كيلومترا"
                | "أطنان"
                | "اطنان"
                | "كيلومتر"
                | "كيلومترات"
                | "كلم"
                | "متر"
                | "أمتار"
                | "كيلوغرام"
                | "טון"
                | "קילומטר"
                | "מטר"
                | "ק\"מ"
        )
        .then_some(())
    })
    .is_some()
}

/// Whether a word is written in a script read right to left (Arabic, Hebrew): there the counted
/// noun is the first word after the number, and the words after it describe it.
pub fn right_to_left(word: &str) -> bool {
    word.chars()
        .any(|c| ('\u{590}'..='\u{6FF}').contains(&c) || ('\u{FB1D}'..='\u{FDFF}').contains(&c))
}

/// Prepositions that introduce the place a count is about ("in Derna", "en Morelos").
pub fn place_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "at" | "inside" | "across" | "throughout" | "en" | "on" | "في" | "داخل" | "בתוך"
    )
}

/// Words of a direction that make a named place's part ("the north of Syria", "el norte de
/// Siria", "شمال سوريا", "צפון סוריה").
pub fn direction(word: &str) -> bool {
    matches!(
        word,
        "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
            | "central"
            | "norte"
            | "sur"
            | "este"
            | "oeste"
            | "noreste"
            | "noroeste"
            | "sureste"
            | "suroeste"
            | "centro"
            | "شمال"
            | "جنوب"
            | "شرق"
            | "غرب"
            | "وسط"
            | "شمالي"
            | "جنوبي"
            | "شرقي"
            | "غربي"
            | "צפון"
            | "דרום"
            | "מזרח"
            | "מערב"
    )
}

/// Lemmas of units of measure and money: what such a number gives is not a count.
pub fn measure_lemma(lemma: &str) -> bool {
    matches!(
        lemma,
        "km" | "kilometre"
            | "kilometer"
            | "mile"
            | "metre"
            | "meter"
            | "m"
            | "cm"
            | "kg"
            | "kilogram"
            | "ton"
            | "tonne"
            | "percent"
            | "per cent"
            | "%"
            | "$"
            | "dollar"
            | "euro"
            | "€"
            | "£"
            | "kilómetro"
            | "metro"
            | "dólar"
            | "por ciento"
            | "feet"
            | "foot"
            | "inch"
            | "yard"
            | "tonelada"
            | "kilo"
            | "kilogramo"
            | "grado"
            | "degree"
    )
}

/// Units a number measures in: the noun phrase ends with them ("24 km west of").
pub fn unit_word(word: &str) -> bool {
    matches!(
        word,
        "km" | "kilometers"
            | "kilometres"
            | "kilometer"
            | "kilometre"
            | "miles"
            | "mile"
            | "m"
            | "meters"
            | "metres"
            | "kg"
            | "kilograms"
            | "tons"
            | "tonnes"
            | "percent"
            | "kilómetros"
            | "metros"
            | "kilos"
            | "toneladas"
    )
}
