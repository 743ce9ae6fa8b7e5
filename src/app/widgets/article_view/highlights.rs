//! What the article view paints behind the text, and the index that finds the highlights of the
//! blocks on screen.

use std::ops::Range;
use std::sync::Arc;

use egui::Color32;

/// One highlight to paint: a char range of the document and how to show it.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    /// Char range in the document.
    pub range: Range<usize>,
    /// Fill colour (always paired with an underline and a label, never the only cue).
    pub color: Color32,
    /// Which claim (or search hit, or key item) it is.
    pub key: HighlightKey,
}

/// What a highlight stands for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum HighlightKey {
    /// A student's claim, by annotation id.
    Claim(String),
    /// A passage cited as evidence by a claim.
    Evidence(String),
    /// A search hit.
    Search,
}

/// Highlights longer than this are kept as pieces of at most this many chars (cut at multiples
/// of it), so that one highlight over a whole document does not make every query scan from the
/// start: a query looks back at most this far.
const PIECE_CHARS: usize = 4096;

/// Highlights of one document, sorted by start, for range queries.
#[derive(Default)]
pub struct HighlightIndex {
    /// Pieces of the highlights, none longer than [`PIECE_CHARS`], sorted by start.
    items: Vec<Highlight>,
    longest: usize,
    count: usize,
    /// Highlights indexed on their own and laid over these (search hits, found on the worker):
    /// changing them never rebuilds the rest.
    layer: Option<Arc<HighlightIndex>>,
}

impl HighlightIndex {
    /// Builds the index (O(n log n); done when claims change, never per frame).
    pub fn new(items: Vec<Highlight>) -> Self {
        // A span from a file that ends before it starts is never drawn.
        let items: Vec<Highlight> = items
            .into_iter()
            .filter(|h| h.range.start <= h.range.end)
            .collect();
        let count = items.len();
        let mut pieces = Vec::with_capacity(count);
        for h in items {
            if h.range.len() <= PIECE_CHARS {
                pieces.push(h);
                continue;
            }
            // Pieces meet exactly, so every char is painted once and a point is in one piece.
            let mut start = h.range.start;
            while start < h.range.end {
                let end = ((start / PIECE_CHARS + 1) * PIECE_CHARS).min(h.range.end);
                pieces.push(Highlight {
                    range: start..end,
                    color: h.color,
                    key: h.key.clone(),
                });
                start = end;
            }
        }
        pieces.sort_by_key(|h| (h.range.start, h.range.end));
        let longest = pieces.iter().map(|h| h.range.len()).max().unwrap_or(0);
        Self {
            items: pieces,
            longest,
            count,
            layer: None,
        }
    }

    /// Lays `layer` over these highlights (in place of the one before, if any): O(1).
    pub fn set_layer(&mut self, layer: Option<Arc<HighlightIndex>>) {
        self.layer = layer;
    }

    /// Highlights overlapping `range` (a highlight longer than a piece comes as the pieces of
    /// it that overlap), then those of the layer laid over them.
    pub fn overlapping(&self, range: Range<usize>) -> impl Iterator<Item = &Highlight> {
        let layered = self.layer.as_deref().map(|l| l.own(range.clone()));
        self.own(range).chain(layered.into_iter().flatten())
    }

    /// This index's own highlights overlapping `range` (not its layer's).
    fn own(&self, range: Range<usize>) -> impl Iterator<Item = &Highlight> {
        let from = self
            .items
            .partition_point(|h| h.range.start + self.longest < range.start);
        let to = self.items.partition_point(|h| h.range.start < range.end);
        self.items[from..to.max(from)]
            .iter()
            .filter(move |h| h.range.end > range.start && h.range.start < range.end)
    }

    /// Number of highlights (with the layer's).
    pub fn len(&self) -> usize {
        self.count + self.layer.as_ref().map_or(0, |l| l.count)
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn highlight(range: Range<usize>, id: &str) -> Highlight {
        Highlight {
            range,
            color: Color32::YELLOW,
            key: HighlightKey::Claim(id.into()),
        }
    }

    #[test]
    fn a_document_long_highlight_is_found_in_pieces_that_cover_it_once() {
        let index = HighlightIndex::new(vec![
            highlight(0..100_000, "all"),
            highlight(50_000..50_010, "small"),
        ]);
        assert_eq!(index.len(), 2);
        let hits: Vec<_> = index.overlapping(50_005..50_006).collect();
        assert_eq!(hits.len(), 2, "{hits:?}");
        let mut covered = 0;
        for h in index.overlapping(40_000..60_000) {
            if h.key == HighlightKey::Claim("all".into()) {
                covered += h.range.end.min(60_000) - h.range.start.max(40_000);
            }
        }
        assert_eq!(covered, 20_000, "every char once");
        // A query far from both looks back one piece at most, not to the start.
        assert!(index.overlapping(99_999..100_000).count() == 1);
    }

    #[test]
    fn a_layer_adds_its_highlights_and_is_replaced_without_rebuilding_the_rest() {
        let mut index = HighlightIndex::new(vec![highlight(10..20, "claim")]);
        let hits = Arc::new(HighlightIndex::new(vec![
            highlight(15..18, "hit"),
            highlight(500..505, "far"),
        ]));
        index.set_layer(Some(Arc::clone(&hits)));
        assert_eq!(index.len(), 3);
        let found: Vec<_> = index.overlapping(16..17).map(|h| h.range.clone()).collect();
        assert_eq!(found, vec![10..20, 15..18]);
        assert_eq!(index.overlapping(400..600).count(), 1);
        index.set_layer(None);
        assert_eq!(index.len(), 1);
        assert_eq!(index.overlapping(0..1000).count(), 1);
    }
}
