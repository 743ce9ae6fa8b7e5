//! The teacher's comparison table in the Numbers panel (`egui_kittest`, no GPU), on a lesson of
//! invented reports: a group's rows with their source, value and date, the ≠ between two of
//! them with its reason, a toll that rose shown as not a conflict, values the finder is unsure
//! of set side by side without ≠, and an Arabic quote laid out right to left.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(feature = "gui")]

use crosscheck::app::student::NumbersView;
use crosscheck::app::{CrosscheckApp, Prefs};
use crosscheck::core::import::{self, Imported};
use crosscheck::core::lesson::LoadedLesson;
use crosscheck::core::numbers::{Board, Confidence, Disagreement, Group, Statement};
use crosscheck::core::store::RecoveryStore;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::desk;
use desk::{harness, wait_for_worker};

/// Invented reports: (outlet, date, text).
const REPORTS: [(&str, &str, &str); 7] = [
    (
        "Harbour Gazette",
        "2024-11-02",
        "The ministry said there were 62 attacks on the bases between 1 October and 31 October.",
    ),
    (
        "Valley Times",
        "2024-11-03",
        "A spokesman counted 45 attacks on the bases between 1 October and 31 October.",
    ),
    (
        "صحيفة الوادي",
        "2024-11-04",
        "قال مسؤولون إن 62 هجوما وقعت على القواعد بين 1 أكتوبر و31 أكتوبر.",
    ),
    (
        "Coast Herald",
        "2024-03-05",
        "The death toll from the storm rose to 33 people killed, the governor said.",
    ),
    (
        "Island Post",
        "2024-03-07",
        "At least 73 people were killed by the storm, officials said.",
    ),
    (
        "Hill Daily",
        "2024-06-02",
        "Officials said there were 30 strikes on the port between 1 May and 20 May.",
    ),
    (
        "River News",
        "2024-06-03",
        "The army counted 12 strikes on the port between 10 May and 31 May.",
    ),
];

fn lesson() -> LoadedLesson {
    let mut lesson = LoadedLesson::new_empty("invented-reports", "Invented reports");
    for (n, (outlet, date, text)) in REPORTS.into_iter().enumerate() {
        import::add_document(
            &mut lesson,
            Imported {
                text: format!("{text}\n"),
                title: format!("Report {}", n + 1),
                outlet: outlet.into(),
                author: String::new(),
                published: date.into(),
                url: String::new(),
                language: String::new(),
            },
        );
    }
    lesson
}

/// The teacher's desk on the invented lesson, the Numbers panel open and its board found.
fn teacher(dir: &std::path::Path) -> Harness<'static, CrosscheckApp> {
    let mut app = CrosscheckApp::on_lesson(
        lesson(),
        RecoveryStore::new(dir.join("recovery")),
        Prefs::default(),
    );
    app.enter_teacher(lesson(), None);
    app.problems = None;
    let mut h = harness(app);
    h.run();
    assert!(h.state().teaching());
    h.get_by_role_and_label(Role::Button, "Numbers").click();
    // The numbers are found on the worker, a spinner turning: frame by frame until done.
    h.step();
    wait_for_worker(&mut h);
    assert!(h.state().numbers.open);
    h
}

fn board(h: &Harness<'static, CrosscheckApp>) -> Board {
    Board::for_lesson(&h.state().lesson)
}

fn group<'b>(board: &'b Board, thing: &str) -> &'b Group {
    board
        .groups
        .iter()
        .find(|g| g.thing == thing)
        .unwrap_or_else(|| panic!("no group {thing}"))
}

/// The row (from 1) of the statement of the document with `outlet`, in its group.
fn row_of(group: &Group, outlet: &str) -> usize {
    group
        .statements
        .iter()
        .position(|s| s.source == outlet)
        .unwrap_or_else(|| panic!("no statement of {outlet}"))
        + 1
}

fn statement<'g>(group: &'g Group, outlet: &str) -> &'g Statement {
    &group.statements[row_of(group, outlet) - 1]
}

/// The mark between the rows of two outlets, among the group's disagreements and notes.
fn mark<'g>(group: &'g Group, first: &str, second: &str) -> &'g Disagreement {
    let (a, b) = (row_of(group, first) - 1, row_of(group, second) - 1);
    group
        .disagreements
        .iter()
        .chain(&group.notes)
        .find(|d| (d.first, d.second) == (a.min(b), a.max(b)))
        .unwrap_or_else(|| panic!("no mark between {first} and {second}"))
}

fn shows(h: &Harness<'static, CrosscheckApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).count() >= 1
}

fn click(h: &mut Harness<'static, CrosscheckApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

/// A group as the panel names it: "attack: 5 values, 3 disagreements".
fn heading(group: &Group) -> String {
    let disagreements = match group.disagreements.len() {
        0 => String::new(),
        1 => ", one disagreement".to_owned(),
        n => format!(", {n} disagreements"),
    };
    format!(
        "{}: {} values{disagreements}",
        group.thing,
        group.statements.len()
    )
}

/// Chooses the group named `heading` in the table's chooser.
fn choose(h: &mut Harness<'static, CrosscheckApp>, heading: &str) {
    h.get_by_role_and_label(Role::ComboBox, "Group").click();
    h.run();
    h.get_by_label(heading).click();
    h.run();
}

#[test]
fn the_teacher_compares_a_groups_values_in_a_table_with_the_disagreement_and_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = teacher(dir.path());
    let board = board(&h);
    let attacks = group(&board, "attack");

    // From the list, the group's own button opens the table on it.
    assert_eq!(h.state().numbers.view(), NumbersView::List);
    click(&mut h, "Compare the values of attack in a table");
    assert_eq!(h.state().numbers.view(), NumbersView::Table);
    assert!(
        h.query_by_label("Make a key item of 62 (Harbour Gazette)")
            .is_none()
    );

    // A row per value: its source, its document and date, its value (a link to it in its
    // article), what it counts, whom it is attributed to, the place and the period.
    for heading in ["Source", "Said", "Attributed to", "Place", "Period"] {
        assert!(shows(&h, heading), "no column {heading}");
    }
    for (n, s) in attacks.statements.iter().enumerate() {
        let name = format!("Show {} ({}) in its article", s.written_value(), s.source);
        h.get_by_role_and_label(Role::Link, &name);
        assert!(
            h.query_by_label(&s.source).is_some(),
            "row {}: no source",
            n + 1
        );
        if s.attribution.is_empty() {
            assert!(shows(&h, "The sentence attributes it to no one"));
        } else {
            assert!(shows(&h, &s.attribution));
        }
    }
    h.get_by_label("2024-11-02");
    assert!(shows(
        &h,
        "2024-10-01 – 2024-10-31 (“between 1 October and 31 October”)"
    ));
    assert!(shows(&h, "Row 1"), "rows are numbered for screen readers");

    // By keyboard: from the group's chooser, Tab goes to the first row's value.
    h.get_by_role_and_label(Role::ComboBox, "Group").focus();
    h.run();
    h.key_press(egui::Key::Tab);
    h.run();
    let first = &attacks.statements[0];
    let name = format!(
        "Show {} ({}) in its article",
        first.written_value(),
        first.source
    );
    assert!(
        h.get_by_role_and_label(Role::Link, &name).is_focused(),
        "Tab from the chooser reaches the first row"
    );

    // The ≠ between the two outlets' counts for the same month, said with its reason.
    let d = mark(attacks, "Harbour Gazette", "Valley Times");
    assert_eq!(
        d.confidence,
        Confidence::Sure,
        "the finder is sure of this one"
    );
    let (gazette, times) = (
        row_of(attacks, "Harbour Gazette"),
        row_of(attacks, "Valley Times"),
    );
    let said = format!(
        "≠ Rows {} and {} disagree: {}",
        gazette.min(times),
        gazette.max(times),
        d.reason
    );
    assert!(shows(&h, &said), "no {said:?}");
    assert!(
        d.reason
            .to_string()
            .contains("62 (Harbour Gazette) and 45 (Valley Times)")
    );

    // Under the Gazette's row, a button in words goes to the Times' row: the keyboard lands on
    // its value, and Enter shows it in its article.
    let button = format!("Row {gazette}: ≠ disagrees with row {times}");
    h.get_by_role_and_label(Role::Button, &button).click();
    h.run();
    h.run();
    let value = statement(attacks, "Valley Times");
    let link = h.get_by_role_and_label(Role::Link, "Show 45 (Valley Times) in its article");
    assert!(link.is_focused(), "the other row's value has the keyboard");
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(!h.state().numbers.open);
    assert_eq!(h.state().current_document, value.document);
    assert_eq!(
        h.state_mut().current_view().unwrap().selection(),
        Some(value.range.clone())
    );
}

#[test]
fn a_toll_that_rose_is_not_a_conflict_and_unsure_values_are_side_by_side_without_a_not_equal() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = teacher(dir.path());
    let board = board(&h);
    click(&mut h, "Comparison table");
    assert_eq!(h.state().numbers.view(), NumbersView::Table);

    // The toll that rose between two reports: a note, said as not a conflict, with its reason.
    let people = group(&board, "people");
    choose(&mut h, &heading(people));
    let rose = mark(people, "Coast Herald", "Island Post");
    assert!(!rose.kind.conflict());
    let said = format!("↗ Rows 1 and 2, not a conflict: {}", rose.reason);
    assert!(shows(&h, &said), "no {said:?}");
    assert!(shows(
        &h,
        "rose from 33 (Coast Herald) to At least 73 (Island Post)"
    ));
    h.get_by_role_and_label(Role::Button, "Row 1: ↗ rose, with row 2: not a conflict");
    assert!(!shows(&h, "≠ Rows"), "a rise is no disagreement");
    assert!(
        h.query_all_by_label_contains("≠ disagrees")
            .next()
            .is_none()
    );

    // Two counts of strikes (attacks) for periods that only overlap: the finder is not sure,
    // so the values are side by side and the teacher judges; no ≠ between them.
    let attacks = group(&board, "attack");
    choose(&mut h, &heading(attacks));
    let unsure = mark(attacks, "Hill Daily", "River News");
    assert!(unsure.kind.conflict());
    assert_eq!(unsure.confidence, Confidence::Likely);
    let (daily, news) = (row_of(attacks, "Hill Daily"), row_of(attacks, "River News"));
    let said = format!(
        "? Rows {} and {}, side by side: 30 (Hill Daily) | 12 (River News). The finder is not \
         sure they disagree, compare them yourself: {}",
        daily.min(news),
        daily.max(news),
        unsure.reason
    );
    assert!(shows(&h, &said), "no {said:?}");
    let button = format!("Row {daily}: ? compare with row {news} (not sure)");
    h.get_by_role_and_label(Role::Button, &button);
    assert!(
        h.query_by_label(&format!("Row {daily}: ≠ disagrees with row {news}"))
            .is_none()
    );
    assert!(!shows(
        &h,
        &format!("≠ Rows {} and {}", daily.min(news), daily.max(news))
    ));

    // The list says the same: no ≠ for the unsure pair.
    click(&mut h, "Values by group");
    assert_eq!(h.state().numbers.view(), NumbersView::List);
    assert!(shows(
        &h,
        "? Not sure, compare them yourself: 30 (Hill Daily) and 12"
    ));
    assert!(!shows(&h, "≠ 30 (Hill Daily)"));
    // And the rise, as not a conflict, under its values.
    assert!(shows(&h, &format!("↗ {}", rose.reason)));
}

#[test]
fn an_arabic_quote_is_laid_out_right_to_left_in_the_table_and_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = teacher(dir.path());
    let board = board(&h);
    let attacks = group(&board, "attack");
    let arabic = statement(attacks, "صحيفة الوادي").clone();
    let english = statement(attacks, "Harbour Gazette").clone();
    let last = |s: &Statement| s.quote.trim_end().chars().count() - 1;

    let direction = |h: &Harness<'static, CrosscheckApp>, s: &Statement| {
        let numbers = &h.state().numbers;
        let first = numbers.quote_char_x(s, 0).expect("the quote was drawn");
        let end = numbers
            .quote_char_x(s, last(s))
            .expect("its last char was drawn");
        first > end
    };
    // The list (the group is open): the Arabic sentence starts at the right.
    h.get_by_label(&format!("“{}”", arabic.quote.trim_end()))
        .scroll_to_me();
    h.run();
    assert!(
        direction(&h, &arabic),
        "the Arabic quote reads right to left"
    );
    assert!(
        !direction(&h, &english),
        "the English quote reads left to right"
    );

    // The table likewise, and the words read in order for screen readers.
    click(&mut h, "Compare the values of attack in a table");
    assert!(
        direction(&h, &arabic),
        "the Arabic quote reads right to left"
    );
    assert!(
        !direction(&h, &english),
        "the English quote reads left to right"
    );
    h.get_by_label(&format!("“{}”", arabic.quote.trim_end()));
    // The Arabic outlet is named whole.
    assert!(h.query_by_label("صحيفة الوادي").is_some());
}

/// No labelled widget runs past the right edge of the part of the window it starts in.
fn nothing_cut_off(h: &Harness<'static, CrosscheckApp>, what: &str) {
    use egui_kittest::kittest::NodeT as _;
    let parts: Vec<egui::Rect> = h.state().layout_parts().into_iter().flatten().collect();
    let ppp = h.ctx.pixels_per_point();
    for node in h.root().children_recursive() {
        let Some(b) = node.accesskit_node().bounding_box() else {
            continue;
        };
        let r = egui::Rect::from_min_max(
            egui::pos2(b.x0 as f32 / ppp, b.y0 as f32 / ppp),
            egui::pos2(b.x1 as f32 / ppp, b.y1 as f32 / ppp),
        );
        if !r.is_positive() || node.accesskit_node().label().is_none() {
            continue;
        }
        if let Some(part) = parts.iter().find(|p| {
            r.min.x >= p.min.x - 0.5
                && r.min.x < p.max.x - 1.0
                && r.min.y >= p.min.y - 0.5
                && r.min.y < p.max.y
        }) {
            assert!(
                r.max.x <= part.max.x + 2.0,
                "{what}: {:?} runs past its part's edge ({r:?} in {part:?})",
                node.accesskit_node().label()
            );
        }
    }
}

#[test]
fn at_school_laptop_sizes_the_sample_lessons_table_fits_the_centre() {
    let dir = tempfile::tempdir().unwrap();
    for (w, hgt, columns) in [(1024.0, 600.0, false), (1366.0, 768.0, true)] {
        let what = format!("{w}×{hgt}");
        let mut app = CrosscheckApp::on_sample(
            RecoveryStore::new(dir.path().join("recovery")),
            Prefs::default(),
        );
        app.enter_teacher(crosscheck::app::files::bundled_lesson(), None);
        let mut h = Harness::builder()
            .with_size(egui::vec2(w, hgt))
            .with_max_steps(24)
            .build_ui_state(|ui, app: &mut CrosscheckApp| app.frame_ui(ui), app);
        h.run();
        h.get_by_role_and_label(Role::Button, "Numbers").click();
        // The numbers are found on the worker, a spinner turning: frame by frame until done.
        h.step();
        wait_for_worker(&mut h);
        h.get_by_label("Comparison table").click();
        h.run();
        h.run();
        assert_eq!(h.state().numbers.view(), NumbersView::Table, "{what}");
        nothing_cut_off(&h, &what);
        // Wide enough, the cells are columns under their headings; narrower, each cell is a
        // line that names itself, and the row says its number in words.
        let board = board(&h);
        let first = &board.groups[0].statements[0];
        let name = format!(
            "Show {} ({}) in its article",
            first.written_value(),
            first.source
        );
        let link = h.get_by_role_and_label(Role::Link, &name);
        let source = h.get_all_by_label(&first.source).next().unwrap();
        let (link, source) = (link.rect(), source.rect());
        if columns {
            assert!(
                link.left() > source.right(),
                "{what}: value right of source"
            );
            assert!((link.top() - source.top()).abs() < 4.0, "{what}: one line");
        } else {
            assert!(
                link.top() > source.top() + 4.0,
                "{what}: value under source"
            );
        }
    }
}
