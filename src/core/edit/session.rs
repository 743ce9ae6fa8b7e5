//! Every change to a session (a student's work, or the answer key in its session form) is a
//! [`Command`].

use super::{EditError, Undoable};
use crate::core::session::{Annotation, Command, Session};

fn annotation_mut<'a>(session: &'a mut Session, id: &str) -> Result<&'a mut Annotation, EditError> {
    session
        .annotation_mut(id)
        .ok_or_else(|| EditError::NoAnnotation(id.to_owned()))
}

impl Undoable for Command {
    type Target<'a> = Session;

    #[allow(clippy::too_many_lines)] // One arm per command, each a few lines: a flat match is clearest.
    fn apply(self, session: &mut Session) -> Result<Self, EditError> {
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
            Self::SetEvidenceNote {
                annotation_id,
                evidence_id,
                note,
            } => {
                let a = annotation_mut(session, &annotation_id)?;
                let Some(e) = a.evidence.iter_mut().find(|e| e.id == evidence_id) else {
                    return Err(EditError::NoEvidence {
                        annotation: annotation_id,
                        evidence: evidence_id,
                    });
                };
                let old = std::mem::replace(&mut e.note, note);
                Self::SetEvidenceNote {
                    annotation_id,
                    evidence_id,
                    note: old,
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

    fn annotation_id(&self) -> Option<&str> {
        match self {
            Self::AddAnnotation { annotation, .. } => Some(&annotation.id),
            Self::RemoveAnnotation { annotation_id }
            | Self::SetLabels { annotation_id, .. }
            | Self::SetNote { annotation_id, .. }
            | Self::SetVerdict { annotation_id, .. }
            | Self::SetTask { annotation_id, .. }
            | Self::AddEvidence { annotation_id, .. }
            | Self::SetEvidenceNote { annotation_id, .. }
            | Self::RemoveEvidence { annotation_id, .. } => Some(annotation_id),
            Self::SetResponse { .. } | Self::SetStudent { .. } => None,
            Self::Batch(commands) => commands.iter().find_map(Self::annotation_id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::anchor::Selector;
    use crate::core::edit::History;
    use crate::core::session::{Evidence, TaskResponse, Verdict};
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
            trail: None,
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
            Command::SetEvidenceNote {
                annotation_id: "c1".into(),
                evidence_id: "e1".into(),
                note: "a later count".into(),
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
        for _ in 0..9 {
            h.undo(&mut s).unwrap();
        }
        assert_eq!(s, before);
        for _ in 0..9 {
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
    fn an_evidence_note_is_set_undone_and_refused_for_missing_evidence() {
        let mut s = session();
        let mut c1 = claim("c1");
        c1.evidence.push(Evidence {
            id: "e1".into(),
            stance: Stance::Contradicts,
            source: EvidenceSource::Passage {
                document: "d2".into(),
                selector: Selector::default(),
            },
            note: String::new(),
        });
        s.annotations.push(c1);
        let mut h = History::default();
        for note in ["a", "a l", "a later count"] {
            let cmd = Command::SetEvidenceNote {
                annotation_id: "c1".into(),
                evidence_id: "e1".into(),
                note: note.into(),
            };
            assert_eq!(cmd.annotation_id(), Some("c1"), "undo selects the claim");
            h.apply_coalescing(&mut s, cmd, Some("evidence-note:c1:e1".into()))
                .unwrap();
        }
        assert_eq!(
            s.annotation("c1").unwrap().evidence[0].note,
            "a later count"
        );
        assert_eq!(h.undo(&mut s).unwrap().as_deref(), Some("c1"));
        assert_eq!(s.annotation("c1").unwrap().evidence[0].note, "", "one step");
        let before = s.clone();
        let err = Command::SetEvidenceNote {
            annotation_id: "c1".into(),
            evidence_id: "e9".into(),
            note: "x".into(),
        }
        .apply(&mut s)
        .unwrap_err();
        assert_eq!(
            err,
            EditError::NoEvidence {
                annotation: "c1".into(),
                evidence: "e9".into(),
            }
        );
        assert_eq!(s, before, "a refused edit changes nothing");
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
