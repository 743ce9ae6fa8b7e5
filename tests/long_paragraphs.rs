//! A paragraph too long to lay out at once is laid out in blocks, and the blocks never show: each
//! block goes on from the line where the one before it ends, so lines are filled to the edge,
//! follow each other at one row's height, and a click on a shared line finds the right char —
//! left to right and right to left.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crosscheck::app::{CrosscheckApp, Prefs};
use crosscheck::core::import::{self, Imported};
use crosscheck::core::lesson::LoadedLesson;
use crosscheck::core::store::RecoveryStore;

/// Sentences of different lengths and word widths, so that block ends fall anywhere in a line.
const SENTENCES: [&str; 5] = [
    "The agency said 62 attacks hit the bases since 17 October, a figure others dispute.",
    "Officials counted operations, not attacks, which is why totals differ so widely.",
    "A spokesman, speaking anonymously, would not confirm the number of personnel injured.",
    "Reporters who visited found no independent record of the strikes described.",
    "Readers should ask who counted, what was counted, and over which period.",
];

const ARABIC: [&str; 3] = [
    "قالت الوكالة إن القواعد تعرضت لاثنين وستين هجوماً منذ السابع عشر من أكتوبر.",
    "ولم يؤكد المتحدث عدد المصابين من الأفراد، وطلب عدم ذكر اسمه.",
    "وعلى القارئ أن يسأل من أحصى، وماذا أحصى، وفي أي فترة.",
];

/// One paragraph of `chars` chars or more, made of `sentences` in turn, then a short one.
fn long_text(sentences: &[&str], chars: usize) -> String {
    let mut paragraph = String::new();
    let mut i = 0;
    while paragraph.chars().count() < chars {
        paragraph.push_str(sentences[i % sentences.len()]);
        paragraph.push(' ');
        i += 1;
    }
    format!("{}\n\nA short paragraph after it.", paragraph.trim_end())
}

fn app_on(text: &str, dir: &std::path::Path) -> CrosscheckApp {
    let mut lesson = LoadedLesson::new_empty("long", "Long");
    import::add_document(
        &mut lesson,
        Imported {
            text: text.to_owned(),
            title: "A long paragraph".into(),
            outlet: String::new(),
            author: String::new(),
            published: String::new(),
            url: String::new(),
            language: String::new(),
        },
    );
    CrosscheckApp::on_lesson(
        lesson,
        RecoveryStore::new(dir.join("recovery")),
        Prefs::default(),
    )
}

fn harness(app: CrosscheckApp) -> egui_kittest::Harness<'static, CrosscheckApp> {
    egui_kittest::Harness::builder()
        .with_size(egui::vec2(1024.0, 700.0))
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut CrosscheckApp| app.frame_ui(ui), app)
}

/// A visual line: its chars (logical), its top, and its extent on screen.
#[derive(Debug)]
struct Line {
    chars: std::ops::Range<usize>,
    y: f32,
    left: f32,
    right: f32,
}

/// The lines the chars of `range` were drawn on in the last frame, in reading order.
fn lines_of(app: &CrosscheckApp, range: std::ops::Range<usize>) -> Vec<Line> {
    let view = &app.views[&app.current_document];
    let mut lines: Vec<Line> = Vec::new();
    for c in range {
        let rects = view.screen_rects_of(&(c..c + 1));
        let Some(rect) = rects.first() else {
            panic!("char {c} was not drawn");
        };
        match lines.last_mut() {
            Some(line) if (line.y - rect.min.y).abs() < 1.0 => {
                line.chars.end = c + 1;
                line.left = line.left.min(rect.min.x);
                line.right = line.right.max(rect.max.x);
            }
            _ => lines.push(Line {
                chars: c..c + 1,
                y: rect.min.y,
                left: rect.min.x,
                right: rect.max.x,
            }),
        }
    }
    lines
}

/// The width on screen of the first word of a line (what would have had to fit on the line
/// before it), and of the space before it.
fn first_word_width(app: &CrosscheckApp, line: &Line) -> f32 {
    let view = &app.views[&app.current_document];
    let text = view.text();
    let start = line.chars.start;
    let mut end = start;
    while end < line.chars.end && !text.slice_chars(end..end + 1).trim().is_empty() {
        end += 1;
    }
    let word: f32 = view
        .screen_rects_of(&(start..end))
        .iter()
        .map(egui::Rect::width)
        .sum();
    let space = view
        .screen_rects_of(&(start - 1..start))
        .first()
        .map_or(0.0, egui::Rect::width);
    word + space
}

/// Scrolls the view to `char` and draws it, with the lines around it laid out.
fn show_around(h: &mut egui_kittest::Harness<'static, CrosscheckApp>, char: usize) {
    let app = h.state_mut();
    let doc = app.current_document.clone();
    app.views.get_mut(&doc).unwrap().scroll_to_char(char);
    h.run();
}

/// Every line but the paragraph's last is full (its next line's first word would not have fit
/// on it), and each line is one row below the one before: no gap, no overlap.
fn assert_lines_flow(app: &CrosscheckApp, lines: &[Line], rtl: bool) {
    assert!(lines.len() > 4, "several lines: {lines:?}");
    let edge_right = lines.iter().map(|l| l.right).fold(f32::MIN, f32::max);
    let edge_left = lines.iter().map(|l| l.left).fold(f32::MAX, f32::min);
    let width = edge_right - edge_left;
    let row = lines[1].y - lines[0].y;
    assert!(row > 10.0, "a row's height: {row}");
    for pair in lines.windows(2) {
        let (line, next) = (&pair[0], &pair[1]);
        assert!(
            (next.y - line.y - row).abs() < 0.6,
            "line at char {} is {} below the one before, a row is {row}",
            next.chars.start,
            next.y - line.y
        );
        let used = line.right - line.left;
        let wanted = first_word_width(app, next);
        assert!(
            used + wanted > width - 1.0,
            "the line of chars {:?} ends short ({used} of {width}, right to left: {rtl}) though \
             the next word ({wanted}) would have fit",
            line.chars
        );
    }
}

/// The char ranges of the article's blocks' edges in the first paragraph: where a block ends.
fn block_edges(text_len: usize) -> Vec<usize> {
    // Blocks are cut at a space after every 4,000 chars: look at each 4,000 chars' surroundings.
    (1..=text_len / 4000).map(|k| k * 4000).collect()
}

#[test]
fn a_long_paragraph_reads_as_one_paragraph_across_its_blocks() {
    let dir = tempfile::tempdir().unwrap();
    let text = long_text(&SENTENCES, 13_000);
    let paragraph_len = text.find("\n\n").unwrap();
    let mut h = harness(app_on(&text, dir.path()));
    h.run();
    for edge in block_edges(paragraph_len) {
        show_around(&mut h, edge);
        let lines = lines_of(h.state(), edge - 400..edge + 400);
        assert_lines_flow(h.state(), &lines[1..lines.len() - 1], false);
        // A screen reader reads one paragraph there, not two blocks: the words either side of
        // the block's edge are in one paragraph's text.
        let app = h.state();
        let view = &app.views[&app.current_document];
        let across = view.text().slice_chars(edge - 30..edge + 30).to_owned();
        assert_eq!(
            paragraphs_read(&h)
                .iter()
                .filter(|p| p.contains(&across))
                .count(),
            1,
            "one paragraph holds {across:?}"
        );
    }
}

/// The paragraphs a screen reader finds in the article.
fn paragraphs_read(h: &egui_kittest::Harness<'static, CrosscheckApp>) -> Vec<String> {
    use egui::accesskit::Role;
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    h.get_by_role(Role::Document)
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::Paragraph)
        .filter_map(|n| n.accesskit_node().label())
        .collect()
}

#[test]
fn a_click_on_a_line_two_blocks_share_finds_the_char_under_it() {
    let dir = tempfile::tempdir().unwrap();
    let text = long_text(&SENTENCES, 9_000);
    let mut h = harness(app_on(&text, dir.path()));
    h.run();
    show_around(&mut h, 4000);
    // The line around the first block's end: every word on it, before and after the block's
    // edge, is found where it is drawn.
    let lines = lines_of(h.state(), 3600..4400);
    let app = h.state();
    let view = &app.views[&app.current_document];
    let shared = lines
        .iter()
        .find(|l| {
            let rects = view.screen_rects_of(&l.chars);
            // A line drawn from two blocks has a piece from each.
            rects.len() >= 2
        })
        .expect("a line drawn from two blocks");
    let targets: Vec<(usize, egui::Pos2)> = [
        shared.chars.start + 2,
        shared.chars.end - 3,
        usize::midpoint(shared.chars.start, shared.chars.end),
    ]
    .into_iter()
    .map(|c| {
        let rect = view.screen_rects_of(&(c..c + 1))[0];
        (
            c,
            egui::pos2(rect.min.x + rect.width() * 0.3, rect.center().y),
        )
    })
    .collect();
    for (c, at) in targets {
        h.hover_at(at);
        h.run();
        for pressed in [true, false] {
            h.event(egui::Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            });
            h.step();
        }
        h.run();
        let caret = h.state_mut().current_view().unwrap().caret();
        assert_eq!(
            caret,
            Some(c),
            "a click on char {c} puts the caret before it"
        );
    }
}

#[test]
fn a_long_right_to_left_paragraph_reads_as_one_across_its_blocks() {
    let dir = tempfile::tempdir().unwrap();
    let text = long_text(&ARABIC, 9_000);
    let mut h = harness(app_on(&text, dir.path()));
    h.run();
    show_around(&mut h, 4000);
    let lines = lines_of(h.state(), 3600..4400);
    // Right to left: each line ends at the left, and starts at the right edge.
    let right = lines.iter().map(|l| l.right).fold(f32::MIN, f32::max);
    for line in &lines[1..lines.len() - 1] {
        assert!(
            (line.right - right).abs() < 1.0,
            "the line of chars {:?} starts at the right edge",
            line.chars
        );
    }
    assert_lines_flow(h.state(), &lines[1..lines.len() - 1], true);
}
