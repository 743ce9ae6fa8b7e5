//! The changes a session can undergo, as data: what undo keeps and the trail records. How each
//! is applied (and undone) is `core::edit`'s.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{Annotation, Evidence, TaskResponse, Verdict};

/// One change to a session. Written in the session's trail as it was applied.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// Replaces the note on a piece of evidence.
    SetEvidenceNote {
        /// Which annotation.
        annotation_id: String,
        /// The evidence id.
        evidence_id: String,
        /// The new note.
        note: String,
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
