//! Find in lesson: the search bar and its hits across every document.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use super::super::{AppCommand, CrosscheckApp};

/// Hits kept per document.
const MAX_HITS_PER_DOCUMENT: usize = 1000;

/// Hits listed under the search bar (the rest are highlighted in the article).
const LISTED_HITS: usize = 200;

/// A search across the lesson's documents.
#[derive(Default)]
pub struct SearchState {
    /// Whether the search bar is shown.
    pub open: bool,
    /// The query as typed.
    pub query: String,
    /// Hits: document and char range (at most [`MAX_HITS_PER_DOCUMENT`] a document).
    pub hits: Vec<(String, Range<usize>)>,
    /// Every hit, counted (there may be more than are kept).
    pub total: usize,
    /// Counts every change of the hits (the highlights are rebuilt when it changes).
    pub generation: u64,
    /// Focus the query field on the next frame.
    pub focus: bool,
    /// Each document lower-cased once (by id and text hash), or `None` where lower-casing
    /// changes byte lengths and the search is case-sensitive instead.
    folded: HashMap<(String, String), Option<Arc<str>>>,
}

/// The search bar with its hits.
pub fn search_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        ui.label(tr!(ui, "student-find-label"));
        let edit = ui.add(
            egui::TextEdit::singleline(&mut app.search.query)
                .hint_text(tr!(ui, "student-find-hint")),
        );
        let accessible = tr!(ui, "student-find-field");
        edit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SearchInput, true, &accessible));
        if app.search.focus {
            edit.request_focus();
            app.search.focus = false;
        }
        if edit.changed() {
            app.send(AppCommand::Search(app.search.query.clone()));
        }
        // Every hit is counted; when the list below shows fewer, it says so.
        let listed = app.search.hits.len().min(LISTED_HITS);
        if app.search.total > listed {
            ui.label(tr!(
                ui,
                "student-find-hits-cut",
                count = app.search.total,
                listed = listed
            ));
        } else {
            ui.label(tr!(ui, "student-find-hits", count = app.search.total));
        }
        if ui.button(tr!(ui, "student-find-close")).clicked() {
            app.search.open = false;
            app.search.query.clear();
            app.send(AppCommand::Search(String::new()));
        }
    });
    let mut show = None;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    let listed = app.search.hits.len().min(LISTED_HITS);
    let scrolled = egui::ScrollArea::vertical()
        .id_salt("hits")
        .max_height(120.0)
        .show_rows(ui, row_height, listed, |ui, rows| {
            for (doc, range) in &app.search.hits[rows] {
                let Some(view) = app.views.get(doc) else {
                    continue;
                };
                let text = view.text();
                let from = range.start.saturating_sub(30);
                let to = (range.end + 30).min(text.char_count());
                let context = text.slice_chars(from..to).replace('\n', " ");
                let title = app
                    .lesson
                    .lesson
                    .document(doc)
                    .map_or(doc.as_str(), |d| d.title.as_str())
                    .chars()
                    .take(24)
                    .collect::<String>();
                let hit = format!("{title}: …{context}…");
                if ui.link(crate::app::glyphs::shown(ui, &hit)).clicked() {
                    show = Some((doc.clone(), range.clone()));
                }
            }
        });
    let what = tr!(ui, "scroll-search");
    super::super::widgets::name_scroll_bars(ui.ctx(), scrolled.id, &what);
    if let Some((doc, range)) = show {
        app.send(AppCommand::ShowDocument(doc, Some(range)));
    }
    ui.separator();
}

impl CrosscheckApp {
    /// Finds `query` in every document, ignoring case where the text allows it.
    pub(crate) fn run_search(&mut self, query: &str) {
        self.search.hits.clear();
        self.search.total = 0;
        self.search.generation += 1;
        let needle = query.trim();
        if needle.is_empty() {
            return;
        }
        let folded_needle = needle.to_lowercase();
        for (doc, view) in &self.views {
            let text = view.text();
            let folded = self
                .search
                .folded
                .entry((doc.clone(), text.sha256().to_owned()))
                .or_insert_with(|| {
                    let lower = text.as_str().to_lowercase();
                    // Lower-casing can change byte lengths; then offsets would not match.
                    (lower.len() == text.as_str().len()).then(|| Arc::from(lower))
                });
            let (haystack, wanted): (&str, &str) = match folded {
                Some(lower) => (lower, &folded_needle),
                None => (text.as_str(), needle),
            };
            for (n, (byte, m)) in haystack.match_indices(wanted).enumerate() {
                self.search.total += 1;
                if n < MAX_HITS_PER_DOCUMENT {
                    let start = text.byte_to_char(byte);
                    self.search
                        .hits
                        .push((doc.clone(), start..start + m.chars().count()));
                }
            }
        }
    }
}
