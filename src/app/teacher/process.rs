//! The Review tab's Process view: the selected student's trail, replayed. What it shows is built
//! once per student on the worker ([`Built`]: the replay's checkpoints, the work sessions, the
//! marks of the timeline); moving the slider replays to that entry from the nearest checkpoint
//! and indexes that moment's highlights, once per move (not per frame).

use std::collections::BTreeMap;
use std::sync::Arc;

use jiff::Timestamp;

use super::super::widgets::article_view::{Highlight, HighlightIndex, HighlightKey};
use super::super::widgets::palette::claim_color;
use crate::core::edit::Command;
use crate::core::session::Session;
use crate::core::trail::{Event, Replay, Span, summary};
use crate::core::words::Message;

/// The speeds Play offers.
pub const SPEEDS: [u32; 6] = [1, 2, 5, 10, 20, 50];

/// A pause between two entries longer than this (seconds of the trail) is played as this long:
/// Play does not sit through a break between work sessions.
const LONGEST_WAIT: f64 = 5.0;

/// What a mark on the timeline is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// The work was opened, closed, handed in, or began before its trail.
    Session,
    /// A claim was made.
    Claim,
    /// Evidence was attached.
    Evidence,
    /// A verdict was given.
    Verdict,
    /// Text was pasted.
    Paste,
}

/// A mark on the timeline: an entry worth seeing, in words.
#[derive(Clone, Debug)]
pub struct Mark {
    /// The entry.
    pub entry: usize,
    /// What it is.
    pub kind: MarkKind,
    /// What happened.
    pub what: Message,
}

/// A row of the timeline's list: a work session's heading, or a mark in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimelineRow {
    /// Work session `n` (index into `spans`).
    Span(usize),
    /// Mark `n` (index into `marks`).
    Mark(usize),
}

/// A student's trail made ready to replay (on the worker).
pub struct Built {
    /// The student (index in the class) and the session it is of.
    pub student: usize,
    /// The session, to tell a re-anchored one (another `Arc`) from this.
    pub session: Arc<Session>,
    /// The replay's checkpoints.
    pub replay: Replay,
    /// Each entry's time, local "HH:MM" and what happened.
    pub times: Vec<Timestamp>,
    /// Each entry's time as shown.
    pub clock: Vec<String>,
    /// The work sessions.
    pub spans: Vec<Span>,
    /// The marks, in trail order.
    pub marks: Vec<Mark>,
    /// The timeline's rows: each span's heading, then its marks.
    pub rows: Vec<TimelineRow>,
    /// Claims' numbers (as the review numbers them: their place in the handed-in work).
    numbers: std::collections::HashMap<String, usize>,
}

impl Built {
    /// Makes `session`'s trail ready (slow for a long trail: run it on the worker).
    pub fn new(student: usize, session: Arc<Session>) -> Self {
        let replay = Replay::new(&session);
        let zone = jiff::tz::TimeZone::system();
        let numbers: std::collections::HashMap<String, usize> = session
            .annotations
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i + 1))
            .collect();
        let entries = session.trail.as_ref().map_or(&[][..], |t| &t.entries[..]);
        let times: Vec<Timestamp> = entries.iter().map(|e| e.at).collect();
        let clock = times
            .iter()
            .map(|t| t.to_zoned(zone.clone()).strftime("%H:%M").to_string())
            .collect();
        let spans = session
            .trail
            .as_ref()
            .map(|t| summary(t).spans)
            .unwrap_or_default();
        let number = |id: &str| numbers.get(id).copied();
        let marks: Vec<Mark> = entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                mark_kind(&e.event).map(|kind| Mark {
                    entry: i,
                    kind,
                    what: describe(&e.event, &number),
                })
            })
            .collect();
        let mut rows = Vec::with_capacity(spans.len() + marks.len());
        let mut next = 0;
        for (n, span) in spans.iter().enumerate() {
            rows.push(TimelineRow::Span(n));
            while next < marks.len() && marks[next].entry < span.entries.end {
                rows.push(TimelineRow::Mark(next));
                next += 1;
            }
        }
        rows.extend((next..marks.len()).map(TimelineRow::Mark));
        Self {
            student,
            session,
            replay,
            times,
            clock,
            spans,
            marks,
            rows,
            numbers,
        }
    }

    /// What entry `entry` did, in words.
    pub fn what(&self, entry: usize) -> Message {
        let number = |id: &str| self.numbers.get(id).copied();
        self.session
            .trail
            .as_ref()
            .and_then(|t| t.entries.get(entry))
            .map_or_else(
                || Message::new("process-nothing"),
                |e| describe(&e.event, &number),
            )
    }

    /// The first mark of `kind` after `entry`.
    pub fn next_of(&self, kind: MarkKind, entry: usize) -> Option<usize> {
        let from = self.marks.partition_point(|m| m.entry <= entry);
        self.marks[from..]
            .iter()
            .find(|m| m.kind == kind)
            .map(|m| m.entry)
    }

    /// The row of the list that holds `entry` (its mark, else its span's heading).
    pub fn row_of(&self, entry: usize) -> Option<usize> {
        self.rows.iter().rposition(|row| match row {
            TimelineRow::Mark(m) => self.marks[*m].entry <= entry,
            TimelineRow::Span(s) => self.spans[*s].entries.start <= entry,
        })
    }
}

/// Whether an entry is a mark on the timeline, and which.
fn mark_kind(event: &Event) -> Option<MarkKind> {
    match event {
        Event::Began { .. } | Event::Opened { .. } | Event::Closed | Event::HandedIn => {
            Some(MarkKind::Session)
        }
        Event::Pasted { .. } => Some(MarkKind::Paste),
        Event::Changed(c) | Event::Redone(c) => command_kind(c),
        Event::Undone(_) => None,
    }
}

fn command_kind(command: &Command) -> Option<MarkKind> {
    match command {
        Command::AddAnnotation { .. } => Some(MarkKind::Claim),
        Command::AddEvidence { .. } => Some(MarkKind::Evidence),
        Command::SetVerdict {
            verdict: Some(_), ..
        } => Some(MarkKind::Verdict),
        Command::Batch(commands) => commands.iter().find_map(command_kind),
        _ => None,
    }
}

/// What an entry did, in words ("claim 3 made", "pasted 312 characters from outside into the
/// note of claim 3").
pub fn describe(event: &Event, number: &dyn Fn(&str) -> Option<usize>) -> Message {
    match event {
        Event::Began { annotations, .. } => {
            Message::new("process-began").with("claims", annotations.len())
        }
        Event::Opened { version } => Message::new("process-opened").with("version", version),
        Event::Closed => Message::new("process-closed"),
        Event::HandedIn => Message::new("process-handed-in"),
        Event::Pasted { into, chars, from } => {
            crate::core::trail::summary::paste_message(into, *chars, from, number)
        }
        Event::Changed(c) => describe_command(c, number),
        Event::Undone(c) => {
            Message::new("process-undone").with("what", describe_command(c, number))
        }
        Event::Redone(c) => {
            Message::new("process-redone").with("what", describe_command(c, number))
        }
    }
}

fn describe_command(command: &Command, number: &dyn Fn(&str) -> Option<usize>) -> Message {
    let claim = |id: &str| number(id).map_or_else(|| id.to_owned(), |n| n.to_string());
    match command {
        Command::AddAnnotation { annotation, .. } => {
            Message::new("process-claim-made").with("claim", claim(&annotation.id))
        }
        Command::RemoveAnnotation { annotation_id } => {
            Message::new("process-claim-removed").with("claim", claim(annotation_id))
        }
        Command::SetLabels { annotation_id, .. } => {
            Message::new("process-labels").with("claim", claim(annotation_id))
        }
        Command::SetNote { annotation_id, .. } => {
            Message::new("process-note").with("claim", claim(annotation_id))
        }
        Command::SetVerdict {
            annotation_id,
            verdict: Some(v),
        } => Message::new("process-verdict")
            .with("claim", claim(annotation_id))
            .with("rating", v.rating.as_str()),
        Command::SetVerdict {
            annotation_id,
            verdict: None,
        } => Message::new("process-verdict-removed").with("claim", claim(annotation_id)),
        Command::SetTask { annotation_id, .. } => {
            Message::new("process-task").with("claim", claim(annotation_id))
        }
        Command::AddEvidence { annotation_id, .. } => {
            Message::new("process-evidence").with("claim", claim(annotation_id))
        }
        Command::SetEvidenceNote { annotation_id, .. } => {
            Message::new("process-evidence-note").with("claim", claim(annotation_id))
        }
        Command::RemoveEvidence { annotation_id, .. } => {
            Message::new("process-evidence-removed").with("claim", claim(annotation_id))
        }
        Command::SetResponse { task_id, .. } => {
            Message::new("process-answer").with("task", task_id.as_str())
        }
        Command::SetStudent { .. } => Message::new("process-name"),
        Command::Batch(commands) => commands.first().map_or_else(
            || Message::new("process-nothing"),
            |first| {
                Message::new("process-batch")
                    .with("what", describe_command(first, number))
                    .with("more", commands.len() - 1)
            },
        ),
    }
}

/// The work as it was at the slider's entry, with its highlights by document.
pub struct Moment {
    /// The entry.
    pub entry: usize,
    /// The work then.
    pub session: Session,
    /// Its highlights, by document.
    pub highlights: BTreeMap<String, HighlightIndex>,
}

/// The Process view's state.
pub struct Process {
    /// Whether the Review tab shows the Process view (else the work as handed in).
    pub on: bool,
    /// The slider: the entry shown.
    pub entry: usize,
    /// Whether Play is on.
    pub playing: bool,
    /// Play's speed (one of [`SPEEDS`]).
    pub speed: u32,
    /// The trail made ready, for the student shown.
    pub built: Option<Built>,
    /// The student it was asked for (the session's address tells a re-anchored session).
    asked: Option<(usize, usize)>,
    /// The work at the slider's entry.
    pub moment: Option<Moment>,
    /// Play: the clock when it last moved, and the trail's seconds it has moved past the entry.
    played: Option<(f64, f64)>,
}

impl Default for Process {
    fn default() -> Self {
        Self {
            on: false,
            entry: 0,
            playing: false,
            speed: 1,
            built: None,
            asked: None,
            moment: None,
            played: None,
        }
    }
}

fn address(session: &Arc<Session>) -> usize {
    Arc::as_ptr(session) as usize
}

impl Process {
    /// Another student is shown: their trail is built when the view is on.
    pub fn student_changed(&mut self) {
        self.built = None;
        self.asked = None;
        self.moment = None;
        self.entry = 0;
        self.playing = false;
        self.played = None;
    }

    /// The student to build the trail of, if it is not built nor asked for yet (asking it).
    pub fn wanted(&mut self, selected: usize, session: &Arc<Session>) -> Option<Arc<Session>> {
        let key = (selected, address(session));
        let built_for = self
            .built
            .as_ref()
            .map(|b| (b.student, address(&b.session)));
        if !self.on || built_for == Some(key) || self.asked == Some(key) {
            return None;
        }
        self.asked = Some(key);
        Some(Arc::clone(session))
    }

    /// A built trail came back: kept if it is still of `shown`, the session of the student
    /// shown.
    pub fn arrived(&mut self, built: Built, shown: Option<&Arc<Session>>) {
        let current = shown.is_some_and(|s| Arc::ptr_eq(s, &built.session));
        if !current || self.asked != Some((built.student, address(&built.session))) {
            return;
        }
        self.entry = self.entry.min(built.replay.len().saturating_sub(1));
        self.moment = None;
        self.built = Some(built);
    }

    /// The work at the slider's entry, replayed when the entry changed (not per frame).
    pub fn refresh_moment(&mut self) {
        let Some(built) = &self.built else {
            self.moment = None;
            return;
        };
        if self.moment.as_ref().is_some_and(|m| m.entry == self.entry) {
            return;
        }
        let session = built.replay.at(self.entry);
        let highlights = highlights_of(&session);
        self.moment = Some(Moment {
            entry: self.entry,
            session,
            highlights,
        });
    }

    /// The work shown in the Process view, if it is on and ready.
    pub fn shown(&self) -> Option<&Moment> {
        self.moment.as_ref().filter(|_| self.on)
    }

    /// Moves Play on by the time since the last frame (`now`, seconds), scaled by the speed;
    /// returns how long until the next entry is due (to repaint then), or `None` when stopped.
    pub fn play(&mut self, now: f64) -> Option<f64> {
        let Some(built) = &self.built else {
            self.playing = false;
            return None;
        };
        if !self.playing {
            self.played = None;
            return None;
        }
        let last = built.times.len().saturating_sub(1);
        if self.entry >= last {
            self.playing = false;
            self.played = None;
            return None;
        }
        let (then, mut past) = self.played.unwrap_or((now, 0.0));
        past += (now - then).max(0.0) * f64::from(self.speed);
        let gap = |entry: usize| {
            let seconds = built.times[entry + 1]
                .duration_since(built.times[entry])
                .as_secs_f64();
            seconds.clamp(0.0, LONGEST_WAIT)
        };
        while self.entry < last && past >= gap(self.entry) {
            past -= gap(self.entry);
            self.entry += 1;
        }
        if self.entry >= last {
            self.playing = false;
            self.played = None;
            return None;
        }
        self.played = Some((now, past));
        Some(((gap(self.entry) - past) / f64::from(self.speed)).max(0.0))
    }

    /// Play starts (from the start when at the end) or stops.
    pub fn toggle_play(&mut self) {
        self.playing = !self.playing;
        self.played = None;
        if self.playing
            && let Some(b) = &self.built
            && self.entry + 1 >= b.replay.len()
        {
            self.entry = 0;
        }
    }
}

/// A session's highlights by document (a claim without a place in the text is not drawn).
pub fn highlights_of(session: &Session) -> BTreeMap<String, HighlightIndex> {
    let mut by_doc: BTreeMap<String, Vec<Highlight>> = BTreeMap::new();
    for (i, a) in session.annotations.iter().enumerate() {
        if a.orphaned.is_some() {
            continue;
        }
        by_doc
            .entry(a.document.clone())
            .or_default()
            .push(Highlight {
                range: a.selector.range(),
                color: claim_color(i),
                key: HighlightKey::Claim(a.id.clone()),
            });
    }
    by_doc
        .into_iter()
        .map(|(d, items)| (d, HighlightIndex::new(items)))
        .collect()
}
