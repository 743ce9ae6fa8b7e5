//! The inspector: the selected claim's task, labels, note, verdict and evidence (each with its
//! note), and which claims cite the passage selected.

use crate::core::trail::Field;
use egui::RichText;

use super::super::glyphs;
use super::super::i18n::Speaks;
use super::super::i18n::stance_word;
use super::super::interop::orphan_reason;
use super::super::widgets::forms::labelled_combo_id;
use super::super::widgets::palette::HOTKEYS;
use super::super::{AppCommand, CrosscheckApp};
use crate::core::edit::Command;
use crate::core::session::{
    Annotation, Citation, Credibility, Evidence, EvidenceSource, Stance, Verdict,
};
use crate::core::sourcing::Nudge;

/// `key_item_ui` draws what only a key item has (on the teacher's desk), under its place; the
/// window passes it, so that the student's desk does not know the teacher's.
pub fn inspector_ui(
    app: &mut CrosscheckApp,
    ui: &mut egui::Ui,
    key_item_ui: fn(&mut CrosscheckApp, &mut egui::Ui, &str),
) {
    let scrolled = egui::ScrollArea::vertical()
        .id_salt("inspector-scroll")
        .show(ui, |ui| {
            let Some(id) = app.selected_claim.clone() else {
                if app.teaching() {
                    ui.heading(tr!(ui, "student-key-item-heading"));
                    ui.label(tr!(ui, "student-key-item-empty"));
                } else {
                    ui.heading(tr!(ui, "student-claim-heading"));
                    ui.label(tr!(ui, "student-claim-empty"));
                }
                backlinks_ui(app, ui);
                return;
            };
            let Some(claim) = app.session.annotation(&id).cloned() else {
                return;
            };
            let number = app.derived.claim_numbers.get(&id).copied().unwrap_or(0);
            if app.teaching() {
                ui.heading(tr!(ui, "student-key-item-title", id = id.as_str()));
            } else {
                ui.heading(tr!(ui, "student-claim-title", number = number));
            }
            let quote = glyphs::shown(ui, &claim.selector.quote.exact).into_owned();
            ui.label(RichText::new(format!("“{quote}”")).italics());
            if claim.orphaned.is_some() {
                let reason = orphan_reason(ui, &app.lesson.lesson, &claim);
                let reason = glyphs::shown(ui, &reason).into_owned();
                let text = tr!(ui, "interop-inspector-not-placed", reason = reason);
                ui.colored_label(ui.visuals().warn_fg_color, text);
            }
            // On the teacher's desk the key item's own controls offer its task.
            if !app.teaching() {
                task_ui(app, ui, &id, claim.task.as_deref());
            }
            ui.horizontal(|ui| {
                let delete = if app.teaching() {
                    tr!(ui, "student-delete-key-item")
                } else {
                    tr!(ui, "student-delete-claim")
                };
                if ui.button(delete).clicked() {
                    app.send(AppCommand::DeleteClaim(id.clone()));
                }
                if ui.button(tr!(ui, "student-deselect")).clicked() {
                    app.send(AppCommand::SelectClaim(None));
                }
            });
            if app.teaching() {
                key_item_ui(app, ui, &id);
            }
            ui.separator();
            if let Some(label) = labels_ui(app, ui, &claim) {
                app.send(AppCommand::ToggleLabel(label));
            }
            ui.separator();
            ui.strong(if app.teaching() {
                tr!(ui, "student-explanation")
            } else {
                tr!(ui, "student-note")
            });
            let mut note = claim.note.clone();
            let edit = ui.add(
                egui::TextEdit::multiline(&mut note)
                    .hint_text(tr!(ui, "student-note-hint"))
                    .desired_rows(3),
            );
            let accessible = tr!(ui, "student-note-field");
            edit.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, &accessible)
            });
            if let Some(text) = super::trail_view::pasted(ui, &edit) {
                let into = Field::Note { claim: id.clone() };
                app.send(AppCommand::Pasted(into, text));
            }
            if edit.changed() {
                app.send(AppCommand::EditTyping(
                    Command::SetNote {
                        annotation_id: id.clone(),
                        note,
                    },
                    format!("note:{id}"),
                ));
            }
            verdict_ui(app, ui, &id, claim.verdict.as_ref());
            evidence_ui(app, ui, &id, &claim);
            backlinks_ui(app, ui);
        });
    let what = tr!(ui, "scroll-inspector");
    super::super::widgets::name_scroll_bars(ui.ctx(), scrolled.id, &what);
}

/// The task the claim answers, to choose: a claim counts toward its task in the task list. A new
/// claim goes to the first task about its document; nothing moves it but the student.
fn task_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui, id: &str, task: Option<&str>) {
    let tasks = &app.lesson.lesson.tasks;
    let none = tr!(ui, "student-task-none");
    // A task the lesson no longer has is shown by its id, not as no task.
    let shown = task.map_or_else(
        || none.clone(),
        |t| {
            app.lesson
                .lesson
                .task(t)
                .map_or(t, |t| t.title.as_str())
                .to_owned()
        },
    );
    let shown = glyphs::shown(ui, &shown).into_owned();
    let mut chosen = None;
    labelled_combo_id(ui, "claim-task", tr!(ui, "student-task"))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui.selectable_label(task.is_none(), none).clicked() {
                chosen = Some(None);
            }
            for t in tasks {
                if ui
                    .selectable_label(task == Some(t.id.as_str()), glyphs::shown(ui, &t.title))
                    .on_hover_text(glyphs::shown(ui, &t.instructions))
                    .clicked()
                {
                    chosen = Some(Some(t.id.clone()));
                }
            }
        })
        .response
        .on_hover_text(tr!(ui, "student-task-hover"));
    if let Some(chosen) = chosen.filter(|c| c.as_deref() != task) {
        app.send(AppCommand::Edit(Command::SetTask {
            annotation_id: id.to_owned(),
            task: chosen,
        }));
    }
}

/// The claim's evidence, each piece with its stance, its note and a button to remove it, and
/// buttons to attach more.
fn evidence_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui, id: &str, claim: &Annotation) {
    ui.separator();
    ui.strong(tr!(ui, "student-evidence"));
    for e in &claim.evidence {
        ui.group(|ui| {
            ui.label(RichText::new(stance_text(ui, e.stance)).strong());
            match &e.source {
                EvidenceSource::Passage { document, selector } => {
                    let title = app
                        .lesson
                        .lesson
                        .document(document)
                        .map_or(document.clone(), |d| d.title.clone());
                    let link = format!("“{}” — {title}", selector.quote.exact);
                    if ui.link(glyphs::shown(ui, &link)).clicked() {
                        app.send(AppCommand::ShowDocument(
                            document.clone(),
                            Some(selector.range()),
                        ));
                    }
                }
                EvidenceSource::Citation(c) => {
                    let source = format!("{} — {} ({}) {}", c.title, c.outlet, c.date, c.url);
                    ui.label(glyphs::shown(ui, &source));
                    if !c.excerpt.is_empty() {
                        let excerpt = glyphs::shown(ui, &c.excerpt).into_owned();
                        ui.label(RichText::new(format!("“{excerpt}”")).italics());
                    }
                    ui.label(tr!(
                        ui,
                        "student-credibility-of",
                        credibility = credibility_text(ui, c.credibility)
                    ));
                }
            }
            if let Some(found) = app.derived.nudges.get(&(id.to_owned(), e.id.clone())) {
                nudges_ui(ui, found);
            }
            evidence_note_ui(app, ui, id, e);
            if ui
                .small_button(tr!(ui, "student-remove-evidence"))
                .clicked()
            {
                app.send(AppCommand::Edit(Command::RemoveEvidence {
                    annotation_id: id.to_owned(),
                    evidence_id: e.id.clone(),
                }));
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr!(ui, "student-attach-passage")).clicked() {
            app.send(AppCommand::StartAttachPassage(id.to_owned()));
        }
        if ui.button(tr!(ui, "student-attach-citation")).clicked() {
            app.citation_form = Some(CitationForm {
                claim_id: id.to_owned(),
                citation: Citation::default(),
                stance: Stance::Corroborates,
            });
        }
    });
}

/// The note on a piece of evidence: what it shows about the claim. Typing in it is one undo step.
fn evidence_note_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui, id: &str, evidence: &Evidence) {
    ui.horizontal(|ui| {
        ui.label(tr!(ui, "student-evidence-note"));
        let mut note = evidence.note.clone();
        let edit = ui.add(
            egui::TextEdit::singleline(&mut note)
                .id_salt(("evidence-note", id, evidence.id.as_str()))
                .hint_text(tr!(ui, "student-evidence-note-hint"))
                .desired_width(f32::INFINITY),
        );
        let accessible = tr!(
            ui,
            "student-evidence-note-field",
            evidence = evidence.id.as_str()
        );
        edit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &accessible));
        if let Some(text) = super::trail_view::pasted(ui, &edit) {
            let into = Field::EvidenceNote {
                claim: id.to_owned(),
                evidence: evidence.id.clone(),
            };
            app.send(AppCommand::Pasted(into, text));
        }
        if edit.changed() {
            app.send(AppCommand::EditTyping(
                Command::SetEvidenceNote {
                    annotation_id: id.to_owned(),
                    evidence_id: evidence.id.clone(),
                    note,
                },
                format!("evidence-note:{id}:{}", evidence.id),
            ));
        }
    });
}

/// A stance as shown beside evidence: its symbol and its word ("[+] corroborates").
pub(crate) fn stance_text(words: &impl Speaks, stance: Stance) -> String {
    format!("{} {}", stance.symbol(), stance_word(words, stance))
}

/// The sourcing checks' nudges on a piece of evidence, each with its symbol, its name and why in
/// words (never colour alone). They advise: nothing is refused.
pub fn nudges_ui(ui: &mut egui::Ui, nudges: &[Nudge]) {
    let colour = ui.visuals().warn_fg_color;
    for nudge in nudges {
        let kind = ui.words().message(&nudge.kind.name());
        let reason = ui.words().message(&nudge.reason);
        let text = tr!(
            ui,
            "sourcing-nudge",
            symbol = nudge.kind.symbol(),
            kind = kind,
            reason = reason
        );
        let text = glyphs::shown(ui, &text).into_owned();
        ui.label(RichText::new(text).color(colour));
    }
}

/// How far a source can be trusted, in words.
fn credibility_text(words: &impl Speaks, credibility: Credibility) -> String {
    match credibility {
        Credibility::Unrated => tr!(words, "student-credibility-unrated"),
        Credibility::Low => tr!(words, "student-credibility-low"),
        Credibility::Medium => tr!(words, "student-credibility-medium"),
        Credibility::High => tr!(words, "student-credibility-high"),
    }
}

/// The claim's labels, set by set, each with its hotkey; returns the label clicked, if one was.
fn labels_ui(app: &CrosscheckApp, ui: &mut egui::Ui, claim: &Annotation) -> Option<String> {
    let lesson = &app.lesson.lesson;
    let hotkeys = &app.derived.hotkey_labels;
    let mut clicked = None;
    for set in &lesson.label_sets {
        if Some(&set.id) == lesson.verdict_scale.as_ref() || set.id.starts_with("stance") {
            continue;
        }
        ui.strong(glyphs::shown(ui, &set.name));
        ui.horizontal_wrapped(|ui| {
            for label in &set.labels {
                let on = claim.labels.contains(&label.id);
                let key = hotkeys
                    .iter()
                    .position(|l| *l == label.id)
                    .map(|k| format!(" [Alt+{}]", HOTKEYS[k].1))
                    .unwrap_or_default();
                let name = glyphs::shown(ui, &label.name);
                let text = format!("{}{name}{key}", if on { "[x] " } else { "" });
                if ui
                    .selectable_label(on, text)
                    .on_hover_text(glyphs::shown(ui, &label.description))
                    .clicked()
                {
                    clicked = Some(label.id.clone());
                }
            }
        });
    }
    clicked
}

fn verdict_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui, id: &str, verdict: Option<&Verdict>) {
    let scale = app.lesson.lesson.verdict_labels().to_vec();
    if scale.is_empty() {
        return;
    }
    ui.separator();
    ui.strong(tr!(ui, "student-verdict"));
    let current = verdict.cloned().unwrap_or_default();
    let none = tr!(ui, "student-verdict-none");
    let shown = scale
        .iter()
        .find(|l| l.id == current.rating)
        .map_or_else(|| none.clone(), |l| glyphs::shown(ui, &l.name).into_owned());
    labelled_combo_id(ui, "verdict-rating", tr!(ui, "student-verdict-rating"))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui.selectable_label(verdict.is_none(), none).clicked() {
                app.send(AppCommand::Edit(Command::SetVerdict {
                    annotation_id: id.to_owned(),
                    verdict: None,
                }));
            }
            for label in &scale {
                if ui
                    .selectable_label(current.rating == label.id, glyphs::shown(ui, &label.name))
                    .on_hover_text(glyphs::shown(ui, &label.description))
                    .clicked()
                {
                    let verdict = Verdict {
                        rating: label.id.clone(),
                        reasoning: current.reasoning.clone(),
                    };
                    app.send(AppCommand::Edit(Command::SetVerdict {
                        annotation_id: id.to_owned(),
                        verdict: Some(verdict),
                    }));
                }
            }
        });
    if verdict.is_some() {
        let mut reasoning = current.reasoning.clone();
        let edit = ui.add(
            egui::TextEdit::multiline(&mut reasoning)
                .hint_text(tr!(ui, "student-reasoning-hint"))
                .desired_rows(3),
        );
        let accessible = tr!(ui, "student-reasoning-field");
        edit.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, &accessible)
        });
        if let Some(text) = super::trail_view::pasted(ui, &edit) {
            let into = Field::Reasoning {
                claim: id.to_owned(),
            };
            app.send(AppCommand::Pasted(into, text));
        }
        if edit.changed() {
            let verdict = Verdict {
                rating: current.rating,
                reasoning,
            };
            app.send(AppCommand::EditTyping(
                Command::SetVerdict {
                    annotation_id: id.to_owned(),
                    verdict: Some(verdict),
                },
                format!("reasoning:{id}"),
            ));
        }
    }
}

/// Which claims cite the selected passage (or the current document) as evidence.
fn backlinks_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    const LISTED: usize = 50;
    let doc = app.current_document.clone();
    let range = app
        .current_view()
        .and_then(|v| v.selection())
        .unwrap_or(0..usize::MAX);
    let citing: Vec<(String, Stance)> = app
        .derived
        .citing(&doc, range, LISTED)
        .into_iter()
        .map(|c| (c.claim_id.clone(), c.stance))
        .collect();
    if citing.is_empty() {
        return;
    }
    ui.separator();
    ui.strong(tr!(ui, "student-cited-by"));
    for (claim_id, stance) in citing {
        let text = tr!(
            ui,
            "student-cited-by-claim",
            claim = claim_id.as_str(),
            stance = stance_text(ui, stance),
        );
        if ui.link(text).clicked() {
            app.send(AppCommand::SelectClaim(Some(claim_id)));
        }
    }
}

/// A form to attach an external source to a claim.
#[derive(Clone, Debug)]
pub struct CitationForm {
    /// The claim.
    pub claim_id: String,
    /// The source as typed so far.
    pub citation: Citation,
    /// How it bears on the claim.
    pub stance: Stance,
}

/// The citation form, in a modal window while open.
pub fn citation_form_ui(app: &mut CrosscheckApp, ctx: &egui::Context) {
    if let Some(CitationForm {
        claim_id,
        mut citation,
        mut stance,
    }) = app.citation_form.clone()
    {
        let mut close = false;
        egui::Modal::new(egui::Id::unique("citation")).show(ctx, |ui| {
            ui.heading(tr!(ui, "student-citation-title"));
            egui::Grid::new("citation-grid")
                .num_columns(2)
                .show(ui, |ui| {
                    citation_fields_ui(ui, &mut citation);
                    let credibility = tr!(ui, "student-citation-credibility");
                    ui.label(&credibility);
                    egui::ComboBox::from_id_salt("credibility")
                        .selected_text(credibility_text(ui, citation.credibility))
                        .show_ui(ui, |ui| {
                            for c in [
                                Credibility::Unrated,
                                Credibility::Low,
                                Credibility::Medium,
                                Credibility::High,
                            ] {
                                ui.selectable_value(
                                    &mut citation.credibility,
                                    c,
                                    credibility_text(ui, c),
                                );
                            }
                        })
                        .response
                        .widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &credibility)
                        });
                    ui.end_row();
                    ui.label(tr!(ui, "student-citation-stance"));
                    ui.horizontal(|ui| {
                        for s in Stance::ALL {
                            ui.selectable_value(&mut stance, s, stance_text(ui, s));
                        }
                    });
                    ui.end_row();
                });
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(
                        !citation.title.trim().is_empty(),
                        egui::Button::new(tr!(ui, "student-citation-attach")),
                    )
                    .clicked()
                {
                    app.send(AppCommand::AttachCitation(
                        claim_id.clone(),
                        citation.clone(),
                        stance,
                    ));
                }
                if ui.button(tr!(ui, "student-citation-cancel")).clicked() {
                    close = true;
                }
            });
        });
        app.citation_form = (!close).then_some(CitationForm {
            claim_id,
            citation,
            stance,
        });
    }
}

/// The citation's text fields, each with its name (and the date with how to write it).
fn citation_fields_ui(ui: &mut egui::Ui, citation: &mut Citation) {
    let date_hint = tr!(ui, "student-citation-date-hint");
    for (name, field, hint) in [
        (
            tr!(ui, "student-citation-field-title"),
            &mut citation.title,
            "",
        ),
        (
            tr!(ui, "student-citation-field-outlet"),
            &mut citation.outlet,
            "",
        ),
        (
            tr!(ui, "student-citation-field-author"),
            &mut citation.author,
            "",
        ),
        // The date says how to write it (a year alone is fine).
        (
            tr!(ui, "student-citation-field-date"),
            &mut citation.date,
            date_hint.as_str(),
        ),
        (tr!(ui, "student-citation-field-url"), &mut citation.url, ""),
        (
            tr!(ui, "student-citation-field-excerpt"),
            &mut citation.excerpt,
            "",
        ),
    ] {
        ui.label(&name);
        let edit = ui.add(egui::TextEdit::singleline(field).hint_text(hint));
        edit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
        ui.end_row();
    }
}
