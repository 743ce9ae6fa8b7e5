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
    ui.horizontal(|ui| {
        let l = ui.label(label);
        ui.add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
            .labelled_by(l.id)
            .changed()
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
