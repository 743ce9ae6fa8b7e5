//! The Numbers panel: the numbers of the lesson's documents, grouped by what they count, with the
//! values that disagree for overlapping periods marked in words and a symbol. A value shows in its
//! article with a click; one more click makes it a claim, or attaches it as evidence to the
//! selected claim with the stance the student picks.
//!
//! The board is found once per change of the lesson's documents, synonyms or dates (not per
//! frame), and a frame draws only the groups near the screen and at most a page of each group's
//! rows.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash as _, Hasher as _};
use std::sync::Arc;

use egui::RichText;

use super::super::i18n::Speaks as _;
use super::super::{AppCommand, CrosscheckApp};
use super::inspector::stance_text;
use crate::core::lesson::{LoadedLesson, NumbersPanel};
use crate::core::numbers::{Board, Group, Period, Statement};
use crate::core::session::Stance;

/// Rows of a group shown at first, and added by "Show more".
const ROWS_AT_A_TIME: usize = 25;
/// Groups of at most this many statements start open.
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
    /// Rows shown beyond the first page, per group.
    more: HashMap<usize, usize>,
    /// Each group's height when last drawn (what a frame skips for the groups off screen).
    heights: Vec<f32>,
}

impl NumbersState {
    /// The board of the lesson, found again only when its documents, their dates or outlets,
    /// the language or the synonyms changed.
    pub fn board(&mut self, lesson: &LoadedLesson) -> Arc<Board> {
        let print = fingerprint(lesson);
        if let Some((p, board)) = &self.board
            && *p == print
        {
            return Arc::clone(board);
        }
        let board = Arc::new(Board::for_lesson(lesson));
        self.board = Some((print, Arc::clone(&board)));
        self.more.clear();
        self.heights = vec![GROUP_HEIGHT_GUESS; board.groups.len()];
        board
    }
}

/// What the board depends on, hashed: each document's id, outlet, title, date and text size, the
/// lesson's language and synonyms.
fn fingerprint(lesson: &LoadedLesson) -> u64 {
    let mut h = DefaultHasher::new();
    lesson.lesson.language.hash(&mut h);
    lesson.lesson.synonyms.hash(&mut h);
    for d in &lesson.lesson.documents {
        (&d.id, &d.outlet, &d.title, &d.published).hash(&mut h);
        lesson
            .text(&d.id)
            .map(|t| (t.char_count(), t.paragraph_count()))
            .hash(&mut h);
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
    claim_numbers: &'a HashMap<String, usize>,
    teaching: bool,
}

/// The Numbers panel, in the centre. `review`: on the Review tab, where it only shows.
pub fn numbers_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui, review: bool) {
    let board = app.numbers.board(&app.lesson);
    let target = app
        .attach
        .as_ref()
        .map(|m| m.claim_id.clone())
        .or_else(|| app.selected_claim.clone())
        .and_then(|id| {
            let number = app.derived.claim_numbers.get(&id).copied()?;
            Some((id, number))
        });
    let context = Context {
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
    ui.heading(tr!(ui, "numbers-heading"));
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
                    let more = state.more.entry(g).or_default();
                    ui.push_id(("numbers-group", g), |ui| {
                        group_ui(ui, group, g, more, &context, &mut commands);
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
    g: usize,
    more: &mut usize,
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
        .id_salt(("numbers-group-header", g))
        .default_open(count <= OPEN_GROUP_ROWS)
        .show(ui, |ui| {
            let shown = (ROWS_AT_A_TIME + *more).min(count);
            for (i, statement) in group.statements.iter().enumerate().take(shown) {
                ui.push_id(i, |ui| {
                    statement_ui(ui, group, i, statement, context, commands);
                });
            }
            if shown < count {
                let next = (count - shown).min(ROWS_AT_A_TIME);
                if ui
                    .button(tr!(
                        ui,
                        "numbers-show-more",
                        count = next,
                        left = count - shown
                    ))
                    .clicked()
                {
                    *more += ROWS_AT_A_TIME;
                }
            }
        });
}

/// One value: the number (a link to it in its article), what it counts, the outlet and period,
/// the disagreements it takes part in, its sentence, and what can be done with it.
fn statement_ui(
    ui: &mut egui::Ui,
    group: &Group,
    index: usize,
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
            ui.label(RichText::new(format!("· {} · {when}", s.source)).weak());
        });
        for d in group.disagreements_of(index) {
            let reason = ui.words().message(&d.reason);
            ui.label(RichText::new(format!("{} {reason}", d.symbol())).strong());
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
                (
                    tr!(ui, "numbers-make-key-item"),
                    tr!(
                        ui,
                        "numbers-make-key-item-of",
                        value = value,
                        source = s.source.as_str()
                    ),
                )
            } else {
                (
                    tr!(ui, "numbers-make-claim"),
                    tr!(
                        ui,
                        "numbers-make-claim-of",
                        value = value,
                        source = s.source.as_str()
                    ),
                )
            };
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
