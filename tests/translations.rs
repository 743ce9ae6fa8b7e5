//! The interface in every language: each Fluent file parses, every language has every message
//! (a key missing from one fails here), every message the code asks for exists, and no widget
//! is given words that do not come from the Fluent files.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;

use crosscheck::app::UiCommand;
use crosscheck::app::i18n::Language;
use crosscheck::core::lesson::Advice;
use fluent_syntax::ast::Entry;

/// The message ids of one Fluent file, failing on a parse error.
fn ids(name: &str, text: &str) -> BTreeSet<String> {
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn every_language_parses_and_has_every_message() {
    let english = Language::English.sources();
    for language in Language::ALL {
        let mut all = BTreeSet::new();
        for ((name, text), (english_name, english_text)) in language.sources().iter().zip(english) {
            let own = ids(name, text);
            for id in &own {
                assert!(all.insert(id.clone()), "{name}: {id} is defined twice");
            }
            let wanted = ids(english_name, english_text);
            let missing: Vec<_> = wanted.difference(&own).collect();
            assert!(
                missing.is_empty(),
                "{name} lacks {missing:?} (in {english_name})"
            );
            let extra: Vec<_> = own.difference(&wanted).collect();
            assert!(
                extra.is_empty(),
                "{name} has {extra:?}, which English does not"
            );
        }
    }
}

/// Every source file under `src/<folder>`, with its text.
fn sources_in(folder: &str) -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs")
                // The translations module's own documentation shows `tr!` with a made-up id.
                && !path.ends_with("i18n.rs")
            {
                out.push((
                    path.display().to_string(),
                    std::fs::read_to_string(&path).unwrap(),
                ));
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src")
            .join(folder),
        &mut out,
    );
    out
}

/// Every source file of the app, with its text.
fn app_sources() -> Vec<(String, String)> {
    sources_in("app")
}

/// The string literal starting at `at` (just after its opening quote), and where it ends.
fn literal_at(text: &str, at: usize) -> Option<&str> {
    let rest = &text[at..];
    let end = rest.find('"')?;
    Some(&rest[..end])
}

#[test]
fn every_message_the_code_asks_for_exists_in_every_language() {
    let mut asked = 0;
    for (file, text) in app_sources() {
        let mut from = 0;
        while let Some(found) = text[from..].find("tr!(") {
            let start = from + found + 4;
            from = start;
            // `include_str!(` is not `tr!(`.
            if text[..start - 4]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
            {
                continue;
            }
            // tr!(source, "id" …): the id is the first literal after the first comma.
            let Some(comma) = text[start..].find(',') else {
                continue;
            };
            let after = text[start + comma + 1..].trim_start();
            let Some(id) = after.strip_prefix('"').and_then(|r| r.split('"').next()) else {
                continue;
            };
            asked += 1;
            for language in Language::ALL {
                assert!(
                    language.words().has(id),
                    "{file} asks for {id:?}, which {language:?} lacks"
                );
            }
        }
    }
    assert!(asked > 100, "only {asked} messages found in the code");
    for &command in UiCommand::ALL {
        for language in Language::ALL {
            assert!(
                language.words().has(command.label_id()),
                "{command:?} in {language:?}"
            );
        }
    }
    for advice in Advice::ALL {
        for language in Language::ALL {
            assert!(
                language.words().has(advice.id()),
                "{advice:?} in {language:?}"
            );
        }
        assert_eq!(
            Language::English.words().get(advice.id()),
            advice.sentence()
        );
    }
    for month in 1..=12 {
        for language in Language::ALL {
            assert!(language.words().has(&format!("month-{month}")));
        }
    }
}

/// Calls that put words on the screen (or give a control its accessible name).
const WORDS_FOR_THE_SCREEN: [&str; 16] = [
    ".label(\"",
    ".button(\"",
    ".heading(\"",
    ".small(\"",
    ".strong(\"",
    ".weak(\"",
    ".hyperlink_to(\"",
    ".on_hover_text(\"",
    ".on_disabled_hover_text(\"",
    "Button::new(\"",
    "RichText::new(\"",
    "Window::new(\"",
    ".checkbox(\"",
    ".selectable_label(",
    ".menu_button(\"",
    ".hint_text(\"",
];

#[test]
fn every_message_the_core_words_exists_in_every_language() {
    let mut worded = 0;
    for (file, text) in sources_in("core") {
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (at, _) in code.match_indices("Message::new(") {
            let rest = code[at + "Message::new(".len()..].trim_start();
            let Some(id) = rest.strip_prefix('"').and_then(|r| r.split('"').next()) else {
                continue;
            };
            worded += 1;
            for language in Language::ALL {
                assert!(
                    language.words().has(id),
                    "{file} words {id:?}, which {language:?} lacks"
                );
            }
        }
    }
    assert!(worded > 50, "only {worded} messages found in the core");
}

#[test]
fn no_widget_is_given_words_that_bypass_the_translations() {
    let mut found = Vec::new();
    for (file, text) in app_sources() {
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for call in WORDS_FOR_THE_SCREEN {
            let mut from = 0;
            while let Some(at) = code[from..].find(call) {
                let start = from + at + call.len();
                from = start;
                let literal = if call.ends_with('"') {
                    literal_at(code, start)
                } else {
                    None
                };
                // Words have letters; marks such as "×" or "▶" need no translation.
                if literal.is_some_and(|l| l.chars().any(char::is_alphabetic)) {
                    let line = code[..start].lines().count();
                    found.push(format!(
                        "{file}:{line}: {call}{}\"",
                        literal.unwrap_or_default()
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "words not from the Fluent files:\n{}",
        found.join("\n")
    );
}

#[test]
fn spanish_is_complete_enough_to_read_the_menus() {
    let es = Language::Spanish.words();
    assert_eq!(UiCommand::Save.label(es), "Guardar");
    assert_eq!(es.get("menu-file"), "Archivo");
}

use crate::desk;

fn sample_app(dir: &Path, prefs: crosscheck::app::Prefs) -> crosscheck::app::CrosscheckApp {
    crosscheck::app::CrosscheckApp::on_sample(
        crosscheck::core::store::RecoveryStore::new(dir.join("recovery")),
        prefs,
    )
}

fn shows(h: &egui_kittest::Harness<'static, crosscheck::app::CrosscheckApp>, text: &str) -> bool {
    use egui_kittest::kittest::Queryable as _;
    h.query_all_by_label_contains(text).count() >= 1
}

#[test]
fn choosing_spanish_in_view_language_translates_the_window_and_is_remembered() {
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().unwrap();
    let mut h = desk::harness(sample_app(dir.path(), crosscheck::app::Prefs::default()));
    h.run();
    assert!(shows(&h, "File") && !shows(&h, "Archivo"));
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("Español").click();
    h.run();
    assert_eq!(h.state().prefs.language, Some(Language::Spanish));
    for spanish in ["Archivo", "Editar", "Ver", "Ayuda"] {
        assert!(shows(&h, spanish), "the menu bar says {spanish:?}");
    }
    // A claim, counted with Spanish plural rules: "1 afirmación", not "1 afirmaciones".
    desk::select(&mut h, "attacked");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    assert_eq!(h.state().session.annotations.len(), 1);
    assert!(shows(&h, "1 afirmación"), "singular");
    assert!(!shows(&h, "1 afirmaciones"));
    // Remembered: the preferences the window stores between runs carry the choice.
    let stored = ron::to_string(&h.state().prefs).unwrap();
    let back: crosscheck::app::Prefs = ron::from_str(&stored).unwrap();
    assert_eq!(back.language, Some(Language::Spanish));
    let mut again = desk::harness(sample_app(dir.path(), back));
    again.run();
    assert!(shows(&again, "Archivo"), "the next run starts in Spanish");
}

#[test]
fn with_nothing_chosen_the_window_speaks_the_systems_language() {
    let dir = tempfile::tempdir().unwrap();
    let prefs = crosscheck::app::Prefs {
        system_language: Language::Spanish,
        ..Default::default()
    };
    let mut h = desk::harness(sample_app(dir.path(), prefs));
    h.run();
    assert!(shows(&h, "Archivo"));
    assert!(Language::from_locale("es_ES.UTF-8") == Some(Language::Spanish));
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_folder(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

#[test]
fn what_the_core_reports_is_told_in_the_interfaces_language_with_its_advice() {
    let dir = tempfile::tempdir().unwrap();
    let lesson = dir.path().join("lesson");
    copy_folder(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/counting-the-attacks"),
        &lesson,
    );
    // A document changed after the lesson was made.
    let document = lesson.join("documents/000_a4ccec1b0dcf7e2c.txt");
    let mut text = std::fs::read_to_string(&document).unwrap();
    text.push_str("\nA sentence added later.\n");
    std::fs::write(&document, text).unwrap();
    let prefs = crosscheck::app::Prefs {
        language: Some(Language::Spanish),
        ..Default::default()
    };
    let app = crosscheck::app::CrosscheckApp::opening(
        Some(&lesson),
        crosscheck::core::store::RecoveryStore::new(dir.path().join("recovery")),
        prefs,
    );
    let mut h = desk::harness(app);
    h.run();
    assert!(
        shows(&h, "no coincide con lesson.ron"),
        "the problem, in Spanish"
    );
    assert!(
        shows(&h, "El documento cambió después de crear la lección"),
        "what to do, in Spanish"
    );
    assert!(!shows(&h, "does not match"), "no English left");
    // The command line and the core's own text stay English.
    let loaded = crosscheck::core::lesson::LoadedLesson::load(&lesson).unwrap();
    assert!(
        loaded.problems[0]
            .to_string()
            .contains("does not match lesson.ron")
    );
}
