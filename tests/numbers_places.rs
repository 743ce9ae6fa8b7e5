//! The place a count is about, through the core's public API (issue 23): one place written in
//! English, Spanish, Arabic and Hebrew is one known place; a city and its country are a part and
//! a total; a count's place is kept in the statement the app and `crosscheck numbers` show.
//! Invented reports.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crosscheck::core::numbers::{
    DisagreementKind, DocumentInfo, PlaceKind, Statement, Synonyms, find_in_document, group,
    parse_date,
};
use crosscheck::core::text::DocumentText;

fn report(id: &str, published: &str, language: &str, text: &str) -> Vec<Statement> {
    let info = DocumentInfo {
        id: id.into(),
        source: id.into(),
        date: parse_date(published),
        language: language.into(),
    };
    find_in_document(&DocumentText::from_normalised(text), &info)
}

#[test]
fn one_city_in_four_languages_is_one_known_place() {
    let found: Vec<Statement> = [
        ("en", "Officials said 14 people were killed in Beirut."),
        ("es", "Murieron 14 personas en Beirut."),
        ("ar", "قتل 14 شخصا في بيروت."),
        ("he", "14 בני אדם נהרגו בביירות."),
    ]
    .into_iter()
    .flat_map(|(language, text)| report(language, "2024-08-05", language, text))
    .collect();
    assert_eq!(found.len(), 4, "{found:#?}");
    let places: Vec<_> = found.iter().map(|s| s.known_place.clone()).collect();
    let beirut = places[0].clone().expect("Beirut is known");
    assert_eq!(
        (beirut.kind, beirut.country.as_str()),
        (PlaceKind::City, "LB")
    );
    assert!(
        places.iter().all(|p| p.as_ref() == Some(&beirut)),
        "{places:#?}"
    );
    assert!(found.iter().all(|s| s.place == "Beirut"));
}

#[test]
fn a_city_and_its_country_are_a_part_and_a_total() {
    let mut statements = report("city", "2024-08-05", "ar", "قتل 14 شخصا في بيروت.");
    statements.extend(report(
        "country",
        "2024-08-05",
        "en",
        "At least 60 people have been killed in Lebanon, the ministry said.",
    ));
    let groups = group(statements, &Synonyms::default());
    let killed = groups
        .iter()
        .find(|g| g.statements.len() == 2)
        .expect("one group of both");
    assert!(
        killed.disagreements.is_empty(),
        "{:?}",
        killed.disagreements
    );
    assert_eq!(killed.notes.len(), 1, "{:?}", killed.notes);
    assert_eq!(killed.notes[0].kind, DisagreementKind::PartAndTotal);
}
