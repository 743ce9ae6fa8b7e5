//! Other tools' annotations in and out of the app (File ▸ Import annotations…, File ▸ Export ▸ …):
//! an import is one undoable step, claims it cannot place are listed and never drawn, bad input
//! is said in the window and changes nothing, and what the app exports reads back.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(feature = "gui")]

use std::path::{Path, PathBuf};

use crosscheck::app::article_view::HighlightKey;
use crosscheck::app::interop::ExportFormat;
use crosscheck::app::teacher::{Tab, TeacherCommand};
use crosscheck::app::{AppCommand, CrosscheckApp, Prefs};
use crosscheck::core::anchor::AnchorMethod;
use crosscheck::core::edit::Command;
use crosscheck::core::interop::import_annotations;
use crosscheck::core::session::{Annotation, Verdict};
use crosscheck::core::store::RecoveryStore;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::desk;
use desk::{harness, select, wait_for_worker};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hypothesis-search.json")
}

fn student_desk(dir: &Path) -> Harness<'static, CrosscheckApp> {
    let app = CrosscheckApp::on_sample(RecoveryStore::new(dir.join("recovery")), Prefs::default());
    let mut h = harness(app);
    h.run();
    h
}

/// Sends a command as the menu (after its dialog) would, and waits for the worker's answer.
fn send_and_wait(h: &mut Harness<'static, CrosscheckApp>, command: AppCommand) {
    h.state_mut().send(command);
    h.run();
    h.step();
    wait_for_worker(h);
}

/// Makes a claim of `quote` in the document shown, with the mouse and Ctrl+Enter.
fn claim(h: &mut Harness<'static, CrosscheckApp>, quote: &str) -> String {
    select(h, quote);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    h.state().selected_claim.clone().unwrap()
}

/// Whether any document draws claim `id`.
fn drawn(h: &Harness<'static, CrosscheckApp>, id: &str) -> bool {
    h.state().derived.highlights.values().any(|index| {
        index
            .overlapping(0..usize::MAX / 2)
            .any(|x| x.key == HighlightKey::Claim(id.to_owned()))
    })
}

fn status(h: &Harness<'static, CrosscheckApp>) -> String {
    h.state()
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

fn shows(h: &Harness<'static, CrosscheckApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).count() >= 1
}

#[test]
#[allow(clippy::too_many_lines)] // One student's story, step by step.
fn student_imports_hypothesis_annotations_as_one_step_with_what_cannot_be_placed_listed_apart() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = student_desk(dir.path());
    // Work already there is never touched by an import.
    let mine = claim(&mut h, "killed and wounded more than 60 American soldiers");
    let before = h.state().session.annotations.clone();

    // File ▸ Import annotations… is offered, and Export ▸ its four formats.
    h.get_by_label("File").click();
    h.run();
    assert!(shows(&h, "Import annotations…"));
    h.get_by_label("Export").click();
    h.run();
    for entry in [
        "W3C Web Annotations (JSON-LD)…",
        "ClaimReview (JSON-LD)…",
        "Report (Markdown)…",
        "Report (HTML)…",
    ] {
        assert!(shows(&h, entry), "File ▸ Export ▸ {entry}");
    }
    h.key_press(egui::Key::Escape);
    h.run();

    send_and_wait(&mut h, AppCommand::ImportAnnotationsFrom(fixture()));

    // What the core makes of the file, to compare with.
    let lesson = h.state().lesson.clone();
    let json = std::fs::read_to_string(fixture()).unwrap();
    let expected =
        import_annotations(&lesson, &json, None, "h.json", jiff::Timestamp::now()).unwrap();
    let count = |m| expected.claims.iter().filter(|c| c.method == m).count();
    assert_eq!(
        count(AnchorMethod::Orphaned),
        2,
        "the fixture has two orphans"
    );

    let session = h.state().session.clone();
    assert_eq!(
        session.annotations.len(),
        before.len() + 6,
        "every row kept"
    );
    assert_eq!(session.annotations[..before.len()], before[..]);
    let imported: Vec<&Annotation> = session.annotations[before.len()..].iter().collect();
    assert!(
        imported.iter().all(|a| a.id != mine),
        "ids already taken are renamed"
    );
    let orphans: Vec<&Annotation> = imported
        .iter()
        .copied()
        .filter(|a| a.orphaned.is_some())
        .collect();
    assert_eq!(orphans.len(), 2);

    // The status bar counts what happened.
    let said = status(&h);
    assert!(
        said.contains("Imported 6 claims from hypothesis-search.json"),
        "{said}"
    );
    assert!(
        said.contains(&format!(
            "{} where they were, {} moved, {} placed by likeness (check them), 2 not placed",
            count(AnchorMethod::Exact),
            count(AnchorMethod::Moved),
            count(AnchorMethod::Fuzzy)
        )),
        "{said}"
    );
    // Why each claim was not placed, then the notes on the import (tags that are no label, an
    // address found by its quote), wait in their own window; the student closes it.
    assert!(shows(&h, "worth a look"));
    assert!(shows(
        &h,
        "vQ0cWg9bEe6rXzsYcE1uTw: ORPHANED: its quote was not found in rahnam-2023-11-22"
    ));
    assert!(shows(
        &h,
        "yB6dOA9cEe6rX0-IHfR3bw: ORPHANED: https://example.org/news/2023/11/bases-attacked is \
         not a document of this lesson"
    ));
    h.get_by_label("Close the problem list (Esc)").click();
    h.run();

    // Placed claims are drawn; orphans are not drawn anywhere, but listed with why.
    for a in &imported {
        assert_eq!(drawn(&h, &a.id), a.orphaned.is_none(), "{}", a.id);
    }
    assert!(shows(&h, "Not placed (2)"));
    let number = |a: &Annotation| {
        session
            .annotations
            .iter()
            .position(|x| x.id == a.id)
            .unwrap()
            + 1
    };
    let lost = orphans
        .iter()
        .find(|a| !a.document.is_empty())
        .copied()
        .unwrap_or(orphans[0]);
    let row = h
        .query_all_by_label_contains(&format!("#{} “", number(lost)))
        .count();
    assert!(row >= 1, "the orphan's row with its number and quote");
    assert!(
        shows(&h, "which is not a document of this lesson")
            || shows(&h, "its quote was not found in"),
        "why, in words"
    );

    // Selecting an orphan shows it in the inspector, saying it is not placed, and does not move
    // the article.
    let document = h.state().current_document.clone();
    let label = format!("#{} “", number(lost));
    h.get_all_by_label_contains(&label).next().unwrap().click();
    h.run();
    assert_eq!(h.state().selected_claim.as_deref(), Some(lost.id.as_str()));
    assert_eq!(h.state().current_document, document);
    assert!(shows(&h, "Not placed: "));

    // One Ctrl+Z takes the whole import back; Ctrl+Shift+Z brings it again.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().session.annotations, before);
    assert!(!shows(&h, "Not placed ("));
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    h.run();
    assert_eq!(h.state().session.annotations, session.annotations);

    // An orphan is deleted from its row.
    let n = number(lost);
    h.get_by_label(&format!("Delete claim #{n} (not placed)"))
        .click();
    h.run();
    assert!(h.state().session.annotation(&lost.id).is_none());
    assert_eq!(
        h.state().session.annotations.len(),
        session.annotations.len() - 1
    );
    assert!(shows(&h, "Not placed (1)"));
}

#[test]
fn an_annotation_without_an_address_says_so_where_it_is_listed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = student_desk(dir.path());
    let file = dir.path().join("nowhere.json");
    std::fs::write(
        &file,
        r#"{"id": "row-1", "text": "seen elsewhere",
            "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "escalates"}]}]}"#,
    )
    .unwrap();
    send_and_wait(&mut h, AppCommand::ImportAnnotationsFrom(file));
    assert!(
        shows(&h, "row-1: ORPHANED: it has no address"),
        "why, in the notes"
    );
    h.get_by_label("Close the problem list (Esc)").click();
    h.run();
    let lost = h.state().session.annotations.last().unwrap().clone();
    assert_eq!(lost.note, "seen elsewhere");
    assert!(
        lost.orphaned.is_some(),
        "a 9-char quote is placed in no document's word"
    );
    assert!(shows(
        &h,
        "made on a page the file does not name (it has no address)"
    ));
    assert!(!shows(&h, "made on ,"));
}

#[test]
fn malformed_or_wrong_annotations_are_said_in_the_window_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = student_desk(dir.path());
    claim(&mut h, "killed and wounded more than 60 American soldiers");
    let before = h.state().session.clone();
    let state = h.state().history.state_id();

    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "[\n {\"id\": \"x\",\n  \"target\": }\n]").unwrap();
    send_and_wait(&mut h, AppCommand::ImportAnnotationsFrom(broken));
    let report = h.state().problems.clone().expect("a problem window");
    assert!(report.heading.contains("broken.json"), "{}", report.heading);
    assert!(report.heading.contains("nothing was changed"));
    assert!(
        report.items[0].0.contains("broken.json:3:"),
        "{:?}",
        report.items
    );
    assert!(report.items[0].0.contains("not valid JSON"));
    assert!(shows(&h, "not valid JSON"), "shown in the window");
    assert_eq!(h.state().session, before);
    assert_eq!(h.state().history.state_id(), state, "no undo step either");
    h.get_by_label("Close the problem list (Esc)").click();
    h.run();

    // One annotation wrong: the file is refused, naming it.
    let wrong = dir.path().join("motivation.json");
    std::fs::write(
        &wrong,
        r#"[{"id": "urn:x:ok", "type": "Annotation", "target": {"source": "https://rahnam.com",
             "selector": {"type": "TextQuoteSelector", "exact": "American soldiers"}}},
            {"id": "urn:x:m", "type": "Annotation", "motivation": "liking",
             "target": "https://rahnam.com"}]"#,
    )
    .unwrap();
    send_and_wait(&mut h, AppCommand::ImportAnnotationsFrom(wrong));
    let report = h.state().problems.clone().expect("a problem window");
    assert!(report.heading.contains("motivation.json"));
    assert!(
        report.items[0]
            .0
            .contains("annotation urn:x:m: \"liking\" is not a W3C motivation"),
        "{:?}",
        report.items
    );
    assert_eq!(h.state().session, before, "not even the good one is added");
    assert_eq!(h.state().history.state_id(), state);

    // A file that is not there.
    send_and_wait(
        &mut h,
        AppCommand::ImportAnnotationsFrom(dir.path().join("missing.json")),
    );
    let report = h.state().problems.clone().expect("a problem window");
    assert!(report.heading.contains("missing.json"));
    assert_eq!(h.state().session, before);
}

#[test]
fn exported_w3c_reads_back_to_the_same_claims_and_claimreview_and_reports_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = student_desk(dir.path());
    let id = claim(&mut h, "killed and wounded more than 60 American soldiers");
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::Num1);
    h.run();
    let rating = h.state().lesson.lesson.verdict_labels()[4].id.clone();
    h.state_mut().send(AppCommand::Edit(Command::SetVerdict {
        annotation_id: id.clone(),
        verdict: Some(Verdict {
            rating,
            reasoning: "Al Mayadeen counts 59 injured.".into(),
        }),
    }));
    h.run();
    // With imported claims too, orphans among them.
    send_and_wait(&mut h, AppCommand::ImportAnnotationsFrom(fixture()));
    h.state_mut().problems = None;
    let session = h.state().session.clone();
    assert_eq!(session.annotations.len(), 7);

    let w3c = dir.path().join("work.annotations.jsonld");
    send_and_wait(&mut h, AppCommand::ExportTo(ExportFormat::W3c, w3c.clone()));
    assert!(
        status(&h).contains("W3C Web Annotations written to"),
        "{}",
        status(&h)
    );
    let text = std::fs::read_to_string(&w3c).unwrap();
    let lesson = h.state().lesson.clone();
    let back =
        import_annotations(&lesson, &text, None, "work.jsonld", jiff::Timestamp::now()).unwrap();
    assert_eq!(back.session.annotations, session.annotations);
    assert_eq!(back.orphaned(), 2);

    // …and imported into the open session again, every claim comes as a copy with a new id.
    send_and_wait(&mut h, AppCommand::ImportAnnotationsFrom(w3c));
    assert_eq!(h.state().session.annotations.len(), 14);
    assert!(status(&h).contains("Imported 7 claims from work.annotations.jsonld"));
    h.state_mut().problems = None;

    let reviews = dir.path().join("work.claimreview.jsonld");
    send_and_wait(
        &mut h,
        AppCommand::ExportTo(ExportFormat::ClaimReview, reviews.clone()),
    );
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&reviews).unwrap()).unwrap();
    let list = value.as_array().unwrap();
    assert_eq!(list.len(), 2, "the claim with a verdict, and its copy");
    assert_eq!(list[0]["@type"], "ClaimReview");
    assert_eq!(
        list[0]["claimReviewed"],
        "killed and wounded more than 60 American soldiers"
    );
    assert_eq!(list[0]["reviewRating"]["alternateName"], "False");

    // Reports: a name without its ending gets one; claims not placed are listed apart.
    for (format, name, ending) in [
        (ExportFormat::Markdown, "report", "report.md"),
        (ExportFormat::Html, "report", "report.html"),
    ] {
        let path = format.with_extension(dir.path().join(name));
        assert!(path.ends_with(ending));
        send_and_wait(&mut h, AppCommand::ExportTo(format, path.clone()));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("Claims not placed in the text"), "{name}");
        assert!(text.contains("Al Mayadeen counts 59 injured."));
    }

    // A folder that is not there: said, and nothing written.
    let nowhere = dir.path().join("no-such-folder").join("x.jsonld");
    send_and_wait(
        &mut h,
        AppCommand::ExportTo(ExportFormat::W3c, nowhere.clone()),
    );
    let said = h.state().status.clone().unwrap();
    assert!(said.error && said.text.contains("Not exported"), "{said:?}");
    assert!(!nowhere.exists());
}

#[test]
fn on_the_teachers_review_tab_export_writes_the_student_in_view() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("class");
    std::fs::create_dir_all(&class).unwrap();
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");
    std::fs::copy(
        format!("{sample}/example.session.ron"),
        class.join("sam.session.ron"),
    )
    .unwrap();
    let mut app = CrosscheckApp::on_sample(
        RecoveryStore::new(dir.path().join("recovery")),
        Prefs::default(),
    );
    app.enter_teacher(crosscheck::app::files::bundled_lesson(), None);
    let mut h = harness(app);
    h.run();
    // The key tab has no student to export: the menu entries wait, and a direct ask is refused.
    assert!(!h.state().can_export());
    assert!(!h.state().can_import(), "the teacher's session is the key");
    let early = dir.path().join("early.md");
    send_and_wait(
        &mut h,
        AppCommand::ExportTo(ExportFormat::Markdown, early.clone()),
    );
    assert!(!early.exists());

    send_and_wait(
        &mut h,
        AppCommand::Teacher(TeacherCommand::OpenClass(class)),
    );
    h.state_mut().teacher.as_mut().unwrap().tab = Tab::Review;
    h.run();
    assert!(h.state().can_export());
    let student = {
        let class = h.state().teacher.as_ref().unwrap().class.as_ref().unwrap();
        class.students[class.selected].session.clone()
    };

    let report = dir.path().join("sam.report.md");
    send_and_wait(
        &mut h,
        AppCommand::ExportTo(ExportFormat::Markdown, report.clone()),
    );
    let text = std::fs::read_to_string(&report).unwrap();
    assert!(text.contains("Sample Student (example work)"), "{text}");
    assert!(text.contains("## What the key expected"));
    assert!(
        text.contains("- **found**") || text.contains("- **missed**"),
        "graded against the key"
    );

    let w3c = dir.path().join("sam.annotations.jsonld");
    send_and_wait(&mut h, AppCommand::ExportTo(ExportFormat::W3c, w3c.clone()));
    let lesson = crosscheck::app::files::bundled_lesson();
    let back = import_annotations(
        &lesson,
        &std::fs::read_to_string(&w3c).unwrap(),
        None,
        "sam.jsonld",
        jiff::Timestamp::now(),
    )
    .unwrap();
    assert_eq!(back.session.annotations, student.annotations);
}
