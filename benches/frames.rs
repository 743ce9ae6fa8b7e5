//! Whole-app frames, headless (`egui::Context::run_ui` over `CrosscheckApp::frame_ui`, then
//! tessellate): the teacher's review with a class of 200 sessions × 100 claims against a class of
//! 3; the student's desk with 2,000 claims in a 1 MB document; frames while the class of 200
//! regrades on the worker; a document-long highlight beside 10,000 others; and frames that bring
//! new text on screen in a 2 MB single-line document and a 200,000-line one; the Numbers panel
//! over 1 MB of numbers against 10 KB; a Review-tab frame while typing a comment (a class of
//! 200 × 1,000 claims against 3 × 10) and a search keystroke over 10 MB of documents (issue 25).
//! Run: `cargo bench --bench frames` (one group: `cargo bench --bench frames -- "<name>"`).

// A benchmark is a test: failing loudly on broken set-up is what we want.
#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "../tests/support/revise.rs"]
mod revise;

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use crosscheck::app::article_view::{ArticleView, Highlight, HighlightIndex, HighlightKey};
use crosscheck::app::files::{Opened, bundled_lesson};
use crosscheck::app::teacher::review_inspector::comment_field_id;
use crosscheck::app::teacher::{Tab, TeacherCommand};
use crosscheck::app::{AppCommand, CrosscheckApp, Prefs};
use crosscheck::core::anchor::Selector;
use crosscheck::core::edit::LessonEdit;
use crosscheck::core::import::{self, Imported};
use crosscheck::core::lesson::LoadedLesson;
use crosscheck::core::session::{Annotation, Session};
use crosscheck::core::store::{self, RecoveryStore};
use crosscheck::core::text::DocumentText;
use revise::{Rng, generated_text};

const SIZE: egui::Vec2 = egui::vec2(1400.0, 900.0);

thread_local! {
    /// The simulated clock: each frame is 1/60 s after the last, so egui's scroll smoothing and
    /// animations run as in a window.
    static CLOCK: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

fn input(events: Vec<egui::Event>) -> egui::RawInput {
    let time = CLOCK.with(|c| {
        c.set(c.get() + 1.0 / 60.0);
        c.get()
    });
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE)),
        time: Some(time),
        predicted_dt: 1.0 / 60.0,
        events,
        ..Default::default()
    }
}

/// One whole frame of the app, with the given input events; returns the number of meshes.
fn frame_with(ctx: &egui::Context, app: &mut CrosscheckApp, events: Vec<egui::Event>) -> usize {
    let output = ctx.run_ui(input(events), |ui| app.frame_ui(ui));
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

fn frame(ctx: &egui::Context, app: &mut CrosscheckApp) -> usize {
    frame_with(ctx, app, Vec::new())
}

/// Runs frames until the worker has nothing under way.
fn settle(ctx: &egui::Context, app: &mut CrosscheckApp) {
    let deadline = Instant::now() + Duration::from_mins(5);
    loop {
        frame(ctx, app);
        if app.worker.idle() {
            break;
        }
        assert!(Instant::now() < deadline, "the worker never finished");
        std::thread::sleep(Duration::from_millis(5));
    }
    for _ in 0..3 {
        frame(ctx, app);
    }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// A session with `claims` random claims on the lesson's documents.
fn random_session(lesson: &LoadedLesson, student: usize, claims: usize, rng: &mut Rng) -> Session {
    let mut session = Session::new(&lesson.lesson, jiff::Timestamp::UNIX_EPOCH);
    session.student = format!("Student {student:03}");
    let labels: Vec<String> = lesson
        .lesson
        .label_sets
        .iter()
        .flat_map(|s| s.labels.iter().map(|l| l.id.clone()))
        .collect();
    let docs: Vec<&String> = lesson.texts.keys().collect();
    for i in 0..claims {
        let doc_id = docs[rng.below(docs.len())];
        let text = &lesson.texts[doc_id];
        let start = rng.below(text.char_count().saturating_sub(120).max(1));
        let selector = Selector::from_range(text, start..start + 20 + rng.below(100));
        let mut claim = Annotation::new(format!("c{}", i + 1), doc_id.clone(), selector);
        claim.labels.insert(labels[rng.below(labels.len())].clone());
        claim.note = "a note".into();
        session.annotations.push(claim);
    }
    session
}

/// The teacher's desk on the sample lesson with a class of `students` open on the Review tab.
fn teacher_with_class(folder: &Path, students: usize) -> (egui::Context, CrosscheckApp) {
    teacher_with_class_of(folder, students, 100)
}

/// The teacher's desk on the sample lesson with a class of `students` × `claims` open on the
/// Review tab.
fn teacher_with_class_of(
    folder: &Path,
    students: usize,
    claims: usize,
) -> (egui::Context, CrosscheckApp) {
    let lesson = bundled_lesson();
    let class = folder.join(format!("class-{students}-{claims}"));
    std::fs::create_dir_all(&class).unwrap();
    let mut rng = Rng(17);
    for s in 0..students {
        let session = random_session(&lesson, s, claims, &mut rng);
        store::save_ron(&class.join(format!("s{s:03}.session.ron")), &session).unwrap();
    }
    let mut app = CrosscheckApp::on_sample(
        RecoveryStore::new(folder.join(format!("recovery-{students}-{claims}"))),
        Prefs::default(),
    );
    let ctx = egui::Context::default();
    app.enter_teacher(lesson, None);
    // The teacher's desk settles (its autosave check) before the class is opened.
    settle(&ctx, &mut app);
    app.send(AppCommand::Teacher(TeacherCommand::OpenClass(class)));
    settle(&ctx, &mut app);
    assert_eq!(
        app.teacher.as_ref().unwrap().tab,
        Tab::Review,
        "the class opened: {:?}, problems: {:?}",
        app.status.as_ref().map(|s| s.text.clone()),
        app.problems.as_ref().map(|p| p.heading.clone())
    );
    assert_eq!(
        app.teacher
            .as_ref()
            .unwrap()
            .class
            .as_ref()
            .unwrap()
            .students
            .len(),
        students
    );
    (ctx, app)
}

/// The student's desk on a lesson of one 1 MB document with `claims` claims, scrolled to the
/// middle with a claim selected.
fn student_with_claims(folder: &Path, claims: usize) -> (egui::Context, CrosscheckApp) {
    let mut rng = Rng(23);
    let mut lesson = LoadedLesson::new_empty("big", "A big document");
    import::add_document(
        &mut lesson,
        Imported {
            text: generated_text(1_000_000, &mut rng),
            title: "One megabyte".into(),
            outlet: String::new(),
            author: String::new(),
            published: String::new(),
            url: String::new(),
            language: String::new(),
        },
    );
    lesson
        .lesson
        .label_sets
        .push(crosscheck::core::presets::all()[0].clone());
    let session = random_session(&lesson, 0, claims, &mut rng);
    let middle = session.annotations[claims / 2].clone();
    let mut app = CrosscheckApp::new(
        Opened {
            lesson,
            session,
            session_path: None,
            recovery: None,
            format: crosscheck::core::session::SESSION_FORMAT,
        },
        None,
        RecoveryStore::new(folder.join("recovery-student")),
        Prefs::default(),
    );
    app.problems = None;
    let ctx = egui::Context::default();
    app.send(AppCommand::SelectClaim(Some(middle.id.clone())));
    app.send(AppCommand::ShowDocument(
        middle.document,
        Some(middle.selector.range()),
    ));
    for _ in 0..5 {
        frame(&ctx, &mut app);
    }
    (ctx, app)
}

/// A document of about `chars` chars whose every sentence gives a number: the counted things and
/// the periods vary, so that the Numbers panel has many groups, some of thousands of values.
fn numbers_text(chars: usize, rng: &mut Rng) -> String {
    const THINGS: [&str; 8] = [
        "attacks on the bases",
        "soldiers wounded",
        "rockets",
        "drones",
        "villages",
        "convoys",
        "strikes",
        "civilians killed",
    ];
    const MONTHS: [&str; 4] = ["October", "November", "December", "January"];
    let mut text = String::new();
    while text.len() < chars {
        for _ in 0..5 {
            let thing = THINGS[rng.below(THINGS.len())];
            let month = MONTHS[rng.below(MONTHS.len())];
            let day = 1 + rng.below(28);
            let n = 2 + rng.below(400);
            let _ = write!(
                text,
                "Officials said there were {n} {thing} since {day} {month}, a count the agency repeated. "
            );
        }
        text.push_str("\n\n");
    }
    text
}

/// The student's desk on a lesson of one document of numbers (about `chars` chars), the Numbers
/// panel open and settled; with the number of statements it found.
fn numbers_open(folder: &Path, chars: usize) -> (egui::Context, CrosscheckApp, usize) {
    let mut rng = Rng(41);
    let mut lesson = LoadedLesson::new_empty("numbers", "Numbers");
    import::add_document(
        &mut lesson,
        Imported {
            text: numbers_text(chars, &mut rng),
            title: "Counts".into(),
            outlet: "The Agency".into(),
            author: String::new(),
            published: "2024-02-01".into(),
            url: String::new(),
            language: String::new(),
        },
    );
    let mut app = CrosscheckApp::on_lesson(
        lesson,
        RecoveryStore::new(folder.join(format!("recovery-numbers-{chars}"))),
        Prefs::default(),
    );
    app.problems = None;
    let ctx = egui::Context::default();
    settle(&ctx, &mut app);
    let started = Instant::now();
    app.send(AppCommand::ToggleNumbers);
    frame(&ctx, &mut app);
    while !app.numbers.ready() {
        std::thread::sleep(Duration::from_millis(1));
        frame(&ctx, &mut app);
    }
    frame(&ctx, &mut app);
    let opened = started.elapsed();
    assert!(app.numbers.open, "the Numbers panel is open");
    for _ in 0..5 {
        frame(&ctx, &mut app);
    }
    let statements = crosscheck::core::numbers::Board::for_lesson(&app.lesson)
        .groups
        .iter()
        .map(|g| g.statements.len())
        .sum();
    println!(
        "open the Numbers panel over {chars} chars ({statements} statements; found on the worker, the frames until they show): {:.1} ms",
        opened.as_secs_f64() * 1000.0
    );
    (ctx, app, statements)
}

fn whole_app(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();

    let started = Instant::now();
    let (ctx_200, mut app_200) = teacher_with_class(dir.path(), 200);
    println!(
        "open a class of 200 × 100 claims (write the files, read, grade on the worker): {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    let (ctx_3, mut app_3) = teacher_with_class(dir.path(), 3);
    c.bench_function("teacher review frame, class of 200 × 100 claims", |b| {
        b.iter(|| frame(&ctx_200, &mut app_200));
    });
    c.bench_function("teacher review frame, class of 3 × 100 claims", |b| {
        b.iter(|| frame(&ctx_3, &mut app_3));
    });

    // Frames while the class of 200 regrades: a must-find flag flips, the worker grades, the UI
    // keeps drawing.
    let item = app_200.session.annotations[0].id.clone();
    let mut during = Vec::new();
    for round in 0..5 {
        app_200.send(AppCommand::EditLesson(LessonEdit::SetRequired {
            item_id: item.clone(),
            required: Some(round % 2 == 0),
        }));
        frame(&ctx_200, &mut app_200); // handles the edit and queues the grading
        while app_200.worker.computing > 0 {
            let t = Instant::now();
            frame(&ctx_200, &mut app_200);
            during.push(t.elapsed());
            std::thread::sleep(Duration::from_millis(2));
        }
    }
    let worst = during.iter().max().copied().unwrap_or_default();
    println!(
        "frames while the class of 200 regrades on the worker: {} frames, median {:.2} ms, worst {:.2} ms",
        during.len(),
        median(during.clone()).as_secs_f64() * 1000.0,
        worst.as_secs_f64() * 1000.0
    );

    let (ctx_s, mut app_s) = student_with_claims(dir.path(), 2000);
    c.bench_function("student frame, 2,000 claims in a 1 MB document", |b| {
        b.iter(|| frame(&ctx_s, &mut app_s));
    });

    // The Numbers panel draws the groups near the screen and a page of each: its frame does not
    // grow with the number of statements.
    let (ctx_n, mut app_n, _) = numbers_open(dir.path(), 1_000_000);
    c.bench_function("student frame, Numbers panel over 1 MB of numbers", |b| {
        b.iter(|| frame(&ctx_n, &mut app_n));
    });
    let (ctx_k, mut app_k, _) = numbers_open(dir.path(), 10_000);
    c.bench_function("student frame, Numbers panel over 10 KB of numbers", |b| {
        b.iter(|| frame(&ctx_k, &mut app_k));
    });
}

/// A key event, pressed.
fn key(key: egui::Key) -> egui::Event {
    egui::Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    }
}

/// One keystroke into the focused field: a letter, then (the next time) Backspace, so that the
/// text does not grow over thousands of iterations.
fn keystroke(
    ctx: &egui::Context,
    app: &mut CrosscheckApp,
    typed: &mut bool,
    letter: &str,
) -> usize {
    let event = if *typed {
        key(egui::Key::Backspace)
    } else {
        egui::Event::Text(letter.to_owned())
    };
    *typed = !*typed;
    frame_with(ctx, app, vec![event])
}

/// The Review tab with a claim of the shown student selected and its comment field focused.
fn typing_a_comment(
    folder: &Path,
    students: usize,
    claims: usize,
) -> (egui::Context, CrosscheckApp) {
    let (ctx, mut app) = teacher_with_class_of(folder, students, claims);
    let class = app.teacher.as_mut().unwrap().class.as_mut().unwrap();
    let claim = class.students[class.selected].session.annotations[claims / 2]
        .id
        .clone();
    class.selected_claim = Some(claim.clone());
    frame(&ctx, &mut app);
    ctx.memory_mut(|m| m.request_focus(comment_field_id(&claim)));
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    let mut typed = false;
    keystroke(&ctx, &mut app, &mut typed, "a");
    frame(&ctx, &mut app);
    let class = app.teacher.as_ref().unwrap().class.as_ref().unwrap();
    let file = &class.students[class.selected].file;
    assert_eq!(
        class.review.students[file]
            .comments
            .get(&claim)
            .map(String::as_str),
        Some("a"),
        "the keystroke went into the comment field"
    );
    (ctx, app)
}

/// The student's desk on a lesson of `documents` generated documents of 1 MB each, the search
/// bar open with the keyboard in it and "attack" searched.
fn searching(folder: &Path, documents: usize) -> (egui::Context, CrosscheckApp) {
    let mut rng = Rng(29);
    let mut lesson = LoadedLesson::new_empty("searched", "Searched");
    for d in 0..documents {
        import::add_document(
            &mut lesson,
            Imported {
                text: generated_text(1_000_000, &mut rng),
                title: format!("Document {d}"),
                outlet: String::new(),
                author: String::new(),
                published: String::new(),
                url: String::new(),
                language: String::new(),
            },
        );
    }
    let mut app = CrosscheckApp::on_lesson(
        lesson,
        RecoveryStore::new(folder.join(format!("recovery-search-{documents}"))),
        Prefs::default(),
    );
    app.problems = None;
    let ctx = egui::Context::default();
    settle(&ctx, &mut app);
    app.send(AppCommand::OpenSearch);
    frame(&ctx, &mut app);
    frame(&ctx, &mut app);
    let started = Instant::now();
    frame_with(&ctx, &mut app, vec![egui::Event::Text("attack".into())]);
    settle(&ctx, &mut app);
    assert_eq!(
        app.search.query, "attack",
        "the keystrokes went into the find field"
    );
    assert!(app.search.total > 0);
    println!(
        "first search over {documents} MB (each document lower-cased once, on the worker; {} hits counted): {:.0} ms",
        app.search.total,
        started.elapsed().as_secs_f64() * 1000.0
    );
    (ctx, app)
}

fn growing(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();

    // Typing a comment on the Review tab: the inspector draws the rows on screen, and reads the
    // review where it is.
    let started = Instant::now();
    let (ctx_big, mut app_big) = typing_a_comment(dir.path(), 200, 1000);
    println!(
        "open a class of 200 × 1,000 claims (write, read, grade on the worker): {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    let (ctx_small, mut app_small) = typing_a_comment(dir.path(), 3, 10);
    let mut typed = false;
    c.bench_function(
        "review frame typing a comment, class of 200 × 1,000 claims",
        |b| b.iter(|| keystroke(&ctx_big, &mut app_big, &mut typed, "a")),
    );
    let mut typed = false;
    c.bench_function(
        "review frame typing a comment, class of 3 × 10 claims",
        |b| {
            b.iter(|| keystroke(&ctx_small, &mut app_small, &mut typed, "a"));
        },
    );
    drop((ctx_big, app_big, ctx_small, app_small));

    // A keystroke in the search bar over 10 MB: the frame asks the worker; the hits come later.
    let (ctx, mut app) = searching(dir.path(), 10);
    let mut typed = false;
    c.bench_function("search keystroke frame over 10 MB of documents", |b| {
        b.iter(|| keystroke(&ctx, &mut app, &mut typed, "s"));
    });
    // Every frame from a keystroke until its hits are shown, the frame that takes them in too.
    let mut frames = Vec::new();
    let mut until_shown = Vec::new();
    for _ in 0..20 {
        let started = Instant::now();
        let t = Instant::now();
        keystroke(&ctx, &mut app, &mut typed, "s");
        frames.push(t.elapsed());
        while app.search.searching.is_some() {
            std::thread::sleep(Duration::from_millis(1));
            let t = Instant::now();
            frame(&ctx, &mut app);
            frames.push(t.elapsed());
        }
        until_shown.push(started.elapsed());
    }
    println!(
        "search over 10 MB, 20 keystrokes: {} frames from each keystroke until its hits show, median {:.3} ms, worst {:.3} ms; hits shown after median {:.1} ms, worst {:.1} ms",
        frames.len(),
        median(frames.clone()).as_secs_f64() * 1000.0,
        frames
            .iter()
            .max()
            .copied()
            .unwrap_or_default()
            .as_secs_f64()
            * 1000.0,
        median(until_shown.clone()).as_secs_f64() * 1000.0,
        until_shown
            .iter()
            .max()
            .copied()
            .unwrap_or_default()
            .as_secs_f64()
            * 1000.0
    );
}

fn view_frame(
    ctx: &egui::Context,
    view: &mut ArticleView,
    highlights: &HighlightIndex,
    events: Vec<egui::Event>,
) -> usize {
    let output = ctx.run_ui(input(events), |ui| {
        view.ui(ui, 16.0, highlights, None);
    });
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

fn highlights(chars: usize, count: usize, whole: bool) -> HighlightIndex {
    let mut rng = Rng(5);
    let mut items: Vec<Highlight> = (0..count)
        .map(|i| {
            let start = rng.below(chars - 200);
            Highlight {
                range: start..start + 20 + rng.below(180),
                color: egui::Color32::from_rgba_unmultiplied(255, 214, 0, 70),
                key: HighlightKey::Claim(format!("c{i}")),
            }
        })
        .collect();
    if whole {
        items.push(Highlight {
            range: 0..chars,
            color: egui::Color32::from_rgba_unmultiplied(80, 170, 255, 70),
            key: HighlightKey::Claim("whole".into()),
        });
    }
    HighlightIndex::new(items)
}

fn settled_view(text: &str, highlights: &HighlightIndex) -> (egui::Context, ArticleView) {
    let doc = DocumentText::from_normalised(text);
    let mid = doc.char_count() / 2;
    let mut view = ArticleView::new(doc, "bench");
    let ctx = egui::Context::default();
    view.scroll_to_char(mid);
    for _ in 0..5 {
        view_frame(&ctx, &mut view, highlights, Vec::new());
    }
    (ctx, view)
}

fn article(c: &mut Criterion) {
    let mut rng = Rng(3);
    let text = generated_text(2_000_000, &mut rng);
    let chars = text.chars().count();
    let plain = highlights(chars, 10_000, false);
    let with_whole = highlights(chars, 10_000, true);
    let (ctx, mut view) = settled_view(&text, &plain);
    c.bench_function("frame: 10,000 highlights", |b| {
        b.iter(|| view_frame(&ctx, &mut view, &plain, Vec::new()));
    });
    let (ctx, mut view) = settled_view(&text, &with_whole);
    c.bench_function("frame: a document-long highlight and 10,000 others", |b| {
        b.iter(|| view_frame(&ctx, &mut view, &with_whole, Vec::new()));
    });

    // Frames that bring new text on screen.
    let one_line: String = text.replace('\n', " ");
    let many_lines: String = {
        let mut out = String::with_capacity(4_000_000);
        let mut rng = Rng(8);
        for i in 0..200_000 {
            let words = 1 + rng.below(12);
            for w in 0..words {
                if w > 0 {
                    out.push(' ');
                }
                out.push_str(["line", "count", "the", "attacks", "62", "bases"][(i + w) % 6]);
            }
            out.push('\n');
        }
        out
    };
    for (name, text) in [
        ("2 MB on one line", one_line.as_str()),
        ("200,000 lines", many_lines.as_str()),
    ] {
        scrolling(c, name, text);
    }
}

/// Frames that bring new text on screen in `text`: jumps, and wheel steps.
fn scrolling(c: &mut Criterion, name: &str, text: &str) {
    let none = HighlightIndex::default();
    // Jumps to places never shown before (each first frame lays the new text out), in a
    // view opened fresh: 50 places spread over the document, then the end.
    let doc = DocumentText::from_normalised(text);
    let total = doc.char_count();
    let mut view = ArticleView::new(doc, "jumps");
    let ctx = egui::Context::default();
    for _ in 0..3 {
        view_frame(&ctx, &mut view, &none, Vec::new());
    }
    let mut jumps = Vec::new();
    for k in 1..=50 {
        view.scroll_to_char(total * k / 51);
        let t = Instant::now();
        view_frame(&ctx, &mut view, &none, Vec::new());
        jumps.push(t.elapsed());
    }
    view.scroll_to_char(total);
    let t = Instant::now();
    view_frame(&ctx, &mut view, &none, Vec::new());
    let end = t.elapsed();
    println!(
        "{name}: jump to a place not shown before, first frame: median {:.2} ms, worst {:.2} ms (50 jumps); jump to the end: {:.2} ms",
        median(jumps.clone()).as_secs_f64() * 1000.0,
        jumps
            .iter()
            .max()
            .copied()
            .unwrap_or_default()
            .as_secs_f64()
            * 1000.0,
        end.as_secs_f64() * 1000.0
    );
    let (ctx, mut view) = settled_view(text, &none);
    let mut rng = Rng(13);
    // A jump anywhere, again and again (most of the text laid out already).
    c.bench_function(&format!("{name}: jump anywhere (first frame, warm)"), |b| {
        b.iter(|| {
            view.scroll_to_char(rng.below(total));
            view_frame(&ctx, &mut view, &none, Vec::new())
        });
    });
    // A wheel step (three lines, as a mouse notch sends), in a view opened fresh, each from
    // a place not shown before: every frame until egui's wheel smoothing has finished.
    let mut view = ArticleView::new(DocumentText::from_normalised(text), "steps");
    let ctx = egui::Context::default();
    for _ in 0..3 {
        view_frame(&ctx, &mut view, &none, Vec::new());
    }
    let wheel = egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: egui::vec2(0.0, -3.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    };
    let mut worst = Duration::ZERO;
    let mut frames = 0;
    for step in 0..20 {
        view.scroll_to_char(total / 3 + step * total / 60 + 1);
        view_frame(&ctx, &mut view, &none, Vec::new());
        let pointer = egui::Event::PointerMoved(egui::pos2(500.0, 400.0));
        let t = Instant::now();
        view_frame(&ctx, &mut view, &none, vec![pointer, wheel.clone()]);
        worst = worst.max(t.elapsed());
        frames += 1;
        for _ in 0..30 {
            let t = Instant::now();
            view_frame(&ctx, &mut view, &none, Vec::new());
            worst = worst.max(t.elapsed());
            frames += 1;
        }
    }
    println!(
        "{name}: wheel step into text not shown before: worst of {frames} frames (20 steps and the smoothing frames after each): {:.2} ms",
        worst.as_secs_f64() * 1000.0
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = whole_app, growing, article
}
criterion_main!(benches);
