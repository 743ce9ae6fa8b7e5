//! The Lesson tab's edits of one frame: each is an undo step of its own, or joins the previous
//! step when it is typing in the same field.

use super::super::AppCommand;
use super::super::widgets::forms::Change;
use crate::core::edit::LessonEdit;

/// Edits of one frame of the editor, sent when it is drawn.
#[derive(Default)]
pub(super) struct Edits(Vec<AppCommand>);

impl Edits {
    /// An edit that is its own undo step.
    pub(super) fn step(&mut self, edit: LessonEdit) {
        self.0.push(AppCommand::EditLesson(edit));
    }

    /// An edit from what a form changed: typing joins the previous step in the same field.
    pub(super) fn change(&mut self, change: &Change, scope: &str, edit: LessonEdit) {
        match change.typing_key(scope) {
            Some(key) => self.0.push(AppCommand::EditLessonTyping(edit, key)),
            None if change.is_some() => self.step(edit),
            None => {}
        }
    }

    pub(super) fn command(&mut self, command: AppCommand) {
        self.0.push(command);
    }

    /// What the frame asked for, in order.
    pub(super) fn into_commands(self) -> Vec<AppCommand> {
        self.0
    }
}
