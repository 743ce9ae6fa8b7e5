//! The Answer key tab: the key's items by task, the key-only fields in the inspector, near-miss
//! label pairs and the price of extra claims.

use super::super::widgets::forms::{Change, labelled_combo};
use super::super::{AppCommand, CrosscheckApp};
use crate::core::edit::{Command, LessonEdit};
use crate::core::lesson::{AnswerKey, ExtraClaims};

/// The key's items by task, with must-find or bonus.
pub fn key_list_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    ui.label(tr!(ui, "key-intro"));
    near_misses_ui(app, ui);
    ui.separator();
    let lesson = &app.lesson.lesson;
    let Some(desk) = app.teacher.as_ref() else {
        return;
    };
    let mut go = None;
    for task in &lesson.tasks {
        let items = app
            .derived
            .claims_by_task
            .get(&task.id)
            .map_or(&[][..], Vec::as_slice);
        let heading = tr!(
            ui,
            "key-task-items",
            title = task.title.as_str(),
            count = items.len()
        );
        ui.strong(crate::app::glyphs::shown(ui, &heading));
        for a in items.iter().filter_map(|&i| app.session.annotations.get(i)) {
            let kind = if desk.required.get(&a.id).copied().unwrap_or(true) {
                tr!(ui, "key-must-find")
            } else {
                tr!(ui, "key-bonus")
            };
            let quote: String = a.selector.quote.exact.chars().take(60).collect();
            let link = tr!(
                ui,
                "key-item-link",
                id = a.id.as_str(),
                kind = kind,
                quote = quote
            );
            if ui.link(crate::app::glyphs::shown(ui, &link)).clicked() {
                go = Some((a.id.clone(), a.document.clone(), a.selector.range()));
            }
        }
    }
    // No task, or a task the lesson no longer has.
    let dangling = app
        .derived
        .claims_by_task
        .iter()
        .filter(|(task, _)| lesson.task(task).is_none())
        .flat_map(|(_, items)| items);
    let mut untasked: Vec<&str> = app
        .derived
        .untasked
        .iter()
        .chain(dangling)
        .filter_map(|&i| app.session.annotations.get(i))
        .map(|a| a.id.as_str())
        .collect();
    untasked.sort_unstable();
    if !untasked.is_empty() {
        ui.label(tr!(ui, "key-untasked", items = untasked.join(", ")));
    }
    if let Some((id, doc, range)) = go {
        app.send(AppCommand::ShowDocument(doc, Some(range)));
        app.send(AppCommand::SelectClaim(Some(id)));
    }
}

/// Key-only fields in the inspector: must-find or bonus, and the task.
pub fn key_item_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui, id: &str) {
    let Some(desk) = app.teacher.as_ref() else {
        return;
    };
    let mut required = desk.required.get(id).copied().unwrap_or(true);
    let must_find = tr!(ui, "key-required");
    if ui.checkbox(&mut required, must_find).changed() {
        app.send(AppCommand::EditLesson(LessonEdit::SetRequired {
            item_id: id.to_owned(),
            required: Some(required),
        }));
    }
    let mut independent = app
        .lesson
        .lesson
        .answer_key
        .iter()
        .flat_map(|k| &k.items)
        .any(|k| k.id == id && k.independent);
    let asks = tr!(ui, "key-independent");
    if ui
        .checkbox(&mut independent, asks)
        .on_hover_text(tr!(ui, "key-independent-hover"))
        .changed()
    {
        app.send(AppCommand::EditLesson(LessonEdit::SetIndependent {
            item_id: id.to_owned(),
            independent,
        }));
    }
    let current = app.session.annotation(id).and_then(|a| a.task.clone());
    let mut chosen = current.clone();
    let none = tr!(ui, "key-no-task");
    labelled_combo(ui, tr!(ui, "key-task"))
        .selected_text(crate::app::glyphs::shown(
            ui,
            chosen
                .as_deref()
                .and_then(|t| app.lesson.lesson.task(t))
                .map_or(none.as_str(), |t| t.title.as_str()),
        ))
        .show_ui(ui, |ui| {
            for t in &app.lesson.lesson.tasks {
                let title = crate::app::glyphs::shown(ui, &t.title);
                ui.selectable_value(&mut chosen, Some(t.id.clone()), title);
            }
        });
    if chosen != current {
        app.send(AppCommand::Edit(Command::SetTask {
            annotation_id: id.to_owned(),
            task: chosen,
        }));
    }
    ui.label(tr!(ui, "key-accepted-labels"));
}

/// Near-miss label pairs: giving one label of a pair where the key accepts the other earns the
/// pair's share of the label credit. And what extra claims cost.
fn near_misses_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let labels: Vec<(String, String)> = app
        .lesson
        .lesson
        .label_sets
        .iter()
        .flat_map(|s| s.labels.iter().map(|l| (l.id.clone(), l.name.clone())))
        .collect();
    let name = |id: &str| {
        labels
            .iter()
            .find(|(l, _)| l == id)
            .map_or(id.to_owned(), |(_, n)| n.clone())
    };
    let empty = AnswerKey::default();
    let key = app.lesson.lesson.answer_key.as_ref().unwrap_or(&empty);
    let mut pairs = key.near_misses.clone();
    let mut pairs_change = Change::None;
    egui::CollapsingHeader::new(tr!(ui, "key-near-misses", count = pairs.len()))
        .id_salt("teacher-near-misses")
        .show(ui, |ui| {
            ui.label(tr!(ui, "key-near-misses-intro"));
            let mut remove = None;
            for (i, pair) in pairs.iter_mut().enumerate() {
                ui.push_id(("near-miss", i), |ui| {
                    ui.horizontal_wrapped(|ui| {
                        for (which, value) in [
                            (tr!(ui, "key-first-label"), &mut pair.a),
                            (tr!(ui, "key-second-label"), &mut pair.b),
                        ] {
                            let before = value.clone();
                            labelled_combo(ui, which)
                                .selected_text(name(value))
                                .show_ui(ui, |ui| {
                                    for (id, n) in &labels {
                                        ui.selectable_value(value, id.clone(), n);
                                    }
                                });
                            pairs_change.merge(Change::structure_if(before != *value));
                        }
                        let l = ui.label(tr!(ui, "key-share"));
                        let dragged = ui
                            .add(egui::Slider::new(&mut pair.credit, 0.0..=1.0).fixed_decimals(2))
                            .labelled_by(l.id)
                            .changed();
                        pairs_change.merge(Change::typed_if(dragged, &format!("share{i}")));
                        if ui.small_button(tr!(ui, "key-remove-pair")).clicked() {
                            remove = Some(i);
                        }
                    });
                });
            }
            if let Some(i) = remove {
                pairs.remove(i);
                pairs_change = Change::Structure;
            }
            if ui
                .add_enabled(
                    labels.len() >= 2,
                    egui::Button::new(tr!(ui, "key-add-near-miss-pair")),
                )
                .clicked()
            {
                pairs.push(crate::core::lesson::NearMiss {
                    a: labels[0].0.clone(),
                    b: labels[1].0.clone(),
                    credit: 0.5,
                });
                pairs_change = Change::Structure;
            }
        });
    let (policy_change, policy) = extra_claims_ui(ui, key.extra_claims);
    for (change, scope, edit) in [
        (
            pairs_change,
            "near-misses",
            LessonEdit::SetNearMisses(pairs),
        ),
        (
            policy_change,
            "extra-claims",
            LessonEdit::SetExtraClaims(policy),
        ),
    ] {
        match change.typing_key(scope) {
            Some(key) => app.send(AppCommand::EditLessonTyping(edit, key)),
            None if change.is_some() => app.send(AppCommand::EditLesson(edit)),
            None => {}
        }
    }
}

/// What extra claims cost: the free ones per key item and the weight of precision.
fn extra_claims_ui(ui: &mut egui::Ui, mut policy: ExtraClaims) -> (Change, ExtraClaims) {
    let mut policy_change = Change::None;
    egui::CollapsingHeader::new(tr!(ui, "key-extra-claims"))
        .id_salt("teacher-extra-claims")
        .show(ui, |ui| {
            ui.label(tr!(ui, "key-extra-claims-intro"));
            let l = ui.label(tr!(ui, "key-free-per-item"));
            let free = ui
                .add(egui::Slider::new(&mut policy.free_per_item, 0.0..=5.0).fixed_decimals(1))
                .labelled_by(l.id)
                .changed();
            policy_change.merge(Change::typed_if(free, "free"));
            let l = ui.label(tr!(ui, "key-precision-weight"));
            let weight = ui
                .add(egui::Slider::new(&mut policy.weight, 0.0..=1.0).fixed_decimals(2))
                .labelled_by(l.id)
                .changed();
            policy_change.merge(Change::typed_if(weight, "weight"));
        });
    (policy_change, policy)
}
