//! Every change to a session is a [`Command`]; applying one returns its inverse, which is what
//! undo/redo keeps. The UI never mutates a session any other way.

use std::collections::BTreeSet;

use crate::core::session::{Annotation, Evidence, Session, TaskResponse, Verdict};

/// One change to a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Adds an annotation, at `index` in the list (at the end when `None`).
    AddAnnotation {
        /// The annotation.
        annotation: Annotation,
        /// Where in the list.
        index: Option<usize>,
    },
    /// Removes an annotation.
    RemoveAnnotation {
        /// Its id.
        annotation_id: String,
    },
    /// Replaces an annotation's labels.
    SetLabels {
        /// Which annotation.
        annotation_id: String,
        /// The new labels.
        labels: BTreeSet<String>,
    },
    /// Replaces an annotation's note.
    SetNote {
        /// Which annotation.
        annotation_id: String,
        /// The new note.
        note: String,
    },
    /// Sets or clears an annotation's verdict.
    SetVerdict {
        /// Which annotation.
        annotation_id: String,
        /// The verdict.
        verdict: Option<Verdict>,
    },
    /// Sets or clears the task an annotation answers.
    SetTask {
        /// Which annotation.
        annotation_id: String,
        /// The task id.
        task: Option<String>,
    },
    /// Adds evidence to an annotation (at `index`, or the end).
    AddEvidence {
        /// Which annotation.
        annotation_id: String,
        /// The evidence.
        evidence: Evidence,
        /// Where in its list.
        index: Option<usize>,
    },
    /// Replaces a piece of evidence (matched by id).
    UpdateEvidence {
        /// Which annotation.
        annotation_id: String,
        /// The new version.
        evidence: Evidence,
    },
    /// Removes a piece of evidence.
    RemoveEvidence {
        /// Which annotation.
        annotation_id: String,
        /// The evidence id.
        evidence_id: String,
    },
    /// Sets or clears the written answer to a task.
    SetResponse {
        /// The task id.
        task_id: String,
        /// The answer.
        response: Option<TaskResponse>,
    },
    /// Sets the student's name.
    SetStudent {
        /// The name.
        name: String,
    },
    /// Several commands as one undo step, applied in order.
    Batch(Vec<Command>),
}

/// A command that cannot be applied to the session as it is.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EditError {
    /// No annotation has that id.
    #[error("there is no claim with id {0:?}")]
    NoAnnotation(String),
    /// The annotation has no evidence with that id.
    #[error("claim {annotation:?} has no evidence with id {evidence:?}")]
    NoEvidence {
        /// The annotation.
        annotation: String,
        /// The missing evidence id.
        evidence: String,
    },
    /// An annotation with that id exists already.
    #[error("there is already a claim with id {0:?}")]
    DuplicateAnnotation(String),
}

fn annotation_mut<'a>(session: &'a mut Session, id: &str) -> Result<&'a mut Annotation, EditError> {
    session
        .annotation_mut(id)
        .ok_or_else(|| EditError::NoAnnotation(id.to_owned()))
}

impl Command {
    /// Applies the command and returns the command that undoes it. On error the session is
    /// unchanged.
    #[allow(clippy::too_many_lines)] // One arm per command, each a few lines: a flat match is clearest.
    pub fn apply(self, session: &mut Session) -> Result<Self, EditError> {
        Ok(match self {
            Self::AddAnnotation { annotation, index } => {
                if session.annotation(&annotation.id).is_some() {
                    return Err(EditError::DuplicateAnnotation(annotation.id));
                }
                let id = annotation.id.clone();
                let at = index
                    .unwrap_or(session.annotations.len())
                    .min(session.annotations.len());
                session.annotations.insert(at, annotation);
                Self::RemoveAnnotation { annotation_id: id }
            }
            Self::RemoveAnnotation { annotation_id } => {
                let at = session
                    .annotations
                    .iter()
                    .position(|a| a.id == annotation_id)
                    .ok_or(EditError::NoAnnotation(annotation_id))?;
                let annotation = session.annotations.remove(at);
                Self::AddAnnotation {
                    annotation,
                    index: Some(at),
                }
            }
            Self::SetLabels {
                annotation_id,
                labels,
            } => {
                let a = annotation_mut(session, &annotation_id)?;
                let old = std::mem::replace(&mut a.labels, labels);
                Self::SetLabels {
                    annotation_id,
                    labels: old,
                }
            }
            Self::SetNote {
                annotation_id,
                note,
            } => {
                let a = annotation_mut(session, &annotation_id)?;
                let old = std::mem::replace(&mut a.note, note);
                Self::SetNote {
                    annotation_id,
                    note: old,
                }
            }
            Self::SetVerdict {
                annotation_id,
                verdict,
            } => {
                let a = annotation_mut(session, &annotation_id)?;
                let old = std::mem::replace(&mut a.verdict, verdict);
                Self::SetVerdict {
                    annotation_id,
                    verdict: old,
                }
            }
            Self::SetTask {
                annotation_id,
                task,
            } => {
                let a = annotation_mut(session, &annotation_id)?;
                let old = std::mem::replace(&mut a.task, task);
                Self::SetTask {
                    annotation_id,
                    task: old,
                }
            }
            Self::AddEvidence {
                annotation_id,
                evidence,
                index,
            } => {
                let a = annotation_mut(session, &annotation_id)?;
                let evidence_id = evidence.id.clone();
                let at = index.unwrap_or(a.evidence.len()).min(a.evidence.len());
                a.evidence.insert(at, evidence);
                Self::RemoveEvidence {
                    annotation_id,
                    evidence_id,
                }
            }
            Self::UpdateEvidence {
                annotation_id,
                evidence,
            } => {
                let a = annotation_mut(session, &annotation_id)?;
                let slot = a
                    .evidence
                    .iter_mut()
                    .find(|e| e.id == evidence.id)
                    .ok_or_else(|| EditError::NoEvidence {
                        annotation: annotation_id.clone(),
                        evidence: evidence.id.clone(),
                    })?;
                let old = std::mem::replace(slot, evidence);
                Self::UpdateEvidence {
                    annotation_id,
                    evidence: old,
                }
            }
            Self::RemoveEvidence {
                annotation_id,
                evidence_id,
            } => {
                let a = annotation_mut(session, &annotation_id)?;
                let at = a
                    .evidence
                    .iter()
                    .position(|e| e.id == evidence_id)
                    .ok_or_else(|| EditError::NoEvidence {
                        annotation: annotation_id.clone(),
                        evidence: evidence_id.clone(),
                    })?;
                let evidence = a.evidence.remove(at);
                Self::AddEvidence {
                    annotation_id,
                    evidence,
                    index: Some(at),
                }
            }
            Self::SetResponse { task_id, response } => {
                let old = match response {
                    Some(r) => session.responses.insert(task_id.clone(), r),
                    None => session.responses.remove(&task_id),
                };
                Self::SetResponse {
                    task_id,
                    response: old,
                }
            }
            Self::SetStudent { name } => {
                let old = std::mem::replace(&mut session.student, name);
                Self::SetStudent { name: old }
            }
            Self::Batch(commands) => {
                let mut inverses = Vec::with_capacity(commands.len());
                for command in commands {
                    match command.apply(session) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(e) => {
                            // Roll back what was applied so the session is unchanged.
                            for inverse in inverses.into_iter().rev() {
                                inverse.apply(session).ok();
                            }
                            return Err(e);
                        }
                    }
                }
                inverses.reverse();
                Self::Batch(inverses)
            }
        })
    }

    /// The annotation this command is about, if one.
    pub fn annotation_id(&self) -> Option<&str> {
        match self {
            Self::AddAnnotation { annotation, .. } => Some(&annotation.id),
            Self::RemoveAnnotation { annotation_id }
            | Self::SetLabels { annotation_id, .. }
            | Self::SetNote { annotation_id, .. }
            | Self::SetVerdict { annotation_id, .. }
            | Self::SetTask { annotation_id, .. }
            | Self::AddEvidence { annotation_id, .. }
            | Self::UpdateEvidence { annotation_id, .. }
            | Self::RemoveEvidence { annotation_id, .. } => Some(annotation_id),
            Self::SetResponse { .. } | Self::SetStudent { .. } => None,
            Self::Batch(commands) => commands.iter().find_map(Self::annotation_id),
        }
    }
}

/// Undo and redo stacks and the dirty flag.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Identifies the session's current state; every new edit gets a fresh one.
    state: u64,
    saved_state: u64,
    next_state: u64,
    /// Key of the last edit, so typing in one field is one undo step.
    coalesce_key: Option<String>,
}

#[derive(Debug)]
struct Step {
    inverse: Command,
    /// The state the inverse restores.
    state: u64,
}

/// How many steps are kept.
pub const MAX_UNDO_STEPS: usize = 1000;

impl History {
    /// Applies a command as a new undo step.
    pub fn apply(&mut self, session: &mut Session, command: Command) -> Result<(), EditError> {
        self.apply_coalescing(session, command, None)
    }

    /// Applies a command; if `key` equals the previous edit's key, it joins that undo step
    /// (used for typing into one text field).
    pub fn apply_coalescing(
        &mut self,
        session: &mut Session,
        command: Command,
        key: Option<String>,
    ) -> Result<(), EditError> {
        let inverse = command.apply(session)?;
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
        self.next_state += 1;
        self.state = self.next_state;
        self.coalesce_key = key;
        Ok(())
    }

    /// Undoes the last step. Returns the annotation it touched, if any.
    pub fn undo(&mut self, session: &mut Session) -> Result<Option<String>, EditError> {
        let Some(step) = self.undo.pop() else {
            return Ok(None);
        };
        let touched = step.inverse.annotation_id().map(str::to_owned);
        let redo = step.inverse.apply(session)?;
        self.redo.push(Step {
            inverse: redo,
            state: self.state,
        });
        self.state = step.state;
        self.coalesce_key = None;
        Ok(touched)
    }

    /// Redoes the last undone step. Returns the annotation it touched, if any.
    pub fn redo(&mut self, session: &mut Session) -> Result<Option<String>, EditError> {
        let Some(step) = self.redo.pop() else {
            return Ok(None);
        };
        let touched = step.inverse.annotation_id().map(str::to_owned);
        let undo = step.inverse.apply(session)?;
        self.undo.push(Step {
            inverse: undo,
            state: self.state,
        });
        self.state = step.state;
        self.coalesce_key = None;
        Ok(touched)
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Whether the session differs from the last saved (or loaded) state.
    pub fn is_dirty(&self) -> bool {
        self.state != self.saved_state
    }

    /// Records that the current state is saved.
    pub fn mark_saved(&mut self) {
        self.saved_state = self.state;
        self.coalesce_key = None;
    }

    /// A number that changes with every edit, undo and redo (for autosave timing).
    pub fn state_id(&self) -> u64 {
        self.state
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::anchor::Selector;
    use crate::core::session::{EvidenceSource, Stance};

    fn session() -> Session {
        Session {
            format: 1,
            lesson_id: "l".into(),
            document_hashes: std::collections::BTreeMap::default(),
            student: String::new(),
            created: jiff::Timestamp::UNIX_EPOCH,
            modified: jiff::Timestamp::UNIX_EPOCH,
            annotations: Vec::new(),
            responses: std::collections::BTreeMap::default(),
        }
    }

    fn claim(id: &str) -> Annotation {
        Annotation::new(id, "doc", Selector::default())
    }

    #[test]
    fn every_command_is_undone_by_its_inverse() {
        let mut s = session();
        let mut h = History::default();
        h.apply(
            &mut s,
            Command::AddAnnotation {
                annotation: claim("c1"),
                index: None,
            },
        )
        .unwrap();
        let before = s.clone();
        let commands = vec![
            Command::SetLabels {
                annotation_id: "c1".into(),
                labels: ["loaded".to_owned()].into(),
            },
            Command::SetNote {
                annotation_id: "c1".into(),
                note: "emotive".into(),
            },
            Command::SetVerdict {
                annotation_id: "c1".into(),
                verdict: Some(Verdict {
                    rating: "false".into(),
                    reasoning: "counts differ".into(),
                }),
            },
            Command::SetTask {
                annotation_id: "c1".into(),
                task: Some("t1".into()),
            },
            Command::AddEvidence {
                annotation_id: "c1".into(),
                evidence: Evidence {
                    id: "e1".into(),
                    stance: Stance::Contradicts,
                    source: EvidenceSource::Passage {
                        document: "d2".into(),
                        selector: Selector::default(),
                    },
                    note: String::new(),
                },
                index: None,
            },
            Command::SetResponse {
                task_id: "t1".into(),
                response: Some(TaskResponse {
                    text: "x".into(),
                    done: true,
                }),
            },
            Command::SetStudent { name: "Ada".into() },
            Command::RemoveAnnotation {
                annotation_id: "c1".into(),
            },
        ];
        for command in commands {
            h.apply(&mut s, command).unwrap();
        }
        assert!(s.annotations.is_empty());
        for _ in 0..8 {
            h.undo(&mut s).unwrap();
        }
        assert_eq!(s, before);
        for _ in 0..8 {
            h.redo(&mut s).unwrap();
        }
        assert!(s.annotations.is_empty());
        assert_eq!(s.student, "Ada");
    }

    #[test]
    fn dirty_flag_follows_save_undo_and_redo() {
        let mut s = session();
        let mut h = History::default();
        assert!(!h.is_dirty());
        h.apply(
            &mut s,
            Command::AddAnnotation {
                annotation: claim("c1"),
                index: None,
            },
        )
        .unwrap();
        assert!(h.is_dirty());
        h.mark_saved();
        assert!(!h.is_dirty());
        h.undo(&mut s).unwrap();
        assert!(h.is_dirty());
        h.redo(&mut s).unwrap();
        assert!(!h.is_dirty(), "back at the saved state");
    }

    #[test]
    fn typing_in_one_field_is_one_undo_step() {
        let mut s = session();
        let mut h = History::default();
        h.apply(
            &mut s,
            Command::AddAnnotation {
                annotation: claim("c1"),
                index: None,
            },
        )
        .unwrap();
        for note in ["e", "em", "emo"] {
            let cmd = Command::SetNote {
                annotation_id: "c1".into(),
                note: note.into(),
            };
            h.apply_coalescing(&mut s, cmd, Some("note:c1".into()))
                .unwrap();
        }
        h.undo(&mut s).unwrap();
        assert_eq!(s.annotation("c1").unwrap().note, "");
        h.redo(&mut s).unwrap();
        assert_eq!(s.annotation("c1").unwrap().note, "emo");
    }

    #[test]
    fn failed_batch_leaves_session_unchanged() {
        let mut s = session();
        let cmd = Command::Batch(vec![
            Command::AddAnnotation {
                annotation: claim("c1"),
                index: None,
            },
            Command::SetNote {
                annotation_id: "nope".into(),
                note: "x".into(),
            },
        ]);
        let err = cmd.apply(&mut s).unwrap_err();
        assert_eq!(err, EditError::NoAnnotation("nope".into()));
        assert!(s.annotations.is_empty());
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let mut s = session();
        Command::AddAnnotation {
            annotation: claim("c1"),
            index: None,
        }
        .apply(&mut s)
        .unwrap();
        let err = Command::AddAnnotation {
            annotation: claim("c1"),
            index: None,
        }
        .apply(&mut s)
        .unwrap_err();
        assert_eq!(err, EditError::DuplicateAnnotation("c1".into()));
    }
}
