//! A trail in the large: the work sessions (from opening to closing the work, or to a pause of
//! more than five minutes) and what was done in each, as the student and the teacher see it.

use jiff::{SignedDuration, Timestamp};

use super::{Event, Field, PasteSource, Trail};
use crate::core::edit::Command;
use crate::core::words::Message;

/// A pause longer than this ends a work session.
pub const IDLE: SignedDuration = SignedDuration::from_mins(5);

/// One work session.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Span {
    /// Its first entry's time.
    pub start: Option<Timestamp>,
    /// Its last entry's time.
    pub end: Option<Timestamp>,
    /// The index of its first entry in the trail, and one past its last.
    pub entries: std::ops::Range<usize>,
    /// Claims made.
    pub claims: usize,
    /// Pieces of evidence attached.
    pub evidence: usize,
    /// Verdicts given.
    pub verdicts: usize,
    /// Changes undone.
    pub undone: usize,
    /// Pastes: where to, how many characters, from where.
    pub pastes: Vec<(Field, usize, PasteSource)>,
    /// Whether the work was handed in during it.
    pub handed_in: bool,
    /// The pause before it, in minutes, when it began after one (rather than with the work
    /// being opened).
    pub after_pause: Option<i64>,
}

impl Span {
    /// How long it lasted, in whole minutes (at least 1 once anything happened).
    pub fn minutes(&self) -> i64 {
        match (self.start, self.end) {
            (Some(start), Some(end)) => {
                let seconds = end.duration_since(start).as_secs();
                ((seconds + 59) / 60).max(1)
            }
            _ => 0,
        }
    }
}

/// The trail's work sessions and totals.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// The work sessions, oldest first.
    pub spans: Vec<Span>,
}

impl Summary {
    /// Minutes of work in all.
    pub fn active_minutes(&self) -> i64 {
        self.spans.iter().map(Span::minutes).sum()
    }

    /// Characters pasted from outside the app, and how many pastes.
    pub fn pasted_outside(&self) -> (usize, usize) {
        self.spans
            .iter()
            .flat_map(|s| &s.pastes)
            .filter(|(_, _, from)| *from == PasteSource::Outside)
            .fold((0, 0), |(chars, n), (_, c, _)| (chars + c, n + 1))
    }
}

/// What one change adds up to: claims made, evidence attached, verdicts given (a claim's verdict
/// counts once in a work session, however many times its reasoning was edited: `judged` holds
/// the claims with one).
fn tally(command: &Command, span: &mut Span, judged: &mut std::collections::HashSet<String>) {
    match command {
        Command::AddAnnotation { .. } => span.claims += 1,
        Command::AddEvidence { .. } => span.evidence += 1,
        Command::SetVerdict {
            annotation_id,
            verdict: Some(_),
        } if judged.insert(annotation_id.clone()) => span.verdicts += 1,
        Command::Batch(commands) => commands.iter().for_each(|c| tally(c, span, judged)),
        _ => {}
    }
}

/// The trail's work sessions.
pub fn summary(trail: &Trail) -> Summary {
    let mut spans: Vec<Span> = Vec::new();
    let mut judged = std::collections::HashSet::new();
    let mut open = false;
    let mut last: Option<Timestamp> = None;
    for (i, entry) in trail.entries.iter().enumerate() {
        // The work as it was before trails is where the trail starts, not work done then.
        if matches!(entry.event, Event::Began { .. }) {
            continue;
        }
        let pause = last
            .map(|t| entry.at.duration_since(t))
            .filter(|gap| *gap > IDLE);
        let opens = matches!(entry.event, Event::Opened { .. });
        if !open || opens || pause.is_some() {
            judged.clear();
            spans.push(Span {
                start: Some(entry.at),
                entries: i..i,
                after_pause: pause
                    .filter(|_| open && !opens)
                    .map(|gap| gap.as_secs() / 60),
                ..Span::default()
            });
            open = true;
        }
        let Some(span) = spans.last_mut() else {
            continue;
        };
        span.end = Some(entry.at);
        span.entries.end = i + 1;
        match &entry.event {
            Event::Changed(command) | Event::Redone(command) => tally(command, span, &mut judged),
            Event::Undone(_) => span.undone += 1,
            Event::Pasted { into, chars, from } => {
                span.pastes.push((into.clone(), *chars, from.clone()));
            }
            Event::HandedIn => span.handed_in = true,
            Event::Closed => open = false,
            Event::Began { .. } | Event::Opened { .. } => {}
        }
        last = Some(entry.at);
    }
    Summary { spans }
}

/// A work session in words, in the time zone `zone`: "Tue 10:02–10:41, 39 min: 6 claims,
/// 4 pieces of evidence, 1 verdict".
pub fn span_message(span: &Span, zone: &jiff::tz::TimeZone) -> Message {
    let (Some(start), Some(end)) = (span.start, span.end) else {
        return Message::new("trail-span-empty");
    };
    let start = start.to_zoned(zone.clone());
    let end = end.to_zoned(zone.clone());
    let weekday = match start.weekday() {
        jiff::civil::Weekday::Monday => "trail-mon",
        jiff::civil::Weekday::Tuesday => "trail-tue",
        jiff::civil::Weekday::Wednesday => "trail-wed",
        jiff::civil::Weekday::Thursday => "trail-thu",
        jiff::civil::Weekday::Friday => "trail-fri",
        jiff::civil::Weekday::Saturday => "trail-sat",
        jiff::civil::Weekday::Sunday => "trail-sun",
    };
    Message::new("trail-span")
        .with("day", Message::new(weekday))
        .with("date", start.strftime("%Y-%m-%d").to_string())
        .with("start", start.strftime("%H:%M").to_string())
        .with("end", end.strftime("%H:%M").to_string())
        .with("minutes", span.minutes())
        .with("claims", span.claims)
        .with("evidence", span.evidence)
        .with("verdicts", span.verdicts)
        .with("undone", span.undone)
        .with("pause", span.after_pause.unwrap_or(0))
        .with("handed", if span.handed_in { "yes" } else { "no" })
}

/// A paste in words: "pasted 312 characters from outside into the reasoning of claim 3".
/// `number` gives a claim's number (as the app shows it) from its id.
pub fn paste_message(
    into: &Field,
    chars: usize,
    from: &PasteSource,
    number: impl Fn(&str) -> Option<usize>,
) -> Message {
    let claim = |id: &str| number(id).map_or_else(|| id.to_owned(), |n| n.to_string());
    let field = match into {
        Field::Note { claim: id } => Message::new("trail-field-note").with("claim", claim(id)),
        Field::Reasoning { claim: id } => {
            Message::new("trail-field-reasoning").with("claim", claim(id))
        }
        Field::EvidenceNote { claim: id, .. } => {
            Message::new("trail-field-evidence-note").with("claim", claim(id))
        }
        Field::Answer { task } => Message::new("trail-field-answer").with("task", task),
        Field::Name => Message::new("trail-field-name"),
    };
    let from = match from {
        PasteSource::Outside => Message::new("trail-from-outside"),
        PasteSource::Lesson { document } => {
            Message::new("trail-from-lesson").with("document", document)
        }
    };
    Message::new("trail-paste")
        .with("chars", chars)
        .with("from", from)
        .with("field", field)
}
