//! Pages written for these tests, each long enough for the article readers (short pages fall
//! back to the page's own blocks, tested in `import.rs`).

use super::*;

/// Paragraphs of article text, numbered so each can be found.
fn body(n: usize, tag: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for i in 0..n {
        let _ = write!(
            out,
            "<{tag}>Paragraph {i} of the article: the council counted sixty-two attacks on the \
             bases during the last month, the agency said in its report on Tuesday, and the \
             officials who spoke to reporters described the damage in detail.</{tag}>"
        );
    }
    out
}

fn page(head: &str, body_html: &str) -> String {
    format!("<!doctype html><html lang=\"en\"><head>{head}</head><body>{body_html}</body></html>")
}

const NAV: &str = "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>\
                   <li><a href=\"/sport\">Sport</a></li></ul></nav>";

#[test]
fn a_teaser_article_before_the_story_is_skipped() {
    let teaser = "<article class=\"teaser\"><h3><a href=\"/other\">Another story entirely \
                  about the weather</a></h3></article>";
    let html = page(
        "<title>Attacks</title>",
        &format!(
            "{NAV}{teaser}<div class=\"story\"><h1>Bases attacked</h1>{}</div>",
            body(6, "p")
        ),
    );
    let imported = from_html(&html);
    assert!(
        imported.text.contains("Paragraph 0 of the article"),
        "{}",
        imported.text
    );
    assert!(
        imported.text.contains("Paragraph 5 of the article"),
        "{}",
        imported.text
    );
    assert!(!imported.text.contains("weather"), "{}", imported.text);
    assert!(!imported.text.contains("Sport"), "{}", imported.text);
}

#[test]
fn a_body_in_divs_and_line_breaks_is_kept() {
    let paragraphs: Vec<String> = (0..6)
        .map(|i| {
            format!(
                "Line {i} of a story written with breaks: the mayor said the bridge would \
                 reopen in the spring after the repairs that began last year were finished."
            )
        })
        .collect();
    let html = page(
        "<title>Bridge</title>",
        &format!(
            "{NAV}<div id=\"content\"><div class=\"text\">{}</div></div>",
            paragraphs.join("<br><br>")
        ),
    );
    let imported = from_html(&html);
    assert!(
        imported.text.contains("Line 0 of a story"),
        "{}",
        imported.text
    );
    assert!(
        imported.text.contains("Line 5 of a story"),
        "{}",
        imported.text
    );
    assert!(!imported.text.contains("Home"), "{}", imported.text);
}

#[test]
fn a_page_wrapped_in_a_form_is_read() {
    let html = page(
        "<title>Form</title>",
        &format!(
            "<form id=\"aspnetForm\" action=\"/\">{NAV}<div class=\"article\"><h1>Inside a form</h1>{}</div></form>",
            body(5, "p")
        ),
    );
    let imported = from_html(&html);
    assert!(
        imported.text.contains("Paragraph 0 of the article"),
        "{}",
        imported.text
    );
    assert!(
        imported.text.contains("Paragraph 4 of the article"),
        "{}",
        imported.text
    );
}

#[test]
fn a_table_is_read_as_text() {
    let table = "<table><tr><th>Month</th><th>Attacks</th></tr>\
                 <tr><td>October</td><td>41</td></tr><tr><td>November</td><td>62</td></tr></table>";
    let html = page(
        "<title>Table</title>",
        &format!(
            "<article><h1>Counts</h1>{}{table}{}</article>",
            body(3, "p"),
            body(3, "p")
        ),
    );
    let imported = from_html(&html);
    for cell in ["Month", "Attacks", "October", "41", "November", "62"] {
        assert!(imported.text.contains(cell), "{cell} in {}", imported.text);
    }
    // Cells apart, not glued into one word.
    assert!(!imported.text.contains("October41"), "{}", imported.text);
}

#[test]
fn a_related_list_captions_and_share_bar_are_dropped() {
    let related = "<div class=\"related-articles\"><h2>Related</h2><ul>\
                   <li><a href=\"/a\">Storm closes the harbour for a week</a></li>\
                   <li><a href=\"/b\">Elections: what the polls say now</a></li>\
                   <li><a href=\"/c\">Ten recipes for a rainy afternoon</a></li></ul></div>";
    let share = "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> \
                 <a href=\"#\">Share on Twitter</a></div>";
    let figure = "<figure><img src=\"x.jpg\"><figcaption>Smoke over the base, \
                  photographed by a reader</figcaption></figure>";
    let html = page(
        "<title>Related</title>",
        &format!(
            "{NAV}<article><h1>Bases attacked</h1>{share}{}{figure}{}</article>{related}\
             <div id=\"comments\" class=\"comments\"><p>First! Great article, thanks.</p></div>",
            body(3, "p"),
            body(3, "p")
        ),
    );
    let imported = from_html(&html);
    assert!(
        imported.text.contains("Paragraph 2 of the article"),
        "{}",
        imported.text
    );
    for gone in [
        "harbour",
        "polls",
        "recipes",
        "Share on",
        "Smoke over",
        "First!",
    ] {
        assert!(!imported.text.contains(gone), "{gone} in {}", imported.text);
    }
}

#[test]
fn byline_date_language_and_outlet_are_read() {
    let ld = r#"<script type="application/ld+json">{"@context":"https://schema.org",
        "@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle",
        "headline":"Bases attacked 62 times","datePublished":"2023-11-22T10:00:00Z",
        "author":[{"@type":"Person","name":"Ana Writer"},{"@type":"Person","name":"Bo Reporter"}],
        "publisher":{"@type":"Organization","name":"Example News"},"inLanguage":"en-GB"}]}
        </script>"#;
    let html = page(
        &format!("<title>Bases | Example</title>{ld}"),
        &format!("<article><h1>Bases attacked</h1>{}</article>", body(5, "p")),
    );
    let imported = from_html(&html);
    assert_eq!(imported.title, "Bases attacked 62 times");
    assert_eq!(imported.author, "Ana Writer, Bo Reporter");
    assert_eq!(imported.outlet, "Example News");
    assert_eq!(imported.published, "2023-11-22T10:00:00Z");
    // <html lang> goes before JSON-LD's inLanguage.
    assert_eq!(imported.language, "en");

    // Without JSON-LD: a byline in the page, <time>, and the date in the address.
    let html = format!(
        "<!doctype html><html lang=\"ar_EG\"><head><title>t</title>\
         <link rel=\"canonical\" href=\"https://example.org/news/2021/03/04/story\"></head>\
         <body><article><h1>Story</h1><p class=\"byline\">By Salma Writer</p>{}</article></body></html>",
        body(5, "p")
    );
    let imported = from_html(&html);
    assert_eq!(imported.author, "Salma Writer");
    assert_eq!(imported.language, "ar-EG");
    assert_eq!(imported.url, "https://example.org/news/2021/03/04/story");
    assert_eq!(imported.published, "2021-03-04");
    assert_eq!(
        super::super::direction_of(&imported.language),
        crate::core::lesson::Direction::Rtl
    );

    let with_time = page(
        "<title>t</title>",
        &format!(
            "<article><header><time datetime=\"2020-05-06\">6 May</time></header>{}</article>",
            body(5, "p")
        ),
    );
    assert_eq!(from_html(&with_time).published, "2020-05-06");
}

#[test]
fn dates_in_addresses_and_language_tags() {
    assert_eq!(
        meta::date_in_url("https://x.org/2019/11/20/a-story"),
        "2019-11-20"
    );
    assert_eq!(
        meta::date_in_url("https://x.org/news/2019-1-2-story"),
        "2019-01-02"
    );
    assert_eq!(
        meta::date_in_url("https://x.org/20191120/story"),
        "2019-11-20"
    );
    assert_eq!(meta::date_in_url("https://x.org/2019/13/40/story"), "");
    assert_eq!(meta::date_in_url("https://x.org/article/123456"), "");
    assert_eq!(meta::language_tag("EN_us"), "en-us");
    assert_eq!(meta::language_tag("fa-IR, en"), "fa-IR");
    assert_eq!(meta::language_tag("1234"), "");
}

#[test]
fn paragraphs_both_readers_agree_on_are_kept() {
    let readable: Vec<String> = [
        "The story's first paragraph about the bases and the attacks",
        "Related: ten recipes for a rainy afternoon in the city",
        "The story's second paragraph about the agency and its report",
    ]
    .map(String::from)
    .to_vec();
    let other: Vec<String> = [
        "The story's first paragraph about the bases and the attacks",
        "The story's second paragraph about the agency and its report.",
    ]
    .map(String::from)
    .to_vec();
    assert_eq!(
        agreed(&readable, &other),
        vec![readable[0].clone(), readable[2].clone()]
    );
    // Agreement on too little: the readers took different parts; Readability's is kept.
    let elsewhere = vec!["Something else entirely, a menu of the whole site".to_owned()];
    assert_eq!(agreed(&readable, &elsewhere), readable);
    assert_eq!(agreed(&[], &other), other);
}

#[test]
fn a_page_nested_thousands_deep_is_read_at_once() {
    let deep = format!(
        "<html lang=\"en\"><head><title>Deep</title></head><body><nav>Menu</nav>{}<p>{}</p>{}</body></html>",
        "<div>".repeat(3_000),
        "Deep text. ".repeat(100),
        "</div>".repeat(3_000)
    );
    let start = std::time::Instant::now();
    let imported = from_html(&deep);
    // The readers took a minute on this page (release build); read as plain text, it is at once.
    assert!(
        start.elapsed() < std::time::Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(imported.title, "Deep");
    assert_eq!(imported.language, "en");
    assert!(
        imported.text.starts_with("Deep text. Deep text."),
        "{}",
        imported.text
    );
    assert!(!imported.text.contains("Menu"), "{}", imported.text);
}
