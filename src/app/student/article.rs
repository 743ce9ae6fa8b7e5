//! The centre of the desk: the document tabs, the article view, and choosing evidence.

use egui::RichText;

use super::super::glyphs::shown;
use super::super::i18n::{Speaks as _, stance_word};

use super::super::widgets::article_view::{HighlightIndex, HighlightKey};
use super::super::{AppCommand, CrosscheckApp, UiCommand};
use super::inspector::stance_text;
use super::search::search_ui;
use crate::core::session::Stance;

/// A tab per document, named by its title (shortened; the full title on hover).
pub fn document_tabs_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let mut show = None;
    let mut numbers = false;
    let numbers_open = app.numbers.open;
    ui.horizontal_wrapped(|ui| {
        for doc in &app.lesson.lesson.documents {
            let title = shown(ui, &doc.title);
            let short: String = title.chars().take(28).collect();
            let current = app.current_document == doc.id && !numbers_open;
            if ui
                .selectable_label(current, short)
                .on_hover_text(title.as_ref())
                .clicked()
            {
                show = Some(doc.id.clone());
            }
        }
        if super::numbers_offered(app) {
            ui.separator();
            let tab = UiCommand::Numbers;
            numbers = ui
                .selectable_label(numbers_open, tr!(ui, "numbers-tab"))
                .on_hover_text(tab.label_with_shortcut(ui.ctx()))
                .clicked();
        }
    });
    if let Some(id) = show {
        app.send(AppCommand::ShowDocument(id, None));
    }
    if numbers && !numbers_open {
        app.send(AppCommand::ToggleNumbers);
    }
}

/// The centre of the student's desk (and of the key on the teacher's).
pub fn central_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    if app.search.open {
        search_ui(app, ui);
    }
    if app.attach.is_some() {
        // The stances attach the selected passage: they wait for one.
        let chosen = app.current_view().is_some_and(|v| v.selection().is_some());
        ui.horizontal_wrapped(|ui| {
            ui.strong(tr!(ui, "article-choosing-evidence"));
            ui.label(tr!(ui, "article-choosing-evidence-how"));
            for stance in Stance::ALL {
                let button = ui
                    .add_enabled(chosen, egui::Button::new(stance_text(ui, stance)))
                    .on_disabled_hover_text(tr!(ui, "article-select-passage-first"));
                if button.clicked() {
                    app.send(AppCommand::ConfirmAttachPassage(stance));
                }
            }
            if ui.button(tr!(ui, "article-cancel-attach")).clicked() {
                app.send(AppCommand::CancelAttach);
            }
        });
        ui.separator();
    }
    document_tabs_ui(app, ui);
    if app.numbers.open && !super::numbers_offered(app) {
        app.numbers.open = false;
    }
    if app.numbers.open {
        ui.separator();
        super::numbers_ui(app, ui, false);
        return;
    }
    let has_selection = app.current_view().is_some_and(|v| v.selection().is_some());
    let what = if app.teaching() {
        tr!(ui, "article-make-key-item")
    } else {
        UiCommand::MakeClaim.label(ui)
    };
    let keys = UiCommand::MakeClaim
        .shortcut_text(ui.ctx())
        .unwrap_or_default();
    let make = tr!(ui, "article-make-button", what = what, keys = keys);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(has_selection, egui::Button::new(make))
            .clicked()
        {
            app.send(AppCommand::MakeClaim);
        }
        if let Some(doc) = app.lesson.lesson.document(&app.current_document) {
            let parts: Vec<&str> = [
                doc.outlet.as_str(),
                doc.author.as_str(),
                doc.published.as_str(),
            ]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect();
            // Truncated: a long line here would widen the centre panel under the inspector.
            let line = shown(ui, &parts.join(" · ")).into_owned();
            ui.add(egui::Label::new(RichText::new(line).weak()).truncate());
        }
    });
    ui.separator();
    let doc = app.current_document.clone();
    let font_size = app.prefs.font_size;
    let selected = app.selected_claim.clone();
    let empty = HighlightIndex::default();
    let Some(view) = app.views.get_mut(&doc) else {
        missing_document_ui(app, ui, &doc);
        return;
    };
    let highlights = app.derived.highlights.get(&doc).unwrap_or(&empty);
    let (session, lesson, numbers) = (&app.session, &app.lesson.lesson, &app.derived.claim_numbers);
    let words = ui.words();
    let ctx = ui.ctx().clone();
    let describe = |key: &HighlightKey| {
        describe_highlight(session, lesson, numbers, words, key)
            .map(|said| shown(&ctx, &said).into_owned())
    };
    let output = view.ui_described(ui, font_size, highlights, selected.as_deref(), &describe);
    if output.make_claim {
        app.send(AppCommand::MakeClaim);
    }
    if let Some(HighlightKey::Claim(id)) = output.clicked {
        app.send(AppCommand::SelectClaim(Some(id)));
    }
    hover_ui(app, ui, &output.hovered);
}

/// What the pointer is over: each claim with its labels, in a tooltip.
fn hover_ui(app: &CrosscheckApp, ui: &egui::Ui, hovered: &[HighlightKey]) {
    if !hovered.is_empty() {
        let no_labels = tr!(ui, "article-no-labels-yet");
        let lines: Vec<String> = hovered
            .iter()
            .filter_map(|k| match k {
                HighlightKey::Claim(id) => app.session.annotation(id),
                _ => None,
            })
            .map(|a| {
                let labels: Vec<String> = a
                    .labels
                    .iter()
                    .map(|l| {
                        app.lesson
                            .lesson
                            .label(l)
                            .map_or(l.clone(), |(_, label)| label.name.clone())
                    })
                    .collect();
                format!(
                    "{}: {}",
                    tr!(
                        ui,
                        "article-claim-number",
                        number = app
                            .session
                            .annotations
                            .iter()
                            .position(|b| b.id == a.id)
                            .map_or(0, |i| i + 1)
                    ),
                    if labels.is_empty() {
                        no_labels.clone()
                    } else {
                        labels.join(", ")
                    }
                )
            })
            .collect();
        if !lines.is_empty() {
            egui::Tooltip::always_open(
                ui.ctx().clone(),
                ui.layer_id(),
                egui::Id::unique("claim-hover"),
                egui::PopupAnchor::Pointer,
            )
            .show(|ui| ui.label(shown(ui, &lines.join("\n"))));
        }
    }
}

/// In place of a document that could not be read: why, and what to do.
pub fn missing_document_ui(app: &CrosscheckApp, ui: &mut egui::Ui, doc: &str) {
    let Some(d) = app.lesson.lesson.document(doc) else {
        ui.label(tr!(ui, "article-no-documents"));
        return;
    };
    ui.heading(tr!(
        ui,
        "article-document-unreadable",
        title = shown(ui, &d.title).into_owned()
    ));
    let own: Vec<&crate::core::lesson::Problem> = app
        .lesson
        .problems
        .iter()
        .filter(|p| {
            let message = p.to_string();
            message.contains(&d.path) || message.contains(&format!("document {}", d.id))
        })
        .collect();
    if own.is_empty() {
        ui.label(tr!(ui, "article-document-text-missing"));
    }
    for p in own {
        ui.add(egui::Label::new(format!("[!] {}", ui.words().message(p))).wrap());
        let advice = tr!(
            ui,
            "article-what-to-do",
            advice = ui.words().get(p.advice().id())
        );
        ui.add(egui::Label::new(advice).wrap());
    }
}

/// What a screen reader says of a highlight: a claim with its quote, labels and evidence in
/// words; a passage cited as evidence; a search hit.
fn describe_highlight(
    session: &crate::core::session::Session,
    lesson: &crate::core::lesson::Lesson,
    numbers: &std::collections::HashMap<String, usize>,
    words: &crate::app::i18n::Translations,
    key: &HighlightKey,
) -> Option<String> {
    let number = |id: &str| numbers.get(id).copied().unwrap_or(0);
    Some(match key {
        HighlightKey::Claim(id) => {
            let a = session.annotation(id)?;
            let labels: Vec<&str> = a
                .labels
                .iter()
                .map(|l| lesson.label(l).map_or(l.as_str(), |(_, x)| x.name.as_str()))
                .collect();
            let labels = if labels.is_empty() {
                tr!(words, "article-no-labels-yet")
            } else {
                labels.join(", ")
            };
            let evidence: Vec<String> = a
                .evidence
                .iter()
                .map(|e| stance_word(words, e.stance))
                .collect();
            let evidence = if evidence.is_empty() {
                tr!(words, "article-claim-no-evidence")
            } else {
                evidence.join(", ")
            };
            tr!(
                words,
                "article-claim-accessible",
                number = number(id),
                quote = a.selector.quote.exact.as_str(),
                labels = labels,
                evidence = evidence
            )
        }
        HighlightKey::Evidence(id) => {
            tr!(words, "article-evidence-accessible", number = number(id))
        }
        HighlightKey::Search => tr!(words, "article-search-hit-accessible"),
    })
}
