//! `crosscheck trail SESSION [--json]`: how a session's work was made — its work sessions, pastes
//! and hand-in — and whether its trail holds.

use std::path::Path;

use serde_json::json;

use crate::core::session::Session;
use crate::core::trail::{self, Event, summary};
use crate::core::words::Words;

/// Prints the session's trail: whether it holds, then each work session and its pastes, in the
/// computer's time zone. With `json`, the same as JSON (times in UTC). Returns whether the trail
/// holds (or there is none), for the exit status.
///
/// # Errors
/// The session cannot be read.
pub fn trail(path: &Path, as_json: bool, words: Words) -> anyhow::Result<bool> {
    let session = Session::load(path)?;
    let check = trail::check(&session);
    let holds = !matches!(check, trail::Check::Broken(_));
    let number = |id: &str| {
        session
            .annotations
            .iter()
            .position(|a| a.id == id)
            .map(|i| i + 1)
    };
    let Some(t) = &session.trail else {
        if as_json {
            super::say(&json!({ "trail": check.word(), "sessions": [] }).to_string());
        } else {
            super::say(&format!(
                "{}: {}",
                path.display(),
                words.say(&check.message())
            ));
        }
        return Ok(holds);
    };
    let summary = summary::summary(t);
    let zone = jiff::tz::TimeZone::system();
    if as_json {
        let spans: Vec<_> = summary
            .spans
            .iter()
            .map(|s| {
                let pastes: Vec<_> = s
                    .pastes
                    .iter()
                    .map(|(into, chars, from)| {
                        json!({
                            "into": serde_json::to_value(into).unwrap_or_default(),
                            "chars": chars,
                            "from": serde_json::to_value(from).unwrap_or_default(),
                        })
                    })
                    .collect();
                json!({
                    "start": s.start.map(|t| t.to_string()),
                    "end": s.end.map(|t| t.to_string()),
                    "minutes": s.minutes(),
                    "after_pause_minutes": s.after_pause,
                    "claims": s.claims,
                    "evidence": s.evidence,
                    "verdicts": s.verdicts,
                    "undone": s.undone,
                    "pastes": pastes,
                    "handed_in": s.handed_in,
                })
            })
            .collect();
        let out = json!({
            "trail": check.word(),
            "why": words.say(&check.message()),
            "entries": t.entries.len(),
            "active_minutes": summary.active_minutes(),
            "handed_in": t.handed_in.as_ref().map(|s| s.at.to_string()),
            "changed_after_hand_in": t.changed_after_hand_in(),
            "began_before_trails": t.entries.first().is_some_and(|e| matches!(e.event, Event::Began { .. })),
            "sessions": spans,
        });
        super::say(&serde_json::to_string_pretty(&out)?);
        return Ok(holds);
    }
    super::say(&format!(
        "{}: {}",
        path.display(),
        words.say(&check.message())
    ));
    if t.entries
        .first()
        .is_some_and(|e| matches!(e.event, Event::Began { .. }))
    {
        super::say(&words.word("session-no-trail-before"));
    }
    for span in &summary.spans {
        super::say(&words.say(&summary::span_message(span, &zone)));
        for (into, chars, from) in &span.pastes {
            let paste = summary::paste_message(into, *chars, from, number);
            super::say(&format!("  {}", words.say(&paste)));
        }
    }
    if t.changed_after_hand_in() {
        super::say(&words.word("trail-changed-after-hand-in"));
    }
    Ok(holds)
}
