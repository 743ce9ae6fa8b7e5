//! The article view, headless (`egui::Context::run_ui` + tessellate): frame cost with a 10 MB
//! document and 10,000 highlights scrolled to the middle, against a 10 KB document; the frame
//! after "make claim"; and opening a 10 MB document to its first frame.
//! Run: `cargo bench --bench article_view`.

// A benchmark is a test: failing loudly on broken set-up is what we want.
#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "../tests/support/revise.rs"]
mod revise;

use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use crosscheck::app::article_view::{ArticleView, Highlight, HighlightIndex, HighlightKey};
use crosscheck::core::text::DocumentText;
use revise::{Rng, generated_text};

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1000.0, 800.0),
        )),
        ..Default::default()
    }
}

fn frame(ctx: &egui::Context, view: &mut ArticleView, highlights: &HighlightIndex) -> usize {
    let output = ctx.run_ui(input(), |ui| {
        view.ui(ui, 16.0, highlights, None);
    });
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

fn highlights_for(doc: &DocumentText, count: usize, rng: &mut Rng) -> HighlightIndex {
    let n = doc.char_count();
    HighlightIndex::new(
        (0..count)
            .map(|i| {
                let start = rng.below(n - 200);
                Highlight {
                    range: start..start + 20 + rng.below(180),
                    color: egui::Color32::from_rgba_unmultiplied(255, 214, 0, 70),
                    key: HighlightKey::Claim(format!("c{i}")),
                }
            })
            .collect(),
    )
}

fn settled(text: &str, highlight_count: usize) -> (egui::Context, ArticleView, HighlightIndex) {
    settled_with(text, highlight_count, false)
}

/// A view of `text` with highlights, settled in the middle; with the app's fonts if `fonts`.
fn settled_with(
    text: &str,
    highlight_count: usize,
    fonts: bool,
) -> (egui::Context, ArticleView, HighlightIndex) {
    let mut rng = Rng(9);
    let doc = DocumentText::from_normalised(text);
    let highlights = highlights_for(&doc, highlight_count, &mut rng);
    let mid = doc.char_count() / 2;
    let mut view = ArticleView::new(doc, "bench");
    let ctx = egui::Context::default();
    if fonts {
        crosscheck::app::fonts::install(&ctx);
    }
    view.scroll_to_char(mid);
    for _ in 0..5 {
        frame(&ctx, &mut view, &highlights);
    }
    (ctx, view, highlights)
}

/// News-like Arabic: sentences of the sample's subject, with Persian digits and a few English
/// names, in paragraphs of a few sentences, up to `bytes` bytes.
fn arabic_text(bytes: usize) -> String {
    const SENTENCES: [&str; 5] = [
        "تعرضت القواعد الأمريكية في العراق وسوريا لـ 62 هجوماً خلال الشهر الماضي.",
        "وقالت وكالة رهنام إن الهجمات أسفرت عن سقوط أكثر من ۶۰ جندياً بين قتيل وجريح.",
        "ونفى المتحدث باسم البنتاغون (Pentagon) وقوع أي قتلى في صفوف القوات الأمريكية.",
        "وأحصت وزارة الدفاع 61 هجوماً منذ 17 تشرين الأول/أكتوبر.",
        "پایگاه‌های آمریکایی ۶۲ بار مورد حمله قرار گرفتند.",
    ];
    let mut out = String::with_capacity(bytes + 200);
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(SENTENCES[i % SENTENCES.len()]);
        out.push(if i % 4 == 3 { '\n' } else { ' ' });
        i += 1;
    }
    out
}

fn article_view(c: &mut Criterion) {
    let mut rng = Rng(3);
    let big = generated_text(10_000_000, &mut rng);
    let small: String = big.chars().take(10_000).collect();

    // Opening a 10 MB document to its first frame (index, view, first layout of what is visible).
    let started = Instant::now();
    let doc = DocumentText::from_normalised(&big);
    let mut view = ArticleView::new(doc, "open");
    let ctx = egui::Context::default();
    frame(&ctx, &mut view, &HighlightIndex::default());
    println!(
        "open a 10 MB document to its first frame: {:.1} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    println!(
        "layouts held after the first frame: {}",
        view.cached_layouts()
    );
    drop(view);

    let (ctx_big, mut view_big, hl_big) = settled(&big, 10_000);
    c.bench_function(
        "frame: 10 MB, 10,000 highlights, scrolled to the middle",
        |b| {
            b.iter(|| frame(&ctx_big, &mut view_big, &hl_big));
        },
    );
    let (ctx_small, mut view_small, hl_small) = settled(&small, 10);
    c.bench_function("frame: 10 KB document", |b| {
        b.iter(|| frame(&ctx_small, &mut view_small, &hl_small));
    });

    // Make claim: a new highlight index with one more claim, then the frame that shows it.
    let doc_chars = view_big.text().char_count();
    let mut items: Vec<Highlight> = Vec::new();
    let mut rng = Rng(11);
    for i in 0..10_000 {
        let start = rng.below(doc_chars - 200);
        items.push(Highlight {
            range: start..start + 40,
            color: egui::Color32::YELLOW,
            key: HighlightKey::Claim(format!("c{i}")),
        });
    }
    c.bench_function(
        "make claim in 10 MB: rebuild highlight index + the frame that shows it",
        |b| {
            b.iter(|| {
                let mut with_new = items.clone();
                let mid = doc_chars / 2;
                with_new.push(Highlight {
                    range: mid..mid + 30,
                    color: egui::Color32::YELLOW,
                    key: HighlightKey::Claim("new".into()),
                });
                let index = HighlightIndex::new(with_new);
                frame(&ctx_big, &mut view_big, &index)
            });
        },
    );
    // Arabic (with Persian digits and some English), 10 MB against 10 KB, with the embedded
    // fonts installed as the app installs them.
    let arabic = arabic_text(10_000_000);
    let arabic_small: String = arabic.chars().take(10_000).collect();
    let (ctx_ar, mut view_ar, hl_ar) = settled_with(&arabic, 10_000, true);
    c.bench_function(
        "frame: 10 MB Arabic, 10,000 highlights, scrolled to the middle",
        |b| {
            b.iter(|| frame(&ctx_ar, &mut view_ar, &hl_ar));
        },
    );
    let (ctx_ar_small, mut view_ar_small, hl_ar_small) = settled_with(&arabic_small, 10, true);
    c.bench_function("frame: 10 KB Arabic", |b| {
        b.iter(|| frame(&ctx_ar_small, &mut view_ar_small, &hl_ar_small));
    });
    if let Ok(status) = std::fs::read_to_string("/proc/self/status")
        && let Some(line) = status.lines().find(|l| l.starts_with("VmRSS"))
    {
        println!("resident memory with the 10 MB document open (and the 10 KB one): {line}");
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = article_view
}
criterion_main!(benches);
