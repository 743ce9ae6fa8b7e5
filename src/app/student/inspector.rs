//! The inspector: the selected claim's labels, note, verdict and evidence, and which claims cite
//! the passage selected.

use egui::RichText;

use super::super::widgets::palette::HOTKEYS;
use super::super::{AppCommand, CrosscheckApp, teacher};
use crate::core::edit::Command;
use crate::core::session::{Annotation, Citation, Credibility, EvidenceSource, Stance, Verdict};

pub fn inspector_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    egui::ScrollArea::vertical().id_salt("inspector-scroll").show(ui, |ui| {
        let Some(id) = app.selected_claim.clone() else {
            if app.teaching() {
                ui.heading("Key item");
                ui.label("Select text in the article and press “Make key item”, or click a highlight to inspect it.");
            } else {
                ui.heading("Claim");
                ui.label("Select text in the article and press “Make claim”, or click a highlight to inspect it.");
            }
            backlinks_ui(app, ui);
            return;
        };
        let Some(claim) = app.session.annotation(&id).cloned() else {
            return;
        };
        let number = app.derived.claim_numbers.get(&id).copied().unwrap_or(0);
        if app.teaching() {
            ui.heading(format!("Key item {id}"));
        } else {
            ui.heading(format!("Claim #{number}"));
        }
        ui.label(RichText::new(format!("“{}”", claim.selector.quote.exact)).italics());
        ui.horizontal(|ui| {
            let delete = if app.teaching() { "Delete key item" } else { "Delete claim" };
            if ui.button(delete).clicked() {
                app.send(AppCommand::DeleteClaim(id.clone()));
            }
            if ui.button("Deselect").clicked() {
                app.send(AppCommand::SelectClaim(None));
            }
        });
        if app.teaching() {
            teacher::key_item_ui(app, ui, &id);
        }
        ui.separator();
        if let Some(label) = labels_ui(app, ui, &claim) {
            app.send(AppCommand::ToggleLabel(label));
        }
        ui.separator();
        ui.strong(if app.teaching() { "Explanation" } else { "Note" });
        let mut note = claim.note.clone();
        let edit = ui.add(egui::TextEdit::multiline(&mut note).hint_text("Why you marked this").desired_rows(3));
        edit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, "Claim note"));
        if edit.changed() {
            app.send(AppCommand::EditTyping(Command::SetNote { annotation_id: id.clone(), note }, format!("note:{id}")));
        }
        verdict_ui(app, ui, &id, claim.verdict.as_ref());
        ui.separator();
        ui.strong("Evidence");
        for e in &claim.evidence {
            ui.group(|ui| {
                ui.label(RichText::new(format!("{} {}", e.stance.symbol(), e.stance.word())).strong());
                match &e.source {
                    EvidenceSource::Passage { document, selector } => {
                        let title = app.lesson.lesson.document(document).map_or(document.clone(), |d| d.title.clone());
                        if ui.link(format!("“{}” — {title}", selector.quote.exact)).clicked() {
                            app.send(AppCommand::ShowDocument(document.clone(), Some(selector.range())));
                        }
                    }
                    EvidenceSource::Citation(c) => {
                        ui.label(format!("{} — {} ({}) {}", c.title, c.outlet, c.date, c.url));
                        if !c.excerpt.is_empty() {
                            ui.label(RichText::new(format!("“{}”", c.excerpt)).italics());
                        }
                        ui.label(format!("Credibility: {:?}", c.credibility));
                    }
                }
                if ui.small_button("Remove").clicked() {
                    app.send(AppCommand::Edit(Command::RemoveEvidence { annotation_id: id.clone(), evidence_id: e.id.clone() }));
                }
            });
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button("Attach a passage…").clicked() {
                app.send(AppCommand::StartAttachPassage(id.clone()));
            }
            if ui.button("Attach a citation…").clicked() {
                app.citation_form = Some(CitationForm { claim_id: id.clone(), citation: Citation::default(), stance: Stance::Corroborates });
            }
        });
        backlinks_ui(app, ui);
    });
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
        ui.strong(&set.name);
        ui.horizontal_wrapped(|ui| {
            for label in &set.labels {
                let on = claim.labels.contains(&label.id);
                let key = hotkeys
                    .iter()
                    .position(|l| *l == label.id)
                    .map(|k| format!(" [{}]", HOTKEYS[k].1))
                    .unwrap_or_default();
                let text = format!("{}{}{key}", if on { "[x] " } else { "" }, label.name);
                if ui
                    .selectable_label(on, text)
                    .on_hover_text(&label.description)
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
    ui.strong("Verdict");
    let current = verdict.cloned().unwrap_or_default();
    let shown = scale
        .iter()
        .find(|l| l.id == current.rating)
        .map_or("— none —".to_owned(), |l| l.name.clone());
    egui::ComboBox::from_label("Rating")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui.selectable_label(verdict.is_none(), "— none —").clicked() {
                app.send(AppCommand::Edit(Command::SetVerdict {
                    annotation_id: id.to_owned(),
                    verdict: None,
                }));
            }
            for label in &scale {
                if ui
                    .selectable_label(current.rating == label.id, &label.name)
                    .on_hover_text(&label.description)
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
                .hint_text("Your reasoning")
                .desired_rows(3),
        );
        edit.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, "Verdict reasoning")
        });
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
    let citing: Vec<(String, String)> = app
        .derived
        .citing(&doc, range, LISTED)
        .into_iter()
        .map(|c| {
            (
                c.claim_id.clone(),
                format!("{} {}", c.stance.symbol(), c.stance.word()),
            )
        })
        .collect();
    if citing.is_empty() {
        return;
    }
    ui.separator();
    ui.strong("Cited as evidence by");
    for (claim_id, stance) in citing {
        if ui.link(format!("{claim_id} ({stance})")).clicked() {
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
            ui.heading("Attach an external source");
            egui::Grid::new("citation-grid")
                .num_columns(2)
                .show(ui, |ui| {
                    for (name, field) in [
                        ("Title", &mut citation.title),
                        ("Outlet", &mut citation.outlet),
                        ("Author", &mut citation.author),
                        ("Date", &mut citation.date),
                        ("URL", &mut citation.url),
                        ("Quoted excerpt", &mut citation.excerpt),
                    ] {
                        ui.label(name);
                        let edit = ui.text_edit_singleline(field);
                        edit.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::TextInput, true, name)
                        });
                        ui.end_row();
                    }
                    ui.label("Credibility");
                    egui::ComboBox::from_id_salt("credibility")
                        .selected_text(format!("{:?}", citation.credibility))
                        .show_ui(ui, |ui| {
                            for c in [
                                Credibility::Unrated,
                                Credibility::Low,
                                Credibility::Medium,
                                Credibility::High,
                            ] {
                                ui.selectable_value(&mut citation.credibility, c, format!("{c:?}"));
                            }
                        })
                        .response
                        .widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Credibility")
                        });
                    ui.end_row();
                    ui.label("Stance");
                    ui.horizontal(|ui| {
                        for s in Stance::ALL {
                            ui.selectable_value(
                                &mut stance,
                                s,
                                format!("{} {}", s.symbol(), s.word()),
                            );
                        }
                    });
                    ui.end_row();
                });
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(
                        !citation.title.trim().is_empty(),
                        egui::Button::new("Attach"),
                    )
                    .clicked()
                {
                    app.send(AppCommand::AttachCitation(
                        claim_id.clone(),
                        citation.clone(),
                        stance,
                    ));
                }
                if ui.button("Cancel").clicked() {
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
