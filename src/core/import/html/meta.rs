//! A web page's metadata as the page itself tells it: JSON-LD (schema.org), Open Graph and
//! other `<meta>` elements, `<time>`, the canonical link and the language, and a date in the
//! address.

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use super::collapse_whitespace;

/// Metadata fields found by one source; empty where it found none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub title: String,
    pub author: String,
    pub outlet: String,
    pub published: String,
    pub url: String,
    pub language: String,
}

impl Found {
    /// Each field of `self`, or of `other` where `self` has none.
    #[must_use]
    pub fn or(self, other: Self) -> Self {
        let pick = |a: String, b: String| if a.trim().is_empty() { b } else { a };
        Self {
            title: pick(self.title, other.title),
            author: pick(self.author, other.author),
            outlet: pick(self.outlet, other.outlet),
            published: pick(self.published, other.published),
            url: pick(self.url, other.url),
            language: pick(self.language, other.language),
        }
    }

    /// The title and language only, from the `<head>` and the root (for a page too deeply
    /// nested to search).
    pub fn of_shallow(html: &Html) -> Self {
        Self {
            title: first_text(html, "head > title"),
            language: attribute(html, "html[lang]", "lang"),
            ..Self::default()
        }
    }

    /// What the page's markup says: Open Graph and other `<meta>`, then JSON-LD, then the
    /// first `<h1>`, `<time>` and `<title>`.
    pub fn of(html: &Html) -> Self {
        let ld = JsonLd::of(html);
        let heading = first_text(html, "h1");
        let title_tag = first_text(html, "title");
        let mut title = first_of(
            meta(
                html,
                &["meta[property='og:title']", "meta[name='twitter:title']"],
            ),
            &[&ld.headline],
        );
        if title.is_empty() {
            title = if heading.is_empty() {
                title_tag
            } else {
                heading
            };
        }
        let author = first_of(
            meta(
                html,
                &[
                    "meta[name='author']",
                    "meta[property='article:author']",
                    "meta[name='dc.creator']",
                    "meta[name='DC.creator']",
                    "meta[name='byl']",
                    "meta[name='sailthru.author']",
                ],
            ),
            &[&ld.author],
        );
        let author = if author.starts_with("http") {
            ld.author.clone()
        } else {
            author
        };
        let author = first_of(
            author,
            &[&first_text(
                html,
                "[rel='author'], [itemprop='author'] [itemprop='name'], [itemprop='author'], \
                 .byline, .author",
            )],
        );
        let published = first_of(
            meta(
                html,
                &[
                    "meta[property='article:published_time']",
                    "meta[name='date']",
                    "meta[name='dc.date']",
                    "meta[name='DC.date.issued']",
                    "meta[itemprop='datePublished']",
                    "meta[name='pubdate']",
                    "meta[name='publish-date']",
                ],
            ),
            &[&ld.published, &time_element(html)],
        );
        Self {
            title,
            author: strip_by(&author),
            outlet: first_of(
                meta(
                    html,
                    &[
                        "meta[property='og:site_name']",
                        "meta[name='application-name']",
                    ],
                ),
                &[&ld.publisher],
            ),
            published,
            url: first_of(
                meta(html, &["link[rel='canonical']", "meta[property='og:url']"]),
                &[&ld.url],
            ),
            language: first_of(
                attribute(html, "html[lang]", "lang"),
                &[
                    &attribute(html, "html[xml\\:lang]", "xml:lang"),
                    &meta(
                        html,
                        &[
                            "meta[http-equiv='content-language']",
                            "meta[http-equiv='Content-Language']",
                            "meta[name='language']",
                            "meta[name='dc.language']",
                            "meta[property='og:locale']",
                        ],
                    ),
                    &ld.language,
                ],
            ),
        }
    }
}

/// `first` if it is not empty, else the first of `others` that is not.
fn first_of(first: String, others: &[&String]) -> String {
    if !first.trim().is_empty() {
        return first;
    }
    others
        .iter()
        .find(|o| !o.trim().is_empty())
        .map(|o| (*o).clone())
        .unwrap_or_default()
}

/// "By A. Writer" as "A. Writer".
fn strip_by(author: &str) -> String {
    let trimmed = collapse_whitespace(author);
    for prefix in ["By ", "by ", "BY "] {
        if let Some(rest) = trimmed.strip_prefix(prefix) {
            return rest.trim().to_owned();
        }
    }
    trimmed
}

/// A language tag as BCP 47 writes it from what pages write (`en_US`, `EN-us`, `en-US,fr`):
/// the first tag, its language lowercase.
pub fn language_tag(raw: &str) -> String {
    let first = raw
        .split([',', ';', ' '])
        .find(|t| !t.is_empty())
        .unwrap_or_default()
        .replace('_', "-");
    let mut parts = first.split('-');
    let language = parts.next().unwrap_or_default().to_ascii_lowercase();
    if language.is_empty() || !language.chars().all(|c| c.is_ascii_alphabetic()) {
        return String::new();
    }
    std::iter::once(language)
        .chain(parts.map(str::to_owned))
        .collect::<Vec<_>>()
        .join("-")
}

/// A date written in an address's path (`/2019/11/20/`, `/2019-11-20-`, `/20191120/`), as
/// `YYYY-MM-DD`; empty if there is none.
pub fn date_in_url(url: &str) -> String {
    let valid = |y: u32, m: u32, d: u32| {
        (1990..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
    };
    for (i, _) in url.char_indices().filter(|(_, c)| *c == '/') {
        let rest = &url[i + 1..];
        let numbers: Vec<&str> = rest.split(|c: char| !c.is_ascii_digit()).take(3).collect();
        let separated = numbers.len() == 3
            && numbers[0].len() == 4
            && numbers[1].len() <= 2
            && numbers[2].len() <= 2
            && !numbers[1].is_empty()
            && !numbers[2].is_empty();
        if separated
            && let (Ok(y), Ok(m), Ok(d)) = (
                numbers[0].parse::<u32>(),
                numbers[1].parse::<u32>(),
                numbers[2].parse::<u32>(),
            )
            && valid(y, m, d)
        {
            return format!("{y:04}-{m:02}-{d:02}");
        }
        let run: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if run.len() == 8
            && let (Ok(y), Ok(m), Ok(d)) = (run[..4].parse(), run[4..6].parse(), run[6..].parse())
            && valid(y, m, d)
        {
            return format!("{y:04}-{m:02}-{d:02}");
        }
    }
    String::new()
}

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// The first `content` (or `href`) of the elements matching any of `css`, in that order.
fn meta(html: &Html, css: &[&str]) -> String {
    css.iter()
        .filter_map(|c| selector(c))
        .find_map(|s| {
            html.select(&s)
                .filter_map(|e| e.value().attr("content").or(e.value().attr("href")))
                .map(str::trim)
                .find(|v| !v.is_empty())
                .map(str::to_owned)
        })
        .unwrap_or_default()
}

/// An attribute of the first element matching `css`.
fn attribute(html: &Html, css: &str, name: &str) -> String {
    selector(css)
        .and_then(|s| html.select(&s).find_map(|e| e.value().attr(name)))
        .map(|v| v.trim().to_owned())
        .unwrap_or_default()
}

/// The text of the first element matching `css` that has some, white space collapsed; at most
/// 200 characters (a byline, not a paragraph).
fn first_text(html: &Html, css: &str) -> String {
    selector(css)
        .and_then(|s| {
            html.select(&s)
                .map(|e| collapse_whitespace(&e.text().collect::<String>()))
                .find(|t| !t.is_empty() && t.chars().count() <= 200)
        })
        .unwrap_or_default()
}

/// The `datetime` of the first `<time>` marked as the publication date, else of the first
/// `<time>` in an `<article>` or `<header>`.
fn time_element(html: &Html) -> String {
    let marked = attribute(
        html,
        "time[itemprop='datePublished'][datetime], time[pubdate][datetime]",
        "datetime",
    );
    if !marked.is_empty() {
        return marked;
    }
    selector("article time[datetime], header time[datetime]")
        .and_then(|s| html.select(&s).next())
        .and_then(|e: ElementRef<'_>| e.value().attr("datetime"))
        .map(|v| v.trim().to_owned())
        .unwrap_or_default()
}

/// The fields of the page's first JSON-LD article (`NewsArticle`, `Article`, `BlogPosting`, …,
/// also inside `@graph` or a list).
#[derive(Default)]
struct JsonLd {
    headline: String,
    author: String,
    publisher: String,
    published: String,
    url: String,
    language: String,
}

impl JsonLd {
    fn of(html: &Html) -> Self {
        let Some(scripts) = selector("script[type='application/ld+json']") else {
            return Self::default();
        };
        for script in html.select(&scripts) {
            let source: String = script.text().collect();
            let Ok(value) = serde_json::from_str::<Value>(source.trim()) else {
                continue;
            };
            if let Some(article) = find_article(&value, 0) {
                let text = |key: &str| article.get(key).map(names).unwrap_or_default();
                let url = match article.get("mainEntityOfPage") {
                    Some(Value::String(s)) => s.clone(),
                    Some(Value::Object(o)) => o
                        .get("@id")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned(),
                    _ => String::new(),
                };
                return Self {
                    headline: text("headline"),
                    author: text("author"),
                    publisher: text("publisher"),
                    published: text("datePublished"),
                    url: if url.is_empty() { text("url") } else { url },
                    language: text("inLanguage"),
                };
            }
        }
        Self::default()
    }
}

/// The first object typed as an article (at most a few levels down).
fn find_article(value: &Value, depth: usize) -> Option<&serde_json::Map<String, Value>> {
    if depth > 4 {
        return None;
    }
    match value {
        Value::Array(items) => items.iter().find_map(|v| find_article(v, depth + 1)),
        Value::Object(object) => {
            let is_article =
                |t: &str| t.ends_with("Article") || t == "BlogPosting" || t == "Report";
            let typed = match object.get("@type") {
                Some(Value::String(t)) => is_article(t),
                Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is_article),
                _ => false,
            };
            if typed {
                return Some(object);
            }
            object
                .get("@graph")
                .and_then(|g| find_article(g, depth + 1))
        }
        _ => None,
    }
}

/// A JSON-LD value as text: a string, an object's `name`, or a list of those joined by ", ".
fn names(value: &Value) -> String {
    match value {
        Value::String(s) => collapse_whitespace(s),
        Value::Object(o) => o.get("name").map(names).unwrap_or_default(),
        Value::Array(items) => items
            .iter()
            .map(names)
            .filter(|n| !n.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    }
}
