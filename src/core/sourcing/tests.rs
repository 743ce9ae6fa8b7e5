//! Each sourcing rule on written cases: a claim in one article, evidence from another.

use super::*;
use crate::core::anchor::{Selector, TextPositionSelector, TextQuoteSelector};
use crate::core::evidence::Citation;
use crate::core::lesson::{DocumentRef, LabelSet, LoadedLesson, Party};

fn document(id: &str, outlet: &str, published: &str) -> DocumentRef {
    DocumentRef {
        id: id.into(),
        path: format!("{id}.txt"),
        title: id.into(),
        outlet: outlet.into(),
        published: published.into(),
        ..DocumentRef::default()
    }
}

fn lesson() -> Lesson {
    let mut lesson = LoadedLesson::new_empty("l", "L").lesson;
    lesson.documents = vec![
        document("claim", "Daily Example", "22 November 2023"),
        document(
            "same-outlet",
            "The Daily Example (English)",
            "23 November 2023",
        ),
        document("earlier", "Other Wire", "17 November 2023"),
        document("later", "Other Wire", "30 November 2023"),
        document("undated", "Other Wire", ""),
        document(
            "ministry",
            "Ministry of Defence of Ruritania",
            "23 November 2023",
        ),
    ];
    lesson.label_sets = vec![LabelSet {
        id: "attribution".into(),
        name: "Attribution".into(),
        labels: vec![
            Label {
                id: "src-anonymous".into(),
                name: "Anonymous official or source".into(),
                description: String::new(),
            },
            Label {
                id: "src-named".into(),
                name: "Named source".into(),
                description: String::new(),
            },
        ],
        ..LabelSet::default()
    }];
    lesson.parties = vec![Party {
        name: "Ministry of Defence of Ruritania".into(),
        role: "the armed forces of one side".into(),
    }];
    lesson
}

fn selector(exact: &str, start: usize) -> Selector {
    Selector {
        quote: TextQuoteSelector {
            exact: exact.into(),
            prefix: String::new(),
            suffix: String::new(),
        },
        position: TextPositionSelector {
            start,
            end: start + exact.chars().count(),
        },
    }
}

fn passage(document: &str, exact: &str, stance: Stance) -> Evidence {
    Evidence {
        id: "e1".into(),
        stance,
        source: EvidenceSource::Passage {
            document: document.into(),
            selector: selector(exact, 100),
        },
        note: String::new(),
    }
}

fn citation(outlet: &str, date: &str, excerpt: &str, stance: Stance) -> Evidence {
    Evidence {
        id: "e1".into(),
        stance,
        source: EvidenceSource::Citation(Citation {
            title: "A report".into(),
            outlet: outlet.into(),
            date: date.into(),
            excerpt: excerpt.into(),
            ..Citation::default()
        }),
        note: String::new(),
    }
}

const CLAIM: &str = "During the last month, resistance forces attacked American bases 62 times";

fn claim() -> Claim<'static> {
    Claim {
        document: "claim",
        quote: CLAIM,
    }
}

fn kinds(lesson: &Lesson, evidence: &Evidence) -> Vec<NudgeKind> {
    Sourcing::new(lesson, None)
        .nudges(claim(), evidence)
        .into_iter()
        .map(|n| n.kind)
        .collect()
}

#[test]
fn circular_same_article_same_outlet_or_the_claims_own_words() {
    let lesson = lesson();
    let own = passage(
        "claim",
        "More than 60 times bases were attacked",
        Stance::Corroborates,
    );
    let nudge = circular(&lesson, claim(), &own).unwrap();
    assert_eq!(nudge.reason.id, "sourcing-circular-document");
    let outlet = passage("same-outlet", "Attacks go on", Stance::Corroborates);
    let nudge = circular(&lesson, claim(), &outlet).unwrap();
    assert_eq!(nudge.reason.id, "sourcing-circular-outlet");
    assert!(
        nudge
            .reason
            .to_string()
            .contains("The Daily Example (English)")
    );
    // Another outlet that repeats the claim word for word.
    let echo = citation(
        "Echo Press",
        "23 November 2023",
        "As reported: during the last month, resistance forces attacked American bases 62 times.",
        Stance::Corroborates,
    );
    let nudge = circular(&lesson, claim(), &echo).unwrap();
    assert_eq!(nudge.reason.id, "sourcing-circular-words");
    assert_eq!(
        nudge.reason.to_string(),
        "the evidence repeats the claim's own words (100% of them word for word), so it cannot corroborate the claim"
    );
    // Its own words, under the threshold: a report of its own.
    let own_words = citation(
        "Echo Press",
        "23 November 2023",
        "Officials counted 61 attacks on American bases during the last month.",
        Stance::Corroborates,
    );
    assert!(
        repeated_share(
            CLAIM,
            "Officials counted 61 attacks on American bases during the last month."
        ) < CIRCULAR_SHARE
    );
    assert_eq!(circular(&lesson, claim(), &own_words), None);
    // Contradicting evidence from the same article is no circle: an article can contradict itself.
    let contra = passage("claim", "two attack drones", Stance::Contradicts);
    assert_eq!(circular(&lesson, claim(), &contra), None);
}

#[test]
fn outlets_are_the_same_by_their_telling_words() {
    assert!(same_outlet("ISWNews", "ISWNews (English)"));
    assert!(same_outlet("Al Mayadeen English", "Lebanon's al-Mayadeen"));
    assert!(same_outlet("rahnam news agency", "Rahnam"));
    assert!(!same_outlet("Daily Example", "Other Wire"));
    assert!(!same_outlet("News agency", "Another news agency"));
    assert!(!same_outlet("", "Other Wire"));
}

#[test]
fn date_order_an_earlier_source_cannot_confirm_a_later_count() {
    let lesson = lesson();
    let earlier = passage(
        "earlier",
        "61 attacks as of November 17",
        Stance::Corroborates,
    );
    let nudge = date_order(&lesson, claim(), &earlier).unwrap();
    assert_eq!(nudge.reason.id, "sourcing-date-before");
    assert!(
        nudge.reason.to_string().contains("17 November 2023"),
        "{}",
        nudge.reason
    );
    let later = passage("later", "62 attacks in a month", Stance::Corroborates);
    assert_eq!(date_order(&lesson, claim(), &later), None);
    // Not a count, not a total: an earlier source may confirm it.
    let event = Claim {
        document: "claim",
        quote: "The minister visited the base",
    };
    assert_eq!(date_order(&lesson, event, &earlier), None);
    let since = Claim {
        document: "claim",
        quote: "Attacks have continued since the war began",
    };
    assert!(date_order(&lesson, since, &earlier).is_some());
    // No date at all, or one that cannot be read.
    let undated = passage("undated", "62 attacks", Stance::Contradicts);
    assert_eq!(
        date_order(&lesson, claim(), &undated).unwrap().reason.id,
        "sourcing-no-date"
    );
    let vague = citation("Other Wire", "last week", "", Stance::Corroborates);
    assert_eq!(
        date_order(&lesson, claim(), &vague).unwrap().reason.id,
        "sourcing-date-unreadable"
    );
    // Context needs no date order.
    let context = passage("undated", "62 attacks", Stance::AddsContext);
    assert_eq!(date_order(&lesson, claim(), &context), None);
}

#[test]
fn party_when_the_lesson_marks_the_outlet() {
    let lesson = lesson();
    let ministry = passage("ministry", "No attacks were recorded", Stance::Contradicts);
    let nudge = party(&lesson, &ministry).unwrap();
    assert!(
        nudge
            .reason
            .to_string()
            .contains("the armed forces of one side")
    );
    let cited = citation(
        "Press office, Ministry of Defence of Ruritania",
        "1 December 2023",
        "",
        Stance::Contradicts,
    );
    assert!(party(&lesson, &cited).is_some());
    let wire = passage("later", "62 attacks", Stance::Corroborates);
    assert_eq!(party(&lesson, &wire), None);
    // "U.S." and "US" are one word.
    let mut us = lesson.clone();
    us.parties = vec![Party {
        name: "U.S. Department of Defense".into(),
        role: "a belligerent".into(),
    }];
    assert!(
        party(
            &us,
            &citation(
                "US Department of Defense",
                "30 January 2024",
                "",
                Stance::Contradicts
            )
        )
        .is_some()
    );
}

#[test]
fn anonymous_when_the_passage_is_labelled_so() {
    let lesson = lesson();
    let mut session = Session::new(&lesson, jiff::Timestamp::UNIX_EPOCH);
    let mut labelled = Annotation::new(
        "c1",
        "later",
        selector("a US military official told us", 90),
    );
    labelled.labels.insert("src-anonymous".into());
    session.annotations.push(labelled);
    let sourcing = Sourcing::new(&lesson, Some(&session));
    let evidence = passage("later", "62 attacks in a month", Stance::Corroborates);
    let nudges = sourcing.nudges(claim(), &evidence);
    assert_eq!(nudges.len(), 1, "{nudges:?}");
    assert_eq!(nudges[0].kind, NudgeKind::Anonymous);
    assert!(
        nudges[0]
            .reason
            .to_string()
            .contains("Anonymous official or source")
    );
    // Another document's passage at the same place is not labelled.
    let elsewhere = passage("earlier", "62 attacks in a month", Stance::Contradicts);
    assert!(
        !sourcing
            .nudges(claim(), &elsewhere)
            .iter()
            .any(|n| n.kind == NudgeKind::Anonymous)
    );
    assert_eq!(anonymous_labels(&lesson).len(), 1);
}

#[test]
fn a_clean_source_passes_and_a_session_lists_its_nudges() {
    let lesson = lesson();
    let clean = passage("later", "62 attacks in a month", Stance::Corroborates);
    assert_eq!(kinds(&lesson, &clean), []);
    let mut session = Session::new(&lesson, jiff::Timestamp::UNIX_EPOCH);
    let mut claim = Annotation::new("c1", "claim", selector(CLAIM, 0));
    claim.evidence = vec![
        clean,
        passage("claim", "the same article", Stance::Corroborates),
    ];
    claim.evidence[1].id = "e2".into();
    session.annotations.push(claim);
    let sourcing = Sourcing::new(&lesson, Some(&session));
    let listed = sourcing.session(&session);
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (listed[0].claim.as_str(), listed[0].evidence.as_str()),
        ("c1", "e2")
    );
    assert!(!sourcing.passes(
        (&session.annotations[0]).into(),
        &session.annotations[0].evidence[1]
    ));
}
