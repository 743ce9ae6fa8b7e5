//! The Numbers panel: the numbers of the lesson's documents, grouped by what they count, with the
//! values that disagree for overlapping periods marked in words and a symbol. A value shows in its
//! article with a click; one more click makes it a claim, or attaches it as evidence to the
//! selected claim with the stance the student picks. The teacher can also compare one group's
//! values in a table (`table.rs`), with the marks between its rows drawn and said in words.
//! Quotes, outlets and values in Arabic or Hebrew are laid out in their own direction
//! (`directed.rs`, with the article view's right-to-left layout).
//!
//! The board is found on the worker once per change of the lesson's documents, synonyms or dates
//! (not per frame, and the window does not wait), and a frame draws only the groups near the
//! screen and one page of each open group's rows.

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash as _, Hasher as _};
use std::sync::Arc;

use egui::RichText;

use super::super::widgets::panel_anchor;
use super::super::worker::{Latest, WorkFailed, Worker};
use super::super::{AppCommand, CrosscheckApp};
use crate::core::lesson::{LoadedLesson, NumbersPanel};
use crate::core::numbers::{Board, Period, Statement};
use crate::core::session::EvidenceSource;
use crate::core::text::DocumentText;

mod directed;
mod list;
mod marks;
mod table;

use directed::DirectedTexts;
use table::TableState;

/// Rows of a group shown at a time (a page; Previous and Next turn it).
const ROWS_AT_A_TIME: usize = 25;
/// Disagreements listed under a value (the rest are counted).
const REASONS_SHOWN: usize = 4;
/// Groups of at most this many statements start open (and the largest).
const OPEN_GROUP_ROWS: usize = 12;
/// A group's height before it has been drawn once.
const GROUP_HEIGHT_GUESS: f32 = 28.0;
/// Chars of a statement's sentence shown under it (the whole sentence is in its article).
const QUOTE_CHARS: usize = 280;

/// The Numbers panel's state: whether the centre shows it, and the board it shows.
#[derive(Default)]
pub struct NumbersState {
    /// The centre shows the board instead of an article.
    pub open: bool,
    /// The board, with the fingerprint of the lesson it was found in.
    board: Option<(u64, Arc<Board>)>,
    /// The fingerprint of the lesson the worker was last asked to find the board of.
    asked: Option<u64>,
    /// The page of rows shown, per group.
    pages: HashMap<usize, usize>,
    /// Each group's height when last drawn (what a frame skips for the groups off screen).
    heights: Vec<f32>,
    /// Each statement's marks with others (disagreements and notes), per group: found with
    /// the board, so that a row does not look through its group's every pair.
    links: Vec<Vec<Vec<marks::Link>>>,
    /// The list, or the teacher's table of one group.
    view: View,
    /// The table's group, page and the row to go to.
    table: TableState,
    /// Quotes, outlets and values laid out in their own direction, while on screen.
    texts: DirectedTexts,
}

/// What the panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// Every group, its values one under the other, with what can be done with each.
    #[default]
    List,
    /// The teacher's comparison table of one group.
    Table,
}

/// The board of a lesson, found on the worker.
pub struct BoardFound {
    /// The fingerprint of what it was found in.
    pub fingerprint: u64,
    /// The board.
    pub board: Arc<Board>,
}

impl NumbersState {
    /// The board of the lesson, if it has been found for the lesson as it is now. When the
    /// documents, their dates or outlets, the language or the synonyms changed, it is found again
    /// on the worker (the window does not wait), once per change.
    fn board<R: From<BoardFound> + From<WorkFailed> + Send + 'static>(
        &mut self,
        lesson: &LoadedLesson,
        worker: &mut Worker<R>,
        ctx: &egui::Context,
    ) -> Option<Arc<Board>> {
        let print = fingerprint(lesson);
        if let Some((p, board)) = &self.board
            && *p == print
        {
            return Some(Arc::clone(board));
        }
        if self.asked != Some(print) {
            self.asked = Some(print);
            let lesson = lesson.clone();
            worker.compute_latest(ctx, Latest::Numbers, move || {
                BoardFound {
                    fingerprint: print,
                    board: Arc::new(Board::for_lesson(&lesson)),
                }
                .into()
            });
        }
        None
    }

    /// Whether the board shown is the one for the lesson as it was last asked for (nothing is
    /// being found).
    pub fn ready(&self) -> bool {
        self.board
            .as_ref()
            .is_some_and(|(p, _)| Some(*p) == self.asked)
    }

    /// What the panel shows.
    pub fn view(&self) -> View {
        self.view
    }

    /// Where the caret before char `index` of a statement's quote (as the panel shows it, cut
    /// short) was drawn in the last frame, as an x on screen; `None` if it was not drawn.
    pub fn quote_char_x(&self, statement: &Statement, index: usize) -> Option<f32> {
        // After the opening quotation mark.
        self.texts.x_of(&quote_text(statement), index + 1)
    }

    /// A board found on the worker: kept if it is for the lesson asked for last.
    pub fn found(&mut self, print: u64, board: Arc<Board>) {
        if self.asked != Some(print) {
            return;
        }
        self.pages.clear();
        self.heights = vec![GROUP_HEIGHT_GUESS; board.groups.len()];
        self.links = board.groups.iter().map(marks::links_of).collect();
        self.board = Some((print, board));
    }
}

/// What the board depends on, hashed: each document's id, outlet, title, date and text (its
/// SHA-256, kept with it), the lesson's language and synonyms.
fn fingerprint(lesson: &LoadedLesson) -> u64 {
    let mut h = DefaultHasher::new();
    lesson.lesson.language.hash(&mut h);
    lesson.lesson.synonyms.hash(&mut h);
    for d in &lesson.lesson.documents {
        (&d.id, &d.outlet, &d.title, &d.published).hash(&mut h);
        lesson.text(&d.id).map(DocumentText::sha256).hash(&mut h);
    }
    h.finish()
}

/// Whether the Numbers panel is offered: always on the teacher's desk; to students when the
/// lesson shows it (finding the disagreement can be the exercise).
pub fn numbers_offered(app: &CrosscheckApp) -> bool {
    app.teaching() || app.lesson.lesson.numbers == NumbersPanel::Shown
}

/// What a row can do besides showing its value in the article.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Actions {
    /// Only show (the review: the key is not edited there).
    ShowOnly,
    /// Make a claim (a key item on the teacher's desk) or attach as evidence.
    Edit,
}

/// What the rows need to know of the app.
struct Context<'a> {
    actions: Actions,
    /// The claim evidence goes to (the one being given evidence, else the selected one), with
    /// its number in the list.
    target: Option<(String, usize)>,
    claim_by_range: &'a HashMap<(String, usize, usize), String>,
    /// Each document's short title and date, as a row names it: "“US faces rift…” (24 October
    /// 2023)".
    documents: HashMap<&'a str, String>,
    /// Each document's date as the lesson gives it ("about 22 November 2023").
    published: HashMap<&'a str, &'a str>,
    /// The passages the target claim already cites: (document, start, end).
    target_cites: HashSet<(&'a str, usize, usize)>,
    claim_numbers: &'a HashMap<String, usize>,
    teaching: bool,
}

/// The Numbers panel, in the centre. `review`: on the Review tab, where it only shows.
pub fn numbers_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui, review: bool) {
    // Where the keyboard goes in the centre (the first Tab, F6): Tab goes on into the values.
    let heading = tr!(ui, "numbers-heading");
    app.focus_parts.centre_anchor = Some(panel_anchor(ui, &heading).0);
    ui.heading(heading);
    let Some(board) = app.numbers.board(&app.lesson, &mut app.worker, ui.ctx()) else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr!(ui, "numbers-finding"));
        });
        return;
    };
    let target = app
        .attach
        .as_ref()
        .map(|m| m.claim_id.clone())
        .or_else(|| app.selected_claim.clone())
        .and_then(|id| {
            let number = app.derived.claim_numbers.get(&id).copied()?;
            Some((id, number))
        });
    let target_cites = target
        .as_ref()
        .and_then(|(id, _)| app.session.annotation(id))
        .map(|a| {
            a.evidence
                .iter()
                .filter_map(|e| match &e.source {
                    EvidenceSource::Passage { document, selector } => {
                        let r = selector.range();
                        Some((document.as_str(), r.start, r.end))
                    }
                    EvidenceSource::Citation(_) => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let documents = app
        .lesson
        .lesson
        .documents
        .iter()
        .map(|d| (d.id.as_str(), document_name(&d.title, &d.published)))
        .collect();
    let published = (app.lesson.lesson.documents.iter())
        .map(|d| (d.id.as_str(), d.published.trim()))
        .collect();
    let context = Context {
        documents,
        published,
        target_cites,
        actions: if review {
            Actions::ShowOnly
        } else {
            Actions::Edit
        },
        target,
        claim_by_range: &app.derived.claim_by_range,
        claim_numbers: &app.derived.claim_numbers,
        teaching: app.teaching(),
    };
    let state = &mut app.numbers;
    state.texts.new_frame();
    // The table has its own legend.
    if !(context.teaching && state.view == View::Table) {
        ui.label(tr!(ui, "numbers-about"));
    }
    if app.lesson.lesson.numbers == NumbersPanel::Hidden {
        ui.label(RichText::new(tr!(ui, "numbers-hidden-from-students")).weak());
    }
    if context.teaching {
        view_switch_ui(ui, &mut state.view);
    } else {
        state.view = View::List;
    }
    ui.separator();
    if board.groups.is_empty() {
        ui.label(tr!(ui, "numbers-none"));
        return;
    }
    let mut out = Out::default();
    if state.view == View::Table {
        let links = &state.links;
        let parts = (&mut state.table, &mut state.texts);
        table::table_ui(ui, &board, links, parts, &context, &mut out.commands);
        for command in out.commands {
            app.send(command);
        }
        return;
    }
    groups_ui(ui, &board, state, &context, &mut out);
    if let Some(thing) = out.compare {
        state.table.choose(thing);
        state.view = View::Table;
    }
    for command in out.commands {
        app.send(command);
    }
}

/// The list: every group near the screen, one page of each open group's values.
fn groups_ui(
    ui: &mut egui::Ui,
    board: &Board,
    state: &mut NumbersState,
    context: &Context<'_>,
    out: &mut Out,
) {
    state.heights.resize(board.groups.len(), GROUP_HEIGHT_GUESS);
    egui::ScrollArea::vertical()
        .id_salt("numbers-scroll")
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            // Groups a screen above and below are drawn too, so that Tab walks into them.
            let margin = viewport.height();
            let (from, to) = (viewport.min.y - margin, viewport.max.y + margin);
            let mut y = 0.0;
            for (g, group) in board.groups.iter().enumerate() {
                let height = state.heights[g];
                if y + height < from || y > to {
                    ui.add_space(height);
                } else {
                    let top = ui.cursor().top();
                    let page = state.pages.entry(g).or_default();
                    let marks = state.links.get(g).map_or(&[][..], Vec::as_slice);
                    // The largest group, and every small one, starts open.
                    let open = g == 0 || group.statements.len() <= OPEN_GROUP_ROWS;
                    let texts = &mut state.texts;
                    ui.push_id(("numbers-group", &group.thing), |ui| {
                        let parts = (context, &mut *texts);
                        list::group_ui(ui, group, (marks, open), page, parts, out);
                    });
                    state.heights[g] = ui.cursor().top() - top;
                }
                y += state.heights[g];
            }
        });
}

/// What the rows ask for in a frame: commands for the app, and a group to compare in the table.
#[derive(Default)]
struct Out {
    commands: Vec<AppCommand>,
    compare: Option<String>,
}

/// The list or the table, for the teacher.
fn view_switch_ui(ui: &mut egui::Ui, view: &mut View) {
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!(ui, "numbers-view"));
        ui.selectable_value(view, View::List, tr!(ui, "numbers-view-list"));
        ui.selectable_value(view, View::Table, tr!(ui, "numbers-view-table"));
    });
}

/// A statement's sentence as the panel quotes it: between quotation marks, on one line (a
/// sentence read across a line break keeps a space), cut short.
fn quote_text(s: &Statement) -> String {
    let mut quote: String = s
        .quote
        .chars()
        .take(QUOTE_CHARS)
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    if s.quote.chars().nth(QUOTE_CHARS).is_some() {
        quote.push('…');
    }
    format!("“{quote}”")
}

/// "Values 26–50 of 1,000", with the previous and the next page.
fn page_turner_ui(
    ui: &mut egui::Ui,
    page: &mut usize,
    pages: usize,
    shown: &std::ops::Range<usize>,
    count: usize,
) {
    ui.horizontal_wrapped(|ui| {
        let previous = ui.add_enabled(*page > 0, egui::Button::new(tr!(ui, "numbers-previous")));
        if previous.clicked() {
            *page -= 1;
        }
        ui.label(tr!(
            ui,
            "numbers-page",
            first = shown.start + 1,
            last = shown.end,
            count = count
        ));
        let next = ui.add_enabled(
            *page + 1 < pages,
            egui::Button::new(tr!(ui, "numbers-next")),
        );
        if next.clicked() {
            *page += 1;
        }
    });
}

/// Chars of a document's title a row shows.
const TITLE_CHARS: usize = 32;

/// A document as a row names it: its title (cut short) and its date as the lesson gives it.
fn document_name(title: &str, published: &str) -> String {
    let mut short: String = title.chars().take(TITLE_CHARS).collect();
    if title.chars().nth(TITLE_CHARS).is_some() {
        short = format!("{}…", short.trim_end());
    }
    if published.trim().is_empty() {
        format!("“{short}”")
    } else {
        format!("“{short}” ({})", published.trim())
    }
}

/// The period a value counts over, in words: its dates (ISO, as every locale reads them) and
/// the words that say it.
fn period_text(ui: &egui::Ui, period: &Period) -> String {
    let dates = match (period.start, period.end) {
        (None, None) => tr!(ui, "numbers-undated"),
        (None, Some(end)) if period.from_document => {
            tr!(ui, "numbers-as-of", date = end.to_string())
        }
        (None, Some(end)) => tr!(ui, "numbers-up-to", date = end.to_string()),
        (Some(start), None) => tr!(ui, "numbers-from", date = start.to_string()),
        (Some(start), Some(end)) if start == end => start.to_string(),
        (Some(start), Some(end)) => format!("{start} – {end}"),
    };
    if period.written.is_empty() {
        dates
    } else {
        format!("{dates} (“{}”)", period.written)
    }
}

/// A statement's value as a link to its place in its article (Enter or a click shows it), named
/// with its source, and what it counts beside it: the same in the list and the table.
fn value_ui(
    ui: &mut egui::Ui,
    texts: &mut DirectedTexts,
    s: &Statement,
    commands: &mut Vec<AppCommand>,
) -> egui::Response {
    let value = s.written_value();
    let show_name = tr!(
        ui,
        "numbers-show-value",
        value = value.as_str(),
        source = s.source.as_str()
    );
    // Strong, in the link colour: the value is what to click.
    let link = texts
        .link(ui, &value, &show_name)
        .on_hover_text(tr!(ui, "numbers-show-hover"));
    if link.clicked() {
        commands.push(AppCommand::ShowDocument(
            s.document.clone(),
            Some(s.range.clone()),
        ));
    }
    let look = directed::Look::body(ui).in_interface();
    texts.label(ui, &s.counted.describe(), &look);
    link
}
