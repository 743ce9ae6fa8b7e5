//! The teacher's review of a class's sessions: comments on claims, rubric levels for written
//! tasks, score overrides. Kept in its own file beside the sessions; a submitted session is never
//! modified by review.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::grade::SessionGrade;
use crate::core::lesson::Lesson;
use crate::core::words::Message;

/// The review file format this build writes and reads.
pub const REVIEW_FORMAT: u32 = 1;

/// The teacher's review of one student's session.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct StudentReview {
    /// Comments on specific claims, by annotation id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_map()"))]
    pub comments: BTreeMap<String, String>,
    /// The rubric level given for a task, by task id (the level's name).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_map()"))]
    pub rubric_levels: BTreeMap<String, String>,
    /// Points set by the teacher for a task, replacing the computed ones.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[cfg_attr(
        test,
        proptest(strategy = "proptest::collection::btree_map(\".*\", 0.0f32..100.0, 0..3)")
    )]
    pub overrides: BTreeMap<String, f32>,
    /// A general comment for the student.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub general: String,
}

/// A review file: one lesson, many students, keyed by session file name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Review {
    /// File format; [`REVIEW_FORMAT`].
    pub format: u32,
    /// The lesson reviewed.
    pub lesson_id: String,
    /// Per session file name.
    #[serde(default)]
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_map()"))]
    pub students: BTreeMap<String, StudentReview>,
}

impl crate::core::store::migrate::Versioned for Review {
    const FORMAT: u32 = REVIEW_FORMAT;

    fn stamp(&mut self) {
        self.format = REVIEW_FORMAT;
    }
}

impl Review {
    /// An empty review of a lesson.
    pub fn new(lesson: &Lesson) -> Self {
        Self {
            format: REVIEW_FORMAT,
            lesson_id: lesson.id.clone(),
            students: BTreeMap::new(),
        }
    }
}

/// Applies a student's review to their grade: rubric levels score the written tasks, overrides
/// replace a task's points (clamped to 0..=max), and the totals are recomputed. Returns problems
/// (unknown tasks or levels) for the teacher to see.
pub fn apply(lesson: &Lesson, grade: &mut SessionGrade, review: &StudentReview) -> Vec<Message> {
    let mut problems = Vec::new();
    for task in &mut grade.tasks {
        let Some(lesson_task) = lesson.task(&task.task) else {
            continue;
        };
        if let Some(level_name) = review.rubric_levels.get(&task.task) {
            match lesson_task.rubric.iter().find(|l| &l.name == level_name) {
                Some(level) => task.points = Some((level.points as f32).min(task.max)),
                None => problems.push(
                    Message::new("review-c-no-rubric-level")
                        .with("task", &task.task)
                        .with("level", level_name),
                ),
            }
        }
        if let Some(points) = review.overrides.get(&task.task) {
            task.points = Some(points.clamp(0.0, task.max));
        }
    }
    for id in review.rubric_levels.keys().chain(review.overrides.keys()) {
        if lesson.task(id).is_none() {
            problems.push(Message::new("review-c-no-task").with("id", id));
        }
    }
    grade.points = grade.tasks.iter().filter_map(|t| t.points).sum();
    grade.max = grade
        .tasks
        .iter()
        .filter(|t| t.points.is_some())
        .map(|t| t.max)
        .sum();
    problems
}
