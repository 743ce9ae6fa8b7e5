//! Property tests across the core: every file type survives a RON round trip unchanged.

use proptest::prelude::*;

use crate::core::anchor::Selector;
use crate::core::lesson::{Lesson, PackedLesson};
use crate::core::session::Session;
use crate::core::store;

/// Timestamps between 1970 and 2100, whole microseconds (what RFC 3339 text keeps).
pub fn timestamp() -> impl Strategy<Value = jiff::Timestamp> {
    (0i64..4_102_444_800, 0i32..1_000_000).prop_map(|(s, us)| {
        jiff::Timestamp::new(s, us * 1000).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
    })
}

/// At most three elements: the derived strategies nest, and 100 of each would take minutes.
pub fn small_vec<T: Arbitrary>() -> impl Strategy<Value = Vec<T>> {
    proptest::collection::vec(any::<T>(), 0..3)
}

/// A small set (see [`small_vec`]).
pub fn small_set<T: Arbitrary + Ord>() -> impl Strategy<Value = std::collections::BTreeSet<T>> {
    proptest::collection::btree_set(any::<T>(), 0..3)
}

/// A small map (see [`small_vec`]).
pub fn small_map<K: Arbitrary + Ord, V: Arbitrary>()
-> impl Strategy<Value = std::collections::BTreeMap<K, V>> {
    proptest::collection::btree_map(any::<K>(), any::<V>(), 0..3)
}

fn round_trips<T>(value: &T) -> Result<(), TestCaseError>
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let text = store::to_ron_string(value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: T = store::parse_ron(&text, "memory", u32::MAX)
        .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
    prop_assert_eq!(&back, value);
    // The quick reader, when it reads the file at all, reads the same value.
    if let Some(quick) = store::quick::from_str::<T>(&text) {
        prop_assert_eq!(&quick, value);
    }
    // Deterministic: writing it again gives the same text.
    let again = store::to_ron_string(&back).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(again, text);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn sessions_round_trip(session: Session) {
        round_trips(&session)?;
        // Sessions are what must load fast: everything we write is in the quick subset.
        let text = store::to_ron_string(&session).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(store::quick::from_str::<Session>(&text).is_some(), "not quick:\n{}", text);
    }

    #[test]
    fn lessons_round_trip(lesson: Lesson) {
        round_trips(&lesson)?;
    }

    #[test]
    fn packed_lessons_round_trip(packed: PackedLesson) {
        round_trips(&packed)?;
    }

    #[test]
    fn reviews_round_trip(review: crate::core::review::Review) {
        round_trips(&review)?;
    }

    #[test]
    fn selectors_round_trip(selector: Selector) {
        round_trips(&selector)?;
    }
}
