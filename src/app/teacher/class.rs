//! A class under review: its students with their grades, the teacher's review with its undo
//! history, the class's summary in words, and the class list on the Review tab.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use super::super::widgets::article_view::{ArticleView, Highlight, HighlightIndex, HighlightKey};
use super::super::widgets::palette::claim_color;
use super::super::{AppCommand, CrosscheckApp};
use super::{OpenedClass, Pick, Regraded, Tab, TeacherCommand};
use crate::core::class::{GRADEBOOK_FILE, REPORTS_FOLDER};
use crate::core::edit::{History, ReviewEdit};
use crate::core::grade::{ClassOverview, SessionGrade};
use crate::core::lesson::Lesson;
use crate::core::review::Review;
use crate::core::session::Session;

/// One student's work under review.
pub struct StudentWork {
    /// The session's file name (the review file's key).
    pub file: String,
    /// The session (shared with grading jobs on the worker; never changed by review).
    pub session: Arc<Session>,
    /// Its grade, with the teacher's review applied.
    pub grade: SessionGrade,
}

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
    /// The class's summary in words, rebuilt when grades arrive (not per frame).
    summary: Summary,
}

/// What the class list says about the whole class, as lines of text.
#[derive(Default)]
struct Summary {
    most_missed: Vec<String>,
    tasks_missed: Vec<String>,
    paragraphs: BTreeMap<String, Vec<String>>,
}

impl Summary {
    fn new(
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
                    .and_then(|i| lesson.task(&i.task))
                    .map_or(String::new(), |t| format!(" ({})", t.title));
                let quote = key.annotation(item).map_or(String::new(), |a| {
                    a.selector.quote.exact.chars().take(50).collect()
                });
                format!("{item}{task}: missed by {count} of {total} — “{quote}”")
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
                format!("{title}: {n} missed item(s) across the class")
            })
            .collect();
        let paragraphs = overview
            .paragraphs
            .iter()
            .map(|(doc, tallies)| (doc.clone(), paragraph_lines(lesson, tallies, total)))
            .collect();
        Self {
            most_missed,
            tasks_missed,
            paragraphs,
        }
    }
}

/// Per paragraph: how many students flagged it and how their labels and stances split (the heat
/// strip's numbers, readable without a pointer).
fn paragraph_lines(
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
                .map(|(s, n)| format!("{s} ×{n}"))
                .collect();
            format!(
                "¶{}: {} of {total} students, {} claims{}{}",
                paragraph + 1,
                tally.students,
                tally.claims,
                if labels.is_empty() {
                    String::new()
                } else {
                    format!("; {}", labels.join(", "))
                },
                if stances.is_empty() {
                    String::new()
                } else {
                    format!("; evidence {}", stances.join(", "))
                },
            )
        })
        .collect()
}

impl ClassReview {
    /// Shows student `index`: their highlights are indexed once, here.
    pub fn select_student(&mut self, index: usize) {
        if index >= self.students.len() {
            return;
        }
        if index != self.selected {
            self.selected_claim = None;
        }
        self.selected = index;
        let mut by_doc: BTreeMap<String, Vec<Highlight>> = BTreeMap::new();
        for (i, a) in self.students[index].session.annotations.iter().enumerate() {
            by_doc
                .entry(a.document.clone())
                .or_default()
                .push(Highlight {
                    range: a.selector.range(),
                    color: claim_color(i),
                    key: HighlightKey::Claim(a.id.clone()),
                });
        }
        self.highlights = by_doc
            .into_iter()
            .map(|(d, items)| (d, HighlightIndex::new(items)))
            .collect();
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
        } = opened;
        let lesson = self.keyed_lesson();
        let students: Vec<StudentWork> = sessions
            .into_iter()
            .zip(grades)
            .map(|((file, session), grade)| StudentWork {
                file,
                session,
                grade,
            })
            .collect();
        let views = lesson
            .documents
            .iter()
            .filter_map(|d| {
                let text = self.lesson.texts.get(&d.id)?.clone();
                Some((
                    d.id.clone(),
                    ArticleView::new(text, format!("student: {}", d.title)),
                ))
            })
            .collect();
        let count = unreadable.len();
        let n = students.len();
        let summary = Summary::new(&lesson, &self.session, &students, &overview);
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
                summary,
            };
            class.select_student(0);
            desk.class = Some(class);
            desk.tab = Tab::Review;
        }
        self.set_status(
            format!(
                "Opened a class of {n} session(s){}",
                if count > 0 {
                    format!("; {count} file(s) could not be read")
                } else {
                    String::new()
                }
            ),
            count > 0,
        );
    }

    /// Puts the grades of a regrading in place, if they are for the class still open.
    pub(crate) fn class_graded(&mut self, regraded: Regraded) {
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
        class.summary = Summary::new(&lesson, &self.session, &class.students, &class.overview);
    }

    pub(crate) fn select_student(&mut self, index: usize) {
        if let Some(class) = self.teacher.as_mut().and_then(|d| d.class.as_mut()) {
            class.select_student(index);
        }
    }
}

/// The class list: students with their totals and flags, unreadable files, most missed items.
pub fn class_list_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let mut select = None;
    let Some(desk) = app.teacher.as_ref() else {
        return;
    };
    if ui.button("Open a class folder…").clicked() {
        app.commands
            .push(AppCommand::Teacher(TeacherCommand::Pick(Pick::OpenClass)));
    }
    let Some(class) = desk.class.as_ref() else {
        ui.label("Open a folder of students' *.session.ron files to review and grade them.");
        return;
    };
    ui.label(format!("Class: {}", class.folder.display()));
    if ui
        .button("Write gradebook (CSV) and reports")
        .on_hover_text(format!(
            "{GRADEBOOK_FILE} and {REPORTS_FOLDER}/ (Markdown and printable HTML per student) in the class folder, with your review applied"
        ))
        .clicked()
    {
        app.commands
            .push(AppCommand::Teacher(TeacherCommand::WriteGrades));
    }
    if app.worker.computing > 0 {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label("Grading…");
        });
    }
    ui.strong(format!("Students ({})", class.students.len()));
    // Only the rows on screen are drawn, however large the class.
    let row_height = ui
        .spacing()
        .interact_size
        .y
        .max(ui.text_style_height(&egui::TextStyle::Body))
        + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .id_salt("class-students")
        .max_height((ui.available_height() * 0.45).max(row_height * 3.0))
        .show_rows(ui, row_height, class.students.len(), |ui, rows| {
            for i in rows {
                let s = &class.students[i];
                let name = if s.session.student.is_empty() {
                    s.file.as_str()
                } else {
                    s.session.student.as_str()
                };
                let flag = if s.grade.flags.is_empty() {
                    ""
                } else {
                    " [!] flagged"
                };
                let row = ui.selectable_label(
                    i == class.selected,
                    format!("{name}: {:.1} / {:.0}{flag}", s.grade.points, s.grade.max),
                );
                let row = if s.grade.flags.is_empty() {
                    row
                } else {
                    row.on_hover_text(s.grade.flags.join("\n"))
                };
                if row.clicked() {
                    select = Some(i);
                }
            }
        });
    egui::ScrollArea::vertical()
        .id_salt("class-summary")
        .show(ui, |ui| {
            for u in &class.unreadable {
                ui.colored_label(ui.visuals().error_fg_color, format!("Not read: {u}"));
            }
            ui.separator();
            ui.strong("Most missed (must-find items)");
            for line in &class.summary.most_missed {
                ui.label(line);
            }
            if let Some(lines) = class.summary.paragraphs.get(&app.current_document) {
                ui.strong("This document, paragraph by paragraph");
                for line in lines {
                    ui.label(line);
                }
            }
            ui.strong("Tasks most missed");
            for line in &class.summary.tasks_missed {
                ui.label(line);
            }
        });
    if let Some(i) = select {
        app.send(AppCommand::Teacher(TeacherCommand::SelectStudent(i)));
    }
}
