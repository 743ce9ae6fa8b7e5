//! The marks between two values of a group, as the panel says them: a disagreement (≠, or ? where
//! the finder is unsure, never ≠ then), counts of different things (≈), or a note that is not a
//! conflict (↗ a toll that rose, ⊂ a part and the total or two places); in a few words under a
//! row, and in full with the reason under the table and in the list.

use super::directed::{DirectedTexts, Look};
use crate::app::i18n::Speaks as _;
use crate::core::numbers::{Confidence, Disagreement, DisagreementKind, Group};

/// Marks said in words under the table, a page (the rest are under their rows).
const MARKS_IN_WORDS: usize = 60;

/// One of a group's marks: a disagreement or a note (not a conflict).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Mark {
    Disagreement(usize),
    Note(usize),
}

/// A mark a row takes part in, and the other row.
#[derive(Clone, Copy, Debug)]
pub(super) struct Link {
    pub other: usize,
    pub mark: Mark,
}

/// How a mark reads to the teacher.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Reading {
    /// The values cannot both be right, and the finder is sure.
    Conflict,
    /// The finder thinks they may not both be right but is not sure: side by side.
    Unsure,
    /// Counts of different things over the same days.
    DifferentThings,
    /// Not a conflict: a toll that rose, a part and the total, two places.
    NotConflict,
}

pub(super) fn reading(d: &Disagreement) -> Reading {
    if d.kind.conflict() {
        if d.confidence == Confidence::Sure {
            Reading::Conflict
        } else {
            Reading::Unsure
        }
    } else if d.kind == DisagreementKind::DifferentThings {
        Reading::DifferentThings
    } else {
        Reading::NotConflict
    }
}

/// The mark's symbol: the finder's, but "?" where it is unsure of a conflict (never ≠ then).
pub(super) fn symbol(d: &Disagreement) -> &'static str {
    if reading(d) == Reading::Unsure {
        "?"
    } else {
        d.symbol()
    }
}

/// A mark under a value of the list: its symbol and reason, and, where the finder is unsure,
/// that the reader should compare the values.
pub(super) fn mark_words(ui: &egui::Ui, d: &Disagreement) -> String {
    let reason = ui.words().message(&d.reason);
    if reading(d) == Reading::Unsure {
        tr!(ui, "numbers-unsure", reason = reason)
    } else {
        format!("{} {reason}", d.symbol())
    }
}

/// The disagreement or note a mark is.
pub(super) fn disagreement(group: &Group, mark: Mark) -> Option<&Disagreement> {
    match mark {
        Mark::Disagreement(d) => group.disagreements.get(d),
        Mark::Note(n) => group.notes.get(n),
    }
}

/// Each statement's marks with others, conflicts first, then by the other row: found with the
/// board (not per frame).
pub(super) fn links_of(group: &Group) -> Vec<Vec<Link>> {
    let mut links = vec![Vec::new(); group.statements.len()];
    let marks = (group.disagreements.iter().enumerate())
        .map(|(i, d)| (Mark::Disagreement(i), d))
        .chain((group.notes.iter().enumerate()).map(|(i, d)| (Mark::Note(i), d)));
    for (mark, d) in marks {
        for (at, other) in [(d.first, d.second), (d.second, d.first)] {
            if let Some(row) = links.get_mut(at) {
                row.push((reading(d), Link { other, mark }));
            }
        }
    }
    links
        .into_iter()
        .map(|mut row| {
            row.sort_by_key(|(r, l)| (*r, l.other));
            row.into_iter().map(|(_, l)| l).collect()
        })
        .collect()
}

/// A mark under a row, in a few words with its symbol: "≠ disagrees with row 4".
pub(super) fn mark_button_words(ui: &egui::Ui, d: &Disagreement, row: usize) -> String {
    match (reading(d), d.kind) {
        (Reading::Conflict, _) => tr!(ui, "numbers-table-mark-conflict", row = row),
        (Reading::Unsure, _) => tr!(ui, "numbers-table-mark-unsure", row = row),
        (Reading::DifferentThings, _) => tr!(ui, "numbers-table-mark-different", row = row),
        (Reading::NotConflict, DisagreementKind::Rose) => {
            tr!(ui, "numbers-table-mark-rose", row = row)
        }
        (Reading::NotConflict, DisagreementKind::TwoPlaces) => {
            tr!(ui, "numbers-table-mark-places", row = row)
        }
        (Reading::NotConflict, _) => tr!(ui, "numbers-table-mark-part", row = row),
    }
}

/// The marks of the page's rows in words, each once, with their reasons.
pub(super) fn marks_in_words_ui(
    ui: &mut egui::Ui,
    group: &Group,
    links: &[Vec<Link>],
    shown: &std::ops::Range<usize>,
    texts: &mut DirectedTexts,
) {
    let mut said: Vec<Mark> = Vec::new();
    let mut more = 0_usize;
    for i in shown.clone() {
        for link in links.get(i).map_or(&[][..], Vec::as_slice) {
            // Once, from the first of its rows on the page.
            if shown.contains(&link.other) && link.other < i {
                continue;
            }
            if said.len() >= MARKS_IN_WORDS {
                more += 1;
                continue;
            }
            said.push(link.mark);
        }
    }
    if said.is_empty() {
        ui.label(tr!(ui, "numbers-table-no-marks"));
        return;
    }
    ui.strong(tr!(ui, "numbers-table-marks-heading"));
    for mark in said {
        let Some(d) = disagreement(group, mark) else {
            continue;
        };
        let text = link_words(ui, group, d);
        // Sources in Arabic or Hebrew in their own order inside the line.
        let look = if reading(d) == Reading::Conflict {
            Look::strong(ui)
        } else {
            Look::body(ui)
        };
        texts.label(ui, &text, &look.in_interface());
    }
    if more > 0 {
        ui.label(tr!(ui, "numbers-table-more-in-words", count = more));
    }
}

/// A mark in words: its symbol, its rows, what it means, and its reason; where the finder is
/// unsure, the two values side by side.
fn link_words(ui: &egui::Ui, group: &Group, d: &Disagreement) -> String {
    let (first, second) = (d.first.min(d.second), d.first.max(d.second));
    let reason = ui.words().message(&d.reason);
    let value = |i: usize| {
        group.statements.get(i).map_or_else(String::new, |s| {
            format!("{} ({})", s.written_value(), s.source)
        })
    };
    let (first_row, second_row) = (first + 1, second + 1);
    match reading(d) {
        Reading::Conflict => tr!(
            ui,
            "numbers-table-conflict",
            first = first_row,
            second = second_row,
            reason = reason
        ),
        Reading::Unsure => tr!(
            ui,
            "numbers-table-unsure",
            first = first_row,
            second = second_row,
            first_value = value(first),
            second_value = value(second),
            reason = reason
        ),
        Reading::DifferentThings => tr!(
            ui,
            "numbers-table-different",
            first = first_row,
            second = second_row,
            reason = reason
        ),
        Reading::NotConflict => {
            let sure = if d.confidence == Confidence::Sure {
                "sure"
            } else {
                "unsure"
            };
            tr!(
                ui,
                "numbers-table-not-conflict",
                symbol = d.symbol(),
                first = first_row,
                second = second_row,
                sure = sure,
                reason = reason
            )
        }
    }
}
