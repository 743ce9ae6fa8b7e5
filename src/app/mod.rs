//! The egui desktop app. State lives in [`CrosscheckApp`]; the UI turns every user action into an
//! [`AppCommand`], and all of them are handled in one place per frame (`command_handling`).
//!
//! Rooms: `shell` (the window, menus, status bar, dialogs), `student` (the student's desk),
//! `teacher` (the teacher's desk: lesson editor, key, review, revision), `widgets` (the article
//! view and form rows), `commands` (the command list), `worker` (everything slow), `derived`
//! (summaries cached per model state), `files`, `recovery` and `interop` (export and import of
//! annotations).

#[macro_use]
pub mod i18n;
mod command_handling;
pub mod commands;
pub mod derived;
pub mod files;
pub mod fonts;
pub mod glyphs;
pub mod interop;
pub mod jobs;
mod recovery;
pub use recovery::RecoveryGate;
mod shell;
mod work_trail;
pub use student::TrailLine;
pub use work_trail::TrailState;
pub mod student;
pub mod teacher;
pub mod widgets;
pub mod worker;

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::core::edit::History;
use crate::core::lesson::{Advice, LessonSource, LoadedLesson};
use crate::core::session::Session;
use crate::core::store::RecoveryStore;
use crate::core::store::places::DataFolder;
use crate::core::words::Worded;
pub use commands::{AppCommand, UiCommand};
use files::Opened;
pub use i18n::Language;
use recovery::RecoveryFile;
use student::search::SearchState;
pub use widgets::article_view;
use widgets::article_view::{ArticleView, HighlightIndex};
use worker::Worker;

/// How long after the last edit the recovery copy is written.
pub(crate) const AUTOSAVE_DELAY_SECS: f64 = 1.5;

/// Preferences kept between runs (eframe storage: never student work).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Dark theme?
    pub dark: bool,
    /// Article font size in points (besides the zoom).
    pub font_size: f32,
    /// The whole interface's zoom (Ctrl + and Ctrl −; Ctrl+0 for 1).
    pub ui_zoom: f32,
    /// Whether the lesson panel (the teacher's panel) is shown.
    pub left_panel: PanelVisibility,
    /// Whether the inspector is shown.
    pub right_panel: PanelVisibility,
    /// Recently opened files, newest first.
    pub recent: Vec<PathBuf>,
    /// Selections widen to the whole words they cut into (View ▸ Snap selections to whole words).
    pub whole_words: bool,
    /// The folder of the last file picked in a file dialog (the next starts there).
    pub last_folder: Option<PathBuf>,
    /// The interface's language, if chosen in View ▸ Language (else the system's).
    pub language: Option<Language>,
    /// The system's language, found when the window opens (never stored: each run looks again;
    /// English in tests). Here so that what the app says while it starts is in it.
    #[serde(skip)]
    pub system_language: Language,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            dark: false,
            font_size: 16.0,
            ui_zoom: 1.0,
            left_panel: PanelVisibility::Auto,
            right_panel: PanelVisibility::Auto,
            recent: Vec::new(),
            whole_words: true,
            last_folder: None,
            language: None,
            system_language: Language::English,
        }
    }
}

/// Whether a side panel is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PanelVisibility {
    /// Shown when the window is wide enough for it beside a readable article
    /// ([`PANELS_MIN_WIDTH`]), else folded away.
    #[default]
    Auto,
    /// Shown (chosen in View, or with its shortcut).
    Shown,
    /// Hidden.
    Hidden,
}

/// Below this width (in points) the side panels fold away unless asked for: the article keeps
/// the room.
pub const PANELS_MIN_WIDTH: f32 = 900.0;

impl PanelVisibility {
    /// Whether the panel shows in a window `width` points wide.
    pub fn shown(self, width: f32) -> bool {
        match self {
            Self::Auto => width >= PANELS_MIN_WIDTH,
            Self::Shown => true,
            Self::Hidden => false,
        }
    }
}

/// A question the window asks before going on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    /// Whether to open the sample's teacher edition from the student's desk: it shows the
    /// answer key.
    RevealKey,
}

/// Closing the window with unsaved work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closing {
    /// Nothing asked.
    Open,
    /// Asking whether to save first.
    Asking,
    /// Saving, to close once the work is saved (back to `Open` if the save fails or is
    /// cancelled).
    SavingToClose,
    /// The user chose to close without saving.
    Allowed,
}

/// Choosing a passage in another document as evidence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttachMode {
    /// The claim the evidence is for.
    pub claim_id: String,
    /// The document the claim is in (to come back to).
    pub from_document: String,
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
    pub items: Vec<(String, Advice)>,
}

impl ProblemReport {
    /// A report of problems, each worded with what to do about it.
    pub fn new(heading: impl Into<String>, items: impl IntoIterator<Item = Said>) -> Self {
        Self {
            heading: heading.into(),
            items: items.into_iter().collect(),
        }
    }
}

/// A problem as the window shows it: in the interface's language, with what to do about it.
pub type Said = (String, Advice);

/// What the core reported, worded in the language of `words`, with the advice its wording calls
/// for.
pub fn said(words: &(impl i18n::Speaks + ?Sized), problem: &(impl Worded + ?Sized)) -> Said {
    let message = problem.message();
    let advice = crate::core::lesson::advice_for(&message);
    (words.words().message(&message), advice)
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
    pub citation_form: Option<student::CitationForm>,
    /// Search.
    pub search: SearchState,
    /// Preferences.
    pub prefs: Prefs,
    /// Status bar message.
    pub status: Option<Status>,
    /// Commands queued this frame.
    pub commands: Vec<AppCommand>,
    /// Background jobs.
    pub worker: Worker<jobs::JobResult>,
    /// Where recovery copies go.
    pub recovery: RecoveryStore,
    /// A recovery copy found at start, offered to the user.
    pub recovery_offer: Option<(String, RecoveryFile)>,
    /// What the offer of unsaved work has been told (the name typed, wrong tries, a wait).
    pub recovery_gate: recovery::RecoveryGate,
    /// Recovery keys of this work from before its path changed (Save as…, a restored copy):
    /// discarded, with the current one, once the work is saved.
    pub(crate) superseded_recovery: Vec<String>,
    /// Recovery keys of work the user chose to discard, removed once it is replaced.
    pub(crate) discarded_recovery: Vec<String>,
    /// Recovery copies to remove on the files thread at the end of the frame.
    pub(crate) recovery_to_remove: Vec<String>,
    /// Problems shown in their own window until dismissed.
    pub problems: Option<ProblemReport>,
    /// Whether the window may close, or is asking first.
    pub closing: Closing,
    /// The list of keyboard shortcuts is shown.
    pub shortcuts_open: bool,
    /// Help ▸ About, while it is shown.
    pub about: Option<shell::About>,
    /// Where the preferences and the recovery copies live (portable or not), for Help ▸ About.
    pub data_folder: DataFolder,
    /// The Numbers panel: whether the centre shows it, and the board it shows.
    pub numbers: student::NumbersState,
    /// The embedded fonts were handed to egui.
    fonts_installed: bool,
    /// Which of the lesson's texts were looked up in the fonts (for what no font can draw).
    glyphs_looked_up: glyphs::LookedUp,
    /// A command that would replace unsaved work, waiting for the user to confirm.
    pub confirm_discard: Option<AppCommand>,
    /// The teacher's desk, when open: then `lesson` is the teacher edition and `session` is its
    /// answer key.
    pub teacher: Option<teacher::TeacherDesk>,
    /// Summaries of the model, rebuilt when it changes.
    pub derived: derived::Derived,
    pub(crate) autosaved_state: u64,
    pub(crate) last_edit_time: f64,
    pub(crate) save_after_pick: bool,
    window_title: String,
    /// A question the window is asking, if any.
    pub question: Option<Question>,
    /// The parts of the window the keyboard moves between (F6), as the last frame drew them.
    pub(crate) focus_parts: shell::focus::Parts,
    /// What reads imported web pages, PDFs and Word files: this program in a child process, so
    /// that no file can take the window down (tests point it at the built binary).
    pub reader: crate::core::import::isolated::Reader,
    /// The student's work trail: the work session being recorded, a hand-in under way, the
    /// upgrade of an older file, "My work trail".
    pub trail: TrailState,
}

impl i18n::Speaks for CrosscheckApp {
    fn language(&self) -> Language {
        self.prefs.language.unwrap_or(self.prefs.system_language)
    }
}

impl CrosscheckApp {
    /// A new app on an opened lesson and session. `recovery` is where autosave writes.
    pub fn new(
        opened: Opened,
        lesson_path: Option<PathBuf>,
        recovery: RecoveryStore,
        prefs: Prefs,
    ) -> Self {
        let format = opened.format;
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
            worker: Worker::default(),
            recovery,
            recovery_offer: None,
            recovery_gate: recovery::RecoveryGate::default(),
            superseded_recovery: Vec::new(),
            discarded_recovery: Vec::new(),
            recovery_to_remove: Vec::new(),
            problems: None,
            closing: Closing::Open,
            shortcuts_open: false,
            about: None,
            data_folder: DataFolder::locate(),
            numbers: student::NumbersState::default(),
            fonts_installed: false,
            glyphs_looked_up: glyphs::LookedUp::default(),
            confirm_discard: None,
            teacher: None,
            derived: derived::Derived::default(),
            autosaved_state: 0,
            last_edit_time: 0.0,
            save_after_pick: false,
            window_title: String::new(),
            focus_parts: shell::focus::Parts::default(),
            question: None,
            reader: crate::core::import::isolated::Reader::this_program(),
            trail: TrailState::default(),
        };
        app.rebuild_views();
        app.offer_recovery();
        app.announce_opened();
        let path = app.session_path.clone();
        app.opened_in_format(path.as_deref(), format);
        app
    }

    /// Says in the status bar what was opened, and shows the lesson's problems, if any, in their
    /// own window with what to do about each.
    pub(crate) fn announce_opened(&mut self) {
        let problems = &self.lesson.problems;
        if problems.is_empty() {
            let title = self.lesson.lesson.title.as_str();
            self.set_status(tr!(self, "shell-opened", title = title), false);
            return;
        }
        let heading = tr!(
            self,
            "shell-opened-with-problems",
            title = self.lesson.lesson.title.as_str(),
            count = problems.len()
        );
        let items: Vec<Said> = problems.iter().map(|p| said(self, p)).collect();
        let status = tr!(
            self,
            "shell-problem-status",
            heading = heading.as_str(),
            problem = items[0].0.as_str()
        );
        self.problems = Some(ProblemReport { heading, items });
        self.set_status(status, true);
    }

    /// Shows problems in their own window (and the first in the status bar).
    pub fn report_problems(&mut self, report: ProblemReport) {
        if let Some((first, _)) = report.items.first() {
            let status = tr!(
                self,
                "shell-problem-status",
                heading = report.heading.as_str(),
                problem = first.as_str()
            );
            self.set_status(status, true);
        }
        self.problems = Some(report);
    }

    /// The app on the bundled sample lesson with a new session.
    pub fn on_sample(recovery: RecoveryStore, prefs: Prefs) -> Self {
        Self::on_lesson(
            files::student_view(files::bundled_lesson()),
            recovery,
            prefs,
        )
    }

    /// The app on a lesson already loaded, with a new session not saved anywhere.
    pub fn on_lesson(lesson: LoadedLesson, recovery: RecoveryStore, prefs: Prefs) -> Self {
        let session = Session::new(&lesson.lesson, jiff::Timestamp::now());
        Self::new(
            Opened {
                lesson,
                session,
                session_path: None,
                recovery: None,
                format: crate::core::session::SESSION_FORMAT,
            },
            None,
            recovery,
            prefs,
        )
    }

    pub(crate) fn rebuild_views(&mut self) {
        self.views = self
            .lesson
            .lesson
            .documents
            .iter()
            .filter_map(|d| {
                let text = self.lesson.texts.get(&d.id)?.clone();
                let view =
                    ArticleView::new(text, d.title.clone()).with_direction(d.direction.into());
                Some((d.id.clone(), view))
            })
            .collect();
        self.current_document = self
            .lesson
            .lesson
            .documents
            .first()
            .map(|d| d.id.clone())
            .unwrap_or_default();
        self.derived.invalidate();
        self.selected_claim = None;
        self.attach = None;
    }

    /// Queues a command (handled at the end of the frame, or by [`Self::handle_commands`]).
    pub fn send(&mut self, command: AppCommand) {
        self.commands.push(command);
    }

    pub(crate) fn set_status(&mut self, text: impl Into<String>, error: bool) {
        self.status = Some(Status {
            text: text.into(),
            error,
        });
    }

    /// The document in view reads the way the lesson says (the teacher may just have changed
    /// it): one document per frame, so it costs nothing as the lesson grows.
    fn follow_document_direction(&mut self) {
        let doc = &self.current_document;
        if let Some(document) = self.lesson.lesson.documents.iter().find(|d| &d.id == doc)
            && let Some(view) = self.views.get_mut(doc)
        {
            view.set_direction(document.direction.into());
        }
    }

    /// Where the last frame put the lesson panel, the centre and the inspector (a folded panel
    /// is `None`), for tests of the layout at every window size.
    pub fn layout_parts(&self) -> [Option<egui::Rect>; 3] {
        let parts = &self.focus_parts;
        [
            parts.left.map(|(_, r)| r),
            parts.centre,
            parts.right.map(|(_, r)| r),
        ]
    }

    /// The current document's view.
    pub fn current_view(&mut self) -> Option<&mut ArticleView> {
        self.views.get_mut(&self.current_document)
    }

    /// Hands the embedded fonts to egui (they apply from the next frame).
    pub fn install_fonts(&mut self, ctx: &egui::Context) {
        fonts::install(ctx);
        widgets::theme::install(ctx);
        self.fonts_installed = true;
    }

    /// Identifies the state of the file being edited (the session, or the lesson with its key)
    /// and of the search hits: what is derived from them is rebuilt when it changes.
    pub fn model_state(&self) -> (u64, u64) {
        let edited = match &self.teacher {
            Some(desk) => desk.history.state_id(),
            None => self.history.state_id(),
        };
        (edited, self.search.generation)
    }

    /// Rebuilds the derived summaries if the model changed.
    pub(crate) fn refresh_derived(&mut self) {
        let state = self.model_state();
        self.derived.refresh(
            state,
            &self.session,
            &self.lesson.lesson,
            &self.search.highlights,
        );
    }

    /// Highlights of a document.
    pub fn highlights_of(&self, document: &str) -> Option<&HighlightIndex> {
        self.derived.highlights.get(document)
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
        i18n::set_language(&ctx, i18n::Speaks::language(self));
        if (ctx.zoom_factor() - self.prefs.ui_zoom).abs() > 1e-3 {
            ctx.set_zoom_factor(self.prefs.ui_zoom);
        }
        if !self.fonts_installed {
            // Fonts handed to egui apply from the next frame: nothing is laid out before them
            // (the window installs them before its first frame; tests and benchmarks here).
            self.install_fonts(&ctx);
            ctx.request_repaint();
            return;
        }
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
        shell::focus::navigate(self, &ctx);
        self.handle_dropped_files(&ctx);
        self.handle_close(&ctx);
        self.refresh_derived();
        let edited = self.model_state().0;
        self.glyphs_looked_up.refresh(&ctx, edited, &self.lesson);
        shell::all_ui(self, ui);
        self.handle_commands(&ctx);
        self.queue_recovery_removals(&ctx);
        self.refresh_derived();
        self.follow_document_direction();
        self.close_once_saved(&ctx);
        if self.teaching() {
            self.look_for_teacher_autosave(&ctx);
            self.regrade_if_needed(&ctx);
            self.teacher_autosave(&ctx);
        } else {
            self.autosave(&ctx);
        }
        // The lesson, and the file the work is saved in once it has one.
        let name = self
            .session_path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(
                || self.lesson.lesson.title.clone(),
                |n| format!("{} — {}", self.lesson.lesson.title, n.to_string_lossy()),
            );
        let title = if self.teaching() {
            tr!(self, "shell-window-title-teacher", name = name)
        } else {
            tr!(self, "shell-window-title", name = name)
        };
        // A screen reader names the window in words: no dot for unsaved work.
        let title = glyphs::shown(&ctx, &title).into_owned();
        let spoken = if self.unsaved() {
            tr!(
                self,
                "shell-window-accessible-unsaved",
                title = title.as_str()
            )
        } else {
            title.clone()
        };
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(spoken));
        let title = if self.unsaved() {
            tr!(self, "shell-window-title-unsaved", title = title)
        } else {
            title
        };
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
    /// Where each frame's timing is written when `CROSSCHECK_FRAME_LOG` names a file (for
    /// finding out where a slow repaint goes; see BENCHMARKS.md).
    frame_log: Option<std::io::BufWriter<std::fs::File>>,
}

impl eframe::App for EframeApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let started = std::time::Instant::now();
        self.app.frame_ui(ui);
        if let Some(log) = self.frame_log.as_mut() {
            use std::io::Write as _;
            let line = format!(
                "{:.1} app_ms={:.2} previous_frame_cpu_ms={:.2}",
                ui.input(|i| i.time) * 1000.0,
                started.elapsed().as_secs_f64() * 1000.0,
                frame.info().cpu_usage.unwrap_or(0.0) * 1000.0
            );
            // A log that cannot be written is dropped, never a reason to stop the app.
            if writeln!(log, "{line}").and_then(|()| log.flush()).is_err() {
                self.frame_log = None;
            }
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.app.prefs);
    }
}

/// Where recovery copies are kept: in the data folder (beside the program in portable mode, else
/// the platform's, else a temp folder).
pub fn default_recovery_store() -> RecoveryStore {
    RecoveryStore::new(DataFolder::locate().recovery_folder())
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
        let language = prefs.language.unwrap_or(prefs.system_language);
        match files::open_path_in(path, language) {
            Ok(opened) => {
                let lesson_path = match &opened.lesson.source {
                    LessonSource::Folder(p) | LessonSource::Packed(p) => Some(p.clone()),
                    LessonSource::Bundled | LessonSource::New => None,
                };
                Self::new(opened, lesson_path, recovery, prefs)
            }
            Err(message) => {
                let mut app = Self::on_sample(recovery, prefs);
                app.report_failed_start(path, message);
                app
            }
        }
    }

    /// Reports a file given at start that could not be opened (the sample lesson is open
    /// instead).
    fn report_failed_start(&mut self, path: &std::path::Path, message: Said) {
        let path = path.display().to_string();
        let heading = tr!(self, "shell-could-not-open-start", path = path);
        self.report_problems(ProblemReport::new(heading, [message]));
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
                files::bundled_lesson(),
                Some((p.to_path_buf(), e.message())),
            ),
        },
        None => (files::bundled_lesson(), None),
    };
    let folder = match &loaded.source {
        LessonSource::Folder(f) => Some(f.clone()),
        _ => None,
    };
    let class = class.map(std::path::Path::to_path_buf);
    run_window(move |recovery, prefs| {
        let mut app = CrosscheckApp::on_sample(recovery, prefs);
        app.enter_teacher(loaded, folder);
        if let Some((path, message)) = failure {
            let message = said(&app, &message);
            app.report_failed_start(&path, message);
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
    // The one place the preferences and the recovery copies live (portable or not).
    let data = DataFolder::locate();
    // A folder that cannot be made leaves the preferences unsaved; the app still runs.
    data.create().ok();
    let options = eframe::NativeOptions {
        persistence_path: Some(data.preferences_file()),
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
            let mut prefs: Prefs = cc
                .storage
                .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
                .unwrap_or_default();
            cc.egui_ctx.options_mut(|o| o.zoom_with_keyboard = false);
            prefs.system_language = Language::system();
            let mut app = make(RecoveryStore::new(data.recovery_folder()), prefs);
            app.data_folder = data;
            app.install_fonts(&cc.egui_ctx);
            let frame_log = std::env::var_os("CROSSCHECK_FRAME_LOG")
                .and_then(|path| std::fs::File::create(path).ok())
                .map(std::io::BufWriter::new);
            Ok(Box::new(EframeApp { app, frame_log }))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot start the window: {e}"))
}
