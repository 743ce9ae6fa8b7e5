//! Importing a document into a lesson: plain text and Markdown as they are, web pages (`.html`,
//! and `.mhtml` as browsers save them) with the article's text and metadata ([`html`],
//! [`mhtml`]), PDFs' text layers rebuilt into paragraphs ([`pdf`], [`layout`]) and Word documents
//! ([`docx`]).

mod cjk;
pub mod docx;
pub mod duplicate;
pub mod html;
pub mod isolated;
pub mod layout;
pub mod mhtml;
pub mod pdf;
pub mod pdf_forms;
mod repair;

use std::path::Path;

pub use html::from_html;

use crate::core::lesson::{Direction, DocumentRef, Lesson, LoadedLesson};
use crate::core::store::guard::ReadError;
use crate::core::text::{DocumentText, TextError};
use crate::core::words::{Message, Worded};

/// A document read from a file, with what metadata the file itself tells. As JSON it is what
/// `crosscheck extract --json` prints and what the child reader answers.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Imported {
    /// The text, LF line endings, one paragraph per line.
    pub text: String,
    /// Headline, if the file names one.
    pub title: String,
    /// Publisher.
    pub outlet: String,
    /// Author.
    pub author: String,
    /// Publication date as written.
    pub published: String,
    /// Canonical address.
    pub url: String,
    /// The language the file names (a BCP 47 tag such as `en` or `ar-EG`), empty if none; it
    /// sets the document's direction ([`direction_of`]).
    #[serde(default)]
    pub language: String,
}

/// Why a document could not be imported.
#[derive(Debug, PartialEq)]
pub enum ImportError {
    /// The file could not be read: not a regular file, larger than any document, or the operating
    /// system's error.
    Unreadable {
        /// The file, as given.
        path: String,
        /// Why.
        error: ReadError,
    },
    /// Its bytes are not a text (not UTF-8, or UTF-16 without a byte-order mark).
    NotText {
        /// The file, as given.
        path: String,
        /// Why.
        error: TextError,
    },
    /// An HTML page without article text.
    NoArticleText {
        /// The file, as given.
        path: String,
    },
    /// A saved web page (`.mhtml`) without an HTML part.
    NoSavedPage {
        /// The file, as given.
        path: String,
    },
    /// A PDF without text that can be imported.
    Pdf {
        /// The file, as given.
        path: String,
        /// Why.
        problem: pdf::PdfProblem,
    },
    /// A Word document without text that can be imported.
    Docx {
        /// The file, as given.
        path: String,
        /// Why.
        problem: docx::DocxProblem,
    },
    /// Not a kind of file documents are imported from.
    UnsupportedKind {
        /// The file, as given.
        path: String,
        /// Its extension, lowercase, without the dot.
        extension: String,
    },
    /// Reading it took longer than the time limit; the reader (a child process) was stopped.
    TooLong {
        /// The file, as given.
        path: String,
        /// The limit.
        seconds: u64,
    },
    /// Reading it needed more memory than the reader may have.
    TooMuchMemory {
        /// The file, as given.
        path: String,
        /// The limit.
        megabytes: u64,
    },
    /// The reader (a child process) stopped without an answer.
    ReaderCrashed {
        /// The file, as given.
        path: String,
        /// How it stopped.
        cause: isolated::Crash,
    },
    /// The reader (a child process) could not be started.
    ReaderNotStarted {
        /// The file, as given.
        path: String,
        /// The program.
        program: String,
        /// The operating system's words.
        reason: String,
    },
    /// The reader's answer was longer than any document's text.
    TooMuchText {
        /// The file, as given.
        path: String,
    },
    /// Why the reader (a child process) refused the file, as it worded it.
    Reported(Message),
}

impl Worded for ImportError {
    fn message(&self) -> Message {
        match self {
            Self::Unreadable { path, error } => Message::new("import-file-problem")
                .with("file", path)
                .with("reason", error.message()),
            Self::NotText { path, error } => Message::new("import-file-problem")
                .with("file", path)
                .with("reason", error.message()),
            Self::NoArticleText { path } => {
                Message::new("import-no-article-text").with("file", path)
            }
            Self::NoSavedPage { path } => Message::new("import-mhtml-no-page").with("file", path),
            Self::Pdf { path, problem } => {
                let message = match problem {
                    pdf::PdfProblem::Unreadable(reason) => {
                        Message::new("import-pdf-unreadable").with("reason", reason)
                    }
                    pdf::PdfProblem::Encrypted => Message::new("import-pdf-encrypted"),
                    pdf::PdfProblem::NoText => Message::new("import-pdf-no-text"),
                    pdf::PdfProblem::NoTextNoPictures => Message::new("import-pdf-empty"),
                    pdf::PdfProblem::UnnamedGlyphs => Message::new("import-pdf-unnamed-glyphs"),
                    pdf::PdfProblem::TooMuchText => too_much_text(),
                    pdf::PdfProblem::TooLargeStream => Message::new("import-pdf-bomb")
                        .with("limit", pdf::MAX_STREAM_BYTES / 1_048_576),
                    pdf::PdfProblem::EndlessForms => Message::new("import-pdf-endless-forms")
                        .with("depth", pdf_forms::MAX_FORM_DEPTH),
                };
                message.with("file", path)
            }
            Self::Docx { path, problem } => {
                let message = match problem {
                    docx::DocxProblem::Unreadable(reason) => {
                        Message::new("import-docx-unreadable").with("reason", reason)
                    }
                    docx::DocxProblem::Legacy => Message::new("import-docx-legacy"),
                    docx::DocxProblem::NoText => Message::new("import-docx-no-text"),
                    docx::DocxProblem::TooMuchText => too_much_text(),
                };
                message.with("file", path)
            }
            Self::UnsupportedKind { path, extension } => Message::new("import-unsupported-kind")
                .with("file", path)
                .with("extension", extension),
            Self::TooLong { path, seconds } => Message::new("import-too-long")
                .with("file", path)
                .with("seconds", *seconds),
            Self::TooMuchMemory { path, megabytes } => Message::new("import-too-much-memory")
                .with("file", path)
                .with("limit", *megabytes),
            Self::ReaderCrashed { path, cause } => Message::new("import-reader-crashed")
                .with("file", path)
                .with("cause", cause.message()),
            Self::ReaderNotStarted {
                path,
                program,
                reason,
            } => Message::new("import-reader-not-started")
                .with("file", path)
                .with("program", program)
                .with("reason", reason),
            Self::TooMuchText { path } => too_much_text().with("file", path),
            Self::Reported(message) => message.clone(),
        }
    }
}

fn too_much_text() -> Message {
    Message::new("import-too-much-text").with(
        "limit",
        (crate::core::text::MAX_DOCUMENT_BYTES / 1_048_576) as u64,
    )
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for ImportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Unreadable { error, .. } => Some(error),
            Self::NotText { error, .. } => Some(error),
            Self::NoArticleText { .. }
            | Self::NoSavedPage { .. }
            | Self::Pdf { .. }
            | Self::Docx { .. }
            | Self::UnsupportedKind { .. }
            | Self::TooLong { .. }
            | Self::TooMuchMemory { .. }
            | Self::ReaderCrashed { .. }
            | Self::ReaderNotStarted { .. }
            | Self::TooMuchText { .. }
            | Self::Reported(_) => None,
        }
    }
}

/// The extensions (lowercase, without the dot) of the files documents are imported from; the
/// app's file dialog offers these.
pub const EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "html", "htm", "xhtml", "mhtml", "mht", "pdf", "docx",
];

/// Most bytes of a PDF or Word file: they hold pictures and fonts besides the text.
pub const MAX_PACKAGED_BYTES: u64 = 2 * crate::core::text::MAX_DOCUMENT_BYTES as u64;

/// Reads `.txt`, `.md`, `.html`/`.htm`, `.mhtml`/`.mht`, `.pdf` or `.docx`. Text files keep their
/// text (decoded and normalised as every document is); web pages give their article text and
/// metadata (a page saved "complete" is its `.html`, the folder beside it is not needed); PDF and
/// Word documents their paragraphs, title and author.
pub fn read_document(path: &Path) -> Result<Imported, ImportError> {
    let shown = path.display().to_string();
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let packaged = matches!(extension.as_str(), "pdf" | "docx" | "mhtml" | "mht");
    if !extension.is_empty() && !EXTENSIONS.contains(&extension.as_str()) {
        return Err(ImportError::UnsupportedKind {
            path: shown,
            extension,
        });
    }
    let limit = if packaged {
        MAX_PACKAGED_BYTES
    } else {
        crate::core::text::MAX_DOCUMENT_BYTES as u64
    };
    // A regular file of at most a document's size (a FIFO picked by mistake is refused, not
    // waited on).
    let bytes = crate::core::store::guard::read_regular(path, limit).map_err(|error| {
        ImportError::Unreadable {
            path: shown.clone(),
            error,
        }
    })?;
    match extension.as_str() {
        "pdf" => return pdf::import(&bytes, &shown),
        "docx" => return docx::import(&bytes, &shown),
        "mhtml" | "mht" => {
            let imported = mhtml::from_mhtml(&bytes).ok_or_else(|| ImportError::NoSavedPage {
                path: shown.clone(),
            })?;
            if imported.text.trim().is_empty() {
                return Err(ImportError::NoArticleText { path: shown });
            }
            return Ok(imported);
        }
        _ => {}
    }
    let text = DocumentText::from_bytes(&bytes, &shown).map_err(|error| ImportError::NotText {
        path: shown.clone(),
        error,
    })?;
    match extension.as_str() {
        "html" | "htm" | "xhtml" => {
            let imported = from_html(text.as_str());
            if imported.text.trim().is_empty() {
                return Err(ImportError::NoArticleText { path: shown });
            }
            Ok(imported)
        }
        _ => {
            let title = text
                .as_str()
                .lines()
                .find(|l| !l.trim().is_empty())
                .map(|l| l.trim_start_matches('#').trim().to_owned())
                .unwrap_or_default();
            Ok(Imported {
                text: text.as_str().to_owned(),
                title,
                ..Imported::default()
            })
        }
    }
}

/// Most characters of a document id made from a title.
const MAX_ID_CHARS: usize = 60;

/// A document id made from a title, unique in the lesson: its first six words, lowercase, joined
/// by `-`, in whatever script the title is written (an Arabic or Chinese headline gives an id in
/// its own letters); `document` only when the title has no letter or digit at all.
pub fn document_id(lesson: &Lesson, title: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    let lower: String = title.nfc().flat_map(char::to_lowercase).collect();
    let words: Vec<String> = lower
        .split(|c: char| !(c.is_alphanumeric() || is_joining_mark(c)))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(6)
        .map(str::to_owned)
        .collect();
    let mut base = String::new();
    for word in words {
        let separator = usize::from(!base.is_empty());
        if base.chars().count() + separator + word.chars().count() > MAX_ID_CHARS {
            if base.is_empty() {
                base = word.chars().take(MAX_ID_CHARS).collect();
            }
            break;
        }
        if separator == 1 {
            base.push('-');
        }
        base.push_str(&word);
    }
    if base.is_empty() {
        base = "document".into();
    }
    let mut id = base.clone();
    let mut n = 2;
    while lesson.documents.iter().any(|d| d.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// A combining mark that belongs to the letter before it (Arabic harakat, Devanagari vowel
/// signs, Hebrew points): kept inside a word of an id, not taken for a word break.
fn is_joining_mark(c: char) -> bool {
    use unicode_normalization::char::is_combining_mark;
    is_combining_mark(c) || c == '\u{200c}' || c == '\u{200d}'
}

/// Adds an imported document to a lesson: a new id, the path `documents/ID.txt` (written when
/// the lesson is saved), the hash of its normalised text. Returns the new id.
pub fn add_document(lesson: &mut LoadedLesson, imported: Imported) -> String {
    let (document, text) = new_document(&lesson.lesson, imported);
    let id = document.id.clone();
    lesson.lesson.documents.push(document);
    lesson.texts.insert(id.clone(), text);
    id
}

/// An imported document as the lesson will hold it: a new id, the path `documents/ID.txt`
/// (written when the lesson is saved), the hash of its normalised text, and the text.
pub fn new_document(lesson: &Lesson, imported: Imported) -> (DocumentRef, DocumentText) {
    let text = DocumentText::from_normalised(&normalise(&imported.text));
    let title = if imported.title.is_empty() {
        "Untitled document".to_owned()
    } else {
        imported.title
    };
    let id = document_id(lesson, &title);
    let document = DocumentRef {
        id: id.clone(),
        path: format!("documents/{id}.txt"),
        title,
        outlet: imported.outlet,
        author: imported.author,
        published: imported.published,
        url: imported.url,
        provenance: String::new(),
        sha256: text.sha256().to_owned(),
        direction: direction_of(&imported.language),
    };
    (document, text)
}

/// Languages written right to left (ISO 639 codes, with the old `iw` and `ji`).
const RIGHT_TO_LEFT: &[&str] = &[
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ps", "sd", "syr", "ug", "ur", "yi",
];

/// The direction a document in `language` (a BCP 47 tag) is written in: right to left for
/// Arabic, Hebrew, Persian, Urdu and the like (or any tag naming the Arabic, Hebrew, Syriac or
/// Thaana script), left to right for any other named language, each paragraph from its own
/// letters where no language is named.
pub fn direction_of(language: &str) -> Direction {
    let tag = language.trim().to_ascii_lowercase().replace('_', "-");
    if tag.is_empty() {
        return Direction::Auto;
    }
    let primary = tag.split('-').next().unwrap_or_default();
    let rtl_script = tag
        .split('-')
        .skip(1)
        .any(|s| matches!(s, "arab" | "hebr" | "syrc" | "thaa" | "nkoo" | "adlm"));
    let latin_script = tag.split('-').skip(1).any(|s| matches!(s, "latn" | "cyrl"));
    if rtl_script || (RIGHT_TO_LEFT.contains(&primary) && !latin_script) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

pub(crate) fn normalise(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html>
<html><head>
<title>Site | Headline in the title tag</title>
<meta property="og:title" content="Bases attacked 62 times, agency says">
<meta property="og:site_name" content="Example News">
<meta name="author" content="A. Writer">
<meta property="article:published_time" content="2023-11-22T10:00:00Z">
<link rel="canonical" href="https://example.org/news/62-times">
<script>var tracking = "not article text";</script>
</head><body>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<article>
<h1>Bases attacked   62 times</h1>
<p>During the last month, resistance forces <b>attacked</b> American bases 62 times.</p>
<figure><p>Photo caption, not text</p></figure>
<p>A US official said:<br>"We have seen attacks."</p>
<ul><li><p>One point</p></li><li>Another &amp; more</li></ul>
<aside><p>Read also: something else</p></aside>
</article>
<footer><p>Copyright</p></footer>
</body></html>"#;

    #[test]
    fn html_gives_the_article_text_and_metadata() {
        let imported = from_html(PAGE);
        assert_eq!(imported.title, "Bases attacked 62 times, agency says");
        assert_eq!(imported.outlet, "Example News");
        assert_eq!(imported.author, "A. Writer");
        assert_eq!(imported.published, "2023-11-22T10:00:00Z");
        assert_eq!(imported.url, "https://example.org/news/62-times");
        assert_eq!(
            imported.text,
            "Bases attacked 62 times\n\n\
             During the last month, resistance forces attacked American bases 62 times.\n\n\
             A US official said: \"We have seen attacks.\"\n\n\
             One point\n\nAnother & more"
        );
    }

    #[test]
    fn a_page_without_metadata_takes_its_heading_or_title_tag() {
        let imported = from_html(
            "<html><head><title>Only a title</title></head><body><p>Text.</p></body></html>",
        );
        assert_eq!(imported.title, "Only a title");
        assert_eq!(imported.text, "Text.");
        let broken = from_html("<p>Unclosed <b>tags <p>and more");
        assert_eq!(broken.text, "Unclosed tags\n\nand more");
        // Text straight in <div>s, without a paragraph element, is still the page's text.
        let bare = from_html(
            "<html><body><nav>Menu</nav><main><div><div>Lorem ipsum dolor sit amet.</div>\
             </div></main></body></html>",
        );
        assert_eq!(bare.text, "Lorem ipsum dolor sit amet.");
    }

    #[test]
    fn files_are_read_by_kind_and_bad_ones_named() {
        let dir = tempfile::tempdir().unwrap();
        let md = dir.path().join("a.md");
        std::fs::write(&md, "# A headline\r\n\r\nBody text.").unwrap();
        let imported = read_document(&md).unwrap();
        assert_eq!(imported.title, "A headline");
        assert_eq!(imported.text, "# A headline\n\nBody text.");

        let empty = dir.path().join("empty.html");
        std::fs::write(&empty, "<html><body><nav><p>menu</p></nav></body></html>").unwrap();
        let err = read_document(&empty).unwrap_err().to_string();
        assert!(
            err.contains("empty.html") && err.contains("no article text"),
            "{err}"
        );

        let odt = dir.path().join("x.odt");
        std::fs::write(&odt, "PK").unwrap();
        let err = read_document(&odt).unwrap_err().to_string();
        assert!(
            err.contains("expected a .txt, .md, .html, .mhtml, .pdf or .docx file, not .odt"),
            "{err}"
        );

        let bad = dir.path().join("bad.txt");
        std::fs::write(&bad, b"ok \xff not").unwrap();
        let err = read_document(&bad).unwrap_err().to_string();
        assert!(err.contains("bad.txt") && err.contains("byte"), "{err}");
    }

    #[test]
    fn ids_come_from_a_title_in_any_script() {
        let lesson = crate::core::lesson::LoadedLesson::new_empty("l", "L").lesson;
        assert_eq!(
            document_id(&lesson, "Ataques a bases: ¿62 veces?"),
            "ataques-a-bases-62-veces"
        );
        assert_eq!(
            document_id(&lesson, "المقاومة الإسلامية في العراق: 62 هجوماً"),
            "المقاومة-الإسلامية-في-العراق-62-هجوماً"
        );
        assert_eq!(document_id(&lesson, "תקיפות על בסיסים"), "תקיפות-על-בסיסים");
        assert_eq!(document_id(&lesson, "美军基地遭袭62次"), "美军基地遭袭62次");
        assert_eq!(document_id(&lesson, "Привет, мир! Ещё"), "привет-мир-ещё");
        assert_eq!(document_id(&lesson, "— ? —"), "document");
        let long = "x".repeat(200);
        assert_eq!(document_id(&lesson, &long).chars().count(), MAX_ID_CHARS);
    }

    #[test]
    fn saved_web_pages_are_read_by_their_extension() {
        let dir = tempfile::tempdir().unwrap();
        // "Web page, complete": the .html beside its folder of pictures and styles.
        let html = dir.path().join("story.html");
        std::fs::write(&html, PAGE).unwrap();
        std::fs::create_dir(dir.path().join("story_files")).unwrap();
        std::fs::write(dir.path().join("story_files/style.css"), "p{}").unwrap();
        assert_eq!(read_document(&html).unwrap().author, "A. Writer");

        // "Single file": MIME with the page quoted-printable.
        let page = PAGE.replace('=', "=3D");
        let mhtml = format!(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; \
             boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\
             Content-Transfer-Encoding: quoted-printable\r\n\r\n{page}\r\n--b--\r\n"
        );
        for name in ["story.mhtml", "story.MHT"] {
            let path = dir.path().join(name);
            std::fs::write(&path, &mhtml).unwrap();
            let imported = read_document(&path).unwrap();
            assert_eq!(imported.title, "Bases attacked 62 times, agency says");
            assert!(
                imported.text.contains("American bases 62 times"),
                "{}",
                imported.text
            );
        }
        let no_page = dir.path().join("picture.mhtml");
        std::fs::write(
            &no_page,
            "MIME-Version: 1.0\r\nContent-Type: image/png\r\n\r\nPNG\r\n",
        )
        .unwrap();
        let err = read_document(&no_page).unwrap_err().to_string();
        assert!(
            err.contains("picture.mhtml") && err.contains("no HTML part"),
            "{err}"
        );
    }

    #[test]
    fn the_language_sets_the_direction() {
        let lesson = crate::core::lesson::LoadedLesson::new_empty("l", "L").lesson;
        let direction = |language: &str| {
            new_document(
                &lesson,
                Imported {
                    text: "Text.".into(),
                    language: language.into(),
                    ..Imported::default()
                },
            )
            .0
            .direction
        };
        assert_eq!(direction("ar"), Direction::Rtl);
        assert_eq!(direction("he-IL"), Direction::Rtl);
        assert_eq!(direction("fa_IR"), Direction::Rtl);
        assert_eq!(direction("ur"), Direction::Rtl);
        assert_eq!(direction("az-Arab"), Direction::Rtl);
        assert_eq!(direction("ku-Latn"), Direction::Ltr);
        assert_eq!(direction("en-GB"), Direction::Ltr);
        assert_eq!(direction(""), Direction::Auto);
    }

    #[test]
    fn added_documents_get_unique_ids_and_hashes() {
        let mut lesson = crate::core::lesson::LoadedLesson::new_empty("l", "L");
        let a = add_document(
            &mut lesson,
            Imported {
                text: "One.\r\nTwo.".into(),
                title: "Bases attacked: 62 times!".into(),
                ..Imported::default()
            },
        );
        let b = add_document(
            &mut lesson,
            Imported {
                text: "Other".into(),
                title: "Bases attacked: 62 times!".into(),
                ..Imported::default()
            },
        );
        assert_eq!(a, "bases-attacked-62-times");
        assert_eq!(b, "bases-attacked-62-times-2");
        assert_eq!(lesson.texts[&a].as_str(), "One.\nTwo.");
        assert_eq!(
            lesson.lesson.documents[0].sha256,
            DocumentText::from_normalised("One.\nTwo.").sha256()
        );
        assert!(
            lesson
                .lesson
                .validate()
                .iter()
                .all(|p| !p.to_string().contains("hash"))
        );
    }
}
