//! W3C Web Annotation JSON: reading annotations whose target carries a `TextQuoteSelector` and a
//! `TextPositionSelector` (char offsets), as the `reanchor` command takes them.

use serde_json::Value;

use crate::core::anchor::{Placement, Selector, TextPositionSelector, TextQuoteSelector};

/// One annotation read from W3C JSON: its id and its selectors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct W3cTarget {
    /// The annotation's `id` (an IRI or any string).
    pub id: String,
    /// Its quote and position.
    pub selector: Selector,
}

/// Reads a JSON array of W3C Web Annotations. `shown` names the file in errors.
pub fn parse_annotations(json: &str, shown: &str) -> Result<Vec<W3cTarget>, String> {
    // A file of plain annotations is read straight into the fields that count; anything else (an
    // unusual shape, a field of another type, a mistake) is read again as a tree of values,
    // which finds the same selectors or says what is wrong and where.
    plain::parse(json).map_or_else(|| parse_values(json, shown), Ok)
}

/// [`parse_annotations`] through a tree of every value in the file.
fn parse_values(json: &str, shown: &str) -> Result<Vec<W3cTarget>, String> {
    let value: Value = serde_json::from_str(json)
        .map_err(|e| format!("{shown}:{}:{}: not valid JSON: {e}", e.line(), e.column()))?;
    let items = match &value {
        Value::Array(items) => items.as_slice(),
        _ => return Err(format!("{shown}: expected a JSON array of annotations")),
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            parse_one(item)
                .map_err(|e| format!("{shown}: annotation {} (index {i}): {e}", id_of(item)))
        })
        .collect()
}

fn id_of(item: &Value) -> String {
    item.get("id")
        .and_then(Value::as_str)
        .map_or_else(|| "without id".to_owned(), str::to_owned)
}

fn parse_one(item: &Value) -> Result<W3cTarget, String> {
    let id = item
        .get("id")
        .and_then(Value::as_str)
        .ok_or("expected an \"id\" string")?
        .to_owned();
    let target = item.get("target").ok_or("expected a \"target\"")?;
    // `target` may be one object or an array; `selector` may be one object or an array.
    let targets: Vec<&Value> = match target {
        Value::Array(ts) => ts.iter().collect(),
        t => vec![t],
    };
    let mut quote = None;
    let mut position = None;
    for t in targets {
        let selectors: Vec<&Value> = match t.get("selector") {
            Some(Value::Array(ss)) => ss.iter().collect(),
            Some(s) => vec![s],
            None => Vec::new(),
        };
        for s in selectors {
            match s.get("type").and_then(Value::as_str) {
                Some("TextQuoteSelector") => {
                    let text = |k: &str| {
                        s.get(k)
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_owned()
                    };
                    let exact = s
                        .get("exact")
                        .and_then(Value::as_str)
                        .ok_or("TextQuoteSelector without \"exact\"")?;
                    quote = Some(TextQuoteSelector {
                        exact: exact.to_owned(),
                        prefix: text("prefix"),
                        suffix: text("suffix"),
                    });
                }
                Some("TextPositionSelector") => {
                    let number = |k: &str| {
                        s.get(k)
                            .and_then(Value::as_u64)
                            .map(|n| n as usize)
                            .ok_or(format!(
                                "TextPositionSelector without a whole-number \"{k}\""
                            ))
                    };
                    let (start, end) = (number("start")?, number("end")?);
                    if end < start {
                        return Err(format!(
                            "TextPositionSelector end {end} is before start {start}"
                        ));
                    }
                    position = Some(TextPositionSelector { start, end });
                }
                _ => {}
            }
        }
    }
    let quote = quote.ok_or("expected a TextQuoteSelector in the target")?;
    let position = position.ok_or("expected a TextPositionSelector in the target")?;
    Ok(W3cTarget {
        id,
        selector: Selector { quote, position },
    })
}

/// The `reanchor` output for one annotation.
pub fn placement_json(id: &str, placement: &Placement) -> Value {
    let (start, end) = match &placement.range {
        Some(r) => (Value::from(r.start), Value::from(r.end)),
        None => (Value::Null, Value::Null),
    };
    serde_json::json!({
        "id": id,
        "start": start,
        "end": end,
        "method": placement.method.as_str(),
        "score": (f64::from(placement.score) * 10_000.0).round() / 10_000.0,
    })
}

/// Plain annotations read without building a tree of every value in the file: only the fields
/// [`parse_values`] reads, with the strings borrowed from the file where they have no escapes.
mod plain {
    use std::borrow::Cow;
    use std::marker::PhantomData;

    use serde::Deserialize;
    use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};

    use super::W3cTarget;
    use crate::core::anchor::{Selector, TextPositionSelector, TextQuoteSelector};

    #[derive(Deserialize)]
    struct Annotation<'a> {
        #[serde(borrow)]
        id: Cow<'a, str>,
        #[serde(borrow)]
        target: OneOrMany<Target<'a>>,
    }

    #[derive(Deserialize)]
    struct Target<'a> {
        #[serde(borrow)]
        selector: Option<OneOrMany<AnySelector<'a>>>,
    }

    #[derive(Deserialize)]
    struct AnySelector<'a> {
        #[serde(borrow, rename = "type")]
        kind: Option<Cow<'a, str>>,
        #[serde(borrow)]
        exact: Option<Cow<'a, str>>,
        #[serde(borrow)]
        prefix: Option<Cow<'a, str>>,
        #[serde(borrow)]
        suffix: Option<Cow<'a, str>>,
        start: Option<u64>,
        end: Option<u64>,
    }

    /// One object, or an array of them (W3C allows either for targets and selectors).
    enum OneOrMany<T> {
        One(T),
        Many(Vec<T>),
    }

    impl<T> OneOrMany<T> {
        fn into_vec(self) -> Vec<T> {
            match self {
                Self::One(one) => vec![one],
                Self::Many(many) => many,
            }
        }
    }

    impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrMany<T> {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Either<T>(PhantomData<T>);
            impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Either<T> {
                type Value = OneOrMany<T>;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("an object or an array of them")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    map: A,
                ) -> Result<Self::Value, A::Error> {
                    T::deserialize(MapAccessDeserializer::new(map)).map(OneOrMany::One)
                }
                fn visit_seq<A: serde::de::SeqAccess<'de>>(
                    self,
                    seq: A,
                ) -> Result<Self::Value, A::Error> {
                    Vec::deserialize(SeqAccessDeserializer::new(seq)).map(OneOrMany::Many)
                }
            }
            deserializer.deserialize_any(Either(PhantomData))
        }
    }

    /// The annotations of a plain file, as [`super::parse_values`] reads them; `None` for
    /// anything it would read otherwise or refuse (a wrong type, a repeated field, a missing
    /// selector), which it then reads itself.
    pub(super) fn parse(json: &str) -> Option<Vec<W3cTarget>> {
        let annotations: Vec<Annotation<'_>> = serde_json::from_str(json).ok()?;
        annotations.into_iter().map(annotation).collect()
    }

    fn annotation(annotation: Annotation<'_>) -> Option<W3cTarget> {
        let (mut quote, mut position) = (None, None);
        for target in annotation.target.into_vec() {
            for s in target.selector.map(OneOrMany::into_vec).unwrap_or_default() {
                match s.kind.as_deref() {
                    Some("TextQuoteSelector") => {
                        let text = |t: Option<Cow<'_, str>>| t.map(Cow::into_owned);
                        quote = Some(TextQuoteSelector {
                            exact: text(s.exact)?,
                            prefix: text(s.prefix).unwrap_or_default(),
                            suffix: text(s.suffix).unwrap_or_default(),
                        });
                    }
                    Some("TextPositionSelector") => {
                        let start = usize::try_from(s.start?).ok()?;
                        let end = usize::try_from(s.end?).ok()?;
                        if end < start {
                            return None;
                        }
                        position = Some(TextPositionSelector { start, end });
                    }
                    _ => {}
                }
            }
        }
        Some(W3cTarget {
            id: annotation.id.into_owned(),
            selector: Selector {
                quote: quote?,
                position: position?,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_selectors_in_either_shape() {
        let json = r#"[
          {"id": "a1", "type": "Annotation", "target": {"source": "x", "selector": [
             {"type": "TextQuoteSelector", "exact": "62 times", "prefix": "bases ", "suffix": ","},
             {"type": "TextPositionSelector", "start": 10, "end": 18}]}},
          {"id": "a2", "target": [{"selector": {"type": "TextQuoteSelector", "exact": "x"}},
                                   {"selector": {"type": "TextPositionSelector", "start": 0, "end": 1}}]}
        ]"#;
        let parsed = parse_annotations(json, "in.json").unwrap();
        assert_eq!(parsed[0].selector.quote.prefix, "bases ");
        assert_eq!(parsed[0].selector.position.end, 18);
        assert_eq!(parsed[1].selector.quote.exact, "x");
    }

    /// Files the plain reader takes, and files it leaves to the tree of values: either way,
    /// what is read is what the tree of values reads.
    #[test]
    fn plain_files_are_read_as_the_tree_of_values_reads_them() {
        let quote = r#"{"type": "TextQuoteSelector", "exact": "62 \"times\"", "prefix": "b\u00e9", "suffix": ","}"#;
        let position = r#"{"type": "TextPositionSelector", "start": 10, "end": 18}"#;
        let plain = [
            format!(
                r#"[{{"id": "a1", "@context": "x", "target": {{"source": "s", "selector": [{quote}, {position}]}}}}]"#
            ),
            format!(
                r#"[{{"id": "a2", "target": [{{"selector": {quote}}}, {{"selector": {position}}}]}}]"#
            ),
            format!(
                r#"[{{"id": "a3", "target": {{"selector": [{quote}, {{"type": "CssSelector", "value": "p"}}, {position}, {{"type": null}}]}}}}]"#
            ),
            format!(
                r#"[{{"id": "a4", "target": {{"selector": [{position}, {quote}, {{"type": "TextQuoteSelector", "exact": "later"}}]}}}}]"#
            ),
            "[]".to_owned(),
        ];
        let left_to_the_tree = [
            // A prefix that is not a string counts as none; an id twice, the last.
            format!(
                r#"[{{"id": "b1", "target": {{"selector": [{{"type": "TextQuoteSelector", "exact": "q", "prefix": 5}}, {position}]}}}}]"#
            ),
            format!(
                r#"[{{"id": "b2", "id": "b3", "target": {{"selector": [{quote}, {position}]}}}}]"#
            ),
            // Mistakes, which the tree of values explains.
            format!(r#"[{{"id": "c1", "target": {{"selector": [{quote}]}}}}]"#),
            format!(r#"[{{"id": 7, "target": {{"selector": [{quote}, {position}]}}}}]"#),
            format!(
                r#"[{{"id": "c2", "target": {{"selector": [{quote}, {{"type": "TextPositionSelector", "start": 9, "end": 2}}]}}}}]"#
            ),
            format!(
                r#"[{{"id": "c3", "target": {{"selector": [{quote}, {{"type": "TextPositionSelector", "start": 1.5, "end": 2}}]}}}}]"#
            ),
            r#"[{"id": "c4", "target": "http://example.com"}]"#.to_owned(),
            r#"{"id": "c5"}"#.to_owned(),
        ];
        for json in &plain {
            let read = plain::parse(json);
            assert!(read.is_some(), "{json}");
            assert_eq!(
                read.ok_or(()),
                parse_values(json, "f.json").map_err(|_| ()),
                "{json}"
            );
        }
        for json in &left_to_the_tree {
            assert_eq!(plain::parse(json), None, "{json}");
            assert_eq!(
                parse_annotations(json, "f.json"),
                parse_values(json, "f.json")
            );
        }
        let read = parse_annotations(&plain[3], "f.json").unwrap();
        assert_eq!(read[0].selector.quote.exact, "later");
        assert_eq!(read[0].selector.quote.prefix, "");
    }

    #[test]
    fn bad_json_names_line_and_column() {
        let err = parse_annotations("[\n {\"id\": }", "in.json").unwrap_err();
        assert!(err.starts_with("in.json:2:"), "{err}");
    }

    #[test]
    fn missing_selector_is_named() {
        let err = parse_annotations(
            r#"[{"id":"a9","target":{"selector":{"type":"TextQuoteSelector","exact":"q"}}}]"#,
            "f.json",
        )
        .unwrap_err();
        assert!(
            err.contains("a9") && err.contains("TextPositionSelector"),
            "{err}"
        );
    }
}
