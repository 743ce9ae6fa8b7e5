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
