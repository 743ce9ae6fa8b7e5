//! The Lesson tab's "Numbers and sourcing": whether students see the Numbers panel, the words
//! that count the same thing, and the outlets that are party to the conflict. Each change is a
//! lesson edit, so it can be undone.

use super::super::i18n::Speaks as _;
use super::super::widgets::forms::{Change, removable_rows, text_field};
use super::lesson_edits::Edits;
use crate::core::edit::LessonEdit;
use crate::core::lesson::{Lesson, NumbersPanel, Party};

/// The section.
pub(super) fn numbers_settings_ui(ui: &mut egui::Ui, lesson: &Lesson, edits: &mut Edits) {
    egui::CollapsingHeader::new(tr!(ui, "editor-numbers-and-sourcing"))
        .id_salt("teacher-numbers-and-sourcing")
        .default_open(false)
        .show(ui, |ui| {
            let mut shown = lesson.numbers == NumbersPanel::Shown;
            if ui
                .checkbox(&mut shown, tr!(ui, "editor-numbers-shown"))
                .on_hover_text(tr!(ui, "editor-numbers-shown-hover"))
                .changed()
            {
                edits.step(LessonEdit::SetNumbersPanel(if shown {
                    NumbersPanel::Shown
                } else {
                    NumbersPanel::Hidden
                }));
            }
            ui.separator();
            synonyms_ui(ui, lesson, edits);
            ui.separator();
            parties_ui(ui, lesson, edits);
        });
}

/// The lists of words that count the same thing, a list per line, its words between commas.
fn synonyms_ui(ui: &mut egui::Ui, lesson: &Lesson, edits: &mut Edits) {
    ui.strong(tr!(ui, "editor-synonyms"));
    ui.label(tr!(ui, "editor-synonyms-about"));
    let mut lists = lesson.synonyms.clone();
    let language = ui.language();
    let remove = |list: &Vec<String>| {
        list.iter().find(|w| !w.trim().is_empty()).map_or_else(
            || tr!(&language, "editor-remove-empty-synonyms"),
            |first| tr!(&language, "editor-remove-synonyms", first = first.trim()),
        )
    };
    let mut row = 0;
    let mut change = removable_rows(ui, &mut lists, "synonyms", remove, |ui, list| {
        row += 1;
        let name = tr!(ui, "editor-synonym-list", number = row);
        words_field(ui, &name, list)
    });
    if ui.button(tr!(ui, "editor-add-synonyms")).clicked() {
        lists.push(words(&tr!(ui, "editor-new-synonyms")));
        change = Change::Structure;
    }
    if change.is_some() && lists != lesson.synonyms {
        edits.change(&change, "lesson", LessonEdit::SetSynonyms(lists));
    }
}

/// A list's words from what was typed: between commas, trimmed, empty ones left out.
fn words(typed: &str) -> Vec<String> {
    typed
        .split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// One list's words between commas. While the field has the keyboard it keeps what was typed (a
/// comma or a space at the end stays, so that "armed attack" can be typed); the list gets the
/// words.
fn words_field(ui: &mut egui::Ui, name: &str, list: &mut Vec<String>) -> Change {
    let id = ui.make_persistent_id("synonym-words");
    let typed: Option<String> = ui.data(|d| d.get_temp(id));
    // What was typed, as long as it still says this list (after an undo the list shows again).
    let mut text = typed
        .filter(|t| words(t) == *list)
        .unwrap_or_else(|| list.join(", "));
    let response = ui
        .horizontal(|ui| {
            let l = ui.label(name);
            ui.add(egui::TextEdit::singleline(&mut text).desired_width(f32::INFINITY))
                .labelled_by(l.id)
        })
        .inner;
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    if response.changed() {
        *list = words(&text);
        Change::Typed("words".to_owned())
    } else {
        Change::None
    }
}

/// The outlets and bodies that are party to the conflict, each with its role.
fn parties_ui(ui: &mut egui::Ui, lesson: &Lesson, edits: &mut Edits) {
    ui.strong(tr!(ui, "editor-parties"));
    ui.label(tr!(ui, "editor-parties-about"));
    let mut parties = lesson.parties.clone();
    let language = ui.language();
    let remove = |p: &Party| tr!(&language, "editor-remove-party", name = p.name.as_str());
    let mut change = removable_rows(ui, &mut parties, "party", remove, |ui, party| {
        let mut change = Change::typed_if(
            text_field(ui, &tr!(ui, "editor-party-name"), &mut party.name),
            "name",
        );
        change.merge(Change::typed_if(
            text_field(ui, &tr!(ui, "editor-party-role"), &mut party.role),
            "role",
        ));
        change
    });
    if ui.button(tr!(ui, "editor-add-party")).clicked() {
        parties.push(Party::default());
        change = Change::Structure;
    }
    if change.is_some() && parties != lesson.parties {
        edits.change(&change, "lesson", LessonEdit::SetParties(parties));
    }
}
