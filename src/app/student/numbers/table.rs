//! The comparison table of one group, for the teacher: a row per value in date order, with who
//! said it, what it counts, whom the sentence attributes it to, the place and the period, and
//! the sentence under it. The marks between rows (≠ disagree, ? not sure, ≈ different things,
//! ↗ a toll that rose, ⊂ a part or another place) are drawn as lines joining the rows in a
//! gutter at the left, each with its symbol, and said in words: under each row (a button that
//! goes to the other row) and, with their reasons, under the table. Nothing is told by colour
//! alone, and where the finder is unsure the values are set side by side, not called ≠.

use egui::{Align, Pos2, Rect, RichText, Stroke, Vec2};

use super::directed::{DirectedTexts, Look, keep_in_view};
use super::marks::{
    Link, Mark, Reading, disagreement, mark_button_words, marks_in_words_ui, reading, symbol,
};
use super::{Context, ROWS_AT_A_TIME, page_turner_ui, period_text, quote_text, value_ui};
use crate::app::AppCommand;
use crate::app::i18n::Speaks as _;
use crate::app::widgets::forms::labelled_combo;
use crate::core::numbers::{Board, Confidence, Group};

/// Marks named under a row (the rest are counted; all are in words under the table).
const MARKS_PER_ROW: usize = 6;
/// Lines drawn side by side in the gutter (marks beyond are in words only).
const LANES: usize = 6;
/// The gutter's room per line.
const LANE_WIDTH: f32 = 20.0;
/// The table is laid out in columns from this width of the panel; narrower, a row's cells are
/// lines one under the other, each named.
const COLUMNS_FROM_WIDTH: f32 = 620.0;

/// The table's state: the group chosen, its page, and a row to go to.
#[derive(Default)]
pub(super) struct TableState {
    /// The group compared, by what it counts (kept when the board is found again).
    pub chosen: Option<String>,
    page: usize,
    /// A row to scroll to and give the keyboard to (its value), once drawn.
    go_to: Option<usize>,
}

impl TableState {
    /// Compares the group that counts `thing`, from its first page.
    pub fn choose(&mut self, thing: String) {
        if self.chosen.as_ref() != Some(&thing) {
            self.page = 0;
        }
        self.chosen = Some(thing);
    }
}

/// A group as the chooser names it.
fn heading(ui: &egui::Ui, group: &Group) -> String {
    let heading = tr!(
        ui,
        "numbers-group-heading",
        thing = group.thing.as_str(),
        count = group.statements.len(),
        disagreements = group.disagreements.len()
    );
    crate::app::glyphs::shown(ui, &heading).into_owned()
}

/// The table of the chosen group, with the chooser above it.
pub(super) fn table_ui(
    ui: &mut egui::Ui,
    board: &Board,
    links: &[Vec<Vec<Link>>],
    (table, texts): (&mut TableState, &mut DirectedTexts),
    context: &Context<'_>,
    commands: &mut Vec<AppCommand>,
) {
    let shown = table
        .chosen
        .as_ref()
        .and_then(|thing| board.groups.iter().position(|g| &g.thing == thing))
        .unwrap_or(0);
    let Some(group) = board.groups.get(shown) else {
        return;
    };
    let mut g = shown;
    labelled_combo(ui, tr!(ui, "numbers-table-group"))
        .selected_text(heading(ui, group))
        .show_ui(ui, |ui| {
            for (i, other) in board.groups.iter().enumerate() {
                ui.selectable_value(&mut g, i, heading(ui, other));
            }
        });
    let Some(group) = board.groups.get(g) else {
        return;
    };
    table.choose(group.thing.clone());
    let links = links.get(g).map_or(&[][..], Vec::as_slice);
    egui::ScrollArea::vertical()
        .id_salt("numbers-table-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(RichText::new(tr!(ui, "numbers-table-legend")).weak());
            rows_ui(ui, group, links, (table, texts), context, commands);
        });
}

/// Where a row was drawn: its number and rectangle.
struct Placed {
    row: usize,
    rect: Rect,
}

/// A page of rows, the lines between them, and the marks in words.
fn rows_ui(
    ui: &mut egui::Ui,
    group: &Group,
    links: &[Vec<Link>],
    (table, texts): (&mut TableState, &mut DirectedTexts),
    context: &Context<'_>,
    commands: &mut Vec<AppCommand>,
) {
    let count = group.statements.len();
    let pages = count.div_ceil(ROWS_AT_A_TIME).max(1);
    if let Some(row) = table.go_to {
        table.page = row / ROWS_AT_A_TIME;
    }
    table.page = table.page.min(pages - 1);
    let first = table.page * ROWS_AT_A_TIME;
    let shown = first..(first + ROWS_AT_A_TIME).min(count);
    if pages > 1 {
        page_turner_ui(ui, &mut table.page, pages, &shown, count);
    }
    let columns = ui.available_width() >= COLUMNS_FROM_WIDTH;
    // Fewer lines side by side when the panel is narrow.
    let (lanes, lined) = lanes_of(links, &shown, if columns { LANES } else { LANES / 2 });
    let gutter = lanes as f32 * LANE_WIDTH + 4.0;
    let left = ui.cursor().left();
    let widths = Widths::new(ui, ui.available_width() - gutter);
    if columns {
        header_ui(ui, gutter, &widths);
    }
    let mut placed = Vec::new();
    for i in shown.clone() {
        let Some(s) = group.statements.get(i) else {
            continue;
        };
        let row = links.get(i).map_or(&[][..], Vec::as_slice);
        let top = ui.cursor().top();
        let background = ui.painter().add(egui::Shape::Noop);
        let focus = table.go_to == Some(i);
        ui.push_id(("numbers-table-row", i), |ui| {
            let row = Row {
                group,
                number: i,
                statement: s,
                links: row,
            };
            row_ui(
                ui,
                &row,
                (gutter, columns.then_some(&widths)),
                focus,
                texts,
                context,
                commands,
                &mut table.go_to,
            );
        });
        let rect = Rect::from_min_max(
            Pos2::new(left + gutter, top),
            Pos2::new(ui.max_rect().right(), ui.cursor().top()),
        );
        if i % 2 == 1 {
            ui.painter().set(
                background,
                egui::Shape::rect_filled(rect, 2.0, ui.visuals().faint_bg_color),
            );
        }
        if focus {
            ui.scroll_to_rect(rect, Some(Align::Center));
            table.go_to = None;
        }
        placed.push(Placed { row: i, rect });
        ui.separator();
    }
    lines_ui(ui, group, &placed, &lined, left + gutter);
    if pages > 1 {
        page_turner_ui(ui, &mut table.page, pages, &shown, count);
    }
    marks_in_words_ui(ui, group, links, &shown, texts);
}

/// The lines between rows of a page (both ends on it, the first few marks of each row), each in
/// the first lane free over its span, the shortest innermost; at most `most` lanes (the marks
/// left over are in words only). Returns the lanes used and each line: (row, row, mark, lane).
fn lanes_of(
    links: &[Vec<Link>],
    shown: &std::ops::Range<usize>,
    most: usize,
) -> (usize, Vec<(usize, usize, Mark, usize)>) {
    let mut drawn: Vec<(usize, usize, Mark)> = Vec::new();
    for i in shown.clone() {
        let row = links.get(i).map_or(&[][..], Vec::as_slice);
        for link in row.iter().take(MARKS_PER_ROW) {
            if link.other > i && shown.contains(&link.other) {
                drawn.push((i, link.other, link.mark));
            }
        }
    }
    drawn.sort_by_key(|(a, b, _)| (b - a, *a));
    // Each lane's spans; spans that share a row take two lanes, so that their ends stay apart.
    let mut lanes: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut lined = Vec::new();
    for (a, b, mark) in drawn {
        let free = lanes
            .iter()
            .position(|lane| lane.iter().all(|&(x, y)| b < x || y < a));
        let lane = match free {
            Some(lane) => lane,
            None if lanes.len() < most => {
                lanes.push(Vec::new());
                lanes.len() - 1
            }
            None => continue,
        };
        lanes[lane].push((a, b));
        lined.push((a, b, mark, lane));
    }
    (lanes.len(), lined)
}

/// Chars of a report's date a row shows (the rest is in the list, and the title's hover).
const DATE_CHARS: usize = 28;

/// `text`, cut to `chars` with "…".
fn cut_short(text: &str, chars: usize) -> String {
    if text.chars().nth(chars).is_none() {
        return text.to_owned();
    }
    let short: String = text.chars().take(chars).collect();
    format!("{}…", short.trim_end())
}

/// The columns' widths.
struct Widths {
    number: f32,
    source: f32,
    said: f32,
    attribution: f32,
    place: f32,
    period: f32,
}

impl Widths {
    fn new(ui: &egui::Ui, width: f32) -> Self {
        let gap = ui.spacing().item_spacing.x;
        let number = 28.0;
        let rest = (width - number - gap * 6.0).max(100.0);
        Self {
            number,
            source: rest * 0.2,
            said: rest * 0.24,
            attribution: rest * 0.16,
            place: rest * 0.14,
            period: rest * 0.26,
        }
    }
}

/// The columns' headings.
fn header_ui(ui: &mut egui::Ui, gutter: f32, widths: &Widths) {
    ui.horizontal_top(|ui| {
        ui.add_space(gutter);
        for (id, width) in [
            ("numbers-table-number", widths.number),
            ("numbers-table-source", widths.source),
            ("numbers-table-said", widths.said),
            ("numbers-table-attribution", widths.attribution),
            ("numbers-table-place", widths.place),
            ("numbers-table-period", widths.period),
        ] {
            let text = ui.words().get(id);
            cell_ui(ui, Some(width), "", |ui| {
                ui.strong(text);
            });
        }
    });
    ui.separator();
}

/// A cell: in its column, or, narrow, a line that names it.
fn cell_ui(ui: &mut egui::Ui, width: Option<f32>, name: &str, add: impl FnOnce(&mut egui::Ui)) {
    match width {
        Some(width) => {
            ui.allocate_ui_with_layout(
                Vec2::new(width, 0.0),
                egui::Layout::top_down(Align::Min),
                |ui| {
                    ui.set_width(width);
                    add(ui);
                },
            );
        }
        None => {
            ui.horizontal_wrapped(|ui| {
                if !name.is_empty() {
                    ui.label(RichText::new(name).weak());
                }
                add(ui);
            });
        }
    }
}

/// A row and its marks.
struct Row<'a> {
    group: &'a Group,
    number: usize,
    statement: &'a crate::core::numbers::Statement,
    links: &'a [Link],
}

/// One row: its cells, its sentence and its marks.
#[allow(clippy::too_many_arguments)] // One row's parts, each used once.
fn row_ui(
    ui: &mut egui::Ui,
    row: &Row<'_>,
    (gutter, widths): (f32, Option<&Widths>),
    focus: bool,
    texts: &mut DirectedTexts,
    context: &Context<'_>,
    commands: &mut Vec<AppCommand>,
    go_to: &mut Option<usize>,
) {
    let s = row.statement;
    let number = row.number + 1;
    let width = |f: fn(&Widths) -> f32| widths.map(f);
    let cells = |ui: &mut egui::Ui, texts: &mut DirectedTexts, commands: &mut Vec<AppCommand>| {
        // "Row 4": in its column the number alone, named in words for screen readers.
        let name = tr!(ui, "numbers-table-row-name", row = number);
        let shown = if widths.is_some() {
            number.to_string()
        } else {
            name.clone()
        };
        cell_ui(ui, width(|w| w.number), "", |ui| {
            let label = ui.strong(shown);
            label.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
        });
        let name = ui.words().get("numbers-table-source");
        cell_ui(ui, width(|w| w.source), &name, |ui| {
            // The outlet and the report's date; its title to the pointer.
            // An outlet often mixes scripts ("صوت الناس (sotelnas.net)"): read as the interface
            // reads, with its Arabic or Hebrew words in their own order inside.
            let look = Look::body(ui).in_interface();
            let mut source = texts.label(ui, &s.source, &look);
            let date = context.published.get(s.document.as_str()).copied();
            if let Some(date) = date.filter(|d| !d.is_empty()) {
                let look = Look::weak(ui).in_interface();
                source |= texts.label(ui, &cut_short(date, DATE_CHARS), &look);
            }
            if let Some(document) = context.documents.get(s.document.as_str()) {
                source.on_hover_text(crate::app::glyphs::shown(ui, document).into_owned());
            }
        });
        let name = ui.words().get("numbers-table-said");
        cell_ui(ui, width(|w| w.said), &name, |ui| {
            let link = value_ui(ui, texts, s, commands);
            if focus {
                link.request_focus();
            }
        });
        let name = ui.words().get("numbers-table-attribution");
        cell_ui(ui, width(|w| w.attribution), &name, |ui| {
            nameable_ui(ui, texts, &s.attribution, "numbers-table-no-attribution");
        });
        let name = ui.words().get("numbers-table-place");
        cell_ui(ui, width(|w| w.place), &name, |ui| {
            nameable_ui(ui, texts, &s.place, "numbers-table-no-place");
        });
        let name = ui.words().get("numbers-table-period");
        cell_ui(ui, width(|w| w.period), &name, |ui| {
            ui.label(period_text(ui, &s.period));
        });
    };
    ui.horizontal_top(|ui| {
        ui.add_space(gutter);
        if widths.is_some() {
            cells(ui, texts, commands);
        } else {
            ui.vertical(|ui| cells(ui, texts, commands));
        }
    });
    let indent = gutter + widths.map_or(0.0, |w| w.number + ui.spacing().item_spacing.x);
    ui.horizontal_top(|ui| {
        ui.add_space(indent);
        ui.vertical(|ui| {
            let look = Look::quote(ui);
            texts.label(ui, &quote_text(s), &look);
            marks_ui(ui, row, go_to, texts);
        });
    });
}

/// Who the count is attributed to, or its place: the words, or a dash that says in words
/// (to the pointer and screen readers) that the sentence names none.
fn nameable_ui(ui: &mut egui::Ui, texts: &mut DirectedTexts, text: &str, none: &str) {
    if text.trim().is_empty() {
        let words = ui.words().get(none);
        let dash = ui.label(RichText::new(ui.words().get("numbers-table-none")).weak());
        dash.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &words));
        dash.on_hover_text(words);
    } else {
        let look = Look::body(ui);
        texts.label(ui, text, &look);
    }
}

/// A row's marks, each a button that goes to the other row (its reason to the pointer).
fn marks_ui(
    ui: &mut egui::Ui,
    row: &Row<'_>,
    go_to: &mut Option<usize>,
    texts: &mut DirectedTexts,
) {
    if row.links.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for link in row.links.iter().take(MARKS_PER_ROW) {
            let Some(d) = disagreement(row.group, link.mark) else {
                continue;
            };
            let text = mark_button_words(ui, d, link.other + 1);
            // Named with its own row too, for a screen reader that lists the buttons.
            let name = tr!(
                ui,
                "numbers-table-mark-name",
                row = row.number + 1,
                mark = text.as_str()
            );
            // Its reason to the pointer, sources in Arabic or Hebrew in their own order.
            let button = ui.small_button(text).on_hover_ui(|ui| {
                let look = Look::body(ui).in_interface();
                texts.label(ui, &ui.words().message(&d.reason), &look);
            });
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            keep_in_view(&button);
            if button.clicked() {
                *go_to = Some(link.other);
            }
        }
        if row.links.len() > MARKS_PER_ROW {
            let more = row.links.len() - MARKS_PER_ROW;
            ui.label(tr!(ui, "numbers-table-more-marks", count = more));
        }
    });
}

/// The lines joining the rows of each mark drawn, in the gutter left of `table_left`, each with
/// its symbol (the marks' words are under the rows and the table).
fn lines_ui(
    ui: &egui::Ui,
    group: &Group,
    placed: &[Placed],
    lined: &[(usize, usize, Mark, usize)],
    table_left: f32,
) {
    let y_of = |row: usize| {
        placed
            .iter()
            .find(|p| p.row == row)
            .map(|p| p.rect.top() + ui.text_style_height(&egui::TextStyle::Body) * 0.6 + 2.0)
    };
    let hovered = ui
        .ctx()
        .pointer_hover_pos()
        .and_then(|pos| placed.iter().find(|p| p.rect.contains(pos)))
        .map(|p| p.row);
    let painter = ui.painter();
    let font = egui::TextStyle::Body.resolve(ui.style());
    for &(a, b, mark, lane) in lined {
        let (Some(ya), Some(yb), Some(d)) = (y_of(a), y_of(b), disagreement(group, mark)) else {
            continue;
        };
        let x = table_left - 8.0 - lane as f32 * LANE_WIDTH;
        let strong = matches!(reading(d), Reading::Conflict | Reading::Unsure);
        let colour = if strong {
            ui.visuals().text_color()
        } else {
            ui.visuals().weak_text_color()
        };
        let width = if hovered == Some(a) || hovered == Some(b) {
            2.5
        } else {
            1.0
        };
        let stroke = Stroke::new(width, colour);
        let path = [
            Pos2::new(table_left, ya),
            Pos2::new(x, ya),
            Pos2::new(x, yb),
            Pos2::new(table_left, yb),
        ];
        if d.confidence == Confidence::Sure {
            painter.line(path.to_vec(), stroke);
        } else {
            // Dashed where the finder is not sure (and its symbol says so too).
            painter.extend(egui::Shape::dashed_line(&path, stroke, 4.0, 3.0));
        }
        let middle = Pos2::new(x, f32::midpoint(ya, yb));
        let galley = painter.layout_no_wrap(symbol(d).to_owned(), font.clone(), colour);
        let rect = Rect::from_center_size(middle, galley.size() + Vec2::splat(4.0));
        painter.rect_filled(rect, 3.0, ui.visuals().panel_fill);
        painter.rect_stroke(
            rect,
            3.0,
            Stroke::new(1.0, colour),
            egui::StrokeKind::Inside,
        );
        painter.galley(rect.min + Vec2::splat(2.0), galley, colour);
    }
}
