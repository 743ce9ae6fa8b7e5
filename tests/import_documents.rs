//! Importing the documents teachers have: PDFs (their text layer in paragraphs, without running
//! headers, footers and page numbers, words hyphenated at line ends joined again, two columns
//! read one after the other, Arabic in reading order; a scan refused) and Word documents, from
//! the core and from `crosscheck import-document`. The files are made for the purpose by
//! `tests/fixtures/documents/make_documents.py`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use crosscheck::core::import::docx::DocxProblem;
use crosscheck::core::import::pdf::PdfProblem;
use crosscheck::core::import::{self, ImportError};
use crosscheck::core::lesson::LoadedLesson;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/documents")
        .join(name)
}

fn paragraphs(text: &str) -> Vec<&str> {
    text.split("\n\n").collect()
}

/// The Arabic paragraph of arabic.pdf and article.docx, in reading (logical) order.
const ARABIC: &str = "قالت الوكالة إن القواعد الأمريكية تعرضت لهجمات خلال الشهر الماضي بلغ عددها 62 \
                      هجوما، ولم تنشر قائمة بهذه الهجمات ولا مصادرها، وطلبت من القراء أن يثقوا بالرقم \
                      كما هو.";

#[test]
fn a_pdf_article_is_its_paragraphs_without_headers_footers_or_hyphenation() {
    let path = fixture("article.pdf");
    // The file is what this test is about: words hyphenated at line ends (one across the page
    // break), a running header and footers with page numbers.
    let raw = pdf_extract::extract_text(&path).unwrap();
    for drawn in [
        "infor-",
        "hap-",
        "well-",
        "COVID-",
        "Anglo-",
        "Page 1 of 2",
        "Monday 12 March",
    ] {
        assert!(raw.contains(drawn), "the fixture has no {drawn:?}: {raw}");
    }

    let imported = import::read_document(&path).unwrap();
    assert_eq!(imported.title, "Counting attacks: what the numbers say");
    assert_eq!(imported.author, "Fixture Maker");
    assert_eq!(
        paragraphs(&imported.text),
        [
            "Counting attacks: what the numbers say",
            "By Ana Reporter, Example News",
            "During the last month, officials said, armed groups attacked bases in the region 62 \
             times. The figure comes from a statement read to reporters, and it has been repeated \
             by several outlets since then without a source of its own. Readers who want to check \
             it have to find where the count began and what it includes.",
            "The agency did not publish the list behind the number. A spokesman said the \
             information was \"still being reviewed\" by its legal staff in the capital city, and \
             that a well-known analyst had seen an early draft. The well-known analyst, reached by \
             phone, said she had seen no list at all, only a summary slide with a total on it.",
            "Counting is harder than it sounds. An attack with three drones may be one event or \
             three; a rocket that falls short may or may not count. Analysts at two research \
             groups have published their own tallies, and the totals differ by more than a third \
             over the same weeks. Each group explains its rules, and each rule changes the total, \
             which is why a single number quoted without its rules tells a reader very little \
             about what happened on the ground. One group counts each launch site; the other \
             counts each target hit.",
            "What the report says",
            "The report, which the agency itself dated several weeks after the end of the \
             COVID-19 travel rules, lists incidents by week and by base. The text describes an \
             Anglo-American review of the data and says that the review found gaps in the records \
             of at least four bases.",
            "Experts we spoke to agreed on one point: a total without its definitions cannot be \
             checked, and a figure that cannot be checked should be reported as a claim, not as a \
             fact.",
        ]
    );
    for gone in ["Monday 12 March", "Page 1", "Page 2", "of 2"] {
        assert!(!imported.text.contains(gone), "{gone:?} is left");
    }
}

#[test]
fn two_columns_are_read_one_after_the_other() {
    let imported = import::read_document(&fixture("two-columns.pdf")).unwrap();
    assert_eq!(imported.title, "Two sources, one event");
    assert_eq!(
        paragraphs(&imported.text),
        [
            "Two sources, one event",
            "A handout in two columns, for a lesson on comparing reports",
            "The first report says that the convoy was stopped at the border on Tuesday morning \
             and that the drivers waited for nine hours before they were allowed to go on.",
            // Runs on from the foot of the left column to the top of the right one.
            "It quotes one driver by name and gives the number of trucks as forty, a figure it \
             says it took from the customs office. The report does not say whether the office \
             confirmed the figure later in the week, nor whether the trucks that turned back were \
             counted in it at all, which matters for the comparison.",
            "The second report gives a different day and a larger number of trucks, and it names \
             no drivers. Its source is a post on a social network that has since been deleted.",
            "Which report should a reader trust more? Look at who is quoted, what can still be \
             checked, and whether either outlet corrected its story.",
        ]
    );
}

#[test]
fn an_arabic_paragraph_comes_out_in_reading_order() {
    let imported = import::read_document(&fixture("arabic.pdf")).unwrap();
    assert_eq!(
        paragraphs(&imported.text),
        [
            "A statement in two languages",
            "The statement below was published in Arabic. Read it, then compare it with the \
             English summary that the agency sent to foreign newspapers.",
            ARABIC,
            "The English summary gives no number at all.",
        ]
    );
}

#[test]
fn a_scanned_pdf_is_refused_with_a_reason() {
    let path = fixture("scanned.pdf");
    let err = import::read_document(&path).unwrap_err();
    assert!(
        matches!(
            &err,
            ImportError::Pdf {
                problem: PdfProblem::NoText,
                ..
            }
        ),
        "{err:?}"
    );
    let said = err.to_string();
    assert!(
        said.contains("scanned.pdf") && said.contains("no text") && said.contains("scan"),
        "{said}"
    );
}

#[test]
fn a_word_document_is_its_paragraphs_tables_and_arabic_without_headers() {
    let imported = import::read_document(&fixture("article.docx")).unwrap();
    assert_eq!(imported.title, "Counting attacks, in Word");
    assert_eq!(imported.author, "Ana Reporter");
    assert_eq!(
        paragraphs(&imported.text),
        [
            "Counting attacks, in Word",
            "During the last month, officials said, armed groups attacked bases 62 times. The \
             figure comes from a statement read to reporters.",
            "What the report says",
            "A spokesperson said the list was \u{201C}still being reviewed\u{201D} and gave no \
             date.",
            "Group | Attacks counted",
            "First research group | 41",
            ARABIC,
            "A last paragraph, with a tab here and a line break inside it.",
        ]
    );
    assert!(!imported.text.contains("running header") && !imported.text.contains("footer"));
}

/// A .docx made here: a zip with the given parts.
fn docx_with(parts: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write as _;
    let mut bytes = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut bytes);
    for (name, content) in parts {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    bytes.into_inner()
}

#[test]
fn word_markup_that_is_not_the_text_is_left_out() {
    let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
<w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Fish &amp; chips</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:del><w:r><w:delText>deleted </w:delText></w:r></w:del><w:ins><w:r><w:t>inserted</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t> hidden</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>&#x2014;non</w:t><w:noBreakHyphen/><w:t>stop</w:t></w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>A pull quote</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>A pull quote</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent><w:t>Anchor paragraph.</w:t></w:r></w:p>
<w:p/>
</w:body></w:document>"#;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("made.docx");
    std::fs::write(&path, docx_with(&[("word/document.xml", xml)])).unwrap();
    let imported = import::read_document(&path).unwrap();
    assert_eq!(imported.title, "Fish & chips");
    assert_eq!(
        paragraphs(&imported.text),
        [
            "Fish & chips",
            "Kept inserted\u{2014}non-stop",
            "A pull quote",
            "Anchor paragraph."
        ]
    );
}

#[test]
fn bad_pdfs_and_word_documents_are_refused_by_name_never_with_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let problem = |path: &Path| import::read_document(path).unwrap_err();

    let not_pdf = write("notes.pdf", b"these are notes, not a PDF");
    let err = problem(&not_pdf);
    assert!(
        matches!(
            &err,
            ImportError::Pdf {
                problem: PdfProblem::Unreadable(_),
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains("notes.pdf: this PDF could not be read"),
        "{err}"
    );

    // Cut short anywhere: a message or some text, never a panic that ends the app.
    let article = std::fs::read(fixture("article.pdf")).unwrap();
    for cut in [10, article.len() / 3, article.len() / 2, article.len() - 40] {
        let cut_short = write("cut.pdf", &article[..cut]);
        if let Err(err) = import::read_document(&cut_short) {
            assert!(
                err.to_string()
                    .starts_with(&*cut_short.display().to_string()),
                "{err}"
            );
        }
    }

    let not_docx = write("letter.docx", b"not a zip at all");
    let err = problem(&not_docx);
    assert!(
        matches!(
            &err,
            ImportError::Docx {
                problem: DocxProblem::Unreadable(_),
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains("letter.docx: this Word document could not be read")
    );

    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    let legacy = write("old.docx", &ole);
    let said = problem(&legacy).to_string();
    assert!(said.contains("older Word document (.doc)"), "{said}");

    let empty = write(
        "empty.docx",
        &docx_with(&[(
            "word/document.xml",
            "<w:document xmlns:w=\"w\"><w:body><w:p/></w:body></w:document>",
        )]),
    );
    assert!(matches!(
        problem(&empty),
        ImportError::Docx {
            problem: DocxProblem::NoText,
            ..
        }
    ));
    let partless = write("partless.docx", &docx_with(&[("hello.txt", "hi")]));
    assert!(problem(&partless).to_string().contains("word/document.xml"));
    let broken = write(
        "broken.docx",
        &docx_with(&[(
            "word/document.xml",
            "<w:document><w:body><w:p><w:t>open</w:body>",
        )]),
    );
    assert!(matches!(
        problem(&broken),
        ImportError::Docx {
            problem: DocxProblem::Unreadable(_),
            ..
        }
    ));

    let doc = write("old.doc", &ole);
    assert!(
        problem(&doc)
            .to_string()
            .contains("expected a .txt, .md, .html, .mhtml, .pdf or .docx file")
    );
}

/// A copy of the sample lesson's folder.
fn copy_of_sample(to: &Path) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/counting-the-attacks");
    for entry in walk(&from) {
        let target = to.join(entry.strip_prefix(&from).unwrap());
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&entry, &target).unwrap();
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn the_command_line_adds_a_pdf_and_a_word_document_to_a_lesson() {
    let dir = tempfile::tempdir().unwrap();
    let lesson_dir = dir.path().join("lesson");
    copy_of_sample(&lesson_dir);
    let before = LoadedLesson::load(&lesson_dir).unwrap();
    let run = |file: &Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args(["import-document", file.to_str().unwrap(), "--lesson"])
            .arg(&lesson_dir)
            .output()
            .unwrap()
    };

    let out = run(&fixture("two-columns.pdf"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("two-sources-one-event"), "{stdout}");
    let out = run(&fixture("article.docx"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let after = LoadedLesson::load(&lesson_dir).unwrap();
    assert!(after.problems.is_empty(), "{:?}", after.problems);
    assert_eq!(
        after.lesson.documents.len(),
        before.lesson.documents.len() + 2
    );
    let pdf = after
        .lesson
        .documents
        .iter()
        .find(|d| d.id == "two-sources-one-event")
        .unwrap();
    assert_eq!(pdf.title, "Two sources, one event");
    assert_eq!(pdf.path, "documents/two-sources-one-event.txt");
    let text = std::fs::read_to_string(lesson_dir.join(&pdf.path)).unwrap();
    assert!(
        text.contains("which matters for the comparison.\n\nThe second report"),
        "{text}"
    );
    let word = after.lesson.documents.last().unwrap();
    assert_eq!(
        (word.title.as_str(), word.author.as_str()),
        ("Counting attacks, in Word", "Ana Reporter")
    );
    assert!(after.texts[&word.id].as_str().contains(ARABIC));
    // What the lesson had is all still there.
    for (old, new) in before.lesson.documents.iter().zip(&after.lesson.documents) {
        assert_eq!(old, new);
    }
    assert_eq!(before.lesson.answer_key, after.lesson.answer_key);

    // A scan is refused, and the lesson is left as it was.
    let lesson_file = std::fs::read(lesson_dir.join("lesson.ron")).unwrap();
    let out = run(&fixture("scanned.pdf"));
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("scanned.pdf: this PDF has no text to import"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(lesson_dir.join("lesson.ron")).unwrap(),
        lesson_file
    );
}

#[cfg(feature = "gui")]
use crate::desk;

#[cfg(feature = "gui")]
use crate::hostile;

/// The teacher's Import document, in the real app: the command its file dialog sends (dialogs
/// cannot run here) is read on the worker and the document added, undoably; a scan is refused
/// in the status bar and changes nothing.
#[cfg(feature = "gui")]
mod teacher_desk {
    use super::{ARABIC, fixture};
    use crosscheck::app::teacher::TeacherCommand;
    use crosscheck::app::{AppCommand, CrosscheckApp, Prefs};
    use crosscheck::core::store::RecoveryStore;
    use egui_kittest::Harness;

    use super::{desk, hostile};

    fn send(h: &mut Harness<'static, CrosscheckApp>, command: TeacherCommand) {
        h.state_mut().send(AppCommand::Teacher(command));
        h.run();
    }

    #[test]
    fn import_document_takes_a_pdf_and_a_word_document() {
        let dir = tempfile::tempdir().unwrap();
        let app = CrosscheckApp::on_sample(
            RecoveryStore::new(dir.path().join("recovery")),
            Prefs::default(),
        );
        let mut h = desk::harness(app);
        h.run();
        send(&mut h, TeacherCommand::NewLesson);

        send(
            &mut h,
            TeacherCommand::ImportDocument(fixture("arabic.pdf")),
        );
        desk::add_previewed(&mut h);
        desk::wait_for_status(&mut h, "Imported");
        send(
            &mut h,
            TeacherCommand::ImportDocument(fixture("article.docx")),
        );
        desk::add_previewed(&mut h);
        desk::wait_for_status(&mut h, "Imported \"counting-attacks-in-word\"");
        let lesson = &h.state().lesson;
        let titles: Vec<&str> = lesson
            .lesson
            .documents
            .iter()
            .map(|d| d.title.as_str())
            .collect();
        assert_eq!(
            titles,
            ["A statement in two languages", "Counting attacks, in Word"]
        );
        for document in &lesson.lesson.documents {
            assert!(lesson.texts[&document.id].as_str().contains(ARABIC));
        }
        // The Word document is the one on show.
        assert_eq!(h.state().current_document, "counting-attacks-in-word");

        send(
            &mut h,
            TeacherCommand::ImportDocument(fixture("scanned.pdf")),
        );
        desk::wait_for_status(&mut h, "Not imported");
        let status = &h.state().status.as_ref().unwrap().text;
        assert!(
            status.contains("scanned.pdf: this PDF has no text to import"),
            "{status}"
        );
        assert_eq!(h.state().lesson.lesson.documents.len(), 2);
    }

    /// A PDF whose form draws itself (which once overflowed the stack and took the window down
    /// with unsaved work) stops only the child process that reads it: the window keeps drawing
    /// meanwhile, says in its status bar why the file was not imported, and the lesson with its
    /// unsaved document is all still there.
    #[test]
    #[cfg(unix)]
    fn a_self_drawing_pdf_stops_its_reader_not_the_desk() {
        use egui_kittest::kittest::Queryable as _;
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let app = CrosscheckApp::on_sample(
            RecoveryStore::new(dir.path().join("recovery")),
            Prefs::default(),
        );
        let mut h = desk::harness(app);
        h.run();
        send(&mut h, TeacherCommand::NewLesson);
        send(
            &mut h,
            TeacherCommand::ImportDocument(fixture("article.docx")),
        );
        desk::add_previewed(&mut h);
        desk::wait_for_status(&mut h, "Imported \"counting-attacks-in-word\"");
        // Work not yet saved anywhere: the imported document.
        assert!(
            h.state()
                .lesson
                .lesson
                .documents
                .iter()
                .any(|d| d.id == "counting-attacks-in-word")
        );
        let documents = h.state().lesson.lesson.documents.clone();
        let texts: Vec<(String, String)> = h
            .state()
            .lesson
            .texts
            .iter()
            .map(|(id, t)| (id.clone(), t.as_str().to_owned()))
            .collect();
        let key = h.state().lesson_with_key().lesson.answer_key.clone();

        let pdf = dir.path().join("self-drawing.pdf");
        std::fs::write(&pdf, hostile::self_drawing_form()).unwrap();
        // Sent, then frames stepped: the window shows a spinner while the file is read.
        h.state_mut()
            .send(AppCommand::Teacher(TeacherCommand::ImportDocument(pdf)));
        h.step();
        let started = std::time::Instant::now();
        while h
            .state()
            .status
            .as_ref()
            .is_none_or(|s| !s.text.contains("Not imported"))
        {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(25),
                "no answer: {:?}",
                h.state().status
            );
            h.step();
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let status = h.state().status.as_ref().unwrap().text.clone();
        assert!(
            status.contains("self-drawing.pdf: this PDF's parts draw each other without end"),
            "{status}"
        );
        // Shown in the window, not only kept in the state.
        h.run();
        assert!(h.query_by_label_contains("self-drawing.pdf").is_some());
        let app = h.state();
        assert_eq!(app.lesson.lesson.documents, documents);
        let texts_after: Vec<(String, String)> = app
            .lesson
            .texts
            .iter()
            .map(|(id, t)| (id.clone(), t.as_str().to_owned()))
            .collect();
        assert_eq!(texts_after, texts);
        assert_eq!(app.lesson_with_key().lesson.answer_key, key);

        // A reader that takes a second and then dies outright (as one whose stack overflowed
        // would): the window goes on drawing meanwhile, and then names what happened.
        let dies = dir.path().join("dies.sh");
        std::fs::write(&dies, "#!/bin/sh\nsleep 1\nkill -SEGV $$\n").unwrap();
        std::fs::set_permissions(&dies, std::fs::Permissions::from_mode(0o755)).unwrap();
        h.state_mut().reader = crosscheck::core::import::isolated::Reader::Child(dies);
        h.state_mut()
            .send(AppCommand::Teacher(TeacherCommand::ImportDocument(
                dir.path().join("self-drawing.pdf"),
            )));
        h.step();
        let mut frames = 0;
        while h
            .state()
            .status
            .as_ref()
            .is_none_or(|s| !s.text.contains("stopped unexpectedly"))
        {
            assert!(frames < 1000, "no answer: {:?}", h.state().status);
            // A step is a frame (a run waits for the spinner to settle).
            h.step();
            frames += 1;
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(frames > 5, "the window was drawn while the file was read");
        h.run();
        assert!(h.query_by_label_contains("signal 11").is_some());
        assert_eq!(h.state().lesson.lesson.documents, documents);
    }
}
