//! The Review tab's inspector: the shown student's results, the teacher's comments, rubric levels
//! and overrides, sent as review edits. It is one list of rows (the heading, the selected claim,
//! each task, each claim, the general comment) of which only those on screen are drawn; what it
//! derives from the grade (each task's items) is kept until the student or their grade changes,
//! and it reads the review where it is (no copy of it per frame).

use egui::RichText;
use egui_virtual_list::VirtualList;

use super::super::i18n::{Speaks as _, stance_word};
use super::super::student::nudges_ui;
use super::super::widgets::forms::labelled_combo;
use super::super::{AppCommand, CrosscheckApp};
use super::TeacherCommand;
use crate::core::class::REVIEW_FILE;
use crate::core::edit::ReviewEdit;
use crate::core::grade::{Outcome, SessionGrade, TaskResult};
use crate::core::lesson::{Lesson, Task, TaskKind};
use crate::core::review::StudentReview;
use crate::core::session::{Annotation, EvidenceSource, Session};
use crate::core::sourcing::{NudgesByEvidence, Sourcing};

/// One student's work under review.
pub struct StudentWork {
    /// The session's file name (the review file's key).
    pub file: String,
    /// The session (shared with grading jobs on the worker; never changed by review).
    pub session: std::sync::Arc<crate::core::session::Session>,
    /// Its grade, with the teacher's review applied.
    pub grade: crate::core::grade::SessionGrade,
    /// Its trail: minutes, pastes, whether it holds, copies (found when the class was read).
    pub standing: crate::core::trail::Standing,
}

/// What the inspector keeps between frames for the student shown.
pub struct ReviewInspector {
    /// The student, the grades' generation and the lesson's state it was built for.
    built_for: Option<(usize, u64, u64)>,
    /// Counts the grades that arrived (what is kept is built again when it changes).
    graded: u64,
    /// Each task shown: its place in the grade's tasks, and the places of its items.
    tasks: Vec<(usize, Vec<usize>)>,
    /// The selected claim's id, the Process view's moment (if shown) and the claim's place in
    /// the work shown (found when either changes).
    selected: Option<(String, Option<usize>, Option<usize>)>,
    /// The rows' measured heights and where the view is.
    list: VirtualList,
}

impl Default for ReviewInspector {
    fn default() -> Self {
        let mut list = VirtualList::new();
        // Rows show at once (the list would otherwise hide itself while the window is resized).
        list.hide_on_resize(None);
        Self {
            built_for: None,
            graded: 0,
            tasks: Vec::new(),
            selected: None,
            list,
        }
    }
}

impl ReviewInspector {
    /// New grades arrived: each task's items are found again.
    pub fn grades_changed(&mut self) {
        self.graded += 1;
    }

    /// Another student is shown: the rows are measured again.
    pub fn student_changed(&mut self) {
        self.built_for = None;
        self.selected = None;
        self.list.reset();
    }

    /// Builds what is kept if the student, their grade or the lesson changed.
    fn refresh(
        &mut self,
        student: usize,
        lesson_state: u64,
        lesson: &Lesson,
        grade: &SessionGrade,
    ) {
        let key = (student, self.graded, lesson_state);
        if self.built_for == Some(key) {
            return;
        }
        self.built_for = Some(key);
        let mut positions: std::collections::HashMap<&str, usize> =
            std::collections::HashMap::new();
        self.tasks.clear();
        for (i, t) in grade.tasks.iter().enumerate() {
            if lesson.task(&t.task).is_some() {
                positions.insert(t.task.as_str(), self.tasks.len());
                self.tasks.push((i, Vec::new()));
            }
        }
        for (i, item) in grade.items.iter().enumerate() {
            if let Some(&at) = positions.get(item.task.as_str()) {
                self.tasks[at].1.push(i);
            }
        }
        // The session may be another (re-anchored): the selected claim is found again.
        self.selected = None;
    }

    /// The selected claim's place in the session, found when the selection changes (or the
    /// Process view's moment, `moment`, changes the work shown).
    fn selected_index(
        &mut self,
        session: &Session,
        moment: Option<usize>,
        selected: Option<&str>,
    ) -> Option<usize> {
        let Some(id) = selected else {
            self.selected = None;
            return None;
        };
        match &self.selected {
            Some((kept, at, index)) if kept == id && *at == moment => *index,
            _ => {
                let index = session.annotations.iter().position(|a| a.id == id);
                self.selected = Some((id.to_owned(), moment, index));
                index
            }
        }
    }
}

/// The comment field of a claim in the inspector (tests and benchmarks put the keyboard in it).
pub fn comment_field_id(claim_id: &str) -> egui::Id {
    egui::Id::unique(("review-comment", claim_id))
}

/// One row of the inspector.
enum Row {
    Heading,
    Selected(usize),
    Task(usize),
    ClaimsHeading,
    Claim(usize),
    General,
}

/// Row `index` of the list: the heading, the selected claim (if any), the tasks, the claims
/// (the selected one is above), the general comment. O(1).
fn row_at(index: usize, selected: Option<usize>, tasks: usize, claims: usize) -> Row {
    let mut i = index;
    if i == 0 {
        return Row::Heading;
    }
    i -= 1;
    if let Some(s) = selected {
        if i == 0 {
            return Row::Selected(s);
        }
        i -= 1;
    }
    if i < tasks {
        return Row::Task(i);
    }
    i -= tasks;
    if i == 0 {
        return Row::ClaimsHeading;
    }
    i -= 1;
    let listed = claims - usize::from(selected.is_some());
    if i < listed {
        return Row::Claim(match selected {
            Some(s) if i >= s => i + 1,
            _ => i,
        });
    }
    Row::General
}

/// The review's right panel: the shown student's results, comments, rubric levels, overrides.
pub fn review_inspector_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let lesson = &app.lesson.lesson;
    let Some(desk) = app.teacher.as_mut() else {
        return;
    };
    let lesson_state = desk.history.state_id();
    let Some(class) = desk.class.as_mut() else {
        ui.label(tr!(ui, "review-open-class"));
        return;
    };
    let Some(student) = class.students.get(class.selected) else {
        return;
    };
    let found_for = (class.selected, lesson_state);
    if class.nudges.as_ref().is_none_or(|(f, _)| *f != found_for) {
        let session = &student.session;
        let nudges = Sourcing::new(lesson, Some(session)).by_evidence(session);
        class.nudges = Some((found_for, nudges));
    }
    let no_nudges = NudgesByEvidence::new();
    let nudges = class.nudges.as_ref().map_or(&no_nudges, |(_, n)| n);
    let inspector = &mut class.inspector;
    inspector.refresh(class.selected, lesson_state, lesson, &student.grade);
    // In the Process view, the work as it was at the slider's moment; its tasks are graded only
    // as handed in, so they are left out then.
    let moment = class.process.shown();
    let session: &Session = moment.map_or(&student.session, |m| &m.session);
    let selected = inspector.selected_index(
        session,
        moment.map(|m| m.entry),
        class.selected_claim.as_deref(),
    );
    let no_review = StudentReview::default();
    let review = class
        .review
        .students
        .get(&student.file)
        .unwrap_or(&no_review);
    // Saving stays at the foot of the inspector, where it is while one types a comment above.
    let save = save_row_ui(ui, class.history.is_dirty());
    let shown = Shown {
        lesson,
        work: student,
        session,
        replayed: moment.is_some(),
        review,
        nudges,
    };
    let mut out = Out::default();
    let claims = session.annotations.len();
    let tasks: &[(usize, Vec<usize>)] = if moment.is_some() {
        &[]
    } else {
        &inspector.tasks
    };
    // The heading, the tasks, the claims' heading, the claims, the general comment.
    let rows = 3 + tasks.len() + claims;
    let scrolled = egui::ScrollArea::vertical()
        .id_salt("review-scroll")
        .show(ui, |ui| {
            inspector.list.ui_custom_layout(ui, rows, |ui, index| {
                match row_at(index, selected, tasks.len(), claims) {
                    Row::Heading => shown.heading_ui(ui),
                    Row::Selected(i) => {
                        ui.strong(tr!(ui, "review-selected-claim"));
                        shown.claim_ui(ui, i, true, &mut out);
                        ui.separator();
                    }
                    Row::Task(k) => {
                        let (t, items) = &tasks[k];
                        shown.task_ui(ui, *t, items, &mut out);
                    }
                    Row::ClaimsHeading => {
                        ui.separator();
                        ui.strong(tr!(ui, "review-claims"));
                    }
                    Row::Claim(i) => shown.claim_ui(ui, i, false, &mut out),
                    Row::General => shown.general_ui(ui, &mut out),
                }
                1
            });
        });
    let what = tr!(ui, "scroll-inspector");
    super::super::widgets::name_scroll_bars(ui.ctx(), scrolled.id, &what);
    if let Some(id) = out.clicked {
        class.selected_claim = Some(id);
    }
    for (edit, typing) in out.edits {
        app.send(match typing {
            Some(key) => AppCommand::EditReviewTyping(edit, key),
            None => AppCommand::EditReview(edit),
        });
    }
    if save {
        app.send(AppCommand::Teacher(TeacherCommand::SaveReview));
    }
}

/// The review's Save button and where it is saved; whether it was clicked.
fn save_row_ui(ui: &mut egui::Ui, dirty: bool) -> bool {
    let mut save = false;
    egui::Panel::bottom("review-save-row").show(ui, |ui| {
        let label = if dirty {
            tr!(ui, "review-save-unsaved")
        } else {
            tr!(ui, "review-save")
        };
        save = ui.button(label).clicked();
        // Said as it is: saved there, or not yet.
        if dirty {
            ui.label(tr!(ui, "review-unsaved-where", file = REVIEW_FILE));
        } else {
            ui.label(tr!(ui, "review-saved-where", file = REVIEW_FILE));
        }
    });
    save
}

/// What one frame of the inspector did: the claim clicked, the edits made (each with its typing
/// key: text typed into one field, or a value dragged, is one undo step).
#[derive(Default)]
struct Out {
    clicked: Option<String>,
    edits: Vec<(ReviewEdit, Option<String>)>,
}

/// The student shown, read where it is.
struct Shown<'a> {
    lesson: &'a Lesson,
    work: &'a StudentWork,
    /// The work shown: as handed in, or at the Process view's moment.
    session: &'a Session,
    /// Whether it is the Process view's moment.
    replayed: bool,
    review: &'a StudentReview,
    nudges: &'a NudgesByEvidence,
}

impl Shown<'_> {
    fn file(&self) -> String {
        self.work.file.clone()
    }

    /// The student's name, grade and flags.
    fn heading_ui(&self, ui: &mut egui::Ui) {
        let (file, grade) = (&self.work.file, &self.work.grade);
        let name = &self.work.session.student;
        ui.heading(crate::app::glyphs::shown(
            ui,
            if name.is_empty() { file } else { name },
        ));
        ui.label(tr!(
            ui,
            "review-grade",
            file = file.as_str(),
            points = format!("{:.1}", grade.points),
            max = format!("{:.0}", grade.max),
            precision = format!("{:.0}", grade.precision * 100.0)
        ));
        for flag in &grade.flags {
            let flag = ui.words().message(flag);
            ui.colored_label(ui.visuals().warn_fg_color, format!("[!] {flag}"));
        }
        super::standing_words::status_ui(ui, &self.work.file, &self.work.standing);
        if self.replayed {
            ui.strong(tr!(ui, "process-inspector-moment"));
        }
    }

    /// One task's results: points, tally, weights, each item, the written answer, the rubric
    /// level and the override.
    fn task_ui(&self, ui: &mut egui::Ui, at: usize, items: &[usize], out: &mut Out) {
        let grade = &self.work.grade;
        let Some(t) = grade.tasks.get(at) else {
            return;
        };
        let Some(task) = self.lesson.task(&t.task) else {
            return;
        };
        ui.push_id(("task", &t.task), |ui| {
            ui.group(|ui| {
                let points = t.points.map_or_else(
                    || tr!(ui, "review-waits-for-level"),
                    |p| format!("{p:.1} / {:.0}", t.max),
                );
                let heading = format!("{}: {points}", task.title);
                ui.strong(crate::app::glyphs::shown(ui, &heading));
                ui.label(tr!(
                    ui,
                    "review-task-tally",
                    found = t.found,
                    partial = t.partial,
                    missed = t.missed,
                    extra = t.extra,
                    precision = format!("{:.0}", t.precision * 100.0)
                ));
                if task.kind != TaskKind::Written {
                    let w = task.weights();
                    ui.weak(tr!(
                        ui,
                        "review-task-weights",
                        span = w.span,
                        labels = w.labels,
                        evidence = w.evidence,
                        verdict = w.verdict
                    ));
                }
                for item in items.iter().filter_map(|&i| grade.items.get(i)) {
                    let outcome = match item.outcome {
                        Outcome::Found => tr!(ui, "review-outcome-found"),
                        Outcome::Partial => tr!(ui, "review-outcome-partial"),
                        Outcome::Missed => tr!(ui, "review-outcome-missed"),
                    };
                    let percent = |c: f32| format!("{:.0}", c * 100.0);
                    let mut parts = vec![format!("{} {outcome}", item.key_item)];
                    if let Some(c) = item.label_credit {
                        parts.push(tr!(ui, "review-credit-labels", percent = percent(c)));
                    }
                    if let Some(c) = item.evidence_credit {
                        parts.push(tr!(ui, "review-credit-evidence", percent = percent(c)));
                    }
                    if let Some(c) = item.verdict_credit {
                        parts.push(tr!(ui, "review-credit-verdict", percent = percent(c)));
                    }
                    parts.push(format!("{:.1}/{:.1}", item.points, item.max));
                    ui.label(parts.join(" · "));
                }
                if let Some(answer) = self.session.responses.get(&t.task) {
                    let answer = tr!(ui, "review-answer", text = answer.text.as_str());
                    let answer = crate::app::glyphs::shown(ui, &answer).into_owned();
                    ui.label(RichText::new(answer).italics());
                }
                self.marks_ui(ui, t, task, out);
            });
        });
    }

    /// A task's rubric level and override, as the teacher gives them.
    fn marks_ui(&self, ui: &mut egui::Ui, t: &TaskResult, task: &Task, out: &mut Out) {
        if !task.rubric.is_empty() {
            let current = self.review.rubric_levels.get(&t.task);
            let mut level = current.cloned();
            let not_scored = tr!(ui, "review-not-scored");
            labelled_combo(ui, tr!(ui, "review-rubric-level"))
                .selected_text(current.map_or(not_scored.as_str(), String::as_str))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut level, None, not_scored.as_str());
                    for l in &task.rubric {
                        let option = tr!(
                            ui,
                            "review-rubric-option",
                            name = l.name.as_str(),
                            points = l.points
                        );
                        ui.selectable_value(&mut level, Some(l.name.clone()), option)
                            .on_hover_text(&l.example);
                    }
                });
            if level.as_ref() != current {
                out.edits.push((
                    ReviewEdit::SetRubricLevel {
                        student: self.file(),
                        task_id: t.task.clone(),
                        level,
                    },
                    None,
                ));
            }
        }
        let given = self.review.overrides.get(&t.task).copied();
        let mut overridden = given.is_some();
        ui.horizontal(|ui| {
            let label = tr!(ui, "review-override");
            // Ticking or unticking the override is a step of its own.
            if ui.checkbox(&mut overridden, label).changed() {
                out.edits.push((
                    ReviewEdit::SetOverride {
                        student: self.file(),
                        task_id: t.task.clone(),
                        points: overridden.then(|| t.points.unwrap_or(0.0)),
                    },
                    None,
                ));
            }
            if let Some(mut value) = given.filter(|_| overridden) {
                let l = ui.label(tr!(ui, "review-points-given"));
                let dragged = ui
                    .add(
                        egui::DragValue::new(&mut value)
                            .range(0.0..=t.max.max(1000.0))
                            .speed(0.5),
                    )
                    .labelled_by(l.id)
                    .changed();
                // Dragging a value is one step.
                if dragged && Some(value) != given {
                    out.edits.push((
                        ReviewEdit::SetOverride {
                            student: self.file(),
                            task_id: t.task.clone(),
                            points: Some(value),
                        },
                        Some(format!("override:{}:{}", self.work.file, t.task)),
                    ));
                }
            }
        });
    }

    /// One of the student's claims: what they wrote, and the teacher's comment on it.
    fn claim_ui(&self, ui: &mut egui::Ui, index: usize, selected: bool, out: &mut Out) {
        let Some(a) = self.session.annotations.get(index) else {
            return;
        };
        ui.push_id(("claim", &a.id), |ui| {
            ui.group(|ui| {
                if claim_summary_ui(ui, a, self.lesson, self.nudges, selected) {
                    out.clicked = Some(a.id.clone());
                }
                let current = self.review.comments.get(&a.id);
                let mut comment = current.cloned().unwrap_or_default();
                let l = ui.label(tr!(ui, "review-teacher-comment"));
                let changed = ui
                    .add(
                        egui::TextEdit::multiline(&mut comment)
                            .id(comment_field_id(&a.id))
                            .desired_rows(1)
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(l.id)
                    .changed();
                let before = current.map_or("", String::as_str);
                if changed && comment != before {
                    let typing = format!("comment:{}:{}", self.work.file, a.id);
                    out.edits.push((
                        ReviewEdit::SetComment {
                            student: self.file(),
                            claim_id: a.id.clone(),
                            comment: (!comment.is_empty()).then_some(comment),
                        },
                        Some(typing),
                    ));
                }
            });
        });
    }

    /// The general comment on the student's work.
    fn general_ui(&self, ui: &mut egui::Ui, out: &mut Out) {
        ui.separator();
        let label = tr!(ui, "review-general-comment");
        let mut general = self.review.general.clone();
        if super::super::widgets::forms::text_area(ui, &label, &mut general, 3)
            && general != self.review.general
        {
            out.edits.push((
                ReviewEdit::SetGeneral {
                    student: self.file(),
                    general,
                },
                Some(format!("general:{}", self.work.file)),
            ));
        }
    }
}

/// What a claim says: its quote (clickable), labels, note, verdict and evidence with the
/// sourcing nudges. Returns whether it was clicked.
fn claim_summary_ui(
    ui: &mut egui::Ui,
    a: &Annotation,
    lesson: &Lesson,
    nudges: &NudgesByEvidence,
    selected: bool,
) -> bool {
    let quote: String = a.selector.quote.exact.chars().take(80).collect();
    let clicked = ui
        .selectable_label(
            selected,
            crate::app::glyphs::shown(ui, &format!("{}: “{quote}”", a.id)),
        )
        .clicked();
    let labels: Vec<&str> = a
        .labels
        .iter()
        .map(|l| lesson.label(l).map_or(l.as_str(), |(_, x)| x.name.as_str()))
        .collect();
    if !labels.is_empty() {
        let said = tr!(ui, "review-labels", labels = labels.join(", "));
        ui.label(crate::app::glyphs::shown(ui, &said));
    }
    if !a.note.is_empty() {
        let said = tr!(ui, "review-note", note = a.note.as_str());
        ui.label(crate::app::glyphs::shown(ui, &said));
    }
    if let Some(v) = &a.verdict {
        let said = tr!(
            ui,
            "review-verdict",
            rating = v.rating.as_str(),
            reasoning = v.reasoning.as_str()
        );
        ui.label(crate::app::glyphs::shown(ui, &said));
    }
    for e in &a.evidence {
        let what = match &e.source {
            EvidenceSource::Passage { document, selector } => {
                format!("“{}” ({document})", selector.quote.exact)
            }
            EvidenceSource::Citation(c) => format!("{} — {} {}", c.title, c.outlet, c.url),
        };
        let said = tr!(
            ui,
            "review-evidence",
            symbol = e.stance.symbol(),
            stance = stance_word(ui, e.stance),
            what = what
        );
        ui.label(crate::app::glyphs::shown(ui, &said));
        if let Some(found) = nudges.get(&(a.id.clone(), e.id.clone())) {
            nudges_ui(ui, found);
        }
    }
    clicked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(selected: Option<usize>, tasks: usize, claims: usize) -> Vec<String> {
        (0..3 + tasks + claims)
            .map(|i| match row_at(i, selected, tasks, claims) {
                Row::Heading => "h".to_owned(),
                Row::Selected(c) => format!("s{c}"),
                Row::Task(t) => format!("t{t}"),
                Row::ClaimsHeading => "ch".to_owned(),
                Row::Claim(c) => format!("c{c}"),
                Row::General => "g".to_owned(),
            })
            .collect()
    }

    #[test]
    fn every_claim_has_one_row_and_the_selected_one_is_on_top() {
        assert_eq!(
            kinds(None, 2, 3),
            ["h", "t0", "t1", "ch", "c0", "c1", "c2", "g"]
        );
        assert_eq!(
            kinds(Some(1), 1, 3),
            ["h", "s1", "t0", "ch", "c0", "c2", "g"]
        );
        assert_eq!(kinds(Some(0), 0, 1), ["h", "s0", "ch", "g"]);
    }
}
