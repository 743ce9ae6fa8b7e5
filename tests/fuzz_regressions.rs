//! Every input a fuzzer found that crashed or hung (`fuzz/regressions/TARGET/*`), and the seed
//! inputs (`fuzz/seeds/TARGET/*`), run through the same code as the fuzz targets, on stable.

use std::path::Path;

#[test]
fn every_fuzz_regression_and_seed_runs_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut ran = 0;
    for (target, run) in crosscheck::fuzzing::TARGETS {
        for kind in ["regressions", "seeds"] {
            let Ok(entries) = std::fs::read_dir(root.join(kind).join(target)) else {
                continue;
            };
            let mut files: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
            files.sort();
            for file in files {
                let Ok(bytes) = std::fs::read(&file) else {
                    continue;
                };
                eprintln!("{target}: {}", file.display());
                run(&bytes);
                ran += 1;
            }
        }
    }
    assert!(
        ran >= crosscheck::fuzzing::TARGETS.len(),
        "only {ran} inputs found under {}",
        root.display()
    );
}
