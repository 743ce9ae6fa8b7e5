//! Per-student feedback reports, in Markdown and printable HTML, with the highlighted passages and
//! the sourcing nudges on the evidence that were not acted on.

use std::fmt::Write as _;

use crate::core::grade::{Outcome, SessionGrade};
use crate::core::lesson::LoadedLesson;
use crate::core::review::StudentReview;
use crate::core::session::{Annotation, EvidenceSource, Orphan, Session};
use crate::core::sourcing::Sourcing;

/// One passage of a report: context before, the highlighted text, context after.
struct Passage<'a> {
    before: &'a str,
    text: &'a str,
    after: &'a str,
}

fn outcome_word(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Found => "found",
        Outcome::Partial => "partly found",
        Outcome::Missed => "missed",
    }
}

fn label_names(lesson: &LoadedLesson, ids: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    let names: Vec<String> = ids
        .into_iter()
        .map(|id| {
            lesson
                .lesson
                .label(id.as_ref())
                .map_or_else(|| id.as_ref().to_owned(), |(_, l)| l.name.clone())
        })
        .collect();
    if names.is_empty() {
        "none".to_owned()
    } else {
        names.join(", ")
    }
}

/// What a key item's points go to in a task, in shares ("passage 1 · labels 1 · evidence 2 ·
/// verdict 4"); the rubric for a written task.
pub fn weighs(task: Option<&crate::core::lesson::Task>) -> String {
    match task {
        Some(t) if t.kind != crate::core::lesson::TaskKind::Written => {
            let w = t.weights();
            format!(
                "passage {} · labels {} · evidence {} · verdict {}",
                w.span, w.labels, w.evidence, w.verdict
            )
        }
        _ => "the rubric".to_owned(),
    }
}

/// A task's precision as a percentage; blank for a task the key does not score.
fn precision_cell(t: &crate::core::grade::TaskResult) -> String {
    t.points
        .filter(|_| t.found + t.partial + t.missed + t.extra > 0)
        .map_or_else(String::new, |_| format!("{:.0}%", t.precision * 100.0))
}

/// Text from a file or typed by a student, safe in Markdown: HTML cannot pass through (`<`, `>`
/// and `&` become entities) and Markdown punctuation is shown, not obeyed. Only what Markdown
/// would obey is escaped, so the file reads as plain text too ("story!", not "story\\!"): `!` before
/// `[` (an image), `#` at a line's start (a heading). Line breaks stay inside the list item or
/// quote they are in.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    let mut line_start = true;
    while let Some(c) = chars.next() {
        let at_line_start = std::mem::replace(&mut line_start, c == '\n');
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '!' if chars.peek() == Some(&'[') => out.push_str("\\!"),
            '#' if at_line_start => out.push_str("\\#"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("  \n  "),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// The report as Markdown.
#[allow(clippy::too_many_lines)] // One document, top to bottom.
pub fn markdown(
    lesson: &LoadedLesson,
    session: &Session,
    grade: &SessionGrade,
    review: Option<&StudentReview>,
) -> String {
    let mut out = String::new();
    // The nudges still on the evidence of the session handed in were not acted on.
    let sourcing = Sourcing::new(&lesson.lesson, Some(session));
    let student = if session.student.is_empty() {
        "(no name)"
    } else {
        session.student.as_str()
    };
    let student = md(student);
    writeln!(out, "# {}\n\nStudent: **{student}**  \nScore: **{:.1} / {:.1}** (tasks scored against the key)  \nPrecision: **{:.0}%** (claims that match the key; extra claims beyond the free ones cost credit)\n", md(&lesson.lesson.title), grade.points, grade.max, grade.precision * 100.0).ok();
    for flag in &grade.flags {
        writeln!(out, "> Note: this session was {}.\n", md(&flag.to_string())).ok();
    }
    if let Some(general) = review.map(|r| r.general.as_str()).filter(|g| !g.is_empty()) {
        writeln!(out, "**Teacher's comment:** {}\n", md(general)).ok();
    }
    writeln!(
        out,
        "## Tasks\n\n| task | found | partly | missed | extra | precision | points | a key item's points go to |\n|---|---|---|---|---|---|---|---|"
    )
    .ok();
    for t in &grade.tasks {
        let title = lesson
            .lesson
            .task(&t.task)
            .map_or(t.task.as_str(), |x| x.title.as_str());
        let points = t.points.map_or_else(
            || "teacher's rubric".to_owned(),
            |p| format!("{p:.1} / {:.1}", t.max),
        );
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {points} | {} |",
            md(title),
            t.found,
            t.partial,
            t.missed,
            t.extra,
            precision_cell(t),
            weighs(lesson.lesson.task(&t.task))
        )
        .ok();
    }
    writeln!(out, "\n## Your claims\n").ok();
    for (i, a) in claims(session, Placed::Yes) {
        let p = passage(lesson, &a.document, a.selector.range());
        writeln!(
            out,
            "### Claim {}\n\n> …{}**{}**{}…\n",
            i + 1,
            md(p.before),
            md(p.text),
            md(p.after)
        )
        .ok();
        md_claim_details(&mut out, lesson, a, review, &sourcing);
    }
    let mut orphans = claims(session, Placed::No).peekable();
    if orphans.peek().is_some() {
        writeln!(out, "## Claims not placed in the text\n\n{NOT_PLACED}\n").ok();
    }
    for (i, a) in orphans {
        writeln!(out, "### Claim {}\n", i + 1).ok();
        if !a.selector.quote.exact.is_empty() {
            writeln!(out, "> “{}”\n", md(&a.selector.quote.exact)).ok();
        }
        writeln!(out, "- Not placed: {}", md(&orphan_reason(lesson, a))).ok();
        md_claim_details(&mut out, lesson, a, review, &sourcing);
    }
    writeln!(out, "## What the key expected\n").ok();
    for (item, key) in expected(lesson, grade) {
        let p = passage(lesson, &key.document, key.selector.range());
        writeln!(
            out,
            "- **{}** ({}, {:.1} / {:.1} points): “{}” — {}",
            outcome_word(item.outcome),
            md(&item.task),
            item.points,
            item.max,
            md(p.text),
            md(&key.explanation)
        )
        .ok();
    }
    out
}

/// A claim's labels, note, verdict, evidence and the teacher's comment, as Markdown list items.
fn md_claim_details(
    out: &mut String,
    lesson: &LoadedLesson,
    a: &Annotation,
    review: Option<&StudentReview>,
    sourcing: &Sourcing<'_>,
) {
    writeln!(out, "- Labels: {}", md(&label_names(lesson, &a.labels))).ok();
    if !a.note.is_empty() {
        writeln!(out, "- Note: {}", md(&a.note)).ok();
    }
    if let Some(v) = &a.verdict {
        writeln!(
            out,
            "- Verdict: {} — {}",
            md(&label_names(lesson, [&v.rating])),
            md(&v.reasoning)
        )
        .ok();
    }
    for e in &a.evidence {
        writeln!(
            out,
            "- Evidence ({} {}): {}",
            e.stance.symbol(),
            e.stance.word(),
            md(&evidence_text(lesson, &e.source))
        )
        .ok();
        for nudge in sourcing.nudges(a.into(), e) {
            writeln!(
                out,
                "  - {} Nudge not acted on ({}): {}",
                nudge.kind.symbol(),
                nudge.kind.name(),
                md(&nudge.reason.to_string())
            )
            .ok();
        }
    }
    if let Some(comment) = review.and_then(|r| r.comments.get(&a.id)) {
        writeln!(out, "- **Teacher:** {}", md(comment)).ok();
    }
    writeln!(out).ok();
}

/// The report as a printable HTML page.
#[allow(clippy::too_many_lines)] // One document, top to bottom.
pub fn html(
    lesson: &LoadedLesson,
    session: &Session,
    grade: &SessionGrade,
    review: Option<&StudentReview>,
) -> String {
    let e = escape;
    let mut out = String::new();
    // The nudges still on the evidence of the session handed in were not acted on.
    let sourcing = Sourcing::new(&lesson.lesson, Some(session));
    let student = if session.student.is_empty() {
        "(no name)"
    } else {
        session.student.as_str()
    };
    writeln!(
        out,
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{} — {}</title>\n<style>body{{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.45}} mark{{background:#ffe066;border-bottom:2px solid #806600}} table{{border-collapse:collapse}} td,th{{border:1px solid #999;padding:.2em .5em}} blockquote{{border-left:3px solid #999;margin-left:0;padding-left:1em}} @media print{{body{{margin:0}}}}</style></head><body>",
        e(&lesson.lesson.language),
        e(&lesson.lesson.title),
        e(student)
    )
    .ok();
    writeln!(out, "<h1>{}</h1><p>Student: <strong>{}</strong><br>Score: <strong>{:.1} / {:.1}</strong> (tasks scored against the key)<br>Precision: <strong>{:.0}%</strong> (claims that match the key; extra claims beyond the free ones cost credit)</p>", e(&lesson.lesson.title), e(student), grade.points, grade.max, grade.precision * 100.0).ok();
    for flag in &grade.flags {
        writeln!(
            out,
            "<p><strong>Note:</strong> this session was {}.</p>",
            e(&flag.to_string())
        )
        .ok();
    }
    if let Some(general) = review.map(|r| r.general.as_str()).filter(|g| !g.is_empty()) {
        writeln!(
            out,
            "<p><strong>Teacher's comment:</strong> {}</p>",
            e(general)
        )
        .ok();
    }
    writeln!(out, "<h2>Tasks</h2><table><tr><th>task</th><th>found</th><th>partly</th><th>missed</th><th>extra</th><th>precision</th><th>points</th><th>a key item's points go to</th></tr>").ok();
    for t in &grade.tasks {
        let title = lesson
            .lesson
            .task(&t.task)
            .map_or(t.task.as_str(), |x| x.title.as_str());
        let points = t.points.map_or_else(
            || "teacher's rubric".to_owned(),
            |p| format!("{p:.1} / {:.1}", t.max),
        );
        writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            e(title),
            t.found,
            t.partial,
            t.missed,
            t.extra,
            precision_cell(t),
            e(&points),
            e(&weighs(lesson.lesson.task(&t.task)))
        )
        .ok();
    }
    writeln!(out, "</table><h2>Your claims</h2>").ok();
    for (i, a) in claims(session, Placed::Yes) {
        let p = passage(lesson, &a.document, a.selector.range());
        writeln!(
            out,
            "<h3>Claim {}</h3><blockquote>…{}<mark>{}</mark>{}…</blockquote><ul>",
            i + 1,
            e(p.before),
            e(p.text),
            e(p.after)
        )
        .ok();
        html_claim_details(&mut out, lesson, a, review, &sourcing);
    }
    let mut orphans = claims(session, Placed::No).peekable();
    if orphans.peek().is_some() {
        writeln!(
            out,
            "<h2>Claims not placed in the text</h2><p>{}</p>",
            e(NOT_PLACED)
        )
        .ok();
    }
    for (i, a) in orphans {
        writeln!(out, "<h3>Claim {}</h3>", i + 1).ok();
        if !a.selector.quote.exact.is_empty() {
            writeln!(
                out,
                "<blockquote>“{}”</blockquote>",
                e(&a.selector.quote.exact)
            )
            .ok();
        }
        writeln!(
            out,
            "<ul><li>Not placed: {}</li>",
            e(&orphan_reason(lesson, a))
        )
        .ok();
        html_claim_details(&mut out, lesson, a, review, &sourcing);
    }
    writeln!(out, "<h2>What the key expected</h2><ul>").ok();
    for (item, key) in expected(lesson, grade) {
        let p = passage(lesson, &key.document, key.selector.range());
        writeln!(
            out,
            "<li><strong>{}</strong> ({}, {:.1} / {:.1} points): <mark>{}</mark> — {}</li>",
            outcome_word(item.outcome),
            e(&item.task),
            item.points,
            item.max,
            e(p.text),
            e(&key.explanation)
        )
        .ok();
    }
    writeln!(out, "</ul></body></html>").ok();
    out
}

/// A claim's labels, note, verdict, evidence and the teacher's comment, as HTML list items,
/// closing the list.
fn html_claim_details(
    out: &mut String,
    lesson: &LoadedLesson,
    a: &Annotation,
    review: Option<&StudentReview>,
    sourcing: &Sourcing<'_>,
) {
    let e = escape;
    writeln!(
        out,
        "<li>Labels: {}</li>",
        e(&label_names(lesson, &a.labels))
    )
    .ok();
    if !a.note.is_empty() {
        writeln!(out, "<li>Note: {}</li>", e(&a.note)).ok();
    }
    if let Some(v) = &a.verdict {
        writeln!(
            out,
            "<li>Verdict: {} — {}</li>",
            e(&label_names(lesson, [&v.rating])),
            e(&v.reasoning)
        )
        .ok();
    }
    for ev in &a.evidence {
        writeln!(
            out,
            "<li>Evidence ({} {}): {}",
            e(ev.stance.symbol()),
            e(ev.stance.word()),
            e(&evidence_text(lesson, &ev.source))
        )
        .ok();
        let nudges = sourcing.nudges(a.into(), ev);
        if !nudges.is_empty() {
            writeln!(out, "<ul>").ok();
            for nudge in nudges {
                writeln!(
                    out,
                    "<li>{} Nudge not acted on ({}): {}</li>",
                    e(nudge.kind.symbol()),
                    e(&nudge.kind.name().to_string()),
                    e(&nudge.reason.to_string())
                )
                .ok();
            }
            writeln!(out, "</ul>").ok();
        }
        writeln!(out, "</li>").ok();
    }
    if let Some(comment) = review.and_then(|r| r.comments.get(&a.id)) {
        writeln!(out, "<li><strong>Teacher:</strong> {}</li>", e(comment)).ok();
    }
    writeln!(out, "</ul>").ok();
}

/// What the report says of the claims that have no place in the text.
const NOT_PLACED: &str = "These claims have no place in the lesson's documents (they were \
    imported, and their passage was not found): they are kept as they came, and not graded.";

/// Whether a claim has a place in the text (see [`Annotation::orphaned`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Placed {
    Yes,
    No,
}

/// The session's claims that are placed (or not), each with its index in the session (its
/// number, less one, as the app numbers it).
fn claims(session: &Session, placed: Placed) -> impl Iterator<Item = (usize, &Annotation)> {
    session
        .annotations
        .iter()
        .enumerate()
        .filter(move |(_, a)| a.orphaned.is_none() == (placed == Placed::Yes))
}

/// Why a claim has no place in the text, in words.
fn orphan_reason(lesson: &LoadedLesson, claim: &Annotation) -> String {
    match &claim.orphaned {
        Some(Orphan::NoQuote) => {
            "it quotes nothing (a note on a whole page, or a reply)".to_owned()
        }
        Some(Orphan::OtherDocument { source, title }) if source.trim().is_empty() => {
            if title.is_empty() {
                "it was made on a page the file does not name (it has no address)".to_owned()
            } else {
                format!("it was made on “{title}”, a page the file gives no address for")
            }
        }
        Some(Orphan::OtherDocument { source, title }) if title.is_empty() => {
            format!("it was made on {source}, which is not a document of this lesson")
        }
        Some(Orphan::OtherDocument { source, title }) => {
            format!("it was made on “{title}” ({source}), which is not a document of this lesson")
        }
        Some(Orphan::QuoteNotFound) | None => {
            let title = lesson
                .lesson
                .document(&claim.document)
                .map_or(claim.document.as_str(), |d| d.title.as_str());
            format!("its quote was not found in “{title}”")
        }
    }
}

/// Each scored key item with its entry in the key.
fn expected<'a>(
    lesson: &'a LoadedLesson,
    grade: &'a SessionGrade,
) -> impl Iterator<
    Item = (
        &'a crate::core::grade::ItemResult,
        &'a crate::core::lesson::KeyItem,
    ),
> {
    let key = lesson.lesson.answer_key.as_ref();
    grade
        .items
        .iter()
        .filter_map(move |item| Some((item, key?.items.iter().find(|k| k.id == item.key_item)?)))
}

fn passage<'a>(
    lesson: &'a LoadedLesson,
    document: &str,
    range: std::ops::Range<usize>,
) -> Passage<'a> {
    match lesson.text(document) {
        Some(text) => {
            let end = range.end.min(text.char_count());
            let start = range.start.min(end);
            Passage {
                before: text.slice_chars(start.saturating_sub(60)..start),
                text: text.slice_chars(start..end),
                after: text.slice_chars(end..(end + 60).min(text.char_count())),
            }
        }
        None => Passage {
            before: "",
            text: "(document not in this lesson)",
            after: "",
        },
    }
}

fn evidence_text(lesson: &LoadedLesson, source: &EvidenceSource) -> String {
    match source {
        EvidenceSource::Passage { document, selector } => {
            let title = lesson
                .lesson
                .document(document)
                .map_or(document.as_str(), |d| d.title.as_str());
            format!("“{}” ({title})", selector.quote.exact)
        }
        EvidenceSource::Citation(c) => format!("{} — {} {} {}", c.title, c.outlet, c.date, c.url),
    }
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::grade::{self, GradeOptions};

    #[test]
    fn markdown_escapes_only_what_markdown_would_obey() {
        assert_eq!(md("What a story! #1"), "What a story! #1");
        assert_eq!(
            md("![a picture](x) *bold*"),
            "\\!\\[a picture\\](x) \\*bold\\*"
        );
        assert_eq!(
            md("# not a heading\n# nor this"),
            "\\# not a heading  \n  \\# nor this"
        );
        assert_eq!(md("<b>&"), "&lt;b&gt;&amp;");
    }

    #[test]
    fn claims_without_a_place_are_listed_apart_with_why_never_quoted_in_the_text() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");
        let lesson = LoadedLesson::load(std::path::Path::new(dir)).unwrap();
        let mut session = grade::session_from_key(&lesson.lesson, jiff::Timestamp::UNIX_EPOCH);
        let placed = session.annotations.len();
        // An orphan whose stale selector sits on the first claim's words: the report must not
        // quote the text there.
        let mut lost = session.annotations[0].clone();
        lost.id = "lost".into();
        lost.selector.quote.exact = "a sentence that is in no document".into();
        lost.orphaned = Some(Orphan::QuoteNotFound);
        lost.note = "seen on the radio".into();
        session.annotations.push(lost);
        let mut elsewhere = session.annotations[1].clone();
        elsewhere.id = "elsewhere".into();
        elsewhere.document = String::new();
        elsewhere.orphaned = Some(Orphan::OtherDocument {
            source: "https://example.org/other".into(),
            title: "Another page".into(),
        });
        session.annotations.push(elsewhere.clone());
        // An annotation from a file that gave no address says so, not "made on ,".
        elsewhere.id = "nowhere".into();
        elsewhere.orphaned = Some(Orphan::OtherDocument {
            source: String::new(),
            title: String::new(),
        });
        session.annotations.push(elsewhere);
        let graded = grade::grade(&lesson.lesson, &session, GradeOptions::default());

        let text = markdown(&lesson, &session, &graded, None);
        let (placed_part, orphans) = text.split_once("## Claims not placed in the text").unwrap();
        assert_eq!(placed_part.matches("### Claim ").count(), placed);
        assert!(orphans.contains(&format!("### Claim {}", placed + 1)));
        assert!(orphans.contains("a sentence that is in no document"));
        assert!(orphans.contains("- Not placed: its quote was not found in “"));
        assert!(orphans.contains("- Note: seen on the radio"));
        assert!(orphans.contains(&format!("### Claim {}", placed + 2)));
        assert!(orphans.contains("made on “Another page” (https://example.org/other)"));
        assert!(orphans.contains("- Not placed: it was made on a page the file does not name"));
        assert!(!orphans.contains("made on ,"));
        let orphans = orphans
            .split("## What the key expected")
            .next()
            .unwrap_or_default();
        assert!(
            !orphans.contains("**"),
            "no passage of the text is quoted for a claim without a place"
        );

        let page = html(&lesson, &session, &graded, None);
        let (placed_part, orphans) = page
            .split_once("<h2>Claims not placed in the text</h2>")
            .unwrap();
        assert_eq!(placed_part.matches("<h3>Claim ").count(), placed);
        assert!(orphans.contains("<li>Not placed: its quote was not found in “"));
        assert!(
            !orphans
                .split("<h2>")
                .next()
                .unwrap_or_default()
                .contains("<mark>")
        );

        // Without orphans, no such section.
        session.annotations.truncate(placed);
        let graded = grade::grade(&lesson.lesson, &session, GradeOptions::default());
        assert!(!markdown(&lesson, &session, &graded, None).contains("not placed"));
    }
}
