//! `crosscheck numbers`: the numbers of a lesson's documents, grouped by what they count, for
//! teachers preparing a lesson (and for tests): as text, or as JSON with `--json`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::core::lesson::LoadedLesson;
use crate::core::numbers::{
    Board, Confidence, Disagreement, DisagreementKind, Group, Period, Statement,
};

/// The JSON `crosscheck numbers --json` writes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NumbersJson {
    /// The lesson's id.
    pub lesson: String,
    /// The groups, the largest first.
    pub groups: Vec<GroupJson>,
}

/// One group in the JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupJson {
    /// What its statements count (a lemma).
    pub thing: String,
    /// The statements, by date.
    pub statements: Vec<Statement>,
    /// Pairs of statements that disagree (and the ≈ notes of counts of different things).
    pub disagreements: Vec<DisagreementJson>,
    /// Pairs whose values differ but need not disagree: `rose`, `part_and_total`, `two_places`.
    #[serde(default)]
    pub notes: Vec<DisagreementJson>,
}

/// A disagreement in the JSON: indexes into the group's statements and the reason in English.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DisagreementJson {
    /// One statement's index.
    pub first: usize,
    /// The other's.
    pub second: usize,
    /// `values`, `shorter_period_more`, `earlier_higher` or `different_things` (notes: `rose`,
    /// `part_and_total`, `two_places`).
    pub kind: String,
    /// How sure the finder is: `sure` or `likely`.
    #[serde(default)]
    pub confidence: String,
    /// The reason, in English.
    pub reason: String,
}

impl From<&Group> for GroupJson {
    fn from(group: &Group) -> Self {
        Self {
            thing: group.thing.clone(),
            statements: group.statements.clone(),
            disagreements: group
                .disagreements
                .iter()
                .map(DisagreementJson::from)
                .collect(),
            notes: group.notes.iter().map(DisagreementJson::from).collect(),
        }
    }
}

impl From<&Disagreement> for DisagreementJson {
    fn from(d: &Disagreement) -> Self {
        Self {
            first: d.first,
            second: d.second,
            kind: match d.kind {
                DisagreementKind::Values => "values",
                DisagreementKind::ShorterPeriodMore => "shorter_period_more",
                DisagreementKind::EarlierHigher => "earlier_higher",
                DisagreementKind::DifferentThings => "different_things",
                DisagreementKind::Rose => "rose",
                DisagreementKind::PartAndTotal => "part_and_total",
                DisagreementKind::TwoPlaces => "two_places",
            }
            .to_owned(),
            confidence: match d.confidence {
                Confidence::Sure => "sure",
                Confidence::Likely => "likely",
            }
            .to_owned(),
            reason: d.reason.to_string(),
        }
    }
}

/// Prints the numbers of the lesson at `lesson_path`, grouped; as JSON with `json`.
pub fn numbers(lesson_path: &Path, json: bool) -> anyhow::Result<()> {
    let loaded = LoadedLesson::load(lesson_path)?;
    for problem in &loaded.problems {
        super::warn(&format!("{}: {problem}", lesson_path.display()));
    }
    let board = Board::for_lesson(&loaded);
    if json {
        let out = NumbersJson {
            lesson: loaded.lesson.id.clone(),
            groups: board.groups.iter().map(GroupJson::from).collect(),
        };
        super::raw_out(&super::json_terminal_safe(&serde_json::to_string_pretty(
            &out,
        )?));
        return Ok(());
    }
    for group in &board.groups {
        super::say(&format!(
            "{} ({} statement{})",
            group.thing,
            group.statements.len(),
            if group.statements.len() == 1 { "" } else { "s" }
        ));
        for (i, s) in group.statements.iter().enumerate() {
            super::say(&statement_line(i, s));
            super::say(&format!("        “{}”", s.quote));
        }
        for d in group.disagreements.iter().chain(&group.notes) {
            let sure = if d.confidence == Confidence::Sure {
                ""
            } else {
                " (likely)"
            };
            super::say(&format!(
                "  {} [{}] and [{}]{sure}: {}",
                d.symbol(),
                d.first,
                d.second,
                d.reason
            ));
        }
    }
    Ok(())
}

/// `[0] 2023-10-23 – 2023-11-22  62  times [attack]  rahnam news agency (rahnam-2023-11-22)
/// chars 206..214  (During the last month)`.
fn statement_line(index: usize, s: &Statement) -> String {
    let states = if s.counted.states.is_empty() {
        String::new()
    } else {
        format!(" ({})", s.counted.states.join(", "))
    };
    let said = if s.period.written.is_empty() {
        String::new()
    } else {
        format!("  ({})", s.period.written)
    };
    format!(
        "  [{index}] {}  {}  {} [{}]{states}  {} ({})  chars {}..{}{said}",
        dates(&s.period),
        s.written_value(),
        s.counted.written,
        s.counted.lemma,
        s.source,
        s.document,
        s.range.start,
        s.range.end,
    )
}

fn dates(period: &Period) -> String {
    let day = |d: Option<jiff::civil::Date>| d.map_or_else(|| "…".to_owned(), |d| d.to_string());
    match (period.start, period.end) {
        (None, None) => "undated".to_owned(),
        (None, Some(_)) if period.from_document => format!("as of {}", day(period.end)),
        (start, end) if start == end => day(start),
        (start, end) => format!("{} – {}", day(start), day(end)),
    }
}
