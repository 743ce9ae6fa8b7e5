//! Grouping statements that count the same thing across documents (the counted noun's lemma, made
//! one with its synonyms from the lesson), in date order, and marking the values that disagree for
//! overlapping periods.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use super::Qualifier;
use super::gazetteer::{Scope, place_key, scope};
use super::lexicon;
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

/// Reports this many days or fewer apart give one moment's count: a toll settled long after the
/// event, or the crowd of one march, should be the same in both.
pub const SAME_MOMENT_DAYS: i32 = 7;

/// A toll counted this many days after the group's first report has settled: it no longer rises
/// from one day to the next.
pub const SETTLED_DAYS: i32 = 30;

/// How long before the first report an event may have begun (a retrospective a year on).
pub const EVENT_BEFORE_REPORT_DAYS: i32 = 366;

/// How far apart two settled tolls may be and still be marked: a larger gap is more likely two
/// counts (two methods, two scopes) than one count misreported.
pub const SETTLED_SHARE: f64 = 0.1;

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
    /// A toll that only grows is given higher in an earlier report than in a later one.
    EarlierHigher,
    /// Not a conflict: a toll that rose between two reports.
    Rose,
    /// Not a conflict: one count is about a place the other does not name (a part and the
    /// total, perhaps).
    PartAndTotal,
    /// Not a conflict: the counts are about two places.
    TwoPlaces,
}

impl DisagreementKind {
    /// Whether the mark says the values cannot both be right (else it is a note on why they
    /// can, or that they count different things).
    pub fn conflict(self) -> bool {
        matches!(
            self,
            Self::Values | Self::ShorterPeriodMore | Self::EarlierHigher
        )
    }
}

/// How sure the finder is of a mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    /// The sentences give the periods, and the values cannot both hold for them.
    Sure,
    /// Dated only by the reports' dates, or the values differ only a little: the teacher should
    /// look.
    Likely,
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
    /// How sure the finder is.
    pub confidence: Confidence,
}

impl Disagreement {
    /// A symbol for the mark, shown with its words (never colour alone).
    pub fn symbol(&self) -> &'static str {
        match self.kind {
            DisagreementKind::Values
            | DisagreementKind::ShorterPeriodMore
            | DisagreementKind::EarlierHigher => "≠",
            DisagreementKind::DifferentThings => "≈",
            DisagreementKind::Rose => "↗",
            DisagreementKind::PartAndTotal | DisagreementKind::TwoPlaces => "⊂",
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
    /// Pairs whose values differ but need not disagree, with why in words: a toll that rose
    /// between two reports, a part and a total, two places.
    pub notes: Vec<Disagreement>,
}

/// The thing a statement counts, after synonyms: its noun, else what happened ("injured").
fn thing(statement: &Statement, synonyms: &Synonyms) -> String {
    if statement.counted.lemma.is_empty() {
        states(statement, synonyms)
            .into_iter()
            .collect::<Vec<_>>()
            .join(" + ")
    } else {
        // The same subject in any language is one group: "personas", "شخصا", "אנשים" → people.
        let lemma = &statement.counted.lemma;
        let subject = super::vocab::subject(lemma).unwrap_or(lemma);
        // Protesters who marched are the people of the march ("240,000 people on the march").
        let marched = statement.counted.states.iter().any(|s| s == "marched");
        if marched && super::vocab::crowd(subject) {
            return synonyms.canonical("people");
        }
        synonyms.canonical(subject)
    }
}

fn states(statement: &Statement, synonyms: &Synonyms) -> BTreeSet<String> {
    statement
        .counted
        .states
        .iter()
        .map(|s| synonyms.canonical(super::vocab::comparable_state(s)))
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
            let (disagreements, notes) = if thing.is_empty() {
                (Vec::new(), Vec::new())
            } else {
                compare_all(&statements, &thing, synonyms)
                    .into_iter()
                    .partition(|d| d.kind.conflict() || d.kind == DisagreementKind::DifferentThings)
            };
            Group {
                thing,
                statements,
                disagreements,
                notes,
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
    // When the event began to be counted: the earliest report, or a day a statement names up to
    // a year before it (an older date is another event's, or misread).
    let reported = statements
        .iter()
        .filter(|s| !s.counted.part && s.period.from_document)
        .filter_map(|s| s.period.end)
        .min();
    let first_report = statements
        .iter()
        .filter(|s| !s.counted.part && !s.period.starts_at_event)
        .filter_map(|s| s.period.start.or(s.period.end))
        .filter(|d| reported.is_none_or(|r| (r - *d).get_days() <= EVENT_BEFORE_REPORT_DAYS))
        .min();
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
            if let Some((kind, reason, confidence)) =
                compare(a, b, (&states[i], &states[j]), thing, first_report)
            {
                if kind.conflict() || kind == DisagreementKind::DifferentThings {
                    marks[i] += 1;
                    marks[j] += 1;
                }
                out.push(Disagreement {
                    first: i,
                    second: j,
                    kind,
                    reason,
                    confidence,
                });
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
    first_report: Option<Date>,
) -> Option<(DisagreementKind, Message, Confidence)> {
    // Two numbers of one sentence are parts of one account ("of the 59 …, 32 were"); a part, an
    // addition or a figure named as earlier is compared with nothing.
    let same_sentence = a.document == b.document && a.sentence == b.sentence;
    if same_sentence || a.counted.part || b.counted.part {
        return None;
    }
    if a.period.starts_at_event || b.period.starts_at_event {
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
    let relation = relation(a, b)?;
    let undated = a.period.from_document && b.period.from_document;
    if a_states != b_states {
        if a_states.is_empty() || b_states.is_empty() || undated || relation == Relation::Disjoint {
            return None;
        }
        let reason = Message::new("numbers-different-things")
            .with("first", a.written_value())
            .with("first_source", &a.source)
            .with("first_thing", a.counted.describe())
            .with("second", b.written_value())
            .with("second_source", &b.source)
            .with("second_thing", b.counted.describe());
        return Some((DisagreementKind::DifferentThings, reason, Confidence::Sure));
    }
    let (a_low, a_high) = bounds(a.value, a.qualifier);
    let (b_low, b_high) = bounds(b.value, b.qualifier);
    // Plain counts of people with nothing said of them are too loose to set side by side.
    if !(a_high < b_low || b_high < a_low) || (a_states.is_empty() && person(thing)) {
        return None;
    }
    // One report's own figures are its parts, restatements or updates; unless it gives them as
    // two sources' ("The Times reported 1,052 …; the Center reported 985 …").
    // (Only when both sentences give their periods: counts dated by the report alone, from two
    // sources of one report, are as often two scopes, "Pakistan said 19,136 … India reported
    // 360".)
    let two_sources = !a.attribution.is_empty()
        && !b.attribution.is_empty()
        && a.attribution.to_lowercase() != b.attribution.to_lowercase()
        && !a.period.from_document
        && !b.period.from_document;
    let same_document = a.document == b.document && !two_sources;
    let as_of = |s: &Statement| {
        s.period.from_document || (s.period.start.is_none() && !s.counted.states.is_empty())
    };
    // A toll is a count "so far": whatever day the sentence names, what tells two tolls apart is
    // when each was given; but tolls of two events (two quakes, named by their days) are not one.
    let tolls = !a_states.is_empty() && a_states.iter().all(|s| super::vocab::cumulative(s));
    let one_start = a.period.start == b.period.start;
    // Tolls counted from two named days are tolls of two events (two quakes).
    if tolls && a.period.start.is_some() && b.period.start.is_some() && !one_start {
        return None;
    }
    if (as_of(a) && as_of(b)) || (tolls && one_start && relation != Relation::Disjoint) {
        // One report's own figures are its parts, restatements (headline and body) or updates.
        if same_document {
            return None;
        }
        if let Some(note) = places(a, b, (a_low, a_high), (b_low, b_high), tolls, &message) {
            return Some(note);
        }
        return as_of_compare(a, b, a_states, thing, first_report, message);
    }
    // Counted twice in one report, it is a part and its whole or an update, unless both are
    // pinned to a day the sentences name ("three drones on Monday", "two drones on Monday");
    // and people in two places are two counts.
    let both_named_days = a.period.start.is_some() && b.period.start.is_some();
    if same_document && (!a_states.is_empty() || !both_named_days) {
        return None;
    }
    if !a_states.is_empty()
        && let Some(note) = places(a, b, (a_low, a_high), (b_low, b_high), tolls, &message)
    {
        return Some(note);
    }
    match relation {
        Relation::Same => Some((
            DisagreementKind::Values,
            message("numbers-disagree-same-period"),
            Confidence::Sure,
        )),
        Relation::Overlap if !tolls => Some((
            DisagreementKind::Values,
            message("numbers-disagree-overlapping"),
            Confidence::Likely,
        )),
        // The longer period's count can be no smaller than the shorter one's.
        // A count dated only by its report says nothing of the period it covers.
        _ if a.period.from_document || b.period.from_document => None,
        Relation::Holds if a_high < b_low => Some((
            DisagreementKind::ShorterPeriodMore,
            message("numbers-disagree-shorter-more").with("shorter", b.written_value()),
            Confidence::Sure,
        )),
        Relation::Within if b_high < a_low => Some((
            DisagreementKind::ShorterPeriodMore,
            message("numbers-disagree-shorter-more").with("shorter", a.written_value()),
            Confidence::Sure,
        )),
        _ => None,
    }
}

/// Whether a group's thing counts people (of any kind): counted with nothing said of what
/// happened to them, such counts are too loose to compare.
fn person(thing: &str) -> bool {
    lexicon::people(thing)
        || super::vocab::subject(thing).is_some_and(|s| !matches!(s, "attack" | "drone"))
}

/// The note for two counts about different places: two places, or a place and none (perhaps a
/// part and the total; but a part above the whole is still compared, for tolls).
fn places(
    a: &Statement,
    b: &Statement,
    (a_low, a_high): (f64, f64),
    (b_low, b_high): (f64, f64),
    tolls: bool,
    message: &impl Fn(&'static str) -> Message,
) -> Option<(DisagreementKind, Message, Confidence)> {
    let (a_place, b_place) = (
        place_key(&a.place, a.known_place.as_ref()),
        place_key(&b.place, b.known_place.as_ref()),
    );
    if a_place == b_place {
        return None;
    }
    let (placed, place, part_larger) = match scope(
        (&a.place, a.known_place.as_ref()),
        (&b.place, b.known_place.as_ref()),
    ) {
        Scope::Two => {
            let reason = message("numbers-note-two-places")
                .with("first_place", &a.place)
                .with("second_place", &b.place);
            return Some((DisagreementKind::TwoPlaces, reason, Confidence::Sure));
        }
        Scope::FirstInSecond => (a, &a.place, a_low > b_high),
        Scope::SecondInFirst => (b, &b.place, b_low > a_high),
    };
    if tolls && part_larger {
        return None;
    }
    let whole = if std::ptr::eq(placed, a) { b } else { a };
    let reason = if whole.place.is_empty() {
        message("numbers-note-part-total")
    } else {
        message("numbers-note-part-of").with("whole", &whole.place)
    }
    .with("place", place)
    .with("placed", placed.written_value());
    Some((DisagreementKind::PartAndTotal, reason, Confidence::Likely))
}

/// Two counts "as of" their reports (dated by the reports' dates, or "so far"), whose values
/// cannot both hold: the same day, they disagree; on two days, a toll that only grows may have
/// risen (a note, not a conflict), but cannot have fallen.
fn as_of_compare(
    a: &Statement,
    b: &Statement,
    states: &BTreeSet<String>,
    thing: &str,
    first_report: Option<Date>,
    message: impl Fn(&'static str) -> Message,
) -> Option<(DisagreementKind, Message, Confidence)> {
    let (a_end, b_end) = (a.period.end?, b.period.end?);
    // Plain counts of people with nothing said of them are too loose to set against each other.
    if states.is_empty() && person(thing) {
        return None;
    }
    let days_apart = (a_end - b_end).get_days().abs();
    let same_moment = days_apart <= SAME_MOMENT_DAYS;
    // The crowd of one march, the votes of one ballot: one count, whenever it is reported.
    if a_end != b_end && same_moment && states.iter().all(|s| super::vocab::fixed(s)) {
        return Some((
            DisagreementKind::Values,
            message("numbers-disagree-one-event"),
            Confidence::Likely,
        ));
    }
    let grows = !states.is_empty() && states.iter().all(|s| super::vocab::cumulative(s));
    // A toll a month or more after the first report has settled: two reports days apart that
    // differ a little cannot both be right.
    let settled = first_report.is_some_and(|f| (a_end.min(b_end) - f).get_days() > SETTLED_DAYS);
    if a_end == b_end {
        // Two sources set side by side in one report are one moment's counts.
        if grows && !settled && a.document != b.document {
            // In the first days a toll rises by the hour: two reports of one day may be an
            // earlier and a later count. Shown side by side, for the teacher to judge.
            return Some((
                DisagreementKind::Rose,
                message("numbers-note-same-day-rising"),
                Confidence::Likely,
            ));
        }
        return Some((
            DisagreementKind::Values,
            message("numbers-disagree-same-day"),
            Confidence::Likely,
        ));
    }
    let (earlier, later) = if a_end < b_end { (a, b) } else { (b, a) };
    let (_, earlier_high) = bounds(earlier.value, earlier.qualifier);
    let (later_low, _) = bounds(later.value, later.qualifier);
    let (low, high) = (a.value.low.min(b.value.low), a.value.high.max(b.value.high));
    if grows && settled && same_moment && high - low <= SETTLED_SHARE * high {
        return Some((
            DisagreementKind::Values,
            message("numbers-disagree-settled"),
            Confidence::Likely,
        ));
    }
    if earlier_high < later_low {
        let reason = Message::new("numbers-note-rose")
            .with("earlier", earlier.written_value())
            .with("earlier_source", &earlier.source)
            .with("later", later.written_value())
            .with("later_source", &later.source)
            .with("thing", thing);
        return Some((DisagreementKind::Rose, reason, Confidence::Sure));
    }
    if !grows {
        return None;
    }
    let reason = Message::new("numbers-disagree-earlier-higher")
        .with("earlier", earlier.written_value())
        .with("earlier_source", &earlier.source)
        .with("later", later.written_value())
        .with("later_source", &later.source)
        .with("thing", thing);
    Some((DisagreementKind::EarlierHigher, reason, Confidence::Likely))
}
