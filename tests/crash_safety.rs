//! Saving survives a crash: a child process saves a session over and over (autosave copy first,
//! then the file, then the copy is discarded, as the app does) and is killed at random moments.
//! After every kill the session file on disk is a complete old or new version, and what it lacks
//! the recovery copy holds: nothing the child reported as written is lost.
//!
//! 200 kills in `cargo test`; more with `CROSSCHECK_CRASH_ITERATIONS=1000 cargo test --release
//! --test crash_safety`.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead as _, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crosscheck::core::anchor::Selector;
use crosscheck::core::session::{Annotation, SESSION_FORMAT, Session};
use crosscheck::core::store::{self, RecoveryStore};
use crosscheck::core::text::DocumentText;

const CHILD_ENV: &str = "CROSSCHECK_CRASH_CHILD";
/// Set for a child whose kill is aimed at a save: it waits at the start of each save until told
/// to go on, so the kill that follows the word lands inside the save on any machine.
const AIMED_ENV: &str = "CROSSCHECK_CRASH_AIMED";
const KEY: &str = "work";

/// Version `v` of the work: a name saying `v` and 1,500 + `v` claims, so a torn file cannot pass
/// for a whole one.
fn version(v: u64, doc: &DocumentText) -> Session {
    let mut s = Session {
        format: SESSION_FORMAT,
        lesson_id: "crash-test".into(),
        document_hashes: std::collections::BTreeMap::new(),
        student: format!("v{v}"),
        created: jiff::Timestamp::UNIX_EPOCH,
        modified: jiff::Timestamp::UNIX_EPOCH,
        annotations: Vec::new(),
        responses: std::collections::BTreeMap::new(),
        trail: None,
    };
    for i in 0..1500 + v {
        let start = (i as usize * 7) % (doc.char_count() - 40);
        let mut a = Annotation::new(
            format!("c{i}"),
            "d".to_owned(),
            Selector::from_range(doc, start..start + 30),
        );
        a.note = format!("claim {i} of version {v}");
        s.annotations.push(a);
    }
    s
}

fn version_of(session: &Session) -> u64 {
    let v: u64 = session.student.trim_start_matches('v').parse().unwrap();
    assert_eq!(
        session.annotations.len() as u64,
        1500 + v,
        "a torn file read as whole"
    );
    v
}

fn text() -> DocumentText {
    DocumentText::from_normalised(&"Officials said 62 attacks hit the bases. ".repeat(40))
}

/// The child: saves version after version until killed, saying on stdout what has landed.
#[test]
#[ignore = "run by crash_kills_never_lose_saved_work as a child process"]
fn child_saves_until_killed() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let dir = Path::new(&dir);
    let doc = text();
    let path = dir.join("work.session.ron");
    let recovery = RecoveryStore::new(dir.join("recovery"));
    let start = std::fs::read_to_string(dir.join("next")).map_or(1, |s| s.trim().parse().unwrap());
    let aimed = std::env::var_os(AIMED_ENV).is_some();
    let mut out = std::io::stdout().lock();
    let mut go = std::io::stdin().lock();
    for v in start.. {
        let work = version(v, &doc);
        recovery.save(KEY, &work).unwrap();
        writeln!(out, "autosaved {v}").unwrap();
        writeln!(out, "saving {v}").unwrap();
        if aimed {
            go.read_line(&mut String::new()).unwrap();
        }
        store::save_ron(&path, &work).unwrap();
        writeln!(out, "saved {v}").unwrap();
        recovery.discard(KEY);
        // Written whole or not at all: a kill here must not leave the next child a torn number.
        std::fs::write(dir.join("next.tmp"), (v + 1).to_string()).unwrap();
        std::fs::rename(dir.join("next.tmp"), dir.join("next")).unwrap();
    }
}

/// Kills that must land between an autosave and its save for the test to mean anything. Every
/// aimed kill does (half of all kills), whatever the load on the machine; a tenth is the floor.
const MID_WRITE_SHARE: u64 = 10;

/// The full name of a test of this file, as the test binary knows it (`crash_safety::…` when the
/// file is a module of a larger test binary).
fn test_name(name: &str) -> String {
    match module_path!().split_once("::") {
        Some((_, module)) => format!("{module}::{name}"),
        None => name.to_owned(),
    }
}

/// Starts a child saving in `dir`, kills it (`aimed`: just as a save begins; else at a random
/// moment of its loop, from `seed`), and returns what it reported.
fn run_and_kill(exe: &Path, dir: &Path, aimed: bool, seed: u64) -> Vec<String> {
    // Wait until the child is in its loop, however slowly it started on a busy machine. Every
    // other kill then lands at a random moment of the loop (some before the first save, some
    // in the middle of one); the others are aimed: the child stops at the start of a save
    // until told to go on, and the kill follows the word by a random few hundred
    // microseconds, before the save, in it, or just after it.
    let mut child = Command::new(exe)
        .args([
            &test_name("child_saves_until_killed"),
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env(CHILD_ENV, dir)
        .envs(aimed.then_some((AIMED_ENV, "1")))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let wanted = if aimed { "saving" } else { "autosaved" };
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut reported: Vec<String> = Vec::new();
    let mut line = String::new();
    while stdout.read_line(&mut line).unwrap_or(0) > 0 {
        let there = line.contains(wanted);
        reported.push(std::mem::take(&mut line).trim_end().to_owned());
        if there {
            break;
        }
    }
    // Held open until the child is dead, so an aimed child that gets through its save waits
    // again at the start of the next.
    let mut go = child.stdin.take().unwrap();
    if aimed {
        go.write_all(b"go\n")
            .and_then(|()| go.flush())
            .unwrap_or_else(|e| panic!("the child died before it was killed ({e}): {reported:?}"));
        std::thread::sleep(Duration::from_micros((seed >> 33) % 400));
    } else {
        std::thread::sleep(Duration::from_micros((seed >> 33) % 60_000));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    drop(go);
    reported.extend(stdout.lines().map_while(Result::ok));
    reported
}

#[test]
fn crash_kills_never_lose_saved_work() {
    let iterations: u64 = std::env::var("CROSSCHECK_CRASH_ITERATIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("work.session.ron");
    let recovery = RecoveryStore::new(dir.path().join("recovery"));
    let exe = std::env::current_exe().unwrap();
    let mut seed: u64 = 0x5eed;
    let mut mid_write_kills = 0;
    for iteration in 1..=iterations {
        let aimed = iteration % 2 == 1;
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let reported = run_and_kill(&exe, dir.path(), aimed, seed);
        let last = |what: &str| {
            reported.iter().rev().find_map(|line| {
                // The first report shares its line with the test harness's "test … ...".
                let mut words = line.split_whitespace().rev();
                let number = words.next()?.parse::<u64>().ok()?;
                (words.next()? == what).then_some(number)
            })
        };
        let last_saved = last("saved");
        let last_autosaved = last("autosaved");

        // Every file there is whole.
        let on_disk = path.exists().then(|| {
            let s: Session = store::load_ron(&path, SESSION_FORMAT)
                .unwrap_or_else(|e| panic!("kill {iteration}: the session file is torn: {e}"));
            version_of(&s)
        });
        let backup = store::backup_path(&path);
        if backup.exists() {
            let s: Session = store::load_ron(&backup, SESSION_FORMAT)
                .unwrap_or_else(|e| panic!("kill {iteration}: the backup is torn: {e}"));
            version_of(&s);
        }
        let copy = recovery.list().iter().any(|e| e.key == KEY).then(|| {
            let s: Session = recovery
                .load(KEY, SESSION_FORMAT)
                .unwrap_or_else(|e| panic!("kill {iteration}: the recovery copy is torn: {e}"));
            version_of(&s)
        });

        // Nothing reported as written is lost: the file, or else the recovery copy, has it.
        if let Some(saved) = last_saved {
            assert!(
                on_disk >= Some(saved),
                "kill {iteration}: saved {saved}, on disk {on_disk:?}"
            );
        }
        if let Some(autosaved) = last_autosaved {
            let restorable = on_disk.max(copy);
            assert!(
                restorable >= Some(autosaved),
                "kill {iteration}: autosaved {autosaved}, file {on_disk:?}, copy {copy:?}"
            );
        }
        if last_autosaved > last_saved {
            mid_write_kills += 1;
        }
    }
    eprintln!("{mid_write_kills} of {iterations} kills fell between an autosave and its save");
    assert!(
        mid_write_kills * MID_WRITE_SHARE >= iterations,
        "only {mid_write_kills} of {iterations} kills fell between an autosave and its save"
    );
}
