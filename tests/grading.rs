//! Grading sessions against the key: the rules, their bounds, and the `grade` command.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crosscheck::core::grade::{GradeOptions, Outcome, grade, session_from_key};
use crosscheck::core::lesson::{Lesson, LoadedLesson};
use crosscheck::core::session::{SESSION_FORMAT, Session};
use crosscheck::core::store;
use proptest::prelude::*;

const LESSON: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");

fn lesson() -> Lesson {
    LoadedLesson::load(Path::new(LESSON)).unwrap().lesson
}

fn example() -> Session {
    store::load_ron(
        &Path::new(LESSON).join("example.session.ron"),
        SESSION_FORMAT,
    )
    .unwrap()
}

#[test]
fn the_key_itself_scores_full_marks_and_an_empty_session_zero() {
    let lesson = lesson();
    let perfect = grade(
        &lesson,
        &session_from_key(&lesson, jiff::Timestamp::UNIX_EPOCH),
        GradeOptions::default(),
    );
    assert!(perfect.max > 0.0);
    assert!(
        (perfect.points - perfect.max).abs() < 1e-3,
        "{} of {}",
        perfect.points,
        perfect.max
    );
    let empty = grade(
        &lesson,
        &Session::new(&lesson, jiff::Timestamp::UNIX_EPOCH),
        GradeOptions::default(),
    );
    assert!(empty.points.abs() < f32::EPSILON, "{}", empty.points);
    assert!(
        empty.tasks.iter().any(|t| t.points.is_none()),
        "the written task waits for the teacher"
    );
}

#[test]
fn example_student_gets_partial_credit_where_expected() {
    let lesson = lesson();
    let g = grade(&lesson, &example(), GradeOptions::default());
    assert!(g.flags.is_empty(), "{:?}", g.flags);
    assert!(
        g.points > 0.0 && g.points < g.max,
        "{} / {}",
        g.points,
        g.max
    );
    let item = |id: &str| g.items.iter().find(|i| i.key_item == id).unwrap();
    // c1 covers most of k01: found, label right.
    assert_eq!(item("k01").outcome, Outcome::Found);
    assert_eq!(item("k01").label_credit, Some(1.0));
    // c3 marked the inference as check-worthy: span found, label wrong.
    assert_eq!(item("k04").label_credit, Some(0.0));
    // c5 said loaded language where the key says name calling: a near miss.
    assert_eq!(item("k07").label_credit, Some(0.5));
    // c7's verdict "mixed" is one step from "misleading": half the verdict credit.
    assert_eq!(item("k22").verdict_credit, Some(0.5));
    // The student never touched the Tower 22 claim.
    assert_eq!(item("k24").outcome, Outcome::Missed);
    // c8 ("half of whom are children") matches no key item of its task.
    let t2 = g.tasks.iter().find(|t| t.task == "t2-techniques").unwrap();
    assert_eq!(t2.extra, 1);
}

#[test]
fn sessions_for_another_lesson_or_document_version_are_flagged() {
    let lesson = lesson();
    let mut session = example();
    session.lesson_id = "another-lesson".into();
    session
        .document_hashes
        .insert("rahnam-2023-11-22".into(), "0".repeat(64));
    let g = grade(&lesson, &session, GradeOptions::default());
    assert_eq!(g.flags.len(), 2, "{:?}", g.flags);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn scores_never_leave_zero_to_max(drop_mask in proptest::collection::vec(any::<bool>(), 24), shift in 0usize..40, threshold in 0.05f32..1.0) {
        let lesson = lesson();
        let mut session = session_from_key(&lesson, jiff::Timestamp::UNIX_EPOCH);
        let mut keep = drop_mask.iter().cycle();
        session.annotations.retain(|_| *keep.next().unwrap_or(&true));
        for a in &mut session.annotations {
            a.selector.position.start += shift;
            a.selector.position.end += shift / 2;
            if a.selector.position.end <= a.selector.position.start {
                a.selector.position.end = a.selector.position.start + 1;
            }
        }
        let g = grade(&lesson, &session, GradeOptions { match_threshold: threshold });
        prop_assert!(g.points >= 0.0 && g.points <= g.max + 1e-3, "{} / {}", g.points, g.max);
        for t in &g.tasks {
            if let Some(p) = t.points {
                prop_assert!(p >= 0.0 && p <= t.max + 1e-3);
            }
        }
    }
}

#[test]
fn grade_command_writes_a_gradebook() {
    let dir = tempfile::tempdir().unwrap();
    let lesson = lesson();
    let perfect = dir.path().join("key.session.ron");
    store::save_ron(
        &perfect,
        &session_from_key(&lesson, jiff::Timestamp::UNIX_EPOCH),
    )
    .unwrap();
    std::fs::copy(
        Path::new(LESSON).join("example.session.ron"),
        dir.path().join("sample.session.ron"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("broken.session.ron"),
        "(format: 1, lesson_id: ",
    )
    .unwrap();
    let csv = dir.path().join("grades.csv");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args([
            "grade",
            LESSON,
            dir.path().to_str().unwrap(),
            "--csv",
            csv.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "a broken session makes the exit status 1"
    );
    assert!(stderr.contains("broken.session.ron:1:"), "{stderr}");
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let header = rows.headers().unwrap().clone();
    assert_eq!(&header[0], "student");
    let tail = [
        "total",
        "max",
        "precision",
        "flags",
        "active_minutes",
        "pastes_outside",
        "trail",
        "handed_in",
    ];
    assert_eq!(header.len(), 2 + lesson.tasks.len() + tail.len());
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(
        header
            .iter()
            .skip(2 + lesson.tasks.len())
            .collect::<Vec<_>>(),
        tail
    );
    let records: Vec<_> = rows.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2);
    let key_row = records.iter().find(|r| &r[0] == "Answer key").unwrap();
    assert_eq!(
        key_row[column("total")],
        key_row[column("max")],
        "the key scores its own maximum"
    );
    assert_eq!(&key_row[column("precision")], "1.00");
    // Sessions from before trails (the key's, the sample's): no trail recorded, nothing pasted.
    assert_eq!(&key_row[column("trail")], "none");
    assert_eq!(&key_row[column("pastes_outside")], "0");
    assert_eq!(&key_row[column("handed_in")], "");
}

#[test]
fn feedback_reports_show_the_highlighted_passages_and_escape_html() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = example();
    session.student = "Ada <script>alert(1)</script>".into();
    let path = dir.path().join("ada.session.ron");
    store::save_ron(&path, &session).unwrap();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["grade", LESSON, path.to_str().unwrap(), "--csv"])
        .arg(dir.path().join("g.csv"))
        .arg("--reports")
        .arg(dir.path().join("reports"))
        .status()
        .unwrap();
    assert!(status.success());
    let md = std::fs::read_to_string(dir.path().join("reports/ada.md")).unwrap();
    assert!(
        md.contains("**resistance forces attacked American bases 62 times**"),
        "{md}"
    );
    assert!(md.contains("What the key expected"));
    let html = std::fs::read_to_string(dir.path().join("reports/ada.html")).unwrap();
    assert!(html.contains("<mark>resistance forces attacked American bases 62 times</mark>"));
    assert!(html.contains("Ada &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script>"));
}

#[test]
fn teacher_review_scores_the_written_task_overrides_and_comments_without_touching_the_session() {
    use crosscheck::core::review::{Review, StudentReview};
    let dir = tempfile::tempdir().unwrap();
    let lesson = lesson();
    let session_path = dir.path().join("ada.session.ron");
    std::fs::copy(Path::new(LESSON).join("example.session.ron"), &session_path).unwrap();
    let before = std::fs::read(&session_path).unwrap();
    let mut review = Review::new(&lesson);
    review.students.insert(
        "ada.session.ron".into(),
        StudentReview {
            comments: [(
                "c2".to_owned(),
                "Good catch: injured, not killed.".to_owned(),
            )]
            .into(),
            rubric_levels: [("t7-why-counts-differ".to_owned(), "Partial".to_owned())].into(),
            overrides: [("t3-attribution".to_owned(), 7.5)].into(),
            general: "Check start dates next time.".into(),
        },
    );
    let review_path = dir.path().join("class.review.ron");
    store::save_ron(&review_path, &review).unwrap();
    let csv = dir.path().join("g.csv");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args([
            "grade",
            LESSON,
            session_path.to_str().unwrap(),
            "--csv",
            csv.to_str().unwrap(),
            "--review",
        ])
        .arg(&review_path)
        .arg("--reports")
        .arg(dir.path().join("reports"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(
        &row[col("t7-why-counts-differ")],
        "3.00",
        "the Partial rubric level is worth 3"
    );
    assert_eq!(&row[col("t3-attribution")], "7.50");
    let md = std::fs::read_to_string(dir.path().join("reports/ada.md")).unwrap();
    assert!(
        md.contains("Good catch: injured, not killed.")
            && md.contains("Check start dates next time.")
    );
    assert_eq!(
        std::fs::read(&session_path).unwrap(),
        before,
        "review never modifies the session"
    );
}

#[test]
fn class_overview_counts_students_per_paragraph_and_the_most_missed_items() {
    use crosscheck::core::grade::class_overview;
    let loaded = LoadedLesson::load(Path::new(LESSON)).unwrap();
    let a = example();
    let mut b = example();
    b.annotations.truncate(2);
    let ga = grade(&loaded.lesson, &a, GradeOptions::default());
    let gb = grade(&loaded.lesson, &b, GradeOptions::default());
    let overview = class_overview(&loaded.texts, &[&a, &b], &[&ga, &gb]);
    // Both students flagged the first paragraph of the rahnam article.
    let first = &overview.paragraphs["rahnam-2023-11-22"][&0];
    assert_eq!(first.students, 2);
    assert_eq!(
        first.claims, 5,
        "c1, c2 and c4 of one student, c1 and c2 of the other"
    );
    assert_eq!(first.labels["checkworthy"], 4);
    assert_eq!(first.stances["contradicts"], 2);
    // k24 (the Tower 22 claim) was missed by both.
    assert!(
        overview
            .most_missed
            .iter()
            .any(|(item, n)| item == "k24" && *n == 2),
        "{:?}",
        overview.most_missed
    );
    assert!(overview.most_missed.windows(2).all(|w| w[0].1 >= w[1].1));
}

/// A claim on `document` over `range`, with every label of the lesson and the given task.
fn claim(
    id: String,
    document: &str,
    lesson: &LoadedLesson,
    range: std::ops::Range<usize>,
) -> crosscheck::core::session::Annotation {
    let text = lesson.text(document).unwrap();
    let mut a = crosscheck::core::session::Annotation::new(
        id,
        document.to_owned(),
        crosscheck::core::anchor::Selector::from_range(text, range),
    );
    a.labels = lesson
        .lesson
        .label_sets
        .iter()
        .flat_map(|s| s.labels.iter().map(|l| l.id.clone()))
        .collect();
    a
}

/// Highlighting every 20-char window of every document, with every label, is not a way to marks:
/// precision weighs as much as recall.
#[test]
fn highlighting_everything_earns_almost_nothing() {
    let loaded = LoadedLesson::load(Path::new(LESSON)).unwrap();
    let mut session = Session::new(&loaded.lesson, jiff::Timestamp::UNIX_EPOCH);
    let mut n = 0;
    for doc in &loaded.lesson.documents {
        let len = loaded.text(&doc.id).unwrap().char_count();
        for start in (0..len.saturating_sub(20)).step_by(2) {
            n += 1;
            session
                .annotations
                .push(claim(format!("c{n}"), &doc.id, &loaded, start..start + 20));
        }
    }
    assert!(n > 10_000, "{n} claims");
    let g = grade(&loaded.lesson, &session, GradeOptions::default());
    assert!(g.precision < 0.01, "precision {}", g.precision);
    assert!(g.points < 0.05 * g.max, "{} of {}", g.points, g.max);

    // Filing them all under one task does not hide them from the others.
    for task in &loaded.lesson.tasks {
        let mut filed = session.clone();
        for a in &mut filed.annotations {
            a.task = Some(task.id.clone());
        }
        let g = grade(&loaded.lesson, &filed, GradeOptions::default());
        assert!(
            g.points < 0.05 * g.max,
            "{}: {} of {}",
            task.id,
            g.points,
            g.max
        );
    }

    // The same highlights with precision switched off by the teacher: recall alone.
    let mut lenient = loaded.lesson.clone();
    lenient.answer_key.as_mut().unwrap().extra_claims.weight = 0.0;
    let g = grade(&lenient, &session, GradeOptions::default());
    assert!(g.points > 0.2 * g.max, "{} of {}", g.points, g.max);
}

/// The key's own claims plus extra ones: free up to one per key item, then each costs credit as
/// the documented formula says, scaled by the teacher's weight.
#[test]
fn extra_claims_cost_what_the_teacher_set() {
    let loaded = LoadedLesson::load(Path::new(LESSON)).unwrap();
    let key = loaded.lesson.answer_key.clone().unwrap();
    let task = loaded
        .lesson
        .tasks
        .iter()
        .find(|t| key.items.iter().filter(|i| i.task == t.id).count() >= 2)
        .unwrap()
        .clone();
    let items: Vec<_> = key.items.iter().filter(|i| i.task == task.id).collect();
    let document = items[0].document.clone();
    let perfect = session_from_key(&loaded.lesson, jiff::Timestamp::UNIX_EPOCH);
    let task_points = |lesson: &Lesson, extra: usize| {
        let mut s = perfect.clone();
        // Extra claims far from every key item, at the very end of the document.
        let len = loaded.text(&document).unwrap().char_count();
        for i in 0..extra {
            let mut a = claim(format!("x{i}"), &document, &loaded, len - 3..len - 2);
            a.task = Some(task.id.clone());
            s.annotations.push(a);
        }
        let g = grade(lesson, &s, GradeOptions::default());
        let t = g.tasks.iter().find(|t| t.task == task.id).unwrap().clone();
        (t.points.unwrap(), t.precision, t.extra)
    };
    let full = task.points as f32;
    let free = items.len();
    let (points, precision, extra) = task_points(&loaded.lesson, free);
    assert_eq!(extra, free);
    assert!(
        (points - full).abs() < 1e-3,
        "{free} free extras cost nothing: {points}"
    );
    assert!((precision - 1.0).abs() < 1e-6);

    // Twice as many extras as key items: the ones beyond the free ones are charged.
    let (points, precision, _) = task_points(&loaded.lesson, 2 * free + items.len());
    let matched = items.len() as f32;
    let want_precision = matched / (matched + (free + items.len()) as f32);
    assert!(
        (precision - want_precision).abs() < 1e-5,
        "{precision} vs {want_precision}"
    );
    assert!((points - full * want_precision).abs() < 1e-3, "{points}");

    // Half the weight: half the loss.
    let mut half = loaded.lesson.clone();
    half.answer_key.as_mut().unwrap().extra_claims.weight = 0.5;
    let (points, _, _) = task_points(&half, 2 * free + items.len());
    let want = full * (1.0 - 0.5 * (1.0 - want_precision));
    assert!((points - want).abs() < 1e-3, "{points} vs {want}");
}

/// `grade` against a lesson whose document cannot be read refuses, lists the problem and writes
/// no gradebook.
#[test]
fn grade_refuses_a_lesson_with_problems() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = LoadedLesson::load(Path::new(LESSON)).unwrap();
    let copy = dir.path().join("lesson");
    loaded.save_folder(&copy).unwrap();
    let doc = &loaded.lesson.documents[0];
    std::fs::write(copy.join(&doc.path), b"\xff\xfe\x00broken").unwrap();
    let csv = dir.path().join("grades.csv");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["grade", copy.to_str().unwrap()])
        .arg(Path::new(LESSON).join("example.session.ron"))
        .args(["--csv", csv.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("not graded") && stderr.contains(&doc.path),
        "{stderr}"
    );
    assert!(!csv.exists());
}

/// A verdict task weighs mostly the verdict and its evidence: highlighting the right sentence
/// with the right label and no verdict earns little; the right verdict with its evidence earns
/// most. The teacher can weigh it otherwise (the task's `weights`).
#[test]
fn a_verdict_task_rewards_the_verdict_and_its_evidence_not_the_highlight() {
    use crosscheck::core::lesson::{TaskKind, Weights};
    let lesson = lesson();
    let verdict_tasks: Vec<String> = lesson
        .tasks
        .iter()
        .filter(|t| t.kind == TaskKind::Verdict)
        .map(|t| t.id.clone())
        .collect();
    assert!(!verdict_tasks.is_empty(), "the sample has a verdict task");
    let perfect = session_from_key(&lesson, jiff::Timestamp::UNIX_EPOCH);
    let share = |lesson: &Lesson, session: &Session| {
        let g = grade(lesson, session, GradeOptions::default());
        let items: Vec<_> = g
            .items
            .iter()
            .filter(|i| verdict_tasks.contains(&i.task) && i.verdict_credit.is_some())
            .collect();
        assert!(!items.is_empty());
        items.iter().map(|i| i.points / i.max).sum::<f32>() / items.len() as f32
    };
    // The right sentences and labels, no verdicts, no evidence.
    let mut highlighted = perfect.clone();
    for a in &mut highlighted.annotations {
        a.verdict = None;
        a.evidence.clear();
    }
    let highlighting = share(&lesson, &highlighted);
    assert!(
        highlighting <= 0.3,
        "highlighting alone earns {highlighting:.2} of a verdict item (it earned 0.45)"
    );
    // The right verdicts and evidence, no labels.
    let mut judged = perfect.clone();
    for a in &mut judged.annotations {
        a.labels.clear();
    }
    let judging = share(&lesson, &judged);
    assert!(
        judging >= 0.8,
        "the verdict and its evidence earn {judging:.2}"
    );
    // The teacher weighs the highlight as much as the verdict: highlighting earns more.
    let mut even = lesson.clone();
    for t in &mut even.tasks {
        if t.kind == TaskKind::Verdict {
            t.weights = Some(Weights {
                span: 1,
                labels: 1,
                evidence: 1,
                verdict: 1,
            });
        }
    }
    assert!(share(&even, &highlighted) > highlighting + 0.1);
}

/// `grade --lang es` writes the gradebook's words and the reports in Spanish; a language
/// Crosscheck has no words in is refused, naming those it has.
#[test]
fn the_command_line_writes_reports_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(LESSON).join("example.session.ron"),
        dir.path().join("sam.session.ron"),
    )
    .unwrap();
    let csv = dir.path().join("grades.csv");
    let reports = dir.path().join("reports");
    let run = |lang: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args([
                "grade",
                LESSON,
                dir.path().join("sam.session.ron").to_str().unwrap(),
            ])
            .args(["--csv", csv.to_str().unwrap()])
            .args(["--reports", reports.to_str().unwrap(), "--lang", lang])
            .output()
            .unwrap()
    };
    let out = run("es-MX");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("alumno,archivo,"), "{text}");
    let report = std::fs::read_to_string(reports.join("sam.md")).unwrap();
    assert!(report.contains("## Lo que esperaba la clave"), "{report}");
    assert!(!report.contains("What the key expected"));

    let english = run("en");
    assert!(english.status.success());
    let report = std::fs::read_to_string(reports.join("sam.md")).unwrap();
    assert!(report.contains("## What the key expected"), "{report}");

    let unknown = run("xx");
    assert!(!unknown.status.success());
    let stderr = String::from_utf8_lossy(&unknown.stderr);
    assert!(
        stderr.contains("\"xx\"") && stderr.contains("en, es"),
        "{stderr}"
    );
}
