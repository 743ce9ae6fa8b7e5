//! A class's trails at a glance: for each student's session, the columns the gradebook and the
//! class overview show.

use jiff::Timestamp;

use super::{Check, CopyKind, check, copies, summary};
use crate::core::session::Session;

/// One session's trail, in the gradebook's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Standing {
    /// Minutes of work recorded.
    pub active_minutes: i64,
    /// Pastes from outside the app.
    pub pastes_outside: usize,
    /// Whether the trail holds.
    pub check: Check,
    /// The files it looks copied from (or to), and why.
    pub copied: Vec<(String, CopyKind)>,
    /// When it was handed in, if it was.
    pub handed_in: Option<Timestamp>,
    /// Whether it was changed after its hand-in.
    pub changed_after_hand_in: bool,
}

impl Standing {
    /// The gradebook's `trail` cell: `ok`, `broken`, `none`, or `copied:FILE` (the first file it
    /// looks copied with).
    pub fn trail_word(&self) -> String {
        match self.copied.first() {
            Some((file, _)) => format!("copied:{file}"),
            None => self.check.word().to_owned(),
        }
    }
}

/// Each session's standing, in order, with the copy check across all of them. `sessions` are
/// (file name, session).
pub fn standings(sessions: &[(&str, &Session)]) -> Vec<Standing> {
    let all: Vec<&Session> = sessions.iter().map(|(_, s)| *s).collect();
    let flags = copies(&all);
    // Each trail checked on its own: on every core (a check walks and hashes every entry).
    let checks = checks_on_all_cores(&all);
    sessions
        .iter()
        .enumerate()
        .map(|(i, (_, session))| {
            let (active_minutes, pastes_outside) = session.trail.as_ref().map_or((0, 0), |t| {
                let summary = summary(t);
                (summary.active_minutes(), summary.pasted_outside().1)
            });
            let copied = flags
                .iter()
                .filter_map(|f| {
                    let other = if f.a == i {
                        f.b
                    } else if f.b == i {
                        f.a
                    } else {
                        return None;
                    };
                    Some((sessions[other].0.to_owned(), f.kind.clone()))
                })
                .collect();
            Standing {
                active_minutes,
                pastes_outside,
                check: checks.get(i).cloned().unwrap_or(Check::None),
                copied,
                handed_in: session
                    .trail
                    .as_ref()
                    .and_then(|t| t.handed_in.as_ref().map(|s| s.at)),
                changed_after_hand_in: session
                    .trail
                    .as_ref()
                    .is_some_and(super::Trail::changed_after_hand_in),
            }
        })
        .collect()
}

/// [`check`] of each session, the sessions shared out among the computer's cores.
fn checks_on_all_cores(sessions: &[&Session]) -> Vec<Check> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let chunk = sessions.len().div_ceil(cores.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = sessions
            .chunks(chunk)
            .map(|part| {
                let checked =
                    scope.spawn(move || part.iter().map(|s| check(s)).collect::<Vec<_>>());
                (part.len(), checked)
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|(len, h)| h.join().unwrap_or_else(|_| vec![Check::None; len]))
            .collect()
    })
}
