//! The Numbers panel's list: a group a collapsing header, a value a card with its outlet, period,
//! the marks it takes part in, its sentence, and what can be done with it (make it a claim or a
//! key item, attach it as evidence).

use crate::app::glyphs::shown;
use egui::RichText;

use super::directed::{DirectedTexts, Look};
use super::marks::{Link, Mark, disagreement, mark_words};
use super::{
    Actions, Context, Out, REASONS_SHOWN, ROWS_AT_A_TIME, page_turner_ui, period_text, quote_text,
    value_ui,
};
use crate::app::AppCommand;
use crate::app::i18n::{FluentArgs, Speaks as _};
use crate::app::student::inspector::stance_text;
use crate::core::numbers::{Group, Statement};
use crate::core::session::Stance;

/// Notes (not conflicts) said under a value of the list; the table has them all.
const NOTES_SHOWN: usize = 2;

/// One group: what it counts, how many values and disagreements, and a page of its rows.
pub(super) fn group_ui(
    ui: &mut egui::Ui,
    group: &Group,
    (marks, open): (&[Vec<Link>], bool),
    page: &mut usize,
    (context, texts): (&Context<'_>, &mut DirectedTexts),
    out: &mut Out,
) {
    let count = group.statements.len();
    let heading = tr!(
        ui,
        "numbers-group-heading",
        thing = group.thing.as_str(),
        count = count,
        disagreements = group.disagreements.len()
    );
    let heading = shown(ui, &heading).into_owned();
    egui::CollapsingHeader::new(heading)
        .id_salt("numbers-group-header")
        .default_open(open)
        .show(ui, |ui| {
            let pages = count.div_ceil(ROWS_AT_A_TIME).max(1);
            *page = (*page).min(pages - 1);
            let first = *page * ROWS_AT_A_TIME;
            let shown = first..(first + ROWS_AT_A_TIME).min(count);
            if context.teaching {
                // The teacher compares the group's values side by side, with the marks between.
                let name = tr!(ui, "numbers-compare-group", thing = group.thing.as_str());
                let name = crate::app::glyphs::shown(ui, &name).into_owned();
                let button = ui.button(tr!(ui, "numbers-compare"));
                button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                if button.clicked() {
                    out.compare = Some(group.thing.clone());
                }
            }
            if pages > 1 {
                page_turner_ui(ui, page, pages, &shown, count);
            }
            for i in shown.clone() {
                let Some(statement) = group.statements.get(i) else {
                    continue;
                };
                let own = marks.get(i).map_or(&[][..], Vec::as_slice);
                ui.push_id(i, |ui| {
                    statement_ui(
                        ui,
                        group,
                        own,
                        statement,
                        (context, texts),
                        &mut out.commands,
                    );
                });
            }
            if pages > 1 {
                page_turner_ui(ui, page, pages, &shown, count);
            }
        });
}

/// One value: the number (a link to it in its article), what it counts, the outlet and period,
/// the disagreements it takes part in, its sentence, and what can be done with it.
fn statement_ui(
    ui: &mut egui::Ui,
    group: &Group,
    marks: &[Link],
    s: &Statement,
    (context, texts): (&Context<'_>, &mut DirectedTexts),
    commands: &mut Vec<AppCommand>,
) {
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        let value = s.written_value();
        let when = period_text(ui, &s.period);
        let line = match context.documents.get(s.document.as_str()) {
            Some(document) => format!("· {} · {document} · {when}", s.source),
            None => format!("· {} · {when}", s.source),
        };
        let line = shown(ui, &line).into_owned();
        ui.horizontal_wrapped(|ui| {
            value_ui(ui, texts, s, commands);
            if !DirectedTexts::needed(&line) {
                ui.label(RichText::new(&line).weak());
            }
        });
        // A line with right-to-left words is laid out on its own, in its direction.
        if DirectedTexts::needed(&line) {
            let look = Look::weak(ui).in_interface();
            texts.label(ui, &line, &look);
        }
        // Its disagreements (a few, the rest counted), then a few notes of what is not a
        // conflict (a toll that rose, a part and the total, two places).
        let mut more = 0_usize;
        let disagreements = marks
            .iter()
            .filter(|l| matches!(l.mark, Mark::Disagreement(_)));
        for (n, link) in disagreements.enumerate() {
            if n >= REASONS_SHOWN {
                more += 1;
                continue;
            }
            if let Some(d) = disagreement(group, link.mark) {
                let look = Look::strong(ui).in_interface();
                texts.label(ui, &mark_words(ui, d), &look);
            }
        }
        if more > 0 {
            ui.label(RichText::new(tr!(ui, "numbers-more-disagreements", count = more)).strong());
        }
        let notes = marks.iter().filter(|l| matches!(l.mark, Mark::Note(_)));
        for link in notes.take(NOTES_SHOWN) {
            if let Some(d) = disagreement(group, link.mark) {
                let look = Look::body(ui).in_interface();
                texts.label(ui, &mark_words(ui, d), &look);
            }
        }
        let look = Look::quote(ui);
        texts.label(ui, &quote_text(s), &look);
        if context.actions == Actions::Edit {
            actions_ui(ui, s, &value, context, commands);
        }
    });
}

/// Make a claim of the value's clause (or go to the claim already made of it), and attach it to
/// the claim being given evidence with a stance.
fn actions_ui(
    ui: &mut egui::Ui,
    s: &Statement,
    value: &str,
    context: &Context<'_>,
    commands: &mut Vec<AppCommand>,
) {
    let key = (s.document.clone(), s.clause.start, s.clause.end);
    ui.horizontal_wrapped(|ui| {
        let existing = context.claim_by_range.get(&key);
        if let Some(id) = existing {
            let number = context.claim_numbers.get(id).copied().unwrap_or(0);
            let text = if context.teaching {
                tr!(ui, "numbers-is-key-item", id = id.as_str())
            } else {
                tr!(ui, "numbers-is-claim", number = number)
            };
            if ui.link(text).clicked() {
                commands.push(AppCommand::SelectClaim(Some(id.clone())));
            }
        } else {
            let (text, name) = if context.teaching {
                ("numbers-make-key-item", "numbers-make-key-item-of")
            } else {
                ("numbers-make-claim", "numbers-make-claim-of")
            };
            let mut args = FluentArgs::new();
            args.set("value", value);
            args.set("source", s.source.as_str());
            let (text, name) = (ui.words().get(text), ui.words().format(name, Some(&args)));
            let name = shown(ui, &name).into_owned();
            let button = ui.button(text);
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if button.clicked() {
                commands.push(AppCommand::ClaimPassage(
                    s.document.clone(),
                    s.clause.clone(),
                ));
            }
        }
        let Some((claim_id, number)) = &context.target else {
            ui.label(RichText::new(tr!(ui, "numbers-select-claim-to-attach")).weak());
            return;
        };
        if existing == Some(claim_id) {
            return;
        }
        if context
            .target_cites
            .contains(&(s.document.as_str(), s.clause.start, s.clause.end))
        {
            ui.label(tr!(ui, "numbers-attached-to", number = *number));
            return;
        }
        ui.label(tr!(ui, "numbers-attach-to", number = *number));
        for stance in Stance::ALL {
            let name = tr!(
                ui,
                "numbers-attach-as",
                value = value,
                source = s.source.as_str(),
                number = *number,
                stance = stance_text(ui, stance)
            );
            let name = shown(ui, &name).into_owned();
            let button = ui.button(stance_text(ui, stance));
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if button.clicked() {
                commands.push(AppCommand::AttachPassageTo {
                    claim_id: claim_id.clone(),
                    document: s.document.clone(),
                    range: s.clause.clone(),
                    stance,
                });
            }
        }
    });
}
