//! The crates' licence list (assets/licences/crates.txt, written by .ci/licences.py) is the
//! list of what the program is built from now: every crate it names is in Cargo.lock at that
//! version, and every dependency Cargo.toml names is in it. Run the script after changing
//! Cargo.lock when this fails.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

const CRATES: &str = include_str!("../assets/licences/crates.txt");
const LOCK: &str = include_str!("../Cargo.lock");
const MANIFEST: &str = include_str!("../Cargo.toml");

/// (name, version) of every package in Cargo.lock.
fn locked() -> BTreeSet<(String, String)> {
    let mut all = BTreeSet::new();
    let mut name = None;
    for line in LOCK.lines() {
        if let Some(n) = line.strip_prefix("name = ") {
            name = Some(n.trim_matches('"').to_owned());
        } else if let Some(v) = line.strip_prefix("version = ")
            && let Some(n) = name.take()
        {
            all.insert((n, v.trim_matches('"').to_owned()));
        }
    }
    all
}

/// (name, version, licence) of every crate the list names.
fn listed() -> Vec<(String, String, String)> {
    CRATES
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut words = l.split_whitespace();
            let name = words.next().unwrap().to_owned();
            let version = words.next().unwrap().to_owned();
            (name, version, words.collect::<Vec<_>>().join(" "))
        })
        .collect()
}

#[test]
fn every_listed_crate_is_in_cargo_lock_with_a_licence() {
    let locked = locked();
    let listed = listed();
    assert!(
        listed.len() > 100,
        "the list is there: {} crates",
        listed.len()
    );
    for (name, version, licence) in listed {
        assert!(
            locked.contains(&(name.clone(), version.clone())),
            "{name} {version} is listed but not in Cargo.lock: run .ci/licences.py"
        );
        assert!(!licence.is_empty(), "{name} {version} has no licence");
    }
}

#[test]
fn every_dependency_of_the_program_is_listed() {
    let listed: BTreeSet<String> = listed().into_iter().map(|(n, _, _)| n).collect();
    let mut section = "";
    let mut missing = Vec::new();
    for line in MANIFEST.lines() {
        if line.starts_with('[') {
            section = line;
            continue;
        }
        let normal = section == "[dependencies]" || section == "[target.'cfg(unix)'.dependencies]";
        if normal
            && let Some((name, _)) = line.split_once(" = ")
            && !name.starts_with('#')
            && !name.trim().is_empty()
            && !listed.contains(name.trim())
        {
            missing.push(name.trim().to_owned());
        }
    }
    assert!(
        missing.is_empty(),
        "dependencies missing from assets/licences/crates.txt (run .ci/licences.py): {missing:?}"
    );
}
