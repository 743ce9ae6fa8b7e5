//! The Review tab's centre and inspector: a student's highlights beside the key with the class's
//! heat strip, and the teacher's comments, rubric levels and overrides, sent as review edits.

use std::collections::BTreeMap;

use egui::RichText;

use super::super::i18n::{Speaks as _, stance_word};
use super::super::student::nudges_ui;
use super::super::widgets::article_view::{HighlightIndex, HighlightKey};
use super::super::widgets::forms::{labelled_combo, text_area};
use super::super::{AppCommand, CrosscheckApp};
use super::TeacherCommand;
use super::heat_strip::heat_strip_ui;
use crate::core::class::REVIEW_FILE;
use crate::core::edit::ReviewEdit;
use crate::core::grade::Outcome;
use crate::core::lesson::Lesson;
use crate::core::review::StudentReview;
use crate::core::sourcing::{NudgesByEvidence, Sourcing};

/// The review's centre: the student's highlights and the key side by side, with the class's
/// heat strip beside the key.
pub fn review_central_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    super::super::student::document_tabs_ui(app, ui);
    ui.separator();
    if app.numbers.open {
        super::super::student::numbers_ui(app, ui, true);
        return;
    }
    let doc = app.current_document.clone();
    let font_size = app.prefs.font_size;
    let empty = HighlightIndex::default();
    let key_highlights = app.derived.highlights.get(&doc).unwrap_or(&empty);
    let key_selected = app.selected_claim.clone();
    let Some(desk) = app.teacher.as_mut() else {
        return;
    };
    let Some(class) = desk.class.as_mut() else {
        ui.label(tr!(ui, "review-no-class"));
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
        let heading = tr!(
            &columns[0],
            "review-student-highlights",
            student = student_name
        );
        columns[0].strong(heading);
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
        let heading = tr!(&columns[1], "review-key-heading");
        columns[1].strong(heading);
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
    let file = student.file.clone();
    let (grade, session) = (&student.grade, &student.session);
    let mut review = class
        .review
        .students
        .get(&file)
        .cloned()
        .unwrap_or_default();
    let before = review.clone();
    // Saving stays at the foot of the inspector, where it is while one types a comment above.
    let mut save = false;
    let dirty = class.history.is_dirty();
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
    egui::ScrollArea::vertical()
        .id_salt("review-scroll")
        .show(ui, |ui| {
            ui.heading(if session.student.is_empty() {
                file.clone()
            } else {
                session.student.clone()
            });
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
            if let Some(a) = class
                .selected_claim
                .as_ref()
                .and_then(|id| session.annotation(id))
            {
                ui.strong(tr!(ui, "review-selected-claim"));
                claim_review_ui(ui, a, lesson, nudges, &mut review, true);
            }
            ui.separator();
            for t in &grade.tasks {
                let Some(task) = lesson.task(&t.task) else {
                    continue;
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
                        if task.kind != crate::core::lesson::TaskKind::Written {
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
                        for item in grade.items.iter().filter(|i| i.task == t.task) {
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
                        if let Some(answer) = session.responses.get(&t.task) {
                            let answer = tr!(ui, "review-answer", text = answer.text.as_str());
                            let answer = crate::app::glyphs::shown(ui, &answer).into_owned();
                            ui.label(RichText::new(answer).italics());
                        }
                        if !task.rubric.is_empty() {
                            let mut level = review.rubric_levels.get(&t.task).cloned();
                            let not_scored = tr!(ui, "review-not-scored");
                            labelled_combo(ui, tr!(ui, "review-rubric-level"))
                                .selected_text(level.clone().unwrap_or_else(|| not_scored.clone()))
                                .show_ui(ui, |ui| {
                                    ui.selectable_value(&mut level, None, not_scored.as_str());
                                    for l in &task.rubric {
                                        let option = tr!(
                                            ui,
                                            "review-rubric-option",
                                            name = l.name.as_str(),
                                            points = l.points
                                        );
                                        ui.selectable_value(
                                            &mut level,
                                            Some(l.name.clone()),
                                            option,
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
                            let label = tr!(ui, "review-override");
                            ui.checkbox(&mut overridden, label);
                            if overridden {
                                let value = review
                                    .overrides
                                    .entry(t.task.clone())
                                    .or_insert(t.points.unwrap_or(0.0));
                                let l = ui.label(tr!(ui, "review-points-given"));
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
            ui.strong(tr!(ui, "review-claims"));
            let shown = class.selected_claim.clone();
            for a in session
                .annotations
                .iter()
                .filter(|a| Some(&a.id) != shown.as_ref())
            {
                if claim_review_ui(ui, a, lesson, nudges, &mut review, false) {
                    class.selected_claim = Some(a.id.clone());
                }
            }
            ui.separator();
            let general = tr!(ui, "review-general-comment");
            text_area(ui, &general, &mut review.general, 3);
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
    nudges: &NudgesByEvidence,
    review: &mut StudentReview,
    selected: bool,
) -> bool {
    let mut clicked = false;
    ui.push_id(("claim", &a.id), |ui| {
        ui.group(|ui| {
            let quote: String = a.selector.quote.exact.chars().take(80).collect();
            let row = format!("{}: “{quote}”", a.id);
            if ui
                .selectable_label(selected, crate::app::glyphs::shown(ui, &row))
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
                    crate::core::session::EvidenceSource::Passage { document, selector } => {
                        format!("“{}” ({document})", selector.quote.exact)
                    }
                    crate::core::session::EvidenceSource::Citation(c) => {
                        format!("{} — {} {}", c.title, c.outlet, c.url)
                    }
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
            let mut comment = review.comments.get(&a.id).cloned().unwrap_or_default();
            let l = ui.label(tr!(ui, "review-teacher-comment"));
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
