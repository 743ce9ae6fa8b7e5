//! A student's trail in words: the class list's columns (active minutes, pastes from outside,
//! whether the trail holds or looks copied, when it was handed in), written once per class and
//! language, and the trail's status in the review's inspector.

use super::super::i18n::{Language, Speaks as _, Translations};
use crate::core::trail::{Check, CopyKind, Standing};
use crate::core::words::Message;

/// The widths of the class list's columns: the student, minutes, pastes, trail, handed in.
pub const COLUMNS: [f32; 5] = [170.0, 70.0, 120.0, 170.0, 170.0];

/// One student's trail columns, in words that say what they are (a screen reader reading a
/// cell alone hears "trail broken", not "broken").
#[derive(Clone, Debug, Default)]
pub struct RowCells {
    /// "39 min active".
    pub minutes: String,
    /// "1 paste from outside".
    pub pastes: String,
    /// "trail intact", "trail broken", "no trail", "copied with kim.session.ron".
    pub trail: String,
    /// Why, in full: the check's message, and each copy with both files named.
    pub trail_why: String,
    /// "handed in Tue 10:41", "not handed in", with "[!] changed after hand-in".
    pub handed_in: String,
    /// When, in full.
    pub handed_in_why: String,
}

/// The class's trail columns, in one language.
#[derive(Default)]
pub struct Cells {
    /// The language they are in; `None` before they are written.
    language: Option<Language>,
    /// How many students they were written for.
    students: usize,
    /// Each student's, in the class's order.
    pub rows: Vec<RowCells>,
}

impl Cells {
    /// Writes the cells again if the language or the class changed.
    pub fn refresh(&mut self, language: Language, students: &[(&str, &Standing)]) {
        if self.language == Some(language) && self.students == students.len() {
            return;
        }
        let words = language.words();
        self.language = Some(language);
        self.students = students.len();
        self.rows = students
            .iter()
            .map(|(file, standing)| row_cells(words, file, standing))
            .collect();
    }
}

/// Why two files look copied, in words.
fn copy_why(kind: &CopyKind) -> Message {
    match kind {
        CopyKind::SameStart => Message::new("trail-copied-start"),
        CopyKind::SameWords { count } => Message::new("trail-copied-words").with("count", *count),
    }
}

/// "sam.session.ron looks copied from kim.session.ron: both files start the same trail".
pub fn copy_words(words: &Translations, file: &str, other: &str, kind: &CopyKind) -> String {
    let copied = Message::new("trail-copied")
        .with("other", other)
        .with("why", copy_why(kind));
    tr!(
        words,
        "teacher-trail-copied-pair",
        file = file,
        copied = words.message(&copied)
    )
}

/// A moment as the class list writes it: "Tue 10:41".
fn short_time(words: &Translations, at: jiff::Timestamp) -> String {
    let local = at.to_zoned(jiff::tz::TimeZone::system());
    let day = match local.weekday() {
        jiff::civil::Weekday::Monday => "trail-mon",
        jiff::civil::Weekday::Tuesday => "trail-tue",
        jiff::civil::Weekday::Wednesday => "trail-wed",
        jiff::civil::Weekday::Thursday => "trail-thu",
        jiff::civil::Weekday::Friday => "trail-fri",
        jiff::civil::Weekday::Saturday => "trail-sat",
        jiff::civil::Weekday::Sunday => "trail-sun",
    };
    format!("{} {}", words.get(day), local.strftime("%H:%M"))
}

fn row_cells(words: &Translations, file: &str, st: &Standing) -> RowCells {
    let trail = match (&st.copied.first(), &st.check) {
        (Some((other, _)), _) => tr!(words, "teacher-cell-copied", other = other.as_str()),
        (None, Check::Intact) => tr!(words, "teacher-cell-trail-intact"),
        (None, Check::Broken(_)) => tr!(words, "teacher-cell-trail-broken"),
        (None, Check::None) => tr!(words, "teacher-cell-trail-none"),
    };
    let mut why = vec![words.message(&st.check.message())];
    why.extend(
        st.copied
            .iter()
            .map(|(other, kind)| copy_words(words, file, other, kind)),
    );
    let (handed_in, handed_in_why) = if let Some(at) = st.handed_in {
        let short = tr!(
            words,
            "teacher-cell-handed-in",
            when = short_time(words, at)
        );
        let full = tr!(words, "trail-handed-in", when = words.date_time(at));
        if st.changed_after_hand_in {
            let changed = words.get("trail-changed-after-hand-in");
            (
                format!("{short} [!] {changed}"),
                format!("{full} [!] {changed}"),
            )
        } else {
            (short, full)
        }
    } else {
        let not = tr!(words, "teacher-cell-not-handed-in");
        (not.clone(), not)
    };
    RowCells {
        minutes: tr!(words, "teacher-cell-minutes", minutes = st.active_minutes),
        pastes: tr!(words, "teacher-cell-pastes", count = st.pastes_outside),
        trail,
        trail_why: why.join("\n"),
        handed_in,
        handed_in_why,
    }
}

/// The column names above the class list.
pub fn header_ui(ui: &mut egui::Ui, name_width: f32, height: f32) {
    ui.horizontal(|ui| {
        let names = [
            tr!(ui, "teacher-col-student"),
            tr!(ui, "teacher-col-minutes"),
            tr!(ui, "teacher-col-pastes"),
            tr!(ui, "teacher-col-trail"),
            tr!(ui, "teacher-col-handed-in"),
        ];
        for (n, name) in names.into_iter().enumerate() {
            let width = if n == 0 { name_width } else { COLUMNS[n] };
            let name = egui::RichText::new(name).strong();
            ui.add_sized([width, height], egui::Label::new(name).truncate());
        }
    });
}

/// One student's trail columns (each cut to its width, in full when pointed at).
pub fn cells_ui(ui: &mut egui::Ui, cells: &RowCells, height: f32) {
    let cell = |ui: &mut egui::Ui, width: f32, text: &str, why: Option<&str>| {
        let r = ui.add_sized([width, height], egui::Label::new(text).truncate());
        if let Some(why) = why {
            r.on_hover_text(why);
        }
    };
    cell(ui, COLUMNS[1], &cells.minutes, None);
    cell(ui, COLUMNS[2], &cells.pastes, None);
    cell(ui, COLUMNS[3], &cells.trail, Some(&cells.trail_why));
    cell(ui, COLUMNS[4], &cells.handed_in, Some(&cells.handed_in_why));
}

/// The copies the selected student's file is flagged with, both files named, under the list
/// (the teacher decides; nothing is changed).
pub fn copies_ui(ui: &mut egui::Ui, file: &str, standing: &Standing) {
    for (other, kind) in &standing.copied {
        let said = copy_words(ui.words(), file, other, kind);
        ui.colored_label(ui.visuals().warn_fg_color, format!("[!] {said}"));
    }
}

/// The trail's status in the review's inspector: whether it holds (and why not), the copies,
/// the hand-in and any change after it, the minutes and pastes.
pub fn status_ui(ui: &mut egui::Ui, file: &str, st: &Standing) {
    let words = ui.words();
    let check = words.message(&st.check.message());
    if matches!(st.check, Check::Broken(_)) {
        ui.colored_label(ui.visuals().warn_fg_color, format!("[!] {check}"));
    } else {
        ui.label(check);
    }
    for (other, kind) in &st.copied {
        let said = copy_words(words, file, other, kind);
        ui.colored_label(ui.visuals().warn_fg_color, format!("[!] {said}"));
    }
    if let Some(at) = st.handed_in {
        ui.label(tr!(ui, "trail-handed-in", when = words.date_time(at)));
    }
    if st.changed_after_hand_in {
        let changed = words.get("trail-changed-after-hand-in");
        ui.colored_label(ui.visuals().warn_fg_color, format!("[!] {changed}"));
    }
    ui.label(tr!(
        ui,
        "review-trail-totals",
        minutes = st.active_minutes,
        pastes = st.pastes_outside
    ));
}
