//! The teacher's side of the work trail (issue 26), driven through the real app: the class
//! list's trail columns (minutes, broken trails, copies named with both files) and the Review
//! tab's Process view replaying a student's work.

#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(feature = "gui")]

use crosscheck::app::teacher::{ClassReview, TeacherCommand};
use crosscheck::app::{AppCommand, CrosscheckApp, Prefs};
use crosscheck::core::edit::{Command, History};
use crosscheck::core::session::{Session, Verdict};
use crosscheck::core::store::{self, RecoveryStore};
use crosscheck::core::trail::{self, Event, Field, PasteSource};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jiff::{SignedDuration, Timestamp};

use crate::desk::wait_for_worker;

fn harness(dir: &std::path::Path) -> Harness<'static, CrosscheckApp> {
    let mut app =
        CrosscheckApp::on_sample(RecoveryStore::new(dir.join("recovery")), Prefs::default());
    app.reader = crate::desk::built_reader();
    Harness::builder()
        .with_size(egui::vec2(1900.0, 1400.0))
        .with_max_steps(24)
        .build_ui_state(|ui, app: &mut CrosscheckApp| app.frame_ui(ui), app)
}

fn class_of<'a>(h: &'a Harness<'static, CrosscheckApp>) -> &'a ClassReview {
    h.state().teacher.as_ref().unwrap().class.as_ref().unwrap()
}

/// Teacher > Edit the sample lesson, then the class in `folder`.
fn open_class(h: &mut Harness<'static, CrosscheckApp>, folder: std::path::PathBuf) {
    h.run();
    h.get_by_label("Teacher").click();
    h.run();
    h.get_by_label("Edit the sample lesson").click();
    h.run();
    h.get_by_label("Open the teacher's edition").click();
    h.run();
    h.state_mut()
        .send(AppCommand::Teacher(TeacherCommand::OpenClass(folder)));
    h.run();
    wait_for_worker(h);
}

fn minute(m: i64) -> Timestamp {
    "2026-12-01T10:00:00Z".parse::<Timestamp>().unwrap() + SignedDuration::from_mins(m)
}

/// A student's work on the sample lesson, made through the app's commands with a trail: opened
/// at minute 0, claims 1 and 2 at minutes 1 and 2, a note on claim 1 (typed, minute 3), a
/// verdict on claim 1 at minute 4, a paste from outside into claim 2's note at minute 6, claim 3
/// at minute 9, handed in at minute 12.
fn worked_session(name: &str) -> Session {
    let lesson = crosscheck::app::files::bundled_lesson();
    let key = crosscheck::core::grade::session_from_key(&lesson.lesson, minute(0));
    let mut s = Session::new(&lesson.lesson, minute(0));
    let mut history = History::default();
    trail::record(
        &mut s,
        minute(0),
        Event::Opened {
            version: "test".into(),
        },
    );
    let add = |i: usize| Command::AddAnnotation {
        annotation: key.annotations[i].clone(),
        index: None,
    };
    trail::apply(&mut history, &mut s, add(0), None, minute(1)).unwrap();
    trail::apply(&mut history, &mut s, add(1), None, minute(2)).unwrap();
    let first = key.annotations[0].id.clone();
    let second = key.annotations[1].id.clone();
    for typed in ["The", "The count", "The count comes from one agency alone."] {
        let note = Command::SetNote {
            annotation_id: first.clone(),
            note: typed.into(),
        };
        trail::apply(&mut history, &mut s, note, Some("note".into()), minute(3)).unwrap();
    }
    let verdict = Command::SetVerdict {
        annotation_id: first,
        verdict: Some(Verdict {
            rating: "misleading".into(),
            reasoning: "One source.".into(),
        }),
    };
    trail::apply(&mut history, &mut s, verdict, None, minute(4)).unwrap();
    let pasted = "Pasted words that came from some other program entirely.";
    trail::record(
        &mut s,
        minute(6),
        Event::Pasted {
            into: Field::Note {
                claim: second.clone(),
            },
            chars: pasted.chars().count(),
            from: PasteSource::Outside,
        },
    );
    let note = Command::SetNote {
        annotation_id: second,
        note: pasted.into(),
    };
    trail::apply(&mut history, &mut s, note, None, minute(6)).unwrap();
    trail::apply(&mut history, &mut s, add(2), None, minute(9)).unwrap();
    // The name set in the app is a change of the trail too.
    let named = Command::SetStudent { name: name.into() };
    trail::apply(&mut history, &mut s, named, None, minute(10)).unwrap();
    trail::hand_in(&mut s, minute(12));
    assert_eq!(trail::check(&s), trail::Check::Intact);
    s
}

fn class_folder(dir: &std::path::Path) -> std::path::PathBuf {
    let class = dir.join("class");
    std::fs::create_dir_all(&class).unwrap();
    class
}

/// The class list says each student's minutes and "trail broken" for a session whose note was
/// edited by hand in the file (and "trail intact" for the others).
#[test]
fn the_class_list_shows_minutes_and_a_trail_broken_by_editing_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let class = class_folder(dir.path());
    store::save_ron(&class.join("ana.session.ron"), &worked_session("Ana")).unwrap();
    let bea = class.join("bea.session.ron");
    store::save_ron(&bea, &worked_session("Bea")).unwrap();
    // Bea's note, changed in a text editor (the first time it is written: the claim's own).
    let text = std::fs::read_to_string(&bea).unwrap();
    let note = "The count comes from one agency alone.";
    assert!(text.contains(note));
    std::fs::write(
        &bea,
        text.replacen(note, "My own careful words, honestly.", 1),
    )
    .unwrap();

    let mut h = harness(dir.path());
    open_class(&mut h, class);
    let open = class_of(&h);
    assert_eq!(open.students.len(), 2);
    assert_eq!(open.students[0].standing.active_minutes, 12);
    assert_eq!(open.students[0].standing.check.word(), "ok");
    assert_eq!(open.students[1].standing.check.word(), "broken");
    // The cells, as the list draws them (and a screen reader reads them).
    assert_eq!(h.query_all_by_label("12 min active").count(), 2);
    assert_eq!(h.query_all_by_label("1 paste from outside").count(), 2);
    assert_eq!(h.query_all_by_label("trail intact").count(), 1);
    assert_eq!(h.query_all_by_label("trail broken").count(), 1);
    assert!(h.query_all_by_label_contains("handed in ").count() >= 2);
    // Bea's inspector says why, in words.
    h.state_mut()
        .send(AppCommand::Teacher(TeacherCommand::SelectStudent(1)));
    h.run();
    h.run();
    h.get_by_label_contains("[!] the work does not match its trail");
}

/// One file copied under another name: both rows say they look copied, each naming the other,
/// and the inspector names both files; nothing is changed.
#[test]
fn a_renamed_copy_is_flagged_with_both_names() {
    let dir = tempfile::tempdir().unwrap();
    let class = class_folder(dir.path());
    let sam = class.join("sam.session.ron");
    store::save_ron(&sam, &worked_session("Sam")).unwrap();
    std::fs::copy(&sam, class.join("kim.session.ron")).unwrap();
    store::save_ron(&class.join("lee.session.ron"), &worked_session("Lee")).unwrap();
    let before = std::fs::read(&sam).unwrap();

    let mut h = harness(dir.path());
    open_class(&mut h, class);
    let files: Vec<String> = class_of(&h)
        .students
        .iter()
        .map(|s| s.file.clone())
        .collect();
    assert_eq!(
        files,
        ["kim.session.ron", "lee.session.ron", "sam.session.ron"]
    );
    h.get_by_label("copied with sam.session.ron");
    h.get_by_label("copied with kim.session.ron");
    // Lee's own work is not flagged.
    assert_eq!(h.query_all_by_label("trail intact").count(), 1);
    // Kim is shown first: the list and the inspector name both files.
    let both =
        "[!] kim.session.ron looks copied from sam.session.ron: both files start the same trail";
    assert!(
        h.query_all_by_label_contains(both).count() >= 2,
        "under the list and in the inspector"
    );
    h.state_mut()
        .send(AppCommand::Teacher(TeacherCommand::SelectStudent(2)));
    h.run();
    h.run();
    assert!(
        h.query_all_by_label_contains("sam.session.ron looks copied from kim.session.ron")
            .count()
            >= 2
    );
    assert_eq!(std::fs::read(&sam).unwrap(), before, "nothing changed");
}

/// The number of claims highlighted in the student's column, and the claims the inspector
/// lists, at the slider's moment.
fn shown_at_moment(h: &Harness<'static, CrosscheckApp>) -> (usize, usize) {
    let moment = class_of(h).process.moment.as_ref().expect("a moment shown");
    let highlighted = moment
        .highlights
        .values()
        .map(crosscheck::app::article_view::HighlightIndex::len)
        .sum();
    let listed = moment
        .session
        .annotations
        .iter()
        .filter(|a| {
            let quote: String = a.selector.quote.exact.chars().take(80).collect();
            h.query_by_label(&format!("{}: “{quote}”", a.id)).is_some()
        })
        .count();
    (highlighted, listed)
}

/// The Process view: the slider at three moments shows the highlights and the inspector's
/// claims as they were; Next verdict and Next paste jump to them and say what happened.
#[test]
fn the_replay_slider_shows_the_work_as_it_was_at_three_moments() {
    let dir = tempfile::tempdir().unwrap();
    let class = class_folder(dir.path());
    store::save_ron(&class.join("ana.session.ron"), &worked_session("Ana")).unwrap();
    let mut h = harness(dir.path());
    open_class(&mut h, class);
    // As handed in: three claims.
    assert_eq!(class_of(&h).students[0].session.annotations.len(), 3);
    h.get_by_label("Process").click();
    h.run();
    wait_for_worker(&mut h);
    h.run();
    let built = class_of(&h)
        .process
        .built
        .as_ref()
        .expect("the trail is ready");
    let entries = built.replay.len();
    assert!(entries >= 9, "{entries} entries");

    // Moment 1: the start (the work opened): nothing highlighted, no claim listed.
    assert_eq!(class_of(&h).process.entry, 0);
    assert_eq!(shown_at_moment(&h), (0, 0));
    h.get_by_label_contains("Entry 1 of");
    assert!(h.query_all_by_label_contains("work opened").count() >= 1);

    // Moment 2: the next verdict (minute 4): two claims.
    h.get_by_label("Next verdict").click();
    h.run();
    h.run();
    assert_eq!(shown_at_moment(&h), (2, 2));
    // Said in the moment's line and in the timeline's row.
    assert_eq!(
        h.query_all_by_label_contains("verdict on claim 1: misleading")
            .count(),
        2
    );
    assert!(
        class_of(&h)
            .process
            .moment
            .as_ref()
            .unwrap()
            .session
            .annotations[0]
            .verdict
            .is_some()
    );

    // The next paste says what was pasted where.
    h.get_by_label("Next paste").click();
    h.run();
    h.run();
    assert_eq!(
        h.query_all_by_label_contains("pasted 56 characters from outside into the note of claim 2")
            .count(),
        2
    );
    assert_eq!(shown_at_moment(&h), (2, 2));

    // Moment 3: the slider at the end (the keyboard on it): all three claims, as handed in.
    h.get_by_role_and_label(egui::accesskit::Role::Slider, "Moment in the work")
        .focus();
    h.run();
    for _ in 0..entries {
        h.key_press(egui::Key::ArrowRight);
    }
    h.run();
    h.run();
    assert_eq!(class_of(&h).process.entry, entries - 1);
    assert_eq!(shown_at_moment(&h), (3, 3));
    let line = format!("Entry {entries} of {entries}: ");
    assert!(
        h.get_by_label_contains(&line)
            .value()
            .unwrap()
            .ends_with(" handed in")
    );

    // Play from the start at 50×: it moves on by itself and stops at the end.
    let process = &mut h
        .state_mut()
        .teacher
        .as_mut()
        .unwrap()
        .class
        .as_mut()
        .unwrap()
        .process;
    process.entry = 0;
    process.speed = 50;
    h.get_by_label("Play").click();
    h.run();
    for _ in 0..400 {
        if !class_of(&h).process.playing {
            break;
        }
        h.step();
    }
    assert!(!class_of(&h).process.playing, "Play stops at the end");
    assert_eq!(class_of(&h).process.entry, entries - 1);

    // Back to the work as handed in: its highlights, not the replay's.
    h.get_by_label("Work as handed in").click();
    h.run();
    assert!(class_of(&h).process.shown().is_none());
}
