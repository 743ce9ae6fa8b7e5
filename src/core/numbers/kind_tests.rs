//! Issue 23, one test per kind of case seen on real news, each on invented reports of an invented
//! event: the group a count lands in, its state, its place, and whether the pair is marked ≠ or
//! only noted (a toll that rose, a part and a total, two places).

use super::*;
use crate::core::text::DocumentText;

pub(super) fn day(y: i16, m: i8, d: i8) -> jiff::civil::Date {
    jiff::civil::Date::new(y, m, d).unwrap()
}

/// A report: (id, date, language, text).
pub(super) type Report<'a> = (&'a str, jiff::civil::Date, &'a str, &'a str);

/// The statements of several reports, each dated and in its language.
pub(super) fn statements(reports: &[Report<'_>]) -> Vec<Statement> {
    reports
        .iter()
        .flat_map(|(id, date, language, text)| {
            let info = DocumentInfo {
                id: (*id).into(),
                source: format!("Outlet {id}"),
                date: Some(DateSpan {
                    start: *date,
                    end: *date,
                }),
                language: (*language).into(),
            };
            find_in_document(&DocumentText::from_normalised(text), &info)
        })
        .collect()
}

/// The groups of several reports.
pub(super) fn board(reports: &[Report<'_>]) -> Vec<Group> {
    group(statements(reports), &Synonyms::default())
}

/// The group holding the statement written `number` in report `document`, and its index there.
pub(super) fn find<'g>(groups: &'g [Group], document: &str, number: &str) -> (&'g Group, usize) {
    groups
        .iter()
        .find_map(|g| {
            g.statements
                .iter()
                .position(|s| s.document == document && s.number == number)
                .map(|i| (g, i))
        })
        .unwrap_or_else(|| panic!("{number} of {document} in {groups:#?}"))
}

/// How two statements of a group are marked: the kind of a disagreement or a note, if any.
pub(super) fn mark(group: &Group, a: usize, b: usize) -> Option<DisagreementKind> {
    group
        .disagreements
        .iter()
        .chain(&group.notes)
        .find(|d| (d.first, d.second) == (a.min(b), a.max(b)))
        .map(|d| d.kind)
}

/// The two statements are in one group, counting `thing` in `state`; their mark.
pub(super) fn pair(
    groups: &[Group],
    (doc_a, a): (&str, &str),
    (doc_b, b): (&str, &str),
    thing: &str,
    state: &str,
) -> Option<DisagreementKind> {
    let (group, i) = find(groups, doc_a, a);
    let (other, j) = find(groups, doc_b, b);
    assert_eq!(group.thing, thing, "{a} and {b}");
    assert!(std::ptr::eq(group, other), "{a} and {b} in two groups");
    for k in [i, j] {
        assert_eq!(group.statements[k].counted.states, [state], "{a} and {b}");
    }
    mark(group, i, j)
}

#[test]
fn a_toll_that_rises_is_a_note_and_one_that_falls_is_marked() {
    let groups = board(&[
        (
            "mon",
            day(2023, 11, 20),
            "en",
            "Officials said 33 people were killed in the floods.",
        ),
        (
            "tue",
            day(2023, 11, 21),
            "en",
            "The death toll rose to 73, the ministry said.",
        ),
        (
            "wed",
            day(2023, 11, 22),
            "en",
            "The death toll stands at 60.",
        ),
    ]);
    let rose = pair(&groups, ("mon", "33"), ("tue", "73"), "people", "killed");
    assert_eq!(rose, Some(DisagreementKind::Rose));
    let fell = pair(&groups, ("tue", "73"), ("wed", "60"), "people", "killed");
    assert_eq!(fell, Some(DisagreementKind::EarlierHigher));
    assert!(fell.is_some_and(DisagreementKind::conflict));
    let (group, i) = find(&groups, "tue", "73");
    assert_eq!(group.statements[i].place, "");
    assert_eq!(group.statements[i].attribution, "the ministry");
    let (group, i) = find(&groups, "mon", "33");
    assert_eq!(group.statements[i].attribution, "Officials");
}

#[test]
fn a_part_and_a_total_are_a_note_not_a_conflict() {
    let groups = board(&[
        (
            "total",
            day(2023, 11, 20),
            "en",
            "At least 95 people were killed in the storm, officials said.",
        ),
        (
            "part",
            day(2023, 11, 20),
            "en",
            "In the northern province, 31 people were killed. Among the dead, 12 were tourists.",
        ),
    ]);
    let note = pair(&groups, ("total", "95"), ("part", "31"), "people", "killed");
    assert_eq!(note, Some(DisagreementKind::PartAndTotal));
    let (group, i) = find(&groups, "part", "31");
    assert_eq!(group.statements[i].place, "northern province");
    let (group, i) = find(&groups, "total", "95");
    assert_eq!(group.statements[i].place, "");
    // "Among the dead, 12": a part, compared with nothing.
    let (tourists, k) = find(&groups, "part", "12");
    assert!(tourists.statements[k].counted.part);
    assert!(
        (tourists.disagreements.iter()).all(|d| d.first != k && d.second != k),
        "{:?}",
        tourists.disagreements
    );
}

#[test]
fn two_places_are_a_note_not_a_conflict() {
    let groups = board(&[
        (
            "north",
            day(2023, 11, 20),
            "en",
            "Rescuers said 12 people were killed in Northtown.",
        ),
        (
            "south",
            day(2023, 11, 21),
            "en",
            "Police said 20 people were killed in Southville.",
        ),
    ]);
    let note = pair(
        &groups,
        ("north", "12"),
        ("south", "20"),
        "people",
        "killed",
    );
    assert_eq!(note, Some(DisagreementKind::TwoPlaces));
    let (group, i) = find(&groups, "south", "20");
    assert_eq!(group.statements[i].place, "Southville");
    assert_eq!(group.statements[i].attribution, "Police");
}

#[test]
fn a_weekday_is_read_against_the_report_date() {
    // A Wednesday report: "on Thursday" is the Thursday before, and a toll counts from that day
    // to the report.
    let found = statements(&[(
        "wed",
        day(2023, 11, 22),
        "en",
        "On Thursday, 40 people were killed in Eastport.",
    )]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].period.start, Some(day(2023, 11, 16)));
    assert_eq!(found[0].period.end, Some(day(2023, 11, 22)));
    assert_eq!(found[0].place, "Eastport");
    // On a Thursday, "on Thursday" is that day.
    let same = statements(&[(
        "thu",
        day(2023, 11, 23),
        "en",
        "On Thursday, 40 people were killed in Eastport.",
    )]);
    assert_eq!(same[0].period.start, Some(day(2023, 11, 23)));
    // Two reports on the quake of one Thursday, one from Friday and one from the next Monday,
    // compared as tolls of one event: 55 on Friday, 48 on Monday is a toll that fell.
    let groups = board(&[
        (
            "fri",
            day(2023, 11, 24),
            "en",
            "The quake on Thursday killed 55 people in Eastport.",
        ),
        (
            "mon",
            day(2023, 11, 27),
            "en",
            "The quake on Thursday killed 48 people in Eastport.",
        ),
    ]);
    let fell = pair(&groups, ("fri", "55"), ("mon", "48"), "people", "killed");
    assert_eq!(fell, Some(DisagreementKind::EarlierHigher));
}

#[test]
fn a_magnitude_is_a_measure_and_the_toll_beside_it_is_compared() {
    let groups = board(&[
        (
            "a",
            day(2023, 11, 20),
            "en",
            "A 6.9-magnitude quake hit the coast, killing 12 people in Eastport.",
        ),
        (
            "b",
            day(2023, 11, 21),
            "es",
            "Un sismo de magnitud 7,1 dejó 9 muertos en Eastport.",
        ),
    ]);
    let all: Vec<&Statement> = groups.iter().flat_map(|g| &g.statements).collect();
    assert_eq!(all.len(), 2, "{all:#?}");
    let fell = pair(&groups, ("a", "12"), ("b", "9"), "people", "killed");
    assert_eq!(fell, Some(DisagreementKind::EarlierHigher));
    let (group, i) = find(&groups, "b", "9");
    assert_eq!(group.statements[i].place, "Eastport");
}

#[test]
fn a_line_break_inside_a_number_phrase_keeps_number_qualifier_and_state() {
    let groups = board(&[
        (
            "mon",
            day(2023, 11, 20),
            "en",
            "Officials reported 2,140\ndeaths in Westbay by Monday.",
        ),
        (
            "tue",
            day(2023, 11, 21),
            "en",
            "Aid groups said at least\n2,500 people had died in Westbay.",
        ),
    ]);
    let rose = pair(
        &groups,
        ("mon", "2,140"),
        ("tue", "2,500"),
        "people",
        "killed",
    );
    assert_eq!(rose, Some(DisagreementKind::Rose));
    let (group, i) = find(&groups, "tue", "2,500");
    assert_eq!(group.statements[i].qualifier, Some(Qualifier::AtLeast));
    assert_eq!(group.statements[i].place, "Westbay");
}

#[test]
fn the_same_count_in_arabic_hebrew_and_spanish_is_compared() {
    let groups = board(&[
        (
            "ar",
            day(2023, 11, 20),
            "ar",
            "أعلنت الوزارة مقتل 62 شخصا في الفيضانات.",
        ),
        (
            "he",
            day(2023, 11, 20),
            "he",
            "לדברי המשטרה, 62 בני אדם נהרגו בשיטפונות.",
        ),
        (
            "es",
            day(2023, 11, 20),
            "es",
            "Murieron 62 personas en las inundaciones, según el ministerio.",
        ),
        (
            "en",
            day(2023, 11, 21),
            "en",
            "The death toll stood at 50 on Tuesday.",
        ),
    ]);
    // One group, one state, no mark among the three: the same count.
    assert_eq!(
        pair(&groups, ("ar", "62"), ("he", "62"), "people", "killed"),
        None
    );
    assert_eq!(
        pair(&groups, ("he", "62"), ("es", "62"), "people", "killed"),
        None
    );
    // A lower toll a day later, in English, is marked against each of them.
    for language in ["ar", "he", "es"] {
        let fell = pair(&groups, (language, "62"), ("en", "50"), "people", "killed");
        assert_eq!(
            fell,
            Some(DisagreementKind::EarlierHigher),
            "{language}: {groups:#?}"
        );
    }
    let source = |doc: &str| {
        let (group, i) = find(&groups, doc, "62");
        group.statements[i].attribution.clone()
    };
    assert_eq!(source("ar"), "الوزارة");
    assert_eq!(source("he"), "המשטרה");
    assert_eq!(source("es"), "el ministerio");
}

#[test]
fn one_march_counted_twice_by_two_sources_is_marked() {
    let groups = board(&[
        (
            "sun",
            day(2023, 6, 11),
            "en",
            "Organisers said 1.03 million participants joined the march.",
        ),
        (
            "mon",
            day(2023, 6, 12),
            "en",
            "The police said 240,000 people were on the march at its peak.",
        ),
    ]);
    let marked = pair(
        &groups,
        ("sun", "1.03 million"),
        ("mon", "240,000"),
        "people",
        "marched",
    );
    assert_eq!(marked, Some(DisagreementKind::Values));
    // Votes cast, in a language that puts the noun first.
    let votes = board(&[
        (
            "a",
            day(2023, 10, 2),
            "es",
            "Se contaron 2.262.424 papeletas emitidas.",
        ),
        (
            "b",
            day(2023, 10, 2),
            "es",
            "El Govern informó de 2.264.424 papeletas emitidas.",
        ),
    ]);
    let marked = pair(
        &votes,
        ("a", "2.262.424"),
        ("b", "2.264.424"),
        "papeleta",
        "cast",
    );
    assert_eq!(marked, Some(DisagreementKind::Values));
}

#[test]
fn a_settled_toll_a_year_on_is_marked_and_a_rising_one_the_same_day_is_not() {
    let reports = [
        (
            "first",
            day(2020, 8, 5),
            "en",
            "At least 100 people were killed in the blast.",
        ),
        (
            "later",
            day(2021, 8, 4),
            "en",
            "The blast killed 214 people, the ministry said.",
        ),
        (
            "next",
            day(2021, 8, 5),
            "en",
            "The blast killed 218 people, officials said.",
        ),
    ];
    let groups = board(&reports);
    let settled = pair(
        &groups,
        ("later", "214"),
        ("next", "218"),
        "people",
        "killed",
    );
    assert_eq!(settled, Some(DisagreementKind::Values));
    // In the first days, two counts of one day may be an earlier and a later one.
    let early = board(&[
        (
            "a",
            day(2023, 11, 20),
            "en",
            "The storm killed 40 people, officials said.",
        ),
        (
            "b",
            day(2023, 11, 20),
            "en",
            "The storm killed 52 people, the ministry said.",
        ),
    ]);
    let note = pair(&early, ("a", "40"), ("b", "52"), "people", "killed");
    assert_eq!(note, Some(DisagreementKind::Rose));
    // But one report setting two sources side by side, each for a day it names, gives one
    // moment's counts.
    let one_report = board(&[(
        "a",
        day(2023, 11, 20),
        "en",
        "Officials said 40 people were killed since Friday. The ministry said 52 people were \
         killed since Friday.",
    )]);
    let marked = pair(&one_report, ("a", "40"), ("a", "52"), "people", "killed");
    assert_eq!(marked, Some(DisagreementKind::Values));
    // With no sources named, one report's two figures are an update or a part: not compared.
    let unnamed = board(&[(
        "a",
        day(2023, 11, 20),
        "en",
        "The storm killed 40 people. By evening 52 people were killed.",
    )]);
    assert_eq!(
        pair(&unnamed, ("a", "40"), ("a", "52"), "people", "killed"),
        None
    );
}

#[test]
fn attribution_is_read_in_each_language() {
    let source = |text: &str, language: &str| {
        statements(&[("d", day(2023, 11, 20), language, text)])
            .into_iter()
            .map(|s| s.attribution)
            .next()
            .unwrap_or_default()
    };
    assert_eq!(
        source("According to the ministry, 40 people died.", "en"),
        "the ministry"
    );
    assert_eq!(
        source(
            "Two people remain in a critical condition, Mr Bush added.",
            "en"
        ),
        "Mr Bush"
    );
    assert_eq!(
        source("The Center (CPI) reported that 985 people died.", "en"),
        "The Center"
    );
    assert_eq!(
        source(
            "Causó 761 heridos, informaron las autoridades regionales.",
            "es"
        ),
        "las autoridades regionales"
    );
    assert_eq!(
        source("وفقا لوزارة الصحة، قتل 40 شخصا.", "ar"),
        "لوزارة الصحة"
    );
    // A place in the source's name is not the count's place.
    let found = statements(&[(
        "d",
        day(2023, 11, 20),
        "en",
        "Authorities in Northland placed the death toll at 64.",
    )]);
    assert_eq!(found[0].attribution, "Authorities in Northland");
    assert_eq!(found[0].place, "");
    assert_eq!(found[0].counted.states, ["killed"]);
    // A crowd with a state said of it is counted.
    let crowd = statements(&[("d", day(2023, 11, 20), "en", "Hundreds marched.")]);
    assert_eq!(crowd[0].counted.states, ["marched"]);
}

#[test]
fn measures_names_times_and_ratios_are_not_counts() {
    let numbers = |text: &str, language: &str| -> Vec<String> {
        statements(&[("d", day(2023, 11, 20), language, text)])
            .into_iter()
            .map(|s| s.number)
            .collect()
    };
    for (text, language) in [
        ("The Category 4 storm hit the island.", "en"),
        ("The quake struck at 7 pm local time.", "en"),
        ("The suspect, John Smith, 28, was charged.", "en"),
        (
            "The toll is more than 70 times the official estimate.",
            "en",
        ),
        ("A second quake measuring 5.6 shook the area.", "en"),
        ("The last marchers left four and a half hours later.", "en"),
        ("We faced zero communication and zero energy.", "en"),
        ("Those two police officers acted with courage.", "en"),
        ("La participación sería del 42 por ciento.", "es"),
        ("Fue una jornada de mucha tensión.", "es"),
        ("El sismo ocurrió a las 13.14 hora local.", "es"),
        ("انفجار العنبر رقم 12 في المرفأ", "ar"),
        ("انفجار 2750 طناً من نترات الأمونيوم", "ar"),
    ] {
        assert_eq!(numbers(text, language), Vec::<String>::new(), "{text}");
    }
    // What is a count is still read, with its qualifier and state.
    let found = statements(&[(
        "d",
        day(2023, 11, 20),
        "es",
        "Hubo más de un centenar de muertos y 2,2 millones de personas votaron.",
    )]);
    let summary: Vec<(String, f64, Vec<String>)> = found
        .into_iter()
        .map(|s| (s.number, s.value.low, s.counted.states))
        .collect();
    assert_eq!(
        summary,
        [
            ("un centenar".to_owned(), 100.0, vec!["killed".to_owned()]),
            (
                "2,2 millones".to_owned(),
                2_200_000.0,
                vec!["voted".to_owned()]
            ),
        ]
    );
}
