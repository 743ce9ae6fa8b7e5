//! The Answer key tab: the key's items by task, the key-only fields in the inspector, near-miss
//! label pairs and the price of extra claims.

use super::super::i18n::{Language, Speaks as _};
use super::super::widgets::forms::{Change, labelled_combo};
use super::super::{AppCommand, CrosscheckApp};
use crate::core::edit::{Command, LessonEdit};
use crate::core::lesson::{AnswerKey, ExtraClaims};

/// One row of the key's list: a task's heading, or an item (a link to it).
enum KeyRow {
    Task(String),
    Item {
        text: String,
        id: String,
        document: String,
        range: std::ops::Range<usize>,
    },
}

/// The key's list as rows of text, written when the key, the lesson or the language changes (not
/// per frame); a frame draws the rows on screen.
#[derive(Default)]
pub struct KeyRows {
    /// The lesson's state and the language they were written for.
    built_for: Option<(u64, Language)>,
    rows: Vec<KeyRow>,
    /// The items without a task (or with one the lesson no longer has), said in one line.
    untasked: Option<String>,
}

impl KeyRows {
    fn refresh(&mut self, app: &CrosscheckApp, state: u64, language: Language) {
        if self.built_for == Some((state, language)) {
            return;
        }
        self.built_for = Some((state, language));
        self.rows.clear();
        let lesson = &app.lesson.lesson;
        let required = app.teacher.as_ref().map(|d| &d.required);
        for task in &lesson.tasks {
            let items = app
                .derived
                .claims_by_task
                .get(&task.id)
                .map_or(&[][..], Vec::as_slice);
            self.rows.push(KeyRow::Task(tr!(
                language,
                "key-task-items",
                title = task.title.as_str(),
                count = items.len()
            )));
            for a in items.iter().filter_map(|&i| app.session.annotations.get(i)) {
                let must = required.and_then(|r| r.get(&a.id)).copied().unwrap_or(true);
                let kind = if must {
                    tr!(language, "key-must-find")
                } else {
                    tr!(language, "key-bonus")
                };
                let quote: String = a.selector.quote.exact.chars().take(60).collect();
                self.rows.push(KeyRow::Item {
                    text: tr!(
                        language,
                        "key-item-link",
                        id = a.id.as_str(),
                        kind = kind,
                        quote = quote
                    ),
                    id: a.id.clone(),
                    document: a.document.clone(),
                    range: a.selector.range(),
                });
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
        self.untasked = (!untasked.is_empty())
            .then(|| tr!(language, "key-untasked", items = untasked.join(", ")));
    }
}

/// The key's items by task, with must-find or bonus: the settings above, the list below it, of
/// which only the rows on screen are drawn.
pub fn key_list_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    egui::ScrollArea::vertical()
        .id_salt("teacher-left")
        .max_height(ui.available_height() * 0.45)
        .show(ui, |ui| {
            ui.label(tr!(ui, "key-intro"));
            near_misses_ui(app, ui);
        });
    ui.separator();
    let Some(mut rows) = app
        .teacher
        .as_mut()
        .map(|d| std::mem::take(&mut d.key_rows))
    else {
        return;
    };
    let state = app.teacher.as_ref().map_or(0, |d| d.history.state_id());
    rows.refresh(app, state, ui.language());
    if let Some(untasked) = &rows.untasked {
        ui.label(untasked);
    }
    let row_height = ui
        .spacing()
        .interact_size
        .y
        .max(ui.text_style_height(&egui::TextStyle::Body))
        + ui.spacing().item_spacing.y;
    let mut go = None;
    let scrolled = egui::ScrollArea::vertical()
        .id_salt("key-items")
        .auto_shrink([false, true])
        .show_rows(ui, row_height, rows.rows.len(), |ui, shown| {
            // One line a row, so that every row is as high as the list counts.
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            for row in &rows.rows[shown] {
                match row {
                    KeyRow::Task(heading) => {
                        ui.strong(crate::app::glyphs::shown(ui, heading));
                    }
                    KeyRow::Item {
                        text,
                        id,
                        document,
                        range,
                    } => {
                        if ui.link(crate::app::glyphs::shown(ui, text)).clicked() {
                            go = Some((id.clone(), document.clone(), range.clone()));
                        }
                    }
                }
            }
        });
    let what = tr!(ui, "scroll-key-items");
    super::super::widgets::name_scroll_bars(ui.ctx(), scrolled.id, &what);
    if let Some(desk) = app.teacher.as_mut() {
        desk.key_rows = rows;
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
        .selected_text(
            chosen
                .as_deref()
                .and_then(|t| app.lesson.lesson.task(t))
                .map_or(none.as_str(), |t| t.title.as_str()),
        )
        .show_ui(ui, |ui| {
            for t in &app.lesson.lesson.tasks {
                ui.selectable_value(&mut chosen, Some(t.id.clone()), &t.title);
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
