//! Every change to a file the user edits is a command: applying one returns its inverse, which is
//! what undo and redo keep. A student's session ([`Command`]), a teacher's lesson with its key
//! ([`LessonEdit`]) and a class's review ([`ReviewEdit`]) each have their own commands and one
//! [`History`] per open file. The UI never changes these files any other way.

mod lesson;
mod review;
mod session;

pub use crate::core::session::Command;
pub use lesson::{Authoring, LessonEdit, LessonText};
pub use review::ReviewEdit;

use crate::core::words::{Message, Worded};

/// A change that can be applied to its target and returns the change that undoes it.
pub trait Undoable: Sized {
    /// What the command changes.
    type Target<'a>;

    /// Applies the command and returns the command that undoes it. On error the target is
    /// unchanged.
    fn apply(self, target: &mut Self::Target<'_>) -> Result<Self, EditError>;

    /// The claim (annotation or key item) this command is about, if one: undo selects it.
    fn annotation_id(&self) -> Option<&str> {
        None
    }
}

/// A command that cannot be applied to the file as it is.
#[derive(Debug, PartialEq)]
pub enum EditError {
    /// No annotation has that id.
    NoAnnotation(String),
    /// The annotation has no evidence with that id.
    NoEvidence {
        /// The annotation.
        annotation: String,
        /// The missing evidence id.
        evidence: String,
    },
    /// An annotation with that id exists already.
    DuplicateAnnotation(String),
    /// Something a lesson or review command names is not there.
    Missing {
        /// What kind of thing ("document", "label set", "task", …).
        what: &'static str,
        /// Its id.
        id: String,
    },
    /// Something with that id is there already.
    Duplicate {
        /// What kind of thing.
        what: &'static str,
        /// Its id.
        id: String,
    },
    /// The command asks for something the file cannot hold.
    Invalid(Message),
}

impl Worded for EditError {
    fn message(&self) -> Message {
        match self {
            Self::NoAnnotation(id) => Message::new("edit-no-claim").with("id", id),
            Self::NoEvidence {
                annotation,
                evidence,
            } => Message::new("edit-no-evidence")
                .with("claim", annotation)
                .with("evidence", evidence),
            Self::DuplicateAnnotation(id) => Message::new("edit-duplicate-claim").with("id", id),
            Self::Missing { what, id } => match *what {
                "document" => Message::new("edit-missing-document"),
                "label set" => Message::new("edit-missing-label-set"),
                "task" => Message::new("edit-missing-task"),
                "text of document" => Message::new("edit-missing-document-text"),
                other => Message::new("edit-missing").with("what", other),
            }
            .with("id", id),
            Self::Duplicate { what, id } => match *what {
                "document" => Message::new("edit-duplicate-document"),
                "label set" => Message::new("edit-duplicate-label-set"),
                "task" => Message::new("edit-duplicate-task"),
                other => Message::new("edit-duplicate").with("what", other),
            }
            .with("id", id),
            Self::Invalid(message) => message.clone(),
        }
    }
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for EditError {}

/// Undo and redo stacks and the dirty flag of one open file.
#[derive(Debug)]
pub struct History<C = Command> {
    undo: Vec<Step<C>>,
    redo: Vec<Step<C>>,
    /// Identifies the file's current state; every new edit gets a fresh one.
    state: u64,
    saved_state: u64,
    /// Key of the last edit, so typing in one field is one undo step.
    coalesce_key: Option<String>,
    /// Whether the last edit joined the undo step before it (typing on in one field).
    joined: bool,
}

/// A history for a file just opened (or created): clean, with a state id no other history of
/// this run has had.
impl<C> Default for History<C> {
    fn default() -> Self {
        let state = fresh_state();
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            state,
            saved_state: state,
            coalesce_key: None,
            joined: false,
        }
    }
}

#[derive(Debug)]
struct Step<C> {
    inverse: C,
    /// The state the inverse restores.
    state: u64,
}

/// How many steps are kept.
pub const MAX_UNDO_STEPS: usize = 1000;

/// State ids are unique across every history of a run, so a cache keyed by a state id is never
/// fooled by a history that was replaced (another file opened) and counted up to the same number.
fn fresh_state() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl<C: Undoable> History<C> {
    /// Applies a command as a new undo step.
    pub fn apply(&mut self, target: &mut C::Target<'_>, command: C) -> Result<(), EditError> {
        self.apply_coalescing(target, command, None)
    }

    /// Applies a command; if `key` equals the previous edit's key, it joins that undo step
    /// (used for typing into one text field). The file is marked modified only when the command
    /// succeeded.
    pub fn apply_coalescing(
        &mut self,
        target: &mut C::Target<'_>,
        command: C,
        key: Option<String>,
    ) -> Result<(), EditError> {
        let inverse = command.apply(target)?;
        self.redo.clear();
        let joins = key.is_some()
            && key == self.coalesce_key
            && !self.undo.is_empty()
            && self.state != self.saved_state;
        if !joins {
            self.undo.push(Step {
                inverse,
                state: self.state,
            });
            if self.undo.len() > MAX_UNDO_STEPS {
                self.undo.remove(0);
            }
        }
        // When joining, the earlier inverse already restores the state before the whole run.
        self.state = fresh_state();
        self.coalesce_key = key;
        self.joined = joins;
        Ok(())
    }

    /// Undoes the last step. Returns the claim it touched, if any.
    pub fn undo(&mut self, target: &mut C::Target<'_>) -> Result<Option<String>, EditError> {
        let Some(step) = self.undo.pop() else {
            return Ok(None);
        };
        let touched = step.inverse.annotation_id().map(str::to_owned);
        let redo = step.inverse.apply(target)?;
        self.redo.push(Step {
            inverse: redo,
            state: self.state,
        });
        self.state = step.state;
        self.coalesce_key = None;
        self.joined = false;
        Ok(touched)
    }

    /// Redoes the last undone step. Returns the claim it touched, if any.
    pub fn redo(&mut self, target: &mut C::Target<'_>) -> Result<Option<String>, EditError> {
        let Some(step) = self.redo.pop() else {
            return Ok(None);
        };
        let touched = step.inverse.annotation_id().map(str::to_owned);
        let undo = step.inverse.apply(target)?;
        self.undo.push(Step {
            inverse: undo,
            state: self.state,
        });
        self.state = step.state;
        self.coalesce_key = None;
        self.joined = false;
        Ok(touched)
    }
}

impl<C> History<C> {
    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Whether the file differs from the last saved (or loaded) state.
    pub fn is_dirty(&self) -> bool {
        self.state != self.saved_state
    }

    /// Records that the current state is saved.
    pub fn mark_saved(&mut self) {
        self.saved_state = self.state;
        self.coalesce_key = None;
    }

    /// Records that the file on disk no longer matches any state of this history (it was
    /// replaced, or never written): the file is modified until saved again.
    pub fn mark_unsaved(&mut self) {
        self.saved_state = u64::MAX;
    }

    /// Records that the current state is saved only if it is still `state` (a save finished
    /// for that state; edits made while it ran stay unsaved).
    pub fn mark_saved_at(&mut self, state: u64) {
        if self.state == state {
            self.mark_saved();
        }
    }

    /// The command that would reverse the last undo or redo (so the same kind of change as the
    /// one it made: an undone removal's counterpart is a removal, a revision's is a revision),
    /// for callers that react to what changed.
    pub fn reversal_of_last(&self, redo: bool) -> Option<&C> {
        let stack = if redo { &self.undo } else { &self.redo };
        stack.last().map(|step| &step.inverse)
    }

    /// The command undo (or, with `redo`, redo) would apply next.
    pub fn next(&self, redo: bool) -> Option<&C> {
        let stack = if redo { &self.redo } else { &self.undo };
        stack.last().map(|step| &step.inverse)
    }

    /// Whether the last edit applied joined the undo step before it (one more keystroke in the
    /// field being typed in) rather than starting a step of its own.
    pub fn last_joined(&self) -> bool {
        self.joined
    }

    /// A number that changes with every edit, undo and redo, unique in the run: caches of what
    /// is derived from the file are keyed by it.
    pub fn state_id(&self) -> u64 {
        self.state
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_are_worded_as_before() {
        let cases = [
            (
                EditError::NoAnnotation("c1".into()),
                "there is no claim with id \"c1\"",
            ),
            (
                EditError::NoEvidence {
                    annotation: "c1".into(),
                    evidence: "e2".into(),
                },
                "claim \"c1\" has no evidence with id \"e2\"",
            ),
            (
                EditError::DuplicateAnnotation("c1".into()),
                "there is already a claim with id \"c1\"",
            ),
            (
                EditError::Missing {
                    what: "text of document",
                    id: "d1".into(),
                },
                "there is no text of document \"d1\"",
            ),
            (
                EditError::Missing {
                    what: "rubric level",
                    id: "Good".into(),
                },
                "there is no rubric level \"Good\"",
            ),
            (
                EditError::Duplicate {
                    what: "label set",
                    id: "s1".into(),
                },
                "there is already a label set \"s1\"",
            ),
            (
                EditError::Duplicate {
                    what: "key item",
                    id: "k1".into(),
                },
                "there is already a key item \"k1\"",
            ),
        ];
        for (error, english) in cases {
            assert_eq!(error.to_string(), english);
        }
        let removal = LessonEdit::RemoveLabelSet {
            set_id: "s1".into(),
        };
        assert_eq!(
            removal.removal().map(|m| m.to_string()).as_deref(),
            Some("the label set \"s1\"")
        );
    }
}
