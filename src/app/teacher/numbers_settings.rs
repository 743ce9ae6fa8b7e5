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
    let mut lists: Vec<String> = lesson.synonyms.iter().map(|l| l.join(", ")).collect();
    let language = ui.language();
    let remove = |list: &String| {
        let first = list.split(',').next().unwrap_or_default().trim().to_owned();
        tr!(&language, "editor-remove-synonyms", first = first)
    };
    let mut change = removable_rows(ui, &mut lists, "synonyms", remove, |ui, list| {
        Change::typed_if(
            text_field(ui, &tr!(ui, "editor-synonym-list"), list),
            "words",
        )
    });
    if ui.button(tr!(ui, "editor-add-synonyms")).clicked() {
        lists.push(tr!(ui, "editor-new-synonyms"));
        change = Change::Structure;
    }
    // Only the words' leading spaces go: a word being typed keeps its last space, so that
    // "armed attack" can be typed.
    let parsed: Vec<Vec<String>> = lists
        .iter()
        .map(|l| l.split(',').map(|w| w.trim_start().to_owned()).collect())
        .collect();
    if parsed != lesson.synonyms {
        edits.change(&change, "lesson", LessonEdit::SetSynonyms(parsed));
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
