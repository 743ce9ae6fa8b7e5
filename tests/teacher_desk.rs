//! The teacher's desk, driven through the real app (`egui_kittest`, no GPU): authoring a lesson
//! from an HTML page, the answer key in the article view, the student edition, revising a
//! document, and reviewing a class.
//!
//! File dialogs cannot run here: where the app would ask for a path, the test sends the command
//! the dialog would have sent.

#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(feature = "gui")]

use crosscheck::app::teacher::{ClassReview, REVIEW_FILE, Tab, TeacherCommand};
use crosscheck::app::{AppCommand, CrosscheckApp, Prefs};
use crosscheck::core::lesson::{LoadedLesson, PackedLesson, TaskKind};
use crosscheck::core::review::Review;
use crosscheck::core::store::{self, RecoveryStore};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::desk;
use desk::{select, wait_for_status, wait_for_worker};

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

fn teacher_harness(dir: &std::path::Path, accessibility: bool) -> Harness<'static, CrosscheckApp> {
    sized_harness(dir, accessibility, 1000.0)
}

/// A tall window shows a whole student's review without scrolling the inspector.
fn sized_harness(
    dir: &std::path::Path,
    accessibility: bool,
    height: f32,
) -> Harness<'static, CrosscheckApp> {
    let mut app =
        CrosscheckApp::on_sample(RecoveryStore::new(dir.join("recovery")), Prefs::default());
    app.reader = desk::built_reader();
    Harness::builder()
        .with_size(egui::vec2(1500.0, height))
        .with_max_steps(24)
        .with_accessibility_check(accessibility)
        .build_ui_state(|ui, app: &mut CrosscheckApp| app.frame_ui(ui), app)
}

/// The class under review.
fn class_of<'a>(h: &'a Harness<'static, CrosscheckApp>) -> &'a ClassReview {
    h.state().teacher.as_ref().unwrap().class.as_ref().unwrap()
}

/// Teacher > Edit the sample lesson, from the menu.
fn open_sample_as_teacher(h: &mut Harness<'static, CrosscheckApp>) {
    h.get_by_label("Teacher").click();
    h.run();
    h.get_by_label("Edit the sample lesson").click();
    h.run();
    // From the student's desk the app says first that the key will show.
    h.get_by_label("Open the teacher's edition").click();
    h.run();
}

fn send(h: &mut Harness<'static, CrosscheckApp>, command: TeacherCommand) {
    h.state_mut().send(AppCommand::Teacher(command));
    h.run();
}

#[test]
#[allow(clippy::too_many_lines)] // One teacher's story, step by step.
fn teacher_builds_a_lesson_from_a_web_page_with_a_key_and_exports_a_student_edition() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sized_harness(dir.path(), true, 3000.0);
    h.run();
    h.get_by_label("Teacher").click();
    h.run();
    h.get_by_label("New lesson").click();
    h.run();
    assert!(h.state().teaching());
    assert!(h.state().lesson.lesson.documents.is_empty());

    // Import a web page: the article's text and its metadata, not the menu or the footer.
    let page = dir.path().join("page.html");
    std::fs::write(&page, PAGE).unwrap();
    send(&mut h, TeacherCommand::ImportDocument(page));
    wait_for_status(&mut h, "Read ");
    // What was read is shown first; nothing is added until the teacher says so.
    assert!(h.state().lesson.lesson.documents.is_empty());
    h.get_by_label("Add to the lesson").click();
    h.run();
    wait_for_status(&mut h, "Imported");
    let doc = h.state().lesson.lesson.documents[0].clone();
    assert_eq!(doc.title, "Bases attacked 62 times, agency says");
    assert_eq!(doc.outlet, "Example News");
    assert_eq!(doc.author, "A. Writer");
    assert_eq!(doc.published, "2023-11-22");
    assert_eq!(doc.url, "https://example.org/62-times");
    let text = h.state().lesson.texts[&doc.id].as_str().to_owned();
    assert!(text.contains("attacked American bases 62 times") && !text.contains("Copyright"));

    // Write the introduction in its field.
    h.get_by_label("Introduction (students see it)").click();
    h.run();
    h.get_by_label("Introduction (students see it)")
        .type_text("Compare how the counts are sourced.");
    h.run();
    assert_eq!(
        h.state().lesson.lesson.intro,
        "Compare how the counts are sourced."
    );

    // Label sets from presets: the default (check-worthiness), then the 14 SemEval techniques.
    h.get_by_label("Label sets (0)").click();
    h.run();
    h.get_by_label("Add preset").click();
    h.run();
    // The same preset twice is refused with a message.
    h.get_by_label("Add preset").click();
    h.run();
    assert!(
        h.state()
            .status
            .as_ref()
            .unwrap()
            .text
            .contains("already has")
    );
    let semeval = crosscheck::core::presets::all()
        .iter()
        .position(|s| s.labels.len() == 14)
        .unwrap();
    h.state_mut().teacher.as_mut().unwrap().preset = semeval;
    h.run();
    h.get_by_label("Add preset").click();
    h.run();
    let sets = &h.state().lesson.lesson.label_sets;
    assert_eq!(sets.len(), 2);
    assert_eq!(sets[1].labels.len(), 14);
    // The same preset twice is refused with a message.
    h.get_by_label("Add preset").click();
    h.run();
    assert!(
        h.state()
            .status
            .as_ref()
            .unwrap()
            .text
            .contains("already has")
    );

    // Tasks: a "mark claims" task and a written one, which comes with a rubric to fill in.
    // A label of the teacher's own gets an id unique in the lesson.
    h.get_all_by_label("Add label").next().unwrap().click();
    h.run();
    let added = h.state().lesson.lesson.label_sets[0]
        .labels
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        (added.id.as_str(), added.name.as_str()),
        ("worth-label-1", "New label")
    );
    h.get_by_label("Label sets (2)").click(); // folded away, to reach the tasks
    h.run();
    h.get_by_label("Tasks (0)").click();
    h.run();
    h.get_by_label("Add task").click();
    h.run();
    h.state_mut().teacher.as_mut().unwrap().new_kind = 5;
    h.run();
    h.get_by_label("Add task").click();
    h.run();
    let tasks = h.state().lesson.lesson.tasks.clone();
    assert_eq!(tasks.len(), 2);
    assert!(matches!(tasks[0].kind, TaskKind::MarkClaims { .. }));
    assert_eq!(tasks[1].kind, TaskKind::Written);
    assert_eq!(tasks[1].rubric.len(), 3);
    h.get_all_by_label("Add rubric level")
        .last()
        .unwrap()
        .click();
    h.run();
    assert_eq!(h.state().lesson.lesson.tasks[1].rubric.len(), 4);

    // The key, in the article view: select, make a key item, accept a label, make it a bonus,
    // explain it.
    h.state_mut().teacher.as_mut().unwrap().tab = Tab::Key;
    h.run();
    select(&mut h, "attacked American bases 62 times");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    let id = h.state().selected_claim.clone().unwrap();
    assert!(id.starts_with('k'), "{id}");
    h.get_by_label("Check-worthy factual claim [Alt+1]").click();
    h.run();
    h.get_by_label("Must find (unticked: a bonus)").click();
    h.run();
    h.get_by_label("Claim note").click();
    h.run();
    h.get_by_label("Claim note")
        .type_text("A count with no source named.");
    h.run();

    // A near-miss pair: "unimportant" for "checkworthy" earns half the label credit.
    h.get_by_label("Near misses (0)").click();
    h.run();
    h.get_by_label("Add near-miss pair").click();
    h.run();

    // What extra claims cost: the teacher turns the weight of precision down from its default.
    h.get_by_label("Extra claims").click();
    h.run();
    h.get_by_role_and_label(
        egui::accesskit::Role::Slider,
        "Free extra claims per key item",
    );
    let weight = h.get_by_role_and_label(
        egui::accesskit::Role::Slider,
        "Weight of precision (0: extra claims cost nothing)",
    );
    weight.focus();
    h.run();
    for _ in 0..10 {
        h.key_press(egui::Key::ArrowLeft);
        h.run();
    }

    // Save the lesson in a folder and read it back as any lesson is read.
    let folder = dir.path().join("my-lesson");
    assert!(h.state().unsaved());
    send(&mut h, TeacherCommand::SaveLesson(Some(folder.clone())));
    wait_for_status(&mut h, "Saved the lesson");
    assert!(!h.state().unsaved());
    let saved = LoadedLesson::load(&folder).unwrap();
    assert!(saved.problems.is_empty(), "{:?}", saved.problems);
    assert_eq!(saved.lesson.intro, "Compare how the counts are sourced.");
    assert_eq!(saved.lesson.label_sets.len(), 2);
    assert_eq!(saved.lesson.tasks.len(), 2);
    let key = saved.lesson.answer_key.clone().unwrap();
    assert_eq!(key.items.len(), 1);
    let item = &key.items[0];
    assert_eq!(
        item.selector.quote.exact,
        "attacked American bases 62 times"
    );
    assert!(item.accepted_labels.contains("checkworthy"));
    assert!(!item.required);
    assert_eq!(item.explanation, "A count with no source named.");
    assert_eq!(item.task, tasks[0].id);
    assert_eq!(key.near_misses.len(), 1);
    assert_eq!(
        (key.near_misses[0].a.as_str(), key.near_misses[0].b.as_str()),
        ("checkworthy", "unimportant")
    );
    assert!(
        key.extra_claims.weight < 1.0,
        "the weight set with the keyboard was saved: {:?}",
        key.extra_claims
    );

    // The student edition, as one file: the documents and tasks, no key material at all.
    let out = dir.path().join("student-edition.ron");
    send(&mut h, TeacherCommand::ExportStudentEdition(out.clone()));
    wait_for_status(&mut h, "Student edition");
    let packed: PackedLesson =
        store::load_ron(&out, crosscheck::core::lesson::LESSON_FORMAT).unwrap();
    assert!(packed.lesson.answer_key.is_none());
    assert_eq!(packed.lesson.tasks.len(), 2);
    let raw = std::fs::read_to_string(&out).unwrap();
    assert!(!raw.contains("A count with no source named."));
    assert!(!raw.contains("accepted_labels") && !raw.contains("answer_key: Some"));
}

fn class_folder(dir: &std::path::Path) -> std::path::PathBuf {
    let class = desk::sample_class(dir);
    std::fs::write(class.join("broken.session.ron"), "(format: 1, lesson_id: ").unwrap();
    class
}

#[test]
#[allow(clippy::too_many_lines)] // One teacher's story, step by step.
fn teacher_reviews_a_class_and_the_review_is_saved_beside_the_untouched_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let class = class_folder(dir.path());
    let sam_before = std::fs::read(class.join("sam.session.ron")).unwrap();
    let mut h = sized_harness(dir.path(), true, 3000.0);
    h.run();
    open_sample_as_teacher(&mut h);
    assert!(h.state().teaching());
    send(&mut h, TeacherCommand::OpenClass(class.clone()));
    wait_for_status(
        &mut h,
        "Opened a class of 2 sessions; 1 file could not be read",
    );

    // The class list: both students with their totals; the broken file named.
    let kim = class_of(&h)
        .students
        .iter()
        .position(|s| s.session.student == "Kim")
        .unwrap();
    let grade = class_of(&h).students[kim].grade.clone();
    assert!(
        (grade.points - grade.max).abs() < 1e-3,
        "the key itself scores full marks"
    );
    h.get_by_label_contains("Kim: ");
    assert!((grade.precision - 1.0).abs() < 1e-6);
    // The shown student's precision, overall and per task.
    h.get_by_label_contains(" points · precision ");
    assert!(
        h.get_all_by_label_contains("extra 0 · precision 100%")
            .count()
            >= 1
    );
    h.get_by_label_contains("Sample Student (example work): ");
    h.get_by_label_contains("broken.session.ron");
    assert!(h.get_all_by_label_contains("missed by 1 of 2").count() >= 1);
    // The heat strip beside the key: how many students flagged each visible paragraph.
    assert!(
        h.get_all_by_label_contains("of 2 students flagged it")
            .count()
            >= 1
    );

    // Sam's review: a comment on a claim, a rubric level for the written task, an override.
    let sam = 1 - kim;
    send(&mut h, TeacherCommand::SelectStudent(sam));
    h.run();
    h.get_by_label("Sample Student (example work)"); // the inspector's heading
    let comment_fields = h.get_all_by_label("Teacher's comment").count();
    assert_eq!(comment_fields, 8, "one comment field per claim");
    h.get_all_by_label("Teacher's comment")
        .next()
        .unwrap()
        .click();
    h.run();
    h.get_all_by_label("Teacher's comment")
        .next()
        .unwrap()
        .type_text("Good catch; now find who says it.");
    h.run();
    let before = class_of(&h).students[sam].grade.points;
    // The written task (the lesson's last) waits for its rubric level.
    h.get_all_by_label("Rubric level").last().unwrap().click();
    h.run();
    h.get_by_label_contains("Partial (").click();
    h.run();
    h.get_all_by_label("Override points")
        .next()
        .unwrap()
        .click();
    h.run();
    // Grading runs on the worker; the new points arrive a few frames later.
    wait_for_worker(&mut h);
    let review = class_of(&h).review.clone();
    let mine = &review.students["sam.session.ron"];
    assert_eq!(mine.comments["c1"], "Good catch; now find who says it.");
    assert_eq!(mine.rubric_levels["t7-why-counts-differ"], "Partial");
    assert_eq!(mine.overrides.len(), 1);
    let after = class_of(&h).students[sam].grade.points;
    assert!(
        after > before,
        "the rubric level adds the written task's points: {before} -> {after}"
    );

    // Clicking one of Sam's highlights in the student's column brings that claim (and its
    // comment field) to the top of the inspector.
    let pos = {
        let open = class_of(&h);
        let c4 = open.students[sam].session.annotation("c4").unwrap();
        open.views[&c4.document]
            .screen_pos_of_char(c4.selector.position.start + 3)
            .expect("c4 on screen")
    };
    h.hover_at(pos);
    h.drag_at(pos);
    h.drop_at(pos);
    h.run();
    let shown = class_of(&h);
    assert_eq!(shown.selected_claim.as_deref(), Some("c4"));
    h.get_by_label("Selected claim");

    // An unsaved review counts as unsaved work (closing asks first); Ctrl+S saves it.
    assert!(h.state().unsaved());
    h.get_by_label("Save review (unsaved changes)");
    // Beside it, the truth: not saved yet (it said "Saved to …" while unsaved).
    assert!(
        h.query_by_label_contains("Not saved yet: saving writes class.review.ron")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Saved to class.review.ron")
            .is_none()
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    wait_for_status(&mut h, "Review saved");
    assert!(!h.state().unsaved());
    h.run();
    assert!(
        h.query_by_label_contains("Saved to class.review.ron")
            .is_some()
    );
    let saved: Review = store::load_ron(&class.join(REVIEW_FILE), 1).unwrap();
    assert_eq!(saved.students["sam.session.ron"], *mine);
    assert_eq!(
        std::fs::read(class.join("sam.session.ron")).unwrap(),
        sam_before,
        "the session is never changed"
    );

    // Grades out: the gradebook and a report per student, with the review applied.
    h.get_by_label("Write gradebook (CSV) and reports").click();
    wait_for_status(&mut h, "Gradebook and reports written");
    let csv = std::fs::read_to_string(class.join("gradebook.csv")).unwrap();
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(
        csv.lines().any(|l| l.starts_with("Kim,kim.session.ron,")),
        "{csv}"
    );
    let report = std::fs::read_to_string(class.join("reports/sam.html")).unwrap();
    assert!(report.contains("Good catch; now find who says it."));
    assert!(class.join("reports/kim.md").exists());

    // Reopening the class picks the review up again.
    send(&mut h, TeacherCommand::OpenClass(class.clone()));
    wait_for_status(&mut h, "Opened a class");
    let reopened = class_of(&h).review.clone();
    assert_eq!(reopened, saved);
}

#[test]
fn revising_a_document_reanchors_the_key_and_the_class_and_shows_what_moved() {
    let dir = tempfile::tempdir().unwrap();
    let class = class_folder(dir.path());
    let mut h = teacher_harness(dir.path(), false);
    h.run();
    open_sample_as_teacher(&mut h);
    send(&mut h, TeacherCommand::OpenClass(class));
    wait_for_status(&mut h, "Opened a class");

    // The revised article: a new opening sentence, and one sentence the key and Sam marked cut.
    let doc = "rahnam-2023-11-22";
    let old = h.state().lesson.texts[doc].as_str().to_owned();
    let cut = "This temporal symmetry and the intensification of ISIS operations show its clear alignment with American interests.";
    assert!(old.contains(cut));
    let revised = format!(
        "Editor's note: this article was updated.\n\n{}",
        old.replace(cut, "")
    );
    let path = dir.path().join("revised.txt");
    std::fs::write(&path, &revised).unwrap();
    send(&mut h, TeacherCommand::ReviseDocument(doc.into(), path));
    wait_for_status(&mut h, "Revised");

    let report = h
        .state()
        .teacher
        .as_ref()
        .unwrap()
        .revision
        .as_ref()
        .unwrap();
    let orphaned: Vec<_> = report.rows.iter().filter(|(_, r)| r.to.is_none()).collect();
    let moved = report
        .rows
        .iter()
        .filter(|(_, r)| {
            r.to.is_some() && r.method == crosscheck::core::anchor::AnchorMethod::Moved
        })
        .count();
    assert!(moved > 0, "highlights after the new sentence moved");
    assert!(
        orphaned.iter().any(|(who, _)| who == "Answer key"),
        "the key item on the cut sentence is orphaned"
    );
    assert!(
        orphaned
            .iter()
            .any(|(who, r)| who.starts_with("Sample Student") && r.what == "c3"),
        "Sam's c3 was on the cut sentence"
    );
    // The window says it in words, with counts.
    h.get_by_label_contains("Revised: Commentary");
    h.get_by_label_contains("· orphaned ");
    assert!(h.get_all_by_label_contains("ORPHANED (was").count() >= 2);

    // The new text is in place, the key's moved items point at the same words, and nothing was
    // dropped.
    assert_eq!(h.state().lesson.texts[doc].as_str(), revised.as_str());
    let key_count = h
        .state()
        .lesson
        .lesson
        .answer_key
        .as_ref()
        .unwrap()
        .items
        .len();
    assert_eq!(h.state().session.annotations.len(), key_count);
    let text = h.state().lesson.texts[doc].clone();
    for a in h
        .state()
        .session
        .annotations
        .iter()
        .filter(|a| a.document == doc && a.selector.quote.exact != cut)
    {
        assert_eq!(
            text.slice_chars(a.selector.range()),
            a.selector.quote.exact,
            "{}",
            a.id
        );
    }
    assert!(h.state().unsaved());

    // The revision is one step of the lesson's history: Ctrl+Z on the Lesson tab brings the old
    // text and key back, and the class's highlights follow the text back.
    h.state_mut().teacher.as_mut().unwrap().tab = Tab::Lesson;
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    wait_for_worker(&mut h);
    assert_eq!(h.state().lesson.texts[doc].as_str(), old.as_str());
    let sam = class_of(&h)
        .students
        .iter()
        .find(|s| s.file == "sam.session.ron")
        .unwrap();
    let c3 = sam.session.annotation("c3").unwrap();
    assert_eq!(
        h.state().lesson.texts[doc].slice_chars(c3.selector.range()),
        c3.selector.quote.exact,
        "Sam's claim on the cut sentence is back on its words"
    );
    assert!(!h.state().teacher_dirty(), "the lesson is as it was read");
}

#[test]
fn a_bad_import_says_why_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = teacher_harness(dir.path(), false);
    h.run();
    send(&mut h, TeacherCommand::NewLesson);
    let pdf = dir.path().join("paper.pdf");
    std::fs::write(&pdf, "%PDF-1.4").unwrap();
    send(&mut h, TeacherCommand::ImportDocument(pdf));
    wait_for_status(&mut h, "Not imported");
    assert!(
        h.state()
            .status
            .as_ref()
            .unwrap()
            .text
            .contains("paper.pdf: this PDF could not be read")
    );
    let odt = dir.path().join("paper.odt");
    std::fs::write(&odt, "PK").unwrap();
    send(&mut h, TeacherCommand::ImportDocument(odt));
    wait_for_status(
        &mut h,
        "expected a .txt, .md, .html, .mhtml, .pdf or .docx file",
    );
    assert!(h.state().lesson.lesson.documents.is_empty());
    send(
        &mut h,
        TeacherCommand::OpenClass(dir.path().join("missing")),
    );
    wait_for_status(&mut h, "Class not opened");
}

#[test]
fn unsaved_lesson_edits_are_autosaved_and_offered_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = teacher_harness(dir.path(), false);
    h.run();
    open_sample_as_teacher(&mut h);
    h.get_by_label("Title").click();
    h.run();
    h.key_press(egui::Key::End);
    h.run();
    h.get_by_label("Title").type_text(" (draft)");
    h.run();
    let title = h.state().lesson.lesson.title.clone();
    assert!(title.ends_with(" (draft)"), "{title}");
    // The autosave runs 1.5 s after the last edit, on a background thread.
    let recovery = RecoveryStore::new(dir.path().join("recovery"));
    let key = format!("teacher-{}", h.state().lesson.lesson.id);
    let mut saved = false;
    for _ in 0..300 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
        if recovery
            .load::<PackedLesson>(&key, crosscheck::core::lesson::LESSON_FORMAT)
            .is_ok()
        {
            saved = true;
            break;
        }
    }
    assert!(saved, "no autosave of the lesson");
    drop(h); // a "crash": nothing saved

    let mut h = teacher_harness(dir.path(), false);
    h.run();
    open_sample_as_teacher(&mut h);
    // The recovery store is read on the worker; the status bar says what it found.
    wait_for_status(&mut h, "Restore autosaved edits");
    assert!(
        h.state()
            .status
            .as_ref()
            .unwrap()
            .text
            .contains("Restore autosaved edits")
    );
    assert!(!h.state().lesson.lesson.title.ends_with("(draft)"));
    h.get_by_label("Teacher").click();
    h.run();
    h.get_by_label("Restore autosaved edits").click();
    h.run();
    wait_for_status(&mut h, "Restored the autosaved edits");
    assert_eq!(h.state().lesson.lesson.title, title);
    assert!(h.state().unsaved(), "restored edits are not saved yet");
}

#[test]
fn removing_a_document_takes_its_key_items_with_it_and_undo_brings_them_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sized_harness(dir.path(), true, 3000.0);
    h.run();
    open_sample_as_teacher(&mut h);
    let on_first = |app: &CrosscheckApp| {
        app.session
            .annotations
            .iter()
            .filter(|a| a.document == "rahnam-2023-11-22")
            .count()
    };
    let items = on_first(h.state());
    assert!(items > 0);
    let text = h.state().lesson.texts["rahnam-2023-11-22"].clone();

    // Removing is one click, and undoable: no question first.
    h.get_all_by_label("Remove document")
        .next()
        .unwrap()
        .click();
    h.run();
    assert_eq!(h.state().lesson.lesson.documents.len(), 4);
    assert!(!h.state().lesson.texts.contains_key("rahnam-2023-11-22"));
    assert_eq!(on_first(h.state()), 0);
    assert_ne!(h.state().current_document, "rahnam-2023-11-22");
    assert!(h.state().unsaved());

    // Ctrl+Z brings the document, its text and its key items back, and the lesson is as saved.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().lesson.lesson.documents.len(), 5);
    assert_eq!(h.state().lesson.lesson.documents[0].id, "rahnam-2023-11-22");
    assert_eq!(h.state().lesson.texts["rahnam-2023-11-22"], text);
    assert_eq!(on_first(h.state()), items);
    assert!(!h.state().unsaved());
    assert!(h.state().views.contains_key("rahnam-2023-11-22"));

    // And Ctrl+Shift+Z removes it again.
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    h.run();
    assert_eq!(h.state().lesson.lesson.documents.len(), 4);
    assert_eq!(on_first(h.state()), 0);
}

#[test]
fn switching_desks_with_unsaved_work_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = teacher_harness(dir.path(), true);
    h.run();
    select(&mut h, "62 times");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    assert!(h.state().unsaved());

    h.get_by_label("Teacher").click();
    h.run();
    h.get_by_label("Edit the sample lesson").click();
    h.run();
    h.get_by_label_contains("You have unsaved changes to your session");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(!h.state().teaching(), "cancel keeps the student's work");
    assert_eq!(h.state().session.annotations.len(), 1);

    h.get_by_label("Teacher").click();
    h.run();
    h.get_by_label("Edit the sample lesson").click();
    h.run();
    h.get_by_label("Discard and go on").click();
    h.run();
    assert!(!h.state().teaching(), "not before saying the key will show");
    h.get_by_label_contains("shows the lesson's answer key");
    h.get_by_label("Open the teacher's edition").click();
    h.run();
    assert!(h.state().teaching());
    assert_eq!(h.state().session.student, "Answer key");
    // And back: Teacher ▸ Back to the student's desk.
    h.get_by_label("Teacher").click();
    h.run();
    h.get_by_label("Back to the student's desk").click();
    h.run();
    assert!(!h.state().teaching(), "back on the student's desk");
    assert!(
        h.state().session.annotations.is_empty(),
        "with no key in sight"
    );
}

#[test]
#[allow(clippy::too_many_lines)] // One teacher's story, step by step.
fn teacher_edits_title_label_rubric_level_and_override_then_undoes_each() {
    let dir = tempfile::tempdir().unwrap();
    let class = class_folder(dir.path());
    let mut h = sized_harness(dir.path(), false, 3000.0);
    h.run();
    open_sample_as_teacher(&mut h);
    let title = h.state().lesson.lesson.title.clone();

    // The title, typed into its field: one undo step for the whole word.
    h.get_by_label("Title").click();
    h.run();
    h.key_press(egui::Key::End);
    h.run();
    h.get_by_label("Title").type_text(" (draft)");
    h.run();
    assert_eq!(h.state().lesson.lesson.title, format!("{title} (draft)"));

    // A label removed from its set.
    h.get_by_label("Label sets (6)").click();
    h.run();
    let labels_before = h.state().lesson.lesson.label_sets[0].labels.clone();
    let first = labels_before[0].name.clone();
    h.get_by_label(&format!("Remove label \"{first}\"")).click();
    h.run();
    assert_eq!(
        h.state().lesson.lesson.label_sets[0].labels.len(),
        labels_before.len() - 1
    );

    // The class: a rubric level and an override for Sam.
    send(&mut h, TeacherCommand::OpenClass(class));
    wait_for_status(&mut h, "Opened a class");
    let sam = class_of(&h)
        .students
        .iter()
        .position(|s| s.file == "sam.session.ron")
        .unwrap();
    send(&mut h, TeacherCommand::SelectStudent(sam));
    wait_for_worker(&mut h);
    let points_before = class_of(&h).students[sam].grade.points;
    h.get_all_by_label("Rubric level").last().unwrap().click();
    h.run();
    h.get_by_label_contains("Partial (").click();
    h.run();
    h.get_all_by_label("Override points")
        .next()
        .unwrap()
        .click();
    h.run();
    wait_for_worker(&mut h);
    let mine = class_of(&h).review.students["sam.session.ron"].clone();
    assert_eq!(mine.rubric_levels["t7-why-counts-differ"], "Partial");
    assert_eq!(mine.overrides.len(), 1);
    assert!(h.state().unsaved());

    // On the Review tab, Ctrl+Z undoes the review: the override, then the rubric level, and the
    // points come back with them.
    let undo = |h: &mut Harness<'static, CrosscheckApp>| {
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        h.run();
        wait_for_worker(h);
    };
    undo(&mut h);
    let review = &class_of(&h).review.students["sam.session.ron"];
    assert!(review.overrides.is_empty(), "{review:?}");
    assert_eq!(review.rubric_levels["t7-why-counts-differ"], "Partial");
    undo(&mut h);
    assert!(
        !class_of(&h).review.students.contains_key("sam.session.ron"),
        "nothing reviewed is left"
    );
    assert!((class_of(&h).students[sam].grade.points - points_before).abs() < 1e-4);
    assert!(
        !h.state().review_dirty(),
        "back at the review as it was read"
    );

    // On the Lesson tab, Ctrl+Z undoes the lesson: the removed label comes back in its place,
    // then the title.
    h.state_mut().teacher.as_mut().unwrap().tab = Tab::Lesson;
    h.run();
    undo(&mut h);
    assert_eq!(h.state().lesson.lesson.label_sets[0].labels, labels_before);
    undo(&mut h);
    assert_eq!(h.state().lesson.lesson.title, title);
    assert!(!h.state().unsaved(), "every change undone");

    // Redo brings the title back.
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    h.run();
    assert_eq!(h.state().lesson.lesson.title, format!("{title} (draft)"));
}

#[test]
fn a_class_of_200_opens_while_the_window_keeps_drawing() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("class-200");
    std::fs::create_dir_all(&class).unwrap();
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");
    let lesson = LoadedLesson::load(std::path::Path::new(sample)).unwrap();
    let perfect =
        crosscheck::core::grade::session_from_key(&lesson.lesson, jiff::Timestamp::UNIX_EPOCH);
    for i in 0..200 {
        let mut session = perfect.clone();
        session.student = format!("Student {i:03}");
        // Every other student finds only half of the key.
        if i % 2 == 1 {
            let half = session.annotations.len() / 2;
            session.annotations.truncate(half);
        }
        store::save_ron(&class.join(format!("s{i:03}.session.ron")), &session).unwrap();
    }
    let mut h = teacher_harness(dir.path(), false);
    h.run();
    open_sample_as_teacher(&mut h);
    h.state_mut()
        .send(AppCommand::Teacher(TeacherCommand::OpenClass(class)));
    // The frame that handles the command only queues the work: it returns with nothing read.
    h.step();
    assert_eq!(h.state().worker.computing, 1);
    assert!(h.state().teacher.as_ref().unwrap().class.is_none());
    // Frames go on while the worker reads and grades, and say so.
    h.step();
    if h.state().worker.computing > 0 {
        h.get_by_label("Working in the background…");
    }
    let mut frames = 0;
    while h.state().teacher.as_ref().unwrap().class.is_none() {
        h.step();
        frames += 1;
        assert!(frames < 100_000, "the class never opened");
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    wait_for_status(&mut h, "Opened a class of 200 sessions");
    let open = class_of(&h);
    assert_eq!(open.students.len(), 200);
    assert!(
        !open.overview.most_missed.is_empty(),
        "half the class missed items"
    );
    assert!(
        open.students[1].grade.points < open.students[0].grade.points,
        "graded: half the key scores less than all of it"
    );
}

/// The teacher weighs a task's parts: the Lesson tab shows the weights each task's kind gives,
/// changing them is a lesson edit that Undo takes back.
#[test]
fn a_tasks_weights_are_shown_and_changed_as_an_undoable_lesson_edit() {
    use crosscheck::core::edit::LessonEdit;
    use crosscheck::core::lesson::Weights;
    let dir = tempfile::tempdir().unwrap();
    let mut h = sized_harness(dir.path(), false, 3000.0);
    h.run();
    open_sample_as_teacher(&mut h);
    let verdict = h
        .state()
        .lesson
        .lesson
        .tasks
        .iter()
        .find(|t| t.kind == TaskKind::Verdict)
        .unwrap()
        .clone();
    assert_eq!(verdict.weights(), Weights::for_kind(&TaskKind::Verdict));
    let mut changed = verdict.clone();
    changed.weights = Some(Weights {
        span: 2,
        labels: 0,
        evidence: 1,
        verdict: 1,
    });
    h.state_mut()
        .send(AppCommand::EditLesson(LessonEdit::SetTask(changed)));
    h.run();
    let task = |h: &Harness<'static, CrosscheckApp>| {
        h.state().lesson.lesson.task(&verdict.id).unwrap().weights()
    };
    assert_eq!(task(&h).span, 2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(task(&h), Weights::for_kind(&TaskKind::Verdict), "undone");
    // The editor offers them, each field named.
    let tasks = h.state().lesson.lesson.tasks.len();
    h.get_by_label(&format!("Tasks ({tasks})")).click();
    h.run();
    assert!(
        h.query_all_by_label("Each key item's points go to:")
            .count()
            >= 1,
        "the Lesson tab shows the weights"
    );
}

/// A teacher working in Spanish gets the gradebook and the reports in Spanish (the lesson's own
/// words, its titles and passages, stay as the teacher wrote them).
#[test]
fn grades_and_reports_are_written_in_the_interface_language() {
    let dir = tempfile::tempdir().unwrap();
    let class = desk::sample_class(dir.path());
    let mut h = sized_harness(dir.path(), false, 1000.0);
    h.run();
    open_sample_as_teacher(&mut h);
    h.state_mut().prefs.language = Some(crosscheck::app::i18n::Language::Spanish);
    h.run();
    send(&mut h, TeacherCommand::OpenClass(class.clone()));
    wait_for_worker(&mut h);
    send(&mut h, TeacherCommand::WriteGrades);
    wait_for_worker(&mut h);
    let csv = std::fs::read_to_string(class.join("gradebook.csv")).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.starts_with("alumno,archivo,"), "{header}");
    assert!(
        header.ends_with(
            ",total,máximo,precisión,avisos,minutos_activos,pegados_de_fuera,rastro,entregado"
        ),
        "{header}"
    );
    let report = std::fs::read_to_string(class.join("reports/sam.md")).unwrap();
    for spanish in [
        "## Tareas",
        "## Tus afirmaciones",
        "### Afirmación 1",
        "Alumno: **",
    ] {
        assert!(report.contains(spanish), "{spanish:?} missing:\n{report}");
    }
    for english in [
        "## Tasks",
        "Your claims",
        "Student:",
        "What the key expected",
    ] {
        assert!(!report.contains(english), "{english:?} left in English");
    }
    let page = std::fs::read_to_string(class.join("reports/sam.html")).unwrap();
    assert!(
        page.contains("<html lang=\"es\">"),
        "the page says its language"
    );
    assert!(page.contains("<h2>Tareas</h2>"));
}
