//! A class under review: its students with their grades, the teacher's review with its undo
//! history, the class's summary in words, and the class list on the Review tab.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::super::i18n::{Language, Speaks};
use super::super::widgets::article_view::{ArticleView, HighlightIndex};
use super::super::{AppCommand, CrosscheckApp};
use super::review_inspector::StudentWork;
use super::{OpenedClass, Pick, Regraded, Tab, TeacherCommand};
use crate::core::class::{GRADEBOOK_FILE, REPORTS_FOLDER};
use crate::core::edit::{History, ReviewEdit};
use crate::core::evidence::Stance;
use crate::core::grade::ClassOverview;
use crate::core::lesson::Lesson;
use crate::core::review::Review;
use crate::core::session::Session;
use crate::core::sourcing::NudgesByEvidence;

/// A class under review.
pub struct ClassReview {
    /// The folder of sessions.
    pub folder: PathBuf,
    /// The students, by file name.
    pub students: Vec<StudentWork>,
    /// Files that could not be read, with why.
    pub unreadable: Vec<String>,
    /// The teacher's review (saved to `REVIEW_FILE` in the folder).
    pub review: Review,
    /// Undo and redo of review edits, and whether the review is saved.
    pub history: History<ReviewEdit>,
    /// The student shown.
    pub selected: usize,
    /// The class overview.
    pub overview: ClassOverview,
    /// The shown student's highlights, by document.
    pub highlights: BTreeMap<String, HighlightIndex>,
    /// Views of the documents for the student's column.
    pub views: BTreeMap<String, ArticleView>,
    /// The claim of the student selected for a comment.
    pub selected_claim: Option<String>,
    /// The sourcing checks' nudges on the shown student's evidence, by claim and evidence id,
    /// with the student and the lesson's state they were found for (found again when either
    /// changes, not per frame).
    pub nudges: Option<((usize, u64), NudgesByEvidence)>,
    /// The class's summary in words, rebuilt when grades arrive (not per frame).
    summary: Summary,
    /// What the Review tab's inspector keeps for the student shown.
    pub inspector: super::review_inspector::ReviewInspector,
    /// The Process view of the student shown: their trail replayed.
    pub process: super::process::Process,
    /// The class list's trail columns in words, written when the class opens or the language
    /// changes (not per frame).
    cells: super::standing_words::Cells,
}

/// What the class list says about the whole class, as lines of text.
#[derive(Default)]
struct Summary {
    /// The language the lines are in (they are written again when it changes).
    language: Language,
    most_missed: Vec<String>,
    tasks_missed: Vec<String>,
    paragraphs: BTreeMap<String, Vec<String>>,
}

impl Summary {
    fn new(
        language: Language,
        lesson: &Lesson,
        key: &Session,
        students: &[StudentWork],
        overview: &ClassOverview,
    ) -> Self {
        let total = students.len();
        let most_missed = overview
            .most_missed
            .iter()
            .take(8)
            .map(|(item, count)| {
                let task = lesson
                    .answer_key
                    .as_ref()
                    .and_then(|k| k.items.iter().find(|i| &i.id == item))
                    .and_then(|i| lesson.task(&i.task));
                let quote: String = key.annotation(item).map_or(String::new(), |a| {
                    a.selector.quote.exact.chars().take(50).collect()
                });
                if let Some(task) = task {
                    tr!(
                        language,
                        "teacher-most-missed-in-task",
                        item = item.as_str(),
                        task = task.title.as_str(),
                        count = *count,
                        total = total,
                        quote = quote
                    )
                } else {
                    tr!(
                        language,
                        "teacher-most-missed",
                        item = item.as_str(),
                        count = *count,
                        total = total,
                        quote = quote
                    )
                }
            })
            .collect();
        let mut tasks: BTreeMap<&str, usize> = BTreeMap::new();
        for s in students {
            for t in &s.grade.tasks {
                *tasks.entry(t.task.as_str()).or_default() += t.missed;
            }
        }
        let mut tasks: Vec<_> = tasks.into_iter().filter(|(_, n)| *n > 0).collect();
        tasks.sort_by_key(|t| std::cmp::Reverse(t.1));
        let tasks_missed = tasks
            .into_iter()
            .map(|(task, n)| {
                let title = lesson.task(task).map_or(task, |t| t.title.as_str());
                tr!(language, "teacher-task-missed", task = title, count = n)
            })
            .collect();
        let paragraphs = overview
            .paragraphs
            .iter()
            .map(|(doc, tallies)| {
                let lines = paragraph_lines(language, lesson, tallies, total);
                (doc.clone(), lines)
            })
            .collect();
        Self {
            language,
            most_missed,
            tasks_missed,
            paragraphs,
        }
    }
}

/// Per paragraph: how many students flagged it and how their labels and stances split (the heat
/// strip's numbers, readable without a pointer).
fn paragraph_lines(
    language: Language,
    lesson: &Lesson,
    tallies: &BTreeMap<usize, crate::core::grade::ParagraphTally>,
    total: usize,
) -> Vec<String> {
    tallies
        .iter()
        .map(|(paragraph, tally)| {
            let labels: Vec<String> = tally
                .labels
                .iter()
                .map(|(l, n)| {
                    let name = lesson.label(l).map_or(l.as_str(), |(_, x)| x.name.as_str());
                    format!("{name} ×{n}")
                })
                .collect();
            let stances: Vec<String> = tally
                .stances
                .iter()
                .map(|(s, n)| format!("{} ×{n}", stance_words(&language, s)))
                .collect();
            let mut line = tr!(
                language,
                "teacher-paragraph-line",
                paragraph = paragraph + 1,
                students = tally.students,
                total = total,
                claims = tr!(language, "claims-count", count = tally.claims)
            );
            if !labels.is_empty() {
                line.push_str(&tr!(
                    language,
                    "teacher-paragraph-line-labels",
                    labels = labels.join(", ")
                ));
            }
            if !stances.is_empty() {
                line.push_str(&tr!(
                    language,
                    "teacher-paragraph-line-evidence",
                    stances = stances.join(", ")
                ));
            }
            line
        })
        .collect()
}

/// A stance as the class's tallies name it ("corroborates"), in the interface's language.
pub(super) fn stance_words(words: &(impl Speaks + ?Sized), stance: &str) -> String {
    match Stance::ALL.into_iter().find(|s| s.word() == stance) {
        Some(s) => crate::app::i18n::stance_word(words, s),
        None => stance.to_owned(),
    }
}

impl ClassReview {
    /// Shows student `index`: their highlights are indexed once, here.
    pub fn select_student(&mut self, index: usize) {
        if index >= self.students.len() {
            return;
        }
        // Found again for the student (or the re-anchored session) now shown.
        self.nudges = None;
        self.inspector.student_changed();
        if index != self.selected {
            self.selected_claim = None;
            self.process.student_changed();
        }
        self.selected = index;
        self.highlights = super::process::highlights_of(&self.students[index].session);
    }
}

impl CrosscheckApp {
    /// Puts a class read and graded on the worker on the Review tab.
    pub(crate) fn open_class(&mut self, opened: OpenedClass) {
        let OpenedClass {
            folder,
            sessions,
            unreadable,
            review,
            grades,
            overview,
            standings,
        } = opened;
        let lesson = self.keyed_lesson();
        let students: Vec<StudentWork> = sessions
            .into_iter()
            .zip(grades)
            .zip(standings)
            .map(|(((file, session), grade), standing)| StudentWork {
                file,
                session,
                grade,
                standing,
            })
            .collect();
        let views = lesson
            .documents
            .iter()
            .filter_map(|d| {
                let text = self.lesson.texts.get(&d.id)?.clone();
                Some((
                    d.id.clone(),
                    ArticleView::new(
                        text,
                        tr!(self, "teacher-student-view-title", title = d.title.as_str()),
                    ),
                ))
            })
            .collect();
        let count = unreadable.len();
        let n = students.len();
        let summary = Summary::new(
            self.language(),
            &lesson,
            &self.session,
            &students,
            &overview,
        );
        if let Some(desk) = self.teacher.as_mut() {
            let mut class = ClassReview {
                folder,
                students,
                unreadable,
                review,
                history: History::default(),
                selected: 0,
                overview,
                highlights: BTreeMap::new(),
                views,
                selected_claim: None,
                nudges: None,
                summary,
                inspector: super::review_inspector::ReviewInspector::default(),
                process: super::process::Process::default(),
                cells: super::standing_words::Cells::default(),
            };
            class.select_student(0);
            desk.class = Some(class);
            desk.tab = Tab::Review;
        }
        let status = if count > 0 {
            tr!(
                self,
                "teacher-class-opened-with-unreadable",
                sessions = n,
                unreadable = count
            )
        } else {
            tr!(self, "teacher-class-opened", sessions = n)
        };
        self.set_status(status, count > 0);
    }

    /// Puts the grades of a regrading in place, if they are for the class still open.
    pub(crate) fn class_graded(&mut self, regraded: Regraded) {
        let language = self.language();
        let lesson = self.keyed_lesson();
        let Some(class) = self.teacher.as_mut().and_then(|d| d.class.as_mut()) else {
            return;
        };
        if class.folder != regraded.folder || class.students.len() != regraded.grades.len() {
            return;
        }
        for (student, grade) in class.students.iter_mut().zip(regraded.grades) {
            student.grade = grade;
        }
        class.overview = regraded.overview;
        class.inspector.grades_changed();
        class.summary = Summary::new(
            language,
            &lesson,
            &self.session,
            &class.students,
            &class.overview,
        );
    }

    /// Writes the class's summary (and its trail columns) again if the interface's language
    /// changed since.
    fn summary_in(&mut self, language: Language) {
        if let Some(class) = self.teacher.as_mut().and_then(|d| d.class.as_mut()) {
            let standings: Vec<(&str, &crate::core::trail::Standing)> = class
                .students
                .iter()
                .map(|s| (s.file.as_str(), &s.standing))
                .collect();
            class.cells.refresh(language, &standings);
        }
        let stale = self
            .teacher
            .as_ref()
            .and_then(|d| d.class.as_ref())
            .is_some_and(|c| c.summary.language != language);
        if !stale {
            return;
        }
        let lesson = self.keyed_lesson();
        if let Some(class) = self.teacher.as_mut().and_then(|d| d.class.as_mut()) {
            class.summary = Summary::new(
                language,
                &lesson,
                &self.session,
                &class.students,
                &class.overview,
            );
        }
    }

    pub(crate) fn select_student(&mut self, index: usize) {
        if let Some(class) = self.teacher.as_mut().and_then(|d| d.class.as_mut()) {
            class.select_student(index);
        }
    }
}

/// The class list: students with their totals and flags, unreadable files, most missed items.
pub fn class_list_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    app.summary_in(ui.language());
    let Some(desk) = app.teacher.as_ref() else {
        return;
    };
    if ui.button(tr!(ui, "teacher-open-class-folder")).clicked() {
        app.commands
            .push(AppCommand::Teacher(TeacherCommand::Pick(Pick::OpenClass)));
    }
    let Some(class) = desk.class.as_ref() else {
        ui.label(tr!(ui, "teacher-no-class"));
        return;
    };
    ui.label(tr!(
        ui,
        "teacher-class-folder",
        folder = class.folder.display().to_string()
    ));
    if ui
        .button(tr!(ui, "teacher-write-grades"))
        .on_hover_text(tr!(
            ui,
            "teacher-write-grades-hint",
            gradebook = GRADEBOOK_FILE,
            reports = REPORTS_FOLDER
        ))
        .clicked()
    {
        app.commands
            .push(AppCommand::Teacher(TeacherCommand::WriteGrades));
    }
    if app.worker.computing > 0 {
        ui.horizontal_wrapped(|ui| {
            ui.spinner();
            ui.label(tr!(ui, "teacher-grading"));
        });
    }
    ui.strong(tr!(ui, "teacher-students", count = class.students.len()));
    let select = students_ui(class, ui);
    if let Some(student) = class.students.get(class.selected) {
        super::standing_words::copies_ui(ui, &student.file, &student.standing);
    }
    egui::ScrollArea::vertical()
        .id_salt("class-summary")
        .show(ui, |ui| {
            for u in &class.unreadable {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    tr!(ui, "teacher-not-read", file = u.as_str()),
                );
            }
            ui.separator();
            ui.strong(tr!(ui, "teacher-most-missed-heading"));
            for line in &class.summary.most_missed {
                ui.label(crate::app::glyphs::shown(ui, line));
            }
            if let Some(lines) = class.summary.paragraphs.get(&app.current_document) {
                ui.strong(tr!(ui, "teacher-paragraphs-heading"));
                for line in lines {
                    ui.label(crate::app::glyphs::shown(ui, line));
                }
            }
            ui.strong(tr!(ui, "teacher-tasks-missed-heading"));
            for line in &class.summary.tasks_missed {
                ui.label(crate::app::glyphs::shown(ui, line));
            }
        });
    if let Some(i) = select {
        app.send(AppCommand::Teacher(TeacherCommand::SelectStudent(i)));
    }
}

/// The class's students with their totals, flags and trail columns; the one clicked, if any.
fn students_ui(class: &ClassReview, ui: &mut egui::Ui) -> Option<usize> {
    let mut select = None;
    // Only the rows on screen are drawn, however large the class.
    let row_height = ui
        .spacing()
        .interact_size
        .y
        .max(ui.text_style_height(&egui::TextStyle::Body))
        + ui.spacing().item_spacing.y;
    // The name fits the list's width; the trail's columns are beside it (scrolled to).
    let name_width = super::standing_words::COLUMNS[0].min(ui.available_width() - 4.0);
    egui::ScrollArea::horizontal()
        .id_salt("class-students-wide")
        .show(ui, |ui| {
            super::standing_words::header_ui(ui, name_width, row_height);
            egui::ScrollArea::vertical()
                .id_salt("class-students")
                .max_height((ui.available_height() * 0.45).max(row_height * 3.0))
                .show_rows(ui, row_height, class.students.len(), |ui, rows| {
                    for i in rows {
                        ui.horizontal(|ui| {
                            if student_row_ui(class, ui, i, name_width, row_height) {
                                select = Some(i);
                            }
                            if let Some(cells) = class.cells.rows.get(i) {
                                super::standing_words::cells_ui(ui, cells, row_height);
                            }
                        });
                    }
                });
        });
    select
}

/// A student's name and points (selectable); whether it was clicked.
fn student_row_ui(
    class: &ClassReview,
    ui: &mut egui::Ui,
    i: usize,
    width: f32,
    height: f32,
) -> bool {
    let s = &class.students[i];
    let name = if s.session.student.is_empty() {
        s.file.as_str()
    } else {
        s.session.student.as_str()
    };
    let points = format!("{:.1}", s.grade.points);
    let max = format!("{:.0}", s.grade.max);
    let text = if s.grade.flags.is_empty() {
        tr!(
            ui,
            "teacher-student-row",
            name = name,
            points = points,
            max = max
        )
    } else {
        tr!(
            ui,
            "teacher-student-row-flagged",
            name = name,
            points = points,
            max = max
        )
    };
    let row = ui.add_sized(
        [width, height],
        egui::Button::selectable(i == class.selected, text).truncate(),
    );
    let row = if s.grade.flags.is_empty() {
        row
    } else {
        let flags: Vec<String> = s
            .grade
            .flags
            .iter()
            .map(|f| ui.words().message(f))
            .collect();
        row.on_hover_text(flags.join("\n"))
    };
    row.clicked()
}
