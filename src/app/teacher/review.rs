//! The Review tab: a class's sessions graded against the key, the class list with what was most
//! missed, each student's highlights beside the key, and the teacher's comments, rubric levels
//! and overrides.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use egui::RichText;

use super::super::widgets::article_view::{ArticleView, Highlight, HighlightIndex, HighlightKey};
use super::super::widgets::forms::text_area;
use super::super::widgets::palette::claim_color;
use super::super::{AppCommand, CrosscheckApp};
use super::heat_strip::heat_strip_ui;
use super::{OpenedClass, Pick, Regraded, Tab, TeacherCommand};
use crate::core::class::{GRADEBOOK_FILE, REPORTS_FOLDER, REVIEW_FILE};
use crate::core::edit::{History, ReviewEdit};
use crate::core::grade::{ClassOverview, Outcome, SessionGrade};
use crate::core::lesson::Lesson;
use crate::core::review::{Review, StudentReview};
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
            files,
            grades,
            overview,
        } = opened;
        let lesson = self.keyed_lesson();
        let review = files.review.unwrap_or_else(|| Review::new(&lesson));
        let students: Vec<StudentWork> = files
            .sessions
            .into_iter()
            .zip(grades)
            .map(|((file, session), grade)| StudentWork {
                file,
                session: Arc::new(session),
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
        let count = files.unreadable.len();
        let n = students.len();
        let summary = Summary::new(&lesson, &self.session, &students, &overview);
        if let Some(desk) = self.teacher.as_mut() {
            let mut class = ClassReview {
                folder: files.folder,
                students,
                unreadable: files.unreadable,
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

/// The review's centre: the student's highlights and the key side by side, with the class's
/// heat strip beside the key.
pub fn review_central_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    super::super::student::document_tabs_ui(app, ui);
    ui.separator();
    let doc = app.current_document.clone();
    let font_size = app.prefs.font_size;
    let empty = HighlightIndex::default();
    let key_highlights = app.derived.highlights.get(&doc).unwrap_or(&empty);
    let key_selected = app.selected_claim.clone();
    let Some(desk) = app.teacher.as_mut() else {
        return;
    };
    let Some(class) = desk.class.as_mut() else {
        ui.label("No class open.");
        return;
    };
    let student_name = class
        .students
        .get(class.selected)
        .map_or(String::new(), |s| s.session.student.clone());
    let total = class.students.len();
    let no_tallies = BTreeMap::new();
    let tallies = class.overview.paragraphs.get(&doc).unwrap_or(&no_tallies);
    let mut clicked_student = None;
    let mut clicked_key = None;
    ui.columns(2, |columns| {
        columns[0].strong(format!("{student_name}'s highlights"));
        if let Some(view) = class.views.get_mut(&doc) {
            let highlights = class.highlights.get(&doc).unwrap_or(&empty);
            let out = view.ui(
                &mut columns[0],
                font_size,
                highlights,
                class.selected_claim.as_deref(),
            );
            if let Some(HighlightKey::Claim(id)) = out.clicked {
                clicked_student = Some(id);
            }
        }
        columns[1].strong("Answer key, with the class's heat strip");
        let ui = &mut columns[1];
        let full = ui.available_rect_before_wrap();
        let strip = egui::Rect::from_min_max(full.min, egui::pos2(full.min.x + 34.0, full.max.y));
        let rest = egui::Rect::from_min_max(egui::pos2(full.min.x + 40.0, full.min.y), full.max);
        if let Some(view) = app.views.get_mut(&doc) {
            let out = ui
                .scope_builder(egui::UiBuilder::new().max_rect(rest), |ui| {
                    view.ui(ui, font_size, key_highlights, key_selected.as_deref())
                })
                .inner;
            if let Some(HighlightKey::Claim(id)) = out.clicked {
                clicked_key = Some(id);
            }
            heat_strip_ui(ui, strip, view, tallies, total, &app.lesson.lesson);
        }
    });
    if let Some(id) = clicked_student {
        class.selected_claim = Some(id);
    }
    if let Some(id) = clicked_key {
        app.send(AppCommand::SelectClaim(Some(id)));
    }
}

/// The review's right panel: the shown student's results, comments, rubric levels, overrides.
#[allow(clippy::too_many_lines)] // One student's review, top to bottom.
pub fn review_inspector_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let lesson = &app.lesson.lesson;
    let Some(desk) = app.teacher.as_mut() else {
        return;
    };
    let Some(class) = desk.class.as_mut() else {
        ui.label("Open a class folder to review.");
        return;
    };
    let Some(student) = class.students.get(class.selected) else {
        return;
    };
    let file = student.file.clone();
    let (grade, session) = (&student.grade, &student.session);
    let mut review = class
        .review
        .students
        .get(&file)
        .cloned()
        .unwrap_or_default();
    let before = review.clone();
    let mut save = false;
    egui::ScrollArea::vertical()
        .id_salt("review-scroll")
        .show(ui, |ui| {
            ui.heading(if session.student.is_empty() {
                file.clone()
            } else {
                session.student.clone()
            });
            ui.label(format!(
                "{file} · {:.1} of {:.0} points · precision {:.0}%",
                grade.points,
                grade.max,
                grade.precision * 100.0
            ));
            for flag in &grade.flags {
                ui.colored_label(ui.visuals().warn_fg_color, format!("[!] {flag}"));
            }
            if let Some(a) = class
                .selected_claim
                .as_ref()
                .and_then(|id| session.annotation(id))
            {
                ui.strong("Selected claim");
                claim_review_ui(ui, a, lesson, &mut review, true);
            }
            ui.separator();
            for t in &grade.tasks {
                let Some(task) = lesson.task(&t.task) else {
                    continue;
                };
                ui.push_id(("task", &t.task), |ui| {
                    ui.group(|ui| {
                        let points = t.points.map_or("waits for a rubric level".to_owned(), |p| {
                            format!("{p:.1} / {:.0}", t.max)
                        });
                        ui.strong(format!("{}: {points}", task.title));
                        ui.label(format!(
                            "found {} · partial {} · missed {} · extra {} · precision {:.0}%",
                            t.found,
                            t.partial,
                            t.missed,
                            t.extra,
                            t.precision * 100.0
                        ));
                        for item in grade.items.iter().filter(|i| i.task == t.task) {
                            let outcome = match item.outcome {
                                Outcome::Found => "found",
                                Outcome::Partial => "partial",
                                Outcome::Missed => "missed",
                            };
                            let mut parts = vec![format!("{} {outcome}", item.key_item)];
                            if let Some(c) = item.label_credit {
                                parts.push(format!("labels {:.0}%", c * 100.0));
                            }
                            if let Some(c) = item.evidence_credit {
                                parts.push(format!("evidence/stance {:.0}%", c * 100.0));
                            }
                            if let Some(c) = item.verdict_credit {
                                parts.push(format!("verdict {:.0}%", c * 100.0));
                            }
                            parts.push(format!("{:.1}/{:.1}", item.points, item.max));
                            ui.label(parts.join(" · "));
                        }
                        if let Some(answer) = session.responses.get(&t.task) {
                            ui.label(RichText::new(format!("Answer: {}", answer.text)).italics());
                        }
                        if !task.rubric.is_empty() {
                            let mut level = review.rubric_levels.get(&t.task).cloned();
                            egui::ComboBox::from_label("Rubric level")
                                .selected_text(level.clone().unwrap_or_else(|| "not scored".into()))
                                .show_ui(ui, |ui| {
                                    ui.selectable_value(&mut level, None, "not scored");
                                    for l in &task.rubric {
                                        ui.selectable_value(
                                            &mut level,
                                            Some(l.name.clone()),
                                            format!("{} ({} points)", l.name, l.points),
                                        )
                                        .on_hover_text(&l.example);
                                    }
                                });
                            match level {
                                Some(l) => review.rubric_levels.insert(t.task.clone(), l),
                                None => review.rubric_levels.remove(&t.task),
                            };
                        }
                        let mut overridden = review.overrides.contains_key(&t.task);
                        ui.horizontal(|ui| {
                            ui.checkbox(&mut overridden, "Override points");
                            if overridden {
                                let value = review
                                    .overrides
                                    .entry(t.task.clone())
                                    .or_insert(t.points.unwrap_or(0.0));
                                let l = ui.label("Points given");
                                ui.add(
                                    egui::DragValue::new(value)
                                        .range(0.0..=t.max.max(1000.0))
                                        .speed(0.5),
                                )
                                .labelled_by(l.id);
                            } else {
                                review.overrides.remove(&t.task);
                            }
                        });
                    });
                });
            }
            ui.separator();
            ui.strong("Claims");
            let shown = class.selected_claim.clone();
            for a in session
                .annotations
                .iter()
                .filter(|a| Some(&a.id) != shown.as_ref())
            {
                if claim_review_ui(ui, a, lesson, &mut review, false) {
                    class.selected_claim = Some(a.id.clone());
                }
            }
            ui.separator();
            text_area(
                ui,
                "General comment for the student",
                &mut review.general,
                3,
            );
            let label = if class.history.is_dirty() {
                "Save review (unsaved changes)"
            } else {
                "Save review"
            };
            save = ui.button(label).clicked();
            ui.label(format!(
                "Saved to {REVIEW_FILE} beside the sessions; the sessions are never changed."
            ));
        });
    for (edit, typing) in review_edits(&file, &before, &review) {
        app.send(match typing {
            Some(key) => AppCommand::EditReviewTyping(edit, key),
            None => AppCommand::EditReview(edit),
        });
    }
    if save {
        app.send(AppCommand::Teacher(TeacherCommand::SaveReview));
    }
}

/// Every key of either map, sorted, once.
fn keys<V>(a: &BTreeMap<String, V>, b: &BTreeMap<String, V>) -> Vec<String> {
    let mut all: Vec<String> = a.keys().chain(b.keys()).cloned().collect();
    all.sort();
    all.dedup();
    all
}

/// The edits that turn one student's review `before` into `after`, each with its typing key
/// (text typed into one field, or a value dragged, is one undo step).
fn review_edits(
    file: &str,
    before: &StudentReview,
    after: &StudentReview,
) -> Vec<(ReviewEdit, Option<String>)> {
    let mut edits = Vec::new();
    for claim_id in keys(&before.comments, &after.comments) {
        let (old, new) = (
            before.comments.get(&claim_id),
            after.comments.get(&claim_id),
        );
        if old != new {
            edits.push((
                ReviewEdit::SetComment {
                    student: file.to_owned(),
                    claim_id: claim_id.clone(),
                    comment: new.cloned(),
                },
                Some(format!("comment:{file}:{claim_id}")),
            ));
        }
    }
    for task_id in keys(&before.rubric_levels, &after.rubric_levels) {
        let new = after.rubric_levels.get(&task_id);
        if before.rubric_levels.get(&task_id) != new {
            edits.push((
                ReviewEdit::SetRubricLevel {
                    student: file.to_owned(),
                    task_id,
                    level: new.cloned(),
                },
                None,
            ));
        }
    }
    for task_id in keys(&before.overrides, &after.overrides) {
        let (old, new) = (
            before.overrides.get(&task_id),
            after.overrides.get(&task_id),
        );
        if old != new {
            // Dragging a value is one step; ticking or unticking the override is its own.
            let typing =
                (old.is_some() && new.is_some()).then(|| format!("override:{file}:{task_id}"));
            edits.push((
                ReviewEdit::SetOverride {
                    student: file.to_owned(),
                    task_id,
                    points: new.copied(),
                },
                typing,
            ));
        }
    }
    if before.general != after.general {
        edits.push((
            ReviewEdit::SetGeneral {
                student: file.to_owned(),
                general: after.general.clone(),
            },
            Some(format!("general:{file}")),
        ));
    }
    edits
}

/// One of the student's claims under review: what they wrote, and the teacher's comment on it.
/// Returns whether the claim was clicked.
fn claim_review_ui(
    ui: &mut egui::Ui,
    a: &crate::core::session::Annotation,
    lesson: &Lesson,
    review: &mut StudentReview,
    selected: bool,
) -> bool {
    let mut clicked = false;
    ui.push_id(("claim", &a.id), |ui| {
        ui.group(|ui| {
            let quote: String = a.selector.quote.exact.chars().take(80).collect();
            if ui
                .selectable_label(selected, format!("{}: “{quote}”", a.id))
                .clicked()
            {
                clicked = true;
            }
            let labels: Vec<&str> = a
                .labels
                .iter()
                .map(|l| lesson.label(l).map_or(l.as_str(), |(_, x)| x.name.as_str()))
                .collect();
            if !labels.is_empty() {
                ui.label(format!("Labels: {}", labels.join(", ")));
            }
            if !a.note.is_empty() {
                ui.label(format!("Note: {}", a.note));
            }
            if let Some(v) = &a.verdict {
                ui.label(format!("Verdict: {} — {}", v.rating, v.reasoning));
            }
            for e in &a.evidence {
                let what = match &e.source {
                    crate::core::session::EvidenceSource::Passage { document, selector } => {
                        format!("“{}” ({document})", selector.quote.exact)
                    }
                    crate::core::session::EvidenceSource::Citation(c) => {
                        format!("{} — {} {}", c.title, c.outlet, c.url)
                    }
                };
                ui.label(format!(
                    "Evidence {} {}: {what}",
                    e.stance.symbol(),
                    e.stance.word()
                ));
            }
            let mut comment = review.comments.get(&a.id).cloned().unwrap_or_default();
            let l = ui.label("Teacher's comment");
            if ui
                .add(
                    egui::TextEdit::multiline(&mut comment)
                        .desired_rows(1)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id)
                .changed()
            {
                if comment.is_empty() {
                    review.comments.remove(&a.id);
                } else {
                    review.comments.insert(a.id.clone(), comment);
                }
            }
        });
    });
    clicked
}
