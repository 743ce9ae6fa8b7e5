//! Grouping statements that count the same thing across documents (the counted noun's lemma, made
//! one with its synonyms from the lesson), in date order, and marking the values that disagree for
//! overlapping periods.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use super::lexicon::{self, Qualifier};
use super::{Statement, Value};
use crate::core::words::Message;

/// Periods whose starts are this close count as starting together: "in 40 days" and "the last
/// month" are approximate.
pub const PERIOD_SLACK_DAYS: i64 = 7;

/// How far "about 60" reaches either side of 60 (and "nearly 60" below it): a tenth.
pub const ABOUT_SHARE: f64 = 0.1;

/// The most other statements one statement is marked against (the nearest in date order): a
/// reader compares a handful, and a huge document would otherwise mark every pair of a group.
pub const MOST_MARKS_PER_STATEMENT: usize = 8;

/// The lesson's lists of words that count the same thing, looked up by lemma.
#[derive(Clone, Debug, Default)]
pub struct Synonyms {
    canonical: BTreeMap<String, String>,
}

impl Synonyms {
    /// From the lesson's lists: every word of a list stands for the list's first word.
    pub fn new(lists: &[Vec<String>]) -> Self {
        let mut canonical = BTreeMap::new();
        for list in lists {
            let Some(first) = list.iter().find(|w| !w.trim().is_empty()) else {
                continue;
            };
            let head = key(first);
            for word in list {
                canonical.entry(key(word)).or_insert_with(|| head.clone());
            }
        }
        Self { canonical }
    }

    /// The word that stands for `lemma` (itself when it is on no list).
    pub fn canonical(&self, lemma: &str) -> String {
        let lemma = key(lemma);
        self.canonical.get(&lemma).cloned().unwrap_or(lemma)
    }
}

/// A word as the lists compare it: lowercase, its last word's lemma ("Service members" is
/// "service member").
fn key(word: &str) -> String {
    let lower = word.trim().to_lowercase();
    match lower.rsplit_once(' ') {
        Some((rest, last)) => format!("{rest} {}", lexicon::lemma(last)),
        None => lexicon::lemma(&lower),
    }
}

/// Why two values of a group are marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisagreementKind {
    /// The values cannot both be right for the same or overlapping periods.
    Values,
    /// The shorter period has the larger count, though it lies inside the longer one.
    ShorterPeriodMore,
    /// The periods overlap but the statements count different things: killed and wounded, or
    /// injured only.
    DifferentThings,
}

/// Two statements of a group whose numbers do not fit together.
#[derive(Clone, Debug, PartialEq)]
pub struct Disagreement {
    /// Index of one statement in the group.
    pub first: usize,
    /// Index of the other.
    pub second: usize,
    /// Why they are marked.
    pub kind: DisagreementKind,
    /// The reason, in words.
    pub reason: Message,
}

impl Disagreement {
    /// A symbol for the mark, shown with its words (never colour alone).
    pub fn symbol(&self) -> &'static str {
        match self.kind {
            DisagreementKind::Values | DisagreementKind::ShorterPeriodMore => "≠",
            DisagreementKind::DifferentThings => "≈",
        }
    }
}

/// Statements that count the same thing.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// What they count, as a lemma (the first word of its synonyms list): "attack", "soldier".
    pub thing: String,
    /// The statements, by date: period end (unknown last), then start, then document and place.
    pub statements: Vec<Statement>,
    /// Pairs that disagree.
    pub disagreements: Vec<Disagreement>,
}

impl Group {
    /// The disagreements a statement (by index) takes part in.
    pub fn disagreements_of(&self, index: usize) -> impl Iterator<Item = &Disagreement> {
        self.disagreements
            .iter()
            .filter(move |d| d.first == index || d.second == index)
    }
}

/// The thing a statement counts, after synonyms: its noun, else what happened ("injured").
fn thing(statement: &Statement, synonyms: &Synonyms) -> String {
    if statement.counted.lemma.is_empty() {
        states(statement, synonyms)
            .into_iter()
            .collect::<Vec<_>>()
            .join(" + ")
    } else {
        synonyms.canonical(&statement.counted.lemma)
    }
}

fn states(statement: &Statement, synonyms: &Synonyms) -> BTreeSet<String> {
    statement
        .counted
        .states
        .iter()
        .map(|s| synonyms.canonical(s))
        .collect()
}

/// Groups statements by the thing they count; groups of more statements first, then by name.
pub fn group(statements: Vec<Statement>, synonyms: &Synonyms) -> Vec<Group> {
    let mut by_thing: BTreeMap<String, Vec<Statement>> = BTreeMap::new();
    for statement in statements {
        by_thing
            .entry(thing(&statement, synonyms))
            .or_default()
            .push(statement);
    }
    let mut groups: Vec<Group> = by_thing
        .into_iter()
        .map(|(thing, mut statements)| {
            statements.sort_by(|a, b| {
                let end = |s: &Statement| (s.period.end.is_none(), s.period.end);
                end(a)
                    .cmp(&end(b))
                    .then(a.period.start.cmp(&b.period.start))
                    .then(a.document.cmp(&b.document))
                    .then(a.range.start.cmp(&b.range.start))
            });
            let disagreements = if thing.is_empty() {
                Vec::new()
            } else {
                compare_all(&statements, &thing, synonyms)
            };
            Group {
                thing,
                statements,
                disagreements,
            }
        })
        .collect();
    groups.sort_by(|a, b| {
        b.statements
            .len()
            .cmp(&a.statements.len())
            .then(a.thing.cmp(&b.thing))
    });
    groups
}

fn compare_all(statements: &[Statement], thing: &str, synonyms: &Synonyms) -> Vec<Disagreement> {
    let states: Vec<BTreeSet<String>> = statements.iter().map(|s| states(s, synonyms)).collect();
    let mut out = Vec::new();
    let mut marks = vec![0_usize; statements.len()];
    for i in 0..statements.len() {
        // The nearest in date order first; a statement already marked against enough others
        // is left out (a huge document would otherwise mark every pair of a group).
        for j in i + 1..statements.len() {
            if marks[i] >= MOST_MARKS_PER_STATEMENT {
                break;
            }
            if marks[j] >= MOST_MARKS_PER_STATEMENT {
                continue;
            }
            let (a, b) = (&statements[i], &statements[j]);
            if let Some((kind, reason)) = compare(a, b, (&states[i], &states[j]), thing) {
                out.push(Disagreement {
                    first: i,
                    second: j,
                    kind,
                    reason,
                });
                marks[i] += 1;
                marks[j] += 1;
            }
        }
    }
    out
}

/// Where one period lies against another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Relation {
    Disjoint,
    Same,
    /// The first holds the second.
    Holds,
    /// The second holds the first.
    Within,
    Overlap,
}

/// How two periods lie; `None` when either has no end (no date at all).
fn relation(a: &Statement, b: &Statement) -> Option<Relation> {
    let (a_end, b_end) = (a.period.end?, b.period.end?);
    let slack = jiff::Span::new().days(PERIOD_SLACK_DAYS);
    // An unknown start is "from whenever counting began": before any date. Days within the
    // slack of each other start together ("in 40 days" and "since October 7").
    let before = |x: Option<Date>, y: Option<Date>| match (x, y) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(x), Some(y)) => x <= y.saturating_add(slack),
    };
    if b.period.start.is_some_and(|s| a_end < s) || a.period.start.is_some_and(|s| b_end < s) {
        return Some(Relation::Disjoint);
    }
    let holds = before(a.period.start, b.period.start) && a_end >= b_end;
    let within = before(b.period.start, a.period.start) && b_end >= a_end;
    Some(match (holds, within) {
        (true, true) => Relation::Same,
        (true, false) => Relation::Holds,
        (false, true) => Relation::Within,
        (false, false) => Relation::Overlap,
    })
}

/// The least and most a qualified value allows.
pub fn bounds(value: Value, qualifier: Option<Qualifier>) -> (f64, f64) {
    let (low, high) = (value.low, value.high);
    match qualifier {
        None => (low, high),
        // "More than 60" is 61 or more for counts; a half keeps 60.5 out too.
        Some(Qualifier::MoreThan) => (high + 0.5, f64::INFINITY),
        Some(Qualifier::AtLeast) => (low, f64::INFINITY),
        Some(Qualifier::About) => (low * (1.0 - ABOUT_SHARE), high * (1.0 + ABOUT_SHARE)),
        Some(Qualifier::Nearly) => (low * (1.0 - ABOUT_SHARE), high),
        Some(Qualifier::UpTo) => (0.0, high),
        Some(Qualifier::LessThan) => (0.0, (low - 0.5).max(0.0)),
    }
}

fn compare(
    a: &Statement,
    b: &Statement,
    (a_states, b_states): (&BTreeSet<String>, &BTreeSet<String>),
    thing: &str,
) -> Option<(DisagreementKind, Message)> {
    // Two numbers of one sentence are parts of one account ("of the 59 …, 32 were").
    let same_sentence = a.document == b.document && a.sentence == b.sentence;
    // Two statements dated only by their documents say nothing of their periods.
    let part = a.counted.part || b.counted.part;
    let undated = part
        || (a.period.from_document && b.period.from_document)
        || a.period.starts_at_event
        || b.period.starts_at_event;
    if same_sentence || undated {
        return None;
    }
    let relation = relation(a, b)?;
    if relation == Relation::Disjoint {
        return None;
    }
    let message = |id: &'static str| {
        Message::new(id)
            .with("first", a.written_value())
            .with("first_source", &a.source)
            .with("second", b.written_value())
            .with("second_source", &b.source)
            .with("thing", thing)
    };
    if a_states != b_states {
        if a_states.is_empty() || b_states.is_empty() {
            return None;
        }
        let reason = Message::new("numbers-different-things")
            .with("first", a.written_value())
            .with("first_source", &a.source)
            .with("first_thing", a.counted.describe())
            .with("second", b.written_value())
            .with("second_source", &b.source)
            .with("second_thing", b.counted.describe());
        return Some((DisagreementKind::DifferentThings, reason));
    }
    let (a_low, a_high) = bounds(a.value, a.qualifier);
    let (b_low, b_high) = bounds(b.value, b.qualifier);
    let apart = a_high < b_low || b_high < a_low;
    match relation {
        Relation::Same if apart => Some((
            DisagreementKind::Values,
            message("numbers-disagree-same-period"),
        )),
        Relation::Overlap if apart => Some((
            DisagreementKind::Values,
            message("numbers-disagree-overlapping"),
        )),
        // The longer period's count can be no smaller than the shorter one's.
        Relation::Holds if a_high < b_low => Some((
            DisagreementKind::ShorterPeriodMore,
            message("numbers-disagree-shorter-more").with("shorter", b.written_value()),
        )),
        Relation::Within if b_high < a_low => Some((
            DisagreementKind::ShorterPeriodMore,
            message("numbers-disagree-shorter-more").with("shorter", a.written_value()),
        )),
        _ => None,
    }
}
