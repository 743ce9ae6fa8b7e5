//! Whether a session's trail holds: the chain unbroken from this session's start to its head,
//! and the claims and answers in the file what the trail's changes make. And, across a class,
//! which sessions look copied.

use std::collections::{BTreeMap, HashMap};

use super::{chain_start, entry_hash, replay_one};
use crate::core::session::{Annotation, Session};
use crate::core::words::Message;

/// What the trail of a session says about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Check {
    /// No trail: a session from before trails were recorded, not worked on since.
    None,
    /// The chain holds and the work is what it made.
    Intact,
    /// Something was changed outside the app.
    Broken(Break),
}

/// How a trail was found broken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Break {
    /// The first entry does not start this session's chain (a trail taken from another file).
    Start,
    /// Entry `entry` (0-based) does not follow the one before: one was changed, removed or
    /// moved.
    Chain {
        /// The entry.
        entry: usize,
    },
    /// The head does not match the last entry: entries were removed from the end, or the last
    /// was changed.
    Head,
    /// Entry `entry`'s change cannot be made in order.
    Replay {
        /// The entry.
        entry: usize,
    },
    /// The work in the file is not what the trail's changes make: these claims (or answers,
    /// by task, or the name) were added, removed or changed outside the app.
    Work {
        /// What differs: claim ids, `task:ID` for answers, `name` for the name.
        differs: Vec<String>,
    },
}

impl Check {
    /// The gradebook's word: `ok`, `broken` or `none`.
    pub fn word(&self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Intact => "ok",
            Self::Broken(_) => "broken",
        }
    }

    /// What it means, in words.
    pub fn message(&self) -> Message {
        match self {
            Self::None => Message::new("trail-none"),
            Self::Intact => Message::new("trail-intact"),
            Self::Broken(Break::Start) => Message::new("trail-broken-start"),
            Self::Broken(Break::Chain { entry }) => {
                Message::new("trail-broken-chain").with("entry", entry + 1)
            }
            Self::Broken(Break::Head) => Message::new("trail-broken-head"),
            Self::Broken(Break::Replay { entry }) => {
                Message::new("trail-broken-replay").with("entry", entry + 1)
            }
            Self::Broken(Break::Work { differs }) => Message::new("trail-broken-work")
                .with("count", differs.len())
                .with("what", differs.join(", ")),
        }
    }
}

/// Checks the session's trail.
pub fn check(session: &Session) -> Check {
    let Some(trail) = &session.trail else {
        return Check::None;
    };
    let mut expected = chain_start(&trail.id, session);
    let mut work = super::replay::empty_like(session);
    for (i, entry) in trail.entries.iter().enumerate() {
        if entry.prev != expected {
            return Check::Broken(if i == 0 {
                Break::Start
            } else {
                Break::Chain { entry: i }
            });
        }
        expected = entry_hash(entry);
        if replay_one(&mut work, &entry.event).is_err() {
            return Check::Broken(Break::Replay { entry: i });
        }
    }
    if trail.head != expected {
        return Check::Broken(Break::Head);
    }
    let differs = differences(&work, session);
    if differs.is_empty() {
        Check::Intact
    } else {
        Check::Broken(Break::Work { differs })
    }
}

/// What a claim is, for comparing the trail's work with the file's: all but where its passage
/// sits (re-anchoring to a revised document moves it) and whether it was placed.
fn essence(a: &Annotation) -> impl PartialEq + '_ {
    (
        &a.document,
        &a.selector.quote.exact,
        &a.labels,
        &a.note,
        &a.verdict,
        &a.task,
        a.evidence
            .iter()
            .map(|e| (&e.id, e.stance, &e.note))
            .collect::<Vec<_>>(),
    )
}

/// The claims, answers and name that differ between the work the trail made and the file's.
fn differences(made: &Session, file: &Session) -> Vec<String> {
    let mut differs = Vec::new();
    let made_claims: HashMap<&str, &Annotation> = made
        .annotations
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    let file_claims: HashMap<&str, &Annotation> = file
        .annotations
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    for a in &file.annotations {
        match made_claims.get(a.id.as_str()) {
            Some(m) if essence(m) == essence(a) => {}
            _ => differs.push(a.id.clone()),
        }
    }
    for a in &made.annotations {
        if !file_claims.contains_key(a.id.as_str()) {
            differs.push(a.id.clone());
        }
    }
    let tasks: std::collections::BTreeSet<&String> =
        made.responses.keys().chain(file.responses.keys()).collect();
    for task in tasks {
        if made.responses.get(task) != file.responses.get(task) {
            differs.push(format!("task:{task}"));
        }
    }
    if made.student != file.student {
        differs.push("name".to_owned());
    }
    differs
}

/// Why two sessions of a class look copied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CopyKind {
    /// Their trails start the same: one file was copied (and renamed).
    SameStart,
    /// They share `count` notes, reasonings or answers, word for word, long enough that two
    /// students would not write them alike.
    SameWords {
        /// How many.
        count: usize,
    },
}

/// Two sessions that look copied (indices into the list given), and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopyFlag {
    /// The first session.
    pub a: usize,
    /// The second.
    pub b: usize,
    /// Why.
    pub kind: CopyKind,
}

/// Words a student typed shorter than this are not compared (a "See above." is no copy).
const MIN_COPIED_CHARS: usize = 40;
/// Texts in common that flag two sessions.
const MIN_SHARED_TEXTS: usize = 2;

/// The sessions of a class that look copied, pair by pair, for the teacher to decide: the same
/// trail start, or several long notes, reasonings or answers word for word. In time linear in
/// the class's work (texts are matched through a map, not pair by pair).
pub fn copies(sessions: &[&Session]) -> Vec<CopyFlag> {
    let mut flags = Vec::new();
    let mut by_start: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in sessions.iter().enumerate() {
        if let Some(trail) = &s.trail {
            by_start.entry(trail.id.as_str()).or_default().push(i);
        }
    }
    for group in by_start.values() {
        for (n, &a) in group.iter().enumerate() {
            for &b in &group[n + 1..] {
                flags.push(CopyFlag {
                    a,
                    b,
                    kind: CopyKind::SameStart,
                });
            }
        }
    }
    let mut by_text: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, s) in sessions.iter().enumerate() {
        let mut own = std::collections::HashSet::new();
        for text in typed_texts(s) {
            let text = normalised(text);
            if text.chars().count() >= MIN_COPIED_CHARS && own.insert(text.clone()) {
                by_text.entry(text).or_default().push(i);
            }
        }
    }
    let mut shared: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for holders in by_text.values().filter(|h| h.len() > 1) {
        for (n, &a) in holders.iter().enumerate() {
            for &b in &holders[n + 1..] {
                *shared.entry((a, b)).or_default() += 1;
            }
        }
    }
    for ((a, b), count) in shared {
        let same_start = flags
            .iter()
            .any(|f| (f.a, f.b) == (a, b) && f.kind == CopyKind::SameStart);
        if count >= MIN_SHARED_TEXTS && !same_start {
            flags.push(CopyFlag {
                a,
                b,
                kind: CopyKind::SameWords { count },
            });
        }
    }
    flags.sort_by_key(|f| (f.a, f.b));
    flags
}

/// What a student typed: notes, reasonings, evidence notes, answers.
fn typed_texts(session: &Session) -> impl Iterator<Item = &str> {
    session
        .annotations
        .iter()
        .flat_map(|a| {
            std::iter::once(a.note.as_str())
                .chain(a.verdict.iter().map(|v| v.reasoning.as_str()))
                .chain(a.evidence.iter().map(|e| e.note.as_str()))
        })
        .chain(session.responses.values().map(|r| r.text.as_str()))
}

/// Lower case, runs of white space as one space.
fn normalised(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
