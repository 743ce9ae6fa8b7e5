//! Placing imported annotations: each rule, and each reason worded.

use super::*;
use crate::core::interop::{ImportFormat, ImportOutcome, describe, import_annotations};
use crate::core::lesson::DocumentRef;
use crate::core::text::DocumentText;
use serde_json::json;

const ANALYSIS: &str = "Analysts expect the region to see controlled escalation in order to \
    increase pressure on the occupying forces. Officials said the attacks caused no serious \
    damage to the facilities, and a spokesperson declined to give numbers.";
const REPORT: &str = "Three drones were shot down near the base on Tuesday. Officials said \
    the attacks caused no serious damage to the facilities, and a spokesperson declined to \
    give numbers.";
const BRIEF: &str = "A short note on the week: the base was quiet.";

/// A lesson of three documents; only the first has an address.
fn lesson() -> LoadedLesson {
    let mut lesson = LoadedLesson::new_empty("t", "Test");
    for (id, url, text) in [
        ("analysis", "https://news.example/analysis", ANALYSIS),
        ("report", "", REPORT),
        ("brief", "", BRIEF),
    ] {
        lesson.lesson.documents.push(DocumentRef {
            id: id.into(),
            url: url.into(),
            ..DocumentRef::default()
        });
        lesson
            .texts
            .insert(id.into(), DocumentText::from_normalised(text));
    }
    lesson
}

/// One W3C annotation on `source` quoting `exact` with its context.
fn w3c(source: &str, exact: &str, prefix: &str, suffix: &str) -> String {
    let mut target = json!({"selector": {"type": "TextQuoteSelector", "exact": exact,
        "prefix": prefix, "suffix": suffix}});
    if !source.is_empty() {
        target["source"] = json!(source);
    }
    json!({"@context": "http://www.w3.org/ns/anno.jsonld", "id": "a1", "type": "Annotation",
        "target": target})
    .to_string()
}

fn import(json: &str) -> ImportOutcome {
    import_annotations(&lesson(), json, None, "t.json", jiff::Timestamp::UNIX_EPOCH).unwrap()
}

/// The first claim of an import, and its line in the report.
fn only(outcome: &ImportOutcome) -> (ImportedClaim, String) {
    let c = outcome.claims[0].clone();
    let line = describe(&c).to_string();
    (c, line)
}

#[test]
fn a_short_quote_from_a_page_the_lesson_lacks_lands_in_no_other_documents_word() {
    let outcome = import(&w3c(
        "https://elsewhere.example/page",
        "escalates",
        "Every week the conflict ",
        " a little further.",
    ));
    let (c, line) = only(&outcome);
    assert_eq!(c.to, None, "{line}");
    assert_eq!(c.found_by, FoundBy::Nothing);
    assert_eq!(
        c.unplaced,
        Some(Unplaced::Elsewhere {
            address: "https://elsewhere.example/page".into(),
            search: Search::NotFound { nearest: None },
        })
    );
    assert_eq!(
        line,
        "a1: ORPHANED: https://elsewhere.example/page is not a document of this lesson, and \
         its quote is in none of the lesson's documents as it is; kept"
    );
    assert_eq!(
        outcome.session.annotations[0].orphaned,
        Some(Orphan::OtherDocument {
            source: "https://elsewhere.example/page".into(),
            title: String::new(),
        })
    );
}

#[test]
fn a_short_quote_elsewhere_needs_its_context_to_agree() {
    // "the base" is in two documents; "was quiet" in one, unchanged.
    let (c, line) = only(&import(&w3c("https://x.example/", "was quiet", "", "")));
    assert_eq!(c.to, None);
    assert_eq!(
        line,
        "a1: ORPHANED: https://x.example/ is not a document of this lesson, and its quote is \
         in brief, but at 9 characters (fewer than 20) it is too short to place in a \
         document its address does not name unless its context agrees too; kept"
    );
    let (c, _) = only(&import(&w3c(
        "https://x.example/",
        "was quiet",
        "on the week: the base ",
        ".",
    )));
    assert_eq!((c.document.as_str(), c.found_by), ("brief", FoundBy::Quote));
    assert_eq!(c.to, Some(35..44));
}

#[test]
fn a_quote_in_several_documents_is_not_given_to_one_of_them() {
    let quote = "Officials said the attacks caused no serious damage to the facilities";
    let (c, line) = only(&import(&w3c("", quote, "", "")));
    assert_eq!(c.to, None);
    assert_eq!(
        line,
        "a1: ORPHANED: it has no address (the file does not say which page it was made on), \
         and its quote is in 2 of the lesson's documents (analysis, report), so which one it \
         was made on cannot be told; kept"
    );
}

#[test]
fn a_likeness_in_a_document_the_address_does_not_name_is_not_enough() {
    let quote = "Three drones were shot down near the airport on Tuesday";
    let (c, line) = only(&import(&w3c("https://x.example/", quote, "", "")));
    assert_eq!(c.to, None);
    let Some(Unplaced::Elsewhere {
        search: Search::NotFound {
            nearest: Some((document, score)),
        },
        ..
    }) = &c.unplaced
    else {
        panic!("{line}");
    };
    assert_eq!(document, "report");
    assert!(
        *score >= FOREIGN_FUZZY_MIN_SCORE,
        "{score}: alike enough in its own page"
    );
    assert!(
        line.contains("the closest likeness, in report, scores"),
        "{line}"
    );
}

#[test]
fn in_its_own_document_each_doubt_is_said() {
    let on = "https://news.example/analysis";
    let (c, line) = only(&import(&w3c(on, "escalates", "", "")));
    assert_eq!(
        c.unplaced,
        Some(Unplaced::InDocument(Doubt::TooShortForLikeness {
            chars: 9
        }))
    );
    assert_eq!(
        line,
        "a1: ORPHANED: its quote was not found in analysis as it is, and at 9 characters it \
         is too short to place by likeness (that needs 20); kept, needs a place"
    );
    let (_, line) = only(&import(&w3c(on, "escalat", "", "")));
    assert_eq!(
        line,
        "a1: ORPHANED: its quote is in analysis only inside longer words (once), and at 7 \
         characters it is too short to place there without its context saying so; kept, \
         needs a place"
    );
    let (c, line) = only(&import(&w3c(
        on,
        "officials said that the attacks caused no damage",
        "Far away, in another story, ",
        " according to nobody at all.",
    )));
    assert!(
        matches!(
            c.unplaced,
            Some(Unplaced::InDocument(Doubt::TooWeak { .. }))
        ),
        "{line}"
    );
    assert!(
        line.contains("the closest likeness is too weak to believe (score 0.")
            && line.contains("; 0.80 needed)"),
        "{line}"
    );
    // Where the quote is a word of its own, it is placed.
    let (c, _) = only(&import(&w3c(on, "escalation", "", "")));
    assert_eq!(c.method, AnchorMethod::Moved);
}

#[test]
fn hypothesis_rows_without_uri_and_single_objects_are_read() {
    let quote = "Three drones were shot down near the base on Tuesday";
    let row = json!({"id": "r1", "text": "note",
        "target": [{"selector": [{"type": "TextQuoteSelector", "exact": quote}]}]});
    for json in [
        json!({"rows": [row.clone()]}),
        json!([row.clone()]),
        row.clone(),
    ] {
        let outcome = import(&json.to_string());
        assert_eq!(outcome.format, ImportFormat::Hypothesis, "{json}");
        let (c, _) = only(&outcome);
        assert_eq!(
            (c.document.as_str(), c.method),
            ("report", AnchorMethod::Exact)
        );
        assert_eq!(
            outcome.warnings[0].to_string(),
            "r1: it has no address; its quote was found, as it is, in report (and in no \
             other document)"
        );
    }
    // With `target[].source` but no `uri`: by its source.
    let row = json!({"id": "r2", "target": [{"source": "https://news.example/analysis",
        "selector": [{"type": "TextQuoteSelector", "exact": "controlled escalation"}]}]});
    let outcome = import(&json!([row]).to_string());
    assert_eq!(outcome.claims[0].found_by, FoundBy::Address);
    assert!(outcome.is_clean(), "{:?}", outcome.report());
}

#[test]
fn a_single_w3c_annotation_is_read_with_or_without_its_type_and_in_a_graph() {
    let bare = json!({"target": {"source": "https://news.example/analysis",
        "selector": {"type": "TextQuoteSelector", "exact": "controlled escalation"}},
        "body": {"type": "TextualBody", "value": "Loaded?"}});
    let graph = json!({"@context": "http://www.w3.org/ns/anno.jsonld", "@graph": [bare.clone()]});
    // A collection whose items are in it, its pages only named.
    let flat = json!({"@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection", "first": "https://anno.example/page1",
        "items": [bare.clone()]});
    for json in [bare, graph, flat] {
        let outcome = import(&json.to_string());
        assert_eq!(outcome.format, ImportFormat::W3c);
        assert_eq!(outcome.claims[0].document, "analysis");
        assert_eq!(outcome.session.annotations[0].note, "Loaded?");
    }
}

#[test]
fn the_reasons_are_said_in_spanish_too() {
    let (c, _) = only(&import(&w3c("", "escalates", "", "")));
    let es = crate::core::words::bundle(
        "es".parse().unwrap(),
        &[include_str!("../../../../assets/i18n/es/core-interop.ftl")],
    );
    assert_eq!(
        describe(&c).render(&es, None),
        "a1: HUÉRFANA: no tiene dirección (el archivo no dice en qué página se hizo), y su \
         cita no está tal cual en ninguno de los documentos de la lección; se conserva"
    );
}
