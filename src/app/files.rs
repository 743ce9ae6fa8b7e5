//! What the app opens: the bundled sample lesson, a lesson or a session from disk (with the lesson
//! it belongs to), and the recovery copy autosave writes.

use std::path::{Path, PathBuf};

use super::i18n::Language;
use super::{Said, said};
use crate::core::lesson::Advice;
use crate::core::lesson::{LESSON_FORMAT, LessonSource, LoadedLesson, PackedLesson};
use crate::core::session::Session;
use crate::core::store;

/// The sample lesson, compiled in so that a bare start opens it anywhere.
pub fn bundled_lesson() -> LoadedLesson {
    macro_rules! doc {
        ($id:literal, $file:literal) => {
            (
                $id.to_owned(),
                include_str!(concat!(
                    "../../lessons/counting-the-attacks/documents/",
                    $file
                ))
                .to_owned(),
            )
        };
    }
    let lesson_text = include_str!("../../lessons/counting-the-attacks/lesson.ron");
    let texts = [
        doc!("rahnam-2023-11-22", "000_a4ccec1b0dcf7e2c.txt"),
        doc!("iswnews-2023-11-06", "001_ddd6a198d28da97f.txt"),
        doc!("iswnews-2024-01-31", "002_74aaaff8d518f159.txt"),
        doc!("almayadeen-2023-11", "003_c081f2c6b9395f18.txt"),
        doc!("akbari-2023-10-24", "004_964a8d7c985385b3.txt"),
    ]
    .into_iter()
    .collect();
    match store::parse_ron(lesson_text, "bundled lesson.ron", LESSON_FORMAT) {
        Ok(lesson) => LoadedLesson::from_packed(
            PackedLesson {
                format: LESSON_FORMAT,
                lesson,
                texts,
            },
            LessonSource::Bundled,
            "bundled lesson",
        ),
        // The bundled lesson is checked by the tests; this keeps a broken build usable.
        Err(e) => LoadedLesson {
            lesson: crate::core::lesson::Lesson {
                format: LESSON_FORMAT,
                id: "empty".into(),
                title: "No lesson".into(),
                language: "en".into(),
                intro: String::new(),
                teacher_notes: String::new(),
                documents: Vec::new(),
                label_sets: Vec::new(),
                verdict_scale: None,
                tasks: Vec::new(),
                feedback: crate::core::lesson::FeedbackPolicy::AfterHandIn,
                answer_key: None,
                numbers: crate::core::lesson::NumbersPanel::default(),
                synonyms: crate::core::lesson::starter_synonyms(),
                parties: Vec::new(),
            },
            texts: std::collections::BTreeMap::new(),
            source: LessonSource::Bundled,
            problems: vec![crate::core::lesson::Problem::from(e)],
        },
    }
}

/// A lesson and the session to work on in it.
pub struct Opened {
    /// The lesson (student edition).
    pub lesson: LoadedLesson,
    /// The session: loaded, or new.
    pub session: Session,
    /// Where the session is saved, if it has been.
    pub session_path: Option<PathBuf>,
    /// What the recovery store holds for it (looked for on the worker when a file is opened
    /// from the window).
    pub recovery: Option<super::recovery::RecoveryScan>,
    /// The format the session's file was in (older than the current one: upgraded when saved,
    /// its original kept); the current format for a new session.
    pub format: u32,
}

/// Opens a lesson (folder, `lesson.ron`, packed file) or a session file (its lesson is looked for
/// beside it, else the bundled lesson if the ids match); why not, in English.
pub fn open_path(path: &Path) -> Result<Opened, Said> {
    open_path_in(path, Language::English)
}

/// [`open_path`], saying why not in `language`.
pub fn open_path_in(path: &Path, language: Language) -> Result<Opened, Said> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.ends_with(".session.ron") || name.ends_with(".recovery.ron") {
        let loaded = Session::load_versioned(path).map_err(|e| said(&language, &e))?;
        let session = loaded.value;
        let lesson = find_lesson_for(path, &session.lesson_id, language)?;
        return Ok(Opened {
            lesson,
            session,
            session_path: Some(path.to_owned()),
            recovery: None,
            format: loaded.format,
        });
    }
    let lesson = LoadedLesson::load(path).map_err(|e| said(&language, &e))?;
    let session = Session::new(&lesson.lesson, jiff::Timestamp::now());
    Ok(Opened {
        lesson: student_view(lesson),
        session,
        session_path: None,
        recovery: None,
        format: crate::core::session::SESSION_FORMAT,
    })
}

/// What a student sees of a lesson: no key, no teacher notes.
pub fn student_view(mut lesson: LoadedLesson) -> LoadedLesson {
    lesson.lesson = lesson.lesson.student_edition();
    lesson
}

fn find_lesson_for(
    session_path: &Path,
    lesson_id: &str,
    language: Language,
) -> Result<LoadedLesson, Said> {
    let folder = session_path.parent().unwrap_or(Path::new("."));
    let mut candidates = vec![folder.to_owned()];
    if let Some(parent) = folder.parent() {
        candidates.push(parent.to_owned());
    }
    if let Ok(entries) = std::fs::read_dir(folder) {
        let mut more: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.is_dir()
                    || (p.extension().is_some_and(|e| e == "ron")
                        && !p.to_string_lossy().ends_with(".session.ron"))
            })
            .collect();
        more.sort();
        candidates.extend(more);
    }
    let mut unreadable = Vec::new();
    for candidate in candidates {
        let is_lesson = candidate.join("lesson.ron").is_file() || candidate.is_file();
        if !is_lesson {
            continue;
        }
        match LoadedLesson::load(&candidate) {
            Ok(lesson) if lesson.lesson.id == lesson_id => return Ok(student_view(lesson)),
            // A lesson.ron that fails to parse is reported as that, not as "not found".
            Err(e) if candidate.is_dir() || candidate.ends_with("lesson.ron") => {
                unreadable.push(said(&language, &e));
            }
            // Another lesson, or a .ron file beside the session that is no lesson at all.
            Ok(_) | Err(_) => {}
        }
    }
    // A broken lesson beside the session is reported, not passed over for the bundled copy.
    let session = session_path.display().to_string();
    if let Some((first, advice)) = unreadable.into_iter().next() {
        let text = tr!(
            &language,
            "shell-lesson-beside-unreadable",
            error = first,
            session = session
        );
        return Err((text, advice));
    }
    let bundled = bundled_lesson();
    if bundled.lesson.id == lesson_id {
        return Ok(student_view(bundled));
    }
    // Quoted and escaped as Rust writes it: an id with odd characters still reads as one.
    let lesson = format!("{lesson_id:?}");
    let text = tr!(
        &language,
        "shell-lesson-not-beside",
        session = session,
        lesson = lesson
    );
    Err((text, Advice::CheckWhere))
}
