//! Label-set presets a teacher starts from: check-worthiness, claim type, attribution, stance,
//! verdict, the 14 SemEval-2020 Task 11 propaganda techniques, and a beginner subset.

use crate::core::lesson::{Label, LabelSet};

fn set(
    id: &str,
    name: &str,
    description: &str,
    multiple: bool,
    labels: &[(&str, &str, &str)],
) -> LabelSet {
    LabelSet {
        id: id.to_owned(),
        name: name.to_owned(),
        description: description.to_owned(),
        multiple,
        labels: labels
            .iter()
            .map(|(id, name, description)| Label {
                id: (*id).to_owned(),
                name: (*name).to_owned(),
                description: (*description).to_owned(),
            })
            .collect(),
    }
}

/// The 14 technique classes of SemEval-2020 Task 11 (Da San Martino et al.), with the ids used
/// by this project.
pub fn semeval_techniques() -> LabelSet {
    set(
        "semeval-techniques",
        "Propaganda techniques (SemEval-2020, 14)",
        "The 14 technique classes of SemEval-2020 Task 11. A passage can show several.",
        true,
        &[
            (
                "sem-loaded-language",
                "Loaded language",
                "Words with strong emotional implications.",
            ),
            (
                "sem-name-calling",
                "Name calling / labelling",
                "Labelling the target as something the audience fears, hates or loves.",
            ),
            (
                "sem-repetition",
                "Repetition",
                "Repeating a message over and over.",
            ),
            (
                "sem-exaggeration",
                "Exaggeration / minimisation",
                "Representing something as better, worse, larger or smaller than it is.",
            ),
            (
                "sem-doubt",
                "Doubt",
                "Questioning the credibility of someone or something.",
            ),
            (
                "sem-appeal-to-fear",
                "Appeal to fear / prejudice",
                "Seeking support by instilling anxiety or panic.",
            ),
            (
                "sem-flag-waving",
                "Flag-waving",
                "Playing on strong national or group feeling.",
            ),
            (
                "sem-causal-oversimplification",
                "Causal oversimplification",
                "Assuming one cause when there are several.",
            ),
            (
                "sem-slogans",
                "Slogans",
                "A brief, striking phrase that may include labelling and stereotyping.",
            ),
            (
                "sem-appeal-to-authority",
                "Appeal to authority",
                "Stating that a claim is true because an authority says so.",
            ),
            (
                "sem-black-and-white",
                "Black-and-white fallacy",
                "Presenting two alternatives as the only ones.",
            ),
            (
                "sem-thought-terminating-cliche",
                "Thought-terminating cliché",
                "Words that discourage critical thought.",
            ),
            (
                "sem-whataboutism-straw-man-red-herring",
                "Whataboutism / straw man / red herring",
                "Discrediting or distracting instead of answering.",
            ),
            (
                "sem-bandwagon-reductio",
                "Bandwagon / reductio ad hitlerum",
                "Everybody does it; or it is bad because a hated group does it.",
            ),
        ],
    )
}

/// A beginner subset of eight techniques.
pub fn beginner_techniques() -> LabelSet {
    set(
        "technique",
        "Propaganda techniques (beginner set)",
        "Language that works on feelings instead of evidence. A passage can show several.",
        true,
        &[
            (
                "loaded-language",
                "Loaded language",
                "Words chosen for their emotional charge.",
            ),
            (
                "name-calling",
                "Name calling / labelling",
                "Attaching a label that makes the audience hate or love a target.",
            ),
            (
                "exaggeration",
                "Exaggeration or minimisation",
                "Making something bigger or smaller than the evidence shows.",
            ),
            (
                "appeal-to-fear",
                "Appeal to fear",
                "Building support by making the audience afraid.",
            ),
            (
                "causal-oversimplification",
                "Causal oversimplification",
                "One cause, or timing alone, offered as the whole explanation.",
            ),
            (
                "appeal-to-authority",
                "Appeal to authority",
                "A claim is true because a (described) authority says so.",
            ),
            (
                "doubt",
                "Doubt",
                "Questioning someone's credibility through word choice rather than evidence.",
            ),
            (
                "flag-waving",
                "Flag-waving",
                "Appealing to group pride or solidarity to justify an idea.",
            ),
        ],
    )
}

/// Check-worthiness, after the three classes of `ClaimBuster`.
pub fn check_worthiness() -> LabelSet {
    set(
        "worth",
        "Check-worthiness",
        "Is this a factual claim worth checking?",
        false,
        &[
            (
                "checkworthy",
                "Check-worthy factual claim",
                "A factual statement that matters and could be checked.",
            ),
            (
                "unimportant",
                "Unimportant factual claim",
                "Factual, but checking it would change little.",
            ),
            (
                "opinion",
                "Opinion or inference",
                "A judgement, prediction or conclusion: not checkable as true or false.",
            ),
        ],
    )
}

/// Who a claim is credited to.
pub fn attribution() -> LabelSet {
    set(
        "attribution",
        "Attribution",
        "Who is given as the source of the claim?",
        false,
        &[
            (
                "src-named",
                "Named source on the record",
                "A person or body named, speaking publicly.",
            ),
            (
                "src-anonymous",
                "Anonymous official or source",
                "\"An official\", \"informed sources\".",
            ),
            (
                "src-correspondent",
                "The outlet's own correspondent",
                "The outlet's reporter, or the outlet itself.",
            ),
            (
                "src-other-outlet",
                "Another outlet",
                "Credited to another news organisation.",
            ),
            (
                "src-party",
                "Party to the conflict",
                "A side speaking about its own actions or its enemy.",
            ),
            (
                "src-none",
                "No source given",
                "Stated as fact, or \"it was announced\" with no one named.",
            ),
        ],
    )
}

/// What kind of claim it is.
pub fn claim_type() -> LabelSet {
    set(
        "claim-type",
        "Claim type",
        "What kind of claim is it?",
        false,
        &[
            (
                "type-number",
                "Number or statistic",
                "Counts, totals, percentages.",
            ),
            (
                "type-event",
                "Event",
                "Says something happened at a time or place.",
            ),
            ("type-quote", "Quotation", "Reports what someone said."),
            (
                "type-cause",
                "Cause and effect",
                "Says one thing caused or explains another.",
            ),
            (
                "type-label",
                "Characterisation",
                "Puts a label on a person, group or act.",
            ),
        ],
    )
}

/// A verdict scale from true to false, with unverifiable last (ClaimReview-style ratings).
pub fn verdict_scale() -> LabelSet {
    set(
        "verdict",
        "Verdict",
        "How well the claim stands up. Unverifiable is for claims the evidence cannot settle.",
        false,
        &[
            ("true", "True", "Accurate, nothing important missing."),
            (
                "mostly-true",
                "Mostly true",
                "Accurate in substance; a detail is wrong or missing.",
            ),
            ("mixed", "Mixed", "Parts are right and parts are wrong."),
            (
                "misleading",
                "Misleading",
                "Contains some truth but leaves a false impression.",
            ),
            ("false", "False", "Contradicted by reliable evidence."),
            (
                "unverifiable",
                "Unverifiable",
                "The available evidence cannot settle it.",
            ),
        ],
    )
}

/// The stance a piece of evidence takes towards a claim (the app shows each stance with a symbol and
/// a word; a task can ask students to say it in a label too).
pub fn stance() -> LabelSet {
    set(
        "stance",
        "Stance of evidence",
        "How a piece of evidence bears on the claim.",
        false,
        &[
            (
                "stance-corroborates",
                "Corroborates",
                "The evidence supports the claim.",
            ),
            (
                "stance-contradicts",
                "Contradicts",
                "The evidence disagrees with the claim.",
            ),
            (
                "stance-adds-context",
                "Adds context",
                "Neither confirms nor refutes, but changes how the claim should be read.",
            ),
        ],
    )
}

/// Every preset, in the order a teacher is offered them.
pub fn all() -> Vec<LabelSet> {
    vec![
        check_worthiness(),
        claim_type(),
        attribution(),
        beginner_techniques(),
        semeval_techniques(),
        stance(),
        verdict_scale(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semeval_has_its_fourteen_classes_and_ids_are_unique() {
        assert_eq!(semeval_techniques().labels.len(), 14);
        assert_eq!(beginner_techniques().labels.len(), 8);
        let mut ids = std::collections::BTreeSet::new();
        for s in all() {
            for l in &s.labels {
                assert!(ids.insert(l.id.clone()), "duplicate label id {}", l.id);
            }
        }
    }
}
