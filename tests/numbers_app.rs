//! The Numbers panel and the sourcing nudges in the real app (`egui_kittest`, no GPU): a student
//! opens the panel, shows a value in its article, makes it a claim with one click and attaches
//! another as evidence; the claim's own outlet as evidence gets the circular nudge, in the
//! inspector and in the teacher's review; the teacher decides who sees the panel, names the
//! parties and asks a key item for independent corroboration, each undoable.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(feature = "gui")]

use crosscheck::app::teacher::{ClassReview, TeacherCommand};
use crosscheck::app::{AppCommand, CrosscheckApp, Prefs};
use crosscheck::core::import::{self, Imported};
use crosscheck::core::lesson::{LoadedLesson, NumbersPanel};
use crosscheck::core::numbers::Board;
use crosscheck::core::session::{EvidenceSource, Stance};
use crosscheck::core::sourcing::NudgeKind;
use crosscheck::core::store::{self, RecoveryStore};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::desk;
use desk::{harness, select, wait_for_status, wait_for_worker};

const RAHNAM: &str = "rahnam-2023-11-22";

fn student(dir: &std::path::Path) -> Harness<'static, CrosscheckApp> {
    let app = CrosscheckApp::on_sample(RecoveryStore::new(dir.join("recovery")), Prefs::default());
    let mut h = harness(app);
    h.run();
    h
}

/// The sample's statement of 62 attacks (rahnam): its outlet as the panel names it, its value's
/// range and its clause.
fn the_62(h: &Harness<'static, CrosscheckApp>) -> crosscheck::core::numbers::Statement {
    Board::for_lesson(&h.state().lesson)
        .groups
        .iter()
        .flat_map(|g| &g.statements)
        .find(|s| s.document == RAHNAM && s.number == "62")
        .cloned()
        .expect("the sample's 62")
}

/// Scrolls a widget of the Numbers panel into view and clicks it.
fn click(h: &mut Harness<'static, CrosscheckApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

fn shows(h: &Harness<'static, CrosscheckApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).count() >= 1
}

fn status(h: &Harness<'static, CrosscheckApp>) -> String {
    h.state()
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

#[test]
fn a_student_opens_the_numbers_panel_shows_a_value_in_its_article_and_makes_it_a_claim() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = student(dir.path());

    // The sample keeps the panel from students (finding the disagreement is its exercise): no
    // tab, and the shortcut says why.
    assert!(h.query_by_label("Numbers").is_none());
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::N,
    );
    h.run();
    assert!(!h.state().numbers.open);
    assert!(
        status(&h).contains("does not show the Numbers panel"),
        "{}",
        status(&h)
    );

    // A lesson that shows it.
    h.state_mut().lesson.lesson.numbers = NumbersPanel::Shown;
    h.run();
    h.get_by_role_and_label(Role::Button, "Numbers").click();
    // The numbers are found on the worker, a spinner turning: frame by frame until done.
    h.step();
    wait_for_worker(&mut h);
    assert!(h.state().numbers.open);
    assert!(shows(&h, "Numbers across the documents"));
    // Disagreements are told in words with a symbol; where the finder is unsure (periods that
    // only overlap), it does not say ≠ but asks the reader to compare.
    assert!(shows(
        &h,
        "? Not sure, compare them yourself: 56 (Al Mayadeen English) and 62 (rahnam news agency) \
         count attack for overlapping periods"
    ));
    assert!(!shows(&h, "≠ 56 (Al Mayadeen English)"));

    // Each value names its document and its date besides the outlet and the period.
    assert!(shows(
        &h,
        "· rahnam news agency · “Commentary: 62 resistance attack…” (about 22 November 2023) · 2023-10-23 – 2023-11-22"
    ));

    // Click the value: its article opens with the number selected.
    let s = the_62(&h);
    click(&mut h, "Show 62 (rahnam news agency) in its article");
    assert!(!h.state().numbers.open);
    assert_eq!(h.state().current_document, RAHNAM);
    let view = h.state_mut().current_view().unwrap();
    assert_eq!(view.selection(), Some(s.range.clone()));
    assert_eq!(view.text().slice_chars(s.range.clone()), "62 times");

    // By keyboard alone: the first Tab goes into the panel, the next to the largest group's
    // header, the next to its first value, and Enter shows it in its article.
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::N,
    );
    h.run();
    assert!(h.state().numbers.open);
    h.ctx
        .memory_mut(|m| m.surrender_focus(m.focused().unwrap_or(egui::Id::NULL)));
    h.run();
    for _ in 0..3 {
        h.key_press(egui::Key::Tab);
        h.run();
    }
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(!h.state().numbers.open, "Enter on the first value shows it");
    let first = Board::for_lesson(&h.state().lesson).groups[0].statements[0].clone();
    assert_eq!(h.state().current_document, first.document);
    assert_eq!(
        h.state_mut().current_view().unwrap().selection(),
        Some(first.range.clone())
    );

    // Back to the panel with the keyboard; one click makes the value's clause a claim.
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::N,
    );
    h.run();
    assert!(h.state().numbers.open);
    click(&mut h, "Make a claim of 62 (rahnam news agency)");
    let app = h.state();
    assert_eq!(app.session.annotations.len(), 1);
    let claim = &app.session.annotations[0];
    assert_eq!(claim.document, RAHNAM);
    assert_eq!(claim.selector.range(), s.clause);
    assert!(
        claim.selector.quote.exact.contains("62 times"),
        "{}",
        claim.selector.quote.exact
    );
    assert_eq!(app.selected_claim.as_deref(), Some(claim.id.as_str()));
    assert!(status(&h).contains("Claim #1 made"), "{}", status(&h));
    // The panel stays, and the row now leads to the claim instead of making another.
    assert!(h.state().numbers.open);
    assert!(
        h.query_by_label("Make a claim of 62 (rahnam news agency)")
            .is_none()
    );
    assert!(shows(&h, "Claim #1 (select it)"));

    // It is one undo step like any claim.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(h.state().session.annotations.is_empty());
    assert!(
        h.query_by_label("Make a claim of 62 (rahnam news agency)")
            .is_some()
    );
}

#[test]
fn attaching_the_claims_own_outlet_from_the_numbers_panel_shows_the_circular_nudge() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = student(dir.path());
    h.state_mut().lesson.lesson.numbers = NumbersPanel::Shown;
    h.run();

    // A claim in the rahnam article, selected.
    select(&mut h, "killed and wounded more than 60 American soldiers");
    h.get_by_label("+ Make claim (Ctrl+Enter)").click();
    h.run();
    let claim_id = h.state().selected_claim.clone().unwrap();

    // Its own outlet's 62, attached from the panel with the stance the student picks.
    h.get_by_role_and_label(Role::Button, "Numbers").click();
    // The numbers are found on the worker, a spinner turning: frame by frame until done.
    h.step();
    wait_for_worker(&mut h);
    click(
        &mut h,
        "Attach 62 (rahnam news agency) to claim #1: [+] corroborates",
    );
    let s = the_62(&h);
    let claim = h.state().session.annotation(&claim_id).unwrap().clone();
    assert_eq!(claim.evidence.len(), 1);
    let evidence = &claim.evidence[0];
    assert_eq!(evidence.stance, Stance::Corroborates);
    match &evidence.source {
        EvidenceSource::Passage { document, selector } => {
            assert_eq!(document, RAHNAM);
            assert_eq!(selector.range(), s.clause);
        }
        EvidenceSource::Citation(c) => panic!("a citation: {c:?}"),
    }

    // The row says so instead of offering to attach it again.
    assert!(shows(&h, "Attached to claim #1"));
    assert!(
        h.query_by_label("Attach 62 (rahnam news agency) to claim #1: [+] corroborates")
            .is_none()
    );

    // The nudge, in words with its symbol, under the evidence in the inspector; nothing refused.
    let nudges = &h.state().derived.nudges[&(claim_id.clone(), evidence.id.clone())];
    assert_eq!(nudges[0].kind, NudgeKind::Circular);
    assert!(
        shows(
            &h,
            "[=] Circular: the evidence is a passage of the claim's own article"
        ),
        "no circular nudge in the inspector"
    );

    // Evidence from another outlet has no circular nudge: removing the first takes its away.
    h.get_by_role_and_label(Role::Button, "Remove")
        .scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::Button, "Remove").click();
    h.run();
    assert!(h.state().derived.nudges.is_empty());
    assert!(!shows(&h, "[=] Circular"));
}

#[test]
#[allow(clippy::too_many_lines)] // One teacher's story, step by step.
fn the_teacher_sees_the_nudge_in_the_review_and_sets_who_sees_the_panel_parties_and_independence() {
    let dir = tempfile::tempdir().unwrap();
    // A student's session with the claim's own article as its evidence.
    let class = dir.path().join("class");
    std::fs::create_dir_all(&class).unwrap();
    let lesson = crosscheck::app::files::bundled_lesson();
    let mut session =
        crosscheck::core::grade::session_from_key(&lesson.lesson, jiff::Timestamp::UNIX_EPOCH);
    session.student = "Ana".into();
    let own = session
        .annotations
        .iter()
        .position(|a| a.document == RAHNAM)
        .unwrap();
    let claim = session.annotations[own].clone();
    session.annotations[own]
        .evidence
        .push(crosscheck::core::session::Evidence {
            id: "e-own".into(),
            stance: Stance::Corroborates,
            source: EvidenceSource::Passage {
                document: RAHNAM.into(),
                selector: claim.selector.clone(),
            },
            note: String::new(),
        });
    store::save_ron(&class.join("ana.session.ron"), &session).unwrap();

    let app = CrosscheckApp::on_sample(
        RecoveryStore::new(dir.path().join("recovery")),
        Prefs::default(),
    );
    let mut h = Harness::builder()
        .with_size(egui::vec2(1500.0, 3000.0))
        .with_max_steps(24)
        .build_ui_state(|ui, app: &mut CrosscheckApp| app.frame_ui(ui), app);
    h.run();
    h.state_mut().send(AppCommand::RevealKey);
    h.run();
    assert!(h.state().teaching());

    // The teacher always has the panel, though the sample hides it from students.
    assert_eq!(h.state().lesson.lesson.numbers, NumbersPanel::Hidden);
    h.get_by_role_and_label(Role::Button, "Numbers").click();
    // The numbers are found on the worker, a spinner turning: frame by frame until done.
    h.step();
    wait_for_worker(&mut h);
    assert!(shows(&h, "Students do not see this panel in this lesson"));
    // Key items already made are marked as such; the rest can be made with one click.
    assert!(shows(&h, "Key item k"));
    assert!(h.query_all_by_label_contains("Make a key item of").count() > 0);
    h.get_by_role_and_label(Role::Button, "Numbers").click();
    // The numbers are found on the worker, a spinner turning: frame by frame until done.
    h.step();
    wait_for_worker(&mut h);

    // Who sees the panel: one click, one undo step.
    click(&mut h, "Numbers and sourcing");
    click(&mut h, "Students see the Numbers panel");
    assert_eq!(h.state().lesson.lesson.numbers, NumbersPanel::Shown);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().lesson.lesson.numbers, NumbersPanel::Hidden);

    // A party to the conflict, named and given a role, typed as one step.
    let parties = h.state().lesson.lesson.parties.len();
    click(&mut h, "Add a party");
    assert_eq!(h.state().lesson.lesson.parties.len(), parties + 1);
    h.get_all_by_label("Name").last().unwrap().scroll_to_me();
    h.run();
    h.get_all_by_label("Name").last().unwrap().click();
    h.run();
    h.get_all_by_label("Name")
        .last()
        .unwrap()
        .type_text("Example Outlet");
    h.run();
    assert_eq!(
        h.state().lesson.lesson.parties.last().unwrap().name,
        "Example Outlet"
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().lesson.lesson.parties.len(), parties + 1);
    assert_eq!(h.state().lesson.lesson.parties.last().unwrap().name, "");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().lesson.lesson.parties.len(), parties);

    // A list of synonyms, typed as a teacher types: no space after a comma, a word of two.
    let lists = h.state().lesson.lesson.synonyms.len();
    click(&mut h, "Add a list");
    let field = format!("Words of list {}", lists + 1);
    click(&mut h, &field);
    h.key_press(egui::Key::End);
    h.run();
    h.get_by_label(&field).type_text(",armed attack,");
    h.run();
    assert_eq!(
        h.state().lesson.lesson.synonyms.last().unwrap(),
        &["word", "another word", "armed attack"],
        "the words as typed, trimmed, none empty"
    );
    h.get_by_label(&field).type_text("raid");
    h.run();
    assert_eq!(
        h.state().lesson.lesson.synonyms.last().unwrap(),
        &["word", "another word", "armed attack", "raid"]
    );

    // A key item that asks for independent corroboration.
    let item = h.state().session.annotations[0].id.clone();
    h.state_mut()
        .send(AppCommand::SelectClaim(Some(item.clone())));
    h.run();
    h.step();
    let independent = |h: &Harness<'static, CrosscheckApp>| {
        h.state()
            .lesson
            .lesson
            .answer_key
            .iter()
            .flat_map(|k| &k.items)
            .any(|k| k.id == item && k.independent)
    };
    assert!(!independent(&h));
    click(&mut h, "Asks for independent corroboration");
    assert!(independent(&h));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(!independent(&h));

    // The review shows the student's nudge beside the evidence.
    h.state_mut()
        .send(AppCommand::Teacher(TeacherCommand::OpenClass(class)));
    wait_for_status(&mut h, "Opened a class of 1 session");
    let class_of = |h: &Harness<'static, CrosscheckApp>| -> bool {
        let c: &ClassReview = h.state().teacher.as_ref().unwrap().class.as_ref().unwrap();
        c.nudges
            .as_ref()
            .is_some_and(|(_, n)| n.contains_key(&(claim.id.clone(), "e-own".to_owned())))
    };
    h.run();
    assert!(class_of(&h), "the review found no nudge on the evidence");
    assert!(
        shows(
            &h,
            "[=] Circular: the evidence is a passage of the claim's own article"
        ),
        "no circular nudge in the review"
    );
}

#[test]
fn a_large_group_is_shown_a_page_at_a_time_and_a_value_lists_a_few_of_its_disagreements() {
    let dir = tempfile::tempdir().unwrap();
    // 30 counts of attacks, each since 1 October up to the document's date: every pair
    // disagrees.
    let mut text = String::new();
    for n in 101..=130 {
        text.push_str("Officials said there were ");
        text.push_str(&n.to_string());
        text.push_str(" attacks since 1 October.\n\n");
    }
    let mut lesson = LoadedLesson::new_empty("counts", "Counts");
    import::add_document(
        &mut lesson,
        Imported {
            text,
            title: "Counts".into(),
            outlet: "The Agency".into(),
            author: String::new(),
            published: "2023-11-20".into(),
            url: String::new(),
            language: String::new(),
        },
    );
    let app = CrosscheckApp::on_lesson(
        lesson,
        RecoveryStore::new(dir.path().join("recovery")),
        Prefs::default(),
    );
    let mut h = harness(app);
    h.run();
    h.state_mut().problems = None;
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::N,
    );
    h.run();
    assert!(h.state().numbers.open);
    // The one group, open, its first page.
    assert!(shows(&h, "attack: 30 values"));
    assert_eq!(
        h.query_all_by_label_contains("Values 1–25 of 30").count(),
        2
    );
    assert_eq!(
        h.query_all_by_label_contains("Make a claim of ").count(),
        25
    );
    // Each value lists four of its disagreements and counts the rest (at most 8 are marked).
    assert!(shows(&h, "… and 4 more values it disagrees with"));
    // The page turners are above and below the page.
    h.get_all_by_label("Next").next().unwrap().click();
    h.run();
    assert!(shows(&h, "Values 26–30 of 30"));
    assert_eq!(h.query_all_by_label_contains("Make a claim of ").count(), 5);
    assert!(shows(&h, "Make a claim of 126 (The Agency)"));
    h.get_all_by_label("Previous").next().unwrap().click();
    h.run();
    assert!(shows(&h, "Make a claim of 101 (The Agency)"));
}
