//! Lessons and sessions on disk, and the `check`, `reanchor` and `student-edition` commands, as a
//! teacher would use them from a shell.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use crosscheck::core::anchor::Selector;
use crosscheck::core::lesson::{
    AnswerKey, DocumentRef, FeedbackPolicy, KeyItem, LESSON_FORMAT, Label, LabelSet, Lesson,
    LoadedLesson, Task, TaskKind,
};
use crosscheck::core::session::{Annotation, SESSION_FORMAT, Session};
use crosscheck::core::store::{self, FileError};
use crosscheck::core::text::DocumentText;

const ARTICLE_A: &str = "Resistance forces attacked American bases 62 times, which killed and wounded more than 60 American soldiers.\n";
const ARTICLE_B: &str =
    "The Pentagon said 45 personnel suffered minor injuries in 61 attacks as of November 17.\r\n";

fn write_lesson(dir: &Path, paths: [&str; 2]) -> Lesson {
    std::fs::create_dir_all(dir.join("docs")).unwrap();
    std::fs::write(dir.join("docs/a.txt"), ARTICLE_A).unwrap();
    std::fs::write(dir.join("docs/b.md"), ARTICLE_B).unwrap();
    let a = DocumentText::from_bytes(ARTICLE_A.as_bytes(), "a").unwrap();
    let b = DocumentText::from_bytes(ARTICLE_B.as_bytes(), "b").unwrap();
    let key_span = a.byte_to_char(ARTICLE_A.find("62 times").unwrap());
    let lesson = Lesson {
        format: LESSON_FORMAT,
        id: "test-lesson".into(),
        title: "Counting".into(),
        language: "en".into(),
        intro: "Compare the counts.".into(),
        teacher_notes: "Secret teacher notes.".into(),
        documents: vec![
            DocumentRef {
                id: "a".into(),
                path: paths[0].into(),
                title: "A".into(),
                sha256: a.sha256().into(),
                ..Default::default()
            },
            DocumentRef {
                id: "b".into(),
                path: paths[1].into(),
                title: "B".into(),
                sha256: b.sha256().into(),
                ..Default::default()
            },
        ],
        label_sets: vec![LabelSet {
            id: "worth".into(),
            name: "Check-worthiness".into(),
            description: String::new(),
            multiple: false,
            labels: vec![Label {
                id: "checkworthy".into(),
                name: "Check-worthy".into(),
                description: String::new(),
            }],
        }],
        verdict_scale: None,
        tasks: vec![Task {
            id: "t1".into(),
            title: "Mark claims".into(),
            instructions: "Mark the check-worthy claims.".into(),
            document: Some("a".into()),
            kind: TaskKind::MarkClaims {
                label_set: "worth".into(),
            },
            points: 4,
            rubric: Vec::new(),
            weights: None,
        }],
        feedback: FeedbackPolicy::AfterHandIn,
        answer_key: Some(AnswerKey {
            items: vec![KeyItem {
                id: "k1".into(),
                task: "t1".into(),
                document: "a".into(),
                selector: Selector::from_range(&a, key_span..key_span + 8),
                accepted_labels: ["checkworthy".to_owned()].into(),
                required: true,
                evidence: Vec::new(),
                verdict: None,
                explanation: "KEY-EXPLANATION: the count disagrees with article B.".into(),
                independent: false,
            }],
            near_misses: Vec::new(),
            extra_claims: crosscheck::core::lesson::ExtraClaims::default(),
        }),
        numbers: crosscheck::core::lesson::NumbersPanel::default(),
        synonyms: crosscheck::core::lesson::starter_synonyms(),
        parties: Vec::new(),
    };
    store::save_ron(&dir.join("lesson.ron"), &lesson).unwrap();
    lesson
}

fn crosscheck(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn teacher_checks_a_sound_lesson_folder() {
    let dir = tempfile::tempdir().unwrap();
    write_lesson(dir.path(), ["docs/a.txt", "docs/b.md"]);
    let loaded = LoadedLesson::load(dir.path()).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    // CRLF in b.md was normalised.
    assert!(!loaded.text("b").unwrap().as_str().contains('\r'));
    let (ok, stdout, stderr) = crosscheck(&["check", dir.path().to_str().unwrap()]);
    assert!(ok, "{stderr}");
    assert!(
        stdout.contains("ok") && stdout.contains("2 documents"),
        "{stdout}"
    );
}

#[test]
fn edited_document_is_reported_as_a_hash_mismatch() {
    let dir = tempfile::tempdir().unwrap();
    write_lesson(dir.path(), ["docs/a.txt", "docs/b.md"]);
    std::fs::write(dir.path().join("docs/a.txt"), ARTICLE_A.replace("62", "63")).unwrap();
    let (ok, _, stderr) = crosscheck(&["check", dir.path().to_str().unwrap()]);
    assert!(!ok);
    assert!(
        stderr.contains("document a does not match lesson.ron"),
        "{stderr}"
    );
}

#[test]
fn paths_leaving_the_lesson_folder_are_refused_and_never_read() {
    let dir = tempfile::tempdir().unwrap();
    write_lesson(dir.path(), ["../outside.txt", "/etc/hostname"]);
    let loaded = LoadedLesson::load(dir.path()).unwrap();
    let all: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert!(
        all.iter().any(|p| p.contains("leaves the lesson folder")),
        "{all:?}"
    );
    assert!(all.iter().any(|p| p.contains("is absolute")), "{all:?}");
    assert!(loaded.texts.is_empty());
    let (ok, _, _) = crosscheck(&["check", dir.path().to_str().unwrap()]);
    assert!(!ok);
}

#[test]
fn invalid_utf8_document_names_file_and_offset() {
    let dir = tempfile::tempdir().unwrap();
    write_lesson(dir.path(), ["docs/a.txt", "docs/b.md"]);
    std::fs::write(dir.path().join("docs/b.md"), b"The Pentagon \xC3\x28 said").unwrap();
    let (ok, _, stderr) = crosscheck(&["check", dir.path().to_str().unwrap()]);
    assert!(!ok);
    assert!(
        stderr.contains("b.md: not valid UTF-8 at byte offset 13"),
        "{stderr}"
    );
}

#[test]
fn broken_lesson_file_gives_line_column_and_expectation() {
    let dir = tempfile::tempdir().unwrap();
    write_lesson(dir.path(), ["docs/a.txt", "docs/b.md"]);
    let path = dir.path().join("lesson.ron");
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "title: \"Counting\"",
        "title: Counting",
        1,
    );
    std::fs::write(&path, &text).unwrap();
    let err = LoadedLesson::load(dir.path()).unwrap_err();
    let FileError::Parse { line, column, .. } = &err else {
        panic!("{err:?}")
    };
    let expected_line = text
        .lines()
        .position(|l| l.contains("title: Counting"))
        .unwrap()
        + 1;
    assert_eq!(*line, expected_line, "{err}");
    assert!(*column > 1);
    assert!(err.to_string().contains("lesson.ron:"), "{err}");
}

#[test]
fn newer_session_format_is_refused_and_the_file_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("work.session.ron");
    let newer = SESSION_FORMAT + 1;
    let text = format!(
        "(format: {newer}, lesson_id: \"x\", created: \"2026-11-21T10:00:00Z\", modified: \"2026-11-21T10:00:00Z\", hologram: true)"
    );
    std::fs::write(&path, &text).unwrap();
    let err = Session::load(&path).unwrap_err();
    assert!(
        err.to_string().contains(&format!("format {newer}")),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn packed_lesson_and_student_edition_carry_no_key() {
    let dir = tempfile::tempdir().unwrap();
    write_lesson(&dir.path().join("lesson"), ["docs/a.txt", "docs/b.md"]);
    let loaded = LoadedLesson::load(&dir.path().join("lesson")).unwrap();
    let packed_path = dir.path().join("teacher.ron");
    store::save_ron(&packed_path, &loaded.packed()).unwrap();
    let packed = LoadedLesson::load(&packed_path).unwrap();
    assert!(packed.problems.is_empty(), "{:?}", packed.problems);
    assert_eq!(packed.lesson, loaded.lesson);

    for out in ["student.ron", "student-folder"] {
        let out_path = dir.path().join(out);
        let (ok, _, stderr) = crosscheck(&[
            "student-edition",
            packed_path.to_str().unwrap(),
            "-o",
            out_path.to_str().unwrap(),
        ]);
        assert!(ok, "{stderr}");
        let student = LoadedLesson::load(&out_path).unwrap();
        assert!(student.problems.is_empty(), "{:?}", student.problems);
        assert!(student.lesson.answer_key.is_none());
        let file = if out_path.is_dir() {
            out_path.join("lesson.ron")
        } else {
            out_path.clone()
        };
        let text = std::fs::read_to_string(file).unwrap();
        for secret in [
            "KEY-EXPLANATION",
            "answer_key: Some",
            "Secret teacher notes",
            "accepted_labels",
        ] {
            assert!(!text.contains(secret), "{out} leaks {secret}");
        }
    }
}

#[test]
fn session_saves_and_loads_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let lesson = write_lesson(dir.path(), ["docs/a.txt", "docs/b.md"]);
    let a = DocumentText::from_normalised(ARTICLE_A);
    let mut session = Session::new(&lesson, "2026-11-21T10:00:00+01:00".parse().unwrap());
    let mut claim = Annotation::new("c1", "a", Selector::from_range(&a, 0..17));
    claim.labels.insert("checkworthy".into());
    session.annotations.push(claim);
    let path = dir.path().join("ada.session.ron");
    store::save_ron(&path, &session).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with(&format!("(\n  format: {SESSION_FORMAT},")),
        "{text}"
    );
    assert_eq!(
        store::load_ron::<Session>(&path, SESSION_FORMAT).unwrap(),
        session
    );
}

#[test]
fn reanchor_command_prints_placements_in_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let original = DocumentText::from_normalised(ARTICLE_A);
    let revised = format!(
        "Updated 23 November. {}",
        ARTICLE_A.replace("killed and wounded", "killed or wounded")
    );
    std::fs::write(dir.path().join("revised.txt"), &revised).unwrap();
    let quote = |id: &str, range: std::ops::Range<usize>| {
        let s = Selector::from_range(&original, range);
        serde_json::json!({
            "@context": "http://www.w3.org/ns/anno.jsonld", "id": id, "type": "Annotation",
            "target": {"source": "urn:x", "selector": [
                {"type": "TextQuoteSelector", "exact": s.quote.exact, "prefix": s.quote.prefix, "suffix": s.quote.suffix},
                {"type": "TextPositionSelector", "start": s.position.start, "end": s.position.end}]}
        })
    };
    let killed = original.byte_to_char(ARTICLE_A.find("killed").unwrap());
    let annotations = serde_json::json!([
        quote("urn:b", killed..killed + 28),
        quote("urn:a", 0..17),
        {"id": "urn:gone", "type": "Annotation", "target": {"selector": [
            {"type": "TextQuoteSelector", "exact": "a passage the teacher removed entirely", "prefix": "", "suffix": ""},
            {"type": "TextPositionSelector", "start": 5, "end": 43}]}}
    ]);
    std::fs::write(dir.path().join("in.json"), annotations.to_string()).unwrap();
    let (ok, stdout, stderr) = crosscheck(&[
        "reanchor",
        "--text",
        dir.path().join("revised.txt").to_str().unwrap(),
        "--annotations",
        dir.path().join("in.json").to_str().unwrap(),
    ]);
    assert!(ok, "{stderr}");
    let out: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let shift = "Updated 23 November. ".len();
    assert_eq!(out[0]["id"], "urn:b");
    assert_eq!(out[0]["method"], "fuzzy");
    assert_eq!(out[0]["start"], killed + shift);
    assert_eq!(out[1]["id"], "urn:a");
    assert_eq!(out[1]["method"], "moved");
    assert_eq!(out[1]["start"], shift);
    assert_eq!(out[1]["end"], shift + 17);
    assert!(out[1]["score"].as_f64().unwrap() > 0.99, "{}", out[1]);
    assert_eq!(out[2]["method"], "orphaned");
    assert!(out[2]["start"].is_null() && out[2]["end"].is_null());
}

#[test]
fn reanchor_reports_bad_json_with_position() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("t.txt"), "text").unwrap();
    std::fs::write(
        dir.path().join("in.json"),
        "[{\"id\": \"a\",\n \"target\": }]",
    )
    .unwrap();
    let (ok, _, stderr) = crosscheck(&[
        "reanchor",
        "--text",
        dir.path().join("t.txt").to_str().unwrap(),
        "--annotations",
        dir.path().join("in.json").to_str().unwrap(),
    ]);
    assert!(!ok);
    assert!(stderr.contains("in.json:2:"), "{stderr}");
}

/// Every file in `tests/fixtures/formats` (named `KIND-N`) is in format N and opens in this build,
/// upgraded when N is older than what the build writes.
#[test]
fn every_format_ever_written_still_opens() {
    use crosscheck::core::review::{REVIEW_FORMAT, Review};
    use crosscheck::core::store::migrate::{self, Loaded};

    fn check<T>(name: &str, loaded: Result<Loaded<T>, FileError>, current: u32) -> u32 {
        let loaded = loaded.unwrap_or_else(|e| panic!("{name} does not open: {e}"));
        let named: u32 = name
            .rsplit('-')
            .next()
            .and_then(|n| n.split('.').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{name} is not named KIND-N"));
        assert_eq!(
            loaded.format, named,
            "{name} is not in the format its name says"
        );
        assert!(named <= current, "{name} is newer than this build");
        named
    }

    let dir = Path::new("tests/fixtures/formats");
    let mut kinds = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".session.ron") {
            let loaded = Session::load_versioned(&path);
            if let Ok(l) = &loaded {
                assert_eq!(
                    l.value.format, SESSION_FORMAT,
                    "{name}: not stamped current"
                );
            }
            check(&name, loaded, SESSION_FORMAT);
            kinds.insert("session");
        } else if name.ends_with(".review.ron") {
            let loaded = migrate::load_versioned::<Review>(&path);
            check(&name, loaded, REVIEW_FORMAT);
            kinds.insert("review");
        } else if name.starts_with("packed-lesson-") {
            let loaded = migrate::load_versioned::<crosscheck::core::lesson::PackedLesson>(&path);
            check(&name, loaded, LESSON_FORMAT);
            let lesson = LoadedLesson::load(&path).unwrap();
            assert!(lesson.problems.is_empty(), "{name}: {:?}", lesson.problems);
            kinds.insert("packed lesson");
        } else if name.starts_with("lesson-") {
            let loaded = migrate::load_versioned::<Lesson>(&path.join("lesson.ron"));
            check(&name, loaded, LESSON_FORMAT);
            kinds.insert("lesson folder");
        }
    }
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        ["lesson folder", "packed lesson", "review", "session"],
        "a kind of file has no fixture of its formats"
    );
}

/// A file in a format no version ever wrote (0) is refused in words, not read as the current one.
#[test]
fn format_zero_is_refused_with_the_file_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zero.session.ron");
    let text = std::fs::read_to_string("tests/fixtures/formats/session-1.session.ron").unwrap();
    std::fs::write(&path, text.replacen("format: 1", "format: 0", 1)).unwrap();
    let error = Session::load(&path).unwrap_err().to_string();
    assert!(
        error.contains("zero.session.ron") && error.contains("format 0"),
        "{error}"
    );
}

/// `crosscheck trail` prints how the work was made and whether its trail holds; a note changed
/// by hand in the file makes it say so and exit 1.
#[test]
fn the_trail_command_tells_an_intact_trail_from_a_tampered_file() {
    let fixture = "tests/fixtures/formats/session-2.session.ron";
    let (ok, out, err) = crosscheck(&["trail", "--lang", "en", fixture]);
    assert!(ok, "{err}");
    assert!(out.contains("trail intact"), "{out}");
    assert!(
        out.contains("pasted 41 characters from outside into the note of claim 9"),
        "{out}"
    );
    assert!(out.contains("; handed in"), "{out}");

    let dir = tempfile::tempdir().unwrap();
    let tampered = dir.path().join("tampered.session.ron");
    let text = std::fs::read_to_string(fixture).unwrap();
    let edited = text.replacen(
        "Checked against the Pentagon's own count.",
        "Checked against the Pentagon's count, twice.",
        1,
    );
    assert_ne!(edited, text);
    std::fs::write(&tampered, edited).unwrap();
    let (ok, out, _) = crosscheck(&["trail", "--lang", "en", tampered.to_str().unwrap()]);
    assert!(!ok, "a broken trail exits 1");
    assert!(out.contains("does not match its trail: c90"), "{out}");

    let (ok, out, _) = crosscheck(&["trail", "--json", fixture]);
    assert!(ok);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["trail"], "ok");
    assert_eq!(json["handed_in"], "2026-12-08T09:32:00Z");
}
