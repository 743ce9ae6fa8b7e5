//! Files from strangers: links out of the lesson folder, FIFOs and devices, huge fields, impossible
//! spans, closed pipes, terminal escapes, text that is not text, spreadsheet formulas, and the
//! permissions of shared folders. Each is refused with a message naming the file, and nothing
//! saved before is changed.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(unix)]

use std::io::Read as _;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crosscheck::core::grade::session_from_key;
use crosscheck::core::lesson::LoadedLesson;
use crosscheck::core::session::Session;
use crosscheck::core::store::{self, WriteTicket, Written};

const LESSON: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");

/// A copy of the sample lesson (teacher edition) in `dir/lesson`.
fn lesson_copy(dir: &Path) -> (PathBuf, LoadedLesson) {
    let loaded = LoadedLesson::load(Path::new(LESSON)).unwrap();
    let copy = dir.join("lesson");
    loaded.save_folder(&copy).unwrap();
    (copy, loaded)
}

/// Runs `crosscheck` with a deadline: a hang is a failure, not a stuck test run.
fn crosscheck(args: &[&std::ffi::OsStr]) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut out = String::new();
            let mut err = String::new();
            child
                .stdout
                .take()
                .unwrap()
                .read_to_string(&mut out)
                .unwrap();
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut err)
                .unwrap();
            return (status.code(), out, err);
        }
        if Instant::now() > deadline {
            child.kill().ok();
            panic!("crosscheck {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn os(s: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(s)
}

#[test]
fn links_out_of_the_lesson_folder_are_refused_on_load_and_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let (copy, loaded) = lesson_copy(dir.path());
    let doc = &loaded.lesson.documents[0];
    let doc_path = copy.join(&doc.path);
    // The document becomes a link to a file outside, with a matching hash: still refused.
    let outside = dir.path().join("outside.txt");
    std::fs::copy(&doc_path, &outside).unwrap();
    std::fs::remove_file(&doc_path).unwrap();
    std::os::unix::fs::symlink(&outside, &doc_path).unwrap();
    let (code, _, err) = crosscheck(&[os("check"), copy.as_os_str()]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("outside the lesson folder"), "{err}");

    // And no student edition carries it out.
    let out = dir.path().join("exfil.ron");
    let (code, _, err) = crosscheck(&[
        os("student-edition"),
        copy.as_os_str(),
        os("-o"),
        out.as_os_str(),
    ]);
    assert_eq!(code, Some(1), "{err}");
    assert!(!out.exists());

    // A relative link up and out, and a folder link to /etc.
    std::fs::remove_file(&doc_path).unwrap();
    std::os::unix::fs::symlink("../../outside.txt", &doc_path).unwrap();
    let reloaded = LoadedLesson::load(&copy).unwrap();
    assert!(
        reloaded
            .problems
            .iter()
            .any(|p| p.to_string().contains("outside the lesson folder")),
        "{:?}",
        reloaded.problems
    );
    assert!(
        reloaded.text(&doc.id).is_none(),
        "the linked file was never read"
    );

    // Saving never writes through a link: `documents` pointing elsewhere refuses the save and
    // leaves what is there alone.
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let docs_folder = doc_path.parent().unwrap().to_owned();
    std::fs::rename(&docs_folder, dir.path().join("moved-docs")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &docs_folder).unwrap();
    let lesson_ron_before = std::fs::read(copy.join("lesson.ron")).unwrap();
    let err = loaded.save_folder(&copy).unwrap_err().to_string();
    assert!(err.contains("outside the lesson folder"), "{err}");
    assert_eq!(
        std::fs::read_dir(&elsewhere).unwrap().count(),
        0,
        "nothing written through the link"
    );
    assert_eq!(
        std::fs::read(copy.join("lesson.ron")).unwrap(),
        lesson_ron_before
    );
}

#[test]
fn fifos_and_devices_are_refused_without_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let (copy, loaded) = lesson_copy(dir.path());
    let doc_path = copy.join(&loaded.lesson.documents[0].path);
    std::fs::remove_file(&doc_path).unwrap();
    assert!(
        Command::new("mkfifo")
            .arg(&doc_path)
            .status()
            .unwrap()
            .success()
    );
    let (code, _, err) = crosscheck(&[os("check"), copy.as_os_str()]);
    assert_eq!(code, Some(1));
    assert!(err.contains("not a regular file (a FIFO)"), "{err}");

    // A link to /dev/zero (inside the folder as far as the link goes, but a device).
    std::fs::remove_file(&doc_path).unwrap();
    let zero = copy.join("zero");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    std::fs::rename(&zero, &doc_path).unwrap();
    let (code, _, err) = crosscheck(&[os("check"), copy.as_os_str()]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("outside the lesson folder") || err.contains("a device"),
        "{err}"
    );

    // lesson.ron itself a FIFO.
    let fifo_lesson = dir.path().join("fifo-lesson");
    std::fs::create_dir(&fifo_lesson).unwrap();
    assert!(
        Command::new("mkfifo")
            .arg(fifo_lesson.join("lesson.ron"))
            .status()
            .unwrap()
            .success()
    );
    let (code, _, err) = crosscheck(&[os("check"), fifo_lesson.as_os_str()]);
    assert_eq!(code, Some(1));
    assert!(err.contains("a FIFO"), "{err}");
}

/// Writes a value as a stranger's file would be: not through our save, which refuses it.
fn write_raw<T: serde::Serialize>(path: &Path, value: &T) {
    std::fs::write(path, store::to_ron_string(value).unwrap()).unwrap();
}

#[test]
fn oversized_fields_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let (copy, mut loaded) = lesson_copy(dir.path());
    loaded.lesson.title = "T".repeat(5 * 1024 * 1024);
    write_raw(&copy.join("lesson.ron"), &loaded.lesson);
    let (code, _, err) = crosscheck(&[os("check"), copy.as_os_str()]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("the field `title` holds 5242880 bytes"),
        "{err}"
    );

    loaded.lesson.title = "Counting".into();
    loaded.lesson.intro = "i".repeat(300_000);
    write_raw(&copy.join("lesson.ron"), &loaded.lesson);
    let (_, _, err) = crosscheck(&[os("check"), copy.as_os_str()]);
    assert!(err.contains("`intro`"), "{err}");

    // A 100 MB lesson.ron is refused by its size before it is read.
    let big = dir.path().join("big");
    std::fs::create_dir(&big).unwrap();
    let file = std::fs::File::create(big.join("lesson.ron")).unwrap();
    file.set_len(100 * 1024 * 1024).unwrap();
    let (code, _, err) = crosscheck(&[os("check"), big.as_os_str()]);
    assert_eq!(code, Some(1));
    assert!(err.contains("at most 67108864 bytes"), "{err}");

    // A session note of 5 MB.
    let mut session = session_from_key(&loaded.lesson, jiff::Timestamp::UNIX_EPOCH);
    session.annotations[0].note = "n".repeat(5 * 1024 * 1024);
    let path = dir.path().join("big.session.ron");
    write_raw(&path, &session);
    let err = Session::load(&path).unwrap_err().to_string();
    assert!(
        err.contains("big.session.ron") && err.contains("annotations[0].note"),
        "{err}"
    );
}

#[test]
fn impossible_spans_are_refused_at_load_and_revise_does_not_panic() {
    let dir = tempfile::tempdir().unwrap();
    let (copy, loaded) = lesson_copy(dir.path());
    let mut session = session_from_key(&loaded.lesson, jiff::Timestamp::UNIX_EPOCH);
    session.annotations[1].selector.position.start = 99_999_999;
    session.annotations[1].selector.position.end = 7;
    let path = dir.path().join("bad.session.ron");
    store::save_ron(&path, &session).unwrap();
    let err = Session::load(&path).unwrap_err().to_string();
    assert!(
        err.contains("bad.session.ron")
            && err.contains("claim c2")
            && err.contains("ends before it starts"),
        "{err}"
    );

    // `revise` with it: a clean refusal, and the lesson folder untouched.
    let doc = &loaded.lesson.documents[0];
    let revised = dir.path().join("revised.txt");
    std::fs::write(
        &revised,
        format!(
            "New first line.\n{}",
            loaded.text(&doc.id).unwrap().as_str()
        ),
    )
    .unwrap();
    let before = std::fs::read(copy.join("lesson.ron")).unwrap();
    let (code, _, err) = crosscheck(&[
        os("revise"),
        copy.as_os_str(),
        os("--document"),
        os(&doc.id),
        os("--text"),
        revised.as_os_str(),
        path.as_os_str(),
    ]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("ends before it starts"), "{err}");
    assert_eq!(std::fs::read(copy.join("lesson.ron")).unwrap(), before);

    // A key span past its text is a problem `check` reports.
    let mut broken = loaded.lesson.clone();
    let key = broken.answer_key.as_mut().unwrap();
    key.items[0].selector.position.start = 99_999_990;
    key.items[0].selector.position.end = 99_999_999;
    store::save_ron(&copy.join("lesson.ron"), &broken).unwrap();
    let (code, _, err) = crosscheck(&[os("check"), copy.as_os_str()]);
    assert_eq!(code, Some(1));
    assert!(err.contains("key item k01"), "{err}");
}

/// Runs a command whose stdout is closed at once, as `| true` does.
fn with_closed_stdout(args: &[&std::ffi::OsStr]) -> std::process::ExitStatus {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!err.contains("panicked"), "{err}");
    status
}

#[test]
fn a_closed_stdout_is_not_a_crash_and_files_are_written_first() {
    let dir = tempfile::tempdir().unwrap();
    let (copy, loaded) = lesson_copy(dir.path());
    let csv = dir.path().join("grades.csv");
    let status = with_closed_stdout(&[
        os("grade"),
        copy.as_os_str(),
        Path::new(LESSON).join("example.session.ron").as_os_str(),
        os("--csv"),
        csv.as_os_str(),
    ]);
    assert_ne!(status.code(), Some(101));
    assert!(
        csv.exists(),
        "the gradebook is written before anything is printed"
    );

    let doc = &loaded.lesson.documents[0];
    let revised = dir.path().join("revised.txt");
    std::fs::write(
        &revised,
        format!("Added.\n{}", loaded.text(&doc.id).unwrap().as_str()),
    )
    .unwrap();
    let status = with_closed_stdout(&[
        os("revise"),
        copy.as_os_str(),
        os("--document"),
        os(&doc.id),
        os("--text"),
        revised.as_os_str(),
    ]);
    assert_ne!(status.code(), Some(101));
    let reloaded = LoadedLesson::load(&copy).unwrap();
    assert!(
        reloaded
            .text(&doc.id)
            .unwrap()
            .as_str()
            .starts_with("Added.")
    );
}

#[test]
fn terminal_escapes_from_files_are_shown_not_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    let (copy, mut loaded) = lesson_copy(dir.path());
    loaded.lesson.title = "Evil \u{1b}]0;pwned\u{7}\u{1b}[31mred\u{202e}".into();
    store::save_ron(&copy.join("lesson.ron"), &loaded.lesson).unwrap();
    let (code, out, err) = crosscheck(&[os("check"), copy.as_os_str()]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        !out.contains('\u{1b}') && !out.contains('\u{7}') && !out.contains('\u{202e}'),
        "{out:?}"
    );
    assert!(out.contains("\\u{001b}[31mred\\u{202e}"), "{out}");
}

#[test]
fn utf16_without_a_byte_order_mark_is_not_text() {
    let dir = tempfile::tempdir().unwrap();
    let (copy, loaded) = lesson_copy(dir.path());
    let doc = &loaded.lesson.documents[0];
    let utf16be: Vec<u8> = "Plain words"
        .encode_utf16()
        .flat_map(u16::to_be_bytes)
        .collect();
    std::fs::write(copy.join(&doc.path), utf16be).unwrap();
    let (code, _, err) = crosscheck(&[os("check"), copy.as_os_str()]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("not a text file") && err.contains("UTF-16"),
        "{err}"
    );
}

#[test]
fn names_that_look_like_formulas_stay_text_in_the_gradebook_and_reports_escape_what_students_typed()
{
    let dir = tempfile::tempdir().unwrap();
    let (copy, loaded) = lesson_copy(dir.path());
    let mut session = session_from_key(&loaded.lesson, jiff::Timestamp::UNIX_EPOCH);
    session.student = "=HYPERLINK(\"http://evil.example\",\"click\")".into();
    session.annotations[0].note = "<img src=x onerror=alert(1)> **bold** [link](http://x)".into();
    let sessions = dir.path().join("class");
    std::fs::create_dir(&sessions).unwrap();
    store::save_ron(&sessions.join("eve.session.ron"), &session).unwrap();
    let csv = dir.path().join("grades.csv");
    let reports = dir.path().join("reports");
    let (code, _, err) = crosscheck(&[
        os("grade"),
        copy.as_os_str(),
        sessions.as_os_str(),
        os("--csv"),
        csv.as_os_str(),
        os("--reports"),
        reports.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{err}");
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let row = rows.records().next().unwrap().unwrap();
    assert!(row[0].starts_with("'="), "{:?}", &row[0]);
    let md = std::fs::read_to_string(reports.join("eve.md")).unwrap();
    assert!(!md.contains("<img"), "raw HTML passed through: {md}");
    assert!(
        md.contains("&lt;img") && md.contains("\\*\\*bold\\*\\*"),
        "{md}"
    );
}

#[test]
fn saves_keep_the_permissions_of_shared_files() {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared.csv");
    std::fs::write(&shared, "old").unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o664)).unwrap();
    store::write_atomic(&shared, b"new").unwrap();
    assert_eq!(std::fs::read_to_string(&shared).unwrap(), "new");
    assert_eq!(
        std::fs::metadata(&shared).unwrap().permissions().mode() & 0o777,
        0o664
    );

    // A new file gets what any new file gets: 0666 less the umask, not 0600.
    let umask = Command::new("sh").args(["-c", "umask"]).output().unwrap();
    let umask = u32::from_str_radix(String::from_utf8_lossy(&umask.stdout).trim(), 8).unwrap();
    let fresh = dir.path().join("fresh.csv");
    store::write_atomic(&fresh, b"x").unwrap();
    assert_eq!(
        std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777,
        0o666 & !umask
    );
}

#[test]
fn an_older_save_never_lands_after_a_newer_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("work.session.ron");
    let older = WriteTicket::new(&path);
    let newer = WriteTicket::new(&path);
    // The newer save finishes first (its thread was quicker); the older one then arrives.
    assert_eq!(newer.write(b"newer").unwrap(), Written::Landed);
    assert_eq!(older.write(b"older").unwrap(), Written::Superseded);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "newer");

    // Many threads, asked in order, finishing in any order: the last asked is what is on disk.
    let tickets: Vec<WriteTicket> = (0..32).map(|_| WriteTicket::new(&path)).collect();
    std::thread::scope(|scope| {
        for (i, ticket) in tickets.into_iter().enumerate().rev() {
            scope.spawn(move || {
                std::thread::sleep(Duration::from_millis((i as u64 * 7) % 13));
                ticket.write(format!("save {i}").as_bytes()).unwrap();
            });
        }
    });
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "save 31");

    // A removal asked for after a write wins, even when the write finishes later.
    let recovery = store::RecoveryStore::new(dir.path().join("recovery"));
    let autosave = recovery.ticket("k");
    recovery.discard("k");
    recovery.save_ticketed(autosave, &"late").unwrap();
    assert!(
        recovery.list().is_empty(),
        "a late autosave brought a discarded copy back"
    );
}

#[test]
fn what_could_not_be_read_back_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = LoadedLesson::load(Path::new(LESSON)).unwrap();
    let mut session = session_from_key(&loaded.lesson, jiff::Timestamp::UNIX_EPOCH);
    let path = dir.path().join("ada.session.ron");
    store::save_ron(&path, &session).unwrap();
    let before = std::fs::read(&path).unwrap();
    // A student pastes 300 KB into a note: the save says which field to shorten.
    session.annotations[2].note = "p".repeat(300_000);
    let err = store::save_ron(&path, &session).unwrap_err().to_string();
    assert!(
        err.contains("not saved") && err.contains("annotations[2].note"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn recovery_copies_are_their_owners_alone() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = store::RecoveryStore::new(dir.path().join("recovery"));
    let path = recovery.save("unsaved-x", &"work").unwrap();
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

#[test]
fn hand_edited_keys_and_paths_are_problems_not_surprises() {
    let mut lesson = LoadedLesson::load(Path::new(LESSON)).unwrap().lesson;
    let key = lesson.answer_key.as_mut().unwrap();
    key.extra_claims.weight = f32::NAN;
    if let crosscheck::core::session::EvidenceSource::Passage { selector, .. } =
        &mut key.items[0].evidence[0].source
    {
        selector.position.start = 50;
        selector.position.end = 10;
    }
    lesson.documents[1].path = format!("./{}", lesson.documents[0].path);
    lesson.documents[2].path = "lesson.ron".into();
    let problems = lesson.validate();
    let all = problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(all.contains("extra claims: the weight"), "{all}");
    assert!(
        all.contains("evidence e1: its position 50..10 ends before it starts"),
        "{all}"
    );
    assert!(all.contains("another document has the same file"), "{all}");
    assert!(all.contains("the lesson's own file"), "{all}");
    // Grading with such a weight still gives numbers.
    let g = crosscheck::core::grade::grade(
        &lesson,
        &session_from_key(&lesson, jiff::Timestamp::UNIX_EPOCH),
        crosscheck::core::grade::GradeOptions::default(),
    );
    assert!(g.points.is_finite() && g.precision.is_finite());

    // Two names for one file are refused before anything is written.
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(&a, "old").unwrap();
    let again = dir.path().join(".").join("a.txt");
    assert!(store::write_all_atomic(&[(a.as_path(), b"one"), (again.as_path(), b"two")]).is_err());
    assert_eq!(std::fs::read_to_string(&a).unwrap(), "old");
    assert!(!store::backup_path(&a).exists());
}

#[test]
fn importing_a_fifo_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("article.html");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let err = crosscheck::core::import::read_document(&fifo)
        .unwrap_err()
        .to_string();
    assert!(err.contains("not a regular file"), "{err}");
}

#[test]
fn reanchor_json_stays_json_with_terminal_controls_in_ids() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("t.txt");
    std::fs::write(&text, "The count was 62 attacks.").unwrap();
    let annotations = dir.path().join("a.json");
    std::fs::write(
        &annotations,
        "[{\"id\":\"a\u{200f}\u{85}\\u001b[31m\",\"target\":{\"selector\":[{\"type\":\"TextQuoteSelector\",\"exact\":\"62 attacks\"},{\"type\":\"TextPositionSelector\",\"start\":14,\"end\":24}]}}]",
    )
    .unwrap();
    let (code, out, err) = crosscheck(&[
        os("reanchor"),
        os("--text"),
        text.as_os_str(),
        os("--annotations"),
        annotations.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        !out.contains('\u{200f}') && !out.contains('\u{85}') && !out.contains('\u{1b}'),
        "{out:?}"
    );
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value[0]["id"], "a\u{200f}\u{85}\u{1b}[31m");
    assert_eq!(value[0]["method"], "exact");
}

use crate::hostile;

/// The reader's time limit, 20 s on the clock by default.
const DEFAULT_LIMIT: u64 = 20;
/// A shorter limit, for the files whose reading may meet it: a test need not wait 20 s to see a
/// reader stopped in time.
const SHORT_LIMIT: u64 = 4;
/// The margin for starting the processes and stopping one on a machine loaded by other tests.
const MARGIN: Duration = Duration::from_secs(5);

/// How long an import given `limit` seconds may take at most, as seen from outside.
fn in_time(limit: u64) -> Duration {
    Duration::from_secs(limit) + MARGIN
}

/// The built `crosscheck`, or the build `CROSSCHECK_READER` names.
fn built() -> PathBuf {
    std::env::var_os(crosscheck::core::import::isolated::READER_VARIABLE)
        .map_or_else(|| env!("CARGO_BIN_EXE_crosscheck").into(), PathBuf::from)
}

/// The peak resident memory (kB) of `pid` and of its children, as far as they are still there.
fn peak_kb(pid: u32) -> u64 {
    let status_peak = |pid: &str| {
        std::fs::read_to_string(format!("/proc/{pid}/status"))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("VmHWM:"))
                    .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            })
            .unwrap_or(0)
    };
    let children =
        std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
    children
        .split_whitespace()
        .map(status_peak)
        .chain(std::iter::once(status_peak(&pid.to_string())))
        .max()
        .unwrap_or(0)
}

/// `crosscheck import-document FILE --lesson LESSON`: its exit code, its error output, how long
/// it took and the most memory it or its reader held (sampled every few milliseconds).
fn import_measured(file: &Path, lesson: &Path, limit: u64) -> (Option<i32>, String, Duration, u64) {
    let started = Instant::now();
    let mut child = Command::new(built())
        .env(
            crosscheck::core::import::isolated::TIME_LIMIT_VARIABLE,
            limit.to_string(),
        )
        .arg("import-document")
        .arg(file)
        .arg("--lesson")
        .arg(lesson)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut peak = 0;
    let status = loop {
        peak = peak.max(peak_kb(child.id()));
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_mins(1),
            "import-document hung"
        );
        std::thread::sleep(Duration::from_millis(5));
    };
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    (status.code(), err, started.elapsed(), peak)
}

/// Importing `bytes` as `name` into a copy of the sample lesson is refused with one of
/// `expected` (and the file's name) within `limit` seconds and under 1 GB, and the lesson is unchanged.
fn refused_in_time(name: &str, bytes: &[u8], expected: &[&str], limit: u64) -> String {
    let dir = tempfile::tempdir().unwrap();
    let (copy, _) = lesson_copy(dir.path());
    let before = std::fs::read(copy.join("lesson.ron")).unwrap();
    let file = dir.path().join(name);
    std::fs::write(&file, bytes).unwrap();
    let (code, err, took, peak) = import_measured(&file, &copy, limit);
    eprintln!("{name}: {took:?}, {} MB at most: {err}", peak / 1024);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains(name), "{err}");
    assert!(expected.iter().any(|e| err.contains(e)), "{err}");
    // The reader is stopped at its limit on the clock; the margin is for starting two processes
    // and killing one on a machine loaded by other tests (CI runs them side by side).
    assert!(took < in_time(limit), "{name} took {took:?}");
    assert!(peak < 1024 * 1024, "{name}: {peak} kB");
    assert_eq!(std::fs::read(copy.join("lesson.ron")).unwrap(), before);
    err
}

#[test]
fn a_pdf_form_that_draws_itself_stops_its_reader_not_the_program() {
    let err = refused_in_time(
        "self-drawing.pdf",
        &hostile::self_drawing_form(),
        &["draw each other without end"],
        DEFAULT_LIMIT,
    );
    assert!(!err.contains("crosscheck: panicked"), "{err}");
}

#[test]
fn pdf_forms_that_fan_out_are_stopped_in_time() {
    refused_in_time(
        "fan-out.pdf",
        &hostile::fanned_out_forms(9),
        &["took too long", "too much memory", "more text than"],
        SHORT_LIMIT,
    );
}

#[test]
fn a_doubly_compressed_pdf_stream_is_stopped_at_the_memory_limit() {
    refused_in_time(
        "double-flate.pdf",
        &hostile::double_flate(4 << 30),
        &["too much memory", "took too long", "more than 256 MB"],
        DEFAULT_LIMIT,
    );
}

#[test]
fn a_word_zip_bomb_is_refused() {
    refused_in_time(
        "bomb.docx",
        &hostile::docx_zip_bomb(3 << 30),
        &["more text than a document may"],
        DEFAULT_LIMIT,
    );
}

#[test]
fn a_page_nested_ten_thousand_deep_is_read_or_refused_in_time() {
    let dir = tempfile::tempdir().unwrap();
    let (copy, _) = lesson_copy(dir.path());
    let file = dir.path().join("deep.html");
    std::fs::write(&file, hostile::deep_html(10_000)).unwrap();
    let (code, err, took, peak) = import_measured(&file, &copy, SHORT_LIMIT);
    eprintln!(
        "deep.html: {code:?} {took:?}, {} MB at most: {err}",
        peak / 1024
    );
    assert!(took < in_time(SHORT_LIMIT), "took {took:?}");
    assert!(peak < 1024 * 1024, "{peak} kB");
    match code {
        Some(0) => {
            let lesson = LoadedLesson::load(&copy).unwrap();
            let text = lesson
                .texts
                .values()
                .map(crosscheck::core::text::DocumentText::as_str)
                .collect::<String>();
            assert!(text.contains("Level 9999 says a little."));
        }
        _ => assert!(err.contains("deep.html: took too long to read"), "{err}"),
    }
}

/// A page saved as one file (`.mhtml`): its page nested 10,000 deep behind 20,000 empty parts,
/// each part's header folded over many lines.
fn hostile_mhtml() -> Vec<u8> {
    use std::fmt::Write as _;
    let mut out = String::from(
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; \
         boundary=\"b\"\r\n\r\n",
    );
    for i in 0..20_000 {
        write!(
            out,
            "--b\r\nContent-Type: image/png\r\nContent-Location: \r\n x{i}\r\n \
             .png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
        )
        .unwrap();
    }
    let page = String::from_utf8(hostile::deep_html(10_000)).unwrap();
    write!(
        out,
        "--b\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n{page}\r\n--b--\r\n"
    )
    .unwrap();
    out.into_bytes()
}

#[test]
fn a_saved_page_of_twenty_thousand_parts_and_a_deep_page_is_read_or_refused_in_time() {
    let dir = tempfile::tempdir().unwrap();
    let (copy, _) = lesson_copy(dir.path());
    let before = std::fs::read(copy.join("lesson.ron")).unwrap();
    let file = dir.path().join("saved.mhtml");
    std::fs::write(&file, hostile_mhtml()).unwrap();
    let (code, err, took, peak) = import_measured(&file, &copy, SHORT_LIMIT);
    eprintln!(
        "saved.mhtml: {code:?} {took:?}, {} MB at most: {err}",
        peak / 1024
    );
    assert!(took < in_time(SHORT_LIMIT), "took {took:?}");
    assert!(peak < 1024 * 1024, "{peak} kB");
    if code == Some(0) {
        let lesson = LoadedLesson::load(&copy).unwrap();
        let text = lesson
            .texts
            .values()
            .map(crosscheck::core::text::DocumentText::as_str)
            .collect::<String>();
        assert!(text.contains("Level 9999 says a little."));
    } else {
        assert!(err.contains("saved.mhtml: took too long to read"), "{err}");
        assert_eq!(std::fs::read(copy.join("lesson.ron")).unwrap(), before);
    }
}

#[test]
fn the_made_files_are_what_they_claim() {
    use std::io::Read as _;
    let inflate = |data: &[u8]| {
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(data)
            .read_to_end(&mut out)
            .unwrap();
        out
    };
    let run = hostile::zlib_run(b' ', 100_000);
    let spaces = inflate(&run);
    assert!(spaces.len() > 99_000 && spaces.iter().all(|&b| b == b' '));
    let pdf = hostile::double_flate(1_000_000);
    let start = memchr_find(&pdf, b"stream\n") + b"stream\n".len();
    let end = memchr_find(&pdf, b"\nendstream");
    let twice = inflate(&inflate(&pdf[start..end]));
    assert!(twice.len() > 999_000 && twice.iter().all(|&b| b == b' '));
    // A small bomb is read whole: a valid zip with a Word document of spaces (no text).
    let docx = hostile::docx_zip_bomb(10_000);
    let err = crosscheck::core::import::docx::from_docx(&docx).unwrap_err();
    assert_eq!(err, crosscheck::core::import::docx::DocxProblem::NoText);
}

fn memchr_find(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .position(|w| w == needle)
        .unwrap()
}

/// A stand-in for the reader: a shell script.
fn script(dir: &Path, body: &str) -> PathBuf {
    let path = dir.join("reader.sh");
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[test]
fn a_reader_that_stalls_floods_or_dies_is_named_for_it() {
    use crosscheck::core::import::ImportError;
    use crosscheck::core::import::isolated::{
        Crash, read_document_isolated, read_document_isolated_within,
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("page.html");
    std::fs::write(&file, "<p>Text.</p>").unwrap();
    let shown = file.display().to_string();

    let flood = script(dir.path(), "head -c 120000000 /dev/zero");
    assert_eq!(
        read_document_isolated(&flood, &file),
        Err(ImportError::TooMuchText {
            path: shown.clone()
        })
    );
    let dies = script(dir.path(), "kill -SEGV $$");
    assert_eq!(
        read_document_isolated(&dies, &file),
        Err(ImportError::ReaderCrashed {
            path: shown.clone(),
            cause: Crash::Signal(11)
        })
    );
    let nonsense = script(dir.path(), "echo '{\"imported\": 3}'");
    assert_eq!(
        read_document_isolated(&nonsense, &file),
        Err(ImportError::ReaderCrashed {
            path: shown.clone(),
            cause: Crash::Answer
        })
    );
    let missing = dir.path().join("no-such-reader");
    let err = read_document_isolated(&missing, &file).unwrap_err();
    assert!(err.to_string().contains("could not be started"), "{err}");
    // Stalling: stopped at the time limit, not waited for.
    let stalls = script(dir.path(), "sleep 60");
    let started = Instant::now();
    let err = read_document_isolated_within(&stalls, &file, Duration::from_secs(SHORT_LIMIT))
        .unwrap_err();
    let took = started.elapsed();
    assert!(
        took >= Duration::from_secs(SHORT_LIMIT) && took < in_time(SHORT_LIMIT),
        "{took:?}"
    );
    assert_eq!(
        err.to_string(),
        format!(
            "{shown}: took too long to read (more than {SHORT_LIMIT} s) and was not imported; it may be damaged or made to stall readers"
        )
    );
}

#[test]
fn the_child_reads_what_this_process_reads() {
    use crosscheck::core::import::{self, isolated};
    let program = built();
    let program = program.as_path();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/documents");
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        "<html><head><title>A page</title><meta name=author content=\"A. Writer\"></head><body><p>Text \u{202e} with \u{1b} controls.</p></body></html>",
    )
    .unwrap();
    let empty = dir.path().join("empty.html");
    std::fs::write(&empty, "<html><body><nav><p>menu</p></nav></body></html>").unwrap();
    for file in [
        fixtures.join("article.pdf"),
        fixtures.join("article.docx"),
        fixtures.join("scanned.pdf"),
        page,
        empty,
        dir.path().join("missing.pdf"),
    ] {
        let here = import::read_document(&file);
        let there = isolated::read_document_isolated(program, &file);
        match (&here, &there) {
            (Ok(a), Ok(b)) => assert_eq!(a, b),
            // The child's refusal comes back as its message, worded the same.
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
            _ => panic!("{}: {here:?} here, {there:?} in a child", file.display()),
        }
    }
}
