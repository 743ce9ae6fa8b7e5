//! Find in lesson: the search bar and its hits across every document. The documents are searched
//! on the worker's lookup lane: a keystroke only asks, a newer keystroke stops the search under
//! way, and the hits come back indexed, laid over the highlights without rebuilding them.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use super::super::derived::SEARCH_FILL;
use super::super::widgets::article_view::{ArticleView, Highlight, HighlightIndex, HighlightKey};
use super::super::worker::{Latest, Overtaken};
use super::super::{AppCommand, CrosscheckApp};
use crate::core::text::DocumentText;

/// Hits kept per document.
const MAX_HITS_PER_DOCUMENT: usize = 1000;

/// Hits listed under the search bar (the rest are highlighted in the article).
const LISTED_HITS: usize = 200;

/// How many matches a search counts between two looks at whether a newer one overtook it.
const MATCHES_BETWEEN_LOOKS: usize = 4096;

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
    /// Counts every change of the hits (they are laid over the highlights when it changes).
    pub generation: u64,
    /// Focus the query field on the next frame.
    pub focus: bool,
    /// The query being searched on the worker, until its hits come back.
    pub searching: Option<String>,
    /// The hits of each document, indexed (on the worker) for the article view.
    pub highlights: HashMap<String, Arc<HighlightIndex>>,
    /// The documents as the worker searches them, kept while they do not change.
    corpus: Option<Arc<Corpus>>,
}

/// One document as searched: its text, lower-cased once when first searched.
struct CorpusDocument {
    id: String,
    text: DocumentText,
    /// The text lower-cased, or `None` where lower-casing changes byte lengths and the search is
    /// case-sensitive instead.
    folded: OnceLock<Option<Arc<str>>>,
}

impl CorpusDocument {
    fn folded(&self) -> Option<&str> {
        self.folded
            .get_or_init(|| {
                let lower = self.text.as_str().to_lowercase();
                // Lower-casing can change byte lengths; then offsets would not match.
                (lower.len() == self.text.as_str().len()).then(|| Arc::from(lower))
            })
            .as_deref()
    }
}

/// The lesson's documents, shared with the worker.
struct Corpus {
    documents: Vec<Arc<CorpusDocument>>,
}

impl Corpus {
    /// Whether these are the documents of `views` (by id and text hash): O(documents).
    fn is_of(&self, views: &std::collections::BTreeMap<String, ArticleView>) -> bool {
        self.documents.len() == views.len()
            && self
                .documents
                .iter()
                .zip(views)
                .all(|(d, (id, view))| d.id == *id && d.text.sha256() == view.text().sha256())
    }

    /// The documents of `views`, keeping those of `before` that did not change (and their
    /// lower-cased text).
    fn of(views: &std::collections::BTreeMap<String, ArticleView>, before: Option<&Self>) -> Self {
        let documents = views
            .iter()
            .map(|(id, view)| {
                let kept = before.and_then(|c| {
                    c.documents
                        .iter()
                        .find(|d| d.id == *id && d.text.sha256() == view.text().sha256())
                });
                kept.map_or_else(
                    || {
                        Arc::new(CorpusDocument {
                            id: id.clone(),
                            text: view.text().clone(),
                            folded: OnceLock::new(),
                        })
                    },
                    Arc::clone,
                )
            })
            .collect();
        Self { documents }
    }
}

/// What a search found (on the worker).
pub struct Found {
    /// The query searched.
    query: String,
    /// Hits kept, in document order.
    hits: Vec<(String, Range<usize>)>,
    /// Every hit, counted.
    total: usize,
    /// The hits of each document, indexed.
    highlights: HashMap<String, Arc<HighlightIndex>>,
}

/// Finds `query` in every document, ignoring case where the text allows it; stops early (with
/// what it has, which is then dropped) once a newer search overtook it.
fn find(corpus: &Corpus, query: &str, overtaken: &Overtaken) -> Found {
    let mut found = Found {
        query: query.to_owned(),
        hits: Vec::new(),
        total: 0,
        highlights: HashMap::new(),
    };
    let needle = query.trim();
    if needle.is_empty() {
        return found;
    }
    let folded_needle = needle.to_lowercase();
    for doc in &corpus.documents {
        if overtaken.now() {
            return found;
        }
        let text = &doc.text;
        let (haystack, wanted): (&str, &str) = match doc.folded() {
            Some(lower) => (lower, &folded_needle),
            None => (text.as_str(), needle),
        };
        let wanted_chars = wanted.chars().count();
        let mut highlights = Vec::new();
        for (n, (byte, _)) in haystack.match_indices(wanted).enumerate() {
            found.total += 1;
            if n < MAX_HITS_PER_DOCUMENT {
                let start = text.byte_to_char(byte);
                let range = start..start + wanted_chars;
                highlights.push(Highlight {
                    range: range.clone(),
                    color: SEARCH_FILL,
                    key: HighlightKey::Search,
                });
                found.hits.push((doc.id.clone(), range));
            } else if n % MATCHES_BETWEEN_LOOKS == 0 && overtaken.now() {
                return found;
            }
        }
        if !highlights.is_empty() {
            found
                .highlights
                .insert(doc.id.clone(), Arc::new(HighlightIndex::new(highlights)));
        }
    }
    found
}

/// The search bar with its hits.
pub fn search_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        ui.label(tr!(ui, "student-find-label"));
        let edit = ui.add(
            egui::TextEdit::singleline(&mut app.search.query)
                .id(find_field_id())
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
        // In words only: the worker's answer wakes the window; nothing repaints meanwhile.
        if app.search.searching.is_some() {
            ui.label(tr!(ui, "student-find-searching"));
        } else if app.search.total > listed {
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

/// The search bar's query field (tests and benchmarks put the keyboard in it).
pub fn find_field_id() -> egui::Id {
    egui::Id::unique("crosscheck-find-in-lesson")
}

impl CrosscheckApp {
    /// Searches every document for `query` on the worker; an empty query clears the hits at
    /// once. A search still under way is overtaken (it stops, and its hits are dropped).
    pub(crate) fn start_search(&mut self, ctx: &egui::Context, query: &str) {
        if query.trim().is_empty() {
            self.worker.overtake(Latest::Search);
            let search = &mut self.search;
            search.searching = None;
            search.hits.clear();
            search.highlights.clear();
            search.total = 0;
            search.generation += 1;
            return;
        }
        let corpus = match &self.search.corpus {
            Some(c) if c.is_of(&self.views) => Arc::clone(c),
            before => Arc::new(Corpus::of(&self.views, before.as_deref())),
        };
        self.search.corpus = Some(Arc::clone(&corpus));
        self.search.searching = Some(query.to_owned());
        let query = query.to_owned();
        self.worker
            .lookup_latest(ctx, Latest::Search, move |overtaken| {
                Box::new(find(&corpus, &query, overtaken)).into()
            });
    }

    /// The hits of the newest search came back: they replace the last ones.
    pub(crate) fn search_found(&mut self, found: Found) {
        let search = &mut self.search;
        if search.searching.as_deref() != Some(found.query.as_str()) {
            return;
        }
        search.searching = None;
        search.hits = found.hits;
        search.total = found.total;
        search.highlights = found.highlights;
        search.generation += 1;
    }
}
