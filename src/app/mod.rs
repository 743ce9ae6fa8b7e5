//! The egui desktop app: the student's desk. State lives in [`CrosscheckApp`]; the UI turns every
//! user action into an [`AppCommand`], and all of them are handled in one place per frame.

pub mod article_view;
pub mod jobs;
mod panels;
pub mod teacher;

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::core::anchor::Selector;
use crate::core::edit::{Command, History};
use crate::core::lesson::{LessonSource, LoadedLesson};
use crate::core::session::{
    Annotation, Citation, Evidence, EvidenceSource, Session, Stance, next_id,
};
use crate::core::store::RecoveryStore;
use article_view::{ArticleView, Highlight, HighlightIndex, HighlightKey};
use jobs::{JobResult, Jobs, Opened, RecoveryFile};

/// How long after the last edit the recovery copy is written.
const AUTOSAVE_DELAY_SECS: f64 = 1.5;

/// Preferences kept between runs (eframe storage: never student work).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Dark theme?
    pub dark: bool,
    /// Article font size in points.
    pub font_size: f32,
    /// Recently opened files, newest first.
    pub recent: Vec<PathBuf>,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            dark: false,
            font_size: 16.0,
            recent: Vec::new(),
        }
    }
}

/// Everything the user can ask for, from a button, a menu, a shortcut or the article view.
#[derive(Clone, Debug)]
pub enum AppCommand {
    /// Apply an edit as its own undo step.
    Edit(Command),
    /// Apply an edit, joining the previous step with the same key (typing).
    EditTyping(Command, String),
    /// Undo the last edit.
    Undo,
    /// Redo.
    Redo,
    /// Make a claim of the current selection.
    MakeClaim,
    /// Delete a claim.
    DeleteClaim(String),
    /// Select a claim (or none).
    SelectClaim(Option<String>),
    /// Show a document, optionally scrolled to a char range (which is then selected).
    ShowDocument(String, Option<Range<usize>>),
    /// Start choosing a passage of another document as evidence for a claim.
    StartAttachPassage(String),
    /// Attach the current selection as evidence with this stance.
    ConfirmAttachPassage(Stance),
    /// Stop choosing a passage.
    CancelAttach,
    /// Attach an external citation to a claim.
    AttachCitation(String, Citation, Stance),
    /// Toggle a label on the selected claim.
    ToggleLabel(String),
    /// Open a file dialog.
    Open,
    /// Open a path.
    OpenPath(PathBuf),
    /// Save (as, if never saved).
    Save,
    /// Save under a new name.
    SaveAs,
    /// Larger article text.
    ZoomIn,
    /// Smaller article text.
    ZoomOut,
    /// Light or dark.
    ToggleTheme,
    /// Run a search across all documents.
    Search(String),
    /// Restore the offered recovery copy.
    RestoreRecovery,
    /// Discard the offered recovery copy.
    DiscardRecovery,
    /// Close the window, discarding unsaved work.
    CloseDiscarding,
    /// Something on the teacher's desk.
    Teacher(teacher::TeacherCommand),
    /// A command that replaces the work, confirmed by the user to go ahead without saving.
    Discarding(Box<AppCommand>),
    /// Keep the unsaved work: forget the command that would have replaced it.
    KeepWork,
}

impl AppCommand {
    /// Whether it replaces the lesson or session being worked on.
    fn replaces_work(&self) -> bool {
        use teacher::TeacherCommand as T;
        matches!(
            self,
            Self::Open
                | Self::OpenPath(_)
                | Self::Teacher(
                    T::NewLesson
                        | T::OpenLesson(_)
                        | T::EditSample
                        | T::Pick(teacher::Pick::OpenLesson)
                )
        )
    }
}

/// Choosing a passage in another document as evidence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttachMode {
    /// The claim the evidence is for.
    pub claim_id: String,
    /// The document the claim is in (to come back to).
    pub from_document: String,
}

/// A search across the lesson's documents.
#[derive(Default)]
pub struct SearchState {
    /// Whether the search bar is shown.
    pub open: bool,
    /// The query as typed.
    pub query: String,
    /// Hits: document and char range.
    pub hits: Vec<(String, Range<usize>)>,
    /// Focus the query field on the next frame.
    pub focus: bool,
}

/// A message in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    /// The text.
    pub text: String,
    /// Whether it reports a failure.
    pub error: bool,
}

/// Problems to show in their own window: what was being opened, and each problem with what to do
/// about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemReport {
    /// What happened ("“Lesson” opened with 2 problems").
    pub heading: String,
    /// Each problem (naming the file, line and column where known) and what to do next.
    pub items: Vec<(String, &'static str)>,
}

impl ProblemReport {
    /// A report of messages, each with the advice its wording calls for.
    pub fn new(heading: impl Into<String>, messages: impl IntoIterator<Item = String>) -> Self {
        Self {
            heading: heading.into(),
            items: messages
                .into_iter()
                .map(|m| {
                    let advice = crate::core::lesson::advice_for(&m);
                    (m, advice)
                })
                .collect(),
        }
    }
}

/// The app.
pub struct CrosscheckApp {
    /// The lesson being worked on (student edition).
    pub lesson: LoadedLesson,
    /// Where the lesson came from (for recovery).
    pub lesson_path: Option<PathBuf>,
    /// The student's work.
    pub session: Session,
    /// Where it is saved.
    pub session_path: Option<PathBuf>,
    /// Undo/redo and the dirty flag.
    pub history: History,
    /// One view per document.
    pub views: BTreeMap<String, ArticleView>,
    /// The document shown.
    pub current_document: String,
    /// The claim shown in the inspector.
    pub selected_claim: Option<String>,
    /// Choosing evidence?
    pub attach: Option<AttachMode>,
    /// The external-citation form, when open.
    pub citation_form: Option<(String, Citation, Stance)>,
    /// Search.
    pub search: SearchState,
    /// Preferences.
    pub prefs: Prefs,
    /// Status bar message.
    pub status: Option<Status>,
    /// Commands queued this frame.
    pub commands: Vec<AppCommand>,
    /// Background jobs.
    pub jobs: Jobs,
    /// Where recovery copies go.
    pub recovery: RecoveryStore,
    /// A recovery copy found at start, offered to the user.
    pub recovery_offer: Option<(String, RecoveryFile)>,
    /// Recovery keys of this work from before its path changed (Save as…, a restored copy):
    /// discarded, with the current one, once the work is saved.
    superseded_recovery: Vec<String>,
    /// Problems shown in their own window until dismissed.
    pub problems: Option<ProblemReport>,
    /// Asking whether to save before closing.
    pub close_prompt: bool,
    /// A command that would replace unsaved work, waiting for the user to confirm.
    pub confirm_discard: Option<AppCommand>,
    /// The teacher's desk, when open: then `lesson` is the teacher edition and `session` is its
    /// answer key.
    pub teacher: Option<teacher::TeacherDesk>,
    highlights: HashMap<String, HighlightIndex>,
    highlights_state: Option<u64>,
    autosaved_state: u64,
    last_edit_time: f64,
    save_after_pick: bool,
    allowed_to_close: bool,
    window_title: String,
}

impl CrosscheckApp {
    /// A new app on an opened lesson and session. `recovery` is where autosave writes.
    pub fn new(
        opened: Opened,
        lesson_path: Option<PathBuf>,
        recovery: RecoveryStore,
        prefs: Prefs,
    ) -> Self {
        let mut app = Self {
            lesson: opened.lesson,
            lesson_path,
            session: opened.session,
            session_path: opened.session_path,
            history: History::default(),
            views: BTreeMap::new(),
            current_document: String::new(),
            selected_claim: None,
            attach: None,
            citation_form: None,
            search: SearchState::default(),
            prefs,
            status: None,
            commands: Vec::new(),
            jobs: Jobs::default(),
            recovery,
            recovery_offer: None,
            superseded_recovery: Vec::new(),
            problems: None,
            close_prompt: false,
            confirm_discard: None,
            teacher: None,
            highlights: HashMap::new(),
            highlights_state: None,
            autosaved_state: 0,
            last_edit_time: 0.0,
            save_after_pick: false,
            allowed_to_close: false,
            window_title: String::new(),
        };
        app.rebuild_views();
        app.offer_recovery();
        app.announce_opened();
        app
    }

    /// Says in the status bar what was opened, and shows the lesson's problems, if any, in their
    /// own window with what to do about each.
    fn announce_opened(&mut self) {
        let problems = &self.lesson.problems;
        if problems.is_empty() {
            self.set_status(format!("Opened \"{}\"", self.lesson.lesson.title), false);
            return;
        }
        let heading = format!(
            "\"{}\" opened with {} problem(s)",
            self.lesson.lesson.title,
            problems.len()
        );
        self.problems = Some(ProblemReport {
            heading: heading.clone(),
            items: problems
                .iter()
                .map(|p| (p.to_string(), p.advice()))
                .collect(),
        });
        self.set_status(format!("{heading}: {}", problems[0]), true);
    }

    /// Shows problems in their own window (and the first in the status bar).
    pub fn report_problems(&mut self, report: ProblemReport) {
        if let Some((first, _)) = report.items.first() {
            self.set_status(format!("{}: {first}", report.heading), true);
        }
        self.problems = Some(report);
    }

    /// The app on the bundled sample lesson with a new session.
    pub fn on_sample(recovery: RecoveryStore, prefs: Prefs) -> Self {
        let lesson = jobs::student_view(jobs::bundled_lesson());
        let session = Session::new(&lesson.lesson, jiff::Timestamp::now());
        Self::new(
            Opened {
                lesson,
                session,
                session_path: None,
            },
            None,
            recovery,
            prefs,
        )
    }

    fn rebuild_views(&mut self) {
        self.views = self
            .lesson
            .lesson
            .documents
            .iter()
            .filter_map(|d| {
                let text = self.lesson.texts.get(&d.id)?.clone();
                Some((d.id.clone(), ArticleView::new(text, d.title.clone())))
            })
            .collect();
        self.current_document = self
            .lesson
            .lesson
            .documents
            .first()
            .map(|d| d.id.clone())
            .unwrap_or_default();
        self.highlights_state = None;
        self.selected_claim = None;
        self.attach = None;
    }

    /// The recovery key of the current work.
    pub fn recovery_key(&self) -> String {
        match &self.session_path {
            Some(p) => format!(
                "session-{}",
                crate::core::text::sha256_hex(p.to_string_lossy().as_bytes())
                    .get(..16)
                    .unwrap_or_default()
            ),
            None => self.unsaved_recovery_key(),
        }
    }

    /// The recovery key of this session while it has no file. Each unsaved session has its own
    /// (by when it was started): on a shared computer one student's copy is never another's.
    fn unsaved_recovery_key(&self) -> String {
        format!(
            "unsaved-{}-{}",
            self.session.lesson_id,
            crate::core::text::sha256_hex(self.session.created.to_string().as_bytes())
                .get(..12)
                .unwrap_or_default()
        )
    }

    /// Offers a recovery copy of work on this lesson left by a run that ended without saving:
    /// the copy of the session just opened if there is one, else the newest unsaved session's. A
    /// copy that cannot be read is reported (and kept), not ignored.
    fn offer_recovery(&mut self) {
        // Keys as the store names its files (ids with spaces or non-ASCII letters are spelt
        // with `_` there).
        let own = RecoveryStore::stored_key(&self.recovery_key());
        let unsaved_prefix =
            RecoveryStore::stored_key(&format!("unsaved-{}-", self.session.lesson_id));
        let entries = self.recovery.list();
        let candidates = entries.iter().filter(|e| e.key == own).chain(
            entries
                .iter()
                .filter(|e| e.key.starts_with(&unsaved_prefix)),
        );
        let mut unreadable = Vec::new();
        for entry in candidates {
            let loaded = self
                .recovery
                .load::<RecoveryFile>(&entry.key, crate::core::session::SESSION_FORMAT)
                .and_then(|file| {
                    file.session.check_spans().map_err(|message| {
                        crate::core::store::FileError::Invalid {
                            path: entry.path.display().to_string(),
                            message,
                        }
                    })?;
                    Ok(file)
                });
            match loaded {
                Ok(file) if file.session.lesson_id == self.session.lesson_id => {
                    if file.session != self.session {
                        self.recovery_offer = Some((entry.key.clone(), file));
                        break;
                    }
                }
                Ok(_) => {}
                Err(e) => unreadable.push(format!(
                    "{e} (an autosaved copy of unsaved work; it was kept at {})",
                    entry.path.display()
                )),
            }
        }
        if !unreadable.is_empty() {
            self.report_problems(ProblemReport::new(
                "Autosaved work could not be read",
                unreadable,
            ));
        }
    }

    /// Queues a command (handled at the end of the frame, or by [`Self::handle_commands`]).
    pub fn send(&mut self, command: AppCommand) {
        self.commands.push(command);
    }

    fn set_status(&mut self, text: impl Into<String>, error: bool) {
        self.status = Some(Status {
            text: text.into(),
            error,
        });
    }

    /// The current document's view.
    pub fn current_view(&mut self) -> Option<&mut ArticleView> {
        self.views.get_mut(&self.current_document)
    }

    fn apply(&mut self, command: Command, typing_key: Option<String>, now: f64) {
        self.session.modified = jiff::Timestamp::now();
        match self
            .history
            .apply_coalescing(&mut self.session, command, typing_key)
        {
            Ok(()) => self.last_edit_time = now,
            Err(e) => self.set_status(format!("Could not apply the change: {e}"), true),
        }
    }

    /// Handles queued commands. `ctx` is for background jobs and the window.
    pub fn handle_commands(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let commands = std::mem::take(&mut self.commands);
        for command in commands {
            self.handle(ctx, command, now);
        }
    }

    fn handle(&mut self, ctx: &egui::Context, command: AppCommand, now: f64) {
        if command.replaces_work() && self.unsaved() {
            self.confirm_discard = Some(command);
            return;
        }
        self.dispatch(ctx, command, now);
    }

    #[allow(clippy::too_many_lines)] // One arm per command: the one place state changes.
    fn dispatch(&mut self, ctx: &egui::Context, command: AppCommand, now: f64) {
        match command {
            // The user chose to go ahead: the command runs without asking again. The unsaved
            // work stays in memory (and in its recovery copy) until the command replaces it.
            AppCommand::Discarding(command) => {
                self.confirm_discard = None;
                self.dispatch(ctx, *command, now);
            }
            AppCommand::KeepWork => self.confirm_discard = None,
            AppCommand::Edit(c) => self.apply(c, None, now),
            AppCommand::EditTyping(c, key) => self.apply(c, Some(key), now),
            AppCommand::Undo => match self.history.undo(&mut self.session) {
                Ok(touched) => self.after_undo_redo(touched, "Undone"),
                Err(e) => self.set_status(format!("Could not undo: {e}"), true),
            },
            AppCommand::Redo => match self.history.redo(&mut self.session) {
                Ok(touched) => self.after_undo_redo(touched, "Redone"),
                Err(e) => self.set_status(format!("Could not redo: {e}"), true),
            },
            AppCommand::MakeClaim => self.make_claim(now),
            AppCommand::DeleteClaim(id) => {
                self.apply(
                    Command::RemoveAnnotation {
                        annotation_id: id.clone(),
                    },
                    None,
                    now,
                );
                if self.selected_claim.as_deref() == Some(id.as_str()) {
                    self.selected_claim = None;
                }
                self.set_status("Claim deleted (Ctrl+Z to undo)", false);
            }
            AppCommand::SelectClaim(id) => {
                if let Some(a) = id.as_ref().and_then(|id| self.session.annotation(id)) {
                    let (doc, start) = (a.document.clone(), a.selector.position.start);
                    if doc != self.current_document {
                        self.current_document.clone_from(&doc);
                        if let Some(v) = self.views.get_mut(&doc) {
                            v.scroll_to_char(start);
                        }
                    }
                }
                self.selected_claim = id;
            }
            AppCommand::ShowDocument(doc, range) => {
                if let Some(view) = self.views.get_mut(&doc) {
                    if let Some(r) = range {
                        view.scroll_to_char(r.start);
                        view.set_selection(Some(r));
                    }
                    self.current_document = doc;
                } else if self.lesson.lesson.document(&doc).is_some() {
                    // A document that could not be read is shown as that, with why.
                    self.current_document = doc;
                }
            }
            AppCommand::StartAttachPassage(claim_id) => {
                self.attach = Some(AttachMode {
                    claim_id,
                    from_document: self.current_document.clone(),
                });
                self.set_status("Choose a passage: switch to another document, select the passage, then pick its stance", false);
            }
            AppCommand::ConfirmAttachPassage(stance) => self.confirm_attach(stance, now),
            AppCommand::CancelAttach => {
                if let Some(mode) = self.attach.take() {
                    self.current_document = mode.from_document;
                }
            }
            AppCommand::AttachCitation(claim_id, citation, stance) => {
                let evidence_id = self.next_evidence_id(&claim_id);
                let evidence = Evidence {
                    id: evidence_id,
                    stance,
                    source: EvidenceSource::Citation(citation),
                    note: String::new(),
                };
                self.apply(
                    Command::AddEvidence {
                        annotation_id: claim_id,
                        evidence,
                        index: None,
                    },
                    None,
                    now,
                );
                self.citation_form = None;
            }
            AppCommand::ToggleLabel(label) => self.toggle_label(&label, now),
            AppCommand::Open => self.jobs.open_dialog(ctx),
            AppCommand::OpenPath(path) => self.jobs.open(ctx, path),
            AppCommand::Save if self.teaching() => {
                let review_dirty = self.review_dirty();
                if review_dirty {
                    self.handle_teacher(ctx, teacher::TeacherCommand::SaveReview, now);
                }
                if self.teacher_dirty() || !review_dirty {
                    self.handle_teacher(ctx, teacher::TeacherCommand::SaveLesson(None), now);
                }
            }
            AppCommand::SaveAs if self.teaching() => {
                self.handle_teacher(
                    ctx,
                    teacher::TeacherCommand::Pick(teacher::Pick::SaveLessonFolder),
                    now,
                );
            }
            AppCommand::Teacher(command) => self.handle_teacher(ctx, command, now),
            AppCommand::Save => {
                if let Some(path) = self.session_path.clone() {
                    self.save_to(ctx, path);
                } else {
                    self.save_after_pick = true;
                    self.jobs.save_as_dialog(ctx, self.suggested_file_name());
                }
            }
            AppCommand::SaveAs => {
                self.save_after_pick = true;
                self.jobs.save_as_dialog(ctx, self.suggested_file_name());
            }
            AppCommand::ZoomIn => self.prefs.font_size = (self.prefs.font_size + 1.0).min(40.0),
            AppCommand::ZoomOut => self.prefs.font_size = (self.prefs.font_size - 1.0).max(9.0),
            AppCommand::ToggleTheme => self.prefs.dark = !self.prefs.dark,
            AppCommand::Search(query) => self.run_search(&query),
            AppCommand::RestoreRecovery => {
                if let Some((key, file)) = self.recovery_offer.take() {
                    // Once this work is saved, wherever, its copy goes.
                    self.superseded_recovery.push(key.clone());
                    // The restore is itself an edit-free state change: the work is unsaved again.
                    self.session = file.session;
                    // The recovered work is saved where it was saved, or asks where (never over
                    // the file that happened to be open).
                    self.session_path = file.session_path;
                    self.history = History::default();
                    self.history
                        .apply(&mut self.session, Command::Batch(Vec::new()))
                        .ok();
                    self.highlights_state = None;
                    self.set_status(
                        format!("Recovered unsaved work ({key}); save it to keep it"),
                        false,
                    );
                }
            }
            AppCommand::DiscardRecovery => {
                if let Some((key, _)) = self.recovery_offer.take() {
                    self.recovery.discard(&key);
                }
            }
            AppCommand::CloseDiscarding => {
                self.recovery.discard(&self.recovery_key());
                for key in self.superseded_recovery.drain(..) {
                    self.recovery.discard(&key);
                }
                self.allowed_to_close = true;
                self.close_prompt = false;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn after_undo_redo(&mut self, touched: Option<String>, what: &str) {
        if let Some(id) = touched
            && self.session.annotation(&id).is_some()
        {
            self.selected_claim = Some(id);
        } else if self
            .selected_claim
            .as_ref()
            .is_some_and(|id| self.session.annotation(id).is_none())
        {
            self.selected_claim = None;
        }
        self.set_status(what, false);
    }

    fn make_claim(&mut self, now: f64) {
        let doc = self.current_document.clone();
        let Some(view) = self.views.get_mut(&doc) else {
            return;
        };
        let Some(range) = view.selection() else {
            self.set_status("Select some text first, then make a claim of it", true);
            return;
        };
        let selector = Selector::from_range(view.text(), range);
        view.set_selection(None);
        let id = if self.teaching() {
            next_id("k", self.session.annotations.iter().map(|a| a.id.as_str()))
        } else {
            self.session.next_annotation_id()
        };
        let mut annotation = Annotation::new(id.clone(), doc, selector);
        annotation.task = self.task_for_document(&annotation.document);
        self.apply(
            Command::AddAnnotation {
                annotation,
                index: None,
            },
            None,
            now,
        );
        self.selected_claim = Some(id);
    }

    fn task_for_document(&self, document: &str) -> Option<String> {
        self.lesson
            .lesson
            .tasks
            .iter()
            .find(|t| t.document.as_deref() == Some(document))
            .map(|t| t.id.clone())
    }

    fn next_evidence_id(&self, claim_id: &str) -> String {
        self.session.annotation(claim_id).map_or_else(
            || "e1".to_owned(),
            |a| next_id("e", a.evidence.iter().map(|e| e.id.as_str())),
        )
    }

    fn confirm_attach(&mut self, stance: Stance, now: f64) {
        let Some(mode) = self.attach.clone() else {
            return;
        };
        let doc = self.current_document.clone();
        let Some(view) = self.views.get_mut(&doc) else {
            return;
        };
        let Some(range) = view.selection() else {
            self.set_status("Select the passage first", true);
            return;
        };
        let selector = Selector::from_range(view.text(), range);
        view.set_selection(None);
        let evidence = Evidence {
            id: self.next_evidence_id(&mode.claim_id),
            stance,
            source: EvidenceSource::Passage {
                document: doc,
                selector,
            },
            note: String::new(),
        };
        self.apply(
            Command::AddEvidence {
                annotation_id: mode.claim_id.clone(),
                evidence,
                index: None,
            },
            None,
            now,
        );
        self.attach = None;
        self.current_document = mode.from_document;
        self.selected_claim = Some(mode.claim_id);
        self.set_status(
            format!("Evidence attached: {} {}", stance.symbol(), stance.word()),
            false,
        );
    }

    fn toggle_label(&mut self, label: &str, now: f64) {
        let Some(id) = self.selected_claim.clone() else {
            return;
        };
        let Some(a) = self.session.annotation(&id) else {
            return;
        };
        let mut labels = a.labels.clone();
        if !labels.remove(label) {
            // In a set that allows one label, the new one replaces the old.
            if let Some((set, _)) = self.lesson.lesson.label(label)
                && !set.multiple
            {
                for other in &set.labels {
                    labels.remove(&other.id);
                }
            }
            labels.insert(label.to_owned());
        }
        self.apply(
            Command::SetLabels {
                annotation_id: id,
                labels,
            },
            None,
            now,
        );
    }

    fn run_search(&mut self, query: &str) {
        self.search.hits.clear();
        let needle = query.trim().to_lowercase();
        if needle.is_empty() {
            return;
        }
        for (doc, view) in &self.views {
            let text = view.text();
            let haystack = text.as_str().to_lowercase();
            // Lower-casing can change byte lengths; only use hits where it did not.
            if haystack.len() != text.as_str().len() {
                let hits = text.as_str().match_indices(query.trim());
                for (byte, m) in hits.take(1000) {
                    let start = text.byte_to_char(byte);
                    self.search
                        .hits
                        .push((doc.clone(), start..start + m.chars().count()));
                }
                continue;
            }
            for (byte, m) in haystack.match_indices(&needle).take(1000) {
                let start = text.byte_to_char(byte);
                self.search
                    .hits
                    .push((doc.clone(), start..start + m.chars().count()));
            }
        }
        self.highlights_state = None;
    }

    fn suggested_file_name(&self) -> String {
        let who = if self.session.student.trim().is_empty() {
            "my-work".to_owned()
        } else {
            self.session.student.trim().replace(' ', "-")
        };
        format!("{}-{}.session.ron", self.session.lesson_id, who)
    }

    fn save_to(&mut self, ctx: &egui::Context, path: PathBuf) {
        let mut session = self.session.clone();
        session.modified = jiff::Timestamp::now();
        self.jobs.save(ctx, session, path, self.history.state_id());
    }

    fn handle_job_results(&mut self, ctx: &egui::Context) {
        for result in self.jobs.poll() {
            match result {
                JobResult::Opened(opened) => match *opened {
                    Ok(opened) => {
                        let lesson_path = match &opened.lesson.source {
                            LessonSource::Folder(p) | LessonSource::Packed(p) => Some(p.clone()),
                            LessonSource::Bundled | LessonSource::New => None,
                        };
                        self.teacher = None;
                        if let Some(p) = opened.session_path.clone().or_else(|| lesson_path.clone())
                        {
                            self.remember_recent(p);
                        }
                        self.lesson = opened.lesson;
                        self.session = opened.session;
                        self.session_path = opened.session_path;
                        self.lesson_path = lesson_path;
                        self.history = History::default();
                        self.superseded_recovery.clear();
                        self.problems = None;
                        self.rebuild_views();
                        self.offer_recovery();
                        self.announce_opened();
                    }
                    Err(message) => {
                        self.report_problems(ProblemReport::new(
                            "Could not open the file",
                            [message],
                        ));
                    }
                },
                JobResult::SavePathPicked(Some(path)) => {
                    if self.save_after_pick {
                        self.save_after_pick = false;
                        self.superseded_recovery.push(self.recovery_key());
                        self.session_path = Some(path.clone());
                        self.save_to(ctx, path);
                    }
                }
                JobResult::SavePathPicked(None) | JobResult::Cancelled => {
                    self.save_after_pick = false;
                }
                JobResult::Saved {
                    state,
                    path,
                    result,
                } => match result {
                    Ok(()) => {
                        // A save of work no longer open (another file was opened since) changes
                        // nothing here.
                        if self.session_path.as_ref() == Some(&path) {
                            // Its copy goes only if nothing was typed since the save was asked
                            // for: else the copy may hold the newer edits.
                            if state == self.history.state_id() {
                                self.history.mark_saved();
                                self.recovery.discard(&self.recovery_key());
                            }
                            // Copies from before the work had this file are older than the save.
                            self.recovery.discard(&self.unsaved_recovery_key());
                            for key in self.superseded_recovery.drain(..) {
                                self.recovery.discard(&key);
                            }
                        }
                        self.remember_recent(path.clone());
                        self.set_status(format!("Saved {}", path.display()), false);
                    }
                    // The work stays in memory, and the recovery copy stays on disk.
                    Err(e) => self.set_status(
                        format!(
                            "Not saved: {e}. Your work is still here; try Save as… somewhere else."
                        ),
                        true,
                    ),
                },
                JobResult::Autosaved(Err(e)) => {
                    self.set_status(format!("Autosave failed: {e}"), true);
                }
                JobResult::Autosaved(Ok(())) => {}
                JobResult::Teacher(job) => self.teacher_job_done(ctx, *job),
            }
        }
    }

    fn remember_recent(&mut self, path: PathBuf) {
        self.prefs.recent.retain(|p| *p != path);
        self.prefs.recent.insert(0, path);
        self.prefs.recent.truncate(10);
    }

    fn autosave(&mut self, ctx: &egui::Context) {
        let state = self.history.state_id();
        if !self.history.is_dirty() || state == self.autosaved_state {
            return;
        }
        let now = ctx.input(|i| i.time);
        let due = self.last_edit_time + AUTOSAVE_DELAY_SECS;
        if now < due {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now + 0.05));
            return;
        }
        self.autosaved_state = state;
        let file = self.recovery_file();
        self.jobs
            .autosave(ctx, self.recovery.clone(), &self.recovery_key(), file);
    }

    fn recovery_file(&self) -> RecoveryFile {
        RecoveryFile {
            format: crate::core::session::SESSION_FORMAT,
            session: self.session.clone(),
            session_path: self.session_path.clone(),
            lesson_path: self.lesson_path.clone(),
        }
    }

    /// Writes the recovery copy now, on this thread (tests; and a last chance before closing).
    pub fn autosave_now(&mut self) -> Result<(), crate::core::store::FileError> {
        let file = self.recovery_file();
        self.autosaved_state = self.history.state_id();
        self.recovery.save(&self.recovery_key(), &file).map(|_| ())
    }

    fn refresh_highlights(&mut self) {
        let state = self.history.state_id();
        if self.highlights_state == Some(state) {
            return;
        }
        self.highlights_state = Some(state);
        let mut by_doc: HashMap<String, Vec<Highlight>> = HashMap::new();
        for (i, a) in self.session.annotations.iter().enumerate() {
            by_doc
                .entry(a.document.clone())
                .or_default()
                .push(Highlight {
                    range: a.selector.range(),
                    color: panels::claim_color(i),
                    key: HighlightKey::Claim(a.id.clone()),
                });
            for e in &a.evidence {
                if let EvidenceSource::Passage { document, selector } = &e.source {
                    by_doc.entry(document.clone()).or_default().push(Highlight {
                        range: selector.range(),
                        color: egui::Color32::from_rgba_unmultiplied(120, 120, 120, 40),
                        key: HighlightKey::Evidence(a.id.clone()),
                    });
                }
            }
        }
        for (doc, range) in &self.search.hits {
            by_doc.entry(doc.clone()).or_default().push(Highlight {
                range: range.clone(),
                color: egui::Color32::from_rgba_unmultiplied(255, 200, 0, 90),
                key: HighlightKey::Search,
            });
        }
        self.highlights = by_doc
            .into_iter()
            .map(|(doc, items)| (doc, HighlightIndex::new(items)))
            .collect();
    }

    /// Highlights of a document.
    pub fn highlights_of(&self, document: &str) -> Option<&HighlightIndex> {
        self.highlights.get(document)
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let shortcuts = [
            (
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z),
                AppCommand::Redo,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::Z),
                AppCommand::Undo,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::Y),
                AppCommand::Redo,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S),
                AppCommand::SaveAs,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::S),
                AppCommand::Save,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::O),
                AppCommand::Open,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter),
                AppCommand::MakeClaim,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus),
                AppCommand::ZoomIn,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals),
                AppCommand::ZoomIn,
            ),
            (
                KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus),
                AppCommand::ZoomOut,
            ),
        ];
        for (shortcut, command) in shortcuts {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.send(command);
            }
        }
        if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F)))
        {
            self.search.open = true;
            self.search.focus = true;
        }
        // Label hotkeys (1–9, A–Z) when a claim is selected and no text field has focus.
        if self.selected_claim.is_some() && !ctx.text_edit_focused() {
            let labels = panels::hotkey_labels(&self.lesson.lesson);
            for ((key, _), label) in panels::HOTKEYS.iter().zip(labels) {
                if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, *key)) {
                    self.send(AppCommand::ToggleLabel(label));
                }
            }
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.send(AppCommand::OpenPath(path));
        }
    }

    fn handle_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.allowed_to_close && self.unsaved()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.close_prompt = true;
        }
    }

    /// Unsaved work of any kind: the session, or the teacher's lesson and key.
    pub fn unsaved(&self) -> bool {
        if self.teaching() {
            self.teacher_dirty() || self.review_dirty()
        } else {
            self.history.is_dirty()
        }
    }

    /// One frame of the whole app.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let theme = if self.prefs.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        };
        if ctx.theme() != theme {
            ctx.set_theme(theme);
        }
        self.handle_job_results(&ctx);
        self.shortcuts(&ctx);
        self.handle_dropped_files(&ctx);
        self.handle_close(&ctx);
        self.refresh_highlights();
        panels::all_ui(self, ui);
        self.handle_commands(&ctx);
        self.refresh_highlights();
        if self.teaching() {
            let state = self.history.state_id();
            if let Some(desk) = self.teacher.as_mut()
                && desk.class.is_some()
                && desk.graded_key_state != Some(state)
            {
                desk.graded_key_state = Some(state);
                self.regrade();
            }
            self.teacher_autosave(&ctx);
        } else {
            self.autosave(&ctx);
        }
        let title = format!(
            "{}{}{} — Crosscheck",
            if self.unsaved() { "● " } else { "" },
            if self.teaching() { "Teacher: " } else { "" },
            self.session_path
                .as_ref()
                .and_then(|p| p.file_name())
                .map_or_else(
                    || self.lesson.lesson.title.clone(),
                    |n| n.to_string_lossy().into_owned()
                )
        );
        // Sending a viewport command asks for a repaint: only when the title changes.
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

/// The eframe wrapper: the app plus preference persistence.
struct EframeApp {
    app: CrosscheckApp,
}

impl eframe::App for EframeApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.app.prefs);
    }
}

/// Where recovery copies are kept: the app's data folder, or a temp folder if there is none.
pub fn default_recovery_store() -> RecoveryStore {
    let base = eframe::storage_dir("crosscheck")
        .unwrap_or_else(|| std::env::temp_dir().join("crosscheck"));
    RecoveryStore::new(base.join("recovery"))
}

/// Runs the app: on `path` if given, else on the bundled sample lesson.
pub fn run(path: Option<&std::path::Path>) -> anyhow::Result<()> {
    let path = path.map(std::path::Path::to_path_buf);
    run_window(move |recovery, prefs| CrosscheckApp::opening(path.as_deref(), recovery, prefs))
}

impl CrosscheckApp {
    /// The app as `crosscheck [PATH]` starts it: on the lesson or session at `path`, or on the
    /// sample lesson. A file that cannot be opened is reported in the window (the sample lesson
    /// open behind it), not only on stderr before any window appears.
    pub fn opening(path: Option<&std::path::Path>, recovery: RecoveryStore, prefs: Prefs) -> Self {
        let Some(path) = path else {
            return Self::on_sample(recovery, prefs);
        };
        match jobs::open_path(path) {
            Ok(opened) => {
                let lesson_path = match &opened.lesson.source {
                    LessonSource::Folder(p) | LessonSource::Packed(p) => Some(p.clone()),
                    LessonSource::Bundled | LessonSource::New => None,
                };
                Self::new(opened, lesson_path, recovery, prefs)
            }
            Err(message) => {
                let mut app = Self::on_sample(recovery, prefs);
                app.report_problems(ProblemReport::new(
                    format!(
                        "Could not open {}; the sample lesson is open instead",
                        path.display()
                    ),
                    [message],
                ));
                app
            }
        }
    }
}

/// Runs the app on the teacher's desk: on `lesson` (the bundled sample if `None`), and with the
/// class folder `class` open for review if given.
pub fn run_teacher(
    lesson: Option<&std::path::Path>,
    class: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let (loaded, failure) = match lesson {
        Some(p) => match crate::core::lesson::LoadedLesson::load(p) {
            Ok(loaded) => (loaded, None),
            Err(e) => (
                jobs::bundled_lesson(),
                Some(ProblemReport::new(
                    format!(
                        "Could not open {}; the sample lesson is open instead",
                        p.display()
                    ),
                    [e.to_string()],
                )),
            ),
        },
        None => (jobs::bundled_lesson(), None),
    };
    let folder = match &loaded.source {
        LessonSource::Folder(f) => Some(f.clone()),
        _ => None,
    };
    let class = class.map(std::path::Path::to_path_buf);
    run_window(move |recovery, prefs| {
        let mut app = CrosscheckApp::on_sample(recovery, prefs);
        app.enter_teacher(loaded, folder);
        if let Some(report) = failure {
            app.report_problems(report);
        }
        if let Some(class) = class {
            app.send(AppCommand::Teacher(teacher::TeacherCommand::OpenClass(
                class,
            )));
        }
        app
    })
}

fn run_window(
    make: impl FnOnce(RecoveryStore, Prefs) -> CrosscheckApp + 'static,
) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0])
            .with_title("Crosscheck")
            .with_app_id("crosscheck")
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "crosscheck",
        options,
        Box::new(move |cc| {
            let prefs: Prefs = cc
                .storage
                .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
                .unwrap_or_default();
            cc.egui_ctx.options_mut(|o| o.zoom_with_keyboard = false);
            let app = make(default_recovery_store(), prefs);
            Ok(Box::new(EframeApp { app }))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot start the window: {e}"))
}
