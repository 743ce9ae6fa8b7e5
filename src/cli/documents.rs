//! `crosscheck import-document`: a document (text, Markdown, HTML, PDF or Word) added to a
//! lesson folder, as the teacher's Import document adds it.

use std::path::Path;

use crate::core::import;
use crate::core::lesson::{LessonSource, LoadedLesson};

/// Reads `file`, adds it to the lesson folder at `lesson_path` as a new document (its text in
/// `documents/ID.txt`) and saves the lesson.
pub fn import_document(file: &Path, lesson_path: &Path) -> anyhow::Result<()> {
    let mut loaded = LoadedLesson::load(lesson_path)?;
    let LessonSource::Folder(folder) = loaded.source.clone() else {
        anyhow::bail!(
            "{}: import-document works on a lesson folder (unpack a packed lesson first)",
            lesson_path.display()
        );
    };
    super::refuse_problems(&loaded, lesson_path, "no document imported")?;
    // Web pages, PDFs and Word files are read by this program in a child process, under time
    // and memory limits.
    let imported = import::isolated::Reader::this_program().read(file)?;
    let duplicate = import::duplicate::already_in(&loaded, &imported.text, &imported.url);
    let id = import::add_document(&mut loaded, imported);
    loaded.save_folder(&folder)?;
    let Some(document) = loaded.lesson.documents.iter().find(|d| d.id == id) else {
        anyhow::bail!("{}: the imported document was not kept", folder.display());
    };
    let paragraphs = loaded.texts.get(&id).map_or(0, |t| {
        t.as_str()
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .count()
    });
    super::say(&format!(
        "{}: imported \"{}\" as {} ({}, {paragraphs} paragraphs); check its title, outlet, \
         author, date and address",
        folder.display(),
        document.title,
        document.id,
        document.path,
    ));
    if let Some(duplicate) = duplicate {
        super::warn(&format!("{}: note: {duplicate}", file.display()));
    }
    Ok(())
}

/// The child reader (`extract --child`): limits this process, reads `file` and prints the
/// document or the reason it was refused as JSON, for [`import::isolated::read_document_isolated`].
pub fn child_reader(file: &Path) -> anyhow::Result<()> {
    use std::io::Write as _;
    let answer = import::isolated::child_answer(file);
    let mut out = std::io::stdout().lock();
    out.write_all(answer.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Prints what [`import::read_document`] takes from `file` (in this process, without limits):
/// its text, or with `json` an object with the text and each metadata field.
pub fn extract(file: &Path, json: bool) -> anyhow::Result<()> {
    let imported = import::read_document(file)?;
    if json {
        super::raw_out(&super::json_terminal_safe(&serde_json::to_string(
            &imported,
        )?));
    } else {
        super::say(&imported.text);
    }
    Ok(())
}
