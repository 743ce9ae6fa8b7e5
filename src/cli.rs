//! The headless subcommands: what teachers with many files (and tests) use from a shell.

use std::path::Path;
use std::process::ExitCode;

use crate::core::anchor::Anchorer;
use crate::core::interop::w3c;
use crate::core::lesson::LoadedLesson;
use crate::core::text::DocumentText;

pub mod documents;
pub mod interop;
pub mod numbers;
pub mod trail;

/// Prints a line on stdout (see [`say`]).
macro_rules! say {
    ($($arg:tt)*) => { $crate::cli::say(&format!($($arg)*)) };
}

/// Prints a line on stderr (see [`warn`]).
macro_rules! warn {
    ($($arg:tt)*) => { $crate::cli::warn(&format!($($arg)*)) };
}

/// Writes a line to stdout with control characters escaped (file content may hold terminal escape
/// sequences); a closed stdout (`| head`) quietly ends the output instead of failing.
pub fn say(line: &str) {
    use std::io::Write as _;
    writeln!(std::io::stdout().lock(), "{}", terminal_safe(line)).ok();
}

/// Writes text to stdout as it is (already made safe); a closed stdout ends the output quietly.
fn raw_out(text: &str) {
    use std::io::Write as _;
    writeln!(std::io::stdout().lock(), "{text}").ok();
}

/// JSON text with every character [`terminal_safe`] would escape written as a JSON `\uXXXX`
/// escape instead (such characters can only be inside JSON strings, so the JSON means the same).
pub fn json_terminal_safe(json: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if drives_a_terminal(c) {
            write!(out, "\\u{:04x}", u32::from(c)).ok();
        } else {
            out.push(c);
        }
    }
    out
}

/// [`say`] for stderr.
pub fn warn(line: &str) {
    use std::io::Write as _;
    writeln!(std::io::stderr().lock(), "{}", terminal_safe(line)).ok();
}

/// A control character (but line feed and tab) or a bidirectional formatting character: what a
/// terminal would obey rather than show.
fn drives_a_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The text with every control character (but line feed and tab) and every bidirectional
/// formatting character shown as `\u{…}`, so that what a file holds cannot drive the terminal.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    use std::fmt::Write as _;
    if !text.chars().any(drives_a_terminal) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if drives_a_terminal(c) {
            write!(out, "\\u{{{:04x}}}", u32::from(c)).ok();
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// "1 task", "2 tasks": a count and its noun, plural when it is not one.
fn counted(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// Validates a lesson: parses it, reads and hashes every document, checks every reference.
pub fn check(lesson_path: &Path) -> ExitCode {
    match LoadedLesson::load(lesson_path) {
        Ok(loaded) if loaded.problems.is_empty() => {
            say!(
                "{}: ok — \"{}\", {}, {}, {}, {}",
                lesson_path.display(),
                loaded.lesson.title,
                counted(loaded.lesson.documents.len(), "document"),
                counted(loaded.lesson.label_sets.len(), "label set"),
                counted(loaded.lesson.tasks.len(), "task"),
                loaded.lesson.answer_key.as_ref().map_or_else(
                    || "no answer key".to_owned(),
                    |k| counted(k.items.len(), "answer-key item")
                )
            );
            ExitCode::SUCCESS
        }
        Ok(loaded) => {
            warn!(
                "{}: {} problem(s):",
                lesson_path.display(),
                loaded.problems.len()
            );
            for problem in &loaded.problems {
                warn!("  - {problem}");
            }
            ExitCode::FAILURE
        }
        Err(e) => {
            warn!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// Re-anchors W3C annotations against a text and prints the placements as JSON, in input order.
pub fn reanchor(text_path: &Path, annotations_path: &Path) -> anyhow::Result<()> {
    let read_annotations = || -> anyhow::Result<Vec<w3c::W3cTarget>> {
        let (json, _) = crate::core::store::read_text(annotations_path)?;
        w3c::parse_annotations(&json, &annotations_path.display().to_string())
            .map_err(anyhow::Error::msg)
    };
    // The annotations are read (on a second core) while the text is read and indexed.
    std::thread::scope(|scope| {
        let reading = std::thread::Builder::new()
            .name("read-annotations".to_owned())
            .spawn_scoped(scope, read_annotations);
        let (text, chars) = DocumentText::load_with_chars(text_path)?;
        let anchorer = Anchorer::with_chars(&text, chars);
        anchorer.prepare();
        let targets = match reading {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => read_annotations(),
        }?;
        let (ids, selectors): (Vec<_>, Vec<_>) =
            targets.into_iter().map(|t| (t.id, t.selector)).unzip();
        let placements = anchorer.anchor_all(&selectors);
        let out: Vec<_> = ids
            .iter()
            .zip(&placements)
            .map(|(id, p)| w3c::placement_json(id, p))
            .collect();
        // JSON stays JSON: characters a terminal would obey are written as JSON escapes.
        raw_out(&json_terminal_safe(&serde_json::to_string_pretty(&out)?));
        Ok(())
    })
}

/// Refuses to go on with a lesson that has problems, listing them.
fn refuse_problems(
    loaded: &LoadedLesson,
    lesson_path: &Path,
    consequence: &str,
) -> anyhow::Result<()> {
    if loaded.problems.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = loaded.problems.iter().map(|p| format!("  - {p}")).collect();
    anyhow::bail!(
        "{}: {consequence}; the lesson has {} problem(s):\n{}\nFix them first (`crosscheck check` lists them).",
        lesson_path.display(),
        list.len(),
        list.join("\n")
    )
}

/// Writes the student edition of a lesson (no answer key) to a folder or a packed `.ron` file.
pub fn student_edition(lesson_path: &Path, out: &Path) -> anyhow::Result<()> {
    let loaded = LoadedLesson::load(lesson_path)?;
    refuse_problems(&loaded, lesson_path, "no student edition written")?;
    loaded.write_student_edition(out)?;
    say!("{}: student edition written (no answer key)", out.display());
    Ok(())
}

/// Prints where Crosscheck keeps its preferences and recovery copies on this computer: beside
/// the program in portable mode (a `crosscheck.portable` file beside it), else in the user's
/// profile. With `create`, makes the folder (to prepare a USB stick, or to check it can be
/// written).
pub fn data_folder(create: bool) -> anyhow::Result<()> {
    use crate::core::store::places::{DataFolder, PORTABLE_MARKER, Placement};
    let data = DataFolder::locate();
    let kind = match data.placement() {
        Placement::Portable => format!("portable ({PORTABLE_MARKER} is beside the program)"),
        Placement::Profile => format!(
            "in your profile (put a file named {PORTABLE_MARKER} beside the program to keep it there instead)"
        ),
        Placement::Temporary => "a temporary folder (no home folder was found)".to_owned(),
    };
    if create {
        data.create()
            .map_err(|e| anyhow::anyhow!("cannot make {}: {e}", data.root().display()))?;
    }
    say!("data folder: {} — {kind}", data.root().display());
    say!(
        "preferences and recent files: {}",
        data.preferences_file().display()
    );
    say!("recovery copies: {}", data.recovery_folder().display());
    Ok(())
}

/// What `crosscheck grade` was asked to do.
pub struct GradeArgs<'a> {
    /// The lesson with its key.
    pub lesson: &'a Path,
    /// Session files or folders of them.
    pub sessions: &'a [std::path::PathBuf],
    /// Where the CSV goes.
    pub csv: &'a Path,
    /// A folder for the reports.
    pub reports: Option<&'a Path>,
    /// The teacher's review file (rubric levels, overrides, comments).
    pub review: Option<&'a Path>,
    /// Overlap / union at which a span counts as found.
    pub threshold: f32,
    /// The language of the gradebook and the reports.
    pub words: crate::core::words::Words,
}

/// `--lang`: a language Crosscheck writes reports and gradebooks in, by tag or locale.
///
/// # Errors
/// A language it has no words in, naming those it has.
pub fn report_language(tag: &str) -> Result<crate::core::words::Words, String> {
    use crate::core::words::Words;
    Words::for_tag(tag).ok_or_else(|| {
        format!(
            "no reports in {tag:?}: Crosscheck writes them in {}",
            Words::TAGS.join(", ")
        )
    })
}

/// The language of reports when `--lang` is not given: the system's (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`, as POSIX looks them up) if Crosscheck has it, else English.
pub fn system_words() -> crate::core::words::Words {
    use crate::core::words::Words;
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|locale| Words::for_tag(&locale))
        .unwrap_or_else(Words::english)
}

/// The teacher's review file at `path`, which must be of lesson `lesson_id`.
fn review_of(path: &Path, lesson_id: &str) -> anyhow::Result<crate::core::review::Review> {
    let review: crate::core::review::Review =
        crate::core::store::migrate::load_versioned(path)?.value;
    if review.lesson_id != lesson_id {
        anyhow::bail!(
            "{}: this review is of lesson {:?}, not {:?}",
            path.display(),
            review.lesson_id,
            lesson_id
        );
    }
    Ok(review)
}

/// Grades sessions (files, or folders of `*.session.ron`) against a lesson's key and writes the
/// CSV gradebook. Unreadable sessions are listed and make the exit status 1; the rest are graded.
/// With `reports`, also writes each student's feedback report there as Markdown and HTML.
pub fn grade(args: &GradeArgs<'_>) -> anyhow::Result<bool> {
    use crate::core::class;
    use crate::core::grade::{self, GradeOptions};
    use crate::core::review;

    let (lesson_path, csv_out, reports) = (args.lesson, args.csv, args.reports);
    let loaded = LoadedLesson::load(lesson_path)?;
    let review = args
        .review
        .map(|path| review_of(path, &loaded.lesson.id))
        .transpose()?;
    if loaded.lesson.answer_key.is_none() {
        anyhow::bail!(
            "{}: this lesson has no answer key (is it a student edition?)",
            lesson_path.display()
        );
    }
    if !loaded.problems.is_empty() {
        let list: Vec<String> = loaded.problems.iter().map(|p| format!("  - {p}")).collect();
        anyhow::bail!(
            "{}: not graded: the lesson has {} problem(s), and marks given against it could be \
             wrong:\n{}\nFix them first (`crosscheck check` lists them).",
            lesson_path.display(),
            list.len(),
            list.join("\n")
        );
    }
    let files = class::session_files(args.sessions)?;
    let parsed = class::read_sessions(&files);
    if parsed.len() != files.len() {
        anyhow::bail!("could not start the threads that read the sessions");
    }
    let options = GradeOptions {
        match_threshold: args.threshold,
    };
    let mut grades = Vec::new();
    let mut read = Vec::new();
    let mut all_read = true;
    for (path, session) in parsed {
        match session {
            Ok(session) => {
                let mut g = grade::grade(&loaded.lesson, &session, options);
                let name = path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                let student_review = review.as_ref().and_then(|r| r.students.get(&name));
                if let Some(r) = student_review {
                    for problem in review::apply(&loaded.lesson, &mut g, r) {
                        warn!("review of {name}: {problem}");
                    }
                }
                if let Some(folder) = reports {
                    class::write_reports(
                        &loaded,
                        &session,
                        &g,
                        student_review,
                        folder,
                        &name,
                        args.words,
                    )?;
                }
                read.push((name.clone(), session));
                grades.push((name, g));
            }
            Err(e) => {
                all_read = false;
                warn!("{e}");
            }
        }
    }
    // Files first: what is printed after may go to a closed pipe.
    let sessions: Vec<(&str, &crate::core::session::Session)> =
        read.iter().map(|(name, s)| (name.as_str(), s)).collect();
    let trails = crate::core::trail::standings(&sessions);
    let csv = class::gradebook_csv(&loaded.lesson, &grades, &trails, args.words)?;
    crate::core::store::write_atomic(csv_out, csv.as_bytes())?;
    print_most_missed(&grades);
    for (file, g) in &grades {
        let flags = if g.flags.is_empty() {
            String::new()
        } else {
            let flags: Vec<String> = g.flags.iter().map(ToString::to_string).collect();
            format!("  [{}]", flags.join("; "))
        };
        say!(
            "{file}: {} — {:.1} / {:.1}{flags}",
            g.student,
            g.points,
            g.max
        );
    }
    say!(
        "{}: gradebook of {} session(s) written",
        csv_out.display(),
        grades.len()
    );
    Ok(all_read)
}

/// Replaces a document of a lesson folder with a revised text, re-anchors the answer key (and
/// reports what the given sessions' highlights would do), and saves the lesson.
pub fn revise(
    lesson_path: &Path,
    document: &str,
    text_path: &Path,
    sessions: &[std::path::PathBuf],
) -> anyhow::Result<()> {
    use crate::core::lesson::LessonSource;
    use crate::core::revise;

    let mut loaded = LoadedLesson::load(lesson_path)?;
    let LessonSource::Folder(folder) = loaded.source.clone() else {
        anyhow::bail!(
            "{}: revise works on a lesson folder (unpack a packed lesson first)",
            lesson_path.display()
        );
    };
    let new_text = DocumentText::load(text_path)?;
    // The report is printed once the lesson is saved: stdout may be a pipe closed early.
    let mut report = Vec::new();
    for file in crate::core::class::session_files(sessions)? {
        let mut session = crate::core::session::Session::load(&file)?;
        report.push(format!("{}:", file.display()));
        for r in revise::revise_session(&mut session, document, &new_text) {
            report.push(format!("  {}", revise::describe(&r)));
        }
    }
    report.push("answer key:".to_owned());
    for r in revise::revise_lesson_document(&mut loaded, document, new_text)
        .map_err(anyhow::Error::msg)?
    {
        report.push(format!("  {}", revise::describe(&r)));
    }
    loaded.save_folder(&folder)?;
    for line in &report {
        say(line);
    }
    say!(
        "{}: lesson saved with the revised document (previous files kept as .bak)",
        folder.display()
    );
    Ok(())
}

fn print_most_missed(grades: &[(String, crate::core::grade::SessionGrade)]) {
    let refs: Vec<&crate::core::grade::SessionGrade> = grades.iter().map(|(_, g)| g).collect();
    let overview =
        crate::core::grade::class_overview(&std::collections::BTreeMap::new(), &[], &refs);
    let top: Vec<String> = overview
        .most_missed
        .iter()
        .take(5)
        .map(|(item, n)| format!("{item} ({n} of {})", grades.len()))
        .collect();
    if !top.is_empty() {
        say!("most missed key items: {}", top.join(", "));
    }
}

#[cfg(test)]
mod counted_tests {
    #[test]
    fn one_is_singular_and_any_other_count_plural() {
        assert_eq!(super::counted(1, "label set"), "1 label set");
        assert_eq!(super::counted(0, "task"), "0 tasks");
        assert_eq!(super::counted(5, "document"), "5 documents");
    }
}
