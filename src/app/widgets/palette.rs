//! Claim colours and label hotkeys, shared by the student's desk and the teacher's.

use egui::Color32;

use super::theme;

use crate::core::lesson::Lesson;

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

/// The colour of claim number `index`, translucent, as painted behind its number in a list.
/// The article paints a highlight of it toned for the theme ([`claim_fill`]), with an underline
/// ([`claim_underline`]).
pub fn claim_color(index: usize) -> Color32 {
    let (r, g, b) = PALETTE[index % PALETTE.len()];
    Color32::from_rgba_unmultiplied(r, g, b, 60)
}

/// The article's highlight fill for claim number `index` in these visuals.
pub fn claim_fill(index: usize, visuals: &egui::Visuals) -> Color32 {
    theme::highlight_fill(claim_color(index), visuals)
}

/// The underline of claim number `index`'s highlight in these visuals.
pub fn claim_underline(index: usize, visuals: &egui::Visuals) -> Color32 {
    theme::highlight_underline(claim_color(index), visuals)
}

/// How many colours claims cycle through.
pub const CLAIM_COLORS: usize = PALETTE.len();

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
