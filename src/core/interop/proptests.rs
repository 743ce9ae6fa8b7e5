//! Property test: every session survives W3C export and import unchanged.

use proptest::prelude::*;

use crate::core::anchor::Selector;
use crate::core::evidence::EvidenceSource;
use crate::core::interop::{export_w3c_string, import::parse_json, session_from_w3c};
use crate::core::lesson::Lesson;
use crate::core::session::Session;

/// Positions a session file can hold (the loader refuses others): start before end, within the
/// largest document.
fn plausible(selector: &mut Selector) {
    let start = selector.position.start % 100_000;
    let end = start + selector.position.end % 10_000;
    selector.position.start = start;
    selector.position.end = end;
}

fn plausible_session(mut session: Session) -> Session {
    for a in &mut session.annotations {
        plausible(&mut a.selector);
        for e in &mut a.evidence {
            if let EvidenceSource::Passage { selector, .. } = &mut e.source {
                plausible(selector);
            }
        }
    }
    session
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn sessions_survive_w3c_export_and_import(session: Session, lesson: Lesson) {
        let session = plausible_session(session);
        prop_assert!(session.check_spans().is_ok());
        let text = export_w3c_string(&lesson, &session);
        let value = parse_json(&text, "memory").map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back = session_from_w3c(&lesson, &value, "memory")
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(back, session, "{}", text);
    }
}
