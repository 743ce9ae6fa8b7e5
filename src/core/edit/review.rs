//! Every change a teacher makes to a class's review is a [`ReviewEdit`]: a comment on a claim, a
//! rubric level, a point override, the general comment. One undo history per review file.

use super::{EditError, Undoable};
use crate::core::review::{Review, StudentReview};
use crate::core::words::Message;

/// One change to a review, for one student (by session file name).
#[derive(Clone, Debug, PartialEq)]
pub enum ReviewEdit {
    /// Sets or clears the teacher's comment on a claim.
    SetComment {
        /// The student's session file.
        student: String,
        /// The claim.
        claim_id: String,
        /// The comment (`None`: no comment).
        comment: Option<String>,
    },
    /// Sets or clears the rubric level given for a task.
    SetRubricLevel {
        /// The student's session file.
        student: String,
        /// The task.
        task_id: String,
        /// The level's name.
        level: Option<String>,
    },
    /// Sets or clears the points given for a task in place of the computed ones.
    SetOverride {
        /// The student's session file.
        student: String,
        /// The task.
        task_id: String,
        /// The points.
        points: Option<f32>,
    },
    /// Sets the general comment for the student.
    SetGeneral {
        /// The student's session file.
        student: String,
        /// The comment.
        general: String,
    },
}

fn set<K: Ord, V>(
    map: &mut std::collections::BTreeMap<K, V>,
    key: K,
    value: Option<V>,
) -> Option<V> {
    match value {
        Some(v) => map.insert(key, v),
        None => map.remove(&key),
    }
}

impl Undoable for ReviewEdit {
    type Target<'a> = Review;

    fn apply(self, review: &mut Review) -> Result<Self, EditError> {
        if let Self::SetOverride {
            task_id,
            points: Some(points),
            ..
        } = &self
            && !points.is_finite()
        {
            return Err(EditError::Invalid(
                Message::new("edit-not-points")
                    .with("points", points.to_string())
                    .with("task", task_id),
            ));
        }
        let student = match &self {
            Self::SetComment { student, .. }
            | Self::SetRubricLevel { student, .. }
            | Self::SetOverride { student, .. }
            | Self::SetGeneral { student, .. } => student.clone(),
        };
        let entry = review.students.entry(student.clone()).or_default();
        let inverse = match self {
            Self::SetComment {
                student,
                claim_id,
                comment,
            } => {
                let comment = comment.filter(|c| !c.is_empty());
                let old = set(&mut entry.comments, claim_id.clone(), comment);
                Self::SetComment {
                    student,
                    claim_id,
                    comment: old,
                }
            }
            Self::SetRubricLevel {
                student,
                task_id,
                level,
            } => {
                let old = set(&mut entry.rubric_levels, task_id.clone(), level);
                Self::SetRubricLevel {
                    student,
                    task_id,
                    level: old,
                }
            }
            Self::SetOverride {
                student,
                task_id,
                points,
            } => {
                let old = set(&mut entry.overrides, task_id.clone(), points);
                Self::SetOverride {
                    student,
                    task_id,
                    points: old,
                }
            }
            Self::SetGeneral { student, general } => Self::SetGeneral {
                student,
                general: std::mem::replace(&mut entry.general, general),
            },
        };
        // A student with nothing reviewed has no entry, so the file says only what was done.
        if *entry == StudentReview::default() {
            review.students.remove(&student);
        }
        Ok(inverse)
    }
}

impl ReviewEdit {
    /// Whether the edit changes the student's points (comments do not).
    pub fn changes_points(&self) -> bool {
        matches!(self, Self::SetRubricLevel { .. } | Self::SetOverride { .. })
    }

    /// The student (session file name) the edit is about.
    pub fn student(&self) -> &str {
        match self {
            Self::SetComment { student, .. }
            | Self::SetRubricLevel { student, .. }
            | Self::SetOverride { student, .. }
            | Self::SetGeneral { student, .. } => student,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::edit::History;

    #[test]
    fn review_edits_undo_to_an_empty_review() {
        let mut review = Review {
            format: 1,
            lesson_id: "l".into(),
            students: std::collections::BTreeMap::new(),
        };
        let mut history = History::<ReviewEdit>::default();
        let edits = [
            ReviewEdit::SetComment {
                student: "sam.session.ron".into(),
                claim_id: "c1".into(),
                comment: Some("Who says so?".into()),
            },
            ReviewEdit::SetRubricLevel {
                student: "sam.session.ron".into(),
                task_id: "t5".into(),
                level: Some("Partial".into()),
            },
            ReviewEdit::SetOverride {
                student: "kim.session.ron".into(),
                task_id: "t1".into(),
                points: Some(4.5),
            },
            ReviewEdit::SetGeneral {
                student: "kim.session.ron".into(),
                general: "Good work".into(),
            },
        ];
        for edit in edits {
            history.apply(&mut review, edit).unwrap();
        }
        assert_eq!(review.students.len(), 2);
        assert!((review.students["kim.session.ron"].overrides["t1"] - 4.5).abs() < f32::EPSILON);
        let after = review.clone();
        for _ in 0..4 {
            history.undo(&mut review).unwrap();
        }
        assert!(review.students.is_empty(), "{review:?}");
        for _ in 0..4 {
            history.redo(&mut review).unwrap();
        }
        assert_eq!(review, after);
    }

    #[test]
    fn points_that_are_not_numbers_are_refused() {
        let mut review = Review {
            format: 1,
            lesson_id: "l".into(),
            students: std::collections::BTreeMap::new(),
        };
        let edit = ReviewEdit::SetOverride {
            student: "s".into(),
            task_id: "t1".into(),
            points: Some(f32::NAN),
        };
        assert!(edit.apply(&mut review).is_err());
        assert!(review.students.is_empty());
    }
}
