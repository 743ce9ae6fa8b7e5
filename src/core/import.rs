//! Importing a document into a lesson: plain text and Markdown as they are, HTML pages with the
//! article's text and metadata extracted by a real HTML parser (`scraper`, on html5ever), PDFs'
//! text layers rebuilt into paragraphs ([`pdf`], [`layout`]) and Word documents ([`docx`]).

pub mod docx;
pub mod isolated;
pub mod layout;
pub mod pdf;
pub mod pdf_forms;

use std::path::Path;

use scraper::{ElementRef, Html, Selector};

use crate::core::lesson::{DocumentRef, Lesson, LoadedLesson};
use crate::core::store::guard::ReadError;
use crate::core::text::{DocumentText, TextError};
use crate::core::words::{Message, Worded};

/// A document read from a file, with what metadata the file itself tells.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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
            Self::Pdf { path, problem } => {
                let message = match problem {
                    pdf::PdfProblem::Unreadable(reason) => {
                        Message::new("import-pdf-unreadable").with("reason", reason)
                    }
                    pdf::PdfProblem::Encrypted => Message::new("import-pdf-encrypted"),
                    pdf::PdfProblem::NoText => Message::new("import-pdf-no-text"),
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
    "txt", "md", "markdown", "html", "htm", "xhtml", "pdf", "docx",
];

/// Most bytes of a PDF or Word file: they hold pictures and fonts besides the text.
pub const MAX_PACKAGED_BYTES: u64 = 2 * crate::core::text::MAX_DOCUMENT_BYTES as u64;

/// Reads `.txt`, `.md`, `.html`/`.htm`, `.pdf` or `.docx`. Text files keep their text (decoded
/// and normalised as every document is); HTML gives its article text and metadata; PDF and Word
/// documents their paragraphs, title and author.
pub fn read_document(path: &Path) -> Result<Imported, ImportError> {
    let shown = path.display().to_string();
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let packaged = matches!(extension.as_str(), "pdf" | "docx");
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

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// The first `content` of the `<meta>` elements matching any of `css`.
fn meta(html: &Html, css: &[&str]) -> String {
    css.iter()
        .filter_map(|c| selector(c))
        .find_map(|s| {
            html.select(&s)
                .filter_map(|e| e.value().attr("content").or(e.value().attr("href")))
                .map(str::trim)
                .find(|v| !v.is_empty())
                .map(str::to_owned)
        })
        .unwrap_or_default()
}

/// Elements whose text is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "figure",
    "template", "svg", "iframe",
];

/// Block elements whose text makes a paragraph.
const BLOCKS: &str = "h1, h2, h3, h4, h5, h6, p, li, blockquote";

/// Extracts the article from an HTML page: the text of headings, paragraphs, list items and
/// quotes inside `<article>` (or `<main>`, or the body), one per line, skipping navigation,
/// scripts and the like; and the metadata from `<meta>` (Open Graph, article, Dublin Core).
pub fn from_html(source: &str) -> Imported {
    let html = Html::parse_document(source);
    let root_css = ["article", "main", "[role=main]", "body"];
    let root = root_css
        .iter()
        .filter_map(|c| selector(c))
        .find_map(|s| html.select(&s).next())
        .unwrap_or_else(|| html.root_element());
    let mut paragraphs: Vec<String> = Vec::new();
    if let Some(blocks) = selector(BLOCKS) {
        for element in root.select(&blocks) {
            if skipped(element) || has_block_ancestor_in(element, root) {
                continue;
            }
            let text = collapse_whitespace(&element_text(element));
            if !text.is_empty() {
                paragraphs.push(text);
            }
        }
    }
    let heading = selector("h1")
        .and_then(|s| root.select(&s).next())
        .map(|h| collapse_whitespace(&element_text(h)))
        .unwrap_or_default();
    let title_tag = selector("title")
        .and_then(|s| html.select(&s).next())
        .map(|t| collapse_whitespace(&t.text().collect::<String>()))
        .unwrap_or_default();
    let mut title = meta(&html, &["meta[property='og:title']"]);
    if title.is_empty() {
        title = if heading.is_empty() {
            title_tag
        } else {
            heading
        };
    }
    Imported {
        text: paragraphs.join("\n\n"),
        title,
        outlet: meta(
            &html,
            &[
                "meta[property='og:site_name']",
                "meta[name='application-name']",
            ],
        ),
        author: meta(
            &html,
            &[
                "meta[name='author']",
                "meta[property='article:author']",
                "meta[name='dc.creator']",
            ],
        ),
        published: meta(
            &html,
            &[
                "meta[property='article:published_time']",
                "meta[name='date']",
                "meta[name='dc.date']",
                "meta[itemprop='datePublished']",
            ],
        ),
        url: meta(&html, &["link[rel='canonical']", "meta[property='og:url']"]),
    }
}

/// Inside a skipped element (navigation, script, …)?
fn skipped(element: ElementRef<'_>) -> bool {
    element
        .ancestors()
        .filter_map(ElementRef::wrap)
        .chain(std::iter::once(element))
        .any(|e| SKIPPED.contains(&e.value().name()))
}

/// Inside another block below `root` (a paragraph in a list item, say)? Then the outer block
/// already has its text.
fn has_block_ancestor_in(element: ElementRef<'_>, root: ElementRef<'_>) -> bool {
    const BLOCK_NAMES: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote"];
    for ancestor in element.ancestors().filter_map(ElementRef::wrap) {
        if ancestor.id() == root.id() {
            return false;
        }
        if BLOCK_NAMES.contains(&ancestor.value().name()) {
            return true;
        }
    }
    false
}

/// The text of an element, without the text of skipped children.
fn element_text(element: ElementRef<'_>) -> String {
    let mut out = String::new();
    for node in element.descendants() {
        if let Some(text) = node.value().as_text() {
            let inside_skipped = node
                .ancestors()
                .filter_map(ElementRef::wrap)
                .take_while(|e| e.id() != element.id())
                .any(|e| SKIPPED.contains(&e.value().name()));
            if !inside_skipped {
                out.push_str(text);
            }
        } else if node.value().as_element().is_some_and(|e| e.name() == "br") {
            out.push(' ');
        }
    }
    out
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A document id made from a title, unique in the lesson: lowercase words joined by `-`.
pub fn document_id(lesson: &Lesson, title: &str) -> String {
    let mut base: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|w| !w.is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("-");
    if base.is_empty() || !base.is_ascii() {
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
        direction: crate::core::lesson::Direction::Auto,
    };
    (document, text)
}

fn normalise(text: &str) -> String {
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
            err.contains("expected a .txt, .md, .html, .pdf or .docx file, not .odt"),
            "{err}"
        );

        let bad = dir.path().join("bad.txt");
        std::fs::write(&bad, b"ok \xff not").unwrap();
        let err = read_document(&bad).unwrap_err().to_string();
        assert!(err.contains("bad.txt") && err.contains("byte"), "{err}");
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
