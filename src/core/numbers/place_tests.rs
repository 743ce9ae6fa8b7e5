//! Issue 23, places: one place written in English, Spanish, Arabic and Hebrew is one place; a
//! city or a province and its country are a part and a total; two cities are two places; the
//! place of a source is not the place of its count. Invented reports of invented events.

use super::kind_tests::{board, day, find, pair, statements};
use super::*;

/// The id of the place the gazetteer knows a report's only count by.
fn place_id(report: (&str, &str)) -> Option<String> {
    let found = statements(&[("d", day(2024, 3, 4), report.1, report.0)]);
    assert_eq!(found.len(), 1, "{found:#?}");
    found[0].known_place.as_ref().map(|k| k.id.clone())
}

#[test]
fn one_place_in_four_languages_is_one_place() {
    let ids = [
        ("At least 40 people were killed in Aleppo.", "en"),
        ("Al menos 40 personas murieron en Alepo.", "es"),
        ("قتل 40 شخصا في حلب.", "ar"),
        ("40 בני אדם נהרגו בחאלב.", "he"),
    ]
    .map(place_id);
    assert!(ids[0].is_some(), "{ids:?}");
    assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
    // Attached to its preposition, in Arabic and Hebrew: "بغزة", "בעזה".
    let gaza = [
        ("Rescuers said 30 people were killed in Gaza.", "en"),
        ("قتل 30 شخصا بغزة.", "ar"),
        ("30 בני אדם נהרגו בעזה.", "he"),
    ]
    .map(place_id);
    assert!(
        gaza[0].is_some() && gaza.iter().all(|id| *id == gaza[0]),
        "{gaza:?}"
    );
    assert_ne!(gaza[0], ids[0]);
    // Shown by its English name, whatever the language.
    let found = statements(&[("d", day(2024, 3, 4), "ar", "قتل 30 شخصا بغزة.")]);
    assert_eq!(found[0].place, "Gaza");
}

#[test]
fn the_same_place_in_two_languages_is_not_two_places() {
    let groups = board(&[
        (
            "en",
            day(2024, 3, 4),
            "en",
            "Officials said 12 people were killed in Homs.",
        ),
        ("es", day(2024, 3, 5), "es", "Murieron 20 personas en Homs."),
        ("ar", day(2024, 3, 6), "ar", "قتل 25 شخصا في حمص."),
    ]);
    let rose = pair(&groups, ("en", "12"), ("ar", "25"), "people", "killed");
    assert_eq!(rose, Some(DisagreementKind::Rose));
    let rose = pair(&groups, ("es", "20"), ("ar", "25"), "people", "killed");
    assert_eq!(rose, Some(DisagreementKind::Rose));
}

#[test]
fn a_province_and_its_country_are_a_part_and_a_total() {
    let groups = board(&[
        (
            "total",
            day(2024, 3, 4),
            "en",
            "More than 4,000 people have been killed in Syria, the monitor said.",
        ),
        (
            "named",
            day(2024, 3, 4),
            "en",
            "Officials said 31 people were killed in the northern province of Idlib.",
        ),
        (
            "unnamed",
            day(2024, 3, 5),
            "en",
            "Rescuers said 28 people were killed in the northern province.",
        ),
        (
            "north",
            day(2024, 3, 6),
            "es",
            "Murieron 35 personas en el norte de Siria.",
        ),
    ]);
    for (doc, number) in [("named", "31"), ("unnamed", "28"), ("north", "35")] {
        let note = pair(
            &groups,
            ("total", "4,000"),
            (doc, number),
            "people",
            "killed",
        );
        assert_eq!(note, Some(DisagreementKind::PartAndTotal), "{doc}");
    }
    let (group, i) = find(&groups, "named", "31");
    let idlib = group.statements[i].known_place.as_ref().unwrap();
    assert_eq!(idlib.country, "SY");
    let (group, i) = find(&groups, "north", "35");
    let north = group.statements[i].known_place.as_ref().unwrap();
    assert_eq!((north.kind, north.within.as_str()), (PlaceKind::Area, "SY"));
}

#[test]
fn two_cities_are_two_places_and_a_source_has_its_own() {
    let groups = board(&[
        (
            "a",
            day(2024, 3, 4),
            "en",
            "Officials said 12 people were killed in Aleppo.",
        ),
        ("b", day(2024, 3, 5), "ar", "قتل 20 شخصا في حمص."),
    ]);
    let note = pair(&groups, ("a", "12"), ("b", "20"), "people", "killed");
    assert_eq!(note, Some(DisagreementKind::TwoPlaces));
    // "Authorities in Damascus said": the source's place, not the count's.
    let found = statements(&[(
        "d",
        day(2024, 3, 4),
        "en",
        "Authorities in Damascus said 40 people were killed in Aleppo.",
    )]);
    assert_eq!(found[0].place, "Aleppo");
    let found = statements(&[(
        "d",
        day(2024, 3, 4),
        "en",
        "Authorities in Damascus put the death toll at 64.",
    )]);
    assert_eq!(found[0].place, "");
    assert!(found[0].known_place.is_none());
}

#[test]
fn a_place_in_a_list_of_places_is_a_part() {
    let groups = board(&[
        (
            "list",
            day(2024, 3, 4),
            "es",
            "El sismo dejó 90 muertos en los estados de Oaxaca, Chiapas y Tabasco.",
        ),
        (
            "one",
            day(2024, 3, 5),
            "es",
            "Murieron 30 personas en Oaxaca.",
        ),
    ]);
    let note = pair(&groups, ("list", "90"), ("one", "30"), "people", "killed");
    assert_eq!(note, Some(DisagreementKind::PartAndTotal));
}
