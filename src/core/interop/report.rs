//! Per-student feedback reports, in Markdown and printable HTML, with the highlighted passages.

use std::fmt::Write as _;

use crate::core::grade::{Outcome, SessionGrade};
use crate::core::lesson::LoadedLesson;
use crate::core::review::StudentReview;
use crate::core::session::{EvidenceSource, Session};

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

/// A task's precision as a percentage; blank for a task the key does not score.
fn precision_cell(t: &crate::core::grade::TaskResult) -> String {
    t.points
        .filter(|_| t.found + t.partial + t.missed + t.extra > 0)
        .map_or_else(String::new, |_| format!("{:.0}%", t.precision * 100.0))
}

/// Text from a file or typed by a student, safe in Markdown: HTML cannot pass through (`<`, `>`
/// and `&` become entities) and Markdown punctuation is shown, not obeyed. Line breaks stay inside
/// the list item or quote they are in.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '!' | '#' => {
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
        "## Tasks\n\n| task | found | partly | missed | extra | precision | points |\n|---|---|---|---|---|---|---|"
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
            "| {} | {} | {} | {} | {} | {} | {points} |",
            md(title),
            t.found,
            t.partial,
            t.missed,
            t.extra,
            precision_cell(t)
        )
        .ok();
    }
    writeln!(out, "\n## Your claims\n").ok();
    for (i, a) in session.annotations.iter().enumerate() {
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
        }
        if let Some(comment) = review.and_then(|r| r.comments.get(&a.id)) {
            writeln!(out, "- **Teacher:** {}", md(comment)).ok();
        }
        writeln!(out).ok();
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
    writeln!(out, "<h2>Tasks</h2><table><tr><th>task</th><th>found</th><th>partly</th><th>missed</th><th>extra</th><th>precision</th><th>points</th></tr>").ok();
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
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            e(title),
            t.found,
            t.partial,
            t.missed,
            t.extra,
            precision_cell(t),
            e(&points)
        )
        .ok();
    }
    writeln!(out, "</table><h2>Your claims</h2>").ok();
    for (i, a) in session.annotations.iter().enumerate() {
        let p = passage(lesson, &a.document, a.selector.range());
        writeln!(out, "<h3>Claim {}</h3><blockquote>…{}<mark>{}</mark>{}…</blockquote><ul><li>Labels: {}</li>", i + 1, e(p.before), e(p.text), e(p.after), e(&label_names(lesson, &a.labels))).ok();
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
                "<li>Evidence ({} {}): {}</li>",
                e(ev.stance.symbol()),
                e(ev.stance.word()),
                e(&evidence_text(lesson, &ev.source))
            )
            .ok();
        }
        if let Some(comment) = review.and_then(|r| r.comments.get(&a.id)) {
            writeln!(out, "<li><strong>Teacher:</strong> {}</li>", e(comment)).ok();
        }
        writeln!(out, "</ul>").ok();
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
