//! `crosscheck export` and `crosscheck import`: a session to W3C Web Annotations, `ClaimReview` or a
//! report; annotations from W3C or Hypothesis JSON to a session.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::core::authoring;
use crate::core::grade::{self, GradeOptions};
use crate::core::interop::{self, ImportFormat, report};
use crate::core::lesson::LoadedLesson;
use crate::core::session::Session;
use crate::core::store;
use crate::core::words::Worded as _;

/// What `crosscheck export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// W3C Web Annotations: an `AnnotationCollection` (JSON-LD).
    W3c,
    /// schema.org `ClaimReview` (JSON-LD): a list of the verdicts, or one with --claim.
    Claimreview,
    /// The feedback report in Markdown.
    Md,
    /// The feedback report as a printable HTML page.
    Html,
}

/// What `crosscheck import` reads (told from the content when not given).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AnnotationFormat {
    /// W3C Web Annotation JSON (an annotation, a list, a page or a collection).
    W3c,
    /// Hypothesis JSON (API search results, a list of rows, or one row).
    Hypothesis,
}

/// What `crosscheck export` was asked to do.
pub struct ExportArgs<'a> {
    /// The session file; `None` for the lesson's answer key.
    pub session: Option<&'a Path>,
    /// The lesson it is a session of.
    pub lesson: &'a Path,
    /// The format.
    pub format: ExportFormat,
    /// Where to write (`-` for standard output).
    pub out: &'a Path,
    /// Only this claim's `ClaimReview`.
    pub claim: Option<&'a str>,
    /// The language of a feedback report.
    pub words: crate::core::words::Words,
}

/// Exports a session (or the lesson's answer key, as the model session) in a format.
pub fn export(args: &ExportArgs<'_>) -> anyhow::Result<()> {
    let loaded = LoadedLesson::load(args.lesson)?;
    for problem in &loaded.problems {
        super::warn(&format!("{}: {problem}", args.lesson.display()));
    }
    let session = if let Some(path) = args.session {
        let session = Session::load(path)?;
        if session.lesson_id != loaded.lesson.id {
            anyhow::bail!(
                "{}: this session is of lesson {:?}, not of {:?} ({})",
                path.display(),
                session.lesson_id,
                loaded.lesson.id,
                args.lesson.display()
            );
        }
        session
    } else {
        if loaded.lesson.answer_key.is_none() {
            anyhow::bail!(
                "{}: this lesson has no answer key (is it a student edition?)",
                args.lesson.display()
            );
        }
        // The model session: the answer key as a claim per key item, made now.
        let now = jiff::Timestamp::now()
            .round(jiff::Unit::Second)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        authoring::key_as_session(&loaded.lesson, now).0
    };
    let text = exported(&loaded, &session, args)?;
    if args.out == Path::new("-") {
        super::say(&text);
    } else {
        store::write_atomic(args.out, text.as_bytes())?;
        super::say(&format!(
            "{}: {} written",
            args.out.display(),
            match args.format {
                ExportFormat::W3c => "W3C Web Annotations",
                ExportFormat::Claimreview => "ClaimReview",
                ExportFormat::Md => "Markdown report",
                ExportFormat::Html => "HTML report",
            }
        ));
    }
    Ok(())
}

fn exported(
    loaded: &LoadedLesson,
    session: &Session,
    args: &ExportArgs<'_>,
) -> anyhow::Result<String> {
    let (format, claim) = (args.format, args.claim);
    let lesson = &loaded.lesson;
    Ok(match format {
        ExportFormat::W3c => interop::export_w3c_string(lesson, session),
        ExportFormat::Claimreview => match claim {
            Some(id) => {
                let annotation = session
                    .annotation(id)
                    .with_context(|| format!("the session has no claim {id:?}"))?;
                let review = interop::claim_review(lesson, session, annotation)
                    .with_context(|| format!("claim {id:?} has no verdict to review"))?;
                serde_json::to_string_pretty(&review)?
            }
            None => interop::claim_reviews_string(lesson, session),
        },
        ExportFormat::Md | ExportFormat::Html => {
            let graded = grade::grade(lesson, session, GradeOptions::default());
            if format == ExportFormat::Md {
                report::markdown(loaded, session, &graded, None, args.words)
            } else {
                report::html(loaded, session, &graded, None, args.words)
            }
        }
    })
}

/// What `crosscheck import` was asked to do.
pub struct ImportArgs<'a> {
    /// The JSON file.
    pub file: &'a Path,
    /// The lesson the annotations are on.
    pub lesson: &'a Path,
    /// The session file to write.
    pub out: &'a Path,
    /// The format, when not told from the content.
    pub format: Option<AnnotationFormat>,
}

/// Imports annotations into a new session file and reports what became of each. `Ok(false)`
/// when some could not be placed or need a look (the session is written all the same, with
/// them kept as orphaned).
pub fn import(args: &ImportArgs<'_>) -> anyhow::Result<bool> {
    let loaded = LoadedLesson::load(args.lesson)?;
    for problem in &loaded.problems {
        super::warn(&format!("{}: {problem}", args.lesson.display()));
    }
    let (json, shown) = store::read_text_limited(args.file, store::guard::MAX_PACKED_BYTES)?;
    let format = args.format.map(|f| match f {
        AnnotationFormat::W3c => ImportFormat::W3c,
        AnnotationFormat::Hypothesis => ImportFormat::Hypothesis,
    });
    let outcome =
        interop::import_annotations(&loaded, &json, format, &shown, jiff::Timestamp::now())
            .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
    let out: PathBuf = args.out.to_owned();
    store::save_ron(&out, &outcome.session)?;
    for (claim, line) in outcome.claims.iter().zip(outcome.report()) {
        if claim.to.is_some() {
            super::say(&line.to_string());
        } else {
            super::warn(&line.to_string());
        }
    }
    for warning in &outcome.warnings {
        super::warn(&warning.to_string());
    }
    if let Some(summary) = outcome.report().last() {
        super::say(&format!(
            "{}: {} ({}) — {summary}",
            out.display(),
            "session written",
            outcome.format.as_str()
        ));
    }
    Ok(outcome.is_clean())
}
