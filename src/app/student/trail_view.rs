//! "My work trail": what the teacher will see of how the work was made, in words, shown to the
//! student first; and what marks a paste in the work's text fields.

use super::super::i18n::Speaks as _;
use super::super::{AppCommand, CrosscheckApp};
use crate::core::trail::{self, summary};
use crate::core::words::Message;

/// One line of "My work trail".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrailLine {
    /// The words.
    pub text: String,
    /// Indented under the line before (a paste under its work session).
    pub nested: bool,
    /// A heading (a work session), or what the trail says as a whole.
    pub strong: bool,
}

/// The text pasted into a field this frame, if the paste changed it (typing is not marked).
pub(crate) fn pasted(ui: &egui::Ui, edit: &egui::Response) -> Option<String> {
    if !edit.changed() || !edit.has_focus() {
        return None;
    }
    let text: String = ui.input(|i| {
        i.events
            .iter()
            .filter_map(|e| match e {
                egui::Event::Paste(text) => Some(text.as_str()),
                _ => None,
            })
            .collect()
    });
    (!text.is_empty()).then_some(text)
}

/// The lines of "My work trail": whether the trail holds, each work session with its pastes
/// under it, the hand-in, and what is recorded (and that nothing else is).
pub fn trail_lines(app: &CrosscheckApp) -> Vec<TrailLine> {
    let words = app.words();
    let say = |message: &Message| words.message(message);
    let line = |text: String, nested: bool, strong: bool| TrailLine {
        text,
        nested,
        strong,
    };
    let session = &app.session;
    let mut lines = vec![line(say(&trail::check(session).message()), false, true)];
    if let Some(trail) = &session.trail {
        // As the command line says it: the work from before trails is its first entry.
        if trail
            .entries
            .first()
            .is_some_and(|e| matches!(e.event, trail::Event::Began { .. }))
        {
            let before = Message::new("session-no-trail-before");
            lines.push(line(say(&before), false, false));
        }
        let zone = jiff::tz::TimeZone::system();
        let number = |id: &str| {
            session
                .annotations
                .iter()
                .position(|a| a.id == id)
                .map(|i| i + 1)
        };
        for span in summary(trail).spans {
            lines.push(line(
                say(&summary::span_message(&span, &zone)),
                false,
                false,
            ));
            for (into, chars, from) in &span.pastes {
                let paste = summary::paste_message(into, *chars, from, number);
                lines.push(line(say(&paste), true, false));
            }
        }
        if let Some(seal) = &trail.handed_in {
            let when = seal
                .at
                .to_zoned(zone.clone())
                .strftime("%Y-%m-%d %H:%M")
                .to_string();
            let handed = Message::new("trail-handed-in").with("when", when);
            lines.push(line(say(&handed), false, true));
            if trail.changed_after_hand_in() {
                let changed = Message::new("trail-changed-after-hand-in");
                lines.push(line(say(&changed), false, true));
            }
        }
    }
    lines.push(line(say(&Message::new("trail-records")), false, false));
    lines
}

/// The window of "My work trail" (View ▸ My work trail, Ctrl+Shift+T): each line a label, so a
/// screen reader reads it as text. Its Close button takes the keyboard in the frame it opens
/// (`just_opened`).
pub fn trail_window_ui(app: &mut CrosscheckApp, ctx: &egui::Context, just_opened: bool) {
    let mut open = app.trail.window_open && !app.teaching();
    if !open {
        app.trail.window_open = false;
        return;
    }
    if ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
        open = false;
    }
    // Worded again only when the trail or the language changed: the trail may be long.
    let head = app
        .session
        .trail
        .as_ref()
        .map_or_else(String::new, |t| t.head.clone());
    let language = app.language();
    let fresh = app
        .trail
        .shown
        .as_ref()
        .is_some_and(|(h, l, _)| *h == head && *l == language);
    if !fresh {
        app.trail.shown = Some((head, language, trail_lines(app)));
    }
    let mut close = false;
    egui::Window::new(tr!(ctx, "trail-window-title"))
        .id(egui::Id::unique("work-trail-window"))
        .open(&mut open)
        .collapsible(false)
        .default_width(480.0)
        .show(ctx, |ui| {
            let button = ui.button(tr!(ctx, "trail-window-close"));
            if just_opened {
                button.request_focus();
            }
            close = button.clicked();
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(ctx.content_rect().height() * 0.6)
                .show(ui, |ui| {
                    let lines = app.trail.shown.as_ref().map(|(_, _, l)| l.as_slice());
                    for line in lines.unwrap_or_default() {
                        let text = if line.strong {
                            egui::RichText::new(&line.text).strong()
                        } else {
                            egui::RichText::new(&line.text)
                        };
                        if line.nested {
                            ui.horizontal(|ui| {
                                ui.add_space(20.0);
                                ui.add(egui::Label::new(text).wrap());
                            });
                        } else {
                            ui.add(egui::Label::new(text).wrap());
                        }
                    }
                });
        });
    if close || !open {
        app.send(AppCommand::ToggleWorkTrail);
    }
}
