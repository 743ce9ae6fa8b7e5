//! A document before it is added, in the real app (`egui_kittest`): what was read from a file is
//! shown with its metadata, each field editable; adding it is one undo step; the same text twice
//! is named; a new document from the clipboard's text, with its address, outlet and date.
//!
//! File dialogs cannot run here: where the app would ask for a path, the test sends the command
//! the dialog would have sent. The clipboard's text arrives as the paste event the window asked
//! for.

#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(feature = "gui")]

use crosscheck::app::teacher::TeacherCommand;
use crosscheck::app::{AppCommand, CrosscheckApp, Prefs};
use crosscheck::core::store::RecoveryStore;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::desk;
use desk::wait_for_status;

const PAGE: &str = r#"<!doctype html><html><head>
<title>Example | Bases attacked</title>
<meta property="og:title" content="Bases attacked 62 times, agency says">
<meta property="og:site_name" content="Example News">
<meta name="author" content="A. Writer">
<meta property="article:published_time" content="2023-11-22">
<link rel="canonical" href="https://example.org/62-times">
</head><body><nav><p>Home · World</p></nav><article>
<h1>Bases attacked 62 times</h1>
<p>During the last month, resistance forces attacked American bases 62 times, the agency said.</p>
<p>An official who asked not to be named said the count was <em>much lower</em>.</p>
</article><footer><p>Copyright</p></footer></body></html>"#;

fn new_lesson(dir: &std::path::Path) -> Harness<'static, CrosscheckApp> {
    let mut app =
        CrosscheckApp::on_sample(RecoveryStore::new(dir.join("recovery")), Prefs::default());
    app.reader = desk::built_reader();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(24)
        .build_ui_state(|ui, app: &mut CrosscheckApp| app.frame_ui(ui), app);
    h.run();
    send(&mut h, TeacherCommand::NewLesson);
    h
}

fn send(h: &mut Harness<'static, CrosscheckApp>, command: TeacherCommand) {
    h.state_mut().send(AppCommand::Teacher(command));
    h.run();
}

fn previewing(h: &Harness<'static, CrosscheckApp>) -> bool {
    h.state()
        .teacher
        .as_ref()
        .is_some_and(|d| d.import_preview.is_some())
}

/// The preview's field labelled `label` showing `value` (the lesson editor has fields of the same
/// name).
fn preview_field<'h>(
    h: &'h Harness<'static, CrosscheckApp>,
    label: &'h str,
    value: &str,
) -> egui_kittest::Node<'h> {
    h.get_all_by_label(label)
        .find(|n| n.value().as_deref() == Some(value))
        .unwrap_or_else(|| panic!("no field {label:?} showing {value:?}"))
}

/// Replaces what the preview's field `label` shows (`value`) with `text`, as typed.
fn type_into(h: &mut Harness<'static, CrosscheckApp>, label: &str, value: &str, text: &str) {
    preview_field(h, label, value).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    preview_field(h, label, value).type_text(text);
    h.run();
    preview_field(h, label, text);
}

#[test]
fn a_file_is_shown_before_it_is_added_its_fields_edited_and_the_addition_undone() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = new_lesson(dir.path());
    let page = dir.path().join("page.html");
    std::fs::write(&page, PAGE).unwrap();
    send(&mut h, TeacherCommand::ImportDocument(page));
    wait_for_status(&mut h, "Read ");
    assert!(previewing(&h));
    assert!(
        h.state().lesson.lesson.documents.is_empty(),
        "not added yet"
    );
    // The window shows what was taken: the metadata in fields, the text's beginning, counts.
    h.get_by_label("Add “page.html” to the lesson?");
    h.get_by_label_contains("During the last month, resistance forces attacked");
    h.get_by_label("3 paragraphs, 32 words in all");
    preview_field(&h, "Outlet", "Example News");
    preview_field(&h, "Published", "2023-11-22");

    // The teacher corrects the title and the author, then adds it.
    type_into(
        &mut h,
        "Document title",
        "Bases attacked 62 times, agency says",
        "مهاجمة القواعد 62 مرة",
    );
    type_into(&mut h, "Author", "A. Writer", "Ana Writer");
    h.get_by_label("Add to the lesson").click();
    h.run();
    wait_for_status(&mut h, "Imported");
    assert!(!previewing(&h));
    let doc = h.state().lesson.lesson.documents[0].clone();
    assert_eq!(doc.title, "مهاجمة القواعد 62 مرة");
    assert_eq!(
        doc.id, "مهاجمة-القواعد-62-مرة",
        "the id comes from the title's script"
    );
    assert_eq!(doc.author, "Ana Writer");
    assert_eq!(doc.outlet, "Example News");
    assert_eq!(doc.url, "https://example.org/62-times");
    assert!(
        h.state().lesson.texts[&doc.id]
            .as_str()
            .contains("62 times")
    );
    assert_eq!(h.state().current_document, doc.id);

    // One undo step takes it out again; redo brings it back.
    h.state_mut().send(AppCommand::Undo);
    h.run();
    assert!(h.state().lesson.lesson.documents.is_empty());
    h.state_mut().send(AppCommand::Redo);
    h.run();
    assert_eq!(h.state().lesson.lesson.documents.len(), 1);
}

#[test]
fn the_same_text_twice_is_named_and_cancelling_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = new_lesson(dir.path());
    let page = dir.path().join("page.html");
    std::fs::write(&page, PAGE).unwrap();
    send(&mut h, TeacherCommand::ImportDocument(page.clone()));
    desk::add_previewed(&mut h);
    wait_for_status(&mut h, "Imported");
    assert!(
        h.query_by_label_contains("Already in the lesson").is_none(),
        "a first import is not a duplicate"
    );

    // The same page saved again under another name.
    let again = dir.path().join("page (1).html");
    std::fs::write(&again, PAGE).unwrap();
    send(&mut h, TeacherCommand::ImportDocument(again));
    wait_for_status(&mut h, "Read ");
    h.get_by_label(
        "Already in the lesson: this text is already in the lesson as \
         “Bases attacked 62 times, agency says” (bases-attacked-62-times-agency-says)",
    );
    // Escape closes the window and adds nothing.
    h.key_press(egui::Key::Escape);
    h.run();
    h.run();
    assert!(!previewing(&h));
    wait_for_status(&mut h, "Nothing was added");
    assert_eq!(h.state().lesson.lesson.documents.len(), 1);
}

#[test]
fn a_new_document_from_the_clipboard_takes_its_text_address_outlet_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = new_lesson(dir.path());
    // Teacher ▸ New document from the clipboard.
    h.get_by_label("Teacher").click();
    h.run();
    // The menu's entry (the Lesson tab has a button of the same name, drawn before the menu).
    h.get_all_by_label("New document from the clipboard")
        .last()
        .unwrap()
        .click();
    h.run();
    assert!(previewing(&h));
    // The window has the keyboard: its first field is focused, Tab goes on to the next.
    assert!(preview_field(&h, "Document title", "").is_focused());
    h.key_press(egui::Key::Tab);
    h.run();
    assert!(preview_field(&h, "Outlet", "").is_focused());
    // Nothing to add until there is text.
    assert!(
        h.get_by_label("Add to the lesson")
            .accesskit_node()
            .is_disabled()
    );

    // The clipboard's text arrives (the window asked for it).
    let copied = "Bases attacked 62 times\r\n\r\nDuring the last month, resistance forces \
        attacked American bases 62 times, the agency said.";
    h.event(egui::Event::Paste(copied.to_owned()));
    h.run();
    h.run();
    let preview = h
        .state()
        .teacher
        .as_ref()
        .unwrap()
        .import_preview
        .clone()
        .unwrap();
    assert_eq!(preview.text, copied.replace("\r\n", "\n"));
    assert_eq!(preview.document.title, "Bases attacked 62 times");

    type_into(&mut h, "Address (URL)", "", "https://example.org/62-times");
    type_into(&mut h, "Outlet", "", "Example News");
    type_into(&mut h, "Published", "", "2023-11-22");
    h.get_by_label("Add to the lesson").click();
    h.run();
    wait_for_status(&mut h, "Imported");
    let lesson = &h.state().lesson;
    let doc = &lesson.lesson.documents[0];
    assert_eq!(doc.id, "bases-attacked-62-times");
    assert_eq!(doc.url, "https://example.org/62-times");
    assert_eq!(doc.outlet, "Example News");
    assert_eq!(doc.published, "2023-11-22");
    assert_eq!(
        lesson.texts[&doc.id].as_str(),
        copied.replace("\r\n", "\n"),
        "the pasted text, line endings normalised"
    );
}
