//! Per-student feedback reports, in Markdown and printable HTML, with the highlighted passages and
//! the sourcing nudges on the evidence that were not acted on.

use std::fmt::Write as _;

use crate::core::grade::{Outcome, SessionGrade};
use crate::core::lesson::LoadedLesson;
use crate::core::review::StudentReview;
use crate::core::session::{Annotation, EvidenceSource, Orphan, Session};
use crate::core::sourcing::Sourcing;
use crate::core::words::{Message, Words};

/// One passage of a report: context before, the highlighted text, context after.
struct Passage<'a> {
    before: &'a str,
    text: std::borrow::Cow<'a, str>,
    after: &'a str,
}

fn outcome_word(words: Words, outcome: Outcome) -> String {
    words.word(match outcome {
        Outcome::Found => "report-found",
        Outcome::Partial => "report-partly-found",
        Outcome::Missed => "report-missed",
    })
}

fn stance_word(words: Words, stance: crate::core::evidence::Stance) -> String {
    use crate::core::evidence::Stance;
    words.word(match stance {
        Stance::Corroborates => "report-stance-corroborates",
        Stance::Contradicts => "report-stance-contradicts",
        Stance::AddsContext => "report-stance-adds-context",
    })
}

/// Points with one decimal, out of a maximum ("2.5 / 4.0").
fn points_of(words: Words, points: f32, max: f32) -> String {
    words.say(
        &Message::new("report-points-of")
            .with("points", format!("{points:.1}"))
            .with("max", format!("{max:.1}")),
    )
}

fn label_names(
    words: Words,
    lesson: &LoadedLesson,
    ids: impl IntoIterator<Item = impl AsRef<str>>,
) -> String {
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
        words.word("report-no-labels")
    } else {
        names.join(", ")
    }
}

/// What a key item's points go to in a task, in shares ("passage 1 · labels 1 · evidence 2 ·
/// verdict 4"); the rubric for a written task.
pub fn weighs(words: Words, task: Option<&crate::core::lesson::Task>) -> String {
    match task {
        Some(t) if t.kind != crate::core::lesson::TaskKind::Written => {
            let w = t.weights();
            words.say(
                &Message::new("report-weighs")
                    .with("span", w.span)
                    .with("labels", w.labels)
                    .with("evidence", w.evidence)
                    .with("verdict", w.verdict),
            )
        }
        _ => words.word("report-weighs-rubric"),
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

/// The report as Markdown, in the language of `words`.
#[allow(clippy::too_many_lines)] // One document, top to bottom.
pub fn markdown(
    lesson: &LoadedLesson,
    session: &Session,
    grade: &SessionGrade,
    review: Option<&StudentReview>,
    words: Words,
) -> String {
    let w = |id: &'static str| words.word(id);
    let mut out = String::new();
    // The nudges still on the evidence of the session handed in were not acted on.
    let sourcing = Sourcing::new(&lesson.lesson, Some(session));
    let student = if session.student.is_empty() {
        w("report-no-name")
    } else {
        session.student.clone()
    };
    writeln!(
        out,
        "# {}\n\n{}: **{}**  \n{}: **{:.1} / {:.1}** {}  \n{}: **{:.0}%** {}\n",
        md(&lesson.lesson.title),
        w("report-student"),
        md(&student),
        w("report-score"),
        grade.points,
        grade.max,
        w("report-score-explained"),
        w("report-precision"),
        grade.precision * 100.0,
        w("report-precision-explained")
    )
    .ok();
    for flag in &grade.flags {
        let note = words.say(&Message::new("report-flag").with("flag", flag.clone()));
        writeln!(out, "> {}\n", md(&note)).ok();
    }
    if let Some(general) = review.map(|r| r.general.as_str()).filter(|g| !g.is_empty()) {
        writeln!(
            out,
            "**{}:** {}\n",
            w("report-teacher-comment"),
            md(general)
        )
        .ok();
    }
    let columns = table_columns(words);
    writeln!(
        out,
        "## {}\n\n| {} |\n|{}",
        w("report-tasks"),
        columns.join(" | "),
        "---|".repeat(columns.len())
    )
    .ok();
    for t in &grade.tasks {
        let row = task_row(words, lesson, t);
        let cells: Vec<String> = row.iter().map(|c| md(c)).collect();
        writeln!(out, "| {} |", cells.join(" | ")).ok();
    }
    writeln!(out, "\n## {}\n", w("report-your-claims")).ok();
    for (i, a) in claims(session, Placed::Yes) {
        let p = passage(words, lesson, &a.document, a.selector.range());
        writeln!(
            out,
            "### {}\n\n> …{}**{}**{}…\n",
            claim_heading(words, i),
            md(p.before),
            md(&p.text),
            md(p.after)
        )
        .ok();
        md_claim_details(&mut out, words, lesson, a, review, &sourcing);
    }
    let mut orphans = claims(session, Placed::No).peekable();
    if orphans.peek().is_some() {
        writeln!(
            out,
            "## {}\n\n{}\n",
            w("report-not-placed-heading"),
            md(&w("report-not-placed"))
        )
        .ok();
    }
    for (i, a) in orphans {
        writeln!(out, "### {}\n", claim_heading(words, i)).ok();
        if !a.selector.quote.exact.is_empty() {
            writeln!(out, "> “{}”\n", md(&a.selector.quote.exact)).ok();
        }
        writeln!(out, "- {}", md(&not_placed(words, lesson, a))).ok();
        md_claim_details(&mut out, words, lesson, a, review, &sourcing);
    }
    writeln!(out, "## {}\n", w("report-expected")).ok();
    for (item, key) in expected(lesson, grade) {
        let p = passage(words, lesson, &key.document, key.selector.range());
        writeln!(
            out,
            "- **{}** ({}): “{}” — {}",
            outcome_word(words, item.outcome),
            md(&expected_points(words, item)),
            md(&p.text),
            md(&key.explanation)
        )
        .ok();
    }
    out
}

/// The task table's column names.
fn table_columns(words: Words) -> Vec<String> {
    [
        "report-col-task",
        "report-col-found",
        "report-col-partly",
        "report-col-missed",
        "report-col-extra",
        "report-col-precision",
        "report-col-points",
        "report-col-weighs",
    ]
    .map(|id| words.word(id))
    .to_vec()
}

/// A task's row of the table, as plain text (each report escapes it its own way).
fn task_row(
    words: Words,
    lesson: &LoadedLesson,
    t: &crate::core::grade::TaskResult,
) -> Vec<String> {
    let task = lesson.lesson.task(&t.task);
    let title = task.map_or(t.task.as_str(), |x| x.title.as_str());
    let points = t.points.map_or_else(
        || words.word("report-teachers-rubric"),
        |p| points_of(words, p, t.max),
    );
    vec![
        title.to_owned(),
        t.found.to_string(),
        t.partial.to_string(),
        t.missed.to_string(),
        t.extra.to_string(),
        precision_cell(t),
        points,
        weighs(words, task),
    ]
}

/// "Claim 3": the claim's number as the app shows it (its index plus one).
fn claim_heading(words: Words, index: usize) -> String {
    words.say(&Message::new("report-claim").with("number", index + 1))
}

/// "Not placed: …" with why.
fn not_placed(words: Words, lesson: &LoadedLesson, claim: &Annotation) -> String {
    words.say(&Message::new("report-not-placed-why").with("reason", orphan_reason(lesson, claim)))
}

/// "t1, 2.5 / 4.0 points".
fn expected_points(words: Words, item: &crate::core::grade::ItemResult) -> String {
    words.say(
        &Message::new("report-expected-points")
            .with("task", &item.task)
            .with("points", format!("{:.1}", item.points))
            .with("max", format!("{:.1}", item.max)),
    )
}

/// "Evidence ([-] contradicts)".
fn evidence_heading(words: Words, stance: crate::core::evidence::Stance) -> String {
    words.say(
        &Message::new("report-evidence")
            .with("symbol", stance.symbol())
            .with("stance", stance_word(words, stance)),
    )
}

/// "Nudge not acted on (…)" with its symbol first.
fn nudge_heading(words: Words, kind: crate::core::sourcing::NudgeKind) -> String {
    format!(
        "{} {}",
        kind.symbol(),
        words.say(&Message::new("report-nudge").with("kind", kind.name()))
    )
}

/// A claim's labels, note, verdict, evidence and the teacher's comment, as Markdown list items.
fn md_claim_details(
    out: &mut String,
    words: Words,
    lesson: &LoadedLesson,
    a: &Annotation,
    review: Option<&StudentReview>,
    sourcing: &Sourcing<'_>,
) {
    let w = |id: &'static str| words.word(id);
    writeln!(
        out,
        "- {}: {}",
        w("report-labels"),
        md(&label_names(words, lesson, &a.labels))
    )
    .ok();
    if !a.note.is_empty() {
        writeln!(out, "- {}: {}", w("report-note"), md(&a.note)).ok();
    }
    if let Some(v) = &a.verdict {
        writeln!(
            out,
            "- {}: {} — {}",
            w("report-verdict"),
            md(&label_names(words, lesson, [&v.rating])),
            md(&v.reasoning)
        )
        .ok();
    }
    for e in &a.evidence {
        writeln!(
            out,
            "- {}: {}",
            md(&evidence_heading(words, e.stance)),
            md(&evidence_text(lesson, &e.source))
        )
        .ok();
        for nudge in sourcing.nudges(a.into(), e) {
            writeln!(
                out,
                "  - {}: {}",
                md(&nudge_heading(words, nudge.kind)),
                md(&words.say(&nudge.reason))
            )
            .ok();
        }
    }
    if let Some(comment) = review.and_then(|r| r.comments.get(&a.id)) {
        writeln!(out, "- **{}:** {}", w("report-teacher"), md(comment)).ok();
    }
    writeln!(out).ok();
}

/// The report as a printable HTML page, in the language of `words` (the page's `lang`; the
/// lesson's passages are marked with the lesson's language).
#[allow(clippy::too_many_lines)] // One document, top to bottom.
pub fn html(
    lesson: &LoadedLesson,
    session: &Session,
    grade: &SessionGrade,
    review: Option<&StudentReview>,
    words: Words,
) -> String {
    let e = escape;
    let w = |id: &'static str| words.word(id);
    let mut out = String::new();
    // The nudges still on the evidence of the session handed in were not acted on.
    let sourcing = Sourcing::new(&lesson.lesson, Some(session));
    let student = if session.student.is_empty() {
        w("report-no-name")
    } else {
        session.student.clone()
    };
    // What comes from the lesson (its title, passages, explanations) is in its own language.
    let from_lesson = e(&lesson.lesson.language);
    let lesson_text = |text: &str| format!("<span lang=\"{from_lesson}\">{}</span>", e(text));
    writeln!(
        out,
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{} — {}</title>\n<style>body{{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.45}} mark{{background:#ffe066;border-bottom:2px solid #806600}} table{{border-collapse:collapse}} td,th{{border:1px solid #999;padding:.2em .5em}} blockquote{{border-left:3px solid #999;margin-left:0;padding-left:1em}} @media print{{body{{margin:0}}}}</style></head><body>",
        e(words.tag()),
        e(&lesson.lesson.title),
        e(&student)
    )
    .ok();
    writeln!(
        out,
        "<h1>{}</h1><p>{}: <strong>{}</strong><br>{}: <strong>{:.1} / {:.1}</strong> {}<br>{}: <strong>{:.0}%</strong> {}</p>",
        lesson_text(&lesson.lesson.title),
        e(&w("report-student")),
        e(&student),
        e(&w("report-score")),
        grade.points,
        grade.max,
        e(&w("report-score-explained")),
        e(&w("report-precision")),
        grade.precision * 100.0,
        e(&w("report-precision-explained"))
    )
    .ok();
    for flag in &grade.flags {
        let note = words.say(&Message::new("report-flag").with("flag", flag.clone()));
        writeln!(out, "<p><strong>{}</strong></p>", e(&note)).ok();
    }
    if let Some(general) = review.map(|r| r.general.as_str()).filter(|g| !g.is_empty()) {
        writeln!(
            out,
            "<p><strong>{}:</strong> {}</p>",
            e(&w("report-teacher-comment")),
            e(general)
        )
        .ok();
    }
    write!(out, "<h2>{}</h2><table><tr>", e(&w("report-tasks"))).ok();
    for column in table_columns(words) {
        write!(out, "<th>{}</th>", e(&column)).ok();
    }
    writeln!(out, "</tr>").ok();
    for t in &grade.tasks {
        write!(out, "<tr>").ok();
        for (i, cell) in task_row(words, lesson, t).iter().enumerate() {
            // The first cell is the task's title, the teacher's words in the lesson's language.
            if i == 0 {
                write!(out, "<td>{}</td>", lesson_text(cell)).ok();
            } else {
                write!(out, "<td>{}</td>", e(cell)).ok();
            }
        }
        writeln!(out, "</tr>").ok();
    }
    writeln!(out, "</table><h2>{}</h2>", e(&w("report-your-claims"))).ok();
    for (i, a) in claims(session, Placed::Yes) {
        let p = passage(words, lesson, &a.document, a.selector.range());
        writeln!(
            out,
            "<h3>{}</h3><blockquote lang=\"{from_lesson}\">…{}<mark>{}</mark>{}…</blockquote><ul>",
            e(&claim_heading(words, i)),
            e(p.before),
            e(&p.text),
            e(p.after)
        )
        .ok();
        html_claim_details(&mut out, words, lesson, a, review, &sourcing);
    }
    let mut orphans = claims(session, Placed::No).peekable();
    if orphans.peek().is_some() {
        writeln!(
            out,
            "<h2>{}</h2><p>{}</p>",
            e(&w("report-not-placed-heading")),
            e(&w("report-not-placed"))
        )
        .ok();
    }
    for (i, a) in orphans {
        writeln!(out, "<h3>{}</h3>", e(&claim_heading(words, i))).ok();
        if !a.selector.quote.exact.is_empty() {
            writeln!(
                out,
                "<blockquote>“{}”</blockquote>",
                lesson_text(&a.selector.quote.exact)
            )
            .ok();
        }
        writeln!(out, "<ul><li>{}</li>", e(&not_placed(words, lesson, a))).ok();
        html_claim_details(&mut out, words, lesson, a, review, &sourcing);
    }
    writeln!(out, "<h2>{}</h2><ul>", e(&w("report-expected"))).ok();
    for (item, key) in expected(lesson, grade) {
        let p = passage(words, lesson, &key.document, key.selector.range());
        writeln!(
            out,
            "<li><strong>{}</strong> ({}): <mark lang=\"{from_lesson}\">{}</mark> — {}</li>",
            e(&outcome_word(words, item.outcome)),
            e(&expected_points(words, item)),
            e(&p.text),
            lesson_text(&key.explanation)
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
    words: Words,
    lesson: &LoadedLesson,
    a: &Annotation,
    review: Option<&StudentReview>,
    sourcing: &Sourcing<'_>,
) {
    let e = escape;
    let w = |id: &'static str| words.word(id);
    writeln!(
        out,
        "<li>{}: {}</li>",
        e(&w("report-labels")),
        e(&label_names(words, lesson, &a.labels))
    )
    .ok();
    if !a.note.is_empty() {
        writeln!(out, "<li>{}: {}</li>", e(&w("report-note")), e(&a.note)).ok();
    }
    if let Some(v) = &a.verdict {
        writeln!(
            out,
            "<li>{}: {} — {}</li>",
            e(&w("report-verdict")),
            e(&label_names(words, lesson, [&v.rating])),
            e(&v.reasoning)
        )
        .ok();
    }
    for ev in &a.evidence {
        writeln!(
            out,
            "<li>{}: {}",
            e(&evidence_heading(words, ev.stance)),
            e(&evidence_text(lesson, &ev.source))
        )
        .ok();
        let nudges = sourcing.nudges(a.into(), ev);
        if !nudges.is_empty() {
            writeln!(out, "<ul>").ok();
            for nudge in nudges {
                writeln!(
                    out,
                    "<li>{}: {}</li>",
                    e(&nudge_heading(words, nudge.kind)),
                    e(&words.say(&nudge.reason))
                )
                .ok();
            }
            writeln!(out, "</ul>").ok();
        }
        writeln!(out, "</li>").ok();
    }
    if let Some(comment) = review.and_then(|r| r.comments.get(&a.id)) {
        writeln!(
            out,
            "<li><strong>{}:</strong> {}</li>",
            e(&w("report-teacher")),
            e(comment)
        )
        .ok();
    }
    writeln!(out, "</ul>").ok();
}

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

/// Why a claim has no place in the text.
fn orphan_reason(lesson: &LoadedLesson, claim: &Annotation) -> Message {
    match &claim.orphaned {
        Some(Orphan::NoQuote) => Message::new("report-orphan-no-quote"),
        Some(Orphan::OtherDocument { source, title }) if source.trim().is_empty() => {
            if title.is_empty() {
                Message::new("report-orphan-unnamed-page")
            } else {
                Message::new("report-orphan-titled-page").with("title", title)
            }
        }
        Some(Orphan::OtherDocument { source, title }) if title.is_empty() => {
            Message::new("report-orphan-other-source").with("source", source)
        }
        Some(Orphan::OtherDocument { source, title }) => {
            Message::new("report-orphan-other-document")
                .with("title", title)
                .with("source", source)
        }
        Some(Orphan::QuoteNotFound) | None => {
            let title = lesson
                .lesson
                .document(&claim.document)
                .map_or(claim.document.as_str(), |d| d.title.as_str());
            Message::new("report-orphan-not-found").with("title", title)
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
    words: Words,
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
                text: std::borrow::Cow::Borrowed(text.slice_chars(start..end)),
                after: text.slice_chars(end..(end + 60).min(text.char_count())),
            }
        }
        None => Passage {
            before: "",
            text: std::borrow::Cow::Owned(words.word("report-document-missing")),
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

        let text = markdown(&lesson, &session, &graded, None, Words::english());
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

        let page = html(&lesson, &session, &graded, None, Words::english());
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
        assert!(
            !markdown(&lesson, &session, &graded, None, Words::english()).contains("not placed")
        );
    }
}
