//! Every change a teacher makes to a lesson and its answer key is a [`LessonEdit`]: the lesson's
//! fields, its documents, label sets (with their labels), tasks (with their rubric levels), the
//! key's items (as session [`Command`]s on the key in its session form), must-find flags,
//! independent corroboration, near-miss pairs, the price of extra claims, and the Numbers panel's
//! visibility, synonyms and parties. One undo history covers them all.

use super::{Command, EditError, Undoable};
use crate::core::lesson::{
    AnswerKey, DocumentRef, ExtraClaims, FeedbackPolicy, KeyItem, LabelSet, LoadedLesson, NearMiss,
    NumbersPanel, Party, Required, Task,
};
use crate::core::session::{Annotation, Session};
use crate::core::text::DocumentText;
use crate::core::words::Message;

/// What a lesson edit changes: the lesson, the key in its session form, and the key's
/// must-find flags.
pub struct Authoring<'a> {
    /// The lesson with its texts.
    pub lesson: &'a mut LoadedLesson,
    /// The answer key as a session.
    pub key: &'a mut Session,
    /// Must-find (true) or bonus, per key item.
    pub required: &'a mut Required,
}

/// The lesson's own text fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LessonText {
    /// The title.
    Title,
    /// The id (sessions name their lesson by it).
    Id,
    /// The introduction students see.
    Intro,
    /// Notes for the teacher only.
    TeacherNotes,
}

/// One change to a lesson or its key.
#[derive(Clone, Debug, PartialEq)]
pub enum LessonEdit {
    /// A change to the key's items, in their session form.
    Key(Command),
    /// Marks a key item must-find (`Some(true)`), bonus (`Some(false)`), or forgets the flag.
    SetRequired {
        /// The key item.
        item_id: String,
        /// The flag.
        required: Option<bool>,
    },
    /// Sets one of the lesson's text fields.
    SetText {
        /// Which field.
        field: LessonText,
        /// Its new value.
        value: String,
    },
    /// Sets when students see feedback.
    SetFeedback(FeedbackPolicy),
    /// Sets (or clears) which label set is the verdict scale.
    SetVerdictScale(Option<String>),
    /// Replaces a document's description (title, outlet, author, date, address…), matched by id.
    SetDocument(DocumentRef),
    /// Adds a document at `index`, with its text and the key items that were on it (each at its
    /// place in the key).
    AddDocument {
        /// Where in the list of documents.
        index: usize,
        /// Its description.
        document: DocumentRef,
        /// Its text (`None`: it could not be read).
        text: Option<DocumentText>,
        /// Key items on it, each with its index in the key.
        key_items: Vec<(usize, Annotation)>,
    },
    /// Removes a document, its text and the key items on it.
    RemoveDocument {
        /// Its id.
        document_id: String,
    },
    /// Replaces a document's text, its description (new hash) and the whole key (re-anchored to
    /// the new text): a revision.
    ReplaceText {
        /// The new description.
        document: DocumentRef,
        /// The new text.
        text: DocumentText,
        /// The key's items afterwards.
        key: Vec<Annotation>,
    },
    /// Adds a label set at `index`.
    AddLabelSet {
        /// Where in the list.
        index: usize,
        /// The set.
        set: LabelSet,
    },
    /// Removes a label set (and stops using it as the verdict scale).
    RemoveLabelSet {
        /// Its id.
        set_id: String,
    },
    /// Replaces a label set (its name, whether several apply, its labels), matched by id.
    SetLabelSet(LabelSet),
    /// Adds a task at `index`.
    AddTask {
        /// Where in the list.
        index: usize,
        /// The task.
        task: Task,
    },
    /// Removes a task.
    RemoveTask {
        /// Its id.
        task_id: String,
    },
    /// Replaces a task (title, instructions, points, document, kind, rubric levels), matched by
    /// id.
    SetTask(Task),
    /// Replaces the near-miss label pairs.
    SetNearMisses(Vec<NearMiss>),
    /// Sets what extra claims cost.
    SetExtraClaims(ExtraClaims),
    /// Sets whether students see the Numbers panel.
    SetNumbersPanel(NumbersPanel),
    /// Replaces the lists of words that count the same thing.
    SetSynonyms(Vec<Vec<String>>),
    /// Replaces the parties to the conflict.
    SetParties(Vec<Party>),
    /// Marks a key item as asking for independent corroboration, or not.
    SetIndependent {
        /// The key item.
        item_id: String,
        /// Whether its evidence must pass the sourcing checks.
        independent: bool,
    },
    /// Several edits as one undo step, applied in order.
    Batch(Vec<LessonEdit>),
}

fn missing(what: &'static str, id: &str) -> EditError {
    EditError::Missing {
        what,
        id: id.to_owned(),
    }
}

fn position<T>(
    items: &[T],
    what: &'static str,
    id: &str,
    of: impl Fn(&T) -> &str,
) -> Result<usize, EditError> {
    items
        .iter()
        .position(|item| of(item) == id)
        .ok_or_else(|| missing(what, id))
}

impl Undoable for LessonEdit {
    type Target<'a> = Authoring<'a>;

    #[allow(clippy::too_many_lines)] // One arm per edit, each a few lines: a flat match is clearest.
    fn apply(self, target: &mut Authoring<'_>) -> Result<Self, EditError> {
        let lesson = &mut target.lesson.lesson;
        Ok(match self {
            Self::Key(command) => Self::Key(command.apply(target.key)?),
            Self::SetRequired { item_id, required } => {
                let old = match required {
                    Some(flag) => target.required.insert(item_id.clone(), flag),
                    None => target.required.remove(&item_id),
                };
                Self::SetRequired {
                    item_id,
                    required: old,
                }
            }
            Self::SetText { field, value } => {
                let slot = match field {
                    LessonText::Title => &mut lesson.title,
                    LessonText::Id => &mut lesson.id,
                    LessonText::Intro => &mut lesson.intro,
                    LessonText::TeacherNotes => &mut lesson.teacher_notes,
                };
                let old = std::mem::replace(slot, value);
                if field == LessonText::Id {
                    target.key.lesson_id.clone_from(&lesson.id);
                }
                Self::SetText { field, value: old }
            }
            Self::SetFeedback(policy) => {
                Self::SetFeedback(std::mem::replace(&mut lesson.feedback, policy))
            }
            Self::SetVerdictScale(scale) => {
                if let Some(id) = &scale
                    && lesson.label_set(id).is_none()
                {
                    return Err(missing("label set", id));
                }
                Self::SetVerdictScale(std::mem::replace(&mut lesson.verdict_scale, scale))
            }
            Self::SetDocument(document) => {
                let at = position(&lesson.documents, "document", &document.id, |d| &d.id)?;
                Self::SetDocument(std::mem::replace(&mut lesson.documents[at], document))
            }
            Self::AddDocument {
                index,
                document,
                text,
                key_items,
            } => {
                if lesson.document(&document.id).is_some() {
                    return Err(EditError::Duplicate {
                        what: "document",
                        id: document.id,
                    });
                }
                let document_id = document.id.clone();
                let at = index.min(lesson.documents.len());
                lesson.documents.insert(at, document);
                if let Some(text) = text {
                    target.lesson.texts.insert(document_id.clone(), text);
                }
                for (index, item) in key_items {
                    let at = index.min(target.key.annotations.len());
                    target.key.annotations.insert(at, item);
                }
                Self::RemoveDocument { document_id }
            }
            Self::RemoveDocument { document_id } => {
                let at = position(&lesson.documents, "document", &document_id, |d| &d.id)?;
                let document = lesson.documents.remove(at);
                let text = target.lesson.texts.remove(&document_id);
                // Indexes as they were, so that putting them back in this order restores them.
                let mut key_items = Vec::new();
                let mut kept = Vec::with_capacity(target.key.annotations.len());
                for (i, item) in std::mem::take(&mut target.key.annotations)
                    .into_iter()
                    .enumerate()
                {
                    if item.document == document_id {
                        key_items.push((i, item));
                    } else {
                        kept.push(item);
                    }
                }
                target.key.annotations = kept;
                Self::AddDocument {
                    index: at,
                    document,
                    text,
                    key_items,
                }
            }
            Self::ReplaceText {
                document,
                text,
                key,
            } => {
                let at = position(&lesson.documents, "document", &document.id, |d| &d.id)?;
                let old_text = target
                    .lesson
                    .texts
                    .insert(document.id.clone(), text)
                    .ok_or_else(|| missing("text of document", &document.id))?;
                let old_document = std::mem::replace(&mut lesson.documents[at], document);
                let old_key = std::mem::replace(&mut target.key.annotations, key);
                Self::ReplaceText {
                    document: old_document,
                    text: old_text,
                    key: old_key,
                }
            }
            Self::AddLabelSet { index, set } => {
                if lesson.label_set(&set.id).is_some() {
                    return Err(EditError::Duplicate {
                        what: "label set",
                        id: set.id,
                    });
                }
                let set_id = set.id.clone();
                let at = index.min(lesson.label_sets.len());
                lesson.label_sets.insert(at, set);
                Self::RemoveLabelSet { set_id }
            }
            Self::RemoveLabelSet { set_id } => {
                let at = position(&lesson.label_sets, "label set", &set_id, |s| &s.id)?;
                let set = lesson.label_sets.remove(at);
                let add = Self::AddLabelSet { index: at, set };
                if lesson.verdict_scale.as_ref() == Some(&set_id) {
                    lesson.verdict_scale = None;
                    Self::Batch(vec![add, Self::SetVerdictScale(Some(set_id))])
                } else {
                    add
                }
            }
            Self::SetLabelSet(set) => {
                let at = position(&lesson.label_sets, "label set", &set.id, |s| &s.id)?;
                Self::SetLabelSet(std::mem::replace(&mut lesson.label_sets[at], set))
            }
            Self::AddTask { index, task } => {
                if lesson.task(&task.id).is_some() {
                    return Err(EditError::Duplicate {
                        what: "task",
                        id: task.id,
                    });
                }
                let task_id = task.id.clone();
                let at = index.min(lesson.tasks.len());
                lesson.tasks.insert(at, task);
                Self::RemoveTask { task_id }
            }
            Self::RemoveTask { task_id } => {
                let at = position(&lesson.tasks, "task", &task_id, |t| &t.id)?;
                Self::AddTask {
                    index: at,
                    task: lesson.tasks.remove(at),
                }
            }
            Self::SetTask(task) => {
                let at = position(&lesson.tasks, "task", &task.id, |t| &t.id)?;
                Self::SetTask(std::mem::replace(&mut lesson.tasks[at], task))
            }
            Self::SetNearMisses(pairs) => {
                let key = lesson.answer_key.get_or_insert_with(AnswerKey::default);
                Self::SetNearMisses(std::mem::replace(&mut key.near_misses, pairs))
            }
            Self::SetExtraClaims(policy) => {
                let key = lesson.answer_key.get_or_insert_with(AnswerKey::default);
                Self::SetExtraClaims(std::mem::replace(&mut key.extra_claims, policy))
            }
            Self::SetNumbersPanel(panel) => {
                Self::SetNumbersPanel(std::mem::replace(&mut lesson.numbers, panel))
            }
            Self::SetSynonyms(lists) => {
                Self::SetSynonyms(std::mem::replace(&mut lesson.synonyms, lists))
            }
            Self::SetParties(parties) => {
                Self::SetParties(std::mem::replace(&mut lesson.parties, parties))
            }
            Self::SetIndependent {
                item_id,
                independent,
            } => set_independent(target, item_id, independent)?,
            Self::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match edit.apply(target) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(e) => {
                            // Roll back what was applied so the lesson is unchanged.
                            for inverse in inverses.into_iter().rev() {
                                inverse.apply(target).ok();
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
            Self::Key(command) => command.annotation_id(),
            Self::SetRequired { item_id, .. } | Self::SetIndependent { item_id, .. } => {
                Some(item_id)
            }
            Self::Batch(edits) => edits.iter().find_map(Undoable::annotation_id),
            _ => None,
        }
    }
}

/// The flag lives on the lesson's key item, which the key's session form is saved back over
/// (`authoring::key_from_session` keeps it by id); an item made since the lesson was opened gets
/// an entry there first.
fn set_independent(
    target: &mut Authoring<'_>,
    item_id: String,
    independent: bool,
) -> Result<LessonEdit, EditError> {
    let claim = target
        .key
        .annotation(&item_id)
        .ok_or_else(|| missing("key item", &item_id))?;
    let key = target
        .lesson
        .lesson
        .answer_key
        .get_or_insert_with(AnswerKey::default);
    let old = if let Some(item) = key.items.iter_mut().find(|k| k.id == item_id) {
        std::mem::replace(&mut item.independent, independent)
    } else {
        key.items.push(KeyItem {
            id: item_id.clone(),
            task: claim.task.clone().unwrap_or_default(),
            document: claim.document.clone(),
            selector: claim.selector.clone(),
            accepted_labels: claim.labels.clone(),
            required: true,
            evidence: claim.evidence.clone(),
            verdict: claim.verdict.as_ref().map(|v| v.rating.clone()),
            explanation: claim.note.clone(),
            independent,
        });
        false
    };
    Ok(LessonEdit::SetIndependent {
        item_id,
        independent: old,
    })
}

impl LessonEdit {
    /// Whether the edit adds, removes or rewrites a document (the article views are rebuilt).
    pub fn changes_documents(&self) -> bool {
        match self {
            Self::AddDocument { .. } | Self::RemoveDocument { .. } | Self::ReplaceText { .. } => {
                true
            }
            Self::Batch(edits) => edits.iter().any(Self::changes_documents),
            _ => false,
        }
    }

    /// What the edit removes, in words ("the document \"…\"") if it removes something.
    pub fn removal(&self) -> Option<Message> {
        match self {
            Self::RemoveDocument { document_id } => {
                Some(Message::new("edit-removal-document").with("id", document_id))
            }
            Self::RemoveLabelSet { set_id } => {
                Some(Message::new("edit-removal-label-set").with("id", set_id))
            }
            Self::RemoveTask { task_id } => {
                Some(Message::new("edit-removal-task").with("id", task_id))
            }
            Self::Key(Command::RemoveAnnotation { annotation_id }) => {
                Some(Message::new("edit-removal-key-item").with("id", annotation_id))
            }
            Self::Batch(edits) => edits.iter().find_map(Self::removal),
            _ => None,
        }
    }

    /// The document whose text a revision (or its reversal) replaces, if the edit is one.
    pub fn revised_document(&self) -> Option<&str> {
        match self {
            Self::ReplaceText { document, .. } => Some(&document.id),
            Self::Batch(edits) => edits.iter().find_map(Self::revised_document),
            _ => None,
        }
    }

    /// Whether the edit can change a student's grade (a key explanation or a document's title
    /// cannot, so typing them never regrades the class).
    pub fn changes_grades(&self) -> bool {
        match self {
            Self::Key(
                Command::SetNote { .. }
                | Command::SetStudent { .. }
                | Command::SetEvidenceNote { .. },
            )
            | Self::SetText { .. }
            | Self::SetFeedback(_)
            | Self::SetDocument(_)
            | Self::SetNumbersPanel(_)
            | Self::SetSynonyms(_) => false,
            Self::Batch(edits) => edits.iter().any(Self::changes_grades),
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::authoring::{self, key_as_session};
    use crate::core::edit::History;
    use crate::core::lesson::{Label, RubricLevel, TaskKind};

    fn sample() -> LoadedLesson {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");
        LoadedLesson::load(std::path::Path::new(dir)).unwrap()
    }

    struct Desk {
        lesson: LoadedLesson,
        key: Session,
        required: Required,
    }

    impl Desk {
        fn new() -> Self {
            let lesson = sample();
            let (key, required) = key_as_session(&lesson.lesson, jiff::Timestamp::UNIX_EPOCH);
            Self {
                lesson,
                key,
                required,
            }
        }

        fn target(&mut self) -> Authoring<'_> {
            Authoring {
                lesson: &mut self.lesson,
                key: &mut self.key,
                required: &mut self.required,
            }
        }

        fn snapshot(&self) -> (String, Session, Required) {
            (
                format!(
                    "{:?}",
                    (
                        &self.lesson.lesson,
                        self.lesson.texts.keys().collect::<Vec<_>>()
                    )
                ),
                self.key.clone(),
                self.required.clone(),
            )
        }
    }

    #[test]
    fn numbers_and_sourcing_settings_are_edited_and_undone() {
        let mut desk = Desk::new();
        let before = desk.snapshot();
        let edits = [
            LessonEdit::SetNumbersPanel(NumbersPanel::Shown),
            LessonEdit::SetSynonyms(vec![vec!["attack".into(), "raid".into()]]),
            LessonEdit::SetParties(Vec::new()),
            LessonEdit::SetIndependent {
                item_id: "k01".into(),
                independent: true,
            },
        ];
        let mut inverses = Vec::new();
        for edit in edits {
            inverses.push(edit.apply(&mut desk.target()).unwrap());
        }
        let lesson = &desk.lesson.lesson;
        assert_eq!(lesson.numbers, NumbersPanel::Shown);
        assert_eq!(lesson.synonyms.len(), 1);
        assert!(lesson.parties.is_empty());
        let key = authoring::key_from_session(lesson, &desk.key, &desk.required);
        assert!(
            key.items
                .iter()
                .find(|k| k.id == "k01")
                .unwrap()
                .independent
        );
        for inverse in inverses.into_iter().rev() {
            inverse.apply(&mut desk.target()).unwrap();
        }
        assert_eq!(desk.snapshot(), before);
        // A key item made in this sitting can be flagged too; one that is not there cannot.
        let mut claim = desk.key.annotations[0].clone();
        claim.id = "new".into();
        desk.key.annotations.push(claim);
        let flag = |id: &str| LessonEdit::SetIndependent {
            item_id: id.into(),
            independent: true,
        };
        flag("new").apply(&mut desk.target()).unwrap();
        let key = authoring::key_from_session(&desk.lesson.lesson, &desk.key, &desk.required);
        assert!(
            key.items
                .iter()
                .find(|k| k.id == "new")
                .unwrap()
                .independent
        );
        assert!(flag("nothing").apply(&mut desk.target()).is_err());
        assert!(!LessonEdit::SetSynonyms(Vec::new()).changes_grades());
        assert!(LessonEdit::SetParties(Vec::new()).changes_grades());
    }

    #[test]
    #[allow(clippy::too_many_lines)] // One edit of every kind, then all undone and redone.
    fn every_lesson_edit_is_undone_by_its_inverse() {
        let mut desk = Desk::new();
        let before = desk.snapshot();
        let lesson = desk.lesson.lesson.clone();
        let doc = lesson.documents[1].clone();
        let mut renamed = doc.clone();
        renamed.title = "Renamed".into();
        let mut set = lesson.label_sets[0].clone();
        set.labels.remove(0);
        set.labels.push(Label {
            id: "mine".into(),
            name: "Mine".into(),
            description: String::new(),
        });
        let mut task = lesson.tasks[0].clone();
        task.rubric.push(RubricLevel {
            name: "Level".into(),
            points: 2,
            ..RubricLevel::default()
        });
        task.points += 3;
        let new_task = authoring::new_task(&lesson, TaskKind::Written);
        let item = desk.key.annotations[0].id.clone();
        let revised = DocumentText::from_normalised("A whole new text.");
        let mut revised_doc = lesson.documents[0].clone();
        revised.sha256().clone_into(&mut revised_doc.sha256);
        let edits = vec![
            LessonEdit::SetText {
                field: LessonText::Title,
                value: "New title".into(),
            },
            LessonEdit::SetText {
                field: LessonText::Id,
                value: "new-id".into(),
            },
            LessonEdit::SetFeedback(FeedbackPolicy::LiveSelfCheck),
            LessonEdit::SetDocument(renamed),
            LessonEdit::SetLabelSet(set),
            LessonEdit::SetTask(task),
            LessonEdit::AddTask {
                index: 0,
                task: new_task,
            },
            LessonEdit::RemoveTask {
                task_id: lesson.tasks[1].id.clone(),
            },
            LessonEdit::SetRequired {
                item_id: item.clone(),
                required: Some(false),
            },
            LessonEdit::Key(Command::SetNote {
                annotation_id: item.clone(),
                note: "why".into(),
            }),
            LessonEdit::SetNearMisses(Vec::new()),
            LessonEdit::SetExtraClaims(ExtraClaims {
                free_per_item: 0.0,
                weight: 0.5,
            }),
            LessonEdit::RemoveLabelSet {
                set_id: lesson.verdict_scale.clone().unwrap(),
            },
            LessonEdit::ReplaceText {
                document: revised_doc,
                text: revised,
                key: Vec::new(),
            },
            LessonEdit::RemoveDocument {
                document_id: doc.id.clone(),
            },
        ];
        let count = edits.len();
        let mut history = History::<LessonEdit>::default();
        for edit in edits {
            history.apply(&mut desk.target(), edit).unwrap();
        }
        assert_eq!(desk.lesson.lesson.title, "New title");
        assert_eq!(desk.key.lesson_id, "new-id");
        assert!(desk.lesson.lesson.document(&doc.id).is_none());
        assert!(!desk.lesson.texts.contains_key(&doc.id));
        assert!(desk.key.annotations.is_empty());
        assert!(desk.lesson.lesson.verdict_scale.is_none());
        let after = desk.snapshot();
        for _ in 0..count {
            history.undo(&mut desk.target()).unwrap();
        }
        assert!(!history.is_dirty());
        assert_eq!(desk.snapshot(), before);
        for _ in 0..count {
            history.redo(&mut desk.target()).unwrap();
        }
        assert_eq!(desk.snapshot(), after);
    }

    #[test]
    fn a_failed_edit_changes_nothing_and_marks_nothing_modified() {
        let mut desk = Desk::new();
        let before = desk.snapshot();
        let mut history = History::<LessonEdit>::default();
        let edit = LessonEdit::Batch(vec![
            LessonEdit::SetText {
                field: LessonText::Title,
                value: "x".into(),
            },
            LessonEdit::RemoveTask {
                task_id: "no-such-task".into(),
            },
        ]);
        let err = history.apply(&mut desk.target(), edit).unwrap_err();
        assert_eq!(err.to_string(), "there is no task \"no-such-task\"");
        assert_eq!(desk.snapshot(), before);
        assert!(!history.is_dirty());
        assert!(!history.can_undo());
    }

    #[test]
    fn removing_a_document_and_undoing_puts_its_key_items_back_in_place() {
        let mut desk = Desk::new();
        let before = desk.key.annotations.clone();
        let doc = before[before.len() / 2].document.clone();
        let mut history = History::<LessonEdit>::default();
        history
            .apply(
                &mut desk.target(),
                LessonEdit::RemoveDocument {
                    document_id: doc.clone(),
                },
            )
            .unwrap();
        assert!(desk.key.annotations.iter().all(|a| a.document != doc));
        history.undo(&mut desk.target()).unwrap();
        assert_eq!(desk.key.annotations, before);
    }

    #[test]
    fn typing_and_explanations_do_not_regrade_but_flags_do() {
        let note = LessonEdit::Key(Command::SetNote {
            annotation_id: "k1".into(),
            note: "x".into(),
        });
        assert!(!note.changes_grades());
        assert!(
            LessonEdit::SetRequired {
                item_id: "k1".into(),
                required: Some(false)
            }
            .changes_grades()
        );
        assert!(
            LessonEdit::Batch(vec![note, LessonEdit::SetNearMisses(Vec::new())]).changes_grades()
        );
    }
}
