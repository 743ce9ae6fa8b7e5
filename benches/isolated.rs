//! What reading a file in a child process adds (issue 22): a small web page read in this process
//! and read by `crosscheck extract --child` in a child. Target: the child adds under 30 ms.
//! Run: `cargo bench --bench isolated` (it runs the release build of the `crosscheck` binary, or
//! the one `CROSSCHECK_READER` names).

// A benchmark is a test: failing loudly on broken set-up is what we want.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use crosscheck::core::import::{self, isolated};

const PAGE: &str = r#"<!doctype html><html><head><title>Site | Bases attacked</title>
<meta property="og:title" content="Bases attacked 62 times, agency says">
<meta name="author" content="A. Writer"></head><body><nav><ul><li>Home</li></ul></nav>
<article><h1>Bases attacked 62 times</h1>
<p>During the last month, resistance forces attacked American bases 62 times, the agency said.</p>
<p>An official who asked not to be named said the count was much lower.</p>
<p>The Pentagon said 45 personnel suffered minor injuries.</p></article>
<footer><p>Copyright</p></footer></body></html>"#;

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(&page, PAGE).unwrap();
    // `CROSSCHECK_READER` names another build to measure (a copy, say).
    let program = std::env::var_os(isolated::READER_VARIABLE).map_or_else(
        || env!("CARGO_BIN_EXE_crosscheck").into(),
        std::path::PathBuf::from,
    );
    let program = program.as_path();
    let here = import::read_document(&page).unwrap();
    assert_eq!(
        isolated::read_document_isolated(program, &page).unwrap(),
        here
    );
    let mut group = c.benchmark_group("small web page");
    group.bench_function("in this process", |b| {
        b.iter(|| import::read_document(&page).unwrap());
    });
    group.bench_function("in a child process", |b| {
        b.iter(|| isolated::read_document_isolated(program, &page).unwrap());
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
