//! The numbers of a lesson (issue 15): on the sample lesson's five real articles, on two short
//! articles written for the purpose (tests/fixtures/numbers/), and through `crosscheck numbers`.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::float_cmp)]

use std::path::Path;

use crosscheck::cli::numbers::NumbersJson;
use crosscheck::core::lesson::{LoadedLesson, starter_synonyms};
use crosscheck::core::numbers::{
    Board, Confidence, Disagreement, DisagreementKind, DocumentInfo, Group, Statement, Synonyms,
    find_in_document, group, parse_date,
};
use crosscheck::core::session::{Author, Session};
use crosscheck::core::text::DocumentText;

const LESSON: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");

fn sample() -> LoadedLesson {
    LoadedLesson::load(Path::new(LESSON)).unwrap()
}

fn day(text: &str) -> jiff::civil::Date {
    text.parse().unwrap()
}

/// The group holding a statement of `document` whose number is written `number`.
fn find<'b>(board: &'b Board, document: &str, number: &str) -> (&'b Group, &'b Statement) {
    board
        .groups
        .iter()
        .find_map(|g| {
            g.statements
                .iter()
                .find(|s| s.document == document && s.number == number)
                .map(|s| (g, s))
        })
        .unwrap_or_else(|| panic!("no {number} in {document}"))
}

/// The disagreement between the statements numbered `a` and `b` in a group.
fn marked<'g>(group: &'g Group, a: &str, b: &str) -> Option<&'g Disagreement> {
    group.disagreements.iter().find(|d| {
        let (x, y) = (&group.statements[d.first], &group.statements[d.second]);
        (x.number == a && y.number == b) || (x.number == b && y.number == a)
    })
}

#[test]
fn the_sample_lesson_counts_the_attacks_and_the_casualties() {
    let lesson = sample();
    let board = Board::for_lesson(&lesson);
    let text = |s: &Statement| {
        lesson
            .text(&s.document)
            .unwrap()
            .slice_chars(s.range.clone())
            .to_owned()
    };

    let (attacks, rahnam) = find(&board, "rahnam-2023-11-22", "62");
    assert_eq!(attacks.thing, "attack");
    assert_eq!(rahnam.counted.written, "times");
    assert_eq!(rahnam.period.end, Some(day("2023-11-22")));
    assert_eq!(rahnam.period.written, "During the last month");

    // Made a claim (the panel claims the statement's clause), the 62 is the key's first item
    // exactly.
    let k01 = &lesson.lesson.answer_key.as_ref().unwrap().items[0];
    let session = Session::new(&lesson.lesson, jiff::Timestamp::UNIX_EPOCH);
    let claim = session.new_claim(
        &lesson.lesson,
        Author::Student,
        &rahnam.document,
        lesson.text(&rahnam.document).unwrap(),
        rahnam.clause.clone(),
    );
    let selector = claim.unwrap().selector;
    assert_eq!(selector.range(), k01.selector.range());
    assert_eq!(selector.quote.exact, k01.selector.quote.exact);

    let (group, isw) = find(&board, "iswnews-2024-01-31", "200");
    assert_eq!(group.thing, "attack", "operations are attacks");
    assert_eq!(
        isw.period.end,
        Some(day("2024-01-30")),
        "up to 23:00 Jan 30"
    );
    assert_eq!(text(isw), "200 missile, rocket, and drone operations");

    let (group, sixty_one) = find(&board, "almayadeen-2023-11", "61");
    assert_eq!(group.thing, "attack");
    assert!(sixty_one.period.end.is_some());
    let (group, fifty_six) = find(&board, "almayadeen-2023-11", "56");
    assert_eq!(group.thing, "attack", "incidents are attacks");
    assert_eq!(fifty_six.period.start, Some(day("2023-10-07")));
    assert_eq!(fifty_six.period.end, Some(day("2023-11-14")), "on Tuesday");

    let (casualties, injured) = find(&board, "almayadeen-2023-11", "59");
    assert_eq!(casualties.thing, "soldier", "personnel are soldiers");
    assert_eq!(injured.counted.states, ["injured"]);
    let (group, killed) = board
        .groups
        .iter()
        .find_map(|g| {
            g.statements
                .iter()
                .find(|s| s.number == "60" && !s.counted.states.is_empty())
                .map(|s| (g, s))
        })
        .unwrap();
    assert_eq!(group.thing, "soldier");
    assert_eq!(
        text(killed),
        "killed and wounded more than 60 American soldiers"
    );
    assert_eq!(killed.qualifier_written, "more than");
    assert_eq!(killed.counted.states, ["killed", "wounded"]);
    assert_eq!(killed.period.end, Some(day("2023-11-22")));

    // Each group is in date order.
    for group in &board.groups {
        let ends: Vec<_> = group
            .statements
            .iter()
            .map(|s| (s.period.end.is_none(), s.period.end))
            .collect();
        assert!(ends.is_sorted(), "{}: {ends:?}", group.thing);
    }
    // 62 in the last month against 61 as of 17 November; 59 injured against more than 60 killed
    // and wounded; three drones and two drones on the same Monday.
    assert!(marked(attacks, "61", "62").is_some());
    let different = marked(casualties, "59", "60").expect("59 and more than 60");
    assert_eq!(different.kind, DisagreementKind::DifferentThings);
    assert!(different.reason.to_string().contains("killed, wounded"));
    let (drones, _) = find(&board, "akbari-2023-10-24", "two");
    let same_day = marked(drones, "three", "two").expect("three and two drones on Monday");
    assert_eq!(same_day.kind, DisagreementKind::Values);
    assert!(same_day.reason.to_string().contains("same period"));
    // The parts of the 59 are not compared with anything.
    assert!(marked(casualties, "32", "60").is_none());
}

#[test]
fn the_sample_lesson_has_no_count_that_is_not_one() {
    let board = Board::for_lesson(&sample());
    let all: Vec<&Statement> = board.groups.iter().flat_map(|g| &g.statements).collect();
    for s in &all {
        // Dates, times, years and ordinals are never counts.
        assert!(
            ![
                "2023", "2024", "13", "55", "22", "14", "09", "2016", "2019", "first"
            ]
            .contains(&s.number.as_str()),
            "{s:?}"
        );
    }
    assert!(all.len() >= 25 && all.len() <= 40, "{}", all.len());
}

fn fixture(name: &str, published: &str) -> Vec<Statement> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/numbers")
        .join(name);
    let text = DocumentText::load(&path).unwrap();
    let info = DocumentInfo {
        id: name.trim_end_matches(".txt").into(),
        source: name.into(),
        date: parse_date(published),
        language: "en".into(),
    };
    find_in_document(&text, &info)
}

fn numbers_of(statements: &[Statement]) -> Vec<String> {
    statements
        .iter()
        .map(|s| format!("{} {}", s.written_value(), s.counted.lemma))
        .collect()
}

#[test]
fn two_written_articles_about_one_flood() {
    let herald = fixture("riverton-herald.txt", "14 March 2024");
    let courier = fixture("valley-courier.txt", "16 March 2024");
    let found = numbers_of(&herald);
    for wanted in [
        "at least 14 people",
        "nearly 3,500 resident",
        "12 village",
        "Dozens home",
        "hundreds family",
        "400 soldier",
        "25 boat",
        "about 600 troop",
        "Three bridge",
    ] {
        assert!(
            found.iter().any(|f| f == wanted),
            "{wanted} not in {found:?}"
        );
    }
    // "the toll could rise to 20" is a forecast, not a count.
    assert!(
        !herald.iter().any(|s| s.number == "20"),
        "{:?}",
        numbers_of(&herald)
    );
    let found = numbers_of(&courier);
    for wanted in [
        "230 people",
        "some 4,000 resident",
        "fifty-two house",
        "9 people",
        "Over 1,000 troop",
        "1,250 rescue",
        "٣٥ family",
        "a dozen fisherman",
    ] {
        assert!(
            found.iter().any(|f| f == wanted),
            "{wanted} not in {found:?}"
        );
    }
    // Killed since Sunday (10 March); injured since then to Tuesday; the courier's injured since
    // 10 March to its date. (The 14's end is the dateline's day, not Tuesday: a miss.)
    // The headline "Floods kill 14" counts people killed (issue 23), the body's 14 with its period.
    let headline = herald.iter().find(|s| s.number == "14").unwrap();
    assert_eq!(
        (
            headline.counted.lemma.as_str(),
            headline.counted.states.as_slice()
        ),
        ("people", ["killed".to_owned()].as_slice())
    );
    let fourteen = herald
        .iter()
        .find(|s| s.number == "14" && s.qualifier_written == "at least")
        .unwrap();
    assert_eq!(fourteen.counted.states, ["killed"]);
    assert_eq!(fourteen.period.start, Some(day("2024-03-10")));
    let injured = herald.iter().find(|s| s.number == "two hundred").unwrap();
    assert_eq!(injured.counted.states, ["injured"]);
    assert_eq!(injured.period.end, Some(day("2024-03-12")));
    let treated = courier.iter().find(|s| s.number == "230").unwrap();
    assert_eq!(treated.period.start, Some(day("2024-03-10")));
    assert_eq!(treated.period.end, Some(day("2024-03-16")));
    let toll = courier.iter().find(|s| s.number == "19").unwrap();
    assert_eq!(toll.counted.states, ["killed"]);
    // The bracketed repeat of "٣٥" is not a second statement.
    assert_eq!(courier.iter().filter(|s| s.value.low == 35.0).count(), 1);
    // The dead of both papers are one group; troops and soldiers are one.
    let groups = group(
        herald.into_iter().chain(courier).collect(),
        &Synonyms::new(&starter_synonyms()),
    );
    let people = groups.iter().find(|g| g.thing == "people").unwrap();
    assert!(
        people.statements.len() >= 3,
        "{:?}",
        numbers_of(&people.statements)
    );
    let troops = groups.iter().find(|g| g.thing == "soldier").unwrap();
    assert_eq!(
        troops.statements.len(),
        3,
        "{:?}",
        numbers_of(&troops.statements)
    );
}

#[test]
fn crosscheck_numbers_prints_the_groups_as_text_and_json() {
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let json = run(&["numbers", LESSON, "--json"]);
    let parsed: NumbersJson = serde_json::from_str(&json).unwrap();
    assert_eq!(parsed.lesson, "counting-the-attacks");
    let board = Board::for_lesson(&sample());
    assert_eq!(parsed.groups.len(), board.groups.len());
    for (json, group) in parsed.groups.iter().zip(&board.groups) {
        assert_eq!(json.thing, group.thing);
        assert_eq!(json.statements, group.statements);
        assert_eq!(json.disagreements.len(), group.disagreements.len());
    }
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let first = &value["groups"][0]["statements"][0];
    for field in [
        "value",
        "qualifier",
        "counted",
        "period",
        "document",
        "range",
        "quote",
    ] {
        assert!(first.get(field).is_some(), "{field} in {first}");
    }
    let text = run(&["numbers", LESSON]);
    assert!(text.starts_with("attack ("), "{text}");
    assert!(text.contains("62  times [attack]"), "{text}");
    assert!(text.contains("chars 222..271"), "{text}");
    assert!(text.contains("≠ ["), "{text}");
}

#[test]
fn crosscheck_numbers_names_a_lesson_it_cannot_read() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["numbers", "/nonexistent/lesson"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/lesson"));
}

#[test]
fn the_new_lesson_fields_are_written_only_when_set_and_checked() {
    use crosscheck::core::lesson::{Lesson, NumbersPanel, Party};
    use crosscheck::core::store;
    let mut lesson = sample().lesson;
    let text = store::to_ron_string(&lesson).unwrap();
    assert!(
        text.contains("numbers: Hidden"),
        "the sample hides the panel"
    );
    assert!(text.contains("parties: ["));
    assert!(
        !text.contains("synonyms:"),
        "the starter synonyms are not written"
    );
    // A lesson from before the fields: loads with the defaults and writes none of them.
    lesson.numbers = NumbersPanel::Shown;
    lesson.parties.clear();
    let old = store::to_ron_string(&lesson).unwrap();
    for field in ["numbers:", "parties:", "synonyms:", "independent: false"] {
        assert!(!old.contains(field), "{field}");
    }
    let back: Lesson = ron::from_str(&old).unwrap();
    assert_eq!(back.synonyms, starter_synonyms());
    assert_eq!(back.numbers, NumbersPanel::Shown);
    // Parties need names, once each; a word is on one list of synonyms.
    lesson.parties = vec![
        Party {
            name: "Pentagon".into(),
            role: "a belligerent".into(),
        },
        Party {
            name: "pentagon".into(),
            role: String::new(),
        },
        Party {
            name: " ".into(),
            role: "unnamed".into(),
        },
    ];
    lesson.synonyms = vec![
        vec!["attack".into(), "strike".into()],
        vec!["strike".into(), String::new()],
    ];
    let problems: Vec<String> = lesson.validate().iter().map(ToString::to_string).collect();
    for wanted in [
        "the party \"pentagon\" is listed twice",
        "a party to the conflict has no name (its role: \"unnamed\")",
        "the word \"strike\" is on two lists of synonyms",
        "synonyms list 2 has an empty word",
    ] {
        assert!(
            problems.iter().any(|p| p == wanted),
            "{wanted} not in {problems:?}"
        );
    }
}

// Issue 23: what is and is not a conflict, on invented reports of one flood.

/// The statements of one invented report.
fn report(id: &str, published: &str, language: &str, text: &str) -> Vec<Statement> {
    let info = DocumentInfo {
        id: id.into(),
        source: id.into(),
        date: parse_date(published),
        language: language.into(),
    };
    find_in_document(&DocumentText::from_normalised(text), &info)
}

/// The groups of several reports, with no lesson synonyms.
fn grouped(reports: Vec<Vec<Statement>>) -> Vec<Group> {
    group(
        reports.into_iter().flatten().collect(),
        &Synonyms::default(),
    )
}

/// The group of people in a state.
fn people_in<'g>(groups: &'g [Group], state: &str) -> &'g Group {
    groups
        .iter()
        .find(|g| {
            g.thing == "people"
                && g.statements
                    .iter()
                    .all(|s| s.counted.states.iter().any(|x| x == state))
        })
        .unwrap_or_else(|| panic!("no people {state} in {groups:?}"))
}

#[test]
fn a_toll_that_rises_between_reports_is_a_note_not_a_conflict() {
    let groups = grouped(vec![
        report(
            "a",
            "2024-05-01",
            "en",
            "33 people were killed in the floods.",
        ),
        report("b", "2024-05-03", "en", "The floods have killed 73 people."),
    ]);
    let killed = people_in(&groups, "killed");
    assert_eq!(killed.statements.len(), 2);
    assert!(
        killed.disagreements.is_empty(),
        "{:?}",
        killed.disagreements
    );
    let rose = &killed.notes[0];
    assert_eq!(rose.kind, DisagreementKind::Rose);
    assert!(
        rose.reason.to_string().contains("rose from"),
        "{}",
        rose.reason
    );
    // Given higher in the earlier report, the same toll cannot both be right.
    let groups = grouped(vec![
        report(
            "a",
            "2024-05-01",
            "en",
            "The floods have killed 120 people.",
        ),
        report(
            "b",
            "2024-05-03",
            "en",
            "The floods killed 80 people, officials said.",
        ),
    ]);
    let fell = &people_in(&groups, "killed").disagreements[0];
    assert_eq!(fell.kind, DisagreementKind::EarlierHigher);
    assert_eq!(fell.symbol(), "≠");
}

#[test]
fn the_same_day_two_tolls_disagree_and_a_part_or_another_place_does_not() {
    let groups = grouped(vec![
        report("a", "2024-05-02", "en", "The floods killed 33 people."),
        report(
            "b",
            "2024-05-02",
            "en",
            "Officials said 41 people died in the floods.",
        ),
    ]);
    // In the first days a toll rises by the hour: two counts of one day are shown side by side
    // with a note, not marked ≠ (either may be the earlier).
    let killed = people_in(&groups, "killed");
    assert!(
        killed.disagreements.is_empty(),
        "{:?}",
        killed.disagreements
    );
    assert_eq!(killed.notes[0].kind, DisagreementKind::Rose);
    assert_eq!(killed.notes[0].confidence, Confidence::Likely);
    assert!(killed.notes[0].reason.to_string().contains("same day"));
    // Once the count has settled (a year on), two counts of one day cannot both be right.
    let groups = grouped(vec![
        report("first", "2023-05-02", "en", "The floods killed 20 people."),
        report("a", "2024-05-02", "en", "The floods killed 33 people."),
        report(
            "b",
            "2024-05-02",
            "en",
            "Officials said 34 people died in the floods.",
        ),
    ]);
    let killed = people_in(&groups, "killed");
    assert_eq!(killed.disagreements.len(), 1, "{:?}", killed.notes);
    assert_eq!(killed.disagreements[0].kind, DisagreementKind::Values);
    assert_eq!(killed.disagreements[0].confidence, Confidence::Likely);

    // A part and the total.
    let groups = grouped(vec![
        report(
            "a",
            "2024-05-02",
            "en",
            "Twelve people were killed in Northtown.",
        ),
        report(
            "b",
            "2024-05-02",
            "en",
            "At least 95 people were killed, officials said.",
        ),
    ]);
    let killed = people_in(&groups, "killed");
    assert!(
        killed.disagreements.is_empty(),
        "{:?}",
        killed.disagreements
    );
    assert_eq!(killed.notes[0].kind, DisagreementKind::PartAndTotal);
    assert!(killed.statements.iter().any(|s| s.place == "Northtown"));

    // Two places.
    let groups = grouped(vec![
        report(
            "a",
            "2024-05-02",
            "en",
            "Rescuers said 31 people died in Northtown.",
        ),
        report(
            "b",
            "2024-05-02",
            "en",
            "Rescuers said 46 people died in Southport.",
        ),
    ]);
    let killed = people_in(&groups, "killed");
    assert!(
        killed.disagreements.is_empty(),
        "{:?}",
        killed.disagreements
    );
    assert_eq!(killed.notes[0].kind, DisagreementKind::TwoPlaces);
}

#[test]
fn a_report_dated_by_its_weekday() {
    // 2 May 2024 is a Thursday: "on Tuesday" is 30 April; a toll of Tuesday's quake counts to
    // the report.
    let found = report(
        "a",
        "2024-05-02",
        "en",
        "On Tuesday, police arrested 14 protesters. The quake on Tuesday killed 300 people.",
    );
    let arrested = found.iter().find(|s| s.number == "14").unwrap();
    assert_eq!(arrested.counted.states, ["arrested"]);
    assert_eq!(arrested.period.end, Some(day("2024-04-30")));
    let groups = grouped(vec![found.clone()]);
    assert!(groups.iter().any(|g| g.thing == "protester"));
    let toll = found.iter().find(|s| s.number == "300").unwrap();
    assert_eq!(toll.period.start, Some(day("2024-04-30")));
    assert_eq!(toll.period.end, Some(day("2024-05-02")));
}

#[test]
fn the_same_count_in_arabic_hebrew_and_spanish_is_one_group() {
    let groups = grouped(vec![
        report("ar", "2024-05-02", "ar", "قتل 62 شخصاً في الفيضانات."),
        report("he", "2024-05-02", "he", "בשיטפונות נהרגו 62 אנשים."),
        report(
            "es",
            "2024-05-02",
            "es",
            "En las inundaciones murieron 62 personas.",
        ),
    ]);
    let killed = people_in(&groups, "killed");
    assert_eq!(killed.statements.len(), 3, "{groups:?}");
    assert!(killed.disagreements.is_empty());
    // A lower figure the next day in another language is marked.
    let groups = grouped(vec![
        report("ar", "2024-05-02", "ar", "قتل 62 شخصاً في الفيضانات."),
        report("en", "2024-05-03", "en", "The floods killed 50 people."),
    ]);
    let killed = people_in(&groups, "killed");
    assert_eq!(killed.disagreements.len(), 1, "{groups:?}");
    assert_eq!(killed.disagreements[0].symbol(), "≠");
    // Attacks in three languages are attacks.
    let groups = grouped(vec![
        report("ar", "2024-05-02", "ar", "نفذت الفصائل 62 هجوماً."),
        report("he", "2024-05-02", "he", "נרשמו 62 תקיפות."),
        report("es", "2024-05-02", "es", "Se registraron 62 ataques."),
    ]);
    let attacks = groups.iter().find(|g| g.thing == "attack").unwrap();
    assert_eq!(attacks.statements.len(), 3, "{groups:?}");
}
