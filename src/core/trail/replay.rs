//! The work as it was at any entry of its trail, for the teacher's replay: the state is kept
//! every [`CHECKPOINT_EVERY`] entries, so a moment anywhere in a long trail is the nearest
//! checkpoint plus fewer than that many changes, never a replay from the start.

use std::collections::BTreeMap;

use super::replay_one;
use crate::core::session::Session;

/// Entries between two kept states.
pub const CHECKPOINT_EVERY: usize = 256;

/// A session's trail, ready to show any moment of it.
#[derive(Debug)]
pub struct Replay {
    /// The state after entry `i * CHECKPOINT_EVERY - 1` (index 0: before any entry).
    checkpoints: Vec<Session>,
    /// The trail's entries' events (the session's own, cloned once).
    events: Vec<super::Event>,
    /// The first entry whose change could not be made, if one could not.
    broken_at: Option<usize>,
}

impl Replay {
    /// Replays the whole trail once, keeping a state every [`CHECKPOINT_EVERY`] entries.
    pub fn new(session: &Session) -> Self {
        let mut work = empty_like(session);
        let events: Vec<super::Event> = session
            .trail
            .as_ref()
            .map(|t| t.entries.iter().map(|e| e.event.clone()).collect())
            .unwrap_or_default();
        let mut checkpoints = vec![work.clone()];
        let mut broken_at = None;
        for (i, event) in events.iter().enumerate() {
            if replay_one(&mut work, event).is_err() && broken_at.is_none() {
                broken_at = Some(i);
            }
            if (i + 1) % CHECKPOINT_EVERY == 0 {
                checkpoints.push(work.clone());
            }
        }
        Self {
            checkpoints,
            events,
            broken_at,
        }
    }

    /// How many entries the trail has.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// Whether the trail has no entries.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The first entry whose change could not be made in order, if any (the trail is broken
    /// there; the states after it leave that change out).
    pub fn broken_at(&self) -> Option<usize> {
        self.broken_at
    }

    /// The work just after entry `entry` (0-based; the last entry's state past the end).
    pub fn at(&self, entry: usize) -> Session {
        if self.events.is_empty() {
            return self.checkpoints[0].clone();
        }
        let entry = entry.min(self.events.len() - 1);
        let applied = entry + 1;
        let checkpoint = applied / CHECKPOINT_EVERY;
        let mut work = self.checkpoints[checkpoint].clone();
        for event in &self.events[checkpoint * CHECKPOINT_EVERY..applied] {
            let _ = replay_one(&mut work, event);
        }
        work
    }
}

/// A session like `session` with no work in it.
pub(crate) fn empty_like(session: &Session) -> Session {
    Session {
        format: session.format,
        lesson_id: session.lesson_id.clone(),
        document_hashes: session.document_hashes.clone(),
        student: String::new(),
        created: session.created,
        modified: session.modified,
        annotations: Vec::new(),
        responses: BTreeMap::new(),
        trail: None,
    }
}
