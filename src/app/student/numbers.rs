//! The Numbers panel: the numbers of the lesson's documents, grouped by what they count, with the
//! values that disagree for overlapping periods marked in words and a symbol. A value shows in its
//! article with a click; one more click makes it a claim, or attaches it as evidence to the
//! selected claim with the stance the student picks.
//!
//! The board is found on the worker once per change of the lesson's documents, synonyms or dates
//! (not per frame, and the window does not wait), and a frame draws only the groups near the
//! screen and one page of each open group's rows.

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash as _, Hasher as _};
use std::sync::Arc;

use egui::RichText;

use super::super::i18n::{FluentArgs, Speaks as _};
use super::super::jobs::JobResult;
use super::super::shell::focus::panel_anchor;
use super::super::worker::{Latest, Worker};
use super::super::{AppCommand, CrosscheckApp};
use super::inspector::stance_text;
use crate::core::lesson::{LoadedLesson, NumbersPanel};
use crate::core::numbers::{Board, Group, Period, Statement};
use crate::core::session::{EvidenceSource, Stance};
use crate::core::text::DocumentText;

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
    /// Each statement's disagreements (indexes into its group's), per group: found with the
    /// board, so that a row does not look through its group's every pair.
    marks: Vec<Vec<Vec<usize>>>,
    /// Each group's height when last drawn (what a frame skips for the groups off screen).
    heights: Vec<f32>,
}

impl NumbersState {
    /// The board of the lesson, if it has been found for the lesson as it is now. When the
    /// documents, their dates or outlets, the language or the synonyms changed, it is found again
    /// on the worker (the window does not wait), once per change.
    fn board(
        &mut self,
        lesson: &LoadedLesson,
        worker: &mut Worker<JobResult>,
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
                JobResult::Numbers(print, Arc::new(Board::for_lesson(&lesson)))
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

    /// A board found on the worker: kept if it is for the lesson asked for last.
    pub fn found(&mut self, print: u64, board: Arc<Board>) {
        if self.asked != Some(print) {
            return;
        }
        self.pages.clear();
        self.heights = vec![GROUP_HEIGHT_GUESS; board.groups.len()];
        self.marks = board
            .groups
            .iter()
            .map(|g| {
                let mut marks = vec![Vec::new(); g.statements.len()];
                for (d, disagreement) in g.disagreements.iter().enumerate() {
                    for s in [disagreement.first, disagreement.second] {
                        if let Some(m) = marks.get_mut(s) {
                            m.push(d);
                        }
                    }
                }
                marks
            })
            .collect();
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
    let context = Context {
        documents,
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
    ui.label(tr!(ui, "numbers-about"));
    if app.lesson.lesson.numbers == NumbersPanel::Hidden {
        ui.label(RichText::new(tr!(ui, "numbers-hidden-from-students")).weak());
    }
    ui.separator();
    if board.groups.is_empty() {
        ui.label(tr!(ui, "numbers-none"));
        return;
    }
    let mut commands = Vec::new();
    let state = &mut app.numbers;
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
                    let marks = state.marks.get(g).map_or(&[][..], Vec::as_slice);
                    // The largest group, and every small one, starts open.
                    let open = g == 0 || group.statements.len() <= OPEN_GROUP_ROWS;
                    ui.push_id(("numbers-group", &group.thing), |ui| {
                        group_ui(ui, group, (marks, open), page, &context, &mut commands);
                    });
                    state.heights[g] = ui.cursor().top() - top;
                }
                y += state.heights[g];
            }
        });
    for command in commands {
        app.send(command);
    }
}

/// One group: what it counts, how many values and disagreements, and a page of its rows.
fn group_ui(
    ui: &mut egui::Ui,
    group: &Group,
    (marks, open): (&[Vec<usize>], bool),
    page: &mut usize,
    context: &Context<'_>,
    commands: &mut Vec<AppCommand>,
) {
    let count = group.statements.len();
    let heading = tr!(
        ui,
        "numbers-group-heading",
        thing = group.thing.as_str(),
        count = count,
        disagreements = group.disagreements.len()
    );
    egui::CollapsingHeader::new(heading)
        .id_salt("numbers-group-header")
        .default_open(open)
        .show(ui, |ui| {
            let pages = count.div_ceil(ROWS_AT_A_TIME).max(1);
            *page = (*page).min(pages - 1);
            let first = *page * ROWS_AT_A_TIME;
            let shown = first..(first + ROWS_AT_A_TIME).min(count);
            if pages > 1 {
                page_turner_ui(ui, page, pages, &shown, count);
            }
            for i in shown.clone() {
                let Some(statement) = group.statements.get(i) else {
                    continue;
                };
                let own = marks.get(i).map_or(&[][..], Vec::as_slice);
                ui.push_id(i, |ui| {
                    statement_ui(ui, group, own, statement, context, commands);
                });
            }
            if pages > 1 {
                page_turner_ui(ui, page, pages, &shown, count);
            }
        });
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

/// One value: the number (a link to it in its article), what it counts, the outlet and period,
/// the disagreements it takes part in, its sentence, and what can be done with it.
fn statement_ui(
    ui: &mut egui::Ui,
    group: &Group,
    marks: &[usize],
    s: &Statement,
    context: &Context<'_>,
    commands: &mut Vec<AppCommand>,
) {
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        let value = s.written_value();
        ui.horizontal_wrapped(|ui| {
            let show_name = tr!(
                ui,
                "numbers-show-value",
                value = value.as_str(),
                source = s.source.as_str()
            );
            // Strong, in the link colour: the value is what to click.
            let colour = ui.visuals().hyperlink_color;
            let link = ui
                .link(RichText::new(&value).strong().color(colour))
                .on_hover_text(tr!(ui, "numbers-show-hover"));
            link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &show_name));
            if link.clicked() {
                commands.push(AppCommand::ShowDocument(
                    s.document.clone(),
                    Some(s.range.clone()),
                ));
            }
            ui.label(s.counted.describe());
            let when = period_text(ui, &s.period);
            let document = context.documents.get(s.document.as_str());
            let line = match document {
                Some(document) => format!("· {} · {document} · {when}", s.source),
                None => format!("· {} · {when}", s.source),
            };
            ui.label(RichText::new(line).weak());
        });
        for d in marks.iter().take(REASONS_SHOWN) {
            let Some(d) = group.disagreements.get(*d) else {
                continue;
            };
            let reason = ui.words().message(&d.reason);
            ui.label(RichText::new(format!("{} {reason}", d.symbol())).strong());
        }
        if marks.len() > REASONS_SHOWN {
            let more = marks.len() - REASONS_SHOWN;
            ui.label(RichText::new(tr!(ui, "numbers-more-disagreements", count = more)).strong());
        }
        let mut quote: String = s.quote.chars().take(QUOTE_CHARS).collect();
        if s.quote.chars().nth(QUOTE_CHARS).is_some() {
            quote.push('…');
        }
        ui.label(RichText::new(format!("“{quote}”")).italics());
        if context.actions == Actions::Edit {
            actions_ui(ui, s, &value, context, commands);
        }
    });
}

/// Make a claim of the value's clause (or go to the claim already made of it), and attach it to
/// the claim being given evidence with a stance.
fn actions_ui(
    ui: &mut egui::Ui,
    s: &Statement,
    value: &str,
    context: &Context<'_>,
    commands: &mut Vec<AppCommand>,
) {
    let key = (s.document.clone(), s.clause.start, s.clause.end);
    ui.horizontal_wrapped(|ui| {
        let existing = context.claim_by_range.get(&key);
        if let Some(id) = existing {
            let number = context.claim_numbers.get(id).copied().unwrap_or(0);
            let text = if context.teaching {
                tr!(ui, "numbers-is-key-item", id = id.as_str())
            } else {
                tr!(ui, "numbers-is-claim", number = number)
            };
            if ui.link(text).clicked() {
                commands.push(AppCommand::SelectClaim(Some(id.clone())));
            }
        } else {
            let (text, name) = if context.teaching {
                ("numbers-make-key-item", "numbers-make-key-item-of")
            } else {
                ("numbers-make-claim", "numbers-make-claim-of")
            };
            let mut args = FluentArgs::new();
            args.set("value", value);
            args.set("source", s.source.as_str());
            let (text, name) = (ui.words().get(text), ui.words().format(name, Some(&args)));
            let button = ui.button(text);
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if button.clicked() {
                commands.push(AppCommand::ClaimPassage(
                    s.document.clone(),
                    s.clause.clone(),
                ));
            }
        }
        let Some((claim_id, number)) = &context.target else {
            ui.label(RichText::new(tr!(ui, "numbers-select-claim-to-attach")).weak());
            return;
        };
        if existing == Some(claim_id) {
            return;
        }
        if context
            .target_cites
            .contains(&(s.document.as_str(), s.clause.start, s.clause.end))
        {
            ui.label(tr!(ui, "numbers-attached-to", number = *number));
            return;
        }
        ui.label(tr!(ui, "numbers-attach-to", number = *number));
        for stance in Stance::ALL {
            let name = tr!(
                ui,
                "numbers-attach-as",
                value = value,
                source = s.source.as_str(),
                number = *number,
                stance = stance_text(ui, stance)
            );
            let button = ui.button(stance_text(ui, stance));
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if button.clicked() {
                commands.push(AppCommand::AttachPassageTo {
                    claim_id: claim_id.clone(),
                    document: s.document.clone(),
                    range: s.clause.clone(),
                    stance,
                });
            }
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
