//! The number finder on written sentences: each number form, qualifier, counted thing, period and
//! grouping rule.

#![allow(clippy::float_cmp)] // Values here are written, not computed.

use super::*;
use crate::core::text::DocumentText;

fn day(y: i16, m: i8, d: i8) -> jiff::civil::Date {
    jiff::civil::Date::new(y, m, d).unwrap()
}

fn find(text: &str, language: &str) -> Vec<Statement> {
    let info = DocumentInfo {
        id: "d".into(),
        source: "Outlet".into(),
        date: Some(DateSpan {
            start: day(2023, 11, 20),
            end: day(2023, 11, 20),
        }),
        language: language.into(),
    };
    find_in_document(&DocumentText::from_normalised(text), &info)
}

/// (value, qualifier as written, lemma of the counted thing) of each statement.
fn summary(text: &str) -> Vec<(f64, String, String)> {
    find(text, "en")
        .into_iter()
        .map(|s| (s.value.low, s.qualifier_written, s.counted.lemma))
        .collect()
}

fn one(value: f64, qualifier: &str, lemma: &str) -> Vec<(f64, String, String)> {
    vec![(value, qualifier.to_owned(), lemma.to_owned())]
}

#[test]
fn numbers_in_digits_words_and_other_scripts() {
    assert_eq!(
        summary("They carried out 62 attacks."),
        one(62.0, "", "attack")
    );
    assert_eq!(
        summary("They carried out six attacks."),
        one(6.0, "", "attack")
    );
    assert_eq!(
        summary("They carried out two hundred operations."),
        one(200.0, "", "operation")
    );
    assert_eq!(
        summary("Some twenty-five soldiers were there."),
        one(25.0, "Some", "soldier")
    );
    assert_eq!(
        summary("It displaced 1.5 million people."),
        one(1_500_000.0, "", "people")
    );
    // A sum of money is a measure, not a count.
    assert_eq!(summary("It cost 1.5 million dollars."), []);
    assert_eq!(
        summary("About 2,000 Marines were sent."),
        one(2000.0, "About", "marine")
    );
    let arabic = find("نفذت المقاومة ٦٢ هجوما", "ar");
    assert_eq!(arabic.len(), 1);
    assert_eq!(arabic[0].value.low, 62.0);
    assert_eq!(arabic[0].number, "٦٢");
    let persian = find("۵۹ نفر زخمی شدند", "fa");
    assert_eq!(persian[0].value.low, 59.0);
    let spanish = find("Las milicias lanzaron sesenta y dos ataques.", "es");
    assert_eq!(spanish.len(), 1, "{spanish:?}");
    assert_eq!(
        (spanish[0].value.low, spanish[0].counted.lemma.as_str()),
        (62.0, "ataque")
    );
}

#[test]
fn vague_quantities_are_ranges() {
    let found = find("There were dozens of attacks on the bases.", "en");
    assert_eq!(found.len(), 1);
    let value = found[0].value;
    assert!(value.vague && value.low == 24.0 && value.high == 99.0);
    assert_eq!(found[0].counted.lemma, "attack");
    assert_eq!(summary("A dozen rockets fell."), one(12.0, "", "rocket"));
    let range = find("Between 18-20 drones flew.", "en");
    assert_eq!((range[0].value.low, range[0].value.high), (18.0, 20.0));
}

#[test]
fn qualifiers_before_the_number() {
    for (text, written, qualifier) in [
        ("more than 60 soldiers", "more than", Qualifier::MoreThan),
        ("at least five attacks", "at least", Qualifier::AtLeast),
        ("about 30 rockets", "about", Qualifier::About),
        ("nearly 60 troops", "nearly", Qualifier::Nearly),
        ("over 12,000 civilians", "over", Qualifier::MoreThan),
        ("up to 40 drones", "up to", Qualifier::UpTo),
        ("fewer than 10 strikes", "fewer than", Qualifier::LessThan),
        ("al menos cinco ataques", "al menos", Qualifier::AtLeast),
    ] {
        let found = find(text, if text.starts_with("al") { "es" } else { "en" });
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].qualifier_written, written, "{text}");
        assert_eq!(found[0].qualifier, Some(qualifier), "{text}");
    }
}

#[test]
fn what_is_not_a_count_is_left_out() {
    // A forecasting word further back, or in another clause, leaves the count alone.
    assert_eq!(
        summary("Officials could not confirm it, but 20 soldiers were wounded."),
        one(20.0, "", "soldier")
    );
    // A word of expecting without a verb of growing is no forecast.
    assert_eq!(
        summary("The ministry would only say 20 soldiers died."),
        one(20.0, "", "soldier")
    );
    for text in [
        "On Monday 6 November 2023 - 13:55 the report came.",
        "A US MQ-9 Reaper drone was shot down.",
        "It happened for the first time in 2016.",
        "On the one hand, they want calm; one of those drones will hit.",
        "No one knows.",
        "Resistance began in early 2016, from 2016-2019.",
        "It lasted 40 days after the strike.",
        "Thousands watched the parade.",
        "The toll could rise to 20 soldiers.",
        "Officials expected the toll to reach 300.",
        "La cifra podría llegar a 20 soldados.",
        "The base is located 24 km west of the crossing.",
        "The drone cost about $30 million.",
        "Prices rose 40 percent.",
    ] {
        assert_eq!(summary(text), [], "{text}");
    }
}

#[test]
fn the_counted_thing_is_the_noun_phrase_after_the_number() {
    let found = find(
        "Groups have carried out 200 missile, rocket, and drone operations against the bases.",
        "en",
    );
    assert_eq!(
        found[0].counted.written,
        "missile, rocket, and drone operations"
    );
    assert_eq!(found[0].counted.lemma, "operation");
    // "times" after a verb of attack counts attacks.
    let times = find("More than 60 times American bases were attacked.", "en");
    assert_eq!(
        (
            times[0].counted.written.as_str(),
            times[0].counted.lemma.as_str()
        ),
        ("times", "attack")
    );
    // Casualty words before or after say what happened to those counted.
    let hurt = find(
        "Attacks killed and wounded more than 60 American soldiers. Out of the 59 US personnel who sustained injuries, 32 were categorized with non-serious injuries.",
        "en",
    );
    assert_eq!(hurt[0].counted.states, ["killed", "wounded"]);
    assert_eq!(hurt[0].range.start, "Attacks ".chars().count());
    assert_eq!(hurt[1].counted.lemma, "personnel");
    assert_eq!(hurt[1].counted.states, ["injured"]);
    assert_eq!(
        hurt[2].counted.lemma, "personnel",
        "32 counts the same personnel"
    );
    assert!(hurt[2].counted.part && !hurt[1].counted.part);
    // With nothing after the number, the plural noun before it in its clause.
    let before = find(
        "The frequency of attacks on US troops, 61 as of November 17, has raised alarms.",
        "en",
    );
    assert_eq!(before[0].counted.lemma, "attack");
}

#[test]
fn periods_from_the_sentence_or_the_document() {
    let found = find(
        "This means there were at least five attacks during the last 48 hours, as the Pentagon reported on Tuesday that there were 56 incidents of attacks on US troops since October 7.",
        "en",
    );
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].period.start, Some(day(2023, 11, 18)));
    assert_eq!(found[0].period.end, Some(day(2023, 11, 20)));
    assert_eq!(found[1].period.start, Some(day(2023, 10, 7)));
    assert_eq!(
        found[1].period.end,
        Some(day(2023, 11, 14)),
        "as of Tuesday"
    );
    let plain = find("They fired 3 drones.", "en");
    assert!(plain[0].period.from_document);
    assert_eq!(plain[0].period.end, Some(day(2023, 11, 20)));
    assert_eq!(plain[0].period.start, None);
}

#[test]
fn ranges_are_chars_of_the_text() {
    let text = "Ça: ٦٢ هجوما. « Les 3 drones »";
    let found = find(text, "fr");
    let chars: Vec<char> = text.chars().collect();
    for s in &found {
        let written: String = chars[s.range.clone()].iter().collect();
        assert!(written.contains(&s.number), "{written} / {}", s.number);
        let sentence: String = chars[s.sentence.clone()].iter().collect();
        assert_eq!(sentence, s.quote);
    }
    assert_eq!(found.len(), 2);
}

fn statement(
    document: &str,
    value: f64,
    lemma: &str,
    start: Option<(i16, i8, i8)>,
    end: (i16, i8, i8),
) -> Statement {
    Statement {
        document: document.into(),
        source: document.into(),
        value: Value {
            low: value,
            high: value,
            vague: false,
        },
        number: value.to_string(),
        qualifier: None,
        qualifier_written: String::new(),
        counted: Counted {
            written: lemma.into(),
            lemma: lemma.into(),
            states: Vec::new(),
            part: false,
        },
        period: Period {
            written: "w".into(),
            start: start.map(|(y, m, d)| day(y, m, d)),
            end: Some(day(end.0, end.1, end.2)),
            from_document: false,
            starts_at_event: false,
        },
        range: 0..1,
        clause: 0..1,
        sentence: 0..1,
        quote: String::new(),
        place: String::new(),
        known_place: None,
        attribution: String::new(),
    }
}

#[test]
fn groups_join_synonyms_order_by_date_and_mark_disagreements() {
    let synonyms = Synonyms::new(&crate::core::lesson::starter_synonyms());
    let statements = vec![
        statement("b", 61.0, "incident", Some((2023, 10, 7)), (2023, 11, 17)),
        statement("a", 62.0, "attack", Some((2023, 10, 7)), (2023, 11, 17)),
        statement("c", 6.0, "strike", Some((2023, 11, 5)), (2023, 11, 5)),
        statement("d", 200.0, "operation", None, (2024, 1, 30)),
        statement("e", 90.0, "attack", Some((2023, 11, 1)), (2023, 11, 10)),
        statement("f", 3.0, "drone", None, (2023, 10, 23)),
    ];
    let groups = group(statements, &synonyms);
    assert_eq!(groups[0].thing, "attack");
    let order: Vec<&str> = groups[0]
        .statements
        .iter()
        .map(|s| s.document.as_str())
        .collect();
    assert_eq!(order, ["c", "e", "a", "b", "d"]);
    let marked: Vec<(&str, &str, DisagreementKind)> = groups[0]
        .disagreements
        .iter()
        .map(|d| {
            (
                groups[0].statements[d.first].document.as_str(),
                groups[0].statements[d.second].document.as_str(),
                d.kind,
            )
        })
        .collect();
    // Same period, 62 and 61; 90 in ten days inside a period that counts fewer; the 6 of one day
    // and the 200 of the whole war fit with everything.
    assert!(
        marked.contains(&("a", "b", DisagreementKind::Values)),
        "{marked:?}"
    );
    assert!(
        marked.contains(&("e", "a", DisagreementKind::ShorterPeriodMore)),
        "{marked:?}"
    );
    assert!(
        marked.contains(&("e", "b", DisagreementKind::ShorterPeriodMore)),
        "{marked:?}"
    );
    assert_eq!(marked.len(), 3, "{marked:?}");
    let reason = groups[0].disagreements[0].reason.to_string();
    assert!(
        reason.contains("do not agree") || reason.contains("shorter"),
        "{reason}"
    );
    assert_eq!(groups[1].thing, "drone");
}

#[test]
fn qualified_values_agree_when_their_bounds_meet() {
    let v = |x: f64| Value {
        low: x,
        high: x,
        vague: false,
    };
    assert_eq!(group::bounds(v(60.0), Some(Qualifier::MoreThan)).0, 60.5);
    let (low, high) = group::bounds(v(60.0), Some(Qualifier::About));
    assert!((low - 54.0).abs() < 1e-9 && (high - 66.0).abs() < 1e-9);
    assert_eq!(group::bounds(v(10.0), Some(Qualifier::UpTo)), (0.0, 10.0));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// Any text, however it mixes words, digits in every script, dates and punctuation: no
    /// panic, and every range is inside the text.
    #[test]
    fn any_text_is_read_without_panic(words in proptest::collection::vec(proptest::sample::select(vec![
        "62", "٦٢", "۵۹", "1,000", "3.5", "two", "hundred", "one", "of", "the", "more", "than",
        "at", "least", "killed", "and", "wounded", "soldiers", "times", "attacked", "since",
        "October", "7", "on", "Monday", "in", "40", "days", "dozens", "a", "dozen", "(", ")", ",",
        ".", "-", ":", "$", "%", "up", "to", "writing", "between", "2021", "2023-01-28", "so",
        "far", "’", "\n", "toll", "rose", "de", "octubre", "desde", "el", "mil", "km", "rounds",
        "individuals", "out", "were", "injured", "by", "Jan", "30", "last", "month", "few",
        "said", "according", "según", "Officials", "Category", "las", "M7", "pm", "Saturday's",
        "hundreds", "thousands", "un", "centenar", "millones", "por", "ciento", "after",
        "through", "number", "estimate", "وفقا", "لوزارة", "قتيلا", "לדברי", "נהרגו", "half",
    ]), 0..40), language in proptest::sample::select(vec!["en", "es", "ar", "he"])) {
        let text = words.join(" ");
        let found = find(&text, language);
        // Grouping and comparing them panics on nothing either.
        let _ = group(found.clone(), &Synonyms::default());
        let chars = text.chars().count();
        for s in found {
            proptest::prop_assert!(s.range.end <= chars && s.range.start <= s.range.end);
            proptest::prop_assert!(s.clause.end <= chars && s.sentence.end <= chars);
        }
    }
}

// Issue 23: what a statement counts, on invented sentences of each kind seen on real news.

/// (number as written, subject group, states) of each statement.
fn counts(text: &str, language: &str) -> Vec<(String, String, Vec<String>)> {
    let synonyms = Synonyms::default();
    find(text, language)
        .into_iter()
        .map(|s| {
            let thing = group(vec![s.clone()], &synonyms)[0].thing.clone();
            (s.number, thing, s.counted.states)
        })
        .collect()
}

fn count(number: &str, thing: &str, states: &[&str]) -> (String, String, Vec<String>) {
    (
        number.to_owned(),
        thing.to_owned(),
        states.iter().map(|s| (*s).to_owned()).collect(),
    )
}

#[test]
fn a_magnitude_is_not_a_count() {
    assert_eq!(
        counts(
            "A 6.9-magnitude quake hit the coast and killed 12 people.",
            "en"
        ),
        [count("12", "people", &["killed"])]
    );
    assert_eq!(
        counts("Un sismo de magnitud 7,1 dejó 40 muertos.", "es"),
        [count("40", "people", &["killed"])]
    );
}

#[test]
fn a_headline_verb_counts_people_and_a_day_ends_the_noun() {
    assert_eq!(
        counts("Bombings kill 45", "en"),
        [count("45", "people", &["killed"])]
    );
    assert_eq!(
        counts("Police detained 120 students Friday.", "en"),
        [count("120", "student", &["arrested"])]
    );
    // Wordings of one state are one state; police officers are police.
    assert_eq!(
        counts("Officials said 41 dead and 9 police officers hurt.", "en"),
        [
            count("41", "people", &["killed"]),
            count("9", "police", &["injured"])
        ]
    );
}

#[test]
fn a_line_break_inside_a_sentence_keeps_the_number_and_its_qualifier() {
    let found = find(
        "Officials reported 2,140\ndeaths by Monday. Aid reached at least\n18,600 displaced people.",
        "en",
    );
    let deaths = found.iter().find(|s| s.number == "2,140").unwrap();
    assert_eq!(deaths.counted.states, ["killed"]);
    let displaced = found.iter().find(|s| s.number == "18,600").unwrap();
    assert_eq!(displaced.qualifier, Some(Qualifier::AtLeast));
    assert_eq!(displaced.counted.lemma, "people");
    // Two lines that are two sentences stay two.
    let two = find("Storm hits the coast\nTwelve boats sank.", "en");
    assert!(two.iter().all(|s| !s.quote.contains("coast")), "{two:?}");
}

#[test]
fn arabic_and_hebrew_dates_and_counted_nouns() {
    // "17 أكتوبر" is a date, not 17 of October; 62 attacks are attacks.
    assert_eq!(
        counts("وقالت الوزارة في 17 أكتوبر إن 62 هجوماً وقعت", "ar"),
        [count("62", "attack", &[])]
    );
    assert_eq!(
        counts("בחודש האחרון נרשמו 62 תקיפות", "he"),
        [count("62", "attack", &[])]
    );
    assert_eq!(
        counts("أدى الانفجار إلى مقتل 214 شخصا وإصابة نحو 6 آلاف", "ar"),
        [
            count("214", "people", &["killed"]),
            count("6 آلاف", "people", &["injured"])
        ]
    );
    let thousands = find("وإصابة نحو 6 آلاف", "ar");
    assert_eq!(thousands[0].value.low, 6000.0);
    assert_eq!(thousands[0].qualifier, Some(Qualifier::About));
}

#[test]
fn a_place_is_read_from_the_sentence() {
    let found = find(
        "At least 31 people were killed in Northtown, officials said.",
        "en",
    );
    assert_eq!(found[0].place, "Northtown");
    let region = find("Rescuers found 12 bodies in the northern province.", "en");
    assert_eq!(region[0].place, "northern province");
    // A headline in title case names no place.
    let headline = find("Death Toll Rises To 49 In Storm Disaster", "en");
    assert!(headline.iter().all(|s| s.place.is_empty()), "{headline:?}");
}
