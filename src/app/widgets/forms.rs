//! Labelled form rows: each field is named for screen readers by the label beside it, and a form
//! says what it changed, so that the screen can send one command for it.

/// What a form changed this frame.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Change {
    /// Nothing.
    #[default]
    None,
    /// Text typed into (or a value dragged in) the named field: typing in one field is one undo
    /// step.
    Typed(String),
    /// Something added, removed or chosen: an undo step of its own.
    Structure,
}

impl Change {
    /// Records another change of the same frame (a structural one wins).
    pub fn merge(&mut self, other: Self) {
        match (&*self, other) {
            (Self::Structure, _) | (_, Self::None) => {}
            (_, other) => *self = other,
        }
    }

    /// A field was typed into if `changed`.
    pub fn typed_if(changed: bool, field: &str) -> Self {
        if changed {
            Self::Typed(field.to_owned())
        } else {
            Self::None
        }
    }

    /// Something was chosen if `changed`.
    pub fn structure_if(changed: bool) -> Self {
        if changed { Self::Structure } else { Self::None }
    }

    /// Whether anything changed.
    pub fn is_some(&self) -> bool {
        *self != Self::None
    }

    /// The typing key of the change, scoped by `scope` (the thing edited), if it was typing.
    pub fn typing_key(&self, scope: &str) -> Option<String> {
        match self {
            Self::Typed(field) => Some(format!("{scope}:{field}")),
            Self::None | Self::Structure => None,
        }
    }
}

/// A labelled one-line text field; the label names the field for screen readers.
pub fn text_field(ui: &mut egui::Ui, label: &str, value: &mut String) -> bool {
    text_field_response(ui, label, value).changed()
}

/// [`text_field`], giving the field's response (to give it the keyboard, say).
pub fn text_field_response(ui: &mut egui::Ui, label: &str, value: &mut String) -> egui::Response {
    ui.horizontal(|ui| {
        let l = ui.label(label);
        ui.add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
            .labelled_by(l.id)
    })
    .inner
}

/// A labelled multi-line text field.
pub fn text_area(ui: &mut egui::Ui, label: &str, value: &mut String, rows: usize) -> bool {
    let l = ui.label(label);
    ui.add(
        egui::TextEdit::multiline(value)
            .desired_rows(rows)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(l.id)
    .changed()
}

/// Rows of an editable list, each in its own group with a "Remove …" button named by
/// `remove_text`; `row` draws a row and says what it changed (its field names are scoped by the
/// row's index).
pub fn removable_rows<T>(
    ui: &mut egui::Ui,
    items: &mut Vec<T>,
    salt: &str,
    remove_text: impl Fn(&T) -> String,
    mut row: impl FnMut(&mut egui::Ui, &mut T) -> Change,
) -> Change {
    let mut change = Change::None;
    let mut remove = None;
    for (i, item) in items.iter_mut().enumerate() {
        ui.push_id((salt, i), |ui| {
            ui.group(|ui| {
                change.merge(match row(ui, item) {
                    Change::Typed(field) => Change::Typed(format!("{salt}{i}:{field}")),
                    other => other,
                });
                if ui.small_button(remove_text(item)).clicked() {
                    remove = Some(i);
                }
            });
        });
    }
    if let Some(i) = remove {
        items.remove(i);
        change = Change::Structure;
    }
    change
}

/// A header's text that wraps within the panel instead of running past its edge (egui lays a
/// collapsing header's text out on one line unless it is given a layout of its own).
pub fn wrapping_header(ui: &egui::Ui, text: String) -> egui::WidgetText {
    let width =
        (ui.available_width() - ui.spacing().indent - ui.spacing().button_padding.x).max(40.0);
    let font = egui::TextStyle::Button.resolve(ui.style());
    // Placeholder colour: the header paints it in its own state's colour.
    // Laid out here: a header re-wraps any text or layout it is given to one line.
    let job = egui::text::LayoutJob::simple(text, font, egui::Color32::PLACEHOLDER, width);
    egui::WidgetText::Galley(ui.painter().layout_job(job))
}

/// A combo box with its label beside it whose selected text is cut short (with "…") before the
/// label would wrap: left to itself, egui gives the button its whole text and wraps the label a
/// letter per line in a narrow panel. Screen readers still get the whole text.
pub struct LabelledCombo {
    combo: egui::ComboBox<'static>,
    text_room: f32,
}

impl LabelledCombo {
    /// The text the button shows for the current choice.
    #[must_use]
    pub fn selected_text(self, text: impl Into<String>) -> Self {
        use egui::AtomExt as _;
        let atom = egui::Atom::from(text.into()).atom_max_width(self.text_room);
        Self {
            combo: self.combo.selected_text(atom),
            ..self
        }
    }

    /// Shows the button and, when open, the choices.
    pub fn show_ui<R>(
        self,
        ui: &mut egui::Ui,
        add: impl FnOnce(&mut egui::Ui) -> R,
    ) -> egui::InnerResponse<Option<R>> {
        self.combo.show_ui(ui, add)
    }
}

/// A combo box labelled `label` (which also salts its id).
pub fn labelled_combo(ui: &egui::Ui, label: impl Into<String>) -> LabelledCombo {
    let label = label.into();
    let text_room = text_room(ui, &label);
    LabelledCombo {
        combo: egui::ComboBox::from_label(label),
        text_room,
    }
}

/// A combo box labelled `label`, its id salted by `id_salt`.
pub fn labelled_combo_id(ui: &egui::Ui, id_salt: &str, label: String) -> LabelledCombo {
    let text_room = text_room(ui, &label);
    LabelledCombo {
        combo: egui::ComboBox::new(id_salt, label),
        text_room,
    }
}

/// The width the selected text of a combo box may take so that its label, beside it, keeps one
/// line: what is left of the row after the label, the gaps, the button's padding and its icon.
fn text_room(ui: &egui::Ui, label: &str) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let label_width = ui
        .painter()
        .layout_no_wrap(label.to_owned(), font, egui::Color32::WHITE)
        .size()
        .x;
    let spacing = ui.spacing();
    let room = ui.available_width()
        - label_width
        - spacing.item_spacing.x * 2.0
        - spacing.button_padding.x * 2.0
        - spacing.icon_width
        - spacing.icon_spacing
        - 2.0;
    room.max(spacing.interact_size.x)
}
