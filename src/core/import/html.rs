//! Web pages: the article's text, by two extraction crates that must agree, and its metadata
//! ([`meta`]).
//!
//! Each crate alone keeps some of a page's boilerplate (a "Related" list, a teaser, a share bar),
//! but rarely the same: on the `ScrapingHub` benchmark `dom_smoothie` (a port of Mozilla's
//! Readability) scores F1 0.951 and `rs-trafilatura` 0.957, and keeping only the paragraphs of
//! Readability's text that trafilatura also took scores 0.972 (BENCHMARKS.md, issue 22). Where
//! they disagree on most of the page, Readability's text is kept whole; where neither finds an
//! article (a short page), the page's own blocks are read ([`blocks`]).

use scraper::{ElementRef, Html, Selector};

use super::Imported;

pub mod meta;

/// Least share of a paragraph's word triples the other reader must have for the paragraph to be
/// kept (a paragraph one reader cut or joined differently still counts).
const AGREEMENT: f64 = 0.8;

/// When the paragraphs both readers agree on are less than this share of the shorter text, the
/// readers took different parts of the page and Readability's is kept whole.
const LEAST_AGREED: f64 = 0.5;

/// Deepest nesting of elements read by the article readers: ten times the deepest of the 311
/// pages of the `ScrapingHub` benchmark and Readability's tests (50).
const MAX_DEPTH: usize = 500;

/// Readability's text shorter than this (in bytes) is not taken for an article: Readability keeps
/// what text a page has, even a menu, and a page this short is read block by block instead.
const SHORTEST_ARTICLE: usize = 200;

/// Extracts the article from an HTML page: its paragraphs (headings, paragraphs, list items,
/// table rows as text; one a line, separated by blank lines) and the metadata the page tells.
pub fn from_html(source: &str) -> Imported {
    let page = Html::parse_document(source);
    if depth(&page) > MAX_DEPTH {
        // The readers take time that grows with the square of the nesting (a minute for 10,000
        // levels); no real page nests this deep, so such a page is read as plain text.
        let found = meta::Found::of_shallow(&page);
        return Imported {
            text: plain_text(&page).join("\n\n"),
            title: found.title,
            language: meta::language_tag(&found.language),
            ..Imported::default()
        };
    }
    let found = meta::Found::of(&page);
    let readable = readability(source);
    let trafilatura = trafilatura(source);
    let (readable_text, mut readable_meta) = match readable {
        Some(article) => (
            blank_line_paragraphs(&article.text_content),
            meta::Found {
                title: article.title,
                author: article.byline.unwrap_or_default(),
                outlet: article.site_name.unwrap_or_default(),
                published: article.published_time.unwrap_or_default(),
                url: String::new(),
                language: article.lang.unwrap_or_default(),
            },
        ),
        None => (Vec::new(), meta::Found::default()),
    };
    let (trafilatura_text, trafilatura_meta) = match trafilatura {
        Some(result) => (
            paragraphs(&result.content_text),
            meta::Found {
                title: result.metadata.title.unwrap_or_default(),
                author: result.metadata.author.unwrap_or_default(),
                // Its site name is often a heading of the page's furniture ("Menu").
                outlet: String::new(),
                published: result
                    .metadata
                    .date
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
                url: result.metadata.url.unwrap_or_default(),
                language: result.metadata.language.unwrap_or_default(),
            },
        ),
        None => (Vec::new(), meta::Found::default()),
    };
    let text = if readable_text.iter().map(String::len).sum::<usize>() < SHORTEST_ARTICLE {
        // Too little for Readability to weigh the page (or none): the page's own blocks.
        blocks(&page)
    } else {
        without_captions(agreed(&readable_text, &trafilatura_text), &captions(&page))
    };
    // Readability's title is the page's <title> cut at a separator; the page's own metadata and
    // heading go first ([`meta::Found::of`]).
    readable_meta.title = String::new();
    let merged = found.or(readable_meta).or(trafilatura_meta);
    let mut published = merged.published;
    if published.is_empty() {
        published = meta::date_in_url(&merged.url);
    }
    Imported {
        text: text.join("\n\n"),
        title: merged.title,
        outlet: merged.outlet,
        author: merged.author,
        published,
        url: merged.url,
        language: meta::language_tag(&merged.language),
    }
}

/// Readability's article, or `None` where it finds none (a short page, say).
fn readability(source: &str) -> Option<dom_smoothie::Article> {
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..dom_smoothie::Config::default()
    };
    dom_smoothie::Readability::new(source, None, Some(config))
        .ok()?
        .parse()
        .ok()
}

/// Trafilatura's article, read as an article (the page-type guess is for crawlers of any page).
fn trafilatura(source: &str) -> Option<rs_trafilatura::ExtractResult> {
    let options = rs_trafilatura::Options {
        page_type: Some(rs_trafilatura::page_type::PageType::Article),
        include_comments: false,
        include_tables: true,
        ..rs_trafilatura::Options::default()
    };
    rs_trafilatura::extract_with_options(source, &options).ok()
}

/// A text's paragraphs (separated by blank lines; the lines of one joined) with their white
/// space collapsed.
fn blank_line_paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(collapse_whitespace(&current));
                current.clear();
            }
        } else {
            current.push(' ');
            current.push_str(line);
        }
    }
    if !current.trim().is_empty() {
        out.push(collapse_whitespace(&current));
    }
    out
}

/// The texts of the page's figure captions, which are not article text.
fn captions(html: &Html) -> std::collections::HashSet<String> {
    selector("figcaption, figure, .caption, .wp-caption-text")
        .map(|s| {
            html.select(&s)
                .map(|e| collapse_whitespace(&e.text().collect::<String>()))
                .filter(|t| !t.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// The paragraphs without the captions in them (Readability keeps a figure's caption, glued to
/// the paragraph after it); a paragraph that was only a caption is dropped. A caption of fewer
/// than three words is taken out only where it is a whole paragraph.
fn without_captions(
    paragraphs: Vec<String>,
    captions: &std::collections::HashSet<String>,
) -> Vec<String> {
    paragraphs
        .into_iter()
        .filter_map(|mut p| {
            for caption in captions {
                if *caption == p {
                    return None;
                }
                if caption.split_whitespace().count() >= 3 && p.contains(caption.as_str()) {
                    p = collapse_whitespace(&p.replace(caption.as_str(), " "));
                }
            }
            (!p.is_empty()).then_some(p)
        })
        .collect()
}

/// A text's non-empty lines with their white space collapsed.
fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .map(collapse_whitespace)
        .filter(|l| !l.is_empty())
        .collect()
}

/// The paragraphs of `readable` that `other` has too (whole, or most of their word triples);
/// all of `readable` where they agree on too little, and `other` where `readable` is empty.
fn agreed(readable: &[String], other: &[String]) -> Vec<String> {
    if readable.is_empty() {
        return other.to_vec();
    }
    if other.is_empty() {
        return readable.to_vec();
    }
    let other_words: Vec<String> = other.iter().flat_map(|p| words(p)).collect();
    let joined = format!(" {} ", other_words.join(" "));
    let triples: std::collections::HashSet<&[String]> = other_words.windows(3).collect();
    let kept: Vec<String> = readable
        .iter()
        .filter(|p| {
            let words = words(p);
            if words.is_empty() {
                return false;
            }
            if joined.contains(&format!(" {} ", words.join(" "))) {
                return true;
            }
            let own: std::collections::HashSet<&[String]> = words.windows(3).collect();
            !own.is_empty()
                && own.iter().filter(|t| triples.contains(*t)).count() as f64
                    >= AGREEMENT * own.len() as f64
        })
        .cloned()
        .collect();
    let length = |ps: &[String]| ps.iter().map(String::len).sum::<usize>();
    if (length(&kept) as f64) < LEAST_AGREED * length(readable).min(length(other)) as f64 {
        readable.to_vec()
    } else {
        kept
    }
}

/// Lowercase words (letters and digits) of a text.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The deepest nesting of the page's nodes, in one pass.
fn depth(html: &Html) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for edge in html.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(_) => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ego_tree::iter::Edge::Close(_) => depth = depth.saturating_sub(1),
        }
    }
    deepest
}

/// The text of the page's body in one pass, without skipped elements; a line per block.
fn plain_text(html: &Html) -> Vec<String> {
    const LINE_BREAKS: &[&str] = &[
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
    ];
    let mut out = String::new();
    let mut skipping = 0usize;
    for edge in html.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => {
                if let Some(element) = node.value().as_element() {
                    if skipping > 0 || SKIPPED.contains(&element.name()) || element.name() == "head"
                    {
                        skipping += 1;
                    } else if LINE_BREAKS.contains(&element.name()) {
                        out.push('\n');
                    }
                } else if let Some(text) = node.value().as_text()
                    && skipping == 0
                {
                    out.push_str(text);
                }
            }
            ego_tree::iter::Edge::Close(node) => {
                if node.value().is_element() && skipping > 0 {
                    skipping -= 1;
                }
            }
        }
    }
    paragraphs(&out)
}

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// Elements whose text is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "button", "figure",
    "template", "svg", "iframe", "select",
];

/// Block elements whose text makes a paragraph.
const BLOCKS: &str = "h1, h2, h3, h4, h5, h6, p, li, blockquote, tr, dd, dt";

/// For pages too short for the readers: the text of headings, paragraphs, list items, quotes
/// and table rows inside `<article>` (or `<main>`, or the body), one per line, skipping
/// navigation, scripts and the like; without any of those, the text of that element.
fn blocks(html: &Html) -> Vec<String> {
    let root_css = ["article", "main", "[role=main]", "body"];
    let root = root_css
        .iter()
        .filter_map(|c| selector(c))
        .find_map(|s| html.select(&s).next())
        .unwrap_or_else(|| html.root_element());
    let mut paragraphs: Vec<String> = Vec::new();
    if let Some(blocks) = selector(BLOCKS) {
        for element in root.select(&blocks) {
            if skipped(element) || has_block_ancestor_in(element, root) {
                continue;
            }
            let text = collapse_whitespace(&element_text(element));
            if !text.is_empty() {
                paragraphs.push(text);
            }
        }
    }
    if paragraphs.is_empty() {
        // Text straight in the body or in <div>s, without a block element: one paragraph.
        let text = collapse_whitespace(&element_text(root));
        if !text.is_empty() {
            paragraphs.push(text);
        }
    }
    paragraphs
}

/// Inside a skipped element (navigation, script, …)?
fn skipped(element: ElementRef<'_>) -> bool {
    element
        .ancestors()
        .filter_map(ElementRef::wrap)
        .chain(std::iter::once(element))
        .any(|e| SKIPPED.contains(&e.value().name()))
}

/// Inside another block below `root` (a paragraph in a list item, say)? Then the outer block
/// already has its text.
fn has_block_ancestor_in(element: ElementRef<'_>, root: ElementRef<'_>) -> bool {
    const BLOCK_NAMES: &[&str] = &[
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "p",
        "li",
        "blockquote",
        "tr",
        "dd",
        "dt",
    ];
    for ancestor in element.ancestors().filter_map(ElementRef::wrap) {
        if ancestor.id() == root.id() {
            return false;
        }
        if BLOCK_NAMES.contains(&ancestor.value().name()) {
            return true;
        }
    }
    false
}

/// The text of an element, without the text of skipped children; cells and line breaks apart.
fn element_text(element: ElementRef<'_>) -> String {
    let mut out = String::new();
    for node in element.descendants() {
        if let Some(text) = node.value().as_text() {
            let inside_skipped = node
                .ancestors()
                .filter_map(ElementRef::wrap)
                .take_while(|e| e.id() != element.id())
                .any(|e| SKIPPED.contains(&e.value().name()));
            if !inside_skipped {
                out.push_str(text);
            }
        } else if node
            .value()
            .as_element()
            .is_some_and(|e| matches!(e.name(), "br" | "td" | "th"))
        {
            out.push(' ');
        }
    }
    out
}

pub(super) fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
