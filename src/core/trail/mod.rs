//! The work trail: beside its claims, a session keeps the list of changes that made them — the
//! same commands undo uses ([`Command`]), each with its time — and when the work was opened and
//! closed in the app, what was pasted and where from, and when it was handed in. Nothing else:
//! no keystroke timing, no screen, no other program, no network.
//!
//! The entries are hash-chained: each carries the hash of the one before, and the session keeps
//! the last hash (the head). An entry changed, removed or moved by hand breaks the chain; claims
//! put into the file outside the app do not match what the trail's changes make ([`check`]).
//! This detects editing outside the app and copied files; it cannot stop a determined
//! programmer, who can rebuild a chain: no secret can live on the student's computer.

pub mod check;
pub mod class;
pub mod replay;
pub mod summary;

use jiff::Timestamp;

use crate::core::edit::{Command, EditError, History};
use crate::core::session::Session;
pub use crate::core::session::trail::{
    Entry, Event, Field, PasteSource, Seal, Trail, chain_start, entry_hash,
};

pub use check::{Break, Check, CopyFlag, CopyKind, check, copies};
pub use class::{Standing, standings};
pub use replay::Replay;
pub use summary::{Span, Summary, summary};

/// The session's trail, begun now if it has none (a new session, or one from before trails:
/// then its first entry is the work as it was, [`Event::Began`]).
pub fn trail_of(session: &mut Session, now: Timestamp) -> &mut Trail {
    if session.trail.is_none() {
        let old_work = !session.annotations.is_empty()
            || !session.responses.is_empty()
            || !session.student.is_empty();
        let mut trail = Trail::new(session, now);
        if old_work {
            trail.push(
                now,
                Event::Began {
                    annotations: session.annotations.clone(),
                    responses: session.responses.clone(),
                    student: session.student.clone(),
                },
            );
        }
        session.trail = Some(trail);
    }
    match &mut session.trail {
        Some(trail) => trail,
        None => unreachable!("set above"),
    }
}

/// Records an event in the session's trail (begun if it has none).
pub fn record(session: &mut Session, now: Timestamp, event: Event) {
    trail_of(session, now).push(now, event);
}

/// Applies `command` to the session through its history (an undo step, or joining the one
/// before while typing on in one field: `key`) and records the change in the trail.
///
/// # Errors
/// The command's refusal; then nothing changed and nothing is recorded.
pub fn apply(
    history: &mut History,
    session: &mut Session,
    command: Command,
    key: Option<String>,
    now: Timestamp,
) -> Result<(), EditError> {
    let recorded = command.clone();
    // Begun before the change, so that a session from before trails begins with its work as it
    // was, not with this change in it.
    trail_of(session, now);
    history.apply_coalescing(session, command, key)?;
    let joined = history.last_joined();
    let trail = trail_of(session, now);
    if joined {
        trail.replace_last(now, Event::Changed(recorded));
    } else {
        trail.push(now, Event::Changed(recorded));
    }
    Ok(())
}

/// Undoes (or, with `redo`, redoes) the last step and records the change it made. Returns the
/// claim it touched, as [`History::undo`] does.
///
/// # Errors
/// The refusal of the change; then nothing is recorded.
pub fn undo_redo(
    history: &mut History,
    session: &mut Session,
    redo: bool,
    now: Timestamp,
) -> Result<Option<String>, EditError> {
    let Some(change) = history.next(redo).cloned() else {
        return Ok(None);
    };
    trail_of(session, now);
    let touched = if redo {
        history.redo(session)?
    } else {
        history.undo(session)?
    };
    let event = if redo {
        Event::Redone(change)
    } else {
        Event::Undone(change)
    };
    record(session, now, event);
    Ok(touched)
}

/// Hands the work in: records it and seals the head with the time.
pub fn hand_in(session: &mut Session, now: Timestamp) {
    let trail = trail_of(session, now);
    trail.push(now, Event::HandedIn);
    trail.handed_in = Some(Seal {
        at: now,
        head: trail.head.clone(),
    });
}

/// Where pasted `text` came from: the first lesson document it is part of (at least 20 characters
/// pasted, so that a word or two found anywhere does not count as the lesson's), else outside.
pub fn paste_source<'a>(
    text: &str,
    documents: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> PasteSource {
    let wanted: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if wanted.chars().count() >= 20 {
        for (id, document) in documents {
            let spaced: String = document.split_whitespace().collect::<Vec<_>>().join(" ");
            if spaced.contains(&wanted) {
                return PasteSource::Lesson {
                    document: id.to_owned(),
                };
            }
        }
    }
    PasteSource::Outside
}

/// The claims and answers the trail's changes make, replayed from the start (or from
/// [`Event::Began`]) up to entry `upto` (all with `usize::MAX`): what the teacher's replay shows.
///
/// # Errors
/// The index of the first entry whose change cannot be applied in order.
pub fn replay(session: &Session, upto: usize) -> Result<Session, usize> {
    let mut work = replay::empty_like(session);
    let Some(trail) = &session.trail else {
        return Ok(work);
    };
    for (i, entry) in trail
        .entries
        .iter()
        .enumerate()
        .take(upto.saturating_add(1))
    {
        replay_one(&mut work, &entry.event).map_err(|()| i)?;
    }
    Ok(work)
}

/// Applies one entry's change to `work`.
pub(crate) fn replay_one(work: &mut Session, event: &Event) -> Result<(), ()> {
    use crate::core::edit::Undoable as _;
    match event {
        Event::Began {
            annotations,
            responses,
            student,
        } => {
            work.annotations.clone_from(annotations);
            work.responses.clone_from(responses);
            work.student.clone_from(student);
        }
        Event::Changed(command) | Event::Undone(command) | Event::Redone(command) => {
            command.clone().apply(work).map_err(|_| ())?;
        }
        Event::Opened { .. } | Event::Closed | Event::Pasted { .. } | Event::HandedIn => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests;
