//! The panels: menu bar, lesson (left), article with tabs (centre), inspector (right), status
//! bar, search bar and dialogs. Panels read the app and send commands; they never call each other.

use egui::{Color32, RichText};

use super::article_view::HighlightKey;
use super::{AppCommand, CrosscheckApp, teacher};
use crate::core::edit::Command;
use crate::core::lesson::Lesson;
use crate::core::session::{Citation, Credibility, EvidenceSource, Stance, TaskResponse, Verdict};

/// Highlight colours, cycled by claim. Each highlight also has an underline and its claim a
/// number in the list, so colour is never the only cue.
const PALETTE: [(u8, u8, u8); 6] = [
    (255, 214, 0),
    (80, 170, 255),
    (255, 120, 160),
    (90, 210, 120),
    (190, 140, 255),
    (255, 160, 60),
];

/// The fill colour of claim number `index`.
pub fn claim_color(index: usize) -> Color32 {
    let (r, g, b) = PALETTE[index % PALETTE.len()];
    Color32::from_rgba_unmultiplied(r, g, b, 70)
}

/// The keys that toggle labels, in order: 1–9, then A–Z.
pub const HOTKEYS: [(egui::Key, char); 35] = {
    use egui::Key::{
        A, B, C, D, E, F, G, H, I, J, K, L, M, N, Num1, Num2, Num3, Num4, Num5, Num6, Num7, Num8,
        Num9, O, P, Q, R, S, T, U, V, W, X, Y, Z,
    };
    [
        (Num1, '1'),
        (Num2, '2'),
        (Num3, '3'),
        (Num4, '4'),
        (Num5, '5'),
        (Num6, '6'),
        (Num7, '7'),
        (Num8, '8'),
        (Num9, '9'),
        (A, 'A'),
        (B, 'B'),
        (C, 'C'),
        (D, 'D'),
        (E, 'E'),
        (F, 'F'),
        (G, 'G'),
        (H, 'H'),
        (I, 'I'),
        (J, 'J'),
        (K, 'K'),
        (L, 'L'),
        (M, 'M'),
        (N, 'N'),
        (O, 'O'),
        (P, 'P'),
        (Q, 'Q'),
        (R, 'R'),
        (S, 'S'),
        (T, 'T'),
        (U, 'U'),
        (V, 'V'),
        (W, 'W'),
        (X, 'X'),
        (Y, 'Y'),
        (Z, 'Z'),
    ]
};

/// The labels with a hotkey, in the order of [`HOTKEYS`]: every label of the lesson's label sets
/// (not the verdict scale or the stance set), up to 35.
pub fn hotkey_labels(lesson: &Lesson) -> Vec<String> {
    lesson
        .label_sets
        .iter()
        .filter(|s| Some(&s.id) != lesson.verdict_scale.as_ref() && !s.id.starts_with("stance"))
        .flat_map(|s| s.labels.iter().map(|l| l.id.clone()))
        .take(HOTKEYS.len())
        .collect()
}

/// Draws the whole window.
pub fn all_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    egui::Panel::top("menu").show(ui, |ui| menu_ui(app, ui));
    egui::Panel::bottom("status").show(ui, |ui| status_ui(app, ui));
    let tab = app.teacher.as_ref().map(|d| d.tab);
    if tab.is_some() {
        egui::Panel::left("teacher")
            .resizable(true)
            .default_size(360.0)
            .show(ui, |ui| teacher::left_ui(app, ui));
    } else {
        egui::Panel::left("lesson")
            .resizable(true)
            .default_size(280.0)
            .show(ui, |ui| lesson_ui(app, ui));
    }
    egui::Panel::right("inspector")
        .resizable(true)
        .default_size(340.0)
        .show(ui, |ui| {
            if tab == Some(teacher::Tab::Review) {
                teacher::review_inspector_ui(app, ui);
            } else {
                inspector_ui(app, ui);
            }
        });
    egui::CentralPanel::default().show(ui, |ui| {
        if tab == Some(teacher::Tab::Review) {
            teacher::review_central_ui(app, ui);
        } else {
            central_ui(app, ui);
        }
    });
    teacher::revision_window_ui(app, ui);
    teacher::removal_modal_ui(app, ui);
    discard_modal_ui(app, ui);
    dialogs_ui(app, ui);
}

fn menu_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if ui.button("Open… (Ctrl+O)").clicked() {
                app.send(AppCommand::Open);
            }
            ui.menu_button("Open recent", |ui| {
                if app.prefs.recent.is_empty() {
                    ui.label("Nothing yet");
                }
                for path in app.prefs.recent.clone() {
                    if ui.button(path.display().to_string()).clicked() {
                        app.send(AppCommand::OpenPath(path));
                    }
                }
            });
            if ui.button("Save (Ctrl+S)").clicked() {
                app.send(AppCommand::Save);
            }
            if ui.button("Save as… (Ctrl+Shift+S)").clicked() {
                app.send(AppCommand::SaveAs);
            }
        });
        teacher::menu_ui(app, ui);
        ui.menu_button("Edit", |ui| {
            if ui
                .add_enabled(app.history.can_undo(), egui::Button::new("Undo (Ctrl+Z)"))
                .clicked()
            {
                app.send(AppCommand::Undo);
            }
            if ui
                .add_enabled(
                    app.history.can_redo(),
                    egui::Button::new("Redo (Ctrl+Shift+Z)"),
                )
                .clicked()
            {
                app.send(AppCommand::Redo);
            }
            if ui.button("Find in lesson (Ctrl+F)").clicked() {
                app.search.open = true;
                app.search.focus = true;
            }
        });
        ui.menu_button("View", |ui| {
            if ui.button("Larger text (Ctrl +)").clicked() {
                app.send(AppCommand::ZoomIn);
            }
            if ui.button("Smaller text (Ctrl -)").clicked() {
                app.send(AppCommand::ZoomOut);
            }
            let theme = if app.prefs.dark {
                "Light theme"
            } else {
                "Dark theme"
            };
            if ui.button(theme).clicked() {
                app.send(AppCommand::ToggleTheme);
            }
        });
    });
}

/// In place of a document that could not be read: why, and what to do.
fn missing_document_ui(app: &CrosscheckApp, ui: &mut egui::Ui, doc: &str) {
    let Some(d) = app.lesson.lesson.document(doc) else {
        ui.label("This lesson has no documents.");
        return;
    };
    ui.heading(format!("\"{}\" could not be read", d.title));
    let own: Vec<&crate::core::lesson::Problem> = app
        .lesson
        .problems
        .iter()
        .filter(|p| {
            p.message.contains(&d.path) || p.message.contains(&format!("document {}", d.id))
        })
        .collect();
    if own.is_empty() {
        ui.label("Its text is missing from the lesson.");
    }
    for p in own {
        ui.add(egui::Label::new(format!("[!] {p}")).wrap());
        ui.add(egui::Label::new(format!("What to do: {}", p.advice())).wrap());
    }
}

fn status_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        let saved = if app.jobs.saving > 0 {
            "Saving…"
        } else if app.unsaved() {
            "Unsaved changes"
        } else {
            "All changes saved"
        };
        ui.label(saved);
        ui.separator();
        let what = if app.teaching() {
            "key items"
        } else {
            "claims"
        };
        ui.label(format!("{} {what}", app.session.annotations.len()));
        if let Some(status) = &app.status {
            ui.separator();
            if status.error {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("Error: {}", status.text),
                );
            } else {
                ui.label(&status.text);
            }
        }
    });
}

#[allow(clippy::too_many_lines)] // One panel, top to bottom.
fn lesson_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    egui::ScrollArea::vertical()
        .id_salt("lesson-scroll")
        .show(ui, |ui| {
            ui.heading(&app.lesson.lesson.title);
            ui.horizontal(|ui| {
                ui.label("Student:");
                let mut name = app.session.student.clone();
                let edit = ui.add(egui::TextEdit::singleline(&mut name).hint_text("your name"));
                edit.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Student name")
                });
                if edit.changed() {
                    app.send(AppCommand::EditTyping(
                        Command::SetStudent { name },
                        "student".into(),
                    ));
                }
            });
            egui::CollapsingHeader::new("Introduction")
                .default_open(false)
                .show(ui, |ui| {
                    ui.label(&app.lesson.lesson.intro);
                });
            ui.separator();
            ui.strong("Documents");
            for doc in app.lesson.lesson.documents.clone() {
                let selected = app.current_document == doc.id;
                let count = app
                    .session
                    .annotations
                    .iter()
                    .filter(|a| a.document == doc.id)
                    .count();
                let text = format!(
                    "{}{}",
                    doc.title,
                    if count > 0 {
                        format!("  ({count} claims)")
                    } else {
                        String::new()
                    }
                );
                if ui
                    .selectable_label(selected, text)
                    .on_hover_text(format!("{} · {}", doc.outlet, doc.published))
                    .clicked()
                {
                    app.send(AppCommand::ShowDocument(doc.id.clone(), None));
                }
            }
            ui.separator();
            ui.strong("Tasks");
            for task in app.lesson.lesson.tasks.clone() {
                let done = app
                    .session
                    .annotations
                    .iter()
                    .filter(|a| a.task.as_deref() == Some(task.id.as_str()))
                    .count();
                let answered = app.session.responses.get(&task.id).is_some_and(|r| r.done);
                let mark = if answered {
                    "[done]"
                } else if done > 0 {
                    "[started]"
                } else {
                    "[ ]"
                };
                egui::CollapsingHeader::new(format!(
                    "{mark} {} ({done} claims, {} pts)",
                    task.title, task.points
                ))
                .id_salt(&task.id)
                .show(ui, |ui| {
                    ui.label(&task.instructions);
                    let mut response = app
                        .session
                        .responses
                        .get(&task.id)
                        .cloned()
                        .unwrap_or_default();
                    let edit = ui.add(
                        egui::TextEdit::multiline(&mut response.text)
                            .hint_text("Your answer or notes")
                            .desired_rows(3),
                    );
                    let title = task.title.clone();
                    edit.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::MultilineTextInput,
                            true,
                            format!("Answer to {title}"),
                        )
                    });
                    let toggled = ui.checkbox(&mut response.done, "Done").changed();
                    if edit.changed() || toggled {
                        let response = (response != TaskResponse::default()).then_some(response);
                        let command = Command::SetResponse {
                            task_id: task.id.clone(),
                            response,
                        };
                        if toggled {
                            app.send(AppCommand::Edit(command));
                        } else {
                            app.send(AppCommand::EditTyping(
                                command,
                                format!("response:{}", task.id),
                            ));
                        }
                    }
                });
            }
            ui.separator();
            ui.strong("Claims");
            for (i, a) in app.session.annotations.clone().iter().enumerate() {
                let selected = app.selected_claim.as_deref() == Some(a.id.as_str());
                let mut quote: String = a.selector.quote.exact.chars().take(60).collect();
                if a.selector.quote.exact.chars().count() > 60 {
                    quote.push('…');
                }
                let text =
                    RichText::new(format!("#{} “{quote}”", i + 1)).background_color(claim_color(i));
                if ui.selectable_label(selected, text).clicked() {
                    app.send(AppCommand::SelectClaim(Some(a.id.clone())));
                }
            }
        });
}

#[allow(clippy::too_many_lines)] // One panel, top to bottom.
fn central_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    if app.search.open {
        search_ui(app, ui);
    }
    if let Some(mode) = app.attach.clone() {
        ui.horizontal_wrapped(|ui| {
            ui.strong("Choosing evidence:");
            ui.label("switch to a document, select a passage, then:");
            for stance in Stance::ALL {
                if ui
                    .button(format!("{} {}", stance.symbol(), stance.word()))
                    .clicked()
                {
                    app.send(AppCommand::ConfirmAttachPassage(stance));
                }
            }
            if ui.button("Cancel").clicked() {
                app.send(AppCommand::CancelAttach);
            }
            let _ = mode;
        });
        ui.separator();
    }
    ui.horizontal_wrapped(|ui| {
        for doc in app.lesson.lesson.documents.clone() {
            let selected = app.current_document == doc.id;
            let short: String = doc.title.chars().take(28).collect();
            if ui
                .selectable_label(selected, short)
                .on_hover_text(&doc.title)
                .clicked()
            {
                app.send(AppCommand::ShowDocument(doc.id.clone(), None));
            }
        }
    });
    let has_selection = app.current_view().is_some_and(|v| v.selection().is_some());
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                has_selection,
                egui::Button::new(if app.teaching() {
                    "+ Make key item (Ctrl+Enter)"
                } else {
                    "+ Make claim (Ctrl+Enter)"
                }),
            )
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
            ui.add(egui::Label::new(RichText::new(parts.join(" · ")).weak()).truncate());
        }
    });
    ui.separator();
    let doc = app.current_document.clone();
    let font_size = app.prefs.font_size;
    let selected = app.selected_claim.clone();
    let empty = super::article_view::HighlightIndex::default();
    let Some(view) = app.views.get_mut(&doc) else {
        missing_document_ui(app, ui, &doc);
        return;
    };
    let highlights = app.highlights.get(&doc).unwrap_or(&empty);
    let output = view.ui(ui, font_size, highlights, selected.as_deref());
    if output.make_claim {
        app.send(AppCommand::MakeClaim);
    }
    if let Some(HighlightKey::Claim(id)) = output.clicked {
        app.send(AppCommand::SelectClaim(Some(id)));
    }
    if !output.hovered.is_empty() {
        let lines: Vec<String> = output
            .hovered
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
                    a.id,
                    if labels.is_empty() {
                        "no labels yet".to_owned()
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
            .show(|ui| ui.label(lines.join("\n")));
        }
    }
}

fn search_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        ui.label("Find:");
        let edit = ui.add(
            egui::TextEdit::singleline(&mut app.search.query).hint_text("search all documents"),
        );
        edit.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::SearchInput, true, "Find in lesson")
        });
        if app.search.focus {
            edit.request_focus();
            app.search.focus = false;
        }
        if edit.changed() {
            app.send(AppCommand::Search(app.search.query.clone()));
        }
        ui.label(format!("{} hits", app.search.hits.len()));
        if ui.button("Close").clicked() {
            app.search.open = false;
            app.search.query.clear();
            app.send(AppCommand::Search(String::new()));
        }
    });
    egui::ScrollArea::vertical()
        .id_salt("hits")
        .max_height(120.0)
        .show(ui, |ui| {
            for (doc, range) in app.search.hits.clone().iter().take(200) {
                let Some(view) = app.views.get(doc) else {
                    continue;
                };
                let text = view.text();
                let from = range.start.saturating_sub(30);
                let to = (range.end + 30).min(text.char_count());
                let context = text.slice_chars(from..to).replace('\n', " ");
                let title = app
                    .lesson
                    .lesson
                    .document(doc)
                    .map_or(doc.as_str(), |d| d.title.as_str())
                    .chars()
                    .take(24)
                    .collect::<String>();
                if ui.link(format!("{title}: …{context}…")).clicked() {
                    app.send(AppCommand::ShowDocument(doc.clone(), Some(range.clone())));
                }
            }
        });
    ui.separator();
}

fn inspector_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
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
        let number = app.session.annotations.iter().position(|a| a.id == id).map_or(0, |i| i + 1);
        if app.teaching() {
            ui.heading(format!("Key item {id}"));
        } else {
            ui.heading(format!("Claim #{number}"));
        }
        ui.label(RichText::new(format!("“{}”", claim.selector.quote.exact)).italics());
        ui.horizontal(|ui| {
            if ui.button("Delete claim").clicked() {
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
        let hotkeys = hotkey_labels(&app.lesson.lesson);
        for set in app.lesson.lesson.label_sets.clone() {
            if Some(&set.id) == app.lesson.lesson.verdict_scale.as_ref() || set.id.starts_with("stance") {
                continue;
            }
            ui.strong(&set.name);
            ui.horizontal_wrapped(|ui| {
                for label in &set.labels {
                    let on = claim.labels.contains(&label.id);
                    let key = hotkeys.iter().position(|l| *l == label.id).map(|k| format!(" [{}]", HOTKEYS[k].1)).unwrap_or_default();
                    let text = format!("{}{}{key}", if on { "[x] " } else { "" }, label.name);
                    if ui.selectable_label(on, text).on_hover_text(&label.description).clicked() {
                        app.send(AppCommand::ToggleLabel(label.id.clone()));
                    }
                }
            });
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
                app.citation_form = Some((id.clone(), Citation::default(), Stance::Corroborates));
            }
        });
        backlinks_ui(app, ui);
    });
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
    let doc = app.current_document.clone();
    let range = app
        .current_view()
        .and_then(|v| v.selection())
        .unwrap_or(0..usize::MAX);
    let citing = app.session.citing(&doc, range);
    if citing.is_empty() {
        return;
    }
    ui.separator();
    ui.strong("Cited as evidence by");
    for (claim_id, evidence_id) in citing {
        let stance = app
            .session
            .annotation(&claim_id)
            .and_then(|a| a.evidence.iter().find(|e| e.id == evidence_id))
            .map_or(String::new(), |e| {
                format!("{} {}", e.stance.symbol(), e.stance.word())
            });
        if ui.link(format!("{claim_id} ({stance})")).clicked() {
            app.send(AppCommand::SelectClaim(Some(claim_id)));
        }
    }
}

/// The problems of what was opened, each with what to do next, until dismissed.
fn problems_ui(app: &mut CrosscheckApp, ctx: &egui::Context) {
    let Some(report) = &app.problems else {
        return;
    };
    let mut open = true;
    let mut dismissed = false;
    egui::Window::new("Problems")
        .id(egui::Id::unique("problems-window"))
        .open(&mut open)
        .collapsible(false)
        .default_width(520.0)
        .max_height(ctx.content_rect().height() * 0.8)
        .show(ctx, |ui| {
            ui.strong(&report.heading);
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    for (i, (message, advice)) in report.items.iter().enumerate() {
                        ui.push_id(("problem", i), |ui| {
                            ui.separator();
                            ui.add(egui::Label::new(format!("[!] {message}")).wrap());
                            ui.add(egui::Label::new(format!("What to do: {advice}")).wrap());
                        });
                    }
                });
            ui.separator();
            let close = ui.button("Close the problem list (Esc)");
            // A new report takes the keyboard to its button, so Enter or Esc dismisses it.
            let seen = egui::Id::unique("problems-focused-for");
            if ctx.data(|d| d.get_temp::<String>(seen)).as_deref() != Some(&report.heading) {
                close.request_focus();
                ctx.data_mut(|d| d.insert_temp(seen, report.heading.clone()));
            }
            if close.clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                dismissed = true;
            }
        });
    if !open || dismissed {
        app.problems = None;
    }
}

#[allow(clippy::too_many_lines)] // One panel, top to bottom.
fn dialogs_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    problems_ui(app, &ctx);
    if let Some((_, file)) = &app.recovery_offer {
        let claims = file.session.annotations.len();
        let whose = if file.session.student.trim().is_empty() {
            "someone who gave no name".to_owned()
        } else {
            file.session.student.clone()
        };
        let when = file
            .session
            .modified
            .strftime("%Y-%m-%d %H:%M UTC")
            .to_string();
        egui::Modal::new(egui::Id::unique("recovery")).show(&ctx, |ui| {
            ui.heading("Recover unsaved work?");
            ui.label(format!(
                "Crosscheck found work on this lesson that was never saved: {whose}'s, last changed {when} ({claims} claims)."
            ));
            ui.label("If it is not yours, choose Discard: it is deleted and your work starts fresh.");
            ui.horizontal(|ui| {
                if ui.button("Recover").clicked() {
                    app.send(AppCommand::RestoreRecovery);
                }
                if ui.button("Discard").clicked() {
                    app.send(AppCommand::DiscardRecovery);
                }
            });
        });
    }
    if app.close_prompt {
        egui::Modal::new(egui::Id::unique("close")).show(&ctx, |ui| {
            ui.heading("Save your work before closing?");
            ui.label("You have changes that are not saved.");
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    app.close_prompt = false;
                    app.send(AppCommand::Save);
                }
                if ui.button("Close without saving").clicked() {
                    app.send(AppCommand::CloseDiscarding);
                }
                if ui.button("Cancel").clicked() {
                    app.close_prompt = false;
                }
            });
        });
    }
    if let Some((claim_id, mut citation, mut stance)) = app.citation_form.clone() {
        let mut close = false;
        egui::Modal::new(egui::Id::unique("citation")).show(&ctx, |ui| {
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
        app.citation_form = if close {
            None
        } else {
            Some((claim_id, citation, stance))
        };
    }
}

/// Asks before a command replaces unsaved work (opening another file, a new lesson, switching
/// between the student's and the teacher's desk).
fn discard_modal_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    if app.confirm_discard.is_none() {
        return;
    }
    let what = if app.teaching() {
        "the lesson, its key or the review"
    } else {
        "your session"
    };
    let mut choice = None;
    egui::Modal::new(egui::Id::unique("confirm-discard")).show(ui.ctx(), |ui| {
        ui.set_max_width(420.0);
        ui.heading("Unsaved changes");
        ui.label(format!(
            "You have unsaved changes to {what}. Save them first, or discard them and go on?"
        ));
        ui.horizontal(|ui| {
            if ui.button("Save first").clicked() {
                choice = Some(0);
            }
            if ui.button("Discard and go on").clicked() {
                choice = Some(1);
            }
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                choice = Some(2);
            }
        });
    });
    match choice {
        Some(0) => {
            app.send(AppCommand::KeepWork);
            app.send(AppCommand::Save);
        }
        Some(1) => {
            if let Some(command) = app.confirm_discard.take() {
                app.send(AppCommand::Discarding(Box::new(command)));
            }
        }
        Some(2) => app.send(AppCommand::KeepWork),
        _ => {}
    }
}
