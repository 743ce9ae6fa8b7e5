//! A session's trail as it is in the file: its entries, hash-chained, and its hand-in. What is
//! recorded and how it is checked: `core::trail`.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{Annotation, Command, Session, TaskResponse};

/// Hex digits of a hash kept in an entry and in the head (128 bits: tamper evidence, not
/// secrecy; see the module's documentation).
const HASH_HEX: usize = 32;

/// A session's trail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Trail {
    /// Chosen when the trail began; a file copied (and renamed) keeps it, which is how copies
    /// are told apart from work that merely agrees.
    pub id: String,
    /// Oldest first.
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_vec()"))]
    pub entries: Vec<Entry>,
    /// The hash of the last entry (the chain's start when there is none).
    pub head: String,
    /// When the work was handed in, and the head then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handed_in: Option<Seal>,
}

/// One entry of the trail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Entry {
    /// The hash of the entry before (of the chain's start, for the first).
    pub prev: String,
    /// When.
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::timestamp()"))]
    pub at: Timestamp,
    /// What happened.
    pub event: Event,
}

/// What an entry records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub enum Event {
    /// The work as it was when its trail began: a session made before trails were recorded
    /// ("no trail recorded before this version").
    Began {
        /// Its claims then.
        #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_vec()"))]
        annotations: Vec<Annotation>,
        /// Its written answers then.
        #[cfg_attr(test, proptest(strategy = "crate::core::testing::small_map()"))]
        responses: BTreeMap<String, TaskResponse>,
        /// The name then.
        student: String,
    },
    /// The work was opened in the app (a work session begins), by this version of Crosscheck.
    Opened {
        /// The app's version.
        version: String,
    },
    /// The work was closed in the app.
    Closed,
    /// A change, as it was applied.
    #[cfg_attr(test, proptest(skip))]
    Changed(Command),
    /// An undo: the change that undid the last one.
    #[cfg_attr(test, proptest(skip))]
    Undone(Command),
    /// A redo: the change made again.
    #[cfg_attr(test, proptest(skip))]
    Redone(Command),
    /// Text put in by pasting (the change it made follows as its own entry).
    Pasted {
        /// Where.
        into: Field,
        /// How many characters.
        chars: usize,
        /// From the lesson's own documents, or from outside the app.
        from: PasteSource,
    },
    /// The work was handed in (File ▸ Hand in…).
    HandedIn,
}

/// A text field of the work.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub enum Field {
    /// A claim's note.
    Note {
        /// The claim.
        claim: String,
    },
    /// A claim's verdict reasoning.
    Reasoning {
        /// The claim.
        claim: String,
    },
    /// A note on a piece of evidence.
    EvidenceNote {
        /// The claim.
        claim: String,
        /// The evidence.
        evidence: String,
    },
    /// The written answer to a task.
    Answer {
        /// The task.
        task: String,
    },
    /// The student's name.
    Name,
}

/// Where pasted text came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub enum PasteSource {
    /// A passage of one of the lesson's documents.
    Lesson {
        /// The document.
        document: String,
    },
    /// Not from the lesson: another program, a web page, another student's work.
    Outside,
}

/// A hand-in: when, and the trail's head then. Entries after it show as "changed after
/// hand-in".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Seal {
    /// When it was handed in.
    #[cfg_attr(test, proptest(strategy = "crate::core::testing::timestamp()"))]
    pub at: Timestamp,
    /// The head then.
    pub head: String,
}

/// The first `HASH_HEX` hex digits of the SHA-256 of `parts`, each length-prefixed.
fn hash(parts: &[&[u8]]) -> String {
    use sha2::Digest as _;
    let mut hasher = sha2::Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    hex_of(&hasher.finalize())
}

/// Where a session's chain starts: its trail id, its lesson and when the session was made, so a
/// trail moved into another session's file does not start where that file's would.
pub fn chain_start(id: &str, session: &Session) -> String {
    hash(&[
        b"crosscheck trail",
        id.as_bytes(),
        session.lesson_id.as_bytes(),
        session.created.to_string().as_bytes(),
    ])
}

/// An entry's own hash: of the hash before it, its time and its event as written in the file.
pub fn entry_hash(entry: &Entry) -> String {
    use sha2::Digest as _;
    /// Feeds what is written into the hash (no copy of the event is made).
    struct Feed<'a>(&'a mut sha2::Sha256);
    impl std::io::Write for Feed<'_> {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.update(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut hasher = sha2::Sha256::new();
    for part in [entry.prev.as_bytes(), entry.at.to_string().as_bytes()] {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    // The event last, as JSON (compact and quick to write; its end needs no length).
    let _ = serde_json::to_writer(Feed(&mut hasher), &entry.event);
    hex_of(&hasher.finalize())
}

/// The first `HASH_HEX` hex digits of a digest.
fn hex_of(digest: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut hex = String::with_capacity(HASH_HEX);
    for byte in digest.iter().take(HASH_HEX / 2) {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// A trail id no other session has: the time and randomness (not a secret, only unique).
fn new_id(now: Timestamp) -> String {
    hash(&[
        now.as_nanosecond().to_le_bytes().as_slice(),
        fastrand::u64(..).to_le_bytes().as_slice(),
        std::process::id().to_le_bytes().as_slice(),
    ])
}

impl Trail {
    /// A new trail for `session`, empty.
    pub fn new(session: &Session, now: Timestamp) -> Self {
        let id = new_id(now);
        let head = chain_start(&id, session);
        Self {
            id,
            entries: Vec::new(),
            head,
            handed_in: None,
        }
    }

    /// Appends an entry made at `at`.
    pub fn push(&mut self, at: Timestamp, event: Event) {
        let entry = Entry {
            prev: std::mem::take(&mut self.head),
            at,
            event,
        };
        self.head = entry_hash(&entry);
        self.entries.push(entry);
    }

    /// Replaces the last entry (one more keystroke of a change being typed: the field's latest
    /// text stands for the run), unless it was handed in: then the change is an entry of its own.
    pub(crate) fn replace_last(&mut self, at: Timestamp, event: Event) {
        let sealed = self.handed_in.as_ref().is_some_and(|s| s.head == self.head);
        match self.entries.last_mut() {
            Some(last) if !sealed && matches!(last.event, Event::Changed(_)) => {
                last.at = at;
                last.event = event;
                self.head = entry_hash(last);
            }
            _ => self.push(at, event),
        }
    }

    /// Whether the work was changed after its hand-in (opening and closing it is no change).
    pub fn changed_after_hand_in(&self) -> bool {
        let Some(seal) = &self.handed_in else {
            return false;
        };
        // The entries after the sealed one: those whose chain goes back to the sealed head.
        let after = self
            .entries
            .iter()
            .position(|e| e.prev == seal.head)
            .map_or(&[][..], |i| &self.entries[i..]);
        after.iter().any(|e| {
            !matches!(
                e.event,
                Event::Opened { .. } | Event::Closed | Event::HandedIn
            )
        })
    }
}
