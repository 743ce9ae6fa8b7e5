//! Driving the real app in tests: a harness, selecting text with the mouse, waiting for jobs.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use crosscheck::app::CrosscheckApp;
use egui_kittest::Harness;

/// The built `crosscheck`, which reads imported files in a child process (this test binary is
/// no reader), or the build `CROSSCHECK_READER` names.
pub fn built_reader() -> crosscheck::core::import::isolated::Reader {
    let program = std::env::var_os(crosscheck::core::import::isolated::READER_VARIABLE)
        .map_or_else(|| env!("CARGO_BIN_EXE_crosscheck").into(), Into::into);
    crosscheck::core::import::isolated::Reader::Child(program)
}

/// The app in a 1400×900 window, reading imported files with the built `crosscheck`.
pub fn harness(mut app: CrosscheckApp) -> Harness<'static, CrosscheckApp> {
    app.reader = built_reader();
    Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(24)
        .build_ui_state(|ui, app: &mut CrosscheckApp| app.frame_ui(ui), app)
}

/// Drags the mouse over `quote` in the current document, as a student selecting it.
pub fn select(h: &mut Harness<'static, CrosscheckApp>, quote: &str) {
    let app = h.state_mut();
    let doc = app.current_document.clone();
    let view = app.views.get_mut(&doc).unwrap();
    let text = view.text().as_str().to_owned();
    let start = view.text().byte_to_char(text.find(quote).unwrap());
    let end = start + quote.chars().count();
    view.scroll_to_char(start);
    h.run();
    let view = &h.state().views[&doc];
    let from = view.screen_pos_of_char(start).expect("start on screen");
    let to = view.screen_pos_of_char(end).expect("end on screen");
    // Drag from the end back to the start (a start at the very end of a row can sit on the
    // inspector panel's resize handle).
    h.hover_at(to);
    h.drag_at(to);
    h.run();
    h.hover_at(from);
    h.run();
    h.drop_at(from);
    h.run();
    let selected = h
        .state_mut()
        .current_view()
        .unwrap()
        .selection()
        .unwrap_or_else(|| panic!("nothing selected dragging {from:?} -> {to:?}"));
    assert_eq!(h.state().views[&doc].text().slice_chars(selected), quote);
}

/// Runs frames until the status bar says `needle` (background jobs report there).
pub fn wait_for_status(h: &mut Harness<'static, CrosscheckApp>, needle: &str) {
    for _ in 0..200 {
        h.run();
        if h.state()
            .status
            .as_ref()
            .is_some_and(|s| s.text.contains(needle))
        {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("status never said {needle:?}: {:?}", h.state().status);
}

/// Runs frames until the background worker has nothing under way (grading, saving, writing or
/// removing files) and every result is handled.
pub fn wait_for_worker(h: &mut Harness<'static, CrosscheckApp>) {
    for _ in 0..500 {
        // One frame at a time: while a job runs, a spinner repaints (a `run` would never settle).
        h.step();
        // Settled and idle: a frame that handles a result may ask for more work (which keeps
        // a spinner turning until it is done), so both must hold at the end.
        if h.state().worker.idle() && h.try_run().is_ok() && h.state().worker.idle() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the worker never finished");
}

/// A class folder in `dir`: the sample's example session (Sam) and one that found exactly what
/// the key has (Kim).
pub fn sample_class(dir: &std::path::Path) -> std::path::PathBuf {
    let class = dir.join("class");
    std::fs::create_dir_all(&class).unwrap();
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");
    std::fs::copy(
        format!("{sample}/example.session.ron"),
        class.join("sam.session.ron"),
    )
    .unwrap();
    let lesson = crosscheck::app::files::bundled_lesson();
    let mut kim =
        crosscheck::core::grade::session_from_key(&lesson.lesson, jiff::Timestamp::UNIX_EPOCH);
    kim.student = "Kim".into();
    crosscheck::core::store::save_ron(&class.join("kim.session.ron"), &kim).unwrap();
    class
}

/// Waits for the document being imported to be read and shown, then adds it as it was read
/// (the teacher's "Add to the lesson").
pub fn add_previewed(h: &mut Harness<'static, CrosscheckApp>) {
    use egui_kittest::kittest::Queryable as _;
    wait_for_status(h, "Read ");
    h.get_by_label("Add to the lesson").click();
    h.run();
    h.run();
}
